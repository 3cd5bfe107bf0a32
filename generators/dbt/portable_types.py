"""Cast targets that every engine reads: a generated model casts to ``{{ type_varchar() }}``,
``{{ type_double() }}`` or ``{{ type_timestamp_tz() }}`` (macros/engine/types.sql), never to a
literal varchar (Spark knows varchar only with a length), double precision (no Spark type) or
timestamp with time zone. The renderers keep writing the DuckDB/PostgreSQL names; this pass
turns every such cast of a model's SQL into the macro, so DuckDB and PostgreSQL compile to the
same SQL as before."""

from __future__ import annotations

import re

MACROS = {
    "varchar": "{{ type_varchar() }}",
    "double precision": "{{ type_double() }}",
    "timestamp with time zone": "{{ type_timestamp_tz() }}",
}
_CAST_TARGET = re.compile(r"\bas (varchar|double precision|timestamp with time zone)\)")


def portable_casts(sql: str) -> str:
    """``sql`` with each ``as <type>)`` of the types above cast through the engine's macro."""
    return _CAST_TARGET.sub(lambda match: f"as {MACROS[match.group(1)]})", sql)


def portable_model_files(files: dict[str, str]) -> dict[str, str]:
    """``files`` with every model's SQL (models/**.sql) passed through ``portable_casts``."""
    return {
        path: portable_casts(text) if path.startswith("models/") and path.endswith(".sql") else text
        for path, text in files.items()
    }
