"""Validate the data_values of an object-model instance against its schema, with the type
rules of ``definitions.types``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from definitions.types import Broken, check_value, text_problem

if TYPE_CHECKING:
    from definitions.object_model import ObjectModel


@dataclass(frozen=True)
class Problem:
    """One rule an instance breaks: the field (``data_values.<attribute>``), the rule's
    name (``attribute.required``, ``attribute.unknown``, or a type rule such as ``timestamp``) and a message."""

    field: str
    rule: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


def check_instance(schema: ObjectModel, values: dict[str, Any]) -> tuple[dict[str, Any], list[Problem]]:
    """The values to store (normalised: timestamps in UTC, decimals as floats) and every
    rule they break: unknown keys, missing required attributes (the primary key is always
    required), wrong types and values outside an enum."""
    problems: list[Problem] = []
    known = schema.attributes_by_name
    for key in values:
        if key not in known:
            broken = text_problem(key) if isinstance(key, str) else None
            shown = key if broken is None else key.encode("utf-8", "backslashreplace").decode("ascii", "replace")
            problems.append(Problem(f"data_values.{shown}", "attribute.unknown", f"unknown attribute of {schema.code}"))
    stored: dict[str, Any] = {}
    primary_key = schema.primary_key
    for attribute in known.values():
        value = values.get(attribute.name)
        if value is None:
            if attribute.required or attribute.name == primary_key:
                problems.append(Problem(f"data_values.{attribute.name}", "attribute.required", "required"))
            continue
        checked = check_value(attribute.type, value, attribute.values)
        if isinstance(checked, Broken):
            problems.append(Problem(f"data_values.{attribute.name}", checked.rule, checked.message))
        else:
            stored[attribute.name] = checked
    return stored, problems


def instance_errors(schema: ObjectModel, values: dict[str, Any]) -> list[str]:
    """Every rule the values break, each naming the field and the rule."""
    return [str(problem) for problem in check_instance(schema, values)[1]]
