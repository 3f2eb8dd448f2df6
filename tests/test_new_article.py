"""The same code on an article it has never seen: a run on seeds/ plus a test article
written for this suite finds its actors, dates and statements with no change to code."""
from __future__ import annotations

import pytest
from support import seeds_plus

from srbrief import paths
from srbrief.runner.build import build
from srbrief.dataset.tables import read_table

DOC = "900_test_article"


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    seeds = seeds_plus(tmp_path_factory.mktemp("new") / "seeds", "new_article", DOC)
    out = tmp_path_factory.mktemp("out")
    build({"seeds_dir": str(seeds), "out_dir": str(out)}, progress=False, log=lambda m: None)
    o = paths.out_paths(out)
    return {name: read_table(o, name) for name in ("documents", "actors", "mentions", "events", "statements")} | {
        "out": o}


def test_outputs_go_to_the_given_folder(run):
    assert run["out"].html.exists() and run["out"].pdf.exists()
    assert DOC in set(run["documents"]["doc_id"])


def test_known_actor_under_a_new_spelling(run):
    m = run["mentions"]
    sharaa = m[(m["doc_id"] == DOC) & (m["actor_id"] == "sharaa")]
    assert "Ahmed Al Sharaa" in set(sharaa["surface"])


def test_new_people_become_detected_actors(run):
    """Two people the codebook has never heard of (Alexander Novak, in the text too, is in it)."""
    a = run["actors"]
    detected = a[a["origin"] == "detected"]
    names = " ".join(detected["name"])
    for person in ("Lina Haddad", "Yuri Volkov"):
        assert person in names, f"{person} not detected: {list(detected['name'])}"


def test_new_base_is_not_an_actor(run):
    m = run["mentions"]
    assert not m[(m["doc_id"] == DOC) & m["surface"].str.contains("Qamishli")].shape[0]


def test_weekday_and_relative_dates_resolve_against_publication(run):
    e = run["events"][run["events"]["doc_id"] == DOC].set_index("date_text")
    assert e.loc["on Tuesday", ["date_start", "date_end", "precision"]].tolist() == ["2025-11-11", "2025-11-11", "day"]
    assert e.loc["earlier this week", ["date_start", "date_end", "precision"]].tolist() == [
        "2025-11-10", "2025-11-16", "week"]
    assert e.loc["In March 2024", ["date_start", "date_end", "precision"]].tolist() == [
        "2024-03-01", "2024-03-31", "month"]
    assert e["is_relative"].sum() == 2


def test_statements_find_their_speakers(run):
    st = run["statements"][run["statements"]["doc_id"] == DOC]
    speakers = set(st["speaker_id"])
    assert "sharaa" in speakers
    detected = run["actors"].set_index("actor_id")
    by_name = {detected.loc[s, "name"]: s for s in speakers if s in detected.index}
    haddad = next(v for k, v in by_name.items() if "Haddad" in k)
    volkov = next(v for k, v in by_name.items() if "Volkov" in k)
    told = st[st["speaker_id"] == haddad]
    assert set(told["via_id"]) == {"al_jazeera"}
    assert len(told["sent_id"].unique()) == 2  # "told Al Jazeera Net" and the pronoun "She added"
    quote_first = st[st["speaker_id"] == volkov]
    assert set(quote_first["attribution"]) == {"direct-quote"}
    assert (quote_first["issue_id"] == "assad_extradition").any()
    assert set(quote_first.loc[quote_first["issue_id"] == "assad_extradition", "stance"]) <= {"neutral", "oppose"}
