"""Two test suites on one PostgreSQL server never touch each other's databases."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from generators.load.connections import Target
from tests.dbt_harness import _admin, drop_run_databases, fresh_warehouse, run_database_name


def _exists(name: str) -> bool:
    with _admin(Target.from_env("postgres")) as cur:
        cur.execute("select 1 from pg_database where datname = %s", (name,))
        return cur.fetchone() is not None


def test_another_suites_database_survives(tmp_path: Path) -> None:
    # what a second suite running the same test would have created: its own run's name
    other = subprocess.run(
        [sys.executable, "-c", "from tests.dbt_harness import run_database_name; print(run_database_name('kpi_iso'))"],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parent.parent,
    ).stdout.strip()
    assert other != run_database_name("kpi_iso")
    with _admin(Target.from_env("postgres")) as cur:
        cur.execute(f'drop database if exists "{other}"')
        cur.execute(f'create database "{other}"')
    try:
        mine = fresh_warehouse(tmp_path, "postgres", "kpi_iso")
        assert mine.target.dbname == run_database_name("kpi_iso")
        assert _exists(other), "creating this run's database dropped another suite's"
        drop_run_databases()
        assert not _exists(mine.target.dbname)
        assert _exists(other), "cleaning up this run dropped another suite's database"
    finally:
        with _admin(Target.from_env("postgres")) as cur:
            cur.execute(f'drop database if exists "{other}"')
