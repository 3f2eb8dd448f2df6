"""Extraction rules on small texts written for the tests (not the seeds)."""
from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from srbrief.extract import codebook
from srbrief.dataset import build as dataset
from srbrief.extract import rules as X


@pytest.fixture(scope="module")
def m():
    return X.Matchers.build(codebook.load())


def _run(m, text, published="2025-03-12", author="", outlet="Reuters"):
    from pathlib import Path

    from srbrief.corpus import clean
    from srbrief.corpus.seeds import Seed

    seed = Seed("t", Path("t.txt"), text, "0" * 64, {"title": "t", "genre": "news", "published": published,
                                                    "published_precision": "day", "language": "en"})
    sents = clean.sentences(seed)
    doc = {"doc_id": "t", "author_id": author, "outlet": outlet, "published": published}
    return dataset.extract_document(doc, text, sents, m)


PUB = (date(2025, 3, 12), date(2025, 3, 12), "day")  # a Wednesday


@pytest.mark.parametrize("text, start, end, precision", [
    ("in September 2015", "2015-09-01", "2015-09-30", "month"),
    ("on 28 January 2025", "2025-01-28", "2025-01-28", "day"),
    ("since 1944", "1944-01-01", "1944-12-31", "year"),
    ("the 1950s", "1950-01-01", "1959-12-31", "decade"),
    ("on Monday", "2025-03-10", "2025-03-10", "day"),
    ("on Wednesday", "2025-03-12", "2025-03-12", "day"),
    ("earlier this week", "2025-03-10", "2025-03-16", "week"),
    ("last month", "2025-02-01", "2025-02-28", "month"),
    ("yesterday", "2025-03-11", "2025-03-11", "day"),
])
def test_dates_resolve(text, start, end, precision):
    found = X.find_dates(f"It happened {text}.", 0, len(text) + 13, PUB)
    assert len(found) == 1
    t = found[0]
    assert (t.date_start.isoformat(), t.date_end.isoformat(), t.precision) == (start, end, precision)


def test_weekday_with_month_precision_publication_stays_vague():
    t = X.find_dates("It happened on Monday.", 0, 22, (date(2025, 7, 1), date(2025, 7, 31), "month"))[0]
    assert t.precision == "month" and t.relative


def test_capital_as_place_is_not_an_actor(m):
    r = _run(m, "Damascus- The delegation arrived in Damascus on Monday. Damascus rejected the offer.")
    surfaces = [x["surface"] for x in r["mentions"]]
    assert surfaces.count("Damascus") == 1


def test_pronoun_opens_a_statement_of_the_last_speaker(m):
    r = _run(m, "Sergei Lavrov said that the talks went well. He added that the bases will stay.")
    st = pd.DataFrame(r["statements"])
    assert set(st["speaker_id"]) == {"lavrov"}
    assert (pd.DataFrame(r["mentions"])["method"] == "pronoun").sum() == 1


def test_according_to_and_relay(m):
    r = _run(m, "According to Vladimir Putin, Moscow will not hand over Assad.", outlet="Al Jazeera Net")
    st = pd.DataFrame(r["statements"])
    row = st[st["speaker_id"] == "putin"].iloc[0]
    assert row["via_id"] == "al_jazeera" and row["cue"] == "According to"


def test_refusal_is_opposition(m):
    r = _run(m, "Putin said that extraditing Assad was \u201cout of the question\u201d for Russia.")
    st = pd.DataFrame(r["statements"])
    assert st.set_index("issue_id").loc["assad_extradition", "stance"] == "oppose"


def test_nested_refusal_belongs_to_its_actor(m):
    r = _run(m, "Al-Sharaa said that he raised the handover, but Moscow refused.")
    st = pd.DataFrame(r["statements"])
    nested = st[st["speaker_id"] == "russia"].iloc[0]
    assert nested["via_id"] == "sharaa" and nested["stance"] == "oppose"


def test_unknown_name_after_a_title_is_detected(m):
    r = _run(m, "Analyst Jana Petrova told Reuters that sanctions must be lifted.")
    assert [a.name for a in r["detected"]] == ["Jana Petrova"]
    st = pd.DataFrame(r["statements"])
    assert st["speaker_id"].iloc[0] == r["detected"][0].id and st["via_id"].iloc[0] == "reuters"


def test_author_voice_only_in_authored_texts(m):
    text = "Syria must renegotiate the agreements concluded with Russia."
    assert pd.DataFrame(_run(m, text)["statements"]).empty
    st = pd.DataFrame(_run(m, text, author="syrian_future_movement", outlet="")["statements"])
    assert set(st["attribution"]) == {"author"} and "agreements_renegotiation" in set(st["issue_id"])


def test_ids_are_stable():
    assert X.stable_id("ev", "d", 1, 2) == X.stable_id("ev", "d", 1, 2) != X.stable_id("ev", "d", 1, 3)


def test_positions_mark_mixed_stances():
    st = pd.DataFrame([
        {"statement_id": "st_1", "speaker_id": "a", "issue_id": "i", "stance": "support"},
        {"statement_id": "st_2", "speaker_id": "a", "issue_id": "i", "stance": "oppose"},
        {"statement_id": "st_3", "speaker_id": "b", "issue_id": "i", "stance": "conditional"},
        {"statement_id": "st_4", "speaker_id": "b", "issue_id": "i", "stance": "neutral"},
    ])
    p = dataset.positions(st).set_index("actor_id")
    assert p.loc["a", "stance"] == "mixed" and p.loc["a", "score"] == 0
    assert p.loc["b", "stance"] == "conditional" and p.loc["b", "score"] == 0.5
