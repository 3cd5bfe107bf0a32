"""One model per KPI, in the common output shape
``kpi_code, grain, period_start, dimension, dimension_value, value, numerator, denominator``."""

from __future__ import annotations

from collections.abc import Callable

from generators.dbt.escape import sql_comment, sql_string_literal
from generators.dbt.grouping import IN_CALENDAR, Aggregate, bucket_columns, dimension_columns, grouped_ctes
from generators.dbt.plan import InputPlan, KpiPlan
from generators.dbt.render_effects import compare_ctes, group_ctes, render_before_after

KEY = "grain, period_start, dimension, dimension_value"
ROW_KEY = "kpi_row_key"
"""The model's one-column primary key (macros/engine/keys.sql), tested unique and not null."""
NULL_DOUBLE = "cast(null as {{ type_double() }})"


def _header(kpi: KpiPlan) -> str:
    generated = sql_comment(f"generated from {kpi.source_file}; do not edit")
    return f"{generated}\n{sql_comment(f'{kpi.name}: {kpi.formula}')}\n\n"


def _dimension_filter(dimensions: list[str]) -> str:
    listed = ", ".join(sql_string_literal(d) for d in ["overall", *dimensions])
    return f"dimension in ({listed})"


KEY_COLUMNS: tuple[str, ...] = ("grain", "period_start", "dimension", "dimension_value")


def _select_key(source: str, columns: tuple[str, ...] = KEY_COLUMNS) -> str:
    listed = ",\n        ".join(columns)
    return f"    select\n        {listed}\n    from {source}"


def _input_cte(item: InputPlan, dimensions: list[str], alias: str | None = None) -> str:
    name = alias or item.name
    return (
        f"{name} as (\n\n    select\n        grain,\n        period_start,\n        dimension,\n"
        f"        dimension_value,\n        {item.column} as {name}\n"
        f"    from {{{{ ref('{item.model}') }}}}\n    where {_dimension_filter(dimensions)}\n\n)"
    )


def _as_double(sql: str) -> str:
    return sql if sql == NULL_DOUBLE else f"cast({sql} as {{{{ type_double() }}}})"


def _grain_list(grains: tuple[str, ...]) -> str:
    return ", ".join(sql_string_literal(g) for g in grains)


def _output(
    kpi: KpiPlan, source: str, value: str, numerator: str, denominator: str, *, grains_filtered: bool = False
) -> str:
    """The final select in the common shape; keeps only the KPI's grains unless the source
    already did (``grains_filtered``)."""
    where = "" if kpi.all_grains or grains_filtered else f"where grain in ({_grain_list(kpi.grains)})\n"
    return (
        f"select\n    {sql_string_literal(kpi.code)} as kpi_code,\n    grain,\n    period_start,\n    dimension,\n"
        f"    dimension_value,\n    {_as_double(value)} as value,\n"
        f"    {_as_double(numerator)} as numerator,\n"
        f"    {_as_double(denominator)} as denominator,\n"
        f"    {{{{ period_slice_key() }}}} as {ROW_KEY}\nfrom {source}\n{where}"
    )


def _slices_cte(source: str) -> str:
    """CTE ``slices``: the overall slice and every dimension value ``source`` has in the calendar."""
    return (
        "slices as (\n\n    -- the overall slice and every dimension value with data in the calendar\n"
        "    select\n        grain,\n        dimension,\n        dimension_value\n"
        f"    from {source}\n\n    union\n\n"
        "    select\n        grain,\n        'overall' as dimension,\n        'all' as dimension_value\n"
        "    from {{ ref('int_kpi_periods') }}\n\n)"
    )


def _calendar_spine(source: str, grains: tuple[str, ...] | None) -> str:
    """CTEs ``slices`` and ``spine`` (every period of the calendar for each slice)."""
    grain_filter = f"\n    where periods.grain in ({_grain_list(grains)})" if grains else ""
    return (
        _slices_cte(source) + ",\n\n" + "spine as (\n\n    -- every period of the calendar for every slice\n"
        "    select\n        periods.grain,\n        periods.period_start,\n"
        "        slices.dimension,\n        slices.dimension_value\n"
        "    from {{ ref('int_kpi_periods') }} as periods\n"
        "    inner join slices on periods.grain = slices.grain" + grain_filter + "\n\n)"
    )


def _zero_filled(source: str) -> str:
    """CTEs ``slices``, ``with_zeros`` (``source``'s rows and a 0 for every period of every
    slice) and ``filled`` (one row per period and slice: the input's value, else 0). A union
    and a grouping rather than a join of the calendar with the input: linear on every engine,
    whatever the planner estimates."""
    key = "grain,\n        period_start,\n        dimension,\n        dimension_value"
    return (
        _slices_cte(source)
        + ",\n\n"
        + "with_zeros as (\n\n"
        + f"    select\n        {key},\n        {source}\n    from {source}\n\n    union all\n\n"
        + "    -- 0 for every period of the calendar and every slice\n"
        + "    select\n        periods.grain,\n        periods.period_start,\n"
        + f"        slices.dimension,\n        slices.dimension_value,\n        0 as {source}\n"
        + "    from {{ ref('int_kpi_periods') }} as periods\n"
        + "    inner join slices on periods.grain = slices.grain\n\n),\n\n"
        + "filled as (\n\n    -- a period without events counts 0\n"
        + f"    select\n        {key},\n        sum({source}) as {source}\n"
        + "    from with_zeros\n"
        + "    group by grain, period_start, dimension, dimension_value\n\n)"
    )


def _joined_inputs(kpi: KpiPlan, with_periods: bool) -> str:
    """CTEs for each input, the union of their keys, and the inputs joined on it."""
    ctes = [_input_cte(item, kpi.dimensions) for item in kpi.inputs]
    union = "\n\n    union\n\n".join(_select_key(item.name) for item in kpi.inputs)
    ctes.append(f"input_keys as (\n\n{union}\n\n)")
    columns = [
        f"coalesce({item.name}.{item.name}, 0) as {item.name}" if item.additive else f"{item.name}.{item.name}"
        for item in kpi.inputs
    ]
    if with_periods:
        columns += ["periods.days_in_period", "periods.working_days_in_period"]
    joins = "\n".join(f"    left join {item.name} using ({KEY})" for item in kpi.inputs)
    if with_periods:
        joins += "\n    left join {{ ref('int_kpi_periods') }} as periods using (grain, period_start)"
    ctes.append(
        "joined as (\n\n    select\n        input_keys.grain,\n        input_keys.period_start,\n"
        "        input_keys.dimension,\n        input_keys.dimension_value,\n        "
        + ",\n        ".join(columns)
        + f"\n    from input_keys\n{joins}\n\n)"
    )
    return "with " + ",\n\n".join(ctes) + "\n\n"


def _uses_periods(sql: str) -> bool:
    return "days_in_period" in sql or "working_days_in_period" in sql


def render_simple(kpi: KpiPlan) -> str:
    item = kpi.inputs[0]
    if not kpi.zero_filled:
        return (
            _header(kpi)
            + "with "
            + _input_cte(item, kpi.dimensions)
            + "\n\n"
            + _output(kpi, item.name, item.name, NULL_DOUBLE, NULL_DOUBLE)
        )
    # a count or sum of nothing is 0: every calendar period of every slice gets a value
    return (
        _header(kpi)
        + "with "
        + _input_cte(item, kpi.dimensions)
        + ",\n\n"
        + _zero_filled(item.name)
        + "\n\n"
        + _output(kpi, "filled", item.name, NULL_DOUBLE, NULL_DOUBLE)
    )


def render_snapshot(kpi: KpiPlan) -> str:
    return render_simple(kpi)


def render_ratio(kpi: KpiPlan) -> str:
    return (
        _header(kpi)
        + _joined_inputs(kpi, with_periods=False)
        + _output(kpi, "joined", "numerator / nullif(denominator, 0)", "numerator", "denominator")
    )


def render_derived(kpi: KpiPlan) -> str:
    expression = kpi.spec["expression_sql"]
    return (
        _header(kpi)
        + _joined_inputs(kpi, with_periods=_uses_periods(expression))
        + _output(kpi, "joined", expression, NULL_DOUBLE, NULL_DOUBLE)
    )


def render_growth(kpi: KpiPlan) -> str:
    item = kpi.inputs[0]
    back = kpi.spec["periods_back"]
    shift = "shift_years" if kpi.spec["step"] == "year" else "shift_period"
    current = f"coalesce(current_period.{item.name}, 0)" if item.additive else f"current_period.{item.name}"
    previous = f"coalesce(previous_period.{item.name}, 0)" if item.additive else f"previous_period.{item.name}"
    body = (
        "with "
        + _input_cte(item, kpi.dimensions)
        + ",\n\n"
        + "period_keys as (\n\n"
        + _select_key(item.name)
        + "\n\n    union\n\n"
        + "    select\n        grain,\n"
        + f"        {{{{ {shift}('period_start', 'grain', {back}) }}}} as period_start,\n"
        + "        dimension,\n        dimension_value\n"
        + f"    from {item.name}\n\n),\n\n"
        + "compared as (\n\n    select\n        period_keys.grain,\n        period_keys.period_start,\n"
        + "        period_keys.dimension,\n        period_keys.dimension_value,\n"
        + f"        {current} as current_value,\n        {previous} as previous_value\n"
        + "    from period_keys\n"
        + "    inner join {{ ref('int_kpi_periods') }} as periods\n"
        + "        on period_keys.grain = periods.grain and period_keys.period_start = periods.period_start\n"
        + f"    left join {item.name} as current_period\n"
        + "        on period_keys.grain = current_period.grain\n"
        + "        and period_keys.period_start = current_period.period_start\n"
        + "        and period_keys.dimension = current_period.dimension\n"
        + "        and period_keys.dimension_value = current_period.dimension_value\n"
        + f"    left join {item.name} as previous_period\n"
        + "        on period_keys.grain = previous_period.grain\n"
        + f"        and {{{{ {shift}('period_keys.period_start', 'period_keys.grain', -{back}) }}}}"
        + " = previous_period.period_start\n"
        + "        and period_keys.dimension = previous_period.dimension\n"
        + "        and period_keys.dimension_value = previous_period.dimension_value\n\n)\n\n"
    )
    if kpi.spec["method"] == "relative":
        return (
            _header(kpi)
            + body
            + _output(
                kpi,
                "compared",
                "(current_value - previous_value) / nullif(previous_value, 0)",
                "current_value - previous_value",
                "previous_value",
            )
        )
    return _header(kpi) + body + _output(kpi, "compared", "current_value - previous_value", NULL_DOUBLE, NULL_DOUBLE)


def render_cumulative(kpi: KpiPlan) -> str:
    item = kpi.inputs[0]
    window, to_date = kpi.spec["window"], kpi.spec["to_date"]
    if to_date:
        lower = f"        and {{{{ period_start('{to_date}', 'spine.period_start') }}}} <= {item.name}.period_start\n"
        what = f"{to_date} to date"
    else:
        lower = (
            f"        and {{{{ shift_period('spine.period_start', 'spine.grain', -{window}) }}}}"
            f" < {item.name}.period_start\n"
        )
        what = f"trailing {window} periods"
    value = f"coalesce(sum({item.name}.{item.name}), 0)" if item.additive else f"sum({item.name}.{item.name})"
    return (
        _header(kpi)
        + "with "
        + _input_cte(item, kpi.dimensions)
        + ",\n\n"
        + _calendar_spine(item.name, None if kpi.all_grains else kpi.grains)
        + ",\n\n"
        + f"accumulated as (\n\n    -- {what}\n    select\n        spine.grain,\n        spine.period_start,\n"
        + "        spine.dimension,\n        spine.dimension_value,\n"
        + f"        {value} as accumulated_value\n"
        + "    from spine\n"
        + f"    left join {item.name}\n"
        + f"        on spine.grain = {item.name}.grain\n"
        + f"        and spine.dimension = {item.name}.dimension\n"
        + f"        and spine.dimension_value = {item.name}.dimension_value\n"
        + f"        and spine.period_start >= {item.name}.period_start\n"
        + lower
        + "    group by spine.grain, spine.period_start, spine.dimension, spine.dimension_value\n\n)\n\n"
        + _output(kpi, "accumulated", "accumulated_value", NULL_DOUBLE, NULL_DOUBLE, grains_filtered=True)
    )


CONVERSION_DAYS = "{{ days_between('base_events.base_at', 'matched.first_converted_at') }} as days_to_convert"
"""Days from a base event to the entity's first conversion event in the window (null: none)."""


def _conversion_aggregates(measure: str) -> tuple[list[Aggregate], str, str, str]:
    """The aggregates of a conversion and its value, numerator and denominator: the share of base
    events converted (``rate``) or the days to the first conversion over those that converted."""
    converted = Aggregate("cast(sum(converted) as {{ type_double() }})", "converted_count")
    if measure == "avg_days":
        total = Aggregate("cast(sum(days_to_convert) as {{ type_double() }})", "days_to_convert_total")
        return [converted, total], "days_to_convert_total / nullif(converted_count, 0)", total.alias, converted.alias
    if measure == "median_days":
        median = Aggregate(
            "cast({{ percentile_agg('days_to_convert', 0.5) }} as {{ type_double() }})", "median_days_to_convert"
        )
        return [converted, median], median.alias, NULL_DOUBLE, NULL_DOUBLE
    base = Aggregate("cast(count(*) as {{ type_double() }})", "base_count")
    return [base, converted], "converted_count / nullif(base_count, 0)", converted.alias, base.alias


CONVERTED_PERIODS = (
    ",\n\nconverted_periods as (\n\n"
    "    -- the time to convert is measured over the base events that converted: a period none of\n"
    "    -- whose base events converted has no value\n"
    "    select *\n    from in_calendar\n    where converted_count > 0\n\n)"
)


def render_conversion(kpi: KpiPlan) -> str:
    s = kpi.spec
    dims = s["base_dimensions"]
    in_days = s["measure"] != "rate"
    base_filter = f"\n        and {s['base_filter']}" if s["base_filter"] else ""
    target_filter = f"\n        and {s['target_filter']}" if s["target_filter"] else ""
    base_columns = [
        f"{s['base_key']} as base_key",
        f"{s['base_entity']} as entity_key",
        f"{s['base_time']} as base_at",
        *dimension_columns(dims),
    ]
    bucketed = ["base_events.*", "matched.converted", *([CONVERSION_DAYS] if in_days else [])]
    bucketed += bucket_columns("base_at")
    aggregates, value, numerator, denominator = _conversion_aggregates(s["measure"])
    window = s["window_days"]
    if window is None:
        matched_what = "a later conversion event of the same entity, up to the data end (ever)"
        window_condition = ""
        in_calendar = IN_CALENDAR
    else:
        matched_what = f"a conversion event of the same entity within {window} days of the base event"
        window_end = f"{{{{ dbt.dateadd('day', {window}, 'base_events.base_at') }}}}"
        window_condition = f"        and {window_end} >= conversion_events.converted_at\n"
        # right-censoring: a period is reported once the window of its last base event has ended
        in_calendar = (
            ",\n\nin_calendar as (\n\n"
            "    -- only the periods of the KPI calendar (int_kpi_periods) whose every base event's\n"
            f"    -- {window}-day window has ended by the data end: a later period cannot be known yet\n"
            "    select shaped.*\n    from shaped\n    inner join {{ ref('int_kpi_periods') }} as periods\n"
            "        on shaped.grain = periods.grain\n        and shaped.period_start = periods.period_start\n"
            f"    where {{{{ dbt.dateadd('day', {window}, 'periods.period_end') }}}} <= {{{{ kpi_data_end() }}}}\n\n)"
        )
    first_conversion = (
        ",\n        -- first_converted_at: the earliest such event, where the time to convert ends\n"
        "        min(conversion_events.converted_at) as first_converted_at"
        if in_days
        else ""
    )
    return (
        _header(kpi)
        + "with base_events as (\n\n    select\n        "
        + ",\n        ".join(base_columns)
        + f"\n    from {{{{ ref('{s['base_model']}') }}}}\n"
        + f"    where {s['base_time']} is not null\n        and {s['base_entity']} is not null"
        + base_filter
        + "\n\n),\n\n"
        + "conversion_events as (\n\n    select\n"
        + f"        {s['target_entity']} as entity_key,\n        {s['target_time']} as converted_at\n"
        + f"    from {{{{ ref('{s['target_model']}') }}}}\n"
        + f"    where {s['target_time']} is not null\n        and {s['target_entity']} is not null"
        + target_filter
        + "\n\n),\n\n"
        + "matched as (\n\n    -- converted: "
        + matched_what
        + "\n    select\n        base_events.base_key,\n"
        + "        max(case when conversion_events.entity_key is not null then 1 else 0 end) as converted"
        + first_conversion
        + "\n    from base_events\n    left join conversion_events\n"
        + "        on base_events.entity_key = conversion_events.entity_key\n"
        + "        and base_events.base_at <= conversion_events.converted_at\n"
        + window_condition
        + "        and conversion_events.converted_at < {{ kpi_data_end() }}\n"
        + "    group by base_events.base_key\n\n),\n\n"
        + "bucketed as (\n\n    select\n        "
        + ",\n        ".join(bucketed)
        + "\n    from base_events\n    inner join matched on base_events.base_key = matched.base_key\n\n),\n\n"
        + grouped_ctes("bucketed", dims, aggregates, fixed_period=False)
        + in_calendar
        + (CONVERTED_PERIODS if in_days else "")
        + "\n\n"
        + _output(kpi, "converted_periods" if in_days else "in_calendar", value, numerator, denominator)
    )


def render_per_entity(kpi: KpiPlan) -> str:
    s = kpi.spec
    ctes: list[str] = []
    for item in kpi.inputs:
        ctes.append(
            f"{item.name} as (\n\n    select\n        grain,\n        period_start,\n"
            f"        dimension_value as entity_value,\n        {item.column} as {item.name}\n"
            f"    from {{{{ ref('{item.model}') }}}}\n"
            f"    where dimension = {sql_string_literal(s['entity'])} and dimension_value <> 'unknown'\n\n)"
        )
    union = "\n\n    union\n\n".join(
        _select_key(item.name, ("grain", "period_start", "entity_value")) for item in kpi.inputs
    )
    ctes.append(f"entities as (\n\n{union}\n\n)")
    uses_periods = _uses_periods(s["value_sql"]) or _uses_periods(s["condition_sql"] or "")
    columns = [
        f"coalesce({item.name}.{item.name}, 0) as {item.name}" if item.additive else f"{item.name}.{item.name}"
        for item in kpi.inputs
    ]
    if uses_periods:
        columns += ["periods.days_in_period", "periods.working_days_in_period"]
    joins = "\n".join(f"    left join {item.name} using (grain, period_start, entity_value)" for item in kpi.inputs)
    if uses_periods:
        joins += "\n    left join {{ ref('int_kpi_periods') }} as periods using (grain, period_start)"
    ctes.append(
        "per_entity as (\n\n    select\n        entities.grain,\n        entities.period_start,\n"
        "        entities.entity_value,\n        " + ",\n        ".join(columns) + f"\n    from entities\n{joins}\n\n)"
    )
    ctes.append(f"valued as (\n\n    select\n        *,\n        {s['value_sql']} as value\n    from per_entity\n\n)")
    condition = s["condition_sql"]
    aggregate = s["aggregate"]
    numerator = denominator = NULL_DOUBLE
    where = "value is not null" + (f" and {condition}" if condition and aggregate != "share" else "")
    if aggregate == "share":
        meeting = f"cast(count(case when {condition} then 1 end) as {{{{ type_double() }}}})"
        measured = "cast(count(*) as {{ type_double() }})"
        extra = f",\n        {meeting} as entities_meeting,\n        {measured} as entities_measured"
        result = "entities_meeting / nullif(entities_measured, 0)"
        numerator, denominator = "entities_meeting", "entities_measured"
        where = "value is not null"
    elif aggregate in ("median", "percentile"):
        fraction = 0.5 if aggregate == "median" else s["percentile"]
        extra = f",\n        {{{{ percentile_agg('value', {fraction}) }}}} as aggregated_value"
        result = "aggregated_value"
    elif aggregate == "count":
        extra = ",\n        count(*) as aggregated_value"
        result = "aggregated_value"
    elif aggregate == "gini":
        return _render_gini(kpi, ctes, where)
    else:
        extra = f",\n        {aggregate}(value) as aggregated_value"
        result = "aggregated_value"
    if s.get("compare"):
        return _render_compare(kpi, ctes, where, extra, result)
    ctes.append(
        "across_entities as (\n\n    select\n        grain,\n        period_start,\n"
        "        'overall' as dimension,\n        'all' as dimension_value"
        + extra
        + f"\n    from valued\n    where {where}\n    group by grain, period_start\n\n)"
    )
    return (
        _header(kpi)
        + "with "
        + ",\n\n".join(ctes)
        + "\n\n"
        + _output(kpi, "across_entities", result, numerator, denominator)
    )


def _render_compare(kpi: KpiPlan, ctes: list[str], where: str, extra: str, result: str) -> str:
    """The aggregate over the group and over the rest of the entities with a value, compared."""
    compare = kpi.spec["compare"]
    ctes += group_ctes(compare)
    # the single aggregate of one group: the across-entities result with its parts inlined
    parts = dict(part.strip().rsplit(" as ", 1)[::-1] for part in extra.split(",\n") if part.strip())
    aggregate_sql = result
    for alias, sql in parts.items():
        aggregate_sql = aggregate_sql.replace(alias, sql)
    compared, value = compare_ctes(aggregate_sql, where, compare["output"])
    ctes += compared
    denominator = "group_entities" if compare["output"] == "group" else "rest_value"
    return (
        _header(kpi)
        + "with "
        + ",\n\n".join(ctes)
        + "\n\n"
        + _output(kpi, "across_entities", value, "group_value", denominator)
    )


def _render_gini(kpi: KpiPlan, ctes: list[str], where: str) -> str:
    """Gini coefficient across entities, from the values ranked within their period:
    sum over i of (2 i - n - 1) x_i divided by n times the sum of x (x ascending, i from 1)."""
    ctes.append(
        "ranked as (\n\n    select\n        grain,\n        period_start,\n        value,\n"
        "        row_number() over (partition by grain, period_start order by value, entity_value) as value_rank,\n"
        "        count(*) over (partition by grain, period_start) as entity_count\n"
        f"    from valued\n    where {where}\n\n)"
    )
    weighted = "sum((2 * value_rank - entity_count - 1) * value)"
    ctes.append(
        "across_entities as (\n\n"
        "    -- Gini = sum of (2 * rank - n - 1) * value / (n * sum of values), values ranked ascending;\n"
        "    -- undefined (null) for a period where an entity's value is negative\n"
        "    select\n        grain,\n        period_start,\n"
        "        'overall' as dimension,\n        'all' as dimension_value,\n"
        f"        case when min(value) >= 0 then {weighted} end as rank_weighted_value,\n"
        "        max(entity_count) * sum(value) as entities_times_total\n"
        "    from ranked\n    group by grain, period_start\n\n)"
    )
    result = "rank_weighted_value / nullif(entities_times_total, 0)"
    return (
        _header(kpi)
        + "with "
        + ",\n\n".join(ctes)
        + "\n\n"
        + _output(kpi, "across_entities", result, NULL_DOUBLE, NULL_DOUBLE)
    )


def render_retention(kpi: KpiPlan) -> str:
    s = kpi.spec
    dims = s["dimensions"]
    amount = s["value_sql"] or "1"
    start_agg = "sum" if s["value_sql"] else "max"
    valid_to_start = (
        "\n        and (source_rows.valid_to is null or periods.period_start <= source_rows.valid_to)"
        if s["valid_to"]
        else ""
    )
    valid_to_end = (
        "\n        and (source_rows.valid_to is null or periods.period_end <= source_rows.valid_to)"
        if s["valid_to"]
        else ""
    )
    filter_sql = f"\n        and {s['filter_sql']}" if s["filter_sql"] else ""
    source_columns = [
        f"{s['entity']} as entity_key",
        f"{s['valid_from']} as valid_from",
        f"{s['valid_to']} as valid_to" if s["valid_to"] else "cast(null as date) as valid_to",
        f"{amount} as entity_amount",
        *dimension_columns(dims),
    ]
    dim_start = "".join(f",\n        min(source_rows.{d.column}) as {d.column}" for d in dims)
    dim_cohort = "".join(f",\n        at_start.{d.column}" for d in dims)
    end_value = (
        "least(coalesce(at_end.end_value, 0), at_start.start_value)" if s["cap"] else ("coalesce(at_end.end_value, 0)")
    )
    aggregates = [
        Aggregate("cast(sum(retained_value) as {{ type_double() }})", "retained_value"),
        Aggregate("cast(sum(start_value) as {{ type_double() }})", "start_value"),
    ]
    return (
        _header(kpi)
        + "with source_rows as (\n\n    select\n        "
        + ",\n        ".join(source_columns)
        + f"\n    from {{{{ ref('{s['staging']}') }}}}\n"
        + f"    where {s['entity']} is not null\n        and {s['valid_from']} is not null"
        + filter_sql
        + "\n\n),\n\n"
        + "periods as (\n\n    -- the periods of the calendar that have ended by the data end\n"
        + "    select\n        grain,\n        period_start,\n        period_end\n"
        + "    from {{ ref('int_kpi_periods') }}\n"
        + "    where period_end <= {{ kpi_data_end() }}\n\n),\n\n"
        + "at_start as (\n\n    -- the fixed cohort: entities active when the period starts\n"
        + "    select\n        periods.grain,\n        periods.period_start,\n        source_rows.entity_key,\n"
        + f"        {start_agg}(source_rows.entity_amount) as start_value"
        + dim_start
        + "\n    from periods\n    inner join source_rows\n"
        + "        on periods.period_start > source_rows.valid_from"
        + valid_to_start
        + "\n    group by periods.grain, periods.period_start, source_rows.entity_key\n\n),\n\n"
        + "at_end as (\n\n    -- the same entities when the period ends\n"
        + "    select\n        periods.grain,\n        periods.period_start,\n        source_rows.entity_key,\n"
        + f"        {start_agg}(source_rows.entity_amount) as end_value\n"
        + "    from periods\n    inner join source_rows\n"
        + "        on periods.period_end > source_rows.valid_from"
        + valid_to_end
        + "\n    group by periods.grain, periods.period_start, source_rows.entity_key\n\n),\n\n"
        + "cohort as (\n\n    select\n        at_start.grain as _grain,\n"
        + "        at_start.period_start as _period_start,\n"
        + "        at_start.start_value,\n"
        + f"        {end_value} as retained_value"
        + dim_cohort
        + "\n    from at_start\n    left join at_end\n"
        + "        on at_start.grain = at_end.grain\n"
        + "        and at_start.period_start = at_end.period_start\n"
        + "        and at_start.entity_key = at_end.entity_key\n\n),\n\n"
        + grouped_ctes("cohort", dims, aggregates, fixed_period=True)
        + "\n\n"
        + _output(kpi, "shaped", "retained_value / nullif(start_value, 0)", "retained_value", "start_value")
    )


RENDERERS: dict[str, Callable[[KpiPlan], str]] = {
    "simple": render_simple,
    "ratio": render_ratio,
    "derived": render_derived,
    "growth": render_growth,
    "cumulative": render_cumulative,
    "snapshot": render_snapshot,
    "conversion": render_conversion,
    "per_entity": render_per_entity,
    "retention": render_retention,
    "before_after": lambda kpi: render_before_after(kpi, _header(kpi), _output),
}


def render_kpi_sql(kpi: KpiPlan) -> str:
    return RENDERERS[kpi.calc_type](kpi)
