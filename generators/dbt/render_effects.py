"""The effect forms of the calculation language: two groups of entities in the same period
(``per_entity`` with ``compare``) and one entity before and after an event (``before_after``)."""

from __future__ import annotations

from typing import Any

from generators.dbt.grouping import Aggregate, bucket_columns, dimension_columns, grouped_ctes
from generators.dbt.plan import KpiPlan

NULL_DOUBLE = "cast(null as {{ type_double() }})"


def _where(time: str, entity: str, filter_sql: str | None) -> str:
    """Rows with a time and an entity that pass the filter."""
    conditions = [f"{time} is not null", f"{entity} is not null", filter_sql]
    return "\n        and ".join(c for c in conditions if c)


def group_ctes(compare: dict[str, Any]) -> list[str]:
    """CTEs after ``valued`` (grain, period_start, entity_value, the inputs, value) ending in
    ``grouped``: every valued row with ``in_group`` 1 (the group) or 0 (the rest)."""
    if compare["condition_sql"] is not None:
        return [
            "grouped as (\n\n    -- in_group: the entity's inputs meet the comparison's condition in the period\n"
            "    select\n        *,\n"
            f"        case when {compare['condition_sql']} then 1 else 0 end as in_group\n"
            "    from valued\n\n)"
        ]
    group = compare["group"]
    in_period = group["membership"] == "in_period"
    what = "in the period" if in_period else "on or before the period's last day"
    lower = "\n        and periods.period_start <= group_events.group_at" if in_period else ""
    return [
        "group_events as (\n\n    select\n"
        f"        cast({group['entity']} as {{{{ dbt.type_string() }}}}) as entity_value,\n"
        f"        {group['time']} as group_at\n"
        f"    from {{{{ ref('{group['model']}') }}}}\n"
        f"    where {_where(group['time'], group['entity'], group['filter_sql'])}"
        "\n\n)",
        f"members as (\n\n    -- the entities with a group event {what}\n"
        "    select distinct\n        valued.grain,\n        valued.period_start,\n        valued.entity_value\n"
        "    from valued\n"
        "    inner join {{ ref('int_kpi_periods') }} as periods\n"
        "        on valued.grain = periods.grain\n        and valued.period_start = periods.period_start\n"
        "    inner join group_events\n"
        "        on valued.entity_value = group_events.entity_value\n"
        f"        and periods.period_end > group_events.group_at{lower}\n\n)",
        "grouped as (\n\n    select\n        valued.*,\n"
        "        case when members.entity_value is not null then 1 else 0 end as in_group\n"
        "    from valued\n    left join members\n"
        "        on valued.grain = members.grain\n        and valued.period_start = members.period_start\n"
        "        and valued.entity_value = members.entity_value\n\n)",
    ]


def compare_ctes(aggregate_sql: str, where: str, output: str) -> tuple[list[str], str]:
    """CTEs ``by_group`` (the aggregate over each group, and its entity count) and
    ``across_entities`` (the group's and the rest's side by side, for the periods where both have
    entities; for ``output: group``, the periods where the group has one) and the value's SQL."""
    only_group = output == "group"
    ctes = [
        "by_group as (\n\n    select\n        grain,\n        period_start,\n        in_group,\n"
        f"        {aggregate_sql} as group_aggregate,\n"
        "        cast(count(*) as {{ type_double() }}) as group_entities\n"
        f"    from grouped\n    where {where}\n    group by grain, period_start, in_group\n\n)",
        "across_entities as (\n\n"
        + (
            "    -- the group's aggregate, for the periods where the group has entities\n"
            if only_group
            else "    -- a period is compared where both the group and the rest have entities\n"
        )
        + "    select\n        grain,\n        period_start,\n"
        "        'overall' as dimension,\n        'all' as dimension_value,\n"
        "        max(case when in_group = 1 then group_aggregate end) as group_value,\n"
        "        max(case when in_group = 0 then group_aggregate end) as rest_value,\n"
        "        max(case when in_group = 1 then group_entities end) as group_entities\n"
        "    from by_group\n    group by grain, period_start\n"
        + ("    having max(in_group) = 1\n\n)" if only_group else "    having count(*) = 2\n\n)"),
    ]
    value = {
        "difference": "group_value - rest_value",
        "ratio": "group_value / nullif(rest_value, 0)",
        "group": "group_value",
    }[output]
    return ctes, value


def _window_ctes(name: str, measure: dict[str, Any], window: int) -> list[str]:
    """The rows of a window measure and, per event, its total before and from the event."""
    rows = (
        f"{name}_rows as (\n\n    select\n"
        f"        {measure['entity']} as entity_key,\n        {measure['time']} as measured_at,\n"
        f"        {measure['value_sql']} as measured_value\n"
        f"    from {{{{ ref('{measure['model']}') }}}}\n"
        f"    where {_where(measure['time'], measure['entity'], measure['filter_sql'])}"
        "\n\n)"
    )
    start = f"{{{{ dbt.dateadd('day', -{window}, 'events.event_at') }}}}"
    end = f"{{{{ dbt.dateadd('day', {window}, 'events.event_at') }}}}"
    before = f"case when {name}_rows.measured_at < events.event_at then {name}_rows.measured_value else 0 end"
    after = f"case when {name}_rows.measured_at >= events.event_at then {name}_rows.measured_value else 0 end"
    windows = (
        f"{name}_windows as (\n\n"
        f"    -- per event: the {name} of the entity in the {window} days before the event\n"
        f"    -- and in the {window} days from it\n"
        "    select\n        events.event_key,\n"
        f"        coalesce(sum({before}), 0) as {name}_before,\n"
        f"        coalesce(sum({after}), 0) as {name}_after\n"
        f"    from events\n    left join {name}_rows\n"
        f"        on events.entity_key = {name}_rows.entity_key\n"
        f"        and {name}_rows.measured_at >= {start}\n"
        f"        and {name}_rows.measured_at < {end}\n"
        "    group by events.event_key\n\n)"
    )
    return [rows, windows]


def render_before_after(kpi: KpiPlan, header: str, output: Any) -> str:
    s = kpi.spec
    dims = s["event_dimensions"]
    window = s["window_days"]
    names = ["numerator"] + (["denominator"] if s["denominator"] else [])
    event_columns = [
        f"{s['event_key']} as event_key",
        f"{s['event_entity']} as entity_key",
        f"{s['event_time']} as event_at",
        *dimension_columns(dims),
    ]
    ctes = [
        "events as (\n\n    select\n        "
        + ",\n        ".join(event_columns)
        + f"\n    from {{{{ ref('{s['event_model']}') }}}}\n"
        + f"    where {_where(s['event_time'], s['event_entity'], s['event_filter'])}"
        + "\n\n)"
    ]
    for name in names:
        ctes += _window_ctes(name, s[name], window)
    sides = [f"{name}_windows.{name}_{side}" for name in names for side in ("before", "after")]
    joins = "".join(f"\n    inner join {name}_windows on events.event_key = {name}_windows.event_key" for name in names)
    ctes.append(
        "bucketed as (\n\n    select\n        "
        + ",\n        ".join(["events.*", *sides, *bucket_columns("event_at")])
        + "\n    from events"
        + joins
        + "\n\n)"
    )
    aggregates = [Aggregate("cast(count(*) as {{ type_double() }})", "event_count")]
    aggregates += [
        Aggregate(f"cast(sum({name}_{side}) as {{{{ type_double() }}}})", f"{name}_{side}")
        for name in names
        for side in ("before", "after")
    ]
    if s["denominator"]:
        before = "numerator_before / nullif(denominator_before, 0)"
        after = "numerator_after / nullif(denominator_after, 0)"
        pooled = "pooled over the period's events: the numerator's total over the denominator's, per window"
    else:
        before, after = "numerator_before", "numerator_after"
        pooled = "the numerator's total over the period's events, per window"
    body = (
        "with "
        + ",\n\n".join(ctes)
        + ",\n\n"
        + grouped_ctes("bucketed", dims, aggregates, fixed_period=False)
        + ",\n\nin_calendar as (\n\n"
        "    -- only the periods of the KPI calendar (int_kpi_periods) whose every event's\n"
        f"    -- {window}-day after-window has ended by the data end: a later period cannot be known yet\n"
        "    select shaped.*\n    from shaped\n    inner join {{ ref('int_kpi_periods') }} as periods\n"
        "        on shaped.grain = periods.grain\n        and shaped.period_start = periods.period_start\n"
        f"    where {{{{ dbt.dateadd('day', {window}, 'periods.period_end') }}}} <= {{{{ kpi_data_end() }}}}\n\n),\n\n"
        f"compared as (\n\n    -- before and after values, {pooled}\n"
        "    select\n        *,\n"
        f"        {before} as before_value,\n        {after} as after_value\n"
        "    from in_calendar\n\n)\n\n"
    )
    if s["output"] == "relative":
        value = "(after_value - before_value) / nullif(before_value, 0)"
    else:
        value = "after_value - before_value"
    return header + body + output(kpi, "compared", value, "after_value", "before_value")
