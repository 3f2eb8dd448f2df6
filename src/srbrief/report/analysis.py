"""Analyses behind the briefing: focus filters, actor ordering, the agreement network,
contested issues, source comparison and the key judgments, all computed from the tables."""
from __future__ import annotations

import itertools

import networkx as nx
import pandas as pd

from ..dataset.positions import STANCE_SCORE

POSITIVE = {"support", "conditional"}


def focus(positions: pd.DataFrame, params: dict) -> pd.DataFrame:
    """Positions narrowed to the build's focus actors and issues (all when none are given)."""
    p = positions
    if params.get("focus_actors"):
        p = p[p["actor_id"].isin(params["focus_actors"])]
    if params.get("focus_issues"):
        p = p[p["issue_id"].isin(params["focus_issues"])]
    return p.reset_index(drop=True)


def focus_events(events: pd.DataFrame, params: dict) -> pd.DataFrame:
    """Events narrowed to those involving a focus actor or bearing on a focus issue."""
    e = events
    if params.get("focus_actors"):
        e = e[e["actor_ids"].str.split("|").apply(lambda a: bool(set(a) & set(params["focus_actors"])))]
    if params.get("focus_issues"):
        e = e[e["issue_ids"].str.split("|").apply(lambda a: bool(set(a) & set(params["focus_issues"])))]
    return e.reset_index(drop=True)


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


def contested(positions: pd.DataFrame, k: int = 3) -> list[str]:
    """Issues that divide actors most: both sides present first, then spread of scores."""
    out = []
    for issue, g in positions.groupby("issue_id"):
        both = g["stance"].isin(POSITIVE).any() and (g["stance"] == "oppose").any()
        out.append((not both, -g["score"].std(ddof=0) if len(g) > 1 else 0, -len(g), issue))
    return [o[-1] for o in sorted(out)[:k]]


def conflict_pairs(events: pd.DataFrame) -> list[tuple[str, str]]:
    """Each pair of conflicting events once, as (smaller id, larger id), sorted; only pairs
    with both events in ``events`` (a focus may have dropped one side)."""
    known = set(events["event_id"])
    conf = events[events["conflicts_with"] != ""]
    return sorted({(a, o) for a, links in zip(conf["event_id"], conf["conflicts_with"])
                   for o in links.split("|") if o in known and a < o})


def period(events: pd.DataFrame, documents: pd.DataFrame) -> tuple[str, str] | None:
    """The span the briefing covers: earliest event start to the latest publication date."""
    if events.empty:
        return None
    return events["date_start"].min(), max(documents["published"].max(), events["date_end"].max())


def source_coverage(documents, statements, events, mentions) -> pd.DataFrame:
    """What each seed covers: voice, issues, actors, period."""
    rows = []
    for d in documents.itertuples():
        st = statements[statements["doc_id"] == d.doc_id]
        ev = events[events["doc_id"] == d.doc_id]
        voice = ("author's own voice (" + d.author_id + ")") if d.author_id else "reported speech of informants"
        speakers = sorted(set(st["speaker_id"]) - {d.author_id})
        rows.append({"doc_id": d.doc_id, "genre": d.genre, "voice": voice,
                     "issues": ", ".join(sorted(set(st["issue_id"]) - {""})),
                     "speakers": ", ".join(speakers) or "—",
                     "n_actors": mentions.loc[mentions["doc_id"] == d.doc_id, "actor_id"].nunique(),
                     "period": f"{ev['date_start'].min()} – {ev['date_end'].max()}" if len(ev) else "—"})
    return pd.DataFrame(rows)


def single_source_issues(statements: pd.DataFrame) -> dict[str, str]:
    """Issues only one seed speaks to: issue -> doc_id."""
    st = statements[statements["issue_id"] != ""]
    by = st.groupby("issue_id")["doc_id"].agg(lambda s: sorted(set(s)))
    return {i: docs[0] for i, docs in by.items() if len(docs) == 1}


def stance_disagreements(statements: pd.DataFrame) -> pd.DataFrame:
    """Actor x issue pairs whose stance differs between seeds (one source has them back a
    proposition, another has them oppose or stay neutral)."""
    st = statements[(statements["issue_id"] != "") & (statements["stance"] != "")]
    rows = []
    for (actor, issue), g in st.groupby(["speaker_id", "issue_id"]):
        per_doc = g.groupby("doc_id")["stance"].agg(lambda s: sorted(set(s)))
        if len(per_doc) > 1:
            scores = {d: sum(STANCE_SCORE[x] for x in v) / len(v) for d, v in per_doc.items()}
            if max(scores.values()) - min(scores.values()) >= 2:
                rows.append({"actor_id": actor, "issue_id": issue,
                             "by_source": "; ".join(f"{d}: {'/'.join(v)}" for d, v in per_doc.items())})
    return pd.DataFrame(rows, columns=["actor_id", "issue_id", "by_source"])
