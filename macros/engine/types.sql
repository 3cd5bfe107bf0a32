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


{#- Text, as a cast target: varchar, which Spark knows only with a length (string there). -#}
{% macro type_varchar() -%}
    {{ return(adapter.dispatch('type_varchar')()) }}
{%- endmacro %}

{% macro default__type_varchar() -%}
    varchar
{%- endmacro %}

{% macro spark__type_varchar() -%}
    string
{%- endmacro %}


{#- A point in time with its zone; Spark's timestamp is one (an instant, shown in the session zone). -#}
{% macro type_timestamp_tz() -%}
    {{ return(adapter.dispatch('type_timestamp_tz')()) }}
{%- endmacro %}

{% macro default__type_timestamp_tz() -%}
    timestamp with time zone
{%- endmacro %}

{% macro spark__type_timestamp_tz() -%}
    timestamp
{%- endmacro %}


{#- The Spark name of a type written the DuckDB/PostgreSQL way in YAML (seed column_types, contract
    data_type): the YAML stays one text for every engine, Spark reads it through this. -#}
{% macro spark_type_name(data_type) -%}
    {%- set name = data_type | string | trim | lower -%}
    {%- set names = {
        'varchar': 'string', 'text': 'string', 'double precision': 'double', 'float8': 'double',
        'timestamp with time zone': 'timestamp', 'timestamptz': 'timestamp', 'integer': 'int'
    } -%}
    {%- if name.startswith('numeric') -%}
        {{ return('decimal' ~ name[7:]) }}
    {%- endif -%}
    {{ return(names.get(name, name)) }}
{%- endmacro %}


{#- Seeds and contracts on Spark: the declared types through spark_type_name, then dbt-spark's
    (or dbt's) own macro. -#}
{% macro spark_translated_column_types(model) -%}
    {%- set column_types = model['config'].get('column_types', {}) -%}
    {%- set translated = {} -%}
    {%- for column, data_type in column_types.items() -%}
        {%- do translated.update({column: spark_type_name(data_type)}) -%}
    {%- endfor -%}
    {%- do model['config'].update({'column_types': translated}) -%}
{%- endmacro %}

{% macro spark__create_csv_table(model, agate_table) -%}
    {%- do spark_translated_column_types(model) -%}
    {{ return(dbt.spark__create_csv_table(model, agate_table)) }}
{%- endmacro %}

{#- dbt-spark's own seed insert (session method) puts each value in quotes unescaped: a text with
    an apostrophe breaks the statement, and an empty cell becomes 'None'. Here every value is a
    Spark string literal, escaped, or null, cast to the column's type. -#}
{% macro spark__load_csv_rows(model, agate_table) -%}
    {%- do spark_translated_column_types(model) -%}
    {%- set column_override = model['config'].get('column_types', {}) -%}
    {%- set types = [] -%}
    {%- for name in agate_table.column_names -%}
        {%- do types.append(column_override.get(name, adapter.convert_type(agate_table, loop.index0))) -%}
    {%- endfor -%}
    {%- set statements = [] -%}
    {%- for chunk in agate_table.rows | batch(get_batch_size()) -%}
        {%- set rows = [] -%}
        {%- for row in chunk -%}
            {%- set values = [] -%}
            {%- for value in row -%}
                {%- do values.append('cast(' ~ spark_string_literal(value) ~ ' as ' ~ types[loop.index0] ~ ')') -%}
            {%- endfor -%}
            {%- do rows.append('(' ~ values | join(', ') ~ ')') -%}
        {%- endfor -%}
        {%- set sql = 'insert into ' ~ this.render() ~ ' values\n' ~ rows | join(',\n') -%}
        {%- do adapter.add_query(sql, abridge_sql_log=True) -%}
        {%- if loop.first -%}
            {%- do statements.append(sql) -%}
        {%- endif -%}
    {%- endfor -%}
    {{ return(statements[0] if statements else '') }}
{%- endmacro %}

{% macro spark_string_literal(value) -%}
    {%- if value is none -%}
        null
    {%- else -%}
        '{{ value | string | replace('\\', '\\\\') | replace("'", "\\'") }}'
    {%- endif -%}
{%- endmacro %}

{% macro spark__get_empty_schema_sql(columns) -%}
    {%- set translated = {} -%}
    {%- for name in columns -%}
        {%- set column = dict(columns[name]) -%}
        {%- if column.get('data_type') is not none -%}
            {%- do column.update({'data_type': spark_type_name(column['data_type'])}) -%}
        {%- endif -%}
        {%- do translated.update({name: column}) -%}
    {%- endfor -%}
    {{ return(dbt.default__get_empty_schema_sql(translated)) }}
{%- endmacro %}
