"""Draws for the Sales Training & Coaching attributes added after the enablement world was
built: the trainer of instructor-led enrolments, the individual development plan an enrolment
belongs to, and peer learning sessions between sellers. Every draw uses its own named stream,
so the draws of the existing rows do not change."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator

from generators.synth.calendar import month_end, months_between
from generators.synth.enablement import COACHING_FOCUS
from generators.synth.entities import Rep
from generators.synth.state import World
from generators.synth.values import clamp, ratio, ts

Row = tuple[str, dict[str, object]]

INSTRUCTOR_LED = ("virtual_live", "classroom", "blended")
TRAINERS_PER_PROGRAM = 3
"""Instructor-led programs are delivered by a small pool of trainers each (TRN-<program>-<n>); one
trainer takes the cohort of a program's enrolments of a month."""
DEVELOPMENT_KINDS = ("skills", "product", "certification")
"""Trainings a manager assigns as actions of a rep's individual development plan."""
PEER_ROLES = ("sdr", "bdr", "inside_ae", "field_ae", "account_manager", "kam", "channel_manager")
PEER_TYPES = ("call_review", "role_play", "ride_along")


def training_extras(w: World) -> dict[str, dict[str, object]]:
    """Per enrolment id: ``trainer_id`` for instructor-led programs (the trainer of the cohort)
    and ``development_plan_id`` for rep trainings assigned through the rep's development plan of
    that year (about 40 % of skills, product and certification trainings); and the version of
    the program's material in use at enrolment."""
    trainer = w.rng("render", "SALES_TRAINING_PROGRAM-trainer")
    plan = w.rng("render", "SALES_TRAINING_PROGRAM-development-plan")
    cohorts: dict[tuple[str, int, int], str] = {}
    releases = _program_releases(w)
    extras: dict[str, dict[str, object]] = {}
    for e in w.enrollments:
        slot = trainer.randint(1, TRAINERS_PER_PROGRAM)
        in_plan = plan.chance(0.4)
        values: dict[str, object] = {}
        if e.program.method in INSTRUCTOR_LED:
            cohort = (e.program.code, e.enrolled.year, e.enrolled.month)
            values["trainer_id"] = cohorts.setdefault(cohort, f"TRN-{e.program.code}-{slot}")
        if e.rep is not None and e.program.kind in DEVELOPMENT_KINDS and in_plan:
            values["development_plan_id"] = f"IDP-{e.rep.id}-{e.enrolled.year}"
        number, released = _version_at(releases[e.program.code], e.enrolled)
        values["program_version_id"] = f"{e.program.code}-v{number}"
        values["program_version_number"] = number
        values["program_version_released_at"] = ts(released)
        extras[e.id] = values
    return extras


def _program_releases(w: World) -> dict[str, list[dt.datetime]]:
    """Per program code, when each version of its material was released: the original up to a
    year before the calendar starts, then an update every three to eight months."""
    rand = w.rng("render", "SALES_TRAINING_PROGRAM-version")
    end = dt.datetime.combine(w.cal.end, dt.time())
    releases: dict[str, list[dt.datetime]] = {}
    for code in sorted({e.program.code for e in w.enrollments}):
        moment = rand.work_time(w.cal.start - dt.timedelta(days=rand.randint(30, 365)))
        versions = [moment]
        while True:
            moment = rand.work_time((moment + dt.timedelta(days=rand.randint(90, 240))).date())
            if moment > end:
                break
            versions.append(moment)
        releases[code] = versions
    return releases


def _version_at(versions: list[dt.datetime], moment: dt.datetime) -> tuple[int, dt.datetime]:
    """The number (from 1) and release time of the latest version released by ``moment``."""
    number = max(1, sum(1 for released in versions if released <= moment))
    return number, versions[number - 1]


def render_peer_sessions(w: World) -> Iterator[Row]:
    """Peer learning sessions: in about one seller-month in five, a seller learns from a fellow
    seller of the same team (call review, role play or ride-along); nine in ten are held."""
    rand = w.rng("render", "SALES_COACHING_SESSION-peer")
    by_team: dict[str, list[Rep]] = defaultdict(list)
    for rep in w.reps:
        if rep.role in PEER_ROLES:
            by_team[rep.team_id].append(rep)
    seq = 0
    for month in w.cal.months():
        end = min(month_end(month), w.cal.end)
        for rep in w.reps:
            takes = rand.chance(0.2)
            pick = rand.random()
            day = rand.day_between(month, end)
            moment = rand.work_time(day)
            kind = rand.pick(PEER_TYPES)
            focus = rand.pick(COACHING_FOCUS)
            held = rand.chance(0.9)
            minutes = rand.randint(3, 9) * 10
            score = clamp(rand.gauss(3.2 + 0.4 * rep.skill, 0.6), 1, 5)
            rating = clamp(rand.gauss(4.0, 0.7), 1, 5)
            if not takes or rep.role not in PEER_ROLES or not rep.active(day) or moment > w.horizon:
                continue
            peers = [p for p in by_team[rep.team_id] if p.id != rep.id and p.active(day)]
            if not peers:
                continue
            coach = peers[int(pick * len(peers))]
            seq += 1
            yield (
                "SALES_COACHING_SESSION",
                {
                    "sales_coaching_session_id": f"PCS-{seq:06d}",
                    "coach_rep_id": coach.id,
                    "sales_rep_id": rep.id,
                    "team_id": rep.team_id,
                    "session_type": kind,
                    "coaching_model": "peer",
                    "focus_area": focus,
                    "scheduled_at": ts(moment),
                    "held_at": ts(moment if held else None),
                    "status": "held" if held else "cancelled",
                    "duration_minutes": minutes if held else None,
                    "call_reviewed": kind == "call_review" if held else None,
                    "skill_score": ratio(score, 1) if held else None,
                    "rep_rating": ratio(rating, 1) if held else None,
                },
            )


def training_catalogue(w: World, month: dt.date) -> int:
    """Training materials published on the learning platform in ``month``: 60 at the start of
    the calendar, three more each month."""
    return 60 + 3 * months_between(w.cal.start, month)


def methodology_extras(w: World) -> dict[str, dict[str, object]]:
    """Per opportunity id: ``methodology_qualified``, whether the owner recorded the MEDDICC
    qualification fields: a third of the time, and twice as often once the owner has completed
    a skills or certification training (where the methodology is taught)."""
    rand = w.rng("render", "OPPORTUNITY-methodology")
    trained: dict[str, dt.datetime] = {}
    for e in w.enrollments:
        if e.rep is None or e.completed is None or e.program.kind not in ("skills", "certification"):
            continue
        if e.rep.id not in trained or e.completed < trained[e.rep.id]:
            trained[e.rep.id] = e.completed
    extras: dict[str, dict[str, object]] = {}
    for opp in w.opps:
        since = trained.get(opp.owner.id)
        p = 0.7 if since is not None and since <= opp.created else 0.35
        extras[opp.id] = {"methodology_qualified": rand.chance(p)}
    return extras
