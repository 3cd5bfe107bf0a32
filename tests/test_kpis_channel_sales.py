"""Channel Sales KPIs of the real catalog, built through dbt on DuckDB and PostgreSQL from a
small hand-made partner channel (partners, deal registrations, deals, partner scorecards with
survey answers, co-marketing campaigns, partner agreements), compared with values worked out
by hand in the comments."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.catalog_kpis import Instance, catalog_warehouse
from tests.dbt_harness import ENGINES, Warehouse

CALENDAR = {"kpi_calendar_start": "2025-01-01", "kpi_calendar_end": "2025-12-31"}

KPIS = [
    "DEAL_REGISTRATIONS_SUBMITTED",
    "DEAL_REGISTRATION_CONFLICT_RATE",
    "DEAL_REGISTRATION_APPROVAL_RATE",
    "DEAL_REGISTRATION_APPROVAL_TIME",
    "REGISTERED_DEAL_WIN_RATE",
    "REGISTRATION_TO_CLOSE_TIME",
    "PARTNER_RETENTION_RATE",
    "PARTNER_CHURN_RATE",
    "NUMBER_OF_ACTIVE_CHANNEL_PARTNERS",
    "ACTIVE_PARTNER_RATE",
    "TIME_TO_ONBOARD_NEW_CHANNEL_PARTNERS",
    "PARTNER_INFLUENCED_BOOKINGS",
    "PARTNER_INFLUENCED_BOOKINGS_SHARE",
    "PARTNER_SOURCED_AVERAGE_DEAL_SIZE",
    "PARTNER_DEAL_SIZE_GROWTH",
    "PARTNER_LOYALTY_INDEX",
    "PARTNER_SATISFACTION_INDEX",
    "PARTNER_PROGRAM_COMPLIANCE_RATE",
    "MDF_ROI",
    "CO_MARKETING_CONTRIBUTION",
    "MDF_UTILIZATION_RATE",
    "PARTNER_RENEWAL_RATE",
]


def partner(pid: str, recruited: str, activated: str | None = None, terminated: str | None = None) -> Instance:
    return (
        "CHANNEL_PARTNER",
        pid,
        {
            "partner_id": pid,
            "partner_name": f"Partner {pid}",
            "partner_type": "reseller",
            "tier": "silver",
            "status": "terminated" if terminated else "active" if activated else "onboarding",
            "recruited_at": f"{recruited}T10:00:00",
            "activated_at": f"{activated}T10:00:00" if activated else None,
            "terminated_at": f"{terminated}T10:00:00" if terminated else None,
        },
    )


def registration(
    rid: str,
    pid: str,
    submitted: str,
    status: str,
    reviewed: str | None = None,
    hours: float | None = None,
    conflict: bool = False,
    outcome: str | None = None,
    closed: str | None = None,
    days_to_close: float | None = None,
) -> Instance:
    return (
        "PARTNER_PORTAL",
        rid,
        {
            "partner_portal_id": rid,
            "partner_id": pid,
            "activity_type": "deal_registration_submitted",
            "occurred_at": submitted,
            "submitted_at": submitted,
            "registration_status": status,
            "reviewed_at": reviewed,
            "approved_at": reviewed if status == "approved" else None,
            "hours_to_decision": hours,
            "is_conflict_flagged": conflict,
            "deal_outcome": outcome,
            "closed_at": closed,
            "days_approval_to_close": days_to_close,
        },
    )


def deal(did: str, booked: str, amount: float, sourced: bool = False, influenced: bool = False) -> Instance:
    return (
        "DEAL",
        did,
        {
            "deal_id": did,
            "opportunity_id": f"O-{did}",
            "account_id": "A1",
            "customer_id": "C1",
            "deal_type": "new_business",
            "booked_at": f"{booked}T12:00:00",
            "amount": amount,
            "sales_rep_id": "R1",
            "partner_id": "P1" if sourced or influenced else None,
            "is_partner_sourced": sourced,
            "is_partner_influenced": influenced,
        },
    )


def scorecard(sid: str, pid: str | None, nps: int | None, satisfaction: int | None, compliant: bool | None) -> Instance:
    return (
        "PERFORMANCE_SCORECARD",
        sid,
        {
            "performance_scorecard_id": sid,
            "subject_type": "channel_partner" if pid else "sales_rep",
            "partner_id": pid,
            "sales_rep_id": None if pid else "R1",
            "period_type": "quarter",
            "period_start": "2025-01-01",
            "period_end": "2025-03-31",
            "overall_score": 60.0,
            "partner_nps_response": nps,
            "partner_satisfaction_score": satisfaction,
            "is_program_compliant": compliant,
        },
    )


def campaign(cid: str, pid: str, ended: str, approved: float, spent: float, own: float, revenue: float) -> Instance:
    return (
        "CO_MARKETING_CAMPAIGN",
        cid,
        {
            "co_marketing_campaign_id": cid,
            "partner_id": pid,
            "campaign_name": f"Campaign {cid}",
            "campaign_type": "webinar",
            "status": "completed",
            "launched_at": "2025-01-15T09:00:00",
            "ended_at": f"{ended}T17:00:00",
            "mdf_approved": approved,
            "mdf_spent": spent,
            "partner_contribution": own,
            "revenue_attributed": revenue,
        },
    )


def agreement(aid: str, pid: str, end: str, renewed: bool | None, status: str = "expired") -> Instance:
    return (
        "PARTNER_AGREEMENT",
        aid,
        {
            "partner_agreement_id": aid,
            "partner_id": pid,
            "agreement_type": "reseller",
            "tier": "silver",
            "status": status,
            "start_date": "2023-05-01",
            "end_date": end,
            "is_renewed": renewed,
        },
    )


DATASET: list[Instance] = [
    # P1 long active; P2 active, leaves mid-February; P3 recruited in October, first deal 21 January;
    # P4 recruited 5 February, first deal 3 March; P5 never sold and left on 20 January
    partner("P1", "2024-03-01", "2024-05-01"),
    partner("P2", "2024-06-01", "2024-09-01", "2025-02-15"),
    partner("P3", "2024-10-01", "2025-01-21"),
    partner("P4", "2025-02-05", "2025-03-03"),
    partner("P5", "2024-11-01", None, "2025-01-20"),
    registration(
        "R1",
        "P1",
        "2025-01-05T10:00:00",
        "approved",
        "2025-01-06T10:00:00",
        24,
        False,
        "won",
        "2025-03-10T12:00:00",
        63,
    ),
    registration(
        "R2",
        "P1",
        "2025-01-12T10:00:00",
        "approved",
        "2025-01-12T22:00:00",
        12,
        True,
        "lost",
        "2025-03-20T12:00:00",
        67,
    ),
    registration("R3", "P3", "2025-01-25T10:00:00", "rejected", "2025-02-02T10:00:00", 192, True),
    registration(
        "R4",
        "P3",
        "2025-02-10T10:00:00",
        "approved",
        "2025-02-11T10:00:00",
        24,
        False,
        "no_decision",
        "2025-03-25T12:00:00",
        42,
    ),
    registration("R5", "P1", "2025-02-20T10:00:00", "submitted"),
    (
        "PARTNER_PORTAL",
        "LOGIN1",
        {
            "partner_portal_id": "LOGIN1",
            "partner_id": "P1",
            "activity_type": "login",
            "occurred_at": "2025-01-07T09:00:00",
        },
    ),
    deal("D1", "2025-01-15", 100000, sourced=True),
    deal("D2", "2025-01-20", 40000, sourced=True),
    deal("D3", "2025-01-25", 60000, influenced=True),
    deal("D4", "2025-01-28", 200000),
    deal("D5", "2025-02-10", 30000, sourced=True),
    scorecard("S1", "P1", 10, 5, True),
    scorecard("S2", "P2", 9, 4, True),
    scorecard("S3", "P3", 9, 4, False),
    scorecard("S4", "P4", 7, 3, True),
    scorecard("S5", "P5", 2, None, True),
    scorecard("S6", None, 0, 1, False),
    campaign("CM1", "P1", "2025-03-15", 12000, 10000, 5000, 45000),
    campaign("CM2", "P3", "2025-03-20", 5000, 5000, 0, 0),
    agreement("AG1", "P1", "2025-04-30", True),
    agreement("AG2", "P2", "2025-04-15", False),
    agreement("AG3", "P3", "2025-04-20", None, "terminated"),
]


@pytest.fixture(scope="module", params=ENGINES)
def warehouse(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Warehouse]:
    yield catalog_warehouse(tmp_path_factory, request.param, "kpi_test_channel", DATASET, KPIS, CALENDAR)


def approx(value: float) -> Any:
    return pytest.approx(value, rel=1e-9, abs=1e-9)


def test_deal_registration_funnel(warehouse: Warehouse) -> None:
    # submitted: Jan R1, R2, R3; Feb R4, R5 (the login row is not a registration)
    submitted = warehouse.kpi("DEAL_REGISTRATIONS_SUBMITTED")
    assert (submitted["2025-01-01"], submitted["2025-02-01"]) == (3, 2)
    # flagged by submission month: Jan R2, R3 of 3; Feb none of 2
    conflict = warehouse.kpi("DEAL_REGISTRATION_CONFLICT_RATE")
    assert conflict["2025-01-01"] == approx(2 / 3)
    assert conflict["2025-02-01"] == approx(0.0)
    # by decision month, pending R5 left out: Jan R1, R2 approved of 2 -> 1; Feb R3 rejected, R4 approved -> 1/2
    assert warehouse.kpi_row("DEAL_REGISTRATION_APPROVAL_RATE", "2025-01-01") == (approx(1.0), 2, 2)
    assert warehouse.kpi_row("DEAL_REGISTRATION_APPROVAL_RATE", "2025-02-01") == (approx(0.5), 1, 2)
    # median hours to approval: Jan (24, 12) -> 18; Feb R4 24; R3's 192 h is a rejection and does not count
    approval = warehouse.kpi("DEAL_REGISTRATION_APPROVAL_TIME")
    assert approval["2025-01-01"] == approx(18)
    assert approval["2025-02-01"] == approx(24)
    # closed in March: R1 won, R2 lost, R4 no decision (counts as lost) -> 1/3; only R1 won: 63 days
    assert warehouse.kpi_row("REGISTERED_DEAL_WIN_RATE", "2025-03-01") == (approx(1 / 3), 1, 3)
    assert warehouse.kpi("REGISTRATION_TO_CLOSE_TIME")["2025-03-01"] == approx(63)
    # per partner: P1's March closes R1 won, R2 lost -> 1/2
    assert warehouse.kpi("REGISTERED_DEAL_WIN_RATE", dimension="PARTNER", member="P1")["2025-03-01"] == approx(0.5)


def test_partner_lifecycle(warehouse: Warehouse) -> None:
    # January cohort (in the programme on 1 Jan): P1, P2, P3, P5; P5 leaves 20 Jan -> 3/4 retained
    # February cohort: P1, P2, P3 (P5 gone, P4 joined in Feb); P2 leaves 15 Feb -> 2/3 retained
    retention = warehouse.kpi("PARTNER_RETENTION_RATE")
    assert retention["2025-01-01"] == approx(0.75)
    assert retention["2025-02-01"] == approx(2 / 3)
    assert retention["2025-03-01"] == approx(1.0)
    churn = warehouse.kpi("PARTNER_CHURN_RATE")
    assert churn["2025-01-01"] == approx(0.25)
    assert churn["2025-02-01"] == approx(1 / 3)
    # active (sold, not terminated) at month end: Jan P1, P2, P3; Feb P1, P3; Mar P1, P3, P4
    active = warehouse.kpi("NUMBER_OF_ACTIVE_CHANNEL_PARTNERS")
    assert (active["2025-01-01"], active["2025-02-01"], active["2025-03-01"]) == (3, 2, 3)
    # in the programme at month end: Jan P1, P2, P3; Feb P1, P3, P4 (P4 has not sold yet); Mar the same
    rate = warehouse.kpi("ACTIVE_PARTNER_RATE")
    assert rate["2025-01-01"] == approx(1.0)
    assert rate["2025-02-01"] == approx(2 / 3)
    assert rate["2025-03-01"] == approx(1.0)
    # days recruited -> first deal: P3 1 Oct -> 21 Jan = 31 + 30 + 31 + 20 = 112; P4 5 Feb -> 3 Mar = 23 + 3 = 26
    onboard = warehouse.kpi("TIME_TO_ONBOARD_NEW_CHANNEL_PARTNERS")
    assert onboard["2025-01-01"] == approx(112)
    assert onboard["2025-03-01"] == approx(26)


def test_partner_bookings_sourced_and_influenced(warehouse: Warehouse) -> None:
    # January: influenced D3 60000 of 100000 + 40000 + 60000 + 200000 = 400000 -> 0.15
    # February: nothing influenced (an additive sum of nothing is 0), 0 of 30000
    influenced = warehouse.kpi("PARTNER_INFLUENCED_BOOKINGS")
    assert (influenced["2025-01-01"], influenced["2025-02-01"]) == (60000, 0)
    assert warehouse.kpi_row("PARTNER_INFLUENCED_BOOKINGS_SHARE", "2025-01-01") == (approx(0.15), 60000, 400000)
    assert warehouse.kpi("PARTNER_INFLUENCED_BOOKINGS_SHARE")["2025-02-01"] == approx(0.0)
    # sourced average: Jan (100000 + 40000) / 2 = 70000; Feb 30000; growth (30000 - 70000) / 70000 = -4/7
    size = warehouse.kpi("PARTNER_SOURCED_AVERAGE_DEAL_SIZE")
    assert size["2025-01-01"] == approx(70000)
    assert size["2025-02-01"] == approx(30000)
    assert warehouse.kpi("PARTNER_DEAL_SIZE_GROWTH")["2025-02-01"] == approx(-4 / 7)


def test_partner_survey_and_compliance(warehouse: Warehouse) -> None:
    # partner answers 10, 9, 9 (promoters), 7 (passive), 2 (detractor); the rep scorecard's 0 is not a partner's
    # NPS = 100 x (3 - 1) / 5 = 40 for Q1 (partner scorecards are quarterly: the KPI has no month grain)
    assert warehouse.kpi("PARTNER_LOYALTY_INDEX", grain="quarter")["2025-01-01"] == approx(40)
    assert warehouse.kpi("PARTNER_LOYALTY_INDEX") == {}
    # satisfaction answers 5, 4, 4, 3 (P5 did not answer; the rep's 1 is left out): 16 / 4 = 4
    assert warehouse.kpi("PARTNER_SATISFACTION_INDEX")["2025-01-01"] == approx(4)
    # compliant 4 of the 5 partner scorecards (P3 not)
    assert warehouse.kpi_row("PARTNER_PROGRAM_COMPLIANCE_RATE", "2025-01-01", grain="quarter") == (approx(0.8), 4, 5)


def test_co_marketing_and_renewal(warehouse: Warehouse) -> None:
    # campaigns ended in March: revenue 45000 + 0, MDF spent 10000 + 5000, partner funding 5000 + 0
    # MDF ROI = (45000 - 15000) / 15000 = 2; contribution = 45000 / (15000 + 5000) = 2.25
    assert warehouse.kpi("MDF_ROI")["2025-03-01"] == approx(2.0)
    assert warehouse.kpi("CO_MARKETING_CONTRIBUTION")["2025-03-01"] == approx(2.25)
    # utilisation = 15000 spent / (12000 + 5000) approved
    assert warehouse.kpi("MDF_UTILIZATION_RATE")["2025-03-01"] == approx(15000 / 17000)
    # agreements ending in April: AG1 renewed, AG2 not, AG3 terminated early (not up for renewal) -> 1/2
    assert warehouse.kpi_row("PARTNER_RENEWAL_RATE", "2025-04-01") == (approx(0.5), 1, 2)
