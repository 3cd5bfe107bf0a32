"""A scheduler runs one module: ``dbt build --selector <module>`` builds, tests and publishes
exactly that module's KPIs, on a new warehouse (only raw data loaded) and on one where another
module was published before; and the generated selectors, tags and groups behind it. The runs
use the catalog cut down to a few KPIs of the two modules (``sampled_catalog``)."""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import BaseModel, ValidationError

from definitions import setup_all_relationships
from definitions.calculation import KpiRef
from definitions.catalog import Catalog
from definitions.entities import ModuleOwner
from generators.dbt_runner import DbtOutcome
from generators.generate import artifacts
from generators.load.loader import load_instances
from generators.synth import generate_world
from tests.conftest import MINI, Editor
from tests.dbt_harness import ENGINES, Warehouse, fresh_warehouse, make_project, subset_catalog
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
        if mart in configs and (configs[mart]["tags"], configs[mart]["group"]) != ([code.lower()], code.lower()):
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


@pytest.mark.parametrize("email", ["not an email", "a@b", "{{ env_var('HOME') }}@example.com"])
def test_an_owner_email_must_be_an_address(email: str) -> None:
    with pytest.raises(ValidationError):
        ModuleOwner(name="Retention analytics", email=email)


# -- module runs on a real warehouse ------------------------------------------------------------


def _codes(warehouse: Warehouse, fact: str = FACT) -> set[str]:
    return {row[0] for row in warehouse.query(f"select distinct kpi_code from {fact}")}


def _count(warehouse: Warehouse, sql: str) -> int:
    return int(warehouse.query(sql)[0][0])


@dataclass
class ModuleRuns:
    """A new warehouse with raw data only, then ``FIRST``'s selector run, then ``SECOND``'s."""

    warehouse: Warehouse
    first: DbtOutcome
    codes_after_first: set[str]
    mart_rows_after_first: int
    only_first: str
    """The SQL list of the KPI codes FIRST publishes and SECOND does not."""
    only_first_rows: int
    second: DbtOutcome


_RUNS: dict[str, ModuleRuns] = {}


_SAMPLE: list[Catalog] = []


def sampled_catalog() -> Catalog:
    """The catalog cut down to two KPIs the modules share and three each has of its own (and
    the KPIs those read): the runs exercise the same selectors, tags and fact table as the
    whole catalog's, at a fraction of the build."""
    if not _SAMPLE:
        catalog = setup_all_relationships()
        first, second = sorted(published_by(catalog, FIRST)), sorted(published_by(catalog, SECOND))
        shared = [code for code in first if code in second][:2]
        own = [code for code in first if code not in second][:3] + [code for code in second if code not in first][:3]
        _SAMPLE.append(subset_catalog(catalog, shared + own))
    return _SAMPLE[0]


def _module_runs(engine: str, tmp_path_factory: pytest.TempPathFactory) -> ModuleRuns:
    if engine in _RUNS:
        return _RUNS[engine]
    catalog = sampled_catalog()
    project = make_project(tmp_path_factory.mktemp(f"modules_{engine}"), kpis=catalog.kpis)
    warehouse = fresh_warehouse(project, engine, "kpi_test_modules")
    report = load_instances(
        generate_world(scale=0.2, seed=3), warehouse.target, setup_all_relationships(), batch_id="modules"
    )
    assert report.rejected == 0
    first = warehouse.dbt(["build", "--selector", FIRST.lower()])
    codes = _codes(warehouse) if first.success else set()
    mart_rows = _count(warehouse, f"select count(*) from analytics_marts.mart_{FIRST.lower()}__monthly")
    only_first = ", ".join(repr(c) for c in sorted(published_by(catalog, FIRST) - published_by(catalog, SECOND)))
    before = _count(warehouse, f"select count(*) from {FACT} where kpi_code in ({only_first})")
    second = warehouse.dbt(["build", "--selector", SECOND.lower()])
    _RUNS[engine] = ModuleRuns(warehouse, first, codes, mart_rows, only_first, before, second)
    return _RUNS[engine]


@pytest.fixture(scope="module", params=ENGINES)
def runs(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> ModuleRuns:
    return _module_runs(request.param, tmp_path_factory)


def _clean(outcome: DbtOutcome) -> None:
    assert outcome.success, outcome.failures
    assert set(outcome.statuses) <= {"success", "pass", "warn"}, outcome.statuses
    assert outcome.tests.get("pass", 0) > 0


def test_a_module_run_on_a_new_warehouse_publishes_exactly_its_kpis(runs: ModuleRuns) -> None:
    _clean(runs.first)
    assert runs.codes_after_first == published_by(sampled_catalog(), FIRST)
    assert runs.mart_rows_after_first > 0


def test_a_second_module_run_adds_its_kpis_and_keeps_the_first(runs: ModuleRuns) -> None:
    catalog = sampled_catalog()
    first, second = published_by(catalog, FIRST), published_by(catalog, SECOND)
    assert first - second and second - first and first & second, "the modules must overlap and differ"
    _clean(runs.second)
    assert _codes(runs.warehouse) == first | second
    assert _count(runs.warehouse, f"select count(*) from analytics_marts.mart_{SECOND.lower()}__monthly") > 0
    # the first module's own values stay as it published them
    rows = _count(runs.warehouse, f"select count(*) from {FACT} where kpi_code in ({runs.only_first})")
    assert rows == runs.only_first_rows > 0


def test_the_fact_table_still_equals_a_full_refresh(runs: ModuleRuns) -> None:
    differences, full = compare_with_full_refresh(runs.warehouse)
    assert differences.total == 0, str(differences)
    assert full


def test_a_deferred_dev_run_reads_the_rest_from_production(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """README's state-based run on DuckDB: change int_kpi_values, build ``state:modified+`` in a
    dev schema (DBT_SCHEMA) deferring to production's manifest. The dev union reads the KPI
    models from production (the ones that exist there), so the dev fct_kpi_values holds what
    production publishes, and production is untouched. Production has also run its nightly
    ``staging_all`` (the entity dimensions that fct_kpi_values' relationship tests read)."""
    runs = _module_runs("duckdb", tmp_path_factory)
    warehouse = runs.warehouse
    _clean(warehouse.dbt(["build", "--selector", "staging_all"]))
    state = tmp_path_factory.mktemp("prod_state")
    shutil.copy(warehouse.project / "target" / "manifest.json", state / "manifest.json")
    model = warehouse.project / "models" / "intermediate" / "kpi_values" / "int_kpi_values.sql"
    model.write_text(model.read_text() + "-- changed in dev\n")
    prod_rows = _count(warehouse, f"select count(*) from {FACT}")
    monkeypatch.setenv("DBT_SCHEMA", "dev_sched")
    outcome = warehouse.dbt(["build", "--select", "state:modified+", "--defer", "--state", str(state)])
    _clean(outcome)
    # the union, the fact and what reads the fact: the KPI-vs-benchmark mart
    assert outcome.statuses["success"] == 3, outcome.statuses
    dev_fact = "dev_sched_marts.fct_kpi_values"
    assert _codes(warehouse, dev_fact) == _codes(warehouse)
    assert _count(warehouse, f"select count(*) from {dev_fact}") == prod_rows
    assert _count(warehouse, f"select count(*) from {FACT}") == prod_rows
