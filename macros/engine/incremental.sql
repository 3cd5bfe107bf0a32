{#- Post-hook of an incremental model that is kept equal to the relation it is built from:
    delete the rows whose unique_key no longer exists there (delete+insert alone only ever
    replaces keys that still exist). Nothing to do on a first build or a full refresh.
    After delete+insert every key of the source is in the table, so the table holds more
    rows than the source exactly when keys vanished: the set difference runs only then
    (both engines skip it on the one-time filter), and an ordinary run costs two counts. -#}

{% macro delete_vanished_keys(source_relation) -%}
    {{ return(adapter.dispatch('delete_vanished_keys')(source_relation)) }}
{%- endmacro %}

{% macro default__delete_vanished_keys(source_relation) -%}
    {%- if is_incremental() -%}
        {%- set unique_key = config.get('unique_key') -%}
        {%- set key_columns = [unique_key] if unique_key is string else unique_key -%}
        {%- set matches = [] -%}
        {%- for column in key_columns -%}
            {%- do matches.append('stored.' ~ column ~ ' = vanished.' ~ column) -%}
        {%- endfor -%}
        delete from {{ this }} as stored
        using (
            select {{ key_columns | join(', ') }} from {{ this }}
            except
            select {{ key_columns | join(', ') }} from {{ source_relation }}
        ) as vanished
        where {{ matches | join(' and ') }}
            and (select count(*) from {{ this }}) <> (select count(*) from {{ source_relation }})
    {%- endif -%}
{%- endmacro %}


{#- Spark (Parquet, insert_overwrite by partition): a partition whose value is no longer in the
    source is dropped (a partition still there was overwritten whole if any of its rows changed).
    Runs its statements itself and renders nothing. The values are escaped into string literals. -#}

{% macro spark__delete_vanished_keys(source_relation) -%}
    {%- if execute and is_incremental() -%}
        {%- set partition_by = config.get('partition_by') -%}
        {%- set column = partition_by if partition_by is string else partition_by[0] -%}
        {%- set vanished = run_query(
            'select distinct ' ~ column ~ ' from ' ~ this
            ~ ' except select distinct ' ~ column ~ ' from ' ~ source_relation
        ) -%}
        {%- for value in vanished.columns[0].values() -%}
            {%- set literal = "'" ~ (value | string).replace('\\', '\\\\').replace("'", "\\'") ~ "'" -%}
            {%- do log('dropping partition ' ~ column ~ ' = ' ~ literal ~ ' of ' ~ this, info=true) -%}
            {%- do run_query('alter table ' ~ this ~ ' drop if exists partition (' ~ column ~ ' = ' ~ literal ~ ')') -%}
        {%- endfor -%}
    {%- endif -%}
{%- endmacro %}
