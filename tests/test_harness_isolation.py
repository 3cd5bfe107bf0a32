"""Two test suites on one PostgreSQL server never touch each other's databases."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from generators.load.connections import Target
from tests.dbt_harness import _admin, fresh_warehouse, run_database_name

ROOT = Path(__file__).resolve().parent.parent
OTHER_SUITE = """
import sys
from pathlib import Path
from tests.dbt_harness import drop_run_databases, fresh_warehouse
warehouse = fresh_warehouse(Path(sys.argv[1]), "postgres", "kpi_iso")
print(warehouse.target.dbname)
drop_run_databases()
"""
"""A second suite in its own process: it creates its database for the same test name, then
cleans up as a suite does when it ends."""


def _exists(name: str) -> bool:
    with _admin(Target.from_env("postgres")) as cur:
        cur.execute("select 1 from pg_database where datname = %s", (name,))
        return cur.fetchone() is not None


def test_another_suites_database_survives(tmp_path: Path) -> None:
    mine = fresh_warehouse(tmp_path, "postgres", "kpi_iso")
    assert mine.target.dbname == run_database_name("kpi_iso")
    other = subprocess.run(
        [sys.executable, "-c", OTHER_SUITE, str(tmp_path)], capture_output=True, text=True, check=True, cwd=ROOT
    ).stdout.strip()
    assert other.startswith("t") and other != mine.target.dbname
    assert _exists(mine.target.dbname), "another suite's creating or cleaning up dropped this run's database"
    assert not _exists(other), "a suite's cleanup left its own database behind"
