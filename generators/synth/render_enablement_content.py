"""Rows of sales enablement drawn on their own streams, after every other renderer, so that
no earlier draw changes: the digital sales room rolled out to account executives in 2024 (licensed
seats, adopted over months, some never used), quarterly competitor battlecard quizzes, assets
contributed by reps to the content library, and enablement events (a monthly enablement webinar
and the yearly sales kickoff) with who was invited and who attended, and localized and
personalized versions of the customer-facing content; quarterly messaging (pitch) reviews and the
scenario-planning tool rolled out to quota-carrying sellers in mid-2024."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from generators.synth.calendar import add_months, month_end
from generators.synth.enablement import Content
from generators.synth.state import World
from generators.synth.values import clamp, ds, money, ratio, ts

Row = tuple[str, dict[str, object]]

SELLER_ROLES = ("sdr", "bdr", "inside_ae", "field_ae", "account_manager", "kam", "channel_manager")
DEAL_ROOM_ROLES = ("inside_ae", "field_ae", "account_manager", "kam")
DEAL_ROOM_LAUNCH = dt.date(2024, 4, 1)
CONTRIBUTIONS = (
    ("email_template", "internal", "prospecting", "Field-tested email template"),
    ("case_study", "customer_facing", "proposal", "Win story"),
    ("demo_script", "internal", "discovery", "Demo talk track"),
    ("one_pager", "customer_facing", "qualification", "Customer one-pager"),
)


def render_enablement_content(w: World) -> Iterator[Row]:
    yield from _deal_room(w)
    yield from _battlecard_quizzes(w)
    yield from _rep_content(w)
    yield from _content_variants(w)
    yield from _events(w)
    yield from _messaging_reviews(w)
    yield from _scenario_planning(w)


def _deal_room(w: World) -> Iterator[Row]:
    """A digital sales room licensed to every account executive from its launch month (or hire):
    each rep starts using it after a few months or never; an adopter uses it in most months."""
    rand = w.rng("render", "ENABLEMENT_PLATFORM", "deal-room")
    for rep in w.reps:
        never = rand.chance(0.2)
        adopt_after = int(rand.lognorm(2.0, 0.8, 0, 12))
        if rep.role not in DEAL_ROOM_ROLES:
            continue
        first: dt.date | None = None
        for month in w.cal.months():
            end = month_end(month)
            use = rand.chance(0.85 + 0.05 * clamp(rep.skill, -1, 1))
            logins = rand.poisson(9)
            shares = rand.poisson(6)
            minutes = int(rand.lognorm(150, 0.5, 10, 2000))
            if month < DEAL_ROOM_LAUNCH or not rep.active(month) or end > w.until:
                continue
            first = first or month
            adopted = not never and month >= add_months(first, adopt_after)
            active = adopted and use and logins > 0
            yield (
                "ENABLEMENT_PLATFORM",
                {
                    "enablement_platform_id": f"EPL-{rep.id.split('-')[1]}-DEAL-{month:%Y%m}",
                    "platform_name": "DealRoom",
                    "platform_category": "digital_sales_room",
                    "sales_rep_id": rep.id,
                    "team_id": rep.team_id,
                    "usage_date": ds(end),
                    "has_license": True,
                    "is_active": active,
                    "logins": logins if active else 0,
                    "content_views": 0,
                    "content_shares": shares if active else 0,
                    "training_modules_completed": 0,
                    "minutes_active": minutes if active else 0,
                    "seat_cost": money(35.0),
                },
            )


def _battlecard_quizzes(w: World) -> Iterator[Row]:
    """A quarterly quiz on one competitor's battlecard for every seller (0-100): better with skill,
    worse against the stronger competitors."""
    rand = w.rng("render", "SALES_ASSESSMENT", "battlecard-quiz")
    competitors = sorted(w.competitors, key=lambda c: c.id)
    for rep in w.reps:
        for quarter in w.cal.quarters():
            day = rand.day_between(quarter, add_months(quarter, 3) - dt.timedelta(days=1))
            taken = rand.work_time(day)
            competitor = rand.pick(competitors) if competitors else None
            noise = rand.gauss(0, 9)
            if rep.role not in SELLER_ROLES or competitor is None or not rep.active(day) or taken > w.horizon:
                continue
            score = round(clamp(70 + 7 * rep.skill_at(day) - 6 * competitor.strength + noise, 20, 100))
            yield (
                "SALES_ASSESSMENT",
                {
                    "sales_assessment_id": f"ASM-CK-{rep.id}-{quarter:%Y%m}",
                    "sales_rep_id": rep.id,
                    "team_id": rep.team_id,
                    "assessment_name": f"Battlecard quiz: {competitor.name}",
                    "assessment_type": "quiz",
                    "skill_area": "competitive_knowledge",
                    "assessment_phase": "standalone",
                    "taken_at": ts(taken),
                    "score": ratio(score, 1),
                    "pass_threshold": 70.0,
                    "passed": score >= 70,
                    "attempt_number": 1,
                    "duration_minutes": 15,
                    "competitor_id": competitor.id,
                },
            )


def _rep_content(w: World) -> Iterator[Row]:
    """Assets reps contribute to the content library (about one rep in ten a quarter), reviewed
    and published by enablement a few days later, some left in draft."""
    rand = w.rng("render", "SALES_CONTENT", "rep-contributed")
    for rep in w.reps:
        for quarter in w.cal.quarters():
            gives = rand.chance(0.08 + 0.04 * clamp(rep.skill, -1, 1))
            day = rand.day_between(quarter, add_months(quarter, 3) - dt.timedelta(days=1))
            created = rand.work_time(day)
            kind, audience, stage, label = rand.pick(CONTRIBUTIONS)
            published = rand.after(created, rand.uniform(2, 15)) if rand.chance(0.85) else None
            views = rand.poisson(25)
            shares = rand.poisson(4)
            if not gives or rep.role not in SELLER_ROLES or not rep.active(day) or created > w.horizon:
                continue
            seen = w.seen(published)
            yield (
                "SALES_CONTENT",
                {
                    "sales_content_id": f"CNT-R-{rep.id}-{quarter:%Y%m}",
                    "title": f"{label} by {rep.name}",
                    "content_type": kind,
                    "sales_stage": stage,
                    "audience": audience,
                    "status": "published" if seen else "draft",
                    "created_at": ts(created),
                    "published_at": ts(seen),
                    "last_updated_at": ts(seen),
                    "views_count": views if seen else 0,
                    "shares_count": shares if seen else 0,
                    "opportunities_used_count": 0,
                    "won_opportunities_count": 0,
                    "production_cost": money(0.0),
                    "contributor_rep_id": rep.id,
                },
            )


LANGUAGES = ("de", "fr", "es", "ja")
PERSONALIZABLE = ("presentation", "proposal_template", "roi_calculator", "one_pager", "case_study")


def _content_variants(w: World) -> Iterator[Row]:
    """Localized versions of about a third of the customer-facing assets (one or two languages,
    a few weeks to months after the original is published, retired with it), and copies of
    customer-facing assets personalized for one deal (a few a month, archived after 90 days)."""
    rand = w.rng("render", "SALES_CONTENT", "variants")
    seq = 0
    for c in w.content:
        localize = rand.chance(0.35)
        languages = rand.sample(LANGUAGES, 1 + int(rand.random() < 0.4))
        lags = [(rand.uniform(10, 120), rand.uniform(3, 12)) for _ in languages]
        if c.published is None or c.audience != "customer_facing" or not localize:
            continue
        for language, (lag, review) in zip(languages, lags, strict=True):
            created = rand.after(c.published, lag)
            published = rand.after(created, review)
            if created > w.horizon or (c.retired is not None and published >= c.retired):
                continue
            seq += 1
            yield _variant(w, c, f"CNT-L-{seq:05d}", "localized", language, created, published, c.retired)
    live = [c for c in w.content if c.published is not None and c.kind in PERSONALIZABLE]
    for month in w.cal.months():
        for _ in range(rand.poisson(4 * w.scale)):
            day = rand.day_between(month, month_end(month))
            created = rand.work_time(day)
            pick = rand.random()
            review = rand.uniform(0.1, 3)
            candidates = [c for c in live if c.published <= created and (c.retired is None or created < c.retired)]
            if not candidates or created > w.horizon:
                continue
            c = candidates[int(pick * len(candidates))]
            published = rand.after(created, review)
            seq += 1
            yield _variant(
                w, c, f"CNT-P-{seq:05d}", "personalized", None, created, published, rand.after(published, 90)
            )


def _variant(
    w: World,
    c: Content,
    code: str,
    variant: str,
    language: str | None,
    created: dt.datetime,
    published: dt.datetime,
    retired: dt.datetime | None,
) -> Row:
    shown = w.seen(published)
    gone = w.seen(retired)
    label = f"{language.upper()} version" if language else "personalized copy"
    return (
        "SALES_CONTENT",
        {
            "sales_content_id": code,
            "title": f"{c.title} ({label})",
            "content_type": c.kind,
            "sales_stage": c.stage,
            "audience": c.audience,
            "product_id": c.product_id,
            "competitor_id": c.competitor_id,
            "status": "archived" if gone else "published" if shown else "draft",
            "created_at": ts(created),
            "published_at": ts(shown),
            "last_updated_at": ts(shown),
            "retired_at": ts(gone),
            "production_cost": money(round(c.cost * (0.25 if language else 0.05), -1)),
            "variant_type": variant,
            "source_content_id": c.id,
            "language": language,
        },
    )


EVENTS = (
    # (code, name, delivery, hours, cost per attendee, required)
    ("EVT-WEB", "Monthly enablement webinar", "virtual_live", 1.0, 0.0, False),
    ("EVT-SKO", "Sales kickoff", "classroom", 16.0, 1200.0, True),
)


def _events(w: World) -> Iterator[Row]:
    """Every seller is invited to the monthly enablement webinar and to the January sales kickoff;
    attendance is higher for the kickoff and for more engaged reps. Attendance is recorded, not
    learning hours (``hours`` stays empty: an event is not a training program)."""
    rand = w.rng("render", "SALES_TRAINING_PROGRAM", "enablement-events")
    for month in w.cal.months():
        for code, name, delivery, _hours, cost, required in EVENTS:
            if code == "EVT-SKO" and month.month != 1:
                continue
            day = month + dt.timedelta(days=rand.randint(8, 20))
            held = dt.datetime.combine(day, dt.time(16 if code == "EVT-WEB" else 9, 0))
            for rep in w.reps:
                attends = rand.chance((0.92 if required else 0.62) + 0.08 * clamp(rep.skill, -1, 1))
                if rep.role not in SELLER_ROLES or not rep.active(day) or held > w.horizon:
                    continue
                yield (
                    "SALES_TRAINING_PROGRAM",
                    {
                        "sales_training_program_id": f"TRN-{code}-{rep.id}-{month:%Y%m}",
                        "program_code": code,
                        "program_name": name,
                        "program_type": "enablement_event",
                        "delivery_method": delivery,
                        "participant_type": "rep",
                        "sales_rep_id": rep.id,
                        "team_id": rep.team_id,
                        "is_required": required,
                        "enrolled_at": ts(held - dt.timedelta(days=14)),
                        "started_at": ts(held if attends else None),
                        "due_date": ds(day),
                        "completed_at": ts(held if attends else None),
                        "status": "completed" if attends else "dropped",
                        "cost": money(cost if attends else 0.0),
                    },
                )


def _messaging_reviews(w: World) -> Iterator[Row]:
    """A quarterly messaging review of every seller: the manager scores a recorded pitch (0-100)
    against the approved messaging framework (value proposition, positioning, proof points);
    better with skill, and a few points lower in the rep's first months (still ramping)."""
    rand = w.rng("render", "SALES_ASSESSMENT", "messaging-review")
    for rep in w.reps:
        for quarter in w.cal.quarters():
            day = rand.day_between(quarter, add_months(quarter, 3) - dt.timedelta(days=1))
            taken = rand.work_time(day)
            noise = rand.gauss(0, 8)
            minutes = rand.choice((20, 25, 30))
            if rep.role not in SELLER_ROLES or not rep.active(day) or taken > w.horizon:
                continue
            score = round(clamp(76 + 6 * rep.skill_at(day) + noise, 25, 100))
            yield (
                "SALES_ASSESSMENT",
                {
                    "sales_assessment_id": f"ASM-MSG-{rep.id}-{quarter:%Y%m}",
                    "sales_rep_id": rep.id,
                    "team_id": rep.team_id,
                    "assessor_rep_id": rep.manager,
                    "assessment_name": "Messaging review: core pitch",
                    "assessment_type": "skills_review",
                    "skill_area": "messaging",
                    "assessment_phase": "standalone",
                    "taken_at": ts(taken),
                    "score": ratio(score, 1),
                    "pass_threshold": 75.0,
                    "passed": score >= 75,
                    "attempt_number": 1,
                    "duration_minutes": minutes,
                },
            )


PLANNING_ROLES = (*DEAL_ROOM_ROLES, "channel_manager")
PLANNING_LAUNCH = dt.date(2024, 7, 1)


def _scenario_planning(w: World) -> Iterator[Row]:
    """A scenario-planning tool (what-if plans of deals, pipeline and quota) licensed to every
    quota-carrying seller from its launch month (or hire), one usage row per rep and month: some
    reps never take it up, adopters use it in most months and nearly always in a quarter's last
    month, when they plan the next quarter."""
    rand = w.rng("render", "ENABLEMENT_PLATFORM", "scenario-planning")
    for rep in w.reps:
        never = rand.chance(0.25 - 0.08 * clamp(rep.skill, -1, 1))
        adopt_after = int(rand.lognorm(1.5, 0.9, 0, 12))
        if rep.role not in PLANNING_ROLES:
            continue
        first: dt.date | None = None
        for month in w.cal.months():
            end = month_end(month)
            use = rand.chance(0.9 if month.month % 3 == 0 else 0.6)
            logins = 1 + rand.poisson(3)
            minutes = int(rand.lognorm(45, 0.6, 5, 600))
            if month < PLANNING_LAUNCH or not rep.active(month) or end > w.until:
                continue
            first = first or month
            active = not never and month >= add_months(first, adopt_after) and use
            yield (
                "ENABLEMENT_PLATFORM",
                {
                    "enablement_platform_id": f"EPL-{rep.id.split('-')[1]}-PLAN-{month:%Y%m}",
                    "platform_name": "PlanIQ",
                    "platform_category": "scenario_planning",
                    "sales_rep_id": rep.id,
                    "team_id": rep.team_id,
                    "usage_date": ds(end),
                    "has_license": True,
                    "is_active": active,
                    "logins": logins if active else 0,
                    "content_views": 0,
                    "content_shares": 0,
                    "training_modules_completed": 0,
                    "minutes_active": minutes if active else 0,
                    "seat_cost": money(20.0),
                },
            )
