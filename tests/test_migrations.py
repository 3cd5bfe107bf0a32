"""The instance store's Alembic migrations on DuckDB and PostgreSQL: from empty to head and
back, one step down and up again with the rows kept, a store made by the loader's old hand
DDL upgrading in place, and the migrated database matching the models exactly."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from analytics_models import StoreBase, migrate
from definitions import setup_all_relationships
from generators.load.connections import Target
from generators.load.loader import load_instances
from tests.conftest import MINI
from tests.dbt_harness import ENGINES, Warehouse, fresh_warehouse

INSTANCE_COLUMNS = [
    "schema_ref",
    "code",
    "data_values",
    "metadata_",
    "loaded_at",
    "batch_id",
    "content_hash",
    "line_number",
    "name",
]
REJECT_COLUMNS = [
    "batch_id",
    "code",
    "content_hash",
    "data_values",
    "field",
    "line_number",
    "reason",
    "rejected_at",
    "rule",
    "schema_ref",
    "source",
]
PG_INDEXES = [
    "object_instance_rejects_line_uq",
    "object_instances_loaded_at_ix",
    "object_instances_schema_ref_ix",
    "object_instances_version_uq",
]

OLD_DDL_POSTGRES = [
    'create schema if not exists "raw"',
    """create table if not exists "raw"."object_instances" (
        schema_ref varchar not null,
        code varchar not null,
        data_values jsonb not null,
        metadata_ jsonb not null,
        loaded_at timestamp not null,
        batch_id varchar not null,
        content_hash varchar not null,
        line_number bigint
    )""",
    'alter table "raw"."object_instances" add column if not exists line_number bigint',
    """create table if not exists "raw"."object_instance_rejects" (
        schema_ref varchar,
        code varchar,
        data_values varchar,
        reason varchar not null,
        rejected_at timestamp not null,
        batch_id varchar not null
    )""",
    'alter table "raw"."object_instance_rejects" add column if not exists source varchar',
    'alter table "raw"."object_instance_rejects" add column if not exists line_number bigint',
    'alter table "raw"."object_instance_rejects" add column if not exists content_hash varchar',
    'alter table "raw"."object_instance_rejects" add column if not exists field varchar',
    'alter table "raw"."object_instance_rejects" add column if not exists rule varchar',
    'create unique index if not exists object_instances_version_uq on "raw"."object_instances" '
    "(schema_ref, code, content_hash)",
    'create index if not exists object_instances_schema_ref_ix on "raw"."object_instances" (schema_ref)',
    'create index if not exists object_instances_loaded_at_ix on "raw"."object_instances" (loaded_at)',
    'create unique index if not exists object_instance_rejects_line_uq on "raw"."object_instance_rejects" '
    "(source, line_number, content_hash)",
]
"""The historical fixture: generators/load/raw_store.py's ``ddl("postgres")`` before the
migrations (commit 5188156), statement for statement."""
OLD_DDL_DUCKDB = [s.replace("jsonb", "json") for s in OLD_DDL_POSTGRES if "index" not in s]
"""``ddl("duckdb")`` of the same commit: json instead of jsonb, no indexes."""

OLDEST_INSTANCES = """create table "raw"."object_instances" (
    schema_ref varchar not null, code varchar not null, data_values {json} not null,
    metadata_ {json} not null, loaded_at timestamp not null, batch_id varchar not null,
    content_hash varchar not null
)"""
"""The first shape of the store, before ``line_number`` (the old DDL added it in place)."""


@pytest.fixture(params=ENGINES)
def warehouse(request: pytest.FixtureRequest, tmp_path: Path) -> Warehouse:
    return fresh_warehouse(tmp_path, request.param, "migrations")


def columns(warehouse: Warehouse, table: str) -> list[str]:
    rows = warehouse.query(
        "select column_name from information_schema.columns where table_schema = 'raw' and table_name = ? "
        "order by ordinal_position",
        [table],
    )
    return [name for (name,) in rows]


def tables(warehouse: Warehouse) -> list[str]:
    rows = warehouse.query("select table_name from information_schema.tables where table_schema = 'raw'")
    return sorted(name for (name,) in rows)


def indexes(warehouse: Warehouse) -> list[str]:
    rows = warehouse.query(
        "select indexname from pg_indexes where schemaname = 'raw' and tablename <> 'alembic_version'"
    )
    return sorted(name for (name,) in rows)


def insert(warehouse: Warehouse, code: str, name: str | None = None) -> None:
    names = "schema_ref, code, data_values, metadata_, loaded_at, batch_id, content_hash, line_number"
    values: list[Any] = ["CUSTOMER", code, f'{{"customer_id": "{code}"}}', '{"type": "instance"}']
    values += ["2024-05-01 10:00:00", "b1", f"hash-{code}", 1]
    if name is not None:
        names, values = names + ", name", [*values, name]
    marks = ", ".join(["?"] * len(values))
    warehouse.execute(f"insert into raw.object_instances ({names}) values ({marks})", values)


def stored(warehouse: Warehouse) -> list[tuple[Any, ...]]:
    return warehouse.query("select code, batch_id, content_hash from raw.object_instances order by code")


def test_from_empty_to_head_to_base_and_back(warehouse: Warehouse) -> None:
    target = warehouse.target
    assert migrate.current(target) is None
    migrate.upgrade(target)
    assert migrate.current(target) == "0002"
    assert tables(warehouse) == ["alembic_version", "object_instance_rejects", "object_instances"]
    assert columns(warehouse, "object_instances") == INSTANCE_COLUMNS
    assert sorted(columns(warehouse, "object_instance_rejects")) == REJECT_COLUMNS
    if warehouse.engine == "postgres":
        assert indexes(warehouse) == PG_INDEXES
    migrate.downgrade(target, "base")
    assert migrate.current(target) is None
    assert tables(warehouse) == ["alembic_version"]
    migrate.upgrade(target)
    assert migrate.current(target) == "0002"
    assert columns(warehouse, "object_instances") == INSTANCE_COLUMNS


def test_one_step_down_and_up_keeps_rows_and_loses_names(warehouse: Warehouse) -> None:
    target = warehouse.target
    migrate.upgrade(target)
    insert(warehouse, "CUS-1", name="Acme Corp")
    insert(warehouse, "CUS-2")
    migrate.downgrade(target, "-1")
    assert migrate.current(target) == "0001"
    assert "name" not in columns(warehouse, "object_instances")
    assert stored(warehouse) == [("CUS-1", "b1", "hash-CUS-1"), ("CUS-2", "b1", "hash-CUS-2")]
    migrate.upgrade(target)
    assert migrate.current(target) == "0002"
    assert stored(warehouse) == [("CUS-1", "b1", "hash-CUS-1"), ("CUS-2", "b1", "hash-CUS-2")]
    assert warehouse.query("select code, name from raw.object_instances order by code") == [
        ("CUS-1", None),
        ("CUS-2", None),
    ]


def _old_store(warehouse: Warehouse, statements: list[str]) -> None:
    for statement in statements:
        warehouse.execute(statement)


def test_store_made_by_the_old_ddl_upgrades_in_place(warehouse: Warehouse) -> None:
    _old_store(warehouse, OLD_DDL_POSTGRES if warehouse.engine == "postgres" else OLD_DDL_DUCKDB)
    insert(warehouse, "CUS-1")
    assert migrate.current(warehouse.target) is None
    migrate.upgrade(warehouse.target)
    assert migrate.current(warehouse.target) == "0002"
    assert columns(warehouse, "object_instances") == INSTANCE_COLUMNS
    assert stored(warehouse) == [("CUS-1", "b1", "hash-CUS-1")]
    if warehouse.engine == "postgres":
        assert indexes(warehouse) == PG_INDEXES


def test_loader_upgrades_the_oldest_store_and_appends(warehouse: Warehouse) -> None:
    """A store from before ``line_number`` existed, with a row: the next load migrates it
    (line_number added, rejects table and indexes created, name added) and appends."""
    json_type = "jsonb" if warehouse.engine == "postgres" else "json"
    _old_store(warehouse, ['create schema "raw"', OLDEST_INSTANCES.format(json=json_type)])
    warehouse.execute(
        "insert into raw.object_instances values ('CUSTOMER', 'CUS-1', '{}', '{}', '2024-05-01 10:00:00', 'b0', 'h0')"
    )
    values = {"customer_id": "CUS-2", "customer_since": "2024-01-01"}
    report = load_instances(
        [("CUSTOMER", "CUS-2", values)], warehouse.target, setup_all_relationships(MINI), batch_id="b1"
    )
    assert (report.inserted, report.rejected) == (1, 0)
    assert migrate.current(warehouse.target) == "0002"
    assert warehouse.query("select code, batch_id, line_number, name from raw.object_instances order by code") == [
        ("CUS-1", "b0", None, None),
        ("CUS-2", "b1", 1, None),
    ]
    if warehouse.engine == "postgres":
        assert indexes(warehouse) == PG_INDEXES


def test_migrated_database_matches_the_models(tmp_path: Path) -> None:
    """Alembic's autogenerate finds nothing to change between the models and a store built
    by the migrations on PostgreSQL (columns, types, nullability, indexes): the models and the
    migrations cannot drift apart. Not on DuckDB: the store has no indexes there by design,
    and duckdb-engine does not reflect the tables of a schema; the columns are checked above."""
    warehouse = fresh_warehouse(tmp_path, "postgres", "migrations_compare")
    migrate.upgrade(warehouse.target)
    engine = migrate.engine_for(warehouse.target)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"include_schemas": True, "include_name": _raw_only, "compare_type": True}
            )
            assert compare_metadata(context, StoreBase.metadata) == []
    finally:
        engine.dispose()


def _raw_only(name: str | None, kind: str, parent: dict[str, str | None]) -> bool:
    if kind == "schema":
        return name == "raw"
    return not (kind == "table" and name == migrate.VERSION_TABLE)


def test_target_from_env_is_what_the_cli_migrates() -> None:
    """The URL the CLI and the loader migrate is the target's database, never another."""
    assert str(migrate.url(Target("duckdb", duckdb_path="/tmp/x.duckdb"))) == "duckdb:////tmp/x.duckdb"
    pg = migrate.url(Target("postgres", host="db", port=6543, user="u", dbname="wh"))
    assert pg.render_as_string() == "postgresql+psycopg2://u@db:6543/wh"
