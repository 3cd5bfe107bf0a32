"""Property YAML of the KPI models: descriptions from the catalog, tags per module,
and the generated data tests (the primary key unique and not null, declared range, benchmark band as a warning)."""

from __future__ import annotations

from typing import Any

from generators.dbt.plan import KpiPlan, ProjectPlan
from generators.dbt.render_kpis import ROW_KEY
from generators.dbt.render_marts import VALUE_DOCS
from generators.dbt.render_measures import row_key_column
from generators.dbt.tags import kpi_group
from generators.dbt.yamlout import GENERATED, dump_yaml

UNIT_NOTES = {"percent": "percent, stored as a fraction (0.25 = 25 %)"}


def _tests(kpi: KpiPlan) -> list[Any]:
    tests: list[Any] = []
    low, high = kpi.range
    if low is not None or high is not None:
        tests.append({"kpi_value_in_range": {"arguments": {"min_value": low, "max_value": high}}})
    for grain, (low_band, high_band) in kpi.benchmark_bands.items():
        arguments = {"low": low_band, "high": high_band, "grain": grain}
        tests.append({"kpi_benchmark_band": {"arguments": arguments, "config": {"severity": "warn"}}})
    return tests


def _description(kpi: KpiPlan) -> str:
    sliced = ", ".join(kpi.dimensions) if kpi.dimensions else "overall only"
    return (
        f"**{kpi.name}** (`{kpi.code}`): {kpi.description}\n\n"
        f"Formula: {kpi.formula}\n\n"
        f"Unit: {UNIT_NOTES.get(kpi.unit, kpi.unit)}. Direction: {kpi.direction.replace('_', ' ')}. "
        f"Calculation: {kpi.calc_type}. Grains: {', '.join(kpi.grains)}. Sliced by: {sliced}. "
        f"Modules: {', '.join(kpi.modules)}. "
        f"Defined in `{kpi.source_file}`."
    )


def render_kpi_yaml(plan: ProjectPlan, tags: dict[str, list[str]]) -> str:
    models = [
        {
            "name": kpi.model,
            "description": _description(kpi),
            "config": {"tags": tags.get(kpi.model, []), "group": kpi_group(kpi)},
            "data_tests": _tests(kpi),
            "columns": [{"name": k, "description": v} for k, v in VALUE_DOCS.items()] + [row_key_column(ROW_KEY)],
        }
        for kpi in plan.kpis.values()
    ]
    return dump_yaml({"version": 2, "models": models}, GENERATED)
