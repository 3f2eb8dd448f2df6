"""Two stories' people of one surname: one id when the given names agree, two when they differ."""
from __future__ import annotations

import hashlib

import pytest
import yaml

from srbrief.corpus.seeds import load_corpus
from srbrief.dataset.build import corpus_tables
from srbrief.extract import codebook


def _tables(tmp_path, stories: list[str]) -> dict:
    entries = {}
    for k, body in enumerate(stories):
        did = f"90{k}_story"
        data = f"Story {k}\n\n{body}\n".encode()
        (tmp_path / f"{did}.txt").write_bytes(data)
        entries[did] = {"file": f"{did}.txt", "title": f"Story {k}", "outlet": "", "author": "", "genre": "news",
                        "language": "en", "published": "2025-05-02", "published_precision": "day",
                        "date_basis": "test", "sha256": hashlib.sha256(data).hexdigest()}
    (tmp_path / "manifest.yaml").write_text(yaml.safe_dump({"seeds": entries}))
    return corpus_tables(load_corpus(tmp_path), codebook.load())


def _ids(t: dict, doc: str) -> set[str]:
    m = t["mentions"]
    return set(m.loc[m["doc_id"] == doc, "actor_id"])


def test_two_people_of_one_surname_in_two_stories_are_two_actors(tmp_path):
    t = _tables(tmp_path, ["Ingrid Halvorsen, a Norwegian correspondent, said the ferry was late.",
                           "Per Halvorsen, a retired diplomat, said the port would stay open. Halvorsen added that "
                           "the talks went well."])
    assert _ids(t, "900_story") == {"ingrid_halvorsen"}
    assert _ids(t, "901_story") == {"per_halvorsen"}
    st = t["statements"]
    assert set(st.loc[st["doc_id"] == "901_story", "speaker_id"]) == {"per_halvorsen"}
    names = dict(zip(t["actors"]["actor_id"], t["actors"]["name"]))
    assert names["ingrid_halvorsen"] == "Ingrid Halvorsen" and names["per_halvorsen"] == "Per Halvorsen"
    assert "halvorsen" not in names


@pytest.mark.parametrize("other", ["Sergey Halvorsen", "Dr. Sergei Halvorsen", "Halvorsen"])
def test_one_person_spelt_or_titled_two_ways_keeps_one_id(tmp_path, other):
    t = _tables(tmp_path, ["Sergei Halvorsen, a Norwegian correspondent, said the ferry was late.",
                           f"{other}, a correspondent, said the port would stay open."])
    assert _ids(t, "900_story") == _ids(t, "901_story") == {"halvorsen"}


def test_one_person_spelt_two_ways_stays_one_beside_a_namesake(tmp_path):
    t = _tables(tmp_path, ["Sergei Halvorsen, a Norwegian correspondent, said the ferry was late.",
                           "Sergey Halvorsen, a correspondent, said the port would stay open.",
                           "Ingrid Halvorsen, a retired diplomat, said the talks went well."])
    assert _ids(t, "900_story") == _ids(t, "901_story") != _ids(t, "902_story")
    assert _ids(t, "902_story") == {"ingrid_halvorsen"}


def test_a_story_that_names_two_namesakes_keeps_the_shared_id(tmp_path):
    t = _tables(tmp_path, ["Ingrid Halvorsen, a Norwegian economist, said the ferry was late.",
                           "Per Halvorsen, a retired diplomat, said the port would stay open. Ingrid Halvorsen, his "
                           "sister, said the talks went well."])
    assert _ids(t, "900_story") == {"ingrid_halvorsen"}
    assert _ids(t, "901_story") == {"halvorsen"}  # (nothing says which of them "Halvorsen" is)
