-- generated from definitions/object_models/account_penetration.yml; do not edit
-- every aggregate KPIs read from ACCOUNT_PENETRATION by period_end_date: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_account_penetration') }}
    where period_end_date is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'period_end_date') }} as _period_week,
        {{ period_start('month', 'period_end_date') }} as _period_month,
        {{ period_start('quarter', 'period_end_date') }} as _period_quarter,
        {{ period_start('year', 'period_end_date') }} as _period_year,
        cast(key_account_manager_id as {{ dbt.type_string() }}) as _dim_key_account_manager
    from source_rows

),

aggregated as (

    select
        _period_week,
        _period_month,
        _period_quarter,
        _period_year,
        _dim_key_account_manager,
        grouping(_period_week) as _grouping_period_week,
        grouping(_period_month) as _grouping_period_month,
        grouping(_period_quarter) as _grouping_period_quarter,
        grouping(_period_year) as _grouping_period_year,
        grouping(_dim_key_account_manager) as _grouping_dim_key_account_manager,
        cast(sum(case when period_type = 'month' then revenue_captured end) as {{ type_double() }}) as sum_revenue_captured__period_type_month,
        cast(sum(case when period_type = 'month' then revenue_potential end) as {{ type_double() }}) as sum_revenue_potential__period_type_month,
        cast(sum(case when period_type = 'month' then products_owned end) as {{ type_double() }}) as sum_products_owned__period_type_month,
        cast(sum(case when period_type = 'month' then products_available end) as {{ type_double() }}) as sum_products_available__period_type_month,
        cast(sum(case when period_type = 'month' then total_spend_potential end) as {{ type_double() }}) as sum_total_spend_potential__period_type_month,
        cast(avg(cast(whitespace_value as {{ type_double() }})) as {{ type_double() }}) as avg_whitespace_value,
        cast(avg(cast(products_owned as {{ type_double() }})) as {{ type_double() }}) as avg_products_owned,
        cast(sum(case when period_type = 'month' then business_units_penetrated end) as {{ type_double() }}) as sum_business_units_penetrated__period_type_month,
        cast(sum(case when period_type = 'month' then business_units_total end) as {{ type_double() }}) as sum_business_units_total__period_type_month,
        cast(sum(case when period_type = 'month' then roles_covered end) as {{ type_double() }}) as sum_roles_covered__period_type_month,
        cast(sum(case when period_type = 'month' then roles_target end) as {{ type_double() }}) as sum_roles_target__period_type_month,
        cast(avg(cast(stakeholders_engaged as {{ type_double() }})) as {{ type_double() }}) as avg_stakeholders_engaged,
        cast(avg(cast(case when executive_engaged then 1.0 else 0.0 end as {{ type_double() }})) as {{ type_double() }}) as avg_case_when_executive_engaged_then_1_0_else_0_0_end,
        cast(sum(case when period_type = 'month' then seats_licensed end) as {{ type_double() }}) as sum_seats_licensed__period_type_month,
        cast(sum(case when period_type = 'month' then seats_potential end) as {{ type_double() }}) as sum_seats_potential__period_type_month,
        cast(avg(cast(case when stakeholders_engaged >= 3 then 1.0 else 0.0 end as {{ type_double() }})) as {{ type_double() }}) as avg_case_when_stakeholders_engaged_gte_3_then_1_0_e_40d2db6e
    from bucketed
    group by grouping sets (
        (_period_week),
        (_period_week, _dim_key_account_manager),
        (_period_month),
        (_period_month, _dim_key_account_manager),
        (_period_quarter),
        (_period_quarter, _dim_key_account_manager),
        (_period_year),
        (_period_year, _dim_key_account_manager)
    )

),

shaped as (

    select
        case
            when _grouping_period_week = 0 then 'week'
            when _grouping_period_month = 0 then 'month'
            when _grouping_period_quarter = 0 then 'quarter'
            else 'year'
        end as grain,
        coalesce(_period_week, _period_month, _period_quarter, _period_year) as period_start,
        case
            when _grouping_dim_key_account_manager = 0 then 'KEY_ACCOUNT_MANAGER'
            else 'overall'
        end as dimension,
        case
            when _grouping_dim_key_account_manager = 0 then coalesce(_dim_key_account_manager, 'unknown')
            else 'all'
        end as dimension_value,
        sum_revenue_captured__period_type_month,
        sum_revenue_potential__period_type_month,
        sum_products_owned__period_type_month,
        sum_products_available__period_type_month,
        sum_total_spend_potential__period_type_month,
        avg_whitespace_value,
        avg_products_owned,
        sum_business_units_penetrated__period_type_month,
        sum_business_units_total__period_type_month,
        sum_roles_covered__period_type_month,
        sum_roles_target__period_type_month,
        avg_stakeholders_engaged,
        avg_case_when_executive_engaged_then_1_0_else_0_0_end,
        sum_seats_licensed__period_type_month,
        sum_seats_potential__period_type_month,
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

select
    *,
    {{ period_slice_key() }} as measure_row_key
from in_calendar
