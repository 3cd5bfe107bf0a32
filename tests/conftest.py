"""Shared fixtures: a copy of the small fixture catalog that a test may break."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.dbt_harness import drop_run_databases

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


@pytest.fixture(scope="session", autouse=True)
def _drop_run_databases() -> Iterator[None]:
    """Every PostgreSQL database a test created is dropped when the session ends."""
    yield
    drop_run_databases()
