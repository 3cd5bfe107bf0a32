"""Measure and snapshot models: every aggregate the KPIs need from one staging model,
at every grain and dimension, in one scan."""

from __future__ import annotations

from typing import Any

from generators.dbt.escape import Jinja, sql_comment
from generators.dbt.grouping import IN_CALENDAR, Aggregate, bucket_columns, dimension_columns, grouped_ctes
from generators.dbt.plan import MeasureSpec, MeasuresPlan, ProjectPlan
from generators.dbt.yamlout import GENERATED, dump_yaml

DIR = "models/intermediate/measures"
ROW_KEY = "measure_row_key"
"""The model's one-column primary key (macros/engine/keys.sql), tested unique and not null."""
FINAL_SELECT = "\n\nselect\n    *,\n    {{{{ period_slice_key() }}}} as {key}\nfrom {cte}\n"
KEY_DOCS = {
    "grain": Jinja("{{ doc('kpi_grain') }}"),
    "period_start": Jinja("{{ doc('kpi_period_start') }}"),
    "dimension": Jinja("{{ doc('kpi_dimension') }}"),
    "dimension_value": Jinja("{{ doc('kpi_dimension_value') }}"),
}


def row_key_column(name: str) -> dict[str, Any]:
    """The property YAML of a measures or KPI model's key column, with its primary-key tests."""
    return {
        "name": name,
        "description": (
            "The row's key, `grain|period_start|dimension|dimension_value` in one string: the primary key, "
            "tested unique and not null."
        ),
        "data_tests": ["unique", "not_null"],
    }


def _filtered(spec: MeasureSpec) -> str:
    expr = spec.expr_sql or "1"
    if not spec.filter_sql or spec.filter_sql == f"{expr} is not null":
        # every aggregate skips nulls, so filtering a column on itself being present is a no-op
        return expr
    return f"case when {spec.filter_sql} then {expr} end"


def percentile_inputs(plan: MeasuresPlan) -> dict[str, str]:
    """Median and percentile inputs are computed as columns first (``_pct_input_<n>``),
    so the engine-specific percentile macro only ever receives a column name."""
    specs = [s for s in plan.measures.values() if s.agg in ("median", "percentile")]
    return {spec.column: f"_pct_input_{n + 1}" for n, spec in enumerate(specs)}


def aggregate_sql(spec: MeasureSpec, input_column: str | None = None) -> str:
    """The SQL aggregate of one measure, its filter applied inside the aggregate."""
    expr = _filtered(spec)
    if spec.agg == "count":
        inner = "*" if not spec.filter_sql and not spec.expr_sql else expr
        sql = f"count({inner})"
    elif spec.agg == "count_distinct":
        sql = f"count(distinct {expr})"
    elif spec.agg in ("median", "percentile"):
        fraction = 0.5 if spec.agg == "median" else spec.percentile
        sql = f"{{{{ percentile_agg('{input_column}', {fraction}) }}}}"
    elif spec.agg == "avg":
        # in double precision: Spark averages a decimal to its scale + 4 (an average of
        # `case when ... then 1.0 else 0.0 end` would keep 5 decimal places)
        sql = f"avg(cast({expr} as {{{{ type_double() }}}}))"
    else:
        sql = f"{spec.agg}({expr})"
    return f"cast({sql} as {{{{ type_double() }}}})"


def _aggregates(plan: MeasuresPlan) -> list[Aggregate]:
    inputs = percentile_inputs(plan)
    return [Aggregate(aggregate_sql(spec, inputs.get(spec.column)), spec.column) for spec in plan.measures.values()]


def _input_columns(plan: MeasuresPlan) -> list[str]:
    inputs = percentile_inputs(plan)
    return [f"{_filtered(plan.measures[column])} as {name}" for column, name in inputs.items()]


def _header(plan: MeasuresPlan, what: str) -> str:
    return f"{sql_comment(f'generated from {plan.source_file}; do not edit')}\n{sql_comment(what)}\n\n"


def render_measures_sql(plan: MeasuresPlan) -> str:
    bucketed = [
        "*",
        *bucket_columns(plan.time_column),
        *dimension_columns(plan.dimensions),
        *_input_columns(plan),
    ]
    body = grouped_ctes("bucketed", plan.dimensions, _aggregates(plan), fixed_period=False)
    return (
        _header(
            plan,
            f"every aggregate KPIs read from {plan.object_code} by {plan.time_column}: "
            "one scan, every grain and dimension",
        )
        + "with source_rows as (\n\n"
        + f"    select * from {{{{ ref('{plan.staging}') }}}}\n"
        + f"    where {plan.time_column} is not null\n\n),\n\n"
        + "bucketed as (\n\n    select\n        "
        + ",\n        ".join(bucketed)
        + "\n    from source_rows\n\n),\n\n"
        + body
        + IN_CALENDAR
        + FINAL_SELECT.format(key=ROW_KEY, cte="in_calendar")
    )


def render_snapshot_sql(plan: MeasuresPlan) -> str:
    still_valid = (
        f"\n        and (source_rows.{plan.valid_to} is null or periods.period_end <= source_rows.{plan.valid_to})"
        if plan.valid_to
        else ""
    )
    prepared = ["*", *dimension_columns(plan.dimensions), *_input_columns(plan)]
    body = grouped_ctes("prepared", plan.dimensions, _aggregates(plan), fixed_period=True)
    return (
        _header(
            plan,
            f"state of {plan.object_code} at each period end, from its validity interval "
            f"[{plan.time_column}, {plan.valid_to or 'open'}): one pass, every grain and dimension",
        )
        + "with source_rows as (\n\n"
        + f"    select * from {{{{ ref('{plan.staging}') }}}}\n"
        + f"    where {plan.time_column} is not null\n\n),\n\n"
        + "periods as (\n\n    select\n        grain,\n        period_start,\n        period_end\n"
        + "    from {{ ref('int_kpi_periods') }}\n\n),\n\n"
        + "active_at_period_end as (\n\n    select\n"
        + "        periods.grain as _grain,\n        periods.period_start as _period_start,\n"
        + "        source_rows.*\n"
        + "    from periods\n    inner join source_rows\n"
        + f"        on periods.period_end > source_rows.{plan.time_column}"
        + still_valid
        + "\n\n),\n\n"
        + "prepared as (\n\n    select\n        "
        + ",\n        ".join(prepared)
        + "\n    from active_at_period_end\n\n),\n\n"
        + body
        + FINAL_SELECT.format(key=ROW_KEY, cte="shaped")
    )


def render_measures_yaml(plan: ProjectPlan, tags: dict[str, list[str]]) -> str:
    models = []
    for m in plan.measures.values():
        columns = [{"name": k, "description": v} for k, v in KEY_DOCS.items()]
        columns += [{"name": s.column, "description": s.description} for s in m.measures.values()]
        columns.append(row_key_column(ROW_KEY))
        kind = "by its time attribute" if m.kind == "measures" else "at each period end (snapshot)"
        models.append(
            {
                "name": m.model,
                "description": (
                    f"Every aggregate the KPIs read from {m.staging} {kind} `{m.time_column}`, at week, month, "
                    "quarter and year grain, overall and per dimension, computed in one scan."
                ),
                "config": {"tags": tags.get(m.model, [])},
                "columns": columns,
            }
        )
    return dump_yaml({"version": 2, "models": models}, GENERATED)


def measures_files(plan: ProjectPlan, tags: dict[str, list[str]]) -> dict[str, str]:
    files: dict[str, str] = {}
    for m in plan.measures.values():
        sql = render_measures_sql(m) if m.kind == "measures" else render_snapshot_sql(m)
        files[f"{DIR}/{m.model}.sql"] = sql
    if plan.measures:
        files[f"{DIR}/_measures__models.yml"] = render_measures_yaml(plan, tags)
    return files
