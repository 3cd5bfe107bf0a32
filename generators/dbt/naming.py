"""Names of generated models and columns: readable, stable, within identifier limits."""

from __future__ import annotations

import hashlib
import re

MAX_IDENTIFIER = 60
"""Longest generated column name."""
MAX_MODEL_NAME = 63
"""Longest model name: PostgreSQL truncates identifiers beyond 63 characters (dbt-postgres
shortens its own temporary suffixes to fit)."""


_IDENTIFIER = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")


def snake(code: str) -> str:
    """A code as the snake_case part of an identifier; refuses anything but letters, digits
    and underscores (validation guarantees it; this keeps a renderer from ever pasting more)."""
    if not _IDENTIFIER.match(code):
        raise ValueError(f"{code!r} cannot be part of an identifier")
    return code.lower()


def staging_model(object_code: str) -> str:
    return f"stg_{snake(object_code)}"


def fit(name: str, suffix: str = "") -> str:
    """``name + suffix`` within MAX_MODEL_NAME characters: when too
    long, ``name`` is cut and a digest of the whole keeps it unique; the suffix stays."""
    whole = name + suffix
    if len(whole) <= MAX_MODEL_NAME:
        return whole
    digest = hashlib.sha1(whole.encode()).hexdigest()[:8]
    return name[: MAX_MODEL_NAME - len(suffix) - 9].rstrip("_") + "_" + digest + suffix


def measures_model(object_code: str, time_attribute: str) -> str:
    return fit(f"int_{snake(object_code)}__{time_attribute}", "__measures")


def snapshot_model(object_code: str, valid_from: str) -> str:
    return fit(f"int_{snake(object_code)}__{valid_from}", "__snapshots")


def kpi_model(kpi_code: str) -> str:
    return f"kpi_{snake(kpi_code)}"


def module_mart(module_code: str) -> str:
    return f"mart_{snake(module_code)}__monthly"


def dimension_column(dimension_code: str) -> str:
    """The column a model adds for a dimension's value (underscore first: never an attribute name)."""
    return f"_dim_{snake(dimension_code)}"


def _slug(text: str) -> str:
    text = text.lower().replace(">=", " gte ").replace("<=", " lte ").replace("<>", " ne ")
    text = text.replace("!=", " ne ").replace(">", " gt ").replace("<", " lt ").replace("=", " ")
    return re.sub(r"[^a-z0-9]+", "_", text).strip("_")


def measure_column(agg: str, expr: str | None, filter_: str | None, percentile: float | None) -> str:
    """A column name that says what the aggregate is, e.g. ``sum_amount__stage_closed_won``."""
    parts = [agg if percentile is None else f"p{round(percentile * 100)}"]
    parts.append(_slug(expr) if expr else "rows")
    name = "_".join(parts)
    if filter_:
        name += "__" + _slug(filter_)
    if len(name) > MAX_IDENTIFIER:
        digest = hashlib.sha1(f"{agg}|{expr}|{filter_}|{percentile}".encode()).hexdigest()[:8]
        name = name[: MAX_IDENTIFIER - 9].rstrip("_") + "_" + digest
    return name
