"""Sales Training & Coaching KPIs of the real catalog, built through dbt on DuckDB and PostgreSQL
from a small hand-made January 2025 (a manager and four sellers, one of whom leaves and one of whom
joins; their training enrolments, assessments, coaching sessions, feedback and enablement-platform
usage), compared with values worked out by hand in the comments."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.catalog_kpis import Instance, catalog_warehouse
from tests.dbt_harness import ENGINES, Warehouse

CALENDAR = {"kpi_calendar_start": "2025-01-01", "kpi_calendar_end": "2025-12-31"}
JAN = "2025-01-01"

KPIS = [
    "ACTIVE_SELLERS",
    "SALES_REP_RETENTION_RATE",
    "TRAINING_COMPLETION_RATE",
    "ON_TIME_TRAINING_COMPLETION_RATE",
    "TRAINING_ITEM_COMPLETION_RATE",
    "TRAINING_PARTICIPATION_RATE",
    "E_LEARNING_COMPLETION_RATE",
    "SALES_CERTIFICATION_RATE",
    "TIME_TO_CERTIFY",
    "TRAINING_ATTENDANCE_RATE",
    "TRAINING_COST_PER_REP_TRAINED",
    "REP_ONBOARDING_DURATION",
    "ASSESSMENT_PASS_RATE",
    "AVERAGE_ASSESSMENT_SCORE",
    "POST_TRAINING_ASSESSMENT_SCORE",
    "POST_TRAINING_FIRST_ATTEMPT_PASS_RATE",
    "COACHING_SESSIONS_HELD",
    "COACHING_SESSIONS_PER_REP_PER_MONTH",
    "COACHING_HOURS_PER_REP_PER_MONTH",
    "COACHING_COVERAGE_RATE",
    "COACHING_SESSION_COMPLETION_RATE",
    "COACHING_SESSION_CANCELLATION_RATE",
    "COACHING_FOLLOW_UP_COMPLETION_RATE",
    "MANAGER_COACHING_TIME_SHARE",
    "COACHING_QUALITY_RATING",
    "TRAINEE_SATISFACTION_SCORE",
    "TRAINING_SATISFACTION_RATE",
    "SALES_TOOL_ADOPTION_RATE",
    "TRAINING_MODULES_COMPLETED",
    "SALES_ONBOARDING_FEEDBACK_SCORE",
    "MOBILE_LEARNING_UTILIZATION_RATE",
    "INTERACTIVE_TRAINING_ENGAGEMENT",
    "TRAINER_TO_TRAINEE_RATIO",
    "IDP_COMPLETION_RATE",
    "ANNUAL_TRAINING_UPDATE_FREQUENCY",
    "TRAINING_FEEDBACK_RESPONSIVENESS",
    "PEER_TO_PEER_LEARNING_ENGAGEMENT",
    "SALES_METHODOLOGY_ADOPTION",
    "TRAINING_CONTENT_UTILIZATION",
]
FEB = "2025-02-01"
YEAR = "2025-01-01"


def rep(rid: str, role: str, hired: str, left: str | None = None) -> Instance:
    return (
        "SALES_REPRESENTATIVE",
        rid,
        {
            "sales_rep_id": rid,
            "full_name": f"Rep {rid}",
            "role": role,
            "team_id": "T1",
            "manager_rep_id": None if role == "sales_manager" else "M1",
            "employment_status": "terminated" if left else "active",
            "hire_date": hired,
            "termination_date": left,
            "is_quota_carrying": role != "sales_manager",
            "weekly_working_hours": 40.0,
        },
    )


def enrolment(
    eid: str,
    rid: str | None,
    kind: str,
    method: str,
    required: bool,
    enrolled: str,
    started: str | None,
    due: str,
    completed: str | None,
    status: str,
    items: tuple[int, int],
    cost: float,
    certified: bool = False,
    **extra: object,
) -> Instance:
    return (
        "SALES_TRAINING_PROGRAM",
        eid,
        {
            "sales_training_program_id": eid,
            "program_code": f"PRG-{kind}",
            "program_name": f"Program {kind}",
            "program_type": kind,
            "delivery_method": method,
            "participant_type": "rep" if rid else "partner",
            "sales_rep_id": rid,
            "team_id": "T1" if rid else None,
            "partner_id": None if rid else "CP1",
            "is_required": required,
            "enrolled_at": f"{enrolled}T09:00:00",
            "started_at": f"{started}T09:00:00" if started else None,
            "due_date": due,
            "completed_at": f"{completed}T09:00:00" if completed else None,
            "status": status,
            "items_assigned": items[1],
            "items_completed": items[0],
            "certified": certified if completed else None,
            "certified_at": f"{completed}T09:00:00" if certified else None,
            "certification_expiry_date": "2027-01-01" if certified else None,
            "hours": 10.0,
            "cost": cost,
            **extra,
        },
    )


def assessment(aid: str, rid: str, kind: str, phase: str, score: float, attempt: int = 1) -> Instance:
    return (
        "SALES_ASSESSMENT",
        aid,
        {
            "sales_assessment_id": aid,
            "sales_rep_id": rid,
            "team_id": "T1",
            "assessment_name": f"Assessment {aid}",
            "assessment_type": kind,
            "skill_area": "product_knowledge",
            "assessment_phase": phase,
            "taken_at": "2025-01-15T10:00:00",
            "score": score,
            "pass_threshold": 70.0,
            "passed": score >= 70,
            "attempt_number": attempt,
        },
    )


def session(
    sid: str,
    rid: str,
    day: str,
    status: str,
    minutes: int | None = None,
    follow_up: bool | None = None,
    coach: str = "M1",
    model: str = "formal",
) -> Instance:
    held = status == "held"
    return (
        "SALES_COACHING_SESSION",
        sid,
        {
            "sales_coaching_session_id": sid,
            "coach_rep_id": coach,
            "sales_rep_id": rid,
            "team_id": "T1",
            "session_type": "one_on_one",
            "coaching_model": model,
            "focus_area": "discovery",
            "scheduled_at": f"{day}T14:00:00",
            "held_at": f"{day}T14:00:00" if held else None,
            "status": status,
            "duration_minutes": minutes,
            "follow_up_due_date": "2025-01-27" if held and model != "peer" else None,
            "follow_up_completed": follow_up,
        },
    )


def feedback(
    fid: str, rid: str, item: str, rating: float, program: str | None = None, changed: str | None = None
) -> Instance:
    return (
        "ENABLEMENT_FEEDBACK",
        fid,
        {
            "enablement_feedback_id": fid,
            "sales_rep_id": rid,
            "team_id": "T1",
            "submitted_at": "2025-01-20T10:00:00",
            "survey_type": "post_training" if item == "training" else "post_session",
            "item_type": item,
            "rating": rating,
            "training_program_type": program,
            "change_implemented_at": f"{changed}T10:00:00" if changed else None,
        },
    )


def usage(
    uid: str, rid: str, platform: str, active: bool, modules: int = 0, mobile: int = 0, accesses: int | None = None
) -> Instance:
    return (
        "ENABLEMENT_PLATFORM",
        uid,
        {
            "enablement_platform_id": uid,
            "platform_name": platform,
            "platform_category": "learning_management" if platform == "LearnPath" else "content_management",
            "sales_rep_id": rid,
            "team_id": "T1",
            "usage_date": "2025-01-31",
            "has_license": True,
            "is_active": active,
            "training_modules_completed": modules,
            "mobile_minutes_active": mobile,
            "training_material_accesses": accesses,
            "training_materials_available": 80 if accesses is not None else None,
        },
    )


def opportunity(oid: str, rid: str, created: str, qualified: bool) -> Instance:
    return (
        "OPPORTUNITY",
        oid,
        {
            "opportunity_id": oid,
            "account_id": "A1",
            "owner_rep_id": rid,
            "team_id": "T1",
            "source": "outbound",
            "opportunity_type": "new_business",
            "stage": "discovery",
            "amount": 10000.0,
            "created_at": f"{created}T09:00:00",
            "methodology_qualified": qualified,
        },
    )


def version(kind: str, number: int, released: str) -> dict[str, object]:
    return {
        "program_version_id": f"PRG-{kind}-v{number}",
        "program_version_number": number,
        "program_version_released_at": f"{released}T08:00:00",
    }


# material versions: certification v2 (15 Nov 2024) and v3 (5 Jan 2025), skills v1 (1 Jun 2024) and v2
# (2 Jan 2025), product v1 (1 Mar 2024), onboarding v1 (1 Jan 2025)
CERT_V2 = version("certification", 2, "2024-11-15")
CERT_V3 = version("certification", 3, "2025-01-05")
SKILLS_V1 = version("skills", 1, "2024-06-01")
SKILLS_V2 = version("skills", 2, "2025-01-02")


DATASET: list[Instance] = [
    # M1 manages R1, R2, R3 and R4; R3 leaves on 20 January, R4 joins on 10 January
    rep("M1", "sales_manager", "2020-01-01"),
    rep("R1", "field_ae", "2020-01-01"),
    rep("R2", "inside_ae", "2021-06-01"),
    rep("R3", "sdr", "2022-03-01", left="2025-01-20"),
    rep("R4", "sdr", "2025-01-10"),
    # rep enrolments due in January: T1, T2, T3, T4, T7 (T6 is exempt, P1 a partner learner)
    enrolment(
        "T1",
        "R1",
        "certification",
        "self_paced_online",
        False,
        "2024-12-01",
        "2024-12-02",
        "2025-01-15",
        "2025-01-10",
        "completed",
        (10, 10),
        600,
        certified=True,
        development_plan_id="IDP-R1",
        **CERT_V2,
    ),
    enrolment(
        "T2",
        "R2",
        "certification",
        "self_paced_online",
        False,
        "2024-12-05",
        "2024-12-06",
        "2025-01-19",
        None,
        "overdue",
        (4, 10),
        600,
        development_plan_id="IDP-R2",
        **CERT_V2,
    ),
    enrolment(
        "T3",
        "R2",
        "skills",
        "classroom",
        True,
        "2024-12-10",
        None,
        "2025-01-25",
        None,
        "dropped",
        (0, 10),
        1800,
        trainer_id="TR2",
        development_plan_id="IDP-R2",
        **SKILLS_V1,
    ),
    enrolment(
        "T4",
        "R3",
        "product",
        "virtual_live",
        True,
        "2024-12-15",
        "2024-12-16",
        "2025-01-29",
        "2025-01-31",
        "completed",
        (4, 4),
        300,
        trainer_id="TR3",
        **version("product", 1, "2024-03-01"),
    ),
    enrolment(
        "T5",
        "R4",
        "onboarding",
        "blended",
        True,
        "2025-01-10",
        "2025-01-11",
        "2025-03-11",
        "2025-01-30",
        "completed",
        (10, 10),
        2500,
        trainer_id="TR1",
        **version("onboarding", 1, "2025-01-01"),
    ),
    enrolment(
        "T6",
        "R1",
        "skills",
        "classroom",
        True,
        "2024-12-01",
        None,
        "2025-01-20",
        None,
        "exempt",
        (0, 10),
        0,
        trainer_id="TR2",
        development_plan_id="IDP-R1",
        **SKILLS_V1,
    ),
    enrolment(
        "T7",
        "R4",
        "certification",
        "self_paced_online",
        False,
        "2025-01-12",
        "2025-01-12",
        "2025-01-31",
        "2025-01-28",
        "completed",
        (10, 10),
        600,
        certified=True,
        **CERT_V3,
    ),
    enrolment(
        "T8",
        "R2",
        "skills",
        "classroom",
        False,
        "2025-01-05",
        None,
        "2025-02-19",
        None,
        "enrolled",
        (0, 10),
        1800,
        trainer_id="TR2",
        **SKILLS_V2,
    ),
    # T9: R1's live virtual skills training, enrolled in December, started in January, due in February
    enrolment(
        "T9",
        "R1",
        "skills",
        "virtual_live",
        False,
        "2024-12-20",
        "2025-01-05",
        "2025-02-28",
        None,
        "in_progress",
        (3, 10),
        900,
        trainer_id="TR1",
        **SKILLS_V1,
    ),
    enrolment(
        "P1",
        None,
        "certification",
        "self_paced_online",
        True,
        "2025-01-02",
        "2025-01-02",
        "2025-01-20",
        "2025-01-10",
        "completed",
        (10, 10),
        999,
        certified=True,
        **CERT_V2,
    ),
    # January assessments
    assessment("A1", "R1", "certification_exam", "post_training", 85),
    assessment("A2", "R4", "certification_exam", "post_training", 72, attempt=2),
    assessment("A3", "R2", "quiz", "standalone", 60),
    assessment("A4", "R1", "call_scorecard", "standalone", 80),
    # January coaching: three held sessions (60 + 30 + 90 minutes), one cancelled, one missed
    session("C1", "R1", "2025-01-06", "held", 60, True),
    session("C2", "R1", "2025-01-20", "held", 30, False),
    session("C3", "R2", "2025-01-08", "held", 90, True),
    session("C4", "R4", "2025-01-15", "cancelled"),
    session("C5", "R2", "2025-01-22", "no_show"),
    # February peer learning: R1 coaches R2 (held); R4's peer session is cancelled
    session("C6", "R2", "2025-02-05", "held", 45, coach="R1", model="peer"),
    session("C7", "R4", "2025-02-10", "cancelled", coach="R2", model="peer"),
    feedback("F1", "R1", "training", 5, "certification"),
    feedback("F2", "R2", "training", 3, "skills", changed="2025-01-30"),
    feedback("F3", "R4", "training", 4, "onboarding", changed="2025-01-25"),
    feedback("F4", "R1", "coaching_session", 4.5, changed="2025-01-22"),
    usage("E1", "R1", "ContentHub", True),
    usage("E2", "R2", "ContentHub", False),
    usage("E3", "R1", "LearnPath", True, modules=4, mobile=30, accesses=12),
    usage("E5", "R4", "LearnPath", True, accesses=8),
    usage("E4", "R4", "ContentHub", True),
    # opportunities opened in January: R1 qualifies O1 with MEDDICC, not O2; R2 does not (O3); R4 does (O4)
    opportunity("O1", "R1", "2025-01-10", True),
    opportunity("O2", "R1", "2025-01-12", False),
    opportunity("O3", "R2", "2025-01-15", False),
    opportunity("O4", "R4", "2025-01-20", True),
]


@pytest.fixture(scope="module", params=ENGINES)
def warehouse(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Warehouse]:
    yield catalog_warehouse(tmp_path_factory, request.param, "kpi_test_training", DATASET, KPIS, CALENDAR)


def approx(value: float) -> Any:
    return pytest.approx(value, rel=1e-9, abs=1e-9)


def test_headcount_and_rep_retention(warehouse: Warehouse) -> None:
    # sellers employed at 31 January: R1, R2, R4 (R3 left, M1 is a manager)
    assert warehouse.kpi("ACTIVE_SELLERS")[JAN] == approx(3)
    # employed on 1 January: M1, R1, R2, R3 (R4 joins later); still employed at month end: M1, R1, R2 -> 3/4
    assert warehouse.kpi("SALES_REP_RETENTION_RATE")[JAN] == approx(0.75)


def test_training_completion_certification_and_attendance(warehouse: Warehouse) -> None:
    # rep enrolments due in January, exempt T6 and partner P1 left out: T1, T2, T3, T4, T7; completed T1, T4, T7
    assert warehouse.kpi_row("TRAINING_COMPLETION_RATE", JAN) == (approx(0.6), 3, 5)
    # by the due date: T1 (10th, due 15th) and T7 (28th, due 31st); T4 finished on the 31st, due the 29th
    assert warehouse.kpi("ON_TIME_TRAINING_COMPLETION_RATE")[JAN] == approx(0.4)
    # items: completed 10 + 4 + 0 + 4 + 10 = 28 of 10 + 10 + 10 + 4 + 10 = 44
    assert warehouse.kpi_row("TRAINING_ITEM_COMPLETION_RATE", JAN) == (approx(28 / 44), 28, 44)
    # mandatory training due in January: R2 (T3, dropped) and R3 (T4, completed) -> 1 of 2 reps
    assert warehouse.kpi("TRAINING_PARTICIPATION_RATE")[JAN] == approx(0.5)
    # self-paced online = the certification enrolments T1, T2, T7: completed and certified T1, T7 -> 2/3
    assert warehouse.kpi("E_LEARNING_COMPLETION_RATE")[JAN] == approx(2 / 3)
    assert warehouse.kpi_row("SALES_CERTIFICATION_RATE", JAN) == (approx(2 / 3), 2, 3)
    # enrolled -> certified: T1 1 December -> 10 January = 40 days, T7 12 -> 28 January = 16 days; mean 28
    assert warehouse.kpi("TIME_TO_CERTIFY")[JAN] == approx(28)
    # instructor-led enrolments made in January: T5 (blended, started) and T8 (classroom, not started)
    assert warehouse.kpi("TRAINING_ATTENDANCE_RATE")[JAN] == approx(0.5)
    # completed in January: T1 600 (R1), T4 300 (R3), T5 2500 + T7 600 (R4) -> 4000 over 3 reps
    assert warehouse.kpi_row("TRAINING_COST_PER_REP_TRAINED", JAN) == (approx(4000 / 3), 4000, 3)
    # onboarding T5: enrolled 10 January, completed 30 January -> 20 days
    assert warehouse.kpi("REP_ONBOARDING_DURATION")[JAN] == approx(20)


def test_assessments(warehouse: Warehouse) -> None:
    # scores 85, 72, 60, 80: three passed (threshold 70)
    assert warehouse.kpi_row("ASSESSMENT_PASS_RATE", JAN) == (approx(0.75), 3, 4)
    assert warehouse.kpi("AVERAGE_ASSESSMENT_SCORE")[JAN] == approx(74.25)
    # post-training: A1 85 (first attempt) and A2 72 (second attempt)
    assert warehouse.kpi("POST_TRAINING_ASSESSMENT_SCORE")[JAN] == approx(78.5)
    assert warehouse.kpi("POST_TRAINING_FIRST_ATTEMPT_PASS_RATE")[JAN] == approx(0.5)


def test_coaching_activity(warehouse: Warehouse) -> None:
    assert warehouse.kpi("COACHING_SESSIONS_HELD")[JAN] == approx(3)
    # 3 sessions / 3 sellers / (31 days / 30.4375 days per average month)
    assert warehouse.kpi("COACHING_SESSIONS_PER_REP_PER_MONTH")[JAN] == approx(30.4375 / 31)
    # 180 minutes = 3 hours / 3 sellers / (31 / 30.4375)
    assert warehouse.kpi("COACHING_HOURS_PER_REP_PER_MONTH")[JAN] == approx(30.4375 / 31)
    # coached: R1 and R2 of the 3 sellers
    assert warehouse.kpi_row("COACHING_COVERAGE_RATE", JAN) == (approx(2 / 3), 2, 3)
    # scheduled in January: 5; held 3; cancelled or missed 2
    assert warehouse.kpi("COACHING_SESSION_COMPLETION_RATE")[JAN] == approx(0.6)
    assert warehouse.kpi("COACHING_SESSION_CANCELLATION_RATE")[JAN] == approx(0.4)
    # follow-ups due 27 January: C1 and C3 done, C2 not
    assert warehouse.kpi("COACHING_FOLLOW_UP_COMPLETION_RATE")[JAN] == approx(2 / 3)
    # 3 coaching hours of M1's 40 h/week x 23 weekdays in January / 5 = 184 contracted hours
    assert warehouse.kpi("MANAGER_COACHING_TIME_SHARE")[JAN] == approx(3 / 184)


def test_feedback_and_platform(warehouse: Warehouse) -> None:
    # training ratings 5, 3, 4 -> mean 4; satisfied (4 or 5): 2 of 3
    assert warehouse.kpi("TRAINEE_SATISFACTION_SCORE")[JAN] == approx(4)
    assert warehouse.kpi("TRAINING_SATISFACTION_RATE")[JAN] == approx(2 / 3)
    assert warehouse.kpi("COACHING_QUALITY_RATING")[JAN] == approx(4.5)
    # onboarding feedback: F3 only
    assert warehouse.kpi("SALES_ONBOARDING_FEEDBACK_SCORE")[JAN] == approx(4)
    # licensed reps R1, R2, R4; active R1 (twice) and R4 (twice)
    assert warehouse.kpi_row("SALES_TOOL_ADOPTION_RATE", JAN) == (approx(2 / 3), 2, 3)
    assert warehouse.kpi("TRAINING_MODULES_COMPLETED")[JAN] == approx(4)
    # active on the learning platform: R1 (30 minutes on mobile) and R4 (none) -> 1/2
    assert warehouse.kpi_row("MOBILE_LEARNING_UTILIZATION_RATE", JAN) == (approx(0.5), 1, 2)


def test_interactive_training_trainers_and_development_plans(warehouse: Warehouse) -> None:
    # interactive (instructor-led) rep enrolments due in January, exempt T6 left out: T3 classroom 0 of 10 and
    # T4 virtual live 4 of 4 (T1, T2, T7 are self-paced online; T5 is due in March) -> 4/14
    assert warehouse.kpi_row("INTERACTIVE_TRAINING_ENGAGEMENT", JAN) == (approx(4 / 14), 4, 14)
    # instructor-led enrolments started in January: T5 (R4) and T9 (R1), both with trainer TR1 (T3, T6 and T8 with
    # TR2 were never started, T4 started in December) -> 1 trainer for 2 trainees
    assert warehouse.kpi_row("TRAINER_TO_TRAINEE_RATIO", JAN) == (approx(0.5), 1, 2)
    # development-plan trainings due in January, exempt T6 left out: T1 completed, T2 overdue, T3 dropped -> 1/3
    assert warehouse.kpi_row("IDP_COMPLETION_RATE", JAN) == (approx(1 / 3), 1, 3)


def test_training_updates_and_feedback_responsiveness(warehouse: Warehouse) -> None:
    # updates (version 2 and up) released in 2025: certification v3 (T7) and skills v2 (T8); onboarding v1 is the
    # original material; certification v2 was released in 2024, before the calendar (2025) starts
    assert warehouse.kpi("ANNUAL_TRAINING_UPDATE_FREQUENCY", grain="year") == {YEAR: approx(2)}
    # training feedback with a change: F2 20 -> 30 January = 10 days, F3 20 -> 25 January = 5 days (F4 is about a
    # coaching session) -> mean 7.5
    assert warehouse.kpi("TRAINING_FEEDBACK_RESPONSIVENESS")[JAN] == approx(7.5)


def test_peer_learning_methodology_and_content_utilization(warehouse: Warehouse) -> None:
    # February: R2 held a peer session with R1 (R4's was cancelled); sellers employed at 28 February: R1, R2, R4
    assert warehouse.kpi_row("PEER_TO_PEER_LEARNING_ENGAGEMENT", FEB) == (approx(1 / 3), 1, 3)
    # the peer session is not manager coaching: no coaching session held in February
    assert warehouse.kpi("COACHING_SESSIONS_HELD").get(FEB, 0) == 0
    # owners of January opportunities: R1, R2, R4; with a MEDDICC-qualified one: R1 (O1) and R4 (O4) -> 2/3
    assert warehouse.kpi_row("SALES_METHODOLOGY_ADOPTION", JAN) == (approx(2 / 3), 2, 3)
    # learning-platform accesses to training materials: 12 (R1) + 8 (R4) = 20, for 80 materials available
    assert warehouse.kpi_row("TRAINING_CONTENT_UTILIZATION", JAN) == (approx(0.25), 20, 80)


# --- Kirkpatrick levels 2-4 over a longer calendar (January 2025 - February 2026), own warehouse --------------

EFFECT_CALENDAR = {"kpi_calendar_start": "2025-01-01", "kpi_calendar_end": "2026-02-28"}
MAR = "2025-03-01"
DEC = "2025-12-01"
JAN_NEXT = "2026-01-01"

EFFECT_KPIS = [
    "BEHAVIORAL_CHANGE_POST_TRAINING",
    "COMPETENCY_IMPROVEMENT_RATE",
    "SALES_REP_SOFT_SKILLS_IMPROVEMENT",
    "SALES_CONFIDENCE_INCREASE",
    "SALES_TEAM_MORALE_POST_TRAINING",
    "TRAINING_NET_BENEFIT_T12M",
    "TRAINING_COST_T12M",
    "LONG_TERM_TRAINING_ROI",
]


def assessed(
    aid: str,
    rid: str,
    kind: str,
    phase: str,
    score: float,
    taken: str,
    skill: str,
    program: str | None = None,
    applied: bool | None = None,
) -> Instance:
    return (
        "SALES_ASSESSMENT",
        aid,
        {
            "sales_assessment_id": aid,
            "sales_rep_id": rid,
            "team_id": "T1",
            "sales_training_program_id": program,
            "assessment_name": f"Assessment {aid}",
            "assessment_type": kind,
            "skill_area": skill,
            "assessment_phase": phase,
            "taken_at": f"{taken}T10:00:00",
            "score": score,
            "pass_threshold": 70.0,
            "passed": score >= 70,
            "attempt_number": 1,
            "skill_applied_on_job": applied,
        },
    )


def survey(
    fid: str,
    rid: str,
    item: str,
    submitted: str,
    before: int | None,
    after: int | None,
    morale: int | None,
) -> Instance:
    return (
        "ENABLEMENT_FEEDBACK",
        fid,
        {
            "enablement_feedback_id": fid,
            "sales_rep_id": rid,
            "team_id": "T1",
            "submitted_at": f"{submitted}T10:00:00",
            "survey_type": "post_training" if item == "training" else "post_session",
            "item_type": item,
            "rating": 4.0,
            "confidence_before": before,
            "confidence_after": after,
            "morale_rating": morale,
        },
    )


EFFECT_DATASET: list[Instance] = [
    rep("M1", "sales_manager", "2020-01-01"),
    rep("R1", "field_ae", "2020-01-01"),
    rep("R2", "inside_ae", "2021-06-01"),
    rep("R3", "field_ae", "2022-03-01"),
    rep("R4", "sdr", "2022-03-01"),
    # pre-training tests: R1 negotiation (K1) 60, R2 discovery (K2) 70, R3 product knowledge (K5) 50 in January;
    # R4 closing (K6) 78 in December 2024
    assessed("Q1", "R1", "quiz", "pre_training", 60, "2025-01-05", "negotiation", "K1"),
    assessed("Q2", "R2", "quiz", "pre_training", 70, "2025-01-06", "discovery", "K2"),
    assessed("Q3", "R3", "quiz", "pre_training", 50, "2025-01-07", "product_knowledge", "K5"),
    assessed("Q4", "R4", "quiz", "pre_training", 78, "2024-12-20", "closing", "K6"),
    # January post-training assessments, with the on-the-job observation
    assessed("B1", "R1", "role_play", "post_training", 80, "2025-01-20", "negotiation", "K1", applied=True),
    assessed("B2", "R2", "role_play", "post_training", 60, "2025-01-22", "discovery", "K2", applied=False),
    assessed("B3", "R3", "certification_exam", "post_training", 90, "2025-01-25", "product_knowledge", "K3", True),
    assessed("B4", "R3", "role_play", "post_training", 75, "2025-01-26", "product_knowledge", "K5"),
    assessed("B6", "R4", "role_play", "post_training", 88, "2025-01-28", "closing", "K6", applied=True),
    # a call scorecard is no post-training assessment, observed or not
    assessed("B5", "R1", "call_scorecard", "standalone", 70, "2025-01-15", "closing", applied=True),
    # post-training surveys: January G1-G3 rated, G4 without confidence or morale, G5 on coaching; February G6
    survey("G1", "R1", "training", "2025-01-12", 2, 4, 4),
    survey("G2", "R2", "training", "2025-01-14", 3, 3, 3),
    survey("G3", "R3", "training", "2025-01-16", 3, 5, 5),
    survey("G4", "R1", "training", "2025-01-18", None, None, None),
    survey("G5", "R2", "coaching_session", "2025-01-19", 1, 5, 1),
    survey("G6", "R1", "training", "2025-02-10", 4, 4, 2),
    # rep enrolments with an attributed benefit: E1 completed in January 2025 (cost 1000, benefit 3000), E2 in
    # March 2025 (cost 500, benefit 250); E3 has no benefit yet, E4 is a partner's, E5 is not completed
    enrolment(
        "E1",
        "R1",
        "skills",
        "classroom",
        False,
        "2025-01-02",
        "2025-01-03",
        "2025-01-31",
        "2025-01-10",
        "completed",
        (10, 10),
        1000,
        attributed_benefit=3000.0,
    ),
    enrolment(
        "E2",
        "R2",
        "skills",
        "classroom",
        False,
        "2025-02-20",
        "2025-02-21",
        "2025-03-31",
        "2025-03-05",
        "completed",
        (10, 10),
        500,
        attributed_benefit=250.0,
    ),
    enrolment(
        "E3",
        "R3",
        "skills",
        "classroom",
        False,
        "2025-03-01",
        "2025-03-02",
        "2025-03-31",
        "2025-03-20",
        "completed",
        (10, 10),
        800,
    ),
    enrolment(
        "E4",
        None,
        "certification",
        "self_paced_online",
        False,
        "2025-01-15",
        "2025-01-16",
        "2025-02-28",
        "2025-02-01",
        "completed",
        (10, 10),
        999,
        attributed_benefit=5000.0,
    ),
    enrolment(
        "E5",
        "R1",
        "skills",
        "virtual_live",
        False,
        "2025-04-01",
        "2025-04-02",
        "2025-05-31",
        None,
        "in_progress",
        (3, 10),
        700,
        attributed_benefit=900.0,
    ),
]


@pytest.fixture(scope="module", params=ENGINES)
def effect_warehouse(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Warehouse]:
    yield catalog_warehouse(
        tmp_path_factory, request.param, "kpi_test_training_effect", EFFECT_DATASET, EFFECT_KPIS, EFFECT_CALENDAR
    )


def test_behavioral_change_and_competency_improvement(effect_warehouse: Warehouse) -> None:
    # post-training assessments with an observation: B1 yes, B2 no, B3 yes, B6 yes (B4 unobserved, B5 standalone)
    assert effect_warehouse.kpi_row("BEHAVIORAL_CHANGE_POST_TRAINING", JAN) == (approx(0.75), 3, 4)
    # January per rep, pre vs post (certification exams left out): R1 60 -> 80 up, R2 70 -> 60 down,
    # R3 50 -> 75 (B4; B3 is a certification exam) up; R4 has no January pre-test: 2 of 3 reps
    assert effect_warehouse.kpi_row("COMPETENCY_IMPROVEMENT_RATE", JAN) == (approx(2 / 3), 2, 3)


def test_soft_skills_improvement(effect_warehouse: Warehouse) -> None:
    # soft-skill events B1 (K1, negotiation), B2 (K2, discovery), B6 (K6, closing); B4 is product knowledge.
    # after-windows: 80, 60, 88 -> 228 / 3 = 76; before-windows: Q1 60, Q2 70, Q4 78 -> 208 / 3 = 69.333...
    value, after, before = effect_warehouse.kpi_row("SALES_REP_SOFT_SKILLS_IMPROVEMENT", JAN)
    assert (value, after, before) == (approx(76 - 208 / 3), approx(76), approx(208 / 3))


def test_confidence_and_morale(effect_warehouse: Warehouse) -> None:
    # January training surveys with both ratings G1-G3: before (2 + 3 + 3) / 3 = 8/3, after (4 + 3 + 5) / 3 = 4
    # -> (4 - 8/3) / (8/3) = 0.5; G4 has no ratings, G5 rates coaching. February G6: 4 -> 4, no increase
    confidence = effect_warehouse.kpi("SALES_CONFIDENCE_INCREASE")
    assert (confidence[JAN], confidence[FEB]) == (approx(0.5), approx(0.0))
    # morale: January (4 + 3 + 5) / 3 = 4, February 2
    morale = effect_warehouse.kpi("SALES_TEAM_MORALE_POST_TRAINING")
    assert (morale[JAN], morale[FEB]) == (approx(4.0), approx(2.0))


def test_long_term_training_roi(effect_warehouse: Warehouse) -> None:
    # trailing 12 months of rep enrolments completed with a benefit: E1 (January 2025: net 2000, cost 1000),
    # E2 (March 2025: net -250, cost 500); January 2026's window (February 2025 - January 2026) has E2 only
    net = effect_warehouse.kpi("TRAINING_NET_BENEFIT_T12M")
    cost = effect_warehouse.kpi("TRAINING_COST_T12M")
    roi = effect_warehouse.kpi("LONG_TERM_TRAINING_ROI")
    assert [net[p] for p in (JAN, FEB, MAR, DEC, JAN_NEXT)] == [approx(v) for v in (2000, 2000, 1750, 1750, -250)]
    assert [cost[p] for p in (JAN, FEB, MAR, DEC, JAN_NEXT)] == [approx(v) for v in (1000, 1000, 1500, 1500, 500)]
    assert [roi[p] for p in (JAN, MAR, JAN_NEXT)] == [approx(2.0), approx(1750 / 1500), approx(-0.5)]
