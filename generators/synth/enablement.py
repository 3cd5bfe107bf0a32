"""Training enrolments and coaching sessions, drawn before any deal so that what reps learn
lifts their later win rates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from generators.synth.entities import Partner, Rep
from generators.synth.rand import Rng
from generators.synth.state import World

AE_ROLES = ("inside_ae", "field_ae", "account_manager", "kam")
SDR_ROLES = ("sdr", "bdr")


@dataclass(frozen=True)
class Program:
    code: str
    name: str
    kind: str
    method: str
    roles: tuple[str, ...]
    lift: float
    skill: str
    hours: float
    cost: float
    required: bool
    product_id: str | None = None


PROGRAMS = (
    Program(
        "ONB-101",
        "New Hire Sales Onboarding",
        "onboarding",
        "blended",
        (*AE_ROLES, *SDR_ROLES, "channel_manager"),
        0.0,
        "product_knowledge",
        40,
        2500,
        True,
    ),
    Program(
        "PRD-AI",
        "AI Copilot Launch Readiness",
        "product",
        "virtual_live",
        (*AE_ROLES, "channel_manager"),
        0.08,
        "product_knowledge",
        6,
        300,
        True,
        "PRD-AI",
    ),
    Program("SKL-NEG", "Negotiation Mastery", "skills", "classroom", AE_ROLES, 0.3, "negotiation", 16, 1800, False),
    Program(
        "SKL-DISC", "Discovery with MEDDICC", "skills", "virtual_live", AE_ROLES, 0.25, "discovery", 12, 1200, False
    ),
    Program(
        "SKL-CALL", "Cold Calling Bootcamp", "skills", "virtual_live", SDR_ROLES, 0.35, "prospecting", 10, 900, False
    ),
    Program(
        "CRT-SELL",
        "Certified Revenue Cloud Seller",
        "certification",
        "self_paced_online",
        (*AE_ROLES, *SDR_ROLES, "channel_manager"),
        0.12,
        "product_knowledge",
        20,
        600,
        False,
        "PRD-CORE",
    ),
)
VALUE_SELLING = Program(
    "CRT-VAL",
    "Certified Value Selling Professional",
    "certification",
    "virtual_live",
    AE_ROLES,
    0.15,
    "negotiation",
    16,
    1500,
    False,
)
"""A certification for account executives, drawn after every other enrolment from its own stream
(``certify_sellers``) so that the draws before it are unchanged."""
COACHING_FOCUS = (
    "prospecting",
    "discovery",
    "demo",
    "objection_handling",
    "negotiation",
    "closing",
    "product_knowledge",
    "pipeline_management",
    "account_planning",
)


@dataclass(slots=True)
class Enrollment:
    id: str
    program: Program
    rep: Rep | None
    partner: Partner | None
    partner_user: str | None
    enrolled: dt.datetime
    started: dt.datetime | None
    due: dt.date
    completed: dt.datetime | None
    dropped: bool
    score: float


@dataclass(slots=True)
class Coaching:
    id: str
    coach_id: str
    rep: Rep
    kind: str
    focus: str
    scheduled: dt.datetime
    status: str
    minutes: int


def build_enablement(w: World) -> None:
    rand = w.rng("enablement")
    cal = w.cal
    launch = w.products["PRD-AI"].launched
    for rep in w.reps:
        if rep.role == "sales_manager":
            continue
        for program in PROGRAMS:
            if rep.role not in program.roles:
                continue
            if program.kind == "onboarding":
                if rep.hire < cal.start - dt.timedelta(days=120):
                    continue
                enrolled_day = max(rep.hire, cal.start)
            elif program.product_id == "PRD-AI" and launch is not None:
                enrolled_day = launch.date() - dt.timedelta(days=rand.randint(0, 20))
            elif rand.chance(0.5):
                enrolled_day = rand.day_between(cal.start, cal.end - dt.timedelta(days=30))
            else:
                continue
            if not rep.active(enrolled_day) and rep.hire <= enrolled_day:
                continue
            enrolled_day = max(enrolled_day, rep.hire)
            _enroll(w, rand, program, rep, None, enrolled_day)
    for partner in w.partners:
        if partner.activated is None:
            continue
        for _ in range(rand.randint(1, 3)):
            program = rand.pick([p for p in PROGRAMS if p.kind in ("product", "certification")])
            day = rand.day_between(max(cal.start, partner.activated.date()), cal.end - dt.timedelta(days=10))
            if partner.terminated and day >= partner.terminated.date():
                continue
            _enroll(w, rand, program, None, partner, day)
    for rep in w.reps:
        if rep.role == "sales_manager" or rep.manager is None:
            continue
        intensity = rand.uniform(0.3, 2.0)
        rep_rand = w.rng("coaching", rep.id)
        month = dt.date(cal.start.year, cal.start.month, 1)
        while month <= cal.end:
            for _ in range(rep_rand.poisson(intensity)):
                day = rep_rand.day_between(month, min(cal.end, month + dt.timedelta(days=27)))
                status = rep_rand.weighted(("held", "cancelled", "no_show", "rescheduled"), (0.84, 0.08, 0.03, 0.05))
                kind = rep_rand.pick(
                    ("one_on_one", "call_review", "deal_review", "ride_along", "role_play", "pipeline_review")
                )
                session = Coaching(
                    w.next_id("COA"),
                    rep.manager,
                    rep,
                    kind,
                    rep_rand.pick(COACHING_FOCUS),
                    rep_rand.work_time(day),
                    status,
                    rep_rand.choice((30, 30, 45, 60, 60, 90)),
                )
                if rep.active(day):
                    w.coaching.append(session)
                    if status == "held":
                        rep.lifts.append((day + dt.timedelta(days=1), 0.02))
            month = (month + dt.timedelta(days=32)).replace(day=1)
    certify_sellers(w)


def certify_sellers(w: World) -> None:
    """Enrol account executives in the value-selling certification (stream ``enablement
    certification``): certified sellers then win more and sell more per deal (opportunities.py)."""
    rand = w.rng("enablement", "certification")
    cal = w.cal
    for rep in w.reps:
        take = rand.chance(0.75)
        day = rand.day_between(cal.start, cal.end - dt.timedelta(days=60))
        if not take or rep.role not in VALUE_SELLING.roles or not rep.active(day):
            continue
        _enroll(w, rand, VALUE_SELLING, rep, None, day)


def _enroll(w: World, rand: Rng, program: Program, rep: Rep | None, partner: Partner | None, day: dt.date) -> None:
    enrolled = rand.work_time(day)
    started = rand.after(enrolled, rand.uniform(0, 7)) if rand.chance(0.93) else None
    completed = None
    dropped = False
    due = day + dt.timedelta(days=45 if program.kind != "onboarding" else 60)
    if started is not None:
        if rand.chance(0.84 if program.required else 0.72):
            completed = rand.after(started, rand.uniform(5, 55))
        else:
            dropped = rand.chance(0.4)
    score = min(100.0, max(35.0, rand.gauss(80 + (8 * rep.skill if rep else 0), 9)))
    w.enrollments.append(
        Enrollment(
            w.next_id("TRN"),
            program,
            rep,
            partner,
            f"PU-{partner.id[-4:]}-{rand.randint(1, 40):02d}" if partner else None,
            enrolled,
            started,
            due,
            completed,
            dropped,
            score,
        )
    )
    if rep is not None and completed is not None and program.lift:
        rep.lifts.append((completed.date(), program.lift * (1.0 if score >= 70 else 0.5)))
    certified = rep is not None and completed is not None and program.kind == "certification" and score >= 70
    # certified (render_plans: completed, passed, a certification program): lifts later deals
    if (
        certified
        and rep is not None
        and completed is not None
        and (rep.certified is None or completed.date() < rep.certified)
    ):
        rep.certified = completed.date()


CONTENT_TYPES = (
    ("case_study", "customer_facing", "proposal"),
    ("battlecard", "internal", "discovery"),
    ("presentation", "customer_facing", "discovery"),
    ("one_pager", "customer_facing", "prospecting"),
    ("whitepaper", "customer_facing", "qualification"),
    ("video", "customer_facing", "prospecting"),
    ("email_template", "internal", "prospecting"),
    ("proposal_template", "internal", "proposal"),
    ("demo_script", "internal", "discovery"),
    ("roi_calculator", "customer_facing", "negotiation"),
)


@dataclass(slots=True)
class Content:
    id: str
    title: str
    kind: str
    audience: str
    stage: str
    product_id: str | None
    competitor_id: str | None
    created: dt.datetime
    published: dt.datetime | None
    retired: dt.datetime | None
    popularity: float
    cost: float


def build_content(w: World) -> None:
    rand = w.rng("content")
    products = ("PRD-CORE", "PRD-ANLT", "PRD-INTG", "PRD-AI", None)
    for i in range(w.count(45, minimum=12)):
        kind, audience, stage = CONTENT_TYPES[i % len(CONTENT_TYPES)]
        if rand.chance(0.65):
            day = rand.day_between(dt.date(2021, 1, 1), w.cal.start - dt.timedelta(days=10))
        else:
            day = rand.day_between(w.cal.start, w.cal.end - dt.timedelta(days=20))
        created = rand.work_time(day)
        product = rand.pick(products)
        launch = w.products["PRD-AI"].launched
        if product == "PRD-AI" and launch is not None and created < launch:
            created = rand.after(launch, -rand.uniform(5, 30))
        published = rand.after(created, rand.uniform(2, 25)) if rand.chance(0.92) else None
        retired = None
        if published is not None and rand.chance(0.15):
            retired = rand.after(published, rand.uniform(120, 700))
        competitor = rand.pick(w.competitors).id if kind == "battlecard" else None
        if kind == "battlecard" and competitor:
            name = next(c.name for c in w.competitors if c.id == competitor)
            title = f"Battlecard: winning against {name}"
        else:
            subject = w.products[product].name if product else "Revenue Cloud"
            title = f"{subject} {kind.replace('_', ' ')} #{i + 1}"
        w.content.append(
            Content(
                w.next_id("CNT"),
                title,
                kind,
                audience if kind != "case_study" or i % 3 else "partner",
                stage,
                product,
                competitor,
                created,
                published,
                retired,
                rand.lognorm(1.0, 0.8, 0.05, 8),
                round(rand.lognorm(3500, 0.7, 300, 40000), -1),
            )
        )


def content_for(w: World, rand: Rng, moment: dt.datetime) -> Content | None:
    """A piece of content live at ``moment``, favouring popular ones."""
    live = [
        c
        for c in w.content
        if c.published is not None and c.published <= moment and (c.retired is None or moment < c.retired)
    ]
    if not live:
        return None
    return rand.weighted(live, [c.popularity for c in live])
