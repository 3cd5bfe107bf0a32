-- generated from definitions/object_models/sales_representative.yml; do not edit
-- state of SALES_REPRESENTATIVE at each period end, from its validity interval [hire_date, termination_date): one pass, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_sales_representative') }}
    where hire_date is not null

),

periods as (

    select
        grain,
        period_start,
        period_end
    from {{ ref('int_kpi_periods') }}

),

active_at_period_end as (

    select
        periods.grain as _grain,
        periods.period_start as _period_start,
        source_rows.*
    from periods
    inner join source_rows
        on periods.period_end > source_rows.hire_date
        and (source_rows.termination_date is null or periods.period_end <= source_rows.termination_date)

),

prepared as (

    select
        *,
        cast(sales_rep_id as {{ dbt.type_string() }}) as _dim_sales_rep,
        cast(team_id as {{ dbt.type_string() }}) as _dim_sales_team,
        cast(segment_id as {{ dbt.type_string() }}) as _dim_segment,
        cast(territory_id as {{ dbt.type_string() }}) as _dim_territory
    from active_at_period_end

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
        cast(count(case when role = 'field_ae' then 1 end) as {{ type_double() }}) as count_rows__role_field_ae,
        cast(count(*) as {{ type_double() }}) as count_rows,
        cast(count(case when role in ('sdr', 'bdr') then 1 end) as {{ type_double() }}) as count_rows__role_in_sdr_bdr,
        cast(count(case when role <> 'sales_manager' then 1 end) as {{ type_double() }}) as count_rows__role_ne_sales_manager,
        cast(sum(annual_fully_loaded_cost) as {{ type_double() }}) as sum_annual_fully_loaded_cost,
        cast(sum(case when role <> 'channel_manager' then annual_fully_loaded_cost end) as {{ type_double() }}) as sum_annual_fully_loaded_cost__role_ne_channel_manager,
        cast(sum(case when role = 'field_ae' then weekly_working_hours end) as {{ type_double() }}) as sum_weekly_working_hours__role_field_ae,
        cast(sum(case when role = 'sales_manager' then weekly_working_hours end) as {{ type_double() }}) as sum_weekly_working_hours__role_sales_manager
    from prepared
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
        count_rows__role_field_ae,
        count_rows,
        count_rows__role_in_sdr_bdr,
        count_rows__role_ne_sales_manager,
        sum_annual_fully_loaded_cost,
        sum_annual_fully_loaded_cost__role_ne_channel_manager,
        sum_weekly_working_hours__role_field_ae,
        sum_weekly_working_hours__role_sales_manager
    from aggregated

)

select
    *,
    {{ period_slice_key() }} as measure_row_key
from shaped
