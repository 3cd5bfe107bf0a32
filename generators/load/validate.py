"""Check one candidate line before it reaches a batch: its shape, its object model
(aliases resolve to the canonical code), its code and every value (``definitions.types``)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from definitions.errors import UnknownCodeError
from definitions.instances import Problem, check_instance
from definitions.types import check_code, text_problem
from generators.load.lines import safe_text


@dataclass(frozen=True)
class Candidate:
    """One input line: its number, a hash of its content, its text (as kept in the rejects
    table), and the parsed record, or the rule the line broke before it could be parsed.
    An instance streamed as a tuple (the synthetic world) has no text of its own:
    ``digest`` and ``text`` are then made from the record, and only when asked for (a
    reject), since a valid instance never needs them."""

    line: int
    given_digest: str | None
    given_text: str | None
    record: Any = None
    rule: str | None = None
    message: str | None = None

    @cached_property
    def text(self) -> str:
        if self.given_text is not None:
            return self.given_text
        values = self.record.get("data_values")
        return safe_text(json.dumps(values, sort_keys=True, default=str) if isinstance(values, dict) else repr(values))

    @cached_property
    def digest(self) -> str:
        if self.given_digest is not None:
            return self.given_digest
        content = f"{self.record.get('schema_ref')}|{self.record.get('code')}|{self.text}"
        return hashlib.sha256(content.encode("utf-8", "backslashreplace")).hexdigest()


@dataclass(frozen=True)
class Rejected:
    """Why a line is rejected: the first field and rule it breaks, and every problem."""

    schema_ref: str | None
    code: str | None
    field: str
    rule: str
    reason: str


Accepted = tuple[str, str, dict[str, Any]]
"""(canonical schema_ref, code, the values to store)."""


def _shown(value: Any) -> str | None:
    return None if value is None else safe_text(value if isinstance(value, str) else repr(value), 200)


def _schema(catalog: Any, schema_ref: Any) -> tuple[Any, Problem | None]:
    if schema_ref is None:
        return None, Problem("schema_ref", "schema_ref.required", "required")
    if not isinstance(schema_ref, str):
        return None, Problem("schema_ref", "schema_ref.format", f"must be a string, got {type(schema_ref).__name__}")
    broken = text_problem(schema_ref)
    if broken is not None:
        return None, Problem("schema_ref", "schema_ref.format", broken.message)
    try:
        return catalog.get_object_model(schema_ref), None
    except UnknownCodeError as err:
        return None, Problem("schema_ref", "schema_ref.unknown", safe_text(str(err), 500))


def validate(catalog: Any, candidate: Candidate) -> Accepted | Rejected:
    """The row to store, or why the line is rejected."""
    if candidate.rule is not None:
        return Rejected(None, None, "line", candidate.rule, candidate.message or candidate.rule)
    record = candidate.record
    if not isinstance(record, dict):
        return Rejected(None, None, "line", "line.shape", f"must be a JSON object, got {type(record).__name__}")
    schema_ref, code, values = record.get("schema_ref"), record.get("code"), record.get("data_values")
    problems: list[Problem] = []
    schema, problem = _schema(catalog, schema_ref)
    if problem is not None:
        problems.append(problem)
    broken = check_code(code)
    if broken is not None:
        problems.append(Problem("code", broken.rule, broken.message))
    stored: dict[str, Any] = {}
    if not isinstance(values, dict):
        problems.append(Problem("data_values", "data_values.object", "must be a JSON object"))
    elif schema is not None:
        stored, found = check_instance(schema, values)
        problems += found
    if problems:
        first = problems[0]
        reason = safe_text("; ".join(str(p) for p in problems), 2000)
        canonical = schema.code if schema is not None else _shown(schema_ref)
        return Rejected(canonical, _shown(code), first.field, first.rule, reason)
    return schema.code, code, stored
