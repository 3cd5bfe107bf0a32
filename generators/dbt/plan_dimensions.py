"""Plan the entity dimensions (dim_sales_reps, dim_segments, ...): one per catalog dimension,
its members read from the staging model of the object model it references, or (a dimension
that references none, such as an interaction channel) the allowed values of the enum
attributes it is mapped to. Holds primitives only, like the project plan."""

from __future__ import annotations

from dataclasses import dataclass, field

from definitions.catalog import Catalog
from definitions.object_model import ObjectModel
from generators.dbt import naming

UNKNOWN = "unknown"
"""The member a KPI slice is keyed by when its record carries no value (grouping.py)."""

CONTRACT_TYPES = {
    "string": "varchar",
    "enum": "varchar",
    "integer": "bigint",
    "decimal": "double precision",
    "boolean": "boolean",
    "date": "date",
    "timestamp": "timestamp",
}
"""Column type of a catalog attribute type in a contracted dimension: names both engines
accept and report alike (decimals are published as double precision, like KPI values)."""


@dataclass(frozen=True)
class DimensionAttribute:
    name: str
    contract_type: str
    description: str


@dataclass
class EntityDimension:
    code: str
    model: str
    name: str
    description: str
    sliceable: bool
    staging: str | None
    """staging model of the referenced object model; None for an enum-valued dimension"""
    key_attribute: str | None
    name_attribute: str | None
    attributes: list[DimensionAttribute] = field(default_factory=list)
    values: list[str] = field(default_factory=list)
    """members of a dimension that references no object model: the allowed values of the enum
    attributes it is mapped to"""
    value_sources: list[tuple[str, str]] = field(default_factory=list)
    """(staging model, attribute) of its non-enum attributes, whose distinct values are members too"""

    @property
    def key_column(self) -> str:
        return f"{naming.snake(self.code)}_code"

    @property
    def name_column(self) -> str:
        return f"{naming.snake(self.code)}_name"


def dimension_model(code: str) -> str:
    """``dim_`` and the dimension code in the plural: SALES_REP -> dim_sales_reps,
    TERRITORY -> dim_territories."""
    stem = naming.snake(code)
    if stem.endswith("y") and stem[-2:-1] not in tuple("aeiou"):
        plural = stem[:-1] + "ies"
    elif stem.endswith(("s", "x", "ch", "sh")):
        plural = stem + "es"
    else:
        plural = stem + "s"
    return f"dim_{plural}"


def _name_attribute(model: ObjectModel) -> str | None:
    names = [a.name for a in model.attributes if a.type == "string"]
    for name in names:
        if name in ("name", "full_name"):
            return name
    return next((n for n in names if n.endswith("_name")), None)


def plan_dimensions(catalog: Catalog) -> dict[str, EntityDimension]:
    """Dimension code -> its entity dimension, for every dimension of the catalog."""
    plans: dict[str, EntityDimension] = {}
    for code in sorted(catalog.dimensions):
        dim = catalog.dimensions[code]
        base = EntityDimension(
            code=code,
            model=dimension_model(code),
            name=dim.name,
            description=dim.description,
            sliceable=dim.sliceable,
            staging=None,
            key_attribute=None,
            name_attribute=None,
        )
        target = catalog.object_models.get(dim.references or "")
        if target is not None and target.primary_key:
            base.staging = naming.staging_model(target.code)
            base.key_attribute = target.primary_key
            base.name_attribute = _name_attribute(target)
            base.attributes = [
                DimensionAttribute(a.name, CONTRACT_TYPES[a.type], a.description)
                for a in target.attributes
                if a.name not in (target.primary_key, base.name_attribute)
            ]
        else:
            values: set[str] = set()
            for model_code in sorted(catalog.object_models):
                model = catalog.object_models[model_code]
                attribute = next((a for a in model.attributes if a.name == model.dimensions.get(code)), None)
                if attribute is None:
                    continue
                if attribute.values:
                    values.update(str(v) for v in attribute.values)
                else:
                    base.value_sources.append((naming.staging_model(model.code), attribute.name))
            base.values = sorted(values - {UNKNOWN})
        plans[code] = base
    return plans
