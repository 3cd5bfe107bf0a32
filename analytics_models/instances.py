"""What happens when an ``ObjectModel`` is flushed: the checks and defaults of the loader.

Before each insert or update of an instance, ``schema_ref`` is taken from ``metadata_``,
the values are validated against the catalog schema with the loader's own check
(``generators.load.validate``: aliases resolve to the canonical code, every error names its
field and rule), the normalised values are stored, and ``content_hash``, ``loaded_at`` and
``batch_id`` are filled as the loader fills them. The catalog is
``session.info["catalog"]`` when the session carries one, else the project's catalog
(``definitions.setup_all_relationships()``, loaded once)."""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

from sqlalchemy import event, exists, inspect, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Mapper, object_session

from analytics_models.store import ObjectModel
from definitions.types import text_problem
from generators.load.digest import canonical_json, content_hash
from generators.load.validate import Candidate, Rejected, validate

ORM_BATCH = "orm"
"""``batch_id`` of an instance stored through the ORM without one."""


class InstanceRejected(ValueError):
    """An instance that breaks its schema: names the instance, the field and the rule."""

    def __init__(self, schema_ref: Any, code: Any, field: str, rule: str, reason: str) -> None:
        self.schema_ref, self.code, self.field, self.rule, self.reason = schema_ref, code, field, rule, reason
        super().__init__(f"instance {schema_ref}/{code} rejected: {field} breaks {rule}: {reason}")


@cache
def _project_catalog() -> Any:
    from definitions.registry import setup_all_relationships

    return setup_all_relationships()


def _catalog_of(target: ObjectModel) -> Any:
    session = object_session(target)
    if session is not None and "catalog" in session.info:
        return session.info["catalog"]
    return _project_catalog()


def _schema_ref(target: ObjectModel) -> Any:
    if target.metadata_ is None:  # ObjectModel(schema_ref=..., ...) without metadata_
        target.metadata_ = {}
    metadata = target.metadata_
    if not isinstance(metadata, dict):
        raise InstanceRejected(target.schema_ref, target.code, "metadata_", "metadata_.object", "must be a dict")
    if metadata.get("type", "instance") != "instance":
        raise InstanceRejected(
            target.schema_ref,
            target.code,
            "metadata_.type",
            "metadata_.type",
            f"must be 'instance', not {metadata['type']!r}",
        )
    given = metadata.get("schema_ref")
    if target.schema_ref is not None and given is not None and target.schema_ref != given:
        raise InstanceRejected(
            given,
            target.code,
            "schema_ref",
            "schema_ref.conflict",
            f"schema_ref={target.schema_ref!r} but metadata_ says {given!r}",
        )
    return given if given is not None else target.schema_ref


def _check_name(name: Any, schema_ref: str, code: str) -> None:
    if name is None:
        return
    if not isinstance(name, str):
        raise InstanceRejected(schema_ref, code, "name", "name.format", f"must be a string, got {type(name).__name__}")
    broken = text_problem(name)
    if broken is not None:
        raise InstanceRejected(schema_ref, code, "name", broken.rule, broken.message)


def prepare(target: ObjectModel, catalog: Any) -> None:
    """Validate ``target`` and fill its derived columns, or raise ``InstanceRejected``."""
    schema_ref = _schema_ref(target)
    record = {"schema_ref": schema_ref, "code": target.code, "data_values": target.data_values}
    outcome = validate(catalog, Candidate(0, None, None, record))
    if isinstance(outcome, Rejected):
        raise InstanceRejected(outcome.schema_ref, outcome.code, outcome.field, outcome.rule, outcome.reason)
    canonical, code, stored = outcome
    _check_name(target.name, canonical, code)
    target.schema_ref = canonical
    target.data_values = stored
    target.batch_id = target.batch_id or str(target.metadata_.get("batch_id") or ORM_BATCH)
    target.metadata_ = {**target.metadata_, "type": "instance", "schema_ref": canonical, "batch_id": target.batch_id}
    target.content_hash = content_hash(canonical, code, canonical_json(stored))
    if target.loaded_at is None:
        target.loaded_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _already_stored(connection: Connection, target: ObjectModel) -> bool:
    table = ObjectModel.__table__
    query = select(
        exists().where(
            table.c.schema_ref == target.schema_ref,
            table.c.code == target.code,
            table.c.content_hash == target.content_hash,
        )
    )
    return bool(connection.execute(query).scalar())


@event.listens_for(ObjectModel, "before_insert")
def _before_insert(mapper: Mapper[Any], connection: Connection, target: ObjectModel) -> None:
    prepare(target, _catalog_of(target))
    if _already_stored(connection, target):
        raise InstanceRejected(
            target.schema_ref, target.code, "data_values", "version.stored", "this content is already stored"
        )


IMMUTABLE = ("schema_ref", "code", "data_values", "metadata_", "content_hash")
"""A stored version never changes these (a change is a new version: add a new ObjectModel)."""


@event.listens_for(ObjectModel, "before_update")
def _before_update(mapper: Mapper[Any], connection: Connection, target: ObjectModel) -> None:
    state = inspect(target)
    changed = [name for name in IMMUTABLE if state.attrs[name].history.has_changes()]
    if changed:
        raise InstanceRejected(
            target.schema_ref,
            target.code,
            changed[0],
            "version.immutable",
            "a stored version does not change; add a new ObjectModel to store a new version",
        )
