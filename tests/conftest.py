"""Shared fixtures: a copy of the small fixture catalog that a test may break, and the demo
warehouse built once per session and engine."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.dbt_harness import ENGINES, drop_run_databases
from tests.demo_build import Built, build_demo

FIXTURES = Path(__file__).parent / "fixtures"
MINI = FIXTURES / "mini_catalog"


@pytest.fixture
def mini_root(tmp_path: Path) -> Path:
    """A writable copy of tests/fixtures/mini_catalog."""
    root = tmp_path / "catalog"
    shutil.copytree(MINI, root)
    return root


Editor = Callable[[str, Callable[[dict[str, Any]], None]], None]


@pytest.fixture
def edit(mini_root: Path) -> Editor:
    """edit("object_models/lead.yml", fn) applies fn to the parsed file and writes it back."""

    def apply(rel: str, change: Callable[[dict[str, Any]], None]) -> None:
        path = mini_root / rel
        data = yaml.safe_load(path.read_text())
        change(data)
        path.write_text(yaml.safe_dump(data, sort_keys=False))

    return apply


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist reads the marks
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Under pytest-xdist (``make test`` runs ``-n 2 --dist loadgroup``) the tests that share
    an expensive build stay on one worker, which builds it once: every test of the demo
    warehouse of an engine, and the tests of one file on one engine (a file's warehouse per
    engine). Groups are placed on workers whole, the largest first."""
    for item in items:
        item.add_marker(pytest.mark.xdist_group(_build_group(item)))


def _build_group(item: pytest.Item) -> str:
    callspec = getattr(item, "callspec", None)
    params = callspec.params if callspec else {}
    names = getattr(item, "fixturenames", ())
    if "demo_built" in names or "demo_duckdb" in names:
        return f"demo_{params.get('demo_built', 'duckdb')}"
    engine = next((value for value in params.values() if isinstance(value, str) and value in ENGINES), "duckdb")
    return f"{item.path.stem}_{engine}"


@pytest.fixture(scope="session", autouse=True)
def _drop_run_databases() -> Iterator[None]:
    """Every PostgreSQL database a test created is dropped when the session ends."""
    yield
    drop_run_databases()


_DEMO: dict[str, Built] = {}


def _demo(engine: str, tmp_path_factory: pytest.TempPathFactory) -> Built:
    if engine not in _DEMO:
        _DEMO[engine] = build_demo(tmp_path_factory.mktemp(f"demo_{engine}"), engine)
    return _DEMO[engine]


@pytest.fixture(scope="session", params=ENGINES)
def demo_built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Built:
    """The demo world loaded and ``dbt build`` run on it, once per engine and session.

    Tests may read it and run further read-only dbt commands; a test that changes the data
    or the models builds its own warehouse."""
    return _demo(request.param, tmp_path_factory)


@pytest.fixture(scope="session")
def demo_duckdb(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """The same DuckDB demo warehouse, for checks that only DuckDB runs (MetricFlow)."""
    return _demo("duckdb", tmp_path_factory)
