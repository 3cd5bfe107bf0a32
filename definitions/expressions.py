"""Parse and check the small SQL expressions used in filters and formulas.

An expression is a single SQL scalar expression (``stage = 'closed_won'``,
``amount * probability``) built only from an allow-list: columns, literals,
arithmetic, comparison and boolean operators, ``case``, and the functions of
ALLOWED_FUNCTIONS and CATALOG_FUNCTIONS. Anything else (statements, subqueries,
aggregates, window functions, table functions such as ``read_csv``, server functions
such as ``pg_sleep``) is rejected, as are Jinja delimiters anywhere in the text and
absurd sizes, so every expression can be rendered inside any generated query on any
engine and can never run anything but itself.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache

import sqlglot
from sqlglot import exp
from sqlglot.errors import ParseError

from definitions.text import jinja_delimiters

MAX_EXPRESSION_CHARS = 2000
MAX_STRING_LITERAL_CHARS = 200
MAX_NUMBER_DIGITS = 30
_LINE_OR_CONTROL = {"Cc", "Zl", "Zp"}
"""Unicode categories a string literal may not hold: control characters and line breaks."""

_EXPLAINED: tuple[tuple[type[exp.Expression], str], ...] = (
    (exp.Query, "a query or subquery"),
    (exp.Subquery, "a subquery"),
    (exp.DDL, "a DDL statement"),
    (exp.DML, "a DML statement"),
    (exp.Command, "a command"),
    (exp.Star, "'*'"),
    (exp.AggFunc, "an aggregate function (aggregation is declared with 'agg')"),
    (exp.Window, "a window function"),
    (exp.Placeholder, "a placeholder"),
    (exp.Parameter, "a parameter"),
)
"""Disallowed constructs with a message saying why (everything off the allow-list is
rejected; these just get a better explanation)."""

_ALLOWED_NODES: tuple[type[exp.Expression], ...] = (
    exp.Column,
    exp.Identifier,
    exp.Literal,
    exp.Boolean,
    exp.Null,
    exp.Paren,
    exp.Neg,
    exp.Not,
    exp.And,
    exp.Or,
    exp.Add,
    exp.Sub,
    exp.Mul,
    exp.Div,
    exp.Mod,
    exp.EQ,
    exp.NEQ,
    exp.GT,
    exp.GTE,
    exp.LT,
    exp.LTE,
    exp.Is,
    exp.In,
    exp.Between,
    exp.Like,
    exp.ILike,
    exp.Case,
    exp.If,
)
"""Operators and building blocks of an expression."""

ALLOWED_FUNCTIONS: dict[type[exp.Expression], str] = {
    exp.Coalesce: "coalesce",
    exp.Nullif: "nullif",
    exp.Cast: "cast",
    exp.Lower: "lower",
    exp.Upper: "upper",
    exp.Abs: "abs",
    exp.Round: "round",
    exp.Floor: "floor",
    exp.Ceil: "ceil",
    exp.Greatest: "greatest",
    exp.Least: "least",
    exp.Pow: "power",
    exp.Sqrt: "sqrt",
    exp.Ln: "ln",
    exp.Extract: "extract",
}
"""The SQL functions an expression may call (``if(c, a, b)`` is also accepted and
rendered as ``case``)."""

CAST_TYPES: frozenset[exp.DataType.Type] = frozenset(
    {
        exp.DataType.Type.INT,
        exp.DataType.Type.BIGINT,
        exp.DataType.Type.SMALLINT,
        exp.DataType.Type.DOUBLE,
        exp.DataType.Type.FLOAT,
        exp.DataType.Type.DECIMAL,
        exp.DataType.Type.TEXT,
        exp.DataType.Type.VARCHAR,
        exp.DataType.Type.BOOLEAN,
        exp.DataType.Type.DATE,
        exp.DataType.Type.TIMESTAMP,
    }
)
"""Types ``cast`` may convert to."""

CATALOG_FUNCTIONS: dict[str, str] = {
    "days_between": "fractional days from the first to the second date or timestamp",
    "hours_between": "fractional hours from the first to the second timestamp",
    "minutes_between": "fractional minutes from the first to the second timestamp",
}
"""Functions of the catalog's own, rendered per engine by macros of the same name; their
arguments are attribute names."""


class ExpressionError(ValueError):
    """An expression that is not a single, known-column SQL expression."""


def allowed_function_names() -> list[str]:
    """Every function name an expression may call, sorted."""
    return sorted({*ALLOWED_FUNCTIONS.values(), "if", *CATALOG_FUNCTIONS})


def _shown(text: str) -> str:
    return repr(text if len(text) <= 120 else text[:117] + "...")


def _function_name(node: exp.Expression) -> str:
    if isinstance(node, exp.Anonymous):
        return str(node.name).lower()
    if isinstance(node, exp.Func):
        return node.sql_name().lower()
    return node.key


def _check_literal(text: str, node: exp.Literal) -> None:
    value = str(node.this)
    if node.is_string:
        if len(value) > MAX_STRING_LITERAL_CHARS:
            raise ExpressionError(
                f"{_shown(text)}: string literal of {len(value)} characters (at most {MAX_STRING_LITERAL_CHARS})"
            )
        if any(unicodedata.category(ch) in _LINE_OR_CONTROL for ch in value):
            raise ExpressionError(
                f"{_shown(text)}: string literal contains a control character or line break (newline, tab, U+2028, ...)"
            )
    elif sum(ch.isdigit() for ch in value) > MAX_NUMBER_DIGITS:
        raise ExpressionError(f"{_shown(text)}: number literal with more than {MAX_NUMBER_DIGITS} digits")


def _check_node(text: str, node: exp.Expression) -> None:
    if isinstance(node, exp.Anonymous) and str(node.name).lower() in CATALOG_FUNCTIONS:
        if len(node.expressions) != 2:
            raise ExpressionError(f"{_shown(text)}: {node.name}() takes exactly two arguments")
        if not all(isinstance(arg, exp.Column) and not arg.table for arg in node.expressions):
            raise ExpressionError(f"{_shown(text)}: the arguments of {node.name}() must be attribute names")
        return
    for kind, label in _EXPLAINED:
        if isinstance(node, kind):
            raise ExpressionError(f"{_shown(text)} contains {label}")
    if isinstance(node, exp.Literal):
        _check_literal(text, node)
        return
    if isinstance(node, exp.DataType):
        if not isinstance(node.parent, exp.Cast) or node.this not in CAST_TYPES:
            raise ExpressionError(f"{_shown(text)}: cannot cast to {node.sql()}")
        return
    if isinstance(node, exp.DataTypeParam):
        return
    if isinstance(node, exp.Var) and isinstance(node.parent, exp.Extract):
        return
    if isinstance(node, _ALLOWED_NODES) or type(node) in ALLOWED_FUNCTIONS:
        return
    if isinstance(node, exp.Func):
        raise ExpressionError(
            f"{_shown(text)} calls {_function_name(node)}(), which is not allowed; "
            f"allowed functions: {', '.join(allowed_function_names())}"
        )
    raise ExpressionError(f"{_shown(text)} contains {node.key!r} ({node.sql()!r}), which is not allowed")


@lru_cache(maxsize=4096)
def parse_expression(text: str) -> exp.Expression:
    """Parse ``text`` as exactly one allowed SQL expression, or raise ExpressionError."""
    if not text or not text.strip():
        raise ExpressionError("empty expression")
    if len(text) > MAX_EXPRESSION_CHARS:
        raise ExpressionError(f"expression of {len(text)} characters (at most {MAX_EXPRESSION_CHARS})")
    delimiters = jinja_delimiters(text)
    if delimiters:
        listed = " ".join(delimiters)
        raise ExpressionError(f"{_shown(text)} contains Jinja delimiters {listed}; expressions are SQL only")
    try:
        statements = sqlglot.parse(text, read="postgres")
    except ParseError as err:
        first = err.errors[0]["description"] if err.errors else str(err)
        raise ExpressionError(f"{_shown(text)} does not parse: {first}") from None
    statements = [s for s in statements if s is not None]
    if len(statements) != 1:
        raise ExpressionError(f"{_shown(text)} must be exactly one expression, not {len(statements)}")
    tree = statements[0]
    for node in tree.walk():
        _check_node(text, node)
    return tree


def expression_columns(text: str) -> list[str]:
    """Column names an expression reads, in order of first appearance."""
    tree = parse_expression(text)
    names: list[str] = []
    for column in tree.find_all(exp.Column, bfs=False):
        if column.table:
            raise ExpressionError(f"{_shown(text)} qualifies column {column.sql()!r}: use the bare attribute name")
        if column.name not in names:
            names.append(column.name)
    return names


def check_expression(text: str, allowed: Iterable[str]) -> None:
    """Raise ExpressionError unless ``text`` is an expression over ``allowed`` names."""
    known = set(allowed)
    unknown = [name for name in expression_columns(text) if name not in known]
    if unknown:
        listed = ", ".join(sorted(known)) or "none"
        raise ExpressionError(f"{_shown(text)} uses unknown column(s) {', '.join(unknown)}; known: {listed}")
