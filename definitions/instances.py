"""Validate the data_values of an object-model instance against its schema."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from definitions.object_model import Attribute, ObjectModel


def _is_date(value: Any) -> bool:
    if isinstance(value, dt.datetime):
        return False
    if isinstance(value, dt.date):
        return True
    if isinstance(value, str):
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return False
        return len(value) == 10
    return False


def _is_timestamp(value: Any) -> bool:
    if isinstance(value, dt.datetime):
        return True
    if isinstance(value, str):
        try:
            dt.datetime.fromisoformat(value)
        except ValueError:
            return False
        return True
    return False


def _type_error(attribute: Attribute, value: Any) -> str | None:
    """The rule a value breaks, or None when it fits the attribute."""
    kind = attribute.type
    if kind == "string" and not isinstance(value, str):
        return f"must be a string, got {type(value).__name__}"
    if kind == "integer" and (isinstance(value, bool) or not isinstance(value, int)):
        return f"must be an integer, got {value!r}"
    if kind == "decimal" and (isinstance(value, bool) or not isinstance(value, (int, float, Decimal))):
        return f"must be a number, got {value!r}"
    if kind == "boolean" and not isinstance(value, bool):
        return f"must be true or false, got {value!r}"
    if kind == "date" and not _is_date(value):
        return f"must be a date (YYYY-MM-DD), got {value!r}"
    if kind == "timestamp" and not _is_timestamp(value):
        return f"must be an ISO timestamp, got {value!r}"
    if kind == "enum" and value not in (attribute.values or []):
        return f"must be one of {', '.join(attribute.values or [])}, got {value!r}"
    return None


def instance_errors(schema: ObjectModel, values: dict[str, Any]) -> list[str]:
    """Every rule the values break, each naming the field: unknown keys, missing
    required attributes (the primary key is always required), wrong types and
    values outside an enum."""
    errors: list[str] = []
    for key in values:
        if schema.attribute(key) is None:
            errors.append(f"data_values.{key}: unknown attribute of {schema.code}")
    for attribute in schema.attributes:
        value = values.get(attribute.name)
        required = attribute.required or attribute.name == schema.primary_key
        if value is None:
            if required:
                errors.append(f"data_values.{attribute.name}: required")
            continue
        problem = _type_error(attribute, value)
        if problem:
            errors.append(f"data_values.{attribute.name}: {problem}")
    return errors
