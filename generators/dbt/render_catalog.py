"""The catalog marts (dimensions and bridges over the seed tables) and the property
YAML of the seeds and of those marts, every column described."""

from __future__ import annotations

from typing import Any

from definitions.declined import REASONS, DeclinedName
from generators.dbt.escape import sql_comment
from generators.dbt.yamlout import GENERATED, dump_yaml

DIR = "models/marts/catalog"

COLUMN_DOCS: dict[str, str] = {
    "industry_code": "Code of the industry (ALL means every industry).",
    "value_chain_code": "Code of the value chain.",
    "module_code": "Code of the business module.",
    "target_module_code": "Code of the module the link points to.",
    "object_model_code": "Code of the object model.",
    "source_object_model_code": "Object model that declares the relationship.",
    "target_object_model_code": "Object model at the other end of the relationship.",
    "dimension_code": "Code of the slicing dimension.",
    "kpi_code": "Code of the KPI.",
    "benchmark_id": "Identifier of the benchmark: KPI code and position in its file.",
    "name": "Human name.",
    "description": "What it is, from the catalog.",
    "focus": "What the module focuses on.",
    "category": "Category (module: Baseline, Revenue Generation, ...; object model: sales process, customer, ...).",
    "implementation_pattern": "How the module is implemented: full-cycle sales, specialized sales, customer-centric, "
    "support or strategic.",
    "focus_areas": "Focus areas, separated by ';'.",
    "target_kpi_count": "Number of KPIs the module is meant to have.",
    "kpi_count": "Number of KPIs that list the module today.",
    "references_object_model": "Object model whose key the values (or the attribute) point to, if any.",
    "sliceable": "True when KPIs can be sliced by the dimension; false for entity-only dimensions.",
    "primary_key": "Attribute that identifies an instance.",
    "aliases": "Other names people know it by, separated by ';' (get_kpi() and get_object_model() resolve them).",
    "module_codes": "Codes of the modules the seed lists the name under, separated by ';'.",
    "reason": "Why the name is not a KPI: not_measurable, too_vague or same_as.",
    "same_as_kpi_code": "With reason same_as: the KPI the name duplicates.",
    "explanation": "Why, and which catalog KPIs answer the question instead.",
    "time_attributes": "Date or timestamp attributes KPIs can bucket by, separated by ';'.",
    "time_order": "Pairs of date/timestamp attributes in time order (earlier<=later), separated by ';': when "
    "both are set the later one is never before the earlier one (checked by `analytics check-data`).",
    "minimum": "Smallest valid value of a numeric attribute (checked by `analytics check-data`); empty when open.",
    "maximum": "Largest valid value of a numeric attribute (checked by `analytics check-data`); empty when open.",
    "attribute_count": "Number of attributes.",
    "attribute_name": "Name of the attribute (a column of the staging model).",
    "position": "Position of the attribute in its object model.",
    "data_type": "Catalog type: string, integer, decimal, boolean, date, timestamp or enum.",
    "is_required": "True when every instance must carry a value.",
    "is_primary_key": "True for the attribute that identifies an instance.",
    "is_time_attribute": "True when KPIs can bucket by the attribute.",
    "allowed_values": "Allowed values of an enum, separated by ';'.",
    "source_multiplicity": "UML multiplicity at the declaring side (0..1, 1, 0..*, 1..*).",
    "target_multiplicity": "UML multiplicity at the other side.",
    "label": "Verb phrase of the relationship or link.",
    "via_attribute": "Attribute that holds the link, if declared.",
    "flow": "The named flow the module link belongs to (execution support, customer lifecycle).",
    "formula": "The KPI's formula as text, with its time basis and chosen variant.",
    "unit": "Unit of the value (percent is stored as a fraction).",
    "direction": "higher_is_better, lower_is_better, target_band or neutral.",
    "calculation_type": "Type in the calculation language (simple, ratio, derived, ...).",
    "range_low": "Lowest valid value (a generated test fails below it); empty when open.",
    "range_high": "Highest valid value (a generated test fails above it); empty when open.",
    "tags": "Tags, separated by ';'.",
    "grains": "Grains the KPI has values at (week, month, quarter, year), separated by ';'.",
    "grain": "Length of the period the published figure describes.",
    "low": "Low end of the published band.",
    "typical": "Typical (median) published value.",
    "high": "High end of the published band.",
    "target": "Published target value.",
    "source": "Publisher and study the figure comes from.",
    "year": "Year of the publication or data.",
    "note": "How to read the figure.",
}

COLUMN_TYPES: dict[str, str] = {
    "target_kpi_count": "integer",
    "kpi_count": "integer",
    "attribute_count": "integer",
    "position": "integer",
    "year": "integer",
    "range_low": "double precision",
    "minimum": "double precision",
    "maximum": "double precision",
    "range_high": "double precision",
    "low": "double precision",
    "typical": "double precision",
    "high": "double precision",
    "target": "double precision",
    "sliceable": "boolean",
    "is_required": "boolean",
    "is_primary_key": "boolean",
    "is_time_attribute": "boolean",
}
"""Type of a catalog seed and mart column that is not text (every other column is varchar):
the seeds declare them and the marts cast each seed column, so neither depends on type
inference from the rows."""

# mart -> (seed, description, unique key columns)
MARTS: dict[str, tuple[str, str, list[str]]] = {
    "dim_industries": ("industries", "Industries the catalog serves; ALL means every industry.", ["industry_code"]),
    "dim_value_chains": (
        "value_chains",
        "Value chains (sales management, customer management, ...).",
        ["value_chain_code"],
    ),
    "dim_declined_kpi_names": (
        "declined_kpi_names",
        "KPI names users expect (the seed's names) that the catalog does not define as KPIs, each with its "
        "reason (definitions/declined_kpi_names.yml). Every other seed name resolves to a KPI by code, name "
        "or alias.",
        ["name"],
    ),
    "dim_modules": ("modules", "The business modules with category, pattern and target KPI count.", ["module_code"]),
    "dim_object_models": ("object_models", "The object models of the catalog.", ["object_model_code"]),
    "dim_dimensions": (
        "dimensions",
        "Slicing dimensions, declared once and mapped per object model.",
        ["dimension_code"],
    ),
    "dim_kpis": (
        "kpis",
        "Every KPI with its formula, unit, direction, calculation type and declared range.",
        ["kpi_code"],
    ),
    "dim_benchmarks": ("benchmarks", "Published benchmark figures with source and year.", ["benchmark_id"]),
    "fct_object_attributes": (
        "object_attributes",
        "Typed attributes of every object model.",
        ["object_model_code", "attribute_name"],
    ),
    "fct_object_relationships": (
        "object_relationships",
        "UML relationships between object models, tagged with the module that introduced them.",
        ["source_object_model_code", "target_object_model_code", "module_code", "via_attribute", "label"],
    ),
    "fct_module_links": (
        "module_links",
        "How modules relate (execution supported by enablement, lifecycle, ...).",
        ["module_code", "target_module_code", "label"],
    ),
    "bridge_industry_value_chain": (
        "industry_valuechain",
        "Industries served by each value chain.",
        ["industry_code", "value_chain_code"],
    ),
    "bridge_value_chain_module": (
        "valuechain_module",
        "Modules in each value chain.",
        ["value_chain_code", "module_code"],
    ),
    "bridge_module_industry": ("module_industry", "Industries each module targets.", ["module_code", "industry_code"]),
    "bridge_module_object_model": (
        "module_objectmodel",
        "Object models each module uses.",
        ["module_code", "object_model_code"],
    ),
    "bridge_module_kpi": (
        "module_kpi",
        "KPIs each module tracks (a KPI belongs to several modules).",
        ["module_code", "kpi_code"],
    ),
    "bridge_object_model_kpi": (
        "objectmodel_kpi",
        "Object models each KPI reads directly.",
        ["object_model_code", "kpi_code"],
    ),
    "bridge_kpi_benchmark": ("kpi_benchmark", "Benchmarks of each KPI.", ["kpi_code", "benchmark_id"]),
    "bridge_object_model_dimension": (
        "objectmodel_dimension",
        "Dimensions each object model carries, and the attribute carrying them.",
        ["object_model_code", "dimension_code"],
    ),
}


def _columns(header: list[str]) -> list[dict[str, str]]:
    return [{"name": c, "description": COLUMN_DOCS.get(c, c.replace("_", " ").capitalize() + ".")} for c in header]


def column_type(column: str) -> str:
    return COLUMN_TYPES.get(column, "varchar")


def key_column(mart: str, key: list[str]) -> str | None:
    """The mart's one-column primary key: its key column, or for a key of several columns an
    added ``<mart>_key`` column (``dim_``/``fct_``/``bridge_`` dropped) joining them by '|'."""
    if not key:
        return None
    if len(key) == 1:
        return key[0]
    return mart.split("_", 1)[1] + "_key"


def render_mart_sql(mart: str, seed: str, description: str, header: list[str], key: list[str]) -> str:
    columns = [f"cast({c} as {column_type(c)}) as {c}" for c in header]
    if len(key) > 1:
        joined = " || '|' || ".join(f"coalesce(cast({c} as varchar), '')" for c in key)
        columns.insert(0, f"cast({joined} as varchar) as {key_column(mart, key)}")
    return (
        f"-- {GENERATED}\n{sql_comment(description)}\n\nselect\n    "
        + ",\n    ".join(columns)
        + f"\nfrom {{{{ ref('{seed}') }}}}\n"
    )


def _mart_columns(mart: str, header: list[str], key: list[str]) -> list[dict[str, Any]]:
    pk = key_column(mart, key)
    columns: list[dict[str, Any]] = []
    if len(key) > 1:
        columns.append(
            {
                "name": pk,
                "description": f"The row's key: {', '.join(key)} joined by '|' (empty for a missing value).",
                "data_type": "varchar",
            }
        )
    for column in _columns(header):
        columns.append({**column, "data_type": column_type(column["name"])})
    for column in columns:
        if column["name"] == pk:
            column["data_tests"] = ["unique", "not_null"]
    return columns


def declined_table(declined: list[DeclinedName]) -> str:
    """The declined names as a Markdown table for the docs (catalog text, made inert by dump_yaml)."""
    if not declined:
        return "No name is declined."
    rows = ["| name | modules | reason | explanation |", "|---|---|---|---|"]
    for entry in sorted(declined, key=lambda d: d.name.lower()):
        reason = REASONS[entry.reason] + (f" ({entry.kpi})" if entry.kpi else "")
        cells = [entry.name, ", ".join(entry.module_codes), reason, entry.explanation]
        rows.append("| " + " | ".join(" ".join(c.replace("|", "/").split()) for c in cells) + " |")
    return "\n".join(rows)


def catalog_files(headers: dict[str, list[str]], declined: list[DeclinedName] | None = None) -> dict[str, str]:
    """Catalog marts and the seeds' and marts' property YAML, from the seed headers; the
    declined names are listed in full in their mart's description, so the docs show them."""
    files: dict[str, str] = {}
    seeds: list[dict[str, Any]] = []
    models: list[dict[str, Any]] = []
    by_seed = {seed: (mart, description) for mart, (seed, description, _) in MARTS.items()}
    for seed, header in headers.items():
        description = by_seed.get(seed, (None, f"Catalog table {seed}."))[1]
        entry: dict[str, Any] = {
            "name": seed,
            "description": f"{description} Generated from definitions/.",
            "columns": _columns(header),
        }
        # declared, never inferred: an empty seed (a catalog without benchmarks) or an
        # all-numeric-looking text column would otherwise load with another type
        entry["config"] = {"column_types": {column: column_type(column) for column in header}}
        seeds.append(entry)
    for mart, (seed, description, key) in MARTS.items():
        files[f"{DIR}/{mart}.sql"] = render_mart_sql(mart, seed, description, headers[seed], key)
        if mart == "dim_declined_kpi_names":
            description = f"{description}\n\n{declined_table(declined or [])}"
        model: dict[str, Any] = {
            "name": mart,
            "description": description,
            "config": {"contract": {"enforced": True}},
            "columns": _mart_columns(mart, headers[seed], key),
        }
        models.append(model)
    files["seeds/_seeds.yml"] = dump_yaml({"version": 2, "seeds": seeds}, GENERATED)
    files[f"{DIR}/_catalog__models.yml"] = dump_yaml({"version": 2, "models": models}, GENERATED)
    return files
