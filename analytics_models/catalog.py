"""Mapped classes of the catalog tables that dbt seeds (``seeds/*.csv``, generated from
``definitions/``): industries, value_chains, modules, object_models, object_attributes, kpis,
benchmarks, ..., and the association tables (industry_valuechain, valuechain_module,
module_objectmodel, objectmodel_kpi, kpi_benchmark, ...).

Nothing here lists a column: every table is built from the seed generator's own
definitions, the columns of ``generators.catalog_seeds.SEED_COLUMNS`` with the types of
``generators.dbt.render_catalog.COLUMN_TYPES`` (the seeds' ``column_types``), and each
mapper's primary key is the key of the table's catalog mart (``render_catalog.MARTS``).
So a column added to a seed appears here, with its type, without an edit.

dbt seeds into ``<target schema>_catalog``: ``analytics_catalog`` by default. The tables
are declared in ``CATALOG_SCHEMA``; for another schema (``DBT_SCHEMA=dev_me`` gives
``dev_me_catalog``) run on ``with_catalog_schema(engine, "dev_me_catalog")``, or on
``with_catalog_schema(engine)``, which follows ``$DBT_SCHEMA`` as the dbt profile does."""

from __future__ import annotations

import os
from typing import Any

from sqlalchemy import Boolean, Column, Double, Engine, Integer, MetaData, String, Table
from sqlalchemy.orm import DeclarativeBase

from generators.catalog_seeds import SEED_COLUMNS
from generators.dbt.render_catalog import MARTS, column_type

CATALOG_SCHEMA = "analytics_catalog"
"""Schema the classes are declared in: the default dbt target schema ``analytics`` plus the
seeds' ``+schema: catalog``."""
SQL_TYPES: dict[str, Any] = {"varchar": String, "integer": Integer, "double precision": Double, "boolean": Boolean}
"""SQLAlchemy type of each seed column type of ``render_catalog.COLUMN_TYPES``."""
CLASS_NAMES = {"object_models": "ObjectModelDefinition"}
"""Class names that differ from the table name made singular and CamelCase:
``ObjectModel`` is the instance store's class (the seed's unified model)."""


class CatalogBase(DeclarativeBase):
    """Base of the catalog classes (their tables belong to dbt, never to the migrations)."""

    metadata = MetaData(schema=CATALOG_SCHEMA)


def catalog_schema() -> str:
    """The schema dbt seeds the catalog into with the profile's defaults: ``$DBT_SCHEMA``
    (default ``analytics``) followed by ``_catalog``."""
    return f"{os.environ.get('DBT_SCHEMA', 'analytics')}_catalog"


def with_catalog_schema(engine: Engine, schema: str | None = None) -> Engine:
    """``engine`` reading the catalog classes from ``schema`` (default ``catalog_schema()``)."""
    return engine.execution_options(schema_translate_map={CATALOG_SCHEMA: schema or catalog_schema()})


def class_name(table: str) -> str:
    """``industries`` -> ``Industry``, ``kpi_benchmark`` -> ``KpiBenchmark``."""
    if table in CLASS_NAMES:
        return CLASS_NAMES[table]
    words = table.split("_")
    last = words[-1]
    words[-1] = last[:-3] + "y" if last.endswith("ies") else last[:-1] if last.endswith("s") else last
    return "".join(word.capitalize() for word in words)


def _table(name: str, columns: tuple[str, ...]) -> Table:
    unknown = [c for c in columns if column_type(c) not in SQL_TYPES]
    if unknown:
        raise TypeError(
            f"catalog table {name}: no SQLAlchemy type for {', '.join(unknown)} ({column_type(unknown[0])})"
        )
    return Table(name, CatalogBase.metadata, *(Column(c, SQL_TYPES[column_type(c)]()) for c in columns))


def _keys() -> dict[str, list[str]]:
    return {seed: key for seed, _, key in MARTS.values()}


def _mapped(name: str, table: Table, key: list[str]) -> type[CatalogBase]:
    if not key:
        raise TypeError(f"catalog table {name} has no key in generators.dbt.render_catalog.MARTS")
    attributes = {
        "__table__": table,
        "__mapper_args__": {"primary_key": [table.c[column] for column in key]},
        "__doc__": f"A row of {CATALOG_SCHEMA}.{name} (seeds/{name}.csv); key: {', '.join(key)}.",
    }
    return type(class_name(name), (CatalogBase,), attributes)


TABLES: dict[str, Table] = {name: _table(name, columns) for name, columns in SEED_COLUMNS.items()}
"""Every catalog table by its seed name."""
MODELS: dict[str, type[CatalogBase]] = {name: _mapped(name, TABLES[name], _keys().get(name, [])) for name in TABLES}
"""The mapped class of every catalog table, by seed name."""

globals().update({model.__name__: model for model in MODELS.values()})
__all__ = [
    "CATALOG_SCHEMA",
    "MODELS",
    "TABLES",
    "CatalogBase",
    "catalog_schema",
    "with_catalog_schema",
    *(model.__name__ for model in MODELS.values()),
]
