"""PlantUML class diagrams rendered from the structured relationships, so the
diagram can never drift from the catalog."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from definitions.catalog import Catalog
    from definitions.object_model import ObjectModel, Relationship


def class_name(code: str) -> str:
    """PlantUML identifier of an object model: CUSTOMER_SUCCESS_MANAGER -> CustomerSuccessManager."""
    return "".join(part.capitalize() for part in code.split("_"))


def _class_block(model: ObjectModel, with_attributes: bool) -> list[str]:
    if not with_attributes:
        return [f'class "{model.name}" as {class_name(model.code)}']
    lines = [f'class "{model.name}" as {class_name(model.code)} {{']
    for attribute in model.attributes:
        marker = " <<PK>>" if attribute.name == model.primary_key else ""
        ref = f" <<FK {class_name(attribute.references)}>>" if attribute.references else ""
        lines.append(f"  +{attribute.name} : {attribute.type}{marker}{ref}")
    lines.append("}")
    return lines


def _edge(source: str, rel: Relationship) -> str:
    return (
        f'{class_name(source)} "{rel.source_multiplicity}" -- '
        f'"{rel.target_multiplicity}" {class_name(rel.target)} : {rel.label}'
    )


def render_object_model(catalog: Catalog, code: str) -> str:
    """The diagram of one object model: its attributes and every relationship it
    takes part in, grouped by the module that introduced it."""
    model = catalog.object_models[code]
    edges = catalog.relationships_of(code)
    neighbours = sorted({c for s, r in edges for c in (s, r.target)} - {code})
    lines = ["@startuml", f"' {model.name} ({model.code}), rendered from {model.source}"]
    lines += _class_block(model, with_attributes=True)
    for other in neighbours:
        if other in catalog.object_models:
            lines += _class_block(catalog.object_models[other], with_attributes=False)
    for module in catalog.modules.values():
        group = [_edge(s, r) for s, r in edges if r.module == module.code]
        if group:
            lines.append("")
            lines.append(f"' Relationships - {module.name}")
            lines += group
    lines.append("@enduml")
    return "\n".join(lines) + "\n"


def render_module(catalog: Catalog, module_code: str) -> str:
    """The diagram of one module: its object models and the relationships it introduced."""
    module = catalog.modules[module_code]
    lines = ["@startuml", f"' {module.name} ({module.code})"]
    for code in module.object_model_codes:
        if code in catalog.object_models:
            lines += _class_block(catalog.object_models[code], with_attributes=False)
    lines.append("")
    lines.append(f"' Relationships - {module.name}")
    for model in catalog.object_models.values():
        for rel in model.relationships:
            if rel.module == module.code:
                lines.append(_edge(model.code, rel))
    lines.append("@enduml")
    return "\n".join(lines) + "\n"
