"""Rows of the sales pipeline: opportunities as they stand at the horizon, their stage
history, the activities, demos, proposals and field visits along the way, lost sales,
win/loss analyses, playbook use and process workflows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from generators.synth.enablement import content_for
from generators.synth.entities import OPEN_STAGES, STAGE_PROBABILITY, STAGES, Opp
from generators.synth.names import person
from generators.synth.render_customers import field_assignments, target_accounts
from generators.synth.render_field import first_contacts
from generators.synth.render_training import methodology_extras
from generators.synth.state import World
from generators.synth.values import days_between, ds, hours_between, money, ratio, ts

Row = tuple[str, dict[str, object]]

FORECAST = {
    "prospecting": "pipeline",
    "qualification": "pipeline",
    "discovery": "pipeline",
    "demo": "best_case",
    "proposal": "best_case",
    "negotiation": "commit",
    "closed_won": "closed",
    "closed_lost": "omitted",
}
STAGE_ACTIVITY = {"discovery": "meeting", "proposal": "email", "negotiation": "call"}
KIND_LABEL = {"new_business": "New business", "expansion": "Expansion", "renewal": "Renewal"}


def number(opp: Opp) -> str:
    return opp.id.split("-")[1]


def amount_at(opp: Opp, moment: dt.datetime) -> float:
    """The estimate until a proposal is made, the proposed amount after."""
    for stage, when in opp.path:
        if when > moment:
            break
        if stage in ("proposal", "negotiation", "closed_won", "closed_lost") and stage != "closed_lost":
            return opp.amount
    return opp.amount0


def expected_at(opp: Opp, moment: dt.datetime) -> dt.date:
    current = opp.expected[0][1]
    for when, day in opp.expected:
        if when > moment:
            break
        current = day
    return current


def pushes_at(opp: Opp, moment: dt.datetime) -> int:
    return sum(1 for when, _ in opp.expected[1:] if when <= moment)


def proposal_times(opp: Opp) -> list[dt.datetime]:
    """When each proposal version was created: on entering the proposal stage, and a revised
    one halfway through negotiation."""
    versions = proposal_versions(opp)
    if not versions or opp.closed is None:
        return []
    entry = _entered(opp, "proposal")
    entered = entry[1] if entry else opp.created
    negotiation = _entered(opp, "negotiation")
    start = negotiation[1] if negotiation else entered
    return [entered, start + (opp.closed - start) * 0.5][:versions]


def proposal_versions(opp: Opp) -> int:
    stages = [s for s, _ in opp.path]
    if "proposal" not in stages:
        return 0
    return 2 if stages.count("proposal") > 1 or ("negotiation" in stages and opp.discount > 0.15) else 1


def render_pipeline(w: World) -> Iterator[Row]:
    yield from _opportunities(w)
    yield from _stage_history(w)
    yield from _activities(w)
    yield from _demos(w)
    yield from _proposals(w)
    yield from _field_visits(w)
    yield from _lost_sales(w)
    yield from _competitive(w)
    yield from _playbooks(w)
    yield from _workflows(w)


def _registration(w: World, opp: Opp) -> tuple[str, dt.datetime | None, dt.datetime | None]:
    if opp.reg_submitted is None or opp.reg_submitted > w.horizon:
        return "not_registered", None, None
    if opp.reg_decided is None or opp.reg_decided > w.horizon:
        return "submitted", opp.reg_submitted, None
    if opp.reg_status == "rejected":
        return "rejected", opp.reg_submitted, None
    expired = opp.reg_decided + dt.timedelta(days=120)
    open_then = opp.closed is None or opp.closed > expired
    if expired <= w.horizon and open_then:
        return "expired", opp.reg_submitted, opp.reg_decided
    return "approved", opp.reg_submitted, opp.reg_decided


CONTENT_USE = {True: 0.56, False: 0.4}
"""Chance that enablement content was used on a won (True) or other opportunity: the demo's
content effect, drawn from its own stream."""


def _opportunities(w: World) -> Iterator[Row]:
    first = first_contacts(w)
    content_rand = w.rng("render", "OPPORTUNITY", "enablement_content_used")
    methodology = methodology_extras(w)
    recruited = {p.id: p.recruited for p in w.partners}
    for opp in w.opps:
        content_used = content_rand.chance(CONTENT_USE[opp.won])
        if opp.created > w.horizon:
            continue
        stage_now = opp.stage_at(w.horizon)
        assert stage_now is not None
        stage, changed = stage_now
        closed = stage in ("closed_won", "closed_lost")
        amount = amount_at(opp, w.horizon)
        factor = amount / opp.amount if opp.amount else 1.0
        c = opp.customer
        status, submitted, approved = _registration(w, opp)
        yield (
            "OPPORTUNITY",
            {
                "opportunity_id": opp.id,
                "opportunity_name": f"{c.name} - {KIND_LABEL[opp.kind]}",
                "account_id": c.account_id,
                "customer_id": c.id,
                "lead_id": opp.lead.id if opp.lead else None,
                "owner_rep_id": opp.owner.id,
                "sdr_rep_id": opp.sdr.id if opp.sdr else None,
                "team_id": opp.owner.team_id,
                "territory_id": c.territory_id,
                "segment_id": c.segment_id,
                "market_id": c.market_id,
                "product_id": opp.product_id,
                "partner_id": opp.partner_id,
                "competitor_id": opp.competitor_id,
                "source": opp.source,
                "opportunity_type": opp.kind,
                "expansion_type": opp.expansion_type,
                "is_new_logo": opp.is_new_logo,
                "stage": stage,
                "is_closed": closed,
                "is_won": stage == "closed_won",
                "forecast_category": FORECAST[stage],
                "probability": STAGE_PROBABILITY[stage],
                "amount": money(amount),
                "annual_contract_value": money(opp.acv * factor),
                "list_price_amount": money(opp.list_amount * factor),
                "discount_amount": money((opp.list_amount - opp.amount) * factor),
                "discount_percent": ratio(opp.discount),
                "professional_services_amount": money(opp.one_time * factor),
                "contract_term_months": opp.term,
                "created_at": ts(opp.created),
                "accepted_at": ts(w.seen(opp.accepted)),
                "stage_changed_at": ts(changed),
                "expected_close_date": ds(opp.closed.date() if closed and opp.closed else expected_at(opp, w.horizon)),
                "close_date_push_count": pushes_at(opp, w.horizon),
                "closed_at": ts(opp.closed if closed else None),
                "loss_reason": opp.loss_reason if stage == "closed_lost" else None,
                "partner_role": opp.partner_role,
                "is_deal_registered": status in ("submitted", "approved", "expired"),
                "deal_registration_status": status,
                "deal_registration_submitted_at": ts(submitted),
                "deal_registration_approved_at": ts(approved),
                "is_registration_conflict": opp.conflict if submitted else False,
                "first_contact_at": ts(first[opp.id]),
                "owner_rep_role": opp.owner.role,
                "original_expected_close_date": ds(opp.expected[0][1]),
                **_hygiene(w, opp),
                "enablement_content_used": content_used,
                **methodology[opp.id],
                "buyer_contacts_engaged": _buyer_contacts(w, opp),
                "partner_recruited_at": ts(recruited.get(opp.partner_id) if opp.partner_id else None),
            },
        )


NEXT_STEP = {
    "prospecting": "Book a discovery call",
    "qualification": "Confirm budget and authority",
    "discovery": "Schedule the product demo",
    "demo": "Send the proposal",
    "proposal": "Review the proposal with the buyer",
    "negotiation": "Agree terms and send the contract",
}


def skipped_stages(stages: list[str]) -> int:
    """Open stages of the sales process before the furthest one reached that were never entered."""
    reached = [OPEN_STAGES.index(s) for s in stages if s in OPEN_STAGES]
    if not reached:
        return 0
    furthest = max(reached) if "closed_won" not in stages else len(OPEN_STAGES) - 1
    return sum(1 for s in OPEN_STAGES[: furthest + 1] if s not in stages)


def _hygiene(w: World, opp: Opp) -> dict[str, object]:
    """Process and record-keeping attributes of the opportunity as it stands at the horizon: stages
    skipped, the current next step (as recorded in the stage history) and the buyer's primary
    contact, which some owners leave empty. Own stream per opportunity."""
    seen = [(i, stage) for i, (stage, when) in enumerate(opp.path) if when <= w.horizon]
    current, stage = seen[-1]
    rand = w.rng("render", "OPPORTUNITY primary contact", opp.id)
    missing = rand.chance(0.25 if stage in ("prospecting", "qualification") else 0.08)
    contact = person(rand)
    step = w.seen(_next_steps(w, opp)[current])
    return {
        "skipped_stage_count": skipped_stages([s for _, s in seen]),
        "next_step": NEXT_STEP[stage] if step is not None and stage in NEXT_STEP else None,
        "primary_contact_name": None if missing else contact,
    }


BUYER_THREADS = {"smb": 0.5, "mid_market": 1.2, "enterprise": 2.3}
"""Mean number of buyer contacts engaged besides the first, by customer tier (bigger buying groups
at bigger customers)."""


def _buyer_contacts(w: World, opp: Opp) -> int:
    """Distinct buyer contacts engaged on the opportunity by the horizon: the first contact, plus
    others drawn by customer tier (more on deals that end won), each first engaged at a stage of
    the opportunity's path and counted once that stage is reached. Own stream per opportunity."""
    rand = w.rng("render", "OPPORTUNITY buyer contacts", opp.id)
    extra = rand.poisson(BUYER_THREADS.get(opp.customer.tier, 1.0) * (1.25 if opp.won else 0.85))
    stages = max(1, len(opp.path) - 1)
    arrivals = [rand.randint(1, stages) for _ in range(extra)]
    reached = sum(1 for _, when in opp.path if when <= w.horizon)
    return 1 + sum(1 for a in arrivals if a < max(reached, 1))


STALE_AFTER_DAYS = 30
"""Days in a stage without a stage change after which an open opportunity counts as stale."""


def _next_steps(w: World, opp: Opp) -> list[dt.datetime | None]:
    """When the owner first recorded a next step during each stay of the stage history
    (None: none recorded before the opportunity left the stage, or a closed stage). Stays
    that end in a loss (the deal going dark) get a next step less often."""
    rand = w.rng("render", "SALES_PIPELINE next step", opp.id)
    moments: list[dt.datetime | None] = []
    for i, (stage, when) in enumerate(opp.path):
        after = opp.path[i + 1] if i + 1 < len(opp.path) else None
        recorded = rand.chance(0.6 if after and after[0] == "closed_lost" else 0.9)
        lag = rand.lognorm(0.5, 0.9, 0.02, 20)
        moment = when + dt.timedelta(days=lag)
        open_stage = stage in OPEN_STAGES
        left = after is not None and after[1] <= moment
        moments.append(moment if recorded and open_stage and not left else None)
    return moments


def _stay_end(w: World, opp: Opp, i: int) -> tuple[dt.datetime | None, dt.datetime | None]:
    """When the opportunity left the stage of ``opp.path[i]`` (if seen by the horizon), and
    when that stay turns stale; both None for a closed stage."""
    stage, when = opp.path[i]
    if stage not in OPEN_STAGES:
        return None, None
    left = opp.path[i + 1][1] if i + 1 < len(opp.path) else None
    stale = when + dt.timedelta(days=STALE_AFTER_DAYS)
    return w.seen(left), w.seen(stale) if left is None or stale < left else None


def _stage_history(w: World) -> Iterator[Row]:
    for opp in w.opps:
        c = opp.customer
        previous: tuple[str, dt.datetime] | None = None
        steps = _next_steps(w, opp)
        for i, (stage, when) in enumerate(opp.path):
            if when > w.horizon:
                break
            exited, stale = _stay_end(w, opp, i)
            expected = opp.closed.date() if stage.startswith("closed") and opp.closed else expected_at(opp, when)
            before = expected_at(opp, when - dt.timedelta(seconds=1)) if previous else None
            yield (
                "SALES_PIPELINE",
                {
                    "sales_pipeline_id": f"SPL-{number(opp)}-{i:02d}",
                    "opportunity_id": opp.id,
                    "account_id": c.account_id,
                    "sales_rep_id": opp.owner.id,
                    "team_id": opp.owner.team_id,
                    "territory_id": c.territory_id,
                    "partner_id": opp.partner_id,
                    "product_id": opp.product_id,
                    "segment_id": c.segment_id,
                    "source": opp.source,
                    "is_new_logo": opp.is_new_logo,
                    "from_stage": previous[0] if previous else None,
                    "to_stage": stage,
                    "is_forward": previous is None or STAGES.index(stage) > STAGES.index(previous[0]),
                    "changed_at": ts(when),
                    "from_stage_entered_at": ts(previous[1] if previous else None),
                    "days_in_from_stage": ratio(days_between(previous[1], when), 2) if previous else None,
                    "opportunity_created_at": ts(opp.created),
                    "amount": money(amount_at(opp, when)),
                    "probability": STAGE_PROBABILITY[stage],
                    "expected_close_date": ds(expected),
                    "previous_expected_close_date": ds(before),
                    "exited_at": ts(exited),
                    "stale_at": ts(stale),
                    "next_step_set_at": ts(w.seen(steps[i])),
                },
            )
            previous = (stage, when)


def _activities(w: World) -> Iterator[Row]:
    rand = w.rng("render", "opp-activities")
    for opp in w.opps:
        rep = opp.owner
        c = opp.customer
        for i, (stage, when) in enumerate(opp.path[1:], 1):
            kind = STAGE_ACTIVITY.get(stage, "")
            if not kind:
                continue
            if stage == "negotiation" and c.tier == "enterprise" and rep.role == "field_ae":
                kind = "visit"
            minutes = {
                "call": rand.lognorm(14, 0.5, 2, 60),
                "meeting": rand.choice((30, 45, 60)),
                "demo": 60,
                "visit": 90,
                "email": 5,
            }[kind]
            offset = rand.uniform(0.2, 3)
            connected = rand.chance(0.55)
            content_pick = rand.random()
            opened = rand.uniform(0.1, 20)
            moment = when - dt.timedelta(hours=offset)
            moment = max(moment, opp.path[i - 1][1] + dt.timedelta(minutes=1))
            content = content_for(w, rand, moment) if kind == "email" and content_pick < 0.4 else None
            if not w.in_calendar(moment):  # after the horizon too; never break: later stages still draw
                continue
            activity_id = f"ACT-O{number(opp)}-{i:02d}"
            outcome = {"call": "connected" if connected else "voicemail", "email": "completed"}.get(kind, "completed")
            yield (
                "SALES_ACTIVITY",
                {
                    "sales_activity_id": activity_id,
                    "activity_type": kind,
                    "direction": "outbound",
                    "sales_rep_id": rep.id,
                    "rep_role": rep.role,
                    "team_id": rep.team_id,
                    "territory_id": rep.territory_id,
                    "lead_id": None,
                    "opportunity_id": opp.id,
                    "account_id": c.account_id,
                    "occurred_at": ts(moment),
                    "duration_minutes": ratio(minutes, 2),
                    "outcome": outcome,
                    "is_automated": False,
                    "is_live_conversation": kind in ("meeting", "demo", "visit") or (kind == "call" and connected),
                    "is_selling_time": True,
                },
            )
            if kind == "call":
                seconds = int(minutes * 60) if connected else 25
                yield (
                    "SALES_CALL",
                    {
                        "sales_call_id": f"CALL-O{number(opp)}-{i:02d}",
                        "sales_activity_id": activity_id,
                        "direction": "outbound",
                        "sales_rep_id": rep.id,
                        "rep_role": rep.role,
                        "team_id": rep.team_id,
                        "territory_id": rep.territory_id,
                        "lead_id": None,
                        "opportunity_id": opp.id,
                        "account_id": c.account_id,
                        "dialed_at": ts(moment),
                        "ended_at": ts(moment + dt.timedelta(seconds=seconds + 10)),
                        "is_connected": connected,
                        "is_prospect_reached": connected,
                        "is_quality_conversation": connected and seconds >= 120,
                        "outcome": "connected" if connected else "voicemail",
                        "meeting_booked": False,
                        "duration_seconds": seconds + 10,
                        "talk_time_seconds": seconds if connected else 0,
                        "is_automated_dial": False,
                    },
                )
            elif kind == "email":
                open_at = moment + dt.timedelta(hours=opened)
                yield (
                    "SALES_EMAIL",
                    {
                        "sales_email_id": f"EML-O{number(opp)}-{i:02d}",
                        "sales_activity_id": activity_id,
                        "sales_rep_id": rep.id,
                        "rep_role": rep.role,
                        "team_id": rep.team_id,
                        "lead_id": None,
                        "opportunity_id": opp.id,
                        "account_id": c.account_id,
                        "sequence_id": None,
                        "sequence_step": None,
                        "template_id": f"TPL-{stage[:4].upper()}",
                        "sales_content_id": content.id if content else None,
                        "sales_content_type": content.kind if content else None,
                        "is_automated": False,
                        "sent_at": ts(moment),
                        "bounced": False,
                        "opened_at": ts(w.seen(open_at)),
                        "open_count": 2 if w.visible(open_at) else 0,
                        "clicked_at": None,
                        "replied_at": None,
                        "reply_sentiment": None,
                        "unsubscribed": False,
                        "meeting_booked": False,
                    },
                )


def _entered(opp: Opp, stage: str) -> tuple[int, dt.datetime] | None:
    for i, (name, when) in enumerate(opp.path):
        if name == stage:
            return i, when
    return None


def _demos(w: World) -> Iterator[Row]:
    rand = w.rng("render", "DEMO")
    for opp in w.opps:
        entry = _entered(opp, "demo")
        no_show_first = rand.chance(0.08)
        lead_days = rand.uniform(1, 5)
        share = rand.uniform(0.1, 0.6)
        attendees = rand.randint(2, 9 if opp.customer.tier == "enterprise" else 5)
        if entry is None:
            continue
        i, entered = entry
        after = opp.path[i + 1][1] if i + 1 < len(opp.path) else entered + dt.timedelta(days=7)
        held = entered + (after - entered) * share
        created = entered - dt.timedelta(days=lead_days)
        created = max(created, opp.created + dt.timedelta(minutes=5))
        if created > w.horizon:
            continue
        tier = opp.customer.tier
        next_stage = opp.path[i + 1][0] if i + 1 < len(opp.path) else None
        if next_stage is None or opp.path[i + 1][1] > w.horizon:
            outcome = "follow_up_needed"
        elif next_stage == "closed_lost":
            outcome = "disqualified" if opp.loss_reason == "disqualified" else "no_change"
        else:
            outcome = "advanced"
        rows = []
        if no_show_first:
            rows.append(("no_show", created, created + (held - created) * 0.4))
        rows.append(("completed", created, held))
        for j, (status, booked, when) in enumerate(rows):
            if not w.in_calendar(booked):
                continue
            done = when <= w.horizon
            final_status = status if done else "scheduled"
            yield (
                "DEMO",
                {
                    "demo_id": f"DEM-{number(opp)}-{j + 1}",
                    "opportunity_id": opp.id,
                    "lead_id": opp.lead.id if opp.lead else None,
                    "account_id": opp.customer.account_id,
                    "sales_rep_id": opp.owner.id,
                    "booked_by_rep_id": (opp.sdr or opp.owner).id,
                    "team_id": opp.owner.team_id,
                    "territory_id": opp.customer.territory_id,
                    "product_id": opp.product_id,
                    "demo_type": "technical" if tier == "enterprise" else "product_overview" if j == 0 else "custom",
                    "delivery_mode": "in_person"
                    if tier == "enterprise" and opp.owner.role == "field_ae"
                    else "virtual",
                    "status": final_status,
                    "is_new_logo": opp.is_new_logo,
                    "created_at": ts(booked),
                    "scheduled_at": ts(when),
                    "held_at": ts(when if final_status == "completed" else None),
                    "cancelled_at": None,
                    "duration_minutes": 60 if final_status == "completed" else None,
                    "attendee_count": attendees if final_status == "completed" else None,
                    "outcome": (outcome if status == "completed" else None) if done else None,
                    "next_step_agreed": (outcome == "advanced") if done and status == "completed" else None,
                },
            )


def _proposals(w: World) -> Iterator[Row]:
    rand = w.rng("render", "PROPOSAL")
    for opp in w.opps:
        versions = proposal_versions(opp)
        sent_lag = rand.uniform(0.1, 2)
        view_lag = rand.uniform(0.05, 3)
        valid_days = rand.choice((30, 30, 45, 60))
        if versions == 0:
            continue
        closed = opp.closed
        assert closed is not None
        created_at = proposal_times(opp)
        for version in range(1, versions + 1):
            created = created_at[version - 1]
            if not w.in_calendar(created):
                continue
            latest = version == versions
            discount = opp.discount if latest or versions == 1 else max(0.0, opp.discount - 0.05)
            amount = opp.amount * (1 - discount) / (1 - opp.discount) if opp.discount < 1 else opp.amount
            approval = discount > 0.15
            approved = created + dt.timedelta(hours=sent_lag * 10) if approval else None
            sent = (approved or created) + dt.timedelta(days=sent_lag)
            viewed = sent + dt.timedelta(days=view_lag)
            valid_until = (sent + dt.timedelta(days=valid_days)).date()
            decided: dt.datetime | None
            if not latest:
                decided, status, reason = created_at[version], "rejected", "price"
            elif opp.won:
                decided, status, reason = closed, "accepted", None
            else:
                decided, status = closed, "rejected"
                reason = {
                    "price": "price",
                    "competitor": "competitor",
                    "no_decision": "no_decision",
                    "product_gap": "product_gap",
                    "timing": "timing",
                    "budget": "budget",
                }.get(opp.loss_reason or "", "other")
            if decided is None or decided > w.horizon:
                decided, reason = None, None
                status = "expired" if valid_until < w.until else "sent" if w.visible(sent) else "draft"
            yield (
                "PROPOSAL",
                {
                    "proposal_id": f"PRP-{number(opp)}-{version}",
                    "opportunity_id": opp.id,
                    "account_id": opp.customer.account_id,
                    "sales_rep_id": opp.owner.id,
                    "team_id": opp.owner.team_id,
                    "territory_id": opp.customer.territory_id,
                    "product_id": opp.product_id,
                    "version": version,
                    "is_latest_version": latest
                    or (created <= w.horizon and not w.visible(created + (closed - created))),
                    "status": status,
                    "is_new_logo": opp.is_new_logo,
                    "list_amount": money(opp.list_amount),
                    "discount_amount": money(opp.list_amount - amount),
                    "discount_rate": ratio(discount),
                    "amount": money(amount),
                    "annual_amount": money(
                        opp.acv * (1 - discount) / (1 - opp.discount) if opp.discount < 1 else opp.acv
                    ),
                    "term_months": opp.term,
                    "requires_approval": approval,
                    "created_at": ts(created),
                    "approved_at": ts(w.seen(approved)),
                    "sent_at": ts(w.seen(sent)),
                    "viewed_at": ts(w.seen(viewed) if decided is None or viewed < decided else None),
                    "decided_at": ts(decided),
                    "valid_until_date": ds(valid_until),
                    "rejection_reason": reason if status == "rejected" else None,
                },
            )


def _field_visits(w: World) -> Iterator[Row]:
    rand = w.rng("render", "FIELD_VISIT")
    targets = target_accounts(w)
    assigned = field_assignments(w)
    for opp in w.opps:
        if opp.owner.role != "field_ae":
            continue
        for i, (stage, when) in enumerate(opp.path[1:], 1):
            if stage not in ("discovery", "negotiation", "demo"):
                continue
            go = rand.chance(0.7)
            status = rand.weighted(("completed", "cancelled", "no_show"), (0.88, 0.09, 0.03))
            distance = rand.lognorm(45, 0.8, 2, 900)
            minutes = rand.choice((45, 60, 90, 120))
            contacts = rand.randint(1, 6)
            if not go:
                continue
            day = when.date()
            if day > w.until or day < w.cal.start:  # never break early: later stages still draw
                continue
            completed = status == "completed" and when <= w.horizon
            check_in = when - dt.timedelta(minutes=10)
            advanced = i + 1 < len(opp.path) and opp.path[i + 1][0] != "closed_lost" and opp.path[i + 1][1] <= w.horizon
            travel = int(distance / 60 * 60)
            yield (
                "FIELD_VISIT",
                {
                    "field_visit_id": f"FV-{number(opp)}-{i:02d}",
                    "sales_rep_id": opp.owner.id,
                    "team_id": opp.owner.team_id,
                    "territory_id": opp.customer.territory_id,
                    "account_id": opp.customer.account_id,
                    "opportunity_id": opp.id,
                    "sales_appointment_id": None,
                    "visit_type": {"discovery": "discovery", "demo": "demo", "negotiation": "negotiation"}[stage],
                    "status": ("completed" if completed else status if status != "completed" else "planned")
                    if when <= w.horizon
                    else "planned",
                    "visit_date": ds(day),
                    "checked_in_at": ts(check_in if completed else None),
                    "checked_out_at": ts(check_in + dt.timedelta(minutes=minutes) if completed else None),
                    "duration_minutes": minutes if completed else None,
                    "travel_distance_km": ratio(distance, 1),
                    "travel_time_minutes": travel,
                    "travel_cost": money(distance * 0.45 + (180 if distance > 300 else 0)),
                    "other_cost": money(25 + 10 * contacts),
                    "outcome": ("opportunity_advanced" if advanced else "follow_up_scheduled") if completed else None,
                    "is_productive": advanced if completed else None,
                    "opportunity_advanced": advanced if completed else None,
                    "contacts_met_count": contacts if completed else None,
                    "is_target_account": opp.customer.account_id in targets,
                    "is_customer_account": opp.customer.since is not None
                    and opp.customer.since <= day
                    and opp.customer.paying_on(day),
                    "is_owner_visit": (opp.customer.owner or assigned.get(opp.customer.account_id)) is opp.owner,
                },
            )


def _lost_sales(w: World) -> Iterator[Row]:
    for opp in w.opps:
        if opp.won or opp.closed is None or opp.closed > w.horizon:
            continue
        stage = opp.path[-2][0]
        yield (
            "LOST_SALE",
            {
                "lost_sale_id": f"LST-{number(opp)}",
                "opportunity_id": opp.id,
                "account_id": opp.customer.account_id,
                "sales_rep_id": opp.owner.id,
                "team_id": opp.owner.team_id,
                "territory_id": opp.customer.territory_id,
                "product_id": opp.product_id,
                "segment_id": opp.customer.segment_id,
                "source": opp.source,
                "is_new_logo": opp.is_new_logo,
                "opportunity_created_at": ts(opp.created),
                "lost_at": ts(opp.closed),
                "days_open": (opp.closed - opp.created).days,
                "stage_at_loss": stage if stage in OPEN_STAGES else "negotiation",
                "loss_reason": opp.loss_reason or "other",
                "loss_reason_detail": f"lost at {stage} ({(opp.loss_reason or 'other').replace('_', ' ')})",
                "competitor_id": opp.competitor_id if opp.loss_reason == "competitor" else None,
                "amount_lost": money(amount_at(opp, opp.closed)),
                "is_win_back_candidate": opp.loss_reason in ("timing", "budget", "no_decision"),
            },
        )


def _competitive(w: World) -> Iterator[Row]:
    rand = w.rng("render", "COMPETITIVE_ANALYSIS")
    won_reasons = (
        ("product_fit", "features", "relationship", "implementation", "support"),
        (0.3, 0.25, 0.2, 0.15, 0.1),
    )
    lost_reasons = (
        ("price", "features", "brand", "incumbent", "relationship", "timing"),
        (0.35, 0.2, 0.15, 0.15, 0.1, 0.05),
    )
    for opp in w.opps:
        if opp.competitor_id is None or opp.closed is None:
            continue
        go = rand.chance(0.5)
        lag = rand.uniform(2, 20)
        reasons, weights = won_reasons if opp.won else lost_reasons
        reason = rand.weighted(reasons, weights)
        delta = rand.normal(-0.05 if opp.won else 0.08, 0.1, -0.4, 0.4)
        incumbent = rand.chance(0.25)
        source = rand.weighted(("rep_survey", "buyer_interview", "third_party"), (0.6, 0.3, 0.1))
        analysed = opp.closed + dt.timedelta(days=lag)
        if not go or analysed > w.horizon:
            continue
        c = opp.customer
        yield (
            "COMPETITIVE_ANALYSIS",
            {
                "competitive_analysis_id": f"CA-{number(opp)}",
                "opportunity_id": opp.id,
                "competitor_id": opp.competitor_id,
                "customer_id": c.id,
                "product_id": opp.product_id,
                "sales_rep_id": opp.owner.id,
                "team_id": opp.owner.team_id,
                "territory_id": c.territory_id,
                "market_id": c.market_id,
                "segment_id": c.segment_id,
                "closed_at": ts(opp.closed),
                "analysed_at": ts(analysed),
                "outcome": "won" if opp.won else "no_decision" if opp.loss_reason == "no_decision" else "lost",
                "deal_amount": money(opp.amount),
                "price_delta_pct": ratio(delta),
                "primary_reason": "incumbent" if incumbent and not opp.won else reason,
                "reason_detail": f"{reason.replace('_', ' ')} decided the deal",
                "was_incumbent": incumbent,
                "analysis_source": source,
                "sales_experience_rating": _sales_experience_rating(w, opp, source),
            },
        )


def _sales_experience_rating(w: World, opp: Opp, source: str) -> int | None:
    """The buyer's 1-5 rating of our sales experience, asked only when a buyer is interviewed
    (own or third-party interview); buyers who chose us rate it higher. Own stream per opportunity."""
    if source == "rep_survey":
        return None
    rand = w.rng("sales_experience_rating", opp.id)
    if rand.chance(0.15):
        return None
    return round(rand.normal(4.2 if opp.won else 3.4, 0.7, 1, 5))


PLAYBOOKS = {
    "new_business": ("PB-NEWLOGO", "New logo acquisition", "new_logo"),
    "expansion": ("PB-EXPAND", "Land and expand", "expansion"),
    "renewal": ("PB-RENEW", "Strategic renewal", "renewal"),
}


def _playbooks(w: World) -> Iterator[Row]:
    rand = w.rng("render", "SALES_PLAYBOOK")
    adherence = w.rng("render", "SALES_PLAYBOOK", "adherence")
    for opp in w.opps:
        lag = rand.uniform(0, 3)
        steps = rand.randint(8, 12)
        diligence = rand.uniform(0.5, 1.0)
        closer = adherence.uniform(0.4, 1.0)
        if opp.won:
            # the won deals followed the playbook more closely (the demo's adherence effect)
            diligence = 1 - (1 - diligence) * closer
        if not opp.playbook:
            continue
        applied = opp.created + dt.timedelta(days=lag)
        if applied > w.horizon:
            continue
        code, name, kind = PLAYBOOKS[opp.kind]
        if opp.kind == "new_business" and opp.competitor_id and lag < 1:
            code, name, kind = "PB-DISPLACE", "Competitive displacement", "competitive_displacement"
        elif opp.product_id == "PRD-AI":
            code, name, kind = "PB-AI", "AI Copilot launch", "product_launch"
        elif opp.partner_role == "sourced":
            code, name, kind = "PB-PARTNER", "Partner co-sell", "partner"
        stage = opp.stage_at(w.horizon)
        assert stage is not None
        progress = (OPEN_STAGES.index(stage[0]) + 1) / 6 if stage[0] in OPEN_STAGES else 1.0
        done = max(1, int(steps * progress * diligence))
        closed = opp.closed if opp.closed and opp.closed <= w.horizon else None
        outcome = (
            "open"
            if closed is None
            else "won"
            if opp.won
            else "no_decision"
            if opp.loss_reason == "no_decision"
            else "lost"
        )
        yield (
            "SALES_PLAYBOOK",
            {
                "sales_playbook_id": f"PBA-{number(opp)}",
                "playbook_code": code,
                "playbook_name": name,
                "playbook_version": "2.1" if applied.year > w.cal.start.year else "2.0",
                "playbook_type": kind,
                "sales_rep_id": opp.owner.id,
                "team_id": opp.owner.team_id,
                "opportunity_id": opp.id,
                "account_id": opp.customer.account_id,
                "product_id": opp.product_id,
                "applied_at": ts(applied),
                "steps_total": steps,
                "steps_completed": min(steps, done),
                "followed_steps_pct": ratio(min(steps, done) / steps, 3),
                "outcome": outcome,
                "closed_at": ts(closed),
                "opportunity_amount": money(opp.amount),
                "days_to_close": (closed - opp.created).days if closed else None,
            },
        )


def _workflows(w: World) -> Iterator[Row]:
    rand = w.rng("render", "SALES_PROCESS_WORKFLOW")
    for opp in w.opps:
        runs: list[tuple[str, str, dt.datetime, list[tuple[str, str, bool, float, float]]]] = []
        if opp.lead is not None and opp.sdr is not None:
            runs.append(
                (
                    "lead_handoff",
                    "SDR to AE handoff",
                    opp.created,
                    [("AE acceptance", "sales_rep", False, 8, 24)],
                )
            )
        proposal = _entered(opp, "proposal")
        if proposal is not None and opp.discount > 0.15:
            steps: list[tuple[str, str, bool, float, float]] = [
                ("manager approval", "sales_manager", False, 10, 24),
                ("deal desk review", "deal_desk", False, 16, 48),
            ]
            if opp.discount > 0.25:
                steps.append(("finance approval", "finance", False, 20, 48))
            runs.append(("discount_approval", "Discount approval", proposal[1], steps))
        if opp.won and opp.closed is not None:
            runs.append(
                (
                    "contract_approval",
                    "Contract approval",
                    opp.closed - dt.timedelta(days=2),
                    [("legal review", "legal", False, 20, 72), ("countersign", "sales_ops", False, 4, 24)],
                )
            )
        for r, (kind, name, start, steps) in enumerate(runs, 1):
            moment = start
            for s, (step, role, automated, median, sla) in enumerate(steps, 1):
                hours = rand.lognorm(median, 0.6, 0.01, median * 8)
                rework = rand.poisson(0.15)
                failed = rand.chance(0.02)
                started = moment
                completed = started + dt.timedelta(hours=hours)
                moment = completed
                if started > w.horizon or started < w.cal.first:  # later steps still draw: never break
                    continue
                done = completed <= w.horizon
                yield (
                    "SALES_PROCESS_WORKFLOW",
                    {
                        "sales_process_workflow_id": f"WF-{number(opp)}-{r}-{s}",
                        "workflow_name": name,
                        "workflow_type": kind,
                        "workflow_run_id": f"WFR-{number(opp)}-{r}",
                        "step_name": step,
                        "step_order": s,
                        "opportunity_id": opp.id,
                        "lead_id": opp.lead.id if opp.lead else None,
                        "account_id": opp.customer.account_id,
                        "sales_rep_id": opp.owner.id,
                        "team_id": opp.owner.team_id,
                        "assignee_role": role,
                        "is_automated": automated,
                        "status": ("failed" if failed else "completed") if done else "in_progress",
                        "started_at": ts(started),
                        "completed_at": ts(completed if done else None),
                        "duration_hours": ratio(hours_between(started, completed), 2) if done else None,
                        "sla_hours": float(sla),
                        "sla_breached": hours > sla if done else None,
                        "rework_count": rework,
                    },
                )
