"""The organisation and the reference data: markets, segments, products, competitors,
sales teams, territories, reps, customer success managers and key account managers."""

from __future__ import annotations

import datetime as dt

from generators.synth.calendar import add_months
from generators.synth.entities import Competitor, Csm, Kam, Market, Product, Rep, Segment, Team, Territory
from generators.synth.names import COUNTRY_NAMES, INDUSTRIES, REGION_NAMES, REGIONS, person
from generators.synth.rand import Rng
from generators.synth.state import World

ROLE_OF_TEAM = {
    "sales_development": "sdr",
    "inside_sales": "inside_ae",
    "field_sales": "field_ae",
    "account_management": "account_manager",
    "key_accounts": "kam",
    "channel": "channel_manager",
}
RAMP_DAYS = {
    "sdr": 75,
    "bdr": 75,
    "inside_ae": 120,
    "field_ae": 170,
    "account_manager": 100,
    "kam": 150,
    "channel_manager": 120,
    "sales_manager": 60,
}
OTE = {
    "sdr": 78000,
    "bdr": 84000,
    "inside_ae": 135000,
    "field_ae": 245000,
    "account_manager": 150000,
    "kam": 265000,
    "channel_manager": 185000,
    "sales_manager": 230000,
}
# individual contributors at scale 1: (region, team type, tier focus or None, count)
STAFFING: tuple[tuple[str | None, str, str | None, int], ...] = (
    ("NA", "sales_development", None, 4),
    ("NA", "inside_sales", None, 4),
    ("NA", "field_sales", "enterprise", 4),
    ("EMEA", "sales_development", None, 3),
    ("EMEA", "inside_sales", None, 3),
    ("EMEA", "field_sales", "enterprise", 2),
    ("APAC", "sales_development", None, 2),
    ("APAC", "inside_sales", None, 2),
    (None, "account_management", None, 4),
    (None, "key_accounts", None, 3),
    (None, "channel", None, 3),
)
TEAM_LABEL = {
    "sales_development": "Sales Development",
    "inside_sales": "Inside Sales",
    "field_sales": "Field Sales",
    "account_management": "Account Management",
    "key_accounts": "Key Accounts",
    "channel": "Channel Sales",
    "customer_success": "Customer Success",
}
COUNTRY_ENTRY = {
    "US": 2015,
    "CA": 2018,
    "GB": 2017,
    "DE": 2019,
    "FR": 2020,
    "NL": 2021,
    "AU": 2019,
    "JP": 2022,
    "SG": 2022,
}
COUNTRY_TAM = {"US": 9.0e9, "CA": 0.9e9, "GB": 1.6e9, "DE": 1.8e9, "FR": 1.1e9, "NL": 0.5e9, "AU": 0.7e9}


def build_org(w: World) -> None:
    rand = w.rng("org")
    _markets(w, rand)
    _segments(w)
    _products(w)
    _competitors(w, rand)
    _teams_and_reps(w, rand)
    _csms(w, rand)
    _kams(w, rand)


def _markets(w: World, rand: Rng) -> None:
    def add(market: Market) -> None:
        w.markets.append(market)

    add(Market("MKT-GLOBAL", "Global", "geography", None, None, None, None, 38e9, 0.11, "entered", dt.date(2015, 1, 1)))
    for region in REGIONS:
        tam = sum(COUNTRY_TAM.get(c, 0.6e9) for c, n in COUNTRY_NAMES.items() if _region_of(c) == region)
        add(
            Market(
                f"MKT-{region}",
                REGION_NAMES[region],
                "geography",
                region,
                None,
                None,
                "MKT-GLOBAL",
                tam,
                0.1,
                "entered",
                dt.date(COUNTRY_ENTRY[_first_country(region)], 1, 1),
            )
        )
    for country, label in COUNTRY_NAMES.items():
        region = _region_of(country)
        tam = COUNTRY_TAM.get(country, 0.6e9)
        add(
            Market(
                f"MKT-{country}",
                label,
                "geography",
                region,
                country,
                None,
                f"MKT-{region}",
                tam,
                round(rand.uniform(0.06, 0.18), 3),
                "entered",
                dt.date(COUNTRY_ENTRY[country], rand.randint(1, 12), 1),
            )
        )
    # three verticals were entered years ago; the last two are entered during the calendar
    entries = [dt.date(2019, 1, 1)] * 3 + [
        (w.cal.start + dt.timedelta(days=days)).replace(day=1) for days in (120, 420)
    ]
    for vertical, entered in zip(INDUSTRIES[:5], entries, strict=True):
        code = vertical.split()[0][:4].upper()
        add(
            Market(
                f"MKT-V-{code}",
                f"{vertical} vertical",
                "vertical",
                None,
                None,
                vertical,
                "MKT-GLOBAL",
                rand.uniform(2e9, 6e9),
                round(rand.uniform(0.05, 0.2), 3),
                "entered",
                entered,
            )
        )
    add(
        Market(
            "MKT-LATAM", "Latin America", "geography", None, None, None, "MKT-GLOBAL", 2.2e9, 0.16, "evaluating", None
        )
    )
    exit_day = w.cal.start + dt.timedelta(days=w.cal.days // 2)
    add(
        Market(
            "MKT-US-PUB",
            "US Public Sector",
            "geography_vertical",
            "NA",
            "US",
            "Public Sector",
            "MKT-US",
            1.2e9,
            0.04,
            "exited",
            dt.date(2021, 4, 1),
            exit_day,
        )
    )


def _region_of(country: str) -> str:
    from generators.synth.names import COUNTRIES

    for region, options in COUNTRIES.items():
        if any(c == country for c, _ in options):
            return region
    raise KeyError(country)


def _first_country(region: str) -> str:
    from generators.synth.names import COUNTRIES

    return min((c for c, _ in COUNTRIES[region]), key=lambda c: COUNTRY_ENTRY[c])


def _segments(w: World) -> None:
    w.segments.extend(
        [
            Segment("SEG-SMB", "Small Business", "smb", "inside_sales", 1, 199, 0, 50e6, 0, dt.date(2019, 1, 1)),
            Segment(
                "SEG-MM", "Mid-Market", "mid_market", "inside_sales", 200, 1999, 50e6, 1e9, 15000, dt.date(2019, 1, 1)
            ),
            Segment(
                "SEG-ENT", "Enterprise", "enterprise", "field_sales", 2000, None, 1e9, None, 75000, dt.date(2019, 1, 1)
            ),
            Segment(
                "SEG-VSB",
                "Very Small Business (self-serve)",
                "smb",
                "self_serve",
                1,
                19,
                0,
                2e6,
                0,
                dt.date(2019, 1, 1),
                dt.date(2023, 12, 31),
            ),
        ]
    )


def _products(w: World) -> None:
    cal = w.cal
    launch_ai = dt.datetime.combine(cal.start + dt.timedelta(days=int(cal.days * 0.35)), dt.time(9))
    retire_classic = dt.datetime.combine(cal.start + dt.timedelta(days=int(cal.days * 0.25)), dt.time(9))
    old = dt.datetime(2016, 3, 1, 9)
    rows = [
        Product(
            "PRD-CORE",
            "Revenue Cloud Platform",
            "RCP-100",
            "Revenue Cloud",
            "Platform",
            "software",
            "per_seat",
            True,
            False,
            65.0,
            9.0,
            42,
            "active",
            old,
        ),
        Product(
            "PRD-ANLT",
            "Insights Analytics",
            "RCP-210",
            "Revenue Cloud",
            "Add-ons",
            "software",
            "per_seat",
            True,
            True,
            25.0,
            4.0,
            16,
            "active",
            dt.datetime(2019, 5, 1, 9),
        ),
        Product(
            "PRD-INTG",
            "Integration Hub",
            "RCP-220",
            "Revenue Cloud",
            "Add-ons",
            "software",
            "usage_based",
            True,
            True,
            650.0,
            95.0,
            12,
            "active",
            dt.datetime(2020, 2, 1, 9),
        ),
        Product(
            "PRD-AI",
            "AI Copilot",
            "RCP-300",
            "Revenue Cloud",
            "Add-ons",
            "software",
            "per_seat",
            True,
            True,
            30.0,
            8.0,
            9,
            "active",
            launch_ai,
        ),
        Product(
            "PRD-SUPP",
            "Premium Support",
            "SUP-500",
            "Services",
            "Support",
            "support",
            "flat",
            True,
            True,
            950.0,
            420.0,
            4,
            "active",
            dt.datetime(2018, 1, 1, 9),
        ),
        Product(
            "PRD-IMPL",
            "Implementation Services",
            "PS-100",
            "Services",
            "Professional Services",
            "professional_services",
            "one_time",
            False,
            False,
            15000.0,
            9200.0,
            0,
            "active",
            old,
        ),
        Product(
            "PRD-TRNG",
            "Admin Training",
            "TR-100",
            "Services",
            "Education",
            "training",
            "one_time",
            False,
            True,
            2500.0,
            700.0,
            0,
            "active",
            dt.datetime(2017, 6, 1, 9),
        ),
        Product(
            "PRD-EDGE",
            "Edge Sync Appliance",
            "HW-10",
            "Devices",
            "Hardware",
            "hardware",
            "one_time",
            False,
            True,
            4200.0,
            2700.0,
            3,
            "active",
            dt.datetime(2021, 9, 1, 9),
        ),
        Product(
            "PRD-CLASSIC",
            "Classic Reports",
            "CLR-1",
            "Legacy",
            "Reporting",
            "software",
            "tiered",
            True,
            True,
            15.0,
            5.0,
            8,
            "retired",
            dt.datetime(2012, 1, 1, 9),
            retire_classic,
        ),
        Product(
            "PRD-NEXT",
            "Forecast Studio",
            "RCP-400",
            "Revenue Cloud",
            "Add-ons",
            "software",
            "per_seat",
            True,
            True,
            35.0,
            9.0,
            6,
            "planned",
            None,
        ),
    ]
    for product in rows:
        product.market_id = "MKT-GLOBAL"
        w.products[product.id] = product


def _competitors(w: World, rand: Rng) -> None:
    rows = [
        ("Salesforge", "primary", 0.8, "premium", "US", "Forge Cloud", "PRD-CORE"),
        ("PipeCo", "primary", 0.85, "parity", "US", "PipeCo CRM", "PRD-CORE"),
        ("DealStack", "secondary", 0.9, "discount", "GB", "DealStack Pro", "PRD-CORE"),
        ("Closely", "secondary", 0.9, "parity", "DE", "Closely Analytics", "PRD-ANLT"),
        ("Quotient CRM", "niche", 0.95, "discount", "FR", "Quotient", "PRD-CORE"),
        ("Nimbus Sales", "emerging", 0.93, "discount", "SG", "Nimbus AI", "PRD-AI"),
        ("OldGuard ERP", "secondary", 0.97, "premium", "DE", "OldGuard CRM Module", "PRD-CORE"),
    ]
    for i, (name, tier, strength, pricing, country, product, ours) in enumerate(rows, 1):
        revenue = {"primary": 2.5e9, "secondary": 6e8, "niche": 1.2e8, "emerging": 4e7}[tier] * rand.uniform(0.7, 1.3)
        w.competitors.append(
            Competitor(
                f"CMP-{i:03d}",
                name,
                tier,
                strength,
                product,
                ours,
                f"MKT-{country}",
                pricing,
                country,
                revenue,
                round(revenue / 38e9, 4),
                dt.datetime(2016 + i % 6, 1 + i, 10, 9),
            )
        )


def _teams_and_reps(w: World, rand: Rng) -> None:
    cal = w.cal
    founded = dt.date(2016, 1, 1)
    root = Team("TEAM-GLOBAL", "Global Sales", "field_sales", None, None, None, None, founded, 0.0)
    w.teams.append(root)
    vp = _rep(w, rand, "sales_manager", root, None, None, dt.date(2016, 2, 1), None, skill=1.0)
    root.manager = vp.id
    # territories: region roots and their tier leaves
    for region in REGIONS:
        parent = Territory(
            f"TER-{region}",
            REGION_NAMES[region],
            "geographic",
            region,
            None,
            f"MKT-{region}",
            None,
            None,
            None,
            dt.date(2018, 1, 1),
        )
        w.territories.append(parent)
        if region == "APAC":
            for tier in ("smb", "mid_market", "enterprise"):
                w.leaf_territories[(region, tier)] = parent
            continue
        for tier, label in (("smb", "SMB"), ("mid_market", "Mid-Market"), ("enterprise", "Enterprise")):
            leaf = Territory(
                f"TER-{region}-{label.upper().replace('-', '')}",
                f"{region} {label}",
                "hybrid",
                region,
                None,
                f"MKT-{region}",
                parent.id,
                tier,
                w.segment(tier).id,
                dt.date(2019, 1, 1),
            )
            w.territories.append(leaf)
            w.leaf_territories[(region, tier)] = leaf
    w.territories.append(
        Territory(
            "TER-KEY",
            "Named Key Accounts",
            "named_accounts",
            None,
            None,
            "MKT-GLOBAL",
            None,
            "enterprise",
            w.segment("enterprise").id,
            dt.date(2020, 1, 1),
        )
    )
    growth = 0.22  # extra headcount hired during the calendar, as a share of the base
    for staff_region, kind, staff_tier, base in STAFFING:
        total = max(1, round(base * w.scale))
        pods = max(1, round(total / 7))
        for pod in range(pods):
            label = TEAM_LABEL[kind] + (f" {REGION_NAMES[staff_region] if staff_region else ''}".rstrip())
            name = label + (f" {pod + 1}" if pods > 1 else "")
            team = Team(
                f"TEAM-{(staff_region or 'GL')}-{kind[:5].upper()}{pod + 1}",
                name,
                kind,
                staff_region,
                staff_tier,
                w.segment(staff_tier).id if staff_tier else None,
                root.id,
                dt.date(2017 + pod % 4, 1 + pod % 12, 1),
                0.0,
            )
            w.teams.append(team)
            manager = _rep(
                w,
                rand,
                "sales_manager",
                team,
                vp,
                None,
                rand.day_between(dt.date(2017, 1, 1), dt.date(2022, 6, 1)),
                None,
                skill=0.5,
            )
            team.manager = manager.id
            members = total // pods + (1 if pod < total % pods else 0)
            hires = [None] * members + [
                rand.day_between(cal.start, cal.end - dt.timedelta(days=60))
                for _ in range(max(0, round(members * growth)) if members > 2 else 0)
            ]
            for i, hired in enumerate(hires):
                role = ROLE_OF_TEAM[kind]
                if kind == "sales_development" and i % 4 == 3:
                    role = "bdr"
                focus = staff_tier
                if kind == "inside_sales" and staff_region != "APAC":
                    focus = ("smb", "mid_market")[i % 2]
                hire = hired or rand.day_between(
                    cal.start - dt.timedelta(days=6 * 365), cal.start - dt.timedelta(days=60)
                )
                term = None
                if hired is None and rand.chance(0.12):
                    term = rand.day_between(cal.start + dt.timedelta(days=60), cal.end - dt.timedelta(days=30))
                _rep(w, rand, role, team, manager, focus, hire, term)
            team.headcount = members + 1
            team.budget = round(sum(r.ote * 1.3 for r in w.reps if r.team_id == team.id), -3)
    cs = Team(
        "TEAM-GL-CS1", "Customer Success", "customer_success", None, None, None, root.id, dt.date(2018, 1, 1), 0.0
    )
    w.teams.append(cs)
    cs.manager = _rep(w, rand, "sales_manager", cs, vp, None, dt.date(2018, 3, 1), None, skill=0.3).id
    cs.headcount = 1
    root.headcount = 1
    root.budget = 1.3 * OTE["sales_manager"]
    cs.budget = 1.3 * OTE["sales_manager"]
    # territory ownership: the covering team and its manager
    for territory in w.territories:
        if territory.kind == "named_accounts":
            team = next(t for t in w.teams if t.kind == "key_accounts")
        elif territory.tier == "enterprise":
            team = next(t for t in w.teams if t.kind == "field_sales" and t.region == territory.region)
        else:
            team = next(t for t in w.teams if t.kind == "inside_sales" and t.region == territory.region)
        territory.team_id = team.id
        territory.owner = team.manager
    for rep in w.reps:
        rep.territory_id = _territory_of_rep(w, rep)
        rep.segment_id = w.segment(rep.tier).id if rep.tier else None
    w.rep_by_id = {rep.id: rep for rep in w.reps}


def _territory_of_rep(w: World, rep: Rep) -> str | None:
    if rep.role == "kam":
        return "TER-KEY"
    if rep.region is None:
        return None
    if rep.role in ("inside_ae", "field_ae") and rep.tier:
        return w.territory_for(rep.region, rep.tier).id
    return f"TER-{rep.region}"


def _rep(
    w: World,
    rand: Rng,
    role: str,
    team: Team,
    manager: Rep | None,
    tier: str | None,
    hire: dt.date,
    term: dt.date | None,
    skill: float | None = None,
) -> Rep:
    ramp = hire + dt.timedelta(days=RAMP_DAYS[role])
    rep = Rep(
        id=w.next_id("REP"),
        name=person(rand),
        role=role,
        team_id=team.id,
        region=team.region,
        tier=tier,
        territory_id=None,
        segment_id=None,
        manager=manager.id if manager else None,
        hire=hire,
        role_start=hire if rand.chance(0.8) else min(add_months(hire, rand.randint(6, 24)), ramp),
        ramp_end=ramp,
        term=term,
        skill=rand.gauss(0.0, 1.0) if skill is None else skill,
        forecast_bias=rand.gauss(0.0, 0.12),
        quota_carrying=role != "sales_manager",
        ote=OTE[role] * rand.uniform(0.9, 1.15),
        remote=rand.chance(0.35),
    )
    if rep.role_start > rep.ramp_end:
        rep.role_start = hire
    w.reps.append(rep)
    return rep


def _csms(w: World, rand: Rng) -> None:
    plan = (("smb", "pooled", 2), ("mid_market", "mid_touch", 3), ("enterprise", "high_touch", 3))
    levels = ("associate", "csm", "senior", "principal")
    for tier, coverage, base in plan:
        region_lead = Csm(
            w.next_id("CSM"),
            person(rand),
            f"CS {tier}",
            None,
            tier,
            w.segment(tier).id,
            "Global",
            "lead",
            coverage,
            dt.date(2018, rand.randint(1, 12), 1),
            dt.date(2019, 1, 1),
            None,
            10,
            160000,
        )
        w.csms.append(region_lead)
        for i in range(max(1, round(base * w.scale))):
            hire = rand.day_between(dt.date(2018, 1, 1), w.cal.start - dt.timedelta(days=90))
            departed = rand.day_between(w.cal.start + dt.timedelta(days=120), w.cal.end) if rand.chance(0.1) else None
            capacity = {"smb": 250, "mid_market": 60, "enterprise": 18}[tier]
            w.csms.append(
                Csm(
                    w.next_id("CSM"),
                    person(rand),
                    f"CS {tier}",
                    region_lead.id,
                    tier,
                    w.segment(tier).id,
                    REGIONS[i % 3],
                    levels[i % 4],
                    coverage,
                    hire,
                    hire,
                    departed,
                    capacity,
                    round(rand.uniform(95000, 140000), -2),
                )
            )


def _kams(w: World, rand: Rng) -> None:
    seniority = ("key_account_manager", "senior_key_account_manager", "global_account_director", "associate")
    for i, rep in enumerate(r for r in w.reps if r.role == "kam"):
        w.kams.append(
            Kam(
                w.next_id("KAM"),
                rep.id,
                rep.name,
                rep.team_id,
                seniority[i % 3],
                rep.hire,
                rep.role_start,
                rep.term,
                12,
                round(rand.uniform(3e6, 6e6), -4),
                rep.territory_id,
                "MKT-GLOBAL",
            )
        )
    # an associate without a CRM seat who left during the calendar
    hire = w.cal.start - dt.timedelta(days=400)
    left = w.cal.start + dt.timedelta(days=w.cal.days // 3)
    w.kams.append(
        Kam(
            w.next_id("KAM"), None, person(rand), None, "associate", hire, hire, left, 6, 1.5e6, "TER-KEY", "MKT-GLOBAL"
        )
    )


def active_csm(w: World, tier: str, day: dt.date, rand: Rng) -> Csm:
    pool = [c for c in w.csms if c.tier == tier and c.level != "lead" and (c.role_end is None or c.role_end > day)]
    return rand.pick(pool or [c for c in w.csms if c.tier == tier])


def active_kam(w: World, day: dt.date, rand: Rng) -> Kam:
    pool = [k for k in w.kams if k.rep_id and k.hire <= day and (k.end is None or k.end > day)]
    return rand.pick(pool or w.kams)
