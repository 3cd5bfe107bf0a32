"""Two KPIs with the same calculation are one KPI under two names: the second name
belongs in the first KPI's ``aliases``. Calculations are compared after normalising
every expression (whitespace, case of keywords and identifiers, enclosing parentheses)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import sqlglot
from sqlglot import exp
from sqlglot.errors import ParseError

from definitions.errors import Issue

EXPRESSION_FIELDS = frozenset({"filter", "expr", "expression", "value", "condition"})


def _normal_sql(text: str) -> str:
    try:
        tree = sqlglot.parse_one(text, read="duckdb")
    except ParseError:
        return " ".join(text.lower().split())
    while isinstance(tree, exp.Paren):
        tree = tree.this
    return tree.sql(dialect="duckdb", normalize=True)


def _normal(value: Any, key: str = "") -> Any:
    if isinstance(value, dict):
        return {k: _normal(v, k) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_normal(v) for v in value]
    if isinstance(value, str) and key in EXPRESSION_FIELDS:
        return _normal_sql(value)
    return value


def calculation_key(kpi: Any) -> str:
    """The KPI's calculation as canonical JSON (equal for equal calculations)."""
    return json.dumps(_normal(kpi.calculation.model_dump(mode="json")), sort_keys=True)


def check_duplicate_calculations(catalog: Any) -> Iterator[Issue]:
    """Every KPI whose calculation another KPI also has, naming the others."""
    groups: dict[str, list[str]] = {}
    for code in sorted(catalog.kpis):
        groups.setdefault(calculation_key(catalog.kpis[code]), []).append(code)
    for codes in groups.values():
        for code in codes if len(codes) > 1 else []:
            others = ", ".join(other for other in codes if other != code)
            yield Issue(
                catalog.kpis[code].source,
                "calculation",
                f"same calculation as KPI {others}: one KPI, two codes; keep one, add the other name to its aliases",
            )
