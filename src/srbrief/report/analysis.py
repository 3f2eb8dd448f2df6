"""Analyses behind the briefing, computed from the tables: focus filters, who belongs to which
party, contested issues, conflicts between actors and between reports, the agenda, the
recommendations, what changed since a date, and the agreement network."""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

import networkx as nx
import pandas as pd

from ..dataset.positions import HELD, STANCE_SCORE, positions as positions_of

POSITIVE = {"support", "conditional"}
DIRECTNESS = {"direct-quote": 0, "reported": 1, "author": 1, "described": 2, "assessment": 3}


# ----------------------------------------------------------------------------- focus
def focus(positions: pd.DataFrame, params: dict) -> pd.DataFrame:
    """Positions narrowed to the build's focus actors and issues (all when none are given)."""
    p = positions
    if params.get("focus_actors"):
        p = p[p["actor_id"].isin(params["focus_actors"])]
    if params.get("focus_issues"):
        p = p[p["issue_id"].isin(params["focus_issues"])]
    return p.reset_index(drop=True)


def focus_happenings(happenings: pd.DataFrame, events: pd.DataFrame, params: dict) -> pd.DataFrame:
    """Happenings with a focus actor taking part or a report bearing on a focus issue."""
    h = happenings
    if params.get("focus_actors"):
        h = h[h["actor_ids"].str.split("|").apply(lambda a: bool(set(a) & set(params["focus_actors"])))]
    if params.get("focus_issues"):
        by_h = events.groupby("happening_id")["issue_ids"].agg(lambda s: set("|".join(s).split("|")))
        h = h[h["happening_id"].map(lambda i: bool(by_h.get(i, set()) & set(params["focus_issues"])))]
    return h.reset_index(drop=True)


# ----------------------------------------------------------------------------- parties
def parties(actors: pd.DataFrame, mentions: pd.DataFrame, k: int = 2) -> list[str]:
    """The states the corpus is about: the ``k`` most mentioned, counting their people."""
    kind = dict(zip(actors["actor_id"], actors["type"]))
    aff = dict(zip(actors["actor_id"], actors["affiliation"]))
    states = [a if kind.get(a) == "state" else aff.get(a, "") for a in mentions["actor_id"]]
    counts = pd.Series([s for s in states if s and kind.get(s) == "state"]).value_counts()
    return sorted(counts.index[:k], key=lambda s: (-counts[s], s)) if len(counts) else []


def party_of(actor_id: str, actors: pd.DataFrame) -> str:
    """The state an actor speaks for: itself if a state, else its affiliation's state, else ''."""
    kind = dict(zip(actors["actor_id"], actors["type"]))
    aff = dict(zip(actors["actor_id"], actors["affiliation"]))
    seen = set()
    a = actor_id
    while a and a not in seen:
        if kind.get(a) == "state":
            return a
        seen.add(a)
        a = aff.get(a, "")
    return ""


def held(statements: pd.DataFrame, actors: pd.DataFrame) -> pd.DataFrame:
    """Statements that are positions of their speaker (no forecasts, no relaying channels)."""
    relays = set(actors.loc[actors["type"].isin(["media", "anonymous"]), "actor_id"])
    return statements[(statements["issue_id"] != "") & (statements["stance"] != "")
                      & statements["attribution"].isin(HELD) & ~statements["speaker_id"].isin(relays)]


def leaders_and_states(positions: pd.DataFrame, actors: pd.DataFrame) -> pd.DataFrame:
    """Each position beside its party's (the state's own) on the same issue: agree, differ, or
    the state has none. A state and its leader are shown together; a difference is flagged."""
    own = {(a, i): s for a, i, s in zip(positions["actor_id"], positions["issue_id"], positions["stance"])}
    rows = []
    for r in positions.itertuples():
        party = party_of(r.actor_id, actors)
        state = own.get((party, r.issue_id), "") if party and party != r.actor_id else ""
        sign = lambda s: 1 if s in POSITIVE else -1 if s == "oppose" else 0  # noqa: E731
        rows.append({"actor_id": r.actor_id, "issue_id": r.issue_id, "party": party, "party_stance": state,
                     "differs": bool(state) and sign(state) != sign(r.stance) and "mixed" not in (state, r.stance)})
    return pd.DataFrame(rows, columns=["actor_id", "issue_id", "party", "party_stance", "differs"])


# ----------------------------------------------------------------------------- disagreement
def contested(positions: pd.DataFrame, k: int | None = None) -> list[str]:
    """Issues on which some actors take a side for and others against, most evenly split first
    (an issue nobody opposes is not contested)."""
    out = []
    for issue, g in positions.groupby("issue_id"):
        pro = int(g["stance"].isin(POSITIVE).sum())
        con = int((g["stance"] == "oppose").sum())
        if pro and con:
            out.append((-min(pro, con), -(pro + con), issue))
    ranked = [o[-1] for o in sorted(out)]
    return ranked[:k] if k else ranked


def stance_conflicts(positions: pd.DataFrame, statements: pd.DataFrame, actors: pd.DataFrame,
                     cap: int = 40, per_issue: int = 3) -> pd.DataFrame:
    """Who says what against whom: on each issue, the most vocal actors of each side paired in
    turn (at most ``per_issue`` pairs; no actor twice, so no quotation repeats down the page),
    each with the most direct statement behind its position."""
    st = held(statements, actors).assign(rank=lambda d: d["attribution"].map(DIRECTNESS))
    best = {}
    for (a, i), g in st.sort_values(["rank", "doc_id", "sent_id"]).groupby(["speaker_id", "issue_id"], sort=False):
        best[(a, i)] = g.iloc[0]
    rows = []
    for issue, g in positions.groupby("issue_id"):
        pro = [r for r in g[g["stance"].isin(POSITIVE)].sort_values(["n_statements", "actor_id"],
                                                                      ascending=[False, True]).itertuples()
               if (r.actor_id, issue) in best]
        con = [r for r in g[g["stance"] == "oppose"].sort_values(["n_statements", "actor_id"],
                                                                ascending=[False, True]).itertuples()
               if (r.actor_id, issue) in best]
        for p, c in list(zip(pro, con))[:per_issue]:
            rows.append({"issue_id": issue, "for_id": p.actor_id, "for_stance": p.stance,
                         "for_statement": best[(p.actor_id, issue)], "against_id": c.actor_id,
                         "against_statement": best[(c.actor_id, issue)], "weight": p.n_statements + c.n_statements})
    df = pd.DataFrame(rows)
    return df.sort_values(["issue_id", "weight"], ascending=[True, False], kind="mergesort").head(cap) \
        if len(df) else df


#: Wordings of one date, and citations of one wording, listed in a date disagreement (the rest counted).
REPORTS_SHOWN = 3


def date_conflicts(happenings: pd.DataFrame, events: pd.DataFrame, meta: dict[str, dict]) -> list[dict]:
    """Happenings whose reports give incompatible dates: each date with its reports, and the
    likelier date when most reports agree or a source's known errors (manifest) explain one."""
    out = []
    ev = events.set_index("event_id")
    for h in happenings[happenings["date_conflict"]].itertuples():
        reports = ev.loc[[e for e in h.event_ids.split("|") if e in ev.index]]
        dates = reports.groupby(["date_start", "date_end"], sort=True)
        options = [{"date_start": a, "date_end": b, "reports": g.reset_index()} for (a, b), g in dates]
        for o in options:
            o["precision"] = o["reports"]["precision"].mode().iloc[0]
            # the reports by their wording: each wording once, counted, with its first citations
            o["wordings"] = [{"text": text, "n": len(g), "cites": list(zip(g["doc_id"], g["sent_id"]))[:REPORTS_SHOWN]}
                             for text, g in sorted(o["reports"].groupby("date_text"), key=lambda kv: -len(kv[1]))
                             ][:REPORTS_SHOWN]
            o["n_more"] = len(o["reports"]) - sum(w["n"] for w in o["wordings"])
            o["agrees"] = o["date_start"] <= h.date_end and h.date_start <= o["date_end"]
            o["known_error"] = any(_named_in_errors(r.date_text, meta.get(r.doc_id, {})) for r in o["reports"].itertuples())
        wrong = [o for o in options if o["known_error"]]
        likely, basis = None, ""
        if wrong and len(wrong) < len(options):
            likely = next(o for o in options if not o["known_error"])
            basis = "a source's known error (seed manifest) accounts for the other date"
        elif sum(len(o["reports"]) for o in options if o["agrees"]) > sum(len(o["reports"]) for o in options
                                                                          if not o["agrees"]):
            likely = next(o for o in options if o["agrees"])
            basis = "most reports agree"
        out.append({"happening": h, "options": options, "likely": likely, "basis": basis})
    return out


def _named_in_errors(date_text: str, meta: dict) -> bool:
    """Does a source's recorded known error name this date ("dates the visit to February 2025")?"""
    from ..dates import MONTHS

    words = [w for w in re.findall(r"[A-Za-z]+|\d{4}", date_text) if w.lower().rstrip(".") in MONTHS or w.isdigit()]
    errors = " ".join(meta.get("known_errors") or [])
    return bool(words) and all(re.search(rf"\b{re.escape(w)}\b", errors) for w in words)


# ----------------------------------------------------------------------------- agenda, recommendations
def agenda(issues: pd.DataFrame, raised: pd.DataFrame, statements: pd.DataFrame, actors: pd.DataFrame) -> pd.DataFrame:
    """Every issue the sources raise, with or without anyone taking a side: sentences and sources
    raising it, and the sides taken."""
    st = held(statements, actors)
    rows = []
    for i in issues.itertuples():
        r = raised[raised["issue_id"] == i.issue_id]
        s = st[st["issue_id"] == i.issue_id]
        counts = s["stance"].value_counts()
        rows.append({"issue_id": i.issue_id, "label": i.label, "proposition": i.proposition,
                     "n_sentences": len(r), "doc_ids": sorted(set(r["doc_id"]) | set(s["doc_id"])),
                     **{k: int(counts.get(k, 0)) for k in ("support", "conditional", "neutral", "oppose")}})
    df = pd.DataFrame(rows)
    return df[(df["n_sentences"] > 0) | (df[["support", "conditional", "neutral", "oppose"]].sum(axis=1) > 0)]


RECOMMEND_HEADING = re.compile(r"recommend|what\s+\w+\s+should|the\s+way\s+forward|advice", re.IGNORECASE)
ADDRESSEE = re.compile(r"\b(?:for|to)\s+(?P<who>.+?)\s*:?\s*$", re.IGNORECASE)
ADVICE = re.compile(r"\b(?:should|must|ought to|would do well to|needs? to|has to|have to)\b", re.IGNORECASE)


@dataclass
class Recommendation:
    addressee: str
    doc_id: str
    sent_id: int
    start: int
    end: int
    by: str


def recommendations(sentences: pd.DataFrame, mentions: pd.DataFrame, documents: pd.DataFrame,
                    names: dict[str, str]) -> list[Recommendation]:
    """What the sources recommend, by addressee: every item under a recommendations heading
    (the addressee from the heading), and every sentence of advice in an author's own voice
    (the addressee is the actor it opens with)."""
    authored = dict(zip(documents["doc_id"], documents["author_id"]))
    first_actor = mentions.sort_values("start").groupby(["doc_id", "sent_id"])["actor_id"].first()
    out = []
    for r in sentences.itertuples():
        if r.kind == "heading":
            continue
        section = r.section or ""
        if RECOMMEND_HEADING.search(section):
            m = ADDRESSEE.search(section)
            who = m.group("who").strip().rstrip(":") if m else ""  # the heading names no addressee
            out.append(Recommendation(who[:1].upper() + who[1:], r.doc_id, r.sent_id, r.start, r.end,
                                      authored.get(r.doc_id, "")))
        elif authored.get(r.doc_id) and ADVICE.search(r.text) and (r.doc_id, r.sent_id) in first_actor.index:
            actor = first_actor[(r.doc_id, r.sent_id)]
            if re.match(r"\W*\w[\w\s'’-]{0,40}?\b(?:should|must|ought|would do well|needs? to|has to|have to)\b",
                        r.text):
                out.append(Recommendation(names.get(actor, actor), r.doc_id, r.sent_id, r.start, r.end,
                                          authored[r.doc_id]))
    return out


# ----------------------------------------------------------------------------- what changed
def since(since_date: str, documents: pd.DataFrame, tables: dict) -> dict:
    """What sources published after ``since_date`` add: new happenings (reported only by them),
    new or changed positions, new actors."""
    from ..dates import interval

    cutoff = interval(since_date)[1]
    new_docs = {d for d, p in zip(documents["doc_id"], documents["published"]) if interval(p)[0] > cutoff}
    old = lambda df: df[~df["doc_id"].isin(new_docs)]  # noqa: E731
    ev, hp, st, ment, actors = (tables[k] for k in ("events", "happenings", "statements", "mentions", "actors"))
    docs_of = ev.groupby("happening_id")["doc_id"].agg(set)
    new_h = hp[hp["happening_id"].map(lambda h: bool(docs_of.get(h, set())) and docs_of[h] <= new_docs)]
    before, after = positions_of(old(st), actors), tables["positions"]
    was = {(a, i): s for a, i, s in zip(before["actor_id"], before["issue_id"], before["stance"])}
    changed = []
    for r in after.itertuples():
        prev = was.get((r.actor_id, r.issue_id))
        if prev != r.stance and set(st[st["statement_id"].isin(r.statement_ids.split("|"))]["doc_id"]) & new_docs:
            changed.append({"actor_id": r.actor_id, "issue_id": r.issue_id, "before": prev or "", "now": r.stance,
                            "statement_ids": r.statement_ids})
    seen_before = set(old(ment)["actor_id"])
    new_actors = sorted(set(ment.loc[ment["doc_id"].isin(new_docs), "actor_id"]) - seen_before)
    return {"documents": documents[documents["doc_id"].isin(new_docs)], "happenings": new_h,
            "positions": pd.DataFrame(changed, columns=["actor_id", "issue_id", "before", "now", "statement_ids"]),
            "actors": actors[actors["actor_id"].isin(new_actors)]}


# ----------------------------------------------------------------------------- the network and ordering
def actor_order(positions: pd.DataFrame) -> list[str]:
    """Actors ordered so that those who agree sit together: a greedy chain that always adds the
    actor closest (by mean absolute score difference on shared issues) to the last one added."""
    wide = positions.pivot_table(index="actor_id", columns="issue_id", values="score")
    if wide.empty:
        return []
    actors = list(wide.index)
    weight = positions.groupby("actor_id")["n_statements"].sum()

    def dist(a, b):
        shared = wide.loc[[a, b]].dropna(axis=1)
        if shared.shape[1] == 0:
            return 5.0
        return float((shared.loc[a] - shared.loc[b]).abs().mean())

    start = max(actors, key=lambda a: (weight.get(a, 0), a))
    order, left = [start], set(actors) - {start}
    while left:
        nxt = min(sorted(left), key=lambda a: dist(order[-1], a))
        order.append(nxt)
        left.remove(nxt)
    return order


def agreement_graph(positions: pd.DataFrame) -> nx.Graph:
    """Congruence and conflict network (as in Discourse Network Analyzer): actors are linked by
    the issues on which both take a firm stance, ``agree`` counting same-sign pairs, ``disagree``
    opposite-sign pairs."""
    g = nx.Graph()
    firm = positions[positions["stance"] != "neutral"]
    rank = {a: i for i, a in enumerate(actor_order(positions))}
    for a in sorted(set(positions["actor_id"])):
        g.add_node(a, n=int(positions.loc[positions["actor_id"] == a, "n_statements"].sum()), rank=rank.get(a, 0))
    for issue, grp in firm.groupby("issue_id"):
        rows = list(grp.itertuples())
        for x, y in itertools.combinations(rows, 2):
            a, b = sorted((x.actor_id, y.actor_id))
            if not g.has_edge(a, b):
                g.add_edge(a, b, agree=0, disagree=0, issues_agree=[], issues_disagree=[])
            same = (x.score > 0) == (y.score > 0) and x.stance != "mixed" and y.stance != "mixed"
            key = "agree" if same else "disagree"
            g.edges[a, b][key] += 1
            g.edges[a, b][f"issues_{key}"].append(issue)
    return g


def period(happenings: pd.DataFrame, documents: pd.DataFrame) -> tuple[str, str] | None:
    """The span the briefing covers: earliest happening to the latest publication date (a plan
    for next year is reported, not covered)."""
    if happenings.empty:
        return None
    return happenings["date_start"].min(), documents["published"].max()


__all__ = ["STANCE_SCORE"]
