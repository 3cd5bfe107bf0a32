"""The dbt Semantic Layer generated from the catalog, checked by MetricFlow itself on the demo
warehouse: ``dbt parse`` writes a semantic manifest with every planned metric, ``mf
validate-configs`` passes (semantics and every metric queried against the warehouse), and a
sample of metrics, one or more per MetricFlow type, computed by ``mf query`` monthly, overall
and by segment, agrees with ``fct_kpi_values``. MetricFlow plans and writes its own SQL from
the YAML, so agreement is evidence that both engines compute the KPI's meaning.

Where the two define different rows, the reason is known and asserted: the KPIs give 0 where
an additive input has no events (zero-fill; a ratio whose numerator has no events is 0), where
MetricFlow has no row or null; and a conversion KPI has no value for the periods whose window
has not closed by the data end (right-censoring), where MetricFlow reports the conversions
seen so far."""

from __future__ import annotations

import csv
import datetime as dt
import json
import math
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from definitions import setup_all_relationships
from generators.dbt.semantic_plan import plan_semantic
from tests.demo_build import Built

MF = str(Path(sys.executable).parent / "mf")
CALENDAR_START = dt.date(2024, 1, 1)
CALENDAR_END = dt.date(2025, 12, 31)
DATA_END = CALENDAR_END + dt.timedelta(days=1)

SAMPLE: dict[str, str] = {
    "new_business_bookings": "simple",
    "number_of_leads_generated": "simple",
    "average_deal_size": "simple",
    "win_rate": "ratio",
    "partner_sourced_pipeline_share": "ratio",
    "net_promoter_score": "derived",
    "new_business_bookings_ytd": "cumulative",
    "lead_to_opportunity_rate": "conversion",
    "mql_to_sql_rate": "conversion",
    "save_rate": "conversion",
}
"""Metric -> MetricFlow type: at least one of each type generated, all sliceable by segment."""
CONVERSION_WINDOW_DAYS = {"lead_to_opportunity_rate": 90, "mql_to_sql_rate": 90, "save_rate": 90}


@pytest.fixture(scope="module")
def mf_warehouse(demo_duckdb: Built, tmp_path_factory: pytest.TempPathFactory) -> str:
    """A copy of the demo DuckDB file for MetricFlow: the test process (dbt ran in it) holds
    the demo file's lock, and DuckDB lets one process at a time open a file."""
    source = Path(demo_duckdb.warehouse.target.duckdb_path)
    copy = tmp_path_factory.mktemp("mf_warehouse") / source.name
    with duckdb.connect(str(source)) as connection:
        connection.execute("checkpoint")
    shutil.copy(source, copy)
    return str(copy)


def _mf(built: Built, warehouse: str, args: list[str]) -> subprocess.CompletedProcess[str]:
    project = built.warehouse.project
    env = {**os.environ, "DBT_PROFILES_DIR": str(project), "DBT_TARGET": "duckdb", "DUCKDB_PATH": warehouse}
    return subprocess.run([MF, *args], cwd=project, env=env, capture_output=True, text=True, timeout=900, check=False)


def _month_end(start: dt.date) -> dt.date:
    return (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


@pytest.fixture(scope="module")
def mf_values(
    demo_duckdb: Built, mf_warehouse: str, tmp_path_factory: pytest.TempPathFactory
) -> dict[tuple[str, str, str], float]:
    """(metric, month start, segment or 'all') -> value from ``mf query``, for the sample."""
    out = tmp_path_factory.mktemp("mf")
    values: dict[tuple[str, str, str], float] = {}
    for slice_by in (None, "segment"):
        path = out / f"{slice_by or 'overall'}.csv"
        group_by = "metric_time__month" + (f",{slice_by}" if slice_by else "")
        run = _mf(
            demo_duckdb,
            mf_warehouse,
            ["query", "--metrics", ",".join(SAMPLE), "--group-by", group_by, "--csv", str(path)],
        )
        assert run.returncode == 0 and path.exists(), run.stdout[-3000:] + run.stderr[-3000:]
        with path.open() as handle:
            for row in csv.DictReader(handle):
                month = row["metric_time__month"][:10]
                if not CALENDAR_START.isoformat() <= month <= CALENDAR_END.isoformat():
                    continue
                member = (row[slice_by] or "unknown") if slice_by else "all"
                for metric in SAMPLE:
                    if row[metric] != "":
                        values[(metric, month, member)] = float(row[metric])
    return values


@pytest.fixture(scope="module")
def kpi_values(demo_duckdb: Built) -> dict[tuple[str, str, str], float]:
    """The same keys from ``fct_kpi_values`` (monthly, overall and by segment)."""
    listed = ", ".join("?" for _ in SAMPLE)
    rows = demo_duckdb.warehouse.query(
        "select lower(kpi_code), period_start, dimension_value, value from analytics_marts.fct_kpi_values "
        f"where grain = 'month' and dimension in ('overall', 'SEGMENT') and lower(kpi_code) in ({listed})",
        list(SAMPLE),
    )
    return {(code, str(period)[:10], member): float(value) for code, period, member, value in rows if value is not None}


def test_parse_writes_a_semantic_manifest_with_every_planned_metric(demo_duckdb: Built) -> None:
    manifest = json.loads((demo_duckdb.warehouse.project / "target/semantic_manifest.json").read_text())
    plan = plan_semantic(setup_all_relationships())
    assert {m["name"] for m in manifest["metrics"]} == set(plan.metrics)
    assert {m["name"] for m in manifest["semantic_models"]} == set(plan.models)
    assert manifest["project_configuration"]["time_spines"][0]["node_relation"]["alias"] == "metricflow_time_spine"
    kinds = {m["type"] for m in manifest["metrics"]}
    assert kinds == {"simple", "ratio", "derived", "cumulative", "conversion"}


def test_mf_validate_configs_passes_on_the_demo_warehouse(demo_duckdb: Built, mf_warehouse: str) -> None:
    run = _mf(demo_duckdb, mf_warehouse, ["validate-configs"])
    output = run.stdout + run.stderr
    assert run.returncode == 0, output[-5000:]
    assert "Breaking issues" not in output, output[-5000:]
    assert "Successfully validated metrics against data warehouse" in output, output[-5000:]


def test_sample_covers_every_metricflow_type() -> None:
    plan = plan_semantic(setup_all_relationships())
    assert {name: plan.metrics[name].mf_type for name in SAMPLE} == SAMPLE
    assert set(SAMPLE.values()) == {m.mf_type for m in plan.metrics.values()}


@pytest.mark.parametrize("metric", list(SAMPLE))
def test_metricflow_agrees_with_fct_kpi_values(
    metric: str, mf_values: dict[tuple[str, str, str], float], kpi_values: dict[tuple[str, str, str], float]
) -> None:
    mf = {k: v for k, v in mf_values.items() if k[0] == metric}
    kpi = {k: v for k, v in kpi_values.items() if k[0] == metric}
    both = sorted(set(mf) & set(kpi))
    disagree = [(k, mf[k], kpi[k]) for k in both if not math.isclose(mf[k], kpi[k], rel_tol=1e-6, abs_tol=1e-9)]
    assert disagree == []
    overall = [k for k in both if k[2] == "all"]
    sliced = [k for k in both if k[2] != "all"]
    # the comparison is not vacuous: most months of the calendar, overall and per segment
    assert len(overall) >= 4 if metric == "net_promoter_score" else len(overall) >= 12, overall
    assert len({k[2] for k in sliced}) >= 2, sliced
    # rows only the KPI has are its zero-fill: a period without events counts 0
    kpi_only = {k: kpi[k] for k in set(kpi) - set(mf)}
    assert all(v == 0 for v in kpi_only.values()), kpi_only
    # rows only MetricFlow has are the periods a conversion KPI censors (window not closed)
    mf_only = sorted(set(mf) - set(kpi))
    window = CONVERSION_WINDOW_DAYS.get(metric)
    censored = [
        k
        for k in mf_only
        if window is not None and _month_end(dt.date.fromisoformat(k[1])) + dt.timedelta(days=window) > DATA_END
    ]
    assert mf_only == censored, mf_only
