"""Correctness of the Inside Sales KPIs of the real catalog, built through dbt on DuckDB and
PostgreSQL from a small hand-made dataset; every expected value is worked out by hand in the
test (weekdays: January 2025 has 23, February 20, March 21, April 22)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.catalog_kpis import Instance, catalog_warehouse
from tests.dbt_harness import ENGINES, Warehouse

CALENDAR = {"kpi_calendar_start": "2025-01-01", "kpi_calendar_end": "2025-08-31"}
KPIS = [
    "CALLS_PER_REP_PER_DAY",
    "TALK_TIME_PER_REP_PER_DAY",
    "CONNECT_RATE",
    "AE_CONNECTED_CONVERSATIONS",
    "AVERAGE_TALK_TIME_PER_CONNECTED_CALL",
    "CONVERSATION_TO_MEETING_RATE",
    "FOLLOW_UP_CONTACT_RATE",
    "QUOTE_TO_CLOSE_RATIO",
    "DEAL_SLIPPAGE_RATE",
    "INSIDE_SALES_WIN_RATE",
    "INSIDE_SALES_VELOCITY",
    "SALES_TEAM_ATTRITION_RATE",
]


ROLES = {"R1": "inside_ae", "R2": "inside_ae", "R3": "field_ae", "R4": "sdr", "R5": "sdr"}


def rep(rid: str, role: str, hired: str, terminated: str | None = None) -> Instance:
    values = {
        "sales_rep_id": rid,
        "full_name": f"Rep {rid}",
        "role": role,
        "team_id": "T1",
        "employment_status": "terminated" if terminated else "active",
        "hire_date": hired,
        "termination_date": terminated,
        "is_quota_carrying": role != "sdr",
    }
    return ("SALES_REPRESENTATIVE", rid, values)


def call(
    cid: str,
    rid: str,
    dialed: str,
    *,
    direction: str = "outbound",
    connected: bool,
    reached: bool,
    talk: int,
    duration: int,
    meeting: bool = False,
) -> Instance:
    outcome = "meeting_booked" if meeting else "connected" if reached else "gatekeeper" if connected else "voicemail"
    values = {
        "sales_call_id": cid,
        "direction": direction,
        "sales_rep_id": rid,
        "rep_role": ROLES[rid],
        "dialed_at": dialed,
        "is_connected": connected,
        "is_prospect_reached": reached,
        "outcome": outcome,
        "meeting_booked": meeting,
        "talk_time_seconds": talk,
        "duration_seconds": duration,
    }
    return ("SALES_CALL", cid, values)


def lead(lid: str, created: str, contacted: str | None) -> Instance:
    values = {
        "lead_id": lid,
        "source": "inbound",
        "status": "contacted" if contacted else "new",
        "created_at": created,
        "first_contacted_at": contacted,
        "owner_rep_id": "R1",
    }
    return ("LEAD", lid, values)


def opp(
    oid: str,
    owner: str,
    role: str,
    stage: str,
    amount: float,
    created: str,
    closed: str | None,
    original_close: str,
    pushes: int,
) -> Instance:
    values: dict[str, Any] = {
        "opportunity_id": oid,
        "account_id": "A1",
        "owner_rep_id": owner,
        "owner_rep_role": role,
        "source": "inbound",
        "opportunity_type": "new_business",
        "stage": stage,
        "amount": amount,
        "created_at": created,
        "closed_at": closed,
        "original_expected_close_date": original_close,
        "close_date_push_count": pushes,
    }
    return ("OPPORTUNITY", oid, values)


def proposal(pid: str, oid: str, version: int, sent: str) -> Instance:
    values = {
        "proposal_id": pid,
        "opportunity_id": oid,
        "account_id": "A1",
        "sales_rep_id": "R1",
        "version": version,
        "status": "sent",
        "amount": 10000,
        "created_at": sent,
        "sent_at": sent,
    }
    return ("PROPOSAL", pid, values)


DATASET: list[Instance] = [
    rep("R1", "inside_ae", "2024-01-01"),
    rep("R2", "inside_ae", "2024-06-01", terminated="2025-03-15"),
    rep("R3", "field_ae", "2024-02-01"),
    rep("R4", "sdr", "2025-03-03"),
    rep("R5", "sdr", "2025-03-20"),
    # March 2025 calls
    call("C1", "R1", "2025-03-03T10:00:00", connected=True, reached=True, talk=300, duration=330),
    call("C2", "R1", "2025-03-04T10:00:00", connected=False, reached=False, talk=0, duration=25),
    call("C3", "R1", "2025-03-05T10:00:00", connected=True, reached=False, talk=60, duration=80),
    call("C4", "R2", "2025-03-06T10:00:00", connected=True, reached=True, talk=600, duration=620, meeting=True),
    call("C5", "R3", "2025-03-07T10:00:00", direction="inbound", connected=True, reached=True, talk=240, duration=250),
    call("C6", "R4", "2025-03-10T10:00:00", connected=True, reached=True, talk=120, duration=130),
    # leads: L4 arrives in February; L6 is contacted after 10 days, L7 never
    lead("L1", "2025-03-03T09:00:00", "2025-03-03T09:30:00"),
    lead("L2", "2025-03-04T10:00:00", "2025-03-04T12:00:00"),
    lead("L3", "2025-03-05T08:00:00", "2025-03-06T08:00:00"),
    lead("L4", "2025-02-27T09:00:00", "2025-03-03T09:00:00"),
    lead("L5", "2025-03-10T09:00:00", "2025-03-10T09:05:00"),
    lead("L6", "2025-03-28T09:00:00", "2025-04-07T09:00:00"),
    lead("L7", "2025-03-20T09:00:00", None),
    # opportunities: owner, role, stage, amount, created, closed, original close date, pushes
    opp("O1", "R1", "inside_ae", "closed_won", 10000, "2025-02-10T00:00:00", "2025-04-10T00:00:00", "2025-03-31", 1),
    opp("O2", "R1", "inside_ae", "closed_lost", 8000, "2025-02-12T00:00:00", "2025-04-01T00:00:00", "2025-03-25", 0),
    opp("O3", "R1", "inside_ae", "closed_won", 7000, "2025-02-15T00:00:00", "2025-09-01T00:00:00", "2025-03-20", 2),
    opp("O4", "R3", "field_ae", "closed_won", 50000, "2025-01-15T00:00:00", "2025-03-27T00:00:00", "2025-03-28", 0),
    opp("O5", "R3", "field_ae", "closed_won", 40000, "2025-02-01T00:00:00", "2025-04-15T00:00:00", "2025-04-30", 0),
    opp("O6", "R1", "inside_ae", "closed_lost", 9000, "2025-03-01T00:00:00", "2025-04-20T00:00:00", "2025-04-15", 1),
    opp("O7", "R1", "inside_ae", "discovery", 12000, "2025-04-02T00:00:00", None, "2025-06-30", 0),
    opp("O8", "R1", "inside_ae", "qualification", 6000, "2025-04-05T00:00:00", None, "2025-06-30", 0),
    # quotes: first versions for O1, O2, O3 in March; O1's revision does not count again
    proposal("P1", "O1", 1, "2025-03-05T00:00:00"),
    proposal("P2", "O2", 1, "2025-03-10T00:00:00"),
    proposal("P3", "O3", 1, "2025-03-15T00:00:00"),
    proposal("P4", "O1", 2, "2025-03-20T00:00:00"),
]


@pytest.fixture(scope="module", params=ENGINES)
def warehouse(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Warehouse]:
    yield catalog_warehouse(tmp_path_factory, request.param, "kpis_inside_sales", DATASET, KPIS, CALENDAR)


def test_calls_and_talk_time_per_rep_per_day(warehouse: Warehouse) -> None:
    # March (21 working days): R1 3 calls, R2 1, R3 1, R4 1 -> mean of 3/21, 1/21, 1/21, 1/21 = 6/84
    assert warehouse.kpi("CALLS_PER_REP_PER_DAY")["2025-03-01"] == pytest.approx(6 / 84)
    # talk minutes: R1 (300 + 0 + 60) / 60 = 6, R2 600 / 60 = 10, R3 240 / 60 = 4, R4 120 / 60 = 2
    # -> mean of 6/21, 10/21, 4/21, 2/21 = 22/84
    assert warehouse.kpi("TALK_TIME_PER_REP_PER_DAY")["2025-03-01"] == pytest.approx(22 / 84)
    # no calls in February: no rep is measured, so no value
    assert warehouse.kpi("CALLS_PER_REP_PER_DAY").get("2025-02-01") is None


def test_connect_rate_talk_per_connected_call_and_meeting_rate(warehouse: Warehouse) -> None:
    # outbound dials C1, C2, C3, C4, C6; prospect reached on C1, C4, C6 (C3 reached a gatekeeper;
    # C5 is inbound) -> 3/5
    value, numerator, denominator = warehouse.kpi_row("CONNECT_RATE", "2025-03-01")
    assert (numerator, denominator) == (3, 5)
    assert value == pytest.approx(0.6)
    # connected calls C1, C3, C4, C5, C6: (300 + 60 + 600 + 240 + 120) / 60 / 5 = 22 / 5 minutes
    assert warehouse.kpi("AVERAGE_TALK_TIME_PER_CONNECTED_CALL")["2025-03-01"] == pytest.approx(4.4)
    # conversations with the prospect C1, C4, C5, C6; C4 booked a meeting -> 1/4
    assert warehouse.kpi("CONVERSATION_TO_MEETING_RATE")["2025-03-01"] == pytest.approx(1 / 4)
    # AE conversations: C1, C4 (inside AEs), C5 (field AE, inbound); C6 is an SDR's -> 3
    assert warehouse.kpi("AE_CONNECTED_CONVERSATIONS")["2025-03-01"] == pytest.approx(3.0)


def test_follow_up_contact_rate(warehouse: Warehouse) -> None:
    # (LEAD_RESPONSE_TIME, inbound leads by creation month, is tested in test_kpis_sales_dev.py)
    # created in March: L1, L2, L3, L5 contacted within 7 days; L6 (10 days) and L7 (never) not -> 4/6
    value, numerator, denominator = warehouse.kpi_row("FOLLOW_UP_CONTACT_RATE", "2025-03-01")
    assert (numerator, denominator) == (4, 6)
    assert value == pytest.approx(4 / 6)
    # February: L4 contacted after 4 days -> 1/1
    assert warehouse.kpi("FOLLOW_UP_CONTACT_RATE")["2025-02-01"] == pytest.approx(1.0)


def test_quote_to_close_ratio(warehouse: Warehouse) -> None:
    # first quotes in March: O1 (won 2025-04-10, 36 days after), O2 (lost), O3 (won 2025-09-01,
    # 170 days after the 2025-03-15 quote, outside 120 days); P4 is a revision -> 1/3. March's
    # 120-day window (to 2025-07-29) has ended by the data end (2025-09-01, the calendar's end + 1)
    value, numerator, denominator = warehouse.kpi_row("QUOTE_TO_CLOSE_RATIO", "2025-03-01")
    assert (numerator, denominator) == (1, 3)
    assert value == pytest.approx(1 / 3)


def test_deal_slippage_rate(warehouse: Warehouse) -> None:
    # originally expected in March: O1 (pushed), O2, O3 (pushed twice), O4 -> 2/4
    value, numerator, denominator = warehouse.kpi_row("DEAL_SLIPPAGE_RATE", "2025-03-01")
    assert (numerator, denominator) == (2, 4)
    assert value == pytest.approx(0.5)
    # April: O5 on time, O6 pushed -> 1/2
    assert warehouse.kpi("DEAL_SLIPPAGE_RATE")["2025-04-01"] == pytest.approx(0.5)


def test_inside_sales_win_rate_and_velocity(warehouse: Warehouse) -> None:
    # closed in April by inside AEs: O1 won, O2 lost, O6 lost (O5 is a field AE's) -> 1/3
    value, numerator, denominator = warehouse.kpi_row("INSIDE_SALES_WIN_RATE", "2025-04-01")
    assert (numerator, denominator) == (1, 3)
    assert value == pytest.approx(1 / 3)
    # March: the only close (O4) is a field AE's, so no inside value
    assert warehouse.kpi("INSIDE_SALES_WIN_RATE").get("2025-03-01") is None
    # April velocity: 2 inside opportunities created (O7, O8) x deal size 10000 (O1) x win rate 1/3
    # / cycle 59 days (O1: 2025-02-10 -> 2025-04-10 = 18 + 31 + 10) = 20000 / 177
    assert warehouse.kpi("INSIDE_SALES_VELOCITY")["2025-04-01"] == pytest.approx(20000 / 177)


def test_sales_team_attrition_rate(warehouse: Warehouse) -> None:
    # March: R2 leaves (1 departure), R4 and R5 join (2 hires); headcount at the end of March
    # R1, R3, R4, R5 = 4, at its start 4 - 2 + 1 = 3 (R1, R2, R3); average 3.5 -> 1 / 3.5
    assert warehouse.kpi("SALES_TEAM_ATTRITION_RATE")["2025-03-01"] == pytest.approx(1 / 3.5)
    # February: nobody leaves -> 0
    assert warehouse.kpi("SALES_TEAM_ATTRITION_RATE")["2025-02-01"] == pytest.approx(0.0)
    # quarter 1: 1 departure, 2 hires, 4 at the end of March -> 1 / (4 - (2 - 1) / 2) = 1 / 3.5
    assert warehouse.kpi("SALES_TEAM_ATTRITION_RATE", grain="quarter")["2025-01-01"] == pytest.approx(1 / 3.5)
