"""Connections to the raw store's engine, configured like the dbt profiles."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Literal

Engine = Literal["duckdb", "postgres"]


@dataclass(frozen=True)
class Target:
    engine: Engine
    duckdb_path: str = "warehouse.duckdb"
    host: str = "127.0.0.1"
    port: int = 5432
    user: str = "postgres"
    password: str = ""
    dbname: str = "postgres"

    @classmethod
    def from_env(cls, engine: Engine, duckdb_path: str | None = None, dbname: str | None = None) -> Target:
        """Same environment variables and defaults as profiles.example.yml."""
        return cls(
            engine=engine,
            duckdb_path=duckdb_path or os.environ.get("DUCKDB_PATH", "warehouse.duckdb"),
            host=os.environ.get("PGHOST", "127.0.0.1"),
            port=int(os.environ.get("PGPORT", "5432")),
            user=os.environ.get("PGUSER", "postgres"),
            password=os.environ.get("PGPASSWORD", ""),
            dbname=dbname or os.environ.get("PGDATABASE", "postgres"),
        )

    def describe(self) -> str:
        if self.engine == "duckdb":
            return f"duckdb:{self.duckdb_path}"
        return f"postgres://{self.user}@{self.host}:{self.port}/{self.dbname}"


def connect(target: Target) -> Any:
    """A DB-API connection (autocommit off for Postgres)."""
    if target.engine == "duckdb":
        import duckdb

        return duckdb.connect(target.duckdb_path)
    import psycopg2

    return psycopg2.connect(
        host=target.host,
        port=target.port,
        user=target.user,
        password=target.password or None,
        dbname=target.dbname,
    )


def ensure_postgres_database(target: Target) -> None:
    """Create the target database when it does not exist (needs CREATEDB). Safe when
    several loads start at once: the loser of the race sees the database exists."""
    import psycopg2
    from psycopg2 import errors, sql

    admin = psycopg2.connect(
        host=target.host, port=target.port, user=target.user, password=target.password or None, dbname="postgres"
    )
    admin.autocommit = True
    try:
        with admin.cursor() as cur:
            cur.execute("select 1 from pg_database where datname = %s", (target.dbname,))
            if cur.fetchone() is not None:
                return
            try:
                cur.execute(sql.SQL("create database {}").format(sql.Identifier(target.dbname)))
            except (errors.DuplicateDatabase, errors.UniqueViolation):
                cur.execute("select 1 from pg_database where datname = %s", (target.dbname,))
                if cur.fetchone() is None:
                    raise
    finally:
        admin.close()
