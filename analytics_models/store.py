"""Declarative models of the unified instance store: ``raw.object_instances`` (one row per
stored version of an instance) and ``raw.object_instance_rejects`` (one row per rejected
input line). These tables are the store's one definition: the Alembic migrations build the
database to match them (tests/test_migrations.py compares the two) and the loader takes its
column lists from them."""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import BigInteger, DateTime, Index, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from analytics_models.types import InstanceJSON

SCHEMA = "raw"
"""Schema of the raw landing zone (the dbt var ``raw_schema`` defaults to it)."""
INSTANCES = "object_instances"
REJECTS = "object_instance_rejects"


class StoreBase(DeclarativeBase):
    """Base of the store's models; its metadata is the Alembic migrations' target."""

    metadata = MetaData(schema=SCHEMA)


class ObjectModel(StoreBase):
    """One stored version of an object-model instance, as in the seed's unified ObjectModel:
    ``metadata_ = {"type": "instance", "schema_ref": CODE, ...}`` and ``data_values``.

    Building one and adding it to a session stores it after validation against its catalog
    schema (``analytics_models.instances``): ``schema_ref`` comes from ``metadata_``, and
    ``content_hash``, ``loaded_at`` and ``batch_id`` are filled like the loader fills them.
    The natural key (schema_ref, code, content_hash) is the mapper's primary key."""

    __tablename__ = INSTANCES
    __table_args__ = (
        Index(f"{INSTANCES}_version_uq", "schema_ref", "code", "content_hash", unique=True),
        Index(f"{INSTANCES}_schema_ref_ix", "schema_ref"),
        Index(f"{INSTANCES}_loaded_at_ix", "loaded_at"),
    )
    __mapper_args__: ClassVar[dict[str, Any]] = {"primary_key": ("schema_ref", "code", "content_hash")}

    schema_ref: Mapped[str] = mapped_column(String, nullable=False)
    code: Mapped[str] = mapped_column(String, nullable=False)
    data_values: Mapped[dict[str, Any]] = mapped_column(InstanceJSON, nullable=False)
    metadata_: Mapped[dict[str, Any]] = mapped_column("metadata_", InstanceJSON, nullable=False)
    loaded_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    batch_id: Mapped[str] = mapped_column(String, nullable=False)
    content_hash: Mapped[str] = mapped_column(String, nullable=False)
    line_number: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    name: Mapped[str | None] = mapped_column(String, nullable=True)
    """Added by migration 0002; the loader leaves it empty (input lines carry no name)."""

    def __repr__(self) -> str:
        return f"ObjectModel(schema_ref={self.schema_ref!r}, code={self.code!r}, name={self.name!r})"


class ObjectInstanceReject(StoreBase):
    """One rejected input line with the first field and rule it broke and every reason."""

    __tablename__ = REJECTS
    __table_args__ = (Index(f"{REJECTS}_line_uq", "source", "line_number", "content_hash", unique=True),)
    __mapper_args__: ClassVar[dict[str, Any]] = {"primary_key": ("source", "line_number", "content_hash")}

    source: Mapped[str | None] = mapped_column(String, nullable=True)
    line_number: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    content_hash: Mapped[str | None] = mapped_column(String, nullable=True)
    schema_ref: Mapped[str | None] = mapped_column(String, nullable=True)
    code: Mapped[str | None] = mapped_column(String, nullable=True)
    field: Mapped[str | None] = mapped_column(String, nullable=True)
    rule: Mapped[str | None] = mapped_column(String, nullable=True)
    reason: Mapped[str] = mapped_column(String, nullable=False)
    data_values: Mapped[str | None] = mapped_column(String, nullable=True)
    rejected_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    batch_id: Mapped[str] = mapped_column(String, nullable=False)


instances_table = ObjectModel.__table__
rejects_table = ObjectInstanceReject.__table__
