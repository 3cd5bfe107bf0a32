{#- Session settings for one model's transaction.

    without_jit: PostgreSQL's JIT compiles every branch of a plan, and fct_kpi_values reads
    int_kpi_values, a union of ~600 KPI tables. Its incremental plan (checksums over the union
    and over the stored table) crosses jit_above_cost, and JIT then spends minutes compiling
    thousands of functions for a query that runs in seconds: measured on the demo, 158 s with
    JIT against 19 s without. `set local` lasts until the model's transaction ends. No other
    engine has JIT, so elsewhere it renders nothing. -#}

{% macro without_jit() -%}
    {{ return(adapter.dispatch('without_jit')()) }}
{%- endmacro %}

{% macro default__without_jit() -%}
{%- endmacro %}

{% macro postgres__without_jit() -%}
    set local jit = off
{%- endmacro %}
