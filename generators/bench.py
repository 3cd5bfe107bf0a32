"""Benchmarks (``make bench``): wall time and peak memory of each stage, measured, not asserted.

Each stage runs as a child process; its peak RSS comes from that child's own rusage."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from definitions.registry import setup_all_relationships
from generators.bench_compare import compare_fact_tables
from generators.dbt.plan import plan_project
from generators.load.connections import Target, connect
from generators.load.loader import load_instances

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


FACT = "analytics_marts.fct_kpi_values"
JSON_TEXT = {"duckdb": "json_extract_string(data_values, '$.{}')", "postgres": "data_values ->> '{}'"}


def _query(target: Target, sql: str) -> list[tuple[Any, ...]]:
    conn = connect(target)
    try:
        cur = conn.cursor()
        cur.execute(sql)
        return list(cur.fetchall())
    finally:
        conn.close()


def fact_stage(name: str, args: list[str], env: dict[str, str], target: Target) -> Stage:
    """A dbt run of fct_kpi_values, noted with its own execution time (the wall time includes
    dbt's start-up and parse) and the rows it wrote (computed_at is when a row was written)."""
    before = _query(target, f"select max(computed_at) from {FACT}")[0][0]
    stage = run(name, args, env)
    results = json.loads((ROOT / "target" / "run_results.json").read_text())["results"]
    seconds = next(r["execution_time"] for r in results if r["unique_id"].endswith(".fct_kpi_values"))
    written, total = _query(
        target, f"select count(case when computed_at > '{before}' then 1 end), count(*) from {FACT}"
    )[0]
    stage.note += f"fct_kpi_values: {seconds:.2f} s in dbt, {written:,} of {total:,} rows written"
    return stage


def correct_one_opportunity(target: Target) -> str:
    """Append a new version of a June-2024 won opportunity (lost, for another amount): a
    back-dated correction, far older than the latest periods."""
    field = JSON_TEXT[target.engine]
    code, values, latest = _query(
        target,
        "select code, data_values, (select max(loaded_at) from raw.object_instances) "
        "from raw.object_instances where schema_ref = 'OPPORTUNITY' "
        f"and {field.format('stage')} = 'closed_won' and {field.format('closed_at')} like '2024-06%' "
        "order by code, loaded_at desc limit 1",
    )[0]
    values = json.loads(values) if isinstance(values, str) else dict(values)
    values.update(
        stage="closed_lost", is_won=False, loss_reason="price", amount=round(float(values["amount"]) * 1.5, 2)
    )
    later = dt.datetime.fromisoformat(str(latest)) + dt.timedelta(hours=1)
    load_instances(
        [("OPPORTUNITY", code, values)], target, setup_all_relationships(), batch_id="bench", loaded_at=later
    )
    return code


def fact_stages(engine: str, env: dict[str, str], target: Target) -> list[Stage]:
    """After a full build: an incremental run of fct_kpi_values with no new data, one after a
    back-dated correction (upstream rebuilt first, timed apart), and a full refresh."""
    dbt = [str(BIN / "dbt"), "run", "--target", engine, "--select"]
    fact = [*dbt, "fct_kpi_values"]
    stages = [fact_stage(f"fct_kpi_values incremental, no new data, {engine}", fact, env, target)]
    corrected = correct_one_opportunity(target)
    upstream = [*dbt, "+int_kpi_values"]
    stages.append(run(f"rebuild upstream of fct_kpi_values {engine}", upstream, env, f"after correcting {corrected}"))
    stages.append(fact_stage(f"fct_kpi_values incremental, one correction, {engine}", fact, env, target))
    stages.append(fact_stage(f"fct_kpi_values --full-refresh {engine}", [*fact, "--full-refresh"], env, target))
    return stages


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


def engines() -> list[str]:
    """``BENCH_ENGINES`` (comma-separated, default ``duckdb,postgres``); ``BENCH_SPARK=1`` adds
    spark (well over an hour at demo scale on 2 cores)."""
    chosen = [e.strip() for e in os.environ.get("BENCH_ENGINES", "duckdb,postgres").split(",") if e.strip()]
    if os.environ.get("BENCH_SPARK") == "1" and "spark" not in chosen:
        chosen.append("spark")
    unknown = set(chosen) - {"duckdb", "postgres", "spark"}
    if unknown:
        raise SystemExit(f"BENCH_ENGINES: unknown engine(s) {sorted(unknown)}; use duckdb, postgres, spark")
    return chosen


SPARK_ROOT = OUT / "spark"


def spark_stages(scale: str, analytics: str, dbt: list[str]) -> list[Stage]:
    """Synth into a fresh local Spark warehouse under .bench/spark/ and the full dbt build
    there (``BENCH_SPARK_THREADS`` dbt threads, default 1). The JVM is a child of each stage's
    process, so its memory is in the peak RSS only when pyspark waited for it."""
    shutil.rmtree(SPARK_ROOT, ignore_errors=True)
    env = {
        "SPARK_WAREHOUSE_DIR": str(SPARK_ROOT / "warehouse"),
        "SPARK_METASTORE_DIR": str(SPARK_ROOT / "metastore"),
    }
    threads = os.environ.get("BENCH_SPARK_THREADS", "1")
    load = run("synth load spark", [analytics, "synth", "--scale", scale, "--target", "spark"], env)
    build = run("dbt build spark", [*dbt, "build", "--target", "spark", "--threads", threads], env)
    build.note = f"{threads} thread(s); {build_summary()} {build.note}".strip()
    return [load, build]


def build_summary() -> str:
    """Node statuses of the last dbt invocation (target/run_results.json)."""
    path = ROOT / "target" / "run_results.json"
    if not path.exists():
        return ""
    statuses: dict[str, int] = {}
    for result in json.loads(path.read_text())["results"]:
        statuses[result["status"]] = statuses.get(result["status"], 0) + 1
    return ", ".join(f"{status} {count}" for status, count in sorted(statuses.items()))


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
    chosen = engines()
    stages = [run("generate --check", [analytics, "generate", "--check"])]
    if "duckdb" in chosen:
        synth = [analytics, "synth", "--scale", scale, "--target", "duckdb", "--duckdb-path", duck]
        stages.append(run("synth load duckdb", synth))
    if "postgres" in chosen:
        synth = [analytics, "synth", "--scale", scale, "--target", "postgres"]
        stages.append(run("synth load postgres", synth, pg_env))
    if "duckdb" in chosen:
        stages += [
            run("dbt parse duckdb", [*dbt, "parse", "--no-partial-parse", "--target", "duckdb"], duck_env),
            run("dbt build duckdb", [*dbt, "build", "--target", "duckdb"], duck_env),
        ]
    comparison = ""
    if "spark" in chosen:
        # before the DuckDB fact stages, whose back-dated correction changes that store
        stages += spark_stages(scale, analytics, dbt)
        if "duckdb" in chosen:
            comparison = compare_fact_tables(Path(duck), SPARK_ROOT / "warehouse")
    if "duckdb" in chosen:
        stages += fact_stages("duckdb", duck_env, Target.from_env("duckdb", duckdb_path=duck))
    if "postgres" in chosen:
        stages += [
            run("dbt parse postgres", [*dbt, "parse", "--no-partial-parse", "--target", "postgres"], pg_env),
            run("dbt build postgres", [*dbt, "build", "--target", "postgres"], pg_env),
            *fact_stages("postgres", pg_env, Target.from_env("postgres", dbname=PG_DATABASE)),
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
    if comparison:
        lines += ["", f"- fct_kpi_values, Spark against DuckDB on the same world: {comparison}"]
    for log in ("synth_load_duckdb", "synth_load_postgres", "synth_load_spark"):
        if not (OUT / f"{log}.log").exists():
            continue
        text = (OUT / f"{log}.log").read_text().strip().splitlines()
        lines.append(f"- {log.replace('_', ' ')}: {text[-1] if text else ''}")
    report = "\n".join(lines) + "\n"
    (OUT / "results.md").write_text(report)
    print(report)
    drop_bench_database()


if __name__ == "__main__":
    main()
