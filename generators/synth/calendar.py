"""The fixed calendar a synthetic world lives in, and date arithmetic on months and quarters."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

DAY = dt.timedelta(days=1)


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


@lru_cache(maxsize=1 << 16)
def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, clipped to the end of a shorter month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    last = (dt.date(year + (month == 12), month % 12 + 1, 1) - DAY).day
    return dt.date(year, month, min(day.day, last))


@lru_cache(maxsize=1 << 16)
def month_end(day: dt.date) -> dt.date:
    return add_months(month_start(day), 1) - DAY


def quarter_start(day: dt.date) -> dt.date:
    return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def quarter_end(day: dt.date) -> dt.date:
    return add_months(quarter_start(day), 3) - DAY


def months_between(start: dt.date, end: dt.date) -> int:
    """Whole calendar months from the month of ``start`` to the month of ``end``."""
    return (end.year - start.year) * 12 + end.month - start.month


@dataclass(frozen=True)
class Calendar:
    """The span of simulated time, both ends inclusive. Nothing happens after ``end``."""

    start: dt.date
    end: dt.date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"calendar end {self.end} is before its start {self.start}")

    @classmethod
    def default(cls) -> Calendar:
        """24 months ending 2025-12-31."""
        return cls(dt.date(2024, 1, 1), dt.date(2025, 12, 31))

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def first(self) -> dt.datetime:
        return dt.datetime.combine(self.start, dt.time())

    @property
    def last(self) -> dt.datetime:
        return dt.datetime.combine(self.end, dt.time(23, 59, 59))

    def months(self) -> list[dt.date]:
        """First day of every month the calendar touches."""
        out: list[dt.date] = []
        month = month_start(self.start)
        while month <= self.end:
            out.append(month)
            month = add_months(month, 1)
        return out

    def quarters(self) -> list[dt.date]:
        out: list[dt.date] = []
        quarter = quarter_start(self.start)
        while quarter <= self.end:
            out.append(quarter)
            quarter = add_months(quarter, 3)
        return out

    def progress(self, day: dt.date) -> float:
        """0 at the start, 1 at the end: drives the upward trend."""
        return max(0.0, min(1.0, (day - self.start).days / max(1, self.days - 1)))
