"""Marts: fct_kpi_values (all KPIs, long, incremental, fed by the int_kpi_values view of the KPI
models built so far) and one wide monthly mart per module."""

from __future__ import annotations

from typing import Any

from generators.dbt import naming
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
KEY_SQL = "{{ kpi_value_key() }} as kpi_value_key"
"""int_kpi_values' one-column key, as fct_kpi_values builds it (macros/marts/kpi_values.sql)."""


def render_union_sql(plan: ProjectPlan) -> str:
    """int_kpi_values: the rows of every KPI model that exists, in one relation, the input of
    fct_kpi_values. Every KPI model is ref()'d (the lineage holds them all); the view reads
    those built so far, so a module run publishes its KPIs and keeps the others' last values."""
    refs = ",\n".join(f"    ref('{kpi.model}')" for kpi in plan.kpis.values())
    columns = ",\n".join(f"    {c}" for c in [KEY_SQL, *UNION_COLUMNS])
    empty = (
        "select\n    cast(null as {{ dbt.type_string() }}) as kpi_value_key,\n"
        "    cast(null as {{ dbt.type_string() }}) as kpi_code,\n"
        "    cast(null as {{ dbt.type_string() }}) as grain,\n    cast(null as date) as period_start,\n"
        "    cast(null as {{ dbt.type_string() }}) as dimension,\n"
        "    cast(null as {{ dbt.type_string() }}) as dimension_value,\n"
        "    cast(null as {{ type_double() }}) as value,\n"
        "    cast(null as {{ type_double() }}) as numerator,\n"
        "    cast(null as {{ type_double() }}) as denominator\nwhere 1 = 0"
    )
    header = (
        "-- every published KPI model's rows, long: the input of fct_kpi_values (a view, not for BI;\n"
        "-- a table on Spark, whose Derby metastore cannot hold a view text this long).\n"
        "-- A KPI model not built yet (a module run on a new warehouse) is left out and the others are\n"
        "-- read as last published: a module run publishes its KPIs and keeps every other module's."
    )
    config = "{{ config(materialized=kpi_union_materialization()) }}\n\n"
    if not plan.kpis:
        return f"-- {GENERATED}\n{header}\n\n{config}{empty}\n"
    # the SQL inside a Jinja block is indented one step, as sqlfluff lays out template blocks
    return (
        f"-- {GENERATED}\n{header}\n\n{config}"
        f"{{%- set kpi_models = existing_relations([\n{refs}\n]) %}}\n\n"
        "{%- for kpi_model in kpi_models %}\n"
        "    {%- if not loop.first %}\n\n        union all\n    {%- endif %}\n\n"
        + _indent(f"select\n{columns}\nfrom {{{{ kpi_model }}}}")
        + "\n{%- endfor %}\n\n"
        "{%- if not kpi_models %}\n\n" + _indent(empty) + "\n{%- endif %}\n"
    )


def _indent(sql: str) -> str:
    return "\n".join(f"    {line}" for line in sql.split("\n"))


FACT_TYPES: dict[str, str] = {
    "kpi_value_key": "varchar",
    "kpi_code": "varchar",
    "grain": "varchar",
    "period_start": "date",
    "dimension": "varchar",
    "dimension_value": "varchar",
    "value": "double precision",
    "numerator": "double precision",
    "denominator": "double precision",
    "kpi_name": "varchar",
    "unit": "varchar",
    "direction": "varchar",
    "period_end": "date",
    "is_complete": "boolean",
    "computed_at": "timestamp with time zone",
}
"""fct_kpi_values' contract: names both engines accept and report alike."""
COMPARED_COLUMNS = [*MEASURE_COLUMNS, "kpi_name", "unit", "direction", "is_complete"]
"""The columns an incremental run compares with the stored row (the key fixes period_end)."""


def window_days(plan: ProjectPlan) -> dict[str, int]:
    """KPI code -> days its value waits after the period (a conversion within N days)."""
    return {c: k.spec["window_days"] for c, k in plan.kpis.items() if k.spec.get("window_days") is not None}


def _kpis_cte(plan: ProjectPlan) -> str:
    """CTE ``kpis``: every KPI's name, unit, direction and window, from the catalog (no seed is
    read, so ``dbt run --select +fct_kpi_values`` needs no ``dbt seed``)."""
    windows = window_days(plan)
    rows = ",\n        ".join(
        f"({sql_string_literal(c)}, {sql_string_literal(k.name)}, {sql_string_literal(k.unit)}, "
        f"{sql_string_literal(k.direction)}, {windows.get(c, 0)})"
        for c, k in plan.kpis.items()
    )
    if not rows:
        rows = "(cast(null as varchar), cast(null as varchar), cast(null as varchar), cast(null as varchar), 0)"
    return (
        "kpis as (\n\n"
        "    -- window_days: how long a value waits after its period (a conversion within N days; else 0)\n"
        "    select\n        described_kpis.kpi_code,\n        described_kpis.kpi_name,\n"
        "        described_kpis.unit,\n        described_kpis.direction,\n        described_kpis.window_days\n"
        f"    from (\n        values\n        {rows}\n"
        "    ) as described_kpis (kpi_code, kpi_name, unit, direction, window_days)\n\n)"
    )


def _checksum(relation: str) -> str:
    # the macro argument is a Jinja string: the engine's type names are concatenated into it
    double, text = '" ~ type_double() ~ "', '" ~ type_varchar() ~ "'
    parts = [f"{relation}.kpi_value_key"]
    for column in COMPARED_COLUMNS:
        if column in MEASURE_COLUMNS:
            parts.append(f"coalesce(cast(cast({relation}.{column} as {double}) as {text}), '')")
        else:
            parts.append(f"cast({relation}.{column} as {text})")
    return '{{ row_checksum("' + " || '|' || ".join(parts) + '") }}'


def _checksum_ctes() -> str:
    """CTEs of the incremental run: per KPI, the row count and a sum of row hashes on both
    sides; only the KPIs where they differ are compared row by row (a run without new data
    compares two small aggregates instead of joining every row)."""
    sides = [("source_checksums", "described", "described"), ("stored_checksums", "{{ this }}", "stored")]
    ctes = [
        f"{name} as (\n\n    select\n        {alias}.kpi_code,\n        count(*) as row_count,\n"
        f"        sum({_checksum(alias)}) as checksum\n"
        f"    from {relation}{'' if relation == alias else f' as {alias}'}\n    group by {alias}.kpi_code\n\n)"
        for name, relation, alias in sides
    ]
    ctes.append(
        "changed_kpis as (\n\n"
        "    -- the KPIs with a row added, removed or changed (or, 2^-64 odds, a hash collision missed)\n"
        "    select source_checksums.kpi_code\n    from source_checksums\n"
        "    left join stored_checksums on source_checksums.kpi_code = stored_checksums.kpi_code\n"
        "    where\n        stored_checksums.kpi_code is null\n"
        "        or source_checksums.row_count <> stored_checksums.row_count\n"
        "        or source_checksums.checksum <> stored_checksums.checksum\n\n)"
    )
    ctes.append(
        "stored_rows as (\n\n    select stored.*\n    from {{ this }} as stored\n"
        "    inner join changed_kpis on stored.kpi_code = changed_kpis.kpi_code\n\n)"
    )
    return ",\n\n".join(ctes)


def render_fact_sql(plan: ProjectPlan) -> str:
    keys = ",\n".join(f"        kpi_values.{c}" for c in [*KEY_COLUMNS, *MEASURE_COLUMNS])
    changed = "\n".join(f"            or changed_kpi_values.{c} is distinct from stored.{c}" for c in COMPARED_COLUMNS)
    final = ",\n".join(f"    cast({c} as {t}) as {c}" for c, t in FACT_TYPES.items() if c != "computed_at")
    return (
        f"-- {GENERATED}\n-- every KPI value, long: one row per KPI, grain, period and slice, with the KPI's name,\n"
        "-- unit and direction and whether the period is complete\n"
        "-- an incremental run writes only the rows that are new or changed, and its post-hook\n"
        "-- deletes the keys that vanished: the table always equals a full refresh (on Spark, whose\n"
        "-- Parquet tables have no delete, it overwrites the partitions of the changed KPIs with all\n"
        "-- their rows and drops the partitions of vanished KPIs: kpi_values_incremental_rows)\n\n"
        "{{\n    config(\n        materialized=kpi_values_materialization(),\n"
        "        unique_key='kpi_value_key',\n"
        "        incremental_strategy=kpi_values_incremental_strategy(),\n"
        "        partition_by=kpi_values_partition_by(),\n"
        "        on_schema_change='fail',\n"
        "        post_hook=[\n"
        "            \"{{ delete_vanished_keys(ref('int_kpi_values')) }}\",\n"
        "            \"{{ timescaledb_hypertable(this, 'period_start') }}\"\n"
        "        ]\n    )\n}}\n\n"
        "with kpi_values as (\n\n    select\n"
        "        kpi_values.kpi_value_key,\n"
        f"{keys}\n    from {{{{ ref('int_kpi_values') }}}} as kpi_values\n\n),\n\n"
        f"{_kpis_cte(plan)},\n\n"
        "described as (\n\n"
        "    -- complete: the period (and the KPI's window after it) ended by the data end\n"
        "    select\n        kpi_values.*,\n        kpis.kpi_name,\n        kpis.unit,\n"
        "        kpis.direction,\n"
        "        {{ shift_period('kpi_values.period_start', 'kpi_values.grain', 1) }} as period_end,\n"
        "        {{ dbt.dateadd('day', 'kpis.window_days', "
        "shift_period('kpi_values.period_start', 'kpi_values.grain', 1)) }}\n"
        "        <= {{ kpi_data_end() }} as is_complete\n"
        "    from kpi_values\n"
        "    inner join kpis on kpi_values.kpi_code = kpis.kpi_code\n\n)"
        "{% if is_incremental() %},\n\n"
        f"{_checksum_ctes()},\n\n"
        "changed_kpi_values as (\n\n"
        "    -- every row of those KPIs\n"
        "    select described.*\n    from described\n"
        "    inner join changed_kpis on described.kpi_code = changed_kpis.kpi_code\n\n),\n\n"
        "changed as (\n\n"
        "    -- of those rows, the ones whose key is new or whose value, numerator, denominator,\n"
        "    -- KPI description or completeness changed (is distinct from: nulls compare equal)\n"
        "    select changed_kpi_values.*\n    from changed_kpi_values\n"
        "    left join stored_rows as stored on changed_kpi_values.kpi_value_key = stored.kpi_value_key\n"
        f"    where\n        stored.kpi_value_key is null\n{changed}\n\n)\n"
        "{% endif %}\n\n"
        f"select\n{final},\n"
        "    cast({{ dbt.current_timestamp() }} as timestamp with time zone) as computed_at\n"
        "from {% if is_incremental() %}{{ kpi_values_incremental_rows() }}{% else %}described{% endif %}\n"
    )


def monthly_kpis(plan: ProjectPlan, module: str) -> list[str]:
    """The module's KPIs that have a monthly value (a KPI may declare coarser grains only)."""
    return [c for c in plan.modules[module][2] if "month" in plan.kpis[c].grains]


def benchmarked_kpis(plan: ProjectPlan, module: str) -> list[str]:
    """The module's monthly KPIs that have a monthly benchmark in the catalog (whether it applies
    depends on var benchmark_industry, so the status column may still be empty)."""
    return [c for c in monthly_kpis(plan, module) if "month" in plan.kpis[c].benchmark_grains]


def status_column(code: str) -> str:
    return naming.fit(code.lower(), "__status")


def render_module_sql(plan: ProjectPlan, module: str) -> str:
    name = plan.modules[module][0]
    kpis = monthly_kpis(plan, module)
    benchmarked = benchmarked_kpis(plan, module)
    unions = "\n\n    union all\n\n".join(
        "    select\n        kpi_code,\n        period_start,\n        value\n"
        f"    from {{{{ ref('{plan.kpis[c].model}') }}}}\n"
        "    where grain = 'month' and dimension = 'overall'"
        for c in kpis
    )
    columns = [f"    max(case when kpi_code = {sql_string_literal(c)} then value end) as {c.lower()}" for c in kpis]
    columns += [
        f"    cast(max(case when kpi_code = {sql_string_literal(c)} then status end) as varchar) as {status_column(c)}"
        for c in benchmarked
    ]
    what = sql_comment(f"{name}: one row per month, one column per KPI (overall values), for BI")
    source = "module_values"
    compared = ""
    if benchmarked:
        what += "\n-- and, for a KPI with a monthly benchmark, its status against it (fct_kpi_vs_benchmark's rule)"
        source = "compared"
        compared = (
            ",\n\ncompared as (\n\n    select\n        module_values.kpi_code,\n"
            "        module_values.period_start,\n        module_values.value,\n"
            "        {{ benchmark_status('module_values.value', 'benchmarks.low', 'benchmarks.typical', "
            "'benchmarks.high', 'benchmarks.direction') }} as status\n"
            "    from module_values\n    left join {{ ref('int_kpi_benchmarks') }} as benchmarks\n"
            "        on module_values.kpi_code = benchmarks.kpi_code\n"
            "        and benchmarks.grain = 'month'\n\n)"
        )
    return (
        f"-- {GENERATED}\n{what}\n\n"
        f"with module_values as (\n\n{unions}\n\n){compared}\n\n"
        "select\n    period_start as month_start,\n" + ",\n".join(columns) + f"\nfrom {source}\ngroup by period_start\n"
    )


FACT_DOCS: dict[str, str] = {
    "kpi_value_key": (
        "The row's key: kpi_code, grain, period_start, dimension and dimension_value joined by '|' "
        "(unique; the five columns are unique together too)."
    ),
    **VALUE_DOCS,
    "kpi_name": "Name of the KPI (dim_kpis.name).",
    "unit": "Unit of the value (percent is stored as a fraction).",
    "direction": "higher_is_better, lower_is_better, target_band or neutral.",
    "period_end": "First day after the period (the period is period_start <= day < period_end).",
    "is_complete": (
        "True when the period ended on or before the data end (the day after var kpi_calendar_end) and "
        "so did the KPI's window after it, if it has one (a conversion within N days): the value will "
        "not change as more days pass. The current period is incomplete."
    ),
    "computed_at": "When the row last changed (when it was written; a full refresh rewrites every row).",
}


def sliced_dimensions(plan: ProjectPlan) -> list[str]:
    """The dimensions fct_kpi_values has slices of (some KPI is sliced by them)."""
    return sorted({d for k in plan.kpis.values() for d in k.dimensions})


def _relationships(plan: ProjectPlan) -> list[dict[str, Any]]:
    tests: list[dict[str, Any]] = []
    for code in sliced_dimensions(plan):
        dim = plan.entity_dimensions.get(code)
        if dim is None:
            continue
        tests.append(
            {
                "relationships": {
                    "arguments": {"to": f"ref('{dim.model}')", "field": dim.key_column},
                    "config": {"where": f"dimension = '{code}'"},
                }
            }
        )
    return tests


def _fact_columns(plan: ProjectPlan) -> list[dict[str, Any]]:
    columns: list[dict[str, Any]] = []
    for name, data_type in FACT_TYPES.items():
        column: dict[str, Any] = {"name": name, "description": FACT_DOCS[name], "data_type": data_type}
        if name == "kpi_value_key":
            column["data_tests"] = ["unique", "not_null"]
        if name == "dimension_value":
            column["data_tests"] = _relationships(plan)
        columns.append(column)
    return columns


def render_marts_yaml(plan: ProjectPlan, tags: dict[str, list[str]]) -> tuple[str, str]:
    fact = {
        "name": "fct_kpi_values",
        "description": (
            "Every KPI value in one long table: one row per KPI, grain (week, month, quarter, year), period and "
            "slice (overall or one dimension value), with the KPI's name, unit and direction, the period's end "
            "and whether the value is complete. Key: kpi_value_key. Slices join the entity dimensions "
            "(dim_sales_reps, dim_segments, ...) on dimension_value. Incremental: a run writes only the rows "
            "of int_kpi_values that are new or changed, and deletes the keys that no longer exist, so it "
            "always equals a full refresh (after an upgrade that adds columns, run it once with "
            "--full-refresh). On TimescaleDB it is a hypertable on period_start."
        ),
        "config": {"contract": {"enforced": True}},
        "columns": _fact_columns(plan),
    }
    fact_yaml = dump_yaml({"version": 2, "models": [fact]}, GENERATED)
    modules = []
    for code, (name, description, _) in plan.modules.items():
        kpis = monthly_kpis(plan, code)
        if not kpis:
            continue
        columns: list[dict[str, Any]] = [
            {
                "name": "month_start",
                "description": "First day of the month.",
                "data_type": "date",
                "data_tests": ["unique", "not_null"],
            }
        ]
        columns += [
            {
                "name": c.lower(),
                "description": f"{plan.kpis[c].name} ({plan.kpis[c].unit}): {plan.kpis[c].formula}",
                "data_type": "double precision",
            }
            for c in kpis
        ]
        columns += [
            {
                "name": status_column(c),
                "description": (
                    f"{plan.kpis[c].name} against its monthly benchmark: below, within, above, better or worse "
                    "(the rule of fct_kpi_vs_benchmark); empty when no benchmark applies (var benchmark_industry)."
                ),
                "data_type": "varchar",
            }
            for c in benchmarked_kpis(plan, code)
        ]
        modules.append(
            {
                "name": f"mart_{code.lower()}__monthly",
                "description": (
                    f"{name}: {description} One row per month, one column per KPI, overall values, and for a "
                    "KPI with a monthly benchmark its status against it (<kpi>__status)."
                ),
                "config": {
                    "tags": tags.get(f"mart_{code.lower()}__monthly", []),
                    "group": module_tag(code),
                    "contract": {"enforced": True},
                },
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
        "columns": [
            {"name": "kpi_value_key", "description": FACT_DOCS["kpi_value_key"], "data_tests": ["unique", "not_null"]},
            *({"name": k, "description": v} for k, v in VALUE_DOCS.items()),
        ],
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
