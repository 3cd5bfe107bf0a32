"""Identifiers that come from the environment are quoted: the database name (PGDATABASE)
the loader creates and loads into, and the dbt ``raw_table`` var staging reads from."""

from __future__ import annotations

import json
from pathlib import Path

from definitions import setup_all_relationships
from generators.load.connections import Target, connect
from generators.load.loader import load_instances
from tests.conftest import MINI
from tests.dbt_harness import _CREATED, Warehouse, fresh_warehouse, make_project, run_database_name

CATALOG = setup_all_relationships(MINI)
CUSTOMER = ("CUSTOMER", "CUS-Q", {"customer_id": "CUS-Q", "customer_since": "2024-01-01"})


def test_a_database_name_from_the_environment_is_quoted() -> None:
    dbname = run_database_name('load "quoted"; db')
    _CREATED.append(dbname)
    target = Target.from_env("postgres", dbname=dbname)
    report = load_instances([CUSTOMER], target, CATALOG, batch_id="quoted")
    assert report.inserted == 1
    warehouse = Warehouse(MINI, "postgres", target)
    assert warehouse.query("select current_database(), count(*) from raw.object_instances") == [(dbname, 1)]


def test_the_raw_table_var_is_quoted_in_staging(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project", MINI)
    warehouse = fresh_warehouse(project, "duckdb", "raw_table_var")
    load_instances([CUSTOMER], warehouse.target, CATALOG, batch_id="quoted")
    conn = connect(warehouse.target)
    conn.execute('create table raw."landing ""zone""" as select * from raw.object_instances')
    conn.execute("delete from raw.object_instances")
    conn.close()
    outcome = warehouse.dbt(["run", "--select", "stg_customer", "--vars", json.dumps({"raw_table": 'landing "zone"'})])
    assert outcome.success, outcome.failures
    assert warehouse.query("select customer_id from analytics_staging.stg_customer") == [("CUS-Q",)]
