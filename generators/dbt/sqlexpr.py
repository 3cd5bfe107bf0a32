"""Render a catalog expression (already validated) as portable, lowercase SQL.

Divisions become ``cast(a as double) / nullif(b, 0)``: a zero denominator gives null on
every engine, never an error or infinity, and the quotient is a real number everywhere
(PostgreSQL divides integers as integers; Spark rounds a decimal quotient to 6 places);
the catalog's own functions (``days_between``) become calls of the cross-database macros
of the same name; column names can be renamed on the way. The SQL is regenerated from the
parse tree, never pasted from the catalog: comments are dropped and every string literal is written by
``escape.sql_string_literal``, so no catalog text reaches the model as Jinja."""

from __future__ import annotations

import re
from collections.abc import Mapping

from sqlglot import exp

from definitions.expressions import CATALOG_FUNCTIONS, parse_expression
from generators.dbt.escape import sql_string_literal

_PLACEHOLDER = re.compile(r"__placeholder_(\d+)__")
_MACRO_ARGUMENT = re.compile(r"^[a-z_][a-z0-9_]*$")


def _sql(node: exp.Expression) -> str:
    return node.sql(dialect="duckdb").lower()


_FLOATING = frozenset({exp.DataType.Type.DOUBLE, exp.DataType.Type.FLOAT})


def _is_double(node: exp.Expression) -> bool:
    """A cast to a floating type or a quotient (every quotient is made one), maybe in parentheses."""
    while isinstance(node, exp.Paren):
        node = node.this
    return isinstance(node, exp.Div) or (isinstance(node, exp.Cast) and node.to.this in _FLOATING)


TYPE_DOUBLE = "{{ type_double() }}"
"""The engine's double type in a model (a macro call: PostgreSQL's is ``double precision``)."""


def render_expression(text: str, rename: Mapping[str, str] | None = None, double_type: str = TYPE_DOUBLE) -> str:
    """SQL for ``text`` with safe division, macro calls for catalog functions and
    columns renamed per ``rename``; ``double_type`` is written for the floating type (SQL
    that dbt does not render, such as MetricFlow's, needs a literal type name)."""
    tree = parse_expression(text).copy()
    for node in tree.walk():
        node.comments = None
    mapping = dict(rename or {})
    for column in list(tree.find_all(exp.Column)):
        if column.name in mapping:
            column.replace(exp.column(mapping[column.name]))
    for div in reversed(list(tree.find_all(exp.Div))):  # innermost first: an outer one copies them
        if not isinstance(div.expression, exp.Nullif):
            div.set("expression", exp.Nullif(this=div.expression.copy(), expression=exp.Literal.number(0)))
        if not _is_double(div.this):
            div.set("this", exp.Cast(this=div.this.copy(), to=exp.DataType.build("double")))
    pieces: list[str] = []

    def placeholder(sql: str) -> exp.Expression:
        pieces.append(sql)
        return exp.column(f"__placeholder_{len(pieces) - 1}__")

    def substitute(node: exp.Expression) -> exp.Expression:
        if isinstance(node, exp.Anonymous) and str(node.name).lower() in CATALOG_FUNCTIONS:
            args = [_sql(arg) for arg in node.expressions]
            if not all(_MACRO_ARGUMENT.match(arg) for arg in args):
                raise ValueError(f"{text!r}: arguments of {node.name}() must be attribute names")
            quoted = ", ".join(f'"{arg}"' for arg in args)
            return placeholder(f"{{{{ {str(node.name).lower()}({quoted}) }}}}")
        if isinstance(node, exp.Literal) and node.is_string:
            return placeholder(sql_string_literal(str(node.this)))
        if isinstance(node, exp.DataType) and node.this in _FLOATING:
            # "double" is no type name on PostgreSQL ("double precision"): the engine's own name
            return placeholder(double_type)
        return node

    rendered = _sql(tree.transform(substitute))
    return _PLACEHOLDER.sub(lambda m: pieces[int(m.group(1))], rendered)
