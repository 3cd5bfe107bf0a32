"""Growth with ``step: year``: the same period a year earlier at every grain, through dbt
on DuckDB and PostgreSQL, on YEAR_OVER_YEAR_SALES_GROWTH (sales revenue = amount - refunds
by sold_at). Expected values worked out by hand below."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.catalog_kpis import Instance, catalog_warehouse
from tests.dbt_harness import ENGINES, Warehouse

CALENDAR = {"kpi_calendar_start": "2024-01-01", "kpi_calendar_end": "2025-12-31"}


def sale(sid: str, sold_on: str, amount: float, refund: float | None = None) -> Instance:
    values: dict[str, Any] = {
        "sale_id": sid,
        "customer_id": "C1",
        "product_id": "P1",
        "sold_at": f"{sold_on}T10:00:00",
        "quantity": 1,
        "amount": amount,
        "refund_amount": refund,
        "sales_channel": "direct",
    }
    return ("SALE", sid, values)


DATASET = [
    sale("S1", "2024-03-04", 1000),  # Monday of ISO week 10 of 2024
    sale("S2", "2024-03-20", 500, refund=100),  # net 400
    sale("S3", "2024-07-10", 2000),
    sale("S4", "2025-03-03", 1800),  # Monday of ISO week 10 of 2025, 364 days after S1
    sale("S5", "2025-08-15", 3000),
]


@pytest.fixture(scope="module", params=ENGINES)
def warehouse(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Warehouse]:
    yield catalog_warehouse(
        tmp_path_factory, request.param, "kpi_test_growth_year", DATASET, ["YEAR_OVER_YEAR_SALES_GROWTH"], CALENDAR
    )


def approx(value: float) -> Any:
    return pytest.approx(value, rel=1e-9, abs=1e-9)


def test_month_against_the_same_month_a_year_earlier(warehouse: Warehouse) -> None:
    growth = warehouse.kpi("YEAR_OVER_YEAR_SALES_GROWTH")
    # March 2025 1800 against March 2024 1000 + 400 = 1400: (1800 - 1400) / 1400
    assert growth["2025-03-01"] == approx(400 / 1400)
    assert warehouse.kpi_row("YEAR_OVER_YEAR_SALES_GROWTH", "2025-03-01") == (approx(400 / 1400), 400, 1400)
    # July 2025 nothing against 2000: -1; August 2025 3000 against nothing: undefined
    assert growth["2025-07-01"] == approx(-1.0)
    assert growth["2025-08-01"] is None
    # February 2025 (0) against February 2024 (0): undefined, not 0
    assert growth["2025-02-01"] is None
    # 2024 has no year before it in the calendar: undefined
    assert growth["2024-03-01"] is None


def test_quarter_and_year_against_a_year_earlier(warehouse: Warehouse) -> None:
    quarter = warehouse.kpi("YEAR_OVER_YEAR_SALES_GROWTH", grain="quarter")
    # Q1 2025 1800 against Q1 2024 1400; Q3 2025 3000 against Q3 2024 2000
    assert quarter["2025-01-01"] == approx(400 / 1400)
    assert quarter["2025-07-01"] == approx(1000 / 2000)
    # 2025 1800 + 3000 = 4800 against 2024 1400 + 2000 = 3400
    year = warehouse.kpi("YEAR_OVER_YEAR_SALES_GROWTH", grain="year")
    assert year["2025-01-01"] == approx(1400 / 3400)


def test_week_against_the_week_52_weeks_earlier(warehouse: Warehouse) -> None:
    week = warehouse.kpi("YEAR_OVER_YEAR_SALES_GROWTH", grain="week")
    # week of 2025-03-03 (1800) against the week of 2024-03-04 (1000): +0.8
    assert week["2025-03-03"] == approx(0.8)
    # week of 2025-03-17 (nothing) against the week of 2024-03-18 (S2, 400): -1
    assert week["2025-03-17"] == approx(-1.0)
