"""Formatting of generated values into the raw types the catalog declares."""

from __future__ import annotations

import datetime as dt


def ts(moment: dt.datetime | None) -> str | None:
    """A timestamp as 'YYYY-MM-DDTHH:MM:SS'."""
    return None if moment is None else moment.replace(microsecond=0).isoformat()


def ds(day: dt.date | dt.datetime | None) -> str | None:
    """A date as 'YYYY-MM-DD'."""
    if day is None:
        return None
    if isinstance(day, dt.datetime):
        day = day.date()
    return day.isoformat()


def money(amount: float | None) -> float | None:
    return None if amount is None else round(float(amount), 2)


def ratio(value: float | None, digits: int = 4) -> float | None:
    return None if value is None else round(float(value), digits)


def days_between(start: dt.datetime, end: dt.datetime) -> float:
    return (end - start).total_seconds() / 86400


def hours_between(start: dt.datetime, end: dt.datetime) -> float:
    return (end - start).total_seconds() / 3600


def clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))
