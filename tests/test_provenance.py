"""Provenance of the committed dataset: checksums, spans, ids."""
from __future__ import annotations

import os
import subprocess
import sys

from srbrief.quality import verify
from srbrief import paths
from srbrief.corpus.seeds import load_corpus
from srbrief.dataset.tables import read_table

COMMITTED = paths.out_paths(paths.PROJ_ROOT)


def test_committed_dataset_passes_every_provenance_check():
    assert verify.verify(COMMITTED) == []


def test_every_span_reproduces_its_text():
    texts = {s.doc_id: s.text for s in load_corpus()}
    m = read_table(COMMITTED, "mentions")
    assert len(m) > 50
    assert all(texts[d][a:b] == s for d, a, b, s in zip(m["doc_id"], m["start"], m["end"], m["surface"]))
    e = read_table(COMMITTED, "events")
    assert all(t in texts[d][a:b] for d, a, b, t in zip(e["doc_id"], e["start"], e["end"], e["date_text"]))
    st = read_table(COMMITTED, "statements")
    from srbrief.corpus.clean import normalise
    assert all(normalise(texts[d][a:b]) == t for d, a, b, t in zip(st["doc_id"], st["start"], st["end"], st["text"]))


def test_verify_finds_a_tampered_span(tmp_path):
    import shutil
    shutil.copytree(COMMITTED.processed, tmp_path / "data" / "processed")
    p = tmp_path / "data" / "processed" / "mentions.csv"
    lines = p.read_text(encoding="utf-8").splitlines(keepends=True)
    cols = lines[1].split(",")
    cols[1] = str(int(cols[1]) + 1)  # shift one start offset
    lines[1] = ",".join(cols)
    p.write_text("".join(lines), encoding="utf-8")
    problems = verify.verify(paths.out_paths(tmp_path))
    assert problems and "mentions" in problems[0]


def test_verify_command_runs():
    env = {k: v for k, v in os.environ.items() if k != paths.OUT_ENV}
    r = subprocess.run([sys.executable, "-m", "srbrief", "verify"], capture_output=True, text=True, env=env)
    assert r.returncode == 0, r.stdout + r.stderr
