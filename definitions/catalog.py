"""The related catalog: entities by code, lookups with suggestions, and the links
derived from the side that declares them."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from definitions.calculation import Input, KpiRef
from definitions.declined import DeclinedName
from definitions.entities import Dimension, Industry, Module, ValueChain
from definitions.errors import UnknownCodeError
from definitions.kpi import Kpi
from definitions.object_model import ObjectModel, Relationship


def calculation_inputs(kpi: Kpi) -> Iterator[tuple[str, Any]]:
    """Every input of a KPI's calculation as (field path, Measure | KpiRef | other spec)."""
    calc = kpi.calculation
    if calc.type == "simple":
        yield "calculation.measure", calc.measure
    elif calc.type == "ratio":
        yield "calculation.numerator", calc.numerator
        yield "calculation.denominator", calc.denominator
    elif calc.type in ("derived", "per_entity"):
        for name, item in calc.inputs.items():
            yield f"calculation.inputs.{name}", item
        if calc.type == "per_entity" and calc.compare is not None and calc.compare.group is not None:
            yield "calculation.compare.group", calc.compare.group
    elif calc.type in ("growth", "cumulative"):
        yield "calculation.input", calc.input
    elif calc.type == "conversion":
        yield "calculation.base", calc.base
        yield "calculation.conversion", calc.conversion
    elif calc.type == "before_after":
        yield "calculation.event", calc.event
        yield "calculation.numerator", calc.numerator
        if calc.denominator is not None:
            yield "calculation.denominator", calc.denominator
    else:  # snapshot, retention: the calculation itself reads one object model
        yield "calculation", calc


def input_objects(item: Input | Any) -> list[str]:
    """Object models an input reads directly (none for a KPI reference)."""
    if isinstance(item, KpiRef):
        return []
    return [item.object]


@dataclass
class Catalog:
    """All entities, keyed by code, bound to this catalog."""

    root: Path
    industries: dict[str, Industry] = field(default_factory=dict)
    value_chains: dict[str, ValueChain] = field(default_factory=dict)
    modules: dict[str, Module] = field(default_factory=dict)
    dimensions: dict[str, Dimension] = field(default_factory=dict)
    object_models: dict[str, ObjectModel] = field(default_factory=dict)
    kpis: dict[str, Kpi] = field(default_factory=dict)
    declined: list[DeclinedName] = field(default_factory=list)
    _aliases: dict[str, str] = field(default_factory=dict)
    _kpi_aliases: dict[str, str] = field(default_factory=dict)
    _relationships: dict[str, list[tuple[str, Relationship]]] = field(default_factory=dict)
    _object_kpis: dict[str, list[str]] = field(default_factory=dict)

    def bind(self) -> None:
        """Point every entity at this catalog and derive the reverse links."""
        for group in self.groups().values():
            for entity in group.values():
                entity._catalog = self
        self._aliases = _alias_index(self.object_models.values())
        self._kpi_aliases = _alias_index(self.kpis.values())
        self._relationships = {code: [] for code in self.object_models}
        for model in self.object_models.values():
            for rel in model.relationships:
                self._relationships[model.code].append((model.code, rel))
                if rel.target in self._relationships and rel.target != model.code:
                    self._relationships[rel.target].append((model.code, rel))
        self._object_kpis = {code: [] for code in self.object_models}
        for kpi in self.kpis.values():
            for _, item in calculation_inputs(kpi):
                for obj in input_objects(item):
                    users = self._object_kpis.setdefault(obj, [])
                    if kpi.code not in users:
                        users.append(kpi.code)

    def groups(self) -> dict[str, dict[str, Any]]:
        return {
            "industry": self.industries,
            "value chain": self.value_chains,
            "module": self.modules,
            "dimension": self.dimensions,
            "object model": self.object_models,
            "KPI": self.kpis,
        }

    def relationships_of(self, code: str) -> list[tuple[str, Relationship]]:
        return list(self._relationships.get(code, []))

    def kpis_of_object_model(self, code: str) -> list[str]:
        return list(self._object_kpis.get(code, []))

    def kpi_dependencies(self, kpi: Kpi) -> list[str]:
        return [item.kpi for _, item in calculation_inputs(kpi) if isinstance(item, KpiRef)]

    def kpi_grains(self, kpi: Kpi, _seen: frozenset[str] = frozenset()) -> tuple[str, ...]:
        """The grains a KPI has values at: its declared ``grains`` (default every grain),
        narrowed to the grains of the KPIs it reads (a KPI of quota attainment has no week,
        so neither has one built on it) and, for a to-date running total, to the grains not
        coarser than its reset period. Unknown KPIs and cycles narrow nothing (validation
        reports them)."""
        grains = list(kpi.declared_grains)
        calc = kpi.calculation
        if calc.type == "cumulative" and calc.to_date is not None:
            order = ("week", "month", "quarter", "year")
            grains = [g for g in grains if order.index(g) <= order.index(calc.to_date)]
        for code in self.kpi_dependencies(kpi):
            ref = self.kpis.get(code)
            if ref is not None and code not in _seen:
                offered = self.kpi_grains(ref, _seen | {kpi.code})
                grains = [g for g in grains if g in offered]
        return tuple(grains)

    def _lookup(self, kind: str, table: dict[str, Any], code: str) -> Any:
        found = table.get(code)
        if found is not None:
            return found
        upper = code.upper().replace(" ", "_").replace("-", "_") if isinstance(code, str) else ""
        if upper in table:
            return table[upper]
        raise UnknownCodeError(kind, code, suggest(code, table))

    def get_industry(self, code: str) -> Industry:
        return self._lookup("industry", self.industries, code)

    def get_value_chain(self, code: str) -> ValueChain:
        return self._lookup("value chain", self.value_chains, code)

    def get_module(self, code: str) -> Module:
        return self._lookup("module", self.modules, code)

    def get_dimension(self, code: str) -> Dimension:
        return self._lookup("dimension", self.dimensions, code)

    def get_kpi(self, code: str) -> Kpi:
        """By code, or by name or alias (``"Win Rate"``, ``"Close Rate"`` give WIN_RATE)."""
        return self._resolve("KPI", self.kpis, self._kpi_aliases, code)

    def get_object_model(self, code: str) -> ObjectModel:
        """By code, or by name or alias (``"Customer Account"`` gives ACCOUNT)."""
        return self._resolve("object model", self.object_models, self._aliases, code)

    def _resolve(self, kind: str, table: dict[str, Any], aliases: dict[str, str], code: str) -> Any:
        if code in table:
            return table[code]
        resolved = aliases.get(alias_key(code))
        if resolved is not None:
            return table[resolved]
        return self._lookup(kind, table, code)

    def instance(self, schema_ref: str, code: str, data_values: dict[str, Any]) -> ObjectModel:
        """A validated instance of ``schema_ref`` (raises naming the field and rule)."""
        schema = self.get_object_model(schema_ref)
        return ObjectModel.model_validate(
            {
                "name": f"{schema.name} {code}",
                "code": code,
                "data_values": data_values,
                "metadata_": {"type": "instance", "schema_ref": schema.code},
            },
            context={"catalog": self},
        )


def alias_key(name: str) -> str:
    """What a lookup by name compares: lowercase letters and digits only."""
    return "".join(ch for ch in name.lower() if ch.isalnum())


def _alias_index(entities: Iterable[Any]) -> dict[str, str]:
    """Code by the lookup key of each entity's name and aliases."""
    return {alias_key(alias): entity.code for entity in entities for alias in [entity.name, *entity.aliases]}


def suggest(code: str, table: dict[str, Any], limit: int = 3) -> list[str]:
    """The closest existing codes to ``code``."""
    key = str(code).upper()
    close = difflib.get_close_matches(key, list(table), n=limit, cutoff=0.5)
    if close:
        return close
    return [c for c in table if key and (key in c or c in key)][:limit]
