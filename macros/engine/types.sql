{#- Column types and casts that differ between engines. -#}

{% macro type_double() -%}
    {{ return(adapter.dispatch('type_double')()) }}
{%- endmacro %}

{% macro default__type_double() -%}
    double precision
{%- endmacro %}

{% macro spark__type_double() -%}
    double
{%- endmacro %}


{% macro type_decimal() -%}
    {{ return(adapter.dispatch('type_decimal')()) }}
{%- endmacro %}

{% macro default__type_decimal() -%}
    numeric(28, 6)
{%- endmacro %}

{% macro spark__type_decimal() -%}
    decimal(28, 6)
{%- endmacro %}


{#- The SQL type of a catalog attribute type. -#}
{% macro attribute_type(kind) -%}
    {%- if kind == 'integer' -%} bigint
    {%- elif kind == 'decimal' -%} {{ type_decimal() }}
    {%- elif kind == 'boolean' -%} boolean
    {%- elif kind == 'date' -%} date
    {%- elif kind == 'timestamp' -%} timestamp
    {%- else -%} {{ dbt.type_string() }}
    {%- endif -%}
{%- endmacro %}
