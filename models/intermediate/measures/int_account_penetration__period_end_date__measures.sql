-- generated from definitions/object_models/account_penetration.yml; do not edit
-- every aggregate KPIs read from ACCOUNT_PENETRATION by period_end_date: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_account_penetration') }}
    where period_end_date is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'period_end_date') }} as period_week,
        {{ period_start('month', 'period_end_date') }} as period_month,
        {{ period_start('quarter', 'period_end_date') }} as period_quarter,
        {{ period_start('year', 'period_end_date') }} as period_year,
        cast(key_account_manager_id as {{ dbt.type_string() }}) as dim_key_account_manager
    from source_rows

),

aggregated as (

    select
        period_week,
        period_month,
        period_quarter,
        period_year,
        dim_key_account_manager,
        grouping(period_week) as grouping_week,
        grouping(period_month) as grouping_month,
        grouping(period_quarter) as grouping_quarter,
        grouping(period_year) as grouping_year,
        grouping(dim_key_account_manager) as grouping_dim_key_account_manager,
        cast(sum(revenue_captured) as {{ type_double() }}) as sum_revenue_captured,
        cast(sum(revenue_potential) as {{ type_double() }}) as sum_revenue_potential,
        cast(sum(products_owned) as {{ type_double() }}) as sum_products_owned,
        cast(sum(products_available) as {{ type_double() }}) as sum_products_available,
        cast(sum(total_spend_potential) as {{ type_double() }}) as sum_total_spend_potential,
        cast(avg(whitespace_value) as {{ type_double() }}) as avg_whitespace_value,
        cast(avg(products_owned) as {{ type_double() }}) as avg_products_owned,
        cast(sum(business_units_penetrated) as {{ type_double() }}) as sum_business_units_penetrated,
        cast(sum(business_units_total) as {{ type_double() }}) as sum_business_units_total,
        cast(sum(roles_covered) as {{ type_double() }}) as sum_roles_covered,
        cast(sum(roles_target) as {{ type_double() }}) as sum_roles_target,
        cast(avg(stakeholders_engaged) as {{ type_double() }}) as avg_stakeholders_engaged,
        cast(avg(case when executive_engaged then 1.0 else 0.0 end) as {{ type_double() }}) as avg_case_when_executive_engaged_then_1_0_else_0_0_end,
        cast(sum(seats_licensed) as {{ type_double() }}) as sum_seats_licensed,
        cast(sum(seats_potential) as {{ type_double() }}) as sum_seats_potential,
        cast(avg(case when stakeholders_engaged >= 3 then 1.0 else 0.0 end) as {{ type_double() }}) as avg_case_when_stakeholders_engaged_gte_3_then_1_0_e_40d2db6e
    from bucketed
    group by grouping sets (
        (period_week),
        (period_week, dim_key_account_manager),
        (period_month),
        (period_month, dim_key_account_manager),
        (period_quarter),
        (period_quarter, dim_key_account_manager),
        (period_year),
        (period_year, dim_key_account_manager)
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
            when grouping_dim_key_account_manager = 0 then 'KEY_ACCOUNT_MANAGER'
            else 'overall'
        end as dimension,
        case
            when grouping_dim_key_account_manager = 0 then coalesce(dim_key_account_manager, 'unknown')
            else 'all'
        end as dimension_value,
        sum_revenue_captured,
        sum_revenue_potential,
        sum_products_owned,
        sum_products_available,
        sum_total_spend_potential,
        avg_whitespace_value,
        avg_products_owned,
        sum_business_units_penetrated,
        sum_business_units_total,
        sum_roles_covered,
        sum_roles_target,
        avg_stakeholders_engaged,
        avg_case_when_executive_engaged_then_1_0_else_0_0_end,
        sum_seats_licensed,
        sum_seats_potential,
        avg_case_when_stakeholders_engaged_gte_3_then_1_0_e_40d2db6e
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

select * from in_calendar
