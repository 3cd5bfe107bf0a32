-- generated from definitions/object_models/support_ticket.yml; do not edit
-- every aggregate KPIs read from SUPPORT_TICKET by opened_at: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_support_ticket') }}
    where opened_at is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'opened_at') }} as period_week,
        {{ period_start('month', 'opened_at') }} as period_month,
        {{ period_start('quarter', 'opened_at') }} as period_quarter,
        {{ period_start('year', 'opened_at') }} as period_year,
        cast(channel as {{ dbt.type_string() }}) as dim_channel,
        cast(customer_success_manager_id as {{ dbt.type_string() }}) as dim_csm,
        cast(partner_id as {{ dbt.type_string() }}) as dim_partner,
        cast(product_id as {{ dbt.type_string() }}) as dim_product,
        cast(segment_id as {{ dbt.type_string() }}) as dim_segment,
        case when first_response_at is not null then {{ hours_between("opened_at", "first_response_at") }} end as pct_input_1
    from source_rows

),

aggregated as (

    select
        period_week,
        period_month,
        period_quarter,
        period_year,
        dim_channel,
        dim_csm,
        dim_partner,
        dim_product,
        dim_segment,
        grouping(period_week) as grouping_week,
        grouping(period_month) as grouping_month,
        grouping(period_quarter) as grouping_quarter,
        grouping(period_year) as grouping_year,
        grouping(dim_channel) as grouping_dim_channel,
        grouping(dim_csm) as grouping_dim_csm,
        grouping(dim_partner) as grouping_dim_partner,
        grouping(dim_product) as grouping_dim_product,
        grouping(dim_segment) as grouping_dim_segment,
        cast(avg(case when first_response_at is not null then {{ hours_between("opened_at", "first_response_at") }} end) as {{ type_double() }}) as avg_hours_between_opened_at_first_response_at__firs_2d3a0efc,
        cast(count(case when category in ('technical_issue', 'bug') then 1 end) as {{ type_double() }}) as count_rows__category_in_technical_issue_bug,
        cast({{ percentile_agg('pct_input_1', 0.5) }} as {{ type_double() }}) as median_hours_between_opened_at_first_response_at__f_7776df4b,
        cast(avg(case when first_response_at is not null then power({{ hours_between("opened_at", "first_response_at") }}, 2) end) as {{ type_double() }}) as avg_power_hours_between_opened_at_first_response_at_e2b1d75f,
        cast(count(*) as {{ type_double() }}) as count_rows,
        cast(avg(case when partner_id is not null and resolved_at is not null then {{ hours_between("opened_at", "resolved_at") }} end) as {{ type_double() }}) as avg_hours_between_opened_at_resolved_at__partner_id_0debe30f,
        cast(avg(case when resolved_at is not null then {{ hours_between("opened_at", "resolved_at") }} end) as {{ type_double() }}) as avg_hours_between_opened_at_resolved_at__resolved_a_53bc5519
    from bucketed
    group by grouping sets (
        (period_week),
        (period_week, dim_channel),
        (period_week, dim_csm),
        (period_week, dim_partner),
        (period_week, dim_product),
        (period_week, dim_segment),
        (period_month),
        (period_month, dim_channel),
        (period_month, dim_csm),
        (period_month, dim_partner),
        (period_month, dim_product),
        (period_month, dim_segment),
        (period_quarter),
        (period_quarter, dim_channel),
        (period_quarter, dim_csm),
        (period_quarter, dim_partner),
        (period_quarter, dim_product),
        (period_quarter, dim_segment),
        (period_year),
        (period_year, dim_channel),
        (period_year, dim_csm),
        (period_year, dim_partner),
        (period_year, dim_product),
        (period_year, dim_segment)
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
            when grouping_dim_channel = 0 then 'CHANNEL'
            when grouping_dim_csm = 0 then 'CSM'
            when grouping_dim_partner = 0 then 'PARTNER'
            when grouping_dim_product = 0 then 'PRODUCT'
            when grouping_dim_segment = 0 then 'SEGMENT'
            else 'overall'
        end as dimension,
        case
            when grouping_dim_channel = 0 then coalesce(dim_channel, 'unknown')
            when grouping_dim_csm = 0 then coalesce(dim_csm, 'unknown')
            when grouping_dim_partner = 0 then coalesce(dim_partner, 'unknown')
            when grouping_dim_product = 0 then coalesce(dim_product, 'unknown')
            when grouping_dim_segment = 0 then coalesce(dim_segment, 'unknown')
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
