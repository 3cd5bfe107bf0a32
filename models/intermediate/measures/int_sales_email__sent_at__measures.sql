-- generated from definitions/object_models/sales_email.yml; do not edit
-- every aggregate KPIs read from SALES_EMAIL by sent_at: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_sales_email') }}
    where sent_at is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'sent_at') }} as _period_week,
        {{ period_start('month', 'sent_at') }} as _period_month,
        {{ period_start('quarter', 'sent_at') }} as _period_quarter,
        {{ period_start('year', 'sent_at') }} as _period_year,
        cast(sales_rep_id as {{ dbt.type_string() }}) as _dim_sales_rep,
        cast(team_id as {{ dbt.type_string() }}) as _dim_sales_team
    from source_rows

),

aggregated as (

    select
        _period_week,
        _period_month,
        _period_quarter,
        _period_year,
        _dim_sales_rep,
        _dim_sales_team,
        grouping(_period_week) as _grouping_period_week,
        grouping(_period_month) as _grouping_period_month,
        grouping(_period_quarter) as _grouping_period_quarter,
        grouping(_period_year) as _grouping_period_year,
        grouping(_dim_sales_rep) as _grouping_dim_sales_rep,
        grouping(_dim_sales_team) as _grouping_dim_sales_team,
        cast(count(distinct sales_content_id) as {{ type_double() }}) as count_distinct_sales_content_id__sales_content_id_i_4ddcdda4,
        cast(count(case when sales_content_type = 'case_study' then 1 end) as {{ type_double() }}) as count_rows__sales_content_type_case_study,
        cast(count(*) as {{ type_double() }}) as count_rows,
        cast(count(case when is_automated = false then 1 end) as {{ type_double() }}) as count_rows__is_automated_false,
        cast(count(case when bounced = false and clicked_at is not null then 1 end) as {{ type_double() }}) as count_rows__bounced_false_and_clicked_at_is_not_null,
        cast(count(case when bounced = false then 1 end) as {{ type_double() }}) as count_rows__bounced_false,
        cast(count(case when bounced = false and opened_at is not null then 1 end) as {{ type_double() }}) as count_rows__bounced_false_and_opened_at_is_not_null,
        cast(count(case when sales_content_id is not null then 1 end) as {{ type_double() }}) as count_rows__sales_content_id_is_not_null,
        cast(count(case when bounced = false and replied_at is not null and rep_role in ('sdr', 'bdr') then 1 end) as {{ type_double() }}) as count_rows__bounced_false_and_replied_at_is_not_nul_f02e35fd,
        cast(count(case when bounced = false and rep_role in ('sdr', 'bdr') then 1 end) as {{ type_double() }}) as count_rows__bounced_false_and_rep_role_in_sdr_bdr
    from bucketed
    group by grouping sets (
        (_period_week),
        (_period_week, _dim_sales_rep),
        (_period_week, _dim_sales_team),
        (_period_month),
        (_period_month, _dim_sales_rep),
        (_period_month, _dim_sales_team),
        (_period_quarter),
        (_period_quarter, _dim_sales_rep),
        (_period_quarter, _dim_sales_team),
        (_period_year),
        (_period_year, _dim_sales_rep),
        (_period_year, _dim_sales_team)
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
            when _grouping_dim_sales_rep = 0 then 'SALES_REP'
            when _grouping_dim_sales_team = 0 then 'SALES_TEAM'
            else 'overall'
        end as dimension,
        case
            when _grouping_dim_sales_rep = 0 then coalesce(_dim_sales_rep, 'unknown')
            when _grouping_dim_sales_team = 0 then coalesce(_dim_sales_team, 'unknown')
            else 'all'
        end as dimension_value,
        count_distinct_sales_content_id__sales_content_id_i_4ddcdda4,
        count_rows__sales_content_type_case_study,
        count_rows,
        count_rows__is_automated_false,
        count_rows__bounced_false_and_clicked_at_is_not_null,
        count_rows__bounced_false,
        count_rows__bounced_false_and_opened_at_is_not_null,
        count_rows__sales_content_id_is_not_null,
        count_rows__bounced_false_and_replied_at_is_not_nul_f02e35fd,
        count_rows__bounced_false_and_rep_role_in_sdr_bdr
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
