"""Collect every generated artifact and sync it to disk."""

from __future__ import annotations

from pathlib import Path

from definitions.catalog import Catalog
from generators.catalog_seeds import SEEDS_DIR, seed_tables
from generators.files import Plan, sync

OWNED_DIRS: list[str] = [SEEDS_DIR]


def artifacts(catalog: Catalog) -> dict[str, str]:
    """Relative path -> content of every generated file."""
    files: dict[str, str] = {}
    files.update(seed_tables(catalog))
    return files


def generate(catalog: Catalog, root: Path, *, check: bool = False) -> Plan:
    return sync(root, artifacts(catalog), OWNED_DIRS, check=check)
