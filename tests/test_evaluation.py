"""The evaluation: gold files checked line by line, the scorer on cases built by hand, the
codebook kept free of corpus sentences, and `srbrief evaluate` printing every split."""
from __future__ import annotations

import re
import subprocess
import sys

import pandas as pd
import pytest
import yaml

from srbrief import paths
from srbrief.corpus.seeds import load_corpus
from srbrief.errors import InputError
from srbrief.quality import gold as goldmod
from srbrief.quality.scoring import align_actors, norm_form, score


def _texts(folder):
    return {s.doc_id: s.text for s in load_corpus(folder)}


def test_seeds_gold_is_valid_and_every_quote_is_in_its_seed():
    g = goldmod.load(paths.GOLD_FILE, _texts(paths.SEEDS_DIR))
    assert sum(len(d.statements) for d in g.documents.values()) > 50


def test_evaluation_gold_is_valid_and_covers_every_article():
    texts = _texts(paths.EVAL_ARTICLES)
    g = goldmod.load(paths.EVAL_GOLD, texts)
    assert set(g.documents) == set(texts), "every evaluation article is coded, and nothing else"
    splits = {s.doc_id: s.meta["split"] for s in load_corpus(paths.EVAL_ARTICLES)}
    assert len(texts) >= 30 and sum(v == "test" for v in splits.values()) >= 10


def _write(tmp_path, data) -> object:
    p = tmp_path / "gold.yaml"
    p.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return p


GOOD = {"version": 1, "annotator": "test",
        "actors": [{"id": "roe", "name": "Jane Roe", "type": "person"},
                   {"id": "ruritania", "name": "Ruritania", "type": "state"}],
        "happenings": [{"id": "h1", "kind": "meeting", "description": "Roe meets officials", "actors": ["roe"],
                        "date_start": "2025-03-03", "date_end": "2025-03-03", "precision": "day"}],
        "documents": {"a": {"actors": [{"id": "roe", "aliases": ["Jane Roe"]}],
                            "events": [{"quote": "met officials on 3 March 2025", "date_text": "on 3 March 2025",
                                        "date_start": "2025-03-03", "date_end": "2025-03-03", "precision": "day",
                                        "kind": "meeting", "happening": "h1"}],
                            "statements": [{"quote": "Jane Roe said", "speaker": "roe", "via": "",
                                            "attribution": "reported", "cue": "said", "issue": "sanctions_relief",
                                            "stance": "support"}]}}}


def test_a_valid_gold_file_loads(tmp_path):
    g = goldmod.load(_write(tmp_path, GOOD))
    assert g.documents["a"].events[0].happening == "h1"


def test_unknown_keys_and_dangling_ids_are_each_one_line(tmp_path):
    bad = yaml.safe_load(yaml.safe_dump(GOOD))
    st = bad["documents"]["a"]["statements"][0]
    st["stnace"] = st.pop("stance")  # a misspelt key
    bad["documents"]["a"]["events"][0]["precison"] = "day"
    with pytest.raises(InputError) as e:
        goldmod.load(_write(tmp_path, bad))
    lines = str(e.value).splitlines()
    assert len(lines) == 2
    assert any("unknown key 'stnace'" in x and "statements.0" in x for x in lines)
    assert any("unknown key 'precison'" in x for x in lines)

    bad = yaml.safe_load(yaml.safe_dump(GOOD))
    bad["documents"]["a"]["statements"][0]["speaker"] = "nobody"
    bad["documents"]["a"]["events"][0]["happening"] = "h9"
    bad["documents"]["a"]["statements"][0]["issue"] = "world_peace"
    with pytest.raises(InputError) as e:
        goldmod.load(_write(tmp_path, bad), {"a": "Jane Roe said she met officials on 3 March 2025."})
    lines = str(e.value).splitlines()
    assert len(lines) == 3 and all(x.startswith(str(tmp_path)) for x in lines)
    assert any("speaker 'nobody' is not a known actor" in x for x in lines)
    assert any("happening 'h9' is not listed" in x for x in lines)
    assert any("'world_peace' is not one of the contract's issues" in x for x in lines)


def test_a_quote_missing_from_its_article_is_reported(tmp_path):
    with pytest.raises(InputError, match="quote not found in the article"):
        goldmod.load(_write(tmp_path, GOOD), {"a": "Jane Roe said nothing of the kind."})


# ------------------------------------------------------------------ the scorer, on hand-made tables
TEXTS = {"a": "Jane Roe met Ruritanian officials on 3 March 2025. Roe said sanctions must go.",
         "b": "Ruritania hosted Ms Roe in March 2025. Ruritania said it opposed lifting sanctions."}


def _tables(speaker_b="rur", stance_b="oppose", linked=True):
    sents = pd.DataFrame({"doc_id": ["a", "a", "b", "b"], "sent_id": [0, 1, 0, 1], "start": [0, 51, 0, 39],
                          "end": [50, 78, 38, 85]})
    mentions = pd.DataFrame({"doc_id": ["a", "a", "b", "b", "b"], "start": [0, 51, 0, 20, 39],
                             "end": [8, 54, 9, 23, 48], "surface": ["Jane Roe", "Roe", "Ruritania", "Roe",
                                                                   "Ruritania"],
                             "actor_id": ["jane_roe", "jane_roe", "rur", "jane_roe", "rur"]})
    events = pd.DataFrame({"event_id": ["e1", "e2"], "doc_id": ["a", "b"], "start": [0, 0], "end": [50, 38],
                           "date_text": ["on 3 March 2025", "in March 2025"],
                           "date_start": ["2025-03-03", "2025-03-01"], "date_end": ["2025-03-03", "2025-03-31"],
                           "precision": ["day", "month"], "happening_id": ["h", "h" if linked else "h2"]})
    statements = pd.DataFrame({"doc_id": ["a", "b"], "sent_id": [1, 1], "speaker_id": ["jane_roe", speaker_b],
                               "via_id": ["", ""], "issue_id": ["sanctions_relief"] * 2, "stance": ["support", stance_b]})
    return {"documents": pd.DataFrame({"doc_id": ["a", "b"]}), "sentences": sents, "mentions": mentions,
            "events": events, "statements": statements}


def _gold():
    doc = lambda actors, events, statements: {"actors": actors, "events": events,  # noqa: E731
                                              "statements": statements}
    return goldmod.GoldFile.model_validate({
        "version": 1, "annotator": "test",
        "actors": [{"id": "roe", "name": "Jane Roe", "type": "person"},
                   {"id": "ruritania", "name": "Ruritania", "type": "state"}],
        "happenings": [{"id": "h1", "kind": "visit", "description": "Roe visits Ruritania", "actors": ["roe"],
                        "date_start": "2025-03-03", "date_end": "2025-03-03", "precision": "day"}],
        "documents": {
            "a": doc([{"id": "roe", "aliases": ["Jane Roe", "Roe"]}],
                     [{"quote": "officials on 3 March 2025", "date_text": "on 3 March 2025", "date_start": "2025-03-03",
                       "date_end": "2025-03-03", "precision": "day", "happening": "h1"}],
                     [{"quote": "Roe said sanctions must go.", "speaker": "roe", "attribution": "reported",
                       "issue": "sanctions_relief", "stance": "support"}]),
            "b": doc([{"id": "ruritania", "aliases": ["Ruritania"]}, {"id": "roe", "aliases": ["Ms Roe"]}],
                     [{"quote": "in March 2025", "date_text": "in March 2025", "date_start": "2025-03-01",
                       "date_end": "2025-03-31", "precision": "month", "happening": "h1"}],
                     [{"quote": "Ruritania said it opposed lifting sanctions.", "speaker": "ruritania",
                       "attribution": "reported", "issue": "sanctions_relief", "stance": "oppose"}])}})


def test_gold_actors_align_with_pipeline_actors_by_their_names():
    t = _tables()
    assert align_actors(_gold(), t["mentions"], ["a", "b"]) == {"roe": "jane_roe", "ruritania": "rur"}
    assert norm_form("the Kremlin’s") == norm_form("Kremlin") == "kremlin"


def test_an_author_never_named_in_the_text_aligns_by_its_id():
    g = _gold()
    doc = g.documents["a"].model_copy(update={"statements": [goldmod.Statement(
        quote="Roe said sanctions must go.", speaker="author_x", attribution="author", issue="sanctions_relief",
        stance="support")]})
    g = g.model_copy(update={"documents": {**g.documents, "a": doc}})
    t = _tables()
    t["statements"].loc[0, "speaker_id"] = "author_x"
    t["statements"]["via_id"] = ""
    assert score(g, t, TEXTS)["issue + stance"].tp == 2


def test_a_perfect_coding_scores_one_on_every_layer():
    s = score(_gold(), _tables(), TEXTS)
    assert {k: (v.precision, v.recall) for k, v in s.items()} == {k: (1.0, 1.0) for k in s}
    assert s["cross-source links"].n_gold == 1 and s["issue + stance"].n_gold == 2


def test_each_layer_fails_for_its_own_mistake():
    s = score(_gold(), _tables(stance_b="support"), TEXTS)
    assert s["issue + stance"].tp == 1 and s["issue + stance"].fp == 1 and s["statement speakers"].f1 == 1.0
    s = score(_gold(), _tables(speaker_b="jane_roe"), TEXTS)
    assert s["statement speakers"].recall == 0.5 and s["issue + stance"].recall == 0.5
    s = score(_gold(), _tables(linked=False), TEXTS)
    assert s["cross-source links"].recall == 0.0 and s["dated happenings"].f1 == 1.0
    t = _tables()
    t["events"].loc[1, "precision"] = "year"
    s = score(_gold(), t, TEXTS)
    assert s["dated happenings"].tp == 1 and s["dated happenings"].fp == 1 and s["cross-source links"].f1 == 1.0


# ------------------------------------------------------------------ the codebook holds no corpus sentence
def _strings(x):
    if isinstance(x, str):
        yield x
    elif isinstance(x, dict):
        for v in x.values():
            yield from _strings(v)
    elif isinstance(x, list):
        for v in x:
            yield from _strings(v)


def test_no_codebook_phrase_of_more_than_four_words_occurs_in_a_test_article():
    norm = lambda s: re.sub(r"\s+", " ", s.lower().replace("’", "'"))  # noqa: E731
    test = [norm(s.text) for s in load_corpus(paths.EVAL_ARTICLES, split="test")]
    assert test
    copied = set()
    for f in sorted(paths.CODEBOOK_DIR.glob("*.yaml")):
        for phrase in _strings(yaml.safe_load(f.read_text(encoding="utf-8"))):
            p = norm(phrase).strip(" *~")
            if len(p.split()) > 4 and "*" not in p and "~" not in p and any(p in t for t in test):
                copied.add(f"{f.name}: {phrase}")
    assert not copied, sorted(copied)


@pytest.mark.slow
def test_evaluate_command_prints_every_split_and_writes_the_table(tmp_path):
    out = tmp_path / "evaluation.md"
    r = subprocess.run([sys.executable, "-c", "import sys; from srbrief.quality.evaluate import main_evaluate; "
                        f"sys.exit(main_evaluate(out_file=__import__('pathlib').Path({str(out)!r})))"],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    rows = [line.split()[0] for line in r.stdout.splitlines()[3:6]]
    assert rows == ["seeds", "dev", "test"], r.stdout
    md = out.read_text(encoding="utf-8")
    assert "test (unseen" in md and "seeds (fit" in md


def test_a_look_at_the_misses_scores_only_that_split():
    r = subprocess.run([sys.executable, "-m", "srbrief", "evaluate", "--misses", "seeds"], capture_output=True,
                       text=True)
    assert r.returncode == 0, r.stderr
    rows = {line.split()[0] for line in r.stdout.splitlines() if line[:1].isalpha()}
    assert "seeds" in rows and not rows & {"dev", "test", "agreement"}, r.stdout
    assert "wrote" not in r.stderr  # the full evaluation.md is left as it was


def test_misses_are_never_shown_for_the_test_split():
    r = subprocess.run([sys.executable, "-m", "srbrief", "evaluate", "--split", "seeds", "--misses", "test"],
                       capture_output=True, text=True)
    assert r.returncode == 2 and "read only to measure" in r.stderr


def test_an_unnamed_source_is_aligned_within_its_own_article():
    """Two stories' unnamed diplomats are different actors: whatever ids the annotator and the rules gave
    them, each is paired within its article (one corpus-wide pairing could pair only one of them)."""
    g = goldmod.GoldFile.model_validate({
        "version": 1, "annotator": "test",
        "actors": [{"id": "unnamed_diplomat", "name": "an unnamed diplomat", "type": "anonymous"},
                   {"id": "unnamed_envoy", "name": "an unnamed envoy", "type": "anonymous"}],
        "happenings": [],
        "documents": {
            "a": {"actors": [{"id": "unnamed_diplomat", "aliases": ["a Western diplomat"]}]},
            "b": {"actors": [{"id": "unnamed_diplomat", "aliases": ["a Gulf diplomat"]},
                             {"id": "unnamed_envoy", "aliases": ["an envoy from Borduria"]}]},
            "c": {"actors": [{"id": "unnamed_envoy", "aliases": ["a senior envoy"]}]}}})
    mentions = pd.DataFrame({"doc_id": ["a", "b", "b", "c"], "surface": ["a Western diplomat", "a Gulf diplomat",
                                                                         "an envoy from Borduria", "a senior envoy"],
                             "actor_id": ["unnamed_western_diplomat", "unnamed_gulf_diplomat", "unnamed_envoy",
                                          "unnamed_western_diplomat"]})
    amap = align_actors(g, mentions, ["a", "b", "c"])
    assert amap[("a", "unnamed_diplomat")] == "unnamed_western_diplomat"
    assert amap[("b", "unnamed_diplomat")] == "unnamed_gulf_diplomat"
    assert amap[("b", "unnamed_envoy")] == "unnamed_envoy"
    assert amap[("c", "unnamed_envoy")] == "unnamed_western_diplomat"


def test_an_unnamed_source_is_aligned_by_where_its_description_is_written():
    """The rules may cut a source's description shorter than the annotator did ("official" in "A senior Ruritanian
    army official said"): the mention inside the gold alias pairs them; a state named inside it does not."""
    text = "A senior Ruritanian army official said the ferry would sail. An envoy from Borduria agreed."
    g = goldmod.GoldFile.model_validate({
        "version": 1, "annotator": "test",
        "actors": [{"id": "unnamed_army_official", "name": "an unnamed army official", "type": "anonymous"},
                   {"id": "unnamed_envoy", "name": "an unnamed envoy", "type": "anonymous"},
                   {"id": "borduria", "name": "Borduria", "type": "state"}],
        "happenings": [],
        "documents": {"a": {"actors": [{"id": "unnamed_army_official",
                                        "aliases": ["A senior Ruritanian army official"]},
                                       {"id": "unnamed_envoy", "aliases": ["An envoy from Borduria"]}]}}})
    at = lambda s: text.index(s)  # noqa: E731
    mentions = pd.DataFrame({"doc_id": ["a", "a"], "surface": ["official", "Borduria"],
                             "start": [at("official"), at("Borduria")],
                             "end": [at("official") + 8, at("Borduria") + 8],
                             "actor_id": ["unnamed_official", "borduria"]})
    amap = align_actors(g, mentions, ["a"], texts={"a": text}, unnamed={"unnamed_official"})
    assert amap[("a", "unnamed_army_official")] == "unnamed_official"
    assert ("a", "unnamed_envoy") not in amap
    assert ("a", "unnamed_army_official") not in align_actors(g, mentions, ["a"])
