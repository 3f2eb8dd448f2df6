"""Provenance checks: seed checksums, spans that reproduce their text, ids that resolve,
and (with ``fresh``) that the committed dataset equals what the pipeline makes now."""
from __future__ import annotations

import pandas as pd

from .clean import normalise
from .errors import SchemaError


def check_sentences(sentences: pd.DataFrame, texts: dict[str, str]) -> None:
    """Each sentence's ``text`` is the normalised seed span ``[start:end]``."""
    for r in sentences.itertuples():
        span = texts[r.doc_id][r.start:r.end]
        if normalise(span) != r.text:
            raise SchemaError(f"sentences: {r.doc_id} sent {r.sent_id}: text does not match seed span "
                              f"[{r.start}:{r.end}]")


def check_spans(df: pd.DataFrame, name: str, texts: dict[str, str], column: str | None = None) -> int:
    """Rows whose ``column`` must equal the seed span exactly (``surface``), or lie inside it."""
    n = 0
    for r in df.itertuples():
        t = texts.get(r.doc_id)
        if t is None:
            raise SchemaError(f"{name}: doc_id {r.doc_id!r} is not a seed")
        if not (0 <= r.start < r.end <= len(t)):
            raise SchemaError(f"{name}: offsets [{r.start}:{r.end}] outside {r.doc_id} ({len(t)} chars)")
        if column and getattr(r, column) != t[r.start:r.end]:
            raise SchemaError(f"{name}: {column} {getattr(r, column)!r} != seed span [{r.start}:{r.end}] "
                              f"{t[r.start:r.end]!r}")
        n += 1
    return n
