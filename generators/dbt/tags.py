"""Tags per model so that ``dbt build --select tag:<module>`` builds a module's KPIs
with everything upstream of them."""

from __future__ import annotations

from generators.dbt.plan import ProjectPlan


def module_tag(module_code: str) -> str:
    return module_code.lower()


def model_tags(plan: ProjectPlan) -> dict[str, list[str]]:
    tags: dict[str, set[str]] = {}
    kpi_by_model = {k.model: k for k in plan.kpis.values()}

    def spread(model: str, wanted: set[str]) -> None:
        current = tags.setdefault(model, set())
        if wanted <= current:
            return
        current |= wanted
        kpi = kpi_by_model.get(model)
        if kpi is not None:
            for item in kpi.inputs:
                spread(item.model, wanted)

    for kpi in plan.kpis.values():
        spread(kpi.model, {module_tag(m) for m in kpi.modules})
    for code, (_, _, kpis) in plan.modules.items():
        if kpis:
            tags[f"mart_{code.lower()}__monthly"] = {module_tag(code)}
    return {model: sorted(values) for model, values in sorted(tags.items())}
