"""Declined KPI names (definitions/declined_kpi_names.yml) and duplicate calculations:
each broken case fails naming the file, the line or field, and the rule."""

from __future__ import annotations

from pathlib import Path

import jinja2
import yaml

from definitions import load_catalog
from tests.conftest import Editor
from tests.test_validation import assert_one

ENTRY = """\
# comment lines come first, as in the real file
- name: Lost Sale Analysis
  modules: [BUS_DEV]
  reason: too_vague
  explanation: An analysis of lost deals, not one number.
"""


def write_declined(root: Path, text: str) -> None:
    (root / "declined_kpi_names.yml").write_text(text)


def test_declined_names_load(mini_root: Path) -> None:
    write_declined(mini_root, ENTRY)
    catalog, issues = load_catalog(mini_root)
    assert issues == []
    assert [(d.name, d.module_codes, d.reason) for d in catalog.declined] == [
        ("Lost Sale Analysis", ["BUS_DEV"], "too_vague")
    ]


def test_declined_file_absent_or_only_comments(mini_root: Path) -> None:
    assert load_catalog(mini_root)[0].declined == []
    write_declined(mini_root, "# nothing declined yet\n")
    catalog, issues = load_catalog(mini_root)
    assert (catalog.declined, issues) == ([], [])


def test_declined_entry_names_its_line_and_field(mini_root: Path) -> None:
    write_declined(
        mini_root, ENTRY + "- name: Partner Vibes\n  modules: [BUS_DEV]\n  reason: vibes\n  explanation: x\n"
    )
    # the second entry starts on line 6; its reason is not one of the three, its explanation too short
    assert_one(mini_root, "declined_kpi_names.yml:6", "[1].reason", "not_measurable")
    assert_one(mini_root, "declined_kpi_names.yml:6", "[1].explanation", "at least 10 characters")


def test_declined_same_as_needs_a_known_kpi(mini_root: Path) -> None:
    entry = (
        "- name: Deal Win Ratio\n  modules: [BUS_DEV]\n  reason: same_as\n  explanation: Win rate by another name.\n"
    )
    write_declined(mini_root, entry)
    assert_one(mini_root, "declined_kpi_names.yml:1", "[0]", "'kpi' is set exactly when reason is 'same_as'")
    write_declined(mini_root, entry + "  kpi: WIN_RATIO\n")
    assert_one(mini_root, "declined_kpi_names.yml:1", "kpi", "unknown KPI 'WIN_RATIO'")
    write_declined(mini_root, entry + "  kpi: WIN_RATE\n")
    assert load_catalog(mini_root)[1] == []


def test_declined_name_must_not_resolve_to_a_kpi(mini_root: Path) -> None:
    write_declined(mini_root, ENTRY.replace("Lost Sale Analysis", "win rate"))
    assert_one(mini_root, "declined_kpi_names.yml:2", "name", "names KPI WIN_RATE")


def test_declined_twice_and_unknown_module(mini_root: Path) -> None:
    write_declined(mini_root, ENTRY + ENTRY.split("\n", 1)[1].replace("BUS_DEV", "BIZ_DEV"))
    assert_one(mini_root, "declined_kpi_names.yml:6", "name", "declined twice", "declined_kpi_names.yml:2")
    assert_one(mini_root, "declined_kpi_names.yml:6", "modules", "unknown module 'BIZ_DEV'")


def test_declined_file_must_be_a_list(mini_root: Path) -> None:
    write_declined(mini_root, "name: Lost Sale Analysis\n")
    assert_one(mini_root, "declined_kpi_names.yml", "must be a list of declined names")


def test_same_calculation_under_two_codes(mini_root: Path) -> None:
    data = yaml.safe_load((mini_root / "kpis/won_revenue.yml").read_text())
    data.update(code="CLOSED_WON_REVENUE", name="Closed Won Revenue")
    measure = data["calculation"]["measure"]
    # the same filter, written differently: spacing, parentheses
    assert measure["filter"] == "stage = 'closed_won'"
    measure["filter"] = "(stage='closed_won')"
    (mini_root / "kpis/closed_won_revenue.yml").write_text(yaml.safe_dump(data, sort_keys=False))
    assert_one(
        mini_root, "kpis/closed_won_revenue.yml", "calculation", "same calculation as KPI WON_REVENUE", "aliases"
    )
    assert_one(mini_root, "kpis/won_revenue.yml", "calculation", "same calculation as KPI CLOSED_WON_REVENUE")


def test_different_filters_are_different_kpis(mini_root: Path, edit: Editor) -> None:
    data = yaml.safe_load((mini_root / "kpis/won_revenue.yml").read_text())
    data.update(code="LOST_REVENUE", name="Lost Revenue")
    data["calculation"]["measure"]["filter"] = "stage = 'closed_lost'"
    (mini_root / "kpis/lost_revenue.yml").write_text(yaml.safe_dump(data, sort_keys=False))
    assert load_catalog(mini_root)[1] == []


def test_docs_list_the_declined_names_inertly(mini_root: Path) -> None:
    from generators.generate import artifacts

    hostile = "Reads {{ env_var('PGPASSWORD') }} | splits a table cell."
    write_declined(mini_root, ENTRY.replace("An analysis of lost deals, not one number.", f'"{hostile}"'))
    catalog, issues = load_catalog(mini_root)
    assert issues == []
    files = artifacts(catalog)
    docs = yaml.safe_load(files["models/marts/catalog/_catalog__models.yml"])
    mart = next(m for m in docs["models"] if m["name"] == "dim_declined_kpi_names")
    # dbt renders descriptions as Jinja: rendered, the description is the plain text, the '|' made '/'
    rendered = jinja2.Environment().from_string(mart["description"]).render()
    cell = "Reads {{ env_var('PGPASSWORD') }} / splits a table cell."
    assert "| Lost Sale Analysis | BUS_DEV | too vague to define | " + cell + " |" in rendered
    assert files["seeds/declined_kpi_names.csv"].splitlines()[1].startswith("Lost Sale Analysis,BUS_DEV,too_vague,,")


def test_coverage_command(mini_root: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from generators.cli import app

    write_declined(mini_root, ENTRY)
    seed = tmp_path / "seed.csv"
    seed.write_text(
        "name,modules,formula_as_published\n"
        "Win Rate,BUS_DEV,won / closed\n"  # the KPI's name
        "new_leads,BUS_DEV CUST_RETENTION,count\n"  # a code, case-insensitive
        "Lost Sale Analysis,BUS_DEV,varies\n"  # declined
        "Deal Karma,BUS_DEV,?\n"  # missing
    )
    result = CliRunner().invoke(app, ["coverage", "--seed-names", str(seed), "--catalog", str(mini_root), "--show"])
    assert result.exit_code == 0, result.output
    # BUS_DEV: 2 of 4 names resolve (50%), 1 declined, 1 missing; CUST_RETENTION: 1 of 1
    assert "2/4   resolve (50%), 1 declined, 1 missing" in result.output
    assert "1/1   resolve (100%), 0 declined, 0 missing" in result.output
    assert "declined  Lost Sale Analysis" in result.output
    assert "missing   Deal Karma" in result.output
    missing = CliRunner().invoke(app, ["coverage", "--seed-names", str(tmp_path / "none.csv")])
    assert missing.exit_code == 2
