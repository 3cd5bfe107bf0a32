"""Compare the fct_kpi_values of a Spark build with a DuckDB build of the same world.

DuckDB reads Spark's Parquet files directly (hive-partitioned by kpi_code), so no JVM and no
metastore are needed: the comparison runs after the Spark stages, in the bench's process."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import duckdb

TOLERANCE = 1e-6
VALUE_COLUMNS = ("value", "numerator", "denominator")


@dataclass
class FactComparison:
    both: int
    only_duckdb: int
    only_spark: int
    differing: int
    kpis_differing: list[str] = field(default_factory=list)
    examples: list[tuple[object, ...]] = field(default_factory=list)

    def summary(self) -> str:
        text = (
            f"{self.both:,} rows on both engines, {self.only_duckdb:,} only on DuckDB, "
            f"{self.only_spark:,} only on Spark, {self.differing:,} differing beyond {TOLERANCE:g} relative"
        )
        if self.kpis_differing:
            text += f" (KPIs: {', '.join(self.kpis_differing[:20])}; e.g. {self.examples[:3]})"
        return text


def _differs(column: str) -> str:
    left, right = f"d.{column}", f"s.{column}"
    return (
        f"(({left} is null) <> ({right} is null) or abs({left} - {right}) > "
        f"{TOLERANCE} * greatest(abs({left}), abs({right})) + 1e-12)"
    )


def compare_fact_tables(duckdb_path: Path, spark_warehouse: Path) -> str:
    """The comparison's summary: rows matched on kpi_value_key; values, numerators and
    denominators within TOLERANCE relative, completeness equal. A build that wrote no fact
    table is reported, not raised."""
    try:
        return _compare(duckdb_path, spark_warehouse).summary()
    except duckdb.Error as error:
        return f"not compared: {str(error).splitlines()[0]}"


def _compare(duckdb_path: Path, spark_warehouse: Path) -> FactComparison:
    spark_files = spark_warehouse / "analytics_marts.db" / "fct_kpi_values" / "**" / "*.parquet"
    conn = duckdb.connect(str(duckdb_path), read_only=True)
    try:
        pattern = str(spark_files).replace("'", "''")
        spark_fact = f"read_parquet('{pattern}', hive_partitioning = true)"
        conn.execute(f"create temp view spark_fact as select * from {spark_fact}")
        joined = (
            "from analytics_marts.fct_kpi_values as d full outer join spark_fact as s "
            "on d.kpi_value_key = s.kpi_value_key"
        )
        differs = " or ".join([*(_differs(c) for c in VALUE_COLUMNS), "d.is_complete <> s.is_complete"])
        both, only_duckdb, only_spark, differing = conn.execute(
            "select count(d.kpi_value_key is not null and s.kpi_value_key is not null or null), "
            "count(s.kpi_value_key is null or null), count(d.kpi_value_key is null or null), "
            f"count(d.kpi_value_key is not null and s.kpi_value_key is not null and ({differs}) or null) "
            f"{joined}"
        ).fetchone() or (0, 0, 0, 0)
        examples = conn.execute(
            f"select coalesce(d.kpi_code, s.kpi_code) as kpi, d.kpi_value_key, s.kpi_value_key, d.value, s.value "
            f"{joined} where d.kpi_value_key is null or s.kpi_value_key is null or {differs} "
            "order by kpi limit 200"
        ).fetchall()
    finally:
        conn.close()
    return FactComparison(both, only_duckdb, only_spark, differing, sorted({str(row[0]) for row in examples}), examples)
