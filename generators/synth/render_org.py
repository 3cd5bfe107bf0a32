"""Rows of the reference data and the organisation: markets, segments, products, competitors,
market segments, teams, territories, reps, territory assignments, CSMs, KAMs, partners and
partner agreements."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator

from generators.synth.entities import Customer, Rep
from generators.synth.names import REGION_NAMES
from generators.synth.state import World
from generators.synth.values import ds, money, ratio, ts

Row = tuple[str, dict[str, object]]


def render_org(w: World) -> Iterator[Row]:
    yield from _markets(w)
    yield from _segments(w)
    yield from _products(w)
    yield from _competitors(w)
    yield from _market_segments(w)
    yield from _teams(w)
    yield from _territories(w)
    yield from _reps(w)
    yield from _assignments(w)
    yield from _csms(w)
    yield from _kams(w)
    yield from _partners(w)
    yield from _agreements(w)


def _markets(w: World) -> Iterator[Row]:
    year = w.until.year
    for m in w.markets:
        entered = w.seen_day(m.entered)
        exited = w.seen_day(m.exited)
        status = "exited" if exited else "entered" if entered else "evaluating"
        yield (
            "MARKET",
            {
                "market_id": m.id,
                "market_name": m.name,
                "market_type": m.kind,
                "region": REGION_NAMES.get(m.region or "", None),
                "country": m.country,
                "vertical": m.vertical,
                "parent_market_id": m.parent,
                "total_addressable_market": money(m.tam),
                "serviceable_addressable_market": money(m.tam * 0.35),
                "market_size_year": year,
                "market_size_amount": money(m.tam * 0.12),
                "market_size_units": int(m.tam / 60000),
                "prior_year_market_size_amount": money(m.tam * 0.12 / (1 + m.growth)),
                "growth_rate": m.growth,
                "entry_status": status,
                "entered_date": ds(entered),
                "exited_date": ds(exited),
            },
        )


def _segments(w: World) -> Iterator[Row]:
    for s in w.segments:
        yield (
            "CUSTOMER_SEGMENT",
            {
                "segment_id": s.id,
                "segment_name": s.name,
                "tier": s.tier,
                "vertical": None,
                "min_employee_count": s.min_employees,
                "max_employee_count": s.max_employees,
                "min_annual_revenue": money(s.min_revenue),
                "max_annual_revenue": money(s.max_revenue),
                "min_annual_contract_value": money(s.min_acv),
                "sales_motion": s.motion,
                "effective_date": ds(s.effective),
                "retired_date": ds(w.seen_day(s.retired)),
            },
        )


def _products(w: World) -> Iterator[Row]:
    for p in w.products.values():
        launched = w.seen(p.launched)
        retired = w.seen(p.retired)
        status = "retired" if retired else "active" if launched else "planned"
        yield (
            "PRODUCT",
            {
                "product_id": p.id,
                "product_name": p.name,
                "sku": p.sku,
                "product_line": p.line,
                "product_family": p.family,
                "product_type": p.kind,
                "pricing_model": p.pricing,
                "is_subscription": p.is_subscription,
                "is_add_on": p.is_add_on,
                "list_price": money(p.list_price),
                "unit_cost": money(p.unit_cost),
                "feature_count": p.features,
                "market_id": p.market_id,
                "status": status,
                "launched_at": ts(launched),
                "retired_at": ts(retired),
            },
        )


def _competitors(w: World) -> Iterator[Row]:
    for c in w.competitors:
        yield (
            "COMPETITOR",
            {
                "competitor_id": c.id,
                "competitor_name": c.name,
                "tier": c.tier,
                "primary_product_name": c.product_name,
                "competes_with_product_id": c.product_id,
                "market_id": c.market_id,
                "pricing_position": c.pricing,
                "headquarters_country": c.country,
                "estimated_annual_revenue": money(c.revenue),
                "estimated_market_sales_amount": money(c.revenue * 0.8),
                "estimated_market_share": c.share,
                "is_active": True,
                "first_encountered_at": ts(w.seen(c.first_seen)),
            },
        )


def recognised(c: Customer, start: dt.date, end: dt.date, product: str | None = None) -> float:
    """Recurring revenue of ``c`` between ``start`` and ``end`` (inclusive)."""
    total = 0.0
    for sub in c.subs:
        if product is not None and sub.product_id != product:
            continue
        first = max(sub.start, start)
        last = min(sub.end - dt.timedelta(days=1) if sub.end else end, end)
        if last >= first:
            total += sub.mrr * ((last - first).days + 1) / 30.44
    return total


def _market_segments(w: World) -> Iterator[Row]:
    rand = w.rng("render", "MARKET_SEGMENT")
    bands = (("smb", 0.3), ("mid_market", 0.35), ("enterprise", 0.35))
    years = sorted({m.year for m in w.cal.months()})
    revenue: dict[tuple[str, str, int], float] = defaultdict(float)
    customers: dict[tuple[str, str, int], int] = defaultdict(int)
    for c in w.customers:
        if c.since is None:
            continue
        for year in years:
            end = min(dt.date(year, 12, 31), w.until)
            amount = recognised(c, dt.date(year, 1, 1), end)
            if amount > 0:
                revenue[(c.country, c.tier, year)] += amount
                customers[(c.country, c.tier, year)] += 1
    primary = {"US", "GB", "DE"}
    for year in years:
        start = dt.date(year, 1, 1)
        for m in w.markets:
            if m.kind != "geography" or m.country is None:
                continue
            for tier, share in bands:
                competitor = rand.pick(w.competitors)
                tam = m.tam * share * (1 + m.growth) ** (year - 2024)
                if start > w.until:
                    continue
                yield (
                    "MARKET_SEGMENT",
                    {
                        "market_segment_id": f"MSG-{m.country}-{tier[:3].upper()}-{year}",
                        "market_id": m.id,
                        "segment_id": w.segment(tier).id,
                        "segment_name": f"{m.name} {tier.replace('_', ' ')}",
                        "segment_definition": f"{tier.replace('_', ' ')} companies headquartered in {m.name}",
                        "industry": None,
                        "company_size_band": tier,
                        "period_start_date": ds(start),
                        "period_end_date": ds(dt.date(year, 12, 31)),
                        "tam": money(tam),
                        "sam": money(tam * 0.4),
                        "growth_rate": m.growth,
                        "target_accounts_count": int(tam / 400000),
                        "is_served": m.status == "entered",
                        "priority": "primary"
                        if m.country in primary
                        else "secondary"
                        if tier != "smb"
                        else "opportunistic",
                        "entered_date": ds(m.entered),
                        "our_revenue": money(revenue[(m.country, tier, year)]),
                        "our_customers_count": customers[(m.country, tier, year)],
                        "largest_competitor_id": competitor.id,
                        "largest_competitor_revenue": money(tam * 0.01 * competitor.share * 100),
                    },
                )
        for m in w.markets:
            if m.kind == "vertical" and start <= w.until:
                yield (
                    "MARKET_SEGMENT",
                    {
                        "market_segment_id": f"MSG-{m.id[6:]}-ALL-{year}",
                        "market_id": m.id,
                        "segment_id": None,
                        "segment_name": m.name,
                        "segment_definition": f"companies of every size in {m.vertical}",
                        "industry": m.vertical,
                        "company_size_band": "all_sizes",
                        "period_start_date": ds(start),
                        "period_end_date": ds(dt.date(year, 12, 31)),
                        "tam": money(m.tam),
                        "sam": money(m.tam * 0.3),
                        "growth_rate": m.growth,
                        "target_accounts_count": int(m.tam / 500000),
                        "is_served": True,
                        "priority": "secondary",
                        "entered_date": ds(m.entered),
                        "our_revenue": money(
                            sum(v for (cty, tier, y), v in revenue.items() if y == year) * rand.uniform(0.1, 0.25)
                        ),
                        "our_customers_count": None,
                        "largest_competitor_id": w.competitors[0].id,
                        "largest_competitor_revenue": money(m.tam * 0.08),
                    },
                )


def _teams(w: World) -> Iterator[Row]:
    for t in w.teams:
        yield (
            "SALES_TEAM",
            {
                "team_id": t.id,
                "team_name": t.name,
                "team_type": t.kind,
                "manager_rep_id": t.manager,
                "parent_team_id": t.parent,
                "segment_id": t.segment_id,
                "region": REGION_NAMES.get(t.region or "", "Global"),
                "planned_headcount": t.headcount + (1 if t.kind in ("inside_sales", "sales_development") else 0),
                "annual_budget": money(t.budget),
                "created_date": ds(t.created),
                "dissolved_date": None,
            },
        )


def _territories(w: World) -> Iterator[Row]:
    accounts: dict[str, int] = defaultdict(int)
    for c in w.customers:
        if c.since is not None and c.since <= w.until and c.paying_on(w.until):
            accounts[c.territory_id] += 1
    for t in w.territories:
        children = [x.id for x in w.territories if x.parent == t.id]
        count = accounts[t.id] + sum(accounts[x] for x in children)
        market = next(m for m in w.markets if m.id == t.market_id)
        share = {"smb": 0.3, "mid_market": 0.35, "enterprise": 0.35}.get(t.tier or "", 1.0)
        yield (
            "SALES_TERRITORY",
            {
                "territory_id": t.id,
                "territory_name": t.name,
                "territory_type": t.kind,
                "region": REGION_NAMES.get(t.region or "", "Global"),
                "country": t.country,
                "market_id": t.market_id,
                "parent_territory_id": t.parent,
                "team_id": t.team_id,
                "owner_rep_id": t.owner,
                "segment_id": t.segment_id,
                "potential_revenue": money(market.tam * 0.02 * share),
                "account_count": count,
                "target_account_count": int(count * 1.25) + 5,
                "start_date": ds(t.start),
                "end_date": None,
            },
        )


def rep_draws(w: World) -> dict[str, tuple[float, bool]]:
    """Per rep, in world order, the render draws of the SALES_REPRESENTATIVE stream: contracted
    weekly working hours and whether the rep is on leave at the horizon."""
    rand = w.rng("render", "SALES_REPRESENTATIVE")
    draws: dict[str, tuple[float, bool]] = {}
    for r in w.reps:
        hours = round(rand.uniform(38, 50), 1)
        draws[r.id] = (hours, rand.chance(0.03))
    return draws


def _departure(w: World, r: Rep, terminated: dt.date | None) -> tuple[str | None, bool | None]:
    """Why a rep who left left (voluntary or involuntary) and whether the loss was regretted: the
    better sellers mostly resign, and losing one of them is regretted; weak performers are more often
    let go. Its own stream per rep, so no other draw moves."""
    if terminated is None:
        return None, None
    rand = w.rng("render", "SALES_REPRESENTATIVE-departure", r.id)
    voluntary = rand.chance(0.55 + 0.2 * max(-1.0, min(1.0, r.skill)))
    regretted = voluntary and rand.chance(0.35 + 0.35 * max(-1.0, min(1.0, r.skill)))
    return ("voluntary" if voluntary else "involuntary"), regretted


def _reps(w: World) -> Iterator[Row]:
    draws = rep_draws(w)
    for r in w.reps:
        hours, leave = draws[r.id]
        if r.hire > w.until:
            continue
        terminated = w.seen_day(r.term)
        departure_type, regretted = _departure(w, r, terminated)
        status = (
            "terminated" if terminated else "ramping" if w.until < r.ramp_end else "on_leave" if leave else "active"
        )
        yield (
            "SALES_REPRESENTATIVE",
            {
                "sales_rep_id": r.id,
                "full_name": r.name,
                "role": r.role,
                "team_id": r.team_id,
                "territory_id": r.territory_id,
                "segment_id": r.segment_id,
                "manager_rep_id": r.manager,
                "employment_status": status,
                "hire_date": ds(r.hire),
                "role_start_date": ds(min(r.role_start, w.until)),
                "ramp_end_date": ds(r.ramp_end),
                "termination_date": ds(terminated),
                "first_deal_date": ds(w.seen_day(r.first_deal)),
                "is_quota_carrying": r.quota_carrying,
                "annual_ote": money(r.ote),
                "annual_fully_loaded_cost": money(r.ote * 1.32),
                "weekly_working_hours": hours,
                "is_remote": r.remote,
                "termination_type": departure_type,
                "is_regretted_attrition": regretted,
            },
        )


def _assignments(w: World) -> Iterator[Row]:
    rand = w.rng("render", "TERRITORY_ASSIGNMENT")
    owned: dict[str, list[Customer]] = defaultdict(list)
    for c in w.customers:
        if c.owner is not None and c.created <= w.horizon:
            owned[c.owner.id].append(c)
    role_of = {"sdr": "sdr_support", "bdr": "sdr_support", "channel_manager": "overlay", "account_manager": "overlay"}
    territory = {t.id: t for t in w.territories}
    for r in w.reps:
        if r.territory_id is None or r.role == "sales_manager":
            continue
        assigned = rand.work_time(r.role_start - dt.timedelta(days=rand.randint(1, 20)))
        workload = rand.uniform(0.7, 1.3)
        if assigned > w.horizon:
            continue
        start = r.role_start
        end = w.seen_day(r.term)
        status = "ended" if end else "active" if start <= w.until else "planned"
        book = [c for c in owned[r.id] if c.since is not None and c.since <= w.until]
        yield (
            "TERRITORY_ASSIGNMENT",
            {
                "territory_assignment_id": f"TAS-{r.id[4:]}-1",
                "sales_rep_id": r.id,
                "territory_id": r.territory_id,
                "team_id": r.team_id,
                "market_id": territory[r.territory_id].market_id,
                "segment_id": r.segment_id,
                "assignment_role": role_of.get(r.role, "owner"),
                "is_primary": True,
                "status": status,
                "change_reason": "new_hire" if r.hire >= w.cal.start - dt.timedelta(days=365) else "realignment",
                "assigned_at": ts(assigned),
                "start_date": ds(start),
                "end_date": ds(end),
                "accounts_assigned_count": len(book),
                "prospects_assigned_count": len(owned[r.id]) - len(book),
                "territory_potential_amount": money(territory[r.territory_id].potential or 2.5e6 * workload),
                "current_revenue_amount": money(sum(12 * c.mrr_on(w.until) for c in book)),
                "workload_index": ratio(workload, 3),
            },
        )
        if r.term is not None and r.role in ("inside_ae", "field_ae"):
            peers = [p for p in w.reps if p.role == r.role and p.territory_id == r.territory_id and p.active(r.term)]
            if peers and r.term <= w.until:
                peer = rand.pick(peers)
                yield (
                    "TERRITORY_ASSIGNMENT",
                    {
                        "territory_assignment_id": f"TAS-{r.id[4:]}-2",
                        "sales_rep_id": peer.id,
                        "territory_id": r.territory_id,
                        "team_id": peer.team_id,
                        "market_id": territory[r.territory_id].market_id,
                        "segment_id": r.segment_id,
                        "assignment_role": "interim",
                        "is_primary": False,
                        "status": "ended" if r.term + dt.timedelta(days=60) <= w.until else "active",
                        "change_reason": "rep_departure",
                        "assigned_at": ts(dt.datetime.combine(r.term, dt.time(9))),
                        "start_date": ds(r.term),
                        "end_date": ds(r.term + dt.timedelta(days=60)),
                        "accounts_assigned_count": len(book),
                        "prospects_assigned_count": 0,
                        "territory_potential_amount": None,
                        "current_revenue_amount": None,
                        "workload_index": ratio(workload * 1.4, 3),
                    },
                )


def _csms(w: World) -> Iterator[Row]:
    book: dict[str, list[Customer]] = defaultdict(list)
    for c in w.customers:
        if c.csm is not None and c.since is not None and c.since <= w.until and c.paying_on(w.until):
            book[c.csm.id].append(c)
    for m in w.csms:
        if m.hire > w.until:
            continue
        ended = w.seen_day(m.role_end)
        arr = sum(12 * c.mrr_on(w.until) for c in book[m.id])
        yield (
            "CUSTOMER_SUCCESS_MANAGER",
            {
                "customer_success_manager_id": m.id,
                "full_name": m.name,
                "email": m.name.lower().replace(" ", ".") + "@example.com",
                "csm_team": m.team,
                "manager_csm_id": m.manager,
                "segment_id": m.segment_id,
                "region": REGION_NAMES.get(m.region, m.region),
                "level": m.level,
                "coverage_model": m.coverage,
                "status": "departed" if ended else "active",
                "hire_date": ds(m.hire),
                "role_start_date": ds(m.role_start),
                "role_end_date": ds(ended),
                "capacity_accounts": m.capacity,
                "capacity_arr": money(m.capacity * {"smb": 12000, "mid_market": 60000}.get(m.tier, 250000)),
                "book_accounts_count": len(book[m.id]),
                "book_arr": money(arr),
                "annual_cost": money(m.cost),
            },
        )


def _kams(w: World) -> Iterator[Row]:
    portfolio: dict[str, int] = defaultdict(int)
    for c in w.customers:
        if c.kam is not None and c.key_since is not None and c.key_since <= w.horizon:
            portfolio[c.kam.id] += 1
    for k in w.kams:
        if k.hire > w.until:
            continue
        ended = w.seen_day(k.end)
        yield (
            "KEY_ACCOUNT_MANAGER",
            {
                "key_account_manager_id": k.id,
                "sales_rep_id": k.rep_id,
                "full_name": k.name,
                "team_id": k.team_id,
                "seniority": k.seniority,
                "status": "left" if ended else "active",
                "hire_date": ds(k.hire),
                "role_start_date": ds(k.role_start),
                "end_date": ds(ended),
                "portfolio_size": portfolio[k.id],
                "portfolio_capacity": k.capacity,
                "annual_revenue_target": money(k.target),
                "territory_id": k.territory_id,
                "market_id": k.market_id,
            },
        )


def _partners(w: World) -> Iterator[Row]:
    rand = w.rng("render", "CHANNEL_PARTNER")
    first_in_country: set[str] = set()
    seen_countries: set[str] = set()
    for p in sorted(w.partners, key=lambda x: (x.recruited, x.id)):
        if p.country not in seen_countries:
            seen_countries.add(p.country)
            first_in_country.add(p.id)
    for p in w.partners:
        profile = w.rng("partner_profile", p.id)
        tier_cost = {"registered": 0.6, "silver": 1.0, "gold": 1.6, "platinum": 2.5}[p.tier]
        recruitment_cost = profile.lognorm(9000 * tier_cost, 0.4, 1500, 80000)
        portal_users = 40 + profile.randint(0, 12) + 4 * ("registered", "silver", "gold", "platinum").index(p.tier)
        quiet = rand.uniform(0, 25)
        if p.recruited > w.horizon:
            continue
        activated = w.seen(p.activated)
        terminated = w.seen(p.terminated)
        if terminated:
            status = "terminated"
        elif activated:
            status = "inactive" if p.quality < 0.55 else "active"
        else:
            status = "onboarding" if p.recruited + dt.timedelta(days=14) <= w.horizon else "recruited"
        last = (terminated or w.horizon) - dt.timedelta(days=quiet * (4 if status == "inactive" else 1))
        yield (
            "CHANNEL_PARTNER",
            {
                "partner_id": p.id,
                "partner_name": p.name,
                "partner_type": p.kind,
                "tier": p.tier,
                "status": status,
                "recruited_at": ts(p.recruited),
                "activated_at": ts(activated),
                "terminated_at": ts(terminated),
                "last_activity_at": ts(max(last, p.recruited)),
                "parent_partner_id": p.parent,
                "channel_manager_rep_id": p.manager,
                "territory_id": p.territory_id,
                "market_id": p.market_id,
                "country": p.country,
                "certified_seller_count": p.certified,
                "standard_discount_percent": p.discount,
                "annual_revenue_target": money(p.target),
                "recruitment_cost": money(recruitment_cost),
                "portal_user_count": portal_users,
                "is_first_in_country": p.id in first_in_country,
            },
        )


def _agreements(w: World) -> Iterator[Row]:
    for a in w.agreements:
        if a.signed is not None and a.signed > w.horizon:
            continue
        terminated = w.seen(a.terminated)
        if terminated:
            status = "terminated"
        elif a.start > w.until:
            status = "draft"
        elif a.end is not None and a.end < w.until:
            status = "expired"
        else:
            status = "active"
        yield (
            "PARTNER_AGREEMENT",
            {
                "partner_agreement_id": a.id,
                "partner_id": a.partner.id,
                "agreement_type": a.kind,
                "tier": a.tier,
                "status": status,
                "signed_at": ts(a.signed),
                "start_date": ds(a.start),
                "end_date": ds(a.end),
                "terminated_at": ts(terminated),
                "termination_reason": a.reason if terminated else None,
                "is_first_agreement": a.first,
                "auto_renew": a.auto_renew,
                "discount_pct": a.discount,
                "margin_pct": a.margin,
                "mdf_budget": money(a.mdf),
                "deal_registration_protection_days": a.protection_days,
                "annual_revenue_target": money(a.target),
                "channel_manager_rep_id": a.partner.manager,
                "team_id": next((t.id for t in w.teams if t.kind == "channel"), None),
                "territory_id": a.partner.territory_id,
                "market_id": a.partner.market_id,
                "is_renewed": a.renewed if a.end is not None and a.end < w.until and not terminated else None,
            },
        )
