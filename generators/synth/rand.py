"""Deterministic random streams. Every stream is seeded from a string (hashed with SHA-512
by ``random.Random``), never from Python's salted ``hash()`` nor the global generator."""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")

WORK_HOURS = (8, 18)
"""Business-hour window activities are placed in."""


class Rng(random.Random):
    """``random.Random`` with the draws a CRM simulation needs."""

    def chance(self, p: float) -> bool:
        return self.random() < p

    def pick(self, items: Sequence[T]) -> T:
        return items[int(self.random() * len(items))]

    def weighted(self, items: Sequence[T], weights: Sequence[float]) -> T:
        total = 0.0
        for w in weights:
            total += w
        x = self.random() * total
        for item, w in zip(items, weights, strict=True):
            x -= w
            if x < 0:
                return item
        return items[-1]

    def lognorm(self, median: float, sigma: float, low: float = 0.0, high: float = math.inf) -> float:
        return min(high, max(low, median * math.exp(self.gauss(0.0, sigma))))

    def normal(self, mean: float, sd: float, low: float = -math.inf, high: float = math.inf) -> float:
        return min(high, max(low, self.gauss(mean, sd)))

    def poisson(self, lam: float) -> int:
        if lam <= 0:
            return 0
        if lam > 30:
            return max(0, round(self.gauss(lam, math.sqrt(lam))))
        limit, k, p = math.exp(-lam), 0, self.random()
        while p > limit:
            k += 1
            p *= self.random()
        return k

    def day_between(self, start: dt.date, end: dt.date) -> dt.date:
        span = (end - start).days
        return start + dt.timedelta(days=int(self.random() * (span + 1))) if span > 0 else start

    def work_time(self, day: dt.date) -> dt.datetime:
        """A business-hour moment on ``day`` (whole seconds)."""
        minutes = WORK_HOURS[0] * 60 + int(self.random() * (WORK_HOURS[1] - WORK_HOURS[0]) * 60)
        return dt.datetime.combine(day, dt.time(minutes // 60, minutes % 60, int(self.random() * 60)))

    def after(self, moment: dt.datetime, days: float) -> dt.datetime:
        """``moment`` plus ``days`` (fractional), rounded to whole seconds."""
        return moment + dt.timedelta(seconds=round(days * 86400))


def rng(seed: int, *parts: object) -> Rng:
    """The stream named ``parts`` of world ``seed``."""
    return Rng("-".join([str(seed), *map(str, parts)]))
