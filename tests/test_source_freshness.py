"""``dbt source freshness`` on the raw store: by the loader's ``loaded_at`` (UTC), a warning
after 2 days without a load, an error after 7 (generators/dbt/render_staging.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from definitions.registry import setup_all_relationships
from generators.load.loader import load_instances
from tests.conftest import MINI
from tests.dbt_harness import ENGINES, fresh_warehouse, make_project
from tests.test_kpi_correctness import DATASET, rep


@pytest.mark.parametrize("engine", ENGINES)
def test_source_freshness_warns_then_errors_as_loads_age(engine: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    project = make_project(tmp_path_factory.mktemp(f"freshness_{engine}"), MINI)
    warehouse = fresh_warehouse(project, engine, "kpi_test_freshness")
    catalog = setup_all_relationships(MINI)
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)

    def load_at(instances: list[tuple[str, str, dict[str, Any]]], days_ago: float) -> None:
        report = load_instances(
            instances, warehouse.target, catalog, batch_id=f"{days_ago}d", loaded_at=now - dt.timedelta(days=days_ago)
        )
        assert report.inserted == len(instances) and report.rejected == 0

    # the last load 10 days ago: older than error_after (7 days)
    load_at(DATASET, 10)
    stale = warehouse.dbt(["source", "freshness"])
    assert not stale.success
    assert stale.statuses == {"error": 1}, stale.failures
    # a load 3 days ago: past warn_after (2 days), within error_after
    load_at([rep("R8")], 3)
    late = warehouse.dbt(["source", "freshness"])
    assert late.success and late.statuses == {"warn": 1}
    # a load now: fresh
    load_at([rep("R9")], 0)
    fresh = warehouse.dbt(["source", "freshness"])
    assert fresh.success and fresh.statuses == {"pass": 1}
