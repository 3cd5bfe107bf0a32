"""Correctness tests of catalog KPIs: the real catalog's project, a small hand-made dataset
loaded into a real DuckDB file or PostgreSQL database, and dbt run on just the KPI models
under test and what they need (``+kpi_<code>``).

A test module builds one warehouse per engine with :func:`catalog_warehouse` and compares
``Warehouse.kpi()`` / ``Warehouse.kpi_row()`` with values worked out by hand in the test.
The project is generated from the real catalog cut down to the KPIs under test (and the KPIs
they read), once per KPI set and session, so dbt parses a few dozen models instead of the
whole project; every warehouse has its own DuckDB file or PostgreSQL database."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from tests.dbt_harness import Warehouse, fresh_warehouse, load, make_project, vars_arg

Instance = tuple[str, str, dict[str, Any]]
_PROJECT: dict[frozenset[str], Path] = {}


def catalog_project(tmp_path_factory: pytest.TempPathFactory, kpis: Iterable[str]) -> Path:
    """The dbt project of the real catalog cut down to ``kpis``, generated once per session."""
    key = frozenset(kpis)
    if key not in _PROJECT:
        _PROJECT[key] = make_project(
            tmp_path_factory.mktemp("catalog_project"), kpis=key, upstream_of=[f"kpi_{code.lower()}" for code in key]
        )
    return _PROJECT[key]


def catalog_warehouse(
    tmp_path_factory: pytest.TempPathFactory,
    engine: str,
    name: str,
    dataset: Iterable[Instance],
    kpis: Iterable[str],
    calendar: dict[str, str],
) -> Warehouse:
    """A warehouse named ``name`` holding ``dataset``, with the models of ``kpis`` (codes)
    and everything upstream of them built by ``dbt run`` over ``calendar``."""
    codes = list(kpis)
    warehouse = fresh_warehouse(catalog_project(tmp_path_factory, codes), engine, name)
    load(warehouse, dataset, None)
    selectors = [f"+kpi_{code.lower()}" for code in codes]
    outcome = warehouse.dbt(["run", "--select", *selectors, *vars_arg(calendar)])
    assert outcome.success, outcome.failures
    return warehouse
