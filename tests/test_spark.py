"""The project on a local Spark (pyspark, session method, Parquet tables): the raw store keeps
its semantics there, and a module run (``dbt build --selector cust_retention``) publishes the
same KPI values as DuckDB on the same data. The runs build the whole Customer Retention module
(the catalog cut down to its KPIs and the KPIs they read, so dbt parses the module alone) on a
small world.
Spark starts one JVM per process: every test here shares this run's one warehouse."""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from definitions import setup_all_relationships
from generators.dbt_runner import PROJECT_ROOT, DbtOutcome, compile_inline
from generators.files import sync
from generators.generate import OWNED_DIRS, artifacts
from generators.load.connections import Target, spark_conf
from generators.load.loader import load_instances, read_jsonl
from generators.synth import generate_world
from tests.dbt_harness import Warehouse, _env, drop_spark_warehouse, fresh_warehouse, make_project, subset_catalog
from tests.test_engines import assert_full_precision, precision_probe_sql
from tests.test_module_selectors import published_by

MODULE = "CUST_RETENTION"
CALCULATION_TYPES = {
    "CHURNED_MRR_YTD": "cumulative",
    "NET_REVENUE_RETENTION": "retention",
    "ACTIVE_CUSTOMERS": "snapshot",
    "LOGO_CHURN_RATE": "derived",
    "MRR_GROWTH_RATE": "growth",
    "REPEAT_CUSTOMER_RATE": "per_entity",
    "SAVE_RATE": "conversion",
    "TIME_TO_FIRST_VALUE": "simple",  # a median
    "ARR_RENEWAL_RATE": "ratio",
}
"""KPIs of the module, one per calculation type, that the tests below name."""
SCALE, SEED = 0.1, 11
FACT = "analytics_marts.fct_kpi_values"
MART = f"analytics_marts.mart_{MODULE.lower()}__monthly"
TOLERANCE = 1e-6


@pytest.fixture(scope="module", autouse=True)
def _spark_directories() -> Iterator[None]:
    yield
    drop_spark_warehouse()


# -- the files (no Spark) ----------------------------------------------------------------------


def test_the_profile_starts_spark_as_the_loader_does() -> None:
    """dbt's session (server_side_parameters) and the loader's (spark_conf) must agree, or dbt
    would read another warehouse than the loader wrote. dbt-spark adds spark.sql.ansi.enabled."""
    profile = yaml.safe_load((PROJECT_ROOT / "profiles.example.yml").read_text())
    spark = profile["sales_kpi_warehouse"]["outputs"]["spark"]
    assert (spark["type"], spark["method"]) == ("spark", "session")
    conf = spark_conf(Target.from_env("spark"))
    parameters = spark["server_side_parameters"]
    assert set(parameters) | {"spark.sql.ansi.enabled"} == set(conf)
    for key in ("spark.sql.session.timeZone", "spark.sql.shuffle.partitions", "spark.ui.enabled"):
        assert str(parameters[key]) == conf[key]
    assert "env_var('SPARK_WAREHOUSE_DIR', 'target/spark-warehouse')" in parameters["spark.sql.warehouse.dir"]
    assert (
        "env_var('SPARK_METASTORE_DIR', 'target/spark-metastore')"
        in parameters["spark.hadoop.javax.jdo.option.ConnectionURL"]
    )


def test_generated_models_cast_through_the_engine_type_macros() -> None:
    """No generated model casts to a type name Spark lacks (varchar without a length, double
    precision, timestamp with time zone): each goes through its macro."""
    files = artifacts(setup_all_relationships())
    literal = re.compile(r"\bas (varchar|double precision|timestamp with time zone)\b")
    offending = [path for path, text in files.items() if path.endswith(".sql") and literal.search(text)]
    assert not offending, offending[:10]
    fact = files["models/marts/kpi_values/fct_kpi_values.sql"]
    assert "as {{ type_double() }}) as value" in fact
    assert "materialized=kpi_values_materialization()" in fact


# -- the raw store on Spark ----------------------------------------------------------------------


def _opportunity() -> tuple[str, str, dict[str, Any]]:
    return next(i for i in generate_world(scale=0.02, seed=5) if i[0] == "OPPORTUNITY" and i[2].get("amount"))


def _stored(warehouse: Warehouse, code: str) -> list[tuple[Any, ...]]:
    return warehouse.query(
        "select content_hash, loaded_at, line_number from raw.object_instances where code = ? "
        "order by loaded_at desc, line_number desc",
        [code],
    )


def test_a_rerun_stores_nothing_twice_and_a_changed_instance_is_a_new_version(tmp_path: Path) -> None:
    warehouse = fresh_warehouse(tmp_path, "spark", "store")
    catalog = setup_all_relationships()
    schema_ref, code, values = _opportunity()
    changed = {**values, "amount": round(float(values["amount"]) * 1.5, 2)}
    t1, t2, t3 = (dt.datetime(2025, 1, day) for day in (1, 2, 3))

    first = load_instances([(schema_ref, code, values)], warehouse.target, catalog, batch_id="a", loaded_at=t1)
    again = load_instances([(schema_ref, code, values)], warehouse.target, catalog, batch_id="a", loaded_at=t1)
    assert (first.inserted, again.inserted, again.unchanged) == (1, 0, 1)
    assert len(_stored(warehouse, code)) == 1

    load_instances([(schema_ref, code, changed)], warehouse.target, catalog, batch_id="b", loaded_at=t2)
    versions = _stored(warehouse, code)
    assert len(versions) == 2 and versions[0][1] == t2  # B is current
    hash_a = next(v[0] for v in versions if v[1] == t1)

    back = load_instances([(schema_ref, code, values)], warehouse.target, catalog, batch_id="c", loaded_at=t3)
    versions = _stored(warehouse, code)
    assert back.inserted == 1, "A made current again counts as stored"
    assert len(versions) == 2, "A is not stored a second time"
    assert (versions[0][0], versions[0][1]) == (hash_a, t3)


def test_rejected_lines_are_stored_once_per_line(tmp_path: Path) -> None:
    warehouse = fresh_warehouse(tmp_path, "spark", "rejects")
    schema_ref, code, values = _opportunity()
    lines = [
        json.dumps({"schema_ref": schema_ref, "code": code, "data_values": values}, default=str),
        json.dumps({"schema_ref": "NO_SUCH_MODEL", "code": "X-1", "data_values": {}}),
        "{not json",
    ]
    path = tmp_path / "instances.jsonl"
    path.write_text("\n".join(lines) + "\n")
    catalog = setup_all_relationships()
    for _ in range(2):
        report = load_instances(read_jsonl(path), warehouse.target, catalog, batch_id="file", source=path.name)
        assert (report.seen, report.rejected) == (3, 2)
    rows = warehouse.query(
        "select line_number, rule from raw.object_instance_rejects where source = ? order by line_number", [path.name]
    )
    assert [row[0] for row in rows] == [2, 3]
    assert all(row[1] for row in rows)
    assert warehouse.query("select count(*) from raw.object_instances")[0][0] == 1


# -- a module run on Spark equals DuckDB's --------------------------------------------------------


@dataclass
class ModuleRun:
    outcome: DbtOutcome
    values: dict[tuple[str, str, str, str, str], float | None]
    mart_rows: int
    codes: set[str]
    warehouse: Warehouse


def module_kpis() -> list[str]:
    """Every KPI of the module (the project is generated from the catalog cut down to them and
    the KPIs they read, so dbt parses the module, not the whole project)."""
    return sorted(code for code, kpi in setup_all_relationships().kpis.items() if MODULE in kpi.module_codes)


def test_the_named_kpis_are_the_modules_and_of_their_types() -> None:
    catalog = setup_all_relationships()
    assert set(CALCULATION_TYPES) <= set(module_kpis())
    assert {code: catalog.kpis[code].calculation.type for code in CALCULATION_TYPES} == CALCULATION_TYPES


def _module_run(tmp_path_factory: pytest.TempPathFactory, engine: str) -> ModuleRun:
    catalog = subset_catalog(setup_all_relationships(), module_kpis())
    project = make_project(tmp_path_factory.mktemp(f"spark_module_{engine}"), kpis=catalog.kpis)
    warehouse = fresh_warehouse(project, engine, "kpi_test_spark_module")
    report = load_instances(
        generate_world(scale=SCALE, seed=SEED), warehouse.target, setup_all_relationships(), batch_id="spark"
    )
    assert report.rejected == 0
    outcome = warehouse.dbt(["build", "--selector", MODULE.lower()])
    codes = published_by(catalog, MODULE)
    if not outcome.success:
        return ModuleRun(outcome, {}, 0, codes, warehouse)
    listed = ", ".join(f"'{code}'" for code in sorted(codes))
    rows = warehouse.query(
        "select kpi_code, grain, period_start, dimension, dimension_value, value "
        f"from {FACT} where kpi_code in ({listed})"
    )
    mart_rows = int(warehouse.query(f"select count(*) from {MART}")[0][0])
    values = {(kpi, grain, period.isoformat(), dim, member): value for kpi, grain, period, dim, member, value in rows}
    return ModuleRun(outcome, values, mart_rows, codes, warehouse)


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, ModuleRun]:
    return {engine: _module_run(tmp_path_factory, engine) for engine in ("duckdb", "spark")}


def test_the_module_build_succeeds_on_spark(runs: dict[str, ModuleRun]) -> None:
    outcome = runs["spark"].outcome
    assert outcome.success, outcome.failures[:10]
    assert set(outcome.statuses) <= {"success", "pass", "warn"}, outcome.statuses
    assert outcome.tests.get("pass", 0) > 0
    assert runs["spark"].mart_rows == runs["duckdb"].mart_rows > 0


def _same(left: float | None, right: float | None) -> bool:
    if left is None or right is None:
        return left is None and right is None
    return math.isclose(float(left), float(right), rel_tol=TOLERANCE, abs_tol=1e-12)


def test_spark_publishes_the_same_kpi_values_as_duckdb(runs: dict[str, ModuleRun]) -> None:
    spark, duckdb = runs["spark"].values, runs["duckdb"].values
    assert runs["duckdb"].outcome.success, runs["duckdb"].outcome.failures[:10]
    assert {key[0] for key in duckdb} == runs["duckdb"].codes, "every KPI of the module has values"
    assert set(spark) - set(duckdb) == set(), "rows only Spark has"
    assert set(duckdb) - set(spark) == set(), "rows only DuckDB has"
    differing = [(key, duckdb[key], spark[key]) for key in sorted(duckdb) if not _same(duckdb[key], spark[key])]
    assert not differing, f"{len(differing)} of {len(duckdb)} values differ, e.g. {differing[:5]}"


# -- fct_kpi_values incremental on Spark: insert_overwrite of the changed KPIs' partitions --------


def _fact_rows(warehouse: Warehouse) -> dict[tuple[str, str, str, str, str], tuple[Any, ...]]:
    """Every row of the fact table by key: value, numerator, denominator, completeness, computed_at."""
    rows = warehouse.query(
        "select kpi_code, grain, period_start, dimension, dimension_value, value, numerator, denominator, "
        f"is_complete, computed_at from {FACT}"
    )
    facts: dict[tuple[str, str, str, str, str], tuple[Any, ...]] = {}
    for kpi, grain, period, dim, member, *rest in rows:
        key = (kpi, grain, period.isoformat(), dim, member)
        assert key not in facts, f"duplicate key {key}"
        facts[key] = tuple(rest)
    return facts


def _same_values(left: tuple[Any, ...], right: tuple[Any, ...]) -> bool:
    """value, numerator, denominator and completeness equal (computed_at, last, is not compared)."""
    return all(_same(a, b) for a, b in zip(left[:3], right[:3], strict=True)) and left[3] == right[3]


def test_an_incremental_run_on_spark_overwrites_the_changed_kpis_and_equals_a_full_refresh(
    runs: dict[str, ModuleRun],
) -> None:
    """A cancelled subscription's MRR is corrected (a new version of it is loaded); the incremental
    fct_kpi_values must equal a full refresh, and only the partitions of the KPIs whose rows changed
    are rewritten: every row of an unchanged KPI keeps its computed_at."""
    assert runs["spark"].outcome.success, runs["spark"].outcome.failures[:10]
    warehouse = runs["spark"].warehouse
    before = _fact_rows(warehouse)
    schema_ref, code, values = next(
        i for i in generate_world(scale=SCALE, seed=SEED) if i[0] == "SUBSCRIPTION" and i[2]["status"] == "cancelled"
    )
    mrr = round(float(values["mrr"]) * 3 + 100, 2)
    corrected = {**values, "mrr": mrr, "arr": round(mrr * 12, 2)}
    report = load_instances(
        [(schema_ref, code, corrected)], warehouse.target, setup_all_relationships(), batch_id="correction"
    )
    assert (report.inserted, report.rejected) == (1, 0)

    # what the correction can change: the models downstream of stg_subscription that feed the fact
    outcome = warehouse.dbt(["run", "--select", "stg_subscription+,+fct_kpi_values"])
    assert outcome.success, outcome.failures[:10]
    incremental = _fact_rows(warehouse)
    outcome = warehouse.dbt(["run", "--select", "fct_kpi_values", "--full-refresh"])
    assert outcome.success, outcome.failures[:10]
    full = _fact_rows(warehouse)

    assert set(incremental) == set(full), sorted(set(incremental) ^ set(full))[:5]
    differing = [key for key in sorted(full) if not _same_values(incremental[key], full[key])]
    assert not differing, f"{len(differing)} rows differ from a full refresh, e.g. {differing[:5]}"

    # the KPIs whose rows changed, found here from the two tables (not by the model's checksums)
    changed = {key[0] for key in full.keys() - before.keys()} | {key[0] for key in before.keys() - full.keys()}
    changed |= {key[0] for key in full.keys() & before.keys() if not _same_values(before[key], full[key])}
    unchanged = {key[0] for key in before} - changed
    assert changed, "the correction must move some KPI value"
    assert unchanged, "some KPI must be untouched by the correction"
    kept = [key for key in incremental if key[0] in unchanged and incremental[key][4] != before[key][4]]
    assert not kept, f"{len(kept)} rows of unchanged KPIs were rewritten, e.g. {kept[:5]}"
    first_build = max(row[4] for row in before.values())
    stale = [key for key in incremental if key[0] in changed and incremental[key][4] <= first_build]
    assert not stale, f"{len(stale)} rows of changed KPIs kept the first build's computed_at, e.g. {stale[:5]}"


def test_a_kpi_removed_from_the_catalog_leaves_fct_kpi_values_on_spark(runs: dict[str, ModuleRun]) -> None:
    """TIME_TO_FIRST_VALUE is dropped from the catalog and the project regenerated: the next
    incremental run must drop its partition (spark__delete_vanished_keys) and leave every
    other KPI's rows as they were, computed_at included, equal to a full refresh."""
    assert runs["spark"].outcome.success, runs["spark"].outcome.failures[:10]
    warehouse = runs["spark"].warehouse
    removed = "TIME_TO_FIRST_VALUE"
    catalog = setup_all_relationships()
    kept = [code for code in module_kpis() if code != removed]
    assert removed not in {dep for code in kept for dep in catalog.kpi_dependencies(catalog.kpis[code])}
    before = _fact_rows(warehouse)
    assert any(key[0] == removed for key in before), "the KPI must have been published first"
    remaining = subset_catalog(catalog, kept)
    sync(warehouse.project, artifacts(remaining), OWNED_DIRS)

    outcome = warehouse.dbt(["run", "--select", "int_kpi_values", "fct_kpi_values"])
    assert outcome.success, outcome.failures[:10]
    incremental = _fact_rows(warehouse)
    outcome = warehouse.dbt(["run", "--select", "fct_kpi_values", "--full-refresh"])
    assert outcome.success, outcome.failures[:10]
    full = _fact_rows(warehouse)

    assert not [key for key in incremental if key[0] == removed], f"{removed} rows left behind"
    assert set(incremental) == set(full) == {key for key in before if key[0] != removed}
    differing = [key for key in sorted(full) if not _same_values(incremental[key], full[key])]
    assert not differing, f"{len(differing)} rows differ from a full refresh, e.g. {differing[:5]}"
    rewritten = [key for key in incremental if incremental[key][4] != before[key][4]]
    assert not rewritten, f"{len(rewritten)} rows of the other KPIs were rewritten, e.g. {rewritten[:5]}"


def test_quotients_and_averages_keep_double_precision_on_spark(runs: dict[str, ModuleRun]) -> None:
    """Spark divides and averages decimals as decimals, rounded to a few places: the generated
    SQL makes every quotient, average and elapsed time a double (as on DuckDB and PostgreSQL)."""
    warehouse = runs["spark"].warehouse
    with _env(warehouse):
        sql = compile_inline(precision_probe_sql(), root=warehouse.project, target="spark").strip()
    assert_full_precision(warehouse.query(sql)[0])
