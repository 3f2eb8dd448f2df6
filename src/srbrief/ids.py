"""Stable ids: the same inputs give the same id on every run and every machine."""
from __future__ import annotations

import hashlib


def stable_id(prefix: str, *parts) -> str:
    """An id that depends only on its inputs (same inputs, same id, every run)."""
    h = hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:10]
    return f"{prefix}_{h}"
