"""The other forms of a per-entity comparison: group membership by an event in the period
(``membership: in_period``) and by a condition over the entity's inputs (``condition``), with
``output: ratio``; built on DuckDB and PostgreSQL from the mini catalog's dataset (see
tests/test_kpi_correctness.py) and compared with values worked out by hand."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from typing import Any

import pytest
import yaml

from tests.conftest import MINI
from tests.dbt_harness import ENGINES, Warehouse, fresh_warehouse, load, make_project, vars_arg
from tests.test_kpi_correctness import CALENDAR, DATASET

WON = {
    "object": "OPPORTUNITY",
    "agg": "sum",
    "expr": "case when stage = 'closed_won' then amount else 0 end",
    "time": "closed_at",
}


def _kpi(code: str, compare: dict[str, Any]) -> dict[str, Any]:
    return {
        "code": code,
        "name": code.replace("_", " ").title(),
        "description": "A comparison of two groups of reps.",
        "formula": "mean won revenue of the group of reps compared with the rest",
        "modules": ["BUS_DEV"],
        "unit": "currency",
        "direction": "neutral",
        "range": [None, None],
        "calculation": {
            "type": "per_entity",
            "entity": "SALES_REP",
            "inputs": {"won": WON},
            "value": "won",
            "aggregate": "avg",
            "compare": compare,
        },
    }


KPIS = {
    "GAP_LEAD_IN_PERIOD": _kpi(
        "GAP_LEAD_IN_PERIOD",
        {"group": {"object": "LEAD", "time": "created_at", "entity": "owner_rep_id", "membership": "in_period"}},
    ),
    "RATIO_BY_CONDITION": _kpi("RATIO_BY_CONDITION", {"condition": "won >= 25000", "output": "ratio"}),
}


@pytest.fixture(scope="module", params=ENGINES)
def warehouse(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Warehouse]:
    root = tmp_path_factory.mktemp("compare_catalog") / "catalog"
    shutil.copytree(MINI, root)
    for code, kpi in KPIS.items():
        (root / "kpis" / f"{code.lower()}.yml").write_text(yaml.safe_dump(kpi, sort_keys=False))
    engine = request.param
    project = make_project(tmp_path_factory.mktemp(f"compare_{engine}"), root)
    wh = fresh_warehouse(project, engine, "kpi_test_compare_forms")
    load(wh, DATASET, root)
    outcome = wh.dbt(["run", "--select", "+kpi_gap_lead_in_period", "+kpi_ratio_by_condition", *vars_arg(CALENDAR)])
    assert outcome.success, outcome.failures
    yield wh


def approx(value: float) -> Any:
    return pytest.approx(value, rel=1e-9, abs=1e-9)


def test_group_by_an_event_in_the_period(warehouse: Warehouse) -> None:
    # won revenue per rep with a closed opportunity: Jan R1 100000, R2 20000; Feb R1 0, R2 30000.
    # Jan: leads created in January: R1 (L1, L2) -> group 100000, rest R2 20000: 80000.
    # Feb: leads created in February: R2 (L3, L4) -> group 30000, rest R1 0: 30000 (before_period_end
    # would put both in the group). Q1: both created a lead in the quarter: no rest, no row.
    assert warehouse.kpi("GAP_LEAD_IN_PERIOD") == {"2025-01-01": approx(80000), "2025-02-01": approx(30000)}
    assert warehouse.kpi_row("GAP_LEAD_IN_PERIOD", "2025-02-01") == (approx(30000), approx(30000), approx(0))
    assert warehouse.kpi("GAP_LEAD_IN_PERIOD", grain="quarter") == {}


def test_group_by_a_condition_as_a_ratio(warehouse: Warehouse) -> None:
    # won >= 25000: Jan R1 (100000) against R2 (20000): 5; Feb R2 (30000) against R1 (0): 30000 / 0 is
    # no ratio (null), the parts are kept; Q1: R1 100000 and R2 50000 both meet it: no rest, no row.
    assert warehouse.kpi("RATIO_BY_CONDITION") == {"2025-01-01": approx(5.0), "2025-02-01": None}
    assert warehouse.kpi_row("RATIO_BY_CONDITION", "2025-02-01") == (None, approx(30000), approx(0))
    assert warehouse.kpi("RATIO_BY_CONDITION", grain="quarter") == {}
