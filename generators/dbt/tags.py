"""Module tags and groups per model.

Every model a module's KPIs read carries the module's tag: its KPI models (and the KPI models
they read), the measures and snapshot models, the staging models, and the module's mart.
``selectors.yml`` (``render_selectors``) builds a module from its tag plus the models tagged
``shared`` in ``dbt_project.yml`` (seeds, catalog marts, KPI calendar, int_kpi_values,
fct_kpi_values), so a staging model no KPI reads carries no module tag and is not built by a
module run.

Groups: a KPI model belongs to the group of its primary module (the first module its catalog
file lists), a module mart to its module's group, and every other model (staging, measures,
calendar, catalog, fct_kpi_values) to the ``platform`` group, the default in
``dbt_project.yml``."""

from __future__ import annotations

from generators.dbt.plan import KpiPlan, ProjectPlan

PLATFORM_GROUP = "platform"
"""The group of the shared models; set for every model and seed in dbt_project.yml."""
SHARED_TAG = "shared"
"""The tag dbt_project.yml gives the shared models every module run builds."""


def module_tag(module_code: str) -> str:
    return module_code.lower()


def module_mart(module_code: str) -> str:
    return f"mart_{module_code.lower()}__monthly"


def kpi_group(kpi: KpiPlan) -> str:
    """The group of a KPI model: its primary (first listed) module's."""
    return module_tag(kpi.modules[0])


def _staging_read(plan: ProjectPlan, model: str, kpi_by_model: dict[str, KpiPlan]) -> list[str]:
    """The staging models a KPI or measures model reads directly."""
    measures = plan.measures.get(model)
    if measures is not None:
        return [measures.staging]
    kpi = kpi_by_model.get(model)
    if kpi is None:
        return []
    return [str(kpi.spec[key]) for key in ("staging", "base_model", "target_model") if key in kpi.spec]


def model_tags(plan: ProjectPlan) -> dict[str, list[str]]:
    """Model name -> the module tags it carries (models no module reads are absent)."""
    tags: dict[str, set[str]] = {}
    kpi_by_model = {k.model: k for k in plan.kpis.values()}

    def spread(model: str, wanted: set[str]) -> None:
        current = tags.setdefault(model, set())
        if wanted <= current:
            return
        current |= wanted
        for staging in _staging_read(plan, model, kpi_by_model):
            tags.setdefault(staging, set()).update(wanted)
        kpi = kpi_by_model.get(model)
        if kpi is not None:
            for item in kpi.inputs:
                spread(item.model, wanted)

    for kpi in plan.kpis.values():
        spread(kpi.model, {module_tag(m) for m in kpi.modules})
    for code, (_, _, kpis) in plan.modules.items():
        if kpis:
            tags[module_mart(code)] = {module_tag(code)}
    return {model: sorted(values) for model, values in sorted(tags.items())}
