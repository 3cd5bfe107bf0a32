"""Key account management KPIs of the real catalog, built through dbt on DuckDB and PostgreSQL
from a small hand-made dataset and compared with values worked out by hand in the comments:
share of wallet and penetration, multi-threading, account-plan and executive-sponsor coverage,
key-account net and gross revenue retention, revenue concentration, revenue at risk and
key-account profitability."""

from __future__ import annotations

from typing import Any

import pytest

from tests.catalog_kpis import Instance, catalog_warehouse
from tests.dbt_harness import ENGINES, Warehouse

CALENDAR = {"kpi_calendar_start": "2025-01-01", "kpi_calendar_end": "2025-06-30"}

KPIS = [
    "ACCOUNT_SHARE_OF_WALLET",
    "ACCOUNT_PENETRATION_INDEX",
    "ACCOUNT_SATURATION_INDEX",
    "MULTI_THREADED_KEY_ACCOUNT_SHARE",
    "ACCOUNT_PLAN_COVERAGE",
    "EXECUTIVE_SPONSOR_COVERAGE",
    "KEY_ACCOUNT_NET_REVENUE_RETENTION",
    "KEY_ACCOUNT_GROSS_REVENUE_RETENTION",
    "CLIENT_RISK_EXPOSURE",
    "KEY_ACCOUNT_REVENUE_SHARE",
    "KEY_ACCOUNT_REVENUE_AT_RISK_SHARE",
    "ACCOUNT_RISK_RESOLUTION_RATE",
    "PROFIT_MARGIN_PER_KEY_ACCOUNT",
    "COST_TO_SERVE",
    "STRATEGIC_ACCOUNT_ROI",
]


def key_account(ka: str, n: int, designated: str, sponsor: str | None, undesignated: str | None = None) -> Instance:
    values = {
        "key_account_id": ka,
        "account_id": f"A{n}",
        "customer_id": f"C{n}",
        "key_account_manager_id": "KAM1",
        "executive_sponsor_rep_id": sponsor,
        "tier": "strategic",
        "status": "exited" if undesignated else "active",
        "designated_at": designated,
        "undesignated_at": undesignated,
    }
    return ("KEY_ACCOUNT", ka, values)


def plan(pid: str, ka: str, n: int, approved: str | None, ended: str | None = None) -> Instance:
    values = {
        "account_plan_id": pid,
        "key_account_id": ka,
        "account_id": f"A{n}",
        "key_account_manager_id": "KAM1",
        "plan_year": 2025,
        "period_start_date": "2025-01-01",
        "period_end_date": "2025-12-31",
        "status": "abandoned" if ended else "active" if approved else "in_review",
        "created_at": "2024-12-01T09:00:00",
        "approved_at": approved,
        "ended_at": ended,
    }
    return ("ACCOUNT_PLAN", pid, values)


def subscription(sid: str, cid: str, mrr: float, start: str, end: str | None, key: bool) -> Instance:
    values = {
        "subscription_id": sid,
        "customer_id": cid,
        "product_id": "P1",
        "status": "cancelled" if end else "active",
        "created_at": f"{start}T08:00:00",
        "start_date": start,
        "end_date": end,
        "billing_interval": "monthly",
        "mrr": mrr,
        "arr": mrr * 12,
        "is_key_account": key,
    }
    return ("SUBSCRIPTION", sid, values)


def revenue(rid: str, cid: str, day: str, amount: float, key: bool) -> Instance:
    values = {
        "revenue_id": rid,
        "recognized_date": day,
        "amount": amount,
        "revenue_type": "renewal",
        "is_recurring": True,
        "customer_id": cid,
        "product_id": "P1",
        "channel": "direct",
        "is_key_account": key,
    }
    return ("REVENUE", rid, values)


def risk(rid: str, ka: str | None, arr: float, identified: str, status: str, resolved: str | None) -> Instance:
    values = {
        "account_risk_id": rid,
        "key_account_id": ka,
        "account_id": "A9",
        "risk_type": "churn",
        "severity": "high",
        "status": status,
        "identified_at": identified,
        "resolved_at": resolved,
        "arr_at_risk": arr,
    }
    return ("ACCOUNT_RISK", rid, values)


def penetration(
    pid: str, n: int, month: str, end: str, captured: float, spend: float, potential: float, engaged: int, owned: int
) -> Instance:
    values = {
        "account_penetration_id": pid,
        "account_id": f"A{n}",
        "customer_id": f"C{n}",
        "period_type": "month",
        "period_start_date": month,
        "period_end_date": end,
        "products_owned": owned,
        "products_available": 5,
        "revenue_captured": captured,
        "total_spend_potential": spend,
        "revenue_potential": potential,
        "stakeholders_engaged": engaged,
    }
    return ("ACCOUNT_PENETRATION", pid, values)


def profitability(pid: str, cid: str, key: bool, revenue: float, serve: float, contribution: float) -> Instance:
    values = {
        "customer_profitability_analysis_id": pid,
        "customer_id": cid,
        "period_start_date": "2025-01-01",
        "period_end_date": "2025-06-30",
        "revenue": revenue,
        "cost_to_serve": serve,
        "contribution_margin": contribution,
        "is_key_account": key,
    }
    return ("CUSTOMER_PROFITABILITY_ANALYSIS", pid, values)


DATASET: list[Instance] = [
    # KA1 since mid-2024 with a sponsor; KA2 designated Jan 20 without one; KA3 (sponsor) exits Feb 10
    key_account("KA1", 1, "2024-06-01T09:00:00", "R1"),
    key_account("KA2", 2, "2025-01-20T09:00:00", None),
    key_account("KA3", 3, "2024-03-01T09:00:00", "R2", "2025-02-10T12:00:00"),
    # KA1's plan approved before the year, KA2's on Feb 5; KA3's approved but abandoned when it exits on Feb 10,
    # and a second plan of KA3 never approved
    plan("P1", "KA1", 1, "2024-12-15T10:00:00"),
    plan("P2", "KA2", 2, "2025-02-05T10:00:00"),
    plan("P3", "KA3", 3, "2024-12-20T10:00:00", "2025-02-10T12:00:00"),
    plan("P4", "KA3", 3, None),
    # key-account subscriptions (C1 expands on Feb 15, C3 churns Feb 10, C2 starts Jan 20) and a non-key one (C4)
    subscription("S1", "C1", 1000, "2024-06-01", None, True),
    subscription("S2", "C1", 500, "2025-02-15", None, True),
    subscription("S3", "C3", 400, "2024-03-01", "2025-02-10", True),
    subscription("S4", "C4", 700, "2024-01-01", None, False),
    subscription("S5", "C2", 300, "2025-01-20", None, True),
    # January revenue: C1 1000 + 250 (key), C2 300 (key), C4 700 + 600, C5 200; February: C1 1500 (key), C4 700
    revenue("V1", "C1", "2025-01-31", 1000, True),
    revenue("V2", "C1", "2025-01-15", 250, True),
    revenue("V3", "C2", "2025-01-31", 300, True),
    revenue("V4", "C4", "2025-01-31", 700, False),
    revenue("V5", "C4", "2025-01-20", 600, False),
    revenue("V6", "C5", "2025-01-31", 200, False),
    revenue("V7", "C1", "2025-02-28", 1500, True),
    revenue("V8", "C4", "2025-02-28", 700, False),
    # risks: KA1's resolved Feb 20, KA3's materialised Feb 10, one of a non-key account still open
    risk("RK1", "KA1", 6000, "2025-01-10T09:00:00", "resolved", "2025-02-20T09:00:00"),
    risk("RK2", "KA3", 4800, "2025-01-25T09:00:00", "materialised", "2025-02-10T12:00:00"),
    risk("RK3", None, 9999, "2025-01-05T09:00:00", "open", None),
    # monthly penetration snapshots of A1 and A2
    penetration("PN1", 1, "2025-01-01", "2025-01-31", 12000, 40000, 60000, 4, 2),
    penetration("PN2", 2, "2025-01-01", "2025-01-31", 3600, 12000, 15000, 2, 1),
    penetration("PN3", 1, "2025-02-01", "2025-02-28", 18000, 40000, 60000, 3, 3),
    penetration("PN4", 2, "2025-02-01", "2025-02-28", 3600, 12000, 15000, 5, 1),
    # first-half profitability: two key accounts and one other customer
    profitability("CP1", "C1", True, 10000, 1500, 6500),
    profitability("CP2", "C2", True, 4000, 900, 2100),
    profitability("CP3", "C4", False, 7000, 300, 5000),
]


@pytest.fixture(scope="module", params=ENGINES)
def warehouse(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Warehouse:
    return catalog_warehouse(tmp_path_factory, request.param, "kpis_key_acct_mgmt", DATASET, KPIS, CALENDAR)


def approx(value: float) -> Any:
    return pytest.approx(value, rel=1e-9, abs=1e-9)


def test_share_of_wallet_penetration_and_saturation(warehouse: Warehouse) -> None:
    # Jan: captured 12000 + 3600 = 15600 of wallets 40000 + 12000 = 52000 -> 0.3
    assert warehouse.kpi_row("ACCOUNT_SHARE_OF_WALLET", "2025-01-01") == (approx(0.3), 15600, 52000)
    # Feb: 18000 + 3600 = 21600 / 52000; the quarter pools both months: 37200 / 104000
    assert warehouse.kpi("ACCOUNT_SHARE_OF_WALLET")["2025-02-01"] == approx(21600 / 52000)
    assert warehouse.kpi_row("ACCOUNT_SHARE_OF_WALLET", "2025-01-01", grain="quarter") == (
        approx(37200 / 104000),
        37200,
        104000,
    )
    # penetration is over the revenue potential instead: Jan 15600 / (60000 + 15000) = 0.208
    assert warehouse.kpi("ACCOUNT_PENETRATION_INDEX")["2025-01-01"] == approx(15600 / 75000)
    # saturation: products owned Jan 2 + 1 of 5 + 5 available; Feb 3 + 1 of 10
    assert warehouse.kpi("ACCOUNT_SATURATION_INDEX") == {"2025-01-01": approx(0.3), "2025-02-01": approx(0.4)}


def test_multi_threaded_share(warehouse: Warehouse) -> None:
    # Jan: A1 engaged 4 (>= 3), A2 2 -> 1 of 2; Feb: A1 3, A2 5 -> 2 of 2; Q1: 3 of 4 account-months
    assert warehouse.kpi("MULTI_THREADED_KEY_ACCOUNT_SHARE") == {"2025-01-01": approx(0.5), "2025-02-01": approx(1.0)}
    assert warehouse.kpi("MULTI_THREADED_KEY_ACCOUNT_SHARE", grain="quarter") == {"2025-01-01": approx(0.75)}


def test_plan_and_sponsor_coverage(warehouse: Warehouse) -> None:
    # end of Jan (Feb 1): KA1, KA2 (from Jan 20), KA3 (until Feb 10) designated; P1 and P3 in force, P2 not yet
    # approved -> 2 / 3
    coverage = warehouse.kpi("ACCOUNT_PLAN_COVERAGE")
    assert warehouse.kpi_row("ACCOUNT_PLAN_COVERAGE", "2025-01-01") == (approx(2 / 3), 2, 3)
    # end of Feb: KA3 has exited and its plan P3 ended with it (not counted, else 3 / 2); KA1 and KA2 (P2
    # approved Feb 5) both planned -> 2 / 2
    assert warehouse.kpi_row("ACCOUNT_PLAN_COVERAGE", "2025-02-01") == (approx(1.0), 2, 2)
    assert coverage["2025-03-01"] == approx(1.0)
    # sponsors: Jan KA1 and KA3 of three; Feb KA1 of KA1, KA2
    sponsors = warehouse.kpi("EXECUTIVE_SPONSOR_COVERAGE")
    assert (sponsors["2025-01-01"], sponsors["2025-02-01"]) == (approx(2 / 3), approx(0.5))


def test_key_account_net_and_gross_revenue_retention(warehouse: Warehouse) -> None:
    # Jan: key cohort at Jan 1 = C1 1000, C3 400 (C2 not yet a subscriber, C4 not a key account); same at Feb 1
    assert warehouse.kpi_row("KEY_ACCOUNT_NET_REVENUE_RETENTION", "2025-01-01") == (approx(1.0), 1400, 1400)
    # Feb: cohort at Feb 1 = C1 1000, C2 300, C3 400 = 1700; at Mar 1 C1 1500 (S1 + S2), C2 300, C3 0 = 1800
    assert warehouse.kpi_row("KEY_ACCOUNT_NET_REVENUE_RETENTION", "2025-02-01") == (approx(1800 / 1700), 1800, 1700)
    # gross caps C1 at its start 1000: (1000 + 300 + 0) / 1700
    assert warehouse.kpi_row("KEY_ACCOUNT_GROSS_REVENUE_RETENTION", "2025-02-01") == (
        approx(1300 / 1700),
        1300,
        1700,
    )


def test_revenue_concentration(warehouse: Warehouse) -> None:
    # Jan revenue: C1 1250, C2 300, C4 1300, C5 200 = 3050; the largest customer is C4 (1300)
    assert warehouse.kpi_row("CLIENT_RISK_EXPOSURE", "2025-01-01") == (approx(1300 / 3050), 1300, 3050)
    # Feb: C1 1500, C4 700 = 2200; the largest is now C1
    assert warehouse.kpi("CLIENT_RISK_EXPOSURE")["2025-02-01"] == approx(1500 / 2200)
    # key-account share: Jan (1250 + 300) / 3050, Feb 1500 / 2200
    share = warehouse.kpi("KEY_ACCOUNT_REVENUE_SHARE")
    assert (share["2025-01-01"], share["2025-02-01"]) == (approx(1550 / 3050), approx(1500 / 2200))


def test_revenue_at_risk_and_mitigation(warehouse: Warehouse) -> None:
    # end of Jan: key ARR = S1 12000 + S3 4800 + S5 3600 = 20400; open key-account risks RK1 6000 + RK2 4800
    # (RK3 belongs to no key account)
    assert warehouse.kpi_row("KEY_ACCOUNT_REVENUE_AT_RISK_SHARE", "2025-01-01") == (
        approx(10800 / 20400),
        10800,
        20400,
    )
    # end of Feb: both key-account risks closed (Feb 20, Feb 10) -> 0 of S1 12000 + S2 6000 + S5 3600 = 21600
    assert warehouse.kpi_row("KEY_ACCOUNT_REVENUE_AT_RISK_SHARE", "2025-02-01") == (approx(0.0), 0, 21600)
    # closed in Feb: RK1 resolved, RK2 materialised -> 1 of 2
    assert warehouse.kpi_row("ACCOUNT_RISK_RESOLUTION_RATE", "2025-02-01") == (approx(0.5), 1, 2)


def test_key_account_profitability(warehouse: Warehouse) -> None:
    # the first half (Jan 1 - Jun 30) counts at its end: June, Q2 and the year; key accounts C1, C2 only
    # margin: contribution (6500 + 2100) / revenue (10000 + 4000)
    assert warehouse.kpi_row("PROFIT_MARGIN_PER_KEY_ACCOUNT", "2025-06-01") == (approx(8600 / 14000), 8600, 14000)
    assert warehouse.kpi("PROFIT_MARGIN_PER_KEY_ACCOUNT", grain="quarter") == {"2025-04-01": approx(8600 / 14000)}
    # cost to serve per key account: (1500 + 900) / 2
    assert warehouse.kpi_row("COST_TO_SERVE", "2025-06-01") == (approx(1200), 2400, 2)
    # ROI: contribution 8600 / cost to serve 2400
    assert warehouse.kpi("STRATEGIC_ACCOUNT_ROI", grain="year") == {"2025-01-01": approx(8600 / 2400)}
