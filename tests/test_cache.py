"""Incremental extraction: the per-document cache gives byte-identical tables, recomputes only
what changed, and never trusts a damaged entry."""
from __future__ import annotations

import shutil

import pytest
import yaml
from support import seeds_plus

from srbrief import paths
from srbrief.corpus.seeds import load_corpus, sha256_of
from srbrief.dataset import tables
from srbrief.dataset.build import corpus_tables
from srbrief.dataset.cache import Cache
from srbrief.extract import codebook


def _write(frames, out) -> dict[str, bytes]:
    o = paths.out_paths(out)
    tables.write_tables(o, frames)
    return {p.name: p.read_bytes() for p in sorted(o.processed.iterdir())}


@pytest.fixture()
def corpus_dir(tmp_path):
    return seeds_plus(tmp_path / "seeds", "new_article", "900_test_article")


def test_cached_tables_are_byte_identical_and_only_the_new_article_is_extracted(tmp_path, corpus_dir):
    cb = codebook.load()
    corpus = load_corpus(corpus_dir)
    plain = _write(corpus_tables(corpus, cb), tmp_path / "plain")
    cache = Cache(tmp_path / "cache")
    first = _write(corpus_tables(corpus, cb, cache=cache), tmp_path / "first")
    assert (cache.hits, cache.misses) == (0, 2 * len(corpus))
    again = Cache(tmp_path / "cache")
    second = _write(corpus_tables(corpus, cb, cache=again), tmp_path / "second")
    assert (again.hits, again.misses) == (2 * len(corpus), 0)
    assert plain == first == second

    # one more article: cleaned and extracted alone, the rest read back
    data = b"An added article: Lavrov said on Monday that the talks on the bases would go on.\n"
    (corpus_dir / "002_added.txt").write_bytes(data)
    entry = {"file": "002_added.txt", "title": "Added", "genre": "news", "language": "en", "published": "2025-11-20",
             "published_precision": "day", "date_basis": "Written for the test.", "sha256": sha256_of(data)}
    with open(corpus_dir / "manifest.yaml", "a", encoding="utf-8") as f:
        f.write(yaml.safe_dump({"seeds": {"002_added": entry}}).split("\n", 1)[1])
    grown = Cache(tmp_path / "cache")
    corpus_tables(load_corpus(corpus_dir), cb, cache=grown)
    assert (grown.hits, grown.misses) == (2 * len(corpus), 2)


def test_a_damaged_entry_is_rebuilt_never_trusted(tmp_path, corpus_dir):
    cb = codebook.load()
    corpus = load_corpus(corpus_dir)
    cache = Cache(tmp_path / "cache")
    good = _write(corpus_tables(corpus, cb, cache=cache), tmp_path / "good")
    entries = sorted((tmp_path / "cache" / "extract").rglob("*"))
    victim = next(p for p in entries if p.is_file())
    victim.write_bytes(victim.read_bytes()[:-40] + b"garbage")  # truncated and altered
    again = Cache(tmp_path / "cache")
    assert _write(corpus_tables(corpus, cb, cache=again), tmp_path / "again") == good
    assert again.rejected == 1 and again.misses == 1
    assert Cache(tmp_path / "cache").get("extract", victim.name) is not None  # rewritten whole


def test_a_changed_codebook_is_a_different_key(tmp_path, corpus_dir):
    cb = codebook.load()
    corpus = load_corpus(corpus_dir)
    cache = Cache(tmp_path / "cache")
    corpus_tables(corpus, cb, cache=cache)
    changed = shutil.copytree(paths.CODEBOOK_DIR, tmp_path / "codebook")
    p = changed / "places.yaml"
    p.write_text(p.read_text().replace("Homs,", "Homs, Palmyra,"), encoding="utf-8")
    again = Cache(tmp_path / "cache")
    corpus_tables(corpus, codebook.load(changed), cache=again)
    assert again.misses == len(corpus) and again.hits == len(corpus)  # cleaning reused, extraction redone
