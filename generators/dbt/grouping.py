"""The one-scan aggregation used by measure, snapshot, conversion and retention
models: GROUPING SETS over every grain and every dimension, shaped into the common
``grain, period_start, dimension, dimension_value`` key.

The columns added inside a model (period buckets, dimension values, grouping flags, the
period keys of a snapshot) start with an underscore, as ``_loaded_at`` does in staging: an
attribute name cannot (NAME_PATTERN), so ``select *`` of a staging model plus these never
collides, even with an attribute called ``period_month`` or ``period_start``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from generators.dbt.escape import sql_string_literal
from generators.dbt.plan import DimensionRef

GRAINS: tuple[str, ...] = ("week", "month", "quarter", "year")


@dataclass(frozen=True)
class Aggregate:
    sql: str
    alias: str


def _indent(lines: Sequence[str], spaces: int) -> str:
    pad = " " * spaces
    return (",\n" + pad).join(lines)


def bucket_column(grain: str) -> str:
    """The column holding the first day of a row's ``grain`` period."""
    return f"_period_{grain}"


def grouping_column(column: str) -> str:
    """The flag GROUPING() sets to 0 where ``column`` (a bucket or dimension column) is grouped."""
    return f"_grouping_{column.lstrip('_')}"


FIXED_PERIOD_KEYS = ("_grain", "_period_start")
"""The period key columns a fixed-period source (snapshot, retention cohort) carries."""


def bucket_columns(time_column: str) -> list[str]:
    return [f"{{{{ period_start('{g}', '{time_column}') }}}} as {bucket_column(g)}" for g in GRAINS]


def dimension_columns(dimensions: Sequence[DimensionRef]) -> list[str]:
    return [f"cast({d.attribute} as {{{{ dbt.type_string() }}}}) as {d.column}" for d in dimensions]


def _shape_select(dimensions: Sequence[DimensionRef], value_columns: Sequence[str], fixed_period: bool) -> str:
    lines: list[str] = []
    if fixed_period:
        lines += [f"{FIXED_PERIOD_KEYS[0]} as grain", f"{FIXED_PERIOD_KEYS[1]} as period_start"]
    else:
        whens = "\n".join(f"            when {grouping_column(bucket_column(g))} = 0 then '{g}'" for g in GRAINS[:-1])
        lines.append(f"case\n{whens}\n            else '{GRAINS[-1]}'\n        end as grain")
        lines.append("coalesce(" + ", ".join(bucket_column(g) for g in GRAINS) + ") as period_start")
    if dimensions:
        dim_whens = "\n".join(
            f"            when {grouping_column(d.column)} = 0 then {sql_string_literal(d.code)}" for d in dimensions
        )
        lines.append(f"case\n{dim_whens}\n            else 'overall'\n        end as dimension")
        value_whens = "\n".join(
            f"            when {grouping_column(d.column)} = 0 then coalesce({d.column}, 'unknown')" for d in dimensions
        )
        lines.append(f"case\n{value_whens}\n            else 'all'\n        end as dimension_value")
    else:
        lines += ["'overall' as dimension", "'all' as dimension_value"]
    lines += list(value_columns)
    return "select\n        " + _indent(lines, 8) + "\n    from aggregated"


def grouped_ctes(
    source_cte: str,
    dimensions: Sequence[DimensionRef],
    aggregates: Sequence[Aggregate],
    *,
    fixed_period: bool,
) -> str:
    """The ``aggregated`` and ``shaped`` CTEs (text starting with ``aggregated as (``).
    With ``fixed_period`` the source already has the period keys ``_grain`` and
    ``_period_start``; otherwise it has the ``_period_<grain>`` bucket columns."""
    buckets = [bucket_column(g) for g in GRAINS]
    keys = list(FIXED_PERIOD_KEYS) if fixed_period else buckets
    dim_cols = [d.column for d in dimensions]
    groupings = [] if fixed_period else [f"grouping({b}) as {grouping_column(b)}" for b in buckets]
    groupings += [f"grouping({c}) as {grouping_column(c)}" for c in dim_cols]
    select_lines = keys + dim_cols + groupings + [f"{a.sql} as {a.alias}" for a in aggregates]
    sets: list[str] = []
    period_sets = [list(FIXED_PERIOD_KEYS)] if fixed_period else [[b] for b in buckets]
    for period in period_sets:
        sets.append("(" + ", ".join(period) + ")")
        sets += ["(" + ", ".join([*period, c]) + ")" for c in dim_cols]
    shaped = _shape_select(dimensions, [a.alias for a in aggregates], fixed_period)
    return (
        "aggregated as (\n\n    select\n        "
        + _indent(select_lines, 8)
        + f"\n    from {source_cte}\n    group by grouping sets (\n        "
        + _indent(sets, 8)
        + "\n    )\n\n),\n\nshaped as (\n\n    "
        + shaped
        + "\n\n)"
    )


IN_CALENDAR = (
    ",\n\nin_calendar as (\n\n    -- only the periods of the KPI calendar (int_kpi_periods)\n"
    "    select shaped.*\n    from shaped\n    inner join {{ ref('int_kpi_periods') }} as periods\n"
    "        on shaped.grain = periods.grain\n        and shaped.period_start = periods.period_start\n\n)"
)
"""Appended after ``shaped``: keeps the periods of the calendar, as CTE ``in_calendar``."""
