"""One broken catalog per validation rule: each must fail naming file, field and rule."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from definitions import load_catalog
from generators.cli import app
from tests.conftest import MINI, Editor


def issues_of(root: Path) -> list[str]:
    _, issues = load_catalog(root)
    return [str(issue) for issue in issues]


def assert_one(root: Path, *fragments: str) -> None:
    found = issues_of(root)
    matching = [text for text in found if all(f in text for f in fragments)]
    assert matching, f"no issue containing {fragments}; got: {found}"


def test_fixture_catalog_is_valid() -> None:
    assert issues_of(MINI) == []


def test_duplicate_code(mini_root: Path) -> None:
    text = (mini_root / "object_models/lead.yml").read_text()
    (mini_root / "object_models/lead_copy.yml").write_text(text)
    assert_one(mini_root, "object_models/lead_copy.yml", "code", "duplicate code LEAD", "object_models/lead.yml")


def test_unknown_value_chain_reference_suggests(mini_root: Path, edit: Editor) -> None:
    edit("modules/bus_dev.yml", lambda d: d.update(value_chains=["SALES_MANAGMENT"]))
    assert_one(
        mini_root,
        "modules/bus_dev.yml",
        "value_chains[0]",
        "unknown value chain 'SALES_MANAGMENT'",
        "did you mean SALES_MANAGEMENT",
    )


def test_unknown_industry_on_value_chain(mini_root: Path, edit: Editor) -> None:
    edit("value_chains/sales_management.yml", lambda d: d["industries"].append("MINING"))
    assert_one(mini_root, "value_chains/sales_management.yml", "industries[2]", "unknown industry 'MINING'")


def test_unknown_attribute_reference(mini_root: Path, edit: Editor) -> None:
    edit("object_models/lead.yml", lambda d: d["attributes"][2].update(references="SALES_REP"))
    assert_one(mini_root, "object_models/lead.yml", "attributes[2].references", "unknown object model 'SALES_REP'")


def test_object_model_used_by_no_module(mini_root: Path, edit: Editor) -> None:
    def drop(d: dict[str, Any]) -> None:
        d["object_models"].remove("SUBSCRIPTION")

    edit("modules/cust_retention.yml", drop)
    edit("kpis/active_mrr.yml", lambda d: d.update(modules=["BUS_DEV"]))
    assert_one(mini_root, "object_models/subscription.yml", "used by no module")


def test_relationship_to_undefined_class(mini_root: Path, edit: Editor) -> None:
    edit(
        "object_models/customer.yml",
        lambda d: d["relationships"].append(
            {"target": "INVOICE", "cardinality": "1 -- 0..*", "label": "receives", "module": "BUS_DEV"}
        ),
    )
    assert_one(
        mini_root,
        "object_models/customer.yml",
        "relationships[2].target",
        "relationship to undefined class",
        "'INVOICE'",
    )


def test_relationship_module_must_declare_both_ends(mini_root: Path, edit: Editor) -> None:
    edit(
        "object_models/customer.yml",
        lambda d: d["relationships"].append(
            {"target": "LEAD", "cardinality": "0..1 -- 0..*", "label": "was", "module": "CUST_RETENTION"}
        ),
    )
    assert_one(mini_root, "modules/cust_retention.yml", "object_models", "missing LEAD")


def test_kpi_module_must_declare_object_model(mini_root: Path, edit: Editor) -> None:
    edit("kpis/new_leads.yml", lambda d: d.update(modules=["BUS_DEV", "CUST_RETENTION"]))
    assert_one(mini_root, "modules/cust_retention.yml", "object_models", "missing LEAD", "NEW_LEADS")


def test_module_object_model_without_relationship(mini_root: Path, edit: Editor) -> None:
    edit("object_models/lead.yml", lambda d: d.update(relationships=[]))
    assert_one(
        mini_root, "modules/bus_dev.yml", "object_models[0]", "LEAD takes part in no relationship tagged BUS_DEV"
    )


def test_relationship_declared_on_both_sides(mini_root: Path, edit: Editor) -> None:
    edit(
        "object_models/opportunity.yml",
        lambda d: d.setdefault("relationships", []).append(
            {"target": "CUSTOMER", "cardinality": "0..* -- 1", "label": "buys through", "module": "BUS_DEV"}
        ),
    )
    assert_one(mini_root, "relationships[0]", "declared on both sides")


def test_kpi_input_object_does_not_exist(mini_root: Path, edit: Editor) -> None:
    edit("kpis/new_leads.yml", lambda d: d["calculation"]["measure"].update(object="LEADS"))
    assert_one(
        mini_root,
        "kpis/new_leads.yml",
        "calculation.measure.object",
        "unknown object model 'LEADS'",
        "did you mean LEAD",
    )


def test_kpi_input_time_attribute_does_not_exist(mini_root: Path, edit: Editor) -> None:
    edit("kpis/new_leads.yml", lambda d: d["calculation"]["measure"].update(time="converted_at"))
    assert_one(mini_root, "kpis/new_leads.yml", "calculation.measure.time", "not a time attribute of LEAD")


def test_kpi_reference_does_not_exist(mini_root: Path, edit: Editor) -> None:
    edit("kpis/won_revenue_growth.yml", lambda d: d["calculation"]["input"].update(kpi="WON_REVENUES"))
    assert_one(mini_root, "kpis/won_revenue_growth.yml", "calculation.input.kpi", "unknown KPI 'WON_REVENUES'")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("stage = 'won' and foo = 1", "unknown column(s) foo"),
        ("stage in (select stage from opportunity)", "query or subquery"),
        ("sum(amount) > 0", "aggregate function"),
        ("stage = 'won'; drop table x", "exactly one expression"),
        ("o.stage = 'won'", "qualifies column"),
    ],
)
def test_kpi_filter_must_be_an_expression_over_attributes(
    mini_root: Path, edit: Editor, text: str, message: str
) -> None:
    edit("kpis/win_rate.yml", lambda d: d["calculation"]["numerator"].update(filter=text))
    assert_one(mini_root, "kpis/win_rate.yml", "calculation.numerator.filter", message)


def test_derived_expression_checks_input_names(mini_root: Path, edit: Editor) -> None:
    edit("kpis/revenue_per_day.yml", lambda d: d["calculation"].update(expression="revenue / days_in_period"))
    assert_one(mini_root, "kpis/revenue_per_day.yml", "calculation.expression", "unknown column(s) revenue")


def test_kpi_cycle(mini_root: Path, edit: Editor) -> None:
    edit(
        "kpis/won_revenue.yml",
        lambda d: d.update(
            calculation={"type": "derived", "inputs": {"g": {"kpi": "WON_REVENUE_GROWTH"}}, "expression": "g"}
        ),
    )
    assert_one(mini_root, "cycle among KPIs", "WON_REVENUE", "WON_REVENUE_GROWTH")


def test_unit_vocabulary(mini_root: Path, edit: Editor) -> None:
    edit("kpis/new_leads.yml", lambda d: d.update(unit="dollars"))
    assert_one(mini_root, "kpis/new_leads.yml", "unit", "Input should be")


def test_direction_vocabulary(mini_root: Path, edit: Editor) -> None:
    edit("kpis/new_leads.yml", lambda d: d.update(direction="up"))
    assert_one(mini_root, "kpis/new_leads.yml", "direction", "Input should be")


def test_per_entity_inputs_must_carry_the_entity(mini_root: Path, edit: Editor) -> None:
    edit("kpis/reps_over_target_share.yml", lambda d: d["calculation"].update(entity="CUSTOMER"))
    edit("object_models/opportunity.yml", lambda d: d["dimensions"].pop("CUSTOMER"))
    assert_one(
        mini_root,
        "kpis/reps_over_target_share.yml",
        "calculation.inputs.won.object",
        "does not carry dimension CUSTOMER",
    )


def test_file_must_be_named_by_code(mini_root: Path) -> None:
    (mini_root / "object_models/lead.yml").rename(mini_root / "object_models/leads.yml")
    assert_one(mini_root, "object_models/leads.yml", "code", "must be named lead.yml")


def test_invalid_yaml_names_the_file(mini_root: Path) -> None:
    (mini_root / "industries/broken.yml").write_text("code: [unclosed\n")
    assert_one(mini_root, "industries/broken.yml", "invalid YAML")


def test_enum_without_values(mini_root: Path, edit: Editor) -> None:
    edit("object_models/customer.yml", lambda d: d["attributes"][3].pop("values"))
    assert_one(mini_root, "object_models/customer.yml", "attributes[3]", "needs 'values'")


def test_validate_command_exit_codes(mini_root: Path, edit: Editor) -> None:
    runner = CliRunner()
    ok = runner.invoke(app, ["validate", "--catalog", str(mini_root)])
    assert ok.exit_code == 0, ok.output
    edit("kpis/new_leads.yml", lambda d: d["calculation"]["measure"].update(object="LEADS"))
    bad = runner.invoke(app, ["validate", "--catalog", str(mini_root)])
    assert bad.exit_code == 1
    assert "kpis/new_leads.yml: calculation.measure.object: unknown object model 'LEADS'" in bad.output


def test_kpi_alias_naming_another_kpi(mini_root: Path, edit: Editor) -> None:
    edit("kpis/new_leads.yml", lambda d: d.update(aliases=["Logo  retention"]))  # LOGO_RETENTION's name
    assert_one(mini_root, "kpis/new_leads.yml", "aliases", "'Logo  retention' also names LOGO_RETENTION")


def test_kpi_alias_outside_its_pattern(mini_root: Path, edit: Editor) -> None:
    edit("kpis/new_leads.yml", lambda d: d.update(aliases=["Leads {{ env_var('HOME') }}"]))
    assert_one(mini_root, "kpis/new_leads.yml", "aliases[0]", "String should match pattern")


def test_conversion_window_must_be_at_least_a_day(mini_root: Path, edit: Editor) -> None:
    edit("kpis/lead_to_opportunity_rate.yml", lambda d: d["calculation"].update(window_days=0))
    assert_one(mini_root, "kpis/lead_to_opportunity_rate.yml", "window_days", "greater than or equal to 1")


def test_conversion_without_window_is_valid(mini_root: Path, edit: Editor) -> None:
    # "ever": window_days omitted (the fixture's LEAD_TO_OPPORTUNITY_EVER_RATE is that KPI already,
    # so it goes first: two KPIs with one calculation are a duplicate)
    (mini_root / "kpis/lead_to_opportunity_ever_rate.yml").unlink()
    edit("kpis/lead_to_opportunity_rate.yml", lambda d: d["calculation"].pop("window_days"))
    assert issues_of(mini_root) == []


def test_grains_vocabulary(mini_root: Path, edit: Editor) -> None:
    edit("kpis/won_revenue.yml", lambda d: d.update(grains=["month", "fortnight"]))
    assert_one(mini_root, "kpis/won_revenue.yml", "grains", "Input should be")


def test_grains_listed_twice(mini_root: Path, edit: Editor) -> None:
    edit("kpis/won_revenue.yml", lambda d: d.update(grains=["month", "month"]))
    assert_one(mini_root, "kpis/won_revenue.yml", "a grain is listed twice")


def test_grains_must_not_be_empty(mini_root: Path, edit: Editor) -> None:
    edit("kpis/won_revenue.yml", lambda d: d.update(grains=[]))
    assert_one(mini_root, "kpis/won_revenue.yml", "grains", "at least 1")


def test_grain_an_input_kpi_does_not_have(mini_root: Path, edit: Editor) -> None:
    # WON_REVENUE_GROWTH reads WON_REVENUE, which now has no week value
    edit("kpis/won_revenue.yml", lambda d: d.update(grains=["month", "quarter", "year"]))
    edit("kpis/won_revenue_growth.yml", lambda d: d.update(grains=["week", "month"]))
    assert_one(mini_root, "kpis/won_revenue_growth.yml", "grains[0]", "'week': input KPI WON_REVENUE has no week value")


def test_benchmark_at_a_grain_the_kpi_does_not_have(mini_root: Path, edit: Editor) -> None:
    def quarterly_only(d: dict[str, Any]) -> None:
        d["grains"] = ["quarter", "year"]
        d["benchmarks"] = [{"industry": "ALL", "typical": 0.2, "grain": "month", "source": "a study", "year": 2024}]

    edit("kpis/win_rate.yml", quarterly_only)
    assert_one(mini_root, "kpis/win_rate.yml", "benchmarks[0].grain", "'month' is not a grain of the KPI")


def test_grains_inherited_from_input_kpis(mini_root: Path, edit: Editor) -> None:
    # a KPI that does not declare grains has those its input KPIs share with it
    edit("kpis/won_revenue.yml", lambda d: d.update(grains=["month", "quarter", "year"]))
    catalog, issues = load_catalog(mini_root)
    assert issues == []
    assert catalog.kpi_grains(catalog.kpis["WON_REVENUE_GROWTH"]) == ("month", "quarter", "year")
    assert catalog.kpi_grains(catalog.kpis["WON_REVENUE_YTD"]) == ("week", "month", "quarter", "year")


def test_sum_over_period_typed_rows_must_pick_a_period_type(mini_root: Path, edit: Editor) -> None:
    # a lead now stores one row per period type: counting every row adds the periods up
    period_type = {"name": "period_type", "type": "enum", "values": ["month", "quarter"], "description": "Period."}
    edit("object_models/lead.yml", lambda d: d["attributes"].append(period_type))
    assert_one(
        mini_root, "kpis/new_leads.yml", "calculation.measure.filter", "LEAD holds one row per period_type", "count"
    )
    edit("kpis/new_leads.yml", lambda d: d["calculation"]["measure"].update(filter="period_type = 'month'"))
    assert issues_of(mini_root) == []


# -- the effect forms: per_entity compare and before_after ---------------------------------------


def test_compare_needs_exactly_one_of_group_and_condition(mini_root: Path, edit: Editor) -> None:
    edit("kpis/won_revenue_lead_owner_gap.yml", lambda d: d["calculation"]["compare"].update(condition="won > 0"))
    assert_one(mini_root, "kpis/won_revenue_lead_owner_gap.yml", "calculation.compare", "exactly one of 'group'")


def test_compare_condition_is_checked_against_the_inputs(mini_root: Path, edit: Editor) -> None:
    def by_condition(d: dict[str, Any]) -> None:
        d["calculation"]["compare"] = {"condition": "amount >= 100", "output": "ratio"}

    edit("kpis/won_revenue_lead_owner_gap.yml", by_condition)
    assert_one(mini_root, "kpis/won_revenue_lead_owner_gap.yml", "calculation.compare.condition", "amount")


def test_compare_group_entity_must_identify_the_entity(mini_root: Path, edit: Editor) -> None:
    edit("kpis/won_revenue_lead_owner_gap.yml", lambda d: d["calculation"]["compare"]["group"].update(entity="lead_id"))
    assert_one(
        mini_root,
        "kpis/won_revenue_lead_owner_gap.yml",
        "calculation.compare.group.entity",
        "does not identify a SALES_REPRESENTATIVE",
    )


def test_compare_group_time_must_be_a_time_attribute(mini_root: Path, edit: Editor) -> None:
    edit("kpis/won_revenue_lead_owner_gap.yml", lambda d: d["calculation"]["compare"]["group"].update(time="lead_id"))
    assert_one(
        mini_root, "kpis/won_revenue_lead_owner_gap.yml", "calculation.compare.group.time", "not a time attribute"
    )


def test_compare_membership_vocabulary(mini_root: Path, edit: Editor) -> None:
    edit(
        "kpis/won_revenue_lead_owner_gap.yml",
        lambda d: d["calculation"]["compare"]["group"].update(membership="ever"),
    )
    assert_one(mini_root, "kpis/won_revenue_lead_owner_gap.yml", "calculation.compare.group.membership", "Input")


def test_compare_output_vocabulary_has_the_group_alone(mini_root: Path, edit: Editor) -> None:
    edit("kpis/won_revenue_lead_owner_gap.yml", lambda d: d["calculation"]["compare"].update(output="group"))
    assert issues_of(mini_root) == []
    edit("kpis/won_revenue_lead_owner_gap.yml", lambda d: d["calculation"]["compare"].update(output="rest"))
    assert_one(mini_root, "kpis/won_revenue_lead_owner_gap.yml", "calculation.compare.output", "'group'")


def test_compare_takes_no_gini(mini_root: Path, edit: Editor) -> None:
    edit("kpis/won_revenue_lead_owner_gap.yml", lambda d: d["calculation"].update(aggregate="gini"))
    assert_one(mini_root, "kpis/won_revenue_lead_owner_gap.yml", "calculation", "'gini' is not one")


def test_before_after_measure_entity_must_be_the_events(mini_root: Path, edit: Editor) -> None:
    edit("kpis/deal_size_lift_after_lead.yml", lambda d: d["calculation"]["numerator"].update(entity="customer_id"))
    assert_one(
        mini_root,
        "kpis/deal_size_lift_after_lead.yml",
        "calculation.numerator.entity",
        "OPPORTUNITY.customer_id identifies a CUSTOMER",
    )


def test_before_after_unknown_attributes_name_the_field(mini_root: Path, edit: Editor) -> None:
    edit("kpis/deal_size_lift_after_lead.yml", lambda d: d["calculation"]["denominator"].update(filter="stag = 'x'"))
    edit("kpis/deal_size_lift_after_lead.yml", lambda d: d["calculation"]["event"].update(entity="owner"))
    assert_one(mini_root, "kpis/deal_size_lift_after_lead.yml", "calculation.denominator.filter", "stag")
    assert_one(mini_root, "kpis/deal_size_lift_after_lead.yml", "calculation.event.entity", "'owner'")


def test_before_after_sum_needs_expr_and_window_days(mini_root: Path, edit: Editor) -> None:
    edit("kpis/deal_size_lift_after_lead.yml", lambda d: d["calculation"]["numerator"].pop("expr"))
    assert_one(mini_root, "kpis/deal_size_lift_after_lead.yml", "calculation.numerator", "needs 'expr'")
    edit("kpis/deal_size_lift_after_lead.yml", lambda d: d["calculation"].update(window_days=0))
    assert_one(mini_root, "kpis/deal_size_lift_after_lead.yml", "calculation.window_days", "greater than")
