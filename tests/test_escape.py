"""The escaping module: catalog text reaches generated SQL and YAML only in a form dbt
cannot evaluate. Rendering uses dbt's own Jinja (``get_rendered``, what dbt applies to
models and descriptions); literals run on a real DuckDB."""

from __future__ import annotations

import duckdb
import pytest
import yaml
from dbt.clients.jinja import get_rendered

from definitions.expressions import ExpressionError
from generators.dbt.escape import Jinja, sql_comment, sql_string_literal, yaml_description
from generators.dbt.sqlexpr import render_expression
from generators.dbt.yamlout import dump_yaml

HOSTILE = [
    "{{ run_query('create table canary as select 1') }}",
    "{% do run_query('create table canary as select 1') %}",
    "{# hidden #} visible",
    "{{ env_var('HOME') }}",
    "a {% endraw %} b {%- endraw -%} c {%+ endraw +%} d",
    "{% raw %} unterminated",
    "}}{{ {{{ %}%}",
    "\n select 1; --",
    "' or '1'='1",
    "*/ $$ -- ;",
    "one\u2028two\u2029three\x85four\rfive\r\nsix\vseven",
    "{",
    "{%",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_yaml_description_renders_back_to_the_text(text: str) -> None:
    assert get_rendered(yaml_description(text), {}) == text


def test_plain_description_is_unchanged() -> None:
    assert yaml_description("Share of won deals ÷ closed deals, by close date.") == (
        "Share of won deals ÷ closed deals, by close date."
    )


def test_description_jinja_is_wrapped_in_raw() -> None:
    assert yaml_description("{{ x }}") == "{% raw %}{{ x }}{% endraw %}"
    assert yaml_description("a {% endraw %}") == "{% raw %}a {% endraw %}{{ '{%' }}{% raw %} endraw %}{% endraw %}"


@pytest.mark.parametrize("text", HOSTILE)
def test_sql_comment_is_only_comment_lines(text: str) -> None:
    comment = sql_comment(text)
    assert all(line.startswith("--") for line in comment.split("\n"))
    rendered = get_rendered(comment, {})
    assert all(line.startswith("--") for line in rendered.splitlines())
    # the engine sees nothing but comments: the statement is just `select 42`
    assert duckdb.sql(f"{rendered}\nselect 42").fetchall() == [(42,)]


def test_newline_in_formula_starts_a_new_comment_line() -> None:
    assert sql_comment("count of won\n select 1; --") == "-- count of won\n--  select 1; --"
    assert sql_comment("a\u2028b") == "-- a\n-- b"


def test_sql_comment_jinja_renders_as_text() -> None:
    assert get_rendered(sql_comment("Win Rate: {{ run_query('x') }}"), {}) == "-- Win Rate: {{ run_query('x') }}"


@pytest.mark.parametrize("text", [*HOSTILE, "", "''", "it's", "}", "{x}"])
def test_sql_string_literal_is_the_text(text: str) -> None:
    literal = sql_string_literal(text)
    assert get_rendered(literal, {}) == literal  # no Jinja in it: dbt leaves it alone
    assert duckdb.sql(f"select {literal}").fetchall() == [(text,)]


def test_sql_string_literal_splits_braces() -> None:
    assert sql_string_literal("it's") == "'it''s'"
    assert sql_string_literal("{{ x }}") == "('{' || '{' || ' x ' || '}' || '}')"


def test_renderer_refuses_jinja_even_without_validation() -> None:
    with pytest.raises(ExpressionError, match="Jinja delimiters"):
        render_expression("stage = '{{ run_query(''drop table x'') }}'")


def test_rendered_expression_literal_with_braces_is_inert() -> None:
    sql = render_expression("stage = '{ x } it''s' -- note")
    assert sql == "stage = ('{' || ' x ' || '} it''s')"
    assert get_rendered(sql, {}) == sql
    assert duckdb.sql(f"select {sql.removeprefix('stage = ')}").fetchall() == [("{ x } it's",)]


def test_rendered_expression_quotes_literals_itself() -> None:
    assert render_expression("stage = 'x'' or ''1''=''1'") == "stage = 'x'' or ''1''=''1'"
    assert render_expression("stage in ('A', 'b') /* */ and amount > 1") == "stage in ('A', 'b') and amount > 1"


def test_dump_yaml_makes_every_description_inert_but_generator_jinja() -> None:
    data = {
        "models": [
            {
                "name": "m",
                "description": "{{ env_var('HOME') }}",
                "columns": [{"name": "c", "description": Jinja("{{ doc('kpi_value') }}")}],
            }
        ]
    }
    parsed = yaml.safe_load(dump_yaml(data, "header"))
    assert parsed["models"][0]["description"] == "{% raw %}{{ env_var('HOME') }}{% endraw %}"
    assert parsed["models"][0]["columns"][0]["description"] == "{{ doc('kpi_value') }}"


@pytest.mark.parametrize("text", ["cast(won as double) / total", "cast(won as float) / total"])
def test_a_cast_to_double_renders_the_engines_type_name(text: str) -> None:
    # PostgreSQL has no type "double" (it is "double precision"): the cast goes through type_double()
    assert render_expression(text) == "cast(won as {{ type_double() }}) / nullif(total, 0)"
