"""The catalog of sales and customer analytics: modules, object models, KPIs,
value chains and industries, loaded from the YAML files beside this package."""

from definitions.catalog import Catalog
from definitions.entities import Dimension, Industry, Module, ValueChain
from definitions.errors import CatalogError, Issue, UnknownCodeError
from definitions.kpi import Benchmark, Kpi
from definitions.object_model import Attribute, ObjectModel, Relationship
from definitions.registry import (
    get_all_kpis,
    get_all_modules,
    get_all_object_models,
    get_industry,
    get_kpi,
    get_module,
    get_object_model,
    get_value_chain,
    load_catalog,
    setup_all_relationships,
)

__all__ = [
    "Attribute",
    "Benchmark",
    "Catalog",
    "CatalogError",
    "Dimension",
    "Industry",
    "Issue",
    "Kpi",
    "Module",
    "ObjectModel",
    "Relationship",
    "UnknownCodeError",
    "ValueChain",
    "get_all_kpis",
    "get_all_modules",
    "get_all_object_models",
    "get_industry",
    "get_kpi",
    "get_module",
    "get_object_model",
    "get_value_chain",
    "load_catalog",
    "setup_all_relationships",
]
