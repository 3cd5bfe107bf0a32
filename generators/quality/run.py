"""``analytics check-data``: snapshot the current instances, validate them with GX, report."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from definitions.catalog import Catalog
from generators.load.connections import Target, connect
from generators.load.raw_store import INSTANCES
from generators.quality.report import Report, read_result
from generators.quality.snapshot import setup_statements, snapshot_statements
from generators.quality.suites import build_suites

Say = Callable[[str], None]


class NoRawStore(Exception):
    """The target has no raw instance store to check."""


def _has_raw_store(cur: object, engine: str) -> bool:
    try:
        cur.execute(f"select 1 from {INSTANCES} limit 1")  # type: ignore[attr-defined]
        return True
    except Exception:
        return False


def write_snapshots(target: Target, catalog: Catalog, say: Say) -> None:
    """One raw_quality table per object model with its current, typed instances."""
    conn = connect(target)
    try:
        cur = conn.cursor()
        if not _has_raw_store(cur, target.engine):
            raise NoRawStore(f"no raw store {INSTANCES} in {target.describe()}: load data first")
        if target.engine == "postgres":
            conn.rollback()
        for statement in setup_statements(target.engine):
            cur.execute(statement)
        models = sorted(catalog.object_models.values(), key=lambda m: m.code)
        for n, model in enumerate(models, 1):
            for statement in snapshot_statements(target.engine, model):
                cur.execute(statement)
            if n % 20 == 0 or n == len(models):
                say(f"  snapshot {n}/{len(models)} models")
        conn.commit()
    finally:
        conn.close()


class UnknownModel(Exception):
    """A model to check is not an object model of the catalog."""


def check_data(target: Target, catalog: Catalog, docs_dir: Path, say: Say, models: list[str] | None = None) -> Report:
    """Check the landing zone of ``target`` against the catalog's expectations: every object
    model, or only ``models`` (codes; the snapshots of all are written, for references)."""
    started = time.perf_counter()
    suites = build_suites(catalog)
    if models:
        unknown = sorted(set(models) - {s.code for s in suites})
        if unknown:
            raise UnknownModel(f"not an object model of the catalog: {', '.join(unknown)}")
        suites = [s for s in suites if s.code in models]
    write_snapshots(target, catalog, say)
    say(f"  snapshots written ({time.perf_counter() - started:.0f}s)")
    from generators.quality.gx_context import build_checkpoint, close

    docs_dir.mkdir(parents=True, exist_ok=True)

    def progress(n: int, total: int, name: str) -> None:
        say(f"  model {n}/{total} {name} ({time.perf_counter() - started:.0f}s)")

    checkpoint = build_checkpoint(target, suites, docs_dir, progress)
    try:
        result = checkpoint.run()
    finally:
        close(checkpoint)
    evaluated, failures = read_result(result)
    return Report(
        models=len(suites),
        expectations=evaluated,
        failures=failures,
        seconds=time.perf_counter() - started,
        docs=str(docs_dir / "index.html"),
    )
