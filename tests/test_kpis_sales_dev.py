"""Correctness of the characteristic Sales Development (SDR/BDR) KPIs of the real catalog:
a small hand-made dataset, one dbt run per engine (DuckDB and PostgreSQL), and values
worked out by hand in the comments.

Calendar January to March 2025. Working days (Monday to Friday): January 2025 has 23
(Wed 1 to Fri 3 = 3, then four full weeks = 20), February 2025 has 20."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.catalog_kpis import Instance, catalog_warehouse
from tests.dbt_harness import ENGINES, Warehouse

CALENDAR = {"kpi_calendar_start": "2025-01-01", "kpi_calendar_end": "2025-03-31"}
KPIS = (
    "SDR_DIALS_PER_SDR_PER_DAY",
    "SDR_CONNECT_RATE",
    "OUTBOUND_CALLS_PER_DAY",
    "SDR_CONVERSATION_TO_MEETING_RATE",
    "MEETING_BOOKING_RATE",
    "SDR_MEETINGS_BOOKED_PER_SDR",
    "SDR_MEETING_QUOTA_ATTAINMENT",
    "SDRS_AT_OR_ABOVE_QUOTA_SHARE",
    "LEAD_RESPONSE_TIME",
    "LEADS_CONTACTED_WITHIN_5_MINUTES_SHARE",
    "LEADS_CONTACTED_WITHIN_1_HOUR_SHARE",
    "FOLLOW_UP_SPEED",
    "SDR_TOUCHES_BEFORE_MEETING",
    "SDR_SQL_ACCEPTANCE_RATE",
    "SDR_LEAD_DISQUALIFICATION_RATE",
    "SDR_MEETING_SHOW_RATE",
    "SDR_MEETINGS_HELD",
)
ROLE = {"S1": "sdr", "S2": "bdr", "A1": "inside_ae"}


def call(
    cid: str,
    rep: str,
    at: str,
    outcome: str,
    reached: bool = False,
    booked: bool = False,
    direction: str = "outbound",
) -> list[Instance]:
    """A call and its activity-log row."""
    live = outcome in ("connected", "meeting_booked", "gatekeeper")
    activity = {
        "sales_activity_id": f"ACT-{cid}",
        "activity_type": "call",
        "direction": direction,
        "sales_rep_id": rep,
        "rep_role": ROLE[rep],
        "occurred_at": at,
        "is_automated": False,
        "meeting_booked": booked,
    }
    values = {
        "sales_call_id": cid,
        "sales_activity_id": f"ACT-{cid}",
        "direction": direction,
        "sales_rep_id": rep,
        "rep_role": ROLE[rep],
        "dialed_at": at,
        "is_connected": live,
        "is_prospect_reached": reached,
        "outcome": outcome,
        "meeting_booked": booked,
    }
    return [("SALES_ACTIVITY", f"ACT-{cid}", activity), ("SALES_CALL", cid, values)]


def touch(aid: str, rep: str, kind: str, at: str, booked: bool) -> Instance:
    values = {
        "sales_activity_id": aid,
        "activity_type": kind,
        "direction": "outbound",
        "sales_rep_id": rep,
        "rep_role": ROLE[rep],
        "occurred_at": at,
        "is_automated": False,
        "meeting_booked": booked,
    }
    return ("SALES_ACTIVITY", aid, values)


def quota(qid: str, rep: str, month: str, count: int, quota_type: str = "activity") -> Instance:
    end = {"2025-01-01": "2025-01-31", "2025-02-01": "2025-02-28"}[month]
    values = {
        "sales_quota_id": qid,
        "assignee_level": "rep",
        "sales_rep_id": rep,
        "rep_role": ROLE[rep],
        "quota_type": quota_type,
        "period_type": "month",
        "period_start": month,
        "period_end": end,
        "quota_count": count if quota_type == "activity" else None,
        "quota_amount": 50000.0 if quota_type == "bookings" else None,
        "status": "closed",
        "assigned_at": "2024-12-20T09:00:00",
    }
    return ("SALES_QUOTA", qid, values)


def lead(
    lid: str,
    source: str,
    created: str,
    contacted: str | None,
    follow_up: str | None = None,
    duplicate: bool = False,
    meeting: tuple[str, int] | None = None,
) -> Instance:
    values = {
        "lead_id": lid,
        "source": source,
        "status": "contacted" if contacted else "new",
        "created_at": created,
        "first_contacted_at": contacted,
        "first_follow_up_at": follow_up,
        "is_duplicate": duplicate,
        "owner_rep_id": "S1",
        "first_meeting_booked_at": meeting[0] if meeting else None,
        "touches_before_meeting": meeting[1] if meeting else None,
    }
    return ("LEAD", lid, values)


def qualification(qid: str, result: str, qualified: str, accepted: str | None) -> Instance:
    values = {
        "lead_qualification_id": qid,
        "lead_id": f"L-{qid}",
        "sdr_id": "S1",
        "framework": "bant",
        "result": result,
        "qualified_at": qualified,
        "accepted_by_sales": accepted is not None if result == "sql" else None,
        "accepted_at": accepted,
    }
    return ("LEAD_QUALIFICATION", qid, values)


def appointment(aid: str, booked_by: str, status: str, scheduled: str) -> Instance:
    values = {
        "sales_appointment_id": aid,
        "booked_by_rep_id": booked_by,
        "booked_by_rep_role": ROLE[booked_by],
        "sales_rep_id": "A1",
        "appointment_type": "virtual",
        "status": status,
        "booked_at": "2025-01-02T10:00:00",
        "scheduled_at": scheduled,
        "held_at": scheduled if status == "held" else None,
    }
    return ("SALES_APPOINTMENT", aid, values)


DATASET: list[Instance] = [
    # January calls. S1 (SDR): C1 reached, C2 a gatekeeper (live, not the prospect), C3 no
    # answer, C4 voicemail. S2 (BDR): C5 no answer, C6 reached and booked a meeting, C7 an
    # inbound call (not a dial). A1 (inside AE): three dials, not SDR work.
    *call("C1", "S1", "2025-01-06T09:00:00", "connected", reached=True),
    *call("C2", "S1", "2025-01-06T09:10:00", "gatekeeper"),
    *call("C3", "S1", "2025-01-07T09:00:00", "no_answer"),
    *call("C4", "S1", "2025-01-08T09:00:00", "voicemail"),
    *call("C5", "S2", "2025-01-09T11:00:00", "no_answer"),
    *call("C6", "S2", "2025-01-09T11:30:00", "meeting_booked", reached=True, booked=True),
    *call("C7", "S2", "2025-01-10T15:00:00", "connected", reached=True, direction="inbound"),
    *call("C8", "A1", "2025-01-13T10:00:00", "connected", reached=True),
    *call("C9", "A1", "2025-01-13T10:30:00", "no_answer"),
    *call("C10", "A1", "2025-01-14T10:00:00", "voicemail"),
    # January: S1 also books two meetings, by email and by LinkedIn
    touch("E1", "S1", "email", "2025-01-15T08:00:00", booked=True),
    touch("LI1", "S1", "linkedin", "2025-01-16T08:00:00", booked=True),
    # February: only S1 works, two unanswered dials
    *call("C11", "S1", "2025-02-03T09:00:00", "no_answer"),
    *call("C12", "S1", "2025-02-04T09:00:00", "voicemail"),
    # meeting quotas: S1 2 and S2 2 in January, S1 2 in February; a bookings quota is not a
    # meeting quota
    quota("Q-S1-01", "S1", "2025-01-01", 2),
    quota("Q-S2-01", "S2", "2025-01-01", 2),
    quota("Q-S1-02", "S1", "2025-02-01", 2),
    quota("Q-S1-01-B", "S1", "2025-01-01", 0, quota_type="bookings"),
    # leads: minutes from creation to first contact
    # (3 min; meeting booked on the 3rd touch)
    lead(
        "L1",
        "inbound",
        "2025-01-06T09:00:00",
        "2025-01-06T09:03:00",
        "2025-01-07T09:03:00",
        meeting=("2025-01-10T09:00:00", 3),
    ),
    # (45 min; meeting booked on the 1st touch)
    lead(
        "L2",
        "marketing_campaign",
        "2025-01-07T10:00:00",
        "2025-01-07T10:45:00",
        "2025-01-09T10:45:00",
        meeting=("2025-01-07T10:50:00", 1),
    ),
    # (240 min; meeting booked on the 6th touch, in February)
    lead(
        "L3",
        "inbound",
        "2025-01-08T14:00:00",
        "2025-01-08T18:00:00",
        "2025-01-08T20:00:00",
        meeting=("2025-02-12T11:00:00", 6),
    ),
    lead("L4", "inbound", "2025-01-09T09:00:00", None),  # never contacted
    lead("L5", "outbound", "2025-01-09T09:00:00", "2025-01-09T09:01:00"),  # not inbound
    lead("L6", "inbound", "2025-01-10T09:00:00", "2025-01-10T09:02:00", duplicate=True),  # duplicate
    lead("L7", "inbound", "2025-02-03T09:00:00", "2025-02-03T09:10:00"),  # 10
    lead("L8", "inbound", "2025-02-04T08:00:00", "2025-02-04T10:00:00"),  # 120
    # qualification decisions of S1
    qualification("Q1", "sql", "2025-01-10T12:00:00", "2025-01-15T12:00:00"),  # accepted after 5 days
    qualification("Q2", "sql", "2025-01-20T12:00:00", "2025-03-01T12:00:00"),  # accepted after 40 days
    qualification("Q3", "sql", "2025-01-25T12:00:00", None),  # never accepted
    qualification("Q4", "disqualified", "2025-01-12T12:00:00", None),
    qualification("Q5", "sql", "2025-02-05T12:00:00", "2025-02-06T12:00:00"),  # accepted next day
    # appointments scheduled in January
    appointment("APT1", "S1", "held", "2025-01-20T15:00:00"),
    appointment("APT2", "S1", "no_show", "2025-01-21T15:00:00"),
    appointment("APT3", "S2", "cancelled", "2025-01-22T15:00:00"),
    appointment("APT4", "S1", "rescheduled", "2025-01-23T15:00:00"),
    appointment("APT5", "A1", "held", "2025-01-24T15:00:00"),  # self-booked by the AE
]


@pytest.fixture(scope="module", params=ENGINES)
def warehouse(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Warehouse]:
    yield catalog_warehouse(tmp_path_factory, request.param, "kpis_sales_dev", DATASET, KPIS, CALENDAR)


def approx(value: float) -> Any:
    return pytest.approx(value, rel=1e-9, abs=1e-9)


def test_dials_connects_and_call_volume(warehouse: Warehouse) -> None:
    # January: SDR dials C1-C6 = 6 (C7 is inbound, C8-C10 are an AE's); active SDRs S1, S2
    # = 2; 23 working days: 6 / (2 x 23) = 0.1304...
    dials = warehouse.kpi("SDR_DIALS_PER_SDR_PER_DAY")
    assert dials["2025-01-01"] == approx(6 / 46)
    # February: S1 alone, 2 dials over 20 working days: 2 / (1 x 20) = 0.1
    assert dials["2025-02-01"] == approx(0.1)
    # per SDR: S2 dialled C5, C6 in January: 2 / (1 x 23)
    assert warehouse.kpi("SDR_DIALS_PER_SDR_PER_DAY", dimension="SALES_REP", member="S2")["2025-01-01"] == approx(
        2 / 23
    )
    # connect rate: the prospect reached on C1 and C6 (the gatekeeper on C2 is no connect): 2 / 6
    assert warehouse.kpi_row("SDR_CONNECT_RATE", "2025-01-01") == (approx(2 / 6), 2, 6)
    assert warehouse.kpi("SDR_CONNECT_RATE")["2025-02-01"] == approx(0.0)
    # of the 2 conversations, C6 booked a meeting: 1 / 2
    assert warehouse.kpi("SDR_CONVERSATION_TO_MEETING_RATE")["2025-01-01"] == approx(0.5)
    # all sellers' outbound calls per working day: January C1-C6 and C8-C10 = 9, / 23
    assert warehouse.kpi("OUTBOUND_CALLS_PER_DAY")["2025-01-01"] == approx(9 / 23)
    assert warehouse.kpi("OUTBOUND_CALLS_PER_DAY")["2025-02-01"] == approx(2 / 20)


def test_meetings_booked_rates_and_quota(warehouse: Warehouse) -> None:
    # January SDR outbound touches: S1 C1-C4, E1, LI1 (6) and S2 C5, C6 (2) = 8; meetings
    # booked: E1, LI1 (S1) and C6 (S2) = 3
    assert warehouse.kpi_row("MEETING_BOOKING_RATE", "2025-01-01") == (approx(3 / 8), 3, 8)
    assert warehouse.kpi("MEETING_BOOKING_RATE")["2025-02-01"] == approx(0.0)
    # per SDR: 3 meetings / 2 active SDRs = 1.5; S1 alone booked 2
    assert warehouse.kpi("SDR_MEETINGS_BOOKED_PER_SDR")["2025-01-01"] == approx(1.5)
    assert warehouse.kpi("SDR_MEETINGS_BOOKED_PER_SDR", dimension="SALES_REP", member="S1")["2025-01-01"] == approx(2)
    # quota: January 3 meetings / (2 + 2) meeting quota = 0.75 (the bookings quota is
    # ignored); February 0 / 2 = 0
    assert warehouse.kpi_row("SDR_MEETING_QUOTA_ATTAINMENT", "2025-01-01") == (approx(0.75), 3, 4)
    assert warehouse.kpi("SDR_MEETING_QUOTA_ATTAINMENT")["2025-02-01"] == approx(0.0)
    # share at quota: January S1 2 / 2 = 1.0 (at quota), S2 1 / 2 (below): 1 of 2 SDRs;
    # February S1 0 / 2: 0 of 1
    assert warehouse.kpi_row("SDRS_AT_OR_ABOVE_QUOTA_SHARE", "2025-01-01") == (approx(0.5), 1, 2)
    assert warehouse.kpi_row("SDRS_AT_OR_ABOVE_QUOTA_SHARE", "2025-02-01") == (approx(0.0), 0, 1)


def test_speed_to_lead_and_follow_up(warehouse: Warehouse) -> None:
    # inbound, non-duplicate leads of January: L1 (3 min), L2 (45), L3 (240), L4 (never
    # contacted); L5 is outbound, L6 a duplicate. Median of 3, 45, 240 = 45 minutes
    response = warehouse.kpi("LEAD_RESPONSE_TIME")
    assert response["2025-01-01"] == approx(45)
    # February: L7 10 min, L8 120 min: median (10 + 120) / 2 = 65
    assert response["2025-02-01"] == approx(65)
    # within 5 minutes: L1 of the 4 inbound leads = 0.25; February none of 2
    assert warehouse.kpi_row("LEADS_CONTACTED_WITHIN_5_MINUTES_SHARE", "2025-01-01") == (approx(0.25), 1, 4)
    assert warehouse.kpi("LEADS_CONTACTED_WITHIN_5_MINUTES_SHARE")["2025-02-01"] == approx(0.0)
    # within an hour: L1, L2 of 4 = 0.5; February L7 of 2 = 0.5
    assert warehouse.kpi_row("LEADS_CONTACTED_WITHIN_1_HOUR_SHARE", "2025-01-01") == (approx(0.5), 2, 4)
    assert warehouse.kpi("LEADS_CONTACTED_WITHIN_1_HOUR_SHARE")["2025-02-01"] == approx(0.5)
    # first contact -> first follow-up: L1 24 h, L2 48 h, L3 2 h (all in January): median 24
    assert warehouse.kpi("FOLLOW_UP_SPEED")["2025-01-01"] == approx(24)
    # touches before the first meeting, by booking month: January L1 3, L2 1: (3 + 1) / 2 = 2;
    # February L3 6
    touches = warehouse.kpi("SDR_TOUCHES_BEFORE_MEETING")
    assert touches["2025-01-01"] == approx(2)
    assert touches["2025-02-01"] == approx(6)


def test_sql_acceptance_disqualification_and_show_rate(warehouse: Warehouse) -> None:
    # SQLs passed in January: Q1 (accepted after 5 days), Q2 (after 40 > 30 days), Q3 (never):
    # 1 of 3 accepted within 30 days; February Q5 accepted the next day: 1 of 1
    assert warehouse.kpi_row("SDR_SQL_ACCEPTANCE_RATE", "2025-01-01") == (approx(1 / 3), 1, 3)
    assert warehouse.kpi_row("SDR_SQL_ACCEPTANCE_RATE", "2025-02-01") == (approx(1.0), 1, 1)
    # January decisions Q1-Q4, one disqualified: 1 / 4
    assert warehouse.kpi_row("SDR_LEAD_DISQUALIFICATION_RATE", "2025-01-01") == (approx(0.25), 1, 4)
    # meetings booked by SDRs/BDRs scheduled in January: APT1 held, APT2 no-show, APT3
    # cancelled (APT4 rescheduled is excluded, APT5 was booked by the AE): 1 / 3
    assert warehouse.kpi_row("SDR_MEETING_SHOW_RATE", "2025-01-01") == (approx(1 / 3), 1, 3)
    assert warehouse.kpi("SDR_MEETINGS_HELD")["2025-01-01"] == 1
