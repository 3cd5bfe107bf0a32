"""Rows of customer success: SLAs, support tickets and their interactions, surveys (NPS,
CSAT, CES), product usage and feature adoption, health records, onboarding, QBRs, customer
goals and expansion opportunities. Everything follows the customer's latent health."""

from __future__ import annotations

import datetime as dt
from collections.abc import Generator, Iterator

from generators.synth.calendar import add_months, month_end, quarter_start
from generators.synth.entities import Customer, Sub
from generators.synth.rand import Rng
from generators.synth.render_revenue import renewal_visible, sub_visible
from generators.synth.state import World
from generators.synth.touches import renewal_touch
from generators.synth.values import clamp, ds, hours_between, money, ratio, ts

Row = tuple[str, dict[str, object]]

PRIORITIES = ("low", "medium", "high", "urgent")
RESPONSE_TARGET = {"low": 480, "medium": 240, "high": 60, "urgent": 30}
RESOLUTION_TARGET = {"low": 72.0, "medium": 40.0, "high": 16.0, "urgent": 6.0}
SUPPORT_TIERS = ("basic", "standard", "premium", "enterprise")
FEATURES = {
    "PRD-CORE": (
        ("pipeline_board", True),
        ("forecasting", True),
        ("workflow_automation", False),
    ),
    "PRD-ANLT": (("dashboards", True), ("cohort_analysis", False)),
    "PRD-AI": (("email_assist", True), ("deal_insights", False)),
    "PRD-INTG": (("api_sync", True),),
}


def paying_months(w: World, c: Customer) -> list[dt.date]:
    """Calendar months in which the customer had a live subscription."""
    out = []
    for month in w.cal.months():
        end = month_end(month)
        if any(s.start <= end and (s.end is None or s.end > month) for s in c.subs):
            out.append(month)
    return out


def core_sub(c: Customer, day: dt.date) -> Sub | None:
    live = [s for s in c.subs if s.active_on(day)]
    return next((s for s in live if s.product_id == "PRD-CORE"), live[0] if live else None)


def support_tier(c: Customer, day: dt.date) -> str:
    if any(s.product_id == "PRD-SUPP" and s.active_on(day) for s in c.subs):
        return "enterprise" if c.tier == "enterprise" else "premium"
    return "basic" if c.tier == "smb" else "standard"


def render_success(w: World) -> Iterator[Row]:
    yield from _slas(w)
    yield from _support(w)
    yield from _nps(w)
    yield from _usage(w)
    yield from _adoption(w)
    yield from _health(w)
    yield from _onboarding(w)
    qbrs = yield from _qbrs(w)
    yield from _goals(w, qbrs)
    yield from _expansions(w, qbrs)
    yield from _self_service(w)
    yield from _renewal_touches(w)


def _slas(w: World) -> Iterator[Row]:
    start = dt.date(2022, 1, 1)
    factor = {"basic": 2.0, "standard": 1.0, "premium": 0.5, "enterprise": 0.25}
    for tier in SUPPORT_TIERS:
        for priority in PRIORITIES:
            yield (
                "SLA",
                {
                    "sla_id": f"SLA-{tier.upper()}-{priority.upper()}",
                    "sla_name": f"{tier.title()} support, {priority} priority",
                    "customer_id": None,
                    "subscription_id": None,
                    "support_tier": tier,
                    "priority": priority,
                    "first_response_target_minutes": int(RESPONSE_TARGET[priority] * factor[tier]),
                    "resolution_target_hours": round(RESOLUTION_TARGET[priority] * factor[tier], 2),
                    "is_business_hours_only": tier in ("basic", "standard"),
                    "uptime_target": {"basic": 0.99, "standard": 0.995, "premium": 0.999, "enterprise": 0.9995}[tier],
                    "service_credit_rate": {"basic": 0.0, "standard": 0.05, "premium": 0.1, "enterprise": 0.15}[tier],
                    "effective_start_date": ds(start),
                    "effective_end_date": None,
                },
            )
    for c in w.customers:
        for sub in c.subs:
            if (
                sub.product_id != "PRD-SUPP"
                or c.tier != "enterprise"
                or sub.prev is not None
                or not sub_visible(w, sub)
                or sub.start > w.until
            ):
                continue
            for priority in ("high", "urgent"):
                yield (
                    "SLA",
                    {
                        "sla_id": f"SLA-{sub.id}-{priority.upper()}",
                        "sla_name": f"{c.name} enterprise SLA, {priority}",
                        "customer_id": c.id,
                        "subscription_id": sub.id,
                        "support_tier": "enterprise",
                        "priority": priority,
                        "first_response_target_minutes": int(RESPONSE_TARGET[priority] * 0.2),
                        "resolution_target_hours": round(RESOLUTION_TARGET[priority] * 0.2, 2),
                        "is_business_hours_only": False,
                        "uptime_target": 0.9995,
                        "service_credit_rate": 0.2,
                        "effective_start_date": ds(sub.start),
                        "effective_end_date": ds(w.seen_day(sub.end)),
                    },
                )


def _sla_id(c: Customer, day: dt.date, priority: str, w: World) -> str:
    tier = support_tier(c, day)
    if tier == "enterprise" and priority in ("high", "urgent"):
        first = next(
            (
                s
                for s in c.subs
                if s.product_id == "PRD-SUPP" and s.prev is None and s.start <= day and sub_visible(w, s)
            ),
            None,
        )
        if first is not None:
            return f"SLA-{first.id}-{priority.upper()}"
    return f"SLA-{tier.upper()}-{priority.upper()}"


def _support(w: World) -> Iterator[Row]:
    rand = w.rng("render", "support")
    rate = {"smb": 0.08, "mid_market": 0.2, "enterprise": 0.5}
    seq = 0
    for c in w.customers:
        if c.since is None:
            continue
        for month in paying_months(w, c):
            health = c.health(month)
            for _ in range(rand.poisson(rate[c.tier] * (1 + max(0.0, 65 - health) / 35))):
                seq += 1
                yield from _ticket(w, rand, c, month, health, seq)
        if c.tier != "smb":
            for quarter in w.cal.quarters()[c.tier == "mid_market" :: 2]:
                day = rand.day_between(quarter, add_months(quarter, 3) - dt.timedelta(days=1))
                moment = rand.work_time(day)
                kind = rand.weighted(("check_in", "proactive_outreach", "training_session"), (0.6, 0.3, 0.1))
                channel = rand.weighted(("video", "email", "phone", "in_person"), (0.5, 0.25, 0.15, 0.1))
                minutes = rand.choice((15, 30, 45, 60))
                seq += 1
                if not c.paying_on(day) or moment > w.horizon:
                    continue
                yield (
                    "SUPPORT_INTERACTION",
                    {
                        "support_interaction_id": f"SIN-P{seq:06d}",
                        "support_ticket_id": None,
                        "customer_id": c.id,
                        "account_id": c.account_id,
                        "customer_success_manager_id": c.csm.id if c.csm else None,
                        "agent_id": None,
                        "handler_role": "csm",
                        "interaction_type": kind,
                        "channel": channel,
                        "direction": "outbound",
                        "occurred_at": ts(moment),
                        "duration_seconds": minutes * 60,
                        "is_proactive": True,
                        "is_automated": False,
                        "is_first_response": False,
                        "is_resolving": False,
                        "sentiment": "positive"
                        if c.health(day) > 65
                        else "neutral"
                        if c.health(day) > 45
                        else "negative",
                    },
                )


def _ticket(w: World, rand: Rng, c: Customer, month: dt.date, health: float, seq: int) -> Iterator[Row]:
    last = month_end(month)
    start = max(month, min(s.start for s in c.subs))
    opened = rand.work_time(rand.day_between(start, last))
    channel = rand.weighted(("email", "portal", "chat", "phone"), (0.4, 0.25, 0.2, 0.15))
    priority = rand.weighted(PRIORITIES, (0.3, 0.45, 0.2, 0.05))
    category = rand.weighted(
        ("technical_issue", "how_to", "bug", "billing", "account_access", "feature_request", "other"),
        (0.28, 0.25, 0.17, 0.08, 0.1, 0.07, 0.05),
    )
    tier = support_tier(c, opened.date())
    speed = {"basic": 1.6, "standard": 1.0, "premium": 0.6, "enterprise": 0.4}[tier]
    first_minutes = rand.lognorm(RESPONSE_TARGET[priority] * 0.35 * speed, 0.7, 2, 5000)
    fcr = rand.chance(0.32 if priority in ("low", "medium") else 0.15)
    resolve_hours = rand.lognorm(RESOLUTION_TARGET[priority] * 0.45 * speed, 0.7, 0.3, 900)
    escalated = rand.chance(0.12 if priority in ("high", "urgent") else 0.05)
    reopen = rand.poisson(0.06)
    close_days = rand.uniform(1, 5)
    replies = 1 + (0 if fcr else rand.poisson(0.3))
    agent = f"AGT-{rand.randint(1, max(4, round(25 * w.scale))):03d}"
    csat_sent = rand.chance(0.55)
    csat_answer = rand.chance(0.42)
    satisfaction = int(clamp(round(rand.gauss(4.3 + (health - 65) / 50 - (0.5 if escalated else 0), 0.8)), 1, 5))
    ces = rand.chance(0.15)
    extra = [rand.uniform(0.1, 0.9) for _ in range(replies)]
    customer_reply = rand.chance(0.5)
    follow = rand.uniform(0.5, 5)
    first = opened + dt.timedelta(minutes=first_minutes)
    resolved = first if fcr else first + dt.timedelta(hours=resolve_hours)
    escalated_at = first + (resolved - first) * 0.3 if escalated and not fcr else None
    closed = resolved + dt.timedelta(days=close_days)
    # Every draw happens before the horizon decides what is visible, so a ticket opened
    # after ``as_of`` consumes the stream exactly as in the full world.
    product_id = rand.pick([s.product_id for s in c.subs if s.active_on(opened.date())] or ["PRD-CORE"])
    partner_id = c.partner_id if c.partner_id and rand.chance(0.3) else None
    if opened > w.horizon:
        return
    ticket_id = f"TKT-{seq:06d}"
    target_minutes = (
        RESPONSE_TARGET[priority] * {"basic": 2.0, "standard": 1.0, "premium": 0.5, "enterprise": 0.25}[tier]
    )
    target_hours = (
        RESOLUTION_TARGET[priority] * {"basic": 2.0, "standard": 1.0, "premium": 0.5, "enterprise": 0.25}[tier]
    )
    seen_first = w.seen(first)
    seen_resolved = w.seen(resolved)
    seen_closed = w.seen(closed)
    if seen_closed:
        status = "closed"
    elif seen_resolved:
        status = "resolved"
    elif seen_first:
        status = "pending" if customer_reply else "open"
    else:
        status = "new"
    survey = csat_sent and seen_resolved is not None
    answered = survey and csat_answer and not ces and w.visible(resolved + dt.timedelta(days=follow))
    yield (
        "SUPPORT_TICKET",
        {
            "support_ticket_id": ticket_id,
            "customer_id": c.id,
            "account_id": c.account_id,
            "segment_id": c.segment_id,
            "product_id": product_id,
            "partner_id": partner_id,
            "customer_success_manager_id": c.csm.id if c.csm else None,
            "assigned_agent_id": agent,
            "sla_id": _sla_id(c, opened.date(), priority, w),
            "channel": channel,
            "priority": priority,
            "status": status,
            "category": category,
            "opened_at": ts(opened),
            "first_response_at": ts(seen_first),
            "escalated_at": ts(w.seen(escalated_at)),
            "resolved_at": ts(seen_resolved),
            "closed_at": ts(seen_closed),
            "first_response_business_minutes": int(first_minutes) if seen_first else None,
            "resolution_business_hours": ratio(hours_between(opened, resolved), 2) if seen_resolved else None,
            "agent_reply_count": replies if seen_resolved else (1 if seen_first else 0),
            "reopen_count": reopen if seen_closed else 0,
            "is_escalated": w.visible(escalated_at),
            "is_first_contact_resolution": fcr if seen_resolved else None,
            "is_sla_breached": (first_minutes > target_minutes or hours_between(opened, resolved) > target_hours)
            if seen_resolved
            else None,
            "satisfaction_score": satisfaction if answered else None,
        },
    )
    messages: list[tuple[dt.datetime, str, str, bool, bool]] = [(first, "ticket_message", "outbound", True, fcr)]
    if escalated_at is not None:
        messages.append((escalated_at, "escalation_call", "outbound", False, False))
    if not fcr:
        for share in sorted(extra[1:]):
            messages.append((first + (resolved - first) * share, "ticket_message", "outbound", False, False))
        messages.append((resolved, "ticket_call" if channel == "phone" else "ticket_message", "outbound", False, True))
    for i, (moment, kind, direction, is_first, resolving) in enumerate(messages, 1):
        if moment > w.horizon:
            continue
        yield (
            "SUPPORT_INTERACTION",
            {
                "support_interaction_id": f"SIN-{seq:06d}-{i}",
                "support_ticket_id": ticket_id,
                "customer_id": c.id,
                "account_id": c.account_id,
                "customer_success_manager_id": c.csm.id if c.csm else None,
                "agent_id": agent if direction == "outbound" else None,
                "handler_role": "engineer"
                if kind == "escalation_call"
                else "bot"
                if channel == "chat" and is_first
                else "support_agent",
                "interaction_type": kind,
                "channel": {"portal": "portal", "chat": "chat", "phone": "phone"}.get(channel, "email")
                if kind == "ticket_message"
                else "phone",
                "direction": direction,
                "occurred_at": ts(moment),
                "duration_seconds": 900 if kind != "ticket_message" else None,
                "is_proactive": False,
                "is_automated": channel == "chat" and is_first,
                "is_first_response": is_first,
                "is_resolving": resolving,
                "sentiment": "positive" if satisfaction >= 4 else "neutral" if satisfaction == 3 else "negative",
            },
        )
    if survey:
        sent = resolved + dt.timedelta(hours=2)
        responded = resolved + dt.timedelta(days=follow)
        if sent > w.horizon:
            return
        if ces:
            score = int(clamp(round(satisfaction * 1.4 - 0.2), 1, 7))
            survey_type = "ces"
        else:
            score = satisfaction
            survey_type = "csat"
        did = csat_answer and w.visible(responded)
        sentiment = (
            "positive" if score >= (4 if survey_type == "csat" else 5) else "neutral" if score >= 3 else "negative"
        )
        yield (
            "CUSTOMER_FEEDBACK",
            {
                "customer_feedback_id": f"FBK-T{seq:06d}",
                "customer_id": c.id,
                "account_id": c.account_id,
                "segment_id": c.segment_id,
                "product_id": None,
                "customer_success_manager_id": c.csm.id if c.csm else None,
                "support_ticket_id": ticket_id,
                "respondent_id": f"CT-{c.id.split('-')[1]}-1",
                "survey_type": survey_type,
                "survey_context": "transactional",
                "touchpoint": "support",
                "channel": "email",
                "sent_at": ts(sent),
                "responded_at": ts(responded if did else None),
                "score": score if did else None,
                "nps_category": None,
                "comment": ("Quick and helpful" if sentiment == "positive" else "Took too long") if did else None,
                "comment_sentiment": sentiment if did else None,
                "requires_follow_up": (did and sentiment == "negative") or None,
                "followed_up_at": None,
                **_suggestion(w, f"FBK-T{seq:06d}", responded if did else None, sentiment),
            },
        )


SUGGESTION_CHANCE = {"negative": 0.45, "neutral": 0.3, "positive": 0.12}
"""Chance that an answer carries an improvement request, by the sentiment of its comment."""


def _suggestion(w: World, feedback_id: str, responded: dt.datetime | None, sentiment: str) -> dict[str, object]:
    """Whether an answered survey carries an improvement request, and when the change asked for was
    implemented (about half are, weeks to months later). Own stream per response, so no other draw
    changes."""
    if responded is None:
        return {"is_suggestion": None, "implemented_at": None}
    rand = w.rng("render", "CUSTOMER_FEEDBACK suggestion", feedback_id)
    suggestion = rand.chance(SUGGESTION_CHANCE[sentiment])
    implemented = rand.after(responded, rand.lognorm(60, 0.7, 5, 400)) if rand.chance(0.5) else None
    return {"is_suggestion": suggestion, "implemented_at": ts(w.seen(implemented) if suggestion else None)}


NPS_MONTHS = (3, 9)


def _nps(w: World) -> Iterator[Row]:
    rand = w.rng("render", "nps")
    respondents = {"smb": 1, "mid_market": 1, "enterprise": 2}
    seq = 0
    for c in w.customers:
        if c.since is None:
            continue
        for month in w.cal.months():
            if month.month not in NPS_MONTHS:
                continue
            for k in range(1, respondents[c.tier] + 1):
                day = rand.day_between(month, month + dt.timedelta(days=9))
                sent = rand.work_time(day)
                answers = rand.chance(0.36)
                lag = rand.lognorm(2, 1.0, 0.05, 20)
                noise = rand.gauss(0, 1.9)
                follow_lag = rand.uniform(1, 8)
                followed = rand.chance(0.7)
                channel = rand.weighted(("email", "in_app"), (0.7, 0.3))
                seq += 1
                if not c.paying_on(day) or c.since > day or sent > w.horizon:
                    continue
                responded = sent + dt.timedelta(days=lag)
                did = answers and responded <= w.horizon
                score = int(clamp(round(c.health(day) / 10 + 1.6 + noise), 0, 10))
                category = "promoter" if score >= 9 else "passive" if score >= 7 else "detractor"
                sentiment = {"promoter": "positive", "passive": "neutral", "detractor": "negative"}[category]
                follow = responded + dt.timedelta(days=follow_lag)
                yield (
                    "CUSTOMER_FEEDBACK",
                    {
                        "customer_feedback_id": f"FBK-N{seq:06d}",
                        "customer_id": c.id,
                        "account_id": c.account_id,
                        "segment_id": c.segment_id,
                        "product_id": "PRD-CORE",
                        "customer_success_manager_id": c.csm.id if c.csm else None,
                        "support_ticket_id": None,
                        "respondent_id": f"CT-{c.id.split('-')[1]}-{k}",
                        "survey_type": "nps",
                        "survey_context": "relationship",
                        "touchpoint": "general",
                        "channel": channel,
                        "sent_at": ts(sent),
                        "responded_at": ts(responded if did else None),
                        "score": score if did else None,
                        "nps_category": category if did else None,
                        "comment": {
                            "promoter": "Great product",
                            "passive": "Does the job",
                            "detractor": "Too many gaps",
                        }[category]
                        if did
                        else None,
                        "comment_sentiment": sentiment if did else None,
                        "requires_follow_up": (category == "detractor") if did else None,
                        "followed_up_at": ts(
                            follow if did and category == "detractor" and followed and follow <= w.horizon else None
                        ),
                        **_suggestion(w, f"FBK-N{seq:06d}", responded if did else None, sentiment),
                    },
                )


def _usage(w: World) -> Iterator[Row]:
    rand = w.rng("render", "PRODUCT_USAGE")
    for c in w.customers:
        if c.since is None:
            continue
        has_api = any(s.product_id == "PRD-INTG" for s in c.subs)
        for month in paying_months(w, c):
            day = month_end(month)
            sub = core_sub(c, day) or core_sub(c, month)
            noise = rand.gauss(0, 0.06)
            intensity = rand.lognorm(1.0, 0.25)
            if sub is None or day > w.until:
                continue
            rate = clamp(0.25 + 0.6 * c.health(month) / 100 + noise, 0.05, 0.98)
            seats = sub.seats
            monthly = max(1, round(seats * rate))
            visible = sub if sub_visible(w, sub) else sub.prev if sub_visible(w, sub.prev) else None
            yield (
                "PRODUCT_USAGE",
                {
                    "product_usage_id": f"USG-{c.id.split('-')[1]}-{month:%Y%m}",
                    "customer_id": c.id,
                    "account_id": c.account_id,
                    "subscription_id": visible.id if visible else None,
                    "product_id": sub.product_id,
                    "segment_id": c.segment_id,
                    "customer_success_manager_id": c.csm.id if c.csm else None,
                    "usage_date": ds(day),
                    "licensed_seats": seats,
                    "active_users": max(1, round(monthly * 0.45)),
                    "active_users_7d": max(1, round(monthly * 0.72)),
                    "active_users_30d": monthly,
                    "sessions": int(monthly * 18 * intensity),
                    "minutes_used": ratio(monthly * 18 * intensity * 11.5, 1),
                    "feature_events": int(monthly * 140 * intensity * rate),
                    "distinct_features_used": int(clamp(round(42 * rate * intensity * 0.8), 1, 42)),
                    "api_calls": int(monthly * 900 * intensity) if has_api else 0,
                },
            )


def _lapse(live: list[Sub], since: dt.date) -> dt.date | None:
    """First day after ``since`` on which none of the product's subscriptions is in force, if any."""
    ends = sorted(s.end for s in live if s.end and s.end > since)
    return next((day for day in ends if not any(s.active_on(day) for s in live)), None)


def _adoption(w: World) -> Iterator[Row]:
    rand = w.rng("render", "PRODUCT_ADOPTION")
    for c in w.customers:
        if c.since is None:
            continue
        firsts: dict[str, Sub] = {}
        for sub in c.subs:
            if sub.product_id in FEATURES and sub.product_id not in firsts:
                firsts[sub.product_id] = sub
        for product, sub in firsts.items():
            for key, core in FEATURES[product]:
                delay = rand.lognorm(12 if core else 45, 0.8, 0.5, 400)
                adopt = rand.lognorm(25 if core else 60, 0.7, 2, 400)
                propensity = rand.random()
                abandon_after = rand.uniform(60, 400)
                users = rand.uniform(0.2, 0.9)
                idle = rand.uniform(0, 6)
                if sub.created > w.horizon or sub.start > w.until:
                    continue
                live = [s for s in c.subs if s.product_id == product]
                ended = max((s.end for s in live if s.end), default=None) if all(s.end for s in live) else None
                measured = min(w.until, ended or w.until)
                health = c.health(measured)
                start = dt.datetime.combine(sub.start, dt.time(9))
                first = start + dt.timedelta(days=delay)
                adopted = first + dt.timedelta(days=adopt) if propensity < (0.35 + 0.55 * health / 100) else None
                abandoned = (
                    (adopted or first) + dt.timedelta(days=abandon_after) if health < 50 and propensity > 0.5 else None
                )
                lapse = _lapse(live, adopted.date()) if adopted else None
                if lapse and (abandoned is None or abandoned.date() > lapse):
                    abandoned = dt.datetime.combine(lapse, dt.time(0))  # use stops when the product lapses
                end_moment = dt.datetime.combine(measured, dt.time(23, 59))
                first_use: dt.datetime | None = first if first <= end_moment else None
                adopted = adopted if adopted and adopted <= end_moment and first_use else None
                abandoned = abandoned if abandoned and abandoned <= end_moment and first_use else None
                if abandoned:
                    stage = "abandoned"
                elif adopted:
                    stage = "embedded" if (end_moment - adopted).days > 180 and health > 70 else "adopted"
                elif first_use:
                    stage = "exploring"
                else:
                    stage = "not_used"
                eligible = sub.seats if product != "PRD-INTG" else 5
                active = 0 if stage in ("not_used", "abandoned") else max(1, round(eligible * users * health / 100))
                last_used = None
                if first_use:
                    last_used = (abandoned or end_moment) - dt.timedelta(days=idle)
                    last_used = max(last_used, first_use)
                yield (
                    "PRODUCT_ADOPTION",
                    {
                        "product_adoption_id": f"ADP-{c.id.split('-')[1]}-{key}",
                        "customer_id": c.id,
                        "account_id": c.account_id,
                        "subscription_id": sub.id,
                        "product_id": product,
                        "segment_id": c.segment_id,
                        "customer_success_manager_id": c.csm.id if c.csm else None,
                        "feature_key": key,
                        "feature_name": key.replace("_", " ").title(),
                        "is_core_feature": core,
                        "adoption_stage": stage,
                        "first_used_at": ts(first_use),
                        "adopted_at": ts(adopted),
                        "last_used_at": ts(last_used),
                        "abandoned_at": ts(abandoned),
                        "measured_date": ds(measured),
                        "feature_active_users": active,
                        "eligible_users": eligible,
                        "feature_events_30d": active * int(30 * users + 5),
                        "entitled_at": ts(start),
                        "entitlement_ended_at": ts(w.seen(dt.datetime.combine(ended, dt.time(0))) if ended else None),
                    },
                )


def _health(w: World) -> Iterator[Row]:
    rand = w.rng("render", "CUSTOMER_HEALTH_RECORD")
    reasons = (
        "low_usage",
        "support_issues",
        "negative_sentiment",
        "champion_left",
        "budget_cuts",
        "competitor",
        "payment_issues",
    )
    for c in w.customers:
        if c.since is None:
            continue
        records: list[tuple[dt.datetime, int, list[int], str]] = []
        for quarter in w.cal.quarters():
            moment = dt.datetime.combine(quarter + dt.timedelta(days=rand.randint(0, 6)), dt.time(6))
            noise = [int(rand.gauss(0, 8)) for _ in range(5)]
            reason = rand.weighted(reasons, (0.35, 0.2, 0.15, 0.08, 0.1, 0.07, 0.05))
            if not c.paying_on(moment.date()) or c.since > moment.date():
                continue
            records.append((moment, round(c.health(moment.date())), noise, reason))
        for i, (moment, score, noise, reason) in enumerate(records):
            if moment > w.horizon:
                break
            nxt = records[i + 1][0] if i + 1 < len(records) else None
            status = _traffic_light(score)
            sub = core_sub(c, moment.date())
            components = [int(clamp(score + n, 0, 100)) for n in noise]
            yield (
                "CUSTOMER_HEALTH_RECORD",
                {
                    "customer_health_record_id": f"CHR-{c.id.split('-')[1]}-{moment:%Y%m}",
                    "customer_id": c.id,
                    "account_id": c.account_id,
                    "segment_id": c.segment_id,
                    "customer_success_manager_id": c.csm.id if c.csm else None,
                    "key_account_manager_id": c.kam.id if c.kam and c.key_since and c.key_since <= moment else None,
                    "recorded_at": ts(moment),
                    "superseded_at": ts(w.seen(nxt)),
                    "health_score": score,
                    "previous_health_score": records[i - 1][1] if i else None,
                    "health_status": status,
                    "usage_score": components[0],
                    "support_score": components[1],
                    "sentiment_score": components[2],
                    "engagement_score": components[3],
                    "outcome_score": components[4],
                    "is_at_risk": status == "red" or (status == "yellow" and noise[0] < -8),
                    "risk_reason": reason if status != "green" else None,
                    "arr": money(12 * c.mrr_on(moment.date())),
                    "next_renewal_date": ds(sub.term_end) if sub else None,
                    "previous_health_status": _traffic_light(records[i - 1][1]) if i else None,
                },
            )


def _onboarding(w: World) -> Iterator[Row]:
    rand = w.rng("render", "CUSTOMER_ONBOARDING")
    model = {"smb": "self_serve", "mid_market": "guided", "enterprise": "white_glove"}
    target = {"smb": 30, "mid_market": 60, "enterprise": 90}
    for c in w.customers:
        for sub in c.subs:
            if sub.change not in ("new", "reactivation") or sub.product_id != "PRD-CORE" or sub.created < w.cal.first:
                continue
            lag = rand.uniform(0, 6)
            value = rand.lognorm(target[c.tier] * 0.35, 0.5, 2, 200)
            live = rand.lognorm(target[c.tier] * 0.8, 0.4, 5, 300)
            stalls = rand.chance(0.07 + max(0.0, 55 - c.health(sub.start)) / 200)
            started = dt.datetime.combine(sub.start, dt.time(10)) + dt.timedelta(days=lag)
            if sub.contract is not None:
                started = max(started, sub.contract.signed)  # the kickoff follows the signature that starts it
            if started > w.horizon:
                continue
            duration = live * (2.2 if stalls else 1.0)
            first_value = started + dt.timedelta(days=value)
            activated = started + dt.timedelta(days=value * 1.3)
            go_live = started + dt.timedelta(days=duration)
            completed = go_live + dt.timedelta(days=live * 0.2)
            cancelled = (
                sub.ended_at
                if sub.end and sub.ended_by == "churn" and sub.ended_at and sub.ended_at < completed
                else None
            )
            total = {"smb": 4, "mid_market": 6, "enterprise": 8}[c.tier]
            if w.visible(cancelled):
                status = "cancelled"
            elif w.visible(completed):
                status = "completed"
            elif stalls and (w.horizon - started).days > live:
                status = "stalled"
            else:
                status = "in_progress"
            horizon = min(w.horizon, cancelled or w.horizon)
            steps = [first_value, activated, go_live, completed]
            done = sum(1 for s in steps if s <= horizon)
            contract = sub.contract
            yield (
                "CUSTOMER_ONBOARDING",
                {
                    "customer_onboarding_id": f"ONB-{sub.id.split('-')[1]}",
                    "customer_id": c.id,
                    "account_id": c.account_id,
                    "subscription_id": sub.id,
                    "segment_id": c.segment_id,
                    "product_id": sub.product_id,
                    "customer_success_manager_id": c.csm.id if c.csm else None,
                    "onboarding_model": model[c.tier],
                    "status": status,
                    "contract_signed_at": ts(w.seen(contract.signed) if contract else None),
                    "started_at": ts(started),
                    "target_completion_date": ds(started.date() + dt.timedelta(days=target[c.tier])),
                    "first_value_at": ts(first_value if first_value <= horizon else None),
                    "activated_at": ts(activated if activated <= horizon else None),
                    "go_live_at": ts(go_live if go_live <= horizon else None),
                    "completed_at": ts(completed if completed <= horizon and status == "completed" else None),
                    "cancelled_at": ts(w.seen(cancelled)),
                    "milestones_total": total,
                    "milestones_completed": min(total, round(total * done / 4)),
                },
            )


def _qbrs(w: World) -> Generator[Row, None, dict[tuple[str, dt.date], tuple[str, dt.datetime]]]:
    """Yields QBR rows; returns (customer id, quarter) -> (qbr id, held at) for held ones."""
    rand = w.rng("render", "QBR")
    held_index: dict[tuple[str, dt.date], tuple[str, dt.datetime]] = {}
    for c in w.customers:
        if c.since is None or c.tier == "smb":
            continue
        for quarter in w.cal.quarters():
            if c.tier == "mid_market" and quarter.month not in (4, 10):
                continue
            scheduled = rand.work_time(quarter + dt.timedelta(days=rand.randint(20, 80)))
            status = rand.weighted(("held", "rescheduled", "cancelled", "no_show"), (0.8, 0.08, 0.07, 0.05))
            attendees = rand.randint(3, 9)
            customers_n = rand.randint(1, max(1, attendees - 2))
            exec_present = rand.chance(0.5 if c.tier == "enterprise" else 0.25)
            actions = rand.randint(2, 8)
            score = int(clamp(round(rand.gauss(3.4 + (c.health(quarter) - 60) / 30, 0.8)), 1, 5))
            if not c.paying_on(quarter) or c.since > quarter or quarter > w.until:
                continue
            qbr_id = f"QBR-{c.id.split('-')[1]}-{quarter.year}Q{(quarter.month - 1) // 3 + 1}"
            happened = scheduled <= w.horizon
            final = status if happened else "scheduled"
            expansion = any(
                e.source == "qbr" and quarter_start(e.identified.date()) == quarter and e.identified <= w.horizon
                for e in c.expansions
            )
            if final == "held":
                held_index[(c.id, quarter)] = (qbr_id, scheduled)
            yield (
                "QBR",
                {
                    "qbr_id": qbr_id,
                    "customer_id": c.id,
                    "account_id": c.account_id,
                    "segment_id": c.segment_id,
                    "customer_success_manager_id": c.csm.id if c.csm else None,
                    "key_account_manager_id": c.kam.id if c.kam and c.key_since and c.key_since <= scheduled else None,
                    "review_quarter_start_date": ds(quarter),
                    "status": final,
                    "format": "on_site" if c.tier == "enterprise" and attendees > 6 else "virtual",
                    "scheduled_at": ts(scheduled),
                    "held_at": ts(scheduled if final == "held" else None),
                    "attendees_count": attendees if final == "held" else None,
                    "customer_attendees_count": customers_n if final == "held" else None,
                    "is_executive_sponsor_present": exec_present if final == "held" else None,
                    "action_items_count": actions if final == "held" else None,
                    "action_items_completed": int(actions * c.health(quarter) / 110) if final == "held" else None,
                    "is_expansion_identified": expansion if final == "held" else None,
                    "satisfaction_score": score if final == "held" else None,
                    "current_until": ts(scheduled + dt.timedelta(days=QBR_CURRENT_DAYS) if final == "held" else None),
                },
            )
    return held_index


def _goals(w: World, qbrs: dict[tuple[str, dt.date], tuple[str, dt.datetime]]) -> Iterator[Row]:
    rand = w.rng("render", "CUSTOMER_GOAL")
    goals = (
        ("Increase win rate", "revenue_growth", "win rate"),
        ("Shorten sales cycle", "efficiency", "sales cycle days"),
        ("Forecast accuracy above 90%", "efficiency", "forecast accuracy"),
        ("Full rep adoption", "adoption", "weekly active reps"),
        ("Reduce admin time", "cost_reduction", "hours per rep per week"),
        ("Audit-ready pipeline data", "compliance", "data completeness"),
    )
    by_customer: dict[str, list[tuple[str, dt.datetime]]] = {}
    for (cid, _), value in qbrs.items():
        by_customer.setdefault(cid, []).append(value)
    seq = 0
    for c in w.customers:
        if c.since is None or c.tier == "smb":
            continue
        count = rand.randint(1, 3)
        picks = [rand.pick(goals) for _ in range(count)]
        draws = [(rand.uniform(5, 40), rand.uniform(120, 400), rand.random(), rand.uniform(0.1, 0.5)) for _ in picks]
        for (name, category, metric), (lag, horizon_days, luck, lift) in zip(picks, draws, strict=True):
            seq += 1
            base_day = max(c.since, w.cal.start)
            set_at = rand.work_time(base_day + dt.timedelta(days=lag))
            qbr = None
            for qid, held in by_customer.get(c.id, []):
                if held <= set_at and (qbr is None or held > qbr[1]):
                    qbr = (qid, held)
            baseline = rand.uniform(10, 100)  # drawn before the horizon check, as in the full world
            if set_at > w.horizon or set_at.date() > w.cal.end:
                continue
            target_date = set_at.date() + dt.timedelta(days=horizon_days)
            health = c.health(min(target_date, w.until))
            achieved = set_at + dt.timedelta(days=horizon_days * (0.6 + 0.5 * luck)) if luck < health / 100 else None
            churned = c.churned if c.churned and c.churned > set_at else None
            target = baseline * (1 + lift)
            elapsed = clamp((w.horizon - set_at).days / horizon_days, 0, 1)
            if achieved and achieved <= w.horizon:
                status, closed = "achieved", achieved
            elif churned and churned <= w.horizon:
                status, closed = "abandoned", churned
            elif target_date < w.until:
                status, closed = "missed", dt.datetime.combine(target_date, dt.time(17))
            else:
                status, closed = (
                    ("on_track" if luck < health / 100 else "at_risk") if elapsed > 0.1 else "not_started",
                    None,
                )
            current = baseline + (target - baseline) * (
                1 if status == "achieved" else elapsed * (0.9 if luck < 0.6 else 0.4)
            )
            yield (
                "CUSTOMER_GOAL",
                {
                    "customer_goal_id": f"GOL-{seq:06d}",
                    "customer_id": c.id,
                    "account_id": c.account_id,
                    "product_id": "PRD-CORE",
                    "customer_success_manager_id": c.csm.id if c.csm else None,
                    "qbr_id": qbr[0] if qbr else None,
                    "goal_name": name,
                    "goal_category": category,
                    "success_metric": metric,
                    "baseline_value": ratio(baseline, 2),
                    "target_value": ratio(target, 2),
                    "current_value": ratio(current, 2),
                    "status": status,
                    "set_at": ts(set_at),
                    "target_date": ds(target_date),
                    "achieved_at": ts(closed if status == "achieved" else None),
                    "closed_at": ts(closed),
                },
            )


def _expansions(w: World, qbrs: dict[tuple[str, dt.date], tuple[str, dt.datetime]]) -> Iterator[Row]:
    for c in w.customers:
        for e in c.expansions:
            if e.identified > w.horizon:
                continue
            closed = w.seen(e.closed)
            status = e.status if closed else "open"
            opp = e.opp if e.opp is not None and e.opp.created <= w.horizon else None
            qbr = qbrs.get((c.id, quarter_start(e.identified.date()))) if e.source == "qbr" else None
            rep = opp.owner if opp else (c.am if c.am and c.am.hire <= w.until else None)
            sub = e.sub if sub_visible(w, e.sub) else None
            yield (
                "EXPANSION_OPPORTUNITY",
                {
                    "expansion_opportunity_id": e.id,
                    "customer_id": c.id,
                    "account_id": c.account_id,
                    "subscription_id": sub.id if sub else None,
                    "product_id": e.product_id,
                    "segment_id": c.segment_id,
                    "customer_success_manager_id": c.csm.id if c.csm else None,
                    "sales_rep_id": rep.id if rep else None,
                    "key_account_manager_id": c.kam.id
                    if c.kam and c.key_since and c.key_since <= e.identified
                    else None,
                    "opportunity_id": opp.id if opp else None,
                    "qbr_id": qbr[0] if qbr and qbr[1] <= e.identified else None,
                    "expansion_type": e.kind,
                    "source": e.source,
                    "status": status,
                    "identified_at": ts(e.identified),
                    "expected_close_date": ds(e.closed.date() if closed and e.closed else e.expected_close),
                    "closed_at": ts(closed),
                    "expansion_arr": money(e.arr),
                    "probability": 1.0 if status == "won" else 0.0 if status == "lost" else e.probability,
                    "is_first_expansion": e.first,
                    "lost_reason": e.lost_reason if status == "lost" else None,
                },
            )


def _traffic_light(score: int) -> str:
    return "green" if score >= 70 else "yellow" if score >= 50 else "red"


QBR_CURRENT_DAYS = 120
KB_SESSION_RATE = {"smb": 0.3, "mid_market": 0.8, "enterprise": 1.8}


def _self_service(w: World) -> Iterator[Row]:
    """Self-service knowledge-base sessions; healthier customers find their answer more often."""
    for c in w.customers:
        if c.since is None:
            continue
        rand = w.rng("knowledge base session", c.id)
        for month in paying_months(w, c):
            health = c.health(month)
            for n in range(rand.poisson(KB_SESSION_RATE[c.tier])):
                moment = rand.work_time(rand.day_between(month, month_end(month)))
                found = rand.chance(0.45 + 0.35 * health / 100)
                minutes = rand.lognorm(4, 0.6, 0.5, 45)
                if moment > w.horizon or not c.paying_on(moment.date()):
                    continue
                yield (
                    "SUPPORT_INTERACTION",
                    {
                        "support_interaction_id": f"SIN-K{c.id.split('-')[1]}-{month:%Y%m}-{n}",
                        "customer_id": c.id,
                        "account_id": c.account_id,
                        "customer_success_manager_id": c.csm.id if c.csm else None,
                        "interaction_type": "knowledge_base_session",
                        "channel": "portal",
                        "direction": "inbound",
                        "occurred_at": ts(moment),
                        "duration_seconds": int(minutes * 60),
                        "is_proactive": False,
                        "is_first_response": False,
                        "is_resolving": found,
                    },
                )


def _renewal_touches(w: World) -> Iterator[Row]:
    """The CSM renewal check-ins that RENEWAL.is_csm_touched reports."""
    for c in w.customers:
        for r in c.renewals:
            touch = renewal_touch(w, r)
            if touch is None or not w.visible(touch) or not renewal_visible(w, r):
                continue
            rand = w.rng("renewal csm touch detail", r.id)
            channel = rand.weighted(("video", "phone", "in_person"), (0.6, 0.3, 0.1))
            minutes = rand.choice((30, 45, 60))
            yield (
                "SUPPORT_INTERACTION",
                {
                    "support_interaction_id": f"SIN-R{r.id}",
                    "customer_id": c.id,
                    "account_id": c.account_id,
                    "customer_success_manager_id": c.csm.id if c.csm else None,
                    "handler_role": "csm",
                    "interaction_type": "check_in",
                    "channel": channel,
                    "direction": "outbound",
                    "occurred_at": ts(touch),
                    "duration_seconds": minutes * 60,
                    "is_proactive": True,
                    "is_automated": False,
                    "is_first_response": False,
                    "is_resolving": False,
                },
            )
