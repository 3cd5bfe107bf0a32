"""The raw store as the loader's hand DDL built it (before migrations existed).

Idempotent: every statement is ``create ... if not exists`` / ``add column if not exists``,
so a store that the old DDL made (any earlier shape of it) upgrades cleanly and keeps its
rows; an empty database gets the whole store. The unique and lookup indexes exist on
PostgreSQL only, as before (DuckDB deduplicates in the loader's insert).

Downgrade drops both tables and every row in them.

Revision ID: 0001
Revises:
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INSTANCES = '"raw"."object_instances"'
REJECTS = '"raw"."object_instance_rejects"'


def _json() -> str:
    return "jsonb" if op.get_bind().dialect.name == "postgresql" else "json"


def upgrade() -> None:
    json_type = _json()
    op.execute(
        f"""create table if not exists {INSTANCES} (
            schema_ref varchar not null,
            code varchar not null,
            data_values {json_type} not null,
            metadata_ {json_type} not null,
            loaded_at timestamp not null,
            batch_id varchar not null,
            content_hash varchar not null,
            line_number bigint
        )"""
    )
    op.execute(f"alter table {INSTANCES} add column if not exists line_number bigint")
    op.execute(
        f"""create table if not exists {REJECTS} (
            schema_ref varchar,
            code varchar,
            data_values varchar,
            reason varchar not null,
            rejected_at timestamp not null,
            batch_id varchar not null
        )"""
    )
    for column, kind in (
        ("source", "varchar"),
        ("line_number", "bigint"),
        ("content_hash", "varchar"),
        ("field", "varchar"),
        ("rule", "varchar"),
    ):
        op.execute(f"alter table {REJECTS} add column if not exists {column} {kind}")
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            f"create unique index if not exists object_instances_version_uq "
            f"on {INSTANCES} (schema_ref, code, content_hash)"
        )
        op.execute(f"create index if not exists object_instances_schema_ref_ix on {INSTANCES} (schema_ref)")
        op.execute(f"create index if not exists object_instances_loaded_at_ix on {INSTANCES} (loaded_at)")
        op.execute(
            f"create unique index if not exists object_instance_rejects_line_uq "
            f"on {REJECTS} (source, line_number, content_hash)"
        )


def downgrade() -> None:
    op.execute(f"drop table if exists {REJECTS}")
    op.execute(f"drop table if exists {INSTANCES}")
