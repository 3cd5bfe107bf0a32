"""An incremental run of fct_kpi_values must leave exactly what a full refresh of the same
data leaves: after late data, after a correction older than any lookback, and after an
instance disappears. Every test compares the two row by row on DuckDB and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from definitions import setup_all_relationships
from generators.load.loader import Instance, load_instances
from generators.synth import generate_world
from tests.dbt_harness import ENGINES, ONE_KPI_PER_TYPE, Warehouse, clone_warehouse, fresh_warehouse, make_project

SCALE = 0.2
SEED = 7
AS_OF = dt.date(2025, 1, 15)
FACT = "analytics_marts.fct_kpi_values"
KEY = ("kpi_code", "grain", "period_start", "dimension", "dimension_value")
COMPARED = ("value", "numerator", "denominator", "kpi_value_key", "kpi_name", "unit", "direction", "is_complete")
"""Every column but the key and computed_at (period_end follows from the key, and is compared as text)."""
RUN = ["run", "--select", "+fct_kpi_values"]
"""Only what the fact table needs: no data tests, no catalog or module marts."""


def _project(dest: Path) -> Path:
    """The project of the catalog cut down to ``ONE_KPI_PER_TYPE``, with only the fact table and what it
    reads (the fact's SQL does not depend on which KPIs feed it)."""
    return make_project(dest, kpis=ONE_KPI_PER_TYPE, upstream_of=["fct_kpi_values"])


Key = tuple[Any, ...]
Values = tuple[Any, ...]


@dataclass
class Differences:
    missing: set[Key]
    """Keys a full refresh has and the incremental table lacks."""
    stale: set[Key]
    """Keys the incremental table still holds and a full refresh does not."""
    changed: set[Key]
    """Keys in both whose value, numerator, denominator or description (name, unit, direction,
    completeness, period end, one-column key) differ."""

    @property
    def total(self) -> int:
        return len(self.missing) + len(self.stale) + len(self.changed)

    def __str__(self) -> str:
        sample = sorted(self.missing | self.stale | self.changed, key=str)[:5]
        return f"{len(self.missing)} missing, {len(self.stale)} stale, {len(self.changed)} changed; e.g. {sample}"


def fact_rows(warehouse: Warehouse) -> dict[Key, Values]:
    rows = warehouse.query(f"select {', '.join(KEY)}, {', '.join(COMPARED)}, period_end from {FACT}")
    facts: dict[Key, Values] = {}
    for row in rows:
        key = (row[0], row[1], str(row[2])[:10], row[3], row[4])
        assert key not in facts, f"duplicate key {key}"
        facts[key] = (*row[5:-1], str(row[-1])[:10])
    return facts


def _same(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, (str, bool)):
        return bool(a == b)
    return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)


def compare_with_full_refresh(warehouse: Warehouse) -> tuple[Differences, dict[Key, Values]]:
    """Differences between the fact table as the incremental runs left it and a full
    refresh of it on the same upstream models; also returns the full-refresh rows."""
    incremental = fact_rows(warehouse)
    assert warehouse.dbt(["run", "--select", "fct_kpi_values", "--full-refresh"]).success
    full = fact_rows(warehouse)
    changed = {
        key
        for key in incremental.keys() & full.keys()
        if not all(_same(a, b) for a, b in zip(incremental[key], full[key], strict=True))
    }
    return Differences(full.keys() - incremental.keys(), incremental.keys() - full.keys(), changed), full


@pytest.fixture(scope="module")
def world() -> list[Instance]:
    return list(generate_world(scale=SCALE, seed=SEED))


def _load(warehouse: Warehouse, instances: list[Instance], batch_id: str, loaded_at: dt.datetime | None = None) -> int:
    report = load_instances(
        instances, warehouse.target, setup_all_relationships(), batch_id=batch_id, loaded_at=loaded_at
    )
    assert report.rejected == 0
    return report.inserted


@pytest.fixture(scope="module", params=ENGINES)
def built(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, world: list[Instance]
) -> Iterator[Warehouse]:
    """The whole world loaded and the fact table built once (its first build is a full one)."""
    project = _project(tmp_path_factory.mktemp(f"incremental_{request.param}"))
    warehouse = fresh_warehouse(project, request.param, "kpi_test_incr_base")
    _load(warehouse, world, "world")
    assert warehouse.dbt(RUN).success
    yield warehouse


def _later_than_every_load(warehouse: Warehouse) -> dt.datetime:
    latest = warehouse.query("select max(loaded_at) from raw.object_instances")[0][0]
    if isinstance(latest, str):
        latest = dt.datetime.fromisoformat(latest)
    return latest.replace(tzinfo=None) + dt.timedelta(hours=1)


@pytest.mark.parametrize("engine", ENGINES)
def test_as_of_sequence_equals_full_refresh(
    tmp_path_factory: pytest.TempPathFactory, world: list[Instance], engine: str
) -> None:
    """The world as known on 2025-01-15, built; then the rest of it, built incrementally."""
    project = _project(tmp_path_factory.mktemp(f"as_of_{engine}"))
    warehouse = fresh_warehouse(project, engine, "kpi_test_incr_as_of")
    _load(warehouse, list(generate_world(scale=SCALE, seed=SEED, as_of=AS_OF)), "as-of")
    assert warehouse.dbt(RUN).success
    assert _load(warehouse, world, "rest") > 0
    assert warehouse.dbt(RUN).success
    differences, _ = compare_with_full_refresh(warehouse)
    assert differences.total == 0, str(differences)


def _june_2024_won_opportunity(world: list[Instance]) -> Instance:
    for schema_ref, code, values in world:
        closed = values.get("closed_at") or ""
        if schema_ref == "OPPORTUNITY" and values["stage"] == "closed_won" and str(closed).startswith("2024-06"):
            return schema_ref, code, values
    raise AssertionError("the world has no opportunity won in June 2024")


def test_back_dated_correction_equals_full_refresh(built: Warehouse, world: list[Instance]) -> None:
    """A June-2024 opportunity, far older than any lookback, is corrected: lost, not won,
    and for another amount. The incremental run must carry the change everywhere."""
    warehouse = clone_warehouse(built, "kpi_test_incr_correction")
    schema_ref, code, values = _june_2024_won_opportunity(world)
    corrected = {
        **values,
        "stage": "closed_lost",
        "is_won": False,
        "forecast_category": "omitted",
        "loss_reason": "price",
        "amount": round(float(values["amount"]) * 1.5 + 1000, 2),
    }
    loaded_at = _later_than_every_load(warehouse)
    assert _load(warehouse, [(schema_ref, code, corrected)], "correction", loaded_at) == 1
    before = fact_rows(warehouse)
    assert warehouse.dbt(RUN).success
    differences, full = compare_with_full_refresh(warehouse)
    assert differences.total == 0, str(differences)
    june_win_rate = ("WIN_RATE", "month", "2024-06-01", "overall", "all")
    assert not _same(before[june_win_rate][0], full[june_win_rate][0]), "the correction must move June's win rate"


def _opportunity_with_rarest_partner(world: list[Instance]) -> str:
    by_partner: dict[str, list[str]] = {}
    for schema_ref, code, values in world:
        if schema_ref == "OPPORTUNITY" and values.get("partner_id"):
            by_partner.setdefault(values["partner_id"], []).append(code)
    rarest = min(by_partner.values(), key=lambda codes: (len(codes), sorted(codes)))
    return sorted(rarest)[0]


def test_deleted_instance_equals_full_refresh(built: Warehouse, world: list[Instance]) -> None:
    """An opportunity is deleted from the raw store, so the slices only it made (its
    partner's week, month, ... of creation) vanish: the incremental run must remove them."""
    warehouse = clone_warehouse(built, "kpi_test_incr_deletion")
    code = _opportunity_with_rarest_partner(world)
    warehouse.execute("delete from raw.object_instances where schema_ref = 'OPPORTUNITY' and code = ?", [code])
    before = fact_rows(warehouse)
    assert warehouse.dbt(RUN).success
    incremental = set(fact_rows(warehouse))
    differences, full = compare_with_full_refresh(warehouse)
    vanished = before.keys() - full.keys()
    assert vanished, "deleting the opportunity must make some KPI slices vanish"
    left_behind = vanished & incremental
    assert not left_behind, f"{len(left_behind)} of {len(vanished)} vanished keys left behind; {differences}"
    assert differences.total == 0, str(differences)
