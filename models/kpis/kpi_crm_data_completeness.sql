-- generated from definitions/kpis/crm_data_completeness.yml; do not edit
-- CRM Data Completeness (opportunities): Σ populated required fields ÷ Σ required fields over opportunities by created_at; required on every opportunity: amount (> 0), expected_close_date, product_id and primary_contact_name; on an open opportunity also next_step; on a closed-lost one also loss_reason (populated required fields ÷ total required fields, per object)

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_case_when_amount_gt_0_then_1_else_0_end_case_wh_5052e515 as numerator
    from {{ ref('int_opportunity__created_at__measures') }}
    where dimension in ('overall', 'COMPETITOR', 'LEAD_SOURCE', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_4_case_when_stage_not_in_closed_won_closed_lost_70577e13 as denominator
    from {{ ref('int_opportunity__created_at__measures') }}
    where dimension in ('overall', 'COMPETITOR', 'LEAD_SOURCE', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from numerator

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from denominator

),

joined as (

    select
        input_keys.grain,
        input_keys.period_start,
        input_keys.dimension,
        input_keys.dimension_value,
        coalesce(numerator.numerator, 0) as numerator,
        coalesce(denominator.denominator, 0) as denominator
    from input_keys
    left join numerator using (grain, period_start, dimension, dimension_value)
    left join denominator using (grain, period_start, dimension, dimension_value)

)

select
    'CRM_DATA_COMPLETENESS' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
