-- generated from definitions/object_models/lost_sale.yml; do not edit
-- Lost Sale: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'LOST_SALE'

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
        cast({{ json_attribute('data_values', 'lost_sale_id') }} as {{ attribute_type('string') }}) as lost_sale_id,
        cast({{ json_attribute('data_values', 'opportunity_id') }} as {{ attribute_type('string') }}) as opportunity_id,
        cast({{ json_attribute('data_values', 'account_id') }} as {{ attribute_type('string') }}) as account_id,
        cast({{ json_attribute('data_values', 'sales_rep_id') }} as {{ attribute_type('string') }}) as sales_rep_id,
        cast({{ json_attribute('data_values', 'team_id') }} as {{ attribute_type('string') }}) as team_id,
        cast({{ json_attribute('data_values', 'territory_id') }} as {{ attribute_type('string') }}) as territory_id,
        cast({{ json_attribute('data_values', 'product_id') }} as {{ attribute_type('string') }}) as product_id,
        cast({{ json_attribute('data_values', 'segment_id') }} as {{ attribute_type('string') }}) as segment_id,
        cast({{ json_attribute('data_values', 'source') }} as {{ attribute_type('enum') }}) as source,
        cast({{ json_attribute('data_values', 'is_new_logo') }} as {{ attribute_type('boolean') }}) as is_new_logo,
        cast({{ json_attribute('data_values', 'opportunity_created_at') }} as {{ attribute_type('timestamp') }}) as opportunity_created_at,
        cast({{ json_attribute('data_values', 'lost_at') }} as {{ attribute_type('timestamp') }}) as lost_at,
        cast({{ json_attribute('data_values', 'days_open') }} as {{ attribute_type('integer') }}) as days_open,
        cast({{ json_attribute('data_values', 'stage_at_loss') }} as {{ attribute_type('enum') }}) as stage_at_loss,
        cast({{ json_attribute('data_values', 'loss_reason') }} as {{ attribute_type('enum') }}) as loss_reason,
        cast({{ json_attribute('data_values', 'loss_reason_detail') }} as {{ attribute_type('string') }}) as loss_reason_detail,
        cast({{ json_attribute('data_values', 'competitor_id') }} as {{ attribute_type('string') }}) as competitor_id,
        cast({{ json_attribute('data_values', 'amount_lost') }} as {{ attribute_type('decimal') }}) as amount_lost,
        cast({{ json_attribute('data_values', 'is_win_back_candidate') }} as {{ attribute_type('boolean') }}) as is_win_back_candidate,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
