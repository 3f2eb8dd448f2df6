"""Provenance checks: seed checksums, spans that reproduce their text, ids that resolve,
and (with ``fresh``) that the committed dataset equals what the pipeline makes now."""
from __future__ import annotations

import pandas as pd

from ..corpus.clean import normalise
from ..errors import SchemaError


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


def verify(out, seeds_dir=None) -> list[str]:
    """Every provenance check on the dataset under ``out``; returns the problems (empty = all good)."""
    from ..dataset import schemas
    from ..corpus.seeds import load_corpus
    from ..dataset.tables import read_table

    problems = []
    try:
        corpus = load_corpus(seeds_dir)  # checks every seed against its recorded SHA-256
    except Exception as e:  # noqa: BLE001 - reported as a problem line
        return [str(e)]
    texts = {s.doc_id: s.text for s in corpus}
    t = {name: read_table(out, name) for name in schemas.TABLE_ORDER if out.table(name).exists()}
    missing = [n for n in schemas.TABLE_ORDER if n not in t]
    if missing:
        problems.append(f"{out.processed}: missing table(s) {', '.join(missing)}")
    docs = t.get("documents")
    if docs is not None:
        sums = {s.doc_id: s.sha256 for s in corpus}
        for r in docs.itertuples():
            if sums.get(r.doc_id) != r.sha256:
                problems.append(f"documents: {r.doc_id} sha256 does not match the seed file")
    known = {n: set(df[schemas.TABLES[n].key[0]]) for n, df in t.items()}
    checks = [("sentences", None), ("mentions", "surface"), ("events", None), ("statements", None)]
    for name, col in checks:
        if name not in t:
            continue
        try:
            schemas.validate(t[name], name, known)
            check_spans(t[name], name, texts, col)
            if name == "sentences":
                check_sentences(t[name], texts)
            if name == "events":
                for r in t[name].itertuples():
                    if r.date_text not in texts[r.doc_id][r.start:r.end]:
                        raise SchemaError(f"events: {r.event_id}: date_text {r.date_text!r} not in its span")
            if name == "statements":
                for r in t[name].itertuples():
                    if normalise(texts[r.doc_id][r.start:r.end]) != r.text:
                        raise SchemaError(f"statements: {r.statement_id}: text does not match its seed span")
        except SchemaError as e:
            problems.append(str(e))
    for name in ("actors", "issues", "positions"):
        if name in t:
            try:
                schemas.validate(t[name], name, known)
            except SchemaError as e:
                problems.append(str(e))
    return problems


def fresh_diff(out) -> list[str]:
    """Rebuild the dataset (no rendering) in a scratch folder and list files that differ from ``out``."""
    import shutil
    import tempfile
    from pathlib import Path

    from .. import paths as P
    from ..runner.build import build_dataset

    scratch = Path(tempfile.mkdtemp(prefix="srbrief-verify-"))
    try:
        build_dataset({"out_dir": str(scratch)})
        fresh = P.out_paths(scratch)
        diffs = []
        for f in sorted(fresh.processed.iterdir()):
            mine = out.processed / f.name
            if not mine.exists() or mine.read_bytes() != f.read_bytes():
                diffs.append(f"{mine}: differs from what the pipeline produces now (run `make report` and commit)")
        return diffs
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def main_verify(out: str | None = None, fresh: bool = False) -> int:
    from .. import paths as P

    o = P.out_paths(out)
    problems = verify(o)
    if fresh and not problems:
        problems += fresh_diff(o)
    for p in problems:
        print(f"error: {p}")
    if not problems:
        print(f"verify: seeds, spans, ids{' and a fresh rebuild' if fresh else ''} all check out for {o.processed}")
    return 1 if problems else 0
