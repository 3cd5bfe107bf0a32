"""What each attribute type accepts: the one set of type rules the loader checks with and
the staging casts (``macros/engine/types.sql``) agree with, on DuckDB and PostgreSQL.

- string: a JSON string of valid Unicode without NUL (``\u0000``) or lone surrogates.
- enum: one of the attribute's values.
- integer: a JSON integer in the signed 64-bit range (``bigint``).
- decimal: a finite JSON number that keeps its value as a 64-bit float (DuckDB reads JSON
  numbers as doubles) and is below 10^22 once rounded to 6 places (``numeric(28, 6)``;
  more fraction digits are rounded half away from zero by the cast). Stored as the float.
- boolean: ``true`` or ``false``.
- date: ``YYYY-MM-DD``, a real calendar day.
- timestamp: ``YYYY-MM-DD[T ]HH:MM[:SS[.ffffff]]`` with an optional ``Z`` or ``±HH:MM``
  offset; stored as ``YYYY-MM-DDTHH:MM:SS[.ffffff]`` in UTC.

A check returns the value to store (normalised) or the ``Broken`` rule."""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

INT64_MIN = -(2**63)
INT64_MAX = 2**63 - 1
DECIMAL_INTEGER_DIGITS = 22
DECIMAL_SCALE = 6
DECIMAL_QUANTUM = Decimal(1).scaleb(-DECIMAL_SCALE)
CODE_MAX = 200
CODE_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:/@#+-]*")
"""An instance code: a letter or digit, then letters, digits and ``_ . : / @ # + -``; at
most 200 characters (no spaces, control characters or quotes)."""

DATE_PATTERN = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
TIMESTAMP_PATTERN = re.compile(
    r"(?P<date>\d{4}-\d{2}-\d{2})[T ](?P<hour>\d{2}):(?P<minute>\d{2})"
    r"(?::(?P<second>\d{2})(?:\.(?P<fraction>\d{1,6}))?)?"
    r"(?P<offset>Z|[+-]\d{2}:\d{2})?"
)


@dataclass(frozen=True)
class Broken:
    """A value that breaks ``rule`` (e.g. ``timestamp``, ``integer.range``)."""

    rule: str
    message: str


def text_problem(value: str) -> Broken | None:
    """Why a string cannot be stored as text on every engine, or None."""
    if "\x00" in value:
        return Broken("string.nul", "must not contain NUL (\\u0000)")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return Broken("string.unicode", "must be valid Unicode (no lone surrogate)")
    return None


def check_code(value: Any) -> Broken | None:
    """The code rule (``CODE_PATTERN``)."""
    if value is None:
        return Broken("code.required", "required")
    if not isinstance(value, str):
        return Broken("code.format", f"must be a string, got {type(value).__name__}")
    if not value:
        return Broken("code.format", "must not be empty")
    if len(value) > CODE_MAX:
        return Broken("code.format", f"must be at most {CODE_MAX} characters, got {len(value)}")
    if not CODE_PATTERN.fullmatch(value):
        return Broken("code.format", f"must be letters, digits and _ . : / @ # + - only, got {value!r}")
    return None


def _string(value: Any) -> Any:
    if not isinstance(value, str):
        return Broken("string", f"must be a string, got {type(value).__name__}")
    return text_problem(value) or value


def _integer(value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, int):
        return Broken("integer", f"must be an integer, got {value!r}")
    if not INT64_MIN <= value <= INT64_MAX:
        return Broken("integer.range", f"must be an integer in the signed 64-bit range, got {value}")
    return value


def decimal_as_stored(value: int | float) -> Decimal:
    """The value staging's ``numeric(28, 6)`` cast yields for an accepted decimal."""
    exact = Decimal(value) if isinstance(value, int) else Decimal(repr(value))
    return exact.quantize(DECIMAL_QUANTUM, rounding=ROUND_HALF_UP)


def _decimal(value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        return Broken("decimal", f"must be a number, got {value!r}")
    if isinstance(value, Decimal):
        if not value.is_finite():
            return Broken("decimal.finite", f"must be finite, got {value}")
        as_float = float(value)
        if math.isfinite(as_float) and Decimal(repr(as_float)) != value:
            return Broken("decimal.precision", f"has more digits than a 64-bit float keeps, got {value}")
        value = as_float
    if isinstance(value, float) and not math.isfinite(value):
        return Broken("decimal.finite", f"must be finite, got {value}")
    try:
        stored = decimal_as_stored(value)
    except InvalidOperation:
        stored = Decimal(10) ** DECIMAL_INTEGER_DIGITS
    if abs(stored) >= Decimal(10) ** DECIMAL_INTEGER_DIGITS:
        return Broken("decimal.range", f"must have at most {DECIMAL_INTEGER_DIGITS} integer digits, got {value}")
    return value


def _boolean(value: Any) -> Any:
    return value if isinstance(value, bool) else Broken("boolean", f"must be true or false, got {value!r}")


def parse_date(value: str) -> dt.date | None:
    match = DATE_PATTERN.fullmatch(value)
    if match is None:
        return None
    try:
        return dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


def _date(value: Any) -> Any:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, str) and parse_date(value) is not None:
        return value
    return Broken("date", f"must be a date (YYYY-MM-DD), got {value!r}")


def parse_timestamp(value: str) -> dt.datetime | None:
    """The UTC moment of an accepted timestamp text (naive), or None."""
    match = TIMESTAMP_PATTERN.fullmatch(value)
    if match is None:
        return None
    day = parse_date(match["date"])
    if day is None:
        return None
    fraction = (match["fraction"] or "").ljust(6, "0")
    try:
        moment = dt.datetime.combine(
            day,
            dt.time(int(match["hour"]), int(match["minute"]), int(match["second"] or 0), int(fraction or 0)),
        )
        offset = match["offset"]
        if offset and offset != "Z":
            sign = 1 if offset[0] == "+" else -1
            hours, minutes = int(offset[1:3]), int(offset[4:6])
            if hours > 23 or minutes > 59:
                return None
            moment -= sign * dt.timedelta(hours=hours, minutes=minutes)
    except (ValueError, OverflowError):
        return None
    return moment


def _timestamp(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
        return value.isoformat()
    moment = parse_timestamp(value) if isinstance(value, str) else None
    if moment is None:
        return Broken(
            "timestamp",
            f"must be an ISO timestamp (YYYY-MM-DD[T ]HH:MM[:SS[.ffffff]][Z|±HH:MM]), got {value!r}",
        )
    return moment.isoformat()


CHECKS = {
    "string": _string,
    "integer": _integer,
    "decimal": _decimal,
    "boolean": _boolean,
    "date": _date,
    "timestamp": _timestamp,
}


def check_value(kind: str, value: Any, allowed: list[str] | None = None) -> Any:
    """The value to store for an attribute of type ``kind``, or the ``Broken`` rule."""
    if kind == "enum":
        if isinstance(value, str) and value in (allowed or []):
            return value
        return Broken("enum", f"must be one of {', '.join(allowed or [])}, got {value!r}")
    return CHECKS[kind](value)
