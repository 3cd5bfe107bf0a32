"""Catalog entities other than object models and KPIs: industries, value chains,
modules and dimensions. Declared links are stored as codes; the registry resolves
them into objects (``module.value_chains``) after loading."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

from definitions.text import CODE_PATTERN, Alias, Code
from definitions.vocabulary import ImplementationPattern, ModuleCategory

if TYPE_CHECKING:
    from definitions.catalog import Catalog
    from definitions.kpi import Kpi
    from definitions.object_model import ObjectModel

__all__ = ["CODE_PATTERN", "Dimension", "Entity", "Industry", "Module", "ModuleLink", "ModuleOwner", "ValueChain"]

EMAIL_PATTERN = r"^[^@\s{}%#]+@[^@\s{}%#]+\.[^@\s{}%#]+$"


class Entity(BaseModel):
    """Common fields of every catalog entity read from one YAML file."""

    model_config = ConfigDict(extra="forbid", frozen=False, populate_by_name=True)

    code: str = Field(pattern=CODE_PATTERN)
    name: str = Field(min_length=1)
    description: str = Field(min_length=1)
    _source: str = PrivateAttr(default="<memory>")
    _catalog: Catalog | None = PrivateAttr(default=None)

    @property
    def source(self) -> str:
        """The file this entity was read from, relative to the project."""
        return self._source

    def _bound(self) -> Catalog:
        if self._catalog is None:
            from definitions.registry import setup_all_relationships

            return setup_all_relationships()
        return self._catalog


class Industry(Entity):
    """An industry a value chain or module serves; ``ALL`` means every industry."""

    @property
    def value_chains(self) -> list[ValueChain]:
        catalog = self._bound()
        return [vc for vc in catalog.value_chains.values() if self.code in vc.industry_codes]


class ValueChain(Entity):
    """A value chain (sales management, customer management, ...)."""

    industry_codes: list[Code] = Field(alias="industries", min_length=1)

    @property
    def industries(self) -> list[Industry]:
        catalog = self._bound()
        return [catalog.industries[code] for code in self.industry_codes]

    @property
    def modules(self) -> list[Module]:
        catalog = self._bound()
        return [m for m in catalog.modules.values() if self.code in m.value_chain_codes]


class ModuleLink(BaseModel):
    """A directed relationship between two modules (docs draw them)."""

    model_config = ConfigDict(extra="forbid")

    module: str = Field(pattern=CODE_PATTERN)
    label: str = Field(min_length=1)
    flow: str = Field(min_length=1, description="the named flow the link belongs to")


class ModuleOwner(BaseModel):
    """Who answers for a module's KPIs: the owner of its dbt group (one line of words, no markup)."""

    model_config = ConfigDict(extra="forbid")

    name: Alias
    email: str | None = Field(default=None, pattern=EMAIL_PATTERN)


class Module(Entity):
    """A business module: declares its value chains, industries and object models."""

    focus: str = Field(min_length=1)
    category: ModuleCategory
    implementation_pattern: ImplementationPattern
    focus_areas: list[str] = Field(min_length=1)
    target_kpi_count: int = Field(ge=1)
    value_chain_codes: list[Code] = Field(alias="value_chains", min_length=1)
    industry_codes: list[Code] = Field(alias="industries", min_length=1)
    object_model_codes: list[Code] = Field(alias="object_models", min_length=1)
    links: list[ModuleLink] = Field(default_factory=list)
    owner: ModuleOwner | None = Field(
        default=None, description="owner of the module's dbt group; a default names the module's team when absent"
    )

    @property
    def value_chains(self) -> list[ValueChain]:
        catalog = self._bound()
        return [catalog.value_chains[code] for code in self.value_chain_codes]

    @property
    def industries(self) -> list[Industry]:
        catalog = self._bound()
        return [catalog.industries[code] for code in self.industry_codes]

    @property
    def object_models(self) -> list[ObjectModel]:
        catalog = self._bound()
        return [catalog.object_models[code] for code in self.object_model_codes]

    @property
    def kpis(self) -> list[Kpi]:
        catalog = self._bound()
        return [k for k in catalog.kpis.values() if self.code in k.modules]

    @property
    def metadata_(self) -> dict[str, Any]:
        return {
            "category": self.category,
            "implementation_pattern": self.implementation_pattern,
            "target_kpi_count": self.target_kpi_count,
        }


class Dimension(Entity):
    """A slicing dimension, declared once and mapped to an attribute per object model."""

    references: str | None = Field(
        default=None, pattern=CODE_PATTERN, description="object model whose key the dimension values are"
    )
    sliceable: bool = Field(
        default=True,
        description="false for dimensions used only as the entity of per-entity KPIs",
    )
