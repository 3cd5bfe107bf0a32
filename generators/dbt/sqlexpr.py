"""Render a catalog expression (already validated) as portable, lowercase SQL.

Divisions become ``a / nullif(b, 0)`` so that a zero denominator gives null on every
engine, never an error or infinity; the catalog's own functions (``days_between``)
become calls of the cross-database macros of the same name; column names can be
renamed on the way."""

from __future__ import annotations

import re
from collections.abc import Mapping

from sqlglot import exp

from definitions.expressions import CATALOG_FUNCTIONS, parse_expression

_STRING = re.compile(r"('(?:[^']|'')*')")
_MACRO = re.compile(r"__macro_(\d+)__")


def _lower_outside_strings(sql: str) -> str:
    parts = _STRING.split(sql)
    return "".join(part if part.startswith("'") else part.lower() for part in parts)


def _sql(node: exp.Expression) -> str:
    return _lower_outside_strings(node.sql(dialect="duckdb"))


def render_expression(text: str, rename: Mapping[str, str] | None = None) -> str:
    """SQL for ``text`` with safe division, macro calls for catalog functions and
    columns renamed per ``rename``."""
    tree = parse_expression(text).copy()
    mapping = dict(rename or {})
    for column in list(tree.find_all(exp.Column)):
        if column.name in mapping:
            column.replace(exp.column(mapping[column.name]))
    for div in list(tree.find_all(exp.Div)):
        if not isinstance(div.expression, exp.Nullif):
            div.set("expression", exp.Nullif(this=div.expression.copy(), expression=exp.Literal.number(0)))
    macros: list[str] = []

    def to_macro(node: exp.Expression) -> exp.Expression:
        if isinstance(node, exp.Anonymous) and str(node.name).lower() in CATALOG_FUNCTIONS:
            args = ", ".join('"' + _sql(arg) + '"' for arg in node.expressions)
            macros.append(f"{{{{ {str(node.name).lower()}({args}) }}}}")
            return exp.column(f"__macro_{len(macros) - 1}__")
        return node

    rendered = _sql(tree.transform(to_macro))
    return _MACRO.sub(lambda m: macros[int(m.group(1))], rendered)
