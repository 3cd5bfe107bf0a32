"""Concurrent first loads into a new PostgreSQL database (and into a new raw schema) all
succeed: before, ``create database`` collided in 6 of 6 races and ``create schema`` in
6 of 6 (six loaders released at once)."""

from __future__ import annotations

import multiprocessing as mp
from multiprocessing.synchronize import Barrier

import pytest

from definitions import setup_all_relationships
from generators.load.connections import Target
from generators.load.loader import load_instances
from tests.conftest import MINI
from tests.dbt_harness import _CREATED, Warehouse, _admin, database_sql, run_database_name

LOADERS = 4
CATALOG = setup_all_relationships(MINI)


def _load(barrier: Barrier, dbname: str, number: int) -> None:
    target = Target.from_env("postgres", dbname=dbname)
    values = {"customer_id": f"CUS-{number}", "customer_since": "2024-01-01"}
    barrier.wait()  # every loader starts its first load at the same moment
    report = load_instances([("CUSTOMER", f"CUS-{number}", values)], target, CATALOG, batch_id=f"p{number}")
    assert report.inserted == 1


def _race(dbname: str) -> list[int]:
    context = mp.get_context("fork")
    barrier = context.Barrier(LOADERS)
    workers = [context.Process(target=_load, args=(barrier, dbname, n)) for n in range(LOADERS)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
    return [worker.exitcode for worker in workers]


def _stored(dbname: str) -> int:
    warehouse = Warehouse(MINI, "postgres", Target.from_env("postgres", dbname=dbname))
    return warehouse.query("select count(*) from raw.object_instances")[0][0]


@pytest.mark.parametrize("database_exists", [False, True], ids=["new database", "new schema"])
def test_concurrent_first_loads_all_succeed(database_exists: bool) -> None:
    dbname = run_database_name(f"load_race_{'schema' if database_exists else 'database'}")
    _CREATED.append(dbname)
    with _admin(Target.from_env("postgres")) as cur:
        cur.execute(database_sql("drop database if exists {} with (force)", dbname))
        if database_exists:
            cur.execute(database_sql("create database {}", dbname))
    assert _race(dbname) == [0] * LOADERS
    assert _stored(dbname) == LOADERS
