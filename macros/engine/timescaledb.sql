{#- TimescaleDB is detected, never assumed: true only on Postgres with the extension installed. -#}

{% macro timescaledb_available() -%}
    {%- if not execute or target.type != 'postgres' -%}
        {{ return(false) }}
    {%- endif -%}
    {%- set result = run_query("select count(*) from pg_extension where extname = 'timescaledb'") -%}
    {{ return(result.columns[0].values()[0] | int > 0) }}
{%- endmacro %}


{#- Post-hook of fct_kpi_values: make it a hypertable on period_start where TimescaleDB exists. -#}
{% macro timescaledb_hypertable(relation, time_column) -%}
    {%- if timescaledb_available() -%}
        {{ timescaledb_hypertable_sql(relation, time_column) }}
    {%- else -%}
        select 1 as timescaledb_not_installed
    {%- endif -%}
{%- endmacro %}


{% macro timescaledb_hypertable_sql(relation, time_column) -%}
    select create_hypertable(
        '{{ relation }}', '{{ time_column }}', migrate_data => true, if_not_exists => true
    )
{%- endmacro %}
