"""Every calculation type, built through dbt on DuckDB and PostgreSQL from a tiny
hand-made dataset, compared with values computed by hand (worked out in comments)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.conftest import MINI
from tests.dbt_harness import ENGINES, Warehouse, fresh_warehouse, load, make_project, vars_arg

CALENDAR = {"kpi_calendar_start": "2025-01-01", "kpi_calendar_end": "2025-12-31"}


def rep(rep_id: str) -> tuple[str, str, dict[str, Any]]:
    return ("SALES_REPRESENTATIVE", rep_id, {"sales_rep_id": rep_id, "hired_on": "2024-01-01"})


def customer(cid: str, since: str, churned: str | None = None) -> tuple[str, str, dict[str, Any]]:
    return ("CUSTOMER", cid, {"customer_id": cid, "customer_since": since, "churned_on": churned, "tier": "smb"})


def lead(lid: str, created: str, owner: str) -> tuple[str, str, dict[str, Any]]:
    return ("LEAD", lid, {"lead_id": lid, "created_at": f"{created}T00:00:00", "owner_rep_id": owner})


def opportunity(
    oid: str, lead_id: str | None, cid: str, owner: str, amount: float, stage: str, created: str, closed: str | None
) -> tuple[str, str, dict[str, Any]]:
    values = {
        "opportunity_id": oid,
        "lead_id": lead_id,
        "customer_id": cid,
        "owner_rep_id": owner,
        "amount": amount,
        "stage": stage,
        "created_at": f"{created}T00:00:00",
        "closed_at": f"{closed}T00:00:00" if closed else None,
    }
    return ("OPPORTUNITY", oid, values)


def subscription(sid: str, cid: str, mrr: float, start: str, end: str | None) -> tuple[str, str, dict[str, Any]]:
    return (
        "SUBSCRIPTION",
        sid,
        {"subscription_id": sid, "customer_id": cid, "mrr": mrr, "start_date": start, "end_date": end},
    )


DATASET = [
    rep("R1"),
    rep("R2"),
    rep("R3"),  # a rep without any lead or opportunity: no SALES_REP slice of theirs exists
    customer("C1", "2024-06-01"),
    customer("C2", "2025-01-15"),
    customer("C3", "2024-03-01", "2025-02-10"),
    lead("L1", "2025-01-05", "R1"),
    lead("L2", "2025-01-20", "R1"),
    lead("L3", "2025-02-03", "R2"),
    lead("L4", "2025-02-25", "R2"),
    lead("L6", "2025-11-03", "R2"),  # its opportunity O6 is created after the data end (2025-12-31)
    lead("L5", "2025-12-10", "R1"),  # no opportunity (yet)
    opportunity("O1", "L1", "C1", "R1", 100000, "closed_won", "2025-01-10", "2025-01-25"),
    opportunity("O2", "L2", "C2", "R1", 50000, "closed_lost", "2025-01-22", "2025-02-05"),
    opportunity("O3", "L3", "C1", "R2", 30000, "closed_won", "2025-02-10", "2025-02-20"),
    opportunity("O4", None, "C3", "R2", 20000, "closed_won", "2025-01-03", "2025-01-30"),
    opportunity("O5", "L4", "C2", "R1", 80000, "open", "2025-06-01", None),
    opportunity("O6", "L6", "C2", "R2", 10000, "open", "2026-01-15", None),
    subscription("S1", "C1", 1000, "2024-06-01", None),
    subscription("S2", "C2", 500, "2025-01-15", None),
    subscription("S3", "C3", 300, "2024-03-01", "2025-02-10"),
    subscription("S4", "C1", 200, "2025-02-15", None),
]


@pytest.fixture(scope="module", params=ENGINES)
def warehouse(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Warehouse]:
    engine = request.param
    project = make_project(tmp_path_factory.mktemp(f"mini_{engine}"), MINI)
    wh = fresh_warehouse(project, engine, "kpi_test_correctness")
    load(wh, DATASET, MINI)
    outcome = wh.dbt(["build", *vars_arg(CALENDAR)])
    assert outcome.success, outcome.failures
    yield wh


def approx(value: float) -> Any:
    return pytest.approx(value, rel=1e-9, abs=1e-9)


MONTHS = [f"2025-{m:02d}-01" for m in range(1, 13)]
QUARTERS = ["2025-01-01", "2025-04-01", "2025-07-01", "2025-10-01"]


def months(values: dict[str, float]) -> dict[str, float]:
    """Every month of the 2025 calendar: ``values`` where given, else 0 (a zero-filled KPI)."""
    return {m: values.get(m, 0) for m in MONTHS}


def test_simple_count_sum_median_distinct_avg(warehouse: Warehouse) -> None:
    # leads created: Jan L1, L2; Feb L3, L4; Nov L6; Dec L5; every other month of the calendar 0
    assert warehouse.kpi("NEW_LEADS") == months({"2025-01-01": 2, "2025-02-01": 2, "2025-11-01": 1, "2025-12-01": 1})
    # won by close date: Jan O1 100000 + O4 20000; Feb O3 30000; nothing won Mar..Dec = 0
    assert warehouse.kpi("WON_REVENUE") == months({"2025-01-01": 120000, "2025-02-01": 30000})
    assert warehouse.kpi("WON_REVENUE", grain="quarter") == {"2025-01-01": 150000, **dict.fromkeys(QUARTERS[1:], 0)}
    assert warehouse.kpi("WON_REVENUE", dimension="SALES_REP", member="R2") == months(
        {"2025-01-01": 20000, "2025-02-01": 30000}
    )
    # O2 (R1) closed lost in Feb: R1 won nothing in Feb, and an additive sum of nothing is 0
    assert warehouse.kpi("WON_REVENUE", dimension="SALES_REP", member="R1") == months({"2025-01-01": 100000})
    # median of (100000, 20000) = 60000; Feb only 30000; a median of nothing is no value: no other month
    assert warehouse.kpi("MEDIAN_WON_DEAL_SIZE") == {"2025-01-01": approx(60000), "2025-02-01": approx(30000)}
    # distinct customers with a win: Jan C1 (O1), C3 (O4); Q1 C1, C3 (O3 is C1 again); none later = 0
    assert warehouse.kpi("CUSTOMERS_WON") == months({"2025-01-01": 2, "2025-02-01": 1})
    assert warehouse.kpi("CUSTOMERS_WON", grain="quarter") == {"2025-01-01": 2, **dict.fromkeys(QUARTERS[1:], 0)}
    # cycle: O1 Jan 10 -> Jan 25 = 15 days, O4 Jan 3 -> Jan 30 = 27 days: mean 21; Feb O3 10 days;
    # an average of nothing is no value: no other month
    assert warehouse.kpi("SALES_CYCLE_DAYS") == {"2025-01-01": approx(21), "2025-02-01": approx(10)}


def test_additive_kpis_are_zero_filled(warehouse: Warehouse) -> None:
    # the calendar 2025-01-01..2025-12-31 starts on a Wednesday: weeks of 2024-12-30 .. 2025-12-29 = 53 weeks,
    # every one with a value; the 6 leads fall in 6 of them
    weekly = warehouse.kpi("NEW_LEADS", grain="week")
    assert len(weekly) == 53
    assert (min(weekly), max(weekly)) == ("2024-12-30", "2025-12-29")
    assert sum(weekly.values()) == 6
    assert sorted(weekly.values()).count(0) == 47
    # leads of R2: L3, L4 in Feb, L6 in Nov; every other month 0
    assert warehouse.kpi("NEW_LEADS", dimension="SALES_REP", member="R2") == months({"2025-02-01": 2, "2025-11-01": 1})
    # a slice exists where the KPI's input has a row in the calendar: R3 owns no lead, so no R3 slice
    assert warehouse.kpi("NEW_LEADS", dimension="SALES_REP", member="R3") == {}


def test_ratio(warehouse: Warehouse) -> None:
    # Jan: O1, O4 won of 2 closed = 1.0; Feb: O3 won, O2 lost = 0.5; Q1: 3 of 4
    assert warehouse.kpi("WIN_RATE") == {"2025-01-01": approx(1.0), "2025-02-01": approx(0.5)}
    assert warehouse.kpi_row("WIN_RATE", "2025-01-01", grain="quarter") == (approx(0.75), 3, 4)
    assert warehouse.kpi("WIN_RATE", dimension="SALES_REP", member="R1") == {
        "2025-01-01": approx(1.0),
        "2025-02-01": approx(0.0),
    }


def test_derived_with_period_builtin(warehouse: Warehouse) -> None:
    # won revenue per calendar day: Jan 120000 / 31, Feb 30000 / 28
    per_day = warehouse.kpi("REVENUE_PER_DAY")
    assert per_day["2025-01-01"] == approx(120000 / 31)
    assert per_day["2025-02-01"] == approx(30000 / 28)


def test_growth(warehouse: Warehouse) -> None:
    growth = warehouse.kpi("WON_REVENUE_GROWTH")
    # Jan has no previous period in the calendar -> undefined
    assert growth["2025-01-01"] is None
    # Feb vs Jan: (30000 - 120000) / 120000 = -0.75 ; Mar (nothing won) vs Feb: (0 - 30000) / 30000 = -1
    assert growth["2025-02-01"] == approx(-0.75)
    assert growth["2025-03-01"] == approx(-1.0)
    assert warehouse.kpi_row("WON_REVENUE_GROWTH", "2025-02-01") == (approx(-0.75), -90000, 120000)
    # over the zero-filled input every month has a row; Apr (0) vs Mar (0): previous 0 -> no growth rate
    assert len(growth) == 12
    assert growth["2025-04-01"] is None
    assert warehouse.kpi_row("WON_REVENUE_GROWTH", "2025-04-01") == (None, 0, 0)


def test_cumulative_to_date(warehouse: Warehouse) -> None:
    ytd = warehouse.kpi("WON_REVENUE_YTD")
    assert ytd["2025-01-01"] == 120000
    assert ytd["2025-02-01"] == 150000
    assert ytd["2025-12-01"] == 150000
    assert len(ytd) == 12
    assert warehouse.kpi("WON_REVENUE_YTD", grain="year") == {"2025-01-01": 150000}
    r2 = warehouse.kpi("WON_REVENUE_YTD", dimension="SALES_REP", member="R2")
    assert (r2["2025-01-01"], r2["2025-02-01"], r2["2025-06-01"]) == (20000, 50000, 50000)


def test_cumulative_trailing_window(warehouse: Warehouse) -> None:
    trailing = warehouse.kpi("WON_REVENUE_TRAILING_3")
    # Jan 120000; Feb 120000 + 30000; Mar still Jan..Mar; Apr = Feb..Apr = 30000; May = Mar..May = 0
    assert (trailing["2025-01-01"], trailing["2025-02-01"], trailing["2025-03-01"]) == (120000, 150000, 150000)
    assert (trailing["2025-04-01"], trailing["2025-05-01"]) == (30000, 0)


def test_per_entity_average(warehouse: Warehouse) -> None:
    # Jan: R1 100000, R2 20000 -> 60000; Feb: R1 0 (lost only), R2 30000 -> 15000
    assert warehouse.kpi("AVERAGE_WON_PER_REP") == {"2025-01-01": approx(60000), "2025-02-01": approx(15000)}


def test_snapshot(warehouse: Warehouse) -> None:
    mrr = warehouse.kpi("ACTIVE_MRR")
    # end of Jan: S1 1000 + S2 500 (from Jan 15) + S3 300 (ends Feb 10) = 1800
    assert mrr["2025-01-01"] == 1800
    # end of Feb: S1 1000 + S2 500 + S4 200 (from Feb 15); S3 ended = 1700
    assert mrr["2025-02-01"] == 1700
    assert mrr["2025-12-01"] == 1700
    assert warehouse.kpi("ACTIVE_MRR", grain="quarter")["2025-01-01"] == 1700


def test_conversion_within_window(warehouse: Warehouse) -> None:
    # Jan: L1 -> O1 (5 days), L2 -> O2 (2 days): 2 of 2.
    # Feb: L3 -> O3 (7 days) converts; L4 -> O5 after 96 days does not: 1 of 2.
    # Mar..Sep: no lead, no value (a ratio of nothing).
    # Nov (L6) and Dec (L5): right-censored. The data end is 2026-01-01 (the day after kpi_calendar_end
    # 2025-12-31); a month is reported when period end + 90 days <= the data end: Sep 2025-10-01 + 90 =
    # 2025-12-30 is; Oct 2025-11-01 + 90 = 2026-01-30 is not, nor Nov, Dec. No row, rather than Dec 0 of 1.
    assert warehouse.kpi("LEAD_TO_OPPORTUNITY_RATE") == {"2025-01-01": approx(1.0), "2025-02-01": approx(0.5)}
    assert warehouse.kpi_row("LEAD_TO_OPPORTUNITY_RATE", "2025-01-01", grain="quarter") == (approx(0.75), 3, 4)
    # Q4 ends 2026-01-01 (+ 90 > data end), the year too: no value yet
    assert warehouse.kpi("LEAD_TO_OPPORTUNITY_RATE", grain="quarter") == {"2025-01-01": approx(0.75)}
    assert warehouse.kpi("LEAD_TO_OPPORTUNITY_RATE", grain="year") == {}
    # R2: Feb L3, L4: 1 of 2; Nov (L6) censored
    assert warehouse.kpi("LEAD_TO_OPPORTUNITY_RATE", dimension="SALES_REP", member="R2") == {"2025-02-01": approx(0.5)}


def test_conversion_ever(warehouse: Warehouse) -> None:
    # no window: any later opportunity of the lead up to the data end (2025-12-31) counts.
    # Jan: L1 -> O1, L2 -> O2: 2 of 2. Feb: L3 -> O3, and L4 -> O5 after 96 days counts too: 2 of 2.
    # Nov: L6's opportunity O6 is created 2026-01-15, after the data end: 0 of 1. Dec: L5 none: 0 of 1.
    # "ever" means "by the data end": not censored, a recent cohort has had less time
    assert warehouse.kpi("LEAD_TO_OPPORTUNITY_EVER_RATE") == {
        "2025-01-01": approx(1.0),
        "2025-02-01": approx(1.0),
        "2025-11-01": approx(0.0),
        "2025-12-01": approx(0.0),
    }
    # Q1: 4 of 4; Q4: 0 of 2; the year: 4 of 6
    assert warehouse.kpi_row("LEAD_TO_OPPORTUNITY_EVER_RATE", "2025-01-01", grain="quarter") == (approx(1.0), 4, 4)
    assert warehouse.kpi_row("LEAD_TO_OPPORTUNITY_EVER_RATE", "2025-10-01", grain="quarter") == (approx(0.0), 0, 2)
    assert warehouse.kpi_row("LEAD_TO_OPPORTUNITY_EVER_RATE", "2025-01-01", grain="year") == (approx(4 / 6), 4, 6)
    # R1: Jan L1, L2 2 of 2; Dec L5 0 of 1
    assert warehouse.kpi("LEAD_TO_OPPORTUNITY_EVER_RATE", dimension="SALES_REP", member="R1") == {
        "2025-01-01": approx(1.0),
        "2025-12-01": approx(0.0),
    }


def test_per_entity_share(warehouse: Warehouse) -> None:
    # Jan: R1 won 100000 (meets >= 100000), R2 20000: 1 of 2. Feb: R1 0, R2 30000: 0 of 2.
    assert warehouse.kpi("REPS_OVER_TARGET_SHARE") == {"2025-01-01": approx(0.5), "2025-02-01": approx(0.0)}
    # Q1: R1 100000 meets, R2 50000 does not
    assert warehouse.kpi_row("REPS_OVER_TARGET_SHARE", "2025-01-01", grain="quarter") == (approx(0.5), 1, 2)


def test_per_entity_gini(warehouse: Warehouse) -> None:
    # Gini = sum over reps ranked ascending of (2 i - n - 1) x_i / (n * sum x).
    # Jan: R1 100000, R2 20000 -> (-1 * 20000 + 1 * 100000) / (2 * 120000) = 1/3; the same from the mean
    # absolute difference: (|100000 - 20000| * 2) / (2 * 2^2 * 60000) = 160000 / 480000.
    # Feb: R1 0 (lost only), R2 30000 -> (0 + 30000) / (2 * 30000) = 0.5
    assert warehouse.kpi("WON_REVENUE_GINI") == {"2025-01-01": approx(1 / 3), "2025-02-01": approx(0.5)}
    # Q1: R1 100000, R2 50000 -> (-50000 + 100000) / (2 * 150000) = 1/6
    assert warehouse.kpi("WON_REVENUE_GINI", grain="quarter") == {"2025-01-01": approx(1 / 6)}


def test_retention_net_gross_logo(warehouse: Warehouse) -> None:
    # Jan: cohort at Jan 1 = C1 (1000), C3 (300); at Feb 1 both still there -> 1300 / 1300
    assert warehouse.kpi("NET_REVENUE_RETENTION")["2025-01-01"] == approx(1.0)
    # Feb: cohort at Feb 1 = C1 1000, C2 500, C3 300 = 1800; at Mar 1: C1 1200 (S1 + S4), C2 500, C3 0 = 1700
    assert warehouse.kpi_row("NET_REVENUE_RETENTION", "2025-02-01") == (approx(1700 / 1800), 1700, 1800)
    # gross caps C1 at 1000: (1000 + 500 + 0) / 1800
    assert warehouse.kpi_row("GROSS_REVENUE_RETENTION", "2025-02-01") == (approx(1500 / 1800), 1500, 1800)
    # logos: C1, C2 of C1, C2, C3
    assert warehouse.kpi_row("LOGO_RETENTION", "2025-02-01") == (approx(2 / 3), 2, 3)
    # Q1: cohort at Jan 1 = C1 1000, C3 300 (C2 is new, excluded); at Apr 1 C1 1200, C3 0
    assert warehouse.kpi_row("NET_REVENUE_RETENTION", "2025-01-01", grain="quarter") == (
        approx(1200 / 1300),
        1200,
        1300,
    )


def test_retention_is_not_reported_for_a_period_ending_after_the_data_end(warehouse: Warehouse) -> None:
    weekly = warehouse.kpi("NET_REVENUE_RETENTION", grain="week")
    # week of 2025-12-22: cohort C1 1200 (S1 + S4), C2 500 = 1700; still 1700 on 2025-12-29: 1.0
    assert weekly["2025-12-22"] == approx(1.0)
    # week of 2025-12-29 ends 2026-01-05, after the data end 2026-01-01: unknown, no row
    assert "2025-12-29" not in weekly
    assert max(weekly) == "2025-12-22"
    # December ends on the data end: reported (C1 1200 + C2 500 at both ends)
    assert warehouse.kpi_row("NET_REVENUE_RETENTION", "2025-12-01") == (approx(1.0), 1700, 1700)


def test_per_entity_compare_by_event_before_period_end(warehouse: Warehouse) -> None:
    # won revenue per rep with a closed opportunity, by close date: Jan R1 100000 (O1), R2 20000 (O4);
    # Feb R1 0 (O2 lost), R2 30000 (O3). Group: reps owning a lead created on or before the period's last day.
    # Jan: R1 (L1 Jan 5, L2 Jan 20) is in the group, R2 (first lead L3 Feb 3) is not:
    #      100000 - 20000 = 80000, numerator the group's mean 100000, denominator the rest's 20000.
    # Feb: both reps own a lead by Feb 28: no rest, so no comparison and no row; Q1 likewise.
    assert warehouse.kpi("WON_REVENUE_LEAD_OWNER_GAP") == {"2025-01-01": approx(80000)}
    assert warehouse.kpi_row("WON_REVENUE_LEAD_OWNER_GAP", "2025-01-01") == (approx(80000), 100000, 20000)
    assert warehouse.kpi("WON_REVENUE_LEAD_OWNER_GAP", grain="quarter") == {}


def test_before_after_pooled_ratio_relative(warehouse: Warehouse) -> None:
    # per lead (owner, t): won amount and won count of the owner's opportunities closed in [t - 30, t) and [t, t + 30)
    # L1 R1 Jan 5:  before [Dec 6, Jan 5) none;                 after [Jan 5, Feb 4): O1 100000 (Jan 25) -> 100000 / 1
    # L2 R1 Jan 20: before [Dec 21, Jan 20) none;               after [Jan 20, Feb 19): O1 (O2 is lost) -> 100000 / 1
    # L3 R2 Feb 3:  before [Jan 4, Feb 3): O4 20000 (Jan 30) -> 20000 / 1;   after [Feb 3, Mar 5): O3 30000 -> 30000 / 1
    # L4 R2 Feb 25: before [Jan 26, Feb 25): O4 + O3 -> 50000 / 2;           after [Feb 25, Mar 27): none -> 0 / 0
    # Jan: before 0 / 0 is no deal size: value null, after 200000 / 2 = 100000.
    # Feb, pooled: before 70000 / 3, after 30000 / 1: (30000 - 70000 / 3) / (70000 / 3) = 90000 / 70000 - 1 = 2 / 7.
    # Nov: L6 has nothing around it: null. Dec: L5's 30-day after-window ends after the data end (Dec end
    # 2026-01-01 + 30 > 2026-01-01): no row; Nov (ends Dec 1, + 30 = Dec 31) is reported.
    monthly = warehouse.kpi("DEAL_SIZE_LIFT_AFTER_LEAD")
    assert monthly == {"2025-01-01": None, "2025-02-01": approx(2 / 7), "2025-11-01": None}
    assert warehouse.kpi_row("DEAL_SIZE_LIFT_AFTER_LEAD", "2025-01-01") == (None, 100000, None)
    assert warehouse.kpi_row("DEAL_SIZE_LIFT_AFTER_LEAD", "2025-02-01") == (approx(2 / 7), 30000, approx(70000 / 3))
    # Q1, pooled over L1..L4: before 70000 / 3, after 230000 / 3: 230000 / 70000 - 1 = 16 / 7.
    # Q4 (ends 2026-01-01) and the year are censored; Q2, Q3 have no lead.
    assert warehouse.kpi("DEAL_SIZE_LIFT_AFTER_LEAD", grain="quarter") == {"2025-01-01": approx(16 / 7)}
    assert warehouse.kpi("DEAL_SIZE_LIFT_AFTER_LEAD", grain="year") == {}
    # sliced by the event's rep: R2's Feb events are Feb's
    assert warehouse.kpi("DEAL_SIZE_LIFT_AFTER_LEAD", dimension="SALES_REP", member="R2") == {
        "2025-02-01": approx(2 / 7),
        "2025-11-01": None,
    }


def test_fact_table_has_every_kpi(warehouse: Warehouse) -> None:
    rows = warehouse.query("select count(distinct kpi_code) from analytics_marts.fct_kpi_values")
    assert rows[0][0] == 21
