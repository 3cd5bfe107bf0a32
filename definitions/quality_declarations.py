"""Checks of the declarations the landing-zone data checks read: attribute bounds
(``minimum`` / ``maximum``) and an object model's ``time_order`` pairs."""

from __future__ import annotations

from collections.abc import Iterator

from definitions.catalog import Catalog
from definitions.errors import Issue
from definitions.object_model import ObjectModel

NUMERIC_TYPES = ("integer", "decimal")
DATED_TYPES = ("date", "timestamp")


def check_bounds(model: ObjectModel) -> Iterator[Issue]:
    """A bound only on a numeric attribute, and never a minimum above the maximum."""
    for i, attribute in enumerate(model.attributes):
        for bound in ("minimum", "maximum"):
            value = getattr(attribute, bound)
            if value is not None and attribute.type not in NUMERIC_TYPES:
                yield Issue(
                    model.source,
                    f"attributes[{i}].{bound}",
                    f"{attribute.name!r} is {attribute.type}: only integer and decimal attributes take a {bound}",
                )
        low, high = attribute.minimum, attribute.maximum
        if low is not None and high is not None and low > high:
            yield Issue(
                model.source,
                f"attributes[{i}].minimum",
                f"{attribute.name!r}: minimum {low} is above maximum {high}",
            )


def check_time_order(model: ObjectModel) -> Iterator[Issue]:
    """Each pair names two different date/timestamp attributes, is declared once and in one
    direction, and the pairs form no cycle (a before b before ... before a)."""
    seen: dict[tuple[str, str], int] = {}
    edges: dict[str, list[str]] = {}
    for i, pair in enumerate(model.time_order):
        where = f"time_order[{i}]"
        broken = False
        for end in ("earlier", "later"):
            name = getattr(pair, end)
            attribute = model.attribute(name)
            if attribute is None:
                yield Issue(model.source, f"{where}.{end}", f"{name!r} is not an attribute of {model.code}")
                broken = True
            elif attribute.type not in DATED_TYPES:
                yield Issue(
                    model.source, f"{where}.{end}", f"{name!r} is {attribute.type}, not a date or timestamp attribute"
                )
                broken = True
        if broken:
            continue
        if pair.earlier == pair.later:
            yield Issue(model.source, where, f"{pair.earlier!r} is ordered against itself")
            continue
        key = (pair.earlier, pair.later)
        if key in seen:
            yield Issue(
                model.source, where, f"{pair.earlier} -> {pair.later} is declared twice (also time_order[{seen[key]}])"
            )
            continue
        back = seen.get((pair.later, pair.earlier))
        if back is not None:
            yield Issue(
                model.source,
                where,
                f"{pair.earlier} -> {pair.later} is also declared the other way round (time_order[{back}])",
            )
            continue
        seen[key] = i
        edges.setdefault(pair.earlier, []).append(pair.later)
    cycle = _cycle(edges)
    if cycle:
        yield Issue(model.source, "time_order", "cycle among time-ordered attributes: " + " -> ".join(cycle))


def _cycle(edges: dict[str, list[str]]) -> list[str]:
    """One cycle of the directed graph ``edges`` as a closed path, or an empty list."""
    state: dict[str, int] = {}

    def visit(node: str, path: list[str]) -> list[str]:
        state[node] = 1
        for nxt in edges.get(node, []):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state:
                found = visit(nxt, [*path, nxt])
                if found:
                    return found
        state[node] = 2
        return []

    for node in sorted(edges):
        if node not in state:
            found = visit(node, [node])
            if found:
                return found
    return []


def check_quality_declarations(catalog: Catalog) -> Iterator[Issue]:
    for model in catalog.object_models.values():
        yield from check_bounds(model)
        yield from check_time_order(model)
