-- generated from definitions/object_models/referral.yml; do not edit
-- every aggregate KPIs read from REFERRAL by created_at: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_referral') }}
    where created_at is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'created_at') }} as period_week,
        {{ period_start('month', 'created_at') }} as period_month,
        {{ period_start('quarter', 'created_at') }} as period_quarter,
        {{ period_start('year', 'created_at') }} as period_year,
        cast(partner_id as {{ dbt.type_string() }}) as dim_partner,
        cast(sales_rep_id as {{ dbt.type_string() }}) as dim_sales_rep,
        cast(team_id as {{ dbt.type_string() }}) as dim_sales_team
    from source_rows

),

aggregated as (

    select
        period_week,
        period_month,
        period_quarter,
        period_year,
        dim_partner,
        dim_sales_rep,
        dim_sales_team,
        grouping(period_week) as grouping_week,
        grouping(period_month) as grouping_month,
        grouping(period_quarter) as grouping_quarter,
        grouping(period_year) as grouping_year,
        grouping(dim_partner) as grouping_dim_partner,
        grouping(dim_sales_rep) as grouping_dim_sales_rep,
        grouping(dim_sales_team) as grouping_dim_sales_team,
        cast(count(distinct case when referrer_type = 'customer' then referrer_customer_id end) as {{ type_double() }}) as count_distinct_referrer_customer_id__referrer_type_customer,
        cast(count(case when converted_at is not null then 1 end) as {{ type_double() }}) as count_rows__converted_at_is_not_null,
        cast(count(*) as {{ type_double() }}) as count_rows
    from bucketed
    group by grouping sets (
        (period_week),
        (period_week, dim_partner),
        (period_week, dim_sales_rep),
        (period_week, dim_sales_team),
        (period_month),
        (period_month, dim_partner),
        (period_month, dim_sales_rep),
        (period_month, dim_sales_team),
        (period_quarter),
        (period_quarter, dim_partner),
        (period_quarter, dim_sales_rep),
        (period_quarter, dim_sales_team),
        (period_year),
        (period_year, dim_partner),
        (period_year, dim_sales_rep),
        (period_year, dim_sales_team)
    )

),

shaped as (

    select
        case
            when grouping_week = 0 then 'week'
            when grouping_month = 0 then 'month'
            when grouping_quarter = 0 then 'quarter'
            else 'year'
        end as grain,
        coalesce(period_week, period_month, period_quarter, period_year) as period_start,
        case
            when grouping_dim_partner = 0 then 'PARTNER'
            when grouping_dim_sales_rep = 0 then 'SALES_REP'
            when grouping_dim_sales_team = 0 then 'SALES_TEAM'
            else 'overall'
        end as dimension,
        case
            when grouping_dim_partner = 0 then coalesce(dim_partner, 'unknown')
            when grouping_dim_sales_rep = 0 then coalesce(dim_sales_rep, 'unknown')
            when grouping_dim_sales_team = 0 then coalesce(dim_sales_team, 'unknown')
            else 'all'
        end as dimension_value,
        count_distinct_referrer_customer_id__referrer_type_customer,
        count_rows__converted_at_is_not_null,
        count_rows
    from aggregated

),

in_calendar as (

    -- only the periods of the KPI calendar (int_kpi_periods)
    select shaped.*
    from shaped
    inner join {{ ref('int_kpi_periods') }} as periods
        on shaped.grain = periods.grain
        and shaped.period_start = periods.period_start

)

select
    *,
    {{ period_slice_key() }} as measure_row_key
from in_calendar
