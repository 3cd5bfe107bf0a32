"""Did enablement work, in the demo? The synthetic world gives training, certification,
coaching, content and playbooks an effect with a direction (generators/synth/enablement.py,
opportunities.py, render_pipeline.py); the effect KPIs must show it on both engines.

The demo is small (about 55 reps, some twenty certifications in 21 reported months), so a
single month of a before/after KPI is noisy: the checks read yearly values, or for the
before/after KPIs the median over the reported quarters (most quarters show the effect)."""

from __future__ import annotations

import collections
import datetime as dt
import statistics
from typing import Any

import pytest

from generators.synth import generate_world
from tests.demo_build import DEMO_SCALE, DEMO_SEED, Built


def _values(built: Built, code: str, grain: str) -> dict[str, float]:
    rows = built.warehouse.query(
        f"select period_start, value from analytics_kpis.kpi_{code.lower()} "
        "where grain = ? and dimension = 'overall' and value is not null order by period_start",
        [grain],
    )
    return {str(period)[:10]: value for period, value in rows}


@pytest.mark.parametrize("code", ["CERTIFICATION_WIN_RATE_LIFT", "CERTIFICATION_DEAL_SIZE_LIFT"])
def test_certification_lifts_win_rate_and_deal_size(demo_built: Built, code: str) -> None:
    quarterly = _values(demo_built, code, "quarter")
    assert len(quarterly) >= 5, quarterly
    assert statistics.median(quarterly.values()) > 0, quarterly
    assert sum(v > 0 for v in quarterly.values()) > len(quarterly) / 2, quarterly


def test_certification_win_rate_lift_is_plausible(demo_built: Built) -> None:
    yearly = _values(demo_built, "CERTIFICATION_WIN_RATE_LIFT", "year")
    # 2024 is the only year whose every 90-day after-window has ended by the data end
    assert list(yearly) == ["2024-01-01"]
    assert 0.02 < yearly["2024-01-01"] < 0.4


def test_coached_reps_attain_more(demo_built: Built) -> None:
    yearly = _values(demo_built, "COACHED_VS_UNCOACHED_ATTAINMENT_GAP", "year")
    assert yearly, "no year with coached and not yet coached reps"
    assert all(0 < gap < 1.5 for gap in yearly.values()), yearly


@pytest.mark.parametrize("code", ["ASSESSMENT_SCORE_IMPROVEMENT", "SALES_SKILL_ADVANCEMENT_RATE"])
def test_post_test_scores_above_pre_test(demo_built: Built, code: str) -> None:
    monthly = _values(demo_built, code, "month")
    assert monthly
    assert all(v > 0 for v in monthly.values()), monthly


@pytest.mark.parametrize("code", ["CONTENT_INFLUENCE_WIN_RATE_GAP", "PLAYBOOK_ADHERENCE_WIN_RATE_GAP"])
def test_content_and_playbook_adherence_win_more(demo_built: Built, code: str) -> None:
    yearly = _values(demo_built, code, "year")
    assert set(yearly) == {"2024-01-01", "2025-01-01"}
    assert all(0.02 < gap < 0.4 for gap in yearly.values()), yearly


def test_ramp_times_are_plausible(demo_built: Built) -> None:
    for code in ("RAMP_TIME_TO_FIRST_DEAL", "TIME_TO_PROFICIENCY"):
        yearly = _values(demo_built, code, "year")
        assert yearly, code
        assert all(5 < days < 366 for days in yearly.values()), (code, yearly)


# -- the synthetic world itself, without a warehouse ----------------------------------------------


@pytest.fixture(scope="module")
def world() -> dict[str, list[dict[str, Any]]]:
    by_model: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
    for model, _, values in generate_world(scale=DEMO_SCALE, seed=DEMO_SEED):
        by_model[model].append(values)
    return by_model


def _win_rate(opportunities: list[dict[str, Any]]) -> float:
    closed = [o for o in opportunities if o["stage"] in ("closed_won", "closed_lost")]
    return sum(o["stage"] == "closed_won" for o in closed) / len(closed)


def test_world_draws_content_use_and_playbook_adherence_with_an_effect(world: dict[str, list[dict[str, Any]]]) -> None:
    opportunities = world["OPPORTUNITY"]
    assert all("enablement_content_used" in o for o in opportunities)
    with_content = _win_rate([o for o in opportunities if o["enablement_content_used"]])
    without = _win_rate([o for o in opportunities if not o["enablement_content_used"]])
    assert 0.05 < with_content - without < 0.3
    closed = [p for p in world["SALES_PLAYBOOK"] if p["outcome"] in ("won", "lost", "no_decision")]
    adherent = [p["outcome"] == "won" for p in closed if p["followed_steps_pct"] >= 0.8]
    other = [p["outcome"] == "won" for p in closed if p["followed_steps_pct"] < 0.8]
    assert 0.05 < sum(adherent) / len(adherent) - sum(other) / len(other) < 0.35


def test_world_pairs_pre_and_post_tests_with_a_gain(world: dict[str, list[dict[str, Any]]]) -> None:
    pre = {
        a["sales_training_program_id"]: a["score"]
        for a in world["SALES_ASSESSMENT"]
        if a["assessment_phase"] == "pre_training"
    }
    post = {
        a["sales_training_program_id"]: a["score"]
        for a in world["SALES_ASSESSMENT"]
        if a["assessment_phase"] == "post_training"
    }
    pairs = [(pre[k], post[k]) for k in pre if k in post]
    assert len(pairs) >= 10
    assert all(after > before for before, after in pairs)


def test_world_certifies_account_executives_from_its_own_stream(world: dict[str, list[dict[str, Any]]]) -> None:
    certified = [
        p
        for p in world["SALES_TRAINING_PROGRAM"]
        if p.get("certified") and p["participant_type"] == "rep" and p.get("certified_at")
    ]
    assert {p["program_code"] for p in certified} == {"CRT-SELL", "CRT-VAL"}
    first = min(dt.datetime.fromisoformat(p["certified_at"]) for p in certified)
    assert first.year == 2024
    assert len(certified) >= 15
