-- generated from definitions/object_models/prospect_engagement.yml; do not edit
-- state of PROSPECT_ENGAGEMENT at each period end, from its validity interval [enrolled_at, exited_at): one pass, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_prospect_engagement') }}
    where enrolled_at is not null

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
        periods.grain,
        periods.period_start,
        source_rows.*
    from periods
    inner join source_rows
        on periods.period_end > source_rows.enrolled_at
        and (source_rows.exited_at is null or periods.period_end <= source_rows.exited_at)

),

prepared as (

    select
        *,
        cast(source as {{ dbt.type_string() }}) as dim_lead_source,
        cast(sales_rep_id as {{ dbt.type_string() }}) as dim_sales_rep,
        cast(team_id as {{ dbt.type_string() }}) as dim_sales_team
    from active_at_period_end

),

aggregated as (

    select
        grain,
        period_start,
        dim_lead_source,
        dim_sales_rep,
        dim_sales_team,
        grouping(dim_lead_source) as grouping_dim_lead_source,
        grouping(dim_sales_rep) as grouping_dim_sales_rep,
        grouping(dim_sales_team) as grouping_dim_sales_team,
        cast(count(*) as {{ type_double() }}) as count_rows
    from prepared
    group by grouping sets (
        (grain, period_start),
        (grain, period_start, dim_lead_source),
        (grain, period_start, dim_sales_rep),
        (grain, period_start, dim_sales_team)
    )

),

shaped as (

    select
        grain,
        period_start,
        case
            when grouping_dim_lead_source = 0 then 'LEAD_SOURCE'
            when grouping_dim_sales_rep = 0 then 'SALES_REP'
            when grouping_dim_sales_team = 0 then 'SALES_TEAM'
            else 'overall'
        end as dimension,
        case
            when grouping_dim_lead_source = 0 then coalesce(dim_lead_source, 'unknown')
            when grouping_dim_sales_rep = 0 then coalesce(dim_sales_rep, 'unknown')
            when grouping_dim_sales_team = 0 then coalesce(dim_sales_team, 'unknown')
            else 'all'
        end as dimension_value,
        count_rows
    from aggregated

)

select
    *,
    {{ period_slice_key() }} as measure_row_key
from shaped
