"""The unified ObjectModel: one class for a schema (attributes, relationships)
and for an instance of it (``data_values`` + ``metadata_.schema_ref``)."""

from __future__ import annotations

import json
import re
from typing import Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    StrictFloat,
    StrictInt,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import InitErrorDetails, PydanticCustomError

from definitions.entities import Entity
from definitions.text import CODE_PATTERN, NAME_PATTERN, Alias, Code, EnumValue, Name
from definitions.vocabulary import AttributeType, Multiplicity, ObjectCategory

__all__ = ["NAME_PATTERN", "Attribute", "ObjectModel", "Relationship", "TimeOrder"]
_MULTIPLICITIES: tuple[str, ...] = ("0..1", "1", "0..*", "1..*")


class Attribute(BaseModel):
    """A typed, described attribute of an object model."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(pattern=NAME_PATTERN)
    type: AttributeType
    description: str = Field(min_length=1)
    required: bool = False
    values: list[EnumValue] | None = Field(default=None, description="allowed values of an enum")
    references: str | None = Field(
        default=None, pattern=CODE_PATTERN, description="object model this attribute points to"
    )
    minimum: StrictInt | StrictFloat | None = Field(
        default=None, description="smallest value a numeric attribute may hold (inclusive); checked on the data"
    )
    maximum: StrictInt | StrictFloat | None = Field(
        default=None, description="largest value a numeric attribute may hold (inclusive); checked on the data"
    )

    @model_validator(mode="after")
    def _enum_has_values(self) -> Attribute:
        if self.type == "enum" and not self.values:
            raise ValueError(f"attribute {self.name!r} is an enum and needs 'values'")
        if self.type != "enum" and self.values:
            raise ValueError(f"attribute {self.name!r} has 'values' but is not an enum")
        return self


class Relationship(BaseModel):
    """A UML association declared once, on its source object model."""

    model_config = ConfigDict(extra="forbid")

    target: str = Field(pattern=CODE_PATTERN)
    cardinality: str = Field(description='source and target multiplicity, e.g. "1 -- 0..*"')
    label: str = Field(min_length=1)
    module: str = Field(pattern=CODE_PATTERN, description="module that introduced it")
    via: str | None = Field(
        default=None, pattern=NAME_PATTERN, description="attribute of the target (or source) that holds the link"
    )

    @field_validator("cardinality")
    @classmethod
    def _cardinality(cls, value: str) -> str:
        parts = [p.strip().strip('"') for p in value.split("--")]
        if len(parts) != 2 or any(p not in _MULTIPLICITIES for p in parts):
            raise ValueError(f"cardinality {value!r} must be '<m> -- <m>' with m one of " + ", ".join(_MULTIPLICITIES))
        return f"{parts[0]} -- {parts[1]}"

    @property
    def source_multiplicity(self) -> Multiplicity:
        return self.cardinality.split(" -- ")[0]  # type: ignore[return-value]

    @property
    def target_multiplicity(self) -> Multiplicity:
        return self.cardinality.split(" -- ")[1]  # type: ignore[return-value]


class TimeOrder(BaseModel):
    """Two date or timestamp attributes of one instance in time order: when both are set,
    ``later`` is at or after ``earlier`` (closed after created, ended after started)."""

    model_config = ConfigDict(extra="forbid")

    earlier: str = Field(pattern=NAME_PATTERN)
    later: str = Field(pattern=NAME_PATTERN)


def _field_error(field: str, value: Any, message: str) -> ValidationError:
    """A validation error located at ``field`` (a model validator's own errors have no field)."""
    error = PydanticCustomError("catalog_pattern", message)
    return ValidationError.from_exception_data("ObjectModel", [InitErrorDetails(type=error, loc=(field,), input=value)])


class ObjectModel(Entity):
    """Schema or instance. A schema has attributes; an instance has data_values and
    ``metadata_ = {"type": "instance", "schema_ref": CODE}`` and is validated against
    the schema it names when it is built."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    code: str = Field(min_length=1, description="a schema's code matches CODE_PATTERN; an instance's is free")
    description: str = ""
    aliases: list[Alias] = Field(default_factory=list)
    category: ObjectCategory | None = None
    primary_key: str | None = Field(default=None, pattern=NAME_PATTERN)
    attributes: list[Attribute] = Field(default_factory=list)
    time_attributes: list[Name] = Field(default_factory=list)
    dimensions: dict[Code, Name] = Field(default_factory=dict, description="dimension code -> attribute carrying it")
    relationships: list[Relationship] = Field(default_factory=list)
    time_order: list[TimeOrder] = Field(
        default_factory=list, description="pairs of date/timestamp attributes where one is never before the other"
    )
    data_values: dict[str, Any] = Field(default_factory=dict)
    metadata_: dict[str, Any] = Field(default_factory=lambda: {"type": "schema"})
    _attribute_index: dict[str, Attribute] = PrivateAttr(default_factory=dict)

    @model_validator(mode="after")
    def _check_kind(self, info: ValidationInfo) -> ObjectModel:
        if self.is_instance:
            from definitions.instances import instance_errors

            context = info.context or {}
            catalog = context.get("catalog") or self._bound()
            self._catalog = catalog
            if "schema_ref" not in self.metadata_:
                raise ValueError("metadata_.schema_ref: an instance must name its schema")
            schema = catalog.get_object_model(str(self.metadata_["schema_ref"]))
            errors = instance_errors(schema, self.data_values)
            if errors:
                raise ValueError(f"instance {self.code!r} of {schema.code}: " + "; ".join(errors))
            return self
        if re.fullmatch(CODE_PATTERN, self.code) is None:
            message = f"String should match pattern '{CODE_PATTERN}' (the code of a schema)"
            raise _field_error("code", self.code, message)
        if not self.description:
            raise ValueError("a schema needs a description")
        if self.category is None:
            raise ValueError("a schema needs a category")
        if not self.primary_key:
            raise ValueError("a schema needs a primary_key")
        self._attribute_index = {a.name: a for a in self.attributes}
        if len(self._attribute_index) != len(self.attributes):
            seen: set[str] = set()
            dupes = [a.name for a in self.attributes if a.name in seen or seen.add(a.name)]
            raise ValueError(f"duplicate attribute(s): {', '.join(dupes)}")
        if self.primary_key not in self._attribute_index:
            raise ValueError(f"primary_key {self.primary_key!r} is not an attribute")
        for name in self.time_attributes:
            attribute = self._attribute_index.get(name)
            if attribute is None:
                raise ValueError(f"time_attributes: {name!r} is not an attribute")
            if attribute.type not in ("date", "timestamp"):
                raise ValueError(f"time_attributes: {name!r} is {attribute.type}, not a date")
        for dimension, name in self.dimensions.items():
            if name not in self._attribute_index:
                raise ValueError(f"dimensions.{dimension}: {name!r} is not an attribute")
        return self

    @property
    def is_instance(self) -> bool:
        return self.metadata_.get("type") == "instance"

    def attribute(self, name: str) -> Attribute | None:
        return self._attribute_index.get(name)

    @property
    def attributes_by_name(self) -> dict[str, Attribute]:
        """Attributes by name (read it once for many lookups: private attributes of a
        pydantic model are slow to reach)."""
        return self._attribute_index

    @property
    def attribute_names(self) -> list[str]:
        return [a.name for a in self.attributes]

    @property
    def modules(self) -> list[Any]:
        catalog = self._bound()
        return [m for m in catalog.modules.values() if self.code in m.object_model_codes]

    @property
    def kpis(self) -> list[Any]:
        catalog = self._bound()
        return [catalog.kpis[c] for c in catalog.kpis_of_object_model(self.code)]

    @property
    def all_relationships(self) -> list[tuple[str, Relationship]]:
        """Every relationship touching this model, declared here or on the other side,
        as (source code, relationship)."""
        return self._bound().relationships_of(self.code)

    @property
    def schema_definition(self) -> str:
        """PlantUML class diagram rendered from the structured relationships."""
        from definitions.uml import render_object_model

        return render_object_model(self._bound(), self.code)

    def to_raw_row(self) -> dict[str, str]:
        """The raw-store row of an instance: schema_ref, code, data_values, metadata_."""
        if not self.is_instance:
            raise ValueError(f"{self.code} is a schema, not an instance")
        return {
            "schema_ref": str(self.metadata_["schema_ref"]),
            "code": self.code,
            "data_values": json.dumps(self.data_values, sort_keys=True, default=str),
            "metadata_": json.dumps(self.metadata_, sort_keys=True, default=str),
        }
