"""The declarations ``analytics check-data`` reads (attribute bounds, an object model's
time_order pairs) are rejected when inconsistent, each error naming file and field."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.conftest import Editor
from tests.test_validation import assert_one, issues_of

OPPORTUNITY = "object_models/opportunity.yml"
# attributes of the fixture's opportunity: 4 amount (decimal), 5 stage (enum), 6 created_at,
# 7 closed_at (timestamps), 8 is_priority (boolean), 9 seats (integer)


def attribute(index: int, **change: Any) -> Any:
    return lambda d: d["attributes"][index].update(change)


def time_order(*pairs: tuple[str, str]) -> Any:
    return lambda d: d.update(time_order=[{"earlier": e, "later": later} for e, later in pairs])


def test_bounds_and_a_time_order_that_make_sense_are_valid(mini_root: Path, edit: Editor) -> None:
    edit(OPPORTUNITY, attribute(4, minimum=0))
    edit(OPPORTUNITY, attribute(9, minimum=1, maximum=10_000))
    edit(OPPORTUNITY, time_order(("created_at", "closed_at")))
    assert issues_of(mini_root) == []


def test_a_bound_on_a_non_numeric_attribute(mini_root: Path, edit: Editor) -> None:
    edit(OPPORTUNITY, attribute(5, minimum=0))
    edit(OPPORTUNITY, attribute(6, maximum=1))
    assert_one(mini_root, OPPORTUNITY, "attributes[5].minimum", "'stage' is enum", "only integer and decimal")
    assert_one(mini_root, OPPORTUNITY, "attributes[6].maximum", "'created_at' is timestamp")


def test_a_minimum_above_the_maximum(mini_root: Path, edit: Editor) -> None:
    edit(OPPORTUNITY, attribute(9, minimum=5, maximum=1))
    assert_one(mini_root, OPPORTUNITY, "attributes[9].minimum", "minimum 5 is above maximum 1")


def test_a_bound_that_is_not_a_number(mini_root: Path, edit: Editor) -> None:
    edit(OPPORTUNITY, attribute(4, minimum="zero"))
    assert_one(mini_root, OPPORTUNITY, "attributes[4].minimum")


def test_a_time_order_naming_an_unknown_or_undated_attribute(mini_root: Path, edit: Editor) -> None:
    edit(OPPORTUNITY, time_order(("created_at", "won_at"), ("seats", "closed_at")))
    assert_one(mini_root, OPPORTUNITY, "time_order[0].later", "'won_at' is not an attribute of OPPORTUNITY")
    assert_one(mini_root, OPPORTUNITY, "time_order[1].earlier", "'seats' is integer, not a date or timestamp")


def test_a_time_order_declared_twice_or_both_ways(mini_root: Path, edit: Editor) -> None:
    edit(OPPORTUNITY, time_order(("created_at", "closed_at"), ("created_at", "closed_at"), ("closed_at", "created_at")))
    assert_one(mini_root, OPPORTUNITY, "time_order[1]", "declared twice (also time_order[0])")
    assert_one(mini_root, OPPORTUNITY, "time_order[2]", "also declared the other way round (time_order[0])")


def test_an_attribute_ordered_against_itself(mini_root: Path, edit: Editor) -> None:
    edit(OPPORTUNITY, time_order(("closed_at", "closed_at")))
    assert_one(mini_root, OPPORTUNITY, "time_order[0]", "'closed_at' is ordered against itself")


def test_a_cycle_of_time_orders(mini_root: Path, edit: Editor) -> None:
    # the cycle is told from the first attribute in name order
    def three_dates(d: dict[str, Any]) -> None:
        d["attributes"].append({"name": "won_at", "type": "timestamp", "description": "Won."})

    edit(OPPORTUNITY, three_dates)
    edit(OPPORTUNITY, time_order(("created_at", "closed_at"), ("closed_at", "won_at"), ("won_at", "created_at")))
    assert_one(
        mini_root,
        OPPORTUNITY,
        "time_order",
        "cycle among time-ordered attributes: closed_at -> won_at -> created_at -> closed_at",
    )


def test_an_unknown_field_in_a_time_order(mini_root: Path, edit: Editor) -> None:
    edit(OPPORTUNITY, lambda d: d.update(time_order=[{"earlier": "created_at", "after": "closed_at"}]))
    assert_one(mini_root, OPPORTUNITY, "time_order[0]")
