"""Scale: the corpus generator is deterministic, and the three executors give byte-identical
tables on a generated 1,000-article corpus."""
from __future__ import annotations

import filecmp

import pytest

from srbrief.runner.build import build_dataset
from srbrief.tools.generate import generate
from srbrief.corpus.seeds import load_corpus

pytestmark = pytest.mark.slow


def test_generator_is_deterministic(tmp_path):
    a, b, c = (generate(tmp_path / name, 20, seed=s) for name, s in (("a", 7), ("b", 7), ("c", 8)))
    names = sorted(p.name for p in a.iterdir())
    assert len(names) == 21 and names == sorted(p.name for p in b.iterdir())
    assert all((a / n).read_bytes() == (b / n).read_bytes() for n in names)
    texts = lambda d: sorted(p.read_bytes() for p in d.glob("*.txt"))  # noqa: E731
    assert texts(a) != texts(c)
    assert len(load_corpus(a)) == 20  # a valid seeds folder: manifest, checksums, UTF-8


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return generate(tmp_path_factory.mktemp("gen") / "seeds", 1000, seed=1)


@pytest.fixture(scope="module")
def serial(corpus, tmp_path_factory):
    return build_dataset({"seeds_dir": str(corpus), "out_dir": str(tmp_path_factory.mktemp("serial"))})


@pytest.mark.parametrize("executor", ["processes", "dask"])
def test_executors_agree_byte_for_byte(corpus, serial, tmp_path_factory, executor):
    other = build_dataset({"seeds_dir": str(corpus), "out_dir": str(tmp_path_factory.mktemp(executor)),
                           "executor": executor})
    ref = serial.processed
    files = sorted(p.name for p in ref.iterdir())
    assert files == sorted(p.name for p in other.processed.iterdir())
    match, mismatch, errors = filecmp.cmpfiles(ref, other.processed, files, shallow=False)
    assert mismatch == [] and errors == [], mismatch


def test_timeline_stays_a_page_and_counts_what_it_leaves_out(serial):
    """At 1,000 articles the timeline draws at most ``TIMELINE_ROWS`` happenings (those told by
    most sources) and its title says how many more are in happenings.csv."""
    import json

    from srbrief.report import charts
    from srbrief.extract import codebook
    from srbrief.dataset.tables import read_table

    happenings, events = (read_table(serial, t) for t in ("happenings", "events"))
    assert len(happenings) > charts.TIMELINE_ROWS
    spec = charts.timeline(happenings, events, codebook.load_eras()).to_dict()
    drawn = {row["happening_id"] for rows in spec["datasets"].values() for row in rows if "happening_id" in row}
    assert 0 < len(drawn) <= charts.TIMELINE_ROWS
    left = len(happenings) - len(drawn)
    assert f"{left:,} more in happenings.csv" in json.dumps(spec)
    most = happenings["n_sources"].max()
    assert set(happenings.loc[happenings["n_sources"] == most, "happening_id"]) & drawn
    assert len(json.dumps(spec)) < 200_000
