{#- Division that returns null on a zero or null denominator: never an error, never infinity. -#}
{% macro safe_divide(numerator, denominator) -%}
    cast({{ numerator }} as {{ type_double() }}) / nullif({{ denominator }}, 0)
{%- endmacro %}


{#- Percentiles (median is the 0.5 percentile), continuous interpolation. -#}
{% macro percentile_agg(expression, fraction) -%}
    {{ return(adapter.dispatch('percentile_agg')(expression, fraction)) }}
{%- endmacro %}

{% macro default__percentile_agg(expression, fraction) -%}
    quantile_cont({{ expression }}, {{ fraction }})
{%- endmacro %}

{% macro postgres__percentile_agg(expression, fraction) -%}
    percentile_cont({{ fraction }}) within group (order by {{ expression }})
{%- endmacro %}

{% macro spark__percentile_agg(expression, fraction) -%}
    percentile({{ expression }}, {{ fraction }})
{%- endmacro %}


{#- Elapsed time between two dates or timestamps, as a fraction of a unit, in double precision:
    on Spark `seconds / 3600.0` is a decimal division, rounded to 6 decimal places. -#}
{% macro seconds_between(start, finish) -%}
    {{ return(adapter.dispatch('seconds_between')(start, finish)) }}
{%- endmacro %}

{% macro default__seconds_between(start, finish) -%}
    (epoch(cast({{ finish }} as timestamp)) - epoch(cast({{ start }} as timestamp)))
{%- endmacro %}

{% macro postgres__seconds_between(start, finish) -%}
    extract(epoch from (cast({{ finish }} as timestamp) - cast({{ start }} as timestamp)))
{%- endmacro %}

{% macro spark__seconds_between(start, finish) -%}
    (unix_timestamp(cast({{ finish }} as timestamp)) - unix_timestamp(cast({{ start }} as timestamp)))
{%- endmacro %}

{% macro days_between(start, finish) -%}
    (cast({{ seconds_between(start, finish) }} as {{ type_double() }}) / 86400)
{%- endmacro %}

{% macro hours_between(start, finish) -%}
    (cast({{ seconds_between(start, finish) }} as {{ type_double() }}) / 3600)
{%- endmacro %}

{% macro minutes_between(start, finish) -%}
    (cast({{ seconds_between(start, finish) }} as {{ type_double() }}) / 60)
{%- endmacro %}
