"""`make sqllint` gives the same verdict whatever the warehouse holds: after `make demo`
the incremental fact table exists, which must not change what is linted."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parent.parent
FACT = "models/marts/kpi_values/fct_kpi_values.sql"


def test_sqllint_ignores_an_existing_incremental_table(tmp_path: Path) -> None:
    warehouse = tmp_path / "after_demo.duckdb"
    conn = duckdb.connect(str(warehouse))
    conn.execute("create schema analytics_marts")
    conn.execute(
        "create table analytics_marts.fct_kpi_values (kpi_code varchar, grain varchar, period_start date, "
        "dimension varchar, dimension_value varchar, value double, numerator double, denominator double, "
        "computed_at timestamp)"
    )
    conn.close()
    env = {**os.environ, "DUCKDB_PATH": str(warehouse), "DBT_PROFILES_DIR": str(ROOT)}
    result = subprocess.run(
        ["make", "--no-print-directory", "sqllint", f"SQLLINT_MODELS={FACT}"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
