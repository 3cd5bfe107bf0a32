"""One bad line never costs other lines, and every rejected line is a row of the rejects
table (line number, field, rule), once, however often the file is loaded."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from definitions import setup_all_relationships
from generators.load.lines import MAX_LINE_BYTES
from generators.load.loader import LoadReport, load_instances, read_jsonl
from tests.conftest import MINI
from tests.dbt_harness import Warehouse, fresh_warehouse


def good(code: str) -> bytes:
    values = {"customer_id": f"CUS-{code}", "mrr": 10.5, "start_date": "2025-01-01", "subscription_id": code}
    return json.dumps({"schema_ref": "SUBSCRIPTION", "code": code, "data_values": values}).encode()


def bad(code: str, change: str) -> bytes:
    """A subscription line whose ``mrr`` value is replaced by raw JSON text."""
    return good(code).replace(b'"mrr": 10.5', b'"mrr": ' + change.encode())


# (line bytes, field, rule): each the case of issue 7 that cost a whole batch before
BAD_LINES: list[tuple[bytes, str, str]] = [
    (good("X").replace(b'"code": "X"', b'"code": ""'), "code", "code.format"),
    (good("X").replace(b'"code": "X"', b'"code": "A\\rB"'), "code", "code.format"),
    (good("X").replace(b'"code": "X"', b'"code": null'), "code", "code.required"),
    (good("X").replace(b'"CUS-X"', b'"\\ud800"'), "data_values.customer_id", "string.unicode"),
    (good("X").replace(b'"CUS-X"', b'"CUS-\xff"'), "line", "line.encoding"),
    (good("X").replace(b'"CUS-X"', b'"CUS-\\u0000"'), "data_values.customer_id", "string.nul"),
    (bad("X", "NaN"), "data_values.mrr", "decimal.finite"),
    (bad("X", "Infinity"), "data_values.mrr", "decimal.finite"),
    (good("X").replace(b'"CUS-X"', b'"' + b"a" * (MAX_LINE_BYTES + 1) + b'"'), "line", "line.too_long"),
    (b'{"schema_ref": "SUBSCRIPTION", "code": "X", "data_values": {', "line", "line.json"),
]


def write(path: Path, lines: list[bytes], bom: bool = False) -> Path:
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + b"\n".join(lines) + b"\n")
    return path


def run(warehouse: Warehouse, path: Path, batch_size: int = 25_000) -> LoadReport:
    return load_instances(
        read_jsonl(path),
        warehouse.target,
        setup_all_relationships(MINI),
        batch_id="lines",
        source=path.name,
        batch_size=batch_size,
    )


def rejects(warehouse: Warehouse) -> list[tuple[Any, ...]]:
    return warehouse.query(
        "select line_number, field, rule, code from raw.object_instance_rejects order by line_number"
    )


def stored_codes(warehouse: Warehouse) -> list[str]:
    return [row[0] for row in warehouse.query("select code from raw.object_instances order by code")]


@pytest.mark.parametrize("engine", ["duckdb", "postgres"])
def test_each_bad_line_costs_only_itself_and_is_one_reject_row(tmp_path: Path, engine: str) -> None:
    warehouse = fresh_warehouse(tmp_path, engine, f"load_lines_{engine}")
    lines = [good("S-000")]
    for number, (line, _, _) in enumerate(BAD_LINES, start=1):
        lines += [line, good(f"S-{number:03d}")]
    path = write(tmp_path / "mixed.jsonl", lines, bom=True)

    report = run(warehouse, path, batch_size=4)  # several batches, bad lines in each

    assert (report.seen, report.inserted, report.rejected) == (21, 11, 10)
    assert stored_codes(warehouse) == [f"S-{n:03d}" for n in range(11)]
    expected = [(2 * n, field, rule) for n, (_, field, rule) in enumerate(BAD_LINES, start=1)]
    assert [row[:3] for row in rejects(warehouse)] == expected
    assert rejects(warehouse)[2][3] is None  # a null code is a reject, not the text "None"
    reasons = [row[0] for row in warehouse.query("select reason from raw.object_instance_rejects")]
    assert all(reason and reason != "<invalid>" for reason in reasons)

    again = run(warehouse, path, batch_size=4)
    assert (again.inserted, again.unchanged, again.rejected) == (0, 11, 10)
    assert len(rejects(warehouse)) == 10  # re-running the file does not duplicate rejects


@pytest.mark.parametrize("engine", ["duckdb", "postgres"])
def test_a_bad_line_in_a_later_batch_loses_no_valid_line(tmp_path: Path, engine: str) -> None:
    warehouse = fresh_warehouse(tmp_path, engine, f"load_batches_{engine}")
    lines = [good(f"B-{n:02d}") for n in range(1, 13)]
    lines.insert(7, bad("B-bad", "NaN"))
    lines.insert(9, good("B-nul").replace(b'"CUS-B-nul"', b'"\\u0000"'))
    report = run(warehouse, write(tmp_path / "batches.jsonl", lines), batch_size=5)
    assert (report.inserted, report.rejected) == (12, 2)
    assert stored_codes(warehouse) == [f"B-{n:02d}" for n in range(1, 13)]
    assert [row[:3] for row in rejects(warehouse)] == [
        (8, "data_values.mrr", "decimal.finite"),
        (10, "data_values.customer_id", "string.nul"),
    ]


def test_a_byte_order_mark_is_not_an_error(tmp_path: Path) -> None:
    warehouse = fresh_warehouse(tmp_path, "duckdb", "load_bom")
    report = run(warehouse, write(tmp_path / "bom.jsonl", [good("BOM-1"), b"", good("BOM-2")], bom=True))
    assert (report.seen, report.inserted, report.rejected, report.blank) == (3, 2, 0, 1)
