"""Parse and check the small SQL expressions used in filters and formulas.

An expression is a single SQL scalar expression (``stage = 'closed_won'``,
``amount * probability``). Statements, subqueries, aggregates, window functions,
``*`` and unknown columns are rejected, so every expression can be rendered
inside any generated query on any engine.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import sqlglot
from sqlglot import exp
from sqlglot.errors import ParseError

_FORBIDDEN: tuple[tuple[type[exp.Expression], str], ...] = (
    (exp.Query, "a query or subquery"),
    (exp.Subquery, "a subquery"),
    (exp.DDL, "a DDL statement"),
    (exp.DML, "a DML statement"),
    (exp.Command, "a command"),
    (exp.Star, "'*'"),
    (exp.AggFunc, "an aggregate function (aggregation is declared with 'agg')"),
    (exp.Window, "a window function"),
    (exp.Anonymous, "a function unknown to the SQL dialects we render"),
    (exp.Placeholder, "a placeholder"),
    (exp.Parameter, "a parameter"),
)


CATALOG_FUNCTIONS: dict[str, str] = {
    "days_between": "fractional days from the first to the second date or timestamp",
    "hours_between": "fractional hours from the first to the second timestamp",
    "minutes_between": "fractional minutes from the first to the second timestamp",
}
"""Functions of the catalog's own, rendered per engine by macros of the same name."""


class ExpressionError(ValueError):
    """An expression that is not a single, known-column SQL expression."""


@lru_cache(maxsize=4096)
def parse_expression(text: str) -> exp.Expression:
    """Parse ``text`` as exactly one SQL expression, or raise ExpressionError."""
    if not text or not text.strip():
        raise ExpressionError("empty expression")
    try:
        statements = sqlglot.parse(text, read="postgres")
    except ParseError as err:
        first = err.errors[0]["description"] if err.errors else str(err)
        raise ExpressionError(f"{text!r} does not parse: {first}") from None
    statements = [s for s in statements if s is not None]
    if len(statements) != 1:
        raise ExpressionError(f"{text!r} must be exactly one expression, not {len(statements)}")
    tree = statements[0]
    for node in tree.walk():
        if isinstance(node, exp.Anonymous) and str(node.name).lower() in CATALOG_FUNCTIONS:
            if len(node.expressions) != 2:
                raise ExpressionError(f"{text!r}: {node.name}() takes exactly two arguments")
            continue
        for kind, label in _FORBIDDEN:
            if isinstance(node, kind):
                raise ExpressionError(f"{text!r} contains {label}")
    return tree


def expression_columns(text: str) -> list[str]:
    """Column names an expression reads, in order of first appearance."""
    tree = parse_expression(text)
    names: list[str] = []
    for column in tree.find_all(exp.Column, bfs=False):
        if column.table:
            raise ExpressionError(f"{text!r} qualifies column {column.sql()!r}: use the bare attribute name")
        if column.name not in names:
            names.append(column.name)
    return names


def check_expression(text: str, allowed: Iterable[str]) -> None:
    """Raise ExpressionError unless ``text`` is an expression over ``allowed`` names."""
    known = set(allowed)
    unknown = [name for name in expression_columns(text) if name not in known]
    if unknown:
        listed = ", ".join(sorted(known)) or "none"
        raise ExpressionError(f"{text!r} uses unknown column(s) {', '.join(unknown)}; known: {listed}")
