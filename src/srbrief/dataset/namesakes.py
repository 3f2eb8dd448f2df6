"""Namesakes: two people the texts name differently but whose surnames give one id.

Detection ids a new person by surname ("Joanna Lindqvist" -> ``lindqvist``), so that "Lindqvist" later in a story
is the same person, and so is she in another story. When the corpus's stories name people of that surname with
different given names ("Joanna Lindqvist", "Tomas Lindqvist"), they are two actors: the full names are grouped into
people (another spelling, an initial, a middle name or a courtesy title is the same person), and each story that
names one of them takes the id of that person's most used full name. A story that names only the surname, or two
of the people, keeps the shared id (nothing says which). Ids so depend on the corpus: a story added later that names
a namesake renames the person in the stories before it."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ..extract.actors import transliterated
from ..extract.codebook import Codebook
from ..extract.lexicon import id_slug

#: Event columns that hold actor ids, "|"-joined.
EVENT_ACTORS = ("actor_ids", "agent_ids", "patient_ids")


def split_namesakes(docs: list[dict], parts: list[dict], cb: Codebook) -> list[dict]:
    """``parts`` (one per document of ``docs``, in order) with each detected person whose surname id the corpus's
    stories give to people of different given names renamed, in its story, to the id of its person's full name."""
    courtesy = {w.lower().rstrip(".") for w in
                cb.cues["honorifics"] + cb.cues["person_titles"] + cb.cues["title_words"]}
    names: dict[str, dict[str, set[str]]] = {}  # surname id -> story -> full names it uses
    for doc, part in zip(docs, parts):
        for a in part["detected"]:
            if a.type == "person":
                full = {n for n in (_full_name(x, courtesy) for x in [a.name, *a.aliases]) if len(n.split()) > 1}
                names.setdefault(a.id, {}).setdefault(doc["doc_id"], set()).update(full)
    renames: dict[str, dict[str, str]] = {}  # story -> {shared id: person's id}
    taken = set(cb.actors) | {a.id for p in parts for a in p["detected"]}
    for aid, by_doc in names.items():
        used = Counter(n for ns in by_doc.values() for n in ns)
        people = _people(sorted(used))
        if len(people) < 2:
            continue
        for doc_id, ns in by_doc.items():
            mine = {k for k, person in enumerate(people) if ns & person}
            if len(mine) != 1:
                continue  # (only the surname, or two of them, in one story)
            name = max(sorted(people[mine.pop()]), key=lambda n: used[n])
            new = id_slug(re.sub(r"\b(?:al|el)-", "", name.lower()))
            if new and new not in taken:
                renames.setdefault(doc_id, {})[aid] = new
    return [_renamed(part, renames[doc["doc_id"]]) if doc["doc_id"] in renames else part
            for doc, part in zip(docs, parts)]


def _full_name(name: str, courtesy: set[str]) -> str:
    """A person's name without the courtesy titles before it ("Dr. Jane Roe" -> "Jane Roe")."""
    words = name.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in courtesy:
        words = words[1:]
    return " ".join(words)


def _people(full_names: list[str]) -> list[set[str]]:
    """Full names of one surname grouped into people: names that :func:`_others` does not tell apart, linked."""
    people: list[set[str]] = []
    for n in full_names:
        joined = [p for p in people if any(not _others(n, m) for m in p)]
        merged = {n}.union(*joined)
        people = [p for p in people if p not in joined] + [merged]
    return people


def _others(a: str, b: str) -> bool:
    """Do two full names of one surname name two people: given names that differ, neither the start of the other
    ("Jane Anne Roe", "Jane Roe"), an initial of it ("J. Roe") or another spelling of it ("Sergey", "Sergei")?"""
    ga = [w.rstrip(".").lower() for w in a.split()[:-1]]
    gb = [w.rstrip(".").lower() for w in b.split()[:-1]]
    short, long_ = sorted((ga, gb), key=len)
    if long_[:len(short)] == short:
        return False
    if len(short) == 1 and len(short[0]) == 1 and long_[0].startswith(short[0]):
        return False
    return not (len(ga) == len(gb) and all(transliterated(f"{x} Roe", f"{y} Roe") for x, y in zip(ga, gb)))


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
