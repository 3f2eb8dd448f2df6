"""Namesakes: two people the texts name differently but whose surnames give one id.

Detection ids a new person by surname ("Joanna Lindqvist" -> ``lindqvist``), so that "Lindqvist" later in a story
is the same person, and so is she in another story. When the corpus's stories name two people with that surname
and different given names ("Joanna Lindqvist", "Tomas Lindqvist"), they are two actors: each story's person takes
the id of its full name, and a story that names only the surname keeps the shared one (nothing says which)."""
from __future__ import annotations

import re
from dataclasses import replace

from ..extract.actors import _transliterated
from ..extract.codebook import Codebook
from ..extract.lexicon import id_slug

#: Event columns that hold actor ids, "|"-joined.
EVENT_ACTORS = ("actor_ids", "agent_ids", "patient_ids")


def split_namesakes(docs: list[dict], parts: list[dict], cb: Codebook) -> list[dict]:
    """``parts`` (one per document of ``docs``, in order) with each detected person whose surname id the corpus's
    stories give to people of different given names renamed, in its story, to the id of its full name."""
    courtesy = {w.lower().rstrip(".") for w in cb.cues["honorifics"] + cb.cues["person_titles"] + cb.cues["title_words"]}
    names: dict[str, dict[str, str]] = {}
    for doc, part in zip(docs, parts):
        for a in part["detected"]:
            if a.type == "person":
                names.setdefault(a.id, {})[doc["doc_id"]] = _full_name(a.name, courtesy)
    renames: dict[str, dict[str, str]] = {}  # doc -> {shared id: full-name id}
    taken = set(cb.actors) | set(names)
    for aid, by_doc in names.items():
        full = {n for n in by_doc.values() if len(n.split()) > 1}
        if not any(_others(a, b) for a in full for b in full):
            continue
        for doc_id, name in by_doc.items():
            new = id_slug(re.sub(r"\b(?:al|el)-", "", name.lower()))
            if len(name.split()) > 1 and new and new not in taken:
                renames.setdefault(doc_id, {})[aid] = new
    return [_renamed(part, renames[doc["doc_id"]]) if doc["doc_id"] in renames else part
            for doc, part in zip(docs, parts)]


def _full_name(name: str, courtesy: set[str]) -> str:
    """A person's name without the courtesy titles before it ("Dr. Jane Roe" -> "Jane Roe")."""
    words = name.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in courtesy:
        words = words[1:]
    return " ".join(words)


def _others(a: str, b: str) -> bool:
    """Do two full names with one surname name two people: different given names, neither a transliteration of the
    other ("Sergey Lavrov", "Sergei Lavrov") nor one the initial of the other ("J. Roe", "Jane Roe")?"""
    ga, gb = a.split()[0].rstrip(".").lower(), b.split()[0].rstrip(".").lower()
    if ga == gb or len(ga) == 1 and gb.startswith(ga) or len(gb) == 1 and ga.startswith(gb):
        return False
    two = lambda n: " ".join(n.split()[:1] + n.split()[-1:])  # noqa: E731 (a middle name aside)
    return not _transliterated(two(a), two(b))


def _renamed(part: dict, ids: dict[str, str]) -> dict:
    """One document's rows with the actor ids in ``ids`` renamed."""
    swap = lambda v: ids.get(v, v)  # noqa: E731
    joined = lambda v: "|".join(swap(x) for x in v.split("|")) if isinstance(v, str) and v else v  # noqa: E731
    return {**part,
            "mentions": [{**m, "actor_id": swap(m["actor_id"])} for m in part["mentions"]],
            "statements": [{**s, "speaker_id": swap(s["speaker_id"]), "via_id": swap(s["via_id"])}
                           for s in part["statements"]],
            "events": [{**e, **{c: joined(e[c]) for c in EVENT_ACTORS if c in e}} for e in part["events"]],
            "detected": [replace(a, id=swap(a.id)) for a in part["detected"]]}
