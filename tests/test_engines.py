"""Cross-database macros: what each engine gets, and TimescaleDB detection.

TimescaleDB cannot be installed on these machines, so its path is tested by detection
(false on the plain PostgreSQL server here, so the Postgres path runs unchanged) and by
the SQL its macros generate."""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path

import pytest

from generators.dbt.plan import MeasureSpec
from generators.dbt.render_measures import aggregate_sql
from generators.dbt.sqlexpr import render_expression
from generators.dbt_runner import compile_inline
from tests.conftest import MINI
from tests.dbt_harness import Warehouse, _env, fresh_warehouse, make_project


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_project(tmp_path_factory.mktemp("engines"), MINI)


@pytest.fixture(scope="module")
def postgres(project: Path) -> Iterator[Warehouse]:
    yield fresh_warehouse(project, "postgres", "kpi_test_engines")


@pytest.fixture(scope="module")
def duckdb(project: Path) -> Warehouse:
    """A DuckDB file of the test's own: compiling opens the profile's warehouse, which must
    never be one another test (or worker) holds open."""
    return fresh_warehouse(project, "duckdb", "kpi_test_engines")


def compiled(warehouse: Warehouse, sql: str, target: str) -> str:
    with _env(warehouse):
        return compile_inline(sql, root=warehouse.project, target=target).strip()


def test_timescaledb_not_detected_on_plain_postgres(postgres: Warehouse) -> None:
    installed = postgres.query("select count(*) from pg_extension where extname = 'timescaledb'")[0][0]
    assert installed == 0
    assert compiled(postgres, "select {{ timescaledb_available() }}", "postgres") == "select False"
    bucket = compiled(postgres, "{{ period_start('month', 'closed_at') }}", "postgres")
    assert bucket == "cast(date_trunc('month', cast(closed_at as timestamp)) as date)"
    assert compiled(postgres, "{{ timescaledb_hypertable('t', 'period_start') }}", "postgres") == (
        "select 1 as timescaledb_not_installed"
    )


def test_timescaledb_sql_uses_time_bucket_and_hypertable(postgres: Warehouse) -> None:
    month = compiled(postgres, "{{ timescaledb_period_start('month', 'closed_at') }}", "postgres")
    assert month == "cast(time_bucket(interval '1 month', cast(closed_at as timestamp)) as date)"
    quarter = compiled(postgres, "{{ timescaledb_period_start('quarter', 'closed_at') }}", "postgres")
    assert "interval '3 months'" in quarter
    hyper = compiled(
        postgres, "{{ timescaledb_hypertable_sql('analytics_marts.fct_kpi_values', 'period_start') }}", "postgres"
    )
    assert "create_hypertable(" in hyper and "'period_start'" in hyper and "migrate_data => true" in hyper


def test_timescaledb_never_assumed_on_duckdb(duckdb: Warehouse) -> None:
    assert compiled(duckdb, "select {{ timescaledb_available() }}", "duckdb") == "select False"


@pytest.mark.parametrize(
    ("macro", "duckdb_sql", "postgres_sql"),
    [
        (
            "{{ json_attribute('data_values', 'amount') }}",
            "json_extract_string(data_values, '$.amount')",
            "(data_values::jsonb ->> 'amount')",
        ),
        ("{{ percentile_agg('x', 0.9) }}", "quantile_cont(x, 0.9)", "percentile_cont(0.9) within group (order by x)"),
        ("{{ type_double() }}", "double precision", "double precision"),
    ],
)
def test_dispatch_per_engine(
    postgres: Warehouse, duckdb: Warehouse, macro: str, duckdb_sql: str, postgres_sql: str
) -> None:
    assert compiled(duckdb, macro, "duckdb") == duckdb_sql
    assert compiled(postgres, macro, "postgres") == postgres_sql


@pytest.mark.parametrize("engine", ["duckdb", "postgres"])
def test_safe_divide_returns_null_on_zero(engine: str, duckdb: Warehouse, postgres: Warehouse) -> None:
    warehouse = postgres if engine == "postgres" else duckdb
    sql = compiled(
        warehouse,
        "select {{ safe_divide('1', '0') }} as a, {{ safe_divide('3', '4') }} as b, "
        "{{ days_between(\"cast('2025-01-01' as timestamp)\", \"cast('2025-01-02 12:00:00' as timestamp)\") }} as c",
        engine,
    )
    assert warehouse.query(sql)[0] == (None, 0.75, 1.5)


PROBE_ROWS = (
    "select 1 as numerator, 3 as denominator, true as flag union all select 1, 3, false union all select 1, 3, false"
)


def precision_probe_sql() -> str:
    """A measure's average of a 1.0 / 0.0 flag, a catalog expression dividing two integers,
    and the hours in one second, each rendered as the generator renders them."""
    flag = render_expression("case when flag then 1.0 else 0.0 end")
    share = aggregate_sql(MeasureSpec("share", "avg", flag, None, None, "share of flagged rows"))
    ratio = render_expression("numerator / denominator")
    start, finish = "cast('2025-01-01 00:00:00' as timestamp)", "cast('2025-01-01 00:00:01' as timestamp)"
    hours = f'{{{{ hours_between("{start}", "{finish}") }}}}'
    return f"select {share} as share, max({ratio}) as ratio, max({hours}) as hours from ({PROBE_ROWS}) as probe"


PROBE_EXPECTED = (1 / 3, 1 / 3, 1 / 3600)
"""One flag in three rows; 1 / 3 (not PostgreSQL's integer 0); 1 s = 1/3600 h (not Spark's
decimal 0.000278)."""


def assert_full_precision(row: tuple[object, ...]) -> None:
    assert len(row) == len(PROBE_EXPECTED)
    for got, expected in zip(row, PROBE_EXPECTED, strict=True):
        assert isinstance(got, float), row
        assert math.isclose(got, expected, rel_tol=1e-12), row


@pytest.mark.parametrize("engine", ["duckdb", "postgres"])
def test_quotients_and_averages_keep_double_precision(engine: str, duckdb: Warehouse, postgres: Warehouse) -> None:
    warehouse = postgres if engine == "postgres" else duckdb
    assert_full_precision(warehouse.query(compiled(warehouse, precision_probe_sql(), engine))[0])


def test_jit_is_off_only_where_there_is_one(postgres: Warehouse, duckdb: Warehouse) -> None:
    """fct_kpi_values' pre-hook: PostgreSQL turns JIT off for the model's transaction; DuckDB
    has no JIT and gets no statement."""
    assert compiled(postgres, "{{ without_jit() }}", "postgres") == "set local jit = off"
    assert compiled(duckdb, "{{ without_jit() }}", "duckdb") == ""
