"""The type rules load checks with (definitions/types.py), value by value, by hand."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from definitions.types import Broken, check_code, check_value


@pytest.mark.parametrize(
    ("kind", "value", "stored"),
    [
        ("date", "2024-02-29", "2024-02-29"),
        ("date", dt.date(2024, 3, 1), "2024-03-01"),
        ("timestamp", "2024-03-01T09:00", "2024-03-01T09:00:00"),
        ("timestamp", "2024-03-01 09:00:05", "2024-03-01T09:00:05"),
        ("timestamp", "2024-03-01T09:00:05.5", "2024-03-01T09:00:05.500000"),
        ("timestamp", "2024-03-01T01:30:00+02:00", "2024-02-29T23:30:00"),
        ("timestamp", "2024-12-31T23:30:00-01:00", "2025-01-01T00:30:00"),
        ("timestamp", "2024-03-01T09:00:00Z", "2024-03-01T09:00:00"),
        ("integer", 2**63 - 1, 2**63 - 1),
        ("integer", -(2**63), -(2**63)),
        ("decimal", 12, 12),
        ("decimal", Decimal("0.1"), 0.1),
        ("decimal", Decimal("1.0000005"), 1.0000005),
        ("decimal", 10**22 - 1, 10**22 - 1),
        ("boolean", False, False),
        ("string", "tab\tand 🙂", "tab\tand 🙂"),
        ("enum", "open", "open"),
    ],
)
def test_accepted_values_and_how_they_are_stored(kind: str, value: Any, stored: Any) -> None:
    assert check_value(kind, value, ["open", "closed"]) == stored


@pytest.mark.parametrize(
    ("kind", "value", "rule"),
    [
        ("date", "2024-W09-5", "date"),
        ("date", "2024-02-30", "date"),
        ("date", "2024-03-01T00:00:00", "date"),
        ("timestamp", "2024-03-01T09", "timestamp"),
        ("timestamp", "2024-W09-5T09:00", "timestamp"),
        ("timestamp", "2024-03-01T09:00:00.1234567", "timestamp"),
        ("timestamp", "0001-01-01T00:30:00+01:00", "timestamp"),
        ("integer", 2**63, "integer.range"),
        ("integer", -(2**63) - 1, "integer.range"),
        ("integer", True, "integer"),
        ("decimal", float("nan"), "decimal.finite"),
        ("decimal", float("inf"), "decimal.finite"),
        ("decimal", Decimal("12345678901234567890.123456"), "decimal.precision"),
        ("decimal", 10**22, "decimal.range"),
        ("decimal", 9999999999999999999999.9999999, "decimal.range"),
        ("decimal", "1.5", "decimal"),
        ("boolean", "true", "boolean"),
        ("string", "a\x00b", "string.nul"),
        ("string", "\ud800", "string.unicode"),
        ("enum", "won", "enum"),
    ],
)
def test_rejected_values_name_their_rule(kind: str, value: Any, rule: str) -> None:
    result = check_value(kind, value, ["open", "closed"])
    assert isinstance(result, Broken)
    assert result.rule == rule


@pytest.mark.parametrize(
    ("code", "rule"),
    [
        ("OPP-000001", None),
        ("SLA-sub_1:HIGH/2", None),
        ("", "code.format"),
        ("A\rB", "code.format"),
        (None, "code.required"),
        (7, "code.format"),
        (" OPP", "code.format"),
        ("x" * 201, "code.format"),
    ],
)
def test_the_code_rule(code: Any, rule: str | None) -> None:
    broken = check_code(code)
    assert (broken.rule if broken else None) == rule
