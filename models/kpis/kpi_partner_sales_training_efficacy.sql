-- generated from definitions/kpis/partner_sales_training_efficacy.yml; do not edit
-- Partner Sales Training Efficacy: (Σ post_training_sales_amount − Σ pre_training_sales_amount) ÷ Σ pre_training_sales_amount over partner enrolments (participant_type = partner) completed in the period (by completed_at) whose 90-day post window has ended; partner sales are the partner's partner-sourced bookings in the 90 days before enrolment and after completion. Not isolated from other effects (a before/after comparison, as the seed's formula)

with post as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_post_training_sales_amount__participant_type_pa_e065996c as post
    from {{ ref('int_sales_training_program__completed_at__measures') }}
    where dimension in ('overall', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM')

),

pre as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_pre_training_sales_amount__participant_type_par_da4439c4 as pre
    from {{ ref('int_sales_training_program__completed_at__measures') }}
    where dimension in ('overall', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from post

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from pre

),

joined as (

    select
        input_keys.grain,
        input_keys.period_start,
        input_keys.dimension,
        input_keys.dimension_value,
        coalesce(post.post, 0) as post,
        coalesce(pre.pre, 0) as pre
    from input_keys
    left join post using (grain, period_start, dimension, dimension_value)
    left join pre using (grain, period_start, dimension, dimension_value)

)

select
    'PARTNER_SALES_TRAINING_EFFICACY' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(cast((post - pre) as {{ type_double() }}) / nullif(pre, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
