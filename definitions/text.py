"""What catalog text may contain: the patterns of codes, names, enum values and
aliases, and the Jinja delimiters that never belong in an expression.

Codes and names become identifiers and string literals in generated SQL and YAML, so
they are restricted to a small alphabet; free text (names, descriptions, formulas,
notes) may contain anything and is rendered inert by ``generators.dbt.escape``."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import Field

CODE_PATTERN = r"^[A-Z][A-Z0-9_]*$"
"""Codes of modules, object models, dimensions, KPIs, industries, value chains."""

NAME_PATTERN = r"^[a-z][a-z0-9_]*$"
"""Attribute names, input names, time attributes, tags."""

ENUM_VALUE_PATTERN = r"^[a-z0-9][a-z0-9_.-]*$"
"""Allowed values of an enum attribute (they become SQL literals and accepted_values tests)."""

ALIAS_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9 /&().,-]*$"
"""Other names of an object model: words, spaces and a little punctuation, one line."""

Code = Annotated[str, Field(pattern=CODE_PATTERN)]
Name = Annotated[str, Field(pattern=NAME_PATTERN)]
EnumValue = Annotated[str, Field(pattern=ENUM_VALUE_PATTERN, max_length=100)]
Alias = Annotated[str, Field(pattern=ALIAS_PATTERN, max_length=100)]

JINJA_DELIMITERS: tuple[str, ...] = ("{{", "}}", "{%", "%}", "{#", "#}")


def jinja_delimiters(text: str) -> list[str]:
    """The Jinja delimiters found in ``text``, in the order of JINJA_DELIMITERS."""
    return [d for d in JINJA_DELIMITERS if d in text]


def is_code(text: str) -> bool:
    return re.fullmatch(CODE_PATTERN, text) is not None
