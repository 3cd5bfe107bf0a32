"""``analytics load`` says what happened (lines read, stored, unchanged, rejected by rule)
and exits 0 when everything was stored or unchanged, 1 when any line was rejected, 2 on a
usage error."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from generators.cli import app

ACCOUNT = {
    "account_id": "ACC-0001",
    "customer_id": "CUS-0001",
    "account_name": "Acme Corp",
    "status": "active",
    "created_at": "2024-03-01T09:00:00",
}


def line(code: str | None, **change: object) -> str:
    return json.dumps({"schema_ref": "ACCOUNT", "code": code, "data_values": {**ACCOUNT, **change}})


def load(path: Path, tmp_path: Path) -> tuple[int, str]:
    result = CliRunner().invoke(
        app, ["load", str(path), "--target", "duckdb", "--duckdb-path", str(tmp_path / "cli.duckdb")]
    )
    return result.exit_code, " ".join(result.output.split())


def test_load_reports_counts_and_exits_1_on_rejects(tmp_path: Path) -> None:
    path = tmp_path / "accounts.jsonl"
    lines = [line("ACC-0001"), line(""), line("ACC-0003", created_at="2024-03-01T09"), line(None), line("ACC-0005")]
    path.write_text("\n".join(lines) + "\n")

    code, output = load(path, tmp_path)
    assert code == 1
    assert "accounts.jsonl: 5 lines read, 2 stored, 0 unchanged, 3 rejected" in output
    assert "rejected 1 x code.format" in output
    assert "rejected 1 x code.required" in output
    assert "rejected 1 x timestamp" in output
    assert "raw.object_instance_rejects" in output

    code, output = load(path, tmp_path)
    assert code == 1
    assert "5 lines read, 0 stored, 2 unchanged, 3 rejected" in output


def test_load_exits_0_when_every_line_is_stored_and_2_on_a_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "clean.jsonl"
    path.write_text(line("ACC-0001") + "\n")
    assert load(path, tmp_path) == (0, "clean.jsonl: 1 lines read, 1 stored, 0 unchanged, 0 rejected")
    assert load(path, tmp_path) == (0, "clean.jsonl: 1 lines read, 0 stored, 1 unchanged, 0 rejected")
    code, output = load(tmp_path / "missing.jsonl", tmp_path)
    assert code == 2
    assert "no such file" in output
