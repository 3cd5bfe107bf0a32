"""Run dbt in-process and summarise its results."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@dataclass
class DbtOutcome:
    success: bool
    statuses: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)
    tests: Counter[str] = field(default_factory=Counter)
    unit_tests: Counter[str] = field(default_factory=Counter)


def ensure_profiles(root: Path = PROJECT_ROOT) -> None:
    """profiles.yml is git-ignored; create it from the example on first use."""
    profiles = root / "profiles.yml"
    if not profiles.exists():
        profiles.write_text((PROJECT_ROOT / "profiles.example.yml").read_text())


def run_dbt(args: list[str], root: Path = PROJECT_ROOT, target: str = "duckdb") -> DbtOutcome:
    from dbt.cli.main import dbtRunner

    ensure_profiles(root)
    full = [*args, "--project-dir", str(root), "--profiles-dir", str(root), "--target", target]
    result = dbtRunner().invoke(full)
    outcome = DbtOutcome(success=bool(result.success))
    if result.exception is not None:
        outcome.failures.append(f"dbt {args[0]}: {result.exception}")
    for item in getattr(result.result, "results", None) or []:
        status = str(item.status)
        outcome.statuses[status] += 1
        if item.node.resource_type == "test":
            outcome.tests[status] += 1
        elif item.node.resource_type == "unit_test":
            outcome.unit_tests[status] += 1
        if status in ("error", "fail"):
            outcome.failures.append(f"{item.node.unique_id}: {status} {item.message or ''}".strip())
    return outcome


def compile_inline(sql: str, root: Path = PROJECT_ROOT, target: str = "duckdb") -> str:
    """The SQL dbt compiles ``sql`` (Jinja with the project's macros) to, on ``target``."""
    from dbt.cli.main import dbtRunner

    ensure_profiles(root)
    args = ["compile", "--inline", sql, "--project-dir", str(root), "--profiles-dir", str(root), "--target", target]
    result = dbtRunner().invoke(args)
    if not result.success:
        raise RuntimeError(f"dbt compile failed: {result.exception}")
    return str(result.result.results[0].node.compiled_code)
