"""Won revenue lift after training and its ratio to the trainings' cost (Training Impact
Score), built through dbt on DuckDB and PostgreSQL from a small hand-made world, compared with
values worked out by hand in the comments."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.catalog_kpis import Instance, catalog_warehouse
from tests.dbt_harness import ENGINES, Warehouse
from tests.test_kpis_enablement_effects import enrolment, opportunity, rep

CALENDAR = {"kpi_calendar_start": "2024-01-01", "kpi_calendar_end": "2025-12-31"}
KPIS = ["TRAINING_REVENUE_LIFT", "TRAINING_IMPACT_SCORE"]


def costed(instance: Instance, cost: float) -> Instance:
    kind, key, values = instance
    return (kind, key, {**values, "cost": cost})


DATASET: list[Instance] = [
    rep("R1", "2024-01-01"),
    rep("R2", "2024-01-01"),
    # R1 completes a skills program on Mar 1: before [2024-12-01, 2025-03-01), after [2025-03-01, 2025-05-30)
    costed(
        (
            "SALES_TRAINING_PROGRAM",
            "E1",
            {**enrolment("E1", "R1", "skills", None)[2], "completed_at": "2025-03-01T00:00:00"},
        ),
        2000,
    ),
    # R2 completes on Mar 20: before [2024-12-20, 2025-03-20), after [2025-03-20, 2025-06-18)
    costed(
        (
            "SALES_TRAINING_PROGRAM",
            "E2",
            {**enrolment("E2", "R2", "skills", None)[2], "completed_at": "2025-03-20T00:00:00"},
        ),
        3000,
    ),
    # a partner learner's enrolment: neither an event nor a cost of rep training
    costed(enrolment("E3", None, "certification", "2025-03-10", participant="partner"), 9999),
    opportunity("O1", "R1", "closed_won", 10000, "2025-01-15"),  # R1 before
    opportunity("O2", "R1", "closed_won", 30000, "2025-04-15"),  # R1 after
    opportunity("O3", "R1", "closed_lost", 5000, "2025-04-20"),  # lost: not won revenue
    opportunity("O4", "R2", "closed_won", 20000, "2025-03-01"),  # R2 before
    opportunity("O5", "R2", "closed_won", 15000, "2025-05-01"),  # R2 after
]


@pytest.fixture(scope="module", params=ENGINES)
def warehouse(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Warehouse]:
    yield catalog_warehouse(tmp_path_factory, request.param, "kpi_test_training_impact", DATASET, KPIS, CALENDAR)


def approx(value: float) -> Any:
    return pytest.approx(value, rel=1e-9, abs=1e-9)


def test_revenue_lift_pools_the_completions_of_the_period(warehouse: Warehouse) -> None:
    # after: 30000 (R1) + 15000 (R2) = 45000; before: 10000 (R1) + 20000 (R2) = 30000; lift 15000
    assert warehouse.kpi_row("TRAINING_REVENUE_LIFT", "2025-03-01") == (approx(15000), approx(45000), approx(30000))


def test_impact_score_divides_the_lift_by_the_cost_of_the_completed_rep_trainings(warehouse: Warehouse) -> None:
    # cost of March's completed rep enrolments: 2000 + 3000 = 5000 (the partner's 9999 left out): 15000 / 5000
    assert warehouse.kpi_row("TRAINING_IMPACT_SCORE", "2025-03-01") == (approx(3.0), approx(15000), approx(5000))
    # no completion in April: no value
    assert warehouse.kpi("TRAINING_IMPACT_SCORE").get("2025-04-01") is None
