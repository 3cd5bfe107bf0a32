"""Opportunities: who owns them, what they are worth, how they move through the stages and
whether they are won. New business comes from converted leads and from direct sources
(AE-sourced, partner registrations, referrals); expansion and renewal opportunities are
opened by the customer lifecycle with :func:`open_opportunity`."""

from __future__ import annotations

import dataclasses
import datetime as dt

from generators.synth.calendar import add_months, quarter_end, quarter_start
from generators.synth.customers import (
    ae_roles,
    assign_success,
    contract_for,
    initial_lines,
    new_customer,
    start_subscriptions,
    term_for,
)
from generators.synth.entities import OPEN_STAGES, Customer, Deal, Lead, Line, Opp, Rep
from generators.synth.leads import SOURCE_WEIGHTS, SOURCES, season
from generators.synth.names import REGION_WEIGHTS, REGIONS, company, country, industry
from generators.synth.org import active_kam
from generators.synth.rand import Rng
from generators.synth.state import World

STAGE_SHARE = (0.08, 0.12, 0.18, 0.17, 0.2, 0.25)
LOSS_STAGE_WEIGHTS = (0.15, 0.25, 0.22, 0.15, 0.13, 0.10)
BASE_WIN = {"smb": 0.2, "mid_market": 0.17, "enterprise": 0.14}
SOURCE_WIN = {
    "referral": 1.35,
    "partner": 1.12,
    "inbound": 1.08,
    "customer_success": 1.2,
    "ae_sourced": 1.0,
    "event": 0.95,
    "marketing_campaign": 0.95,
    "sdr_sourced": 0.92,
    "outbound": 0.82,
    "other": 0.9,
}
CYCLE_DAYS = {"smb": 34, "mid_market": 62, "enterprise": 105}
CERTIFIED_WIN = 1.12
CERTIFIED_WIN_LARGE = 1.45
LARGE_DEAL = 50000.0
CERTIFIED_QUANTITY = 1.4
IN_FLIGHT = dt.timedelta(days=45)
"""A deal still open this long after its creation is worked by the seller as certified then."""
"""Win-probability factors of a certified seller's deals (certification_factor)."""
DIRECT_PER_MONTH = 24.0
WARMUP_MONTHS = 4
WARMUP_PER_MONTH = 66.0
"""New-business opportunities per month (at scale 1) created before the calendar starts, so
that the first months already have a pipeline to close (no cold start)."""
DIRECT_SOURCES = ("ae_sourced", "partner", "outbound", "event", "referral", "other")
DIRECT_WEIGHTS = (0.4, 0.3, 0.1, 0.08, 0.07, 0.05)
EARLY_LOSS = (("disqualified", "no_decision", "timing", "budget", "other"), (0.3, 0.2, 0.2, 0.2, 0.1))
MID_LOSS = (
    ("no_decision", "product_gap", "budget", "timing", "competitor", "champion_left", "other"),
    (0.25, 0.2, 0.15, 0.15, 0.15, 0.05, 0.05),
)
LATE_LOSS = (
    ("price", "competitor", "no_decision", "champion_left", "budget", "other"),
    (0.3, 0.3, 0.2, 0.08, 0.07, 0.05),
)


def build_new_business(w: World) -> None:
    """Every new-business opportunity of the calendar, in creation order."""
    rand = w.rng("new-business")
    seeds: list[tuple[dt.datetime, int, Lead | None, str]] = []
    for index, lead in enumerate(w.leads):
        if lead.converted is not None:
            seeds.append((lead.converted, index, lead, lead.source))
    for month in w.cal.months():
        volume = DIRECT_PER_MONTH * w.scale * (1 + 0.3 * w.cal.progress(month)) * season(month)
        last = min(w.cal.end, add_months(month, 1) - dt.timedelta(days=1))
        for _ in range(rand.poisson(volume)):
            day = rand.day_between(max(month, w.cal.start), last)
            seeds.append(
                (rand.work_time(day), len(seeds) + len(w.leads), None, rand.weighted(DIRECT_SOURCES, DIRECT_WEIGHTS))
            )
    # warm start: the pipeline that is already open when the calendar begins
    first = w.cal.start.replace(day=1)
    for back in range(WARMUP_MONTHS, 0, -1):
        month = add_months(first, -back)
        volume = WARMUP_PER_MONTH * w.scale * season(month)
        last = min(add_months(month, 1), w.cal.start) - dt.timedelta(days=1)
        for _ in range(rand.poisson(volume)):
            day = rand.day_between(month, last)
            source = rand.weighted(SOURCES, SOURCE_WEIGHTS)
            source = "ae_sourced" if source in ("sdr_sourced", "customer_success") else source
            seeds.append((rand.work_time(day), len(seeds) + len(w.leads), None, source))
    # leads created before the calendar would still be converting during its first weeks
    for _ in range(rand.poisson(WARMUP_PER_MONTH * 0.55 * w.scale)):
        day = w.cal.start + dt.timedelta(days=int(45 * rand.random() ** 2))
        source = rand.weighted(SOURCES, SOURCE_WEIGHTS)
        source = "ae_sourced" if source in ("sdr_sourced", "customer_success") else source
        seeds.append((rand.work_time(min(day, w.cal.end)), len(seeds) + len(w.leads), None, source))
    seeds.sort(key=lambda s: (s[0], s[1]))
    for created, _, seed_lead, source in seeds:
        _new_business(w, rand, created, seed_lead, source)


def _new_business(w: World, rand: Rng, created: dt.datetime, lead: Lead | None, source: str) -> None:
    day = created.date()
    if lead is not None:
        tier, region, country_code = lead.tier, lead.region, lead.country
        name, industry_name = lead.company, lead.industry
    else:
        tier = rand.weighted(("smb", "mid_market", "enterprise"), (0.45, 0.35, 0.2))
        region = rand.weighted(REGIONS, REGION_WEIGHTS)
        country_code, name, industry_name = country(rand, region), company(rand), industry(rand)
    partner_id, role = None, "none"
    if source == "partner":
        pool = [p for p in w.partners if p.region == region and p.active(created)]
        if lead is not None and lead.partner_id:
            partner_id, role = lead.partner_id, "sourced"
        elif pool:
            partner_id, role = rand.weighted(pool, [p.quality for p in pool]).id, "sourced"
        else:
            source = "ae_sourced"
    elif rand.chance(0.08):
        pool = [p for p in w.partners if p.region == region and p.active(created)]
        if pool:
            partner_id, role = rand.pick(pool).id, "influenced"
    customer = new_customer(
        w,
        rand,
        tier=tier,
        region=region,
        country_code=country_code,
        created=created - dt.timedelta(minutes=rand.randint(5, 600)),
        source=source,
        name=name,
        industry_name=industry_name,
    )
    customer.partner_id = partner_id if role == "sourced" else None
    if lead is not None:
        lead.customer = customer
    owner = w.pick_rep(rand, ae_roles(region, tier), day, region, tier, stay_days=150)
    lines = initial_lines(w, rand, tier, day, customer)
    opp = open_opportunity(
        w,
        rand,
        customer=customer,
        kind="new_business",
        owner=owner,
        created=created,
        source=source,
        lines=lines,
        term=term_for(rand, tier),
        lead=lead,
        sdr=lead.owner if lead is not None else None,
        partner_id=partner_id,
        partner_role=role,
    )
    customer.first_opp = opp
    if lead is not None:
        lead.opp = opp
    if opp.won:
        book_new_business(w, rand, opp)


def certification_factor(owner: Rep, day: dt.date, amount: float) -> float:
    """A certified seller wins more often from the certification on, above all the large deals
    (the demo's certification effect on win rate and deal size; no random draw)."""
    if owner.certified is None or day < owner.certified:
        return 1.0
    return CERTIFIED_WIN_LARGE if amount >= LARGE_DEAL else CERTIFIED_WIN


def open_opportunity(
    w: World,
    rand: Rng,
    *,
    customer: Customer,
    kind: str,
    owner: Rep,
    created: dt.datetime,
    source: str,
    lines: list[Line],
    term: int,
    lead: Lead | None = None,
    sdr: Rep | None = None,
    partner_id: str | None = None,
    partner_role: str = "none",
    expansion_type: str | None = None,
    force: bool | None = None,
    cycle: float | None = None,
    max_days: float = 330,
    close_by: dt.datetime | None = None,
) -> Opp:
    """Draw an opportunity's whole latent life: amount, competitor, stages, outcome, dates."""
    opp = Opp(
        id=w.next_id("OPP"),
        kind=kind,
        customer=customer,
        owner=owner,
        source=source,
        created=created,
        lead=lead,
        sdr=sdr,
        expansion_type=expansion_type,
        is_new_logo=kind == "new_business",
        partner_id=partner_id,
        partner_role=partner_role,
        lines=lines,
        term=term,
    )
    day = created.date()
    tier = customer.tier
    if kind != "renewal" and certification_factor(owner, day + IN_FLIGHT, 0.0) > 1.0:
        # a certified seller sells more of each line (the demo's certification effect on deal size)
        lines = [dataclasses.replace(x, quantity=max(1, round(x.quantity * CERTIFIED_QUANTITY))) for x in lines]
        opp.lines = lines
    if kind == "new_business" and rand.chance(0.55):
        weights = [{"primary": 3, "secondary": 2, "niche": 1, "emerging": 1}[c.tier] for c in w.competitors]
        opp.competitor_id = rand.weighted(w.competitors, weights).id
    elif kind != "new_business" and rand.chance(0.15):
        opp.competitor_id = rand.pick(w.competitors).id
    opp.playbook = rand.chance(0.35 + 0.1 * max(-1.0, min(1.0, owner.skill)))
    opp.discount = max(
        0.0, 1 - sum(x.quantity * x.unit_price for x in lines) / sum(x.quantity * x.list_unit_price for x in lines)
    )
    opp.amount0 = opp.amount * rand.uniform(0.75, 1.35)
    if partner_role == "sourced":
        opp.reg_submitted = rand.after(created, -rand.uniform(0.5, 10))
        opp.reg_decided = rand.after(opp.reg_submitted, rand.lognorm(1.2, 0.8, 0.05, 12))
        opp.reg_status = "approved" if rand.chance(0.9) else "rejected"
        opp.conflict = rand.chance(0.07)
    # the owner accepts an SDR-sourced opportunity, or rejects it
    rejected = False
    if sdr is not None:
        if rand.chance(0.92):
            opp.accepted = rand.after(created, rand.lognorm(0.4, 0.9, 0.02, 4))
        else:
            rejected = True
    else:
        opp.accepted = created
    # outcome
    competitor = next((c for c in w.competitors if c.id == opp.competitor_id), None)
    if kind == "new_business":
        base = BASE_WIN[tier] * SOURCE_WIN.get(source, 1.0)
    elif kind == "expansion":
        base = 0.3 * (customer.health(day) / 70)
    else:
        base = 0.85
    p = base * owner.win_factor(day) * (1 + 0.12 * w.cal.progress(day))
    p *= competitor.strength if competitor else 1.0
    p *= 1.1 if opp.playbook else 1.0
    p *= 1.08 if partner_role == "influenced" else 1.0
    p *= certification_factor(owner, day + IN_FLIGHT, opp.amount)
    won = rand.chance(min(0.8, max(0.03, p))) if force is None else force
    if rejected:
        won = False
    median = cycle or CYCLE_DAYS[tier] * (0.6 if kind != "new_business" else 1.0)
    days = min(max_days, rand.lognorm(median, 0.35, 10, 330) / (1 + 0.06 * max(-3.0, owner.skill_at(day))))
    stop = 5 if won else rand.weighted(range(6), LOSS_STAGE_WEIGHTS)
    if rejected:
        stop, days = 1, rand.uniform(1, 6)
    _path(rand, opp, days, won, stop)
    if not won:
        stage = opp.path[-2][0]
        early, mid, late = EARLY_LOSS, MID_LOSS, LATE_LOSS
        reasons, shares = early if stage in OPEN_STAGES[:2] else mid if stage in OPEN_STAGES[2:4] else late
        loss_weights = [float(x) for x in shares]
        if "competitor" in reasons and opp.competitor_id is None:
            loss_weights[reasons.index("competitor")] = 0.0
        opp.loss_reason = "disqualified" if rejected else rand.weighted(reasons, loss_weights)
    if close_by is not None and opp.closed is not None and opp.closed > close_by:
        _compress(opp, max(close_by, created + dt.timedelta(days=2)))
    planned = days * rand.uniform(0.65, 1.05)
    _expected(rand, opp, (created + dt.timedelta(days=planned)).date())
    customer.opps.append(opp)
    w.opps.append(opp)
    return opp


def _path(rand: Rng, opp: Opp, days: float, won: bool, stop: int) -> None:
    shares = [s * rand.uniform(0.6, 1.4) for s in STAGE_SHARE]
    total = sum(shares[: stop + 1]) if not won else sum(shares)
    scale = days / total if won else days / sum(shares)
    moments = [opp.created]
    offset = 0.0
    for i in range(1, stop + 1):
        offset += shares[i - 1] * scale
        moments.append(_business(rand, opp.created, offset, moments[-1]))
    path = [(OPEN_STAGES[i], moments[i]) for i in range(stop + 1)]
    if opp.customer.tier == "smb" and stop >= 2 and rand.chance(0.5):
        del path[1]  # small deals often skip formal qualification
    if stop == 5 and rand.chance(0.1):
        back = _business(rand, opp.created, offset + shares[5] * scale * 0.4, path[-1][1])
        again = _business(rand, opp.created, offset + shares[5] * scale * 0.8, back)
        path += [("proposal", back), ("negotiation", again)]
        offset += shares[5] * scale * 0.8
    tail = shares[stop] * scale * (1.0 if won else rand.uniform(0.5, 1.3))
    if not won:
        tail += rand.lognorm(18, 0.7, 1, 120)  # deals go dark for a while before they are closed out
    closed = _business(rand, opp.created, offset + tail, path[-1][1])
    if won:
        # quarter-end push: deals due late in the quarter, or early in the next, close in its last days
        end = quarter_end(closed.date())
        previous_end = quarter_start(closed.date()) - dt.timedelta(days=1)
        roll, days_back = rand.random(), rand.randint(0, 3)
        if (end - closed.date()).days <= 30 and roll < 0.55:
            target = end
        elif (closed.date() - previous_end).days <= 25 and roll < 0.4:
            target = previous_end
        else:
            target = None
        if target is not None:
            snapped = rand.work_time(target - dt.timedelta(days=days_back))
            if snapped > path[-1][1]:
                closed = snapped
    path.append(("closed_won" if won else "closed_lost", closed))
    opp.path = path
    opp.won = won
    opp.closed = closed


def _compress(opp: Opp, limit: dt.datetime) -> None:
    """Squeeze the stage history so the opportunity closes by ``limit`` (order is kept)."""
    assert opp.closed is not None
    span = (opp.closed - opp.created).total_seconds()
    factor = (limit - opp.created).total_seconds() / span if span > 0 else 1.0
    opp.path = [
        (stage, opp.created + dt.timedelta(seconds=round((when - opp.created).total_seconds() * factor)))
        for stage, when in opp.path
    ]
    opp.closed = opp.path[-1][1]


def _business(rand: Rng, origin: dt.datetime, offset_days: float, after: dt.datetime) -> dt.datetime:
    day = origin.date() + dt.timedelta(days=int(offset_days))
    if day.weekday() >= 5:
        day += dt.timedelta(days=7 - day.weekday())
    moment = rand.work_time(day)
    if moment <= after:
        moment = after + dt.timedelta(minutes=rand.randint(20, 240))
    return moment


def _expected(rand: Rng, opp: Opp, first: dt.date) -> None:
    closed = opp.closed
    assert closed is not None
    expected = [(opp.created, max(first, opp.created.date() + dt.timedelta(days=7)))]
    current = expected[0][1]
    while current < closed.date():
        revised = dt.datetime.combine(current + dt.timedelta(days=1), dt.time(9, rand.randint(0, 59)))
        if revised >= closed:
            break
        current = min(
            closed.date() + dt.timedelta(days=rand.randint(0, 10)), current + dt.timedelta(days=rand.randint(14, 45))
        )
        expected.append((revised, current))
    opp.expected = expected


def book_new_business(w: World, rand: Rng, opp: Opp) -> Deal:
    """A won new-business opportunity: the deal, the new customer's subscriptions and contract."""
    customer = opp.customer
    closed = opp.closed
    assert closed is not None
    booked = rand.after(closed, rand.uniform(0.002, 0.1))
    start = booked.date() + dt.timedelta(days=rand.randint(0, 14))
    deal = Deal(w.next_id("DEAL"), opp, booked, start)
    opp.deal = deal
    w.deals.append(deal)
    customer.since = start
    customer.owner = opp.owner
    assign_success(w, rand, customer, start)
    customer.acq_cost = round(opp.amount * rand.uniform(0.08, 0.2) + (opp.lead.cost if opp.lead else 0), 2)
    subs = start_subscriptions(w, rand, customer, opp.lines, deal, start, opp.term, booked, "new")
    contract_for(w, rand, customer, subs, opp, deal, booked, start, opp.term, opp.lines, "new")
    if customer.tier == "enterprise" and rand.chance(0.3):
        customer.key_since = rand.after(booked, rand.uniform(60, 270))
        customer.kam = active_kam(w, customer.key_since.date(), rand)
    if opp.owner.first_deal is None or booked.date() < opp.owner.first_deal:
        opp.owner.first_deal = booked.date()
    return deal
