"""The project's command line: ``analytics validate``, ``analytics seeds``, ..."""

from __future__ import annotations

import time
from pathlib import Path

import typer
from rich.console import Console

from definitions.errors import CatalogError
from definitions.registry import load_catalog, setup_all_relationships
from generators.generate import generate as generate_files

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


if __name__ == "__main__":
    app()
