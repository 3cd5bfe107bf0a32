{#- Generic data tests every KPI model gets. Each returns the offending rows. -#}

{% test kpi_unique_key(model, key_columns=['grain', 'period_start', 'dimension', 'dimension_value']) %}

    select
        {{ key_columns | join(', ') }},
        count(*) as rows_per_key
    from {{ model }}
    group by {{ key_columns | join(', ') }}
    having count(*) > 1

{% endtest %}


{#- The condition a value breaks when it lies outside [low, high]; either bound may be none. -#}
{% macro kpi_outside(low, high) -%}
    {%- set checks = [] -%}
    {%- if low is not none -%}{%- do checks.append('value < ' ~ low) -%}{%- endif -%}
    {%- if high is not none -%}{%- do checks.append('value > ' ~ high) -%}{%- endif -%}
    ({{ checks | join(' or ') if checks else 'false' }})
{%- endmacro %}


{% test kpi_value_in_range(model, min_value=none, max_value=none) %}

    select *
    from {{ model }}
    where
        value is not null
        and {{ kpi_outside(min_value, max_value) }}

{% endtest %}


{#- Benchmark band: overall values at the benchmark's grain outside the published band; a warning. -#}
{% test kpi_benchmark_band(model, low=none, high=none, grain='month') %}

    select *
    from {{ model }}
    where
        grain = '{{ grain }}'
        and dimension = 'overall'
        and value is not null
        and {{ kpi_outside(low, high) }}

{% endtest %}
