{#- The single-column key of a KPI value: KPI code, grain, period start, dimension and member,
    joined by '|'. Only the member is free text and it comes last, so two keys are equal
    exactly when the five columns are. `relation` qualifies the columns (e.g. 'kpi_values'). -#}

{% macro kpi_value_key(relation=none) -%}
    {%- set prefix = relation ~ '.' if relation else '' -%}
    {%- set columns = ['kpi_code', 'grain', 'cast(' ~ prefix ~ 'period_start as ' ~ type_varchar() ~ ')', 'dimension', 'dimension_value'] -%}
    {%- set parts = [] -%}
    {%- for column in columns -%}
        {%- do parts.append(column if column.startswith('cast(') else prefix ~ column) -%}
    {%- endfor -%}
    {{ parts | join(" || '|' || ") }}
{%- endmacro %}


{#- A KPI value against its benchmark band. The band runs from the low figure (the typical one
    when no low is published) to the high figure (the typical one when no high is published);
    an end that is still missing is open. A value inside the band is 'within'. Outside it, a KPI
    whose direction is higher_is_better or lower_is_better is 'better' or 'worse'; any other
    direction (target_band, neutral) gives 'below' or 'above'. Null when the value is null. -#}

{% macro benchmark_status(value, low, typical, high, direction) -%}
    case
        when {{ value }} is null then null
        when {{ value }} < coalesce({{ low }}, {{ typical }}) then
            case {{ direction }}
                when 'higher_is_better' then 'worse'
                when 'lower_is_better' then 'better'
                else 'below'
            end
        when {{ value }} > coalesce({{ high }}, {{ typical }}) then
            case {{ direction }}
                when 'higher_is_better' then 'better'
                when 'lower_is_better' then 'worse'
                else 'above'
            end
        else 'within'
    end
{%- endmacro %}


{#- The industry whose benchmarks are preferred (var `benchmark_industry`, default ALL: the
    cross-industry figures only), as a SQL literal; refuses anything but an industry code. -#}

{% macro benchmark_industry() -%}
    {%- set industry = var('benchmark_industry', 'ALL') | string -%}
    {%- if not modules.re.match('^[A-Z][A-Z0-9_]*$', industry) -%}
        {{ exceptions.raise_compiler_error("var benchmark_industry must be an industry code such as ALL or SAAS_SOFTWARE, not " ~ industry) }}
    {%- endif -%}
    '{{ industry }}'
{%- endmacro %}


{#- A 64-bit hash of a text expression, summed per KPI by fct_kpi_values to find the KPIs whose
    rows changed (a changed row alters the sum unless two 64-bit hashes collide). -#}

{% macro row_checksum(expression) -%}
    {{ return(adapter.dispatch('row_checksum')(expression)) }}
{%- endmacro %}

{% macro default__row_checksum(expression) -%}
    hash({{ expression }})
{%- endmacro %}

{% macro postgres__row_checksum(expression) -%}
    hashtextextended({{ expression }}, 0)
{%- endmacro %}

{% macro spark__row_checksum(expression) -%}
    xxhash64({{ expression }})
{%- endmacro %}


{#- How fct_kpi_values is built: incremental everywhere. DuckDB and PostgreSQL delete+insert
    the changed rows (then the vanished keys are deleted). Spark's Parquet tables cannot delete
    rows: the table is partitioned by kpi_code and an incremental run overwrites the partitions
    of the changed KPIs (dynamic partition overwrite) with all of their rows, then drops the
    partitions of the KPIs that vanished (spark__delete_vanished_keys). -#}

{% macro kpi_values_materialization() -%}
    {{ return(adapter.dispatch('kpi_values_materialization')()) }}
{%- endmacro %}

{% macro default__kpi_values_materialization() -%}
    {{ return('incremental') }}
{%- endmacro %}


{% macro kpi_values_incremental_strategy() -%}
    {{ return(adapter.dispatch('kpi_values_incremental_strategy')()) }}
{%- endmacro %}

{% macro default__kpi_values_incremental_strategy() -%}
    {{ return('delete+insert') }}
{%- endmacro %}

{% macro spark__kpi_values_incremental_strategy() -%}
    {{ return('insert_overwrite') }}
{%- endmacro %}


{#- How int_kpi_values (the union of every KPI model) is built: a view, but a table on Spark.
    The Hive metastore keeps a view's text, and its embedded Derby database (the local
    session's) holds at most 32,700 characters of it: the union of the whole catalog's KPI
    models is longer. -#}

{% macro kpi_union_materialization() -%}
    {{ return(adapter.dispatch('kpi_union_materialization')()) }}
{%- endmacro %}

{% macro default__kpi_union_materialization() -%}
    {{ return('view') }}
{%- endmacro %}

{% macro spark__kpi_union_materialization() -%}
    {{ return('table') }}
{%- endmacro %}


{#- The partition column(s) of fct_kpi_values: none but on Spark. -#}

{% macro kpi_values_partition_by() -%}
    {{ return(adapter.dispatch('kpi_values_partition_by')()) }}
{%- endmacro %}

{% macro default__kpi_values_partition_by() -%}
    {{ return(none) }}
{%- endmacro %}

{% macro spark__kpi_values_partition_by() -%}
    {{ return(['kpi_code']) }}
{%- endmacro %}


{#- The CTE an incremental run of fct_kpi_values writes: `changed` (only the new or changed
    rows) for delete+insert; on Spark `changed_kpi_values` (every row of a changed KPI), since
    overwriting a KPI's partition replaces all of its rows. -#}

{% macro kpi_values_incremental_rows() -%}
    {{ return(adapter.dispatch('kpi_values_incremental_rows')()) }}
{%- endmacro %}

{% macro default__kpi_values_incremental_rows() -%}
    {{ return('changed') }}
{%- endmacro %}

{% macro spark__kpi_values_incremental_rows() -%}
    {{ return('changed_kpi_values') }}
{%- endmacro %}
