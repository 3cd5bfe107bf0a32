"""Discover and parse the catalog's YAML files: one file per entity, one folder per
kind. Dropping a file into a folder registers it; there is no central list."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from definitions.calculation import CALCULATION_TYPES
from definitions.declined import DECLINED_FILE, DeclinedName, load_declined
from definitions.entities import Dimension, Industry, Module, ValueChain
from definitions.errors import Issue
from definitions.kpi import Kpi
from definitions.object_model import ObjectModel

CATALOG_ROOT = Path(__file__).resolve().parent
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's safe loader when PyYAML was built with it (about 10x faster), else the pure-Python one."""
KINDS: dict[str, type[BaseModel]] = {
    "industries": Industry,
    "value_chains": ValueChain,
    "modules": Module,
    "dimensions": Dimension,
    "object_models": ObjectModel,
    "kpis": Kpi,
}


@dataclass
class Loaded:
    """Everything read from disk, before relating: entities per kind, in file order."""

    root: Path
    entities: dict[str, list[Any]] = field(default_factory=dict)
    declined: list[DeclinedName] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)


def snake_case(code: str) -> str:
    return code.lower()


def display_path(path: Path) -> str:
    """A path as users see it: relative to the project when inside it."""
    try:
        return str(path.relative_to(CATALOG_ROOT.parent))
    except ValueError:
        return str(path)


_UNION_TAGS = {*CALCULATION_TYPES, "Measure", "KpiRef"}
"""Names pydantic puts in an error location for the member of a union; not fields."""
_VALIDATOR_TAG = re.compile(r"^function-(after|before|wrap|plain)\[")
"""pydantic's tag for a union member with a model validator (``function-after[_shape(), Measure]``)."""


def _field(loc: tuple[Any, ...]) -> str:
    parts: list[str] = []
    for item in loc:
        if isinstance(item, int):
            parts.append(f"[{item}]")
        elif item in _UNION_TAGS or _VALIDATOR_TAG.match(str(item)):
            continue
        else:
            parts.append(("." if parts else "") + str(item))
    return re.sub(r"\.\[", "[", "".join(parts))


def _parse_file(path: Path, model: type[BaseModel], issues: list[Issue]) -> Any | None:
    shown = display_path(path)
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
    except yaml.YAMLError as err:
        issues.append(Issue(shown, "", f"invalid YAML: {err}"))
        return None
    if not isinstance(raw, dict):
        issues.append(Issue(shown, "", "must be a mapping of fields"))
        return None
    try:
        entity = model.model_validate(raw)
    except ValidationError as err:
        for problem in err.errors():
            issues.append(Issue(shown, _field(problem["loc"]), problem["msg"]))
        return None
    entity._source = shown
    expected = f"{snake_case(entity.code)}.yml"
    if path.name != expected:
        issues.append(Issue(shown, "code", f"file of {entity.code} must be named {expected}"))
    return entity


def load_files(root: Path | None = None) -> Loaded:
    """Read every ``<kind>/*.yml`` under ``root`` (default: this package)."""
    base = (root or CATALOG_ROOT).resolve()
    loaded = Loaded(root=base)
    for kind, model in KINDS.items():
        folder = base / kind
        items: list[Any] = []
        if folder.is_dir():
            for path in sorted(folder.glob("*.yml")):
                entity = _parse_file(path, model, loaded.issues)
                if entity is not None:
                    items.append(entity)
        loaded.entities[kind] = items
    loaded.declined, issues = load_declined(base, display_path(base / DECLINED_FILE))
    loaded.issues.extend(issues)
    return loaded
