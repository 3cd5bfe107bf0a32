-- generated from definitions/kpis/new_logo_quota_attainment.yml; do not edit
-- New-Logo Quota Attainment: number of deals with is_new_logo = true by booking date ÷ Σ quota_count of active or closed rep-level quarterly quotas (period_type = quarter) with quota_type = new_logo whose period starts in the period; quarter and year only: new-logo quotas are set per quarter, so a month or week has none

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__is_new_logo_true as numerator
    from {{ ref('int_deal__booked_at__measures') }}
    where dimension in ('overall', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_quota_count__quota_type_new_logo_and_assignee_l_fced8b03 as denominator
    from {{ ref('int_sales_quota__period_start__measures') }}
    where dimension in ('overall', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

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
    'NEW_LOGO_QUOTA_ATTAINMENT' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
where grain in ('quarter', 'year')
