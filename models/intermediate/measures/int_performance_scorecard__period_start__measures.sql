-- generated from definitions/object_models/performance_scorecard.yml; do not edit
-- every aggregate KPIs read from PERFORMANCE_SCORECARD by period_start: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_performance_scorecard') }}
    where period_start is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'period_start') }} as period_week,
        {{ period_start('month', 'period_start') }} as period_month,
        {{ period_start('quarter', 'period_start') }} as period_quarter,
        {{ period_start('year', 'period_start') }} as period_year,
        cast(partner_id as {{ dbt.type_string() }}) as dim_partner,
        cast(sales_rep_id as {{ dbt.type_string() }}) as dim_sales_rep,
        cast(team_id as {{ dbt.type_string() }}) as dim_sales_team,
        cast(territory_id as {{ dbt.type_string() }}) as dim_territory
    from source_rows

),

aggregated as (

    select
        period_week,
        period_month,
        period_quarter,
        period_year,
        dim_partner,
        dim_sales_rep,
        dim_sales_team,
        dim_territory,
        grouping(period_week) as grouping_week,
        grouping(period_month) as grouping_month,
        grouping(period_quarter) as grouping_quarter,
        grouping(period_year) as grouping_year,
        grouping(dim_partner) as grouping_dim_partner,
        grouping(dim_sales_rep) as grouping_dim_sales_rep,
        grouping(dim_sales_team) as grouping_dim_sales_team,
        grouping(dim_territory) as grouping_dim_territory,
        cast(avg(case when subject_type = 'sales_rep' and period_type = 'month' then overall_score end) as {{ type_double() }}) as avg_overall_score__subject_type_sales_rep_and_perio_edb09354,
        cast(avg(case when subject_type = 'channel_partner' then activity_score end) as {{ type_double() }}) as avg_activity_score__subject_type_channel_partner,
        cast(avg(case when subject_type = 'channel_partner' then overall_score end) as {{ type_double() }}) as avg_overall_score__subject_type_channel_partner,
        cast(avg(case when subject_type = 'sales_rep' and period_type = 'month' then quota_attainment end) as {{ type_double() }}) as avg_quota_attainment__subject_type_sales_rep_and_pe_d25e3775,
        cast(count(case when subject_type = 'channel_partner' and partner_nps_response between 9 and 10 and period_type = 'quarter' then 1 end) as {{ type_double() }}) as count_rows__subject_type_channel_partner_and_partne_aeaf63b8,
        cast(count(case when subject_type = 'channel_partner' and partner_nps_response between 7 and 8 and period_type = 'quarter' then 1 end) as {{ type_double() }}) as count_rows__subject_type_channel_partner_and_partne_e3a684d4,
        cast(count(case when subject_type = 'channel_partner' and partner_nps_response between 0 and 6 and period_type = 'quarter' then 1 end) as {{ type_double() }}) as count_rows__subject_type_channel_partner_and_partne_58c76074,
        cast(count(case when subject_type = 'channel_partner' and is_program_compliant = true and period_type = 'quarter' then 1 end) as {{ type_double() }}) as count_rows__subject_type_channel_partner_and_is_pro_ac57f76f,
        cast(count(case when subject_type = 'channel_partner' and is_program_compliant is not null and period_type = 'quarter' then 1 end) as {{ type_double() }}) as count_rows__subject_type_channel_partner_and_is_pro_4ecbfbaa,
        cast(avg(case when subject_type = 'channel_partner' and period_type = 'quarter' and score_change_vs_prior is not null then score_change_vs_prior end) as {{ type_double() }}) as avg_score_change_vs_prior__subject_type_channel_par_9e020a37,
        cast(avg(case when subject_type = 'channel_partner' and partner_satisfaction_score is not null then partner_satisfaction_score end) as {{ type_double() }}) as avg_partner_satisfaction_score__subject_type_channe_75d0040c,
        cast(sum(case when subject_type = 'sales_rep' and period_type = 'month' and bookings_amount is not null then bookings_amount end) as {{ type_double() }}) as sum_bookings_amount__subject_type_sales_rep_and_per_73172dc0,
        cast(sum(case when subject_type = 'sales_rep' and period_type = 'month' and bookings_amount is not null then incentive_compensation_amount end) as {{ type_double() }}) as sum_incentive_compensation_amount__subject_type_sal_405be1c0,
        cast(sum(case when subject_type = 'sales_rep' and period_type = 'month' and working_hours > 0 then working_hours end) as {{ type_double() }}) as sum_working_hours__subject_type_sales_rep_and_perio_70a78adc,
        cast(sum(case when subject_type = 'sales_rep' and period_type = 'month' and working_hours > 0 then selling_hours end) as {{ type_double() }}) as sum_selling_hours__subject_type_sales_rep_and_perio_d79a2ef8
    from bucketed
    group by grouping sets (
        (period_week),
        (period_week, dim_partner),
        (period_week, dim_sales_rep),
        (period_week, dim_sales_team),
        (period_week, dim_territory),
        (period_month),
        (period_month, dim_partner),
        (period_month, dim_sales_rep),
        (period_month, dim_sales_team),
        (period_month, dim_territory),
        (period_quarter),
        (period_quarter, dim_partner),
        (period_quarter, dim_sales_rep),
        (period_quarter, dim_sales_team),
        (period_quarter, dim_territory),
        (period_year),
        (period_year, dim_partner),
        (period_year, dim_sales_rep),
        (period_year, dim_sales_team),
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
            when grouping_dim_partner = 0 then 'PARTNER'
            when grouping_dim_sales_rep = 0 then 'SALES_REP'
            when grouping_dim_sales_team = 0 then 'SALES_TEAM'
            when grouping_dim_territory = 0 then 'TERRITORY'
            else 'overall'
        end as dimension,
        case
            when grouping_dim_partner = 0 then coalesce(dim_partner, 'unknown')
            when grouping_dim_sales_rep = 0 then coalesce(dim_sales_rep, 'unknown')
            when grouping_dim_sales_team = 0 then coalesce(dim_sales_team, 'unknown')
            when grouping_dim_territory = 0 then coalesce(dim_territory, 'unknown')
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
