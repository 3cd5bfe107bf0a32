-- generated from definitions/object_models/performance_scorecard.yml; do not edit
-- Performance Scorecard: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'PERFORMANCE_SCORECARD'

),

ranked as (

    select
        data_values,
        loaded_at as _loaded_at,
        row_number() over (
            partition by code order by loaded_at desc, line_number desc nulls last
        ) as version_rank
    from source_rows

),

typed as (

    select
        cast({{ json_attribute('data_values', 'performance_scorecard_id') }} as {{ attribute_type('string') }}) as performance_scorecard_id,
        cast({{ json_attribute('data_values', 'subject_type') }} as {{ attribute_type('enum') }}) as subject_type,
        cast({{ json_attribute('data_values', 'sales_rep_id') }} as {{ attribute_type('string') }}) as sales_rep_id,
        cast({{ json_attribute('data_values', 'partner_id') }} as {{ attribute_type('string') }}) as partner_id,
        cast({{ json_attribute('data_values', 'team_id') }} as {{ attribute_type('string') }}) as team_id,
        cast({{ json_attribute('data_values', 'territory_id') }} as {{ attribute_type('string') }}) as territory_id,
        cast({{ json_attribute('data_values', 'reviewer_rep_id') }} as {{ attribute_type('string') }}) as reviewer_rep_id,
        cast({{ json_attribute('data_values', 'rep_role') }} as {{ attribute_type('enum') }}) as rep_role,
        cast({{ json_attribute('data_values', 'period_type') }} as {{ attribute_type('enum') }}) as period_type,
        cast({{ json_attribute('data_values', 'period_start') }} as {{ attribute_type('date') }}) as period_start,
        cast({{ json_attribute('data_values', 'period_end') }} as {{ attribute_type('date') }}) as period_end,
        cast({{ json_attribute('data_values', 'published_at') }} as {{ attribute_type('timestamp') }}) as published_at,
        cast({{ json_attribute('data_values', 'overall_score') }} as {{ attribute_type('decimal') }}) as overall_score,
        cast({{ json_attribute('data_values', 'quota_amount') }} as {{ attribute_type('decimal') }}) as quota_amount,
        cast({{ json_attribute('data_values', 'bookings_amount') }} as {{ attribute_type('decimal') }}) as bookings_amount,
        cast({{ json_attribute('data_values', 'quota_attainment') }} as {{ attribute_type('decimal') }}) as quota_attainment,
        cast({{ json_attribute('data_values', 'is_at_or_above_quota') }} as {{ attribute_type('boolean') }}) as is_at_or_above_quota,
        cast({{ json_attribute('data_values', 'win_rate') }} as {{ attribute_type('decimal') }}) as win_rate,
        cast({{ json_attribute('data_values', 'pipeline_generated_amount') }} as {{ attribute_type('decimal') }}) as pipeline_generated_amount,
        cast({{ json_attribute('data_values', 'activity_score') }} as {{ attribute_type('decimal') }}) as activity_score,
        cast({{ json_attribute('data_values', 'skill_score') }} as {{ attribute_type('decimal') }}) as skill_score,
        cast({{ json_attribute('data_values', 'rank') }} as {{ attribute_type('integer') }}) as rank,
        cast({{ json_attribute('data_values', 'peer_count') }} as {{ attribute_type('integer') }}) as peer_count,
        cast({{ json_attribute('data_values', 'performance_tier') }} as {{ attribute_type('enum') }}) as performance_tier,
        cast({{ json_attribute('data_values', 'is_ramping') }} as {{ attribute_type('boolean') }}) as is_ramping,
        cast({{ json_attribute('data_values', 'partner_satisfaction_score') }} as {{ attribute_type('integer') }}) as partner_satisfaction_score,
        cast({{ json_attribute('data_values', 'partner_nps_response') }} as {{ attribute_type('integer') }}) as partner_nps_response,
        cast({{ json_attribute('data_values', 'is_program_compliant') }} as {{ attribute_type('boolean') }}) as is_program_compliant,
        cast({{ json_attribute('data_values', 'score_change_vs_prior') }} as {{ attribute_type('decimal') }}) as score_change_vs_prior,
        cast({{ json_attribute('data_values', 'working_hours') }} as {{ attribute_type('decimal') }}) as working_hours,
        cast({{ json_attribute('data_values', 'selling_hours') }} as {{ attribute_type('decimal') }}) as selling_hours,
        cast({{ json_attribute('data_values', 'incentive_compensation_amount') }} as {{ attribute_type('decimal') }}) as incentive_compensation_amount,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
