"""Customer Success KPIs of the real catalog, built through dbt on DuckDB and PostgreSQL from a
small hand-made book of customers (subscriptions, customer success managers, renewals with and
without a CSM check-in, health snapshots, support tickets, interactions and self-service
sessions, QBRs, goals, expansions, feature adoption, usage, onboarding, data-quality checks,
advocacy, surveys and education), compared with values worked out by hand in the comments."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.catalog_kpis import Instance, catalog_warehouse
from tests.dbt_harness import ENGINES, Warehouse

CALENDAR = {"kpi_calendar_start": "2025-01-01", "kpi_calendar_end": "2025-12-31"}

KPIS = [
    "CUSTOMERS_PER_CSM",
    "ARR_PER_CSM",
    "CSM_ATTRITION_RATE",
    "CSM_CUSTOMER_FACING_TIME_SHARE",
    "CSM_TOUCHED_RENEWAL_RATE",
    "UNTOUCHED_RENEWAL_RATE",
    "CSM_TOUCH_RENEWAL_UPLIFT",
    "GREEN_HEALTH_SHARE",
    "RED_HEALTH_SHARE",
    "HEALTH_DETERIORATION_RATE",
    "ARR_AT_RISK_SHARE",
    "SUPPORT_TICKET_VOLUME",
    "AVERAGE_FIRST_RESPONSE_TIME",
    "FIRST_RESPONSE_TIME_STD_DEV",
    "CUSTOMER_INCIDENT_RATE",
    "SELF_SERVICE_SUCCESS_RATE",
    "KNOWLEDGE_BASE_UTILIZATION_RATE",
    "KNOWLEDGE_BASE_DEFLECTION_RATE",
    "CUSTOMER_INTERACTIONS_PER_CUSTOMER",
    "CUSTOMER_MEETING_FREQUENCY",
    "CUSTOMER_QBR_COMPLETION_RATE",
    "CUSTOMER_GOAL_ACHIEVEMENT_RATE",
    "CUSTOMER_GOALS_ACHIEVED",
    "EXPANSION_ARR_RATE",
    "EXPANSION_PIPELINE",
    "CUSTOMER_UPGRADE_RATE",
    "DAU_MAU_STICKINESS",
    "TIME_TO_CUSTOMER_ACTIVATION",
    "CUSTOMER_ACTIVATION_RATE",
    "CUSTOMER_DATA_COMPLETENESS",
    "CUSTOMER_DATA_ACCURACY_RATE",
    "ADVOCACY_ACTIONS_PER_CUSTOMER",
    "CUSTOMER_REFERENCEABILITY_RATE",
    "SURVEY_RESPONSE_RATE",
    "CUSTOMER_KNOWLEDGE_RETENTION_RATE",
    "QBR_CURRENCY",
    "FEATURE_ADOPTION_BREADTH",
]


def subscription(sid: str, cid: str, start: str, mrr: float, end: str | None = None) -> Instance:
    return (
        "SUBSCRIPTION",
        sid,
        {
            "subscription_id": sid,
            "customer_id": cid,
            "product_id": "PRD-CORE",
            "status": "cancelled" if end else "active",
            "created_at": f"{start}T09:00:00",
            "start_date": start,
            "end_date": end,
            "billing_interval": "annual",
            "mrr": mrr,
            "arr": 12 * mrr,
        },
    )


def csm(mid: str, start: str, end: str | None = None) -> Instance:
    return (
        "CUSTOMER_SUCCESS_MANAGER",
        mid,
        {
            "customer_success_manager_id": mid,
            "full_name": f"CSM {mid}",
            "status": "departed" if end else "active",
            "hire_date": start,
            "role_start_date": start,
            "role_end_date": end,
        },
    )


def renewal(rid: str, outcome: str, touched: bool) -> Instance:
    return (
        "RENEWAL",
        rid,
        {
            "renewal_id": rid,
            "subscription_id": "S1",
            "customer_id": "C1",
            "due_date": "2025-03-15",
            "outcome": outcome,
            "previous_arr": 12000,
            "is_csm_touched": touched,
        },
    )


def health(
    hid: str, cid: str, recorded: str, status: str, previous: str | None, arr: float, at_risk: bool, until: str | None
) -> Instance:
    return (
        "CUSTOMER_HEALTH_RECORD",
        hid,
        {
            "customer_health_record_id": hid,
            "customer_id": cid,
            "recorded_at": f"{recorded}T06:00:00",
            "superseded_at": f"{until}T06:00:00" if until else None,
            "health_score": {"green": 80, "yellow": 60, "red": 30}[status],
            "health_status": status,
            "previous_health_status": previous,
            "is_at_risk": at_risk,
            "arr": arr,
        },
    )


def ticket(tid: str, opened: str, first_response: str | None, category: str) -> Instance:
    return (
        "SUPPORT_TICKET",
        tid,
        {
            "support_ticket_id": tid,
            "customer_id": "C1",
            "channel": "email",
            "priority": "medium",
            "status": "open",
            "category": category,
            "opened_at": opened,
            "first_response_at": first_response,
        },
    )


def interaction(
    iid: str, kind: str, day: str, resolving: bool = False, role: str | None = None, seconds: int | None = None
) -> Instance:
    return (
        "SUPPORT_INTERACTION",
        iid,
        {
            "support_interaction_id": iid,
            "customer_id": "C1",
            "handler_role": role,
            "interaction_type": kind,
            "channel": "portal",
            "direction": "inbound",
            "occurred_at": f"{day}T10:00:00",
            "duration_seconds": seconds,
            "is_resolving": resolving,
        },
    )


def qbr(qid: str, scheduled: str, status: str, cid: str = "C1", current_until: str | None = None) -> Instance:
    return (
        "QBR",
        qid,
        {
            "qbr_id": qid,
            "customer_id": cid,
            "review_quarter_start_date": "2025-01-01",
            "status": status,
            "scheduled_at": f"{scheduled}T15:00:00",
            "held_at": f"{scheduled}T15:00:00" if status == "held" else None,
            "current_until": f"{current_until}T15:00:00" if current_until else None,
        },
    )


def adoption(
    aid: str, cid: str, entitled: str, adopted: str | None, abandoned: str | None, ended: str | None
) -> Instance:
    return (
        "PRODUCT_ADOPTION",
        aid,
        {
            "product_adoption_id": aid,
            "customer_id": cid,
            "product_id": "PRD-CORE",
            "feature_key": aid,
            "adoption_stage": "abandoned" if abandoned else "adopted" if adopted else "not_used",
            "measured_date": "2025-03-31",
            "adopted_at": f"{adopted}T09:00:00" if adopted else None,
            "abandoned_at": f"{abandoned}T00:00:00" if abandoned else None,
            "entitled_at": f"{entitled}T09:00:00",
            "entitlement_ended_at": f"{ended}T00:00:00" if ended else None,
        },
    )


def goal(gid: str, status: str, closed: str | None) -> Instance:
    return (
        "CUSTOMER_GOAL",
        gid,
        {
            "customer_goal_id": gid,
            "customer_id": "C1",
            "goal_name": f"Goal {gid}",
            "status": status,
            "set_at": "2024-10-01T09:00:00",
            "achieved_at": f"{closed}T09:00:00" if status == "achieved" else None,
            "closed_at": f"{closed}T09:00:00" if closed else None,
        },
    )


def expansion(eid: str, cid: str, kind: str, status: str, identified: str, closed: str | None, arr: float) -> Instance:
    return (
        "EXPANSION_OPPORTUNITY",
        eid,
        {
            "expansion_opportunity_id": eid,
            "customer_id": cid,
            "account_id": f"A-{cid}",
            "expansion_type": kind,
            "source": "csm",
            "status": status,
            "identified_at": f"{identified}T09:00:00",
            "closed_at": f"{closed}T09:00:00" if closed else None,
            "expansion_arr": arr,
        },
    )


def usage(uid: str, cid: str, daily: int, monthly: int) -> Instance:
    return (
        "PRODUCT_USAGE",
        uid,
        {
            "product_usage_id": uid,
            "customer_id": cid,
            "product_id": "PRD-CORE",
            "usage_date": "2025-01-31",
            "active_users": daily,
            "active_users_30d": monthly,
        },
    )


def onboarding(oid: str, started: str, activated: str | None) -> Instance:
    return (
        "CUSTOMER_ONBOARDING",
        oid,
        {
            "customer_onboarding_id": oid,
            "customer_id": "C1",
            "status": "in_progress",
            "started_at": f"{started}T10:00:00",
            "activated_at": f"{activated}T10:00:00" if activated else None,
        },
    )


def quality(qid: str, checked: str, required: int, missing: int, issues: int) -> Instance:
    return (
        "CUSTOMER_DATA_QUALITY",
        qid,
        {
            "customer_data_quality_id": qid,
            "customer_id": "C1",
            "source_system": "crm",
            "checked_at": f"{checked}T12:00:00",
            "required_fields_count": required,
            "missing_fields_count": missing,
            "accuracy_issues_count": issues,
        },
    )


def advocacy(
    aid: str, cid: str, kind: str, status: str, enrolled: str, at: str | None, left: str | None = None
) -> Instance:
    return (
        "CUSTOMER_ADVOCACY_PROGRAM",
        aid,
        {
            "customer_advocacy_program_id": aid,
            "advocate_id": f"ADV-{cid}",
            "customer_id": cid,
            "enrolled_at": f"{enrolled}T09:00:00",
            "left_at": f"{left}T09:00:00" if left else None,
            "activity_type": kind,
            "status": status,
            "activity_at": f"{at}T09:00:00" if at else None,
        },
    )


def survey(fid: str, sent: str, responded: str | None) -> Instance:
    return (
        "CUSTOMER_FEEDBACK",
        fid,
        {
            "customer_feedback_id": fid,
            "customer_id": "C1",
            "survey_type": "csat",
            "survey_context": "transactional",
            "sent_at": f"{sent}T09:00:00",
            "responded_at": f"{responded}T09:00:00" if responded else None,
            "score": 5 if responded else None,
        },
    )


def education(eid: str, checked: str, score: float) -> Instance:
    return (
        "CUSTOMER_EDUCATION",
        eid,
        {
            "customer_education_id": eid,
            "customer_id": "C1",
            "learner_id": f"L-{eid}",
            "course_code": "ADM-101",
            "status": "completed",
            "enrolled_at": "2024-12-01T09:00:00",
            "completed_at": "2024-12-20T09:00:00",
            "follow_up_assessed_at": f"{checked}T09:00:00",
            "follow_up_assessment_score": score,
        },
    )


DATASET: list[Instance] = [
    # active customers at month end: Jan C1, C2, C3 (ARR 12000 + 24000 + 6000 = 42000);
    # Feb C1, C2, C4 (C3 ended 10 Feb, C4 started 15 Feb; ARR 12000 + 24000 + 18000 = 54000)
    subscription("S1", "C1", "2024-06-01", 1000),
    subscription("S2", "C2", "2024-09-01", 2000),
    subscription("S3", "C3", "2024-10-01", 500, "2025-02-10"),
    subscription("S4", "C4", "2025-02-15", 1500),
    # CSMs in the role at month end: Jan M1, M2; Feb M1, M3 (M2 left 20 Feb, M3 started 3 Feb)
    csm("M1", "2024-01-10"),
    csm("M2", "2024-05-01", "2025-02-20"),
    csm("M3", "2025-02-03"),
    # renewals due in March: touched RN1 renewed, RN2 upgraded, RN3 churned; untouched RN4 renewed,
    # RN5 churned, RN6 still pending (counts as not renewed)
    renewal("RN1", "renewed", True),
    renewal("RN2", "upgraded", True),
    renewal("RN3", "churned", True),
    renewal("RN4", "renewed", False),
    renewal("RN5", "churned", False),
    renewal("RN6", "pending", False),
    # health: scored on 5 January and 5 April
    health("H1a", "C1", "2025-01-05", "green", None, 10000, False, "2025-04-05"),
    health("H1b", "C1", "2025-04-05", "red", "green", 10000, True, None),
    health("H2a", "C2", "2025-01-05", "yellow", "green", 20000, True, "2025-04-05"),
    health("H2b", "C2", "2025-04-05", "yellow", "yellow", 20000, True, None),
    health("H3a", "C3", "2025-01-05", "red", "yellow", 5000, True, None),
    health("H4a", "C4", "2025-01-05", "green", "green", 30000, False, None),
    health("H5a", "C5", "2025-01-05", "green", None, 35000, False, "2025-04-05"),
    health("H5b", "C5", "2025-04-05", "green", "green", 35000, False, None),
    # February tickets: first responses after 2, 4 and 6 hours; T4 has none yet
    ticket("T1", "2025-02-03T09:00:00", "2025-02-03T11:00:00", "bug"),
    ticket("T2", "2025-02-04T10:00:00", "2025-02-04T14:00:00", "how_to"),
    ticket("T3", "2025-02-05T08:00:00", "2025-02-05T14:00:00", "technical_issue"),
    ticket("T4", "2025-02-06T08:00:00", None, "billing"),
    # February interactions: four self-service sessions (three found the answer), two ticket
    # messages, one 30-minute CSM check-in
    interaction("K1", "knowledge_base_session", "2025-02-03", resolving=True),
    interaction("K2", "knowledge_base_session", "2025-02-04", resolving=True),
    interaction("K3", "knowledge_base_session", "2025-02-05", resolving=True),
    interaction("K4", "knowledge_base_session", "2025-02-06"),
    interaction("I1", "ticket_message", "2025-02-03", role="support_agent"),
    interaction("I2", "ticket_message", "2025-02-04", role="support_agent"),
    interaction("I3", "check_in", "2025-02-07", role="csm", seconds=1800),
    # QBRs scheduled in February: held, cancelled, no-show, rescheduled, and one still only scheduled
    qbr("Q1", "2025-02-10", "held", current_until="2025-06-10"),
    qbr("Q2", "2025-02-12", "cancelled"),
    qbr("Q3", "2025-02-14", "no_show"),
    qbr("Q4", "2025-02-18", "rescheduled"),
    qbr("Q5", "2025-02-20", "scheduled"),
    # C2's review of 20 November 2024 stays current until 20 March (120 days)
    qbr("Q6", "2024-11-20", "held", "C2", "2025-03-20"),
    # features: C1 entitled to P1 (adopted) and P2 (never used); C2's P3 adopted, abandoned 10 Feb;
    # C3's P4 adopted, abandoned and entitlement lost when C3 left on 10 Feb
    adoption("P1", "C1", "2024-06-01", "2024-07-01", None, None),
    adoption("P2", "C1", "2024-06-01", None, None, None),
    adoption("P3", "C2", "2024-09-01", "2024-10-01", "2025-02-10", None),
    adoption("P4", "C3", "2024-10-01", "2024-11-01", "2025-02-10", "2025-02-10"),
    # goals closed in March: achieved G1, G5; missed G2; abandoned G3; G4 still on track
    goal("G1", "achieved", "2025-03-03"),
    goal("G2", "missed", "2025-03-10"),
    goal("G3", "abandoned", "2025-03-20"),
    goal("G4", "on_track", None),
    goal("G5", "achieved", "2025-03-25"),
    # expansions: E1 upsell won 20 Feb, E2 cross-sell won 25 Feb, E3 open, E4 lost 5 Feb
    expansion("E1", "C1", "upsell", "won", "2025-01-05", "2025-02-20", 6000),
    expansion("E2", "C2", "cross_sell", "won", "2025-02-01", "2025-02-25", 3000),
    expansion("E3", "C2", "seat_expansion", "open", "2025-01-10", None, 9000),
    expansion("E4", "C1", "upsell", "lost", "2025-01-15", "2025-02-05", 4000),
    # January usage: daily actives 45 + 10 of 30-day actives 100 + 50
    usage("U1", "C1", 45, 100),
    usage("U2", "C2", 10, 50),
    # onboardings started in January: O1 activated after 20 days (in January), O2 after 30 days (in
    # February), O3 not at all
    onboarding("O1", "2025-01-10", "2025-01-30"),
    onboarding("O2", "2025-01-05", "2025-02-04"),
    onboarding("O3", "2025-01-20", None),
    # January data-quality checks
    quality("DQ1", "2025-01-15", 7, 1, 0),
    quality("DQ2", "2025-01-20", 7, 0, 2),
    quality("DQ3", "2025-01-25", 6, 3, 0),
    # advocacy: C1 enrolled 5 Jan, case study and review completed in Feb, a reference call declined;
    # C2 enrolled 20 Jan and left 25 Feb
    advocacy("A1-0", "C1", "enrolment", "completed", "2025-01-05", "2025-01-05"),
    advocacy("A1-1", "C1", "case_study", "completed", "2025-01-05", "2025-02-10"),
    advocacy("A1-2", "C1", "online_review", "completed", "2025-01-05", "2025-02-12"),
    advocacy("A1-3", "C1", "reference_call", "declined", "2025-01-05", None),
    advocacy("A2-0", "C2", "enrolment", "completed", "2025-01-20", "2025-01-20", "2025-02-25"),
    # surveys sent in January: F1 and F3 answered (F3 in February), F2 and F4 not
    survey("F1", "2025-01-05", "2025-01-06"),
    survey("F2", "2025-01-08", None),
    survey("F3", "2025-01-10", "2025-02-02"),
    survey("F4", "2025-01-12", None),
    # follow-up knowledge checks in March: 80 and 60 % correct
    education("ED1", "2025-03-05", 80),
    education("ED2", "2025-03-10", 60),
]


@pytest.fixture(scope="module", params=ENGINES)
def warehouse(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Warehouse]:
    yield catalog_warehouse(tmp_path_factory, request.param, "kpi_test_cust_success", DATASET, KPIS, CALENDAR)


def approx(value: float) -> Any:
    return pytest.approx(value, rel=1e-9, abs=1e-9)


def test_csm_capacity_and_attrition(warehouse: Warehouse) -> None:
    # customers per CSM: Jan 3 / 2 = 1.5, Feb 3 / 2 = 1.5; ARR per CSM: Jan 42000 / 2, Feb 54000 / 2
    per_csm = warehouse.kpi("CUSTOMERS_PER_CSM")
    assert (per_csm["2025-01-01"], per_csm["2025-02-01"]) == (approx(1.5), approx(1.5))
    arr = warehouse.kpi("ARR_PER_CSM")
    assert (arr["2025-01-01"], arr["2025-02-01"]) == (approx(21000), approx(27000))
    # February: 1 departure (M2), 1 start (M3), 2 at the end -> 2 at the start, average 2 -> 1 / 2
    attrition = warehouse.kpi("CSM_ATTRITION_RATE")
    assert attrition["2025-01-01"] == approx(0.0)
    assert attrition["2025-02-01"] == approx(0.5)
    # February: 1800 s = 0.5 h of CSM interaction / (2 CSMs x 20 weekdays x 8 h = 320 h)
    assert warehouse.kpi("CSM_CUSTOMER_FACING_TIME_SHARE")["2025-02-01"] == approx(0.5 / 320)


def test_csm_touched_against_untouched_renewals(warehouse: Warehouse) -> None:
    # touched: RN1, RN2 renewed of RN1-RN3 -> 2/3; untouched: RN4 renewed of RN4-RN6 -> 1/3
    assert warehouse.kpi_row("CSM_TOUCHED_RENEWAL_RATE", "2025-03-01") == (approx(2 / 3), 2, 3)
    assert warehouse.kpi_row("UNTOUCHED_RENEWAL_RATE", "2025-03-01") == (approx(1 / 3), 1, 3)
    # uplift: 2/3 - 1/3 = 1/3 (percentage points as a fraction)
    assert warehouse.kpi("CSM_TOUCH_RENEWAL_UPLIFT")["2025-03-01"] == approx(1 / 3)


def test_health_distribution_and_movement(warehouse: Warehouse) -> None:
    # current snapshots end of Jan: C1 green, C2 yellow, C3 red, C4 green, C5 green -> green 3/5, red 1/5
    # end of Apr: C1 red, C2 yellow, C3 red, C4 green, C5 green -> green 2/5, red 2/5
    green = warehouse.kpi("GREEN_HEALTH_SHARE")
    red = warehouse.kpi("RED_HEALTH_SHARE")
    assert (green["2025-01-01"], red["2025-01-01"]) == (approx(0.6), approx(0.2))
    assert (green["2025-04-01"], red["2025-04-01"]) == (approx(0.4), approx(0.4))
    # worse than before: Jan C2 (green -> yellow), C3 (yellow -> red) of C2, C3, C4 -> 2/3;
    # Apr C1 (green -> red) of C1, C2, C5 -> 1/3 (C5's first January scoring has no previous status)
    worse = warehouse.kpi("HEALTH_DETERIORATION_RATE")
    assert (worse["2025-01-01"], worse["2025-04-01"]) == (approx(2 / 3), approx(1 / 3))
    # ARR at risk: end of Jan C2 20000 + C3 5000 of 100000; end of Apr C1 10000 + 20000 + 5000 of 100000
    risk = warehouse.kpi("ARR_AT_RISK_SHARE")
    assert (risk["2025-01-01"], risk["2025-04-01"]) == (approx(0.25), approx(0.35))


def test_support_and_self_service(warehouse: Warehouse) -> None:
    assert warehouse.kpi("SUPPORT_TICKET_VOLUME")["2025-02-01"] == 4
    # first responses 2, 4, 6 h: mean 4; population variance (4 + 0 + 4) / 3 = 8/3
    assert warehouse.kpi("AVERAGE_FIRST_RESPONSE_TIME")["2025-02-01"] == approx(4)
    assert warehouse.kpi("FIRST_RESPONSE_TIME_STD_DEV")["2025-02-01"] == pytest.approx((8 / 3) ** 0.5, rel=1e-6)
    # incidents (bug T1, technical issue T3) per active customer at the end of February: 2 / 3
    assert warehouse.kpi("CUSTOMER_INCIDENT_RATE")["2025-02-01"] == approx(2 / 3)
    # self-service: 3 of 4 sessions found the answer; 4 sessions of 7 interactions; 3 / (3 + 4 tickets)
    assert warehouse.kpi_row("SELF_SERVICE_SUCCESS_RATE", "2025-02-01") == (approx(0.75), 3, 4)
    assert warehouse.kpi("KNOWLEDGE_BASE_UTILIZATION_RATE")["2025-02-01"] == approx(4 / 7)
    assert warehouse.kpi("KNOWLEDGE_BASE_DEFLECTION_RATE")["2025-02-01"] == approx(3 / 7)
    # staff interactions I1, I2, I3 per active customer: 3 / 3; meetings: check-in I3 + QBR Q1 -> 2 / 3
    assert warehouse.kpi("CUSTOMER_INTERACTIONS_PER_CUSTOMER")["2025-02-01"] == approx(1.0)
    assert warehouse.kpi("CUSTOMER_MEETING_FREQUENCY")["2025-02-01"] == approx(2 / 3)


def test_qbr_goals_and_expansion(warehouse: Warehouse) -> None:
    # QBRs scheduled in February with a known outcome: Q1 held of Q1-Q4 (Q5 still scheduled) -> 1/4
    assert warehouse.kpi_row("CUSTOMER_QBR_COMPLETION_RATE", "2025-02-01") == (approx(0.25), 1, 4)
    # goals closed in March: G1, G5 achieved of G1, G2, G3, G5 -> 1/2; 2 achieved
    assert warehouse.kpi_row("CUSTOMER_GOAL_ACHIEVEMENT_RATE", "2025-03-01") == (approx(0.5), 2, 4)
    assert warehouse.kpi("CUSTOMER_GOALS_ACHIEVED")["2025-03-01"] == 2
    # won in February 6000 + 3000 of ARR 54000 at the end of February -> 1/6
    assert warehouse.kpi("EXPANSION_ARR_RATE")["2025-02-01"] == approx(9000 / 54000)
    # open at the end of Jan: E1 6000 + E3 9000 + E4 4000; end of Feb: only E3
    pipeline = warehouse.kpi("EXPANSION_PIPELINE")
    assert (pipeline["2025-01-01"], pipeline["2025-02-01"]) == (approx(19000), approx(9000))
    # upgraded in February: C1 (upsell E1; E2 is a cross-sell) of 3 active customers
    assert warehouse.kpi("CUSTOMER_UPGRADE_RATE")["2025-02-01"] == approx(1 / 3)
    # a review held in the last 120 days at month end: Jan C2 (Q6); Feb C1 (Q1), C2; Mar C1 (Q6 expired
    # 20 Mar); Jun nobody (Q1 expired 10 Jun); of 3 active customers each month
    currency = warehouse.kpi("QBR_CURRENCY")
    assert (currency["2025-01-01"], currency["2025-02-01"]) == (approx(1 / 3), approx(2 / 3))
    assert (currency["2025-03-01"], currency["2025-06-01"]) == (approx(1 / 3), approx(0.0))


def test_adoption_onboarding_and_data_quality(warehouse: Warehouse) -> None:
    # adopted of entitled features at month end: Jan P1, P3, P4 of P1-P4; Feb P1 of P1, P2, P3
    breadth = warehouse.kpi("FEATURE_ADOPTION_BREADTH")
    assert (breadth["2025-01-01"], breadth["2025-02-01"]) == (approx(0.75), approx(1 / 3))
    # DAU/MAU in January: (45 + 10) / (100 + 50)
    assert warehouse.kpi("DAU_MAU_STICKINESS")["2025-01-01"] == approx(55 / 150)
    # activation reached: O1 in January after 20 days, O2 in February after 30 days
    activation = warehouse.kpi("TIME_TO_CUSTOMER_ACTIVATION")
    assert (activation["2025-01-01"], activation["2025-02-01"]) == (approx(20), approx(30))
    # started in January: O1 and O2 activated within 60 days, O3 not -> 2/3
    assert warehouse.kpi("CUSTOMER_ACTIVATION_RATE")["2025-01-01"] == approx(2 / 3)
    # populated (6 + 7 + 3) of required (7 + 7 + 6) fields; checks without accuracy issues 2 of 3
    assert warehouse.kpi("CUSTOMER_DATA_COMPLETENESS")["2025-01-01"] == approx(16 / 20)
    assert warehouse.kpi("CUSTOMER_DATA_ACCURACY_RATE")["2025-01-01"] == approx(2 / 3)


def test_advocacy_feedback_and_education(warehouse: Warehouse) -> None:
    # February: case study and review completed (the declined call and enrolments do not count) / 3 customers
    assert warehouse.kpi("ADVOCACY_ACTIONS_PER_CUSTOMER")["2025-02-01"] == approx(2 / 3)
    # customers with an enrolled advocate: end of Jan C1, C2 of 3; end of Feb C1 of 3
    reference = warehouse.kpi("CUSTOMER_REFERENCEABILITY_RATE")
    assert (reference["2025-01-01"], reference["2025-02-01"]) == (approx(2 / 3), approx(1 / 3))
    # surveys sent in January: 2 of 4 answered (F3's answer came in February but counts for January)
    assert warehouse.kpi_row("SURVEY_RESPONSE_RATE", "2025-01-01") == (approx(0.5), 2, 4)
    # follow-up checks in March: (80 + 60) / 2 / 100
    assert warehouse.kpi("CUSTOMER_KNOWLEDGE_RETENTION_RATE")["2025-03-01"] == approx(0.7)
