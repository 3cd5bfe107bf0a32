{#- Time buckets. Weeks start on Monday everywhere. Postgres date_bin cannot bin months,
    so Postgres uses date_trunc; TimescaleDB, when the extension is installed, time_bucket. -#}

{% macro period_start(grain, column) -%}
    {{ return(adapter.dispatch('period_start')(grain, column)) }}
{%- endmacro %}

{% macro default__period_start(grain, column) -%}
    cast(date_trunc('{{ grain }}', cast({{ column }} as timestamp)) as date)
{%- endmacro %}

{% macro postgres__period_start(grain, column) -%}
    {%- if timescaledb_available() -%}
        {{ timescaledb_period_start(grain, column) }}
    {%- else -%}
        cast(date_trunc('{{ grain }}', cast({{ column }} as timestamp)) as date)
    {%- endif -%}
{%- endmacro %}

{% macro timescaledb_period_start(grain, column) -%}
    {%- set widths = {'week': '1 week', 'month': '1 month', 'quarter': '3 months', 'year': '1 year'} -%}
    cast(time_bucket(interval '{{ widths[grain] }}', cast({{ column }} as timestamp)) as date)
{%- endmacro %}

{% macro spark__period_start(grain, column) -%}
    cast(date_trunc('{{ grain }}', cast({{ column }} as timestamp)) as date)
{%- endmacro %}


{#- The start of the period ``periods`` periods away, for a grain held in a column. -#}
{% macro shift_period(column, grain_column, periods) -%}
    case {{ grain_column }}
        when 'week' then cast({{ dbt.dateadd('day', periods * 7, column) }} as date)
        when 'month' then cast({{ dbt.dateadd('month', periods, column) }} as date)
        when 'quarter' then cast({{ dbt.dateadd('month', periods * 3, column) }} as date)
        when 'year' then cast({{ dbt.dateadd('year', periods, column) }} as date)
    end
{%- endmacro %}


{#- ``column`` moved by ``years`` years at every grain: the same month, quarter or year, or the
    week 52 weeks away (the same weekday; a 53rd ISO week meets the 52nd). -#}
{% macro shift_years(column, grain_column, years) -%}
    case {{ grain_column }}
        when 'week' then cast({{ dbt.dateadd('day', years * 364, column) }} as date)
        else cast({{ dbt.dateadd('month', years * 12, column) }} as date)
    end
{%- endmacro %}


{#- One row per step between two dates, in a column named ``period_start``. -#}
{% macro date_series(start_date, end_date, step) -%}
    {{ return(adapter.dispatch('date_series')(start_date, end_date, step)) }}
{%- endmacro %}

{% macro default__date_series(start_date, end_date, step) -%}
    select cast(generate_series as date) as period_start
    from generate_series(
        cast('{{ start_date }}' as timestamp), cast('{{ end_date }}' as timestamp), interval '{{ step }}'
    )
{%- endmacro %}

{% macro spark__date_series(start_date, end_date, step) -%}
    select explode(sequence(date'{{ start_date }}', date'{{ end_date }}', interval {{ step }})) as period_start
{%- endmacro %}


{#- True on Monday to Friday. -#}
{% macro is_weekday(column) -%}
    {{ return(adapter.dispatch('is_weekday')(column)) }}
{%- endmacro %}

{% macro default__is_weekday(column) -%}
    extract(isodow from {{ column }}) < 6
{%- endmacro %}

{% macro spark__is_weekday(column) -%}
    dayofweek({{ column }}) between 2 and 6
{%- endmacro %}


{#- The data end: the first day after the `kpi_calendar_end` var (production sets that var to
    today). Nothing later is known, so a conversion window or a retention period that ends
    after it is incomplete and has no value yet. -#}
{% macro kpi_data_end() -%}
    {%- set last_day = modules.datetime.date.fromisoformat(var('kpi_calendar_end')) -%}
    cast('{{ (last_day + modules.datetime.timedelta(days=1)).isoformat() }}' as date)
{%- endmacro %}
