"""Great Expectations as meant: an ephemeral context with a Data Docs site on disk, one SQL
datasource on the warehouse, a table asset and an expectation suite per object model, a
validation definition per model and one checkpoint that runs them all and updates the docs."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from generators.load.connections import Target
from generators.load.raw_store import quote
from generators.quality.snapshot import CODE_COLUMN, SCHEMA, literal, relation, text_column
from generators.quality.suites import (
    BETWEEN,
    IN_SET,
    NOT_NULL,
    TIME_ORDER,
    UNEXPECTED_ROWS,
    UNIQUE,
    Check,
    ModelSuite,
)


def _let_pyspark_connect_import() -> None:
    """Great Expectations imports ``pyspark.sql.connect`` when pyspark is installed (it is, for
    the spark target). On import, that module takes a ``__main__`` with neither a spec nor a
    file (``python -c``, a pytest-xdist worker) for a pyspark doctest run and calls
    ``sys.exit(0)``: the check would end with exit code 0 before validating anything. Such a
    ``__main__`` gets a placeholder file name so that the import goes on."""
    main = sys.modules.get("__main__")
    if main is not None and getattr(main, "__spec__", None) is None and not hasattr(main, "__file__"):
        main.__file__ = "<analytics check-data>"


_let_pyspark_connect_import()

SITE = "landing_zone"
SAMPLE = 5
"""Failing instance codes shown per failed expectation."""
RESULT_FORMAT: dict[str, Any] = {
    "result_format": "COMPLETE",
    "unexpected_index_column_names": [CODE_COLUMN],
    "partial_unexpected_count": SAMPLE,
    "include_unexpected_rows": False,
}
"""COMPLETE: the failing rows of an UnexpectedRowsExpectation are only returned in it; the
column expectations key their failing rows by the instance code."""

Progress = Callable[[int, int, str], None]


def connection_string(target: Target) -> str:
    """The SQLAlchemy URL of the warehouse (duckdb-engine, or psycopg2)."""
    if target.engine == "duckdb":
        return f"duckdb:///{Path(target.duckdb_path).resolve()}"
    from analytics_models.migrate import url

    return url(target).render_as_string(hide_password=False)


def _keep_duckdb_connection() -> None:
    """GX executes a metric query, closes the connection and then reads the result. That
    works where the driver buffers rows (psycopg2), but duckdb-engine's cursor is the
    connection itself, and the rollback on close discards its pending result: every metric
    came back empty. GX keeps one connection open for the dialects that need it (SQLite,
    ...): DuckDB is added to that list (GX 1.x has no setting for it)."""
    from great_expectations.execution_engine import sqlalchemy_execution_engine as engine_module

    class DuckDBDialect(str):
        value = "duckdb"

    dialects = engine_module._PERSISTED_CONNECTION_DIALECTS
    if not any(getattr(d, "value", d) == "duckdb" for d in dialects):
        engine_module._PERSISTED_CONNECTION_DIALECTS = (*dialects, DuckDBDialect("duckdb"))


def _union_query(parts: list[str]) -> str:
    return "\nunion all\n".join(parts)


def castable_query(check: Check) -> str:
    """Rows whose text in data_values does not cast to the attribute's type."""
    return _union_query(
        [
            f"select {quote(CODE_COLUMN)}, {literal(name)} as attribute, {quote(text_column(name))} as value "
            f"from {{batch}} where {quote(text_column(name))} is not null and {quote(name)} is null"
            for name, _ in check.castable
        ]
    )


def references_query(check: Check) -> str:
    """Rows whose reference names no current instance of the referenced model's key. (GX
    puts ``{batch}`` in as an aliased subquery, so its columns are left unqualified; the
    referenced table's are qualified.)"""
    parts = []
    for name, target, key in check.references:
        value = f"cast({quote(name)} as varchar)"
        parts.append(
            f"select {quote(CODE_COLUMN)}, {literal(name)} as attribute, {value} as value from {{batch}} "
            f"where {quote(name)} is not null and {value} not in "
            f"(select cast(r.{quote(key)} as varchar) from {relation(target)} as r where r.{quote(key)} is not null)"
        )
    return _union_query(parts)


def expectation(check: Check) -> Any:
    """The GX expectation of a check; its meta names the catalog rule and the columns."""
    import great_expectations.expectations as gxe

    meta = {"rule": check.rule, "columns": list(check.columns), "check": check.describe()}
    column = check.columns[0]
    if check.expectation == NOT_NULL:
        return gxe.ExpectColumnValuesToNotBeNull(column=column, meta=meta)
    if check.expectation == IN_SET:
        return gxe.ExpectColumnValuesToBeInSet(column=column, value_set=list(check.value_set), meta=meta)
    if check.expectation == BETWEEN:
        return gxe.ExpectColumnValuesToBeBetween(
            column=column, min_value=check.minimum, max_value=check.maximum, meta=meta
        )
    if check.expectation == UNIQUE:
        return gxe.ExpectColumnValuesToBeUnique(column=column, meta=meta)
    if check.expectation == TIME_ORDER:
        later, earlier = check.columns
        return gxe.ExpectColumnPairValuesAToBeGreaterThanB(
            column_A=later, column_B=earlier, or_equal=True, ignore_row_if="either_value_is_missing", meta=meta
        )
    if check.expectation == UNEXPECTED_ROWS:
        query = castable_query(check) if check.castable else references_query(check)
        what = "casts to its type" if check.castable else "references an existing instance"
        return gxe.UnexpectedRowsExpectation(
            unexpected_rows_query=query,
            description=f"every value of {', '.join(check.columns)} {what}",
            meta=meta,
        )
    raise ValueError(f"unknown expectation {check.expectation}")


def build_checkpoint(target: Target, suites: list[ModelSuite], docs_dir: Path, progress: Progress) -> Any:
    """The context, datasource, suites, validation definitions and checkpoint of a run."""
    import great_expectations as gx
    from great_expectations.checkpoint import UpdateDataDocsAction

    if target.engine == "duckdb":
        _keep_duckdb_connection()
    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = {"globally": False, "metric_calculations": False}
    context.add_data_docs_site(
        site_name=SITE,
        site_config={
            "class_name": "SiteBuilder",
            "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(docs_dir)},
            "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
            # the validation pages show every expectation with its result: the suite pages
            # would render each expectation a second time (half the run's time)
            "site_section_builders": {"expectations": "None", "profiling": "None"},
        },
    )
    datasource = context.data_sources.add_sql(name="landing_zone", connection_string=connection_string(target))
    definitions = []
    for suite in suites:
        asset = datasource.add_table_asset(name=suite.table, table_name=suite.table, schema_name=SCHEMA)
        batch = asset.add_batch_definition_whole_table("current")
        expectation_suite = context.suites.add(gx.ExpectationSuite(name=suite.code, meta={"source": suite.source}))
        for check in suite.checks:
            expectation_suite.add_expectation(expectation(check))
        definition = gx.ValidationDefinition(name=suite.code, data=batch, suite=expectation_suite)
        definitions.append(context.validation_definitions.add(definition))
    checkpoint = _progress_checkpoint_class(progress)(
        name="landing_zone",
        validation_definitions=definitions,
        actions=[UpdateDataDocsAction(name="data_docs", site_names=[SITE])],
        result_format=RESULT_FORMAT,
    )
    context.checkpoints.add(checkpoint)
    return checkpoint


def close(checkpoint: Any) -> None:
    """Close every connection GX kept: the execution engine's (DuckDB's persisted one) and the
    pool of the engine the datasource tested the connection with. An open DuckDB connection
    would stop dbt, in the same process, from opening the file (the demo runs both)."""
    for definition in checkpoint.validation_definitions[:1]:
        datasource = definition.data.data_asset.datasource
        execution_engine = datasource.get_execution_engine()
        connection = getattr(execution_engine, "_connection", None)
        if connection is not None:
            connection.close()
        execution_engine.close()
        datasource.get_engine().dispose()


def _progress_checkpoint_class(progress: Progress) -> Any:
    from great_expectations import Checkpoint

    class ProgressCheckpoint(Checkpoint):
        """A checkpoint that reports each validation definition as it starts (GX runs them
        in order and reports nothing until all are done)."""

        def _run_validation_definitions(self, **kwargs: Any) -> Any:
            results = {}
            total = len(self.validation_definitions)
            for n, definition in enumerate(self.validation_definitions, 1):
                progress(n, total, definition.name)
                result = definition.run(checkpoint_id=self.id, **kwargs)
                key = self._build_result_key(
                    validation_definition=definition, run_id=kwargs["run_id"], batch_identifier=result.batch_id
                )
                results[key] = result
            return results

    return ProgressCheckpoint
