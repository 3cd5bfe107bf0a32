"""Sales Performance KPIs of the real catalog, built through dbt on DuckDB and PostgreSQL from a
small hand-made sales organisation (reps with hires and departures, monthly quotas, deals,
opportunities, leads, recognised revenue, sales, rep scorecards and performance benchmarks),
compared with values worked out by hand in the comments. The first tests check the
time-to-convert option of the ``conversion`` calculation (``measure: avg_days`` /
``median_days``) without a warehouse: validation, plan, rendered SQL and the semantic layer."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from definitions import load_catalog, setup_all_relationships
from generators.dbt.plan import plan_project
from generators.dbt.render_kpis import render_kpi_sql
from generators.dbt.semantic_plan import plan_semantic
from tests.catalog_kpis import Instance, catalog_warehouse
from tests.conftest import Editor
from tests.dbt_harness import ENGINES, Warehouse

CALENDAR = {"kpi_calendar_start": "2024-01-01", "kpi_calendar_end": "2025-12-31"}
"""Two years: a ramp time waits 365 days after its hire month, so only 2024 hires are known."""

KPIS = [
    "MEDIAN_REP_QUOTA_ATTAINMENT",
    "REP_QUOTA_ATTAINMENT_25TH_PERCENTILE",
    "REP_QUOTA_ATTAINMENT_75TH_PERCENTILE",
    "REP_QUOTA_ATTAINMENT_90TH_PERCENTILE",
    "AVERAGE_REP_QUOTA_ATTAINMENT",
    "REPS_AT_OR_ABOVE_QUOTA_SHARE",
    "RAMP_TIME_TO_FIRST_QUOTA_ATTAINMENT",
    "MEDIAN_RAMP_TIME_TO_FIRST_QUOTA_ATTAINMENT",
    "LEAD_TO_CLOSE_TIME",
    "BOOKINGS_PER_RAMPED_REP",
    "RECOGNIZED_REVENUE_PER_REP",
    "BOOKINGS_PER_REP_VS_BENCHMARK",
    "WIN_RATE_VS_BENCHMARK",
    "WIN_LOSS_RATIO",
    "VOLUNTARY_SALES_REP_ATTRITION_RATE",
    "REGRETTED_SALES_REP_ATTRITION_RATE",
    "SALES_TEAM_ATTRITION_RATE",
    "REP_SCORECARD_SCORE_GROWTH",
    "SALES_INCENTIVE_COMPENSATION_EFFECTIVENESS",
    "COST_PER_SALE",
    "AVERAGE_REVENUE_PER_UNIT",
    "SALES_REVENUE",
]

RAMP = "definitions/kpis/ramp_time_to_first_quota_attainment.yml"


# -- the language: time to convert ------------------------------------------------------------


def _issues(root: Path) -> list[str]:
    return [str(issue) for issue in load_catalog(root)[1]]


def test_time_to_convert_must_be_in_days(mini_root: Path, edit: Editor) -> None:
    edit("kpis/lead_to_opportunity_rate.yml", lambda d: d["calculation"].update(measure="avg_days"))
    found = _issues(mini_root)
    assert any("lead_to_opportunity_rate.yml" in i and "unit" in i and "'days'" in i for i in found), found
    edit("kpis/lead_to_opportunity_rate.yml", lambda d: d.update(unit="days", range=[0, None]))
    assert _issues(mini_root) == []
    # a rate in days is the other mistake
    edit("kpis/lead_to_opportunity_rate.yml", lambda d: d["calculation"].update(measure="rate"))
    found = _issues(mini_root)
    assert any("calculation.measure" in i and "avg_days" in i for i in found), found


def test_time_to_convert_measure_vocabulary(mini_root: Path, edit: Editor) -> None:
    edit("kpis/lead_to_opportunity_rate.yml", lambda d: d["calculation"].update(measure="mean_hours"))
    found = _issues(mini_root)
    assert any("lead_to_opportunity_rate.yml" in i and "measure" in i for i in found), found


@pytest.fixture(scope="module")
def catalog() -> Any:
    return setup_all_relationships()


def test_time_to_convert_plan_and_sql(catalog: Any) -> None:
    plan = plan_project(catalog)
    ramp = plan.kpis["RAMP_TIME_TO_FIRST_QUOTA_ATTAINMENT"]
    assert (ramp.spec["measure"], ramp.spec["window_days"]) == ("avg_days", 365)
    sql = render_kpi_sql(ramp)
    # the first conversion of the entity in the window ends the time to convert
    assert "min(conversion_events.converted_at) as first_converted_at" in sql
    assert "{{ days_between('base_events.base_at', 'matched.first_converted_at') }} as days_to_convert" in sql
    assert "days_to_convert_total / nullif(converted_count, 0)" in sql
    assert "where converted_count > 0" in sql and "from converted_periods" in sql
    # cross-database macros only, never a branch on the engine
    assert "target.type" not in sql and "epoch" not in sql
    median = render_kpi_sql(plan.kpis["MEDIAN_RAMP_TIME_TO_FIRST_QUOTA_ATTAINMENT"])
    assert "{{ percentile_agg('days_to_convert', 0.5) }}" in median
    # a rate is rendered as before: no days, no first conversion
    rate = render_kpi_sql(plan.kpis["LEAD_TO_OPPORTUNITY_RATE"])
    assert "first_converted_at" not in rate and "converted_count / nullif(base_count, 0)" in rate


def test_time_to_convert_is_declined_by_the_semantic_layer(catalog: Any) -> None:
    plan = plan_semantic(catalog)
    for code in ("RAMP_TIME_TO_FIRST_QUOTA_ATTAINMENT", "LEAD_TO_CLOSE_TIME"):
        assert code in plan.declined
        assert "time to convert" in str(plan.declined[code])
    assert "lead_to_opportunity_rate" in plan.metrics


# -- the data -----------------------------------------------------------------------------------


def rep(
    rid: str,
    hired: str,
    role: str = "inside_ae",
    *,
    left: str | None = None,
    kind: str | None = None,
    regretted: bool | None = None,
    cost: float | None = None,
    quota_carrying: bool = True,
) -> Instance:
    return (
        "SALES_REPRESENTATIVE",
        rid,
        {
            "sales_rep_id": rid,
            "full_name": f"Rep {rid}",
            "role": role,
            "team_id": "T1",
            "employment_status": "terminated" if left else "active",
            "hire_date": hired,
            "termination_date": left,
            "is_quota_carrying": quota_carrying,
            "annual_fully_loaded_cost": cost,
            "termination_type": kind,
            "is_regretted_attrition": regretted,
        },
    )


def quota(
    rid: str, month: str, amount: float, ramping: bool = False, period: str = "month", role: str = "inside_ae"
) -> Instance:
    end = {"2025-01-01": "2025-01-31", "2025-02-01": "2025-02-28"}.get(month, "2025-03-31")
    return (
        "SALES_QUOTA",
        f"Q-{rid}-{month}-{period}",
        {
            "sales_quota_id": f"Q-{rid}-{month}-{period}",
            "assignee_level": "rep",
            "sales_rep_id": rid,
            "rep_role": role,
            "quota_type": "bookings",
            "period_type": period,
            "period_start": month,
            "period_end": end,
            "quota_amount": amount,
            "is_ramping": ramping,
            "status": "closed",
            "assigned_at": "2024-12-20T09:00:00",
        },
    )


def deal(did: str, rid: str, booked: str, amount: float) -> Instance:
    return (
        "DEAL",
        did,
        {
            "deal_id": did,
            "opportunity_id": f"O-{did}",
            "account_id": "A1",
            "customer_id": "C1",
            "deal_type": "new_business",
            "booked_at": f"{booked}T12:00:00",
            "amount": amount,
            "sales_rep_id": rid,
        },
    )


def opportunity(oid: str, stage: str, closed: str | None, lead: str | None = None) -> Instance:
    return (
        "OPPORTUNITY",
        oid,
        {
            "opportunity_id": oid,
            "account_id": "A1",
            "owner_rep_id": "R1",
            "lead_id": lead,
            "source": "inbound",
            "opportunity_type": "new_business",
            "stage": stage,
            "amount": 10000,
            "created_at": "2023-12-01T09:00:00",
            "closed_at": f"{closed}T12:00:00" if closed else None,
        },
    )


def lead(lid: str, created: str) -> Instance:
    return (
        "LEAD",
        lid,
        {"lead_id": lid, "source": "inbound", "status": "converted", "created_at": f"{created}T12:00:00"},
    )


def scorecard(
    sid: str,
    rid: str,
    start: str,
    end: str,
    attainment: float,
    *,
    score: float = 50.0,
    period: str = "month",
    booked: float | None = None,
    incentive: float | None = None,
) -> Instance:
    return (
        "PERFORMANCE_SCORECARD",
        sid,
        {
            "performance_scorecard_id": sid,
            "subject_type": "sales_rep",
            "sales_rep_id": rid,
            "period_type": period,
            "period_start": start,
            "period_end": end,
            "overall_score": score,
            "quota_attainment": attainment,
            "bookings_amount": booked,
            "incentive_compensation_amount": incentive,
        },
    )


def benchmark(
    bid: str, metric: str, value: float, start: str, end: str | None = None, scope: str = "company"
) -> Instance:
    return (
        "PERFORMANCE_BENCHMARK",
        bid,
        {
            "performance_benchmark_id": bid,
            "metric_code": metric,
            "unit": "percent" if metric == "win_rate" else "currency",
            "scope": scope,
            "period_type": "month",
            "benchmark_value": value,
            "source_type": "management_target",
            "effective_start_date": start,
            "effective_end_date": end,
        },
    )


def revenue(rid: str, who: str, recognized: str, amount: float) -> Instance:
    return (
        "REVENUE",
        rid,
        {
            "revenue_id": rid,
            "recognized_date": recognized,
            "amount": amount,
            "revenue_type": "new",
            "is_recurring": True,
            "customer_id": "C1",
            "product_id": "P1",
            "channel": "direct",
            "sales_rep_id": who,
        },
    )


def sale(sid: str, channel: str, amount: float, quantity: int, refund: float | None = None) -> Instance:
    return (
        "SALE",
        sid,
        {
            "sale_id": sid,
            "customer_id": "C1",
            "product_id": "P1",
            "sold_at": "2025-01-15T10:00:00",
            "quantity": quantity,
            "amount": amount,
            "refund_amount": refund,
            "sales_channel": channel,
        },
    )


DATASET: list[Instance] = [
    # tenured reps (hired 2020, outside the calendar); R4 resigns 25 April 2025 and is missed; R5 an
    # account manager without a quota
    rep("R1", "2020-01-01", "field_ae", cost=182625),
    rep("R2", "2020-01-01", cost=182625),
    rep("R3", "2020-01-01"),
    rep("R4", "2020-01-01", left="2025-04-25", kind="voluntary", regretted=True),
    rep("R5", "2020-01-01", "account_manager"),
    # 2024 hires: N1 10 Mar, N2 20 Mar, N3 5 Mar (resigns 15 Apr 2025), N6 25 Mar (let go 20 Apr 2025),
    # N4 a sales manager (2 May), N5 15 May; N7 hired 2 June 2025
    rep("N1", "2024-03-10"),
    rep("N2", "2024-03-20"),
    rep("N3", "2024-03-05", left="2025-04-15", kind="voluntary", regretted=False),
    rep("N6", "2024-03-25", left="2025-04-20", kind="involuntary", regretted=False),
    rep("N4", "2024-05-02", "sales_manager"),
    rep("N5", "2024-05-15"),
    rep("N7", "2025-06-02"),
    # January 2025 monthly bookings quotas (N1 still ramping); a quarterly row that must not add up
    quota("R1", "2025-01-01", 100000),
    quota("R2", "2025-01-01", 50000),
    quota("R3", "2025-01-01", 40000),
    quota("R4", "2025-01-01", 80000),
    quota("N1", "2025-01-01", 20000, ramping=True),
    quota("R4", "2025-01-01", 240000, period="quarter"),
    # a channel manager's quota is on partner bookings, which no deal credits to them: left out
    quota("CM1", "2025-01-01", 60000, role="channel_manager"),
    quota("N1", "2025-02-01", 20000),
    deal("D1", "R1", "2025-01-10", 120000),
    deal("D2", "R2", "2025-01-12", 25000),
    deal("D3", "R3", "2025-01-20", 40000),
    deal("D4", "N1", "2025-01-22", 30000),
    deal("D5", "R5", "2025-01-25", 7000),
    deal("D6", "R2", "2025-02-10", 10000),
    # January 2025: 3 won, 5 lost; February: 2 won, none lost
    *[opportunity(f"W{i}", "closed_won", "2025-01-15") for i in range(3)],
    *[opportunity(f"L{i}", "closed_lost", "2025-01-16") for i in range(5)],
    *[opportunity(f"F{i}", "closed_won", "2025-02-14") for i in range(2)],
    # leads of February 2024 and their won opportunities
    lead("LD1", "2024-02-01"),
    lead("LD2", "2024-02-10"),
    lead("LD3", "2024-02-20"),
    opportunity("O-LD1", "closed_won", "2024-03-02", "LD1"),
    opportunity("O-LD1b", "closed_won", "2024-05-01", "LD1"),
    opportunity("O-LD2", "closed_lost", "2024-03-01", "LD2"),
    opportunity("O-LD2b", "closed_won", "2024-04-10", "LD2"),
    # ramp: the monthly scorecards of the new hires
    scorecard("S-N1-04", "N1", "2024-04-01", "2024-04-30", 0.6),
    scorecard("S-N1-06", "N1", "2024-06-01", "2024-06-30", 1.05),
    scorecard("S-N1-07", "N1", "2024-07-01", "2024-07-31", 1.2),
    scorecard("S-N2-Q1", "N2", "2024-01-01", "2024-03-31", 1.5, period="quarter"),
    scorecard("S-N2-04", "N2", "2024-04-01", "2024-04-30", 1.0),
    scorecard("S-N3-04", "N3", "2024-04-01", "2024-04-30", 0.9),
    scorecard("S-N3-late", "N3", "2025-03-01", "2025-03-31", 1.1),
    scorecard("S-N6-03", "N6", "2024-03-01", "2024-03-31", 1.3),
    scorecard("S-N4-05", "N4", "2024-05-01", "2024-05-31", 1.0),
    scorecard("S-N5-08", "N5", "2024-08-01", "2024-08-31", 1.1),
    scorecard("S-N7-06", "N7", "2025-06-01", "2025-06-30", 1.4),
    # January and February 2025 rep scorecards with scores, bookings and incentive pay; an SDR's
    # scorecard has no bookings
    scorecard("S-R1-01", "R1", "2025-01-01", "2025-01-31", 1.2, score=80, booked=120000, incentive=9000),
    scorecard("S-R2-01", "R2", "2025-01-01", "2025-01-31", 0.5, score=60, booked=25000, incentive=1000),
    scorecard("S-SDR-01", "R3", "2025-01-01", "2025-01-31", 0.9, score=70, incentive=500),
    scorecard("S-R1-02", "R1", "2025-02-01", "2025-02-28", 0.0, score=84),
    scorecard("S-R2-02", "R2", "2025-02-01", "2025-02-28", 0.2, score=70),
    scorecard("S-R3-02", "R3", "2025-02-01", "2025-02-28", 0.2, score=77),
    # benchmarks: the company win rate; a segment's (not company scope); bookings per rep 50000 up to
    # 1 February 2025, then 40000
    benchmark("B1", "win_rate", 0.25, "2024-01-01"),
    benchmark("B2", "win_rate", 0.5, "2024-01-01", scope="segment"),
    benchmark("B3", "bookings_per_rep", 50000, "2024-01-01", "2025-02-01"),
    benchmark("B4", "bookings_per_rep", 40000, "2025-02-01"),
    revenue("RV1", "R1", "2025-01-10", 30000),
    revenue("RV2", "R3", "2025-01-20", 10000),
    revenue("RV3", "R5", "2025-01-25", 5000),
    sale("SL1", "direct", 1000, 10),
    sale("SL2", "online", 500, 5, refund=100),
    sale("SL3", "partner", 2000, 4),
]


@pytest.fixture(scope="module", params=ENGINES)
def warehouse(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Warehouse]:
    yield catalog_warehouse(tmp_path_factory, request.param, "kpi_test_sales_perf", DATASET, KPIS, CALENDAR)


def approx(value: float) -> Any:
    return pytest.approx(value, rel=1e-9, abs=1e-9)


JAN, FEB = "2025-01-01", "2025-02-01"


def test_attainment_distribution(warehouse: Warehouse) -> None:
    # January 2025, reps with a monthly bookings quota: R1 120000/100000 = 1.2, R2 25000/50000 = 0.5,
    # R3 40000/40000 = 1.0, R4 nothing booked = 0, N1 30000/20000 = 1.5 (ramping reps count); R4's
    # quarterly row is not a monthly quota; R5 booked 7000 without a quota and is no rep at quota; the
    # channel manager CM1 is left out (REPS_AT_OR_ABOVE_QUOTA_SHARE counts it: 3 of 6).
    # Sorted: 0, 0.5, 1.0, 1.2, 1.5 (n = 5, continuous percentiles at position (n - 1) * p)
    assert warehouse.kpi("MEDIAN_REP_QUOTA_ATTAINMENT")[JAN] == approx(1.0)
    assert warehouse.kpi("REP_QUOTA_ATTAINMENT_25TH_PERCENTILE")[JAN] == approx(0.5)  # position 1
    assert warehouse.kpi("REP_QUOTA_ATTAINMENT_75TH_PERCENTILE")[JAN] == approx(1.2)  # position 3
    # position 3.6: 1.2 + 0.6 * (1.5 - 1.2) = 1.38
    assert warehouse.kpi("REP_QUOTA_ATTAINMENT_90TH_PERCENTILE")[JAN] == approx(1.38)
    # mean: (0 + 0.5 + 1.0 + 1.2 + 1.5) / 5 = 0.84; at or above quota: R1, R3, N1
    assert warehouse.kpi("AVERAGE_REP_QUOTA_ATTAINMENT")[JAN] == approx(0.84)
    assert warehouse.kpi_row("REPS_AT_OR_ABOVE_QUOTA_SHARE", JAN) == (approx(0.5), 3, 6)
    # February: only N1 has a quota and booked nothing: every figure of the distribution is 0
    assert warehouse.kpi("MEDIAN_REP_QUOTA_ATTAINMENT")[FEB] == approx(0.0)
    # Q1: the same reps (N1's quota 40000, bookings 30000 = 0.75; R2 35000/50000 = 0.7):
    # 0, 0.7, 0.75, 1.0, 1.2 -> median 0.75
    assert warehouse.kpi("MEDIAN_REP_QUOTA_ATTAINMENT", grain="quarter")[JAN] == approx(0.75)


def test_ramp_time_to_first_quota_attainment(warehouse: Warehouse) -> None:
    # quota-carrying hires of March 2024 and their first month at or above quota within 365 days:
    # N1 (10 Mar) -> June (April 0.6 is below) ends 30 Jun: 21 + 30 + 31 + 30 = 112 days;
    # N2 (20 Mar) -> April ends 30 Apr: 11 + 30 = 41 days (its quarterly scorecard ending 31 Mar is no
    # monthly scorecard); N6 (25 Mar) -> March ends 31 Mar: 6 days;
    # N3 (5 Mar) attained only in March 2025 (ends 31 Mar 2025, after 5 Mar 2025 + 365 days): left out.
    # Mean (112 + 41 + 6) / 3 = 53 over the 3 that converted; median 41
    assert warehouse.kpi_row("RAMP_TIME_TO_FIRST_QUOTA_ATTAINMENT", "2024-03-01") == (approx(53), 159, 3)
    # May 2024: N5 (15 May) -> August ends 31 Aug: 16 + 30 + 31 + 31 = 108 days; N4 is a sales manager
    ramp = warehouse.kpi("RAMP_TIME_TO_FIRST_QUOTA_ATTAINMENT")
    # no other month: no quota-carrying hire (a month of hires none converted would have no value
    # either), and N7's June 2025 cannot be known before June 2026 (period end + 365 > data end)
    assert ramp == {"2024-03-01": approx(53), "2024-05-01": approx(108)}
    median = warehouse.kpi("MEDIAN_RAMP_TIME_TO_FIRST_QUOTA_ATTAINMENT")
    assert median == {"2024-03-01": approx(41), "2024-05-01": approx(108)}
    # the year 2024 ends 2025-01-01, + 365 = 2026-01-01 = the data end: reported.
    # 6, 41, 108, 112: mean 267 / 4 = 66.75, median (41 + 108) / 2 = 74.5
    assert warehouse.kpi("RAMP_TIME_TO_FIRST_QUOTA_ATTAINMENT", grain="year") == {"2024-01-01": approx(66.75)}
    assert warehouse.kpi("MEDIAN_RAMP_TIME_TO_FIRST_QUOTA_ATTAINMENT", grain="year") == {"2024-01-01": approx(74.5)}
    # Q1 2024 = March's hires
    assert warehouse.kpi("RAMP_TIME_TO_FIRST_QUOTA_ATTAINMENT", grain="quarter")["2024-01-01"] == approx(53)


def test_lead_to_close_time(warehouse: Warehouse) -> None:
    # February 2024 leads: LD1 (1 Feb noon) first won 2 Mar noon = 30 days (its May win is later);
    # LD2 (10 Feb) lost 1 Mar, won 10 Apr = 19 + 31 + 10 = 60 days; LD3 never won: left out.
    # (30 + 60) / 2 = 45
    assert warehouse.kpi("LEAD_TO_CLOSE_TIME") == {"2024-02-01": approx(45)}
    assert warehouse.kpi_row("LEAD_TO_CLOSE_TIME", "2024-02-01") == (approx(45), 90, 2)


def test_productivity_per_rep_and_benchmark(warehouse: Warehouse) -> None:
    # ramped reps in January (all their monthly quotas ramped): R1, R2, R3, R4 (N1 ramping):
    # (120000 + 25000 + 40000 + 0) / 4 = 46250
    assert warehouse.kpi("BOOKINGS_PER_RAMPED_REP")[JAN] == approx(46250)
    # February: only N1 has a quota, now ramped, and booked nothing
    assert warehouse.kpi("BOOKINGS_PER_RAMPED_REP")[FEB] == approx(0)
    # Q1: N1 had a ramping quota in January: out. R2 booked 25000 + 10000
    assert warehouse.kpi("BOOKINGS_PER_RAMPED_REP", grain="quarter")[JAN] == approx(48750)
    # recognised revenue per quota-carrying rep, January: (R1 30000 + R3 10000) / 5 reps = 8000 (R5 has no quota)
    assert warehouse.kpi("RECOGNIZED_REVENUE_PER_REP")[JAN] == approx(8000)
    # Bookings per Quota-Carrying Rep counts the channel manager too (6 reps): (120000 + 25000 + 40000 + 0
    # + 30000 + 0) / 6 = 215000 / 6; the benchmark in effect at the end of January (1 Feb) is B3, 50000:
    # 215000 / 300000 = 43 / 60. February: N1 alone, 0, against B4's 40000
    vs_benchmark = warehouse.kpi("BOOKINGS_PER_REP_VS_BENCHMARK")
    assert (vs_benchmark[JAN], vs_benchmark[FEB]) == (approx(43 / 60), approx(0.0))


def test_win_rate_against_benchmark(warehouse: Warehouse) -> None:
    # January 2025: 3 won of 8 closed = 0.375 against the company benchmark 0.25 (the segment's 0.5 is
    # not company scope) = 1.5; February: 2 of 2 = 1.0 / 0.25 = 4
    vs_benchmark = warehouse.kpi("WIN_RATE_VS_BENCHMARK")
    assert (vs_benchmark[JAN], vs_benchmark[FEB]) == (approx(1.5), approx(4.0))
    # win/loss: January 3 won / 5 lost = 0.6; February nothing lost: no value
    assert warehouse.kpi_row("WIN_LOSS_RATIO", JAN) == (approx(0.6), 3, 5)
    assert warehouse.kpi("WIN_LOSS_RATIO").get(FEB) is None


def test_voluntary_and_regretted_attrition(warehouse: Warehouse) -> None:
    # April 2025: N3 resigns (15th), N6 is let go (20th), R4 resigns and is regretted (25th); no hire.
    # Employed at the end of April (1 May): R1, R2, R3, R5, N1, N2, N4, N5 = 8 (N7 starts in June);
    # average headcount 8 - (0 hires - 3 departures) / 2 = 9.5
    april = "2025-04-01"
    assert warehouse.kpi("SALES_TEAM_ATTRITION_RATE")[april] == approx(3 / 9.5)
    assert warehouse.kpi("VOLUNTARY_SALES_REP_ATTRITION_RATE")[april] == approx(2 / 9.5)
    assert warehouse.kpi("REGRETTED_SALES_REP_ATTRITION_RATE")[april] == approx(1 / 9.5)
    # March: nobody left, 11 employed: 0
    assert warehouse.kpi("VOLUNTARY_SALES_REP_ATTRITION_RATE")["2025-03-01"] == approx(0)


def test_scorecard_trend_and_incentive_effectiveness(warehouse: Warehouse) -> None:
    # average monthly rep scorecard score: January (80 + 60 + 70) / 3 = 70, February (84 + 70 + 77) / 3 = 77:
    # growth (77 - 70) / 70 = 0.1
    assert warehouse.kpi("REP_SCORECARD_SCORE_GROWTH")[FEB] == approx(0.1)
    # January bookings per incentive pay: (120000 + 25000) / (9000 + 1000) = 14.5 (the SDR scorecard
    # carries no bookings and is left out, its 500 of incentive pay too)
    assert warehouse.kpi_row("SALES_INCENTIVE_COMPENSATION_EFFECTIVENESS", JAN) == (approx(14.5), 145000, 10000)


def test_cost_per_sale_unit_revenue_and_channel(warehouse: Warehouse) -> None:
    # January: the reps employed at month end cost 182625 + 182625 = 365250 a year; 31 days of it =
    # 365250 * 31 / 365.25 = 31000, over 5 deals booked = 6200
    assert warehouse.kpi("COST_PER_SALE")[JAN] == approx(6200)
    # net revenue (1000 + 500 - 100 + 2000) / units (10 + 5 + 4) = 3400 / 19
    assert warehouse.kpi("AVERAGE_REVENUE_PER_UNIT")[JAN] == approx(3400 / 19)
    # sales per channel: the online sale net of its refund
    assert warehouse.kpi("SALES_REVENUE", dimension="SALES_CHANNEL", member="online")[JAN] == approx(400)
    assert warehouse.kpi("SALES_REVENUE", dimension="SALES_CHANNEL", member="partner")[JAN] == approx(2000)
