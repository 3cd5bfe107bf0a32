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
    # a won opportunity with a negative amount pushes every KPI built on won amounts below its declared
    # range [0, null): won revenue, its trailing sum, the median deal and the average per rep
    bad = opportunity("O9", None, "C1", "R1", -500000, "closed_won", "2025-03-01", "2025-03-10")
    load(warehouse, [*DATASET, bad], MINI)
    outcome = warehouse.dbt(["build", *vars_arg(CALENDAR)])
    assert not outcome.success
    failed = {f.split(".")[2].split("_None")[0] for f in outcome.failures}
    assert failed == {
        "kpi_value_in_range_kpi_won_revenue",
        "kpi_value_in_range_kpi_won_revenue_trailing_3",
        "kpi_value_in_range_kpi_median_won_deal_size",
        "kpi_value_in_range_kpi_average_won_per_rep",
    }, outcome.failures
    # the benchmark band (0.15-0.30 for WIN_RATE) only warns: January's win rate is 1.0
    warned = warehouse.dbt(["test", "--select", "kpi_win_rate", *vars_arg(CALENDAR)])
    assert warned.tests.get("warn", 0) == 1
    assert warned.tests.get("fail", 0) == 0
