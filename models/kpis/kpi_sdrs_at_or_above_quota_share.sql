-- generated from definitions/kpis/sdrs_at_or_above_quota_share.yml; do not edit
-- Share of SDRs at or above Meeting Quota: SDRs/BDRs with meetings booked (sales activities with meeting_booked = true, by occurred_at) ÷ their Σ meeting quota_count ≥ 1 ÷ SDRs/BDRs with a rep-level activity quota (> 0, active or closed, by period start); ramping SDRs included at their ramped quota (SOMA SDRs Quota Attainment); evaluate at the quota period grain (month) or coarser Monthly activity quotas only (period_type = 'month'): a quarter's quota is the sum of its months; no week grain.

with meetings as (

    select
        grain,
        period_start,
        dimension_value as entity_value,
        count_rows__meeting_booked_true_and_rep_role_in_sdr_bdr as meetings
    from {{ ref('int_sales_activity__occurred_at__measures') }}
    where dimension = 'SALES_REP' and dimension_value <> 'unknown'

),

quota as (

    select
        grain,
        period_start,
        dimension_value as entity_value,
        sum_quota_count__quota_type_activity_and_assignee_l_994d049b as quota
    from {{ ref('int_sales_quota__period_start__measures') }}
    where dimension = 'SALES_REP' and dimension_value <> 'unknown'

),

entities as (

    select
        grain,
        period_start,
        entity_value
    from meetings

    union

    select
        grain,
        period_start,
        entity_value
    from quota

),

per_entity as (

    select
        entities.grain,
        entities.period_start,
        entities.entity_value,
        coalesce(meetings.meetings, 0) as meetings,
        coalesce(quota.quota, 0) as quota
    from entities
    left join meetings using (grain, period_start, entity_value)
    left join quota using (grain, period_start, entity_value)

),

valued as (

    select
        *,
        cast(meetings as {{ type_double() }}) / nullif(quota, 0) as value
    from per_entity

),

across_entities as (

    select
        grain,
        period_start,
        'overall' as dimension,
        'all' as dimension_value,
        cast(count(case when value >= 1 then 1 end) as {{ type_double() }}) as entities_meeting,
        cast(count(*) as {{ type_double() }}) as entities_measured
    from valued
    where value is not null
    group by grain, period_start

)

select
    'SDRS_AT_OR_ABOVE_QUOTA_SHARE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(entities_meeting / nullif(entities_measured, 0) as {{ type_double() }}) as value,
    cast(entities_meeting as {{ type_double() }}) as numerator,
    cast(entities_measured as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from across_entities
where grain in ('month', 'quarter', 'year')
