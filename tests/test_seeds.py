"""Catalog tables as dbt seeds: complete and deterministic."""

from __future__ import annotations

import csv
import io

from definitions import setup_all_relationships
from definitions.registry import load_catalog
from generators.catalog_seeds import seed_tables
from tests.conftest import MINI

CORE = ["industries", "value_chains", "modules", "object_models", "object_attributes", "kpis", "benchmarks"]
ASSOCIATIONS = ["industry_valuechain", "valuechain_module", "module_objectmodel", "objectmodel_kpi", "kpi_benchmark"]


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_all_tables_present_and_deterministic() -> None:
    first = seed_tables(setup_all_relationships())
    second = seed_tables(load_catalog()[0])
    assert first == second
    for name in CORE + ASSOCIATIONS:
        assert f"seeds/{name}.csv" in first


def test_mini_catalog_tables_by_hand() -> None:
    tables = seed_tables(setup_all_relationships(MINI))
    assert rows(tables["seeds/module_objectmodel.csv"]) == [
        {"module_code": "BUS_DEV", "object_model_code": c}
        for c in ["CUSTOMER", "LEAD", "OPPORTUNITY", "SALES_REPRESENTATIVE"]
    ] + [{"module_code": "CUST_RETENTION", "object_model_code": c} for c in ["CUSTOMER", "SUBSCRIPTION"]]
    assert rows(tables["seeds/kpi_benchmark.csv"]) == [{"kpi_code": "WIN_RATE", "benchmark_id": "WIN_RATE__1"}]
    bench = rows(tables["seeds/benchmarks.csv"])[0]
    assert (bench["low"], bench["typical"], bench["high"], bench["year"]) == ("0.15", "0.21", "0.3", "2024")
    lead_kpis = [r["kpi_code"] for r in rows(tables["seeds/objectmodel_kpi.csv"]) if r["object_model_code"] == "LEAD"]
    assert lead_kpis == [
        "DEAL_SIZE_LIFT_AFTER_LEAD",
        "LEAD_TO_OPPORTUNITY_EVER_RATE",
        "LEAD_TO_OPPORTUNITY_RATE",
        "NEW_LEADS",
        "WON_REVENUE_LEAD_OWNER_GAP",
    ]
    assert rows(tables["seeds/industry_valuechain.csv"]) == [
        {"industry_code": "ALL", "value_chain_code": "SALES_MANAGEMENT"},
        {"industry_code": "SAAS_SOFTWARE", "value_chain_code": "SALES_MANAGEMENT"},
    ]
    attrs = [r for r in rows(tables["seeds/object_attributes.csv"]) if r["object_model_code"] == "CUSTOMER"]
    assert [a["attribute_name"] for a in attrs] == [
        "customer_id",
        "customer_since",
        "churned_on",
        "tier",
        "gross_margin",
    ]
    assert attrs[3]["allowed_values"] == "smb;enterprise"
    assert attrs[0]["is_primary_key"] == "true"
