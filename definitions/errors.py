"""Errors of the catalog, each naming the file and the field."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Issue:
    """One problem found in the catalog."""

    file: str
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}: {self.field}" if self.field else self.file
        return f"{where}: {self.message}"


class CatalogError(Exception):
    """The catalog could not be loaded or did not validate."""

    def __init__(self, issues: list[Issue]) -> None:
        self.issues = sorted(set(issues))
        lines = "\n".join(f"  - {issue}" for issue in self.issues)
        super().__init__(f"{len(self.issues)} problem(s) in the catalog:\n{lines}")


class UnknownCodeError(KeyError):
    """A lookup by a code that is not in the catalog; suggests the closest codes."""

    def __init__(self, kind: str, code: str, suggestions: list[str]) -> None:
        self.kind = kind
        self.code = code
        self.suggestions = suggestions
        hint = f"; did you mean {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"unknown {kind} code {code!r}{hint}")

    def __str__(self) -> str:
        return str(self.args[0])
