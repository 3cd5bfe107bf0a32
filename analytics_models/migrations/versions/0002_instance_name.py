"""A nullable ``name`` on stored instances (the seed's instances have one: "Acme Corp").

Upgrade adds the column; every stored row keeps its values and gets no name (the loader
stores none; the ORM's ``ObjectModel(name=...)`` does). Downgrade drops the column: the
rows survive, their names are lost.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("object_instances", sa.Column("name", sa.String(), nullable=True), schema="raw")


def downgrade() -> None:
    op.drop_column("object_instances", "name", schema="raw")
