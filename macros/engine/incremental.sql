{#- Post-hook of an incremental model that is kept equal to the relation it is built from:
    delete the rows whose unique_key no longer exists there (delete+insert alone only ever
    replaces keys that still exist). Nothing to do on a first build or a full refresh.
    After delete+insert every key of the source is in the table, so the table holds more
    rows than the source exactly when keys vanished: the set difference runs only then
    (both engines skip it on the one-time filter), and an ordinary run costs two counts.
    With a single-column unique_key that the source relation does not hold, `source_key` is
    the SQL expression that computes it from the source's columns. -#}

{% macro delete_vanished_keys(source_relation, source_key=none) -%}
    {%- if is_incremental() -%}
        {%- set unique_key = config.get('unique_key') -%}
        {%- set key_columns = [unique_key] if unique_key is string else unique_key -%}
        {%- if source_key -%}
            {%- set source_columns = source_key ~ ' as ' ~ key_columns[0] -%}
        {%- else -%}
            {%- set source_columns = key_columns | join(', ') -%}
        {%- endif -%}
        {%- set matches = [] -%}
        {%- for column in key_columns -%}
            {%- do matches.append('stored.' ~ column ~ ' = vanished.' ~ column) -%}
        {%- endfor -%}
        delete from {{ this }} as stored
        using (
            select {{ key_columns | join(', ') }} from {{ this }}
            except
            select {{ source_columns }} from {{ source_relation }}
        ) as vanished
        where {{ matches | join(' and ') }}
            and (select count(*) from {{ this }}) <> (select count(*) from {{ source_relation }})
    {%- endif -%}
{%- endmacro %}
