"""Collect every generated artifact and sync it to disk."""

from __future__ import annotations

from pathlib import Path

from definitions.catalog import Catalog
from generators.catalog_seeds import SEEDS_DIR, seed_tables
from generators.dbt.plan import ProjectPlan, plan_project
from generators.dbt.portable_types import portable_model_files
from generators.dbt.render_benchmarks import INT_DIR as BENCHMARKS_DIR
from generators.dbt.render_benchmarks import MART_DIR as BENCHMARK_MART_DIR
from generators.dbt.render_benchmarks import benchmarks_files
from generators.dbt.render_catalog import DIR as CATALOG_DIR
from generators.dbt.render_catalog import catalog_files
from generators.dbt.render_dimensions import DIR as DIMENSIONS_DIR
from generators.dbt.render_dimensions import dimensions_files
from generators.dbt.render_kpi_yaml import render_kpi_yaml
from generators.dbt.render_kpis import render_kpi_sql
from generators.dbt.render_marts import FACT_DIR, MODULE_DIR, UNION_DIR, marts_files
from generators.dbt.render_measures import DIR as MEASURES_DIR
from generators.dbt.render_measures import measures_files
from generators.dbt.render_overview import DIR as OVERVIEW_DIR
from generators.dbt.render_overview import FILE as OVERVIEW_FILE
from generators.dbt.render_overview import render_overview
from generators.dbt.render_selectors import GROUPS_DIR, selector_files
from generators.dbt.render_semantic import DIR as SEMANTIC_DIR
from generators.dbt.render_semantic import semantic_files
from generators.dbt.render_staging import DIR as STAGING_DIR
from generators.dbt.render_staging import staging_files
from generators.dbt.tags import model_tags
from generators.files import Plan, sync

KPI_DIR = "models/kpis"
OWNED_DIRS: list[str] = [
    SEEDS_DIR,
    STAGING_DIR,
    MEASURES_DIR,
    UNION_DIR,
    KPI_DIR,
    FACT_DIR,
    MODULE_DIR,
    CATALOG_DIR,
    OVERVIEW_DIR,
    GROUPS_DIR,
    DIMENSIONS_DIR,
    BENCHMARKS_DIR,
    BENCHMARK_MART_DIR,
    SEMANTIC_DIR,
]
"""Folders whose files are all generated (a file not generated any more is deleted). selectors.yml,
at the project root, is generated too."""


def dbt_files(plan: ProjectPlan) -> dict[str, str]:
    tags = model_tags(plan)
    files = staging_files(plan, tags)
    files.update(measures_files(plan, tags))
    for kpi in plan.kpis.values():
        files[f"{KPI_DIR}/{kpi.model}.sql"] = render_kpi_sql(kpi)
    if plan.kpis:
        files[f"{KPI_DIR}/_kpis__models.yml"] = render_kpi_yaml(plan, tags)
    files.update(marts_files(plan, tags))
    files.update(selector_files(plan))
    files.update(dimensions_files(plan.entity_dimensions))
    files.update(benchmarks_files())
    return files


def artifacts(catalog: Catalog) -> dict[str, str]:
    """Relative path -> content of every generated file."""
    files = seed_tables(catalog)
    headers = {Path(path).stem: text.split("\n", 1)[0].split(",") for path, text in files.items()}
    files.update(catalog_files(headers, catalog.declined))
    plan = plan_project(catalog)
    files.update(dbt_files(plan))
    object_models = {code: list(module.object_model_codes) for code, module in sorted(catalog.modules.items())}
    files[OVERVIEW_FILE] = render_overview(plan, object_models)
    files.update(semantic_files(catalog))
    return portable_model_files(files)


def generate(catalog: Catalog, root: Path, *, check: bool = False) -> Plan:
    return sync(root, artifacts(catalog), OWNED_DIRS, check=check)
