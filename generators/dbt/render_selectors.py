"""selectors.yml (one selector per module, ``all`` and ``staging_all``) and the dbt groups
with their owners (one per module, plus ``platform``).

A module selector is the module's tag (its KPI models, the measures and staging models they
read, its mart) together with the ``shared`` tag (seeds, catalog marts, KPI calendar,
int_kpi_values, fct_kpi_values). Tests are selected cautiously: a test runs only when every
model it reads is selected, so a relationship test from a selected staging model to one the
module does not read is left to ``all`` and ``staging_all`` instead of failing on a warehouse
where the other model was never built."""

from __future__ import annotations

from typing import Any

from generators.dbt.escape import inert_jinja
from generators.dbt.plan import ProjectPlan
from generators.dbt.render_dimensions import DIR as DIMENSIONS_DIR
from generators.dbt.render_staging import DIR as STAGING_DIR
from generators.dbt.tags import PLATFORM_GROUP, SHARED_TAG, module_mart, module_tag
from generators.dbt.yamlout import GENERATED, dump_yaml

SELECTORS_FILE = "selectors.yml"
GROUPS_FILE = "models/groups/_groups.yml"
GROUPS_DIR = "models/groups"
ALL = "all"
STAGING_ALL = "staging_all"
PLATFORM_OWNER = "Analytics platform team"
"""The owner of the platform group (staging, measures, calendar, catalog, fct_kpi_values)."""


def default_owner(module_name: str) -> str:
    """The owner of a module's group when its definition names none."""
    return f"{module_name} team"


def _cautious(method: str, value: str) -> dict[str, str]:
    return {"method": method, "value": value, "indirect_selection": "cautious"}


def module_selector(plan: ProjectPlan, code: str) -> dict[str, Any]:
    name, _, kpis = plan.modules[code]
    mart = f" and {module_mart(code)}" if kpis else ""
    return {
        "name": module_tag(code),
        "description": (
            f"{name}: builds and tests the module's {len(kpis)} KPI models, the measures and staging models "
            "they read, the KPI calendar, the catalog seeds and marts, and publishes the module's KPIs to "
            f"fct_kpi_values, fct_kpi_vs_benchmark{mart}. Other modules' values stay as last published."
        ),
        "definition": {"union": [_cautious("tag", module_tag(code)), _cautious("tag", SHARED_TAG)]},
    }


def render_selectors(plan: ProjectPlan) -> str:
    reserved = {ALL, STAGING_ALL}
    clashes = sorted(code for code in plan.modules if module_tag(code) in reserved)
    if clashes:
        raise ValueError(f"module codes {clashes} clash with the selectors {sorted(reserved)}")
    selectors = [module_selector(plan, code) for code in plan.modules]
    selectors.append(
        {
            "name": ALL,
            "description": "Everything: every staging model, KPI, mart and test (the same as a plain dbt build).",
            "definition": {"method": "fqn", "value": "*"},
        }
    )
    selectors.append(
        {
            "name": STAGING_ALL,
            "description": (
                "Every staging model and its tests, including those no KPI reads (module runs skip them), "
                "the raw source's tests, and the entity dimensions (dim_sales_reps, ...) built from them: "
                "the data-quality check of the whole landing zone and the refresh of the BI dimensions."
            ),
            "definition": {
                "union": [
                    _cautious("path", STAGING_DIR),
                    _cautious("source", "raw"),
                    _cautious("path", DIMENSIONS_DIR),
                ]
            },
        }
    )
    return dump_yaml({"selectors": selectors}, GENERATED)


def _owner(name: str, email: str | None) -> dict[str, str]:
    owner = {"name": inert_jinja(name)}  # dbt renders group owners as Jinja
    if email is not None:
        owner["email"] = email
    return owner


def render_groups(plan: ProjectPlan) -> str:
    groups: list[dict[str, Any]] = [
        {
            "name": PLATFORM_GROUP,
            "owner": _owner(PLATFORM_OWNER, None),
            "description": (
                "The shared models: staging, measures and snapshots, the KPI calendar, the catalog seeds and "
                "marts, int_kpi_values and fct_kpi_values."
            ),
        }
    ]
    for code, (name, _, _) in plan.modules.items():
        owner_name, email = plan.module_owners.get(code, (default_owner(name), None))
        groups.append(
            {
                "name": module_tag(code),
                "owner": _owner(owner_name, email),
                "description": (
                    f"{name}: the KPI models whose primary (first listed) module this is, and {module_mart(code)}."
                ),
            }
        )
    return dump_yaml({"version": 2, "groups": groups}, GENERATED)


def selector_files(plan: ProjectPlan) -> dict[str, str]:
    return {SELECTORS_FILE: render_selectors(plan), GROUPS_FILE: render_groups(plan)}
