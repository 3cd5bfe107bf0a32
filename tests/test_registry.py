"""The real catalog: counts, sharing, and every line of the seed's usage guide."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from definitions import (
    UnknownCodeError,
    get_all_kpis,
    get_kpi,
    get_module,
    get_object_model,
    setup_all_relationships,
)
from tests.conftest import Editor

MODULE_TARGETS = {
    "BUS_DEV": 50,
    "CHANNEL_SALES": 52,
    "CUST_RETENTION": 43,
    "CUST_SUCCESS": 54,
    "INSIDE_SALES": 47,
    "KEY_ACCT_MGMT": 53,
    "OUTSIDE_SALES": 62,
    "SALES_DEV": 63,
    "SALES_ENABLEMENT": 56,
    "SALES_OPERATIONS": 52,
    "SALES_PERFORMANCE": 39,
    "SALES_STRATEGY": 35,
    "SALES_TRAINING_COACHING": 58,
}
CATEGORIES = {
    "Baseline": {"BUS_DEV"},
    "Revenue Generation": {"CHANNEL_SALES", "INSIDE_SALES", "KEY_ACCT_MGMT", "OUTSIDE_SALES", "SALES_DEV"},
    "Customer Management": {"CUST_RETENTION", "CUST_SUCCESS"},
    "Support Functions": {"SALES_ENABLEMENT", "SALES_OPERATIONS", "SALES_TRAINING_COACHING"},
    "Strategic Functions": {"SALES_PERFORMANCE", "SALES_STRATEGY"},
}
MINIMUM_MODELS = {
    "BUS_DEV": 18,
    "CHANNEL_SALES": 16,
    "CUST_RETENTION": 16,
    "CUST_SUCCESS": 18,
    "INSIDE_SALES": 16,
    "KEY_ACCT_MGMT": 15,
    "OUTSIDE_SALES": 17,
    "SALES_DEV": 14,
    "SALES_ENABLEMENT": 12,
    "SALES_OPERATIONS": 15,
    "SALES_PERFORMANCE": 12,
    "SALES_STRATEGY": 11,
    "SALES_TRAINING_COACHING": 9,
}


def test_modules_codes_categories_and_targets() -> None:
    catalog = setup_all_relationships()
    assert {code: m.target_kpi_count for code, m in catalog.modules.items()} == MODULE_TARGETS
    assert sum(MODULE_TARGETS.values()) == 664
    for category, codes in CATEGORIES.items():
        assert {c for c, m in catalog.modules.items() if m.category == category} == codes


def test_object_models_and_sharing() -> None:
    catalog = setup_all_relationships()
    assert len(catalog.object_models) == 82
    usage = Counter(code for m in catalog.modules.values() for code in m.object_model_codes)
    assert usage["CUSTOMER"] == 12
    assert "CUSTOMER" not in catalog.get_module("SALES_TRAINING_COACHING").object_model_codes
    assert usage["PRODUCT"] == 10
    assert usage["SALES_REPRESENTATIVE"] == 11  # the seed's 9 + KEY_ACCT_MGMT, SALES_STRATEGY (forecasts, quotas)
    assert usage["SALES_TEAM"] == 9
    for code, minimum in MINIMUM_MODELS.items():
        assert len(catalog.modules[code].object_model_codes) >= minimum, code


def test_seed_names_resolve_through_aliases() -> None:
    pairs = {
        "Customer Onboarding Process": "CUSTOMER_ONBOARDING",
        "Customer Education Program": "CUSTOMER_EDUCATION",
        "Customer Health Monitoring": "CUSTOMER_HEALTH_RECORD",
        "Customer Account": "ACCOUNT",
        "Revenue Forecast": "SALES_FORECAST",
        "Subscription/Contract": "SUBSCRIPTION",
        "Market/Territory": "SALES_TERRITORY",
        "Renewal Management": "RENEWAL",
        "Outbound Call": "SALES_CALL",
        "Appointment": "SALES_APPOINTMENT",
        "Training Program": "SALES_TRAINING_PROGRAM",
        "Purchase": "SALE",
    }
    for name, code in pairs.items():
        assert get_object_model(name).code == code


def test_value_chains_and_industries() -> None:
    catalog = setup_all_relationships()
    assert len(catalog.value_chains) >= 8
    assert "ALL" in catalog.industries and len(catalog.industries) >= 5
    for module in catalog.modules.values():
        assert module.value_chains and module.industries and module.focus_areas


def test_usage_guide_lines() -> None:
    from definitions import setup_all_relationships as setup

    setup()
    inside = get_module("INSIDE_SALES")
    assert {m.code for m in inside.object_models} >= {"SALES_CALL", "SALES_EMAIL", "LOST_SALE"}
    assert [vc.code for vc in inside.value_chains] == inside.value_chain_codes
    assert all(vc.industries for vc in inside.value_chains)
    assert isinstance(inside.kpis, list)
    assert all(isinstance(k.formula, str) and k.metadata_["modules"] for k in get_all_kpis())
    customer = get_object_model("CUSTOMER")
    assert customer.schema_definition.startswith("@startuml")
    assert customer.data_values == {}


def test_unknown_codes_name_the_code_and_suggest() -> None:
    with pytest.raises(UnknownCodeError) as caught:
        get_module("INSIDE_SALE")
    assert "INSIDE_SALE" in str(caught.value) and "INSIDE_SALES" in str(caught.value)
    with pytest.raises(UnknownCodeError, match="OPPORTUNITY"):
        get_object_model("OPORTUNITY")
    with pytest.raises(UnknownCodeError, match="unknown KPI code 'NO_SUCH_KPI'"):
        get_kpi("NO_SUCH_KPI")


def test_every_attribute_and_model_is_described() -> None:
    catalog = setup_all_relationships()
    for model in catalog.object_models.values():
        assert len(model.attributes) >= 5, model.code
        assert model.time_attributes, model.code
        assert all(a.description for a in model.attributes)


def test_history_models_exist() -> None:
    pipeline = get_object_model("SALES_PIPELINE")
    assert {"opportunity_id", "from_stage", "to_stage"} <= set(pipeline.attribute_names)
    assert {
        "opportunity_id",
        "amount",
        "stage",
        "created_at",
        "closed_at",
        "probability",
        "forecast_category",
        "opportunity_type",
    } <= set(get_object_model("OPPORTUNITY").attribute_names)


def test_get_kpi_by_code_name_or_alias(mini_root: Path, edit: Editor) -> None:
    edit("kpis/logo_retention.yml", lambda d: d.update(aliases=["Customer Retention Rate (logos)"]))
    catalog = setup_all_relationships(mini_root)
    assert catalog.get_kpi("LOGO_RETENTION").code == "LOGO_RETENTION"
    assert catalog.get_kpi("logo retention").code == "LOGO_RETENTION"  # the name, any case and spacing
    assert catalog.get_kpi("Customer Retention Rate (Logos)").code == "LOGO_RETENTION"
    with pytest.raises(UnknownCodeError, match="LOGO_RETENTION"):
        catalog.get_kpi("LOGO_RETENTON")
