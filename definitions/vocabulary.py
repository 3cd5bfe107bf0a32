"""Fixed vocabularies of the catalog: the only values some fields accept."""

from __future__ import annotations

from typing import Literal

Unit = Literal[
    "count",
    "currency",
    "percent",
    "ratio",
    "score",
    "days",
    "hours",
    "minutes",
    "months",
]
"""Units of a KPI value. ``percent`` is stored as a fraction (0.25 means 25 %)."""

Direction = Literal["higher_is_better", "lower_is_better", "target_band", "neutral"]

AttributeType = Literal["string", "integer", "decimal", "boolean", "date", "timestamp", "enum"]

Aggregation = Literal["count", "count_distinct", "sum", "avg", "min", "max", "median", "percentile"]

Multiplicity = Literal["0..1", "1", "0..*", "1..*"]

ModuleCategory = Literal[
    "Baseline",
    "Revenue Generation",
    "Customer Management",
    "Support Functions",
    "Strategic Functions",
]

ImplementationPattern = Literal["full-cycle sales", "specialized sales", "customer-centric", "support", "strategic"]

ObjectCategory = Literal[
    "sales process",
    "customer",
    "sales team",
    "channel",
    "support",
    "performance",
    "strategic",
    "enablement",
    "product",
    "finance",
]

PERIOD_BUILTINS: tuple[str, ...] = ("days_in_period", "working_days_in_period")
"""Names an expression may use for the period being computed."""
