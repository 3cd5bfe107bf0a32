"""Rows of customer engagement beyond support: education, community, advocacy, loyalty,
data-quality checks and journey stages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from generators.synth.entities import Customer, Opp
from generators.synth.render_customers import churned_at
from generators.synth.render_success import paying_months
from generators.synth.state import World
from generators.synth.values import clamp, money, ratio, ts

Row = tuple[str, dict[str, object]]

COURSES = (
    ("ADM-101", "Administrator essentials", "self_paced", False),
    ("USR-101", "Revenue Cloud for sellers", "self_paced", False),
    ("FCST-201", "Forecasting in practice", "live_virtual", False),
    ("ANL-201", "Building dashboards", "webinar", False),
    ("CERT-300", "Certified administrator", "in_person", True),
)


def render_engagement(w: World) -> Iterator[Row]:
    yield from _education(w)
    yield from _community(w)
    yield from _advocacy(w)
    yield from _loyalty(w)
    yield from _data_quality(w)
    yield from _journeys(w)


def _window(w: World, c: Customer) -> list[dt.date]:
    return paying_months(w, c) if c.since is not None else []


def _education(w: World) -> Iterator[Row]:
    rand = w.rng("render", "CUSTOMER_EDUCATION")
    rate = {"smb": 0.04, "mid_market": 0.08, "enterprise": 0.16}
    seq = 0
    for c in w.customers:
        learners = 0
        for month in _window(w, c):
            for _ in range(rand.poisson(rate[c.tier])):
                seq += 1
                learners += 1
                code, name, fmt, cert = rand.pick(COURSES)
                enrolled = rand.work_time(rand.day_between(month, month + dt.timedelta(days=27)))
                start_lag = rand.uniform(0, 10)
                starts = rand.chance(0.85)
                finish = rand.lognorm(14, 0.7, 1, 120)
                finishes = rand.chance(0.45 + 0.4 * c.health(month) / 100)
                score = clamp(rand.gauss(78, 11), 20, 100)
                satisfaction = int(clamp(round(rand.gauss(4.1, 0.8)), 1, 5))
                minutes = int(rand.lognorm(90 if not cert else 480, 0.5, 10, 2000))
                if enrolled > w.horizon:
                    continue
                started = enrolled + dt.timedelta(days=start_lag) if starts else None
                completed = started + dt.timedelta(days=finish) if started and finishes else None
                started_seen = w.seen(started)
                completed_seen = w.seen(completed)
                passed = score >= 70 if completed_seen else None
                certified = bool(cert and passed)
                dropped = started_seen and not finishes and (w.horizon - started_seen).days > 90
                status = (
                    "completed"
                    if completed_seen
                    else "dropped"
                    if dropped
                    else "in_progress"
                    if started_seen
                    else "enrolled"
                )
                yield (
                    "CUSTOMER_EDUCATION",
                    {
                        "customer_education_id": f"EDU-{seq:06d}",
                        "customer_id": c.id,
                        "account_id": c.account_id,
                        "learner_id": f"LRN-{c.id.split('-')[1]}-{learners}",
                        "product_id": "PRD-ANLT" if code == "ANL-201" else "PRD-CORE",
                        "customer_success_manager_id": c.csm.id if c.csm else None,
                        "course_code": code,
                        "course_name": name,
                        "delivery_format": fmt,
                        "status": status,
                        "enrolled_at": ts(enrolled),
                        "started_at": ts(started_seen),
                        "completed_at": ts(completed_seen),
                        "time_spent_minutes": minutes if completed_seen else (minutes // 3 if started_seen else 0),
                        "assessment_score": ratio(score, 1) if completed_seen else None,
                        "is_passed": passed,
                        "is_certified": certified if completed_seen else None,
                        "certified_at": ts(completed_seen if certified else None),
                        "certification_expires_at": ts(
                            completed_seen + dt.timedelta(days=730) if certified and completed_seen else None
                        ),
                        "satisfaction_score": satisfaction if completed_seen else None,
                        **_follow_up(w, f"EDU-{seq:06d}", completed, score),
                    },
                )


def _follow_up(w: World, enrolment: str, completed: dt.datetime | None, score: float) -> dict[str, object]:
    """The follow-up knowledge check some weeks after completion: part of what was learnt is forgotten."""
    rand = w.rng("education follow-up", enrolment)
    takes = rand.chance(0.55)
    lag = rand.uniform(45, 90)
    decay = rand.gauss(9, 7)
    checked = w.seen(completed + dt.timedelta(days=lag)) if completed is not None and takes else None
    return {
        "follow_up_assessed_at": ts(checked),
        "follow_up_assessment_score": ratio(clamp(score - decay, 0, 100), 1) if checked else None,
    }


def _community(w: World) -> Iterator[Row]:
    rand = w.rng("render", "CUSTOMER_COMMUNITY")
    rate = {"smb": 0.025, "mid_market": 0.05, "enterprise": 0.09}
    seq = 0
    for c in w.customers:
        members = 0
        for month in _window(w, c):
            for _ in range(rand.poisson(rate[c.tier])):
                seq += 1
                members += 1
                joined = rand.work_time(rand.day_between(month, month + dt.timedelta(days=27)))
                role = rand.weighted(("member", "champion", "moderator"), (0.85, 0.12, 0.03))
                activity = rand.lognorm(1.0, 0.9, 0.05, 10)
                leaves = rand.chance(0.15)
                stay = rand.uniform(60, 500)
                banned = rand.chance(0.005)
                idle = rand.uniform(0, 120)
                if joined > w.horizon:
                    continue
                left = joined + dt.timedelta(days=stay) if leaves else None
                churned = churned_at(w, c)
                if churned and churned > joined and (left is None or churned < left):
                    left = churned
                left_seen = w.seen(left)
                end = left_seen or w.horizon
                days = max(0.0, (end - joined).days)
                last_active = max(joined, end - dt.timedelta(days=idle if not left_seen else 1))
                status = ("banned" if banned else "left") if left_seen else "inactive" if idle > 90 else "active"
                posts = int(days / 30 * activity * (3 if role != "member" else 1))
                yield (
                    "CUSTOMER_COMMUNITY",
                    {
                        "customer_community_id": f"COM-{seq:06d}",
                        "customer_id": c.id,
                        "account_id": c.account_id,
                        "member_user_id": f"MBR-{c.id.split('-')[1]}-{members}",
                        "customer_success_manager_id": c.csm.id if c.csm else None,
                        "role": role,
                        "status": status,
                        "joined_at": ts(joined),
                        "last_active_at": ts(last_active),
                        "left_at": ts(left_seen),
                        "posts_count": posts,
                        "answers_count": int(posts * 0.6),
                        "accepted_answers_count": int(posts * 0.2),
                        "likes_received": int(posts * 2.5),
                        "events_attended": int(days / 120 * activity),
                    },
                )


ADVOCACY = (
    "reference_call",
    "case_study",
    "online_review",
    "testimonial",
    "speaking_event",
    "social_share",
    "beta_feedback",
)


def _advocacy(w: World) -> Iterator[Row]:
    rand = w.rng("render", "CUSTOMER_ADVOCACY_PROGRAM")
    referred: dict[str, list[Opp]] = {}
    for lead in w.leads:
        if lead.referral_customer is not None and lead.opp is not None:
            referred.setdefault(lead.referral_customer.id, []).append(lead.opp)
    nb = [o for o in w.opps if o.kind == "new_business"]
    for c in w.customers:
        months = _window(w, c)
        happy = [m for m in months if c.health(m) > 80]
        chance = rand.random()
        if not happy or chance > 0.45:
            continue
        enrolled = rand.work_time(happy[0] + dt.timedelta(days=rand.randint(0, 25)))
        tier = rand.weighted(("member", "advocate", "champion", "advisory_board"), (0.5, 0.3, 0.15, 0.05))
        activities = []
        for _ in range(rand.poisson(1.5)):
            kind = rand.pick(ADVOCACY)
            requested = enrolled + dt.timedelta(days=rand.uniform(5, 400))
            done_lag = rand.uniform(3, 30)
            outcome = rand.weighted(("completed", "declined"), (0.8, 0.2))
            rating = rand.randint(4, 5)
            pick = rand.random()
            activities.append((kind, requested, done_lag, outcome, rating, pick))
        for opp in referred.get(c.id, []):
            activities.append(("referral", opp.created - dt.timedelta(days=2), 1.0, "completed", 0, -1.0))
        churned = churned_at(w, c)
        if enrolled > w.horizon:
            continue
        left = churned if churned and churned > enrolled else None
        advocate = f"ADV-{c.id.split('-')[1]}"
        base = {
            "advocate_id": advocate,
            "customer_id": c.id,
            "account_id": c.account_id,
            "product_id": "PRD-CORE",
            "customer_success_manager_id": c.csm.id if c.csm else None,
            "program_tier": tier,
            "enrolled_at": ts(enrolled),
            "left_at": ts(left),
        }
        yield (
            "CUSTOMER_ADVOCACY_PROGRAM",
            {
                **base,
                "customer_advocacy_program_id": f"{advocate}-0",
                "activity_type": "enrolment",
                "status": "completed",
                "requested_at": ts(enrolled),
                "activity_at": ts(enrolled),
                "points_awarded": 100,
            },
        )
        for i, (kind, requested, lag, outcome, rating, pick) in enumerate(activities, 1):
            if requested > w.horizon or requested < enrolled or (left and requested > left):
                continue
            done = requested + dt.timedelta(days=lag)
            finished = done <= w.horizon
            status = outcome if finished else "requested"
            influenced = None
            if kind == "referral":
                influenced = next(o for o in referred[c.id] if o.created - dt.timedelta(days=2) == requested)
            elif kind == "reference_call" and status == "completed":
                pool = [o for o in nb if o.created <= done and o.customer.tier == c.tier]
                influenced = pool[int(pick * len(pool))] if pool else None
            won = influenced is not None and influenced.won and influenced.closed and influenced.closed <= w.horizon
            yield (
                "CUSTOMER_ADVOCACY_PROGRAM",
                {
                    **base,
                    "customer_advocacy_program_id": f"{advocate}-{i}",
                    "influenced_opportunity_id": influenced.id
                    if influenced and influenced.created <= w.horizon
                    else None,
                    "activity_type": kind,
                    "status": status,
                    "requested_at": ts(requested),
                    "activity_at": ts(done if status == "completed" else None),
                    "review_rating": rating if kind == "online_review" and status == "completed" else None,
                    "influenced_revenue": money(influenced.acv) if won and influenced else None,
                    "points_awarded": {"reference_call": 50, "case_study": 200, "speaking_event": 300}.get(kind, 25)
                    if status == "completed"
                    else 0,
                },
            )


def _loyalty(w: World) -> Iterator[Row]:
    rand = w.rng("render", "LOYALTY_PROGRAM")
    for c in w.customers:
        months = _window(w, c)
        joins = rand.chance(0.3 if c.tier != "enterprise" else 0.1)
        pick = rand.random()
        redeem = rand.uniform(0.2, 0.8)
        idle = rand.uniform(0, 150)
        if not months or not joins:
            continue
        joined = rand.work_time(months[int(pick * len(months))] + dt.timedelta(days=3))
        if joined > w.horizon:
            continue
        churned = churned_at(w, c)
        left = churned if churned and churned > joined else None
        end = left or w.horizon
        days = max(1, (end - joined).days)
        spend = 12 * c.mrr_on(joined.date()) * days / 365
        earned = int(spend / 10)
        redeemed = int(earned * redeem)
        expired = int(earned * 0.05)
        tier = "platinum" if spend > 60000 else "gold" if spend > 20000 else "silver" if spend > 5000 else "bronze"
        last = max(joined, end - dt.timedelta(days=idle))
        status = "cancelled" if left else "lapsed" if idle > 120 else "active"
        yield (
            "LOYALTY_PROGRAM",
            {
                "loyalty_program_id": f"LOY-{c.id.split('-')[1]}",
                "program_name": "Revenue Cloud Rewards",
                "customer_id": c.id,
                "account_id": c.account_id,
                "segment_id": c.segment_id,
                "tier": tier,
                "status": status,
                "joined_at": ts(joined),
                "tier_changed_at": ts(joined + dt.timedelta(days=days / 2) if tier != "bronze" else None),
                "last_activity_at": ts(last),
                "last_redeemed_at": ts(
                    last - dt.timedelta(days=5) if redeemed and last - dt.timedelta(days=5) > joined else None
                ),
                "left_at": ts(left),
                "points_earned": earned,
                "points_redeemed": redeemed,
                "points_expired": expired,
                "points_balance": earned - redeemed - expired,
                "rewards_redeemed_count": redeemed // 500,
                "member_spend": money(spend),
            },
        )


def _data_quality(w: World) -> Iterator[Row]:
    rand = w.rng("render", "CUSTOMER_DATA_QUALITY")
    fields = ("industry", "employee_count", "billing_contact", "phone", "website", "annual_revenue", "address")
    customers = w.customers
    for index, c in enumerate(customers):
        for year in sorted({m.year for m in w.cal.months()}):
            check = rand.work_time(dt.date(year, rand.randint(1, 12), rand.randint(1, 28)))
            sample = rand.chance(1.0 if c.since is not None else 0.05)
            source = rand.weighted(("crm", "billing", "product", "support", "marketing"), (0.5, 0.2, 0.1, 0.1, 0.1))
            missing = [f for f in fields if rand.chance(0.08)]
            duplicate = rand.chance(0.02)
            issues = rand.poisson(0.4)
            stale_days = rand.uniform(5, 500)
            fix = rand.uniform(2, 60)
            if not sample or check < c.created or check > w.horizon or check.date() < w.cal.start:
                continue
            dup_of = customers[int(stale_days) % index] if duplicate and index else None
            if dup_of is not None and dup_of.created > check:
                dup_of = None
            score = int(
                clamp(
                    100 - 10 * len(missing) - 8 * issues - (25 if dup_of else 0) - (10 if stale_days > 365 else 0),
                    0,
                    100,
                )
            )
            fixed = check + dt.timedelta(days=fix) if score < 80 else None
            yield (
                "CUSTOMER_DATA_QUALITY",
                {
                    "customer_data_quality_id": f"CDQ-{c.id.split('-')[1]}-{year}",
                    "customer_id": c.id,
                    "account_id": c.account_id,
                    "customer_success_manager_id": c.csm.id if c.csm and c.since and c.since <= check.date() else None,
                    "source_system": source,
                    "checked_at": ts(check),
                    "required_fields_count": len(fields),
                    "missing_fields_count": len(missing),
                    "missing_fields": ",".join(missing) or None,
                    "completeness_rate": ratio(1 - len(missing) / len(fields), 3),
                    "is_duplicate": dup_of is not None,
                    "duplicate_of_customer_id": dup_of.id if dup_of else None,
                    "accuracy_issues_count": issues,
                    "is_stale": stale_days > 365,
                    "record_updated_at": ts(max(c.created, check - dt.timedelta(days=stale_days))),
                    "quality_score": score,
                    "remediated_at": ts(w.seen(fixed)),
                },
            )


def _journeys(w: World) -> Iterator[Row]:
    rand = w.rng("render", "CUSTOMER_JOURNEY")
    for c in w.customers:
        if c.created > w.horizon:
            continue
        stages: list[tuple[str, dt.datetime, str, str]] = []
        lead = c.first_opp.lead if c.first_opp is not None else None
        if c.first_opp is not None and c.first_opp.won:
            stages.append(
                ("awareness", lead.created if lead else c.created, "website" if lead else "sales_call", "web")
            )
        if c.first_opp is not None:
            stages.append(("consideration", c.first_opp.created, "sales_call", "phone"))
        if c.since is not None:
            since = dt.datetime.combine(c.since, dt.time(9))
            if c.first_opp is not None and c.first_opp.deal is not None:
                stages.append(("purchase", c.first_opp.deal.booked, "sales_call", "email"))
                stages.append(("onboarding", since + dt.timedelta(days=1), "onboarding_session", "in_person"))
                stages.append(("adoption", since + dt.timedelta(days=rand.uniform(30, 90)), "in_app", "in_app"))
            stages.append(("retention", since + dt.timedelta(days=rand.uniform(150, 200)), "renewal", "email"))
            expansion = next((o for o in c.opps if o.kind == "expansion" and o.won and o.closed), None)
            if expansion is not None and expansion.closed is not None:
                stages.append(("expansion", expansion.closed, "sales_call", "phone"))
        stages.sort(key=lambda s: s[1])
        satisfaction = [int(clamp(round(rand.gauss(4.0, 0.8)), 1, 5)) for _ in stages]
        lost = c.first_opp is not None and not c.first_opp.won and c.first_opp.closed
        churned = churned_at(w, c)
        visible = [s for s in stages if s[1] <= w.horizon]
        if c.base:
            visible = [s for s in visible if s[1].date() >= w.cal.start or s[0] == "retention"][-2:]
        previous = None
        first_deal = c.first_opp.deal if c.first_opp is not None else None
        sale = f"SAL-{first_deal.id.split('-')[1]}-1" if first_deal is not None else None
        for i, (stage, entered, touchpoint, channel) in enumerate(visible):
            nxt = visible[i + 1][1] if i + 1 < len(visible) else None
            exit_type = "advanced" if nxt else None
            if (
                nxt is None
                and stage == "consideration"
                and lost
                and c.first_opp
                and c.first_opp.closed
                and c.first_opp.closed <= w.horizon
            ):
                nxt, exit_type = c.first_opp.closed, "churned"
            if nxt is None and churned is not None and churned > entered:
                nxt, exit_type = churned, "churned"
            yield (
                "CUSTOMER_JOURNEY",
                {
                    "customer_journey_id": f"JRN-{c.id.split('-')[1]}-{stage[:4]}",
                    "customer_id": c.id,
                    "account_id": c.account_id,
                    "segment_id": c.segment_id,
                    "sale_id": sale if stage == "purchase" else None,
                    "stage": stage,
                    "previous_stage": previous,
                    "entered_at": ts(entered),
                    "exited_at": ts(nxt),
                    "exit_type": exit_type,
                    "touchpoint": touchpoint,
                    "channel": channel,
                    "is_current": nxt is None,
                    "stage_satisfaction_score": satisfaction[i] if stage != "awareness" else None,
                },
            )
            previous = stage
