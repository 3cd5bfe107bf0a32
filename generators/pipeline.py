"""The demo pipeline: generate, load demo data, dbt build, show results."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from definitions.registry import setup_all_relationships
from generators.dbt_runner import PROJECT_ROOT, DbtOutcome, run_dbt
from generators.generate import generate
from generators.load.connections import Target, connect
from generators.load.loader import LoadReport, load_instances

HEADLINE_KPIS = (
    "NEW_BUSINESS_BOOKINGS",
    "WIN_RATE",
    "SALES_CYCLE_LENGTH",
    "MONTHLY_RECURRING_REVENUE",
    "NET_REVENUE_RETENTION",
    "LOGO_CHURN_RATE",
    "NET_PROMOTER_SCORE",
    "CUSTOMER_LIFETIME_VALUE_CLV",
)


def load_synthetic(
    target: Target, scale: float, seed: int, as_of: dt.date | None, console: Console, fresh: bool = False
) -> LoadReport:
    from generators.synth import generate_world

    catalog = setup_all_relationships()
    if fresh and target.engine == "duckdb":
        Path(target.duckdb_path).unlink(missing_ok=True)

    def progress(report: LoadReport) -> None:
        console.print(
            f"  loaded {report.seen:>9,} instances ({report.rejected} rejected) "
            f"in {report.seconds:5.1f}s  [{report.rows_per_second:,.0f} rows/s]"
        )

    batch = f"synth-s{scale:g}-seed{seed}" + (f"-asof{as_of.isoformat()}" if as_of else "")
    return load_instances(
        generate_world(scale=scale, seed=seed, as_of=as_of), target, catalog, batch_id=batch, on_batch=progress
    )


def headline_table(target: Target) -> Table:
    """Each headline KPI's latest non-null monthly value (overall)."""
    conn = connect(target)
    cur = conn.cursor()
    cur.execute("select count(distinct kpi_code), max(period_start) from analytics_marts.fct_kpi_values")
    kpis, latest = cur.fetchone()
    listed = ", ".join(f"'{c}'" for c in HEADLINE_KPIS)
    cur.execute(
        "with monthly as (select kpi_code, period_start, value, row_number() over "
        "(partition by kpi_code order by period_start desc) as recency from analytics_marts.fct_kpi_values "
        f"where grain = 'month' and dimension = 'overall' and value is not null and kpi_code in ({listed})) "
        "select m.kpi_code, k.name, k.unit, m.period_start, m.value from monthly as m "
        "join analytics_marts.dim_kpis as k on k.kpi_code = m.kpi_code where m.recency = 1"
    )
    rows = {row[0]: row[1:] for row in cur.fetchall()}
    conn.close()
    table = Table(title=f"{kpis} KPIs in fct_kpi_values (latest period {latest}); headline monthly values")
    for column, justify in (("KPI", "left"), ("month", "left"), ("value", "right")):
        table.add_column(column, justify=justify)  # type: ignore[arg-type]
    for code in HEADLINE_KPIS:
        if code not in rows:
            continue
        name, unit, month, value = rows[code]
        shown = f"{value:.1%}" if unit == "percent" else f"{value:,.1f}"
        table.add_row(name, str(month)[:7], shown)
    return table


def summarise(outcome: DbtOutcome, console: Console) -> None:
    tests = outcome.tests
    console.print(
        f"dbt build: {sum(outcome.statuses.values())} nodes; tests: {tests.get('pass', 0)} passed, "
        f"{tests.get('warn', 0)} warned, {tests.get('fail', 0) + tests.get('error', 0)} failed"
    )
    for failure in outcome.failures[:20]:
        console.print(f"[red]  {failure}[/red]")


def check_landing_zone(target: Target, console: Console) -> bool:
    """``analytics check-data`` on the demo's landing zone: False (with each failure) when an
    expectation failed."""
    from generators.cli import DEFAULT_DOCS
    from generators.quality.run import check_data

    report = check_data(target, setup_all_relationships(), DEFAULT_DOCS, console.print)
    for failure in report.failures:
        console.print(f"[red]  failed {escape(str(failure))}[/red]")
    console.print(f"  {report.summary()}; Data Docs: {report.docs}")
    return report.success


def run_demo(console: Console, scale: float = 1.0, seed: int = 42) -> bool:
    catalog = setup_all_relationships()
    plan = generate(catalog, PROJECT_ROOT)
    console.print(f"[bold]1/5 generate[/bold]: {len(plan.created) + len(plan.updated)} files written")
    target = Target.from_env("duckdb")
    console.print(f"[bold]2/5 load demo data[/bold] (scale {scale:g}, seed {seed}) into {target.describe()}")
    report = load_synthetic(target, scale, seed, None, console, fresh=True)
    console.print(
        f"  {report.inserted:,} rows stored, {report.rejected} rejected, {report.rows_per_second:,.0f} rows/s"
    )
    console.print("[bold]3/5 check the landing zone[/bold] (Great Expectations)")
    if not check_landing_zone(target, console):
        console.print("[red]the landing zone failed its expectations: dbt build is not run[/red]")
        return False
    console.print("[bold]4/5 dbt build[/bold] (this takes a few minutes on two cores)")
    outcome = run_dbt(["build"], target="duckdb")
    console.print("[bold]5/5 results[/bold]")
    summarise(outcome, console)
    if outcome.success or outcome.statuses.get("success"):
        console.print(headline_table(target))
    return outcome.success
