"""From cleaned sentences to the dataset's tables: actors, issues, mentions, events,
statements (per document, a pure function) and positions (over the corpus)."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pandas as pd

from ..extract import rules as X
from ..corpus.clean import normalise
from ..extract.codebook import Codebook, pattern
from ..dates import interval

STANCE_SCORE = {"oppose": -2, "neutral": 0, "conditional": 1, "support": 2}


def _resolve_name(name: str, cb: Codebook) -> str:
    """The actor id a free-text name (a manifest's outlet) resolves to, or ''."""
    for a in cb.actors.values():
        for al in a.aliases + a.titles:
            if X.alias_pattern(al).fullmatch(name.strip()):
                return a.id
    return ""


def extract_document(doc: dict, text: str, sents: pd.DataFrame, m: X.Matchers) -> dict:
    """Mentions, events and statements of one document (rows as dicts) plus detected actors."""
    cb = m.cb
    if doc["outlet"] and doc["outlet"] not in m.outlets:
        m.outlets[doc["outlet"]] = _resolve_name(doc["outlet"], cb)
    doc = {**doc, "outlet_id": m.outlets.get(doc["outlet"], "")}
    sents = sents.sort_values("sent_id").reset_index(drop=True)
    mentions = X.find_mentions(doc["doc_id"], text, sents, m)
    detected, dmentions = X.detect_actors(doc["doc_id"], text, sents, mentions, m)
    mentions = sorted(mentions + dmentions, key=lambda x: x.start)
    pub = interval(doc["published"])
    events = []
    by_sent: dict[int, list] = {}
    for x in mentions:
        by_sent.setdefault(x.sent_id, []).append(x)
    dates = X.find_dates(text, 0, len(text), pub)
    for r in X.rows_of(sents):
        if r.kind == "heading":
            continue
        for t in (t for t in dates if r.start <= t.start and t.end <= r.end):
            sent = text[r.start:r.end]
            actors = sorted({x.actor_id for x in by_sent.get(r.sent_id, [])} - {doc["outlet_id"], doc["author_id"]})
            issues = X.issues_in(sent, cb)
            events.append({"event_id": X.stable_id("ev", doc["doc_id"], t.start, t.end),
                           "doc_id": doc["doc_id"], "sent_id": r.sent_id, "start": r.start, "end": r.end,
                           "date_text": t.text, "date_start": t.date_start.isoformat(),
                           "date_end": t.date_end.isoformat(), "precision": t.precision, "is_relative": t.relative,
                           "summary": _summary(text, r.start, r.end, t), "actor_ids": "|".join(actors),
                           "issue_ids": "|".join(issues), "happening": _happening(sent, cb),
                           "conflicts_with": ""})
    statements, pron_mentions = X.find_statements(doc, text, sents, mentions, m)
    mentions = sorted(mentions + pron_mentions, key=lambda x: (x.start, x.end))
    lex = {k: [pattern(p) for p in cb.cues.get(k, [])] for k in ("negation", "neutral")}
    st_rows = []
    for s in statements:
        scope = text[s.scope[0]:s.scope[1]]
        own = text[s.scope[0]:s.own_end] if s.own_end else scope
        issues = X.issues_in(scope, cb)
        for iss in issues or [""]:
            if not iss:
                stance = ""
            elif s.own_end and len(own.split()) < 4:
                stance = "neutral"  # the speaker only relays another actor's act
            else:
                stance = X.stance_of(own, iss, issues, cb, lex)
            st_rows.append({"statement_id": X.stable_id("st", s.doc_id, s.start, s.end, s.speaker_id, s.cue, iss),
                            "doc_id": s.doc_id, "sent_id": s.sent_id, "start": s.start, "end": s.end,
                            "speaker_id": s.speaker_id, "via_id": s.via_id, "attribution": s.attribution,
                            "cue": s.cue, "issue_id": iss, "stance": stance,
                            "text": normalise(text[s.start:s.end])})
    return {"mentions": [x.__dict__ for x in mentions], "events": events, "statements": st_rows,
            "detected": detected}


def _summary(text: str, s: int, e: int, t: X.Temporal, limit: int = 150) -> str:
    """The clause around a temporal expression, cleaned and shortened to one line."""
    sent = text[s:e]
    rel = t.start - s
    cuts = [m.end() for m in re.finditer(r"[,;:]\s", sent) if m.end() <= rel]
    a = cuts[-1] if cuts and rel - cuts[-1] < 40 else 0
    clause = normalise(sent[a:])
    return clause if len(clause) <= limit else clause[: limit - 1].rsplit(" ", 1)[0] + "…"


def _happening(sent: str, cb: Codebook) -> str:
    for kind, phrases in (cb.cues.get("happenings") or {}).items():
        if any(pattern(p).search(sent) for p in phrases):
            return kind
    return ""


def link_conflicts(events: pd.DataFrame) -> pd.DataFrame:
    """Link events of different sources that report the same kind of happening, with at least
    one participant in common, at dates that cannot both be true (disjoint intervals) yet are
    close enough to be one happening misdated (the gap is at most the longer interval: January
    against February, the 1950s against 1944; not 1990 against 2025)."""
    from datetime import date

    ev = events.copy()
    links: dict[str, set] = {e: set() for e in ev["event_id"]}
    start = [date.fromisoformat(d).toordinal() for d in ev["date_start"]]
    end = [date.fromisoformat(d).toordinal() for d in ev["date_end"]]
    buckets: dict[tuple, list] = {}
    for i, (kind, actors) in enumerate(zip(ev["happening"], ev["actor_ids"])):
        if kind:
            for a in filter(None, actors.split("|")):
                buckets.setdefault((kind, a), []).append(i)
    ids, docs = list(ev["event_id"]), list(ev["doc_id"])
    for members in buckets.values():
        members.sort(key=lambda i: (start[i], ids[i]))
        widest = max(end[i] - start[i] for i in members) + 1
        for x, i in enumerate(members):
            reach = max(widest, end[i] - start[i] + 1)
            for j in members[x + 1:]:
                gap = start[j] - end[i]
                if gap > reach:
                    break  # sorted by start: every later event is further away
                longest = max(end[i] - start[i], end[j] - start[j]) + 1
                if docs[i] != docs[j] and 0 < gap <= longest:
                    links[ids[i]].add(ids[j])
                    links[ids[j]].add(ids[i])
    ev["conflicts_with"] = ["|".join(sorted(links[e])) for e in ev["event_id"]]
    return ev


def actors_table(cb: Codebook, detected: list, mentions: pd.DataFrame) -> pd.DataFrame:
    """Codebook actors plus detected ones; aliases = codebook forms plus every surface seen."""
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
    for a in detected:
        r = merged.setdefault(a.id, {"actor_id": a.id, "name": a.name, "type": a.type, "affiliation": "",
                                     "role": "", "aliases": set(), "origin": "detected"})
        r["aliases"] |= set(a.aliases)
    for r in merged.values():
        r["aliases"] = "|".join(sorted(r["aliases"]))
        rows.append(r)
    return pd.DataFrame(rows)


def issues_table(cb: Codebook) -> pd.DataFrame:
    return pd.DataFrame([{"issue_id": i.id, "label": i.label, "proposition": i.proposition,
                          "keywords": "|".join(i.keywords)} for i in cb.issues.values()])


def positions(statements: pd.DataFrame) -> pd.DataFrame:
    """Actor x issue: mean stance score (-2..+2) and an overall stance; 'mixed' when the
    actor both supports (fully or conditionally) and opposes the same proposition."""
    st = statements[(statements["issue_id"] != "") & (statements["stance"] != "")]
    rows = []
    for (actor, issue), g in st.groupby(["speaker_id", "issue_id"], sort=True):
        stances = list(g["stance"])
        score = sum(STANCE_SCORE[s] for s in stances) / len(stances)
        firm = [s for s in stances if s != "neutral"]
        if not firm:
            overall = "neutral"
        elif "oppose" in firm and any(s in ("support", "conditional") for s in firm):
            overall = "mixed"
        else:
            counts = {s: firm.count(s) for s in set(firm)}
            overall = sorted(counts, key=lambda s: (-counts[s], ["conditional", "support", "oppose"].index(s)))[0]
        rows.append({"actor_id": actor, "issue_id": issue, "stance": overall, "score": round(score, 3),
                     "n_statements": len(stances), "statement_ids": "|".join(sorted(g["statement_id"]))})
    return pd.DataFrame(rows, columns=["actor_id", "issue_id", "stance", "score", "n_statements", "statement_ids"])


@lru_cache(maxsize=4)
def _matchers(codebook_dir: str) -> X.Matchers:
    """Compiled matchers for a codebook folder, built once per process (workers reuse them)."""
    from ..extract.codebook import load

    return X.Matchers.build(load(Path(codebook_dir)))


def _extract_task(task: tuple) -> dict:
    doc, text, sents, codebook_dir = task
    return extract_document(doc, text, sents, _matchers(codebook_dir))


def extract_corpus(documents: pd.DataFrame, sentences: pd.DataFrame, texts: dict[str, str], cb: Codebook,
                   executor: str = "serial", scheduler: str = "") -> dict[str, pd.DataFrame]:
    """Every extraction table for a corpus, ready for validation and writing.

    Extraction is a pure function of one document and the codebook, so documents can be
    spread over processes or a Dask cluster; results are merged in document order."""
    from ..parallel import map_documents

    by_doc = {d: g for d, g in sentences.groupby("doc_id", sort=False)}
    docs = documents.to_dict("records")
    if executor == "serial":
        m = X.Matchers.build(cb)
        parts = [extract_document(d, texts[d["doc_id"]], by_doc[d["doc_id"]], m) for d in docs]
    else:
        tasks = [(d, texts[d["doc_id"]], by_doc[d["doc_id"]], str(cb.source)) for d in docs]
        parts = map_documents(_extract_task, tasks, executor, scheduler)
    mentions = pd.DataFrame([r for p in parts for r in p["mentions"]],
                            columns=["doc_id", "start", "end", "sent_id", "surface", "actor_id", "method"])
    mentions = mentions.drop_duplicates(["doc_id", "start", "end"])
    events = pd.DataFrame([r for p in parts for r in p["events"]])
    if len(events):
        events = link_conflicts(events).drop(columns=["happening"])
    else:
        events = pd.DataFrame(columns=["event_id", "doc_id", "sent_id", "start", "end", "date_text", "date_start",
                                       "date_end", "precision", "is_relative", "summary", "actor_ids", "issue_ids",
                                       "conflicts_with"])
    statements = pd.DataFrame([r for p in parts for r in p["statements"]],
                              columns=["statement_id", "doc_id", "sent_id", "start", "end", "speaker_id", "via_id",
                                       "attribution", "cue", "issue_id", "stance", "text"])
    statements = statements.drop_duplicates("statement_id")
    actors = actors_table(cb, [a for p in parts for a in p["detected"]], mentions)
    return {"actors": actors, "issues": issues_table(cb), "mentions": mentions, "events": events,
            "statements": statements}


def corpus_tables(corpus: list, cb: Codebook, executor: str = "serial", scheduler: str = "") -> dict[str, pd.DataFrame]:
    """Every table of a corpus, in memory, with the calls the notebooks make (01: clean,
    02: extract, 03: positions); used by the evaluation and ``verify --fresh``."""
    from ..corpus.clean import clean_corpus

    documents, sentences = clean_corpus(corpus, executor, scheduler)
    frames = extract_corpus(documents, sentences, {s.doc_id: s.text for s in corpus}, cb, executor, scheduler)
    return {"documents": documents, "sentences": sentences, **frames, "positions": positions(frames["statements"])}
