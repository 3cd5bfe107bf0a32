"""The default catalog, loaded once, and the seed's usage API."""

from __future__ import annotations

from pathlib import Path

from definitions.catalog import Catalog
from definitions.entities import Industry, Module, ValueChain
from definitions.errors import CatalogError, Issue
from definitions.kpi import Kpi
from definitions.loader import load_files
from definitions.object_model import ObjectModel
from definitions.validation import build_catalog, validate

_default: Catalog | None = None


def load_catalog(root: Path | None = None) -> tuple[Catalog, list[Issue]]:
    """Load and validate a catalog; return it with every issue found."""
    catalog, issues = build_catalog(load_files(root))
    issues.extend(validate(catalog))
    return catalog, sorted(set(issues))


def setup_all_relationships(root: Path | None = None, *, reload: bool = False) -> Catalog:
    """Load the catalog, relate every entity, and raise CatalogError if it is invalid.
    Without ``root`` the project's catalog is loaded once and cached."""
    global _default
    if root is not None:
        catalog, issues = load_catalog(root)
        if issues:
            raise CatalogError(issues)
        return catalog
    if _default is None or reload:
        catalog, issues = load_catalog()
        if issues:
            raise CatalogError(issues)
        _default = catalog
    return _default


def get_module(code: str) -> Module:
    return setup_all_relationships().get_module(code)


def get_kpi(code: str) -> Kpi:
    return setup_all_relationships().get_kpi(code)


def get_object_model(code: str) -> ObjectModel:
    return setup_all_relationships().get_object_model(code)


def get_value_chain(code: str) -> ValueChain:
    return setup_all_relationships().get_value_chain(code)


def get_industry(code: str) -> Industry:
    return setup_all_relationships().get_industry(code)


def get_all_kpis() -> list[Kpi]:
    return list(setup_all_relationships().kpis.values())


def get_all_modules() -> list[Module]:
    return list(setup_all_relationships().modules.values())


def get_all_object_models() -> list[ObjectModel]:
    return list(setup_all_relationships().object_models.values())
