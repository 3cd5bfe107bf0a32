"""Benchmarks (``make bench``): wall time and peak memory of each stage, measured, not asserted.

Each stage runs as a child process; its peak RSS comes from that child's own rusage."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from definitions.registry import setup_all_relationships
from generators.dbt.plan import plan_project

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
OUT = ROOT / ".bench"
PG_DATABASE = f"kpi_bench_{os.getpid()}"


@dataclass
class Stage:
    name: str
    seconds: float
    peak_mb: float
    note: str = ""


def run(name: str, args: list[str], env: dict[str, str] | None = None, note: str = "") -> Stage:
    started = time.perf_counter()
    log = (OUT / f"{name.replace(' ', '_').replace('/', '_')}.log").open("w")
    proc = subprocess.Popen(args, cwd=ROOT, env={**os.environ, **(env or {})}, stdout=log, stderr=subprocess.STDOUT)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        note = f"FAILED (see .bench/{Path(log.name).name}) {note}"
    return Stage(name, seconds, usage.ru_maxrss / 1024, note)


def drop_bench_database() -> None:
    if shutil.which("psql") is None:
        return
    host, user = os.environ.get("PGHOST", "127.0.0.1"), os.environ.get("PGUSER", "postgres")
    drop = f"drop database if exists {PG_DATABASE} with (force)"
    subprocess.run(["psql", "-h", host, "-U", user, "-qc", drop], check=False, capture_output=True)


def catalog_load_seconds(repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        setup_all_relationships(reload=True)
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    OUT.mkdir(exist_ok=True)
    scale = os.environ.get("BENCH_SCALE", "1")
    duck = str(OUT / "bench.duckdb")
    Path(duck).unlink(missing_ok=True)
    drop_bench_database()
    duck_env = {"DUCKDB_PATH": duck}
    pg_env = {"PGDATABASE": PG_DATABASE}
    analytics = str(BIN / "analytics")
    dbt = [str(BIN / "dbt")]
    stages = [
        run("generate --check", [analytics, "generate", "--check"]),
        run("synth load duckdb", [analytics, "synth", "--scale", scale, "--target", "duckdb", "--duckdb-path", duck]),
        run("synth load postgres", [analytics, "synth", "--scale", scale, "--target", "postgres"], pg_env),
        run("dbt parse duckdb", [*dbt, "parse", "--no-partial-parse", "--target", "duckdb"], duck_env),
        run("dbt build duckdb", [*dbt, "build", "--target", "duckdb"], duck_env),
        run("dbt parse postgres", [*dbt, "parse", "--no-partial-parse", "--target", "postgres"], pg_env),
        run("dbt build postgres", [*dbt, "build", "--target", "postgres"], pg_env),
    ]
    catalog = setup_all_relationships()
    plan = plan_project(catalog)
    measures = [m for m in plan.measures.values() if m.kind == "measures"]
    snapshots = [m for m in plan.measures.values() if m.kind == "snapshots"]
    per_kpi_scans = sum(1 for k in plan.kpis.values() if k.calc_type in ("conversion", "retention"))
    lines = [
        f"# Benchmark (scale {scale}, {os.cpu_count()} cores)",
        "",
        f"- catalog load (best of 5, in process): {catalog_load_seconds():.3f} s",
        f"- KPIs: {len(plan.kpis)}; measure models: {len(measures)} (one per object model and time attribute), "
        f"snapshot models: {len(snapshots)}; KPIs scanning staging themselves (conversion, retention): "
        f"{per_kpi_scans}",
        f"- aggregates served by measure models: {sum(len(m.measures) for m in plan.measures.values())}",
        "",
        "| stage | wall time (s) | peak RSS (MB) | note |",
        "|---|---:|---:|---|",
    ]
    lines += [f"| {s.name} | {s.seconds:.1f} | {s.peak_mb:.0f} | {s.note} |" for s in stages]
    for log in ("synth_load_duckdb", "synth_load_postgres"):
        text = (OUT / f"{log}.log").read_text().strip().splitlines()
        lines.append(f"- {log.replace('_', ' ')}: {text[-1] if text else ''}")
    report = "\n".join(lines) + "\n"
    (OUT / "results.md").write_text(report)
    print(report)
    drop_bench_database()


if __name__ == "__main__":
    main()
