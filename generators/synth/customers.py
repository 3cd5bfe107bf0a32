"""Customers and their accounts: the installed base at the calendar start, prospects created
by new-business opportunities, what they buy (deal lines) and the subscriptions and contracts
a won deal starts."""

from __future__ import annotations

import datetime as dt
import math

from generators.synth.calendar import add_months
from generators.synth.entities import Contract, Customer, Deal, Line, Opp, Sub
from generators.synth.names import REGION_WEIGHTS, REGIONS, company, country, industry
from generators.synth.org import active_csm, active_kam
from generators.synth.rand import Rng
from generators.synth.state import World

TIER_WEIGHTS = (0.55, 0.33, 0.12)
BASE_CUSTOMERS = 420.0
AE_ROLES = {"smb": ("inside_ae",), "mid_market": ("inside_ae",), "enterprise": ("field_ae",)}


def ae_roles(region: str, tier: str) -> tuple[str, ...]:
    return ("inside_ae",) if region == "APAC" else AE_ROLES[tier]


def new_customer(
    w: World,
    rand: Rng,
    *,
    tier: str,
    region: str,
    country_code: str,
    created: dt.datetime,
    source: str,
    name: str | None = None,
    industry_name: str | None = None,
    base: bool = False,
) -> Customer:
    employees = {
        "smb": rand.lognorm(55, 0.8, 5, 199),
        "mid_market": rand.lognorm(600, 0.6, 200, 1999),
        "enterprise": rand.lognorm(7000, 0.8, 2000, 250000),
    }[tier]
    market = w.market_of_country(country_code)
    customer = Customer(
        id=w.next_id("CUS"),
        account_id=w.next_id("ACC"),
        name=name or company(rand),
        tier=tier,
        segment_id=w.segment(tier).id,
        region=region,
        country=country_code,
        market_id=market.id,
        territory_id=w.territory_for(region, tier).id,
        industry=industry_name or industry(rand),
        employees=int(employees),
        revenue=round(employees * rand.lognorm(190000, 0.5), -3),
        created=created,
        source=source,
        health0=rand.normal(70 + {"smb": -3, "mid_market": 0, "enterprise": 4}[tier], 12, 20, 97),
        health_slope=rand.gauss(0.0, 0.22),
        phase=rand.uniform(0, 2 * math.pi),
        base=base,
    )
    # the health curve is anchored on months since 2020: re-centre it on the creation month
    months = (created.year - 2020) * 12 + created.month
    customer.health0 -= customer.health_slope * months
    if tier == "enterprise" and rand.chance(0.35):
        customer.children = [w.next_id("ACC") for _ in range(rand.randint(1, 2))]
    w.customers.append(customer)
    return customer


def build_base(w: World) -> None:
    """The customers who already pay at the calendar start, each with one live term."""
    rand = w.rng("base")
    start = w.cal.start
    for _ in range(w.count(BASE_CUSTOMERS, minimum=12)):
        tier = rand.weighted(("smb", "mid_market", "enterprise"), TIER_WEIGHTS)
        region = rand.weighted(REGIONS, REGION_WEIGHTS)
        since = rand.day_between(dt.date(2019, 1, 1), start - dt.timedelta(days=1))
        if rand.chance(0.4):
            since = rand.day_between(start - dt.timedelta(days=540), start - dt.timedelta(days=1))
        created = rand.work_time(since - dt.timedelta(days=rand.randint(30, 240)))
        source = rand.weighted(
            ("inbound", "outbound", "partner", "referral", "event", "ae_sourced"), (0.35, 0.2, 0.15, 0.1, 0.1, 0.1)
        )
        customer = new_customer(
            w,
            rand,
            tier=tier,
            region=region,
            country_code=country(rand, region),
            created=created,
            source=source,
            base=True,
        )
        customer.since = since
        customer.owner = w.pick_rep(rand, ae_roles(region, tier), start, region, tier)
        if source == "partner":
            partners = [p for p in w.partners if p.region == region and p.activated and p.activated.date() <= since]
            customer.partner_id = rand.pick(partners).id if partners else None
        customer.acq_cost = round(rand.lognorm({"smb": 4000, "mid_market": 15000, "enterprise": 60000}[tier], 0.4))
        _assign_success(w, rand, customer, start)
        if tier == "enterprise" and rand.chance(0.35):
            customer.key_since = rand.work_time(start - dt.timedelta(days=rand.randint(30, 700)))
            customer.kam = active_kam(w, start, rand)
        term = _term(rand, tier)
        # the term live at the calendar start
        term_start = since
        while add_months(term_start, term) <= start:
            term_start = add_months(term_start, term)
        lines = initial_lines(w, rand, tier, since, customer)
        created_at = rand.work_time(term_start - dt.timedelta(days=rand.randint(1, 20)))
        change = "new" if term_start == since else "renewal"
        subs = start_subscriptions(w, rand, customer, lines, None, term_start, term, created_at, change)
        contract_for(w, rand, customer, subs, None, None, created_at, term_start, term, lines, change)


def _assign_success(w: World, rand: Rng, customer: Customer, day: dt.date) -> None:
    customer.csm = active_csm(w, customer.tier, day, rand)
    if customer.tier != "enterprise":
        customer.am = w.pick_rep(rand, ("account_manager",), day)
    else:
        customer.am = customer.owner


def assign_success(w: World, rand: Rng, customer: Customer, day: dt.date) -> None:
    _assign_success(w, rand, customer, day)


def _term(rand: Rng, tier: str) -> int:
    options = {"smb": ((12, 24), (0.9, 0.1)), "mid_market": ((12, 24, 36), (0.6, 0.3, 0.1))}
    values, weights = options.get(tier, ((12, 24, 36), (0.4, 0.3, 0.3)))
    return rand.weighted(values, weights)


def term_for(rand: Rng, tier: str) -> int:
    return _term(rand, tier)


def initial_lines(w: World, rand: Rng, tier: str, day: dt.date, customer: Customer | None = None) -> list[Line]:
    """What a new customer buys: seats of the platform, some add-ons and one-time services."""
    growth = 1 + 0.1 * w.cal.progress(day)
    seats = int(
        growth
        * {
            "smb": rand.lognorm(12, 0.6, 3, 80),
            "mid_market": rand.lognorm(55, 0.5, 15, 400),
            "enterprise": rand.lognorm(260, 0.6, 60, 4000),
        }[tier]
    )
    discount = {"smb": rand.normal(0.06, 0.04, 0, 0.3), "mid_market": rand.normal(0.12, 0.05, 0, 0.35)}.get(
        tier, rand.normal(0.2, 0.06, 0.02, 0.45)
    )
    products = w.products
    lines = [_line(products["PRD-CORE"].list_price, "PRD-CORE", seats, discount)]
    if rand.chance(0.24):
        lines.append(_line(products["PRD-ANLT"].list_price, "PRD-ANLT", max(1, seats // 2), discount))
    if rand.chance(0.12):
        lines.append(_line(products["PRD-INTG"].list_price, "PRD-INTG", 1, discount / 2))
    launch = products["PRD-AI"].launched
    if launch is not None and day >= launch.date() and rand.chance(0.25):
        lines.append(_line(products["PRD-AI"].list_price, "PRD-AI", max(1, int(seats * 0.4)), discount))
    if rand.chance({"smb": 0.05, "mid_market": 0.25}.get(tier, 0.6)):
        lines.append(_line(products["PRD-SUPP"].list_price * (2 if tier == "enterprise" else 1), "PRD-SUPP", 1, 0))
    if rand.chance({"smb": 0.1, "mid_market": 0.45}.get(tier, 0.85)):
        units = 1 if tier != "enterprise" else rand.randint(1, 4)
        lines.append(_line(products["PRD-IMPL"].list_price, "PRD-IMPL", units, discount / 2, recurring=False))
    if rand.chance(0.2):
        lines.append(_line(products["PRD-TRNG"].list_price, "PRD-TRNG", rand.randint(1, 4), 0, recurring=False))
    if tier == "enterprise" and rand.chance(0.12):
        lines.append(_line(products["PRD-EDGE"].list_price, "PRD-EDGE", rand.randint(2, 12), 0.05, recurring=False))
    return lines


def _line(list_price: float, product_id: str, quantity: int, discount: float, recurring: bool = True) -> Line:
    return Line(product_id, quantity, round(list_price * (1 - discount), 2), list_price, recurring)


BILLING = {
    "smb": (("monthly", "annual"), (0.3, 0.7)),
    "mid_market": (("annual", "quarterly"), (0.75, 0.25)),
    "enterprise": (("annual", "multi_year"), (0.7, 0.3)),
}


def start_subscriptions(
    w: World,
    rand: Rng,
    customer: Customer,
    lines: list[Line],
    deal: Deal | None,
    start: dt.date,
    term: int,
    created: dt.datetime,
    change: str,
    term_end: dt.date | None = None,
) -> list[Sub]:
    """One subscription per recurring line, co-termed."""
    subs: list[Sub] = []
    options, weights = BILLING[customer.tier]
    billing = rand.weighted(options, weights)
    if billing == "multi_year" and term < 24:
        billing = "annual"
    end = term_end or add_months(start, term)
    for line in lines:
        if not line.recurring:
            continue
        sub = Sub(
            id=w.next_id("SUB"),
            customer=customer,
            product_id=line.product_id,
            change=change,
            created=created,
            start=start,
            term_end=end,
            term_months=term,
            billing=billing,
            seats=line.quantity,
            unit_price=line.unit_price,
            discount=round(1 - line.unit_price / line.list_unit_price, 4) if line.list_unit_price else 0.0,
            auto_renew=rand.chance(0.6),
            deal=deal,
        )
        customer.subs.append(sub)
        subs.append(sub)
        if deal is not None:
            deal.subs.append(sub)
    return subs


def contract_for(
    w: World,
    rand: Rng,
    customer: Customer,
    subs: list[Sub],
    opp: Opp | None,
    deal: Deal | None,
    created: dt.datetime,
    start: dt.date,
    term: int,
    lines: list[Line],
    kind: str,
    prev: Contract | None = None,
    end: dt.date | None = None,
) -> Contract:
    kinds = {"new": "new_business", "renewal": "renewal", "expansion": "expansion", "contraction": "amendment"}
    monthly = sum(s.mrr for s in subs)
    one_time = sum(line.quantity * line.unit_price for line in lines if not line.recurring)
    end = end or add_months(start, term)
    months = max(1, round((end - start).days / 30.44))
    listed = sum(line.quantity * line.list_unit_price for line in lines if line.recurring)
    contract = Contract(
        id=w.next_id("CTR"),
        customer=customer,
        kind=kinds.get(kind, kind),
        created=created,
        signed=rand.after(created, rand.uniform(0.5, 12)),
        start=start,
        end=end - dt.timedelta(days=1),
        term=months,
        tcv=monthly * months + one_time,
        acv=monthly * 12,
        one_time=one_time,
        discount=max(0.0, (listed - monthly) * months),
        auto_renew=subs[0].auto_renew if subs else False,
        rep_id=(opp.owner.id if opp else (customer.am or customer.owner or w.reps[0]).id),
        sub=subs[0] if subs else None,
        opp=opp,
        deal=deal,
        prev=prev,
    )
    if created.date() > start:
        contract.signed = rand.after(created, rand.uniform(0.05, 1))
    elif contract.signed.date() > start:
        contract.signed = max(
            rand.after(created, 0.02), dt.datetime.combine(start, dt.time(9)) - dt.timedelta(hours=rand.randint(1, 48))
        )
    customer.contracts.append(contract)
    for sub in subs:
        sub.contract = contract
    if deal is not None:
        deal.contract = contract
    return contract
