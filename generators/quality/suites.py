"""Which checks every object model gets, derived from what the catalog declares. Pure data:
``gx_context`` turns each Check into a Great Expectations expectation."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from definitions.catalog import Catalog
from definitions.object_model import ObjectModel

NOT_NULL = "ExpectColumnValuesToNotBeNull"
IN_SET = "ExpectColumnValuesToBeInSet"
BETWEEN = "ExpectColumnValuesToBeBetween"
UNIQUE = "ExpectColumnValuesToBeUnique"
TIME_ORDER = "ExpectColumnPairValuesAToBeGreaterThanB"
UNEXPECTED_ROWS = "UnexpectedRowsExpectation"
CAST_TYPES = ("integer", "decimal", "boolean", "date", "timestamp")
"""Types whose text in data_values must cast (a string or an enum is text already; an enum's
values are checked by its value set)."""


@dataclass(frozen=True)
class Check:
    """One expectation of an object model: the GX expectation class, the columns it reads,
    the catalog field it comes from and its parameters.

    ``castable`` carries (attribute, type) pairs and ``references`` (attribute, referenced
    object model, its key): each is one UnexpectedRowsExpectation per model whose failing
    rows name the attribute, so a model costs one query for all its casts and one for all
    its references."""

    expectation: str
    columns: tuple[str, ...]
    rule: str
    value_set: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    castable: tuple[tuple[str, str], ...] = ()
    references: tuple[tuple[str, str, str], ...] = field(default_factory=tuple)

    def describe(self) -> str:
        """The check as the report and Data Docs name it: ``<expectation> (<columns>)``."""
        return f"{self.expectation} ({', '.join(self.columns)})"

    def as_tuple(self) -> tuple[Any, ...]:
        return (self.expectation, self.columns, self.rule)


@dataclass(frozen=True)
class ModelSuite:
    """The checks of one object model, and the table its current instances are read from."""

    code: str
    table: str
    source: str
    checks: tuple[Check, ...]


def table_name(code: str) -> str:
    """The raw_quality table of an object model: its code in lower case (codes are
    ``[A-Z][A-Z0-9_]*``, so this is a plain identifier; it is quoted all the same)."""
    return code.lower()


def model_checks(model: ObjectModel, catalog: Catalog) -> list[Check]:
    """The checks of ``model``, in a fixed order: not null, values in set, bounds, the key
    unique, time order, castable types, references."""
    checks: list[Check] = []
    for attribute in model.attributes:
        if attribute.required or attribute.name == model.primary_key:
            rule = "primary_key" if attribute.name == model.primary_key else "required"
            checks.append(Check(NOT_NULL, (attribute.name,), rule))
    for attribute in model.attributes:
        if attribute.values:
            checks.append(Check(IN_SET, (attribute.name,), "values", value_set=tuple(attribute.values)))
    for attribute in model.attributes:
        if attribute.minimum is not None or attribute.maximum is not None:
            checks.append(
                Check(
                    BETWEEN,
                    (attribute.name,),
                    "minimum/maximum",
                    minimum=attribute.minimum,
                    maximum=attribute.maximum,
                )
            )
    if model.primary_key:
        checks.append(Check(UNIQUE, (model.primary_key,), "primary_key"))
    for pair in model.time_order:
        checks.append(Check(TIME_ORDER, (pair.later, pair.earlier), "time_order"))
    casts = tuple((a.name, a.type) for a in model.attributes if a.type in CAST_TYPES)
    if casts:
        checks.append(Check(UNEXPECTED_ROWS, tuple(name for name, _ in casts), "type", castable=casts))
    refs: list[tuple[str, str, str]] = []
    for attribute in model.attributes:
        target = catalog.object_models.get(attribute.references or "")
        if target is not None and target.primary_key:
            refs.append((attribute.name, target.code, target.primary_key))
    if refs:
        checks.append(Check(UNEXPECTED_ROWS, tuple(name for name, _, _ in refs), "references", references=tuple(refs)))
    return checks


def build_suites(catalog: Catalog) -> list[ModelSuite]:
    """One suite per object model, in code order."""
    return [
        ModelSuite(model.code, table_name(model.code), model.source, tuple(model_checks(model, catalog)))
        for model in sorted(catalog.object_models.values(), key=lambda m: m.code)
    ]
