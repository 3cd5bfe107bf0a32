-- generated from definitions/kpis/partner_sourced_customer_retention_rate.yml; do not edit
-- Partner-Sourced Customer Retention Rate: fixed cohort: customers with acquisition_partner_id set that were active at period start (customer_since_date < start, churned_at empty or ≥ start) and are still active at period end ÷ that cohort (as CUSTOMER_RETENTION_RATE, restricted to partner-acquired customers)

with source_rows as (

    select
        customer_id as entity_key,
        customer_since_date as valid_from,
        churned_at as valid_to,
        1 as entity_amount,
        cast(customer_success_manager_id as {{ dbt.type_string() }}) as _dim_csm,
        cast(key_account_manager_id as {{ dbt.type_string() }}) as _dim_key_account_manager,
        cast(acquisition_source as {{ dbt.type_string() }}) as _dim_lead_source,
        cast(market_id as {{ dbt.type_string() }}) as _dim_market,
        cast(acquisition_partner_id as {{ dbt.type_string() }}) as _dim_partner,
        cast(account_manager_rep_id as {{ dbt.type_string() }}) as _dim_sales_rep,
        cast(segment_id as {{ dbt.type_string() }}) as _dim_segment,
        cast(territory_id as {{ dbt.type_string() }}) as _dim_territory
    from {{ ref('stg_customer') }}
    where customer_id is not null
        and customer_since_date is not null
        and acquisition_partner_id is not null

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
        min(source_rows._dim_csm) as _dim_csm,
        min(source_rows._dim_key_account_manager) as _dim_key_account_manager,
        min(source_rows._dim_lead_source) as _dim_lead_source,
        min(source_rows._dim_market) as _dim_market,
        min(source_rows._dim_partner) as _dim_partner,
        min(source_rows._dim_sales_rep) as _dim_sales_rep,
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
        at_start._dim_csm,
        at_start._dim_key_account_manager,
        at_start._dim_lead_source,
        at_start._dim_market,
        at_start._dim_partner,
        at_start._dim_sales_rep,
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
        _dim_csm,
        _dim_key_account_manager,
        _dim_lead_source,
        _dim_market,
        _dim_partner,
        _dim_sales_rep,
        _dim_segment,
        _dim_territory,
        grouping(_dim_csm) as _grouping_dim_csm,
        grouping(_dim_key_account_manager) as _grouping_dim_key_account_manager,
        grouping(_dim_lead_source) as _grouping_dim_lead_source,
        grouping(_dim_market) as _grouping_dim_market,
        grouping(_dim_partner) as _grouping_dim_partner,
        grouping(_dim_sales_rep) as _grouping_dim_sales_rep,
        grouping(_dim_segment) as _grouping_dim_segment,
        grouping(_dim_territory) as _grouping_dim_territory,
        cast(sum(retained_value) as {{ type_double() }}) as retained_value,
        cast(sum(start_value) as {{ type_double() }}) as start_value
    from cohort
    group by grouping sets (
        (_grain, _period_start),
        (_grain, _period_start, _dim_csm),
        (_grain, _period_start, _dim_key_account_manager),
        (_grain, _period_start, _dim_lead_source),
        (_grain, _period_start, _dim_market),
        (_grain, _period_start, _dim_partner),
        (_grain, _period_start, _dim_sales_rep),
        (_grain, _period_start, _dim_segment),
        (_grain, _period_start, _dim_territory)
    )

),

shaped as (

    select
        _grain as grain,
        _period_start as period_start,
        case
            when _grouping_dim_csm = 0 then 'CSM'
            when _grouping_dim_key_account_manager = 0 then 'KEY_ACCOUNT_MANAGER'
            when _grouping_dim_lead_source = 0 then 'LEAD_SOURCE'
            when _grouping_dim_market = 0 then 'MARKET'
            when _grouping_dim_partner = 0 then 'PARTNER'
            when _grouping_dim_sales_rep = 0 then 'SALES_REP'
            when _grouping_dim_segment = 0 then 'SEGMENT'
            when _grouping_dim_territory = 0 then 'TERRITORY'
            else 'overall'
        end as dimension,
        case
            when _grouping_dim_csm = 0 then coalesce(_dim_csm, 'unknown')
            when _grouping_dim_key_account_manager = 0 then coalesce(_dim_key_account_manager, 'unknown')
            when _grouping_dim_lead_source = 0 then coalesce(_dim_lead_source, 'unknown')
            when _grouping_dim_market = 0 then coalesce(_dim_market, 'unknown')
            when _grouping_dim_partner = 0 then coalesce(_dim_partner, 'unknown')
            when _grouping_dim_sales_rep = 0 then coalesce(_dim_sales_rep, 'unknown')
            when _grouping_dim_segment = 0 then coalesce(_dim_segment, 'unknown')
            when _grouping_dim_territory = 0 then coalesce(_dim_territory, 'unknown')
            else 'all'
        end as dimension_value,
        retained_value,
        start_value
    from aggregated

)

select
    'PARTNER_SOURCED_CUSTOMER_RETENTION_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(retained_value / nullif(start_value, 0) as {{ type_double() }}) as value,
    cast(retained_value as {{ type_double() }}) as numerator,
    cast(start_value as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from shaped
