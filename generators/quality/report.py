"""What a checkpoint run found: each failed expectation with its object model, expectation,
columns and a sample of failing instance codes, and the run's counts."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generators.quality.snapshot import CODE_COLUMN

SAMPLE = 5


@dataclass(frozen=True)
class Failure:
    model: str
    expectation: str
    columns: tuple[str, ...]
    rule: str
    unexpected: int | None
    codes: tuple[str, ...]
    detail: str = ""

    def __str__(self) -> str:
        count = f"{self.unexpected} failing" if self.unexpected is not None else "failed"
        sample = f"; e.g. {', '.join(self.codes)}" if self.codes else ""
        extra = f" ({self.detail})" if self.detail else ""
        return f"{self.model}: {self.expectation} ({', '.join(self.columns)}) [{self.rule}]: {count}{sample}{extra}"


@dataclass
class Report:
    models: int = 0
    expectations: int = 0
    failures: list[Failure] = field(default_factory=list)
    seconds: float = 0.0
    docs: str = ""

    @property
    def success(self) -> bool:
        return not self.failures

    def summary(self) -> str:
        return (
            f"{self.models} models, {self.expectations} expectations, {len(self.failures)} failed, {self.seconds:.1f}s"
        )


def _class_name(snake: str) -> str:
    return "".join(part.capitalize() for part in snake.split("_"))


def _codes_of_rows(rows: Any) -> tuple[list[str], list[str]]:
    """Codes and attribute names of the rows an UnexpectedRowsExpectation returned."""
    if rows is None:
        return [], []
    if hasattr(rows, "to_dict"):
        rows = rows.to_dict(orient="records")
    codes: list[str] = []
    attributes: list[str] = []
    for row in rows:
        values = row if isinstance(row, dict) else dict(zip((CODE_COLUMN, "attribute", "value"), row, strict=False))
        code, attribute = values.get(CODE_COLUMN), values.get("attribute")
        if code is not None and str(code) not in codes:
            codes.append(str(code))
        if attribute is not None and str(attribute) not in attributes:
            attributes.append(str(attribute))
    return codes, attributes


def _failure(model: str, result: Any) -> Failure:
    config = result.expectation_config
    meta = config.meta or {}
    expectation = _class_name(config.type)
    columns = tuple(meta.get("columns") or [])
    rule = str(meta.get("rule", ""))
    outcome = result.result or {}
    if result.exception_info and result.exception_info.get("raised_exception"):
        message = str(result.exception_info.get("exception_message", "")).splitlines()
        return Failure(model, expectation, columns, rule, None, (), "error: " + (message[0] if message else "?"))
    if expectation == "UnexpectedRowsExpectation":
        codes, attributes = _codes_of_rows((outcome.get("details") or {}).get("unexpected_rows"))
        count = outcome.get("observed_value")
        return Failure(model, expectation, tuple(attributes) or columns, rule, count, tuple(codes[:SAMPLE]))
    index = outcome.get("partial_unexpected_index_list") or outcome.get("unexpected_index_list") or []
    codes = []
    for row in index:
        code = row.get(CODE_COLUMN) if isinstance(row, dict) else None
        if code is not None and str(code) not in codes:
            codes.append(str(code))
    return Failure(model, expectation, columns, rule, outcome.get("unexpected_count"), tuple(codes[:SAMPLE]))


def read_result(checkpoint_result: Any) -> tuple[int, list[Failure]]:
    """(expectations evaluated, failures) of a checkpoint result."""
    evaluated = 0
    failures: list[Failure] = []
    for suite_result in checkpoint_result.run_results.values():
        model = suite_result.suite_name
        for result in suite_result.results:
            evaluated += 1
            if not result.success:
                failures.append(_failure(model, result))
    return evaluated, failures
