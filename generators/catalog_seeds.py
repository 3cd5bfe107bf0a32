"""The catalog as dbt seed CSVs: core tables and association tables, deterministic."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Any

from definitions.catalog import Catalog

SEEDS_DIR = "seeds"


def _csv(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        if len(row) != len(header):
            raise ValueError(f"a row of {len(row)} values for the {len(header)} columns {', '.join(header)}")
        writer.writerow(["" if v is None else _cell(v) for v in row])
    return buffer.getvalue()


def _cell(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return ";".join(str(v) for v in value)
    return str(value)


SEED_COLUMNS: dict[str, tuple[str, ...]] = {
    "industries": ("industry_code", "name", "description"),
    "value_chains": ("value_chain_code", "name", "description"),
    "modules": (
        "module_code",
        "name",
        "description",
        "focus",
        "category",
        "implementation_pattern",
        "focus_areas",
        "target_kpi_count",
        "kpi_count",
    ),
    "dimensions": ("dimension_code", "name", "description", "references_object_model", "sliceable"),
    "object_models": (
        "object_model_code",
        "name",
        "description",
        "category",
        "primary_key",
        "aliases",
        "time_attributes",
        "time_order",
        "attribute_count",
    ),
    "object_attributes": (
        "object_model_code",
        "attribute_name",
        "position",
        "data_type",
        "is_required",
        "is_primary_key",
        "is_time_attribute",
        "allowed_values",
        "references_object_model",
        "minimum",
        "maximum",
        "description",
    ),
    "object_relationships": (
        "source_object_model_code",
        "target_object_model_code",
        "source_multiplicity",
        "target_multiplicity",
        "label",
        "module_code",
        "via_attribute",
    ),
    "module_links": ("module_code", "target_module_code", "label", "flow"),
    "kpis": (
        "kpi_code",
        "name",
        "aliases",
        "description",
        "formula",
        "unit",
        "direction",
        "calculation_type",
        "range_low",
        "range_high",
        "tags",
        "grains",
    ),
    "declined_kpi_names": ("name", "module_codes", "reason", "same_as_kpi_code", "explanation"),
    "benchmarks": (
        "benchmark_id",
        "industry_code",
        "grain",
        "low",
        "typical",
        "high",
        "target",
        "source",
        "year",
        "note",
    ),
    "industry_valuechain": ("industry_code", "value_chain_code"),
    "valuechain_module": ("value_chain_code", "module_code"),
    "module_industry": ("module_code", "industry_code"),
    "module_objectmodel": ("module_code", "object_model_code"),
    "module_kpi": ("module_code", "kpi_code"),
    "objectmodel_kpi": ("object_model_code", "kpi_code"),
    "objectmodel_dimension": ("object_model_code", "dimension_code", "attribute_name"),
    "kpi_benchmark": ("kpi_code", "benchmark_id"),
}
"""Columns of every catalog table, in order: the seed CSV headers, and the one definition of
the tables' shape (``analytics_models.catalog`` maps the same columns, with the types of
``generators.dbt.render_catalog.COLUMN_TYPES``)."""


def _benchmark_id(kpi_code: str, index: int) -> str:
    return f"{kpi_code}__{index + 1}"


def seed_tables(catalog: Catalog) -> dict[str, str]:
    """File name -> CSV text for every catalog table."""
    inds = sorted(catalog.industries.values(), key=lambda e: e.code)
    vcs = sorted(catalog.value_chains.values(), key=lambda e: e.code)
    mods = sorted(catalog.modules.values(), key=lambda e: e.code)
    oms = sorted(catalog.object_models.values(), key=lambda e: e.code)
    kpis = sorted(catalog.kpis.values(), key=lambda e: e.code)
    dims = sorted(catalog.dimensions.values(), key=lambda e: e.code)
    rows: dict[str, list[list[Any]]] = {
        "industries": [[i.code, i.name, i.description] for i in inds],
        "value_chains": [[v.code, v.name, v.description] for v in vcs],
        "modules": [
            [
                m.code,
                m.name,
                m.description,
                m.focus,
                m.category,
                m.implementation_pattern,
                m.focus_areas,
                m.target_kpi_count,
                len(m.kpis),
            ]
            for m in mods
        ],
        "dimensions": [[d.code, d.name, d.description, d.references, d.sliceable] for d in dims],
        "object_models": [
            [
                o.code,
                o.name,
                o.description,
                o.category,
                o.primary_key,
                o.aliases,
                o.time_attributes,
                [f"{pair.earlier}<={pair.later}" for pair in o.time_order],
                len(o.attributes),
            ]
            for o in oms
        ],
        "object_attributes": [
            [
                o.code,
                a.name,
                n + 1,
                a.type,
                a.required or a.name == o.primary_key,
                a.name == o.primary_key,
                a.name in o.time_attributes,
                a.values,
                a.references,
                a.minimum,
                a.maximum,
                a.description,
            ]
            for o in oms
            for n, a in enumerate(o.attributes)
        ],
        "object_relationships": [
            [o.code, r.target, r.source_multiplicity, r.target_multiplicity, r.label, r.module, r.via]
            for o in oms
            for r in o.relationships
        ],
        "module_links": [[m.code, link.module, link.label, link.flow] for m in mods for link in m.links],
        "kpis": [
            [
                k.code,
                k.name,
                k.aliases,
                k.description,
                k.formula,
                k.unit,
                k.direction,
                k.calculation.type,
                k.range[0],
                k.range[1],
                k.tags,
                list(catalog.kpi_grains(k)),
            ]
            for k in kpis
        ],
        "declined_kpi_names": [
            [d.name, d.module_codes, d.reason, d.kpi, d.explanation]
            for d in sorted(catalog.declined, key=lambda d: d.name.lower())
        ],
        "benchmarks": [
            [
                _benchmark_id(k.code, n),
                b.industry,
                b.grain,
                b.low,
                b.typical,
                b.high,
                b.target,
                b.source,
                b.year,
                b.note,
            ]
            for k in kpis
            for n, b in enumerate(k.benchmarks)
        ],
        "industry_valuechain": sorted([i, v.code] for v in vcs for i in v.industry_codes),
        "valuechain_module": sorted([v, m.code] for m in mods for v in m.value_chain_codes),
        "module_industry": sorted([m.code, i] for m in mods for i in m.industry_codes),
        "module_objectmodel": sorted([m.code, o] for m in mods for o in m.object_model_codes),
        "module_kpi": sorted([m, k.code] for k in kpis for m in k.module_codes),
        "objectmodel_kpi": sorted([o, k] for o in catalog.object_models for k in catalog.kpis_of_object_model(o)),
        "objectmodel_dimension": sorted([o.code, d, a] for o in oms for d, a in o.dimensions.items()),
        "kpi_benchmark": [[k.code, _benchmark_id(k.code, n)] for k in kpis for n in range(len(k.benchmarks))],
    }
    assert rows.keys() == SEED_COLUMNS.keys(), "every catalog table has its columns in SEED_COLUMNS"
    return {f"{SEEDS_DIR}/{name}.csv": _csv(SEED_COLUMNS[name], rows[name]) for name in SEED_COLUMNS}
