"""Catalog text is data: the one place it is made inert before it reaches a generated file.

dbt renders every model's SQL and every description in its property YAML as Jinja, so
text from the catalog (names, descriptions, formulas, string literals) must never carry
a live ``{{``, ``{%`` or ``{#``, a SQL comment must not end inside it, and a literal must
stay a literal. Every renderer writes catalog text through these functions:

- ``sql_comment``: ``--`` comment lines, one per line of the text, Jinja made inert;
- ``yaml_description``: a description dbt renders back to exactly the text;
- ``sql_string_literal``: a quoted SQL string literal whose source holds no Jinja delimiter.
"""

from __future__ import annotations

import re

_LINE_BREAK = re.compile(r"\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
"""Everything str.splitlines() treats as a line break (SQL engines end a ``--`` comment at
\\n or \\r; the others are split too, so no viewer shows a comment spilling into code)."""

_JINJA_START = re.compile(r"\{[{%#]")
_RAW_OPEN = "{% raw %}"
_RAW_CLOSE = "{% endraw %}"
_BLOCK_START = "{% endraw %}{{ '{%' }}{% raw %}"
"""A ``{%`` of the text, emitted outside the raw block so no ``{% endraw %}`` can form."""


def inert_jinja(text: str) -> str:
    """``text`` unchanged when it holds no Jinja start delimiter; otherwise wrapped in a
    raw block (every ``{%`` inside emitted as a string expression), so that rendering it
    as Jinja gives back exactly ``text`` and runs nothing."""
    if not _JINJA_START.search(text):
        return text
    return _RAW_OPEN + text.replace("{%", _BLOCK_START) + _RAW_CLOSE


def lines(text: str) -> list[str]:
    """The lines of ``text``, split at every line-break character."""
    return _LINE_BREAK.split(text)


def sql_comment(text: str) -> str:
    """``text`` as SQL ``--`` comment lines (no trailing newline): a line break in the
    text starts a new comment line, never SQL."""
    return "\n".join(f"-- {inert_jinja(line)}".rstrip() for line in lines(text))


def yaml_description(text: str) -> str:
    """A description that dbt renders (it renders descriptions as Jinja) to ``text``."""
    return inert_jinja(text)


def sql_string_literal(text: str) -> str:
    """``text`` as a SQL string literal. Quotes are doubled; a literal holding ``{`` or ``}``
    is split around them and concatenated (``'{' || '{ x }' || '}'``), so the SQL source
    never holds two characters that open or close Jinja."""
    quoted = text.replace("'", "''")
    pieces = [p for p in re.split(r"(?<=\{)|(?=\})", quoted) if p]
    if len(pieces) <= 1:
        return f"'{quoted}'"
    return "(" + " || ".join(f"'{p}'" for p in pieces) + ")"


class Jinja(str):
    """Generator-written Jinja (``{{ doc('kpi_value') }}``) that must stay live: the only
    kind of description ``dump_yaml`` does not make inert."""

    __slots__ = ()
