"""What load accepts, staging casts, on DuckDB and PostgreSQL: seeded random values, valid
and invalid, of every attribute type go through ``analytics load``'s path (a JSON-lines
file) and then through the generated ``stg_*`` models. Every accepted value must cast, to
the value the generator built it from; every invalid one must be a reject naming its field
and type rule.

The generators build each value from its parts (year, month, ..., offset; digits), so the
expected value is known by construction, not computed by the code under test."""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import pytest

from definitions import setup_all_relationships
from generators.load.loader import load_instances, read_jsonl
from tests.conftest import MINI
from tests.dbt_harness import fresh_warehouse, make_project

SEED = 20261201
PER_GENERATOR = 25
MICRO = Decimal("0.000001")


@dataclass(frozen=True)
class Case:
    kind: str
    json_text: str
    expected: Any = None
    """The staging value; None for an invalid case."""
    valid: bool = True


def _date_valid(r: random.Random) -> Case:
    day = dt.date(1, 1, 1) + dt.timedelta(days=r.randrange((dt.date(9999, 12, 31) - dt.date(1, 1, 1)).days))
    return Case("date", json.dumps(f"{day.year:04d}-{day.month:02d}-{day.day:02d}"), day)


def _timestamp_valid(r: random.Random) -> Case:
    moment = dt.datetime(1950, 1, 1) + dt.timedelta(seconds=r.randrange(150 * 365 * 86400))
    text = moment.strftime("%Y-%m-%d") + r.choice("T ") + moment.strftime("%H:%M")
    expected = moment.replace(second=0)
    if r.random() < 0.7:
        text += f":{moment.second:02d}"
        expected = moment
        if r.random() < 0.5:
            digits = r.randint(1, 6)
            fraction = "".join(r.choice("0123456789") for _ in range(digits))
            text += "." + fraction
            expected = expected.replace(microsecond=int(fraction.ljust(6, "0")))
    offset = r.choice([None, "Z", "+", "-"])
    if offset == "Z":
        text += "Z"
    elif offset is not None:
        hours, minutes = r.randint(0, 14), r.choice([0, 30, 45])
        text += f"{offset}{hours:02d}:{minutes:02d}"
        shift = dt.timedelta(hours=hours, minutes=minutes)
        expected = expected - shift if offset == "+" else expected + shift
    return Case("timestamp", json.dumps(text), expected)


def _integer_valid(r: random.Random) -> Case:
    value = r.choice([2**63 - 1, -(2**63), 0, r.randint(-(2**63), 2**63 - 1), r.randint(-1000, 1000)])
    return Case("integer", str(value), value)


def _decimal_valid(r: random.Random) -> Case:
    shape = r.randrange(4)
    if shape == 0:  # an integer of up to 22 digits
        value = r.randint(-(10**22) + 1, 10**22 - 1) if r.random() < 0.3 else r.randint(-(10**9), 10**9)
        if abs(value) >= 2**53 and r.random() < 0.5:
            value = r.randint(-(2**53), 2**53)
        return Case("decimal", str(value), Decimal(value).quantize(MICRO))
    # up to 15 significant digits: a double keeps them exactly
    whole = r.randint(0, 10**8)
    fraction = "".join(r.choice("0123456789") for _ in range(r.randint(0, 15 - len(str(whole)))))
    text = ("-" if r.random() < 0.3 else "") + str(whole) + ("." + fraction if fraction else ".0")
    if shape == 3:
        text = f"{text}e{r.randint(-5, 5)}"
    exact = Decimal(text)
    return Case("decimal", text, exact.quantize(MICRO, rounding=ROUND_HALF_UP))


def _boolean_valid(r: random.Random) -> Case:
    value = r.random() < 0.5
    return Case("boolean", json.dumps(value), value)


ALPHABET = "abcXYZ09 _-'\"\\/\t\r\né中🙂\u2028"


def _string_valid(r: random.Random) -> Case:
    value = "".join(r.choice(ALPHABET) for _ in range(r.randint(1, 12)))
    return Case("string", json.dumps(value), value)


INVALID: dict[str, list[str]] = {
    "date": ['"2024-W09-5"', '"2024-02-30"', '"20240301"', '"2024-3-1"', '"2024-03-01T00:00:00"', "20240301"],
    "timestamp": [
        '"2024-03-01T09"',
        '"2024-03-01"',
        '"2024-03-01T09:00:00.1234567"',
        '"2024-W09-5T10:00"',
        '"2024-03-01T25:00"',
        '"2024-03-01T09:00+2"',
        '"yesterday"',
    ],
    "integer": [str(2**63), str(-(2**63) - 1), "1.5", '"12"', "true", "1e3"],
    "decimal": [
        "NaN",
        "Infinity",
        "-Infinity",
        "1e999",
        "1e22",
        "12345678901234567890.123456",
        '"1.5"',
        "true",
    ],
    "boolean": ['"true"', "1", "0"],
    "string": ['"a\\u0000b"', '"\\ud800"', "12", "[1]"],
}

VALID: dict[str, Callable[[random.Random], Case]] = {
    "date": _date_valid,
    "timestamp": _timestamp_valid,
    "integer": _integer_valid,
    "decimal": _decimal_valid,
    "boolean": _boolean_valid,
    "string": _string_valid,
}

# (object model, attribute under test, code prefix) per type; the other attributes are valid
SLOTS = {
    "date": ("SUBSCRIPTION", "start_date"),
    "timestamp": ("OPPORTUNITY", "created_at"),
    "integer": ("OPPORTUNITY", "seats"),
    "decimal": ("OPPORTUNITY", "amount"),
    "boolean": ("OPPORTUNITY", "is_priority"),
    "string": ("OPPORTUNITY", "customer_id"),
}
BASE = {
    "OPPORTUNITY": {
        "customer_id": "CUS-1",
        "owner_rep_id": "REP-1",
        "amount": 10,
        "stage": "open",
        "created_at": "2025-01-01T00:00:00",
    },
    "SUBSCRIPTION": {"customer_id": "CUS-1", "mrr": 5, "start_date": "2025-01-01"},
}
KEY = {"OPPORTUNITY": "opportunity_id", "SUBSCRIPTION": "subscription_id"}


def _cases() -> list[tuple[str, Case]]:
    r = random.Random(SEED)
    cases: list[tuple[str, Case]] = []
    for kind, make in VALID.items():
        cases += [(kind, make(r)) for _ in range(PER_GENERATOR)]
        cases += [(kind, Case(kind, text, valid=False)) for text in INVALID[kind]]
    return cases


def _write(path: Path, cases: list[tuple[str, Case]]) -> dict[int, tuple[str, str, str, Case]]:
    """One line per case; {line number: (model, code, attribute, case)}."""
    lines, by_line = [], {}
    for number, (kind, case) in enumerate(cases, start=1):
        model, attribute = SLOTS[kind]
        code = f"T-{number:04d}"
        values = {**BASE[model], KEY[model]: code, attribute: "@@VALUE@@"}
        record = json.dumps({"schema_ref": model, "code": code, "data_values": values})
        lines.append(record.replace('"@@VALUE@@"', case.json_text))
        by_line[number] = (model, code, attribute, case)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return by_line


@pytest.mark.parametrize("engine", ["duckdb", "postgres"])
def test_every_accepted_value_casts_in_staging_to_its_value(tmp_path: Path, engine: str) -> None:
    project = make_project(tmp_path / "project", MINI)
    warehouse = fresh_warehouse(project, engine, f"load_property_{engine}")
    cases = _cases()
    by_line = _write(tmp_path / "values.jsonl", cases)
    report = load_instances(
        read_jsonl(tmp_path / "values.jsonl"), warehouse.target, setup_all_relationships(MINI), batch_id="property"
    )
    rejects = {
        line: (field, rule)
        for line, field, rule in warehouse.query("select line_number, field, rule from raw.object_instance_rejects")
    }
    invalid = {n for n, (_, _, _, case) in by_line.items() if not case.valid}
    assert set(rejects) == invalid, [by_line[n][3] for n in set(rejects) ^ invalid]
    for number in invalid:
        _, _, attribute, case = by_line[number]
        field, rule = rejects[number]
        assert field == f"data_values.{attribute}", (case, field)
        assert rule.split(".")[0] == case.kind, (case, rule)
    assert report.inserted == len(cases) - len(invalid)

    outcome = warehouse.dbt(["run", "--select", "stg_opportunity", "stg_subscription"])
    assert outcome.success, outcome.failures
    for model, code, attribute, case in by_line.values():
        if not case.valid:
            continue
        table = f"analytics_staging.stg_{model.lower()}"
        rows = warehouse.query(f"select {attribute} from {table} where {KEY[model]} = ?", [code])
        assert rows == [(case.expected,)], (engine, case, rows)
