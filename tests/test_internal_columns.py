"""Attributes named like the columns a generated model adds inside itself.

A measures model selects every column of its staging model and adds period buckets,
dimension values and grouping flags; a snapshot model adds the period it looks at; a
retention model carries the period of its cohort. An attribute of the same name
(CUSTOMER_COHORT has ``period_month``; SALES_QUOTA has ``period_start``) used to make the
column ambiguous on PostgreSQL and silently win on DuckDB, bucketing rows by the attribute
instead of the time attribute. The generated columns now start with an underscore, which
no attribute name can (NAME_PATTERN). Here the mini catalog gets such attributes, holding
misleading values, and its KPIs must still equal the values worked out by hand in
tests/test_kpi_correctness.py."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from definitions.text import NAME_PATTERN
from generators.dbt.grouping import FIXED_PERIOD_KEYS, GRAINS, bucket_column, grouping_column
from generators.dbt.naming import dimension_column
from tests.conftest import MINI
from tests.dbt_harness import ENGINES, Warehouse, fresh_warehouse, load, make_project, vars_arg
from tests.test_kpi_correctness import CALENDAR, DATASET, approx, months

# the names the generator used before, each now an attribute holding a value that would
# move a row to another period or slice if the model read it
OPPORTUNITY_DECOYS: dict[str, tuple[str, Any]] = {
    "period_week": ("date", "2019-01-07"),
    "period_month": ("date", "2019-01-01"),
    "period_quarter": ("date", "2019-01-01"),
    "period_year": ("date", "2019-01-01"),
    "grouping_month": ("integer", 0),
    "dim_sales_rep": ("string", "R9"),
    "grouping_dim_sales_rep": ("integer", 0),
}
SUBSCRIPTION_DECOYS: dict[str, tuple[str, Any]] = {
    "grain": ("string", "year"),
    "period_start": ("date", "2019-01-01"),
}
KPIS = ["WON_REVENUE", "ACTIVE_MRR", "NET_REVENUE_RETENTION", "LOGO_RETENTION"]


def _add_attributes(path: Path, decoys: dict[str, tuple[str, Any]]) -> None:
    data = yaml.safe_load(path.read_text())
    for name, (kind, _) in decoys.items():
        data["attributes"].append({"name": name, "type": kind, "description": f"Decoy named {name}."})
    path.write_text(yaml.safe_dump(data, sort_keys=False))


def _with_decoys(instance: tuple[str, str, dict[str, Any]]) -> tuple[str, str, dict[str, Any]]:
    schema_ref, code, values = instance
    decoys = {"OPPORTUNITY": OPPORTUNITY_DECOYS, "SUBSCRIPTION": SUBSCRIPTION_DECOYS}.get(schema_ref, {})
    return schema_ref, code, {**values, **{name: value for name, (_, value) in decoys.items()}}


def test_generated_internal_columns_cannot_be_attribute_names() -> None:
    internal = [bucket_column(g) for g in GRAINS] + [dimension_column("SALES_REP"), *FIXED_PERIOD_KEYS]
    internal += [grouping_column(c) for c in (bucket_column("month"), dimension_column("SALES_REP"))]
    assert all(name.startswith("_") and not re.match(NAME_PATTERN, name) for name in internal), internal


@pytest.fixture(scope="module", params=ENGINES)
def warehouse(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Warehouse]:
    engine = request.param
    catalog = tmp_path_factory.mktemp(f"decoy_catalog_{engine}") / "catalog"
    shutil.copytree(MINI, catalog)
    _add_attributes(catalog / "object_models" / "opportunity.yml", OPPORTUNITY_DECOYS)
    _add_attributes(catalog / "object_models" / "subscription.yml", SUBSCRIPTION_DECOYS)
    project = make_project(tmp_path_factory.mktemp(f"decoy_{engine}"), catalog, KPIS)
    wh = fresh_warehouse(project, engine, "kpi_test_internal_columns")
    load(wh, [_with_decoys(instance) for instance in DATASET], catalog)
    outcome = wh.dbt(["build", *vars_arg(CALENDAR)])
    assert outcome.success, outcome.failures
    yield wh


def test_measures_bucket_by_the_time_attribute_not_a_like_named_attribute(warehouse: Warehouse) -> None:
    # as in test_kpi_correctness: won by close date, Jan O1 100000 + O4 20000, Feb O3 30000
    assert warehouse.kpi("WON_REVENUE") == months({"2025-01-01": 120000, "2025-02-01": 30000})
    weekly = warehouse.kpi("WON_REVENUE", grain="week")
    # weeks start on Monday: O1 Sat Jan 25 is in the week of Jan 20, O4 Thu Jan 30 in that of Jan 27
    assert (weekly["2025-01-20"], weekly["2025-01-27"]) == (100000, 20000)
    assert warehouse.kpi("WON_REVENUE", grain="year") == {"2025-01-01": 150000}
    # slices by the owner, not by the decoy dim_sales_rep = 'R9'
    assert warehouse.kpi("WON_REVENUE", dimension="SALES_REP", member="R2") == months(
        {"2025-01-01": 20000, "2025-02-01": 30000}
    )
    assert warehouse.kpi("WON_REVENUE", dimension="SALES_REP", member="R9") == {}


def test_snapshots_and_retention_use_their_own_period_keys(warehouse: Warehouse) -> None:
    # end of Jan: S1 1000 + S2 500 + S3 300; end of Feb: S1 1000 + S2 500 + S4 200
    mrr = warehouse.kpi("ACTIVE_MRR")
    assert (mrr["2025-01-01"], mrr["2025-02-01"]) == (1800, 1700)
    assert warehouse.kpi("ACTIVE_MRR", grain="quarter")["2025-01-01"] == 1700
    # Feb cohort C1 1000, C2 500, C3 300 = 1800; at Mar 1 C1 1200, C2 500, C3 0 = 1700
    assert warehouse.kpi_row("NET_REVENUE_RETENTION", "2025-02-01") == (approx(1700 / 1800), 1700, 1800)
    assert warehouse.kpi_row("LOGO_RETENTION", "2025-02-01") == (approx(2 / 3), 2, 3)
