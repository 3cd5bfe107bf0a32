"""The home page of ``dbt docs serve`` (the ``__overview__`` docs block): the modules with
their KPI and object-model counts, and how to find a KPI's lineage. Generated, because the
counts follow the catalog."""

from __future__ import annotations

from collections import Counter

from generators.dbt.escape import inert_jinja, lines
from generators.dbt.naming import staging_model
from generators.dbt.plan import ProjectPlan
from generators.dbt.render_marts import monthly_kpis
from generators.dbt.tags import module_tag
from generators.dbt.yamlout import GENERATED

DIR = "models/overview"
FILE = f"{DIR}/overview.md"


def _text(text: str) -> str:
    """Catalog text as inert Markdown on one line: no Jinja runs, no table cell is split."""
    return inert_jinja(" ".join(lines(text)).replace("|", "\\|"))


def _example(plan: ProjectPlan) -> str:
    return "kpi_win_rate" if "WIN_RATE" in plan.kpis else next(iter(plan.kpis.values())).model


def _module_rows(plan: ProjectPlan, object_models: dict[str, list[str]]) -> list[str]:
    rows = [
        "| Module | Code | KPIs | Object models | Wide mart | Scheduler run |",
        "|---|---|---:|---:|---|---|",
    ]
    for code, (name, _, kpis) in plan.modules.items():
        mart = f"`mart_{code.lower()}__monthly`" if monthly_kpis(plan, code) else "none"
        rows.append(
            f"| {_text(name)} | `{code}` | {len(kpis)} | {len(object_models.get(code, []))} | {mart} "
            f"| `dbt build --selector {module_tag(code)}` |"
        )
    return rows


def _object_model_lines(plan: ProjectPlan, object_models: dict[str, list[str]]) -> list[str]:
    out: list[str] = []
    for code, (name, _, _) in plan.modules.items():
        models = ", ".join(f"`{staging_model(o)}`" for o in object_models.get(code, []))
        out.append(f"- **{_text(name)}**: {models or 'none'}")
    return out


def render_overview(plan: ProjectPlan, object_models: dict[str, list[str]]) -> str:
    """``object_models``: module code -> the codes of the object models the module declares."""
    example = _example(plan) if plan.kpis else "kpi_<code>"
    types = Counter(k.calc_type for k in plan.kpis.values())
    by_type = ", ".join(f"{kind.replace('_', '-')} {count}" for kind, count in sorted(types.items()))
    body = [
        "{% docs __overview__ %}",
        "",
        "# Sales KPI warehouse",
        "",
        f"{len(plan.kpis)} KPIs in {len(plan.modules)} modules, computed from {len(plan.staging)} object models. "
        "Generated from the catalog in `definitions/` (`analytics generate`): every KPI is one model "
        "`kpi_<code>` (for example `kpi_win_rate` for `WIN_RATE`), one row per grain, period and slice.",
        "",
        f"KPIs by calculation type: {by_type or 'none'}.",
        "",
        "## Layers",
        "",
        "- `stg_<object_model>` (staging): one row per current instance of an object model, typed from the "
        "raw store (`source('raw', 'object_instances')`).",
        "- `int_<object_model>__<time attribute>__measures` / `__snapshots` (intermediate): every aggregate the "
        "KPIs read from one staging model, at every grain and dimension, in one scan.",
        "- `kpi_<code>`: one model per KPI, with its formula, unit, grains and defining file in its description.",
        "- `fct_kpi_values` (marts): every KPI value in one long table, with the KPI's name, unit, direction, "
        "period end and whether the period is complete; `fct_kpi_vs_benchmark`: every value that has a "
        "benchmark at its grain, with the band and a direction-aware status; `mart_<module>__monthly`: one "
        "wide monthly table per module, for BI; `dim_sales_reps`, `dim_segments`, ... (one per dimension): "
        "the members a slice's `dimension_value` joins; the catalog's own `dim_*` and `bridge_*`.",
        "- `models/semantic/`: the dbt Semantic Layer (MetricFlow semantic models and metrics) generated "
        "from the same catalog; the `semantic_layer` page lists the KPIs it cannot express and why.",
        "",
        "## Modules",
        "",
        *_module_rows(plan, object_models),
        "",
        "A KPI can belong to several modules, so the KPI counts add up to more than the number of KPIs.",
        "",
        "### Object models per module",
        "",
        *_object_model_lines(plan, object_models),
        "",
        "## Finding a KPI's lineage",
        "",
        f"1. Type the KPI's code or name in the search box (the model is `kpi_<code>` in lower case, e.g. "
        f"`{example}`) and open the model: its description gives the formula, unit, direction, grains, "
        "modules and the catalog file.",
        "2. Open the lineage graph (the graph button at the bottom right of the page): the KPI model with "
        "the measures and staging models it reads and the marts that read it.",
        f"3. In the graph's `--select` box, `+{example}` shows everything upstream of the KPI, `{example}+` "
        f"everything downstream, `+{example}+` both, and `tag:<module>` (e.g. `tag:cust_retention`) "
        "the models of a whole module.",
        "",
        f"The same selectors work on the command line: `dbt ls --select +{example}`, `dbt build --select +{example}`.",
        "",
        "{% enddocs %}",
        "",
    ]
    return f"<!-- {GENERATED} -->\n" + "\n".join(body)
