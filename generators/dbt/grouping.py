"""The one-scan aggregation used by measure, snapshot, conversion and retention
models: GROUPING SETS over every grain and every dimension, shaped into the common
``grain, period_start, dimension, dimension_value`` key."""

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


def bucket_columns(time_column: str) -> list[str]:
    return [f"{{{{ period_start('{g}', '{time_column}') }}}} as period_{g}" for g in GRAINS]


def dimension_columns(dimensions: Sequence[DimensionRef]) -> list[str]:
    return [f"cast({d.attribute} as {{{{ dbt.type_string() }}}}) as {d.column}" for d in dimensions]


def _shape_select(dimensions: Sequence[DimensionRef], value_columns: Sequence[str], fixed_period: bool) -> str:
    lines: list[str] = []
    if fixed_period:
        lines += ["grain", "period_start"]
    else:
        whens = "\n".join(f"            when grouping_{g} = 0 then '{g}'" for g in GRAINS[:-1])
        lines.append(f"case\n{whens}\n            else '{GRAINS[-1]}'\n        end as grain")
        lines.append("coalesce(" + ", ".join(f"period_{g}" for g in GRAINS) + ") as period_start")
    if dimensions:
        dim_whens = "\n".join(
            f"            when grouping_{d.column} = 0 then {sql_string_literal(d.code)}" for d in dimensions
        )
        lines.append(f"case\n{dim_whens}\n            else 'overall'\n        end as dimension")
        value_whens = "\n".join(
            f"            when grouping_{d.column} = 0 then coalesce({d.column}, 'unknown')" for d in dimensions
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
    With ``fixed_period`` the source already has ``grain`` and ``period_start``;
    otherwise it has ``period_<grain>`` bucket columns."""
    keys = ["grain", "period_start"] if fixed_period else [f"period_{g}" for g in GRAINS]
    dim_cols = [d.column for d in dimensions]
    groupings = [] if fixed_period else [f"grouping(period_{g}) as grouping_{g}" for g in GRAINS]
    groupings += [f"grouping({c}) as grouping_{c}" for c in dim_cols]
    select_lines = keys + dim_cols + groupings + [f"{a.sql} as {a.alias}" for a in aggregates]
    sets: list[str] = []
    period_sets = [["grain", "period_start"]] if fixed_period else [[f"period_{g}"] for g in GRAINS]
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
