{#- The one-column key of a row of a measures or KPI model (grain, period, dimension, member),
    so that a plain `unique` + `not_null` test, the primary-key test standard tools recognise,
    tests the row's key. `|` separates the parts; the key is null when any part is null. -#}
{% macro period_slice_key() -%}
    {{ dbt.concat([
        "grain", "'|'",
        "cast(period_start as " ~ dbt.type_string() ~ ")", "'|'",
        "dimension", "'|'",
        "dimension_value"
    ]) }}
{%- endmacro %}
