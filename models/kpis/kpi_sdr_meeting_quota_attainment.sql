-- generated from definitions/kpis/sdr_meeting_quota_attainment.yml; do not edit
-- SDR Meeting Quota Attainment: SDR/BDR sales activities with meeting_booked = true (by occurred_at) ÷ Σ quota_count of active or closed rep-level activity (meeting) quotas of SDRs/BDRs whose period starts in the period; evaluate at the quota period grain (month) or coarser Monthly activity quotas only (period_type = 'month'): a quarter's quota is the sum of its months; no week grain.

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__meeting_booked_true_and_rep_role_in_sdr_bdr as numerator
    from {{ ref('int_sales_activity__occurred_at__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_quota_count__quota_type_activity_and_assignee_l_994d049b as denominator
    from {{ ref('int_sales_quota__period_start__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

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
    'SDR_MEETING_QUOTA_ATTAINMENT' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
where grain in ('month', 'quarter', 'year')
