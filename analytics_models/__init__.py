"""SQLAlchemy 2 models of the warehouse: the unified instance store (``ObjectModel``,
``ObjectInstanceReject``; migrated by Alembic, see ``analytics_models.migrate``) and the
catalog tables dbt seeds (``analytics_models.catalog``)."""

from analytics_models import instances as _instances  # noqa: F401  (registers the flush checks)
from analytics_models.instances import InstanceRejected
from analytics_models.store import SCHEMA, ObjectInstanceReject, ObjectModel, StoreBase, instances_table, rejects_table
from analytics_models.types import InstanceJSON

__all__ = [
    "SCHEMA",
    "InstanceJSON",
    "InstanceRejected",
    "ObjectInstanceReject",
    "ObjectModel",
    "StoreBase",
    "instances_table",
    "rejects_table",
]
