"""The whole project on the demo data, built by dbt on DuckDB and on PostgreSQL.

The catalog-wide check lives here and stays in the suite: every KPI of the catalog
must have at least one non-null monthly value on the demo data, and all its values
must lie in its declared range, so every future KPI arrives with the data it needs."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from definitions import setup_all_relationships
from generators.load.loader import load_instances
from generators.synth import generate_world
from tests.dbt_harness import ONE_KPI_PER_TYPE, Warehouse, fresh_warehouse, make_project, vars_arg
from tests.demo_build import DEMO_SCALE, DEMO_SEED, Built
from tests.test_unit_tests import project_unit_tests


@pytest.fixture(scope="module")
def built(demo_built: Built) -> Built:
    return demo_built


def test_demo_data_loads_without_rejects(built: Built) -> None:
    assert built.load.rejected == 0
    assert set(built.load.per_model) == set(setup_all_relationships().object_models)


def test_dbt_build_passes(built: Built) -> None:
    assert built.outcome.success, built.outcome.failures
    assert built.outcome.tests.get("pass", 0) > 1000
    assert built.outcome.tests.get("fail", 0) == 0
    # every unit test (models/unit_tests/ and the generated ones) runs inside the build, after its parents
    assert built.outcome.unit_tests == {"pass": len(project_unit_tests())}


def _values(warehouse: Warehouse, code: str, grain: str) -> tuple[Any, ...]:
    return warehouse.query(
        f"select count(value), min(value), max(value) from analytics_kpis.kpi_{code.lower()} where grain = ?",
        [grain],
    )[0]


def test_every_kpi_has_monthly_values_within_its_range(built: Built) -> None:
    """Monthly values, or for a KPI without a month grain (``grains:``) values at its finest
    grain; and no row at a grain the KPI does not have."""
    catalog = setup_all_relationships()
    problems: list[str] = []
    for kpi in catalog.kpis.values():
        grains = catalog.kpi_grains(kpi)
        grain = "month" if "month" in grains else grains[0]
        count, low, high = _values(built.warehouse, kpi.code, grain)
        extra = built.warehouse.query(
            f"select distinct grain from analytics_kpis.kpi_{kpi.code.lower()} "
            f"where grain not in ({', '.join(repr(g) for g in grains)})"
        )
        if extra:
            problems.append(f"{kpi.code}: rows at {sorted(g for (g,) in extra)}, not one of its grains {grains}")
        if not count:
            problems.append(f"{kpi.code}: no non-null {grain} value")
            continue
        lower, upper = kpi.range
        if lower is not None and low < lower - 1e-9:
            problems.append(f"{kpi.code}: {low} below {lower}")
        if upper is not None and high > upper + 1e-9:
            problems.append(f"{kpi.code}: {high} above {upper}")
    assert not problems, "\n".join(problems)


def test_fact_table_holds_every_kpi(built: Built) -> None:
    codes = {row[0] for row in built.warehouse.query("select distinct kpi_code from analytics_marts.fct_kpi_values")}
    assert codes == set(setup_all_relationships().kpis)


def test_reloading_the_same_data_adds_nothing(built: Built) -> None:
    before = built.warehouse.query("select count(*) from raw.object_instances")[0][0]
    again = load_instances(
        generate_world(scale=DEMO_SCALE, seed=DEMO_SEED),
        built.warehouse.target,
        setup_all_relationships(),
        batch_id="demo-again",
    )
    assert again.inserted == 0
    assert built.warehouse.query("select count(*) from raw.object_instances")[0][0] == before


def test_incremental_second_batch(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Load the world as known at mid-2025, build, then append the rest and build again:
    the incremental fact table gains the later periods and matches the KPI models in every
    period, not only the latest ones (tests/test_incremental.py compares it row by row)."""
    project = make_project(tmp_path_factory.mktemp("incremental"), kpis=ONE_KPI_PER_TYPE)
    warehouse = fresh_warehouse(project, "duckdb", "kpi_test_incremental")
    catalog = setup_all_relationships()
    first = load_instances(
        generate_world(scale=0.3, seed=5, as_of=dt.date(2025, 6, 30)), warehouse.target, catalog, batch_id="h1"
    )
    assert first.rejected == 0
    # in production the calendar ends today; here the first build's "today" is the cut-off date
    mid_year = vars_arg({"kpi_calendar_end": "2025-06-30"})
    assert warehouse.dbt(["build", "--exclude", "resource_type:test", *mid_year]).success
    latest = warehouse.query("select max(period_start) from analytics_marts.fct_kpi_values where grain = 'month'")
    assert latest[0][0] <= dt.date(2025, 6, 30)
    second = load_instances(generate_world(scale=0.3, seed=5), warehouse.target, catalog, batch_id="full")
    assert second.inserted > 0
    assert warehouse.dbt(["build", "--exclude", "resource_type:test"]).success
    assert warehouse.query("select max(period_start) from analytics_marts.fct_kpi_values where grain = 'month'")[0][
        0
    ] == dt.date(2025, 12, 1)
    mismatched = warehouse.query(
        "select count(*) from analytics_marts.fct_kpi_values f "
        "join analytics_kpis.kpi_win_rate k using (grain, period_start, dimension, dimension_value) "
        "where f.kpi_code = 'WIN_RATE' and f.value is distinct from k.value"
    )
    assert mismatched[0][0] == 0
    duplicates = warehouse.query(
        "select count(*) from (select kpi_code, grain, period_start, dimension, dimension_value "
        "from analytics_marts.fct_kpi_values group by 1, 2, 3, 4, 5 having count(*) > 1) as d"
    )
    assert duplicates[0][0] == 0
