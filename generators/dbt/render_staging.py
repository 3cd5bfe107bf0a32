"""Sources and staging models: the raw instance store, typed per object model."""

from __future__ import annotations

from typing import Any

from generators.dbt.escape import sql_comment, sql_string_literal
from generators.dbt.plan import ProjectPlan, StagingPlan
from generators.dbt.yamlout import GENERATED, dump_yaml

DIR = "models/staging"
LOADED_AT = "_loaded_at"
FRESHNESS = {"warn_after": {"count": 2, "period": "day"}, "error_after": {"count": 7, "period": "day"}}
"""``dbt source freshness`` on the raw store, by its ``loaded_at`` (UTC, written by the loader):
a warning when nothing was loaded for 2 days (a daily load missed), an error after a week."""


def _column_sql(name: str, kind: str) -> str:
    return f"cast({{{{ json_attribute('data_values', '{name}') }}}} as {{{{ attribute_type('{kind}') }}}}) as {name}"


def render_staging_sql(stg: StagingPlan) -> str:
    columns = ",\n        ".join([_column_sql(a.name, a.type) for a in stg.attributes] + [LOADED_AT])
    generated = sql_comment(f"generated from {stg.source_file}; do not edit")
    what = sql_comment(f"{stg.name}: one row per current instance, typed from the raw store")
    return f"""{generated}
{what}

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{{{ source('raw', 'object_instances') }}}}
    where schema_ref = {sql_string_literal(stg.object_code)}

),

ranked as (

    select
        data_values,
        loaded_at as {LOADED_AT},
        row_number() over (
            partition by code order by loaded_at desc, line_number desc nulls last
        ) as version_rank
    from source_rows

),

typed as (

    select
        {columns}
    from ranked
    where version_rank = 1

)

select * from typed
"""


def _column_yaml(stg: StagingPlan, attribute: Any) -> dict[str, Any]:
    tests: list[Any] = []
    if attribute.name == stg.primary_key:
        tests += ["unique", "not_null"]
    elif attribute.required:
        tests.append("not_null")
    if attribute.values:
        tests.append({"accepted_values": {"arguments": {"values": list(attribute.values)}}})
    if attribute.name in stg.references:
        target, key = stg.references[attribute.name]
        tests.append({"relationships": {"arguments": {"to": f"ref('{target}')", "field": key}}})
    column: dict[str, Any] = {"name": attribute.name, "description": attribute.description}
    column["data_type"] = attribute.type
    if tests:
        column["data_tests"] = tests
    return column


def render_staging_yaml(plan: ProjectPlan, tags: dict[str, list[str]]) -> str:
    models = []
    for stg in plan.staging.values():
        columns = [_column_yaml(stg, a) for a in stg.attributes]
        columns.append({"name": LOADED_AT, "description": "When this version of the instance was loaded."})
        models.append(
            {
                "name": stg.model,
                "description": f"{stg.name}: {stg.description} One row per instance (latest version).",
                "config": {"tags": tags.get(stg.model, [])},
                "columns": columns,
            }
        )
    return dump_yaml({"version": 2, "models": models}, GENERATED)


def render_sources_yaml() -> str:
    """The raw source. Its location comes from vars (the environment of a run): each part is
    quoted, with embedded double quotes doubled, so any name is a safe identifier."""
    source = {
        "name": "raw",
        "description": "The raw landing zone: the unified object-model instance store.",
        "database": "{{ var('raw_database', target.database) | replace('\"', '\"\"') }}",
        "schema": "{{ var('raw_schema', 'raw') | replace('\"', '\"\"') }}",
        "tables": [
            {
                "name": "object_instances",
                "identifier": "{{ var('raw_table', 'object_instances') | replace('\"', '\"\"') }}",
                "quoting": {"database": True, "schema": True, "identifier": True},
                "description": (
                    "One row per loaded version of an object-model instance, validated against its "
                    "schema by the loader (invalid ones go to the rejects table)."
                ),
                "config": {
                    "loaded_at_field": "loaded_at",
                    "freshness": FRESHNESS,
                },
                "columns": [
                    {
                        "name": "schema_ref",
                        "description": "Code of the object model the instance belongs to.",
                        "data_tests": ["not_null"],
                    },
                    {
                        "name": "code",
                        "description": "Code of the instance, unique within its object model.",
                        "data_tests": ["not_null"],
                    },
                    {"name": "data_values", "description": "The instance's attribute values as a JSON document."},
                    {"name": "metadata_", "description": "Instance metadata as JSON (type, schema_ref, batch)."},
                    {"name": "loaded_at", "description": "When the loader stored this version."},
                    {
                        "name": "line_number",
                        "description": (
                            "Line of the source file (or position in the load) of this version: "
                            "of two versions loaded together, the later line is current."
                        ),
                    },
                ],
            }
        ],
    }
    return dump_yaml({"version": 2, "sources": [source]}, GENERATED)


def staging_files(plan: ProjectPlan, tags: dict[str, list[str]]) -> dict[str, str]:
    files = {f"{DIR}/{stg.model}.sql": render_staging_sql(stg) for stg in plan.staging.values()}
    files[f"{DIR}/_staging__models.yml"] = render_staging_yaml(plan, tags)
    files[f"{DIR}/_raw__sources.yml"] = render_sources_yaml()
    return files
