"""Rows of sales enablement: assessments, coaching sessions, enablement-platform usage and
feedback on content, trainings, playbooks, coaching and platforms."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator

from generators.synth.calendar import add_months, month_end
from generators.synth.enablement import COACHING_FOCUS, VALUE_SELLING, Enrollment, content_for
from generators.synth.entities import Opp, Rep
from generators.synth.rand import Rng
from generators.synth.render_training import render_peer_sessions, training_catalogue
from generators.synth.state import World
from generators.synth.values import clamp, ds, money, ratio, ts

Row = tuple[str, dict[str, object]]

PLATFORMS = (
    (
        "ContentHub",
        "content_management",
        ("inside_ae", "field_ae", "account_manager", "kam", "channel_manager", "sdr", "bdr"),
        45.0,
    ),
    ("CallInsight", "conversation_intelligence", ("inside_ae", "field_ae", "account_manager", "sdr", "bdr"), 90.0),
    ("SequenceFlow", "sales_engagement", ("sdr", "bdr"), 110.0),
    (
        "LearnPath",
        "learning_management",
        ("inside_ae", "field_ae", "account_manager", "kam", "channel_manager", "sdr", "bdr"),
        20.0,
    ),
)


def render_enablement(w: World) -> Iterator[Row]:
    by_rep: dict[str, list[Opp]] = defaultdict(list)
    for opp in w.opps:
        by_rep[opp.owner.id].append(opp)
    yield from _assessments(w, by_rep)
    yield from _coaching(w, by_rep)
    yield from _platform(w)
    yield from _feedback(w)
    yield from _product_quizzes(w)
    yield from render_peer_sessions(w)


def _open_opp(opps: list[Opp], moment: dt.datetime, pick: float) -> Opp | None:
    live = [o for o in opps if o.created <= moment and (o.closed is None or o.closed > moment)]
    return live[int(pick * len(live))] if live else None


def _assessments(w: World, by_rep: dict[str, list[Opp]]) -> Iterator[Row]:
    rand = w.rng("render", "SALES_ASSESSMENT")
    seq = [0]
    drawn_last = [e for e in w.enrollments if e.program is VALUE_SELLING]
    yield from _enrolment_assessments(w, rand, [e for e in w.enrollments if e.program is not VALUE_SELLING], seq)
    yield from _call_scorecards(w, rand, by_rep, seq)
    # the value-selling certification is drawn last (enablement.certify_sellers), from its own stream
    yield from _enrolment_assessments(w, w.rng("render", "SALES_ASSESSMENT", VALUE_SELLING.code), drawn_last, seq)


def _enrolment_assessments(w: World, rand: Rng, enrolments: list[Enrollment], seq: list[int]) -> Iterator[Row]:
    """The pre- and post-training assessments of training enrolments (``seq``: the running number)."""
    for e in enrolments:
        if e.rep is None or e.program.kind not in ("skills", "certification"):
            continue
        pre = clamp(e.score - rand.uniform(8, 20), 20, 95)
        attempts = 1 if e.score >= 70 else 2
        applied = rand.chance(0.65)
        rows = []
        if e.started is not None and e.program.kind == "skills":
            rows.append(("pre_training", "quiz", e.started + dt.timedelta(hours=1), pre))
        if e.completed is not None:
            kind = "certification_exam" if e.program.kind == "certification" else "role_play"
            rows.append(("post_training", kind, e.completed - dt.timedelta(hours=2), e.score))
        for phase, kind, taken, score in rows:
            seq[0] += 1
            if taken > w.horizon:
                continue
            yield (
                "SALES_ASSESSMENT",
                {
                    "sales_assessment_id": f"ASM-{seq[0]:06d}",
                    "sales_rep_id": e.rep.id,
                    "team_id": e.rep.team_id,
                    "assessor_rep_id": e.rep.manager,
                    "sales_training_program_id": e.id,
                    "assessment_name": f"{e.program.name} {phase.replace('_', '-')}",
                    "assessment_type": kind,
                    "skill_area": e.program.skill,
                    "assessment_phase": phase,
                    "taken_at": ts(taken),
                    "score": ratio(score, 1),
                    "pass_threshold": 70.0,
                    "passed": score >= 70,
                    "attempt_number": attempts if phase == "post_training" else 1,
                    "skill_applied_on_job": applied if phase == "post_training" else None,
                    "opportunity_id": None,
                    "product_id": e.program.product_id,
                    "duration_minutes": 45 if kind != "certification_exam" else 90,
                },
            )


def _call_scorecards(w: World, rand: Rng, by_rep: dict[str, list[Opp]], seq: list[int]) -> Iterator[Row]:
    """A quarterly call scorecard of every coached rep."""
    for rep in w.reps:
        if rep.role == "sales_manager" or rep.manager is None:
            continue
        for quarter in w.cal.quarters():
            day = rand.day_between(quarter, add_months(quarter, 3) - dt.timedelta(days=1))
            taken = rand.work_time(day)
            score = clamp(rand.gauss(72 + 8 * rep.skill_at(day), 9), 20, 100)
            skill = rand.pick(COACHING_FOCUS)
            pick = rand.random()
            seq[0] += 1
            if not rep.active(day) or taken > w.horizon:
                continue
            opp = _open_opp(by_rep[rep.id], taken, pick)
            yield (
                "SALES_ASSESSMENT",
                {
                    "sales_assessment_id": f"ASM-{seq[0]:06d}",
                    "sales_rep_id": rep.id,
                    "team_id": rep.team_id,
                    "assessor_rep_id": rep.manager,
                    "sales_training_program_id": None,
                    "assessment_name": "Quarterly call scorecard",
                    "assessment_type": "call_scorecard",
                    "skill_area": skill,
                    "assessment_phase": "standalone",
                    "taken_at": ts(taken),
                    "score": ratio(score, 1),
                    "pass_threshold": 65.0,
                    "passed": score >= 65,
                    "attempt_number": 1,
                    "skill_applied_on_job": None,
                    "opportunity_id": opp.id if opp else None,
                    "product_id": None,
                    "duration_minutes": 30,
                },
            )


def _coaching(w: World, by_rep: dict[str, list[Opp]]) -> Iterator[Row]:
    rand = w.rng("render", "SALES_COACHING_SESSION")
    for s in w.coaching:
        pick = rand.random()
        score = clamp(rand.gauss(3.2 + 0.4 * s.rep.skill_at(s.scheduled.date()), 0.6), 1, 5)
        rating = clamp(rand.gauss(4.2, 0.6), 1, 5)
        actions = rand.randint(1, 5)
        follow = rand.chance(0.7)
        follow_lag = rand.uniform(1, 9)
        if s.scheduled > w.horizon:
            continue
        held = s.status == "held"
        opp = _open_opp(by_rep[s.rep.id], s.scheduled, pick) if s.kind in ("deal_review", "pipeline_review") else None
        due = s.scheduled.date() + dt.timedelta(days=7)
        completed = s.scheduled + dt.timedelta(days=follow_lag) if held and follow else None
        yield (
            "SALES_COACHING_SESSION",
            {
                "sales_coaching_session_id": s.id,
                "coach_rep_id": s.coach_id,
                "sales_rep_id": s.rep.id,
                "team_id": s.rep.team_id,
                "session_type": s.kind,
                "coaching_model": "formal"
                if s.kind in ("one_on_one", "deal_review", "pipeline_review")
                else "informal",
                "focus_area": s.focus,
                "scheduled_at": ts(s.scheduled),
                "held_at": ts(s.scheduled if held else None),
                "status": s.status,
                "duration_minutes": s.minutes if held else None,
                "call_reviewed": s.kind == "call_review" if held else None,
                "opportunity_id": opp.id if opp else None,
                "skill_score": ratio(score, 1) if held else None,
                "rep_rating": ratio(rating, 1) if held else None,
                "action_items_count": actions if held else None,
                "follow_up_due_date": ds(due) if held else None,
                "follow_up_completed": w.visible(completed)
                if held and (w.visible(completed) or due < w.until)
                else None,
                "follow_up_completed_at": ts(w.seen(completed)),
            },
        )


def _platform(w: World) -> Iterator[Row]:
    rand = w.rng("render", "ENABLEMENT_PLATFORM")
    mobile = w.rng("render", "ENABLEMENT_PLATFORM-mobile")
    material = w.rng("render", "ENABLEMENT_PLATFORM-training-material")
    training_months: dict[tuple[str, dt.date], int] = defaultdict(int)
    for e in w.enrollments:
        if e.rep is not None and e.completed is not None:
            training_months[(e.rep.id, e.completed.date().replace(day=1))] += 1
    for rep in w.reps:
        if rep.role == "sales_manager":
            continue
        engagement = rand.uniform(0.4, 1.3)
        for month in w.cal.months():
            end = month_end(month)
            for name, category, roles, cost in PLATFORMS:
                logins = rand.poisson(14 * engagement)
                views = rand.poisson(20 * engagement)
                minutes = int(rand.lognorm(240 * engagement, 0.4, 5, 4000))
                if rep.role not in roles or not rep.active(month) or end > w.until:
                    continue
                if category == "learning_management" and not training_months.get((rep.id, month)):
                    continue
                active = logins > 0
                mobile_share = mobile.uniform(0.1, 0.6) if mobile.chance(0.4) else 0.0
                learning = category == "learning_management"
                accesses = (
                    material.poisson(6 * engagement + 4 * training_months.get((rep.id, month), 0)) if learning else None
                )
                yield (
                    "ENABLEMENT_PLATFORM",
                    {
                        "enablement_platform_id": f"EPL-{rep.id.split('-')[1]}-{name[:4].upper()}-{month:%Y%m}",
                        "platform_name": name,
                        "platform_category": category,
                        "sales_rep_id": rep.id,
                        "team_id": rep.team_id,
                        "usage_date": ds(end),
                        "has_license": True,
                        "is_active": active,
                        "logins": logins,
                        "content_views": views if category == "content_management" else 0,
                        "content_shares": views // 4 if category == "content_management" else 0,
                        "training_modules_completed": training_months.get((rep.id, month), 0) * 4
                        if category == "learning_management"
                        else 0,
                        "minutes_active": minutes if active else 0,
                        "seat_cost": money(cost),
                        "mobile_minutes_active": int(minutes * mobile_share) if active else 0,
                        "training_material_accesses": accesses,
                        "training_materials_available": training_catalogue(w, month) if learning else None,
                    },
                )


def _feedback(w: World) -> Iterator[Row]:
    rand = w.rng("render", "ENABLEMENT_FEEDBACK")
    change = w.rng("render", "ENABLEMENT_FEEDBACK-change")
    seq = 0
    rows: list[tuple[dt.datetime, Rep, str, str, dict[str, object]]] = []
    for e in w.enrollments:
        if e.program is VALUE_SELLING:
            continue  # drawn last (enablement.certify_sellers): its feedback is not collected
        gives = rand.chance(0.6)
        lag = rand.uniform(0.1, 5)
        if e.rep is None or e.completed is None or not gives:
            continue
        rows.append(
            (
                e.completed + dt.timedelta(days=lag),
                e.rep,
                "training",
                "post_training",
                {"sales_training_program_id": e.id, "item_id": e.program.code, "training_program_type": e.program.kind},
            )
        )
    for s in w.coaching:
        gives = rand.chance(0.25)
        lag = rand.uniform(0.05, 2)
        if s.status != "held" or not gives:
            continue
        rows.append(
            (
                s.scheduled + dt.timedelta(days=lag),
                s.rep,
                "coaching_session",
                "post_session",
                {"sales_coaching_session_id": s.id, "item_id": s.id},
            )
        )
    for opp in w.opps:
        gives = rand.chance(0.15)
        lag = rand.uniform(3, 30)
        if not opp.playbook or not gives:
            continue
        rows.append(
            (
                opp.created + dt.timedelta(days=lag),
                opp.owner,
                "playbook",
                "in_app",
                {"sales_playbook_id": f"PBA-{opp.id.split('-')[1]}", "item_id": opp.id},
            )
        )
    for rep in w.reps:
        if rep.role == "sales_manager":
            continue
        for quarter in w.cal.quarters():
            gives = rand.chance(0.35)
            day = rand.day_between(quarter, add_months(quarter, 3) - dt.timedelta(days=1))
            moment = rand.work_time(day)
            if not gives or not rep.active(day):
                continue
            content = content_for(w, rand, moment)
            if content is not None:
                rows.append(
                    (
                        moment,
                        rep,
                        "content",
                        "in_app",
                        {"sales_content_id": content.id, "item_id": content.id, "product_id": content.product_id},
                    )
                )
            if quarter.month in (1, 7):
                rows.append(
                    (moment + dt.timedelta(hours=1), rep, "platform", "periodic_survey", {"item_id": "ContentHub"})
                )
    follow = w.rng("render", "ENABLEMENT_FEEDBACK", "follow-up")  # own stream: the draws above are unchanged
    # own streams, drawn for training feedback only: the draws above are unchanged
    confidence = w.rng("render", "ENABLEMENT_FEEDBACK", "confidence")
    morale = w.rng("render", "ENABLEMENT_FEEDBACK", "morale")
    for moment, rep, item, survey, links in rows:
        seq += 1
        rating = clamp(rand.gauss(4.0 + 0.2 * rep.skill, 0.7), 1, 5)
        relevance = clamp(rating + rand.gauss(0, 0.4), 1, 5)
        nps = int(clamp(round(rating * 2 + rand.gauss(0, 1.2)), 0, 10))
        acts = change.chance(0.6 if rating < 4 else 0.2)
        change_lag = change.uniform(3, 45)
        suggestion = follow.chance(0.45 if rating < 3.5 else 0.2)
        responded = follow.after(moment, follow.lognorm(1.5, 0.8, 0.05, 30)) if follow.chance(0.9) else None
        implemented = follow.after(moment, follow.uniform(7, 75)) if suggestion and follow.chance(0.5) else None
        before = after = morale_rating = None
        if item == "training":
            before = round(confidence.normal(2.9, 0.8, 1, 5))
            after = round(confidence.normal(before + 0.6 + 0.3 * rep.skill, 0.7, 1, 5))
            morale_rating = round(morale.normal(3.4 + 0.4 * (rating - 4.0), 0.7, 1, 5))
        if moment > w.horizon or moment.date() < rep.hire:
            continue
        sentiment = "positive" if rating >= 4 else "neutral" if rating >= 3 else "negative"
        changed = w.seen(moment + dt.timedelta(days=change_lag)) if item == "training" and acts else None
        yield (
            "ENABLEMENT_FEEDBACK",
            {
                "enablement_feedback_id": f"EFB-{seq:06d}",
                "sales_rep_id": rep.id,
                "team_id": rep.team_id,
                "submitted_at": ts(moment),
                "survey_type": survey,
                "item_type": item,
                "rating": ratio(rating, 1),
                "relevance_rating": ratio(relevance, 1),
                "nps_score": nps if survey == "periodic_survey" else None,
                "comment_sentiment": sentiment,
                "comment": {"positive": "Very useful", "neutral": "OK", "negative": "Not relevant to my deals"}[
                    sentiment
                ],
                **links,
                "change_implemented_at": ts(changed),
                "is_suggestion": suggestion,
                "responded_at": ts(w.seen(responded)),
                "implemented_at": ts(w.seen(implemented)),
                "confidence_before": before,
                "confidence_after": after,
                "morale_rating": morale_rating,
            },
        )


QUIZ_ROLES = ("sdr", "bdr", "inside_ae", "field_ae", "account_manager", "kam", "channel_manager")


def _product_quizzes(w: World) -> Iterator[Row]:
    """A monthly product-knowledge quiz for every seller (share of questions answered right, 0-100):
    better with skill, lower in the first month of a quarter, when the quarterly release is new."""
    rand = w.rng("render", "product-knowledge-quiz")
    products = sorted(w.products)
    for rep in w.reps:
        if rep.role not in QUIZ_ROLES:
            continue
        for month in w.cal.months():
            day = rand.day_between(month, month_end(month))
            taken = rand.work_time(day)
            release_gap = 7.0 if month.month in (1, 4, 7, 10) else 0.0
            score = rand.normal(74 + 7 * rep.skill_at(day) - release_gap, 9, 20, 100)
            product = rand.pick(products)
            if not rep.active(day) or taken > w.horizon:
                continue
            yield (
                "SALES_ASSESSMENT",
                {
                    "sales_assessment_id": f"ASM-PK-{rep.id}-{month:%Y%m}",
                    "sales_rep_id": rep.id,
                    "team_id": rep.team_id,
                    "assessor_rep_id": None,
                    "sales_training_program_id": None,
                    "assessment_name": "Monthly product knowledge quiz",
                    "assessment_type": "quiz",
                    "skill_area": "product_knowledge",
                    "assessment_phase": "standalone",
                    "taken_at": ts(taken),
                    "score": ratio(round(score), 1),
                    "pass_threshold": 70.0,
                    "passed": round(score) >= 70,
                    "attempt_number": 1,
                    "skill_applied_on_job": None,
                    "opportunity_id": None,
                    "product_id": product,
                    "duration_minutes": 20,
                },
            )
