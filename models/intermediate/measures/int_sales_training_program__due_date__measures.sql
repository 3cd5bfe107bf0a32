-- generated from definitions/object_models/sales_training_program.yml; do not edit
-- every aggregate KPIs read from SALES_TRAINING_PROGRAM by due_date: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_sales_training_program') }}
    where due_date is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'due_date') }} as _period_week,
        {{ period_start('month', 'due_date') }} as _period_month,
        {{ period_start('quarter', 'due_date') }} as _period_quarter,
        {{ period_start('year', 'due_date') }} as _period_year,
        cast(partner_id as {{ dbt.type_string() }}) as _dim_partner,
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
        _dim_partner,
        _dim_product,
        _dim_sales_rep,
        _dim_sales_team,
        grouping(_period_week) as _grouping_period_week,
        grouping(_period_month) as _grouping_period_month,
        grouping(_period_quarter) as _grouping_period_quarter,
        grouping(_period_year) as _grouping_period_year,
        grouping(_dim_partner) as _grouping_dim_partner,
        grouping(_dim_product) as _grouping_dim_product,
        grouping(_dim_sales_rep) as _grouping_dim_sales_rep,
        grouping(_dim_sales_team) as _grouping_dim_sales_team,
        cast(count(case when program_type = 'enablement_event' and status = 'completed' then 1 end) as {{ type_double() }}) as count_rows__program_type_enablement_event_and_statu_2c5c5c2c,
        cast(count(case when program_type = 'enablement_event' then 1 end) as {{ type_double() }}) as count_rows__program_type_enablement_event,
        cast(count(case when participant_type = 'rep' and delivery_method = 'self_paced_online' and status <> 'exempt' and completed_at is not null then 1 end) as {{ type_double() }}) as count_rows__participant_type_rep_and_delivery_metho_e606f23f,
        cast(count(case when participant_type = 'rep' and delivery_method = 'self_paced_online' and status <> 'exempt' then 1 end) as {{ type_double() }}) as count_rows__participant_type_rep_and_delivery_metho_89c13af7,
        cast(count(case when participant_type = 'rep' and development_plan_id is not null and status = 'completed' then 1 end) as {{ type_double() }}) as count_rows__participant_type_rep_and_development_pl_0a1ac0a9,
        cast(count(case when participant_type = 'rep' and development_plan_id is not null and status <> 'exempt' then 1 end) as {{ type_double() }}) as count_rows__participant_type_rep_and_development_pl_02eccb47,
        cast(sum(case when participant_type = 'rep' and delivery_method in ('virtual_live', 'classroom', 'blended') and status <> 'exempt' and items_assigned > 0 then items_completed end) as {{ type_double() }}) as sum_items_completed__participant_type_rep_and_deliv_362dcc3d,
        cast(sum(case when participant_type = 'rep' and delivery_method in ('virtual_live', 'classroom', 'blended') and status <> 'exempt' and items_assigned > 0 then items_assigned end) as {{ type_double() }}) as sum_items_assigned__participant_type_rep_and_delive_662767f4,
        cast(count(case when participant_type = 'rep' and status <> 'exempt' and completed_at is not null and {{ days_between("due_date", "completed_at") }} < 1 then 1 end) as {{ type_double() }}) as count_rows__participant_type_rep_and_status_ne_exem_4eeb0078,
        cast(count(case when participant_type = 'rep' and status <> 'exempt' then 1 end) as {{ type_double() }}) as count_rows__participant_type_rep_and_status_ne_exempt,
        cast(count(case when participant_type = 'partner' and program_type = 'certification' and status <> 'exempt' and certified = true then 1 end) as {{ type_double() }}) as count_rows__participant_type_partner_and_program_ty_1123f3e4,
        cast(count(case when participant_type = 'partner' and program_type = 'certification' and status <> 'exempt' then 1 end) as {{ type_double() }}) as count_rows__participant_type_partner_and_program_ty_660ea8c9,
        cast(count(case when participant_type = 'partner' and status <> 'exempt' and completed_at is not null then 1 end) as {{ type_double() }}) as count_rows__participant_type_partner_and_status_ne_f66ba0aa,
        cast(count(case when participant_type = 'partner' and status <> 'exempt' then 1 end) as {{ type_double() }}) as count_rows__participant_type_partner_and_status_ne_exempt,
        cast(count(case when participant_type = 'rep' and program_type = 'onboarding' and status <> 'exempt' and completed_at is not null then 1 end) as {{ type_double() }}) as count_rows__participant_type_rep_and_program_type_o_93d69734,
        cast(count(case when participant_type = 'rep' and program_type = 'onboarding' and status <> 'exempt' then 1 end) as {{ type_double() }}) as count_rows__participant_type_rep_and_program_type_o_0f5dff42,
        cast(count(case when participant_type = 'rep' and program_type = 'certification' and status <> 'exempt' and certified = true then 1 end) as {{ type_double() }}) as count_rows__participant_type_rep_and_program_type_c_43c15441,
        cast(count(case when participant_type = 'rep' and program_type = 'certification' and status <> 'exempt' then 1 end) as {{ type_double() }}) as count_rows__participant_type_rep_and_program_type_c_a9a59db1,
        cast(count(case when participant_type = 'rep' and status <> 'exempt' and completed_at is not null then 1 end) as {{ type_double() }}) as count_rows__participant_type_rep_and_status_ne_exem_fdcbb1e2,
        cast(count(case when participant_type = 'rep' and status = 'dropped' then 1 end) as {{ type_double() }}) as count_rows__participant_type_rep_and_status_dropped,
        cast(sum(case when participant_type = 'rep' and status <> 'exempt' and items_assigned > 0 then items_completed end) as {{ type_double() }}) as sum_items_completed__participant_type_rep_and_statu_298c4ce7,
        cast(sum(case when participant_type = 'rep' and status <> 'exempt' and items_assigned > 0 then items_assigned end) as {{ type_double() }}) as sum_items_assigned__participant_type_rep_and_status_9f52f18b,
        cast(count(distinct case when participant_type = 'rep' and is_required = true and status <> 'exempt' and completed_at is not null then sales_rep_id end) as {{ type_double() }}) as count_distinct_sales_rep_id__participant_type_rep_a_57e0fbc1,
        cast(count(distinct case when participant_type = 'rep' and is_required = true and status <> 'exempt' then sales_rep_id end) as {{ type_double() }}) as count_distinct_sales_rep_id__participant_type_rep_a_82e8f997
    from bucketed
    group by grouping sets (
        (_period_week),
        (_period_week, _dim_partner),
        (_period_week, _dim_product),
        (_period_week, _dim_sales_rep),
        (_period_week, _dim_sales_team),
        (_period_month),
        (_period_month, _dim_partner),
        (_period_month, _dim_product),
        (_period_month, _dim_sales_rep),
        (_period_month, _dim_sales_team),
        (_period_quarter),
        (_period_quarter, _dim_partner),
        (_period_quarter, _dim_product),
        (_period_quarter, _dim_sales_rep),
        (_period_quarter, _dim_sales_team),
        (_period_year),
        (_period_year, _dim_partner),
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
            when _grouping_dim_partner = 0 then 'PARTNER'
            when _grouping_dim_product = 0 then 'PRODUCT'
            when _grouping_dim_sales_rep = 0 then 'SALES_REP'
            when _grouping_dim_sales_team = 0 then 'SALES_TEAM'
            else 'overall'
        end as dimension,
        case
            when _grouping_dim_partner = 0 then coalesce(_dim_partner, 'unknown')
            when _grouping_dim_product = 0 then coalesce(_dim_product, 'unknown')
            when _grouping_dim_sales_rep = 0 then coalesce(_dim_sales_rep, 'unknown')
            when _grouping_dim_sales_team = 0 then coalesce(_dim_sales_team, 'unknown')
            else 'all'
        end as dimension_value,
        count_rows__program_type_enablement_event_and_statu_2c5c5c2c,
        count_rows__program_type_enablement_event,
        count_rows__participant_type_rep_and_delivery_metho_e606f23f,
        count_rows__participant_type_rep_and_delivery_metho_89c13af7,
        count_rows__participant_type_rep_and_development_pl_0a1ac0a9,
        count_rows__participant_type_rep_and_development_pl_02eccb47,
        sum_items_completed__participant_type_rep_and_deliv_362dcc3d,
        sum_items_assigned__participant_type_rep_and_delive_662767f4,
        count_rows__participant_type_rep_and_status_ne_exem_4eeb0078,
        count_rows__participant_type_rep_and_status_ne_exempt,
        count_rows__participant_type_partner_and_program_ty_1123f3e4,
        count_rows__participant_type_partner_and_program_ty_660ea8c9,
        count_rows__participant_type_partner_and_status_ne_f66ba0aa,
        count_rows__participant_type_partner_and_status_ne_exempt,
        count_rows__participant_type_rep_and_program_type_o_93d69734,
        count_rows__participant_type_rep_and_program_type_o_0f5dff42,
        count_rows__participant_type_rep_and_program_type_c_43c15441,
        count_rows__participant_type_rep_and_program_type_c_a9a59db1,
        count_rows__participant_type_rep_and_status_ne_exem_fdcbb1e2,
        count_rows__participant_type_rep_and_status_dropped,
        sum_items_completed__participant_type_rep_and_statu_298c4ce7,
        sum_items_assigned__participant_type_rep_and_status_9f52f18b,
        count_distinct_sales_rep_id__participant_type_rep_a_57e0fbc1,
        count_distinct_sales_rep_id__participant_type_rep_a_82e8f997
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
