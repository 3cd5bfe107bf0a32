"""Connections to the raw store's engine, configured like the dbt profiles."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Literal

Engine = Literal["duckdb", "postgres", "spark"]


@dataclass(frozen=True)
class Target:
    engine: Engine
    duckdb_path: str = "warehouse.duckdb"
    host: str = "127.0.0.1"
    port: int = 5432
    user: str = "postgres"
    password: str = ""
    dbname: str = "postgres"
    spark_warehouse_dir: str = "target/spark-warehouse"
    """Spark only: where the tables' Parquet files live ($SPARK_WAREHOUSE_DIR)."""
    spark_metastore_dir: str = "target/spark-metastore"
    """Spark only: the Derby metastore's directory ($SPARK_METASTORE_DIR)."""

    @classmethod
    def from_env(cls, engine: Engine, duckdb_path: str | None = None, dbname: str | None = None) -> Target:
        """Same environment variables and defaults as profiles.example.yml."""
        return cls(
            engine=engine,
            duckdb_path=duckdb_path or os.environ.get("DUCKDB_PATH", "warehouse.duckdb"),
            host=os.environ.get("PGHOST", "127.0.0.1"),
            port=int(os.environ.get("PGPORT", "5432")),
            user=os.environ.get("PGUSER", "postgres"),
            password=os.environ.get("PGPASSWORD", ""),
            dbname=dbname or os.environ.get("PGDATABASE", "postgres"),
            spark_warehouse_dir=os.environ.get("SPARK_WAREHOUSE_DIR", "target/spark-warehouse"),
            spark_metastore_dir=os.environ.get("SPARK_METASTORE_DIR", "target/spark-metastore"),
        )

    def describe(self) -> str:
        if self.engine == "duckdb":
            return f"duckdb:{self.duckdb_path}"
        if self.engine == "spark":
            return f"spark:{os.path.abspath(self.spark_warehouse_dir)} (metastore {self.spark_metastore_dir})"
        return f"postgres://{self.user}@{self.host}:{self.port}/{self.dbname}"


def connect(target: Target) -> Any:
    """A DB-API connection (autocommit off for Postgres). Spark has none: see ``spark_session``."""
    if target.engine == "spark":
        raise ValueError("Spark has no DB-API connection here: use generators.load.connections.spark_session")
    if target.engine == "duckdb":
        import duckdb

        return duckdb.connect(target.duckdb_path)
    import psycopg2

    return psycopg2.connect(
        host=target.host,
        port=target.port,
        user=target.user,
        password=target.password or None,
        dbname=target.dbname,
    )


def ensure_postgres_database(target: Target) -> None:
    """Create the target database when it does not exist (needs CREATEDB). Safe when
    several loads start at once: the loser of the race sees the database exists."""
    import psycopg2
    from psycopg2 import errors, sql

    admin = psycopg2.connect(
        host=target.host, port=target.port, user=target.user, password=target.password or None, dbname="postgres"
    )
    admin.autocommit = True
    try:
        with admin.cursor() as cur:
            cur.execute("select 1 from pg_database where datname = %s", (target.dbname,))
            if cur.fetchone() is not None:
                return
            try:
                cur.execute(sql.SQL("create database {}").format(sql.Identifier(target.dbname)))
            except (errors.DuplicateDatabase, errors.UniqueViolation):
                cur.execute("select 1 from pg_database where datname = %s", (target.dbname,))
                if cur.fetchone() is None:
                    raise
    finally:
        admin.close()


def spark_conf(target: Target) -> dict[str, str]:
    """The session settings of a local Spark, the same as the ``server_side_parameters`` of the
    spark target in profiles.example.yml: Parquet tables under the warehouse directory, a
    Derby metastore beside it (absolute paths, so that any working directory finds them)."""
    warehouse = os.path.abspath(target.spark_warehouse_dir)
    metastore = os.path.abspath(target.spark_metastore_dir)
    return {
        "spark.sql.warehouse.dir": warehouse,
        "spark.hadoop.javax.jdo.option.ConnectionURL": f"jdbc:derby:;databaseName={metastore}/metastore_db;create=true",
        "spark.driver.extraJavaOptions": f"-Dderby.system.home={metastore}",
        "spark.sql.session.timeZone": "UTC",
        "spark.sql.shuffle.partitions": "4",
        "spark.sql.sources.partitionOverwriteMode": "dynamic",
        "spark.ui.enabled": "false",
        "spark.ui.showConsoleProgress": "false",
        "spark.sql.ansi.enabled": "false",  # as dbt-spark sets it on its session, on Spark 3 and 4 alike
    }


_SESSION: list[tuple[Any, dict[str, str]]] = []


def spark_session(target: Target) -> Any:
    """The process's one local SparkSession (with Hive support: tables outlive it), started on
    first use; later calls, and dbt's session method in the same process, get the same one.
    The JVM fixes the warehouse and metastore at start, so asking for other directories once
    it runs is an error, never a silent write elsewhere."""
    conf = spark_conf(target)
    if _SESSION:
        session, running = _SESSION[0]
        if running["spark.sql.warehouse.dir"] != conf["spark.sql.warehouse.dir"]:
            raise RuntimeError(
                f"a Spark session on {running['spark.sql.warehouse.dir']} runs in this process: "
                f"cannot open {conf['spark.sql.warehouse.dir']} as well (one warehouse per process)"
            )
        return session
    from pyspark.sql import SparkSession

    os.makedirs(os.path.abspath(target.spark_metastore_dir), exist_ok=True)
    builder = SparkSession.builder.appName("sales-kpi-warehouse").master(os.environ.get("SPARK_MASTER", "local[*]"))
    for key, value in conf.items():
        builder = builder.config(key, value)
    session = builder.enableHiveSupport().getOrCreate()
    session.sparkContext.setLogLevel("ERROR")
    _SESSION.append((session, conf))
    return session
