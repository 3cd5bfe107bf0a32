-- generated from definitions/object_models/sales_training_program.yml; do not edit
-- every aggregate KPIs read from SALES_TRAINING_PROGRAM by completed_at: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_sales_training_program') }}
    where completed_at is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'completed_at') }} as period_week,
        {{ period_start('month', 'completed_at') }} as period_month,
        {{ period_start('quarter', 'completed_at') }} as period_quarter,
        {{ period_start('year', 'completed_at') }} as period_year,
        cast(partner_id as {{ dbt.type_string() }}) as dim_partner,
        cast(product_id as {{ dbt.type_string() }}) as dim_product,
        cast(sales_rep_id as {{ dbt.type_string() }}) as dim_sales_rep,
        cast(team_id as {{ dbt.type_string() }}) as dim_sales_team
    from source_rows

),

aggregated as (

    select
        period_week,
        period_month,
        period_quarter,
        period_year,
        dim_partner,
        dim_product,
        dim_sales_rep,
        dim_sales_team,
        grouping(period_week) as grouping_week,
        grouping(period_month) as grouping_month,
        grouping(period_quarter) as grouping_quarter,
        grouping(period_year) as grouping_year,
        grouping(dim_partner) as grouping_dim_partner,
        grouping(dim_product) as grouping_dim_product,
        grouping(dim_sales_rep) as grouping_dim_sales_rep,
        grouping(dim_sales_team) as grouping_dim_sales_team,
        cast(sum(case when participant_type = 'rep' and status = 'completed' then hours end) as {{ type_double() }}) as sum_hours__participant_type_rep_and_status_completed,
        cast(sum(case when participant_type = 'rep' and status = 'completed' and attributed_benefit is not null and cost > 0 then attributed_benefit - cost end) as {{ type_double() }}) as sum_attributed_benefit_cost__participant_type_rep_a_3b638b0f,
        cast(sum(case when participant_type = 'rep' and status = 'completed' and attributed_benefit is not null and cost > 0 then cost end) as {{ type_double() }}) as sum_cost__participant_type_rep_and_status_completed_3e0eb31d,
        cast(sum(case when participant_type = 'partner' and post_training_sales_amount is not null then post_training_sales_amount end) as {{ type_double() }}) as sum_post_training_sales_amount__participant_type_pa_e065996c,
        cast(sum(case when participant_type = 'partner' and post_training_sales_amount is not null then pre_training_sales_amount end) as {{ type_double() }}) as sum_pre_training_sales_amount__participant_type_par_da4439c4,
        cast(count(distinct case when participant_type = 'rep' and status = 'completed' then sales_rep_id end) as {{ type_double() }}) as count_distinct_sales_rep_id__participant_type_rep_a_2dc1a012,
        cast(avg(case when participant_type = 'rep' and program_type = 'onboarding' and status = 'completed' then {{ days_between("enrolled_at", "completed_at") }} end) as {{ type_double() }}) as avg_days_between_enrolled_at_completed_at__particip_a126553e,
        cast(sum(case when participant_type = 'rep' and status = 'completed' then cost end) as {{ type_double() }}) as sum_cost__participant_type_rep_and_status_completed
    from bucketed
    group by grouping sets (
        (period_week),
        (period_week, dim_partner),
        (period_week, dim_product),
        (period_week, dim_sales_rep),
        (period_week, dim_sales_team),
        (period_month),
        (period_month, dim_partner),
        (period_month, dim_product),
        (period_month, dim_sales_rep),
        (period_month, dim_sales_team),
        (period_quarter),
        (period_quarter, dim_partner),
        (period_quarter, dim_product),
        (period_quarter, dim_sales_rep),
        (period_quarter, dim_sales_team),
        (period_year),
        (period_year, dim_partner),
        (period_year, dim_product),
        (period_year, dim_sales_rep),
        (period_year, dim_sales_team)
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
            when grouping_dim_product = 0 then 'PRODUCT'
            when grouping_dim_sales_rep = 0 then 'SALES_REP'
            when grouping_dim_sales_team = 0 then 'SALES_TEAM'
            else 'overall'
        end as dimension,
        case
            when grouping_dim_partner = 0 then coalesce(dim_partner, 'unknown')
            when grouping_dim_product = 0 then coalesce(dim_product, 'unknown')
            when grouping_dim_sales_rep = 0 then coalesce(dim_sales_rep, 'unknown')
            when grouping_dim_sales_team = 0 then coalesce(dim_sales_team, 'unknown')
            else 'all'
        end as dimension_value,
        sum_hours__participant_type_rep_and_status_completed,
        sum_attributed_benefit_cost__participant_type_rep_a_3b638b0f,
        sum_cost__participant_type_rep_and_status_completed_3e0eb31d,
        sum_post_training_sales_amount__participant_type_pa_e065996c,
        sum_pre_training_sales_amount__participant_type_par_da4439c4,
        count_distinct_sales_rep_id__participant_type_rep_a_2dc1a012,
        avg_days_between_enrolled_at_completed_at__particip_a126553e,
        sum_cost__participant_type_rep_and_status_completed
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
