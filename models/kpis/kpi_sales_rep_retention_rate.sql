-- generated from definitions/kpis/sales_rep_retention_rate.yml; do not edit
-- Sales Rep Retention Rate: fixed cohort: sales representatives employed at period start (hire_date < start and termination_date empty or ≥ start) still employed at period end ÷ sales representatives employed at period start; the seed's reps retained ÷ reps at start of period; every role, sales managers included

with source_rows as (

    select
        sales_rep_id as entity_key,
        hire_date as valid_from,
        termination_date as valid_to,
        1 as entity_amount,
        cast(sales_rep_id as {{ dbt.type_string() }}) as _dim_sales_rep,
        cast(team_id as {{ dbt.type_string() }}) as _dim_sales_team,
        cast(segment_id as {{ dbt.type_string() }}) as _dim_segment,
        cast(territory_id as {{ dbt.type_string() }}) as _dim_territory
    from {{ ref('stg_sales_representative') }}
    where sales_rep_id is not null
        and hire_date is not null

),

periods as (

    -- the periods of the calendar that have ended by the data end
    select
        grain,
        period_start,
        period_end
    from {{ ref('int_kpi_periods') }}
    where period_end <= {{ kpi_data_end() }}

),

at_start as (

    -- the fixed cohort: entities active when the period starts
    select
        periods.grain,
        periods.period_start,
        source_rows.entity_key,
        max(source_rows.entity_amount) as start_value,
        min(source_rows._dim_sales_rep) as _dim_sales_rep,
        min(source_rows._dim_sales_team) as _dim_sales_team,
        min(source_rows._dim_segment) as _dim_segment,
        min(source_rows._dim_territory) as _dim_territory
    from periods
    inner join source_rows
        on periods.period_start > source_rows.valid_from
        and (source_rows.valid_to is null or periods.period_start <= source_rows.valid_to)
    group by periods.grain, periods.period_start, source_rows.entity_key

),

at_end as (

    -- the same entities when the period ends
    select
        periods.grain,
        periods.period_start,
        source_rows.entity_key,
        max(source_rows.entity_amount) as end_value
    from periods
    inner join source_rows
        on periods.period_end > source_rows.valid_from
        and (source_rows.valid_to is null or periods.period_end <= source_rows.valid_to)
    group by periods.grain, periods.period_start, source_rows.entity_key

),

cohort as (

    select
        at_start.grain as _grain,
        at_start.period_start as _period_start,
        at_start.start_value,
        coalesce(at_end.end_value, 0) as retained_value,
        at_start._dim_sales_rep,
        at_start._dim_sales_team,
        at_start._dim_segment,
        at_start._dim_territory
    from at_start
    left join at_end
        on at_start.grain = at_end.grain
        and at_start.period_start = at_end.period_start
        and at_start.entity_key = at_end.entity_key

),

aggregated as (

    select
        _grain,
        _period_start,
        _dim_sales_rep,
        _dim_sales_team,
        _dim_segment,
        _dim_territory,
        grouping(_dim_sales_rep) as _grouping_dim_sales_rep,
        grouping(_dim_sales_team) as _grouping_dim_sales_team,
        grouping(_dim_segment) as _grouping_dim_segment,
        grouping(_dim_territory) as _grouping_dim_territory,
        cast(sum(retained_value) as {{ type_double() }}) as retained_value,
        cast(sum(start_value) as {{ type_double() }}) as start_value
    from cohort
    group by grouping sets (
        (_grain, _period_start),
        (_grain, _period_start, _dim_sales_rep),
        (_grain, _period_start, _dim_sales_team),
        (_grain, _period_start, _dim_segment),
        (_grain, _period_start, _dim_territory)
    )

),

shaped as (

    select
        _grain as grain,
        _period_start as period_start,
        case
            when _grouping_dim_sales_rep = 0 then 'SALES_REP'
            when _grouping_dim_sales_team = 0 then 'SALES_TEAM'
            when _grouping_dim_segment = 0 then 'SEGMENT'
            when _grouping_dim_territory = 0 then 'TERRITORY'
            else 'overall'
        end as dimension,
        case
            when _grouping_dim_sales_rep = 0 then coalesce(_dim_sales_rep, 'unknown')
            when _grouping_dim_sales_team = 0 then coalesce(_dim_sales_team, 'unknown')
            when _grouping_dim_segment = 0 then coalesce(_dim_segment, 'unknown')
            when _grouping_dim_territory = 0 then coalesce(_dim_territory, 'unknown')
            else 'all'
        end as dimension_value,
        retained_value,
        start_value
    from aggregated

)

select
    'SALES_REP_RETENTION_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(retained_value / nullif(start_value, 0) as {{ type_double() }}) as value,
    cast(retained_value as {{ type_double() }}) as numerator,
    cast(start_value as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from shaped
