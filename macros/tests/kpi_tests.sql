{#- Generic data tests every KPI model gets. Each returns the offending rows. -#}

{% test kpi_unique_key(model, key_columns=['grain', 'period_start', 'dimension', 'dimension_value']) %}
select {{ key_columns | join(', ') }}, count(*) as rows_per_key
from {{ model }}
group by {{ key_columns | join(', ') }}
having count(*) > 1
{% endtest %}


{% test kpi_value_in_range(model, min_value=none, max_value=none) %}
select *
from {{ model }}
where value is not null
  and (
    1 = 0
    {%- if min_value is not none %} or value < {{ min_value }}{% endif %}
    {%- if max_value is not none %} or value > {{ max_value }}{% endif %}
  )
{% endtest %}


{#- Benchmark band: monthly overall values outside the published band; configured as a warning. -#}
{% test kpi_benchmark_band(model, low=none, high=none) %}
select *
from {{ model }}
where grain = 'month'
  and dimension = 'overall'
  and value is not null
  and (
    1 = 0
    {%- if low is not none %} or value < {{ low }}{% endif %}
    {%- if high is not none %} or value > {{ high }}{% endif %}
  )
{% endtest %}
