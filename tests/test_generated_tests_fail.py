"""The generated data tests are real: bad rows make them fail (range) or warn (benchmark)."""

from __future__ import annotations

import pytest

from tests.conftest import MINI
from tests.dbt_harness import ENGINES, fresh_warehouse, load, make_project, vars_arg
from tests.test_kpi_correctness import CALENDAR, DATASET, opportunity


@pytest.mark.parametrize("engine", ENGINES)
def test_out_of_range_kpi_fails_the_build(engine: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    project = make_project(tmp_path_factory.mktemp(f"bad_{engine}"), MINI)
    warehouse = fresh_warehouse(project, engine, "kpi_test_bad_data")
    # a won opportunity with a negative amount pushes March's WON_REVENUE and MEDIAN_WON_DEAL_SIZE
    # below their declared range [0, null)
    bad = opportunity("O9", None, "C1", "R1", -500000, "closed_won", "2025-03-01", "2025-03-10")
    load(warehouse, [*DATASET, bad], MINI)
    outcome = warehouse.dbt(["build", *vars_arg(CALENDAR)])
    assert not outcome.success
    failed = sorted(f.split(":")[0] for f in outcome.failures)
    assert len(failed) == 2, outcome.failures
    assert "kpi_value_in_range_kpi_median_won_deal_size" in failed[0]
    assert "kpi_value_in_range_kpi_won_revenue" in failed[1]
    # the benchmark band (0.15-0.30 for WIN_RATE) only warns: January's win rate is 1.0
    warned = warehouse.dbt(["test", "--select", "kpi_win_rate", *vars_arg(CALENDAR)])
    assert warned.tests.get("warn", 0) == 1
    assert warned.tests.get("fail", 0) == 0
