-- generated from definitions/object_models/enablement_feedback.yml; do not edit
-- every aggregate KPIs read from ENABLEMENT_FEEDBACK by submitted_at: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_enablement_feedback') }}
    where submitted_at is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'submitted_at') }} as _period_week,
        {{ period_start('month', 'submitted_at') }} as _period_month,
        {{ period_start('quarter', 'submitted_at') }} as _period_quarter,
        {{ period_start('year', 'submitted_at') }} as _period_year,
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
        cast(avg(cast(case when item_type = 'coaching_session' and rating is not null then rating end as {{ type_double() }})) as {{ type_double() }}) as avg_rating__item_type_coaching_session_and_rating_i_11165b86,
        cast(avg(cast(rating as {{ type_double() }})) as {{ type_double() }}) as avg_rating__rating_is_not_null,
        cast(count(case when rating >= 4 then 1 end) as {{ type_double() }}) as count_rows__rating_gte_4,
        cast(count(case when rating is not null then 1 end) as {{ type_double() }}) as count_rows__rating_is_not_null,
        cast(count(*) as {{ type_double() }}) as count_rows,
        cast(count(case when comment_sentiment = 'negative' then 1 end) as {{ type_double() }}) as count_rows__comment_sentiment_negative,
        cast(count(case when comment_sentiment is not null then 1 end) as {{ type_double() }}) as count_rows__comment_sentiment_is_not_null,
        cast(count(case when nps_score between 9 and 10 then 1 end) as {{ type_double() }}) as count_rows__nps_score_between_9_and_10,
        cast(count(case when nps_score between 7 and 8 then 1 end) as {{ type_double() }}) as count_rows__nps_score_between_7_and_8,
        cast(count(case when nps_score between 0 and 6 then 1 end) as {{ type_double() }}) as count_rows__nps_score_between_0_and_6,
        cast(avg(cast(relevance_rating as {{ type_double() }})) as {{ type_double() }}) as avg_relevance_rating__relevance_rating_is_not_null,
        cast(avg(cast(case when item_type = 'training' and confidence_before is not null and confidence_after is not null then confidence_after end as {{ type_double() }})) as {{ type_double() }}) as avg_confidence_after__item_type_training_and_confid_285e1e79,
        cast(avg(cast(case when item_type = 'training' and confidence_before is not null and confidence_after is not null then confidence_before end as {{ type_double() }})) as {{ type_double() }}) as avg_confidence_before__item_type_training_and_confi_7403258e,
        cast(avg(cast(case when item_type = 'training' and training_program_type = 'onboarding' and rating is not null then rating end as {{ type_double() }})) as {{ type_double() }}) as avg_rating__item_type_training_and_training_program_a02b7858,
        cast(avg(cast(case when item_type = 'training' and morale_rating is not null then morale_rating end as {{ type_double() }})) as {{ type_double() }}) as avg_morale_rating__item_type_training_and_morale_ra_3ecc1527,
        cast(avg(cast(case when item_type = 'training' and rating is not null then rating end as {{ type_double() }})) as {{ type_double() }}) as avg_rating__item_type_training_and_rating_is_not_null,
        cast(avg(cast(case when item_type = 'training' and relevance_rating is not null then relevance_rating end as {{ type_double() }})) as {{ type_double() }}) as avg_relevance_rating__item_type_training_and_releva_cb5be81b,
        cast(count(case when item_type = 'training' and rating >= 4 then 1 end) as {{ type_double() }}) as count_rows__item_type_training_and_rating_gte_4,
        cast(count(case when item_type = 'training' and rating is not null then 1 end) as {{ type_double() }}) as count_rows__item_type_training_and_rating_is_not_null
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
        avg_rating__item_type_coaching_session_and_rating_i_11165b86,
        avg_rating__rating_is_not_null,
        count_rows__rating_gte_4,
        count_rows__rating_is_not_null,
        count_rows,
        count_rows__comment_sentiment_negative,
        count_rows__comment_sentiment_is_not_null,
        count_rows__nps_score_between_9_and_10,
        count_rows__nps_score_between_7_and_8,
        count_rows__nps_score_between_0_and_6,
        avg_relevance_rating__relevance_rating_is_not_null,
        avg_confidence_after__item_type_training_and_confid_285e1e79,
        avg_confidence_before__item_type_training_and_confi_7403258e,
        avg_rating__item_type_training_and_training_program_a02b7858,
        avg_morale_rating__item_type_training_and_morale_ra_3ecc1527,
        avg_rating__item_type_training_and_rating_is_not_null,
        avg_relevance_rating__item_type_training_and_releva_cb5be81b,
        count_rows__item_type_training_and_rating_gte_4,
        count_rows__item_type_training_and_rating_is_not_null
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
