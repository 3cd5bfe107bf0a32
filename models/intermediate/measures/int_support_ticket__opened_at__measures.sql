-- generated from definitions/object_models/support_ticket.yml; do not edit
-- every aggregate KPIs read from SUPPORT_TICKET by opened_at: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_support_ticket') }}
    where opened_at is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'opened_at') }} as _period_week,
        {{ period_start('month', 'opened_at') }} as _period_month,
        {{ period_start('quarter', 'opened_at') }} as _period_quarter,
        {{ period_start('year', 'opened_at') }} as _period_year,
        cast(channel as {{ dbt.type_string() }}) as _dim_channel,
        cast(customer_success_manager_id as {{ dbt.type_string() }}) as _dim_csm,
        cast(partner_id as {{ dbt.type_string() }}) as _dim_partner,
        cast(product_id as {{ dbt.type_string() }}) as _dim_product,
        cast(segment_id as {{ dbt.type_string() }}) as _dim_segment,
        case when first_response_at is not null then {{ hours_between("opened_at", "first_response_at") }} end as _pct_input_1
    from source_rows

),

aggregated as (

    select
        _period_week,
        _period_month,
        _period_quarter,
        _period_year,
        _dim_channel,
        _dim_csm,
        _dim_partner,
        _dim_product,
        _dim_segment,
        grouping(_period_week) as _grouping_period_week,
        grouping(_period_month) as _grouping_period_month,
        grouping(_period_quarter) as _grouping_period_quarter,
        grouping(_period_year) as _grouping_period_year,
        grouping(_dim_channel) as _grouping_dim_channel,
        grouping(_dim_csm) as _grouping_dim_csm,
        grouping(_dim_partner) as _grouping_dim_partner,
        grouping(_dim_product) as _grouping_dim_product,
        grouping(_dim_segment) as _grouping_dim_segment,
        cast(avg(cast(case when first_response_at is not null then {{ hours_between("opened_at", "first_response_at") }} end as {{ type_double() }})) as {{ type_double() }}) as avg_hours_between_opened_at_first_response_at__firs_2d3a0efc,
        cast(count(case when category in ('technical_issue', 'bug') then 1 end) as {{ type_double() }}) as count_rows__category_in_technical_issue_bug,
        cast({{ percentile_agg('_pct_input_1', 0.5) }} as {{ type_double() }}) as median_hours_between_opened_at_first_response_at__f_7776df4b,
        cast(avg(cast(case when first_response_at is not null then power({{ hours_between("opened_at", "first_response_at") }}, 2) end as {{ type_double() }})) as {{ type_double() }}) as avg_power_hours_between_opened_at_first_response_at_e2b1d75f,
        cast(count(*) as {{ type_double() }}) as count_rows,
        cast(avg(cast(case when partner_id is not null and resolved_at is not null then {{ hours_between("opened_at", "resolved_at") }} end as {{ type_double() }})) as {{ type_double() }}) as avg_hours_between_opened_at_resolved_at__partner_id_0debe30f,
        cast(avg(cast(case when resolved_at is not null then {{ hours_between("opened_at", "resolved_at") }} end as {{ type_double() }})) as {{ type_double() }}) as avg_hours_between_opened_at_resolved_at__resolved_a_53bc5519
    from bucketed
    group by grouping sets (
        (_period_week),
        (_period_week, _dim_channel),
        (_period_week, _dim_csm),
        (_period_week, _dim_partner),
        (_period_week, _dim_product),
        (_period_week, _dim_segment),
        (_period_month),
        (_period_month, _dim_channel),
        (_period_month, _dim_csm),
        (_period_month, _dim_partner),
        (_period_month, _dim_product),
        (_period_month, _dim_segment),
        (_period_quarter),
        (_period_quarter, _dim_channel),
        (_period_quarter, _dim_csm),
        (_period_quarter, _dim_partner),
        (_period_quarter, _dim_product),
        (_period_quarter, _dim_segment),
        (_period_year),
        (_period_year, _dim_channel),
        (_period_year, _dim_csm),
        (_period_year, _dim_partner),
        (_period_year, _dim_product),
        (_period_year, _dim_segment)
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
            when _grouping_dim_channel = 0 then 'CHANNEL'
            when _grouping_dim_csm = 0 then 'CSM'
            when _grouping_dim_partner = 0 then 'PARTNER'
            when _grouping_dim_product = 0 then 'PRODUCT'
            when _grouping_dim_segment = 0 then 'SEGMENT'
            else 'overall'
        end as dimension,
        case
            when _grouping_dim_channel = 0 then coalesce(_dim_channel, 'unknown')
            when _grouping_dim_csm = 0 then coalesce(_dim_csm, 'unknown')
            when _grouping_dim_partner = 0 then coalesce(_dim_partner, 'unknown')
            when _grouping_dim_product = 0 then coalesce(_dim_product, 'unknown')
            when _grouping_dim_segment = 0 then coalesce(_dim_segment, 'unknown')
            else 'all'
        end as dimension_value,
        avg_hours_between_opened_at_first_response_at__firs_2d3a0efc,
        count_rows__category_in_technical_issue_bug,
        median_hours_between_opened_at_first_response_at__f_7776df4b,
        avg_power_hours_between_opened_at_first_response_at_e2b1d75f,
        count_rows,
        avg_hours_between_opened_at_resolved_at__partner_id_0debe30f,
        avg_hours_between_opened_at_resolved_at__resolved_a_53bc5519
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
