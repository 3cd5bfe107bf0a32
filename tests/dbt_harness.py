"""Build a throwaway copy of the dbt project for a catalog, load instances into a real
DuckDB file or PostgreSQL database, run dbt, and query the results."""

from __future__ import annotations

import datetime as dt
import json
import os
import secrets
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from definitions.registry import setup_all_relationships
from generators.dbt_runner import PROJECT_ROOT, DbtOutcome, run_dbt
from generators.files import sync
from generators.generate import OWNED_DIRS, artifacts
from generators.load.connections import Target, connect
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


def run_database_name(name: str) -> str:
    """The database name of ``name`` for this run (PostgreSQL keeps 63 characters)."""
    return f"t{RUN_ID}_{name}"[:63]


def make_project(dest: Path, catalog_root: Path | None = None) -> Path:
    """A dbt project in ``dest`` generated from the catalog at ``catalog_root``."""
    for rel in HAND_WRITTEN if catalog_root else [*HAND_WRITTEN, UNIT_TESTS]:
        source = PROJECT_ROOT / rel
        if source.is_dir():
            shutil.copytree(source, dest / rel, dirs_exist_ok=True)
        else:
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(source, dest / rel)
    shutil.copy(PROJECT_ROOT / "profiles.example.yml", dest / "profiles.yml")
    catalog = setup_all_relationships(catalog_root) if catalog_root else setup_all_relationships()
    sync(dest, artifacts(catalog), OWNED_DIRS)
    return dest


@dataclass
class Warehouse:
    project: Path
    engine: str
    target: Target

    def query(self, sql: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
        conn = connect(self.target)
        try:
            cur = conn.cursor()
            cur.execute(sql.replace("?", "%s") if self.engine == "postgres" else sql, params or [])
            return list(cur.fetchall())
        finally:
            conn.close()

    def execute(self, sql: str, params: list[Any] | None = None) -> None:
        """Run one statement that returns no rows, and commit it."""
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
        self.values = {"DUCKDB_PATH": warehouse.target.duckdb_path, "PGDATABASE": warehouse.target.dbname}
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
    """An empty DuckDB file in the project, or a new PostgreSQL database named for this
    run (``run_database_name``), dropped when the run ends."""
    if engine == "duckdb":
        path = project / f"{name}.duckdb"
        path.unlink(missing_ok=True)
        return Warehouse(project, engine, Target.from_env("duckdb", duckdb_path=str(path)))

    return Warehouse(project, engine, _run_database(name))


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
