"""Marts: fct_kpi_values (all KPIs, long, incremental) and one wide monthly mart per module."""

from __future__ import annotations

from generators.dbt.escape import Jinja, sql_comment, sql_string_literal
from generators.dbt.plan import ProjectPlan
from generators.dbt.yamlout import GENERATED, dump_yaml

FACT_DIR = "models/marts/kpi_values"
MODULE_DIR = "models/marts/modules"
KEY_COLUMNS = ["kpi_code", "grain", "period_start", "dimension", "dimension_value"]
VALUE_DOCS = {
    "kpi_code": Jinja("{{ doc('kpi_code') }}"),
    "grain": Jinja("{{ doc('kpi_grain') }}"),
    "period_start": Jinja("{{ doc('kpi_period_start') }}"),
    "dimension": Jinja("{{ doc('kpi_dimension') }}"),
    "dimension_value": Jinja("{{ doc('kpi_dimension_value') }}"),
    "value": Jinja("{{ doc('kpi_value') }}"),
    "numerator": Jinja("{{ doc('kpi_numerator') }}"),
    "denominator": Jinja("{{ doc('kpi_denominator') }}"),
}


def render_fact_sql(plan: ProjectPlan) -> str:
    unions = "\n\n    union all\n\n".join(
        f"    select * from {{{{ ref('{kpi.model}') }}}}" for kpi in plan.kpis.values()
    )
    if not unions:
        unions = (
            "    select\n        cast(null as {{ dbt.type_string() }}) as kpi_code,\n"
            "        cast(null as {{ dbt.type_string() }}) as grain,\n        cast(null as date) as period_start,\n"
            "        cast(null as {{ dbt.type_string() }}) as dimension,\n"
            "        cast(null as {{ dbt.type_string() }}) as dimension_value,\n"
            "        cast(null as {{ type_double() }}) as value,\n"
            "        cast(null as {{ type_double() }}) as numerator,\n"
            "        cast(null as {{ type_double() }}) as denominator\n    where 1 = 0"
        )
    return (
        f"-- {GENERATED}\n-- every KPI value, long: one row per KPI, grain, period and slice\n\n"
        "{{\n    config(\n        materialized='incremental',\n"
        "        unique_key=['kpi_code', 'grain', 'period_start', 'dimension', 'dimension_value'],\n"
        "        incremental_strategy='delete+insert',\n"
        "        post_hook=\"{{ timescaledb_hypertable(this, 'period_start') }}\"\n    )\n}}\n\n"
        f"with kpi_values as (\n\n{unions}\n\n)"
        "{% if is_incremental() %},\n\n"
        "refresh_windows as (\n\n"
        "    -- on an incremental run, recompute the latest periods of each KPI and grain (late data)\n"
        "    select\n        kpi_code,\n        grain,\n"
        "        {{ shift_period('max(period_start)', 'grain', -var('kpi_lookback_periods')) }} as refresh_from\n"
        "    from {{ this }}\n    group by kpi_code, grain\n\n)"
        "{% endif %}\n\n"
        "select\n    kpi_values.kpi_code,\n    kpi_values.grain,\n    kpi_values.period_start,\n"
        "    kpi_values.dimension,\n    kpi_values.dimension_value,\n    kpi_values.value,\n"
        "    kpi_values.numerator,\n    kpi_values.denominator,\n"
        "    {{ dbt.current_timestamp() }} as computed_at\nfrom kpi_values\n"
        "{% if is_incremental() %}\n"
        "left join refresh_windows\n"
        "    on refresh_windows.kpi_code = kpi_values.kpi_code and refresh_windows.grain = kpi_values.grain\n"
        "where refresh_windows.refresh_from is null or kpi_values.period_start >= refresh_windows.refresh_from\n"
        "{% endif %}\n"
    )


def render_module_sql(plan: ProjectPlan, module: str) -> str:
    name, _, kpis = plan.modules[module]
    unions = "\n\n    union all\n\n".join(
        "    select\n        kpi_code,\n        period_start,\n        value\n"
        f"    from {{{{ ref('{plan.kpis[c].model}') }}}}\n"
        "    where grain = 'month' and dimension = 'overall'"
        for c in kpis
    )
    columns = ",\n".join(
        f"    max(case when kpi_code = {sql_string_literal(c)} then value end) as {c.lower()}" for c in kpis
    )
    what = sql_comment(f"{name}: one row per month, one column per KPI (overall values), for BI")
    return (
        f"-- {GENERATED}\n{what}\n\n"
        f"with module_values as (\n\n{unions}\n\n)\n\n"
        f"select\n    period_start as month_start,\n{columns}\nfrom module_values\ngroup by period_start\n"
    )


def render_marts_yaml(plan: ProjectPlan, tags: dict[str, list[str]]) -> tuple[str, str]:
    fact = {
        "name": "fct_kpi_values",
        "description": (
            "Every KPI value in one long table: one row per KPI, grain (week, month, quarter, year), period and "
            "slice (overall or one dimension value). Incremental: a run recomputes the latest periods of each "
            "KPI and grain. On TimescaleDB it is a hypertable on period_start."
        ),
        "data_tests": [{"kpi_unique_key": {"arguments": {"key_columns": KEY_COLUMNS}}}],
        "columns": [{"name": k, "description": v} for k, v in VALUE_DOCS.items()]
        + [{"name": "computed_at", "description": "When the row was computed."}],
    }
    fact_yaml = dump_yaml({"version": 2, "models": [fact]}, GENERATED)
    modules = []
    for code, (name, description, kpis) in plan.modules.items():
        if not kpis:
            continue
        columns = [{"name": "month_start", "description": "First day of the month.", "data_tests": ["unique"]}]
        columns += [
            {"name": c.lower(), "description": f"{plan.kpis[c].name} ({plan.kpis[c].unit}): {plan.kpis[c].formula}"}
            for c in kpis
        ]
        modules.append(
            {
                "name": f"mart_{code.lower()}__monthly",
                "description": f"{name}: {description} One row per month, one column per KPI, overall values.",
                "config": {"tags": tags.get(f"mart_{code.lower()}__monthly", [])},
                "columns": columns,
            }
        )
    return fact_yaml, dump_yaml({"version": 2, "models": modules}, GENERATED)


def marts_files(plan: ProjectPlan, tags: dict[str, list[str]]) -> dict[str, str]:
    fact_yaml, modules_yaml = render_marts_yaml(plan, tags)
    files = {f"{FACT_DIR}/fct_kpi_values.sql": render_fact_sql(plan), f"{FACT_DIR}/_kpi_values__models.yml": fact_yaml}
    for code, (_, _, kpis) in plan.modules.items():
        if kpis:
            files[f"{MODULE_DIR}/mart_{code.lower()}__monthly.sql"] = render_module_sql(plan, code)
    if any(kpis for _, _, kpis in plan.modules.values()):
        files[f"{MODULE_DIR}/_modules__models.yml"] = modules_yaml
    return files
