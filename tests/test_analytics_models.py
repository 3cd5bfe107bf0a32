"""The ORM (``analytics_models``) on PostgreSQL and DuckDB: the seed's "Create Instance" and
"Query Instances" snippets as written, against a store created by the Alembic migrations;
the checks and defaults an instance gets on flush (the loader's); and the catalog tables
dbt seeds, read through their mapped classes."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from analytics_models import InstanceRejected, migrate
from definitions import Catalog, setup_all_relationships
from generators.load.connections import connect
from generators.load.loader import load_instances
from tests.conftest import MINI
from tests.dbt_harness import ENGINES, Warehouse, fresh_warehouse, make_project

ACME_VALUES = {
    "account_id": "ACC-0001",
    "customer_id": "CUS-0001",
    "account_name": "Acme Corp",
    "status": "active",
    "created_at": "2024-03-01T09:00:00",
}
ACME_TEXT = (
    '{"account_id":"ACC-0001","account_name":"Acme Corp","created_at":"2024-03-01T09:00:00",'
    '"customer_id":"CUS-0001","status":"active"}'
)
"""The Acme account's values as the raw store keeps them, written out by hand: keys sorted,
no spaces."""
ACME_HASH = hashlib.sha256(f"ACCOUNT|ACC-0001|{ACME_TEXT}".encode()).hexdigest()


@pytest.fixture(params=ENGINES)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Warehouse, Engine]]:
    """An empty warehouse whose raw store the migrations created, and an engine on it."""
    warehouse = fresh_warehouse(tmp_path, request.param, "orm")
    migrate.upgrade(warehouse.target)
    engine = migrate.engine_for(warehouse.target)
    yield warehouse, engine
    engine.dispose()


def test_seed_snippets_create_and_query_instances(store: tuple[Warehouse, Engine]) -> None:
    warehouse, engine = store
    session = Session(engine)

    # Create Instance (the README's "An object model is both schema and instance" example)
    from analytics_models import ObjectModel

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
    session.add(account)
    session.commit()
    session.add(  # another object model, which the query must leave out
        ObjectModel(
            code="CUS-0001",
            data_values={
                "customer_id": "CUS-0001",
                "customer_name": "Acme Corp",
                "lifecycle_status": "active",
                "created_at": "2024-02-01T08:00:00",
            },
            metadata_={"type": "instance", "schema_ref": "CUSTOMER"},
        )
    )
    session.commit()

    # Query Instances (the seed's usage guide)
    from sqlalchemy import and_

    # fmt: off
    instances = session.query(ObjectModel).filter(
        and_(ObjectModel.data_values.isnot(None), ObjectModel.metadata_['schema_ref'].astext == 'ACCOUNT')).all()
    # fmt: on

    assert [(i.schema_ref, i.code, i.name, i.data_values) for i in instances] == [
        ("ACCOUNT", "ACC-0001", "Acme Corp", ACME_VALUES)
    ]
    assert instances[0].metadata_ == {"type": "instance", "schema_ref": "ACCOUNT", "batch_id": "orm"}
    session.close()
    rows = warehouse.query(
        "select schema_ref, code, name, batch_id, content_hash, line_number from raw.object_instances order by code"
    )
    assert rows == [
        ("ACCOUNT", "ACC-0001", "Acme Corp", "orm", ACME_HASH, None),
        ("CUSTOMER", "CUS-0001", None, "orm", rows[1][4], None),
    ]
    stamp = warehouse.query("select loaded_at from raw.object_instances where code = 'ACC-0001'")[0][0]
    assert abs(stamp - dt.datetime.now(dt.UTC).replace(tzinfo=None)) < dt.timedelta(minutes=5)


def test_loader_sees_the_orm_instance_as_the_same_version(store: tuple[Warehouse, Engine]) -> None:
    """Same normalisation, same content hash: loading the stored content again stores nothing."""
    from analytics_models import ObjectModel

    warehouse, engine = store
    with Session(engine) as session:
        session.add(ObjectModel(code="ACC-0001", data_values=dict(ACME_VALUES), metadata_={"schema_ref": "ACCOUNT"}))
        session.commit()
    engine.dispose()  # DuckDB: one configuration per open file; the loader opens its own
    report = load_instances([("ACCOUNT", "ACC-0001", dict(ACME_VALUES))], warehouse.target, _catalog(), batch_id="b")
    assert (report.inserted, report.unchanged, report.rejected) == (0, 1, 0)
    changed = {**ACME_VALUES, "status": "churned"}
    report = load_instances([("ACCOUNT", "ACC-0001", changed)], warehouse.target, _catalog(), batch_id="b2")
    assert report.inserted == 1
    assert warehouse.query("select batch_id, name from raw.object_instances order by loaded_at") == [
        ("orm", None),
        ("b2", None),
    ]


@cache
def _catalog() -> Catalog:
    """The project's catalog, loaded once."""
    return setup_all_relationships()


@pytest.mark.parametrize(
    ("values", "metadata", "field", "rule"),
    [
        ({**ACME_VALUES, "status": "bogus"}, {"schema_ref": "ACCOUNT"}, "data_values.status", "enum"),
        ({**ACME_VALUES, "colour": "red"}, {"schema_ref": "ACCOUNT"}, "data_values.colour", "attribute.unknown"),
        ({"account_id": "ACC-0001"}, {"schema_ref": "ACCOUNT"}, "data_values.account_name", "attribute.required"),
        (dict(ACME_VALUES), {"schema_ref": "NO_SUCH_MODEL"}, "schema_ref", "schema_ref.unknown"),
        (dict(ACME_VALUES), {"type": "schema", "schema_ref": "ACCOUNT"}, "metadata_.type", "metadata_.type"),
    ],
    ids=["enum", "unknown attribute", "required", "unknown schema", "not an instance"],
)
def test_invalid_instance_is_refused_naming_the_field(
    store: tuple[Warehouse, Engine], values: dict[str, str], metadata: dict[str, str], field: str, rule: str
) -> None:
    from analytics_models import ObjectModel

    warehouse, engine = store
    with Session(engine) as session:
        session.add(ObjectModel(code="ACC-0001", data_values=values, metadata_=metadata))
        with pytest.raises(InstanceRejected) as refused:
            session.commit()
    assert (refused.value.field, refused.value.rule) == (field, rule)
    assert field in str(refused.value)
    assert warehouse.query("select count(*) from raw.object_instances") == [(0,)]


def test_alias_resolves_and_a_stored_version_is_not_stored_twice(store: tuple[Warehouse, Engine]) -> None:
    from analytics_models import ObjectModel

    warehouse, engine = store
    with Session(engine) as session:
        session.add(
            ObjectModel(code="ACC-0001", data_values=dict(ACME_VALUES), metadata_={"schema_ref": "Customer Account"})
        )
        session.commit()
        session.add(ObjectModel(code="ACC-0001", data_values=dict(ACME_VALUES), metadata_={"schema_ref": "ACCOUNT"}))
        with pytest.raises(InstanceRejected, match="already stored"):
            session.commit()
        session.rollback()
        stored = session.scalars(select(ObjectModel)).one()
        stored.name = "Acme"  # a name may change; the version's content may not
        session.commit()
        stored.data_values = {**ACME_VALUES, "status": "churned"}
        with pytest.raises(InstanceRejected, match="does not change"):
            session.commit()
    assert warehouse.query("select schema_ref, name, content_hash from raw.object_instances") == [
        ("ACCOUNT", "Acme", ACME_HASH)
    ]


@pytest.mark.parametrize("engine_name", ENGINES)
def test_catalog_tables_seeded_by_dbt_read_through_the_orm(tmp_path: Path, engine_name: str) -> None:
    from analytics_models.catalog import (
        MODELS,
        TABLES,
        Benchmark,
        Kpi,
        KpiBenchmark,
        ModuleObjectmodel,
        with_catalog_schema,
    )

    project = make_project(tmp_path / "project", MINI)
    warehouse = fresh_warehouse(project, engine_name, "orm_catalog")
    outcome = warehouse.dbt(["seed"])
    assert outcome.success, outcome.failures
    # dbt-duckdb ran in this process and keeps the file open: the engine shares that database
    opened = connect(warehouse.target) if engine_name == "duckdb" else None
    engine = with_catalog_schema(migrate.engine_for(warehouse.target, opened), "analytics_catalog")
    try:
        with Session(engine) as session:
            assert session.get(Kpi, "WIN_RATE").name == "Win Rate"
            assert session.scalars(
                select(ModuleObjectmodel.object_model_code)
                .where(ModuleObjectmodel.module_code == "BUS_DEV")
                .order_by(ModuleObjectmodel.object_model_code)
            ).all() == ["CUSTOMER", "LEAD", "OPPORTUNITY", "SALES_REPRESENTATIVE"]
            benchmark = session.execute(
                select(Kpi.name, Benchmark.low, Benchmark.typical, Benchmark.high, Benchmark.year)
                .join(KpiBenchmark, KpiBenchmark.kpi_code == Kpi.kpi_code)
                .join(Benchmark, Benchmark.benchmark_id == KpiBenchmark.benchmark_id)
            ).one()
            assert tuple(benchmark) == ("Win Rate", 0.15, 0.21, 0.3, 2024)
            assert session.scalar(select(MODELS["industries"]).where(MODELS["industries"].industry_code == "ALL"))
    finally:
        engine.dispose()
        if opened is not None:
            opened.close()
    seeded = warehouse.query(
        "select table_name, column_name from information_schema.columns where table_schema = 'analytics_catalog' "
        "order by table_name, ordinal_position"
    )
    by_table: dict[str, list[str]] = {}
    for table, column in seeded:
        by_table.setdefault(table, []).append(column)
    assert by_table == {name: list(table.columns.keys()) for name, table in TABLES.items()}


def test_name_that_no_engine_stores_as_text_is_refused(store: tuple[Warehouse, Engine]) -> None:
    from analytics_models import ObjectModel

    warehouse, engine = store
    with Session(engine) as session:
        session.add(ObjectModel(name="Acme\x00", code="ACC-0001", data_values=dict(ACME_VALUES), metadata_={}))
        with pytest.raises(InstanceRejected) as refused:
            session.commit()
    assert (refused.value.field, refused.value.rule) == ("schema_ref", "schema_ref.required")
    with Session(engine) as session:
        session.add(ObjectModel(name="Acme\x00", code="ACC-0001", schema_ref="ACCOUNT", data_values=dict(ACME_VALUES)))
        with pytest.raises(InstanceRejected) as refused:
            session.commit()
    assert (refused.value.field, refused.value.rule) == ("name", "string.nul")
    assert warehouse.query("select count(*) from raw.object_instances") == [(0,)]
