"""Entity dimensions: one dim_ model per catalog dimension, every member with its code, name and
attributes, and 'unknown' as an explicit member, so every fct_kpi_values slice joins to one row."""

from __future__ import annotations

from typing import Any

from generators.dbt.escape import sql_comment, sql_string_literal
from generators.dbt.plan_dimensions import UNKNOWN, EntityDimension
from generators.dbt.yamlout import GENERATED, dump_yaml

DIR = "models/marts/dimensions"
UNKNOWN_NAME = "Unknown"


def _member_name(value: str) -> str:
    return value.replace("_", " ").capitalize()


def _header(dim: EntityDimension) -> str:
    what = (
        f"{dim.name} (dimension {dim.code}): one row per member; fct_kpi_values rows with "
        f"dimension = '{dim.code}' carry its {dim.key_column} in dimension_value, and "
        f"'{UNKNOWN}' stands for the records that carry no value"
    )
    return f"-- {GENERATED}\n{sql_comment(what)}\n\n"


def _referenced_sql(dim: EntityDimension) -> str:
    name_source = dim.name_attribute or dim.key_attribute
    members = [
        f"cast({dim.key_attribute} as varchar) as {dim.key_column}",
        f"cast({name_source} as varchar) as {dim.name_column}",
        *(f"cast({a.name} as {a.contract_type}) as {a.name}" for a in dim.attributes),
    ]
    unknown = [
        f"cast('{UNKNOWN}' as varchar) as {dim.key_column}",
        f"cast('{UNKNOWN_NAME}' as varchar) as {dim.name_column}",
        *(f"cast(null as {a.contract_type}) as {a.name}" for a in dim.attributes),
    ]
    return (
        _header(dim)
        + "select\n    "
        + ",\n    ".join(members)
        + f"\nfrom {{{{ ref('{dim.staging}') }}}}\n\nunion all\n\nselect\n    "
        + ",\n    ".join(unknown)
        + "\n"
    )


def _values_sql(dim: EntityDimension) -> str:
    rows = [*dim.values, UNKNOWN]
    values = ",\n    ".join(
        f"({sql_string_literal(v)}, {sql_string_literal(UNKNOWN_NAME if v == UNKNOWN else _member_name(v))})"
        for v in rows
    )
    sql = (
        _header(dim)
        + f"select\n    cast(members.member_code as varchar) as {dim.key_column},\n"
        + f"    cast(members.member_name as varchar) as {dim.name_column}\n"
        + f"from (\n    values\n    {values}\n) as members (member_code, member_name)\n"
    )
    for staging, attribute in dim.value_sources:
        sql += (
            f"\nunion\n\nselect distinct\n    cast({attribute} as varchar) as {dim.key_column},\n"
            f"    cast({attribute} as varchar) as {dim.name_column}\n"
            f"from {{{{ ref('{staging}') }}}}\nwhere {attribute} is not null\n"
        )
    return sql


def render_dimension_sql(dim: EntityDimension) -> str:
    return _referenced_sql(dim) if dim.staging else _values_sql(dim)


def _model_yaml(dim: EntityDimension) -> dict[str, Any]:
    source = f"the staging model {dim.staging}" if dim.staging else "the allowed values of its attributes"
    use = (
        f"Join fct_kpi_values on dimension = '{dim.code}' and dimension_value = {dim.key_column}."
        if dim.sliceable
        else "Entity of per-entity KPIs (not a slicing dimension of fct_kpi_values)."
    )
    columns: list[dict[str, Any]] = [
        {
            "name": dim.key_column,
            "description": f"Code of the member (its key; '{UNKNOWN}' for records that carry no value).",
            "data_type": "varchar",
            "data_tests": ["unique", "not_null"],
        },
        {
            "name": dim.name_column,
            "description": f"Name of the member ('{UNKNOWN_NAME}' for the unknown member).",
            "data_type": "varchar",
        },
    ]
    columns += [{"name": a.name, "description": a.description, "data_type": a.contract_type} for a in dim.attributes]
    return {
        "name": dim.model,
        "description": f"{dim.name}: {dim.description} One row per member, from {source}, plus the explicit "
        f"'{UNKNOWN}' member. {use}",
        "config": {"contract": {"enforced": True}},
        "columns": columns,
    }


def dimensions_files(dimensions: dict[str, EntityDimension]) -> dict[str, str]:
    files = {f"{DIR}/{d.model}.sql": render_dimension_sql(d) for d in dimensions.values()}
    if dimensions:
        models = [_model_yaml(d) for d in dimensions.values()]
        files[f"{DIR}/_dimensions__models.yml"] = dump_yaml({"version": 2, "models": models}, GENERATED)
    return files
