"""The raw store: DDL per engine and the bulk, idempotent append of one batch.

Rows land in ``raw.object_instances`` (schema_ref, code, data_values JSON, metadata_ JSON,
loaded_at, batch_id, content_hash). A row whose (schema_ref, code, content_hash) is
already stored is skipped, so re-running a load never duplicates; a changed instance
is appended as a new version (staging keeps the latest). Invalid instances go to
``raw.object_instance_rejects`` with the reason."""

from __future__ import annotations

import csv
import io
import os
import tempfile
from typing import Any

from generators.load.connections import Target

SCHEMA = "raw"
TABLE = "object_instances"
REJECTS = "object_instance_rejects"
COLUMNS = ("schema_ref", "code", "data_values", "metadata_", "loaded_at", "batch_id", "content_hash")
REJECT_COLUMNS = ("schema_ref", "code", "data_values", "reason", "rejected_at", "batch_id")


def ddl(engine: str) -> list[str]:
    json_type = "json" if engine == "duckdb" else "jsonb"
    statements = [
        f"create schema if not exists {SCHEMA}",
        f"""create table if not exists {SCHEMA}.{TABLE} (
            schema_ref varchar not null,
            code varchar not null,
            data_values {json_type} not null,
            metadata_ {json_type} not null,
            loaded_at timestamp not null,
            batch_id varchar not null,
            content_hash varchar not null
        )""",
        f"""create table if not exists {SCHEMA}.{REJECTS} (
            schema_ref varchar,
            code varchar,
            data_values varchar,
            reason varchar not null,
            rejected_at timestamp not null,
            batch_id varchar not null
        )""",
    ]
    if engine == "postgres":
        statements += [
            f"create unique index if not exists {TABLE}_version_uq "
            f"on {SCHEMA}.{TABLE} (schema_ref, code, content_hash)",
            f"create index if not exists {TABLE}_schema_ref_ix on {SCHEMA}.{TABLE} (schema_ref)",
            f"create index if not exists {TABLE}_loaded_at_ix on {SCHEMA}.{TABLE} (loaded_at)",
        ]
    return statements


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

    def create(self) -> None:
        cur = self.conn.cursor()
        for statement in ddl(self.engine):
            cur.execute(statement)
        self.conn.commit()

    def append(self, rows: list[tuple[Any, ...]], rejects: list[tuple[Any, ...]]) -> int:
        """Store a batch; return how many rows were new."""
        inserted = self._append_duckdb(rows) if self.engine == "duckdb" else self._append_postgres(rows)
        if rejects:
            cur = self.conn.cursor()
            placeholders = ", ".join(["?" if self.engine == "duckdb" else "%s"] * len(REJECT_COLUMNS))
            cur.executemany(
                f"insert into {SCHEMA}.{REJECTS} ({', '.join(REJECT_COLUMNS)}) values ({placeholders})", rejects
            )
        self.conn.commit()
        return inserted

    def _append_duckdb(self, rows: list[tuple[Any, ...]]) -> int:
        if not rows:
            return 0
        handle, path = tempfile.mkstemp(suffix=".csv")
        try:
            with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
                out.write(_csv_text(rows))
            cols = ", ".join(f"'{c}': 'VARCHAR'" for c in COLUMNS)
            before = self.conn.execute(f"select count(*) from {SCHEMA}.{TABLE}").fetchone()[0]
            self.conn.execute(
                f"""insert into {SCHEMA}.{TABLE}
                select distinct
                    incoming.schema_ref, incoming.code, cast(incoming.data_values as json),
                    cast(incoming.metadata_ as json), cast(incoming.loaded_at as timestamp),
                    incoming.batch_id, incoming.content_hash
                from read_csv(?, header = false, columns = {{{cols}}}, quote = '"', escape = '"') as incoming
                where not exists (
                    select 1 from {SCHEMA}.{TABLE} as stored
                    where stored.schema_ref = incoming.schema_ref
                      and stored.code = incoming.code
                      and stored.content_hash = incoming.content_hash
                )""",
                [path],
            )
            after = self.conn.execute(f"select count(*) from {SCHEMA}.{TABLE}").fetchone()[0]
            return int(after - before)
        finally:
            os.unlink(path)

    def _append_postgres(self, rows: list[tuple[Any, ...]]) -> int:
        if not rows:
            return 0
        cur = self.conn.cursor()
        cur.execute(
            f"create temporary table if not exists incoming_instances "
            f"(like {SCHEMA}.{TABLE} including defaults) on commit delete rows"
        )
        cur.copy_expert(
            f"copy incoming_instances ({', '.join(COLUMNS)}) from stdin with (format csv)",
            io.StringIO(_csv_text(rows)),
        )
        cur.execute(
            f"insert into {SCHEMA}.{TABLE} ({', '.join(COLUMNS)}) "
            f"select {', '.join(COLUMNS)} from incoming_instances "
            "on conflict (schema_ref, code, content_hash) do nothing"
        )
        return int(cur.rowcount)
