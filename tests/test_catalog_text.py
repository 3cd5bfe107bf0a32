"""Codes, names, enum values and references are restricted to a small alphabet; filters
to the expression allow-list. `analytics validate` names file, field and rule."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from definitions import load_catalog
from generators.cli import app
from tests.conftest import Editor

BAD_CODES = ["OPPORTUNITY X", "OPPORTUNITY'", "OPPORTUNITY\n", "{{ X }}"]


def issues_in(root: Path, rel: str) -> list[tuple[str, str]]:
    _, issues = load_catalog(root)
    return [(issue.field, issue.message) for issue in issues if issue.file.endswith(rel)]


def assert_rejected(root: Path, rel: str, field: str, rule: str) -> None:
    found = issues_in(root, rel)
    assert any(f == field and rule in m for f, m in found), f"no {field!r} / {rule!r} issue in {rel}: {found}"


@pytest.mark.parametrize("code", BAD_CODES)
def test_object_model_code_matches_the_code_pattern(mini_root: Path, edit: Editor, code: str) -> None:
    edit("object_models/opportunity.yml", lambda d: d.update(code=code))
    assert_rejected(mini_root, "object_models/opportunity.yml", "code", "^[A-Z][A-Z0-9_]*$")


@pytest.mark.parametrize("value", ["closed'won", "closed_won', 'x", "Closed", "{{ x }}", "a\nb", "", "open value"])
def test_enum_values_match_the_enum_pattern(mini_root: Path, edit: Editor, value: str) -> None:
    edit("object_models/opportunity.yml", lambda d: d["attributes"][5]["values"].append(value))
    assert_rejected(mini_root, "object_models/opportunity.yml", "attributes[5].values[3]", "^[a-z0-9][a-z0-9_.-]*$")


def _set(path: list[Any], value: Any) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        target = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


@pytest.mark.parametrize(
    ("rel", "change", "field", "rule"),
    [
        ("object_models/opportunity.yml", _set(["primary_key"], "opportunity id"), "primary_key", "^[a-z]"),
        ("object_models/opportunity.yml", _set(["time_attributes", 1], "closed_at\n"), "time_attributes[1]", "^[a-z]"),
        (
            "object_models/opportunity.yml",
            _set(["dimensions"], {"SALES REP": "owner_rep_id"}),
            "dimensions.SALES REP[key]",
            "^[A-Z]",
        ),
        (
            "object_models/opportunity.yml",
            _set(["dimensions"], {"SALES_REP": "owner_rep_id'"}),
            "dimensions.SALES_REP",
            "^[a-z]",
        ),
        (
            "object_models/customer.yml",
            _set(["relationships", 0, "via"], "customer_id' --"),
            "relationships[0].via",
            "^[a-z]",
        ),
        ("object_models/customer.yml", _set(["aliases"], ["{{ x }}"]), "aliases[0]", "^[A-Za-z0-9]"),
        ("object_models/customer.yml", _set(["aliases"], ["Client\nX"]), "aliases[0]", "^[A-Za-z0-9]"),
        ("kpis/win_rate.yml", _set(["tags"], ["win rate"]), "tags[0]", "^[a-z]"),
        ("kpis/win_rate.yml", _set(["modules"], ["BUS_DEV'"]), "modules[0]", "^[A-Z]"),
        ("modules/bus_dev.yml", _set(["object_models", 0], "LEAD "), "object_models[0]", "^[A-Z]"),
        ("dimensions/sales_rep.yml", _set(["references"], "SALES REPRESENTATIVE"), "references", "^[A-Z]"),
        (
            "kpis/revenue_per_day.yml",
            lambda d: d["calculation"].update(inputs={"won; drop": d["calculation"]["inputs"]["won"]}),
            "calculation.inputs.won; drop[key]",
            "^[a-z]",
        ),
    ],
)
def test_code_like_references_match_their_pattern(
    mini_root: Path, edit: Editor, rel: str, change: Callable[[dict[str, Any]], None], field: str, rule: str
) -> None:
    edit(rel, change)
    assert_rejected(mini_root, rel, field, rule)


@pytest.mark.parametrize(
    ("filter_", "rule"),
    [
        ("stage = 'closed_won' and read_csv('x') is null", "calls read_csv()"),
        ("pg_sleep(1) is null", "calls pg_sleep()"),
        ("stage = '{{ run_query(''drop table raw.object_instances'') }}'", "contains Jinja delimiters {{ }}"),
        ("stage = '" + "w" * 500 + "'", "string literal of 500 characters"),
    ],
)
def test_filters_follow_the_allow_list(mini_root: Path, edit: Editor, filter_: str, rule: str) -> None:
    edit("kpis/win_rate.yml", lambda d: d["calculation"]["numerator"].update(filter=filter_))
    assert_rejected(mini_root, "kpis/win_rate.yml", "calculation.numerator.filter", rule)


def test_validate_command_names_file_field_and_rule(mini_root: Path, edit: Editor) -> None:
    edit("object_models/opportunity.yml", lambda d: d["attributes"][5]["values"].append("won' or '1'='1"))
    edit("kpis/new_leads.yml", lambda d: d["calculation"]["measure"].update(filter="pg_sleep(10) is null"))
    result = CliRunner().invoke(app, ["validate", "--catalog", str(mini_root)])
    assert result.exit_code == 1
    assert "object_models/opportunity.yml: attributes[5].values[3]: String should match pattern" in result.output
    assert "kpis/new_leads.yml: calculation.measure.filter: 'pg_sleep(10) is null' calls pg_sleep()" in result.output
