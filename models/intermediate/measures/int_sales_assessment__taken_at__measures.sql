-- generated from definitions/object_models/sales_assessment.yml; do not edit
-- every aggregate KPIs read from SALES_ASSESSMENT by taken_at: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_sales_assessment') }}
    where taken_at is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'taken_at') }} as _period_week,
        {{ period_start('month', 'taken_at') }} as _period_month,
        {{ period_start('quarter', 'taken_at') }} as _period_quarter,
        {{ period_start('year', 'taken_at') }} as _period_year,
        cast(product_id as {{ dbt.type_string() }}) as _dim_product,
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
        _dim_product,
        _dim_sales_rep,
        _dim_sales_team,
        grouping(_period_week) as _grouping_period_week,
        grouping(_period_month) as _grouping_period_month,
        grouping(_period_quarter) as _grouping_period_quarter,
        grouping(_period_year) as _grouping_period_year,
        grouping(_dim_product) as _grouping_dim_product,
        grouping(_dim_sales_rep) as _grouping_dim_sales_rep,
        grouping(_dim_sales_team) as _grouping_dim_sales_team,
        cast(count(*) as {{ type_double() }}) as count_rows,
        cast(count(case when passed = true then 1 end) as {{ type_double() }}) as count_rows__passed_true,
        cast(avg(cast(score as {{ type_double() }})) as {{ type_double() }}) as avg_score,
        cast(count(case when assessment_phase = 'post_training' and skill_applied_on_job = true then 1 end) as {{ type_double() }}) as count_rows__assessment_phase_post_training_and_skil_2057e808,
        cast(count(case when assessment_phase = 'post_training' and skill_applied_on_job is not null then 1 end) as {{ type_double() }}) as count_rows__assessment_phase_post_training_and_skil_cc6c3a02,
        cast(avg(cast(case when assessment_type = 'call_scorecard' then score end as {{ type_double() }})) as {{ type_double() }}) as avg_score__assessment_type_call_scorecard,
        cast(count(case when assessment_type = 'certification_exam' and passed = true then 1 end) as {{ type_double() }}) as count_rows__assessment_type_certification_exam_and_2e1467f3,
        cast(count(case when assessment_type = 'certification_exam' then 1 end) as {{ type_double() }}) as count_rows__assessment_type_certification_exam,
        cast(avg(cast(case when assessment_phase = 'pre_training' then score end as {{ type_double() }})) as {{ type_double() }}) as avg_score__assessment_phase_pre_training,
        cast(avg(cast(case when assessment_phase = 'post_training' and assessment_type <> 'certification_exam' then score end as {{ type_double() }})) as {{ type_double() }}) as avg_score__assessment_phase_post_training_and_asses_914e8580,
        cast(avg(cast(case when skill_area = 'competitive_knowledge' then cast(score as {{ type_double() }}) / nullif(100.0, 0) end as {{ type_double() }})) as {{ type_double() }}) as avg_score_100_0__skill_area_competitive_knowledge,
        cast(avg(cast(case when assessment_phase = 'post_training' then score end as {{ type_double() }})) as {{ type_double() }}) as avg_score__assessment_phase_post_training,
        cast(count(case when assessment_phase = 'post_training' and attempt_number = 1 and passed = true then 1 end) as {{ type_double() }}) as count_rows__assessment_phase_post_training_and_atte_208b43ca,
        cast(count(case when assessment_phase = 'post_training' then 1 end) as {{ type_double() }}) as count_rows__assessment_phase_post_training,
        cast(avg(cast(case when skill_area = 'product_knowledge' and assessment_type in ('quiz', 'certification_exam') then cast(score as {{ type_double() }}) / nullif(100.0, 0) end as {{ type_double() }})) as {{ type_double() }}) as avg_score_100_0__skill_area_product_knowledge_and_a_5c37ee88,
        cast(count(case when skill_area = 'product_knowledge' and assessment_type = 'quiz' and passed = true then 1 end) as {{ type_double() }}) as count_rows__skill_area_product_knowledge_and_assess_c83fe72b,
        cast(count(case when skill_area = 'product_knowledge' and assessment_type = 'quiz' then 1 end) as {{ type_double() }}) as count_rows__skill_area_product_knowledge_and_assess_98609c28,
        cast(avg(cast(case when skill_area = 'messaging' then cast(score as {{ type_double() }}) / nullif(100.0, 0) end as {{ type_double() }})) as {{ type_double() }}) as avg_score_100_0__skill_area_messaging
    from bucketed
    group by grouping sets (
        (_period_week),
        (_period_week, _dim_product),
        (_period_week, _dim_sales_rep),
        (_period_week, _dim_sales_team),
        (_period_month),
        (_period_month, _dim_product),
        (_period_month, _dim_sales_rep),
        (_period_month, _dim_sales_team),
        (_period_quarter),
        (_period_quarter, _dim_product),
        (_period_quarter, _dim_sales_rep),
        (_period_quarter, _dim_sales_team),
        (_period_year),
        (_period_year, _dim_product),
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
            when _grouping_dim_product = 0 then 'PRODUCT'
            when _grouping_dim_sales_rep = 0 then 'SALES_REP'
            when _grouping_dim_sales_team = 0 then 'SALES_TEAM'
            else 'overall'
        end as dimension,
        case
            when _grouping_dim_product = 0 then coalesce(_dim_product, 'unknown')
            when _grouping_dim_sales_rep = 0 then coalesce(_dim_sales_rep, 'unknown')
            when _grouping_dim_sales_team = 0 then coalesce(_dim_sales_team, 'unknown')
            else 'all'
        end as dimension_value,
        count_rows,
        count_rows__passed_true,
        avg_score,
        count_rows__assessment_phase_post_training_and_skil_2057e808,
        count_rows__assessment_phase_post_training_and_skil_cc6c3a02,
        avg_score__assessment_type_call_scorecard,
        count_rows__assessment_type_certification_exam_and_2e1467f3,
        count_rows__assessment_type_certification_exam,
        avg_score__assessment_phase_pre_training,
        avg_score__assessment_phase_post_training_and_asses_914e8580,
        avg_score_100_0__skill_area_competitive_knowledge,
        avg_score__assessment_phase_post_training,
        count_rows__assessment_phase_post_training_and_atte_208b43ca,
        count_rows__assessment_phase_post_training,
        avg_score_100_0__skill_area_product_knowledge_and_a_5c37ee88,
        count_rows__skill_area_product_knowledge_and_assess_c83fe72b,
        count_rows__skill_area_product_knowledge_and_assess_98609c28,
        avg_score_100_0__skill_area_messaging
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
