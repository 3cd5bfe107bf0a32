"""Quota KPIs of the real catalog on a hand-made dataset, built through dbt on DuckDB and
PostgreSQL: two reps, each with monthly bookings quotas for January to March 2025 and the
quarterly quota that sums them (as a quota plan stores both), a team quota that rep KPIs
must ignore, quarterly new-logo quotas, and a few deals.

A quota KPI reads the quota of one period type: bookings quotas by their monthly rows (a
quarter's quota is the sum of its months, never months plus the quarter again), new-logo
quotas by their quarterly rows. A week has no quota, so quota KPIs have no week rows, and
a KPI of quarterly quotas has no month rows either (``grains:`` in the KPI file)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.catalog_kpis import Instance, catalog_warehouse
from tests.dbt_harness import ENGINES, Warehouse

CALENDAR = {"kpi_calendar_start": "2025-01-01", "kpi_calendar_end": "2025-12-31"}
KPIS = [
    "BOOKINGS_QUOTA_ATTAINMENT",
    "REPS_AT_OR_ABOVE_QUOTA_SHARE",
    "NEW_LOGO_QUOTA_ATTAINMENT",
    "NEW_BUSINESS_BOOKINGS_PER_REP",
]


def quota(
    rep: str | None, kind: str, period: str, start: str, end: str, amount: float | None, count: int | None = None
) -> Instance:
    level = "rep" if rep else "team"
    code = f"SQ-{rep or 'TEAM'}-{kind}-{period}-{start}"
    values: dict[str, Any] = {
        "sales_quota_id": code,
        "assignee_level": level,
        "sales_rep_id": rep,
        "team_id": "T1",
        "quota_type": kind,
        "period_type": period,
        "period_start": start,
        "period_end": end,
        "quota_amount": amount,
        "quota_count": count,
        "status": "active",
        "assigned_at": "2024-12-15T09:00:00",
    }
    return ("SALES_QUOTA", code, values)


def deal(deal_id: str, rep: str, booked: str, amount: float, new_logo: bool) -> Instance:
    values = {
        "deal_id": deal_id,
        "opportunity_id": f"OPP-{deal_id}",
        "account_id": f"ACC-{deal_id}",
        "customer_id": f"CUS-{deal_id}",
        "deal_type": "new_business",
        "booked_at": f"{booked}T12:00:00",
        "amount": amount,
        "sales_rep_id": rep,
        "team_id": "T1",
        "is_new_logo": new_logo,
    }
    return ("DEAL", deal_id, values)


MONTHS = [("2025-01-01", "2025-01-31"), ("2025-02-01", "2025-02-28"), ("2025-03-01", "2025-03-31")]
DATASET: list[Instance] = [
    # R1: 100000 a month, and the Q1 quota 300000 (= the three months); R2: 50000 a month, Q1 150000
    *(quota("R1", "bookings", "month", start, end, 100000) for start, end in MONTHS),
    quota("R1", "bookings", "quarter", "2025-01-01", "2025-03-31", 300000),
    *(quota("R2", "bookings", "month", start, end, 50000) for start, end in MONTHS),
    quota("R2", "bookings", "quarter", "2025-01-01", "2025-03-31", 150000),
    # the team's quarterly quota: not a rep quota, never in rep attainment
    quota(None, "bookings", "quarter", "2025-01-01", "2025-03-31", 450000),
    # new-logo quotas are quarterly only: R1 2, R2 1
    quota("R1", "new_logo", "quarter", "2025-01-01", "2025-03-31", None, 2),
    quota("R2", "new_logo", "quarter", "2025-01-01", "2025-03-31", None, 1),
    # R1: Jan 120000 (new logo), Feb 60000, Mar 150000 (new logo) = Q1 330000
    deal("D1", "R1", "2025-01-10", 120000, True),
    deal("D2", "R1", "2025-02-20", 60000, False),
    deal("D3", "R1", "2025-03-05", 150000, True),
    # R2: Jan 30000 (new logo), Mar 90000 = Q1 120000
    deal("D4", "R2", "2025-01-15", 30000, True),
    deal("D5", "R2", "2025-03-20", 90000, False),
]


@pytest.fixture(scope="module", params=ENGINES)
def warehouse(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Warehouse]:
    yield catalog_warehouse(tmp_path_factory, request.param, "kpi_test_quota", DATASET, KPIS, CALENDAR)


def approx(value: float) -> Any:
    return pytest.approx(value, rel=1e-9, abs=1e-9)


def test_bookings_quota_attainment_uses_one_quota_per_period(warehouse: Warehouse) -> None:
    # Q1: bookings 330000 + 120000 = 450000; quota = monthly quotas 3 x 100000 + 3 x 50000 = 450000 -> 1.0
    # (adding the quarterly rows as well would give 450000 / 900000 = 0.5)
    assert warehouse.kpi_row("BOOKINGS_QUOTA_ATTAINMENT", "2025-01-01", grain="quarter") == (
        approx(1.0),
        approx(450000),
        approx(450000),
    )
    # Jan: (120000 + 30000) / (100000 + 50000) = 1.0 (not / 600000 with the quarterly quotas starting Jan 1)
    # Feb: 60000 / 150000 = 0.4; Mar: (150000 + 90000) / 150000 = 1.6
    months = warehouse.kpi("BOOKINGS_QUOTA_ATTAINMENT")
    assert months["2025-01-01"] == approx(1.0)
    assert months["2025-02-01"] == approx(0.4)
    assert months["2025-03-01"] == approx(1.6)
    # by rep, Q1: R1 330000 / 300000 = 1.1, R2 120000 / 150000 = 0.8
    r1 = warehouse.kpi("BOOKINGS_QUOTA_ATTAINMENT", grain="quarter", dimension="SALES_REP", member="R1")
    r2 = warehouse.kpi("BOOKINGS_QUOTA_ATTAINMENT", grain="quarter", dimension="SALES_REP", member="R2")
    assert (r1["2025-01-01"], r2["2025-01-01"]) == (approx(1.1), approx(0.8))
    # the year: the same 450000 / 450000
    assert warehouse.kpi("BOOKINGS_QUOTA_ATTAINMENT", grain="year")["2025-01-01"] == approx(1.0)


def test_reps_at_or_above_quota_share(warehouse: Warehouse) -> None:
    # Q1: R1 330000 / 300000 = 1.1 (at quota), R2 120000 / 150000 = 0.8 (not): 1 of 2
    assert warehouse.kpi_row("REPS_AT_OR_ABOVE_QUOTA_SHARE", "2025-01-01", grain="quarter") == (
        approx(0.5),
        approx(1),
        approx(2),
    )
    # Jan: R1 120000 / 100000 = 1.2 (at), R2 30000 / 50000 = 0.6: 1 of 2
    # Feb: R1 60000 / 100000 = 0.6, R2 0 / 50000 = 0: 0 of 2; Mar: R1 1.5, R2 90000 / 50000 = 1.8: 2 of 2
    months = warehouse.kpi("REPS_AT_OR_ABOVE_QUOTA_SHARE")
    assert (months["2025-01-01"], months["2025-02-01"], months["2025-03-01"]) == (
        approx(0.5),
        approx(0.0),
        approx(1.0),
    )


def test_new_logo_quota_attainment_is_quarterly(warehouse: Warehouse) -> None:
    # Q1: new logos D1, D3 (R1), D4 (R2) = 3; quarterly new-logo quotas 2 + 1 = 3 -> 1.0
    assert warehouse.kpi_row("NEW_LOGO_QUOTA_ATTAINMENT", "2025-01-01", grain="quarter") == (
        approx(1.0),
        approx(3),
        approx(3),
    )
    # the quotas are quarterly: a month has none, so the KPI has no month (or week) value
    assert warehouse.kpi("NEW_LOGO_QUOTA_ATTAINMENT") == {}
    assert warehouse.kpi("NEW_LOGO_QUOTA_ATTAINMENT", grain="week") == {}


def test_new_business_bookings_per_quota_carrying_rep(warehouse: Warehouse) -> None:
    # Jan: R1 120000, R2 30000, both carry a monthly quota: mean 75000
    # Q1: R1 330000, R2 120000: mean 225000
    assert warehouse.kpi("NEW_BUSINESS_BOOKINGS_PER_REP")["2025-01-01"] == approx(75000)
    assert warehouse.kpi("NEW_BUSINESS_BOOKINGS_PER_REP", grain="quarter")["2025-01-01"] == approx(225000)


@pytest.mark.parametrize("code", KPIS)
def test_quota_kpis_have_no_week_value(warehouse: Warehouse, code: str) -> None:
    # no quota is set for a week: a week's bookings over the quotas starting in that week would be meaningless
    rows = warehouse.query(f"select count(*) from analytics_kpis.kpi_{code.lower()} where grain = 'week'")
    assert rows[0][0] == 0
