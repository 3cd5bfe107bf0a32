"""Generated model names stay within PostgreSQL's identifier limit and stay unique."""

from __future__ import annotations

from pathlib import Path

from generators.dbt.naming import MAX_MODEL_NAME, measures_model, snapshot_model
from tests.conftest import Editor
from tests.test_validation import assert_one


def test_short_model_names_are_unchanged() -> None:
    assert measures_model("DEAL", "booked_at") == "int_deal__booked_at__measures"
    assert snapshot_model("SUBSCRIPTION", "start_date") == "int_subscription__start_date__snapshots"


def test_long_model_names_are_cut_with_a_digest_and_keep_their_suffix() -> None:
    # int_customer_profitability_analysis__period_start_date__measures is 64 characters
    long_start = measures_model("CUSTOMER_PROFITABILITY_ANALYSIS", "period_start_date")
    long_end = measures_model("CUSTOMER_PROFITABILITY_ANALYSIS", "period_start_dates")
    assert len(long_start) <= MAX_MODEL_NAME and len(long_end) <= MAX_MODEL_NAME
    assert long_start.startswith("int_customer_profitability_analysis__peri") and long_start.endswith("__measures")
    assert long_start != long_end
    assert snapshot_model("CUSTOMER_PROFITABILITY_ANALYSIS", "period_start_date").endswith("__snapshots")


def test_kpi_code_longer_than_an_identifier_allows(mini_root: Path, edit: Editor) -> None:
    code = "WON_REVENUE_" + "X" * 48  # 60 characters: kpi_<code> would be 64
    edit("kpis/won_revenue.yml", lambda d: d.update(code=code))
    (mini_root / "kpis/won_revenue.yml").rename(mini_root / f"kpis/{code.lower()}.yml")
    assert_one(mini_root, f"kpis/{code.lower()}.yml", "code is 60 characters; at most 59")
