-- generated from definitions/object_models/performance_scorecard.yml; do not edit
-- every aggregate KPIs read from PERFORMANCE_SCORECARD by period_start: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_performance_scorecard') }}
    where period_start is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'period_start') }} as _period_week,
        {{ period_start('month', 'period_start') }} as _period_month,
        {{ period_start('quarter', 'period_start') }} as _period_quarter,
        {{ period_start('year', 'period_start') }} as _period_year,
        cast(partner_id as {{ dbt.type_string() }}) as _dim_partner,
        cast(sales_rep_id as {{ dbt.type_string() }}) as _dim_sales_rep,
        cast(team_id as {{ dbt.type_string() }}) as _dim_sales_team,
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
        _dim_sales_rep,
        _dim_sales_team,
        _dim_territory,
        grouping(_period_week) as _grouping_period_week,
        grouping(_period_month) as _grouping_period_month,
        grouping(_period_quarter) as _grouping_period_quarter,
        grouping(_period_year) as _grouping_period_year,
        grouping(_dim_partner) as _grouping_dim_partner,
        grouping(_dim_sales_rep) as _grouping_dim_sales_rep,
        grouping(_dim_sales_team) as _grouping_dim_sales_team,
        grouping(_dim_territory) as _grouping_dim_territory,
        cast(avg(cast(case when subject_type = 'sales_rep' and period_type = 'month' then overall_score end as {{ type_double() }})) as {{ type_double() }}) as avg_overall_score__subject_type_sales_rep_and_perio_edb09354,
        cast(avg(cast(case when subject_type = 'channel_partner' then activity_score end as {{ type_double() }})) as {{ type_double() }}) as avg_activity_score__subject_type_channel_partner,
        cast(avg(cast(case when subject_type = 'channel_partner' then overall_score end as {{ type_double() }})) as {{ type_double() }}) as avg_overall_score__subject_type_channel_partner,
        cast(avg(cast(case when subject_type = 'sales_rep' and period_type = 'month' then quota_attainment end as {{ type_double() }})) as {{ type_double() }}) as avg_quota_attainment__subject_type_sales_rep_and_pe_d25e3775,
        cast(count(case when subject_type = 'channel_partner' and partner_nps_response between 9 and 10 and period_type = 'quarter' then 1 end) as {{ type_double() }}) as count_rows__subject_type_channel_partner_and_partne_aeaf63b8,
        cast(count(case when subject_type = 'channel_partner' and partner_nps_response between 7 and 8 and period_type = 'quarter' then 1 end) as {{ type_double() }}) as count_rows__subject_type_channel_partner_and_partne_e3a684d4,
        cast(count(case when subject_type = 'channel_partner' and partner_nps_response between 0 and 6 and period_type = 'quarter' then 1 end) as {{ type_double() }}) as count_rows__subject_type_channel_partner_and_partne_58c76074,
        cast(count(case when subject_type = 'channel_partner' and is_program_compliant = true and period_type = 'quarter' then 1 end) as {{ type_double() }}) as count_rows__subject_type_channel_partner_and_is_pro_ac57f76f,
        cast(count(case when subject_type = 'channel_partner' and is_program_compliant is not null and period_type = 'quarter' then 1 end) as {{ type_double() }}) as count_rows__subject_type_channel_partner_and_is_pro_4ecbfbaa,
        cast(avg(cast(case when subject_type = 'channel_partner' and period_type = 'quarter' and score_change_vs_prior is not null then score_change_vs_prior end as {{ type_double() }})) as {{ type_double() }}) as avg_score_change_vs_prior__subject_type_channel_par_9e020a37,
        cast(avg(cast(case when subject_type = 'channel_partner' and partner_satisfaction_score is not null then partner_satisfaction_score end as {{ type_double() }})) as {{ type_double() }}) as avg_partner_satisfaction_score__subject_type_channe_75d0040c,
        cast(sum(case when subject_type = 'sales_rep' and period_type = 'month' and bookings_amount is not null then bookings_amount end) as {{ type_double() }}) as sum_bookings_amount__subject_type_sales_rep_and_per_73172dc0,
        cast(sum(case when subject_type = 'sales_rep' and period_type = 'month' and bookings_amount is not null then incentive_compensation_amount end) as {{ type_double() }}) as sum_incentive_compensation_amount__subject_type_sal_405be1c0,
        cast(sum(case when subject_type = 'sales_rep' and period_type = 'month' and working_hours > 0 then working_hours end) as {{ type_double() }}) as sum_working_hours__subject_type_sales_rep_and_perio_70a78adc,
        cast(sum(case when subject_type = 'sales_rep' and period_type = 'month' and working_hours > 0 then selling_hours end) as {{ type_double() }}) as sum_selling_hours__subject_type_sales_rep_and_perio_d79a2ef8
    from bucketed
    group by grouping sets (
        (_period_week),
        (_period_week, _dim_partner),
        (_period_week, _dim_sales_rep),
        (_period_week, _dim_sales_team),
        (_period_week, _dim_territory),
        (_period_month),
        (_period_month, _dim_partner),
        (_period_month, _dim_sales_rep),
        (_period_month, _dim_sales_team),
        (_period_month, _dim_territory),
        (_period_quarter),
        (_period_quarter, _dim_partner),
        (_period_quarter, _dim_sales_rep),
        (_period_quarter, _dim_sales_team),
        (_period_quarter, _dim_territory),
        (_period_year),
        (_period_year, _dim_partner),
        (_period_year, _dim_sales_rep),
        (_period_year, _dim_sales_team),
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
            when _grouping_dim_sales_rep = 0 then 'SALES_REP'
            when _grouping_dim_sales_team = 0 then 'SALES_TEAM'
            when _grouping_dim_territory = 0 then 'TERRITORY'
            else 'overall'
        end as dimension,
        case
            when _grouping_dim_partner = 0 then coalesce(_dim_partner, 'unknown')
            when _grouping_dim_sales_rep = 0 then coalesce(_dim_sales_rep, 'unknown')
            when _grouping_dim_sales_team = 0 then coalesce(_dim_sales_team, 'unknown')
            when _grouping_dim_territory = 0 then coalesce(_dim_territory, 'unknown')
            else 'all'
        end as dimension_value,
        avg_overall_score__subject_type_sales_rep_and_perio_edb09354,
        avg_activity_score__subject_type_channel_partner,
        avg_overall_score__subject_type_channel_partner,
        avg_quota_attainment__subject_type_sales_rep_and_pe_d25e3775,
        count_rows__subject_type_channel_partner_and_partne_aeaf63b8,
        count_rows__subject_type_channel_partner_and_partne_e3a684d4,
        count_rows__subject_type_channel_partner_and_partne_58c76074,
        count_rows__subject_type_channel_partner_and_is_pro_ac57f76f,
        count_rows__subject_type_channel_partner_and_is_pro_4ecbfbaa,
        avg_score_change_vs_prior__subject_type_channel_par_9e020a37,
        avg_partner_satisfaction_score__subject_type_channe_75d0040c,
        sum_bookings_amount__subject_type_sales_rep_and_per_73172dc0,
        sum_incentive_compensation_amount__subject_type_sal_405be1c0,
        sum_working_hours__subject_type_sales_rep_and_perio_70a78adc,
        sum_selling_hours__subject_type_sales_rep_and_perio_d79a2ef8
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
