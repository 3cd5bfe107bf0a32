"""Write a set of generated files: deterministic, only what changed, orphans removed,
and a check mode that reports instead of writing."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Plan:
    """What a generation run would change on disk."""

    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    unchanged: int = 0

    @property
    def clean(self) -> bool:
        return not (self.created or self.updated or self.deleted)

    def describe(self) -> list[str]:
        return (
            [f"missing: {p}" for p in self.created]
            + [f"stale: {p}" for p in self.updated]
            + [f"orphaned: {p}" for p in self.deleted]
        )


def _owned(root: Path, owned_dirs: list[str], suffixes: tuple[str, ...]) -> set[str]:
    found: set[str] = set()
    for folder in owned_dirs:
        base = root / folder
        if base.is_dir():
            for path in base.rglob("*"):
                if path.is_file() and path.suffix in suffixes:
                    found.add(path.relative_to(root).as_posix())
    return found


def sync(
    root: Path,
    files: dict[str, str],
    owned_dirs: list[str],
    *,
    suffixes: tuple[str, ...] = (".sql", ".yml", ".csv", ".md"),
    check: bool = False,
) -> Plan:
    """Make ``root`` hold exactly ``files`` (relative path -> content) inside
    ``owned_dirs``. With ``check`` nothing is written; the plan says what differs."""
    plan = Plan()
    for rel, content in sorted(files.items()):
        path = root / rel
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == content:
            plan.unchanged += 1
            continue
        (plan.created if current is None else plan.updated).append(rel)
        if not check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(content, encoding="utf-8", newline="\n")
    for rel in sorted(_owned(root, owned_dirs, suffixes) - set(files)):
        plan.deleted.append(rel)
        if not check:
            (root / rel).unlink()
    return plan
