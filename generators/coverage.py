"""How well the catalog covers the KPI names users expect: per module, the seed's names
(``seed_kpi_names.csv``: name, modules, formula_as_published) that resolve to a catalog
KPI through ``get_kpi()``, those declined with a reason, and those unaccounted for."""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass, field
from pathlib import Path

from definitions.catalog import Catalog, alias_key
from definitions.errors import UnknownCodeError

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SEED_NAMES_ENV = "KPI_SEED_NAMES"
DEFAULT_SEED_NAMES = PROJECT_ROOT.parent / "shared" / "reference" / "seed_kpi_names.csv"


def seed_names_path() -> Path:
    """``$KPI_SEED_NAMES``, else ``../shared/reference/seed_kpi_names.csv`` beside the project."""
    return Path(os.environ.get(SEED_NAMES_ENV) or DEFAULT_SEED_NAMES)


def read_seed_names(path: Path) -> list[tuple[str, list[str]]]:
    """(name, modules) of every row; modules are separated by spaces or semicolons."""
    with path.open(newline="", encoding="utf-8") as handle:
        return [(row["name"], row["modules"].replace(";", " ").split()) for row in csv.DictReader(handle)]


@dataclass
class ModuleCoverage:
    module: str
    kpis: int
    target: int
    resolved: list[tuple[str, str]] = field(default_factory=list)
    declined: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    @property
    def names(self) -> int:
        return len(self.resolved) + len(self.declined) + len(self.missing)

    @property
    def share(self) -> float:
        return len(self.resolved) / self.names if self.names else 1.0


def module_coverage(catalog: Catalog, seed: list[tuple[str, list[str]]]) -> dict[str, ModuleCoverage]:
    declined = {alias_key(entry.name) for entry in catalog.declined}
    report = {
        code: ModuleCoverage(code, sum(code in k.module_codes for k in catalog.kpis.values()), m.target_kpi_count)
        for code, m in sorted(catalog.modules.items())
    }
    for name, modules in seed:
        try:
            resolved: str | None = catalog.get_kpi(name).code
        except UnknownCodeError:
            resolved = None
        for module in modules:
            entry = report.get(module)
            if entry is None:
                continue
            if resolved is not None:
                entry.resolved.append((name, resolved))
            elif alias_key(name) in declined:
                entry.declined.append(name)
            else:
                entry.missing.append(name)
    return report
