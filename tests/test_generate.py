"""Generation: deterministic, only changed files rewritten, orphans removed, --check."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from definitions import setup_all_relationships
from generators.cli import app
from generators.files import sync
from generators.generate import OWNED_DIRS, artifacts
from tests.conftest import MINI, Editor


def test_generation_is_deterministic() -> None:
    first = artifacts(setup_all_relationships(MINI))
    second = artifacts(setup_all_relationships(MINI))
    assert first == second
    assert "models/kpis/kpi_win_rate.sql" in first
    assert "models/intermediate/measures/int_opportunity__closed_at__measures.sql" in first


def test_one_measure_model_per_object_and_time_attribute() -> None:
    files = artifacts(setup_all_relationships(MINI))
    measures = sorted(p for p in files if p.startswith("models/intermediate/measures/int_"))
    # 15 KPIs read OPPORTUNITY by closed_at 8 times, yet one model scans it once
    assert measures == [
        "models/intermediate/measures/int_lead__created_at__measures.sql",
        "models/intermediate/measures/int_opportunity__closed_at__measures.sql",
        "models/intermediate/measures/int_subscription__start_date__snapshots.sql",
    ]
    sql = files["models/intermediate/measures/int_opportunity__closed_at__measures.sql"]
    assert sql.count("ref('stg_opportunity')") == 1
    assert "grouping sets" in sql


def test_sync_writes_only_changes_and_removes_orphans(tmp_path: Path) -> None:
    files = {"models/kpis/kpi_a.sql": "select 1\n", "models/kpis/kpi_b.sql": "select 2\n"}
    plan = sync(tmp_path, files, ["models/kpis"])
    assert plan.created == ["models/kpis/kpi_a.sql", "models/kpis/kpi_b.sql"]
    stamp = (tmp_path / "models/kpis/kpi_a.sql").stat().st_mtime_ns
    (tmp_path / "models/kpis/kpi_old.sql").write_text("select 0\n")
    files["models/kpis/kpi_b.sql"] = "select 3\n"
    check = sync(tmp_path, files, ["models/kpis"], check=True)
    assert check.describe() == ["stale: models/kpis/kpi_b.sql", "orphaned: models/kpis/kpi_old.sql"]
    assert (tmp_path / "models/kpis/kpi_old.sql").exists()
    plan = sync(tmp_path, files, ["models/kpis"])
    assert (plan.updated, plan.deleted, plan.unchanged) == (["models/kpis/kpi_b.sql"], ["models/kpis/kpi_old.sql"], 1)
    assert (tmp_path / "models/kpis/kpi_a.sql").stat().st_mtime_ns == stamp
    assert not (tmp_path / "models/kpis/kpi_old.sql").exists()


def test_removed_kpi_deletes_its_files(tmp_path: Path, mini_root: Path, edit: Editor) -> None:
    sync(tmp_path, artifacts(setup_all_relationships(mini_root)), OWNED_DIRS)
    assert (tmp_path / "models/kpis/kpi_new_leads.sql").exists()
    (mini_root / "kpis/new_leads.yml").unlink()
    plan = sync(tmp_path, artifacts(setup_all_relationships(mini_root)), OWNED_DIRS)
    assert "models/kpis/kpi_new_leads.sql" in plan.deleted
    assert "models/intermediate/measures/int_lead__created_at__measures.sql" in plan.deleted


def test_generate_check_command_on_the_project(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["generate", "--check"])
    assert result.exit_code == 0, result.output
    assert "fresh" in result.output


def test_every_generated_file_carries_the_header() -> None:
    for path, content in artifacts(setup_all_relationships(MINI)).items():
        if path.endswith((".sql", ".yml")):
            assert "do not edit" in content.splitlines()[0], path


def test_grains_reach_the_kpi_model_and_the_monthly_mart() -> None:
    files = artifacts(setup_all_relationships())
    # a KPI of quarterly quotas keeps only its grains and is left out of the monthly module marts
    assert "where grain in ('quarter', 'year')" in files["models/kpis/kpi_new_logo_quota_attainment.sql"]
    assert "new_logo_quota_attainment" not in files["models/marts/modules/mart_bus_dev__monthly.sql"]
    # a monthly-quota KPI has no week grain but a monthly mart column
    assert "where grain in ('month', 'quarter', 'year')" in files["models/kpis/kpi_bookings_quota_attainment.sql"]
    assert "bookings_quota_attainment" in files["models/marts/modules/mart_bus_dev__monthly.sql"]
    # a KPI without `grains:` has every grain: no grain filter
    assert "where grain in" not in files["models/kpis/kpi_win_rate.sql"]


def test_additive_kpis_are_zero_filled_others_not() -> None:
    files = artifacts(setup_all_relationships())
    assert "with_zeros" in files["models/kpis/kpi_new_markets_entered.sql"]
    assert "with_zeros" not in files["models/kpis/kpi_average_deal_size.sql"]
    assert "with_zeros" not in files["models/kpis/kpi_win_rate.sql"]
