{#- Text of one key of a JSON document column (the raw store's data_values). -#}

{% macro json_attribute(column, key) -%}
    {{ return(adapter.dispatch('json_attribute')(column, key)) }}
{%- endmacro %}

{% macro default__json_attribute(column, key) -%}
    json_extract_string({{ column }}, '$.{{ key }}')
{%- endmacro %}

{% macro postgres__json_attribute(column, key) -%}
    ({{ column }}::jsonb ->> '{{ key }}')
{%- endmacro %}

{% macro spark__json_attribute(column, key) -%}
    get_json_object({{ column }}, '$.{{ key }}')
{%- endmacro %}
