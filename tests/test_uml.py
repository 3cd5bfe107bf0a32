"""PlantUML rendering from structured relationships."""

from __future__ import annotations

import re

from definitions import get_object_model, setup_all_relationships
from definitions.uml import class_name, render_module
from tests.conftest import MINI

EDGE = re.compile(r'^(\w+) "([^"]+)" -- "([^"]+)" (\w+) : (.+)$')
CLASS = re.compile(r'^class "[^"]+" as (\w+)')


def test_mini_customer_diagram_exact() -> None:
    catalog = setup_all_relationships(MINI)
    text = catalog.get_object_model("CUSTOMER").schema_definition
    assert text.splitlines()[0] == "@startuml"
    assert text.rstrip().splitlines()[-1] == "@enduml"
    assert '\' Relationships - Business Development\nCustomer "1" -- "0..*" Opportunity : buys through' in text
    assert '\' Relationships - Customer Retention\nCustomer "1" -- "0..*" Subscription : holds' in text
    assert "+customer_id : string <<PK>>" in text
    # the reverse side is derived: Opportunity's diagram shows the link declared on Customer
    opportunity = catalog.get_object_model("OPPORTUNITY").schema_definition
    assert 'Customer "1" -- "0..*" Opportunity : buys through' in opportunity
    assert 'SalesRepresentative "1" -- "0..*" Opportunity : owns' in opportunity


def test_every_class_in_every_diagram_is_defined() -> None:
    catalog = setup_all_relationships()
    known = {class_name(code) for code in catalog.object_models}
    for model in catalog.object_models.values():
        text = model.schema_definition
        for line in text.splitlines():
            edge = EDGE.match(line)
            if edge:
                assert edge.group(1) in known and edge.group(4) in known, (model.code, line)
            declared = CLASS.match(line)
            if declared:
                assert declared.group(1) in known, (model.code, line)


def test_shared_models_show_every_using_module() -> None:
    catalog = setup_all_relationships()
    for model in catalog.object_models.values():
        text = model.schema_definition
        for module in model.modules:
            assert f"' Relationships - {module.name}\n" in text, (model.code, module.code)
    customer = get_object_model("CUSTOMER").schema_definition
    assert customer.count("' Relationships - ") == 12


def test_module_diagram_lists_its_models() -> None:
    catalog = setup_all_relationships()
    text = render_module(catalog, "SALES_STRATEGY")
    for code in catalog.get_module("SALES_STRATEGY").object_model_codes:
        assert f"as {class_name(code)}" in text
