-- generated from definitions/kpis/net_revenue_retention.yml; do not edit
-- Net Revenue Retention (NRR): closed cohort of customers with MRR at period start: Σ their MRR at period end ÷ Σ their MRR at period start (= (start + expansion − contraction − churn) ÷ start; new customers excluded from numerator and denominator). The year grain gives the investor-standard 12-month NRR; shorter grains give monthly/quarterly NRR

with source_rows as (

    select
        customer_id as entity_key,
        start_date as valid_from,
        end_date as valid_to,
        mrr as entity_amount,
        cast(customer_success_manager_id as {{ dbt.type_string() }}) as _dim_csm,
        cast(partner_id as {{ dbt.type_string() }}) as _dim_partner,
        cast(product_id as {{ dbt.type_string() }}) as _dim_product,
        cast(segment_id as {{ dbt.type_string() }}) as _dim_segment
    from {{ ref('stg_subscription') }}
    where customer_id is not null
        and start_date is not null

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
        sum(source_rows.entity_amount) as start_value,
        min(source_rows._dim_csm) as _dim_csm,
        min(source_rows._dim_partner) as _dim_partner,
        min(source_rows._dim_product) as _dim_product,
        min(source_rows._dim_segment) as _dim_segment
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
        sum(source_rows.entity_amount) as end_value
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
        at_start._dim_partner,
        at_start._dim_product,
        at_start._dim_segment
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
        _dim_partner,
        _dim_product,
        _dim_segment,
        grouping(_dim_csm) as _grouping_dim_csm,
        grouping(_dim_partner) as _grouping_dim_partner,
        grouping(_dim_product) as _grouping_dim_product,
        grouping(_dim_segment) as _grouping_dim_segment,
        cast(sum(retained_value) as {{ type_double() }}) as retained_value,
        cast(sum(start_value) as {{ type_double() }}) as start_value
    from cohort
    group by grouping sets (
        (_grain, _period_start),
        (_grain, _period_start, _dim_csm),
        (_grain, _period_start, _dim_partner),
        (_grain, _period_start, _dim_product),
        (_grain, _period_start, _dim_segment)
    )

),

shaped as (

    select
        _grain as grain,
        _period_start as period_start,
        case
            when _grouping_dim_csm = 0 then 'CSM'
            when _grouping_dim_partner = 0 then 'PARTNER'
            when _grouping_dim_product = 0 then 'PRODUCT'
            when _grouping_dim_segment = 0 then 'SEGMENT'
            else 'overall'
        end as dimension,
        case
            when _grouping_dim_csm = 0 then coalesce(_dim_csm, 'unknown')
            when _grouping_dim_partner = 0 then coalesce(_dim_partner, 'unknown')
            when _grouping_dim_product = 0 then coalesce(_dim_product, 'unknown')
            when _grouping_dim_segment = 0 then coalesce(_dim_segment, 'unknown')
            else 'all'
        end as dimension_value,
        retained_value,
        start_value
    from aggregated

)

select
    'NET_REVENUE_RETENTION' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(retained_value / nullif(start_value, 0) as {{ type_double() }}) as value,
    cast(retained_value as {{ type_double() }}) as numerator,
    cast(start_value as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from shaped
