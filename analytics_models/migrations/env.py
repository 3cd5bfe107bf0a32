"""Alembic environment of the instance store (run by ``analytics_models.migrate``).

The connection comes from ``config.attributes["connection"]`` (``analytics db upgrade``
and the loader pass one), else from ``sqlalchemy.url``. The version table lives in the
raw schema, created first. On PostgreSQL the run holds the store's advisory lock for its
transaction. DuckDB has no Alembic implementation of its own: ``DuckDBImpl`` below is the
default one with transactional DDL."""

from __future__ import annotations

from alembic import context
from alembic.ddl.impl import DefaultImpl
from sqlalchemy import Connection, create_engine, pool, text

from analytics_models.migrate import DDL_LOCK, VERSION_TABLE
from analytics_models.store import SCHEMA, StoreBase


class DuckDBImpl(DefaultImpl):
    """Alembic's operations on DuckDB (through duckdb-engine): plain SQL DDL, in a transaction."""

    __dialect__ = "duckdb"
    transactional_ddl = True


def _migrate(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=StoreBase.metadata,
        version_table=VERSION_TABLE,
        version_table_schema=SCHEMA,
        include_schemas=True,
        transaction_per_migration=False,
    )
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            connection.execute(text("select pg_advisory_xact_lock(:lock)"), {"lock": DDL_LOCK})
        connection.execute(text(f'create schema if not exists "{SCHEMA}"'))
        context.run_migrations()


def run() -> None:
    config = context.config
    connection = config.attributes.get("connection")
    if connection is not None:
        _migrate(connection)
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "", poolclass=pool.NullPool)
    try:
        with engine.connect() as fresh:
            _migrate(fresh)
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("the instance store's migrations run online only (analytics db upgrade)")
run()
