"""Collect every generated artifact and sync it to disk."""

from __future__ import annotations

from pathlib import Path

from definitions.catalog import Catalog
from generators.catalog_seeds import SEEDS_DIR, seed_tables
from generators.dbt.plan import ProjectPlan, plan_project
from generators.dbt.render_catalog import DIR as CATALOG_DIR
from generators.dbt.render_catalog import catalog_files
from generators.dbt.render_kpi_yaml import render_kpi_yaml
from generators.dbt.render_kpis import render_kpi_sql
from generators.dbt.render_marts import FACT_DIR, MODULE_DIR, UNION_DIR, marts_files
from generators.dbt.render_measures import DIR as MEASURES_DIR
from generators.dbt.render_measures import measures_files
from generators.dbt.render_semantic import DIR as SEMANTIC_DIR
from generators.dbt.render_semantic import semantic_files
from generators.dbt.render_staging import DIR as STAGING_DIR
from generators.dbt.render_staging import staging_files
from generators.dbt.tags import model_tags, module_tag
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
    SEMANTIC_DIR,
]


def dbt_files(plan: ProjectPlan) -> dict[str, str]:
    tags = model_tags(plan)
    all_modules = [module_tag(code) for code in plan.modules]
    files = staging_files(plan, all_modules)
    files.update(measures_files(plan, tags))
    for kpi in plan.kpis.values():
        files[f"{KPI_DIR}/{kpi.model}.sql"] = render_kpi_sql(kpi)
    if plan.kpis:
        files[f"{KPI_DIR}/_kpis__models.yml"] = render_kpi_yaml(plan, tags)
    files.update(marts_files(plan, tags))
    return files


def artifacts(catalog: Catalog) -> dict[str, str]:
    """Relative path -> content of every generated file."""
    files = seed_tables(catalog)
    headers = {Path(path).stem: text.split("\n", 1)[0].split(",") for path, text in files.items()}
    files.update(catalog_files(headers, catalog.declined))
    files.update(dbt_files(plan_project(catalog)))
    files.update(semantic_files(catalog))
    return files


def generate(catalog: Catalog, root: Path, *, check: bool = False) -> Plan:
    return sync(root, artifacts(catalog), OWNED_DIRS, check=check)
