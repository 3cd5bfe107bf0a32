"""The project's command line: ``analytics validate``, ``analytics seeds``, ..."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape

from definitions.errors import CatalogError
from definitions.registry import load_catalog, setup_all_relationships
from generators.generate import generate as generate_files
from generators.load.connections import Engine, Target

app = typer.Typer(help="Sales and customer KPI warehouse: catalog, generator, data.", no_args_is_help=True)
console = Console(stderr=True, highlight=False, soft_wrap=True)
PROJECT_ROOT = Path(__file__).resolve().parent.parent


@app.callback()
def main() -> None:
    """Sales and customer KPI warehouse: catalog, generator, data."""


@app.command()
def validate(
    catalog: Path | None = typer.Option(None, help="catalog folder (default: definitions/)"),
) -> None:
    """Run the catalog's quality checklist; exit 1 naming file and field on any problem."""
    started = time.perf_counter()
    loaded, issues = load_catalog(catalog)
    elapsed = time.perf_counter() - started
    for issue in issues:
        console.print(f"[red]error[/red] {issue}")
    counts = (
        f"{len(loaded.modules)} modules, {len(loaded.object_models)} object models, "
        f"{len(loaded.kpis)} KPIs, {len(loaded.value_chains)} value chains, "
        f"{len(loaded.industries)} industries, {len(loaded.dimensions)} dimensions"
    )
    if issues:
        console.print(f"[red]{len(issues)} problem(s)[/red] in {counts} ({elapsed:.2f}s)")
        raise typer.Exit(code=1)
    console.print(f"[green]catalog valid[/green]: {counts} ({elapsed:.2f}s)")


@app.command()
def generate(
    check: bool = typer.Option(False, "--check", help="report stale, missing or orphaned files; write nothing"),
) -> None:
    """Write every generated file (seeds, dbt models, YAML) from the catalog."""
    started = time.perf_counter()
    try:
        catalog = setup_all_relationships()
    except CatalogError as err:
        console.print(f"[red]{err}[/red]")
        raise typer.Exit(code=1) from None
    plan = generate_files(catalog, PROJECT_ROOT, check=check)
    elapsed = time.perf_counter() - started
    if check:
        for line in plan.describe():
            console.print(f"[red]{line}[/red]")
        if not plan.clean:
            console.print(f"[red]generated files are not fresh[/red]: run `analytics generate` ({elapsed:.2f}s)")
            raise typer.Exit(code=1)
        console.print(f"[green]generated files are fresh[/green] ({plan.unchanged} files, {elapsed:.2f}s)")
        return
    console.print(
        f"generated: {len(plan.created)} created, {len(plan.updated)} updated, "
        f"{len(plan.deleted)} deleted, {plan.unchanged} unchanged ({elapsed:.2f}s)"
    )


@app.command()
def coverage(
    seed_names: Path | None = typer.Option(
        None, help="the seed's KPI names CSV (default $KPI_SEED_NAMES or ../shared/reference/seed_kpi_names.csv)"
    ),
    show: bool = typer.Option(False, "--show", help="list the declined and missing names of each module"),
    catalog: Path | None = typer.Option(None, help="catalog folder (default: definitions/)"),
) -> None:
    """Per module: KPIs against the module's target, and the share of the seed's KPI names
    that resolve to a catalog KPI (the rest declined with a reason, or missing)."""
    from generators.coverage import module_coverage, read_seed_names, seed_names_path

    path = seed_names or seed_names_path()
    if not path.exists():
        console.print(f"[red]no seed names file at {path}[/red]: pass --seed-names or set $KPI_SEED_NAMES")
        raise typer.Exit(code=EXIT_USAGE)
    report = module_coverage(setup_all_relationships(catalog), read_seed_names(path))
    for entry in report.values():
        colour = "green" if entry.kpis >= entry.target and not entry.missing else "yellow"
        console.print(
            f"[{colour}]{entry.module:<24}[/{colour}] {entry.kpis:>3}/{entry.target:<3} KPIs   names: "
            f"{len(entry.resolved):>3}/{entry.names:<3} resolve ({entry.share:.0%}), "
            f"{len(entry.declined)} declined, {len(entry.missing)} missing"
        )
        if show:
            for name in entry.declined:
                console.print(f"    declined  {name}")
            for name in entry.missing:
                console.print(f"    [red]missing[/red]   {name}")


EXIT_REJECTED = 1
"""``analytics load`` / ``synth`` exit code when at least one line was rejected (the rest is stored)."""
EXIT_USAGE = 2
"""Exit code of a usage error: no such file, unknown target."""


def _engine(target: str, engines: tuple[str, ...] = ("duckdb", "postgres", "spark")) -> Engine:
    """The raw store's engine: spark is a local Spark warehouse ($SPARK_WAREHOUSE_DIR,
    $SPARK_METASTORE_DIR; see profiles.example.yml), for ``analytics synth`` and ``load`` only
    (migrations and check-data run through SQLAlchemy, on duckdb and postgres)."""
    if target not in engines:
        console.print(f"[red]--target must be {', '.join(engines[:-1])} or {engines[-1]}, not {target!r}[/red]")
        raise typer.Exit(code=EXIT_USAGE)
    return target  # type: ignore[return-value]


SQL_ENGINES = ("duckdb", "postgres")


@app.command()
def synth(
    scale: float = typer.Option(1.0, help="size of the world; 1 is the demo"),
    seed: int = typer.Option(42, help="random seed; the same seed gives the same rows everywhere"),
    target: str = typer.Option("duckdb", help="duckdb, postgres or spark"),
    as_of: str | None = typer.Option(None, "--as-of", help="load only the world as known on this date"),
    duckdb_path: str | None = typer.Option(None, help="DuckDB file (default $DUCKDB_PATH or warehouse.duckdb)"),
    fresh: bool = typer.Option(False, help="DuckDB only: delete the database file first"),
) -> None:
    """Generate the synthetic CRM world and load it through the raw landing path."""
    from generators.pipeline import load_synthetic

    cutoff = dt.date.fromisoformat(as_of) if as_of else None
    tgt = Target.from_env(_engine(target), duckdb_path=duckdb_path)
    console.print(f"synthetic world: scale {scale:g}, seed {seed} -> {tgt.describe()}")
    report = load_synthetic(tgt, scale, seed, cutoff, console, fresh=fresh)
    console.print(
        f"[green]done[/green]: {report.seen:,} instances, {report.inserted:,} new rows, "
        f"{report.unchanged:,} unchanged, {report.rejected} rejected, "
        f"{report.seconds:.1f}s ({report.rows_per_second:,.0f} rows/s), peak RSS {report.peak_rss_mb:,.0f} MB"
    )
    if report.rejected:
        raise typer.Exit(code=EXIT_REJECTED)


@app.command()
def load(
    path: Path = typer.Argument(..., help='JSON lines: {"schema_ref", "code", "data_values"} per line'),
    target: str = typer.Option("duckdb", help="duckdb, postgres or spark"),
    duckdb_path: str | None = typer.Option(None, help="DuckDB file (default $DUCKDB_PATH or warehouse.duckdb)"),
) -> None:
    """Load real instances from a file through the same validated path as the demo data.
    Exit 0 when every line was stored or unchanged, 1 when any line was rejected, 2 on a
    usage error."""
    from generators.load.loader import load_instances, read_jsonl
    from generators.load.raw_store import REJECTS, SCHEMA

    if not path.is_file():
        console.print(f"[red]{path}: no such file[/red]")
        raise typer.Exit(code=EXIT_USAGE)
    tgt = Target.from_env(_engine(target), duckdb_path=duckdb_path)
    report = load_instances(
        read_jsonl(path), tgt, setup_all_relationships(), batch_id=f"file-{path.name}", source=path.name
    )
    console.print(
        f"{path.name}: {report.seen:,} lines read, {report.inserted:,} stored, {report.unchanged:,} unchanged, "
        f"{report.rejected:,} rejected" + (f", {report.blank:,} blank" if report.blank else "")
    )
    for rule, count in sorted(report.rejected_by_rule.items(), key=lambda item: (-item[1], item[0])):
        console.print(f"  rejected {count:,} x {rule}")
    if report.rejected:
        console.print(
            f"[yellow]each rejected line, with its line number, field and rule, is in {SCHEMA}.{REJECTS}[/yellow]"
        )
        raise typer.Exit(code=EXIT_REJECTED)


db_app = typer.Typer(
    help="The instance store's migrations (Alembic): upgrade, downgrade, current.", no_args_is_help=True
)
app.add_typer(db_app, name="db")


def _db_target(target: str, duckdb_path: str | None) -> Target:
    tgt = Target.from_env(_engine(target, SQL_ENGINES), duckdb_path=duckdb_path)
    if tgt.engine == "postgres":
        from generators.load.connections import ensure_postgres_database

        ensure_postgres_database(tgt)
    return tgt


@db_app.command("upgrade")
def db_upgrade(
    target: str = typer.Option("duckdb", help="duckdb or postgres"),
    revision: str = typer.Option("head", help="revision to migrate to"),
    duckdb_path: str | None = typer.Option(None, help="DuckDB file (default $DUCKDB_PATH or warehouse.duckdb)"),
) -> None:
    """Create the raw instance store, or migrate it to REVISION (a store made before the
    migrations existed upgrades in place, keeping its rows)."""
    from analytics_models import migrate

    tgt = _db_target(target, duckdb_path)
    before = migrate.current(tgt)
    migrate.upgrade(tgt, revision)
    console.print(f"{tgt.describe()}: raw store at revision {migrate.current(tgt)} (was {before or 'none'})")


@db_app.command("downgrade")
def db_downgrade(
    revision: str = typer.Argument(..., help="revision to go back to: an id, -1 for one step, base for none"),
    target: str = typer.Option("duckdb", help="duckdb or postgres"),
    duckdb_path: str | None = typer.Option(None, help="DuckDB file (default $DUCKDB_PATH or warehouse.duckdb)"),
) -> None:
    """Migrate the raw store down to REVISION (each migration's docstring says what is lost;
    base drops the store)."""
    from analytics_models import migrate

    tgt = _db_target(target, duckdb_path)
    before = migrate.current(tgt)
    migrate.downgrade(tgt, revision)
    console.print(f"{tgt.describe()}: raw store at revision {migrate.current(tgt) or 'none'} (was {before or 'none'})")


@db_app.command("current")
def db_current(
    target: str = typer.Option("duckdb", help="duckdb or postgres"),
    duckdb_path: str | None = typer.Option(None, help="DuckDB file (default $DUCKDB_PATH or warehouse.duckdb)"),
) -> None:
    """Print the raw store's revision (none: never migrated) and the newest one."""
    from analytics_models import migrate

    tgt = _db_target(target, duckdb_path)
    revision = migrate.current(tgt)
    print(revision or "none")
    console.print(f"{tgt.describe()}: revision {revision or 'none'}, newest {migrate.head()}")


EXIT_DATA_FAILED = 1
"""``analytics check-data`` exit code when an expectation failed on the landing zone."""
DEFAULT_DOCS = PROJECT_ROOT / "target" / "data_docs"


@app.command("check-data")
def check_data(
    target: str = typer.Option("duckdb", help="duckdb or postgres"),
    duckdb_path: str | None = typer.Option(None, help="DuckDB file (default $DUCKDB_PATH or warehouse.duckdb)"),
    docs_dir: Path = typer.Option(DEFAULT_DOCS, help="where GX writes its Data Docs (HTML)"),
    model: list[str] | None = typer.Option(None, "--model", help="check only this object model (repeatable)"),
) -> None:
    """Check the landing zone with Great Expectations: required attributes, types, enum
    values, bounds, unique keys, time order and references of the current instances.
    Exit 0 when every expectation passed, 1 when any failed, 2 on a usage error."""
    from generators.quality.run import NoRawStore, UnknownModel
    from generators.quality.run import check_data as run_checks

    tgt = Target.from_env(_engine(target, SQL_ENGINES), duckdb_path=duckdb_path)
    console.print(f"checking the landing zone of {tgt.describe()} with Great Expectations")
    try:
        report = run_checks(
            tgt, setup_all_relationships(), docs_dir.resolve(), lambda line: console.print(escape(line)), models=model
        )
    except (NoRawStore, UnknownModel) as err:
        console.print(f"[red]{escape(str(err))}[/red]")
        raise typer.Exit(code=EXIT_USAGE) from None
    for failure in report.failures:
        console.print(f"[red]  failed[/red] {escape(str(failure))}")
    console.print(f"Data Docs: {report.docs}")
    colour = "green" if report.success else "red"
    console.print(f"[{colour}]check-data[/{colour}]: {report.summary()}")
    if not report.success:
        raise typer.Exit(code=EXIT_DATA_FAILED)


@app.command()
def demo(
    scale: float = typer.Option(1.0, help="size of the synthetic world"),
    seed: int = typer.Option(42, help="random seed"),
) -> None:
    """The whole pipeline on DuckDB: generate, load demo data, dbt build, show results."""
    from generators.pipeline import run_demo

    if not run_demo(console, scale=scale, seed=seed):
        raise typer.Exit(code=1)


if __name__ == "__main__":
    app()
