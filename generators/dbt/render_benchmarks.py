"""KPI values against their benchmarks: int_kpi_benchmarks (the one benchmark each KPI is
compared with at each grain, chosen by the documented rule) and fct_kpi_vs_benchmark (every
KPI value that has one, with the band and a direction-aware status)."""

from __future__ import annotations

from typing import Any

from generators.dbt.yamlout import GENERATED, dump_yaml

INT_DIR = "models/intermediate/benchmarks"
MART_DIR = "models/marts/benchmarks"
MART = "fct_kpi_vs_benchmark"
STATUSES = ["below", "within", "above", "better", "worse"]

RULE = (
    "Which benchmark: of the KPI's published benchmarks at the value's grain that give a low, typical "
    "or high figure and whose industry is var benchmark_industry or ALL (cross-industry), the one of "
    "exactly that industry first, then the most recent year, then the first listed in the KPI's file. "
    "The default benchmark_industry is ALL, so only cross-industry figures apply; set it to your "
    "industry (e.g. SAAS_SOFTWARE) to prefer that industry's figures and fall back to cross-industry ones."
)
STATUS_RULE = (
    "Status: the band runs from low (typical when no low is published) to high (typical when no high "
    "is published), an end still missing being open. Inside the band: within. Outside it: better or "
    "worse for a higher_is_better or lower_is_better KPI (a churn rate under the band is better), below "
    "or above for a target_band or neutral KPI."
)

INT_TYPES: dict[str, str] = {
    "kpi_code": "varchar",
    "grain": "varchar",
    "direction": "varchar",
    "benchmark_id": "varchar",
    "industry_code": "varchar",
    "low": "double precision",
    "typical": "double precision",
    "high": "double precision",
    "target": "double precision",
    "source": "varchar",
    "year": "integer",
    "note": "varchar",
}

MART_COLUMNS: dict[str, tuple[str, str]] = {
    "kpi_value_key": ("varchar", "Key of the KPI value (fct_kpi_values.kpi_value_key); unique here too."),
    "kpi_code": ("varchar", "Code of the KPI."),
    "kpi_name": ("varchar", "Name of the KPI."),
    "unit": ("varchar", "Unit of the value and the benchmark figures (percent is stored as a fraction)."),
    "direction": ("varchar", "higher_is_better, lower_is_better, target_band or neutral."),
    "grain": ("varchar", "Grain of the value and of the benchmark (week, month, quarter, year)."),
    "period_start": ("date", "First day of the period."),
    "period_end": ("date", "First day after the period."),
    "dimension": ("varchar", "The slice: overall or a dimension code."),
    "dimension_value": ("varchar", "The member of the dimension; all for overall."),
    "is_complete": ("boolean", "True when the period (and the KPI's window) ended by the data end."),
    "value": ("double precision", "The KPI's value."),
    "low": ("double precision", "Low end of the published band (empty when not published)."),
    "typical": ("double precision", "Typical (median) published value (empty when not published)."),
    "high": ("double precision", "High end of the published band (empty when not published)."),
    "status": (
        "varchar",
        "below, within, above (target_band or neutral KPIs) or better, worse (directional KPIs) against the band.",
    ),
    "benchmark_id": ("varchar", "The benchmark compared with (dim_benchmarks.benchmark_id)."),
    "benchmark_industry_code": ("varchar", "Industry of the benchmark (ALL: cross-industry)."),
    "benchmark_source": ("varchar", "Publisher and study the figures come from."),
    "benchmark_year": ("integer", "Year of the publication or data."),
    "benchmark_note": ("varchar", "How to read the figures."),
}


def render_int_sql() -> str:
    columns = ",\n".join(
        f"        cast({'kpis.direction' if c == 'direction' else f'benchmarks.{c}'} as {t}) as {c}"
        for c, t in INT_TYPES.items()
        if c != "kpi_code"
    )
    outputs = ",\n    ".join(INT_TYPES)
    return (
        f"-- {GENERATED}\n"
        "-- the benchmark each KPI is compared with at each grain: of its benchmarks at that grain with a\n"
        "-- low, typical or high figure, from var benchmark_industry or ALL, the exact industry first,\n"
        "-- then the most recent year, then the first listed in the KPI's file\n\n"
        "with candidates as (\n\n    select\n"
        "        cast(kpi_benchmark.kpi_code as varchar) as kpi_code,\n"
        f"{columns},\n"
        "        row_number() over (\n"
        "            partition by kpi_benchmark.kpi_code, benchmarks.grain\n"
        "            order by\n"
        "                case when benchmarks.industry_code = {{ benchmark_industry() }} then 0 else 1 end,\n"
        "                benchmarks.year desc,\n"
        "                length(benchmarks.benchmark_id) asc,\n"
        "                benchmarks.benchmark_id asc\n"
        "        ) as preference\n"
        "    from {{ ref('benchmarks') }} as benchmarks\n"
        "    inner join {{ ref('kpi_benchmark') }} as kpi_benchmark\n"
        "        on benchmarks.benchmark_id = kpi_benchmark.benchmark_id\n"
        "    inner join {{ ref('kpis') }} as kpis on kpi_benchmark.kpi_code = kpis.kpi_code\n"
        "    where\n        benchmarks.industry_code in ({{ benchmark_industry() }}, 'ALL')\n"
        "        and (benchmarks.low is not null or benchmarks.typical is not null or benchmarks.high is not null)\n\n"
        ")\n\n"
        f"select\n    {outputs}\nfrom candidates\nwhere preference = 1\n"
    )


def render_mart_sql() -> str:
    value_columns = [
        "kpi_value_key",
        "kpi_code",
        "kpi_name",
        "unit",
        "direction",
        "grain",
        "period_start",
        "period_end",
        "dimension",
        "dimension_value",
        "is_complete",
        "value",
    ]
    selected = [f"kpi_values.{c}" for c in value_columns]
    selected += ["benchmarks.low", "benchmarks.typical", "benchmarks.high"]
    selected.append(
        "{{ benchmark_status('kpi_values.value', 'benchmarks.low', 'benchmarks.typical', 'benchmarks.high', "
        "'kpi_values.direction') }} as status"
    )
    selected += [
        "benchmarks.benchmark_id",
        "benchmarks.industry_code as benchmark_industry_code",
        "benchmarks.source as benchmark_source",
        "benchmarks.year as benchmark_year",
        "benchmarks.note as benchmark_note",
    ]
    final = ",\n    ".join(f"cast({c} as {t}) as {c}" for c, (t, _) in MART_COLUMNS.items())
    return (
        f"-- {GENERATED}\n"
        "-- every KPI value that has a benchmark at its grain (int_kpi_benchmarks: one per KPI and grain),\n"
        "-- with the band and a status that respects the KPI's direction (macro benchmark_status)\n\n"
        "with compared as (\n\n    select\n        "
        + ",\n        ".join(selected)
        + "\n    from {{ ref('fct_kpi_values') }} as kpi_values\n"
        "    inner join {{ ref('int_kpi_benchmarks') }} as benchmarks\n"
        "        on kpi_values.kpi_code = benchmarks.kpi_code\n"
        "        and kpi_values.grain = benchmarks.grain\n"
        "    where kpi_values.value is not null\n\n)\n\n"
        f"select\n    {final}\nfrom compared\n"
    )


def _int_yaml() -> dict[str, Any]:
    docs = {
        "kpi_code": "Code of the KPI.",
        "grain": "Grain of the benchmark (the period its figures describe).",
        "direction": "The KPI's direction.",
        "benchmark_id": (
            "The chosen benchmark, the primary key: a benchmark belongs to one KPI and has one grain, and one "
            "is chosen per KPI and grain."
        ),
    }
    keyed = {"benchmark_id": ["unique", "not_null"]}
    return {
        "name": "int_kpi_benchmarks",
        "description": f"The one benchmark each KPI is compared with at each grain. {RULE}",
        "data_tests": [{"kpi_unique_key": {"arguments": {"key_columns": ["kpi_code", "grain"]}}}],
        "columns": [
            {
                "name": c,
                "description": docs.get(c, f"The benchmark's {c.replace('_', ' ')}."),
                **({"data_tests": keyed[c]} if c in keyed else {}),
            }
            for c in INT_TYPES
        ],
    }


def _mart_yaml() -> dict[str, Any]:
    columns: list[dict[str, Any]] = []
    for name, (data_type, description) in MART_COLUMNS.items():
        column: dict[str, Any] = {"name": name, "description": description, "data_type": data_type}
        if name == "kpi_value_key":
            column["data_tests"] = ["unique", "not_null"]
        if name == "status":
            column["data_tests"] = ["not_null", {"accepted_values": {"arguments": {"values": STATUSES}}}]
        columns.append(column)
    return {
        "name": MART,
        "description": (
            "Every KPI value (every grain, period and slice; not null) that has a benchmark at the same grain and a "
            "matching industry, with the band (low, typical, high), a status and the benchmark's source and "
            f"year. {RULE} {STATUS_RULE} Filter is_complete to leave out the current, unfinished period."
        ),
        "config": {"contract": {"enforced": True}},
        "columns": columns,
    }


STATUS_CASES: list[tuple[str, str, str, float | None, str | None]] = [
    # key, KPI, grain, value, expected status (None: no row); bands in STATUS_BANDS
    ("hib_under", "HIB", "month", 0.1, "worse"),
    ("hib_inside", "HIB", "month", 0.25, "within"),
    ("hib_over", "HIB", "month", 0.35, "better"),
    ("hib_null", "HIB", "month", None, None),
    ("hib_quarter", "HIB", "quarter", 0.1, None),
    ("lib_under", "LIB", "month", 0.04, "better"),
    ("lib_at", "LIB", "month", 0.05, "within"),
    ("lib_over", "LIB", "month", 0.06, "worse"),
    ("band_under", "BAND", "month", 0.3, "below"),
    ("band_over", "BAND", "month", 0.7, "above"),
    ("neutral_over", "NEUTRAL", "month", 2.0, "within"),
    ("neutral_under", "NEUTRAL", "month", 0.5, "below"),
]
"""Hand-worked statuses: HIB has the band 0.2..0.3 (higher is better), LIB only a typical 0.05
(lower is better), BAND 0.4..0.6 (a target band), NEUTRAL only a low of 1.0 (open above)."""
STATUS_BANDS: dict[str, tuple[str, float | None, float | None, float | None]] = {
    "HIB": ("higher_is_better", 0.2, None, 0.3),
    "LIB": ("lower_is_better", None, 0.05, None),
    "BAND": ("target_band", 0.4, None, 0.6),
    "NEUTRAL": ("neutral", 1.0, None, None),
}


def _status_unit_test() -> dict[str, Any]:
    values = [
        {
            "kpi_value_key": key,
            "kpi_code": kpi,
            "direction": STATUS_BANDS[kpi][0],
            "grain": grain,
            "period_start": "2025-01-01",
            "dimension": "overall",
            "dimension_value": "all",
            "value": value,
        }
        for key, kpi, grain, value, _ in STATUS_CASES
    ]
    benchmarks = [
        {"kpi_code": kpi, "grain": "month", "benchmark_id": f"{kpi}__1", "low": low, "typical": typical, "high": high}
        for kpi, (_, low, typical, high) in STATUS_BANDS.items()
    ]
    expected = [{"kpi_value_key": key, "status": status} for key, _, _, _, status in STATUS_CASES if status]
    return {
        "name": "benchmark_status_by_direction",
        "description": (
            "Hand-worked statuses: a band and a typical-only benchmark, each direction, a value inside, on "
            "and outside the band; a null value and a value at a grain without a benchmark have no row."
        ),
        "model": MART,
        "given": [
            {"input": "ref('fct_kpi_values')", "rows": values},
            {"input": "ref('int_kpi_benchmarks')", "rows": benchmarks},
        ],
        "expect": {"rows": expected},
    }


def benchmarks_files() -> dict[str, str]:
    """The benchmark models (every KPI's benchmarks come from the seeds at run time)."""
    return {
        f"{INT_DIR}/int_kpi_benchmarks.sql": render_int_sql(),
        f"{INT_DIR}/_int_kpi_benchmarks__models.yml": dump_yaml({"version": 2, "models": [_int_yaml()]}, GENERATED),
        f"{MART_DIR}/{MART}.sql": render_mart_sql(),
        f"{MART_DIR}/_benchmarks__models.yml": dump_yaml(
            {"version": 2, "models": [_mart_yaml()], "unit_tests": [_status_unit_test()]}, GENERATED
        ),
    }
