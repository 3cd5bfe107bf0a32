"""Validate instances against their object models and append them to the raw store in
batches, streaming, with progress."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import resource
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from definitions.catalog import Catalog
from definitions.errors import UnknownCodeError
from definitions.instances import instance_errors
from generators.load.connections import Target, connect, ensure_postgres_database
from generators.load.raw_store import RawStore

Instance = tuple[str, str, dict[str, Any]]


@dataclass
class LoadReport:
    seen: int = 0
    inserted: int = 0
    rejected: int = 0
    seconds: float = 0.0
    per_model: dict[str, int] = field(default_factory=dict)

    @property
    def rows_per_second(self) -> float:
        return self.seen / self.seconds if self.seconds else 0.0

    @property
    def peak_rss_mb(self) -> float:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _canonical(values: dict[str, Any]) -> str:
    return json.dumps(values, sort_keys=True, separators=(",", ":"), default=str)


def _check(catalog: Catalog, schema_ref: str, values: dict[str, Any]) -> str | None:
    try:
        schema = catalog.get_object_model(schema_ref)
    except UnknownCodeError as err:
        return str(err)
    errors = instance_errors(schema, values)
    return "; ".join(errors) if errors else None


def load_instances(
    instances: Iterable[Instance],
    target: Target,
    catalog: Catalog,
    *,
    batch_id: str,
    loaded_at: dt.datetime | None = None,
    batch_size: int = 25_000,
    on_batch: Callable[[LoadReport], None] | None = None,
) -> LoadReport:
    """Validate and append every instance; invalid ones go to the rejects table."""
    if target.engine == "postgres":
        ensure_postgres_database(target)
    stamp = (loaded_at or dt.datetime.now(dt.UTC).replace(tzinfo=None)).isoformat(sep=" ")
    report = LoadReport()
    started = time.perf_counter()
    conn = connect(target)
    store = RawStore(target, conn)
    store.create()
    rows: list[tuple[Any, ...]] = []
    rejects: list[tuple[Any, ...]] = []

    def flush() -> None:
        report.inserted += store.append(rows, rejects)
        rows.clear()
        rejects.clear()
        report.seconds = time.perf_counter() - started
        if on_batch is not None:
            on_batch(report)

    for schema_ref, code, values in instances:
        report.seen += 1
        text = _canonical(values)
        problem = _check(catalog, schema_ref, values)
        if problem is not None:
            report.rejected += 1
            rejects.append((schema_ref, code, text, problem, stamp, batch_id))
        else:
            report.per_model[schema_ref] = report.per_model.get(schema_ref, 0) + 1
            digest = hashlib.sha256(f"{schema_ref}|{code}|{text}".encode()).hexdigest()
            metadata = json.dumps({"type": "instance", "schema_ref": schema_ref, "batch_id": batch_id}, sort_keys=True)
            rows.append((schema_ref, code, text, metadata, stamp, batch_id, digest))
        if len(rows) + len(rejects) >= batch_size:
            flush()
    flush()
    conn.close()
    report.seconds = time.perf_counter() - started
    return report


def read_jsonl(path: str) -> Iterable[Instance]:
    """Instances from a file of JSON lines ``{"schema_ref", "code", "data_values"}``:
    the path real data takes into the raw store."""
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                yield str(record["schema_ref"]), str(record["code"]), dict(record["data_values"])
            except (ValueError, KeyError, TypeError) as err:
                yield "<invalid>", f"{path}:{number}", {"_error": f"line {number}: {err}"}
