-- generated from definitions/kpis/sales_team_morale_post_training.yml; do not edit
-- Sales Team Morale Post-Training: mean morale_rating (1–5) over enablement feedback on trainings (item_type = training) with a morale rating, by submitted_at

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_morale_rating__item_type_training_and_morale_ra_3ecc1527 as measure
    from {{ ref('int_enablement_feedback__submitted_at__measures') }}
    where dimension in ('overall', 'PRODUCT', 'SALES_REP', 'SALES_TEAM')

)

select
    'SALES_TEAM_MORALE_POST_TRAINING' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
