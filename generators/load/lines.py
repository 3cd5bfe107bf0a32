"""Read a JSON-lines file in binary, one line at a time, so that a bad byte, a broken
line or an oversized line costs only that line."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, BinaryIO

MAX_LINE_BYTES = 2 * 1024 * 1024
"""Longest line accepted (2 MiB, without its line ending)."""
SHOWN_CHARS = 10_000
"""How much of a rejected line the rejects table keeps."""
BOM = b"\xef\xbb\xbf"
BLANK = "blank"
"""The rule of a blank line: counted, never stored, never a reject."""


@dataclass(frozen=True)
class Line:
    """One line of the file: its number (from 1), a hash of its bytes, and either the
    parsed record or why it could not be read (``rule``, ``message``)."""

    number: int
    digest: str
    text: str
    record: Any = None
    rule: str | None = None
    message: str | None = None


def safe_text(text: str, limit: int = SHOWN_CHARS) -> str:
    """``text`` made storable on every engine: lone surrogates and NUL escaped, cut at ``limit``."""
    cleaned = text.encode("utf-8", "backslashreplace").decode("utf-8").replace("\x00", "\\x00")
    return cleaned if len(cleaned) <= limit else cleaned[:limit] + f"... ({len(cleaned):,} characters)"


def _constant(name: str) -> float:
    """NaN and Infinity parse (as floats) so that the type rules name the field they are in."""
    return float(name)


def _raw_lines(handle: BinaryIO, limit: int) -> Iterator[tuple[bytes, bool]]:
    """(line without its ending, whether it was longer than ``limit``); an oversized line
    is skipped in pieces, never held whole."""
    while True:
        chunk = handle.readline(limit + 1)
        if not chunk:
            return
        if len(chunk) <= limit or (chunk.endswith(b"\n") and len(chunk) == limit + 1):
            yield chunk.rstrip(b"\n").removesuffix(b"\r"), False
            continue
        head = chunk[:SHOWN_CHARS]
        while not chunk.endswith(b"\n"):
            chunk = handle.readline(limit)
            if not chunk:
                break
        yield head, True


def read_lines(handle: BinaryIO, limit: int = MAX_LINE_BYTES) -> Iterator[Line]:
    """Every line of ``handle``, parsed, or with the rule it breaks (``BLANK`` for a blank line)."""
    for number, (raw, too_long) in enumerate(_raw_lines(handle, limit), start=1):
        if number == 1:
            raw = raw.removeprefix(BOM)
        digest = hashlib.sha256(raw).hexdigest()
        if too_long:
            text = raw.decode("utf-8", "backslashreplace")
            yield Line(number, digest, safe_text(text), rule="line.too_long", message=f"longer than {limit:,} bytes")
            continue
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as err:
            shown = safe_text(raw.decode("utf-8", "backslashreplace"))
            yield Line(number, digest, shown, rule="line.encoding", message=f"not UTF-8 at byte {err.start}")
            continue
        if not text.strip():
            yield Line(number, digest, "", rule=BLANK, message="blank line")
            continue
        try:
            record = json.loads(text, parse_float=Decimal, parse_constant=_constant)
        except ValueError as err:
            yield Line(number, digest, safe_text(text), rule="line.json", message=f"not JSON: {err}")
            continue
        yield Line(number, digest, safe_text(text), record=record)
