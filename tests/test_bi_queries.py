"""The README's BI queries, read from the README and run on the demo warehouse (both engines),
and the marts they read: every slice joins one dimension member, completeness, benchmark status.

Expected facts are worked out here from the staging models and the catalog, not from the marts."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest

from definitions import setup_all_relationships
from definitions.kpi import Benchmark
from generators.dbt.plan import plan_project
from tests.demo_build import Built

README = Path(__file__).resolve().parent.parent / "README.md"
QUERY = re.compile(r"<!-- bi-query: (\w+) -->\s*```sql\n(.*?)```", re.S)
DATA_END = dt.date(2026, 1, 1)
"""The day after the demo's kpi_calendar_end (2025-12-31)."""
LAST_MONTH = dt.date(2025, 12, 1)
LAST_QUARTER = dt.date(2025, 10, 1)
CATALOG = setup_all_relationships()
PLAN = plan_project(CATALOG)


def readme_queries() -> dict[str, str]:
    return dict(QUERY.findall(README.read_text()))


def rows(built: Built, sql: str) -> list[dict[str, Any]]:
    """The query's rows as dicts (column names from a cursor; Warehouse.query gives tuples)."""
    from generators.load.connections import connect

    conn = connect(built.warehouse.target)
    try:
        cur = conn.cursor()
        cur.execute(sql)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
    finally:
        conn.close()


def band_status(value: float, direction: str, low: float | None, typical: float | None, high: float | None) -> str:
    """The documented rule, written out again: the band is low..high, typical standing in for a
    missing end; outside it directional KPIs are better/worse, the others below/above."""
    lower = low if low is not None else typical
    upper = high if high is not None else typical
    if lower is not None and value < lower:
        return {"higher_is_better": "worse", "lower_is_better": "better"}.get(direction, "below")
    if upper is not None and value > upper:
        return {"higher_is_better": "better", "lower_is_better": "worse"}.get(direction, "above")
    return "within"


def chosen_benchmark(code: str, grain: str) -> Benchmark | None:
    """The default rule (benchmark_industry ALL): cross-industry benchmarks at the grain with a
    figure, the most recent year, then the first listed."""
    listed = [
        b
        for b in CATALOG.kpis[code].benchmarks
        if b.grain == grain and b.industry == "ALL" and (b.low, b.typical, b.high) != (None, None, None)
    ]
    if not listed:
        return None
    latest = max(b.year for b in listed)
    return next(b for b in listed if b.year == latest)


def test_readme_has_the_four_queries() -> None:
    assert set(readme_queries()) == {
        "win_rate_by_rep_last_quarter",
        "nrr_trend_by_segment",
        "cust_retention_vs_benchmark_last_month",
        "kpis_below_benchmark",
    }


def test_win_rate_by_rep_last_quarter(demo_built: Built) -> None:
    answer = rows(demo_built, readme_queries()["win_rate_by_rep_last_quarter"])
    # by hand from staging: opportunities closed in Q4 2025, per owner (no owner: Unknown)
    counted = demo_built.warehouse.query(
        "select coalesce(reps.full_name, 'Unknown'), "
        "sum(case when opportunities.stage = 'closed_won' then 1 else 0 end), count(*) "
        "from analytics_staging.stg_opportunity as opportunities "
        "left join analytics_staging.stg_sales_representative as reps "
        "on opportunities.owner_rep_id = reps.sales_rep_id "
        "where opportunities.stage in ('closed_won', 'closed_lost') "
        "and opportunities.closed_at >= ? and opportunities.closed_at < ? "
        "group by coalesce(reps.full_name, 'Unknown')",
        [dt.datetime(2025, 10, 1), dt.datetime(2026, 1, 1)],
    )
    expected = {name: won / closed for name, won, closed in counted}
    assert len(answer) >= 5
    got = {r["sales_rep_name"]: r["win_rate"] for r in answer}
    assert got == pytest.approx(expected)
    assert all(r["sales_team_name"] for r in answer if r["sales_rep_name"] != "Unknown")
    rates = [r["win_rate"] for r in answer]
    assert rates == sorted(rates, reverse=True)


def test_nrr_trend_by_segment(demo_built: Built) -> None:
    answer = rows(demo_built, readme_queries()["nrr_trend_by_segment"])
    names = {
        n for (n,) in demo_built.warehouse.query("select segment_name from analytics_staging.stg_customer_segment")
    }
    by_segment: dict[str, list[dt.date]] = {}
    for r in answer:
        by_segment.setdefault(r["segment_name"], []).append(r["month_start"])
        assert r["net_revenue_retention"] is None or r["net_revenue_retention"] > 0
    assert "Enterprise" in by_segment
    assert set(by_segment) <= names | {"Unknown"}
    for months in by_segment.values():
        assert months == sorted(months)
        assert max(months) <= LAST_MONTH
    assert len(by_segment["Enterprise"]) >= 12


def test_cust_retention_against_benchmark_last_month(demo_built: Built) -> None:
    answer = rows(demo_built, readme_queries()["cust_retention_vs_benchmark_last_month"])
    module = {k.code for k in CATALOG.modules["CUST_RETENTION"].kpis}
    expected = {c for c in module if "month" in CATALOG.kpi_grains(CATALOG.kpis[c]) and chosen_benchmark(c, "month")}
    got = {r["kpi_code"] for r in answer}
    assert got and got <= expected
    for code in expected - got:  # a KPI with a benchmark is left out only when last month has no value
        assert (
            demo_built.warehouse.query(
                "select value from analytics_marts.fct_kpi_values where kpi_code = ? and grain = 'month' "
                "and dimension = 'overall' and period_start = ? and value is not null",
                [code, LAST_MONTH],
            )
            == []
        ), code
    for r in answer:
        bench = chosen_benchmark(r["kpi_code"], "month")
        assert bench is not None
        assert (r["low"], r["typical"], r["high"], r["benchmark_year"]) == (
            bench.low,
            bench.typical,
            bench.high,
            bench.year,
        )
        direction = CATALOG.kpis[r["kpi_code"]].direction
        assert r["status"] == band_status(r["value"], direction, r["low"], r["typical"], r["high"])


def test_kpis_below_benchmark(demo_built: Built) -> None:
    answer = rows(demo_built, readme_queries()["kpis_below_benchmark"])
    values = dict(
        demo_built.warehouse.query(
            "select kpi_code, value from analytics_marts.fct_kpi_values "
            "where grain = 'month' and dimension = 'overall' and period_start = ? and value is not null",
            [LAST_MONTH],
        )
    )
    expected = set()
    for code, value in values.items():
        bench = chosen_benchmark(code, "month")
        if bench is None:
            continue
        status = band_status(value, CATALOG.kpis[code].direction, bench.low, bench.typical, bench.high)
        if status in ("worse", "below"):
            expected.add(code)
    assert expected, "the demo has KPIs below their benchmark last month"
    assert {r["kpi_code"] for r in answer} == expected
    for r in answer:
        if r["direction"] == "higher_is_better":
            assert r["status"] == "worse" and r["value"] < (r["low"] if r["low"] is not None else r["typical"])
        elif r["direction"] == "lower_is_better":
            assert r["status"] == "worse" and r["value"] > (r["high"] if r["high"] is not None else r["typical"])
        else:
            assert r["status"] == "below"


def test_every_slice_joins_exactly_one_member(demo_built: Built) -> None:
    sliced = sorted({d for k in PLAN.kpis.values() for d in k.dimensions})
    assert len(sliced) >= 10
    for code in sliced:
        dim = PLAN.entity_dimensions[code]
        table = f"analytics_marts.{dim.model}"
        [(unmatched,)] = demo_built.warehouse.query(
            f"select count(*) from analytics_marts.fct_kpi_values as kpi_values "
            f"left join {table} as members on kpi_values.dimension_value = members.{dim.key_column} "
            "where kpi_values.dimension = ? and members."
            f"{dim.key_column} is null",
            [code],
        )
        [(members, distinct, unknown)] = demo_built.warehouse.query(
            f"select count(*), count(distinct {dim.key_column}), "
            f"sum(case when {dim.key_column} = 'unknown' then 1 else 0 end) from {table}"
        )
        assert (unmatched, members, unknown) == (0, distinct, 1), code
    [(reps,)] = demo_built.warehouse.query("select count(*) from analytics_staging.stg_sales_representative")
    [(named,)] = demo_built.warehouse.query(
        "select count(*) from analytics_marts.dim_sales_reps as reps "
        "inner join analytics_staging.stg_sales_representative as staged "
        "on reps.sales_rep_code = staged.sales_rep_id and reps.sales_rep_name = staged.full_name "
        "and reps.team_id = staged.team_id and reps.hire_date = staged.hire_date"
    )
    assert named == reps > 10


def test_completeness_follows_the_data_end_and_the_window(demo_built: Built) -> None:
    counts = dict(
        demo_built.warehouse.query(
            "select case when period_end > ? then 'after' else 'by' end || '-' || "
            "case when is_complete then 'complete' else 'open' end, count(*) "
            "from analytics_marts.fct_kpi_values where kpi_code in ('WIN_RATE', 'TOTAL_ACCOUNTS') "
            "group by 1",
            [DATA_END],
        )
    )
    # the week of 2025-12-29 ends after the data end; every other period of these KPIs (no window) ended by it
    assert counts.get("after-open", 0) > 0 and counts["by-complete"] > 0
    assert "after-complete" not in counts and "by-open" not in counts
    [(open_window,)] = demo_built.warehouse.query(
        "select count(*) from analytics_marts.fct_kpi_values "
        "where kpi_code = 'LEAD_TO_MEETING_RATE' and is_complete and period_end > ?",
        [DATA_END - dt.timedelta(days=30)],
    )
    assert open_window == 0  # a 30-day conversion window: no complete period ends later than 30 days before the end
