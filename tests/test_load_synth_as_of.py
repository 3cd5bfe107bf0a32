"""``synth --as-of D`` yields exactly the part of the full world known on D.

"Known on D", precisely: every instance of the as-of world exists in the full world under
the same (schema_ref, code), and the moment it came into being (its first time attribute
with a value: opened_at, occurred_at, sent_at, created_at, ...) is the same in both worlds,
because what had happened by D cannot move later. Its other values may differ: an
opportunity open on D is closed later, a ticket pending on D is resolved later, and
``last_*`` attributes move on. Snapshot dates that are D by definition are the exception
(``PRODUCT_ADOPTION.measured_date`` is the day of measurement, D in the as-of world)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from definitions import setup_all_relationships
from generators.synth import generate_world

MEASURED_ON_D = {("PRODUCT_ADOPTION", "measured_date")}


@pytest.fixture(scope="module")
def full_world() -> dict[tuple[str, str], dict[str, Any]]:
    return {(model, code): values for model, code, values in generate_world(scale=0.2, seed=7)}


@pytest.mark.parametrize("as_of", [dt.date(2024, 6, 30), dt.date(2025, 3, 15)])
def test_as_of_world_is_the_full_world_known_on_that_day(
    full_world: dict[tuple[str, str], dict[str, Any]], as_of: dt.date
) -> None:
    catalog = setup_all_relationships()
    phantoms: list[tuple[str, str]] = []
    moved: list[tuple[str, str, str, Any, Any]] = []
    for model, code, values in generate_world(scale=0.2, seed=7, as_of=as_of):
        full = full_world.get((model, code))
        if full is None:
            phantoms.append((model, code))
            continue
        times = catalog.object_models[model].time_attributes
        first = next((name for name in times if values.get(name) is not None), None)
        if first is not None and (model, first) not in MEASURED_ON_D and values[first] != full.get(first):
            moved.append((model, code, first, values[first], full.get(first)))
    assert phantoms == []
    assert moved == []
