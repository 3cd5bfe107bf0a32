"""A stored instance's identity: its canonical JSON text and content hash, the same for the
loader and the ORM (``analytics_models``), so both recognise a version already stored."""

from __future__ import annotations

import hashlib
import json
from typing import Any


def canonical_json(values: dict[str, Any]) -> str:
    """``values`` as JSON with sorted keys and no spaces: the text the raw store keeps."""
    return json.dumps(values, sort_keys=True, separators=(",", ":"), default=str)


def content_hash(schema_ref: str, code: str, text: str) -> str:
    """sha256 of ``schema_ref|code|canonical JSON``: one version of one instance."""
    return hashlib.sha256(f"{schema_ref}|{code}|{text}".encode()).hexdigest()
