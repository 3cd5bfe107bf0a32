"""Sales Enablement KPIs of the real catalog, built through dbt on DuckDB and PostgreSQL from a
small hand-made world (enablement-platform seats, reps' feedback on enablement items, the content
library with a localized and a personalized version, content sent in sales emails, playbook-guided
opportunities, a win-loss analysis, an enablement event and battlecard quizzes; in April: closed
opportunities with their buyer contacts, messaging reviews, scenario-planning seats, customer survey
answers with improvement requests and emails carrying case studies), compared with values worked out
by hand in the comments."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.catalog_kpis import Instance, catalog_warehouse
from tests.dbt_harness import ENGINES, Warehouse

CALENDAR = {"kpi_calendar_start": "2025-01-01", "kpi_calendar_end": "2025-12-31"}

KPIS = [
    "ENABLEMENT_PLATFORM_ADOPTION_RATE",
    "SALES_TOOL_ADOPTION_RATE",
    "CONTENT_VIEWS_PER_ACTIVE_REP",
    "CONTENT_SHARES_PER_ACTIVE_REP",
    "ENABLEMENT_PLATFORM_COST_PER_ACTIVE_USER",
    "ENABLEMENT_CSAT",
    "ENABLEMENT_AVERAGE_SATISFACTION",
    "ENABLEMENT_NPS",
    "ENABLEMENT_FEEDBACK_RESPONSE_TIME",
    "ENABLEMENT_FEEDBACK_IMPLEMENTATION_RATE",
    "LIVE_SALES_CONTENT_ASSETS",
    "CONTENT_UTILIZATION_RATE",
    "CONTENT_LOCALIZATION_RATE",
    "CONTENT_PERSONALIZATION_RATE",
    "COLLATERAL_DEVELOPMENT_TIME",
    "CONTENT_FRESHNESS_RATE",
    "PLAYBOOK_ADOPTION_RATE",
    "PLAYBOOK_STEP_COMPLETION_RATE",
    "WIN_LOSS_ANALYSIS_COMPLETION_RATE",
    "SALES_CYCLE_TIME_REDUCTION_RATE",
    "ENABLEMENT_EVENT_ATTENDANCE_RATE",
    "COMPETITOR_KNOWLEDGE_SCORE",
    "MULTI_THREADED_DEAL_RATE",
    "SALES_MESSAGING_CONSISTENCY_SCORE",
    "SCENARIO_PLANNING_ADOPTION_RATE",
    "CUSTOMER_FEEDBACK_INCORPORATION_RATE",
    "CUSTOMER_SUCCESS_STORY_UTILIZATION_RATE",
    "NEW_TO_ESTABLISHED_PARTNER_BOOKINGS_RATIO",
]


def rep(rid: str) -> Instance:
    return (
        "SALES_REPRESENTATIVE",
        rid,
        {
            "sales_rep_id": rid,
            "full_name": f"Rep {rid}",
            "role": "field_ae",
            "team_id": "T1",
            "is_quota_carrying": True,
            "employment_status": "active",
            "hire_date": "2020-01-01",
        },
    )


def seat(pid: str, rid: str, name: str, category: str, active: bool, views: int, shares: int, cost: float) -> Instance:
    return (
        "ENABLEMENT_PLATFORM",
        pid,
        {
            "enablement_platform_id": pid,
            "platform_name": name,
            "platform_category": category,
            "sales_rep_id": rid,
            "usage_date": "2025-01-31",
            "has_license": True,
            "is_active": active,
            "logins": 5 if active else 0,
            "content_views": views,
            "content_shares": shares,
            "seat_cost": cost,
        },
    )


def feedback(
    fid: str,
    rid: str,
    submitted: str,
    rating: float,
    nps: int | None,
    responded: str | None,
    suggestion: bool,
    implemented: str | None,
) -> Instance:
    return (
        "ENABLEMENT_FEEDBACK",
        fid,
        {
            "enablement_feedback_id": fid,
            "sales_rep_id": rid,
            "submitted_at": submitted,
            "item_type": "content",
            "rating": rating,
            "nps_score": nps,
            "responded_at": responded,
            "is_suggestion": suggestion,
            "implemented_at": implemented,
        },
    )


def content(
    cid: str,
    created: str,
    published: str | None,
    updated: str | None,
    retired: str | None = None,
    variant: str | None = None,
    source: str | None = None,
) -> Instance:
    return (
        "SALES_CONTENT",
        cid,
        {
            "sales_content_id": cid,
            "title": f"Asset {cid}",
            "content_type": "presentation",
            "status": "archived" if retired else "published" if published else "draft",
            "created_at": created,
            "published_at": published,
            "last_updated_at": updated,
            "retired_at": retired,
            "variant_type": variant,
            "source_content_id": source,
        },
    )


def email(eid: str, sent: str, cid: str | None) -> Instance:
    return (
        "SALES_EMAIL",
        eid,
        {
            "sales_email_id": eid,
            "sales_rep_id": "R1",
            "is_automated": False,
            "sent_at": sent,
            "bounced": False,
            "sales_content_id": cid,
        },
    )


def opportunity(oid: str, owner: str, stage: str, created: str, closed: str | None) -> Instance:
    return (
        "OPPORTUNITY",
        oid,
        {
            "opportunity_id": oid,
            "account_id": "A1",
            "owner_rep_id": owner,
            "source": "outbound",
            "opportunity_type": "new_business",
            "stage": stage,
            "amount": 10_000,
            "created_at": created,
            "closed_at": closed,
        },
    )


def playbook(pid: str, rid: str, oid: str, applied: str, outcome: str, closed: str, done: int) -> Instance:
    return (
        "SALES_PLAYBOOK",
        pid,
        {
            "sales_playbook_id": pid,
            "playbook_code": "PB-NEWLOGO",
            "playbook_name": "New logo acquisition",
            "playbook_type": "new_logo",
            "sales_rep_id": rid,
            "opportunity_id": oid,
            "applied_at": applied,
            "outcome": outcome,
            "closed_at": closed,
            "steps_total": 10,
            "steps_completed": done,
        },
    )


def invitation(tid: str, rid: str, kind: str, status: str, day: str) -> Instance:
    return (
        "SALES_TRAINING_PROGRAM",
        tid,
        {
            "sales_training_program_id": tid,
            "program_code": "EVT-WEB" if kind == "enablement_event" else "SKL-NEG",
            "program_name": "Monthly enablement webinar" if kind == "enablement_event" else "Negotiation Mastery",
            "program_type": kind,
            "participant_type": "rep",
            "sales_rep_id": rid,
            "enrolled_at": "2025-01-02T09:00:00",
            "due_date": day,
            "status": status,
            "completed_at": f"{day}T16:00:00" if status == "completed" else None,
        },
    )


def quiz(aid: str, rid: str, skill: str, score: float) -> Instance:
    return (
        "SALES_ASSESSMENT",
        aid,
        {
            "sales_assessment_id": aid,
            "sales_rep_id": rid,
            "assessment_name": f"Quiz {aid}",
            "assessment_type": "quiz",
            "skill_area": skill,
            "assessment_phase": "standalone",
            "taken_at": "2025-01-22T10:00:00",
            "score": score,
            "passed": score >= 70,
            "competitor_id": "CMP1" if skill == "competitive_knowledge" else None,
        },
    )


def threaded(oid: str, stage: str, closed: str | None, contacts: int | None) -> Instance:
    name, ref, values = opportunity(oid, "R1", stage, "2025-03-03T12:00:00", closed)
    return (name, ref, {**values, "buyer_contacts_engaged": contacts})


def partnered(oid: str, stage: str, amount: float, partner: str | None, recruited: str | None) -> Instance:
    name, ref, values = opportunity(oid, "R2", stage, "2025-03-03T12:00:00", "2025-05-20T12:00:00")
    return (name, ref, {**values, "amount": amount, "partner_id": partner, "partner_recruited_at": recruited})


def review(aid: str, rid: str, skill: str, score: float) -> Instance:
    return (
        "SALES_ASSESSMENT",
        aid,
        {
            "sales_assessment_id": aid,
            "sales_rep_id": rid,
            "assessor_rep_id": "R3",
            "assessment_name": f"Review {aid}",
            "assessment_type": "skills_review" if skill == "messaging" else "quiz",
            "skill_area": skill,
            "assessment_phase": "standalone",
            "taken_at": "2025-04-16T10:00:00",
            "score": score,
            "passed": score >= 75,
        },
    )


def april_seat(pid: str, rid: str, name: str, category: str, active: bool) -> Instance:
    return (
        "ENABLEMENT_PLATFORM",
        pid,
        {
            "enablement_platform_id": pid,
            "platform_name": name,
            "platform_category": category,
            "sales_rep_id": rid,
            "usage_date": "2025-04-30",
            "has_license": True,
            "is_active": active,
            "logins": 3 if active else 0,
        },
    )


def survey(fid: str, responded: str | None, suggestion: bool | None, implemented: str | None) -> Instance:
    return (
        "CUSTOMER_FEEDBACK",
        fid,
        {
            "customer_feedback_id": fid,
            "customer_id": "CUS1",
            "survey_type": "nps",
            "survey_context": "relationship",
            "sent_at": "2025-04-01T09:00:00",
            "responded_at": responded,
            "score": 6 if responded else None,
            "is_suggestion": suggestion,
            "implemented_at": implemented,
        },
    )


def content_email(eid: str, cid: str | None, kind: str | None) -> Instance:
    name, ref, values = email(eid, "2025-04-08T10:00:00", cid)
    return (name, ref, {**values, "sales_content_type": kind})


DATASET: list[Instance] = [
    rep("R1"),
    rep("R2"),
    rep("R3"),
    # January seats: R1 active on the content hub (20 views, 5 shares) and the deal room (4 shares); R2 active
    # on the content hub (10 views, 1 share), idle on the deal room; R3 idle on the content hub
    seat("P1", "R1", "ContentHub", "content_management", True, 20, 5, 45),
    seat("P2", "R2", "ContentHub", "content_management", True, 10, 1, 45),
    seat("P3", "R3", "ContentHub", "content_management", False, 0, 0, 45),
    seat("P4", "R1", "DealRoom", "digital_sales_room", True, 0, 4, 35),
    seat("P5", "R2", "DealRoom", "digital_sales_room", False, 0, 0, 35),
    # January feedback: ratings 5, 4, 2, 3; NPS answers 10, 9, 3 (F4 none); responses after 12, 24 and 72
    # hours (F3 none); suggestions F2 (implemented after 39 days), F3 (after 106 days), F4 (never)
    feedback("F1", "R1", "2025-01-10T09:00:00", 5, 10, "2025-01-10T21:00:00", False, None),
    feedback("F2", "R2", "2025-01-12T09:00:00", 4, 9, "2025-01-13T09:00:00", True, "2025-02-20T09:00:00"),
    feedback("F3", "R3", "2025-01-15T09:00:00", 2, 3, None, True, "2025-05-01T09:00:00"),
    feedback("F4", "R1", "2025-01-20T09:00:00", 3, None, "2025-01-23T09:00:00", True, None),
    # content: C1 live since 2024, last revised December 2024; C2 created 2 January, published 12 January;
    # C3 retired 20 January; C4 a German version of C1 (created 5, published 9 January); C5 a copy of C2
    # personalized for one deal on 15 January (archived in April); C6 a draft created 3 January
    content("C1", "2024-05-20T09:00:00", "2024-06-01T09:00:00", "2024-12-15T09:00:00"),
    content("C2", "2025-01-02T09:00:00", "2025-01-12T09:00:00", "2025-01-12T09:00:00"),
    content("C3", "2024-01-01T09:00:00", "2024-01-10T09:00:00", "2024-03-01T09:00:00", "2025-01-20T09:00:00"),
    content("C4", "2025-01-05T09:00:00", "2025-01-09T09:00:00", "2025-01-09T09:00:00", None, "localized", "C1"),
    content(
        "C5",
        "2025-01-15T09:00:00",
        "2025-01-15T12:00:00",
        "2025-01-15T12:00:00",
        "2025-04-15T12:00:00",
        "personalized",
        "C2",
    ),
    content("C6", "2025-01-03T09:00:00", None, None),
    # January emails: C1 twice, C2 once, one without content
    email("E1", "2025-01-10T10:00:00", "C1"),
    email("E2", "2025-01-11T10:00:00", "C1"),
    email("E3", "2025-01-20T10:00:00", "C2"),
    email("E4", "2025-01-21T10:00:00", None),
    # opportunities created in January by R1 (O1, O4), R2 (O2) and R3 (O3); O4 won 20 February after 50 days,
    # O1 won 10 March after 64 days, O2 and O3 lost in March
    opportunity("O1", "R1", "closed_won", "2025-01-05T12:00:00", "2025-03-10T12:00:00"),
    opportunity("O2", "R2", "closed_lost", "2025-01-06T12:00:00", "2025-03-20T12:00:00"),
    opportunity("O3", "R3", "closed_lost", "2025-01-07T12:00:00", "2025-03-25T12:00:00"),
    opportunity("O4", "R1", "closed_won", "2025-01-01T12:00:00", "2025-02-20T12:00:00"),
    # playbooks applied in January by R1 (O1: 8 of 10 steps) and R2 (O2: 5 of 10 steps), both closed in March
    playbook("PB1", "R1", "O1", "2025-01-06T09:00:00", "won", "2025-03-10T12:00:00", 8),
    playbook("PB2", "R2", "O2", "2025-01-07T09:00:00", "lost", "2025-03-20T12:00:00", 5),
    # R4 helps on O2 with a playbook in January but opened no opportunity: not among the adopters' population
    playbook("PB3", "R4", "O2", "2025-01-08T09:00:00", "open", "2025-05-20T12:00:00", 2),
    # one win-loss analysis of the three March closes
    (
        "COMPETITIVE_ANALYSIS",
        "CA1",
        {
            "competitive_analysis_id": "CA1",
            "opportunity_id": "O1",
            "competitor_id": "CMP1",
            "closed_at": "2025-03-10T12:00:00",
            "analysed_at": "2025-03-15T12:00:00",
            "outcome": "won",
            "primary_reason": "features",
        },
    ),
    # the January webinar: R1 and R2 attended, R3 did not; a skills training is no event
    invitation("EV1", "R1", "enablement_event", "completed", "2025-01-15"),
    invitation("EV2", "R2", "enablement_event", "completed", "2025-01-15"),
    invitation("EV3", "R3", "enablement_event", "dropped", "2025-01-15"),
    invitation("TR1", "R1", "skills", "completed", "2025-01-20"),
    # battlecard quizzes 80 and 60; a product quiz of 100 is not about competitors
    quiz("A1", "R1", "competitive_knowledge", 80),
    quiz("A2", "R2", "competitive_knowledge", 60),
    quiz("A3", "R1", "product_knowledge", 100),
    # April closes: O5 won with 3 buyer contacts, O6 lost with 1, O7 won with 2, O8 lost with none recorded;
    # O9 is still open with 4 contacts (not closed: left out)
    threaded("O5", "closed_won", "2025-04-10T12:00:00", 3),
    threaded("O6", "closed_lost", "2025-04-11T12:00:00", 1),
    threaded("O7", "closed_won", "2025-04-14T12:00:00", 2),
    threaded("O8", "closed_lost", "2025-04-15T12:00:00", None),
    threaded("O9", "negotiation", None, 4),
    # April messaging reviews 85, 70 and 64; a battlecard quiz of 90 is no messaging review
    review("M1", "R1", "messaging", 85),
    review("M2", "R2", "messaging", 70),
    review("M3", "R3", "messaging", 64),
    review("M4", "R1", "competitive_knowledge", 90),
    # April scenario-planning seats: R1 and R3 used PlanIQ, R2 did not (R2's active deal-room seat is
    # another tool)
    april_seat("P6", "R1", "PlanIQ", "scenario_planning", True),
    april_seat("P7", "R2", "PlanIQ", "scenario_planning", False),
    april_seat("P8", "R3", "PlanIQ", "scenario_planning", True),
    april_seat("P9", "R2", "DealRoom", "digital_sales_room", True),
    # customer survey answers of April: K1 asks for a change implemented 30 days later, K2 one implemented
    # after 200 days, K3 one never implemented, K5 one implemented after 179 days; K4 asks for nothing, K6
    # never answered
    survey("K1", "2025-04-02T09:00:00", True, "2025-05-02T09:00:00"),
    survey("K2", "2025-04-03T09:00:00", True, "2025-10-20T09:00:00"),
    survey("K3", "2025-04-04T09:00:00", True, None),
    survey("K4", "2025-04-05T09:00:00", False, None),
    survey("K5", "2025-04-06T09:00:00", True, "2025-10-02T09:00:00"),
    survey("K6", None, None, None),
    # April emails: two carry the case study CS1, one the presentation C2, two carry nothing
    content_email("E5", "CS1", "case_study"),
    content_email("E6", "C2", "presentation"),
    content_email("E7", None, None),
    content_email("E8", "CS1", "case_study"),
    content_email("E9", None, None),
    # May wins: N1 (10,000) through a partner recruited 100 days before the close, N2 (20,000) and N3 (30,000)
    # through partners recruited in 2023 and 2022; the lost N4 (new partner) and the direct N5 do not count
    partnered("N1", "closed_won", 10_000, "CP1", "2025-02-09T12:00:00"),
    partnered("N2", "closed_won", 20_000, "CP2", "2023-05-01T12:00:00"),
    partnered("N3", "closed_won", 30_000, "CP3", "2022-01-10T12:00:00"),
    partnered("N4", "closed_lost", 50_000, "CP1", "2025-02-09T12:00:00"),
    partnered("N5", "closed_won", 40_000, None, None),
]


@pytest.fixture(scope="module", params=ENGINES)
def warehouse(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Warehouse]:
    yield catalog_warehouse(tmp_path_factory, request.param, "kpi_test_enablement", DATASET, KPIS, CALENDAR)


def approx(value: float) -> Any:
    return pytest.approx(value, rel=1e-9, abs=1e-9)


def test_platform_adoption_and_content_use_per_rep(warehouse: Warehouse) -> None:
    # active seats P1, P2, P4 of 5 licensed
    assert warehouse.kpi_row("ENABLEMENT_PLATFORM_ADOPTION_RATE", "2025-01-01") == (approx(0.6), 3, 5)
    # reps active on something: R1, R2 of the licensed R1, R2, R3
    assert warehouse.kpi_row("SALES_TOOL_ADOPTION_RATE", "2025-01-01") == (approx(2 / 3), 2, 3)
    # content-hub views 20 + 10 + 0 over its active reps R1, R2
    assert warehouse.kpi_row("CONTENT_VIEWS_PER_ACTIVE_REP", "2025-01-01") == (approx(15), 30, 2)
    # shares from the hub and the deal room 5 + 1 + 0 + 4 + 0 over their active reps R1, R2
    assert warehouse.kpi_row("CONTENT_SHARES_PER_ACTIVE_REP", "2025-01-01") == (approx(5), 10, 2)
    # seat cost 3 x 45 + 2 x 35 = 205 over the 2 active reps
    assert warehouse.kpi("ENABLEMENT_PLATFORM_COST_PER_ACTIVE_USER")["2025-01-01"] == approx(102.5)
    # monthly seats: no week rows
    assert warehouse.kpi("ENABLEMENT_PLATFORM_ADOPTION_RATE", grain="week") == {}


def test_feedback_satisfaction_nps_response_and_implementation(warehouse: Warehouse) -> None:
    # ratings 5, 4, 2, 3: two of four are 4 or 5; their mean 3.5
    assert warehouse.kpi_row("ENABLEMENT_CSAT", "2025-01-01") == (approx(0.5), 2, 4)
    assert warehouse.kpi("ENABLEMENT_AVERAGE_SATISFACTION")["2025-01-01"] == approx(3.5)
    # NPS answers 10 and 9 (promoters), 3 (detractor): 100 x (2 - 1) / 3
    assert warehouse.kpi("ENABLEMENT_NPS")["2025-01-01"] == approx(100 / 3)
    # responses given in January after 12, 24 and 72 hours
    assert warehouse.kpi("ENABLEMENT_FEEDBACK_RESPONSE_TIME")["2025-01-01"] == approx(36)
    # January suggestions F2, F3, F4: only F2 implemented within 90 days (F3 after 106 days)
    assert warehouse.kpi_row("ENABLEMENT_FEEDBACK_IMPLEMENTATION_RATE", "2025-01-01") == (approx(1 / 3), 1, 3)


def test_content_library_utilization_localization_and_freshness(warehouse: Warehouse) -> None:
    # live at the end of January: C1, C2 and the German C4 (C3 retired, C5 personalized, C6 a draft)
    assert warehouse.kpi("LIVE_SALES_CONTENT_ASSETS")["2025-01-01"] == 3
    # C1 and C2 sent in January emails, of 3 live assets
    assert warehouse.kpi_row("CONTENT_UTILIZATION_RATE", "2025-01-01") == (approx(2 / 3), 2, 3)
    assert warehouse.kpi_row("CONTENT_LOCALIZATION_RATE", "2025-01-01") == (approx(1 / 3), 1, 3)
    # created in January: C2, C4, C5, C6; C5 is personalized
    assert warehouse.kpi_row("CONTENT_PERSONALIZATION_RATE", "2025-01-01") == (approx(0.25), 1, 4)
    # published in January, the personalized C5 left out: C2 after 10 days, C4 after 4
    assert warehouse.kpi("COLLATERAL_DEVELOPMENT_TIME")["2025-01-01"] == approx(7)
    # June: revised in January-June 2025 are C2 and C4 (C1 last in December 2024) of the 3 live; July's six
    # months (February-July) hold no revision
    freshness = warehouse.kpi("CONTENT_FRESHNESS_RATE")
    assert (freshness["2025-06-01"], freshness["2025-07-01"]) == (approx(2 / 3), approx(0))


def test_playbooks_win_loss_reviews_and_cycle_reduction(warehouse: Warehouse) -> None:
    # January: R1, R2 and R3 opened opportunities, R1 and R2 of them applied a playbook (R4 applied one
    # without opening any: left out)
    assert warehouse.kpi_row("PLAYBOOK_ADOPTION_RATE", "2025-01-01") == (approx(2 / 3), 2, 3)
    # March closes of the guided O1 (8 of 10 steps) and O2 (5 of 10)
    assert warehouse.kpi_row("PLAYBOOK_STEP_COMPLETION_RATE", "2025-03-01") == (approx(0.65), 13, 20)
    # one analysis of the three March closes O1, O2, O3
    assert warehouse.kpi_row("WIN_LOSS_ANALYSIS_COMPLETION_RATE", "2025-03-01") == (approx(1 / 3), 1, 3)
    # won cycle 50 days in February, 64 in March: reduction (50 - 64) / 50
    assert warehouse.kpi("SALES_CYCLE_TIME_REDUCTION_RATE")["2025-03-01"] == approx(-0.28)


def test_event_attendance_and_competitor_knowledge(warehouse: Warehouse) -> None:
    # two of the three webinar invitations attended; the skills training does not count
    assert warehouse.kpi_row("ENABLEMENT_EVENT_ATTENDANCE_RATE", "2025-01-01") == (approx(2 / 3), 2, 3)
    # battlecard quizzes 80 and 60: mean 70 of 100
    assert warehouse.kpi("COMPETITOR_KNOWLEDGE_SCORE")["2025-01-01"] == approx(0.7)


def test_multi_threading_and_messaging_consistency(warehouse: Warehouse) -> None:
    # April closes O5 (3 contacts) and O7 (2) multi-threaded of the 4 closed O5-O8; the open O9 left out
    assert warehouse.kpi_row("MULTI_THREADED_DEAL_RATE", "2025-04-01") == (approx(0.5), 2, 4)
    # March (O1-O3 closed, no contacts recorded): none multi-threaded of 3
    assert warehouse.kpi_row("MULTI_THREADED_DEAL_RATE", "2025-03-01") == (approx(0), 0, 3)
    # messaging reviews 85, 70, 64: mean 73 of 100; the quiz of 90 does not count
    assert warehouse.kpi("SALES_MESSAGING_CONSISTENCY_SCORE")["2025-04-01"] == approx(0.73)
    # no messaging review in January: no value
    assert warehouse.kpi("SALES_MESSAGING_CONSISTENCY_SCORE").get("2025-01-01") is None


def test_scenario_planning_adoption(warehouse: Warehouse) -> None:
    # R1 and R3 used PlanIQ in April, of the 3 reps licensed on it
    assert warehouse.kpi_row("SCENARIO_PLANNING_ADOPTION_RATE", "2025-04-01") == (approx(2 / 3), 2, 3)
    # second quarter: the same April rows only
    quarter = warehouse.kpi("SCENARIO_PLANNING_ADOPTION_RATE", grain="quarter")
    assert quarter["2025-04-01"] == approx(2 / 3)


def test_customer_feedback_incorporation_and_success_stories(warehouse: Warehouse) -> None:
    # April requests K1, K2, K3, K5: K1 (30 days) and K5 (179 days) implemented within 180 days, K2 after 200
    assert warehouse.kpi_row("CUSTOMER_FEEDBACK_INCORPORATION_RATE", "2025-04-01") == (approx(0.5), 2, 4)
    # case studies in 2 of the 5 April emails
    assert warehouse.kpi_row("CUSTOMER_SUCCESS_STORY_UTILIZATION_RATE", "2025-04-01") == (approx(0.4), 2, 5)
    # January: 4 emails, none with a case study
    assert warehouse.kpi_row("CUSTOMER_SUCCESS_STORY_UTILIZATION_RATE", "2025-01-01") == (approx(0), 0, 4)


def test_new_to_established_partner_bookings(warehouse: Warehouse) -> None:
    # May: 10,000 won through the new partner CP1 for 20,000 + 30,000 through the established CP2 and CP3
    assert warehouse.kpi_row("NEW_TO_ESTABLISHED_PARTNER_BOOKINGS_RATIO", "2025-05-01") == (approx(0.2), 10_000, 50_000)
    # April: the wins O5 and O7 are direct deals: no partner bookings, no value
    assert warehouse.kpi("NEW_TO_ESTABLISHED_PARTNER_BOOKINGS_RATIO").get("2025-04-01") is None
