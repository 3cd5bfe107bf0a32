"""The synthetic CRM world: complete, valid, referentially sound, causal, deterministic and
with rates near public benchmarks. Expected rates are computed here by hand from the rows."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
import os
import re
import statistics
import subprocess
import sys
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from definitions import setup_all_relationships
from definitions.instances import instance_errors
from generators.synth import BACK_REFERENCES, Calendar, generate_world

ROOT = Path(__file__).resolve().parents[1]
Rows = list[tuple[str, str, dict[str, Any]]]

# dates that are plans, periods or expiries, not events: they may lie beyond the horizon
PLANNED = {
    "current_term_end_date",
    "end_date",
    "start_date",
    "expected_close_date",
    "previous_expected_close_date",
    "original_expected_close_date",
    "target_date",
    "target_resolution_date",
    "target_completion_date",
    "due_date",
    "follow_up_due_date",
    "valid_until_date",
    "protection_expires_date",
    "registration_expiry_date",
    "certification_expiry_date",
    "certification_expires_at",
    "next_renewal_date",
    "contract_start_date",
    "contract_end_date",
    "period_end",
    "period_end_date",
    "scheduled_at",
    "launched_at",
    "current_until",
}


def _hash(rows: Iterable[tuple[str, str, dict[str, Any]]]) -> str:
    digest = hashlib.sha256()
    for schema_ref, code, values in rows:
        digest.update(json.dumps([schema_ref, code, values], sort_keys=True, separators=(",", ":")).encode())
        digest.update(b"\n")
    return digest.hexdigest()


def _moment(value: str) -> dt.datetime:
    if "T" in value:
        return dt.datetime.fromisoformat(value)
    return dt.datetime.combine(dt.date.fromisoformat(value), dt.time())


def _by_model(rows: Rows) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for schema_ref, _, values in rows:
        out[schema_ref].append(values)
    return out


@pytest.fixture(scope="module")
def catalog() -> Any:
    return setup_all_relationships()


@pytest.fixture(scope="module")
def small() -> Rows:
    return list(generate_world(scale=0.2, seed=7))


@pytest.fixture(scope="module")
def demo() -> dict[str, list[dict[str, Any]]]:
    return _by_model(list(generate_world(scale=1.0, seed=42)))


# completeness, validity, references ---------------------------------------------------


def test_every_object_model_gets_instances(catalog: Any, small: Rows) -> None:
    seen = {schema_ref for schema_ref, _, _ in small}
    assert set(catalog.object_models) - seen == set()
    assert seen <= set(catalog.object_models)


def test_a_tenth_scale_still_fills_every_model(catalog: Any) -> None:
    counts: dict[str, int] = defaultdict(int)
    for schema_ref, _, _ in generate_world(scale=0.1, seed=3):
        counts[schema_ref] += 1
    assert {code for code in catalog.object_models if counts[code] == 0} == set()


def test_every_instance_validates(catalog: Any, small: Rows) -> None:
    problems = []
    for schema_ref, code, values in small:
        schema = catalog.object_models[schema_ref]
        assert code == values[schema.primary_key]
        errors = instance_errors(schema, values)
        if errors:
            problems.append((schema_ref, code, errors))
    assert problems == []
    # and through the catalog's own instance constructor, one of each model
    first: dict[str, tuple[str, dict[str, Any]]] = {}
    for schema_ref, code, values in small:
        first.setdefault(schema_ref, (code, values))
    for schema_ref, (code, values) in first.items():
        assert catalog.instance(schema_ref, code, values).code == code


def test_values_have_the_raw_formats(catalog: Any, small: Rows) -> None:
    date = re.compile(r"^\d{4}-\d{2}-\d{2}$")
    stamp = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$")
    for schema_ref, code, values in small:
        for attribute in catalog.object_models[schema_ref].attributes:
            value = values.get(attribute.name)
            if value is None:
                continue
            if attribute.type == "date":
                assert date.match(value), (schema_ref, code, attribute.name, value)
            elif attribute.type == "timestamp":
                assert stamp.match(value), (schema_ref, code, attribute.name, value)
            elif attribute.type == "decimal":
                assert isinstance(value, float | int) and round(value, 4) == value, (schema_ref, code, attribute.name)


def test_codes_are_unique(small: Rows) -> None:
    keys = [(schema_ref, code) for schema_ref, code, _ in small]
    assert len(keys) == len(set(keys))


def test_references_resolve_and_point_backwards(catalog: Any, small: Rows) -> None:
    ids: dict[str, set[str]] = defaultdict(set)
    for schema_ref, code, _ in small:
        ids[schema_ref].add(code)
    seen: dict[str, set[str]] = defaultdict(set)
    dangling, forward = [], []
    for schema_ref, code, values in small:
        for attribute in catalog.object_models[schema_ref].attributes:
            target = attribute.references
            value = values.get(attribute.name)
            if target is None or value is None:
                continue
            if value not in ids[target]:
                dangling.append((schema_ref, code, attribute.name, value))
            elif value not in seen[target] and (schema_ref, attribute.name) not in BACK_REFERENCES:
                forward.append((schema_ref, code, attribute.name, value))
        seen[schema_ref].add(code)
    assert dangling == []
    assert forward == []


# causality ----------------------------------------------------------------------------


def test_time_is_causal(small: Rows) -> None:
    rows = _by_model(small)
    opps = {o["opportunity_id"]: o for o in rows["OPPORTUNITY"]}
    leads = {lead["lead_id"]: lead for lead in rows["LEAD"]}
    subs = {s["subscription_id"]: s for s in rows["SUBSCRIPTION"]}
    for opp in opps.values():
        if opp.get("closed_at"):
            assert opp["created_at"] <= opp["closed_at"]
            assert opp["stage"] in ("closed_won", "closed_lost")
        else:
            assert opp["stage"] not in ("closed_won", "closed_lost")
        if opp.get("lead_id"):
            assert leads[opp["lead_id"]]["created_at"] <= opp["created_at"]
    for lead in leads.values():
        if lead.get("converted_opportunity_id"):
            assert lead["created_at"] <= lead["converted_at"] <= opps[lead["converted_opportunity_id"]]["created_at"]
    for ticket in rows["SUPPORT_TICKET"]:
        if ticket.get("first_response_at"):
            assert ticket["opened_at"] <= ticket["first_response_at"]
        if ticket.get("resolved_at"):
            assert ticket["first_response_at"] <= ticket["resolved_at"]
    for event in rows["CHURN_EVENT"]:
        sub = subs.get(event.get("subscription_id", ""))
        if sub is None or not event.get("churned_at"):
            continue
        assert sub["start_date"] <= event["churned_at"][:10]
        if event["churn_scope"] == "full":
            assert sub["end_date"] == event["churned_at"][:10]
            assert sub["status"] == "cancelled"
    for deal in rows["DEAL"]:
        opp = opps[deal["opportunity_id"]]
        assert opp["is_won"] and opp["created_at"] <= deal["booked_at"]
        assert deal["booked_at"][:10] <= deal["contract_start_date"]
    for renewal in rows["RENEWAL"]:
        assert renewal["due_date"] == subs[renewal["subscription_id"]]["current_term_end_date"]
        assert renewal["opened_at"][:10] <= renewal["due_date"]
        if renewal.get("closed_at"):
            assert renewal["opened_at"] <= renewal["closed_at"]
    deals = {d["deal_id"]: d for d in rows["DEAL"]}
    for sub in subs.values():
        if sub.get("deal_id"):
            assert deals[sub["deal_id"]]["booked_at"][:10] <= sub["start_date"]
        if sub.get("end_date"):
            assert sub["start_date"] <= sub["end_date"]
    for contract in rows["CONTRACT"]:
        assert contract["created_at"][:10] <= contract["start_date"] <= contract["end_date"]
        if contract.get("opportunity_id") and opps[contract["opportunity_id"]].get("closed_at"):
            assert opps[contract["opportunity_id"]]["created_at"] <= contract["created_at"]


def test_stage_history_is_ordered_and_ends_in_the_current_stage(small: Rows) -> None:
    rows = _by_model(small)
    history: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for change in rows["SALES_PIPELINE"]:
        history[change["opportunity_id"]].append(change)
    for opp in rows["OPPORTUNITY"]:
        changes = history[opp["opportunity_id"]]
        assert changes, opp["opportunity_id"]
        times = [c["changed_at"] for c in changes]
        assert times == sorted(times)
        assert changes[0]["changed_at"] == opp["created_at"] and "from_stage" not in changes[0]
        assert changes[-1]["to_stage"] == opp["stage"]
        for before, after in itertools.pairwise(changes):
            assert after["from_stage"] == before["to_stage"]


def test_nothing_happens_after_the_calendar(catalog: Any, small: Rows) -> None:
    end = dt.datetime(2025, 12, 31, 23, 59, 59)
    late = []
    for schema_ref, code, values in small:
        for name in catalog.object_models[schema_ref].time_attributes:
            value = values.get(name)
            if value is not None and name not in PLANNED and _moment(value) > end:
                late.append((schema_ref, code, name, value))
    assert late == []


def test_activities_fall_inside_the_calendar(small: Rows) -> None:
    start, end = "2024-01-01", "2025-12-31T23:59:59"
    rows = _by_model(small)
    for model, field in (("SALES_ACTIVITY", "occurred_at"), ("SALES_CALL", "dialed_at"), ("SALES_EMAIL", "sent_at")):
        assert all(start <= row[field] <= end for row in rows[model]), model


# as_of snapshots ----------------------------------------------------------------------


def test_as_of_yields_the_world_as_it_stood(catalog: Any, small: Rows) -> None:
    as_of = dt.date(2025, 3, 15)
    horizon = dt.datetime.combine(as_of, dt.time(23, 59, 59))
    snapshot = list(generate_world(scale=0.2, seed=7, as_of=as_of))
    ids: dict[str, set[str]] = defaultdict(set)
    for schema_ref, code, _ in snapshot:
        ids[schema_ref].add(code)
    for schema_ref, code, values in snapshot:
        schema = catalog.object_models[schema_ref]
        assert instance_errors(schema, values) == [], (schema_ref, code)
        first = next((values[t] for t in schema.time_attributes if values.get(t) is not None), None)
        assert first is None or _moment(str(first)) <= horizon, (schema_ref, code, first)
        for name in schema.time_attributes:
            value = values.get(name)
            if value is not None and name not in PLANNED:
                assert _moment(str(value)) <= horizon, (schema_ref, code, name, value)
        for attribute in schema.attributes:
            value = values.get(attribute.name)
            if attribute.references and value is not None:
                assert value in ids[attribute.references], (schema_ref, code, attribute.name, value)
    # an opportunity open at as_of has no close, and the same world closed it later
    later = {o["opportunity_id"]: o for o in _by_model(small)["OPPORTUNITY"]}
    then = _by_model(snapshot)["OPPORTUNITY"]
    assert any(not o["is_closed"] for o in then)
    for opp in then:
        final = later[opp["opportunity_id"]]
        if opp["is_closed"]:
            assert opp == final
        else:
            assert "closed_at" not in opp and opp["stage"] not in ("closed_won", "closed_lost")
            assert final.get("closed_at", "9999") > horizon.isoformat()


def test_another_calendar_works_and_stays_inside_it(catalog: Any) -> None:
    calendar = Calendar(dt.date(2023, 1, 1), dt.date(2023, 6, 30))
    rows = list(generate_world(scale=0.1, seed=5, calendar=calendar))
    assert len({schema_ref for schema_ref, _, _ in rows}) > 60
    for schema_ref, code, values in rows:
        assert instance_errors(catalog.object_models[schema_ref], values) == []
        for name in ("occurred_at", "changed_at", "opened_at", "created_at"):
            if name in values and name not in PLANNED:
                assert str(values[name]) <= "2023-06-30T23:59:59", (schema_ref, code, name)


# determinism --------------------------------------------------------------------------


def test_same_seed_same_world_in_a_fresh_process(small: Rows) -> None:
    script = (
        "import hashlib, json\n"
        "from generators.synth import generate_world\n"
        "for seed in (7, 8):\n"
        "    digest = hashlib.sha256()\n"
        "    for schema_ref, code, values in generate_world(scale=0.2, seed=seed):\n"
        "        line = json.dumps([schema_ref, code, values], sort_keys=True, separators=(',', ':'))\n"
        "        digest.update(line.encode())\n"
        "        digest.update(b'\\n')\n"
        "    print(digest.hexdigest())\n"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, check=True, timeout=120
    )
    seven, eight = result.stdout.split()
    assert seven == _hash(small)
    assert eight != seven


# rates near public benchmarks ---------------------------------------------------------


def test_win_rate(demo: dict[str, list[dict[str, Any]]]) -> None:
    closed = [o for o in demo["OPPORTUNITY"] if o["is_closed"]]
    won = sum(1 for o in closed if o["is_won"])
    assert 0.18 <= won / len(closed) <= 0.32


def test_monthly_logo_churn(demo: dict[str, list[dict[str, Any]]]) -> None:
    subs_by_customer: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for sub in demo["SUBSCRIPTION"]:
        subs_by_customer[sub["customer_id"]].append(sub)
    churned = [e for e in demo["CHURN_EVENT"] if e["outcome"] == "churned" and e["churn_scope"] == "full"]
    months = [dt.date(2024 + i // 12, i % 12 + 1, 1) for i in range(24)]
    rates = []
    for i, month in enumerate(months):
        after = months[i + 1] if i + 1 < len(months) else dt.date(2026, 1, 1)
        start = month.isoformat()
        active = {
            customer
            for customer, subs in subs_by_customer.items()
            if any(s["start_date"] <= start and (s.get("end_date") is None or s["end_date"] > start) for s in subs)
        }
        lost = {
            e["customer_id"]
            for e in churned
            if start <= e["churned_at"][:10] < after.isoformat() and e["customer_id"] in active
        }
        rates.append(len(lost) / len(active))
    assert 0.01 <= statistics.mean(rates) <= 0.03


def test_nps(demo: dict[str, list[dict[str, Any]]]) -> None:
    scores = [f["score"] for f in demo["CUSTOMER_FEEDBACK"] if f["survey_type"] == "nps" and "score" in f]
    assert len(set(scores)) >= 8  # a real mix of 0-10 answers
    nps = 100 * (sum(s >= 9 for s in scores) - sum(s <= 6 for s in scores)) / len(scores)
    assert -20 <= nps <= 60


def test_sales_cycle_of_won_deals(demo: dict[str, list[dict[str, Any]]]) -> None:
    won = [o for o in demo["OPPORTUNITY"] if o["is_won"]]
    days = [(_moment(o["closed_at"]) - _moment(o["created_at"])).days for o in won]
    assert 30 <= statistics.mean(days) <= 120


def test_other_rates_and_structure(demo: dict[str, list[dict[str, Any]]]) -> None:
    leads = demo["LEAD"]
    converted = sum(1 for lead in leads if "converted_opportunity_id" in lead)
    assert 0.10 <= converted / len(leads) <= 0.25
    sdr_calls = [c for c in demo["SALES_CALL"] if "lead_id" in c]
    assert 0.05 <= sum(c["is_connected"] for c in sdr_calls) / len(sdr_calls) <= 0.15
    csat = [f["score"] for f in demo["CUSTOMER_FEEDBACK"] if f["survey_type"] == "csat" and "score" in f]
    assert 0.75 <= sum(s >= 4 for s in csat) / len(csat) <= 0.9
    # enterprise deals are bigger and slower than small-business ones
    won = [o for o in demo["OPPORTUNITY"] if o["is_won"] and o["opportunity_type"] == "new_business"]

    def median(segment: str, value: Any) -> float:
        return statistics.median(value(o) for o in won if o["segment_id"] == segment)

    def acv(o: dict[str, Any]) -> float:
        return float(o["annual_contract_value"])

    def cycle(o: dict[str, Any]) -> float:
        return (_moment(o["closed_at"]) - _moment(o["created_at"])).days

    assert median("SEG-ENT", acv) > 5 * median("SEG-SMB", acv)
    assert median("SEG-ENT", cycle) > 2 * median("SEG-SMB", cycle)

    # recurring revenue grows over the two years
    def mrr(day: str) -> float:
        return sum(
            s["mrr"]
            for s in demo["SUBSCRIPTION"]
            if s["start_date"] <= day and (s.get("end_date") is None or s["end_date"] > day)
        )

    assert mrr("2025-12-01") > 1.2 * mrr("2024-01-01")
