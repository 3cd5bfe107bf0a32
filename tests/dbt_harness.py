"""Build a throwaway copy of the dbt project for a catalog, load instances into a real
DuckDB file or PostgreSQL database, run dbt, and query the results."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import re
import secrets
import shutil
import tempfile
from collections.abc import Iterable
from copy import deepcopy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from definitions.catalog import Catalog
from definitions.registry import setup_all_relationships
from generators.dbt_runner import PROJECT_ROOT, DbtOutcome, run_dbt
from generators.files import sync
from generators.generate import OWNED_DIRS, artifacts
from generators.load.connections import Target, connect, spark_session
from generators.load.loader import load_instances

HAND_WRITTEN = ["dbt_project.yml", "macros", "models/intermediate/periods", "models/docs.md"]
UNIT_TESTS = "models/unit_tests"
"""Hand-written dbt unit tests of models of the full catalog: copied only when the project is
generated from it (a fixture catalog has other models)."""
ENGINES = ("duckdb", "postgres")
RUN_ID = f"{os.getpid()}_{secrets.token_hex(3)}"
"""Tags every PostgreSQL database this test run creates, so two suites on one server never
touch each other's databases."""
_CREATED: list[str] = []
SPARK_ROOT = Path(tempfile.gettempdir()) / f"kpi_spark_{RUN_ID}"
"""This run's Spark warehouse and metastore (one per process: the JVM fixes them at start)."""
ONE_KPI_PER_TYPE = (
    "WIN_RATE",  # ratio over opportunities, sliced by partner: the correction and the deletion move it
    "AE_CONNECTED_CONVERSATIONS",  # simple
    "ACCOUNT_PLAN_REVIEW_RATE",  # derived
    "ACCOUNT_DEVELOPMENT_RATE",  # growth
    "CHURNED_MRR_YTD",  # cumulative
    "ACTIVE_CUSTOMERS",  # snapshot
    "APPOINTMENT_TO_DEMO_RATIO",  # conversion: right-censored periods turn complete as data arrives
    "AVERAGE_REP_QUOTA_ATTAINMENT",  # per_entity
    "NET_REVENUE_RETENTION",  # retention
)
"""One KPI of each calculation type, for tests of what is the same for every KPI model (the
incremental fact table): building them instead of all KPIs keeps those tests fast."""


def run_database_name(name: str) -> str:
    """The database name of ``name`` for this run (PostgreSQL keeps 63 characters)."""
    return f"t{RUN_ID}_{name}"[:63]


def make_project(
    dest: Path,
    catalog_root: Path | None = None,
    kpis: Iterable[str] | None = None,
    *,
    upstream_of: Iterable[str] | None = None,
) -> Path:
    """A dbt project in ``dest`` generated from the catalog at ``catalog_root``.

    With ``kpis`` (codes), the project is generated from the catalog cut down to those KPIs
    and the KPIs they read (see ``subset_catalog``): the same generator on the same
    definitions, so their models are the ones the full project holds. ``upstream_of`` (model
    names) also drops every model those models do not read (``keep_upstream``), for tests
    that run just ``+<model>``: dbt then parses a few dozen models instead of the project."""
    whole = catalog_root is None and kpis is None
    for rel in [*HAND_WRITTEN, UNIT_TESTS] if whole else HAND_WRITTEN:
        source = PROJECT_ROOT / rel
        if source.is_dir():
            shutil.copytree(source, dest / rel, dirs_exist_ok=True)
        else:
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(source, dest / rel)
    shutil.copy(PROJECT_ROOT / "profiles.example.yml", dest / "profiles.yml")
    catalog = setup_all_relationships(catalog_root) if catalog_root else setup_all_relationships()
    if kpis is not None:
        catalog = subset_catalog(catalog, kpis)
    sync(dest, artifacts(catalog), OWNED_DIRS)
    if upstream_of is not None:
        keep_upstream(dest, upstream_of)
    return dest


_REF = re.compile(r"""\bref\(\s*['"]([a-z0-9_]+)['"]\s*\)""")
_MODEL_LISTS = ("models", "unit_tests", "semantic_models", "metrics", "saved_queries", "exposures")


def _reads_only(key: str, entry: dict[str, Any], keep: set[str]) -> bool:
    """Whether a property entry stays: a kept model's properties, a unit test of a kept model."""
    if key == "models":
        return entry.get("name") in keep
    return key == "unit_tests" and entry.get("model") in keep


def keep_upstream(project: Path, roots: Iterable[str]) -> None:
    """Delete every model of ``project`` that none of the models ``roots`` reads, directly
    or through others (the ``ref()`` calls in the SQL), and their property YAML entries;
    semantic models, metrics and exposures go too. Sources, seeds and macros stay."""
    models = {path.stem: path for path in (project / "models").rglob("*.sql")}
    keep: set[str] = set()
    pending = list(roots)
    while pending:
        name = pending.pop()
        if name not in keep and name in models:
            keep.add(name)
            pending.extend(_REF.findall(models[name].read_text()))
    for name, path in models.items():
        if name not in keep:
            path.unlink()
    for path in (project / "models").rglob("*.yml"):
        properties = yaml.safe_load(path.read_text()) or {}
        kept = {
            key: [entry for entry in value if _reads_only(key, entry, keep)] if key in _MODEL_LISTS else value
            for key, value in properties.items()
        }
        kept = {key: value for key, value in kept.items() if value != [] or key == "version"}
        if kept != properties:
            path.write_text(yaml.safe_dump(kept, sort_keys=False, allow_unicode=True))


def subset_catalog(catalog: Catalog, kpis: Iterable[str]) -> Catalog:
    """A copy of ``catalog`` holding only the KPIs ``kpis`` and, transitively, the KPIs they
    are computed from; every other entity (object models, modules, dimensions) is kept.
    The original catalog is left untouched."""
    keep: set[str] = set()
    pending = [catalog.get_kpi(code).code for code in kpis]
    while pending:
        code = pending.pop()
        if code not in keep:
            keep.add(code)
            pending.extend(catalog.kpi_dependencies(catalog.kpis[code]))
    copy = deepcopy(catalog)
    copy.kpis = {code: kpi for code, kpi in copy.kpis.items() if code in keep}
    copy.declined = [name for name in copy.declined if name.kpi is None or name.kpi in keep]
    copy.bind()
    return copy


@dataclass
class Warehouse:
    project: Path
    engine: str
    target: Target

    def query(self, sql: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
        if self.engine == "spark":
            return [tuple(row) for row in spark_session(self.target).sql(sql, args=params or None).collect()]
        conn = connect(self.target)
        try:
            cur = conn.cursor()
            cur.execute(sql.replace("?", "%s") if self.engine == "postgres" else sql, params or [])
            return list(cur.fetchall())
        finally:
            conn.close()

    def execute(self, sql: str, params: list[Any] | None = None) -> None:
        """Run one statement that returns no rows, and commit it."""
        if self.engine == "spark":
            spark_session(self.target).sql(sql, args=params or None).collect()
            return
        conn = connect(self.target)
        try:
            conn.cursor().execute(sql.replace("?", "%s") if self.engine == "postgres" else sql, params or [])
            conn.commit()
        finally:
            conn.close()

    def kpi(self, code: str, grain: str = "month", dimension: str = "overall", member: str = "all") -> dict[str, Any]:
        """{period_start ISO date: value} of one KPI slice, from its KPI model."""
        rows = self.query(
            f"select period_start, value from analytics_kpis.kpi_{code.lower()} "
            "where grain = ? and dimension = ? and dimension_value = ? order by period_start",
            [grain, dimension, member],
        )
        return {_iso(p): v for p, v in rows}

    def kpi_row(self, code: str, period: str, grain: str = "month") -> tuple[Any, Any, Any]:
        rows = self.query(
            f"select value, numerator, denominator from analytics_kpis.kpi_{code.lower()} "
            "where grain = ? and dimension = 'overall' and period_start = ?",
            [grain, dt.date.fromisoformat(period)],
        )
        assert len(rows) == 1, f"{code} {grain} {period}: {rows}"
        return rows[0]

    def dbt(self, args: list[str]) -> DbtOutcome:
        with _env(self):
            return run_dbt(args, root=self.project, target=self.engine)


def _iso(value: Any) -> str:
    return value.isoformat()[:10] if hasattr(value, "isoformat") else str(value)[:10]


class _env:
    """Point the dbt profile at the warehouse for the duration of a run."""

    def __init__(self, warehouse: Warehouse) -> None:
        target = warehouse.target
        self.values = {
            "DUCKDB_PATH": target.duckdb_path,
            "PGDATABASE": target.dbname,
            "SPARK_WAREHOUSE_DIR": target.spark_warehouse_dir,
            "SPARK_METASTORE_DIR": target.spark_metastore_dir,
        }
        self.saved: dict[str, str | None] = {}

    def __enter__(self) -> None:
        for key, value in self.values.items():
            self.saved[key] = os.environ.get(key)
            os.environ[key] = value

    def __exit__(self, *exc: object) -> None:
        for key, value in self.saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def fresh_warehouse(project: Path, engine: str, name: str) -> Warehouse:
    """An empty DuckDB file in the project, a new PostgreSQL database named for this run
    (``run_database_name``), dropped when the run ends, or this run's Spark warehouse
    (``SPARK_ROOT``) emptied: one per process, so ``name`` does not matter there."""
    if engine == "duckdb":
        path = project / f"{name}.duckdb"
        path.unlink(missing_ok=True)
        return Warehouse(project, engine, Target.from_env("duckdb", duckdb_path=str(path)))
    if engine == "spark":
        return Warehouse(project, engine, _empty_spark_warehouse())

    return Warehouse(project, engine, _run_database(name))


def spark_target() -> Target:
    """This run's Spark target: its own warehouse and metastore directories."""
    return dataclasses.replace(
        Target.from_env("spark"),
        spark_warehouse_dir=str(SPARK_ROOT / "warehouse"),
        spark_metastore_dir=str(SPARK_ROOT / "metastore"),
    )


def _empty_spark_warehouse() -> Target:
    """This run's Spark target with every database but default dropped (tables and files)."""
    target = spark_target()
    session = spark_session(target)
    for database in session.catalog.listDatabases():
        if database.name != "default":
            session.sql(f"drop database if exists `{database.name}` cascade")
    return target


def drop_spark_warehouse() -> None:
    """Delete this run's Spark directories (the session, if any, still runs on them until the
    process ends: call this last)."""
    shutil.rmtree(SPARK_ROOT, ignore_errors=True)


def _run_database(name: str, template: str | None = None) -> Target:
    """Create this run's database for ``name`` (again, if this run made it before),
    empty or as a copy of ``template``, and remember it for the drop at the end."""
    target = Target.from_env("postgres", dbname=run_database_name(name))
    with _admin(target) as cur:
        if target.dbname in _CREATED:
            cur.execute(database_sql("drop database {} with (force)", target.dbname))
        else:
            _CREATED.append(target.dbname)
        if template is None:
            cur.execute(database_sql("create database {}", target.dbname))
        else:
            cur.execute(database_sql("create database {} template {}", target.dbname, template))
    return target


def database_sql(template: str, *names: str) -> Any:
    """``template`` with the database ``names`` quoted in place of each ``{}``."""
    from psycopg2 import sql

    return sql.SQL(template).format(*(sql.Identifier(name) for name in names))


def clone_warehouse(source: Warehouse, name: str) -> Warehouse:
    """A copy of ``source`` (same project) under ``name``: the DuckDB file copied, or a
    PostgreSQL database created from it as a template (no session may be open on it)."""
    if source.engine == "duckdb":
        clone = fresh_warehouse(source.project, "duckdb", name)
        for suffix in ("", ".wal"):
            if Path(source.target.duckdb_path + suffix).exists():
                shutil.copy(source.target.duckdb_path + suffix, clone.target.duckdb_path + suffix)
        return clone
    return Warehouse(source.project, "postgres", _run_database(name, template=source.target.dbname))


class _admin:
    """An autocommit cursor on the server's maintenance database."""

    def __init__(self, target: Target) -> None:
        self.target = target

    def __enter__(self) -> Any:
        import psycopg2

        t = self.target
        self.conn = psycopg2.connect(
            host=t.host, port=t.port, user=t.user, password=t.password or None, dbname="postgres"
        )
        self.conn.autocommit = True
        return self.conn.cursor()

    def __exit__(self, *exc: object) -> None:
        self.conn.close()


def drop_run_databases() -> None:
    """Drop the databases this run created, and only those."""
    if not _CREATED:
        return
    with _admin(Target.from_env("postgres")) as cur:
        for name in _CREATED:
            cur.execute(database_sql("drop database if exists {} with (force)", name))
    _CREATED.clear()


def load(warehouse: Warehouse, instances: Iterable[tuple[str, str, dict[str, Any]]], catalog_root: Path | None) -> int:
    catalog = setup_all_relationships(catalog_root) if catalog_root else setup_all_relationships()
    report = load_instances(instances, warehouse.target, catalog, batch_id="test")
    assert report.rejected == 0, "test data must be valid"
    return report.inserted


def vars_arg(values: dict[str, Any]) -> list[str]:
    return ["--vars", json.dumps(values)]
