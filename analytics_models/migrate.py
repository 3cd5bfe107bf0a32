"""Run the instance store's Alembic migrations (``analytics_models/migrations``) against a
target: upgrade, downgrade, current revision. The version table is ``raw.alembic_version``.
On PostgreSQL every run holds an advisory lock (``DDL_LOCK``) for its transaction, so that
concurrent first loads never race on ``create schema`` / ``create table``."""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, pool
from sqlalchemy.engine import URL

from analytics_models.store import SCHEMA
from generators.load.connections import Target

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "alembic_version"
DDL_LOCK = zlib.crc32(b"sales-kpi-warehouse raw store ddl")
"""The PostgreSQL advisory lock held while creating or migrating the raw store."""


def url(target: Target) -> URL:
    """The SQLAlchemy URL of ``target`` (duckdb-engine for DuckDB, psycopg2 for PostgreSQL)."""
    if target.engine == "duckdb":
        return URL.create("duckdb", database=target.duckdb_path)
    return URL.create(
        "postgresql+psycopg2",
        username=target.user,
        password=target.password or None,
        host=target.host,
        port=target.port,
        database=target.dbname,
    )


def engine_for(target: Target, dbapi_connection: Any = None) -> Engine:
    """An engine on ``target``. On DuckDB an open ``duckdb`` connection of this process can be
    passed: a second ``duckdb.connect`` of the same file with duckdb-engine's configuration
    is refused while it is open, so the engine then works on a cursor of that connection."""
    if dbapi_connection is not None and target.engine == "duckdb":
        from duckdb_engine import ConnectionWrapper

        return create_engine(
            "duckdb://", creator=lambda: ConnectionWrapper(dbapi_connection.cursor()), poolclass=pool.NullPool
        )
    return create_engine(url(target), poolclass=pool.NullPool)


def config(connection: Connection | None = None) -> Config:
    """The Alembic configuration of the store, without an ini file."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


@cache
def head() -> str:
    """The newest revision."""
    revision = ScriptDirectory.from_config(config()).get_current_head()
    assert revision is not None, f"no migration in {MIGRATIONS}"
    return revision


@contextmanager
def _connected(target: Target, dbapi_connection: Any = None) -> Iterator[Connection]:
    engine = engine_for(target, dbapi_connection)
    try:
        with engine.connect() as connection:
            yield connection
    finally:
        engine.dispose()


def upgrade(target: Target, revision: str = "head", dbapi_connection: Any = None) -> None:
    """Migrate the store of ``target`` up to ``revision`` (creating it when absent)."""
    with _connected(target, dbapi_connection) as connection:
        command.upgrade(config(connection), revision)


def downgrade(target: Target, revision: str) -> None:
    """Migrate the store of ``target`` down to ``revision`` (``base`` drops it, ``-1`` one step)."""
    with _connected(target) as connection:
        command.downgrade(config(connection), revision)


def current(target: Target) -> str | None:
    """The store's revision, or None when no migration ever ran on it (read without Alembic's
    environment, which would create the raw schema)."""
    with _connected(target) as connection:
        cursor = connection.connection.cursor()
        try:
            return stored_revision(cursor, "?" if target.engine == "duckdb" else "%s")
        finally:
            cursor.close()


def stored_revision(cursor: Any, mark: str) -> str | None:
    """The revision in ``raw.alembic_version`` read through a DB-API cursor whose parameter
    marker is ``mark`` (no engine), or None when there is no version table: the loader's
    cheap check before each load."""
    cursor.execute(
        f"select count(*) from information_schema.tables where table_schema = {mark} and table_name = {mark}",
        (SCHEMA, VERSION_TABLE),
    )
    row = cursor.fetchone()
    if not row or not row[0]:
        return None
    cursor.execute(f'select version_num from "{SCHEMA}"."{VERSION_TABLE}"')
    rows = cursor.fetchall()
    return rows[0][0] if len(rows) == 1 else None
