"""Scoring a dataset against a gold standard: precision, recall and F1 per layer.

Pure functions of the pipeline's tables, the article texts and a gold file, so the same
scorer measures any version of the rules (the baseline of an older commit included).

Gold actors carry their own ids (the annotator never saw the codebook), so they are first
aligned with the pipeline's actors by the surface forms both give for them: each gold actor is
paired, one to one, with the pipeline actor whose mentions use its aliases most often (an unnamed
source, within its article, also by a mention written inside its alias: "official" in "a senior
Ruritanian army official").
Units compared, per layer:
- actors: (document, actor) pairs;
- dated happenings: temporal expressions at the same place with the same interval and precision;
- cross-source links: pairs of reports in different documents grouped as one happening;
- statement speakers: (document, sentence, speaker);
- issue + stance: (document, sentence, speaker, issue, stance), right only when all are right.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

import pandas as pd

LAYERS = ("actors", "dated happenings", "cross-source links", "statement speakers", "issue + stance")


@dataclass
class Score:
    tp: int
    fp: int
    fn: int
    missed: list = field(default_factory=list)
    extra: list = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def n_gold(self) -> int:
        return self.tp + self.fn


def _compare(gold: set, pred: set) -> Score:
    return Score(len(gold & pred), len(pred - gold), len(gold - pred), sorted(gold - pred, key=str),
                 sorted(pred - gold, key=str))


def norm_form(s: str) -> str:
    """What makes two surface forms of a name the same: case, apostrophes, hyphens, a leading
    "the", a possessive."""
    s = s.casefold().replace("’", "'").replace("‘", "'")
    s = re.sub(r"'s$", "", s.strip())
    s = re.sub(r"[\s\-‐–]+", " ", s).strip(" .,;:\"'“”")
    return re.sub(r"^the ", "", s)


def align_actors(gold, mentions: pd.DataFrame, doc_ids: list[str], other_ids: set[str] = frozenset(),
                 texts: dict[str, str] | None = None, unnamed: set[str] = frozenset()) -> dict:
    """Gold actor id -> pipeline actor id, one to one, by shared surface forms; an actor never
    named in the text (an article's author or outlet) by an identical id among ``other_ids``.
    An unnamed source (registry type ``anonymous``) belongs to one article ("a Western diplomat" of
    one story is not another story's, whatever ids the two annotators or the rules chose), so it is
    aligned within its document, keyed ``(doc_id, gold id)``; where ``texts`` are given, a mention of a pipeline
    actor of ``unnamed`` also counts for the gold unnamed source whose alias it overlaps in the text ("official" in
    "A senior Ruritanian army official": how far a description runs is the annotator's choice, the source is the
    same)."""
    anonymous = {a.id for a in gold.actors if a.type == "anonymous"}
    counts: Counter = Counter()
    local: dict[str, Counter] = {}
    for doc_id in doc_ids:
        doc = gold.documents.get(doc_id)
        if doc is None:
            continue
        owner: dict[str, str] = {}
        for a in doc.actors:
            for alias in a.aliases:
                key = norm_form(alias)
                owner[key] = a.id if owner.get(key, a.id) == a.id else ""  # an alias of two gold actors: no vote
        m = mentions[mentions["doc_id"] == doc_id]
        where = _alias_spans(doc, anonymous, texts.get(doc_id, "")) if texts and unnamed else []
        for surface, pid, s, e in zip(m["surface"], m["actor_id"], *_span_columns(m, where)):
            gid = owner.get(norm_form(surface))
            if not gid and pid in unnamed:
                over = {g for a, b, g in where if a < e and s < b}
                gid = over.pop() if len(over) == 1 else None
            if gid in anonymous:
                local.setdefault(doc_id, Counter())[(gid, pid)] += 1
            elif gid:
                counts[(gid, pid)] += 1
    mapping: dict = {}
    taken = _one_to_one(counts, mapping, set())
    known_pred = set(mentions["actor_id"]) | set(other_ids)
    for doc in gold.documents.values():
        _same_ids(doc, lambda gid: gid not in anonymous, known_pred, mapping, taken)
    for doc_id in doc_ids:
        doc = gold.documents.get(doc_id)
        if doc is None:
            continue
        here: dict = {}
        named_here = {mapping[a.id] for a in doc.actors if a.id in mapping}  # taken in this article only
        used = _one_to_one(local.get(doc_id, Counter()), here, named_here)
        _same_ids(doc, lambda gid: gid in anonymous, known_pred, here, used)
        mapping.update({(doc_id, gid): pid for gid, pid in here.items()})
    return mapping


def _alias_spans(doc, anonymous: set, text: str) -> list[tuple[int, int, str]]:
    """Every place in ``text`` where an alias of one of the document's gold unnamed sources is written."""
    out = []
    for a in doc.actors:
        if a.id in anonymous:
            for alias in a.aliases:
                if alias:  # (as a whole phrase: "media" is no part of "immediately")
                    out += [(mt.start(), mt.end(), a.id)
                            for mt in re.finditer(rf"(?<!\w){re.escape(alias)}(?!\w)", text)]
    return out


def _span_columns(m: pd.DataFrame, where: list) -> tuple:
    """The mentions' start and end columns (placeholders when no spans are compared or none are given)."""
    if where and {"start", "end"} <= set(m.columns):
        return m["start"], m["end"]
    return [-1] * len(m), [-1] * len(m)


def _same_ids(doc, wanted, known_pred: set, mapping: dict, taken: set) -> None:
    """Pairs each gold actor of ``doc`` still unpaired (and ``wanted``) with an identical pipeline id, if free."""
    for gid in [a.id for a in doc.actors] + [s.speaker for s in doc.statements]:
        if wanted(gid) and gid not in mapping and gid in known_pred and gid not in taken:
            mapping[gid] = gid
            taken.add(gid)


def _one_to_one(counts: Counter, mapping: dict, taken: set) -> set:
    """Pairs gold and pipeline ids, most shared forms first (an identical id wins a tie), each once."""
    for (gid, pid), _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0][0] != kv[0][1], kv[0])):
        if gid not in mapping and pid not in taken:
            mapping[gid] = pid
            taken.add(pid)
    return taken


def _sent_at(sents: pd.DataFrame, doc_id: str, start: int, end: int) -> int:
    """The sentence that overlaps [start, end) the most."""
    s = sents[(sents["doc_id"] == doc_id) & (sents["start"] < end) & (sents["end"] > start)]
    if not len(s):
        return -1
    overlap = s["end"].clip(upper=end) - s["start"].clip(lower=start)
    return int(s["sent_id"].iloc[int(overlap.to_numpy().argmax())])


def _expr_spans(events: pd.DataFrame, texts: dict[str, str]) -> list[tuple[int, int]]:
    """Where each event's temporal expression stands in its article."""
    if "expr_start" in events.columns:
        return list(zip(events["expr_start"], events["expr_end"]))
    out = []
    for d, s, e, t in zip(events["doc_id"], events["start"], events["end"], events["date_text"]):
        i = texts[d].find(t, s, e)
        out.append((i, i + len(t)) if i >= 0 else (s, s))
    return out


def _pred_groups(events: pd.DataFrame) -> list[list[int]]:
    """Rows of ``events`` grouped as one happening (``happening_id``; older tables: conflict links)."""
    if "happening_id" in events.columns:
        by: dict[str, list[int]] = {}
        for i, h in enumerate(events["happening_id"]):
            if h:
                by.setdefault(h, []).append(i)
        return list(by.values())
    idx = {e: i for i, e in enumerate(events["event_id"])}
    return [[i, idx[o]] for i, links in enumerate(events.get("conflicts_with", [""] * len(events)))
            for o in str(links).split("|") if o in idx]


def score(gold, tables: dict[str, pd.DataFrame], texts: dict[str, str]) -> dict[str, Score]:
    """Every layer's score over the documents that are both in ``tables`` and in ``gold``."""
    docs = sorted(set(tables["documents"]["doc_id"]) & set(gold.documents))
    keep = lambda df: df[df["doc_id"].isin(docs)].reset_index(drop=True)  # noqa: E731
    sents, mentions = keep(tables["sentences"]), keep(tables["mentions"])
    events, statements = keep(tables["events"]), keep(tables["statements"])
    actors = tables.get("actors")
    unnamed = set(actors.loc[actors["type"] == "anonymous", "actor_id"]) if actors is not None else set()
    amap = align_actors(gold, mentions, docs, set(statements["speaker_id"]) | set(statements["via_id"]), texts, unnamed)
    def a(d: str, gid: str) -> str:
        """The pipeline's id for a gold actor of document ``d``; an unaligned one is never found."""
        return amap.get((d, gid), amap.get(gid, f"gold:{gid}"))
    out: dict[str, Score] = {}

    out["actors"] = _compare({(d, a(d, r.id)) for d in docs for r in gold.documents[d].actors},
                             set(zip(mentions["doc_id"], mentions["actor_id"])))

    # dated happenings: each gold expression is matched with a predicted one it overlaps
    spans = _expr_spans(events, texts)
    pred_ev = [(d, s, e, ds, de, p) for (d, ds, de, p), (s, e) in
               zip(zip(events["doc_id"], events["date_start"], events["date_end"], events["precision"]), spans)]
    g_units, p_units, g_of_pred, g_happ = set(), set(), {}, {}
    for d in docs:
        for k, ev in enumerate(gold.documents[d].events):
            q = texts[d].find(ev.quote)
            s = q + ev.quote.find(ev.date_text)
            e = s + len(ev.date_text)
            unit = (d, s, str(ev.date_start), str(ev.date_end), ev.precision)
            g_units.add(unit)
            g_happ[(d, k)] = ev.happening
            for i, (pd_, ps, pe, *_rest) in enumerate(pred_ev):
                if pd_ == d and ps < e and s < pe and i not in g_of_pred:
                    g_of_pred[i] = (d, k, unit)
                    break
    for i, (d, s, e, ds, de, p) in enumerate(pred_ev):
        hit = g_of_pred.get(i)
        p_units.add(hit[2] if hit and hit[2][2:] == (ds, de, p) else (d, s, ds, de, p, "pred"))
    out["dated happenings"] = _compare(g_units, p_units)

    # cross-source links: unordered pairs of reports in different documents, same happening
    g_links = set()
    by_happening: dict[str, list] = {}
    for key, h in g_happ.items():
        if h:
            by_happening.setdefault(h, []).append(key)
    for members in by_happening.values():
        g_links |= {tuple(sorted((x, y))) for x in members for y in members if x[0] != y[0] and x < y}
    p_links = set()
    ev_docs = list(events["doc_id"])
    for group in _pred_groups(events):
        for x in group:
            for y in group:
                if x < y and ev_docs[x] != ev_docs[y]:
                    gx, gy = g_of_pred.get(x), g_of_pred.get(y)
                    p_links.add(tuple(sorted((gx[:2], gy[:2]))) if gx and gy else ("pred", x, y))
    out["cross-source links"] = _compare(g_links, p_links)

    g_spk, g_iss = set(), set()
    for d in docs:
        for st in gold.documents[d].statements:
            q = texts[d].find(st.quote)
            sid = _sent_at(sents, d, q, q + len(st.quote))
            g_spk.add((d, sid, a(d, st.speaker)))
            if st.issue:
                g_iss.add((d, sid, a(d, st.speaker), st.issue, st.stance))
    out["statement speakers"] = _compare(g_spk, set(zip(statements["doc_id"], statements["sent_id"],
                                                        statements["speaker_id"])))
    firm = statements[(statements["issue_id"] != "") & (statements["stance"] != "")]
    out["issue + stance"] = _compare(g_iss, set(zip(firm["doc_id"], firm["sent_id"], firm["speaker_id"],
                                                    firm["issue_id"], firm["stance"])))
    return out
