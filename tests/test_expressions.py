"""The expression checker behind filters and formulas."""

from __future__ import annotations

import pytest

from definitions.expressions import ExpressionError, check_expression, expression_columns


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
