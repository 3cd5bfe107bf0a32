-- generated from definitions/object_models/partner_portal.yml; do not edit
-- every aggregate KPIs read from PARTNER_PORTAL by closed_at: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_partner_portal') }}
    where closed_at is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'closed_at') }} as _period_week,
        {{ period_start('month', 'closed_at') }} as _period_month,
        {{ period_start('quarter', 'closed_at') }} as _period_quarter,
        {{ period_start('year', 'closed_at') }} as _period_year,
        cast(partner_id as {{ dbt.type_string() }}) as _dim_partner,
        cast(product_id as {{ dbt.type_string() }}) as _dim_product,
        cast(channel_manager_rep_id as {{ dbt.type_string() }}) as _dim_sales_rep,
        cast(territory_id as {{ dbt.type_string() }}) as _dim_territory
    from source_rows

),

aggregated as (

    select
        _period_week,
        _period_month,
        _period_quarter,
        _period_year,
        _dim_partner,
        _dim_product,
        _dim_sales_rep,
        _dim_territory,
        grouping(_period_week) as _grouping_period_week,
        grouping(_period_month) as _grouping_period_month,
        grouping(_period_quarter) as _grouping_period_quarter,
        grouping(_period_year) as _grouping_period_year,
        grouping(_dim_partner) as _grouping_dim_partner,
        grouping(_dim_product) as _grouping_dim_product,
        grouping(_dim_sales_rep) as _grouping_dim_sales_rep,
        grouping(_dim_territory) as _grouping_dim_territory,
        cast(count(case when activity_type = 'deal_registration_submitted' and deal_outcome = 'won' then 1 end) as {{ type_double() }}) as count_rows__activity_type_deal_registration_submitt_7fa3c514,
        cast(count(case when activity_type = 'deal_registration_submitted' and deal_outcome in ('won', 'lost', 'no_decision') then 1 end) as {{ type_double() }}) as count_rows__activity_type_deal_registration_submitt_d1b3d470,
        cast(avg(cast(case when activity_type = 'deal_registration_submitted' and deal_outcome = 'won' then days_approval_to_close end as {{ type_double() }})) as {{ type_double() }}) as avg_days_approval_to_close__activity_type_deal_regi_04fb43a7
    from bucketed
    group by grouping sets (
        (_period_week),
        (_period_week, _dim_partner),
        (_period_week, _dim_product),
        (_period_week, _dim_sales_rep),
        (_period_week, _dim_territory),
        (_period_month),
        (_period_month, _dim_partner),
        (_period_month, _dim_product),
        (_period_month, _dim_sales_rep),
        (_period_month, _dim_territory),
        (_period_quarter),
        (_period_quarter, _dim_partner),
        (_period_quarter, _dim_product),
        (_period_quarter, _dim_sales_rep),
        (_period_quarter, _dim_territory),
        (_period_year),
        (_period_year, _dim_partner),
        (_period_year, _dim_product),
        (_period_year, _dim_sales_rep),
        (_period_year, _dim_territory)
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
            when _grouping_dim_partner = 0 then 'PARTNER'
            when _grouping_dim_product = 0 then 'PRODUCT'
            when _grouping_dim_sales_rep = 0 then 'SALES_REP'
            when _grouping_dim_territory = 0 then 'TERRITORY'
            else 'overall'
        end as dimension,
        case
            when _grouping_dim_partner = 0 then coalesce(_dim_partner, 'unknown')
            when _grouping_dim_product = 0 then coalesce(_dim_product, 'unknown')
            when _grouping_dim_sales_rep = 0 then coalesce(_dim_sales_rep, 'unknown')
            when _grouping_dim_territory = 0 then coalesce(_dim_territory, 'unknown')
            else 'all'
        end as dimension_value,
        count_rows__activity_type_deal_registration_submitt_7fa3c514,
        count_rows__activity_type_deal_registration_submitt_d1b3d470,
        avg_days_approval_to_close__activity_type_deal_regi_04fb43a7
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
