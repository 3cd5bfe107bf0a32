"""The enablement effect KPIs of the real catalog (did training, certification, coaching,
content and playbooks work?), built through dbt on DuckDB and PostgreSQL from a small hand-made
world, compared with values worked out by hand in the comments."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.catalog_kpis import Instance, catalog_warehouse
from tests.dbt_harness import ENGINES, Warehouse

CALENDAR = {"kpi_calendar_start": "2024-01-01", "kpi_calendar_end": "2025-12-31"}

KPIS = [
    "CERTIFICATION_WIN_RATE_LIFT",
    "CERTIFICATION_DEAL_SIZE_LIFT",
    "COACHED_VS_UNCOACHED_ATTAINMENT_GAP",
    "ASSESSMENT_SCORE_IMPROVEMENT",
    "SALES_SKILL_ADVANCEMENT_RATE",
    "RAMP_TIME_TO_FIRST_DEAL",
    "TIME_TO_PROFICIENCY",
    "CONTENT_INFLUENCE_WIN_RATE_GAP",
    "PLAYBOOK_ADHERENCE_WIN_RATE_GAP",
    "CONTENT_INFLUENCED_DEAL_SHARE",
    "ROLE_PLAY_SCORE_IMPROVEMENT",
    "TRAINING_DEAL_SIZE_GROWTH",
    "TRAINING_REVENUE_GROWTH",
    "COACHING_WIN_RATE_LIFT",
    "COACHING_EFFECTIVENESS_RATE",
    "MENTORSHIP_WIN_RATE_LIFT",
    "RAMP_TIME_TO_FIRST_QUOTA_ATTAINMENT",
    "REP_ONBOARDING_DURATION",
    "SALES_ONBOARDING_EFFICIENCY",
    "WON_DEALS_PER_TRAINED_REP",
]


def rep(rid: str, hired: str, role: str = "field_ae") -> Instance:
    values = {
        "sales_rep_id": rid,
        "full_name": f"Rep {rid}",
        "role": role,
        "team_id": "T1",
        "employment_status": "active",
        "hire_date": hired,
        "is_quota_carrying": role != "sales_manager",
    }
    return ("SALES_REPRESENTATIVE", rid, values)


def opportunity(oid: str, owner: str, stage: str, amount: float, closed: str, content: bool | None = None) -> Instance:
    values: dict[str, Any] = {
        "opportunity_id": oid,
        "account_id": "A1",
        "owner_rep_id": owner,
        "source": "ae_sourced",
        "opportunity_type": "new_business",
        "stage": stage,
        "amount": amount,
        "created_at": "2023-12-01T00:00:00",
        "closed_at": f"{closed}T00:00:00",
    }
    if content is not None:
        values["enablement_content_used"] = content
    return ("OPPORTUNITY", oid, values)


def enrolment(eid: str, owner: str | None, kind: str, certified_at: str | None, participant: str = "rep") -> Instance:
    values: dict[str, Any] = {
        "sales_training_program_id": eid,
        "program_code": kind.upper(),
        "program_name": f"{kind} program",
        "program_type": kind,
        "participant_type": participant,
        "sales_rep_id": owner,
        "enrolled_at": "2024-11-01T00:00:00",
        "status": "completed",
        "completed_at": f"{certified_at or '2025-06-01'}T00:00:00",
        "certified": certified_at is not None,
    }
    if certified_at is not None:
        values["certified_at"] = f"{certified_at}T00:00:00"
    return ("SALES_TRAINING_PROGRAM", eid, values)


def assessment(
    aid: str, owner: str, enrolment_id: str | None, phase: str, kind: str, taken: str, score: float, passed: bool
) -> Instance:
    values: dict[str, Any] = {
        "sales_assessment_id": aid,
        "sales_rep_id": owner,
        "sales_training_program_id": enrolment_id,
        "assessment_name": f"{kind} {phase}",
        "assessment_type": kind,
        "skill_area": "discovery",
        "assessment_phase": phase,
        "taken_at": f"{taken}T00:00:00",
        "score": score,
        "passed": passed,
    }
    return ("SALES_ASSESSMENT", aid, values)


def scorecard(sid: str, owner: str, month: str, attainment: float) -> Instance:
    values = {
        "performance_scorecard_id": sid,
        "subject_type": "sales_rep",
        "sales_rep_id": owner,
        "period_type": "month",
        "period_start": f"{month}-01",
        "period_end": f"{month}-28",
        "overall_score": 70.0,
        "quota_attainment": attainment,
    }
    return ("PERFORMANCE_SCORECARD", sid, values)


def coaching(cid: str, owner: str, status: str, day: str, model: str | None = None) -> Instance:
    values: dict[str, Any] = {
        "sales_coaching_session_id": cid,
        "coach_rep_id": "M1",
        "sales_rep_id": owner,
        "session_type": "one_on_one",
        "focus_area": "closing",
        "scheduled_at": f"{day}T09:00:00",
        "status": status,
    }
    if status == "held":
        values["held_at"] = f"{day}T09:00:00"
    if model is not None:
        values["coaching_model"] = model
    return ("SALES_COACHING_SESSION", cid, values)


def playbook(pid: str, outcome: str, followed: float, closed: str | None) -> Instance:
    values: dict[str, Any] = {
        "sales_playbook_id": pid,
        "playbook_code": "PB-NEWLOGO",
        "playbook_name": "New logo acquisition",
        "playbook_type": "new_logo",
        "sales_rep_id": "R1",
        "applied_at": "2025-01-05T00:00:00",
        "outcome": outcome,
        "followed_steps_pct": followed,
    }
    if closed is not None:
        values["closed_at"] = f"{closed}T00:00:00"
    return ("SALES_PLAYBOOK", pid, values)


DATASET: list[Instance] = [
    rep("R1", "2023-01-01"),
    rep("R2", "2023-01-01"),
    rep("R3", "2024-01-10"),
    rep("R4", "2024-01-20", role="sales_manager"),  # managers are no base of the ramp KPIs
    rep("R5", "2024-01-25"),  # hired in January 2024, never wins nor passes: left out of the means
    # R1 certified 2025-03-01: before [2024-12-01, 2025-03-01), after [2025-03-01, 2025-05-30)
    enrolment("E-C1", "R1", "certification", "2025-03-01"),
    # R2 certified 2025-03-20: before [2024-12-20, 2025-03-20), after [2025-03-20, 2025-06-18)
    enrolment("E-C2", "R2", "certification", "2025-03-20"),
    enrolment("E-X1", "R2", "skills", None),  # completed, not certified: no event
    enrolment("E-P1", None, "certification", "2025-03-10", participant="partner"),  # a partner learner: no event
    opportunity("O1", "R1", "closed_won", 10000, "2025-01-15", content=True),  # R1 before
    opportunity("O2", "R1", "closed_lost", 40000, "2025-02-10", content=True),  # R1 before
    opportunity("O3", "R1", "closed_lost", 15000, "2025-02-20", content=False),  # R1 before
    opportunity("O4", "R1", "closed_won", 30000, "2025-03-10", content=True),  # R1 after
    opportunity("O5", "R1", "closed_won", 50000, "2025-04-15", content=False),  # R1 after
    opportunity("O6", "R1", "closed_lost", 25000, "2025-05-01", content=False),  # R1 after
    opportunity("O7", "R1", "closed_won", 99999, "2025-07-01", content=True),  # after R1's windows
    opportunity("O8", "R2", "closed_won", 20000, "2025-03-01", content=False),  # R2 before
    opportunity("O9", "R2", "closed_lost", 60000, "2025-04-01", content=True),  # R2 after
    opportunity("O10", "R3", "closed_won", 5000, "2024-03-01"),  # R3's first win: 51 days after hire
    opportunity("O11", "R3", "closed_won", 7000, "2024-05-01"),  # a later win: not the first
    # coaching: R1 held on Jan 20, R2 held on Feb 10, R3 only a cancelled session
    coaching("C1", "R1", "held", "2025-01-20"),
    coaching("C2", "R2", "held", "2025-02-10"),
    coaching("C3", "R3", "cancelled", "2025-01-15"),
    # April 2025 (after the scorecards: no effect on the attainment gap): R1 an informal session with the
    # manager on Apr 10 and a peer (mentoring) session on Apr 20; R2 a cancelled peer session
    coaching("C4", "R1", "held", "2025-04-10", model="informal"),
    coaching("C5", "R1", "held", "2025-04-20", model="peer"),
    coaching("C6", "R2", "cancelled", "2025-04-25", model="peer"),
    # R3 (hired 2024-01-10) onboarded from hire to Jan 31 (21 days), first month at quota March 2024
    (
        "SALES_TRAINING_PROGRAM",
        "E-O1",
        {
            "sales_training_program_id": "E-O1",
            "program_code": "ONBOARDING",
            "program_name": "onboarding program",
            "program_type": "onboarding",
            "participant_type": "rep",
            "sales_rep_id": "R3",
            "enrolled_at": "2024-01-10T00:00:00",
            "status": "completed",
            "completed_at": "2024-01-31T00:00:00",
            "certified": False,
        },
    ),
    scorecard("S7", "R3", "2024-03", 1.1),
    scorecard("S1", "R1", "2025-01", 1.2),
    scorecard("S2", "R2", "2025-01", 0.8),
    scorecard("S3", "R3", "2025-01", 0.4),
    scorecard("S4", "R1", "2025-02", 1.0),
    scorecard("S5", "R2", "2025-02", 0.9),
    scorecard("S6", "R3", "2025-02", 0.6),
    # pre/post pairs by enrolment: E-S1 60 -> 80, E-S2 50 -> 75; E-C1's exam has no pre-test (no event)
    assessment("A1", "R1", "E-S1", "pre_training", "quiz", "2025-04-01", 60, False),
    assessment("A2", "R1", "E-S1", "post_training", "role_play", "2025-04-20", 80, True),
    assessment("A3", "R2", "E-S2", "pre_training", "quiz", "2025-04-05", 50, False),
    assessment("A4", "R2", "E-S2", "post_training", "role_play", "2025-04-25", 75, True),
    assessment("A5", "R1", "E-C1", "post_training", "certification_exam", "2025-02-28", 90, True),
    assessment("A6", "R1", None, "standalone", "call_scorecard", "2025-04-15", 70, True),
    # R3's proficiency: a passed pre-test does not count; the passed call scorecard 40 days after hire does
    assessment("A7", "R3", "E-S3", "pre_training", "quiz", "2024-02-01", 75, True),
    assessment("A8", "R3", None, "standalone", "call_scorecard", "2024-02-19", 72, True),
    assessment("A9", "R5", None, "standalone", "call_scorecard", "2024-03-01", 40, False),
    # playbook applications closed in February 2025
    playbook("P1", "won", 0.9, "2025-02-01"),
    playbook("P2", "lost", 0.85, "2025-02-05"),
    playbook("P3", "won", 0.5, "2025-02-10"),
    playbook("P4", "no_decision", 0.6, "2025-02-15"),
    playbook("P5", "lost", 0.7, "2025-02-20"),
    playbook("P6", "open", 0.95, None),
]


@pytest.fixture(scope="module", params=ENGINES)
def warehouse(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Warehouse]:
    yield catalog_warehouse(tmp_path_factory, request.param, "kpi_test_enablement_effects", DATASET, KPIS, CALENDAR)


def approx(value: float) -> Any:
    return pytest.approx(value, rel=1e-9, abs=1e-9)


def test_certification_win_rate_lift_pools_the_events_of_the_period(warehouse: Warehouse) -> None:
    # March 2025 has two certifications (events); the partner's and the uncertified enrolment are none.
    # R1 (Mar 1): before O1 won, O2, O3 lost: 1 of 3; after O4, O5 won, O6 lost: 2 of 3 (O7 is after May 30).
    # R2 (Mar 20): before O8 won: 1 of 1; after O9 lost: 0 of 1.
    # pooled: before 2 won of 4 closed = 0.5, after 2 of 4 = 0.5: a lift of 0 (the mean of the
    # per-event changes, (1/3 + (-1)) / 2, would be -1/3)
    assert warehouse.kpi_row("CERTIFICATION_WIN_RATE_LIFT", "2025-03-01") == (approx(0.0), approx(0.5), approx(0.5))
    # by the event's rep: R1 alone 2/3 - 1/3
    assert warehouse.kpi("CERTIFICATION_WIN_RATE_LIFT", dimension="SALES_REP", member="R1") == {
        "2025-03-01": approx(1 / 3)
    }
    # Q1 holds the same two events; the year 2025 ends 2026-01-01, + 90 days is after the data end: no row
    assert warehouse.kpi("CERTIFICATION_WIN_RATE_LIFT", grain="quarter") == {"2025-01-01": approx(0.0)}
    assert warehouse.kpi("CERTIFICATION_WIN_RATE_LIFT", grain="year") == {}


def test_certification_deal_size_lift_is_relative_and_pooled(warehouse: Warehouse) -> None:
    # won amount / won count: before R1 O1 10000, R2 O8 20000 -> 30000 / 2 = 15000;
    # after R1 O4 30000 + O5 50000 (R2 won nothing) -> 80000 / 2 = 40000; (40000 - 15000) / 15000 = 5/3
    assert warehouse.kpi_row("CERTIFICATION_DEAL_SIZE_LIFT", "2025-03-01") == (
        approx(5 / 3),
        approx(40000),
        approx(15000),
    )
    # R2 alone has no win after: no deal size, no value
    assert warehouse.kpi("CERTIFICATION_DEAL_SIZE_LIFT", dimension="SALES_REP", member="R2") == {"2025-03-01": None}


def test_coached_vs_uncoached_attainment_gap(warehouse: Warehouse) -> None:
    # Jan: coached by Jan 31 = R1 (held Jan 20): 1.2; not yet = R2 0.8, R3 0.4 (cancelled only): 0.6 -> 0.6
    assert warehouse.kpi_row("COACHED_VS_UNCOACHED_ATTAINMENT_GAP", "2025-01-01") == (
        approx(0.6),
        approx(1.2),
        approx(0.6),
    )
    # Feb: R1 1.0 and R2 0.9 (held Feb 10) -> 0.95; R3 0.6 -> 0.35
    assert warehouse.kpi("COACHED_VS_UNCOACHED_ATTAINMENT_GAP") == {
        "2025-01-01": approx(0.6),
        "2025-02-01": approx(0.35),
    }
    # Q1: per rep the mean of Jan and Feb: R1 1.1, R2 0.85 (coached by Mar 31), R3 0.5 -> 0.975 - 0.5
    assert warehouse.kpi_row("COACHED_VS_UNCOACHED_ATTAINMENT_GAP", "2025-01-01", grain="quarter") == (
        approx(0.475),
        approx(0.975),
        approx(0.5),
    )


def test_assessment_score_improvement_pairs_pre_and_post_by_enrolment(warehouse: Warehouse) -> None:
    # April post-tests A2 (E-S1) and A4 (E-S2): pre A1 60 and A3 50 in the 90 days before -> 55;
    # post 80 and 75 -> 77.5; improvement 22.5 points. The certification exam A5 is no event.
    assert warehouse.kpi_row("ASSESSMENT_SCORE_IMPROVEMENT", "2025-04-01") == (approx(22.5), approx(77.5), approx(55))
    assert warehouse.kpi("ASSESSMENT_SCORE_IMPROVEMENT") == {"2025-04-01": approx(22.5)}
    # relative: 22.5 / 55
    assert warehouse.kpi("SALES_SKILL_ADVANCEMENT_RATE") == {"2025-04-01": approx(22.5 / 55)}


def test_ramp_time_to_first_deal_and_to_proficiency(warehouse: Warehouse) -> None:
    # hired January 2024: R3 (first win O10 on 2024-03-01: 21 + 29 + 1 = 51 days), R5 (no win: left out),
    # R4 is a sales manager (no base). Reported: Jan 2024 ends Feb 1, + 365 days = 2025-01-31 <= data end.
    assert warehouse.kpi_row("RAMP_TIME_TO_FIRST_DEAL", "2024-01-01") == (approx(51), approx(51), approx(1))
    # proficiency: R3's passed pre-test does not count, the passed call scorecard on 2024-02-19 does: 40 days;
    # R5 failed: left out
    assert warehouse.kpi_row("TIME_TO_PROFICIENCY", "2024-01-01") == (approx(40), approx(40), approx(1))


def test_content_and_playbook_win_rate_gaps(warehouse: Warehouse) -> None:
    # Q1 2025 closed: with content O1 won, O2 lost, O4 won -> 2/3; without O3 lost, O8 won -> 1/2: gap 1/6
    # Q2: with content O9 lost -> 0; without O5 won, O6 lost -> 1/2: gap -1/2 (O10, O11 have no content flag)
    gaps = warehouse.kpi("CONTENT_INFLUENCE_WIN_RATE_GAP", grain="quarter")
    assert gaps["2025-01-01"] == approx(1 / 6)
    assert gaps["2025-04-01"] == approx(-0.5)
    # playbooks closed in Feb 2025: adherent (>= 0.8) P1 won, P2 lost -> 1/2; others P3 won, P4 no decision,
    # P5 lost -> 1/3; P6 is open
    assert warehouse.kpi("PLAYBOOK_ADHERENCE_WIN_RATE_GAP")["2025-02-01"] == approx(1 / 2 - 1 / 3)


def test_content_influenced_deal_share(warehouse: Warehouse) -> None:
    # won in Q1 2025: O1 (content), O4 (content), O8 (none) -> 2 of 3; Q2: O5 (none) -> 0 of 1
    assert warehouse.kpi_row("CONTENT_INFLUENCED_DEAL_SHARE", "2025-01-01", grain="quarter") == (approx(2 / 3), 2, 3)
    assert warehouse.kpi_row("CONTENT_INFLUENCED_DEAL_SHARE", "2025-04-01", grain="quarter") == (approx(0.0), 0, 1)


def test_role_play_improvement_and_training_growth(warehouse: Warehouse) -> None:
    # both April post-tests are role plays: as ASSESSMENT_SCORE_IMPROVEMENT, 77.5 - 55
    assert warehouse.kpi("ROLE_PLAY_SCORE_IMPROVEMENT") == {"2025-04-01": approx(22.5)}
    # completed rep enrolments in March: E-C1 (R1, Mar 1) and E-C2 (R2, Mar 20), as the certifications above:
    # deal size before (10000 + 20000) / 2 = 15000, after (30000 + 50000) / 2 = 40000 -> 5/3;
    # won revenue before 10000 + 20000 = 30000, after 80000 -> (80000 - 30000) / 30000 = 5/3
    assert warehouse.kpi_row("TRAINING_DEAL_SIZE_GROWTH", "2025-03-01") == (
        approx(5 / 3),
        approx(40000),
        approx(15000),
    )
    assert warehouse.kpi_row("TRAINING_REVENUE_GROWTH", "2025-03-01") == (approx(5 / 3), approx(80000), approx(30000))
    # June: E-X1 (R2, skills, completed Jun 1): R2 won nothing in [Mar 3, Jun 1) nor after: no growth over 0
    assert warehouse.kpi_row("TRAINING_REVENUE_GROWTH", "2025-06-01") == (None, approx(0), approx(0))


def test_coaching_win_rate_lift_and_effectiveness_pool_the_held_manager_sessions(warehouse: Warehouse) -> None:
    # Jan: C1 (R1, Jan 20): before [2024-11-21, 2025-01-20) O1 won: 1 of 1; after [Jan 20, Mar 21) O2, O3 lost,
    # O4 won: 1 of 3 -> 1/3 - 1 = -2/3. Feb: C2 (R2, Feb 10): before [2024-12-12, Feb 10) nothing closed: null;
    # after [Feb 10, Apr 11) O8 won, O9 lost: 1/2. Apr: C4 (R1, informal, Apr 10) only, the peer C5 is no event:
    # before [Feb 9, Apr 10) O2, O3 lost, O4 won: 1/3; after [Apr 10, Jun 9) O5 won, O6 lost: 1/2 -> 1/6
    assert warehouse.kpi_row("COACHING_WIN_RATE_LIFT", "2025-01-01") == (approx(-2 / 3), approx(1 / 3), approx(1))
    assert warehouse.kpi_row("COACHING_WIN_RATE_LIFT", "2025-02-01") == (None, approx(0.5), None)
    assert warehouse.kpi("COACHING_WIN_RATE_LIFT") == {
        "2025-01-01": approx(-2 / 3),
        "2025-02-01": None,
        "2025-04-01": approx(1 / 6),
    }
    # relative: Jan (1/3 - 1) / 1, Apr (1/2 - 1/3) / (1/3) = 1/2
    assert warehouse.kpi("COACHING_EFFECTIVENESS_RATE") == {
        "2025-01-01": approx(-2 / 3),
        "2025-02-01": None,
        "2025-04-01": approx(0.5),
    }
    # Q1 pools C1 and C2: before 1 won of 1 closed (R2 none), after R1 1 of 3 + R2 1 of 2 = 2 of 5:
    # 0.4 - 1 = -0.6, relative -0.6 / 1
    assert warehouse.kpi_row("COACHING_WIN_RATE_LIFT", "2025-01-01", grain="quarter") == (
        approx(-0.6),
        approx(0.4),
        approx(1),
    )
    assert warehouse.kpi("COACHING_EFFECTIVENESS_RATE", grain="quarter")["2025-01-01"] == approx(-0.6)


def test_mentorship_win_rate_lift_counts_held_peer_sessions_only(warehouse: Warehouse) -> None:
    # C5 (R1 the mentee, Apr 20): before [Feb 19, Apr 20) O3 lost, O4 won, O5 won: 2 of 3; after [Apr 20, Jun 19)
    # O6 lost: 0 of 1 -> 0 - 2/3. The cancelled peer session C6 and the manager sessions are no events.
    assert warehouse.kpi_row("MENTORSHIP_WIN_RATE_LIFT", "2025-04-01") == (approx(-2 / 3), approx(0), approx(2 / 3))
    assert warehouse.kpi("MENTORSHIP_WIN_RATE_LIFT") == {"2025-04-01": approx(-2 / 3)}


def test_sales_onboarding_efficiency_divides_ramp_by_onboarding_duration(warehouse: Warehouse) -> None:
    # hired January 2024: R3's first month at quota is March 2024 (S7, period_end Mar 28): 21 + 29 + 28 = 78 days
    # (R5 never attains: left out; R4 is a manager). Onboarding completed in January 2024: E-O1, 21 days.
    # 78 / 21 = 26/7
    assert warehouse.kpi_row("SALES_ONBOARDING_EFFICIENCY", "2024-01-01") == (
        approx(26 / 7),
        approx(78),
        approx(21),
    )
    # no onboarding completed in another month: no ratio there
    values = warehouse.kpi("SALES_ONBOARDING_EFFICIENCY")
    assert {period for period, value in values.items() if value is not None} == {"2024-01-01"}


def test_won_deals_per_trained_rep_is_the_trained_group_alone(warehouse: Warehouse) -> None:
    # completed rep enrolments: R3 onboarding Jan 31 2024, R1 Mar 1 2025, R2 Mar 20 2025 (the partner's has no rep).
    # Mar 2024: R3 (trained) won O10: 1 of 1 rep. Jan and Feb 2025: only R1 closed, not yet trained: no row.
    # Mar 2025: R1 won O4, R2 won O8 (both trained by Mar 31): (1 + 1) / 2. Apr: R1 won O5, R2 lost O9 (0 won,
    # still a rep who closed): (1 + 0) / 2. May: R1 lost O6: 0. Jul: R1 won O7: 1.
    assert warehouse.kpi("WON_DEALS_PER_TRAINED_REP") == {
        "2024-03-01": approx(1),
        "2024-05-01": approx(1),
        "2025-03-01": approx(1),
        "2025-04-01": approx(0.5),
        "2025-05-01": approx(0),
        "2025-07-01": approx(1),
    }
    # numerator the group's mean, denominator its reps
    assert warehouse.kpi_row("WON_DEALS_PER_TRAINED_REP", "2025-04-01") == (approx(0.5), approx(0.5), approx(2))
    # Q1 2025: R1 won O1 and O4, R2 won O8, both trained by Mar 31: (2 + 1) / 2
    assert warehouse.kpi_row("WON_DEALS_PER_TRAINED_REP", "2025-01-01", grain="quarter") == (
        approx(1.5),
        approx(1.5),
        approx(2),
    )
