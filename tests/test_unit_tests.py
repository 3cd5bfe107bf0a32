"""The hand-written dbt unit tests (models/unit_tests/): they name models and columns the
generator writes, cover every calculation type and the fused GROUPING SETS models, pass, and
fail when the model they test is broken."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from definitions import setup_all_relationships
from generators.dbt.plan import plan_project
from generators.dbt_runner import PROJECT_ROOT
from generators.load.loader import load_instances
from tests.dbt_harness import UNIT_TESTS, fresh_warehouse, make_project

CALCULATION_TYPES = {
    "simple",
    "ratio",
    "derived",
    "growth",
    "cumulative",
    "snapshot",
    "conversion",
    "per_entity",
    "retention",
    "before_after",
}
REF = re.compile(r"^ref\('([a-z0-9_]+)'\)$")


def unit_tests() -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for path in sorted((PROJECT_ROOT / UNIT_TESTS).glob("*.yml")):
        found += yaml.safe_load(path.read_text())["unit_tests"]
    return found


def project_unit_tests() -> list[dict[str, Any]]:
    """Every unit test of the project: the hand-written ones and those generated beside their
    model (the benchmark status of fct_kpi_vs_benchmark)."""
    found: list[dict[str, Any]] = []
    for path in sorted((PROJECT_ROOT / "models").rglob("*.yml")):
        found += (yaml.safe_load(path.read_text()) or {}).get("unit_tests", [])
    return found


def documented_columns() -> dict[str, set[str]]:
    """Model -> its columns, from the property YAML of the project (generated and hand-written);
    every model documents every column."""
    columns: dict[str, set[str]] = {}
    for path in (PROJECT_ROOT / "models").rglob("*.yml"):
        for model in (yaml.safe_load(path.read_text()) or {}).get("models", []):
            columns[model["name"]] = {c["name"] for c in model.get("columns", [])}
    return columns


def _input_model(given: dict[str, Any]) -> str:
    match = REF.match(given["input"])
    assert match, f"unit-test input {given['input']!r} is not a ref('...')"
    return match.group(1)


def test_unit_tests_name_models_and_columns_that_exist() -> None:
    columns = documented_columns()
    problems: list[str] = []
    for test in unit_tests():
        name, model = test["name"], test["model"]
        if model not in columns:
            problems.append(f"{name}: model {model} is not generated")
            continue
        for given in test["given"]:
            parent = _input_model(given)
            if parent not in columns:
                problems.append(f"{name}: input {parent} is not generated")
                continue
            for row in given["rows"]:
                problems += [f"{name}: {parent} has no column {c}" for c in set(row) - columns[parent]]
        for row in test["expect"]["rows"]:
            problems += [f"{name}: {model} has no column {c}" for c in set(row) - columns[model]]
    assert not problems, "\n".join(problems)


def test_unit_tests_cover_every_calculation_type_and_both_grouping_models() -> None:
    plan = plan_project(setup_all_relationships())
    types = {kpi.model: kpi.calc_type for kpi in plan.kpis.values()}
    kinds = {m.model: m.kind for m in plan.measures.values()}
    tested = [t["model"] for t in unit_tests()]
    assert {types[m] for m in tested if m in types} == CALCULATION_TYPES
    assert {kinds[m] for m in tested if m in kinds} == {"measures", "snapshots"}


BROKEN_MODEL = "kpi_strategic_review_completion_rate"
BROKEN_TEST = "ratio_divides_and_keeps_numerator_and_denominator"


def test_unit_tests_pass_on_a_fresh_warehouse_and_fail_on_a_broken_model(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """On a new warehouse with an empty raw store: build what the tested models read, run the
    unit tests (they pass), then swap numerator and denominator in the ratio KPI (its unit
    test fails, the others still pass)."""
    models = sorted({t["model"] for t in unit_tests()})
    project = make_project(tmp_path_factory.mktemp("unit_tests"), upstream_of=models)
    warehouse = fresh_warehouse(project, "duckdb", "kpi_test_unit_tests")
    load_instances([], warehouse.target, setup_all_relationships(), batch_id="empty")
    assert warehouse.dbt(["run", "--select", *[f"+{m}" for m in models]]).success
    # the hand-written unit tests by name (the generated benchmark-status one reads fct_kpi_values,
    # whose parents are the whole project; it runs in the demo build)
    names = [t["name"] for t in unit_tests()]
    passed = warehouse.dbt(["test", "--select", *names])
    assert passed.success, passed.failures
    assert passed.unit_tests == {"pass": len(unit_tests())}

    sql: Path = project / "models" / "kpis" / f"{BROKEN_MODEL}.sql"
    text = sql.read_text()
    assert "numerator / nullif(denominator, 0)" in text
    sql.write_text(text.replace("numerator / nullif(denominator, 0)", "denominator / nullif(numerator, 0)"))
    broken = warehouse.dbt(["test", "--select", *names])
    assert not broken.success
    assert broken.unit_tests == {"fail": 1, "pass": len(unit_tests()) - 1}
    assert [f for f in broken.failures if BROKEN_TEST in f and f.startswith("unit_test.")], broken.failures
