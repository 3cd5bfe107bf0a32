"""``analytics check-data``: the expectations each object model gets from the catalog, the demo
data passing them on both engines, and seeded bad rows (loaded through the normal loader,
which accepts them: they break no per-line rule) failing with the right expectation named."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pytest
from typer.testing import CliRunner

from definitions import setup_all_relationships
from generators.cli import app
from generators.load.loader import load_instances
from generators.quality.run import check_data
from generators.quality.suites import model_checks
from tests.dbt_harness import ENGINES, clone_warehouse, fresh_warehouse
from tests.demo_build import Built

NOT_NULL = "ExpectColumnValuesToNotBeNull"
IN_SET = "ExpectColumnValuesToBeInSet"
BETWEEN = "ExpectColumnValuesToBeBetween"
UNIQUE = "ExpectColumnValuesToBeUnique"
PAIR = "ExpectColumnPairValuesAToBeGreaterThanB"
ROWS = "UnexpectedRowsExpectation"


def test_channel_conflict_gets_the_expectations_its_definition_declares() -> None:
    catalog = setup_all_relationships()
    checks = model_checks(catalog.get_object_model("CHANNEL_CONFLICT"), catalog)
    # definitions/object_models/channel_conflict.yml, read by hand: five required attributes
    # (the key first), four enums, two bounded numbers, the key unique, one time order, two
    # timestamps, a boolean and two decimals to cast, eleven references
    assert [c.as_tuple() for c in checks] == [
        (NOT_NULL, ("channel_conflict_id",), "primary_key"),
        (NOT_NULL, ("partner_id",), "required"),
        (NOT_NULL, ("conflict_type",), "required"),
        (NOT_NULL, ("raised_at",), "required"),
        (NOT_NULL, ("status",), "required"),
        (IN_SET, ("conflict_type",), "values"),
        (IN_SET, ("raised_by",), "values"),
        (IN_SET, ("status",), "values"),
        (IN_SET, ("resolution",), "values"),
        (BETWEEN, ("amount_at_stake",), "minimum/maximum"),
        (BETWEEN, ("days_to_resolve",), "minimum/maximum"),
        (UNIQUE, ("channel_conflict_id",), "primary_key"),
        (PAIR, ("resolved_at", "raised_at"), "time_order"),
        (ROWS, ("raised_at", "resolved_at", "is_escalated", "amount_at_stake", "days_to_resolve"), "type"),
        (
            ROWS,
            (
                "partner_id",
                "other_partner_id",
                "opportunity_id",
                "deal_id",
                "partner_portal_id",
                "customer_id",
                "product_id",
                "direct_rep_id",
                "channel_manager_rep_id",
                "team_id",
                "territory_id",
            ),
            "references",
        ),
    ]
    bounds = {c.columns[0]: (c.minimum, c.maximum) for c in checks if c.expectation == BETWEEN}
    assert bounds == {"amount_at_stake": (0, None), "days_to_resolve": (0, None)}
    (refs,) = [c.references for c in checks if c.rule == "references"]
    assert refs[0] == ("partner_id", "CHANNEL_PARTNER", "partner_id")


def test_a_score_on_its_scale_and_the_ticket_lifecycle_are_checked() -> None:
    catalog = setup_all_relationships()
    checks = model_checks(catalog.get_object_model("SUPPORT_TICKET"), catalog)
    bounds = {c.columns[0]: (c.minimum, c.maximum) for c in checks if c.expectation == BETWEEN}
    assert bounds["satisfaction_score"] == (1, 5)  # CSAT 1-5
    assert bounds["reopen_count"] == (0, None)
    pairs = [c.columns for c in checks if c.expectation == PAIR]
    assert pairs == [
        ("first_response_at", "opened_at"),
        ("resolved_at", "opened_at"),
        ("escalated_at", "opened_at"),
        ("closed_at", "resolved_at"),
        ("closed_at", "opened_at"),
    ]


@pytest.mark.parametrize("demo_built", ENGINES, indirect=True)
def test_the_demo_data_passes_every_expectation(demo_built: Built, tmp_path: Path) -> None:
    warehouse = demo_built.warehouse
    if warehouse.engine == "duckdb":
        # dbt-duckdb keeps its connection to the demo file open in this process, and DuckDB
        # refuses a second one with another configuration (duckdb-engine's): check a copy
        warehouse = clone_warehouse(warehouse, "check_data_demo")
    lines: list[str] = []
    report = check_data(warehouse.target, setup_all_relationships(), tmp_path / "docs", lines.append)
    assert [str(f) for f in report.failures] == []
    assert report.models == 82
    assert report.expectations > 1000
    assert (tmp_path / "docs" / "index.html").is_file()
    assert "  model 82/82 TERRITORY_ASSIGNMENT" in "\n".join(lines)


GOOD: dict[str, dict[str, Any]] = {
    "CUSTOMER": {
        "customer_id": "CUS-1",
        "customer_name": "Acme",
        "lifecycle_status": "active",
        "created_at": "2024-01-02T09:00:00",
    },
    "ACCOUNT": {
        "account_id": "ACC-1",
        "account_name": "Acme",
        "customer_id": "CUS-1",
        "status": "active",
        "created_at": "2024-01-02T09:00:00",
    },
    "SALES_TEAM": {"team_id": "TEAM-1", "team_name": "East", "team_type": "inside_sales", "created_date": "2023-01-01"},
    "SALES_REPRESENTATIVE": {
        "sales_rep_id": "REP-1",
        "full_name": "Ann Lee",
        "role": "inside_ae",
        "team_id": "TEAM-1",
        "employment_status": "active",
        "hire_date": "2023-02-01",
        "is_quota_carrying": True,
    },
}
OPPORTUNITY = {
    "account_id": "ACC-1",
    "owner_rep_id": "REP-1",
    "source": "inbound",
    "opportunity_type": "new_business",
    "stage": "closed_won",
    "amount": 12000.0,
    "created_at": "2024-03-01T09:00:00",
    "closed_at": "2024-04-01T09:00:00",
}


def opportunity(code: str, **change: Any) -> tuple[str, str, dict[str, Any]]:
    return "OPPORTUNITY", code, {**OPPORTUNITY, "opportunity_id": code, **change}


BAD_STORE = [
    *[(model, str(next(iter(values.values()))), values) for model, values in GOOD.items()],
    opportunity("OPP-GOOD"),
    opportunity("OPP-NEGATIVE", amount=-500.0),
    opportunity("OPP-BACKWARDS", closed_at="2024-02-01T09:00:00"),
    opportunity("OPP-ORPHAN", account_id="ACC-MISSING"),
    opportunity("OPP-TWIN-1", opportunity_id="OPP-TWIN"),
    opportunity("OPP-TWIN-2", opportunity_id="OPP-TWIN"),
    # a bad version superseded by a later line of the same load: only the current one counts
    opportunity("OPP-FIXED", amount=-1.0),
    opportunity("OPP-FIXED", amount=1.0),
]
CHECKED = ["CUSTOMER", "ACCOUNT", "SALES_TEAM", "SALES_REPRESENTATIVE", "OPPORTUNITY"]


@pytest.mark.parametrize("engine", ENGINES)
def test_seeded_bad_rows_fail_naming_model_expectation_and_codes(
    engine: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warehouse = fresh_warehouse(tmp_path, engine, "check_data_bad")
    report = load_instances(BAD_STORE, warehouse.target, setup_all_relationships(), batch_id="bad")
    assert report.rejected == 0, "every bad row passes the per-line checks of the loader"

    args = ["check-data", "--target", engine, "--docs-dir", str(tmp_path / "docs")]
    if engine == "duckdb":
        args += ["--duckdb-path", warehouse.target.duckdb_path]
    else:
        monkeypatch.setenv("PGDATABASE", warehouse.target.dbname)
    for code in CHECKED:
        args += ["--model", code]
    result = CliRunner().invoke(app, args)
    output = " ".join(result.output.split())

    assert result.exit_code == 1, output
    failed = [line.split("failed ", 1)[1] for line in result.output.splitlines() if line.startswith("  failed ")]
    assert sorted(failed) == sorted(
        [
            f"OPPORTUNITY: {BETWEEN} (amount) [minimum/maximum]: 1 failing; e.g. OPP-NEGATIVE",
            f"OPPORTUNITY: {PAIR} (closed_at, created_at) [time_order]: 1 failing; e.g. OPP-BACKWARDS",
            f"OPPORTUNITY: {ROWS} (account_id) [references]: 1 failing; e.g. OPP-ORPHAN",
            f"OPPORTUNITY: {UNIQUE} (opportunity_id) [primary_key]: 2 failing; e.g. OPP-TWIN-1, OPP-TWIN-2",
        ]
    ), output
    assert "check-data: 5 models," in output
    assert ", 4 failed," in output
    assert (tmp_path / "docs" / "index.html").is_file()
    if engine == "duckdb":
        # GX closed its connections: dbt (the demo's next step, in the same process) opens
        # the file with its own configuration, which DuckDB refuses while another is open
        duckdb.connect(warehouse.target.duckdb_path, config={"threads": 1}).close()


def test_an_empty_warehouse_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["check-data", "--duckdb-path", str(tmp_path / "empty.duckdb")])
    assert result.exit_code == 2
    assert "no raw store" in result.output
