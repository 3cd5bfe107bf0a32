"""Marts: fct_kpi_values (all KPIs, long, incremental, fed by the int_kpi_values view of the KPI
models built so far) and one wide monthly mart per module."""

from __future__ import annotations

from generators.dbt.escape import Jinja, sql_comment, sql_string_literal
from generators.dbt.plan import ProjectPlan
from generators.dbt.tags import module_tag
from generators.dbt.yamlout import GENERATED, dump_yaml

FACT_DIR = "models/marts/kpi_values"
UNION_DIR = "models/intermediate/kpi_values"
MODULE_DIR = "models/marts/modules"
KEY_COLUMNS = ["kpi_code", "grain", "period_start", "dimension", "dimension_value"]
MEASURE_COLUMNS = ["value", "numerator", "denominator"]
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


UNION_COLUMNS = [*KEY_COLUMNS, *MEASURE_COLUMNS]
"""The columns int_kpi_values reads from every KPI model, by name."""


def render_union_sql(plan: ProjectPlan) -> str:
    """int_kpi_values: the rows of every KPI model that exists, in one relation, the input of
    fct_kpi_values. Every KPI model is ref()'d (the lineage holds them all); the view reads
    those built so far, so a module run publishes its KPIs and keeps the others' last values."""
    refs = ",\n".join(f"    ref('{kpi.model}')" for kpi in plan.kpis.values())
    columns = ",\n".join(f"    {c}" for c in UNION_COLUMNS)
    empty = (
        "select\n    cast(null as {{ dbt.type_string() }}) as kpi_code,\n"
        "    cast(null as {{ dbt.type_string() }}) as grain,\n    cast(null as date) as period_start,\n"
        "    cast(null as {{ dbt.type_string() }}) as dimension,\n"
        "    cast(null as {{ dbt.type_string() }}) as dimension_value,\n"
        "    cast(null as {{ type_double() }}) as value,\n"
        "    cast(null as {{ type_double() }}) as numerator,\n"
        "    cast(null as {{ type_double() }}) as denominator\nwhere 1 = 0"
    )
    header = (
        "-- every published KPI model's rows, long: the input of fct_kpi_values (a view, not for BI).\n"
        "-- A KPI model not built yet (a module run on a new warehouse) is left out and the others are\n"
        "-- read as last published: a module run publishes its KPIs and keeps every other module's."
    )
    if not plan.kpis:
        return f"-- {GENERATED}\n{header}\n\n{empty}\n"
    # the SQL inside a Jinja block is indented one step, as sqlfluff lays out template blocks
    return (
        f"-- {GENERATED}\n{header}\n\n"
        f"{{%- set kpi_models = existing_relations([\n{refs}\n]) %}}\n\n"
        "{%- for kpi_model in kpi_models %}\n"
        "    {%- if not loop.first %}\n\n        union all\n    {%- endif %}\n\n"
        + _indent(f"select\n{columns}\nfrom {{{{ kpi_model }}}}")
        + "\n{%- endfor %}\n\n"
        "{%- if not kpi_models %}\n\n" + _indent(empty) + "\n{%- endif %}\n"
    )


def _indent(sql: str) -> str:
    return "\n".join(f"    {line}" for line in sql.split("\n"))


def render_fact_sql(plan: ProjectPlan) -> str:
    key = ", ".join(f"'{c}'" for c in KEY_COLUMNS)
    columns = ",\n".join(f"        {c}" for c in [*KEY_COLUMNS, *MEASURE_COLUMNS])
    stored_columns = ",\n".join(f"            {c}" for c in [*KEY_COLUMNS, *MEASURE_COLUMNS])
    return (
        f"-- {GENERATED}\n-- every KPI value, long: one row per KPI, grain, period and slice\n"
        "-- an incremental run writes only the rows that are new or changed, and its post-hook\n"
        "-- deletes the keys that vanished: the table always equals a full refresh\n\n"
        "{{\n    config(\n        materialized='incremental',\n"
        f"        unique_key=[{key}],\n"
        "        incremental_strategy='delete+insert',\n"
        "        post_hook=[\n"
        "            \"{{ delete_vanished_keys(ref('int_kpi_values')) }}\",\n"
        "            \"{{ timescaledb_hypertable(this, 'period_start') }}\"\n"
        "        ]\n    )\n}}\n\n"
        f"with kpi_values as (\n\n    select\n{columns}\n    from {{{{ ref('int_kpi_values') }}}}\n"
        "    {% if is_incremental() %}\n"
        "        -- the rows whose key is new or whose value, numerator or denominator changed\n"
        "        -- (except compares nulls as equal)\n"
        f"        except\n\n        select\n{stored_columns}\n        from {{{{ this }}}}\n"
        "    {% endif %}\n\n)\n\n"
        "select\n    " + ",\n    ".join([*KEY_COLUMNS, *MEASURE_COLUMNS]) + ",\n"
        "    {{ dbt.current_timestamp() }} as computed_at\nfrom kpi_values\n"
    )


def monthly_kpis(plan: ProjectPlan, module: str) -> list[str]:
    """The module's KPIs that have a monthly value (a KPI may declare coarser grains only)."""
    return [c for c in plan.modules[module][2] if "month" in plan.kpis[c].grains]


def render_module_sql(plan: ProjectPlan, module: str) -> str:
    name = plan.modules[module][0]
    kpis = monthly_kpis(plan, module)
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
            "slice (overall or one dimension value). Incremental: a run writes only the rows of int_kpi_values "
            "that are new or whose value, numerator or denominator changed, and deletes the keys that no longer "
            "exist, so it always equals a full refresh. On TimescaleDB it is a hypertable on period_start."
        ),
        "data_tests": [{"kpi_unique_key": {"arguments": {"key_columns": KEY_COLUMNS}}}],
        "columns": [{"name": k, "description": v} for k, v in VALUE_DOCS.items()]
        + [
            {
                "name": "computed_at",
                "description": (
                    "When the row's value, numerator or denominator last changed (when it was written; "
                    "a full refresh rewrites every row)."
                ),
            }
        ],
    }
    fact_yaml = dump_yaml({"version": 2, "models": [fact]}, GENERATED)
    modules = []
    for code, (name, description, _) in plan.modules.items():
        kpis = monthly_kpis(plan, code)
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
                "config": {"tags": tags.get(f"mart_{code.lower()}__monthly", []), "group": module_tag(code)},
                "columns": columns,
            }
        )
    return fact_yaml, dump_yaml({"version": 2, "models": modules}, GENERATED)


def render_union_yaml() -> str:
    union = {
        "name": "int_kpi_values",
        "description": (
            "Every KPI model's rows in one relation (a view over the kpi_ models that exist when it is "
            "built: a module run on a new warehouse reads only its own, other modules' models are read as "
            "last published), the source of truth fct_kpi_values is kept equal to. Intermediate: BI reads "
            "fct_kpi_values."
        ),
        "columns": [{"name": k, "description": v} for k, v in VALUE_DOCS.items()],
    }
    return dump_yaml({"version": 2, "models": [union]}, GENERATED)


def marts_files(plan: ProjectPlan, tags: dict[str, list[str]]) -> dict[str, str]:
    fact_yaml, modules_yaml = render_marts_yaml(plan, tags)
    files = {
        f"{UNION_DIR}/int_kpi_values.sql": render_union_sql(plan),
        f"{UNION_DIR}/_int_kpi_values__models.yml": render_union_yaml(),
        f"{FACT_DIR}/fct_kpi_values.sql": render_fact_sql(plan),
        f"{FACT_DIR}/_kpi_values__models.yml": fact_yaml,
    }
    for code in plan.modules:
        if monthly_kpis(plan, code):
            files[f"{MODULE_DIR}/mart_{code.lower()}__monthly.sql"] = render_module_sql(plan, code)
    if any(monthly_kpis(plan, code) for code in plan.modules):
        files[f"{MODULE_DIR}/_modules__models.yml"] = modules_yaml
    return files
