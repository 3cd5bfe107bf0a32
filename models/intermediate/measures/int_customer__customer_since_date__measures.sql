-- generated from definitions/object_models/customer.yml; do not edit
-- every aggregate KPIs read from CUSTOMER by customer_since_date: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_customer') }}
    where customer_since_date is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'customer_since_date') }} as period_week,
        {{ period_start('month', 'customer_since_date') }} as period_month,
        {{ period_start('quarter', 'customer_since_date') }} as period_quarter,
        {{ period_start('year', 'customer_since_date') }} as period_year,
        cast(customer_success_manager_id as {{ dbt.type_string() }}) as dim_csm,
        cast(key_account_manager_id as {{ dbt.type_string() }}) as dim_key_account_manager,
        cast(acquisition_source as {{ dbt.type_string() }}) as dim_lead_source,
        cast(market_id as {{ dbt.type_string() }}) as dim_market,
        cast(acquisition_partner_id as {{ dbt.type_string() }}) as dim_partner,
        cast(account_manager_rep_id as {{ dbt.type_string() }}) as dim_sales_rep,
        cast(segment_id as {{ dbt.type_string() }}) as dim_segment,
        cast(territory_id as {{ dbt.type_string() }}) as dim_territory
    from source_rows

),

aggregated as (

    select
        period_week,
        period_month,
        period_quarter,
        period_year,
        dim_csm,
        dim_key_account_manager,
        dim_lead_source,
        dim_market,
        dim_partner,
        dim_sales_rep,
        dim_segment,
        dim_territory,
        grouping(period_week) as grouping_week,
        grouping(period_month) as grouping_month,
        grouping(period_quarter) as grouping_quarter,
        grouping(period_year) as grouping_year,
        grouping(dim_csm) as grouping_dim_csm,
        grouping(dim_key_account_manager) as grouping_dim_key_account_manager,
        grouping(dim_lead_source) as grouping_dim_lead_source,
        grouping(dim_market) as grouping_dim_market,
        grouping(dim_partner) as grouping_dim_partner,
        grouping(dim_sales_rep) as grouping_dim_sales_rep,
        grouping(dim_segment) as grouping_dim_segment,
        grouping(dim_territory) as grouping_dim_territory,
        cast(sum(acquisition_cost) as {{ type_double() }}) as sum_acquisition_cost,
        cast(count(*) as {{ type_double() }}) as count_rows,
        cast(count(case when is_icp_fit = true then 1 end) as {{ type_double() }}) as count_rows__is_icp_fit_true,
        cast(count(case when acquisition_source = 'referral' then 1 end) as {{ type_double() }}) as count_rows__acquisition_source_referral
    from bucketed
    group by grouping sets (
        (period_week),
        (period_week, dim_csm),
        (period_week, dim_key_account_manager),
        (period_week, dim_lead_source),
        (period_week, dim_market),
        (period_week, dim_partner),
        (period_week, dim_sales_rep),
        (period_week, dim_segment),
        (period_week, dim_territory),
        (period_month),
        (period_month, dim_csm),
        (period_month, dim_key_account_manager),
        (period_month, dim_lead_source),
        (period_month, dim_market),
        (period_month, dim_partner),
        (period_month, dim_sales_rep),
        (period_month, dim_segment),
        (period_month, dim_territory),
        (period_quarter),
        (period_quarter, dim_csm),
        (period_quarter, dim_key_account_manager),
        (period_quarter, dim_lead_source),
        (period_quarter, dim_market),
        (period_quarter, dim_partner),
        (period_quarter, dim_sales_rep),
        (period_quarter, dim_segment),
        (period_quarter, dim_territory),
        (period_year),
        (period_year, dim_csm),
        (period_year, dim_key_account_manager),
        (period_year, dim_lead_source),
        (period_year, dim_market),
        (period_year, dim_partner),
        (period_year, dim_sales_rep),
        (period_year, dim_segment),
        (period_year, dim_territory)
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
            when grouping_dim_csm = 0 then 'CSM'
            when grouping_dim_key_account_manager = 0 then 'KEY_ACCOUNT_MANAGER'
            when grouping_dim_lead_source = 0 then 'LEAD_SOURCE'
            when grouping_dim_market = 0 then 'MARKET'
            when grouping_dim_partner = 0 then 'PARTNER'
            when grouping_dim_sales_rep = 0 then 'SALES_REP'
            when grouping_dim_segment = 0 then 'SEGMENT'
            when grouping_dim_territory = 0 then 'TERRITORY'
            else 'overall'
        end as dimension,
        case
            when grouping_dim_csm = 0 then coalesce(dim_csm, 'unknown')
            when grouping_dim_key_account_manager = 0 then coalesce(dim_key_account_manager, 'unknown')
            when grouping_dim_lead_source = 0 then coalesce(dim_lead_source, 'unknown')
            when grouping_dim_market = 0 then coalesce(dim_market, 'unknown')
            when grouping_dim_partner = 0 then coalesce(dim_partner, 'unknown')
            when grouping_dim_sales_rep = 0 then coalesce(dim_sales_rep, 'unknown')
            when grouping_dim_segment = 0 then coalesce(dim_segment, 'unknown')
            when grouping_dim_territory = 0 then coalesce(dim_territory, 'unknown')
            else 'all'
        end as dimension_value,
        sum_acquisition_cost,
        count_rows,
        count_rows__is_icp_fit_true,
        count_rows__acquisition_source_referral
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
