"""Aggregates over the latent world that plans, forecasts and scorecards are built from."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from generators.synth.calendar import add_months, month_start
from generators.synth.entities import Opp, Rep
from generators.synth.state import World

DEFAULT_MONTHLY_QUOTA = {
    "inside_ae": 20000.0,
    "field_ae": 70000.0,
    "account_manager": 15000.0,
    "kam": 40000.0,
    "channel_manager": 25000.0,
}


def booked(opp: Opp) -> dt.datetime | None:
    return opp.deal.booked if opp.won and opp.deal is not None else None


def bookings_by_rep_month(w: World, until: dt.datetime | None = None) -> dict[tuple[str, dt.date], float]:
    """ACV booked per owner and month (up to ``until`` when given)."""
    out: dict[tuple[str, dt.date], float] = defaultdict(float)
    for opp in w.opps:
        when = booked(opp)
        if when is None or (until is not None and when > until):
            continue
        out[(opp.owner.id, month_start(when.date()))] += opp.acv
    return out


def partner_bookings_by_manager_month(w: World, until: dt.datetime | None = None) -> dict[tuple[str, dt.date], float]:
    managers = {p.id: p.manager for p in w.partners}
    out: dict[tuple[str, dt.date], float] = defaultdict(float)
    for opp in w.opps:
        when = booked(opp)
        if when is None or opp.partner_id is None or (until is not None and when > until):
            continue
        manager = managers.get(opp.partner_id)
        if manager:
            out[(manager, month_start(when.date()))] += opp.acv
    return out


def meetings_by_sdr_month(w: World, until: dt.datetime | None = None) -> dict[tuple[str, dt.date], int]:
    out: dict[tuple[str, dt.date], int] = defaultdict(int)
    for lead in w.leads:
        if lead.meeting is None or lead.owner is None or (until is not None and lead.meeting > until):
            continue
        out[(lead.owner.id, month_start(lead.meeting.date()))] += 1
    return out


def active_months(rep: Rep, months: list[dt.date]) -> list[dt.date]:
    return [
        m for m in months if rep.hire <= add_months(m, 1) - dt.timedelta(days=1) and (rep.term is None or rep.term > m)
    ]


def ramp_factor(rep: Rep, month: dt.date) -> float:
    if month >= rep.ramp_end:
        return 1.0
    total = max(1, (rep.ramp_end - rep.hire).days)
    done = max(0, (month - rep.hire).days)
    return round(min(1.0, 0.25 + 0.75 * done / total), 2)


def monthly_quotas(w: World) -> dict[tuple[str, dt.date], float]:
    """A bookings quota per quota-carrying seller and month, set so the average seller
    attains a little under 90 %: plans come from the previous year's productivity."""
    months = w.cal.months()
    actual = bookings_by_rep_month(w)
    partner = partner_bookings_by_manager_month(w)
    groups: dict[tuple[str, str | None, int], list[float]] = defaultdict(list)
    sellers = [r for r in w.reps if r.role in DEFAULT_MONTHLY_QUOTA]
    for rep in sellers:
        source = partner if rep.role == "channel_manager" else actual
        for month in active_months(rep, months):
            if month >= rep.ramp_end:
                groups[(rep.role, rep.tier, month.year)].append(source.get((rep.id, month), 0.0))
    out: dict[tuple[str, dt.date], float] = {}
    for rep in sellers:
        for month in active_months(rep, months):
            values = groups.get((rep.role, rep.tier, month.year)) or groups.get((rep.role, rep.tier, month.year - 1))
            base = sum(values) / len(values) if values else DEFAULT_MONTHLY_QUOTA[rep.role]
            base = max(base, 0.2 * DEFAULT_MONTHLY_QUOTA[rep.role])
            out[(rep.id, month)] = round(base * 1.12 * ramp_factor(rep, month), -2)
    return out


def monthly_meeting_quotas(w: World) -> dict[tuple[str, dt.date], int]:
    months = w.cal.months()
    actual = meetings_by_sdr_month(w)
    sdrs = [r for r in w.reps if r.role in ("sdr", "bdr")]
    values = [actual.get((r.id, m), 0) for r in sdrs for m in active_months(r, months) if m >= r.ramp_end]
    base = max(2.0, sum(values) / len(values)) if values else 4.0
    return {(r.id, m): max(1, round(base * 1.1 * ramp_factor(r, m))) for r in sdrs for m in active_months(r, months)}
