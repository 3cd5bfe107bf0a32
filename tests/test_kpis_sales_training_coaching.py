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
]


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
    sid: str, rid: str, day: str, status: str, minutes: int | None = None, follow_up: bool | None = None
) -> Instance:
    held = status == "held"
    return (
        "SALES_COACHING_SESSION",
        sid,
        {
            "sales_coaching_session_id": sid,
            "coach_rep_id": "M1",
            "sales_rep_id": rid,
            "team_id": "T1",
            "session_type": "one_on_one",
            "coaching_model": "formal",
            "focus_area": "discovery",
            "scheduled_at": f"{day}T14:00:00",
            "held_at": f"{day}T14:00:00" if held else None,
            "status": status,
            "duration_minutes": minutes,
            "follow_up_due_date": "2025-01-27" if held else None,
            "follow_up_completed": follow_up,
        },
    )


def feedback(fid: str, rid: str, item: str, rating: float, program: str | None = None) -> Instance:
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
        },
    )


def usage(uid: str, rid: str, platform: str, active: bool, modules: int = 0, mobile: int = 0) -> Instance:
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
        },
    )


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
    ),
    enrolment(
        "T3", "R2", "skills", "classroom", True, "2024-12-10", None, "2025-01-25", None, "dropped", (0, 10), 1800
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
    ),
    enrolment("T6", "R1", "skills", "classroom", True, "2024-12-01", None, "2025-01-20", None, "exempt", (0, 10), 0),
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
    ),
    enrolment(
        "T8", "R2", "skills", "classroom", False, "2025-01-05", None, "2025-02-19", None, "enrolled", (0, 10), 1800
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
    feedback("F1", "R1", "training", 5, "certification"),
    feedback("F2", "R2", "training", 3, "skills"),
    feedback("F3", "R4", "training", 4, "onboarding"),
    feedback("F4", "R1", "coaching_session", 4.5),
    usage("E1", "R1", "ContentHub", True),
    usage("E2", "R2", "ContentHub", False),
    usage("E3", "R1", "LearnPath", True, modules=4, mobile=30),
    usage("E5", "R4", "LearnPath", True),
    usage("E4", "R4", "ContentHub", True),
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
