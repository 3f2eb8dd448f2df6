"""From cleaned sentences to the dataset's tables.

Per document (a pure function of the document and the codebook, so it runs on any executor
and is cached by its inputs): mentions, events, statements, the actors it adds. Over the
corpus: the actors and issues tables, happenings (reports grouped across sources) and
positions.
"""
from __future__ import annotations

import pandas as pd

from ..corpus.clean import normalise
from ..extract.codebook import Codebook
from ..extract.document import Extractor, extract_document
from . import happenings as hp
from .namesakes import split_namesakes
from .positions import positions

EVENT_COLUMNS = ["event_id", "doc_id", "sent_id", "start", "end", "expr_start", "expr_end", "date_text", "date_start",
                 "date_end", "precision", "is_relative", "summary", "kind", "family", "label", "place", "actor_ids",
                 "agent_ids", "patient_ids", "issue_ids"]
STATEMENT_COLUMNS = ["statement_id", "doc_id", "sent_id", "start", "end", "speaker_id", "via_id", "attribution",
                     "cue", "issue_id", "stance", "text"]
_EXTRACTORS: dict[str, Extractor] = {}


def extractor(cb: Codebook) -> Extractor:
    """The compiled rules for a codebook, once per process (keyed by the codebook's content)."""
    if cb.digest not in _EXTRACTORS:
        _EXTRACTORS.clear()
        _EXTRACTORS[cb.digest] = Extractor(cb)
    return _EXTRACTORS[cb.digest]


def extract_one(cb: Codebook, task: tuple) -> dict:
    """One document's rows (runs in a worker: the codebook travels with the task)."""
    doc, text, sents = task
    return extract_document(doc, text, sents, extractor(cb))


def actors_table(cb: Codebook, added: list, mentions: pd.DataFrame) -> pd.DataFrame:
    """Codebook actors plus those found in the text or named by the manifest; aliases = the
    codebook's forms plus every surface seen."""
    seen: dict[str, set] = {}
    for aid, surf, method in zip(mentions["actor_id"], mentions["surface"], mentions["method"]):
        if method != "pronoun":
            seen.setdefault(aid, set()).add(normalise(surf))
    rows = []
    for a in cb.actors.values():
        forms = list(dict.fromkeys(a.aliases + a.titles + sorted(seen.get(a.id, set()))))
        rows.append({"actor_id": a.id, "name": a.name, "type": a.type, "affiliation": a.affiliation,
                     "role": a.role, "aliases": "|".join(forms), "origin": "codebook"})
    merged: dict[str, dict] = {}
    for a in added:
        if a.id in cb.actors:
            continue
        r = merged.setdefault(a.id, {"actor_id": a.id, "name": a.name, "type": a.type, "affiliation": a.affiliation,
                                     "role": a.role, "aliases": set(), "origin": a.origin})
        r["aliases"] |= set(a.aliases) | seen.get(a.id, set())
        r["role"] = r["role"] or a.role
        r["affiliation"] = r["affiliation"] or a.affiliation
    for r in merged.values():
        r["aliases"] = "|".join(sorted(r["aliases"]))
        if r["affiliation"] and r["affiliation"] not in cb.actors and r["affiliation"] not in merged:
            r["affiliation"] = ""
        rows.append(r)
    # the codebook lists many states so that any that speaks is found; one the corpus never names is none of its
    # actors (unless an actor it lists acts for it)
    needed = set(seen) | {r["affiliation"] for r in rows}
    return pd.DataFrame([r for r in rows
                         if r["origin"] != "codebook" or r["type"] != "state" or r["actor_id"] in needed])


def issues_table(cb: Codebook) -> pd.DataFrame:
    return pd.DataFrame([{"issue_id": i.id, "label": i.label, "proposition": i.proposition,
                          "keywords": "|".join(i.keywords)} for i in cb.issues.values()])


def extract_corpus(documents: pd.DataFrame, sentences: pd.DataFrame, texts: dict[str, str], cb: Codebook,
                   executor: str = "serial", scheduler: str = "", cache=None) -> dict[str, pd.DataFrame]:
    """Every extraction table for a corpus, ready for validation and writing.

    Documents are extracted independently (on ``executor``; from ``cache`` when their inputs
    are unchanged) and merged in document order; happenings are linked over the whole corpus."""
    from ..parallel import map_documents

    docs = documents.to_dict("records")

    def run(todo: list) -> list:
        """Extract the documents not in the cache (their sentences gathered only for them)."""
        ids = {d["doc_id"] for d, _ in todo}
        mine = sentences[sentences["doc_id"].isin(ids)] if len(ids) < len(docs) else sentences
        by_doc = {d: g for d, g in mine.groupby("doc_id", sort=False)}
        return map_documents(extract_one, [(d, t, by_doc[d["doc_id"]]) for d, t in todo], executor, scheduler,
                             shared=cb)

    tasks = [(d, texts[d["doc_id"]]) for d in docs]
    parts = cache.extract(tasks, cb, run) if cache is not None else run(tasks)
    parts = split_namesakes(docs, parts, cb)  # (two stories' people of one surname and different given names)
    mentions = pd.DataFrame([r for p in parts for r in p["mentions"]],
                            columns=["doc_id", "start", "end", "sent_id", "surface", "actor_id", "method"])
    mentions = mentions.drop_duplicates(["doc_id", "start", "end"])
    events = pd.DataFrame([r for p in parts for r in p["events"]], columns=EVENT_COLUMNS)
    actors = actors_table(cb, [a for p in parts for a in p["detected"]], mentions)
    people = actors[actors["type"] == "person"]
    persons = set(people["actor_id"])
    states = set(actors.loc[actors["type"] == "state", "actor_id"])
    speaks_for = {a: s for a, s in zip(people["actor_id"], people["affiliation"]) if s in states}
    events, happenings = hp.link(events, persons, frozenset(k.kind for k in cb.kinds if k.once),
                                 frozenset(k.kind for k in cb.kinds if k.joins == "same-day"), speaks_for,
                                 frozenset(a.name.lower() for a in cb.actors.values() if a.type == "state"),
                                 frozenset(k.kind for k in cb.kinds if k.by_agent))
    events = events.drop(columns=["family"])
    statements = pd.DataFrame([r for p in parts for r in p["statements"]], columns=STATEMENT_COLUMNS)
    statements = statements.drop_duplicates("statement_id")
    raised = pd.DataFrame([r for p in parts for r in p["issue_mentions"]], columns=["doc_id", "sent_id", "issue_id"])
    return {"actors": actors, "issues": issues_table(cb), "mentions": mentions, "events": events,
            "happenings": happenings, "statements": statements, "issue_mentions": raised}


def corpus_tables(corpus: list, cb: Codebook, executor: str = "serial", scheduler: str = "",
                  cache=None) -> dict[str, pd.DataFrame]:
    """Every table of a corpus, in memory, with the calls the notebooks make (01: clean,
    02: extract, 03: positions); used by the evaluation and ``verify --fresh``."""
    from ..corpus.clean import clean_corpus

    documents, sentences = clean_corpus(corpus, executor, scheduler, cache=cache)
    frames = extract_corpus(documents, sentences, {s.doc_id: s.text for s in corpus}, cb, executor, scheduler, cache)
    return {"documents": documents, "sentences": sentences, **frames,
            "positions": positions(frames["statements"], frames["actors"])}
