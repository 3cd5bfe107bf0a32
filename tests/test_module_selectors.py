"""A scheduler runs one module: ``dbt build --selector <module>`` builds, tests and publishes
exactly that module's KPIs, on a new warehouse (only raw data loaded) and on one where another
module was published before; and the generated selectors, tags and groups behind it."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import BaseModel

from definitions import setup_all_relationships
from definitions.calculation import KpiRef
from definitions.catalog import Catalog
from generators.generate import artifacts
from generators.load.loader import load_instances
from generators.synth import generate_world
from tests.conftest import MINI, Editor
from tests.dbt_harness import ENGINES, Warehouse, fresh_warehouse, make_project
from tests.test_incremental import compare_with_full_refresh

FIRST = "SALES_TRAINING_COACHING"
SECOND = "SALES_STRATEGY"
"""Two small modules (few models to build) that share two KPIs and each publish some of their own."""
FACT = "analytics_marts.fct_kpi_values"
REF = re.compile(r"ref\('([a-z0-9_]+)'\)")


def _kpi_refs(node: Any) -> set[str]:
    """The codes of the KPIs a calculation (or any part of it) reads."""
    if isinstance(node, KpiRef):
        return {node.kpi}
    if isinstance(node, BaseModel):
        return set().union(*(_kpi_refs(getattr(node, name)) for name in type(node).model_fields))
    if isinstance(node, dict):
        return set().union(*(_kpi_refs(value) for value in node.values()))
    if isinstance(node, list | tuple):
        return set().union(*(_kpi_refs(value) for value in node))
    return set()


def published_by(catalog: Catalog, module: str) -> set[str]:
    """The KPI codes a run of ``module`` publishes: its KPIs and every KPI they read."""
    todo = [code for code, kpi in catalog.kpis.items() if module in kpi.module_codes]
    found: set[str] = set()
    while todo:
        code = todo.pop()
        if code not in found:
            found.add(code)
            todo.extend(_kpi_refs(catalog.kpis[code].calculation))
    return found


# -- the generated files (no warehouse) -------------------------------------------------------


def _selectors(files: dict[str, str]) -> dict[str, Any]:
    return {s["name"]: s for s in yaml.safe_load(files["selectors.yml"])["selectors"]}


def _model_configs(files: dict[str, str]) -> dict[str, dict[str, Any]]:
    configs: dict[str, dict[str, Any]] = {}
    for path, text in files.items():
        if path.startswith("models/") and path.endswith(".yml"):
            for model in yaml.safe_load(text).get("models", []):
                configs[model["name"]] = model.get("config", {})
    return configs


def test_one_selector_per_module_plus_all_and_staging_all() -> None:
    catalog = setup_all_relationships()
    selectors = _selectors(artifacts(catalog))
    assert set(selectors) == {code.lower() for code in catalog.modules} | {"all", "staging_all"}
    assert selectors["all"]["definition"] == {"method": "fqn", "value": "*"}
    for code in catalog.modules:
        parts = selectors[code.lower()]["definition"]["union"]
        assert {(p["method"], p["value"]) for p in parts} == {("tag", code.lower()), ("tag", "shared")}
        assert all(p["indirect_selection"] == "cautious" for p in parts)


def test_a_module_tag_reaches_every_model_its_kpis_read() -> None:
    """Walk the refs of the generated SQL from each KPI model: every model reached carries the
    KPI's module tags, except the KPI calendar, which is shared; every KPI model is in the group
    of its first module, every module mart in its module's."""
    catalog = setup_all_relationships()
    files = artifacts(catalog)
    sql = {Path(p).stem: t for p, t in files.items() if p.startswith("models/") and p.endswith(".sql")}
    configs = _model_configs(files)
    problems: list[str] = []
    for code, kpi in catalog.kpis.items():
        wanted = {m.lower() for m in kpi.module_codes}
        model = f"kpi_{code.lower()}"
        if configs[model].get("group") != kpi.module_codes[0].lower():
            problems.append(f"{model}: group {configs[model].get('group')}")
        todo, seen = [model], set()
        while todo:
            name = todo.pop()
            if name in seen:
                continue
            seen.add(name)
            if name == "int_kpi_periods":  # hand-written, tagged shared in dbt_project.yml
                continue
            todo.extend(REF.findall(sql[name]))
            if not wanted <= set(configs[name].get("tags", [])):
                problems.append(f"{name} (read by {model}) lacks {sorted(wanted)}")
    for code in catalog.modules:
        mart = f"mart_{code.lower()}__monthly"
        if mart in configs and configs[mart] != {"tags": [code.lower()], "group": code.lower()}:
            problems.append(f"{mart}: {configs[mart]}")
    assert not problems, "\n".join(problems[:20])


def test_groups_take_the_owner_a_module_declares(mini_root: Path, edit: Editor) -> None:
    def owned(data: dict[str, Any]) -> None:
        data["owner"] = {"name": "Retention analytics", "email": "retention@example.com"}

    edit("modules/cust_retention.yml", owned)
    groups = yaml.safe_load(artifacts(setup_all_relationships(mini_root))["models/groups/_groups.yml"])["groups"]
    owners = {g["name"]: g["owner"] for g in groups}
    assert owners == {
        "platform": {"name": "Analytics platform team"},
        "bus_dev": {"name": "Business Development team"},
        "cust_retention": {"name": "Retention analytics", "email": "retention@example.com"},
    }
    assert set(owners) - {"platform"} == {c.lower() for c in setup_all_relationships(MINI).modules}


# -- module runs on a real warehouse ------------------------------------------------------------


def _codes(warehouse: Warehouse) -> set[str]:
    return {row[0] for row in warehouse.query(f"select distinct kpi_code from {FACT}")}


def _run_module(warehouse: Warehouse, module: str) -> None:
    outcome = warehouse.dbt(["build", "--selector", module.lower()])
    assert outcome.success, outcome.failures
    assert set(outcome.statuses) <= {"success", "pass", "warn"}, outcome.statuses
    assert outcome.tests.get("pass", 0) > 0
    months = warehouse.query(f"select count(*) from analytics_marts.mart_{module.lower()}__monthly")[0][0]
    assert months > 0


@pytest.mark.parametrize("engine", ENGINES)
def test_module_runs_on_a_new_then_an_existing_warehouse(engine: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    catalog = setup_all_relationships()
    project = make_project(tmp_path_factory.mktemp(f"modules_{engine}"))
    warehouse = fresh_warehouse(project, engine, "kpi_test_modules")
    report = load_instances(generate_world(scale=0.2, seed=3), warehouse.target, catalog, batch_id="modules")
    assert report.rejected == 0

    first = published_by(catalog, FIRST)
    _run_module(warehouse, FIRST)
    assert _codes(warehouse) == first

    second = published_by(catalog, SECOND)
    only_first = ", ".join(repr(c) for c in sorted(first - second))
    assert only_first and second - first, "each module must publish KPIs the other does not"
    before = warehouse.query(f"select count(*) from {FACT} where kpi_code in ({only_first})")[0][0]
    _run_module(warehouse, SECOND)
    assert _codes(warehouse) == first | second
    # the first module's values stay as published, and the table equals a full refresh
    assert warehouse.query(f"select count(*) from {FACT} where kpi_code in ({only_first})")[0][0] == before
    differences, _ = compare_with_full_refresh(warehouse)
    assert differences.total == 0, str(differences)
