"""Sales Strategy KPIs of the real catalog, built through dbt on DuckDB and PostgreSQL from a
small hand-made world (market segments, competitive opportunities and their win/loss analyses,
lost sales, strategic initiatives, recognised revenue of old and new customers and markets,
deals at list price, newly won customers and sellers), compared with values worked out by hand
in the comments."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.catalog_kpis import Instance, catalog_warehouse
from tests.dbt_harness import ENGINES, Warehouse

CALENDAR = {"kpi_calendar_start": "2025-01-01", "kpi_calendar_end": "2025-12-31"}

KPIS = [
    "SEGMENT_REVENUE_MARKET_SHARE",
    "SERVICEABLE_MARKET_PENETRATION",
    "SERVED_MARKET_CUSTOMER_PENETRATION",
    "RELATIVE_MARKET_SHARE",
    "COMPETITIVE_WIN_RATE",
    "COMPETITIVE_DEAL_SHARE",
    "COMPETITIVE_DEAL_DISCOUNT",
    "PRICE_DELTA_VS_COMPETITORS",
    "BUYER_SALES_EXPERIENCE_RATING",
    "LOSS_REASON_PRICE_SHARE",
    "LOSS_REASON_COMPETITOR_SHARE",
    "LOSS_REASON_NO_DECISION_SHARE",
    "LOSS_REASON_PRODUCT_GAP_SHARE",
    "LOSS_REASON_TIMING_BUDGET_SHARE",
    "STRATEGIC_INITIATIVE_ON_TIME_RATE",
    "ACTIVE_STRATEGIC_INITIATIVES",
    "STRATEGIC_INITIATIVE_MILESTONE_PROGRESS",
    "STRATEGIC_INITIATIVE_REVENUE_ATTAINMENT",
    "RECOGNISED_REVENUE",
    "REVENUE_PER_CUSTOMER",
    "NEW_MARKET_REVENUE_SHARE",
    "NEW_TO_EXISTING_CUSTOMER_REVENUE_RATIO",
    "DIRECT_CHANNEL_SALES_EFFICIENCY",
    "PRICE_REALISATION_RATE",
    "ICP_FIT_NEW_CUSTOMER_SHARE",
]


def market_segment(
    sid: str,
    band: str,
    served: bool,
    tam: float,
    sam: float,
    revenue: float,
    customers: int,
    targets: int,
    leader: float | None = None,
) -> Instance:
    return (
        "MARKET_SEGMENT",
        sid,
        {
            "market_segment_id": sid,
            "market_id": "M-OLD",
            "segment_name": f"Segment {sid}",
            "company_size_band": band,
            "period_start_date": "2025-01-01",
            "period_end_date": "2025-12-31",
            "tam": tam,
            "sam": sam,
            "is_served": served,
            "our_revenue": revenue,
            "our_customers_count": customers,
            "target_accounts_count": targets,
            "largest_competitor_revenue": leader,
        },
    )


def opportunity(
    oid: str, stage: str, closed: str | None, competitor: str | None, listed: float = 0, discount: float = 0
) -> Instance:
    return (
        "OPPORTUNITY",
        oid,
        {
            "opportunity_id": oid,
            "account_id": "A1",
            "owner_rep_id": "R1",
            "source": "outbound",
            "opportunity_type": "new_business",
            "stage": stage,
            "amount": listed - discount,
            "list_price_amount": listed,
            "discount_amount": discount,
            "competitor_id": competitor,
            "created_at": "2024-10-01T09:00:00",
            "closed_at": f"{closed}T12:00:00" if closed else None,
        },
    )


def analysis(
    aid: str,
    oid: str,
    competitor: str,
    outcome: str,
    closed: str,
    analysed: str,
    delta: float,
    source: str,
    rating: int | None,
) -> Instance:
    return (
        "COMPETITIVE_ANALYSIS",
        aid,
        {
            "competitive_analysis_id": aid,
            "opportunity_id": oid,
            "competitor_id": competitor,
            "closed_at": f"{closed}T12:00:00",
            "analysed_at": f"{analysed}T12:00:00",
            "outcome": outcome,
            "price_delta_pct": delta,
            "primary_reason": "price",
            "analysis_source": source,
            "sales_experience_rating": rating,
        },
    )


def lost(lid: str, at: str, reason: str, competitor: str | None = None) -> Instance:
    return (
        "LOST_SALE",
        lid,
        {
            "lost_sale_id": lid,
            "opportunity_id": f"O-{lid}",
            "sales_rep_id": "R1",
            "lost_at": f"{at}T12:00:00",
            "stage_at_loss": "proposal",
            "loss_reason": reason,
            "competitor_id": competitor,
            "amount_lost": 1000,
        },
    )


def initiative(
    sid: str,
    status: str,
    launched: str | None,
    target: str | None,
    completed: str | None,
    done: int,
    total: int,
    revenue_target: float,
    achieved: float,
) -> Instance:
    return (
        "STRATEGIC_INITIATIVE",
        sid,
        {
            "strategic_initiative_id": sid,
            "initiative_name": f"Initiative {sid}",
            "initiative_type": "segment_expansion",
            "status": status,
            "launched_at": f"{launched}T09:00:00" if launched else None,
            "target_date": target,
            "completed_at": f"{completed}T17:00:00" if completed else None,
            "milestones_completed": done,
            "milestones_total": total,
            "revenue_target": revenue_target,
            "revenue_achieved": achieved,
        },
    )


def revenue(
    rid: str, customer: str, day: str, amount: float, since: str, entered: str, segment: str, channel: str = "direct"
) -> Instance:
    return (
        "REVENUE",
        rid,
        {
            "revenue_id": rid,
            "recognized_date": day,
            "amount": amount,
            "revenue_type": "renewal",
            "is_recurring": True,
            "customer_id": customer,
            "product_id": "P1",
            "channel": channel,
            "segment_id": segment,
            "customer_since_date": since,
            "market_entered_date": entered,
        },
    )


def rep(rid: str, role: str, cost: float) -> Instance:
    return (
        "SALES_REPRESENTATIVE",
        rid,
        {
            "sales_rep_id": rid,
            "full_name": f"Rep {rid}",
            "role": role,
            "team_id": "T1",
            "is_quota_carrying": role != "channel_manager",
            "employment_status": "active",
            "hire_date": "2020-01-01",
            "annual_fully_loaded_cost": cost,
        },
    )


def deal(did: str, amount: float, listed: float | None) -> Instance:
    return (
        "DEAL",
        did,
        {
            "deal_id": did,
            "opportunity_id": f"O-{did}",
            "account_id": "A1",
            "customer_id": "C1",
            "deal_type": "new_business",
            "booked_at": "2025-01-20T12:00:00",
            "amount": amount,
            "list_price_amount": listed,
            "sales_rep_id": "R1",
        },
    )


def customer(cid: str, since: str, icp: bool | None) -> Instance:
    return (
        "CUSTOMER",
        cid,
        {
            "customer_id": cid,
            "customer_name": f"Customer {cid}",
            "lifecycle_status": "active",
            "created_at": "2024-06-01T09:00:00",
            "customer_since_date": since,
            "is_icp_fit": icp,
        },
    )


DATASET: list[Instance] = [
    # 2025 sizing of market M-OLD: two served size-band segments, one unserved, one cross-size vertical segment
    market_segment("MS1", "smb", True, 1_000_000, 400_000, 50_000, 30, 200, 100_000),
    market_segment("MS2", "enterprise", True, 3_000_000, 1_000_000, 150_000, 10, 50, 300_000),
    market_segment("MS3", "mid_market", False, 500_000, 200_000, 0, 0, 40, 50_000),
    market_segment("MS4", "all_sizes", True, 9_000_000, 3_000_000, 99_999, 99, 999, 700_000),
    # January closes: O1 won vs CMP1 (list 100000, discount 20000), O2 lost vs CMP1, O3 won vs CMP2 (list
    # 50000, discount 5000), O4 won and O5 lost without a competitor; O6 is still open
    opportunity("O1", "closed_won", "2025-01-10", "CMP1", 100_000, 20_000),
    opportunity("O2", "closed_lost", "2025-01-12", "CMP1", 60_000),
    opportunity("O3", "closed_won", "2025-01-15", "CMP2", 50_000, 5_000),
    opportunity("O4", "closed_won", "2025-01-18", None, 10_000),
    opportunity("O5", "closed_lost", "2025-01-20", None, 10_000),
    opportunity("O6", "prospecting", None, "CMP2", 30_000),
    analysis("CA1", "O1", "CMP1", "won", "2025-01-10", "2025-01-20", 0.10, "buyer_interview", 5),
    analysis("CA2", "O2", "CMP1", "lost", "2025-01-12", "2025-02-03", 0.30, "third_party", 3),
    analysis("CA3", "O3", "CMP2", "won", "2025-01-15", "2025-01-25", -0.05, "rep_survey", None),
    lost("L1", "2025-01-05", "price"),
    lost("L2", "2025-01-08", "price"),
    lost("L3", "2025-01-12", "competitor", "CMP1"),
    lost("L4", "2025-01-20", "no_decision"),
    lost("L5", "2025-01-25", "timing"),
    lost("L6", "2025-02-10", "budget"),
    lost("L7", "2025-02-15", "product_gap"),
    # S1 on time, S2 late (both completed in March), S3 running from February, S4 cancelled, S5 not launched
    initiative("S1", "completed", "2024-11-10", "2025-03-31", "2025-03-15", 8, 8, 100_000, 120_000),
    initiative("S2", "completed", "2025-01-10", "2025-02-28", "2025-03-20", 3, 6, 200_000, 50_000),
    initiative("S3", "in_progress", "2025-02-05", "2025-09-30", None, 2, 8, 100_000, 30_000),
    initiative("S4", "cancelled", "2025-01-20", "2025-06-30", None, 1, 4, 50_000, 0),
    initiative("S5", "proposed", None, None, None, 0, 8, 80_000, 0),
    # C1 a customer since 2020 in a market entered in 2019; C2 since October 2024 in market entered June 2024;
    # C3 since 15 January 2025 in the old market; C1 also buys 200 through a partner in January
    revenue("RV1", "C1", "2025-01-31", 1000, "2020-01-01", "2019-01-01", "SEG-A"),
    revenue("RV2", "C2", "2025-01-31", 500, "2024-10-01", "2024-06-01", "SEG-B"),
    revenue("RV3", "C3", "2025-01-31", 300, "2025-01-15", "2019-01-01", "SEG-B"),
    revenue("RV4", "C1", "2025-01-31", 200, "2020-01-01", "2019-01-01", "SEG-A", "partner"),
    revenue("RV5", "C1", "2025-02-28", 1000, "2020-01-01", "2019-01-01", "SEG-A"),
    revenue("RV6", "C2", "2025-02-28", 500, "2024-10-01", "2024-06-01", "SEG-B"),
    revenue("RV7", "C3", "2025-02-28", 300, "2025-01-15", "2019-01-01", "SEG-B"),
    revenue("RV8", "C3", "2025-02-10", 200, "2025-01-15", "2019-01-01", "SEG-B"),
    # a direct seller costing 365250 a year (1000 a day) and a channel manager the direct channel does not pay
    rep("R1", "field_ae", 365_250),
    rep("R2", "channel_manager", 100_000),
    deal("D1", 80_000, 100_000),
    deal("D2", 45_000, 50_000),
    deal("D3", 10_000, None),
    customer("C1", "2020-01-01", True),
    customer("C3", "2025-01-15", True),
    customer("C4", "2025-01-20", False),
    customer("C5", "2025-01-25", None),
]


@pytest.fixture(scope="module", params=ENGINES)
def warehouse(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Warehouse]:
    yield catalog_warehouse(tmp_path_factory, request.param, "kpi_test_strategy", DATASET, KPIS, CALENDAR)


def approx(value: float) -> Any:
    return pytest.approx(value, rel=1e-9, abs=1e-9)


def test_market_share_and_penetration_of_served_segments(warehouse: Warehouse) -> None:
    # served size-band segments MS1 + MS2 (MS3 is not served, MS4's cross-size row would double count):
    # revenue 50000 + 150000 = 200000 of TAM 1000000 + 3000000 -> 0.05; of SAM 400000 + 1000000 -> 1/7
    assert warehouse.kpi_row("SEGMENT_REVENUE_MARKET_SHARE", "2025-01-01", grain="year") == (
        approx(0.05),
        200_000,
        4_000_000,
    )
    assert warehouse.kpi("SERVICEABLE_MARKET_PENETRATION", grain="year")["2025-01-01"] == approx(1 / 7)
    # customers 30 + 10 of ICP-fit companies 200 + 50 -> 0.16; sized per year, so no month rows
    assert warehouse.kpi("SERVED_MARKET_CUSTOMER_PENETRATION", grain="year")["2025-01-01"] == approx(0.16)
    # against the segment leaders' revenue 100000 + 300000: 200000 / 400000 = 0.5
    assert warehouse.kpi("RELATIVE_MARKET_SHARE", grain="year")["2025-01-01"] == approx(0.5)
    assert warehouse.kpi("SEGMENT_REVENUE_MARKET_SHARE") == {}
    by_market = warehouse.kpi("SEGMENT_REVENUE_MARKET_SHARE", grain="year", dimension="MARKET", member="M-OLD")
    assert by_market["2025-01-01"] == approx(0.05)


def test_competitive_win_rate_per_competitor_and_price_pressure(warehouse: Warehouse) -> None:
    # January competitive closes O1 won, O2 lost (CMP1), O3 won (CMP2): 2/3 overall, 1/2 vs CMP1, 1/1 vs CMP2
    assert warehouse.kpi_row("COMPETITIVE_WIN_RATE", "2025-01-01") == (approx(2 / 3), 2, 3)
    assert warehouse.kpi("COMPETITIVE_WIN_RATE", dimension="COMPETITOR", member="CMP1")["2025-01-01"] == approx(0.5)
    assert warehouse.kpi("COMPETITIVE_WIN_RATE", dimension="COMPETITOR", member="CMP2")["2025-01-01"] == approx(1.0)
    # 3 of the 5 closed opportunities had a competitor (the open O6 is not closed)
    assert warehouse.kpi_row("COMPETITIVE_DEAL_SHARE", "2025-01-01") == (approx(0.6), 3, 5)
    # competitive wins O1 and O3: discount (20000 + 5000) / list (100000 + 50000) = 1/6; vs CMP1 20000/100000
    assert warehouse.kpi("COMPETITIVE_DEAL_DISCOUNT")["2025-01-01"] == approx(1 / 6)
    by_rival = warehouse.kpi("COMPETITIVE_DEAL_DISCOUNT", dimension="COMPETITOR", member="CMP1")
    assert by_rival["2025-01-01"] == approx(0.2)
    # price deltas of the analyses by close month: (0.10 + 0.30 - 0.05) / 3; vs CMP1 (0.10 + 0.30) / 2
    assert warehouse.kpi("PRICE_DELTA_VS_COMPETITORS")["2025-01-01"] == approx(0.35 / 3)
    delta = warehouse.kpi("PRICE_DELTA_VS_COMPETITORS", dimension="COMPETITOR", member="CMP1")
    assert delta["2025-01-01"] == approx(0.2)
    # buyer ratings by analysis month: January CA1's 5 (CA3, a rep survey, has none); February CA2's 3
    rating = warehouse.kpi("BUYER_SALES_EXPERIENCE_RATING")
    assert (rating["2025-01-01"], rating["2025-02-01"]) == (approx(5), approx(3))


def test_loss_reason_mix(warehouse: Warehouse) -> None:
    # January losses L1..L5: price 2, competitor 1, no decision 1, timing 1 (of 5); February L6 budget, L7 gap
    assert warehouse.kpi_row("LOSS_REASON_PRICE_SHARE", "2025-01-01") == (approx(0.4), 2, 5)
    assert warehouse.kpi("LOSS_REASON_COMPETITOR_SHARE")["2025-01-01"] == approx(0.2)
    assert warehouse.kpi("LOSS_REASON_NO_DECISION_SHARE")["2025-01-01"] == approx(0.2)
    assert warehouse.kpi("LOSS_REASON_TIMING_BUDGET_SHARE")["2025-01-01"] == approx(0.2)
    assert warehouse.kpi("LOSS_REASON_PRODUCT_GAP_SHARE")["2025-01-01"] == approx(0.0)
    assert warehouse.kpi("LOSS_REASON_TIMING_BUDGET_SHARE")["2025-02-01"] == approx(0.5)
    assert warehouse.kpi("LOSS_REASON_PRODUCT_GAP_SHARE")["2025-02-01"] == approx(0.5)
    assert warehouse.kpi("LOSS_REASON_PRICE_SHARE")["2025-02-01"] == approx(0.0)
    # the quarter: 7 losses, price 2 -> 2/7
    assert warehouse.kpi("LOSS_REASON_PRICE_SHARE", grain="quarter")["2025-01-01"] == approx(2 / 7)


def test_strategic_initiatives(warehouse: Warehouse) -> None:
    # completed in March: S1 on 15 March, target 31 March (on time); S2 on 20 March, target 28 February (late)
    assert warehouse.kpi_row("STRATEGIC_INITIATIVE_ON_TIME_RATE", "2025-03-01") == (approx(0.5), 1, 2)
    # running at month end (cancelled S4 and unlaunched S5 never count): January S1, S2; February S1, S2, S3
    # (S3 launched 5 February); March only S3 (S1 and S2 completed in March)
    active = warehouse.kpi("ACTIVE_STRATEGIC_INITIATIVES")
    assert (active["2025-01-01"], active["2025-02-01"], active["2025-03-01"]) == (2, 3, 1)
    # mean milestone share of the running ones: January (8/8 + 3/6) / 2 = 0.75; February (1 + 0.5 + 2/8) / 3;
    # March S3's 2/8
    progress = warehouse.kpi("STRATEGIC_INITIATIVE_MILESTONE_PROGRESS")
    assert progress["2025-01-01"] == approx(0.75)
    assert progress["2025-02-01"] == approx(1.75 / 3)
    assert progress["2025-03-01"] == approx(0.25)
    # by launch month: January S2 50000 + S4 0 of 200000 + 50000 = 0.2; February S3 30000 of 100000
    attainment = warehouse.kpi("STRATEGIC_INITIATIVE_REVENUE_ATTAINMENT")
    assert (attainment["2025-01-01"], attainment["2025-02-01"]) == (approx(0.2), approx(0.3))


def test_revenue_mix_new_markets_and_new_customers(warehouse: Warehouse) -> None:
    # January: 1000 + 500 + 300 + 200 (partner) = 2000 from C1, C2, C3; February 1000 + 500 + 300 + 200 = 2000
    assert warehouse.kpi_row("REVENUE_PER_CUSTOMER", "2025-01-01") == (approx(2000 / 3), 2000, 3)
    by_segment = warehouse.kpi("RECOGNISED_REVENUE", dimension="SEGMENT", member="SEG-A")
    assert by_segment["2025-01-01"] == approx(1200)
    # only C2's market was entered less than three years before (June 2024): 500 of 2000
    assert warehouse.kpi("NEW_MARKET_REVENUE_SHARE")["2025-01-01"] == approx(0.25)
    # customers in their first year: C2 (122 days on 31 Jan) and C3: January 800 vs C1's 1200 -> 2/3;
    # February 500 + 300 + 200 = 1000 vs 1000 -> 1
    ratio = warehouse.kpi("NEW_TO_EXISTING_CUSTOMER_REVENUE_RATIO")
    assert (ratio["2025-01-01"], ratio["2025-02-01"]) == (approx(2 / 3), approx(1.0))
    # direct revenue 1800 in January over the direct seller's cost 365250 x 31 / 365.25 = 31000
    assert warehouse.kpi("DIRECT_CHANNEL_SALES_EFFICIENCY")["2025-01-01"] == approx(1800 / 31000)


def test_price_realisation_and_icp_fit(warehouse: Warehouse) -> None:
    # deals with a list price: (80000 + 45000) / (100000 + 50000); D3 without one is left out
    assert warehouse.kpi_row("PRICE_REALISATION_RATE", "2025-01-01") == (approx(5 / 6), 125_000, 150_000)
    # customers won in January: C3 fits, C4 does not, C5 unscored -> 1/3
    assert warehouse.kpi_row("ICP_FIT_NEW_CUSTOMER_SHARE", "2025-01-01") == (approx(1 / 3), 1, 3)
