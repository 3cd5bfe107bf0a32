"""A KPI: human fields, the machine calculation, range and benchmarks."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from definitions.calculation import Calculation
from definitions.entities import Entity
from definitions.text import CODE_PATTERN, Alias, Code, Name
from definitions.vocabulary import Direction, Unit

Grain = Literal["week", "month", "quarter", "year"]
GRAINS: tuple[Grain, ...] = ("week", "month", "quarter", "year")


MAX_KPI_CODE = 59
"""``kpi_`` + the code stays within PostgreSQL's 63-character identifiers."""


class Benchmark(BaseModel):
    """A published figure for a KPI; never invented."""

    model_config = ConfigDict(extra="forbid")

    industry: str = Field(default="ALL", pattern=CODE_PATTERN)
    low: float | None = None
    typical: float | None = None
    high: float | None = None
    target: float | None = None
    grain: Grain = Field(
        default="month", description="length of the period the published figure describes (annual figures: year)"
    )
    source: str = Field(min_length=3)
    year: int = Field(ge=1990, le=2100)
    note: str | None = None

    @model_validator(mode="after")
    def _figures(self) -> Benchmark:
        figures = [self.low, self.typical, self.high, self.target]
        if all(f is None for f in figures):
            raise ValueError("a benchmark needs at least one of low, typical, high, target")
        ordered = [f for f in (self.low, self.typical, self.high) if f is not None]
        if ordered != sorted(ordered):
            raise ValueError("benchmark figures must satisfy low <= typical <= high")
        return self


class Kpi(Entity):
    """A key performance indicator."""

    formula: str = Field(min_length=1)
    aliases: list[Alias] = Field(default_factory=list, description="other names people know the KPI by")
    unit: Unit
    direction: Direction
    module_codes: list[Code] = Field(alias="modules", min_length=1)
    tags: list[Name] = Field(default_factory=list)
    calculation: Calculation
    range: tuple[float | None, float | None] = (None, None)
    benchmarks: list[Benchmark] = Field(default_factory=list)
    grains: list[Grain] | None = Field(
        default=None,
        min_length=1,
        description=(
            "the grains the KPI has a value at (default: every grain of the calendar); e.g. a quota KPI "
            "has no week value, because no quota is set for a week"
        ),
    )

    @model_validator(mode="after")
    def _grains(self) -> Kpi:
        if self.grains is not None and len(set(self.grains)) != len(self.grains):
            raise ValueError("grains: a grain is listed twice")
        return self

    @property
    def declared_grains(self) -> tuple[Grain, ...]:
        """The KPI's own grains in calendar order (every grain when ``grains`` is not set)."""
        return tuple(g for g in GRAINS if self.grains is None or g in self.grains)

    @model_validator(mode="after")
    def _code_fits_an_identifier(self) -> Kpi:
        if len(self.code) > MAX_KPI_CODE:
            raise ValueError(
                f"code is {len(self.code)} characters; at most {MAX_KPI_CODE}, so that its model "
                "kpi_<code> fits PostgreSQL's 63-character identifiers"
            )
        return self

    @model_validator(mode="after")
    def _range(self) -> Kpi:
        low, high = self.range
        if low is not None and high is not None and low >= high:
            raise ValueError(f"range [{low}, {high}] is empty")
        return self

    @property
    def modules(self) -> list[str]:
        return self.module_codes

    @property
    def metadata_(self) -> dict[str, Any]:
        return {
            "modules": list(self.module_codes),
            "unit": self.unit,
            "direction": self.direction,
            "tags": list(self.tags),
            "calculation_type": self.calculation.type,
        }
