"""The instance store's JSON column type: JSONB on PostgreSQL, JSON on DuckDB (through
duckdb-engine), with the same ``column['key'].astext`` comparator on both."""

from __future__ import annotations

from typing import Any

from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator, TypeEngine


class InstanceJSON(TypeDecorator[Any]):
    """A JSON document column.

    The comparator is PostgreSQL's JSON comparator, so ``column['key'].astext`` renders
    ``column ->> 'key'``: text on PostgreSQL (json and jsonb) and varchar on DuckDB, whose
    JSON extension has the same operator. Only the stored type differs per dialect."""

    impl = postgresql.JSON
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "postgresql":
            return dialect.type_descriptor(postgresql.JSONB())
        return dialect.type_descriptor(postgresql.JSON())
