"""Declined KPI names: names users expect (the seed's KPI names) that the catalog does not
define as a KPI, each with its reason. One file, ``declined_kpi_names.yml``, a list of
entries; every problem names the file, the entry's line and the field."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from definitions.errors import Issue
from definitions.text import Alias, Code

DECLINED_FILE = "declined_kpi_names.yml"

Reason = Literal["not_measurable", "too_vague", "same_as"]
REASONS: dict[str, str] = {
    "not_measurable": "not measurable from CRM data",
    "too_vague": "too vague to define",
    "same_as": "the same as another KPI",
}


class DeclinedName(BaseModel):
    """One declined name: where the seed lists it, why it is declined, and (for
    ``same_as``) the KPI it duplicates."""

    model_config = ConfigDict(extra="forbid")

    name: Alias
    module_codes: list[Code] = Field(alias="modules", min_length=1)
    reason: Reason
    kpi: Code | None = Field(default=None, description="with reason same_as: the KPI it duplicates")
    explanation: str = Field(min_length=10, max_length=600)
    _source: str = ""

    @model_validator(mode="after")
    def _same_as_names_a_kpi(self) -> DeclinedName:
        if (self.reason == "same_as") != (self.kpi is not None):
            raise ValueError("'kpi' is set exactly when reason is 'same_as'")
        return self

    @property
    def source(self) -> str:
        return self._source


def load_declined(root: Path, shown: str) -> tuple[list[DeclinedName], list[Issue]]:
    """The entries of ``root/declined_kpi_names.yml`` (none when the file is absent)."""
    path = root / DECLINED_FILE
    if not path.exists():
        return [], []
    try:
        node = yaml.compose(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as err:
        return [], [Issue(shown, "", f"invalid YAML: {err}")]
    if node is None:
        return [], []
    if not isinstance(node, yaml.SequenceNode):
        return [], [Issue(shown, "", "must be a list of declined names")]
    entries: list[DeclinedName] = []
    issues: list[Issue] = []
    for index, item in enumerate(node.value):
        where = f"{shown}:{item.start_mark.line + 1}"
        raw: Any = yaml.safe_load(yaml.serialize(item))
        if not isinstance(raw, dict):
            issues.append(Issue(where, f"[{index}]", "must be a mapping of fields"))
            continue
        try:
            entry = DeclinedName.model_validate(raw)
        except ValidationError as err:
            for problem in err.errors():
                loc = ".".join(str(part) for part in problem["loc"])
                issues.append(Issue(where, f"[{index}].{loc}" if loc else f"[{index}]", problem["msg"]))
            continue
        entry._source = where
        entries.append(entry)
    return entries, issues


def check_declined(catalog: Any) -> Iterator[Issue]:
    """Each declined name is declined once, is not also a KPI's code, name or alias, and
    names known modules (and, for ``same_as``, a known KPI)."""
    from definitions.catalog import alias_key

    seen: dict[str, str] = {}
    for entry in catalog.declined:
        key = alias_key(entry.name)
        first = seen.setdefault(key, entry.source)
        if first != entry.source:
            yield Issue(entry.source, "name", f"{entry.name!r} is declined twice (also at {first})")
        owner = catalog._kpi_aliases.get(key)
        if owner is not None:
            yield Issue(entry.source, "name", f"{entry.name!r} names KPI {owner}; a declined name must not resolve")
        for code in entry.module_codes:
            if code not in catalog.modules:
                yield Issue(entry.source, "modules", f"unknown module {code!r}")
        if entry.kpi is not None and entry.kpi not in catalog.kpis:
            yield Issue(entry.source, "kpi", f"unknown KPI {entry.kpi!r}")
