"""Instance validation of the unified ObjectModel and its raw-store row shape."""

from __future__ import annotations

import json
from typing import Any

import pytest
from pydantic import ValidationError

from definitions import ObjectModel, setup_all_relationships
from definitions.catalog import Catalog
from tests.conftest import MINI


@pytest.fixture(scope="module")
def mini() -> Catalog:
    return setup_all_relationships(MINI)


GOOD: dict[str, Any] = {
    "opportunity_id": "OPP-1",
    "customer_id": "CUS-1",
    "owner_rep_id": "REP-1",
    "amount": 1200.5,
    "stage": "closed_won",
    "created_at": "2025-01-03T10:00:00",
    "closed_at": "2025-02-01T09:30:00",
    "is_priority": True,
    "seats": 12,
}


def build(catalog: Catalog, values: dict[str, Any]) -> ObjectModel:
    return ObjectModel.model_validate(
        {
            "name": "Opportunity OPP-1",
            "code": "OPP-1",
            "data_values": values,
            "metadata_": {"type": "instance", "schema_ref": "OPPORTUNITY"},
        },
        context={"catalog": catalog},
    )


def test_valid_instance_serialises_to_raw_row(mini: Catalog) -> None:
    row = build(mini, GOOD).to_raw_row()
    assert row["schema_ref"] == "OPPORTUNITY"
    assert row["code"] == "OPP-1"
    assert json.loads(row["data_values"]) == GOOD
    assert json.loads(row["metadata_"]) == {"type": "instance", "schema_ref": "OPPORTUNITY"}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"colour": "red"}, "data_values.colour: unknown attribute of OPPORTUNITY"),
        ({"amount": None}, "data_values.amount: required"),
        ({"opportunity_id": None}, "data_values.opportunity_id: required"),
        ({"amount": "12"}, "data_values.amount: must be a number"),
        ({"seats": 1.5}, "data_values.seats: must be an integer"),
        ({"seats": True}, "data_values.seats: must be an integer"),
        ({"is_priority": "yes"}, "data_values.is_priority: must be true or false"),
        ({"stage": "won"}, "data_values.stage: must be one of open, closed_won, closed_lost"),
        ({"created_at": "yesterday"}, "data_values.created_at: must be an ISO timestamp"),
        ({"customer_id": 7}, "data_values.customer_id: must be a string"),
    ],
)
def test_invalid_instance_names_field_and_rule(mini: Catalog, change: dict[str, Any], message: str) -> None:
    values = {**GOOD, **change}
    if change.get("amount", 0) is None:
        values.pop("amount")
    with pytest.raises(ValidationError) as caught:
        build(mini, values)
    assert message in str(caught.value)


def test_date_attribute_rejects_timestamp(mini: Catalog) -> None:
    with pytest.raises(ValidationError, match=r"data_values.start_date: must be a date"):
        mini.instance(
            "SUBSCRIPTION",
            "SUB-1",
            {"subscription_id": "SUB-1", "customer_id": "C", "mrr": 10, "start_date": "2025-01-01T00:00:00"},
        )


def test_unknown_schema_ref_suggests(mini: Catalog) -> None:
    with pytest.raises(Exception, match=r"unknown object model code 'OPORTUNITY'.*OPPORTUNITY"):
        ObjectModel.model_validate(
            {
                "name": "x",
                "code": "x",
                "data_values": {},
                "metadata_": {"type": "instance", "schema_ref": "OPORTUNITY"},
            },
            context={"catalog": mini},
        )


def test_instance_as_the_seed_shows_against_the_real_catalog() -> None:
    account = ObjectModel(
        name="Acme Corp",
        code="ACC-0001",
        data_values={
            "account_id": "ACC-0001",
            "customer_id": "CUS-0001",
            "account_name": "Acme Corp",
            "status": "active",
            "created_at": "2024-03-01T09:00:00",
        },
        metadata_={"type": "instance", "schema_ref": "ACCOUNT"},
    )
    assert account.data_values["account_id"] == "ACC-0001"
    assert account.to_raw_row()["schema_ref"] == "ACCOUNT"
