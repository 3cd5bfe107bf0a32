"""The KPI calculation language (MetricFlow vocabulary), as pydantic models.

Every calculation is one of nine types, chosen by ``type``. Inputs are either an
aggregate over an object model (:class:`Measure`) or another KPI (:class:`KpiRef`).
Expressions and filters are small SQL expressions, checked by the registry.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from definitions.text import CODE_PATTERN, NAME_PATTERN, Name
from definitions.vocabulary import Aggregation

NAME = NAME_PATTERN


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Measure(_Strict):
    """One aggregate of an object model, bucketed by one of its time attributes."""

    object: str = Field(pattern=CODE_PATTERN)
    agg: Aggregation
    expr: str | None = Field(default=None, description="attribute or expression aggregated")
    time: str = Field(pattern=NAME, description="time attribute that places a row in a period")
    filter: str | None = None
    percentile: float | None = Field(default=None, gt=0, lt=1)

    @model_validator(mode="after")
    def _shape(self) -> Measure:
        if self.agg != "count" and not self.expr:
            raise ValueError(f"agg {self.agg!r} needs 'expr'")
        if (self.agg == "percentile") != (self.percentile is not None):
            raise ValueError("'percentile' is set exactly when agg is 'percentile'")
        return self


class KpiRef(_Strict):
    """The value of another KPI at the same grain, period and slice."""

    kpi: str = Field(pattern=CODE_PATTERN)


Input = Measure | KpiRef


class Simple(_Strict):
    type: Literal["simple"]
    measure: Measure


class Ratio(_Strict):
    type: Literal["ratio"]
    numerator: Input
    denominator: Input


class Derived(_Strict):
    type: Literal["derived"]
    inputs: dict[Name, Input] = Field(min_length=1)
    expression: str = Field(description="SQL expression over input names and period built-ins")


class Growth(_Strict):
    """Change against ``periods_back`` steps earlier. ``step: period`` counts periods of the
    value's own grain (month over month at month grain); ``step: year`` compares with the
    same period ``periods_back`` years earlier at every grain (year over year: a month with
    the month a year before, a quarter with the quarter, a week with the week 52 weeks before)."""

    type: Literal["growth"]
    input: Input
    periods_back: int = Field(default=1, ge=1)
    step: Literal["period", "year"] = "period"
    method: Literal["relative", "absolute"] = "relative"


class Cumulative(_Strict):
    type: Literal["cumulative"]
    input: Measure
    window: int | None = Field(default=None, ge=1, description="trailing periods, this included")
    to_date: Literal["month", "quarter", "year"] | None = None

    @model_validator(mode="after")
    def _one_mode(self) -> Cumulative:
        if (self.window is None) == (self.to_date is None):
            raise ValueError("set exactly one of 'window' and 'to_date'")
        return self


class Snapshot(_Strict):
    """State at period end: rows whose [valid_from, valid_to) interval covers it."""

    type: Literal["snapshot"]
    object: str = Field(pattern=CODE_PATTERN)
    agg: Aggregation
    expr: str | None = None
    valid_from: str = Field(pattern=NAME)
    valid_to: str | None = Field(default=None, pattern=NAME)
    filter: str | None = None
    percentile: float | None = Field(default=None, gt=0, lt=1)

    @model_validator(mode="after")
    def _shape(self) -> Snapshot:
        if self.agg != "count" and not self.expr:
            raise ValueError(f"agg {self.agg!r} needs 'expr'")
        if (self.agg == "percentile") != (self.percentile is not None):
            raise ValueError("'percentile' is set exactly when agg is 'percentile'")
        return self


class ConversionEvent(_Strict):
    object: str = Field(pattern=CODE_PATTERN)
    time: str = Field(pattern=NAME)
    entity: str = Field(pattern=NAME, description="attribute identifying the converting entity")
    filter: str | None = None


class Conversion(_Strict):
    """Share of base events followed by a conversion event of the same entity within
    ``window_days``; bucketed by the base event's time. Without ``window_days`` any later
    conversion up to the data's end counts ("ever converted"). ``measure: avg_days`` or
    ``median_days`` gives instead the time to convert: the mean (median) number of days from
    the base event to the entity's first conversion event in the window, over the base events
    that converted (ramp time, time to first deal)."""

    type: Literal["conversion"]
    base: ConversionEvent
    conversion: ConversionEvent
    window_days: int | None = Field(
        default=None,
        ge=1,
        description="days after the base event a conversion counts; omitted: any time up to the data end",
    )
    measure: Literal["rate", "avg_days", "median_days"] = Field(
        default="rate",
        description="rate: share of base events converted; avg_days / median_days: days to the first conversion",
    )


class GroupEvent(ConversionEvent):
    """Membership of an entity in the compared group by an event of the same entity: an event
    whose ``entity`` attribute is the entity's key, ``before_period_end`` at any time before the
    period ends (on or before its last day: "coached by then"), ``in_period`` within the period."""

    membership: Literal["before_period_end", "in_period"] = "before_period_end"


class Compare(_Strict):
    """Two groups of the entities that have a value in the period: the group (an event of the
    entity, ``group``, or a condition over its inputs and value, ``condition``) and the rest. The
    aggregate is taken over each; the KPI's value is group − rest (``difference``) or group ÷ rest
    (``ratio``), its numerator the group's aggregate and its denominator the rest's. ``group``
    gives the group's aggregate alone ("won deals per trained rep"): numerator the same
    aggregate, denominator the group's entity count; a period is reported where the group has an
    entity, whether or not the rest has one."""

    group: GroupEvent | None = None
    condition: str | None = Field(default=None, description="per-entity condition over the inputs and value")
    output: Literal["difference", "ratio", "group"] = "difference"

    @model_validator(mode="after")
    def _one_way(self) -> Compare:
        if (self.group is None) == (self.condition is None):
            raise ValueError("compare: set exactly one of 'group' and 'condition'")
        return self


class PerEntity(_Strict):
    """Aggregate per entity (a dimension such as SALES_REP) and period, then across
    entities. ``value`` is the per-entity expression over the inputs; ``condition``
    keeps only entities where it holds (``aggregate: share`` gives the share of
    entities for which it holds). ``aggregate: gini`` gives the Gini coefficient of the
    entities' values (0: all equal, towards 1: concentrated in few entities); it needs
    values that are not negative, and is null for a period where one is. ``compare`` splits the
    entities with a value into a group and the rest and compares the aggregate of each."""

    type: Literal["per_entity"]
    entity: str = Field(pattern=CODE_PATTERN, description="dimension identifying the entity")
    inputs: dict[Name, Measure] = Field(min_length=1)
    value: str
    aggregate: Literal["avg", "median", "sum", "min", "max", "count", "share", "percentile", "gini"]
    condition: str | None = None
    percentile: float | None = Field(default=None, gt=0, lt=1)
    compare: Compare | None = None

    @model_validator(mode="after")
    def _shape(self) -> PerEntity:
        if self.aggregate == "share" and not self.condition:
            raise ValueError("aggregate 'share' needs a 'condition'")
        if self.compare is not None and self.aggregate == "gini":
            raise ValueError("'compare' takes an aggregate of each group; 'gini' is not one")
        if (self.aggregate == "percentile") != (self.percentile is not None):
            raise ValueError("'percentile' is set exactly when aggregate is 'percentile'")
        return self


class Retention(_Strict):
    """Entities active at period start (the fixed cohort) compared with the same
    entities at period end. ``value`` None counts entities (logo retention);
    ``cap`` limits each entity's end value to its start value (gross retention)."""

    type: Literal["retention"]
    object: str = Field(pattern=CODE_PATTERN)
    entity: str = Field(pattern=NAME)
    valid_from: str = Field(pattern=NAME)
    valid_to: str | None = Field(default=None, pattern=NAME)
    value: str | None = None
    cap: bool = False
    filter: str | None = None


class WindowMeasure(_Strict):
    """An aggregate of an object model over the rows of one entity in a window of days."""

    object: str = Field(pattern=CODE_PATTERN)
    agg: Literal["count", "sum"]
    expr: str | None = None
    entity: str = Field(pattern=NAME, description="attribute identifying the event's entity in this object")
    time: str = Field(pattern=NAME, description="time attribute that places a row in a window")
    filter: str | None = None

    @model_validator(mode="after")
    def _shape(self) -> WindowMeasure:
        if self.agg == "sum" and not self.expr:
            raise ValueError("agg 'sum' needs 'expr'")
        if self.agg == "count" and self.expr:
            raise ValueError("agg 'count' counts rows: no 'expr'")
        return self


class BeforeAfter(_Strict):
    """One entity before and after an event: for every event (entity e, time t) of ``event``, the
    measure of e over [t − window_days, t) against [t, t + window_days), as ``numerator`` (÷
    ``denominator`` when given, pooled over the events of the period: Σ numerator ÷ Σ denominator
    per window). The event's time places it in a period. ``difference``: after − before;
    ``relative``: (after − before) ÷ before. The value's numerator is the after value, its
    denominator the before value. A period is reported once every event's after-window can have
    ended by the data end."""

    type: Literal["before_after"]
    event: ConversionEvent
    numerator: WindowMeasure
    denominator: WindowMeasure | None = None
    window_days: int = Field(ge=1, le=3660)
    output: Literal["difference", "relative"] = "difference"


Calculation = Annotated[
    Simple | Ratio | Derived | Growth | Cumulative | Snapshot | Conversion | PerEntity | Retention | BeforeAfter,
    Field(discriminator="type"),
]

CALCULATION_TYPES: tuple[str, ...] = (
    "simple",
    "ratio",
    "derived",
    "growth",
    "cumulative",
    "snapshot",
    "conversion",
    "per_entity",
    "retention",
    "before_after",
)
