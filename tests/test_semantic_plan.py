"""The semantic-layer generator without a warehouse: catalog filters become MetricFlow
``where`` filters through the parsed, allow-listed expression path; every KPI gets a metric
with its meaning or is declined with a reason; the generated files say so."""

from __future__ import annotations

import pytest
import yaml

from definitions import setup_all_relationships
from generators.dbt.render_semantic import render_docs, render_metrics, render_semantic_models
from generators.dbt.semantic_expr import Inexpressible, measure_expression, where_filter
from generators.dbt.semantic_plan import SemanticPlan, plan_semantic
from tests.conftest import MINI

DIMS: dict[str, tuple[str, str | None]] = {
    "stage": ("stage", None),
    "closed_at": ("closed_at", "second"),
    "amount": ("amount", None),
    "is_won": ("is_won", None),
    "channel": ("channel_value", None),
}


@pytest.fixture(scope="module")
def plan() -> SemanticPlan:
    return plan_semantic(setup_all_relationships())


def test_filter_columns_become_dimension_references() -> None:
    assert where_filter("stage in ('closed_won', 'closed_lost')", "opportunity", DIMS) == (
        "{{ Dimension('opportunity__stage') }} in ('closed_won', 'closed_lost')"
    )
    assert where_filter("coalesce(is_won, false) = true and amount / 2 > 10", "opportunity", DIMS) == (
        "coalesce({{ Dimension('opportunity__is_won') }}, false) = true "
        "and cast({{ Dimension('opportunity__amount') }} as double precision) / nullif(2, 0) > 10"
    )
    assert where_filter("closed_at is not null", "opportunity", DIMS) == (
        "{{ TimeDimension('opportunity__closed_at', 'second') }} is not null"
    )
    # a column named like an entity elsewhere is read through its own dimension name
    assert (
        where_filter("channel = 'web'", "opportunity", DIMS) == "{{ Dimension('opportunity__channel_value') }} = 'web'"
    )


def test_filter_text_is_regenerated_not_pasted() -> None:
    # comments are dropped, quotes doubled, braces split so no two characters open Jinja
    text = "stage = 'it''s {x}' -- */ $$ ' or '1'='1"
    rendered = where_filter(text, "opportunity", DIMS)
    assert rendered == "{{ Dimension('opportunity__stage') }} = ('it''s {' || 'x' || '}')"
    assert rendered.count("{{") == 1


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("days_between(closed_at, closed_at) > 3", "dbt macro"),
        ("amount / days_in_period > 1", "period built-in"),
        ("probability > 0.5", "not a dimension"),
        ("stage = '__mf_slot_0__'", "placeholder"),
    ],
)
def test_what_metricflow_cannot_evaluate_is_declined(text: str, reason: str) -> None:
    with pytest.raises(Inexpressible, match=reason):
        where_filter(text, "opportunity", DIMS)


def test_measure_expressions_read_only_columns() -> None:
    assert measure_expression("amount * probability", {"amount", "probability"}) == "amount * probability"
    with pytest.raises(Inexpressible):
        measure_expression("amount * secret", {"amount"})


def test_every_kpi_has_a_metric_or_a_reason(plan: SemanticPlan) -> None:
    catalog = setup_all_relationships()
    with_metric = {m.kpi_code for m in plan.metrics.values() if m.kpi_code}
    assert with_metric.isdisjoint(plan.declined)
    assert with_metric | set(plan.declined) == set(catalog.kpis)
    assert all(reason for _, _, reason in plan.declined.values())
    declined_types = {calc for _, calc, _ in plan.declined.values()}
    assert {"snapshot", "retention", "per_entity", "growth"} <= declined_types
    assert not {m.calc_type for m in plan.metrics.values()} & {"snapshot", "retention", "per_entity", "growth"}


def test_win_rate_is_the_ratio_of_its_filtered_counts(plan: SemanticPlan) -> None:
    metrics = {m["name"]: m for m in yaml.safe_load(render_metrics(plan))["metrics"]}
    win_rate = metrics["win_rate"]
    assert win_rate["type"] == "ratio"
    numerator = metrics[win_rate["type_params"]["numerator"]["name"]]
    denominator = metrics[win_rate["type_params"]["denominator"]["name"]]
    assert numerator["filter"] == "{{ Dimension('opportunity__stage') }} = 'closed_won'"
    assert denominator["filter"] == "{{ Dimension('opportunity__stage') }} in ('closed_won', 'closed_lost')"
    models = {m["name"]: m for m in yaml.safe_load(render_semantic_models(plan))["semantic_models"]}
    measures = {m["name"]: m for m in models["opportunity"]["measures"]}
    counted = measures[numerator["type_params"]["measure"]["name"]]
    assert (counted["agg"], counted["expr"], counted["agg_time_dimension"]) == ("count", "1", "closed_at")


def test_conversion_keeps_the_kpi_window_and_base_filter(plan: SemanticPlan) -> None:
    metrics = {m["name"]: m for m in yaml.safe_load(render_metrics(plan))["metrics"]}
    params = metrics["lead_to_opportunity_rate"]["type_params"]["conversion_type_params"]
    # 90 days, that instant included: MetricFlow's window excludes its end, so one second more
    assert params["window"] == f"{90 * 86400 + 1} seconds"
    assert params["entity"] == "lead"
    assert params["base_measure"]["filter"] == "coalesce({{ Dimension('lead__is_duplicate') }}, false) = false"
    assert "filter" not in params["conversion_measure"]


def test_ytd_is_a_grain_to_date_running_total(plan: SemanticPlan) -> None:
    metrics = {m["name"]: m for m in yaml.safe_load(render_metrics(plan))["metrics"]}
    ytd = metrics["new_business_bookings_ytd"]
    assert ytd["type"] == "cumulative"
    assert ytd["type_params"]["cumulative_type_params"] == {"grain_to_date": "year", "period_agg": "last"}
    assert ytd["filter"] == "{{ Dimension('deal__deal_type') }} = 'new_business'"


def test_docs_list_every_kpi_without_a_metric(plan: SemanticPlan) -> None:
    docs = render_docs(plan)
    assert docs.startswith("{% docs semantic_layer %}") and docs.rstrip().endswith("{% enddocs %}")
    for code in plan.declined:
        assert f"| `{code}` |" in docs


def test_effect_forms_are_declined_with_their_reason() -> None:
    mini = plan_semantic(setup_all_relationships(MINI))
    _, calc_type, reason = mini.declined["WON_REVENUE_LEAD_OWNER_GAP"]
    assert (calc_type, "two groups of entities compared in the same period" in reason) == ("per_entity", True)
    _, calc_type, reason = mini.declined["DEAL_SIZE_LIFT_AFTER_LEAD"]
    assert (calc_type, "one entity before and after an event" in reason) == ("before_after", True)
    # a per-entity KPI without compare keeps the general two-level reason
    assert "two-level aggregation" in mini.declined["AVERAGE_WON_PER_REP"][2]
