"""HTML building blocks of the briefing. Every piece of seed text passes through
:func:`esc`, so a seed can never inject markup into the HTML or the PDF."""
from __future__ import annotations

import hashlib
import html
from collections.abc import Iterable

import pandas as pd

from . import schemas
from .paths import OutPaths
from .render import TOC_PLACEHOLDER  # noqa: F401  (notebooks place the contents with it)


def esc(value) -> str:
    """HTML-escape any value (quotes included)."""
    return html.escape("" if value is None else str(value), quote=True)


def short_doc(doc_id: str) -> str:
    """The short form used in citations: the seed's number prefix (``001``), else its id."""
    head = doc_id.split("_", 1)[0]
    return head if head.isdigit() else doc_id


def cite(doc_id: str, paragraph: int | None = None) -> str:
    """A citation like ``[001 ¶12]`` (paragraphs counted from 1 for readers)."""
    par = f" ¶{int(paragraph) + 1}" if paragraph is not None and paragraph != "" else ""
    return f'<span class="cite">[{esc(short_doc(doc_id))}{par}]</span>'


def dataset_version(out: OutPaths) -> str:
    """Schema version plus a content hash of the dataset's CSV files (changes iff the data do)."""
    h = hashlib.sha256()
    for name in schemas.TABLE_ORDER:
        p = out.table(name)
        if p.exists():
            h.update(name.encode() + b"\0" + p.read_bytes())
    return f"{schemas.SCHEMA_VERSION}+{h.hexdigest()[:12]}"


def table(df: pd.DataFrame, columns: dict[str, str] | None = None, numeric: Iterable[str] = (),
          raw: Iterable[str] = ()) -> str:
    """An HTML table; ``columns`` maps column -> header. Cells are escaped unless listed in ``raw``
    (cells the package itself built from escaped parts, such as citations)."""
    columns = columns or {c: c for c in df.columns}
    numeric, raw = set(numeric), set(raw)
    head = "".join(f'<th class="{"num" if c in numeric else ""}">{esc(h)}</th>' for c, h in columns.items())
    rows = []
    for rec in df[list(columns)].itertuples(index=False):
        cells = []
        for c, v in zip(columns, rec):
            cls = ' class="num"' if c in numeric else ""
            cells.append(f"<td{cls}>{v if c in raw else esc(v)}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def title_block(params: dict, documents: pd.DataFrame, version: str, period: tuple[str, str] | None) -> str:
    """The briefing's first block: title, period covered, build parameters, checksums, version."""
    shown = {k: v for k, v in params.items() if k not in ("out_dir", "seeds_dir", "title")}
    build = "; ".join(f"{k}={'|'.join(v) if isinstance(v, list) else v or '—'}" for k, v in shown.items())
    sums = "<br>".join(f'<span class="mono">{esc(r.doc_id)}</span>: <span class="mono">{esc(r.sha256)}</span>'
                       for r in documents.itertuples())
    covered = f"{esc(period[0])} to {esc(period[1])}" if period else "—"
    return (f'<header class="titleblock"><h1>{esc(params["title"])}</h1>'
            f'<p class="subtitle">A reproducible briefing built from {len(documents)} source document(s). '
            f"Every figure, quote and judgment below cites the seed paragraph it comes from.</p><dl>"
            f"<dt>Period covered</dt><dd>{covered}</dd>"
            f"<dt>Build parameters</dt><dd>{esc(build)}</dd>"
            f'<dt>Dataset version</dt><dd class="mono">{esc(version)}</dd>'
            f"<dt>Seed SHA-256</dt><dd>{sums}</dd></dl></header>")


def corpus_table(documents: pd.DataFrame) -> str:
    """The corpus: one row per document with genre, publication date and size."""
    df = documents.copy()
    df["source"] = [cite(d) for d in df["doc_id"]]
    df["date"] = [f"{p} ({pp}{', estimated' if est else ''})" for p, pp, est in
                  zip(df["published"], df["published_precision"], df["is_published_estimated"])]
    df["by"] = [o or a for o, a in zip(df["outlet"], df["author_id"])]
    return table(df, {"source": "Source", "title": "Title", "by": "Outlet / author", "genre": "Genre",
                      "date": "Published", "n_sentences": "Sentences", "n_words": "Words"},
                 numeric=("n_sentences", "n_words"), raw=("source",))
