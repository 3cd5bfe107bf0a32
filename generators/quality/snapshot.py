"""The extraction SQL: per object model, one table in the ``raw_quality`` schema holding the
current version of every instance with its attributes typed as staging types them.

The current version follows the staging models' rule (``generators.dbt.render_staging``):
per (schema_ref, code) the last ``loaded_at``, then the last ``line_number``. Every
identifier is an attribute name, an object-model code or a fixed name, quoted; every
literal is quoted with embedded quotes doubled: no catalog text is pasted as SQL.

Columns: ``_code`` (the instance code), one typed column per attribute (NULL where the text
does not cast) and, for the types that must cast, ``_text__<attribute>`` with the text from
data_values (attribute names start with a letter, so neither can clash with one)."""

from __future__ import annotations

from definitions.object_model import ObjectModel
from generators.load.connections import Engine
from generators.load.raw_store import INSTANCES, quote
from generators.quality.suites import CAST_TYPES, table_name

SCHEMA = "raw_quality"
CODE_COLUMN = "_code"
SQL_TYPES = {
    "integer": "bigint",
    "decimal": "numeric(28, 6)",
    "boolean": "boolean",
    "date": "date",
    "timestamp": "timestamp",
}
"""The staging casts' types (``macros/engine/types.sql`` attribute_type)."""

_DAY = "[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])"
SURE_TO_CAST = {
    "integer": "^-?[0-9]{1,18}$",
    "decimal": "^-?[0-9]{1,15}([.][0-9]+)?$",
    "boolean": "^(true|false)$",
    "date": f"^{_DAY}$",
    "timestamp": f"^{_DAY}[T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]{{1,6}})?)?$",
}
"""PostgreSQL has no try_cast: a text matching these patterns certainly casts and is cast
directly; any other goes through a function that catches the cast error (slow, but rare)."""


def literal(text: str) -> str:
    """A SQL string literal of ``text``."""
    return "'" + text.replace("'", "''") + "'"


def relation(code: str) -> str:
    return f"{quote(SCHEMA)}.{quote(table_name(code))}"


def text_column(name: str) -> str:
    return f"_text__{name}"


def _json_text(engine: Engine, name: str) -> str:
    """The text of key ``name`` of data_values (the staging macro json_attribute)."""
    if engine == "duckdb":
        return f"json_extract_string(data_values, {literal('$.' + name)})"
    return f"(data_values::jsonb ->> {literal(name)})"


def _try_function(kind: str) -> str:
    return f"{quote(SCHEMA)}.{quote('try_' + kind)}"


def _typed(engine: Engine, kind: str, text: str) -> str:
    """``text`` cast to the SQL type of ``kind``, NULL when it does not cast."""
    sql_type = SQL_TYPES[kind]
    if engine == "duckdb":
        return f"try_cast({text} as {sql_type})"
    sure = literal(SURE_TO_CAST[kind])
    return f"case when {text} ~ {sure} then {text}::{sql_type} else {_try_function(kind)}({text}) end"


def setup_statements(engine: Engine) -> list[str]:
    """The schema, and on PostgreSQL the functions that cast or return NULL."""
    statements = [f"create schema if not exists {quote(SCHEMA)}"]
    if engine == "postgres":
        for kind, sql_type in SQL_TYPES.items():
            statements.append(
                f"create or replace function {_try_function(kind)}(value text) returns {sql_type} "
                "language plpgsql immutable as $$ begin return value::" + sql_type + "; "
                "exception when others then return null; end $$"
            )
    return statements


def snapshot_select(engine: Engine, model: ObjectModel) -> str:
    """The current instances of ``model``, typed, with the text of every attribute that must cast."""
    texts = ",\n        ".join(f"{_json_text(engine, a.name)} as {quote(a.name)}" for a in model.attributes)
    columns = [quote(CODE_COLUMN)]
    for attribute in model.attributes:
        name = quote(attribute.name)
        if attribute.type in CAST_TYPES:
            columns.append(f"{_typed(engine, attribute.type, name)} as {name}")
            columns.append(f"{name} as {quote(text_column(attribute.name))}")
        else:
            columns.append(name)
    selected = ",\n    ".join(columns)
    return f"""with source_rows as (
    select code, data_values, loaded_at, line_number
    from {INSTANCES}
    where schema_ref = {literal(model.code)}
),
ranked as (
    select
        code,
        data_values,
        row_number() over (partition by code order by loaded_at desc, line_number desc nulls last) as version_rank
    from source_rows
),
texts as (
    select
        code as {quote(CODE_COLUMN)},
        {texts}
    from ranked
    where version_rank = 1
)
select
    {selected}
from texts"""


def snapshot_statements(engine: Engine, model: ObjectModel) -> list[str]:
    """Replace the model's raw_quality table with the current snapshot."""
    target = relation(model.code)
    return [f"drop table if exists {target}", f"create table {target} as\n{snapshot_select(engine, model)}"]
