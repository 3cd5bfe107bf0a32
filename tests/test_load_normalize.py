"""Normalise or reject, never mis-store: aliases become canonical codes, the later of two
versions in one file is the current one, offsets become UTC, a null code is a reject."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from definitions import setup_all_relationships
from generators.load.loader import load_instances, read_jsonl
from tests.conftest import MINI
from tests.dbt_harness import fresh_warehouse, make_project


def line(schema_ref: Any, code: Any, values: dict[str, Any]) -> str:
    return json.dumps({"schema_ref": schema_ref, "code": code, "data_values": values})


def customer(code: str, since: str = "2024-01-01", margin: float = 0.5) -> dict[str, Any]:
    return {"customer_id": code, "customer_since": since, "gross_margin": margin}


def opportunity(code: str, created_at: str) -> dict[str, Any]:
    return {
        "opportunity_id": code,
        "customer_id": "CUS-1",
        "owner_rep_id": "REP-1",
        "amount": 1,
        "stage": "open",
        "created_at": created_at,
    }


@pytest.mark.parametrize("engine", ["duckdb", "postgres"])
def test_normalised_rows_reach_staging_as_the_file_meant(tmp_path: Path, engine: str) -> None:
    project = make_project(tmp_path / "project", MINI)
    warehouse = fresh_warehouse(project, engine, f"load_normalize_{engine}")
    lines = [
        line("Client", "CUS-ALIAS", customer("CUS-ALIAS")),  # an alias of CUSTOMER
        line("CUSTOMER", "CUS-TWICE", customer("CUS-TWICE", margin=0.1)),
        line("CUSTOMER", "CUS-TWICE", customer("CUS-TWICE", margin=0.2)),  # the later line wins
        line("CUSTOMER", "CUS-BACK", customer("CUS-BACK", margin=0.3)),
        line("CUSTOMER", "CUS-BACK", customer("CUS-BACK", margin=0.4)),
        line("CUSTOMER", "CUS-BACK", customer("CUS-BACK", margin=0.3)),  # back to the first version
        line("CUSTOMER", None, customer("CUS-NULL")),
        line("OPPORTUNITY", "OPP-OFFSET", opportunity("OPP-OFFSET", "2024-03-01T01:30:00+02:00")),
        line("OPPORTUNITY", "OPP-ZULU", opportunity("OPP-ZULU", "2024-03-01 23:15Z")),
    ]
    path = tmp_path / "normalise.jsonl"
    path.write_text("\n".join(lines) + "\n")
    report = load_instances(read_jsonl(path), warehouse.target, setup_all_relationships(MINI), batch_id="n")
    assert (report.inserted, report.unchanged, report.rejected) == (7, 1, 1)  # CUS-BACK v1 twice: stored once

    assert warehouse.query("select schema_ref from raw.object_instances where code = 'CUS-ALIAS'") == [("CUSTOMER",)]
    assert warehouse.query("select line_number, rule, code from raw.object_instance_rejects") == [
        (7, "code.required", None)
    ]
    assert warehouse.query("select count(*) from raw.object_instances where code = 'None'") == [(0,)]

    outcome = warehouse.dbt(["run", "--select", "stg_customer", "stg_opportunity"])
    assert outcome.success, outcome.failures
    margins = dict(warehouse.query("select customer_id, gross_margin from analytics_staging.stg_customer"))
    assert margins == {
        "CUS-ALIAS": Decimal("0.500000"),
        "CUS-TWICE": Decimal("0.200000"),
        "CUS-BACK": Decimal("0.300000"),
    }
    created = dict(warehouse.query("select opportunity_id, created_at from analytics_staging.stg_opportunity"))
    assert created == {
        "OPP-OFFSET": dt.datetime(2024, 2, 29, 23, 30),
        "OPP-ZULU": dt.datetime(2024, 3, 1, 23, 15),
    }


@pytest.mark.parametrize("engine", ["duckdb", "postgres"])
def test_going_back_to_an_earlier_version_in_a_later_load(tmp_path: Path, engine: str) -> None:
    """A, then B, then A again, each in its own load: A is current again. Re-running the
    last file stores nothing."""
    project = make_project(tmp_path / "project", MINI)
    warehouse = fresh_warehouse(project, engine, f"load_revert_{engine}")
    catalog = setup_all_relationships(MINI)

    def load(margin: float, batch: str, at: dt.datetime) -> tuple[int, int]:
        path = tmp_path / f"{batch}.jsonl"
        path.write_text(line("CUSTOMER", "CUS-R", customer("CUS-R", margin=margin)) + "\n")
        report = load_instances(read_jsonl(path), warehouse.target, catalog, batch_id=batch, loaded_at=at)
        return report.inserted, report.unchanged

    assert load(0.1, "a", dt.datetime(2024, 1, 1)) == (1, 0)
    assert load(0.2, "b", dt.datetime(2024, 1, 2)) == (1, 0)
    assert load(0.1, "a-again", dt.datetime(2024, 1, 3)) == (1, 0)  # made current again
    assert load(0.1, "a-rerun", dt.datetime(2024, 1, 4)) == (0, 1)  # already current: nothing changes
    assert warehouse.query("select count(*) from raw.object_instances where code = 'CUS-R'") == [(2,)]

    outcome = warehouse.dbt(["run", "--select", "stg_customer"])
    assert outcome.success, outcome.failures
    assert warehouse.query("select gross_margin from analytics_staging.stg_customer") == [(Decimal("0.100000"),)]
