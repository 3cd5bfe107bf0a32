"""Catalog expressions as MetricFlow SQL: measure expressions and ``where`` filters.

Both go through the project's one expression path (``definitions.expressions`` parses and
allow-lists, ``sqlexpr.render_expression`` regenerates SQL from the parse tree, string
literals written by ``escape.sql_string_literal``), so no catalog text is pasted. A filter's
columns become ``{{ Dimension('entity__column') }}`` (or ``TimeDimension``) references, the
only Jinja in the result, written here from attribute names that match the name pattern.

What MetricFlow cannot evaluate raises :class:`Inexpressible`: the catalog's own functions
(``days_between`` ...) are dbt macros, which MetricFlow's SQL cannot call, and the period
built-ins (``days_in_period``) have no counterpart in a metric. For the same reason a
quotient's cast names its type, ``double precision`` (DuckDB and PostgreSQL), instead of the
``type_double()`` macro."""

from __future__ import annotations

import re
from collections.abc import Mapping

from sqlglot import exp

from definitions.expressions import CATALOG_FUNCTIONS, expression_columns, parse_expression
from definitions.text import NAME_PATTERN
from definitions.vocabulary import PERIOD_BUILTINS
from generators.dbt.sqlexpr import render_expression

DOUBLE_TYPE = "double precision"

_NAME = re.compile(NAME_PATTERN)
_SLOT = re.compile(r"\b__mf_slot_(\d+)__\b")


class Inexpressible(ValueError):
    """A catalog construct with no faithful MetricFlow equivalent; the message says why."""


def _check_portable(text: str) -> None:
    tree = parse_expression(text)
    for node in tree.walk():
        if isinstance(node, exp.Anonymous) and str(node.name).lower() in CATALOG_FUNCTIONS:
            raise Inexpressible(f"uses {str(node.name).lower()}(), a dbt macro that MetricFlow SQL cannot call")
    builtins = [c for c in expression_columns(text) if c in PERIOD_BUILTINS]
    if builtins:
        raise Inexpressible(f"uses the period built-in {builtins[0]}, which a metric has no counterpart for")


def measure_expression(text: str, columns: set[str]) -> str:
    """SQL of a measure expression over the semantic model's columns."""
    _check_portable(text)
    unknown = [c for c in expression_columns(text) if c not in columns]
    if unknown:
        raise Inexpressible(f"reads {unknown[0]}, not a column of the staging model")
    return render_expression(text, double_type=DOUBLE_TYPE)


def metric_expression(text: str, inputs: set[str]) -> str:
    """SQL of a derived metric's expression over its input aliases."""
    _check_portable(text)
    unknown = [c for c in expression_columns(text) if c not in inputs]
    if unknown:
        raise Inexpressible(f"reads {unknown[0]}, not an input")
    return render_expression(text, double_type=DOUBLE_TYPE)


def where_filter(text: str, entity: str, dimensions: Mapping[str, tuple[str, str | None]]) -> str:
    """A MetricFlow ``where`` filter for ``text``. ``dimensions`` maps each column the filter
    may read to its dimension's name and ``None`` (categorical) or the time granularity of a
    time dimension."""
    _check_portable(text)
    if "__mf_slot_" in text:
        raise Inexpressible("holds the generator's placeholder text")
    if not _NAME.fullmatch(entity):
        raise Inexpressible(f"entity {entity!r} is not a plain name")
    names = expression_columns(text)
    refs: list[str] = []
    rename: dict[str, str] = {}
    for name in names:
        if name not in dimensions:
            raise Inexpressible(f"filters on {name}, which is not a dimension of the semantic model")
        dimension, grain = dimensions[name]
        if not _NAME.fullmatch(dimension) or "__" in dimension:
            raise Inexpressible(f"dimension {dimension!r} is not a plain name")
        if grain is None:
            refs.append(f"{{{{ Dimension('{entity}__{dimension}') }}}}")
        else:
            refs.append(f"{{{{ TimeDimension('{entity}__{dimension}', '{grain}') }}}}")
        rename[name] = f"__mf_slot_{len(refs) - 1}__"
    rendered = render_expression(text, rename, DOUBLE_TYPE)
    return _SLOT.sub(lambda m: refs[int(m.group(1))], rendered)
