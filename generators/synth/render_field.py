"""Field sales beyond the opportunity stages: the first recorded contact of each opportunity,
the prospecting and account-review visit that precedes a field rep's opportunity, and the
weekly round of customer and prospect visits each field rep makes in their territory (account
reviews, relationship visits, prospecting), with travel effort and cost.

Every draw comes from streams of its own (``render``, ``OPPORTUNITY-first-contact`` /
``FIELD_VISIT-pre-opportunity`` / ``FIELD_VISIT-routine``) and is made whether or not the
visit is visible at the horizon, so a load ``--as-of`` an earlier date sees the same visits."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from generators.synth.entities import Customer, Opp, Rep
from generators.synth.rand import Rng
from generators.synth.render_customers import field_assignments, target_accounts
from generators.synth.state import World
from generators.synth.values import clamp, ds, money, ratio, ts

Row = tuple[str, dict[str, object]]

VISITS_PER_WEEK = 5.8
"""Mean completed-or-not visits a fully ramped, average field rep schedules per week."""
MONTH_FACTOR = {1: 0.9, 2: 1.0, 3: 1.05, 4: 1.0, 5: 1.05, 6: 1.0, 7: 0.85, 8: 0.7, 9: 1.05, 10: 1.1, 11: 1.05, 12: 0.7}
"""Field activity through the year: summer holidays and the December slowdown."""
ROUND_TRIP_KM = {"NA": 70.0, "EMEA": 55.0, "APAC": 80.0}
"""Median round-trip distance of a visit by region (large enterprise territories)."""


def first_contacts(w: World) -> dict[str, dt.datetime]:
    """The first recorded touch with the buyer of every opportunity: the lead's first contact
    when it was converted from a contacted lead, else a touch some days before it was opened
    (a prospecting call or visit for new business, an account conversation for the rest)."""
    rand = w.rng("render", "OPPORTUNITY-first-contact")
    out: dict[str, dt.datetime] = {}
    for opp in w.opps:
        u = rand.random()
        days = 3 + 42 * u if opp.kind == "new_business" else 2 + 28 * u
        lead = opp.lead
        if lead is not None and lead.contacted is not None and lead.contacted <= opp.created:
            out[opp.id] = lead.contacted
        else:
            out[opp.id] = rand.after(opp.created, -days)
    return out


def render_field(w: World) -> Iterator[Row]:
    targets = target_accounts(w)
    assigned = field_assignments(w)
    owners = {c.account_id: c.owner or assigned.get(c.account_id) for c in w.customers}
    yield from _pre_opportunity_visits(w, targets, owners)
    yield from _routine_visits(w, targets, owners)


def _visit_row(
    w: World,
    rand: Rng,
    visit_id: str,
    rep: Rep,
    c: Customer,
    day: dt.date,
    visit_type: str,
    outcome: str,
    targets: set[str],
) -> dict[str, object] | None:
    """One visit's row, drawing its status, effort and cost; None when after the last visible day."""
    status = rand.weighted(("completed", "cancelled", "no_show"), (0.87, 0.08, 0.05))
    moment = rand.work_time(day)
    minutes = rand.choice((45, 60, 60, 75, 90, 120))
    distance = rand.lognorm(ROUND_TRIP_KM.get(c.region, 60.0), 0.7, 4, 900)
    speed = rand.uniform(42, 68)
    contacts = rand.randint(1, 5)
    productive = rand.chance(0.8 if outcome != "no_progress" else 0.15)
    if day > w.until or day < w.cal.start:
        return None
    visible = moment <= w.horizon
    completed = visible and status == "completed"
    shown = status if visible else "planned"
    return {
        "field_visit_id": visit_id,
        "sales_rep_id": rep.id,
        "team_id": rep.team_id,
        "territory_id": c.territory_id,
        "account_id": c.account_id,
        "opportunity_id": None,
        "sales_appointment_id": None,
        "visit_type": visit_type,
        "status": shown,
        "visit_date": ds(day),
        "checked_in_at": ts(moment if completed else None),
        "checked_out_at": ts(moment + dt.timedelta(minutes=minutes) if completed else None),
        "duration_minutes": minutes if completed else None,
        "travel_distance_km": ratio(distance, 1),
        "travel_time_minutes": int(distance / speed * 60) + 10,
        "travel_cost": money(distance * 0.45 + (180 if distance > 300 else 0)),
        "other_cost": money(25 + 10 * contacts),
        "outcome": outcome if completed else None,
        "is_productive": productive and outcome != "no_progress" if completed else None,
        "opportunity_advanced": False if completed else None,
        "contacts_met_count": contacts if completed else None,
        "is_target_account": c.account_id in targets,
        "is_customer_account": c.since is not None and c.since <= day and c.paying_on(day),
        "is_owner_visit": True,
    }


def _pre_opportunity_visits(w: World, targets: set[str], owners: dict[str, Rep | None]) -> Iterator[Row]:
    """The visit that opens a field rep's opportunity at an account the rep owns: prospecting
    before new business, an account review before expansion and renewal, between the first
    contact and the opening."""
    rand = w.rng("render", "FIELD_VISIT-pre-opportunity")
    first = first_contacts(w)
    for opp in w.opps:
        go = rand.chance(0.65)
        lag = rand.uniform(1, 20)
        if not go or opp.owner.role != "field_ae" or owners.get(opp.customer.account_id) is not opp.owner:
            continue
        moment = max(first[opp.id], rand.after(opp.created, -lag), opp.customer.created)
        day = moment.date()
        if not opp.owner.active(day):
            continue
        visit_type = "prospecting" if opp.kind == "new_business" else "account_review"
        visit_id = f"FVP-{_number(opp)}"
        row = _visit_row(w, rand, visit_id, opp.owner, opp.customer, day, visit_type, "opportunity_created", targets)
        if row is not None:
            yield "FIELD_VISIT", row


def _routine_visits(w: World, targets: set[str], owners: dict[str, Rep | None]) -> Iterator[Row]:
    """Each field rep's weekly round of the accounts they own: account reviews and relationship
    visits at paying customers, prospecting visits at prospects (target accounts first)."""
    rand = w.rng("render", "FIELD_VISIT-routine")
    by_territory: dict[str, list[Customer]] = {}
    for c in w.customers:
        by_territory.setdefault(c.territory_id, []).append(c)
    monday = w.cal.start - dt.timedelta(days=w.cal.start.weekday())
    weeks: list[dt.date] = []
    while monday <= w.cal.end:
        weeks.append(monday)
        monday += dt.timedelta(days=7)
    for rep in w.reps:
        if rep.role != "field_ae" or rep.territory_id is None:
            continue
        pool = [c for c in by_territory.get(rep.territory_id, []) if owners.get(c.account_id) is rep]
        pace = clamp(VISITS_PER_WEEK + 2.0 * (rep.skill - 0.5), 3.5, 9.0)
        seq = 0
        for week in weeks:
            ramp = 0.8 if week < rep.ramp_end else 1.0
            count = rand.poisson(pace * ramp * MONTH_FACTOR[week.month])
            for _ in range(count):
                offset = rand.randint(0, 4)
                to_customer = rand.chance(0.55)
                pick = rand.random()
                kind_pick = rand.random()
                day = week + dt.timedelta(days=offset)
                seq += 1
                if not rep.active(day):
                    continue
                known = [c for c in pool if c.created.date() <= day]
                paying = [c for c in known if c.since is not None and c.since <= day and c.paying_on(day)]
                prospects = [c for c in known if c.since is None or c.since > day]
                favoured = [c for c in prospects if c.account_id in targets] or prospects
                if to_customer and paying:
                    c = paying[int(pick * len(paying))]
                    visit_type = "account_review" if kind_pick < 0.55 else "relationship"
                    outcome = "follow_up_scheduled" if kind_pick < 0.75 else "order_taken"
                    if kind_pick >= 0.85:
                        outcome = "no_progress"
                elif favoured:
                    c = favoured[int(pick * len(favoured))]
                    visit_type = "prospecting"
                    outcome = "follow_up_scheduled" if kind_pick < 0.55 else "no_progress"
                else:
                    continue
                visit_id = f"FVR-{rep.id.split('-')[1]}-{seq:05d}"
                row = _visit_row(w, rand, visit_id, rep, c, day, visit_type, outcome, targets)
                if row is not None:
                    yield "FIELD_VISIT", row


def _number(opp: Opp) -> str:
    return opp.id.split("-")[1]
