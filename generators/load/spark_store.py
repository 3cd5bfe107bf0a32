"""The raw store on Spark: the same tables, columns and semantics as ``RawStore`` (see
generators/load/raw_store.py), as Parquet tables of a local Spark (or the cluster the session
runs on). JSON stays a string column; ``loaded_at`` and ``rejected_at`` are timestamps.

A batch is one DataFrame, written as one Parquet file sorted by schema_ref (a staging model's
``where schema_ref = ...`` then skips the other row groups), never row by row:

1. every version not stored yet (schema_ref, code, content_hash) is appended, the last line
   of the batch when it holds the same content twice;
2. when the batch's last version of a code was stored by an earlier load and a newer one has
   been stored since (A, then B, then A again), the stored copy takes this load's loaded_at,
   line and batch, so it is current again. Parquet has no UPDATE: the table is rewritten,
   which happens only then; an ordinary load only appends;
3. rejects are appended, one row per (source, line_number, content_hash)."""

from __future__ import annotations

from typing import Any

from generators.load.connections import Target, spark_session
from generators.load.raw_store import COLUMNS, REJECT_COLUMNS, REJECTS, SCHEMA, TABLE

INSTANCES = f"{SCHEMA}.{TABLE}"
REJECTS_TABLE = f"{SCHEMA}.{REJECTS}"
STRING_COLUMNS = {"line_number": "bigint", "loaded_at": "timestamp", "rejected_at": "timestamp"}
"""Every column is a string but these (the batch rows hold loaded_at as ISO text)."""


def _ddl_columns(columns: tuple[str, ...], skip: str = "") -> str:
    return ", ".join(f"{c} {STRING_COLUMNS.get(c, 'string')}" for c in columns if c != skip)


def ddl() -> list[str]:
    return [
        f"create database if not exists {SCHEMA}",
        f"create table if not exists {INSTANCES} ({_ddl_columns(COLUMNS)}) using parquet",
        f"create table if not exists {REJECTS_TABLE} ({_ddl_columns(REJECT_COLUMNS)}) using parquet",
    ]


def _typed(columns: tuple[str, ...]) -> str:
    """The select list that types a view of string columns like the tables."""
    return ", ".join(f"cast({c} as {STRING_COLUMNS[c]}) as {c}" if c in STRING_COLUMNS else c for c in columns)


class SparkRawStore:
    """Appends batches to the raw store of a Spark target, on the process's one session."""

    def __init__(self, target: Target) -> None:
        self.target = target
        self.spark = spark_session(target)

    def create(self) -> None:
        for statement in ddl():
            self.spark.sql(statement)

    def close(self) -> None:
        """The session stays up for the process (dbt and queries reuse it); drop the batch views."""
        for view in ("incoming_instances", "incoming_instances_text", "incoming_rejects", "incoming_rejects_text"):
            self.spark.catalog.dropTempView(view)
        self.spark.catalog.dropTempView("current_again")

    def append(self, rows: list[tuple[Any, ...]], rejects: list[tuple[Any, ...]]) -> int:
        """Store a batch; return how many rows were new or current again."""
        inserted = self._append_instances(rows) if rows else 0
        if rejects:
            self._append_rejects(rejects)
        return inserted

    def _view(self, name: str, rows: list[tuple[Any, ...]], columns: tuple[str, ...]) -> None:
        from pyspark.sql.types import StringType, StructField, StructType

        schema = StructType([StructField(c, StringType(), True) for c in columns])
        text_rows = [tuple(None if v is None else str(v) for v in row) for row in rows]
        self.spark.createDataFrame(text_rows, schema).createOrReplaceTempView(f"{name}_text")
        self.spark.sql(f"select {_typed(columns)} from {name}_text").localCheckpoint().createOrReplaceTempView(name)

    def _append_instances(self, rows: list[tuple[Any, ...]]) -> int:
        self._view("incoming_instances", rows, COLUMNS)
        columns = ", ".join(COLUMNS)
        new_versions = self.spark.sql(
            f"""select {columns} from (
                select
                    incoming.*,
                    row_number() over (
                        partition by incoming.schema_ref, incoming.code, incoming.content_hash
                        order by incoming.line_number desc
                    ) as copy_rank
                from incoming_instances as incoming
                left anti join {INSTANCES} as stored
                    on stored.schema_ref = incoming.schema_ref
                    and stored.code = incoming.code
                    and stored.content_hash = incoming.content_hash
            ) as new_versions
            where copy_rank = 1"""
        ).localCheckpoint()
        inserted = new_versions.count()
        if inserted:
            self._write(new_versions, INSTANCES, COLUMNS)
        return inserted + self._make_current_again()

    def _make_current_again(self) -> int:
        """Step 2 of the module docstring; the number of stored versions made current again."""
        again = self.spark.sql(
            f"""with last_version as (
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
            ),
            stored_last as (
                select stored.schema_ref, stored.code, stored.content_hash, stored.loaded_at, stored.line_number
                from {INSTANCES} as stored
                inner join last_version
                    on stored.schema_ref = last_version.schema_ref
                    and stored.code = last_version.code
                    and stored.content_hash = last_version.content_hash
            )
            select distinct last_version.*
            from last_version
            inner join stored_last
                on stored_last.schema_ref = last_version.schema_ref
                and stored_last.code = last_version.code
                and stored_last.content_hash = last_version.content_hash
            inner join {INSTANCES} as newer
                on newer.schema_ref = stored_last.schema_ref
                and newer.code = stored_last.code
                and newer.content_hash <> stored_last.content_hash
                and (newer.loaded_at > stored_last.loaded_at
                     or (newer.loaded_at = stored_last.loaded_at
                         and coalesce(newer.line_number, -1) > coalesce(stored_last.line_number, -1)))"""
        ).localCheckpoint()
        count = again.count()
        if not count:
            return 0
        again.createOrReplaceTempView("current_again")
        others = ", ".join(f"stored.{c}" for c in COLUMNS if c not in ("loaded_at", "line_number", "batch_id"))
        # the table, with the versions made current again restamped, checkpointed first:
        # Spark never overwrites a table while it reads from it
        rewritten = self.spark.sql(
            f"""select
                {others},
                coalesce(again.loaded_at, stored.loaded_at) as loaded_at,
                coalesce(again.line_number, stored.line_number) as line_number,
                coalesce(again.batch_id, stored.batch_id) as batch_id
            from {INSTANCES} as stored
            left join current_again as again
                on stored.schema_ref = again.schema_ref
                and stored.code = again.code
                and stored.content_hash = again.content_hash
"""
        ).localCheckpoint()
        self._write(rewritten, INSTANCES, COLUMNS, overwrite=True)
        return count

    @staticmethod
    def _write(frame: Any, table: str, columns: tuple[str, ...], overwrite: bool = False) -> None:
        """``frame`` into ``table`` as one file sorted by its first column (insertInto is positional)."""
        ordered = frame.select(*columns).coalesce(1).sortWithinPartitions(columns[0], columns[1])
        ordered.write.insertInto(table, overwrite=overwrite)

    def _append_rejects(self, rejects: list[tuple[Any, ...]]) -> None:
        # one row per (source, line, content): a line repeated in a batch, or a re-run, is skipped
        unique = list({(r[0], r[1], r[2]): r for r in rejects}.values())
        self._view("incoming_rejects", unique, REJECT_COLUMNS)
        new_rejects = self.spark.sql(
            f"""select incoming.*
            from incoming_rejects as incoming
            left anti join {REJECTS_TABLE} as stored
                on stored.source <=> incoming.source
                and stored.line_number <=> incoming.line_number
                and stored.content_hash <=> incoming.content_hash"""
        )
        self._write(new_rejects, REJECTS_TABLE, REJECT_COLUMNS)
