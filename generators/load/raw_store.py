"""The raw store: the bulk, idempotent append of one batch.

The store's shape is ``analytics_models.store`` (the SQLAlchemy models), built and evolved by
its Alembic migrations: ``RawStore.create()`` upgrades the store to the newest revision, and
the column lists below are the models' tables. Rows land in ``raw.object_instances``
(schema_ref, code, data_values JSON, metadata_ JSON, loaded_at, batch_id, content_hash,
line_number, name: empty from the loader). A row whose (schema_ref, code,
content_hash) is already stored is not stored twice, so re-running a load never
duplicates; a changed instance is appended as a new version (staging keeps the latest:
last ``loaded_at``, then last ``line_number``), and going back to an earlier content makes
that stored version current again. Rejected lines go to
``raw.object_instance_rejects``, one row per line, keyed on (source, line_number,
content_hash) so that re-running a file never duplicates them either."""

from __future__ import annotations

import csv
import io
import os
import tempfile
from functools import cache
from typing import Any

from sqlalchemy import Table

from analytics_models import migrate
from analytics_models.store import INSTANCES as TABLE
from analytics_models.store import REJECTS, SCHEMA, instances_table, rejects_table
from generators.load.connections import Target

COLUMNS = tuple(instances_table.columns.keys())
"""Columns of a stored row, in the order of the loader's row tuples: the model's table."""
REJECT_COLUMNS = tuple(rejects_table.columns.keys())
DDL_LOCK = migrate.DDL_LOCK
"""The PostgreSQL advisory lock held while creating or migrating the raw store, so that
concurrent first loads never race on ``create schema`` / ``create table``."""


def quote(identifier: str) -> str:
    """``identifier`` as a quoted SQL identifier (same rule on DuckDB and PostgreSQL)."""
    return '"' + identifier.replace('"', '""') + '"'


INSTANCES = f"{quote(SCHEMA)}.{quote(TABLE)}"
REJECTS_TABLE = f"{quote(SCHEMA)}.{quote(REJECTS)}"


@cache
def _typed(table: Table) -> str:
    """The select list casting each text column of a CSV to its type in ``table`` (DuckDB's
    ``read_csv`` reads every column as varchar)."""
    from duckdb_engine import Dialect

    dialect = Dialect()
    parts = []
    for column in table.columns:
        sql_type = column.type.compile(dialect).lower()
        name = quote(column.name)
        parts.append(name if sql_type == "varchar" else f"cast({name} as {sql_type}) as {name}")
    return ", ".join(parts)


def _csv_text(rows: list[tuple[Any, ...]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerows(rows)
    return buffer.getvalue()


class RawStore:
    """Appends batches to the raw store of one target."""

    def __init__(self, target: Target, connection: Any) -> None:
        self.target = target
        self.conn = connection
        self.engine = target.engine
        self.mark = "?" if self.engine == "duckdb" else "%s"

    def create(self) -> None:
        """Bring the store to the newest migration (``analytics_models/migrations``): create
        it in a new database, migrate an older one, nothing when it is current. The check
        reads ``raw.alembic_version`` on the loader's own connection; only a store that is
        behind starts Alembic, which holds the PostgreSQL advisory lock while it migrates."""
        cur = self.conn.cursor()
        current = migrate.stored_revision(cur, self.mark)
        self.conn.commit()
        if current != migrate.head():
            migrate.upgrade(self.target, dbapi_connection=self.conn if self.engine == "duckdb" else None)

    def append(self, rows: list[tuple[Any, ...]], rejects: list[tuple[Any, ...]]) -> int:
        """Store a batch (rows laid out as ``COLUMNS``, rejects as ``REJECT_COLUMNS``); return
        how many rows were new."""
        if rows and len(rows[0]) != len(COLUMNS):
            raise ValueError(f"a row has {len(rows[0])} values, the store's columns are {', '.join(COLUMNS)}")
        if rejects and len(rejects[0]) != len(REJECT_COLUMNS):
            raise ValueError(f"a reject has {len(rejects[0])} values, its columns are {', '.join(REJECT_COLUMNS)}")
        inserted = self._append_duckdb(rows) if self.engine == "duckdb" else self._append_postgres(rows)
        if rejects:
            self._append_rejects(rejects)
        self.conn.commit()
        return inserted

    def _append_rejects(self, rejects: list[tuple[Any, ...]]) -> None:
        cur = self.conn.cursor()
        names = ", ".join(REJECT_COLUMNS)
        mark = self.mark
        values = ", ".join([mark] * len(REJECT_COLUMNS))
        # one row per (source, line, content): a line repeated in a batch, or a re-run, is skipped
        unique = list({(r[0], r[1], r[2]): r for r in rejects}.values())
        cur.executemany(
            f"insert into {REJECTS_TABLE} ({names}) select {values} where not exists "
            f"(select 1 from {REJECTS_TABLE} where source = {mark} and line_number = {mark} and content_hash = {mark})",
            [(*r, r[0], r[1], r[2]) for r in unique],
        )

    def _append_duckdb(self, rows: list[tuple[Any, ...]]) -> int:
        if not rows:
            return 0
        handle, path = tempfile.mkstemp(suffix=".csv")
        try:
            with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
                out.write(_csv_text(rows))
            cols = ", ".join(f"'{c}': 'VARCHAR'" for c in COLUMNS)
            self.conn.execute(
                f"""create or replace temporary table incoming_instances as
                select {_typed(instances_table)}
                from read_csv(?, header = false, columns = {{{cols}}}, quote = '"', escape = '"')""",
                [path],
            )
        finally:
            os.unlink(path)
        return self._store_incoming()

    def _append_postgres(self, rows: list[tuple[Any, ...]]) -> int:
        if not rows:
            return 0
        cur = self.conn.cursor()
        cur.execute(
            f"create temporary table if not exists incoming_instances "
            f"(like {INSTANCES} including defaults) on commit delete rows"
        )
        cur.copy_expert(
            f"copy incoming_instances ({', '.join(COLUMNS)}) from stdin with (format csv)",
            io.StringIO(_csv_text(rows)),
        )
        return self._store_incoming()

    def _store_incoming(self) -> int:
        """Store the batch in ``incoming_instances``; return how many versions it made new
        or current again.

        1. Every version not stored yet is inserted; the same content twice in the batch
           keeps its last line, so a later line wins.
        2. The batch's last version of each code must end up current. When that content
           was stored by an earlier load and a newer version has been stored since (A, then
           B, then A again), the stored copy takes this load's ``loaded_at`` and line, so it
           is current again; a re-run of the same file changes nothing."""
        # a DuckDB cursor is another connection, which does not see the temporary table
        cur = self.conn if self.engine == "duckdb" else self.conn.cursor()
        columns = ", ".join(COLUMNS)
        cur.execute(
            f"""insert into {INSTANCES} ({columns})
            select {columns} from (
                select
                    incoming.*,
                    row_number() over (
                        partition by incoming.schema_ref, incoming.code, incoming.content_hash
                        order by incoming.line_number desc
                    ) as copy_rank
                from incoming_instances as incoming
                where not exists (
                    select 1 from {INSTANCES} as stored
                    where stored.schema_ref = incoming.schema_ref
                      and stored.code = incoming.code
                      and stored.content_hash = incoming.content_hash
                )
            ) as new_versions
            where copy_rank = 1"""
        )
        inserted = self._rowcount(cur)
        cur.execute(
            f"""update {INSTANCES} as stored
            set loaded_at = last_version.loaded_at,
                line_number = last_version.line_number,
                batch_id = last_version.batch_id
            from (
                select schema_ref, code, content_hash, loaded_at, line_number, batch_id
                from (
                    select
                        incoming.*,
                        row_number() over (
                            partition by incoming.schema_ref, incoming.code order by incoming.line_number desc
                        ) as line_rank
                    from incoming_instances as incoming
                ) as ranked
                where line_rank = 1
            ) as last_version
            where stored.schema_ref = last_version.schema_ref
              and stored.code = last_version.code
              and stored.content_hash = last_version.content_hash
              and exists (
                  select 1 from {INSTANCES} as newer
                  where newer.schema_ref = stored.schema_ref
                    and newer.code = stored.code
                    and newer.content_hash <> stored.content_hash
                    and (newer.loaded_at > stored.loaded_at
                         or (newer.loaded_at = stored.loaded_at
                             and coalesce(newer.line_number, -1) > coalesce(stored.line_number, -1)))
              )"""
        )
        return inserted + self._rowcount(cur)

    def _rowcount(self, cur: Any) -> int:
        if self.engine == "postgres":
            return int(cur.rowcount)
        row = cur.fetchone()
        return int(row[0]) if row else 0
