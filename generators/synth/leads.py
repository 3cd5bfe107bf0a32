"""Leads arriving month by month, their prospecting touches, and how far each gets in the
funnel (MQL, SAL, SQL, converted, disqualified). Conversion depends on the source, the
segment, the SDR's skill at the time and an upward trend."""

from __future__ import annotations

import datetime as dt

from generators.synth.calendar import add_months
from generators.synth.entities import Customer, Lead, Touch
from generators.synth.names import REGION_WEIGHTS, REGIONS, company, country, industry
from generators.synth.rand import Rng
from generators.synth.state import World

SOURCES = (
    "inbound",
    "outbound",
    "sdr_sourced",
    "marketing_campaign",
    "event",
    "partner",
    "referral",
    "ae_sourced",
    "customer_success",
    "other",
)
SOURCE_WEIGHTS = (0.28, 0.21, 0.08, 0.14, 0.1, 0.07, 0.05, 0.03, 0.01, 0.03)
CONVERSION = {
    "inbound": 0.24,
    "outbound": 0.1,
    "sdr_sourced": 0.13,
    "marketing_campaign": 0.16,
    "event": 0.17,
    "partner": 0.3,
    "referral": 0.38,
    "ae_sourced": 0.32,
    "customer_success": 0.3,
    "other": 0.12,
}
MARKETING = ("inbound", "marketing_campaign", "event", "partner", "referral", "other")
COST = {
    "inbound": 95.0,
    "outbound": 45.0,
    "sdr_sourced": 40.0,
    "marketing_campaign": 160.0,
    "event": 320.0,
    "partner": 60.0,
    "referral": 25.0,
    "ae_sourced": 30.0,
    "customer_success": 10.0,
    "other": 70.0,
}
DETAIL = {
    "inbound": ("website demo request", "free trial signup", "pricing page", "contact us form"),
    "outbound": ("target account list", "intent data", "lookalike list"),
    "sdr_sourced": ("linkedin prospecting", "trigger event"),
    "marketing_campaign": ("webinar", "ebook download", "paid search", "paid social"),
    "event": ("annual summit", "trade show booth", "roadshow"),
    "partner": ("partner referral", "partner co-marketing"),
    "referral": ("customer referral",),
    "ae_sourced": ("ae network",),
    "customer_success": ("csm introduction",),
    "other": ("unknown", "list import"),
}
TIER_MIX = {
    "outbound": (0.35, 0.4, 0.25),
    "sdr_sourced": (0.4, 0.4, 0.2),
    "event": (0.35, 0.4, 0.25),
    "ae_sourced": (0.2, 0.4, 0.4),
}
SEASON = {1: 0.92, 2: 1.0, 3: 1.08, 4: 1.0, 5: 1.02, 6: 0.97, 7: 0.88, 8: 0.85, 9: 1.08, 10: 1.12, 11: 1.05, 12: 0.82}
LEADS_PER_MONTH = 190.0
DQ_ENGAGED = ("no_budget", "no_need", "no_authority", "bad_timing", "competitor", "other")


def season(month: dt.date) -> float:
    return SEASON[month.month]


def build_leads(w: World) -> None:
    rand = w.rng("leads")
    paying = [c for c in w.customers if c.base]
    for month in w.cal.months():
        volume = LEADS_PER_MONTH * w.scale * (1 + 0.35 * w.cal.progress(month)) * season(month)
        last = min(w.cal.end, add_months(month, 1) - dt.timedelta(days=1))
        for _ in range(rand.poisson(volume)):
            day = rand.day_between(max(month, w.cal.start), last)
            if day.weekday() >= 5 and rand.chance(0.7):
                day -= dt.timedelta(days=day.weekday() - 4)
                day = max(day, w.cal.start)
            w.leads.append(_lead(w, rand, day, paying))


def _lead(w: World, rand: Rng, day: dt.date, paying: list[Customer]) -> Lead:
    source = rand.weighted(SOURCES, SOURCE_WEIGHTS)
    region = rand.weighted(REGIONS, REGION_WEIGHTS)
    tier = rand.weighted(("smb", "mid_market", "enterprise"), TIER_MIX.get(source, (0.55, 0.33, 0.12)))
    created = rand.work_time(day) if source not in ("inbound", "marketing_campaign") else _any_time(rand, day)
    owner = w.pick_rep(rand, ("sdr", "bdr"), day, region, stay_days=30)
    partners = [p for p in w.partners if p.region == region and p.active(created)] if source == "partner" else []
    partner = rand.pick(partners) if partners else None
    if source == "partner" and partner is None:
        source = "inbound"
    launch = w.products["PRD-AI"].launched
    interest = rand.weighted(("PRD-CORE", "PRD-ANLT", "PRD-AI"), (0.8, 0.1, 0.1 if launch and created > launch else 0))
    lead = Lead(
        id=w.next_id("LEAD"),
        created=created,
        source=source,
        detail=rand.pick(DETAIL[source]),
        region=region,
        country=country(rand, region),
        tier=tier,
        company=company(rand),
        industry=industry(rand),
        owner=owner,
        product_id=interest,
        partner_id=partner.id if partner else None,
        cost=round(COST[source] * rand.uniform(0.6, 1.4), 2),
        duplicate=rand.chance(0.03),
        score=0,
    )
    if source == "referral" and paying:
        lead.referral_customer = rand.pick(paying)
    _funnel(w, lead)
    return lead


def _any_time(rand: Rng, day: dt.date) -> dt.datetime:
    if rand.chance(0.75):
        return rand.work_time(day)
    return dt.datetime.combine(day, dt.time(rand.randint(0, 23), rand.randint(0, 59), rand.randint(0, 59)))


def _funnel(w: World, lead: Lead) -> None:
    """Draw the lead's whole path; visibility at the horizon is decided when rendering."""
    rand = w.rng("lead", lead.id)
    day = lead.created.date()
    skill = lead.owner.skill_at(day) if lead.owner else 0.0
    tier_factor = {"smb": 1.05, "mid_market": 1.0, "enterprise": 0.85}[lead.tier]
    p_convert = CONVERSION[lead.source] * tier_factor * (1 + 0.12 * skill) * (1 + 0.15 * w.cal.progress(day))
    p_convert = min(0.8, max(0.02, p_convert))
    fit = rand.random()
    lead.score = int(min(100, max(1, 25 + 55 * fit + rand.gauss(0, 10) + (10 if lead.source in MARKETING else 0))))
    if lead.duplicate:
        lead.contacted = rand.after(lead.created, rand.uniform(0.01, 0.5))
        lead.disqualified = rand.after(lead.contacted, rand.uniform(0.05, 2))
        lead.dq_reason = "duplicate"
        lead.touches.append(Touch("email", lead.contacted, "no_response", 0, 1))
        return
    converts = rand.chance(p_convert)
    engaged = converts or rand.chance(min(0.9, p_convert * 0.5))
    marketing = lead.source in MARKETING
    start = lead.created
    if marketing and (engaged or rand.chance(0.4)):
        lead.mql = rand.after(lead.created, rand.lognorm(0.3, 1.0, 0.002, 6))
        start = lead.mql
    if not rand.chance(0.94) and not engaged:
        return  # never worked
    speed = (
        rand.lognorm(0.12, 1.3, 0.003, 5) if lead.source in ("inbound", "marketing_campaign") else rand.uniform(0, 0.1)
    )
    lead.contacted = rand.after(start, speed)
    connect = 0.035 * (1 + 0.25 * skill)
    count = 1 + rand.poisson(1.15 if not engaged else 0.45)
    moment = lead.contacted
    positive_at = None
    for step in range(1, count + 1):
        kind = rand.weighted(("call", "email", "linkedin"), (0.55, 0.36, 0.09))
        last = step == count
        if engaged and last:
            kind = "call" if rand.chance(0.25) else ("email" if rand.chance(0.85) else "linkedin")
            outcome = "meeting_booked" if kind == "call" else "replied"
            positive_at = moment
        elif kind == "call":
            outcome = (
                "connected"
                if rand.chance(connect)
                else rand.weighted(
                    ("voicemail", "no_answer", "busy", "gatekeeper", "wrong_number", "not_interested"),
                    (0.38, 0.41, 0.06, 0.1, 0.03, 0.02),
                )
            )
        elif kind == "email":
            outcome = rand.weighted(("no_response", "replied", "bounced"), (0.93, 0.04, 0.03))
        else:
            outcome = rand.weighted(("no_response", "replied"), (0.94, 0.06))
        seconds = 0
        if kind == "call":
            live = outcome in ("connected", "meeting_booked", "not_interested")
            seconds = int(rand.lognorm(300, 0.6, 60, 2400)) if live else int(rand.uniform(15, 55))
        lead.touches.append(Touch(kind, moment, outcome, seconds, step))
        if kind == "call" and outcome in ("connected", "meeting_booked", "not_interested") and lead.connected is None:
            lead.connected = moment
        moment = rand.after(moment, rand.uniform(0.8, 4.5))
    if not engaged or positive_at is None:
        _drop(rand, lead, lead.touches[-1].at, engaged=False)
        return
    lead.meeting = rand.after(positive_at, rand.uniform(1, 6))
    lead.sal = rand.after(lead.meeting, rand.uniform(0.05, 1.0))
    if converts or rand.chance(0.5):
        lead.sql = rand.after(lead.sal, rand.lognorm(2.5, 0.7, 0.2, 20))
    if converts and lead.sql is not None:
        lead.converted = rand.after(lead.sql, rand.lognorm(1.2, 0.8, 0.05, 10))
        return
    _drop(rand, lead, lead.sql or lead.sal, engaged=True)


def _drop(rand: Rng, lead: Lead, last: dt.datetime, engaged: bool) -> None:
    roll = rand.random()
    if roll < 0.66:
        lead.disqualified = rand.after(last, rand.lognorm(6, 0.8, 0.2, 60))
        lead.dq_reason = (
            rand.pick(DQ_ENGAGED)
            if engaged
            else rand.weighted(
                ("unreachable", "no_need", "bad_data", "no_budget", "bad_timing"), (0.5, 0.2, 0.1, 0.1, 0.1)
            )
        )
    elif roll < 0.84:
        lead.recycled = True


def recycled_at(lead: Lead) -> dt.datetime | None:
    if not lead.recycled or not lead.touches:
        return None
    return lead.touches[-1].at + dt.timedelta(days=30)
