"""Validate instances against their object models and append them to the raw store in
batches, streaming, with progress. Each line is checked on its own before it reaches a
batch, so a bad line is one row of the rejects table and never costs another line."""

from __future__ import annotations

import datetime as dt
import json
import resource
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generators.load.connections import Target, connect, ensure_postgres_database
from generators.load.digest import canonical_json, content_hash
from generators.load.lines import BLANK, read_lines
from generators.load.raw_store import RawStore
from generators.load.validate import Candidate, Rejected, validate

Instance = tuple[str, str, dict[str, Any]]


@dataclass
class LoadReport:
    seen: int = 0
    """Lines (or instances) read, blank lines included."""
    inserted: int = 0
    """Accepted and new: stored as a new version."""
    unchanged: int = 0
    """Accepted, but already stored with the same content."""
    rejected: int = 0
    blank: int = 0
    seconds: float = 0.0
    per_model: dict[str, int] = field(default_factory=dict)
    rejected_by_rule: Counter[str] = field(default_factory=Counter)

    @property
    def rows_per_second(self) -> float:
        return self.seen / self.seconds if self.seconds else 0.0

    @property
    def peak_rss_mb(self) -> float:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _candidates(instances: Iterable[Instance | Candidate]) -> Iterator[Candidate]:
    """Tuples (the synthetic world, tests) numbered in stream order; candidates as given."""
    for number, item in enumerate(instances, start=1):
        if isinstance(item, Candidate):
            yield item
            continue
        schema_ref, code, values = item
        yield Candidate(number, None, None, {"schema_ref": schema_ref, "code": code, "data_values": values})


def _open_store(target: Target) -> tuple[Any, Any]:
    """The connection to close after the load and the store of ``target``. Spark's store holds
    the process's session (one per load and process: a JVM start is slow)."""
    if target.engine == "spark":
        from generators.load.spark_store import SparkRawStore

        spark_store = SparkRawStore(target)
        return spark_store, spark_store
    conn = connect(target)
    return conn, RawStore(target, conn)


def load_instances(
    instances: Iterable[Instance | Candidate],
    target: Target,
    catalog: Any,
    *,
    batch_id: str,
    source: str | None = None,
    loaded_at: dt.datetime | None = None,
    batch_size: int = 25_000,
    on_batch: Callable[[LoadReport], None] | None = None,
) -> LoadReport:
    """Validate and append every instance; each invalid one is a row of the rejects table
    (keyed on ``source``, default ``batch_id``, its line number and content hash)."""
    if target.engine == "postgres":
        ensure_postgres_database(target)
    stamp = (loaded_at or dt.datetime.now(dt.UTC).replace(tzinfo=None)).isoformat(sep=" ")
    origin = source or batch_id
    report = LoadReport()
    started = time.perf_counter()
    conn, store = _open_store(target)
    store.create()
    rows: list[tuple[Any, ...]] = []
    rejects: list[tuple[Any, ...]] = []
    metadata_of: dict[str, str] = {}

    def flush() -> None:
        accepted = len(rows)
        inserted = store.append(rows, rejects)
        report.inserted += inserted
        report.unchanged += accepted - inserted
        rows.clear()
        rejects.clear()
        report.seconds = time.perf_counter() - started
        if on_batch is not None:
            on_batch(report)

    try:
        for candidate in _candidates(instances):
            report.seen += 1
            if candidate.rule == BLANK:
                report.blank += 1
                continue
            outcome = validate(catalog, candidate)
            if isinstance(outcome, Rejected):
                report.rejected += 1
                report.rejected_by_rule[outcome.rule] += 1
                rejects.append(
                    (
                        origin,
                        candidate.line,
                        candidate.digest,
                        outcome.schema_ref,
                        outcome.code,
                        outcome.field,
                        outcome.rule,
                        outcome.reason,
                        candidate.text,
                        stamp,
                        batch_id,
                    )
                )
            else:
                schema_ref, code, values = outcome
                report.per_model[schema_ref] = report.per_model.get(schema_ref, 0) + 1
                text = canonical_json(values)
                digest = content_hash(schema_ref, code, text)
                metadata = metadata_of.get(schema_ref)
                if metadata is None:
                    metadata = metadata_of[schema_ref] = json.dumps(
                        {"type": "instance", "schema_ref": schema_ref, "batch_id": batch_id}, sort_keys=True
                    )
                rows.append(
                    (schema_ref, code, text, metadata, stamp, batch_id, digest, candidate.line, None)
                )  # no name
            if len(rows) + len(rejects) >= batch_size:
                flush()
        flush()
    finally:
        conn.close()
    report.seconds = time.perf_counter() - started
    return report


def read_jsonl(path: str | Path) -> Iterator[Candidate]:
    """Candidates from a file of JSON lines ``{"schema_ref", "code", "data_values"}``: the
    path real data takes into the raw store. Blank lines are counted but yield nothing."""
    with open(path, "rb") as handle:
        for line in read_lines(handle):
            yield Candidate(line.number, line.digest, line.text, line.record, line.rule, line.message)
