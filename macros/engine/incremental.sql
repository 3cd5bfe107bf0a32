{#- Post-hook of an incremental model that is kept equal to the relation it is built from:
    delete the rows whose unique_key no longer exists there (delete+insert alone only ever
    replaces keys that still exist). Nothing to do on a first build or a full refresh. -#}

{% macro delete_vanished_keys(source_relation) -%}
    {%- if is_incremental() -%}
        {%- set unique_key = config.get('unique_key') -%}
        {%- set matches = [] -%}
        {%- for column in ([unique_key] if unique_key is string else unique_key) -%}
            {%- do matches.append('source_rows.' ~ column ~ ' = stored.' ~ column) -%}
        {%- endfor -%}
        delete from {{ this }} as stored
        where not exists (
            select 1
            from {{ source_relation }} as source_rows
            where {{ matches | join(' and ') }}
        )
    {%- endif -%}
{%- endmacro %}
