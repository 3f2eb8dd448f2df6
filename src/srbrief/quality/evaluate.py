"""Evaluation against the hand-coded gold standard (``data/gold/gold.yaml``).

Gold items carry exact quotes from the seeds; they are located in the seed text and
compared with the dataset's rows:
- actors: (document, actor) pairs the document refers to;
- events: temporal expressions at the same place with the same dates and precision;
- statement speakers: (document, sentence, speaker) units;
- stance agreement: for gold (document, sentence, speaker, issue) statements the
  pipeline also found, the share with the same stance;
- positions: actor x issue overall stances, where both have one.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .. import paths
from ..corpus.seeds import load_corpus, load_yaml
from ..dataset.tables import read_table

THRESHOLD = 0.9


@dataclass
class Score:
    name: str
    tp: int
    fp: int
    fn: int

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


def _locate(text: str, quote: str, where: str) -> int:
    i = text.find(quote)
    if i < 0:
        raise ValueError(f"gold: quote not found in {where}: {quote[:60]!r}")
    return i


def _sent_at(sents: pd.DataFrame, doc_id: str, pos: int, end: int | None = None) -> int:
    """The sentence that overlaps the span [pos, end) the most (a quote may include a list marker)."""
    end = pos + 1 if end is None else end
    s = sents[(sents["doc_id"] == doc_id) & (sents["start"] < end) & (sents["end"] > pos)]
    if not len(s):
        return -1
    overlap = s["end"].clip(upper=end) - s["start"].clip(lower=pos)
    return int(s["sent_id"].iloc[int(overlap.to_numpy().argmax())])


def _score(name, gold: set, pred: set) -> tuple[Score, set, set]:
    return Score(name, len(gold & pred), len(pred - gold), len(gold - pred)), gold - pred, pred - gold


def evaluate(out: paths.OutPaths | None = None, gold_file: Path | None = None, seeds_dir: Path | None = None) -> dict:
    """Scores of the dataset under ``out`` against the gold standard, with the misses listed.
    Only documents that are both in the dataset and in the gold standard count."""
    out = out or paths.out_paths()
    gold = load_yaml(gold_file or paths.GOLD_FILE)
    docs = read_table(out, "documents")
    wanted = set(docs["doc_id"]) & set(gold["documents"])
    texts = {s.doc_id: s.text for s in load_corpus(seeds_dir) if s.doc_id in wanted}
    sents = read_table(out, "sentences")
    keep = lambda df: df[df["doc_id"].isin(wanted)]  # noqa: E731
    mentions = keep(read_table(out, "mentions"))
    events = keep(read_table(out, "events"))
    statements = keep(read_table(out, "statements"))
    positions = read_table(out, "positions")
    g_actors, g_events, g_speakers, g_stance = set(), set(), set(), {}
    for doc_id, g in gold["documents"].items():
        if doc_id not in texts:
            continue
        text = texts[doc_id]
        for a in g.get("actors", []):
            g_actors.add((doc_id, a["id"]))
        for e in g.get("events", []):
            q = _locate(text, e["quote"], doc_id)
            ds = q + e["quote"].find(e["date_text"])
            g_events.add((doc_id, ds, str(e["date_start"]), str(e["date_end"]), e["precision"]))
        for s in g.get("statements", []):
            q = _locate(text, s["quote"], doc_id)
            sid = _sent_at(sents, doc_id, q, q + len(s["quote"]))
            g_speakers.add((doc_id, sid, s["speaker"]))
            if s.get("issue") and s.get("stance"):
                g_stance[(doc_id, sid, s["speaker"], s["issue"])] = s["stance"]
    p_actors = set(zip(mentions["doc_id"], mentions["actor_id"]))
    p_events = set()
    for r in events.itertuples():
        seg = texts[r.doc_id][r.start:r.end]
        ds = r.start + seg.find(r.date_text)
        p_events.add((r.doc_id, ds, r.date_start, r.date_end, r.precision))
    # an event matches when it starts within the gold expression (prepositions may differ)
    g_ev_fuzzy = set()
    for (d, ds, a, b, p) in g_events:
        hit = next((pe for pe in p_events if pe[0] == d and abs(pe[1] - ds) <= 6 and pe[2:] == (a, b, p)), None)
        g_ev_fuzzy.add(hit or (d, ds, a, b, p))
    p_speakers = set(zip(statements["doc_id"], statements["sent_id"], statements["speaker_id"]))
    p_stance = {(r.doc_id, r.sent_id, r.speaker_id, r.issue_id): r.stance for r in statements.itertuples()
                if r.issue_id and r.stance}
    results, misses = {}, {}
    for name, g, p in (("actors", g_actors, p_actors), ("events", g_ev_fuzzy, p_events),
                       ("statement speakers", g_speakers, p_speakers),
                       ("statement issues", set(g_stance), set(p_stance))):
        results[name], missed, extra = _score(name, g, p)
        misses[name] = {"missed": sorted(missed, key=str), "extra": sorted(extra, key=str)}
    both = [k for k in g_stance if k in p_stance]
    agree = [k for k in both if g_stance[k] == p_stance[k]]
    gpos = {(p["actor"], p["issue"]): p["stance"] for p in gold.get("positions", [])} if wanted == set(
        gold["documents"]) else {}  # gold positions span all gold documents
    ppos = {(r.actor_id, r.issue_id): r.stance for r in positions.itertuples()}
    pboth = [k for k in gpos if k in ppos]
    pagree = [k for k in pboth if gpos[k] == ppos[k]]
    return {"scores": results, "misses": misses, "documents": sorted(wanted),
            "stance_agreement": len(agree) / len(both) if both else 0.0, "stance_n": len(both),
            "stance_disagreements": [(k, g_stance[k], p_stance[k]) for k in both if g_stance[k] != p_stance[k]],
            "position_disagreements": [(k, gpos[k], ppos[k]) for k in pboth if gpos[k] != ppos[k]],
            "position_agreement": len(pagree) / len(pboth) if pboth else 0.0, "position_n": len(pboth),
            "position_coverage": len(pboth) / len(gpos) if gpos else 1.0}


def table(result: dict) -> pd.DataFrame:
    """The evaluation as a small table (one row per measure) for the briefing and the terminal."""
    rows = [{"measure": s.name, "precision": s.precision, "recall": s.recall, "f1": s.f1,
             "gold": s.tp + s.fn, "found": s.tp + s.fp} for s in result["scores"].values()]
    rows.append({"measure": "stance agreement", "precision": None, "recall": None,
                 "f1": result["stance_agreement"], "gold": result["stance_n"], "found": result["stance_n"]})
    rows.append({"measure": "position agreement", "precision": None, "recall": None,
                 "f1": result["position_agreement"], "gold": result["position_n"], "found": result["position_n"]})
    return pd.DataFrame(rows)


#: The measures the project promises to keep at or above THRESHOLD.
GATED = ("actors", "events", "statement speakers", "stance agreement")


def failures(result: dict) -> list[str]:
    t = table(result).set_index("measure")
    return [f"{m}: {t.loc[m, 'f1']:.3f} < {THRESHOLD}" for m in GATED if t.loc[m, "f1"] < THRESHOLD]


def main_evaluate(out: str | None = None) -> int:
    res = evaluate(paths.out_paths(out))
    t = table(res)
    print("Evaluation against the hand-coded gold standard (data/gold/gold.yaml):")
    print(t.to_string(index=False, float_format=lambda v: f"{v:.3f}", na_rep="—"))
    bad = failures(res)
    for b in bad:
        print(f"below threshold: {b}", file=sys.stderr)
    return 1 if bad else 0
