"""The whole project on the demo data, built once per test session and engine.

Every test file that reads the demo warehouse (the catalog-wide checks, the BI queries,
the semantic-layer cross-check) asks for the ``demo_built`` fixture in ``conftest.py``
instead of building its own, so the suite pays for one demo build per engine."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from definitions import setup_all_relationships
from generators.dbt_runner import DbtOutcome
from generators.load.loader import LoadReport, load_instances
from generators.synth import generate_world
from tests.dbt_harness import Warehouse, fresh_warehouse, make_project

DEMO_SCALE = 1.0
DEMO_SEED = 42


@dataclass
class Built:
    warehouse: Warehouse
    outcome: DbtOutcome
    load: LoadReport


def build_demo(project_dir: Path, engine: str) -> Built:
    """Generate the project into ``project_dir``, load the demo world and run ``dbt build``."""
    project = make_project(project_dir)
    warehouse = fresh_warehouse(project, engine, "kpi_test_project")
    report = load_instances(
        generate_world(scale=DEMO_SCALE, seed=DEMO_SEED),
        warehouse.target,
        setup_all_relationships(),
        batch_id="demo",
    )
    outcome = warehouse.dbt(["build"])
    return Built(warehouse, outcome, report)
