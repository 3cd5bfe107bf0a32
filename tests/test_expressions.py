"""The expression checker behind filters and formulas."""

from __future__ import annotations

import re

import pytest

from definitions.expressions import ExpressionError, allowed_function_names, check_expression, expression_columns


def test_columns_in_order() -> None:
    assert expression_columns("amount * probability > min_amount") == ["amount", "probability", "min_amount"]


def test_case_and_in_are_expressions() -> None:
    check_expression("case when stage in ('a', 'b') then amount else 0 end", ["stage", "amount"])


@pytest.mark.parametrize(
    "text",
    ["select 1", "delete from t", "a = 1; b = 2", "count(*)", "row_number() over ()", "my_udf(a)", "", "a ="],
)
def test_rejected(text: str) -> None:
    with pytest.raises(ExpressionError):
        check_expression(text, ["a", "b"])


# -- the allow-list -------------------------------------------------------------------

ATTRIBUTES = ["stage", "amount", "created_at", "closed_at", "seats"]


@pytest.mark.parametrize(
    "text",
    [
        "stage = 'closed_won' and amount > 0",
        "stage in ('closed_won', 'closed_lost') or not (seats is null)",
        "coalesce(amount, 0) * 2 - abs(seats) / nullif(seats, 0) % 3",
        "case when seats between 1 and 10 then round(amount, 2) else greatest(amount, 0) end",
        "if(amount > 1, least(amount, 10), power(amount, 2))",
        "lower(stage) like 'closed%' and upper(stage) <> 'OPEN'",
        "cast(amount as decimal(12, 2)) >= 1.5 and amount::int > -1",
        "extract(year from created_at) = 2025",
        "days_between(created_at, closed_at) > 30 and hours_between(created_at, closed_at) > 1",
        "stage = 'it''s {fine} */ $$'",
    ],
)
def test_allowed(text: str) -> None:
    check_expression(text, ATTRIBUTES)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("read_csv('x') is null", "calls read_csv(), which is not allowed; allowed functions: abs, cast"),
        ("read_parquet('x') is null", "calls read_parquet()"),
        ("pg_sleep(1) is null", "calls pg_sleep()"),
        ("current_setting('is_superuser') = 'on'", "calls current_setting()"),
        ("pg_read_file('/etc/passwd') = ''", "calls pg_read_file()"),
        ("now() > created_at", "calls current_timestamp()"),
        ("stage = '{{ x }}'", "contains Jinja delimiters {{ }}"),
        ("stage = 'a' {# x #}", "contains Jinja delimiters {# #}"),
        ("stage = '{% do x %}'", "contains Jinja delimiters {% %}"),
        ("stage = '" + "x" * 201 + "'", "string literal of 201 characters (at most 200)"),
        ("amount > 1" + "0" * 30, "number literal with more than 30 digits"),
        ("amount + " * 250 + "1", "expression of 2251 characters (at most 2000)"),
        ("stage = 'a\nb'", "string literal contains a control character"),
        ("days_between(created_at, cast('2024-01-01' as date)) > 1", "arguments of days_between() must be attribute"),
        ("cast(amount as json) is null", "cannot cast to JSON"),
        ("amount > 1 union select 1", "contains a query or subquery"),
    ],
)
def test_rejected_with_reason(text: str, message: str) -> None:
    with pytest.raises(ExpressionError, match=re.escape(message)):
        check_expression(text, ATTRIBUTES)


def test_allowed_function_list() -> None:
    assert allowed_function_names() == [
        "abs",
        "cast",
        "ceil",
        "coalesce",
        "days_between",
        "extract",
        "floor",
        "greatest",
        "hours_between",
        "if",
        "least",
        "ln",
        "lower",
        "minutes_between",
        "nullif",
        "power",
        "round",
        "sqrt",
        "upper",
    ]
