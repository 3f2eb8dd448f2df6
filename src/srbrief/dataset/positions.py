"""Positions: what each actor holds on each issue, aggregated from its statements.

Only views an actor holds count: quotes, reported speech, an author's own voice and positions
described by a source. A source's forecasts (``assessment``) are expectations, not positions,
and channels that only relay (media, unnamed sources) hold none of their own.
"""
from __future__ import annotations

import pandas as pd

STANCE_SCORE = {"oppose": -2, "neutral": 0, "conditional": 1, "support": 2}
HELD = ("direct-quote", "reported", "author", "described")
RELAYS = ("media", "anonymous")


def positions(statements: pd.DataFrame, actors: pd.DataFrame | None = None) -> pd.DataFrame:
    """Actor x issue: mean stance score (-2..+2) and an overall stance; 'mixed' when the actor
    both supports (fully or conditionally) and opposes the same proposition."""
    st = statements[(statements["issue_id"] != "") & (statements["stance"] != "")
                    & statements["attribution"].isin(HELD)]
    if actors is not None:
        relays = set(actors.loc[actors["type"].isin(RELAYS), "actor_id"])
        st = st[~st["speaker_id"].isin(relays)]
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
                     "n_statements": len(stances), "n_sources": g["doc_id"].nunique(),
                     "statement_ids": "|".join(sorted(g["statement_id"]))})
    return pd.DataFrame(rows, columns=["actor_id", "issue_id", "stance", "score", "n_statements", "n_sources",
                                       "statement_ids"])
