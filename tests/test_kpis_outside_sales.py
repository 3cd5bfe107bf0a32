"""Outside (field) sales KPIs of the real catalog, built through dbt on DuckDB and PostgreSQL
from a small hand-made field-sales dataset and compared with values worked out by hand.

March 2025 has 31 days and 21 weekdays; April 2025 has 30 days and 22 weekdays."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.catalog_kpis import Instance, catalog_warehouse
from tests.dbt_harness import ENGINES, Warehouse

CALENDAR = {"kpi_calendar_start": "2025-01-01", "kpi_calendar_end": "2025-12-31"}
KPIS = (
    "FIELD_VISITS_PER_REP_PER_WEEK",
    "TRAVEL_TIME_SHARE",
    "TERRITORY_COVERAGE",
    "NEGOTIATION_TO_CLOSE_RATIO",
    "AVERAGE_SALES_DISCOUNT",
)


def rep(rep_id: str, role: str, hired: str, weekly_hours: float, terminated: str | None = None) -> Instance:
    values: dict[str, Any] = {
        "sales_rep_id": rep_id,
        "full_name": f"Rep {rep_id}",
        "role": role,
        "team_id": "T1",
        "territory_id": "TER1",
        "employment_status": "terminated" if terminated else "active",
        "hire_date": hired,
        "termination_date": terminated,
        "is_quota_carrying": True,
        "weekly_working_hours": weekly_hours,
    }
    return ("SALES_REPRESENTATIVE", rep_id, values)


def account(account_id: str, territory: str, created: str, target: bool) -> Instance:
    values: dict[str, Any] = {
        "account_id": account_id,
        "account_name": f"Account {account_id}",
        "customer_id": f"C-{account_id}",
        "status": "prospect",
        "created_at": f"{created}T09:00:00",
        "territory_id": territory,
        "is_target_account": target,
    }
    return ("ACCOUNT", account_id, values)


def visit(
    visit_id: str, rep_id: str, account_id: str, day: str, status: str, travel: int, target: bool, owner: bool
) -> Instance:
    values: dict[str, Any] = {
        "field_visit_id": visit_id,
        "sales_rep_id": rep_id,
        "team_id": "T1",
        "territory_id": "TER1",
        "account_id": account_id,
        "visit_type": "account_review",
        "status": status,
        "visit_date": day,
        "travel_time_minutes": travel,
        "is_target_account": target,
        "is_owner_visit": owner,
    }
    return ("FIELD_VISIT", visit_id, values)


def opportunity(opp_id: str, stage: str, closed: str | None) -> Instance:
    values: dict[str, Any] = {
        "opportunity_id": opp_id,
        "account_id": "A1",
        "owner_rep_id": "R1",
        "source": "ae_sourced",
        "opportunity_type": "new_business",
        "stage": stage,
        "amount": 10000.0,
        "created_at": "2025-01-10T09:00:00",
        "closed_at": f"{closed}T12:00:00" if closed else None,
    }
    return ("OPPORTUNITY", opp_id, values)


def entered_negotiation(row_id: str, opp_id: str, moment: str) -> Instance:
    values = {
        "sales_pipeline_id": row_id,
        "opportunity_id": opp_id,
        "sales_rep_id": "R1",
        "from_stage": "proposal",
        "to_stage": "negotiation",
        "changed_at": f"{moment}T10:00:00",
    }
    return ("SALES_PIPELINE", row_id, values)


def deal(deal_id: str, booked: str, list_price: float | None, discount: float | None) -> Instance:
    values: dict[str, Any] = {
        "deal_id": deal_id,
        "opportunity_id": "O1",
        "account_id": "A1",
        "customer_id": "C-A1",
        "deal_type": "new_business",
        "booked_at": f"{booked}T15:00:00",
        "amount": (list_price or 5000.0) - (discount or 0.0),
        "list_price_amount": list_price,
        "discount_amount": discount,
        "sales_rep_id": "R1",
    }
    return ("DEAL", deal_id, values)


DATASET: list[Instance] = [
    # R1 and R4 are field reps; R2 was one until 2025-03-20; R3 is an inside rep (never counted).
    rep("R1", "field_ae", "2024-01-01", 40.0),
    rep("R2", "field_ae", "2024-06-01", 45.0, terminated="2025-03-20"),
    rep("R3", "inside_ae", "2024-01-01", 38.0),
    rep("R4", "field_ae", "2025-04-15", 44.0),
    # target accounts of TER1: A1, A2, A5 (created in March), A3 (created in April); A4 is not a target;
    # A6 is a target account of another territory
    account("A1", "TER1", "2024-02-01", True),
    account("A2", "TER1", "2024-02-01", True),
    account("A3", "TER1", "2025-04-10", True),
    account("A4", "TER1", "2024-02-01", False),
    account("A5", "TER1", "2025-03-15", True),
    account("A6", "TER2", "2024-02-01", True),
    # March
    visit("V1", "R1", "A1", "2025-03-04", "completed", 60, True, True),
    visit("V2", "R1", "A1", "2025-03-18", "completed", 90, True, True),
    visit("V3", "R1", "A4", "2025-03-11", "completed", 30, False, True),
    visit("V4", "R1", "A2", "2025-03-12", "cancelled", 120, True, True),
    visit("V5", "R2", "A2", "2025-03-06", "completed", 45, True, False),
    visit("V6", "R2", "A5", "2025-03-17", "completed", 75, True, True),
    # April
    visit("V7", "R1", "A1", "2025-04-02", "completed", 120, True, True),
    visit("V8", "R1", "A2", "2025-04-09", "completed", 60, True, True),
    visit("V9", "R4", "A5", "2025-04-22", "completed", 90, True, True),
    # negotiations entered in March: O1 won in 46 days, O2 lost, O3 won after 98 days (outside 90)
    opportunity("O1", "closed_won", "2025-04-20"),
    opportunity("O2", "closed_lost", "2025-04-01"),
    opportunity("O3", "closed_won", "2025-07-01"),
    entered_negotiation("P1", "O1", "2025-03-05"),
    entered_negotiation("P2", "O2", "2025-03-10"),
    entered_negotiation("P3", "O3", "2025-03-25"),
    # deals booked in March: 10 % off 10,000 and 20 % off 30,000; D3 has no list price
    deal("D1", "2025-03-07", 10000.0, 1000.0),
    deal("D2", "2025-03-21", 30000.0, 6000.0),
    deal("D3", "2025-03-28", None, None),
]


@pytest.fixture(scope="module", params=ENGINES)
def warehouse(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Warehouse]:
    yield catalog_warehouse(tmp_path_factory, request.param, "outside_sales", DATASET, KPIS, CALENDAR)


def test_field_visits_per_rep_per_week(warehouse: Warehouse) -> None:
    values = warehouse.kpi("FIELD_VISITS_PER_REP_PER_WEEK")
    # March: completed visits V1 V2 V3 V5 V6 = 5 (V4 cancelled); field reps employed at the end of March:
    # R1 only (R2 left on 2025-03-20, R3 is inside, R4 not hired yet) -> 5 / 1 / (31 / 7) = 35 / 31
    assert values["2025-03-01"] == pytest.approx(35 / 31)
    # April: V7 V8 V9 = 3 visits; R1 and R4 employed at the end of April -> 3 / 2 / (30 / 7) = 21 / 60
    assert values["2025-04-01"] == pytest.approx(21 / 60)
    # a month without visits is 0 visits per rep per week (R1 and R4 employed)
    assert values["2025-05-01"] == pytest.approx(0.0)


def test_travel_time_share(warehouse: Warehouse) -> None:
    values = warehouse.kpi("TRAVEL_TIME_SHARE")
    # March: travel of completed visits 60 + 90 + 30 + 45 + 75 = 300 min = 5 h (the cancelled V4's 120 min
    # excluded); capacity: R1's 40 h a week x 21 weekdays / 5 = 168 h -> 5 / 168
    assert values["2025-03-01"] == pytest.approx(5 / 168)
    # April: 120 + 60 + 90 = 270 min = 4.5 h; (40 + 44) h a week x 22 / 5 = 369.6 h -> 4.5 / 369.6
    assert values["2025-04-01"] == pytest.approx(4.5 / 369.6)


def test_territory_coverage(warehouse: Warehouse) -> None:
    overall = warehouse.kpi("TERRITORY_COVERAGE")
    ter1 = warehouse.kpi("TERRITORY_COVERAGE", dimension="TERRITORY", member="TER1")
    # March numerator: target accounts visited by their owner with a completed visit: A1 (V1, V2: once),
    # A5 (V6) = 2; A4 is no target, V4 was cancelled, V5 was not the owner's visit.
    # Target accounts at the end of March: A1, A2, A5 in TER1 (A3 created in April) and A6 in TER2.
    assert ter1["2025-03-01"] == pytest.approx(2 / 3)
    assert overall["2025-03-01"] == pytest.approx(2 / 4)
    value, numerator, denominator = warehouse.kpi_row("TERRITORY_COVERAGE", "2025-03-01")
    assert (numerator, denominator) == (2, 4)
    assert value == pytest.approx(0.5)
    # April: A1 (V7), A2 (V8), A5 (V9) = 3 of the 4 target accounts of TER1 (A3 now exists) -> 3 / 4
    assert ter1["2025-04-01"] == pytest.approx(3 / 4)
    # the first quarter: the same March visits (no visit in January or February) over the targets at its end
    quarter = warehouse.kpi("TERRITORY_COVERAGE", grain="quarter", dimension="TERRITORY", member="TER1")
    assert quarter["2025-01-01"] == pytest.approx(2 / 3)


def test_negotiation_to_close_ratio(warehouse: Warehouse) -> None:
    # negotiations entered in March: P1 (O1 won 46 days later), P2 (O2 lost), P3 (O3 won 98 days later,
    # outside the 90-day window) -> 1 / 3
    value, numerator, denominator = warehouse.kpi_row("NEGOTIATION_TO_CLOSE_RATIO", "2025-03-01")
    assert (numerator, denominator) == (1, 3)
    assert value == pytest.approx(1 / 3)


def test_average_sales_discount_is_weighted_by_list_value(warehouse: Warehouse) -> None:
    # (1,000 + 6,000) / (10,000 + 30,000) = 0.175; D3 without a list price is left out. The seed's mean of
    # discount percentages would give (0.10 + 0.20) / 2 = 0.15.
    value, numerator, denominator = warehouse.kpi_row("AVERAGE_SALES_DISCOUNT", "2025-03-01")
    assert (numerator, denominator) == (7000, 40000)
    assert value == pytest.approx(0.175)
