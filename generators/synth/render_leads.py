"""Rows of the top of the funnel: leads, their prospecting touches (activities, calls,
emails), sequence enrolments, qualifications and the meetings SDRs book."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from generators.synth.customers import ae_roles
from generators.synth.enablement import content_for
from generators.synth.entities import Lead, Rep, Touch
from generators.synth.leads import SEASON, recycled_at
from generators.synth.rand import Rng
from generators.synth.render_pipeline import amount_at
from generators.synth.state import World
from generators.synth.values import hours_between, money, ratio, ts

Row = tuple[str, dict[str, object]]

LIVE = ("connected", "meeting_booked", "not_interested")
ACTIVITY_OUTCOME = {
    "connected": "connected",
    "meeting_booked": "meeting_booked",
    "not_interested": "connected",
    "voicemail": "voicemail",
    "no_answer": "no_answer",
    "busy": "no_answer",
    "gatekeeper": "no_answer",
    "wrong_number": "no_answer",
    "replied": "replied",
    "no_response": "no_response",
    "bounced": "no_response",
}
LQ_REASON = {
    "no_budget": "no_budget",
    "no_need": "no_need",
    "no_authority": "no_authority",
    "bad_timing": "bad_timing",
    "unreachable": "unresponsive",
    "competitor": "other",
    "duplicate": "duplicate",
    "bad_data": "bad_fit",
    "other": "other",
}
FRAMEWORK = {"smb": "bant", "mid_market": "champ", "enterprise": "meddic"}


def lead_status(w: World, lead: Lead) -> str:
    h = w.horizon
    if w.visible(lead.converted):
        return "converted"
    if w.visible(lead.disqualified):
        return "disqualified"
    if w.visible(recycled_at(lead)):
        return "recycled"
    for status, moment in (("sql", lead.sql), ("sal", lead.sal), ("mql", lead.mql)):
        if moment is not None and moment <= h:
            return status
    if any(t.at <= h and t.outcome in (*LIVE, "replied") for t in lead.touches):
        return "engaged"
    if w.visible(lead.contacted):
        return "contacted"
    return "new"


def render_leads(w: World) -> Iterator[Row]:
    yield from _leads(w)
    yield from _touches(w)
    yield from _engagements(w)
    yield from _list_dials(w)


def render_lead_outcomes(w: World) -> Iterator[Row]:
    """Qualifications and booked meetings: they point at the opportunities they led to."""
    yield from _qualifications(w)
    yield from _appointments(w)


def _segment(w: World, lead: Lead) -> str:
    return w.segment(lead.tier).id


def _leads(w: World) -> Iterator[Row]:
    booking = {plan.lead.id: plan.touch for plan in _appointment_plans(w)}
    for lead in w.leads:
        if lead.created > w.horizon:
            continue
        seen = [t for t in lead.touches if t.at <= w.horizon]
        converted = w.seen(lead.converted)
        disqualified = w.seen(lead.disqualified)
        milestones = [m for m in (lead.mql, lead.sal, lead.sql, converted, disqualified) if m and m <= w.horizon]
        last = max([t.at for t in seen] + milestones, default=None)
        owner = lead.owner
        meeting_booked = _booked_at(booking.get(lead.id))
        yield (
            "LEAD",
            {
                "lead_id": lead.id,
                "company_name": lead.company,
                "industry": lead.industry,
                "country": lead.country,
                "source": lead.source,
                "source_detail": lead.detail,
                "status": lead_status(w, lead),
                "score": lead.score,
                "created_at": ts(lead.created),
                "first_contacted_at": ts(w.seen(lead.contacted)),
                "first_connected_at": ts(w.seen(lead.connected)),
                "last_activity_at": ts(last),
                "contact_attempt_count": len(seen),
                "mql_at": ts(w.seen(lead.mql)),
                "sal_at": ts(w.seen(lead.sal)),
                "sql_at": ts(w.seen(lead.sql)),
                "converted_at": ts(converted),
                "converted_opportunity_id": lead.opp.id if converted and lead.opp else None,
                "account_id": lead.customer.account_id if converted and lead.customer else None,
                "disqualified_at": ts(disqualified),
                "disqualification_reason": lead.dq_reason if disqualified else None,
                "owner_rep_id": owner.id if owner else None,
                "team_id": owner.team_id if owner else None,
                "territory_id": f"TER-{lead.region}",
                "segment_id": _segment(w, lead),
                "market_id": w.market_of_country(lead.country).id,
                "product_id": lead.product_id,
                "partner_id": lead.partner_id,
                "acquisition_cost": money(lead.cost),
                "is_duplicate": lead.duplicate,
                **_partner_pass(w, lead),
                "first_follow_up_at": ts(seen[1].at if len(seen) > 1 else None),
                "first_meeting_booked_at": ts(w.seen(meeting_booked)),
                "touches_before_meeting": booking[lead.id].step if w.visible(meeting_booked) else None,
                "assigned_at": ts(w.seen(_assigned(w, lead))),
            },
        )


ROUTED_AUTOMATICALLY = ("inbound", "marketing_campaign", "event", "partner")
"""Lead sources routed by assignment rules the moment the lead arrives; others wait for a manual assignment."""


def _assigned(w: World, lead: Lead) -> dt.datetime | None:
    """When the lead was assigned to its owner (lead routing): minutes for rule-routed sources, hours for
    manually assigned ones, always before the first contact attempt. Own stream per lead."""
    if lead.owner is None:
        return None
    rand = w.rng("lead_routing", lead.id)
    automatic = lead.source in ROUTED_AUTOMATICALLY and rand.chance(0.9)
    minutes = rand.lognorm(3, 1.0, 0.2, 720) if automatic else rand.lognorm(150, 1.1, 5, 4320)
    if lead.contacted is not None:
        minutes = min(minutes, 0.9 * (lead.contacted - lead.created).total_seconds() / 60)
    return lead.created + dt.timedelta(minutes=max(minutes, 0.0))


def _partner_pass(w: World, lead: Lead) -> dict[str, object]:
    """Some small-business inbound and campaign leads are passed to an active partner of their region for
    follow-up (lead sharing through the partner portal); better partners follow up sooner, a few never do.
    Own stream per lead, so no other stream shifts."""
    empty: dict[str, object] = dict.fromkeys(("passed_to_partner_id", "passed_to_partner_at", "partner_followed_up_at"))
    if lead.partner_id or lead.tier != "smb" or lead.source not in ("inbound", "marketing_campaign"):
        return empty
    rand = w.rng("lead_partner_pass", lead.id)
    passed = rand.after(lead.created, rand.uniform(0.05, 2))
    pool = [p for p in w.partners if p.region == lead.region and p.active(passed)]
    if not pool or not rand.chance(0.12) or passed > w.horizon:
        return empty
    partner = rand.weighted(pool, [p.quality for p in pool])
    followed = rand.after(passed, rand.lognorm(1.1 / partner.quality, 0.9, 0.02, 30)) if rand.chance(0.9) else None
    return {
        "passed_to_partner_id": partner.id,
        "passed_to_partner_at": ts(passed),
        "partner_followed_up_at": ts(w.seen(followed)),
    }


def _booked_at(touch: Touch | None) -> dt.datetime | None:
    """When the appointment booked on ``touch`` was entered: five minutes after the touch."""
    return touch.at + dt.timedelta(minutes=5) if touch is not None else None


def _touches(w: World) -> Iterator[Row]:
    rand = w.rng("render", "touches")
    booking = {id(plan.touch) for plan in _appointment_plans(w)}
    for lead in w.leads:
        rep = lead.owner
        for touch in lead.touches:
            draws = (rand.random(), rand.random(), rand.random(), rand.random(), rand.uniform(0.05, 30))
            if touch.at > w.horizon or rep is None:
                continue
            yield from _touch(w, rand, lead, rep, touch, draws, id(touch) in booking)


def _touch(
    w: World,
    rand: Rng,
    lead: Lead,
    rep: Rep,
    touch: Touch,
    draws: tuple[float, float, float, float, float],
    booked_meeting: bool,
) -> Iterator[Row]:
    number = lead.id.split("-")[1]
    activity_id = f"ACT-L{number}-{touch.step}"
    live = touch.outcome in LIVE
    automated = touch.kind == "email" and draws[0] < 0.6
    minutes = touch.seconds / 60 if touch.kind == "call" else (0.5 if automated else 4.0)
    yield (
        "SALES_ACTIVITY",
        {
            "sales_activity_id": activity_id,
            "activity_type": touch.kind,
            "direction": "outbound",
            "sales_rep_id": rep.id,
            "rep_role": rep.role,
            "team_id": rep.team_id,
            "territory_id": rep.territory_id,
            "lead_id": lead.id,
            "opportunity_id": None,
            "account_id": None,
            "occurred_at": ts(touch.at),
            "duration_minutes": ratio(minutes, 2),
            "outcome": ACTIVITY_OUTCOME[touch.outcome],
            "is_automated": automated,
            "is_live_conversation": live,
            "is_selling_time": True,
            "meeting_booked": booked_meeting,
        },
    )
    if touch.kind == "call":
        ring = 8 + int(draws[1] * 25)
        reached = live and touch.outcome != "gatekeeper"
        yield (
            "SALES_CALL",
            {
                "sales_call_id": f"CALL-L{number}-{touch.step}",
                "sales_activity_id": activity_id,
                "direction": "outbound",
                "sales_rep_id": rep.id,
                "rep_role": rep.role,
                "team_id": rep.team_id,
                "territory_id": rep.territory_id,
                "lead_id": lead.id,
                "opportunity_id": None,
                "account_id": None,
                "dialed_at": ts(touch.at),
                "ended_at": ts(touch.at + dt.timedelta(seconds=touch.seconds + ring)),
                "is_connected": live,
                "is_prospect_reached": reached,
                "is_quality_conversation": live and touch.seconds >= 120,
                "outcome": touch.outcome,
                "meeting_booked": booked_meeting,
                "duration_seconds": touch.seconds + ring,
                "talk_time_seconds": touch.seconds if live else 0,
                "is_automated_dial": draws[2] < 0.3,
            },
        )
    elif touch.kind == "email":
        bounced = touch.outcome == "bounced"
        replied = touch.outcome == "replied"
        opened = None if bounced else touch.at + dt.timedelta(hours=draws[4]) if replied or draws[1] < 0.45 else None
        clicked = opened + dt.timedelta(minutes=3) if opened and draws[2] < 0.2 else None
        reply = touch.at + dt.timedelta(hours=draws[4] + 1) if replied else None
        content = content_for(w, rand, touch.at) if draws[3] < 0.25 else None
        meeting = booked_meeting
        yield (
            "SALES_EMAIL",
            {
                "sales_email_id": f"EML-L{number}-{touch.step}",
                "sales_activity_id": activity_id,
                "sales_rep_id": rep.id,
                "rep_role": rep.role,
                "team_id": rep.team_id,
                "lead_id": lead.id,
                "opportunity_id": None,
                "account_id": None,
                "sequence_id": _sequence(lead),
                "sequence_step": touch.step,
                "template_id": f"TPL-{lead.source[:3].upper()}-{touch.step}",
                "sales_content_id": content.id if content else None,
                "sales_content_type": content.kind if content else None,
                "is_automated": automated,
                "sent_at": ts(touch.at),
                "bounced": bounced,
                "opened_at": ts(w.seen(opened)),
                "open_count": (1 + int(draws[2] * 3)) if w.visible(opened) else 0,
                "clicked_at": ts(w.seen(clicked)),
                "replied_at": ts(w.seen(reply)),
                "reply_sentiment": ("positive" if meeting else "neutral" if draws[0] < 0.7 else "negative")
                if w.visible(reply)
                else None,
                "unsubscribed": not replied and draws[3] > 0.98,
                "meeting_booked": meeting,
            },
        )


def _sequence(lead: Lead) -> str:
    return f"SEQ-{lead.source[:3].upper()}-{lead.tier[:3].upper()}"


def _engagements(w: World) -> Iterator[Row]:
    rand = w.rng("render", "PROSPECT_ENGAGEMENT")
    booking = {id(plan.touch) for plan in _appointment_plans(w)}
    for lead in w.leads:
        lag = rand.uniform(1, 90)
        if len(lead.touches) < 2 or lead.owner is None:
            continue
        enrolled = lead.touches[0].at - dt.timedelta(minutes=lag)
        if enrolled > w.horizon:
            continue
        seen = [t for t in lead.touches if t.at <= w.horizon]
        manual = next((t.at for t in seen if t.kind != "email"), None)
        responded = next((t.at for t in seen if t.outcome in (*LIVE, "replied")), None)
        booked = next((t.at for t in seen if id(t) in booking), None)
        opted_out = any(t.outcome == "bounced" for t in seen)
        exit_moment = lead.touches[-1].at + dt.timedelta(days=3)
        if booked:
            status, exited = "meeting_booked", booked
        elif opted_out:
            status, exited = "bounced", next(t.at for t in seen if t.outcome == "bounced")
        elif exit_moment <= w.horizon:
            status, exited = ("replied" if responded else "completed"), exit_moment
        else:
            status, exited = "active", None
        calls = sum(1 for t in seen if t.kind == "call")
        emails = sum(1 for t in seen if t.kind == "email")
        social = sum(1 for t in seen if t.kind == "linkedin")
        yield (
            "PROSPECT_ENGAGEMENT",
            {
                "prospect_engagement_id": f"PEN-{lead.id.split('-')[1]}",
                "lead_id": lead.id,
                "account_id": lead.customer.account_id if lead.customer and w.visible(lead.converted) else None,
                "sales_rep_id": lead.owner.id,
                "team_id": lead.owner.team_id,
                "sequence_id": _sequence(lead),
                "source": lead.source,
                "status": status,
                "lead_created_at": ts(lead.created),
                "enrolled_at": ts(max(enrolled, lead.created)),
                "first_touch_at": ts(seen[0].at if seen else None),
                "first_manual_touch_at": ts(manual),
                "last_touch_at": ts(seen[-1].at if seen else None),
                "first_connected_at": ts(w.seen(lead.connected)),
                "responded_at": ts(responded),
                "meeting_booked_at": ts(booked),
                "exited_at": ts(exited),
                "response_time_minutes": ratio((responded - seen[0].at).total_seconds() / 60, 1)
                if responded and seen
                else None,
                "touch_count": len(seen),
                "call_count": calls,
                "email_count": emails,
                "social_touch_count": social,
                "engagement_score": ratio(
                    min(100.0, 10 * len(seen) + (40 if responded else 0) + (30 if booked else 0)), 1
                ),
            },
        )


def _qualifications(w: World) -> Iterator[Row]:
    rand = w.rng("render", "LEAD_QUALIFICATION")
    for lead in w.leads:
        scores = [rand.randint(1, 5) for _ in range(4)]
        review = rand.uniform(1, 10)
        nurture = rand.chance(0.5)
        if lead.owner is None:
            continue
        if lead.sal is not None:
            if lead.sql is not None:
                qualified, result = lead.sql, "sql"
                scores = [max(s, 3) for s in scores]
            else:
                qualified = lead.disqualified or lead.sal + dt.timedelta(days=3)
                result = "disqualified" if lead.disqualified else "nurture"
        elif lead.mql is not None and nurture and not lead.duplicate:
            qualified = lead.mql + dt.timedelta(days=review)
            result = "disqualified" if lead.disqualified and lead.disqualified <= qualified else "mql"
            if result == "mql" and rand.chance(0.3):
                result = "nurture"
        else:
            continue
        if qualified > w.horizon:
            continue
        opp = lead.opp if lead.opp is not None and w.visible(lead.converted) else None
        accepted = opp.accepted if opp is not None and w.visible(opp.accepted) else None
        reason = LQ_REASON.get(lead.dq_reason or "", "other") if result == "disqualified" else None
        yield (
            "LEAD_QUALIFICATION",
            {
                "lead_qualification_id": f"LQ-{lead.id.split('-')[1]}",
                "lead_id": lead.id,
                "account_id": lead.customer.account_id if opp is not None and lead.customer else None,
                "sdr_id": lead.owner.id,
                "team_id": lead.owner.team_id,
                "accepted_by_rep_id": opp.owner.id if opp is not None and accepted else None,
                "opportunity_id": opp.id if opp is not None else None,
                "source": lead.source,
                "framework": FRAMEWORK[lead.tier],
                "result": result,
                "disqualification_reason": reason,
                "budget_score": scores[0],
                "authority_score": scores[1],
                "need_score": scores[2],
                "timing_score": scores[3],
                "qualification_score": ratio(sum(scores) * 5.0, 1),
                "lead_created_at": ts(lead.created),
                "qualified_at": ts(qualified),
                "time_to_qualify_hours": ratio(hours_between(lead.created, qualified), 1),
                "accepted_by_sales": (accepted is not None) if opp is not None else None,
                "accepted_at": ts(accepted),
                "opportunity_created_at": ts(opp.created if opp is not None else None),
                "opportunity_amount": money(amount_at(opp, w.horizon)) if opp is not None else None,
            },
        )


@dataclass(frozen=True, slots=True)
class AppointmentPlan:
    """The draws behind one lead's booked meeting (made once, used by touches and appointments)."""

    lead: Lead
    touch: Touch
    owner: Rep
    kind: str
    failure: str
    ae_pick: float
    minutes: int


def _appointment_plans(w: World) -> list[AppointmentPlan]:
    """The meetings SDRs book: on the positive last touch of engaged leads, and on 35 % of the
    first live calls of the others. Replays the "SALES_APPOINTMENT" stream, so every call gives
    the same plans."""
    rand = w.rng("render", "SALES_APPOINTMENT")
    plans: list[AppointmentPlan] = []
    for lead in w.leads:
        booked_touch = None
        if lead.meeting is not None:
            booked_touch = lead.touches[-1] if lead.touches else None
        else:
            booked_touch = next((t for t in lead.touches if t.outcome == "connected"), None)
            if booked_touch is not None and not rand.chance(0.35):
                booked_touch = None
        kind = rand.weighted(("virtual", "phone", "in_person"), (0.7, 0.2, 0.1))
        failure = rand.weighted(("no_show", "cancelled", "rescheduled"), (0.5, 0.35, 0.15))
        ae_pick = rand.random()
        minutes = rand.choice((30, 30, 45, 60))
        if booked_touch is None and lead.meeting is None:
            extra = _missed_meeting(w, lead)
            if extra is not None:
                plans.append(extra)
            continue
        if booked_touch is None or lead.owner is None or booked_touch.at > w.horizon:
            continue
        plans.append(AppointmentPlan(lead, booked_touch, lead.owner, kind, failure, ae_pick, minutes))
    return plans


def _missed_meeting(w: World, lead: Lead) -> AppointmentPlan | None:
    """A meeting booked on a prospect's reply or live call that never took place (the prospect
    no-showed, cancelled or asked to reschedule and then went dark): most of the
    responsive leads that did not go on to a held meeting. Own stream per lead."""
    rand = w.rng("render", "SALES_APPOINTMENT_MISSED", lead.id)
    touch = next((t for t in lead.touches if t.outcome in ("connected", "replied")), None)
    book = rand.chance(0.85)
    failure = rand.weighted(("no_show", "cancelled", "rescheduled"), (0.55, 0.3, 0.15))
    kind = rand.weighted(("virtual", "phone", "in_person"), (0.7, 0.2, 0.1))
    ae_pick = rand.random()
    if not book or touch is None or lead.owner is None or lead.duplicate or touch.at > w.horizon:
        return None
    return AppointmentPlan(lead, touch, lead.owner, kind, failure, ae_pick, 30)


def _appointments(w: World) -> Iterator[Row]:
    for plan in _appointment_plans(w):
        lead, booked_touch, owner, ae_pick = plan.lead, plan.touch, plan.owner, plan.ae_pick
        kind, failure, minutes = plan.kind, plan.failure, plan.minutes
        booked = booked_touch.at + dt.timedelta(minutes=5)  # as _booked_at
        scheduled = lead.meeting or booked + dt.timedelta(days=2 + 4 * ae_pick)
        opp = lead.opp if lead.opp is not None and w.visible(lead.converted) else None
        if opp is not None:
            ae = opp.owner
        else:
            pool = w.reps_in(ae_roles(lead.region, lead.tier), booked.date(), lead.region) or w.reps_in(
                ("inside_ae", "field_ae"), booked.date()
            )
            ae = pool[int(ae_pick * len(pool))] if pool else owner
        held = lead.meeting is not None
        status = "held" if held else failure
        if scheduled > w.horizon:
            status = "scheduled"
        cancelled = scheduled - dt.timedelta(hours=20) if status == "cancelled" else None
        yield (
            "SALES_APPOINTMENT",
            {
                "sales_appointment_id": f"APT-{lead.id.split('-')[1]}",
                "lead_id": lead.id,
                "account_id": lead.customer.account_id if opp is not None and lead.customer else None,
                "opportunity_id": opp.id if opp is not None else None,
                "booked_by_rep_id": owner.id,
                "sales_rep_id": ae.id,
                "team_id": ae.team_id,
                "booked_by_team_id": owner.team_id,
                "territory_id": w.territory_for(lead.region, lead.tier).id,
                "source": lead.source,
                "booking_channel": {"call": "call", "email": "email", "linkedin": "linkedin"}[booked_touch.kind],
                "appointment_type": kind,
                "purpose": "discovery",
                "status": status,
                "booked_at": ts(booked),
                "scheduled_at": ts(scheduled),
                "held_at": ts(scheduled if status == "held" else None),
                "cancelled_at": ts(w.seen(cancelled)),
                "duration_minutes": minutes if status == "held" else None,
                "is_qualified": w.visible(lead.sal) if held else False,
                "accepted_by_ae": (opp.accepted is not None and w.visible(opp.accepted)) if opp is not None else None,
                "opportunity_created": opp is not None,
                "reschedule_count": 1 if status == "rescheduled" else 0,
                "rep_role": ae.role,
                "booked_by_rep_role": owner.role,
            },
        )


LIST_DIAL_OUTCOMES = ("voicemail", "no_answer", "busy", "gatekeeper", "wrong_number")
LIST_DIAL_WEIGHTS = (0.4, 0.39, 0.06, 0.12, 0.03)
WEEKDAY_DIALS = (1.1, 1.05, 1.0, 1.0, 0.8)
LIST_DIALS_PER_DAY = 20.0


def _list_dials(w: World) -> Iterator[Row]:
    """Cold calls SDRs and BDRs place from prospect lists, to people not yet in the CRM as
    leads (no lead, no account): the bulk of their daily dials. Volume varies by rep, weekday
    and season; the connect rate by the rep's skill. A live call ends without a meeting
    (the prospect is not interested or asks to be called back)."""
    for rep in w.reps:
        if rep.role not in ("sdr", "bdr"):
            continue
        rand = w.rng("render", "SDR_LIST_DIALS", rep.id)
        pace = rand.uniform(0.7, 1.3)
        number = rep.id.split("-")[-1]
        day = max(rep.hire, w.cal.start)
        while day <= w.until and (rep.term is None or day < rep.term):
            if day.weekday() < 5:
                volume = LIST_DIALS_PER_DAY * pace * WEEKDAY_DIALS[day.weekday()] * SEASON[day.month]
                skill = rep.skill_at(day)
                moments = sorted(rand.work_time(day) for _ in range(rand.poisson(volume)))
                for n, moment in enumerate(moments, 1):
                    yield from _list_dial(w, rand, rep, moment, f"D{number}-{day:%Y%m%d}-{n}", skill)
            day += dt.timedelta(days=1)


def _list_dial(w: World, rand: Rng, rep: Rep, moment: dt.datetime, key: str, skill: float) -> Iterator[Row]:
    live = rand.chance(min(0.12, max(0.02, 0.045 * (1 + 0.3 * skill))))
    outcome = (
        rand.weighted(("not_interested", "callback_requested", "connected"), (0.5, 0.2, 0.3))
        if live
        else rand.weighted(LIST_DIAL_OUTCOMES, LIST_DIAL_WEIGHTS)
    )
    talk = int(rand.lognorm(150, 0.7, 20, 1500)) if live else 0
    ring = 8 + int(rand.random() * 25) + (int(rand.uniform(15, 40)) if outcome == "voicemail" else 0)
    automated = rand.chance(0.3)
    if moment > w.horizon:
        return
    activity_id = f"ACT-{key}"
    yield (
        "SALES_ACTIVITY",
        {
            "sales_activity_id": activity_id,
            "activity_type": "call",
            "direction": "outbound",
            "sales_rep_id": rep.id,
            "rep_role": rep.role,
            "team_id": rep.team_id,
            "territory_id": rep.territory_id,
            "occurred_at": ts(moment),
            "duration_minutes": ratio((talk + ring) / 60, 2),
            "outcome": "connected" if live else ("voicemail" if outcome == "voicemail" else "no_answer"),
            "is_automated": False,
            "is_live_conversation": live,
            "is_selling_time": True,
            "meeting_booked": False,
        },
    )
    yield (
        "SALES_CALL",
        {
            "sales_call_id": f"CALL-{key}",
            "sales_activity_id": activity_id,
            "direction": "outbound",
            "sales_rep_id": rep.id,
            "rep_role": rep.role,
            "team_id": rep.team_id,
            "territory_id": rep.territory_id,
            "dialed_at": ts(moment),
            "ended_at": ts(moment + dt.timedelta(seconds=talk + ring)),
            "is_connected": live,
            "is_prospect_reached": live,
            "is_quality_conversation": live and talk >= 120,
            "outcome": outcome,
            "meeting_booked": False,
            "duration_seconds": talk + ring,
            "talk_time_seconds": talk,
            "is_automated_dial": automated,
        },
    )
