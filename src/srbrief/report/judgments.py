"""Key judgments and the bottom-line summary, generated from the tables.

Each judgment is about one issue and says, kept apart and each cited: who wants what (the
positions actors hold, grouped by the state they speak for), the state of play (the latest
happening bearing on it) and where it is heading (the sources' own forecasts). Its confidence
word follows one stated rule (:data:`CONFIDENCE_RULE`), from the number of independent sources,
whether they agree, and how directly the positions are attested.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from .analysis import DIRECTNESS, POSITIVE, held, party_of

CONFIDENCE_RULE = (
    "Confidence follows one rule. High: three or more independent sources, no party's stance contradicted by "
    "another of its own statements, and every party's stance attested by something it said (a quotation or "
    "reported speech). Moderate: two or more independent sources without contradiction, or one source that "
    "quotes every party directly. Low: anything less: a single source, positions known only as a source "
    "describes them, or a party that says different things. Independent sources are distinct documents.")
VERB = {"support": "backs it", "conditional": "backs it on conditions", "oppose": "opposes it",
        "mixed": "is divided on it", "neutral": "raises it without taking a side"}
OTHERS = {"support": "backing it", "conditional": "backing it on conditions", "oppose": "opposing it",
          "mixed": "divided on it"}
OUTLOOK = {"support": "expect it to go ahead", "conditional": "expect it only on conditions",
           "oppose": "do not expect it", "neutral": "see it as open"}


@dataclass
class Item:
    """One cited part of a judgment: its text and the statements or reports behind it."""

    text: str
    cites: list[tuple[str, int]] = field(default_factory=list)  # (doc_id, sent_id)


@dataclass
class Judgment:
    issue_id: str
    label: str
    positions: Item
    play: Item | None
    outlook: Item | None
    n_sources: int
    confidence: str
    why: str

    @property
    def cites(self) -> list[tuple[str, int]]:
        return [c for part in (self.positions, self.play, self.outlook) if part for c in part.cites]


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _positions(issue: str, pos: pd.DataFrame, st: pd.DataFrame, actors: pd.DataFrame, names: dict,
               main: list[str]) -> tuple:
    """Who wants what on one issue: each main party (a state with the people and bodies that speak
    for it), then everyone else by side; the citations; contradictions; directness."""
    g = pos[(pos["issue_id"] == issue) & (pos["stance"] != "neutral")]
    by_party: dict[str, list] = {}
    for r in g.itertuples():
        party = party_of(r.actor_id, actors)
        by_party.setdefault(party if party in main else "", []).append(r)
    parts, cites, contradicted, direct = [], [], False, True

    def evidence(rows):
        ids = [i for r in rows for i in r.statement_ids.split("|")]
        mine = st[st["statement_id"].isin(ids)].assign(rank=lambda d: d["attribution"].map(DIRECTNESS))
        return mine.sort_values(["rank", "doc_id", "sent_id"])

    for party in [p for p in main if p in by_party]:
        rows = by_party[party]
        firm = {"for" if r.stance in POSITIVE else "against" if r.stance == "oppose" else "mixed" for r in rows}
        contradicted |= len(firm) > 1 or "mixed" in firm
        stance = max((r.stance for r in rows), key=lambda s_: sum(r.n_statements for r in rows if r.stance == s_)) \
            if len(firm) == 1 and "mixed" not in firm else "mixed"
        members = [names.get(r.actor_id, r.actor_id) for r in sorted(rows, key=lambda r: -r.n_statements)
                   if r.actor_id != party]
        parts.append(names.get(party, party) + (f" ({_join(members[:3])})" if members else "") + " " + VERB[stance])
        mine = evidence(rows)
        direct &= bool((mine["rank"] <= 1).any())
        cites += list(zip(mine["doc_id"].head(2), mine["sent_id"].head(2)))
    others = by_party.get("", [])
    for stance in ("support", "conditional", "oppose", "mixed"):
        rows = sorted([r for r in others if r.stance == stance], key=lambda r: -r.n_statements)
        if rows:
            who = [names.get(r.actor_id, r.actor_id) for r in rows]
            parts.append(f"{'also ' if parts else ''}{OTHERS[stance]}: {_join(who[:4])}"
                         f"{f' and {len(who) - 4} more' if len(who) > 4 else ''}")
            mine = evidence(rows)
            cites += list(zip(mine["doc_id"].head(1), mine["sent_id"].head(1)))
    text = "; ".join(parts)
    return text[:1].upper() + text[1:] + ".", cites, contradicted, direct, set(g["statement_ids"].str.split("|").explode())


def key_judgments(tables: dict, names: dict, labels: dict, k: int = 6) -> list[Judgment]:
    """Three to six judgments, one per issue that actors take sides on, the most widely reported first."""
    from .analysis import parties

    pos, st, actors = tables["positions"], tables["statements"], tables["actors"]
    main = parties(actors, tables["mentions"])
    hp, ev = tables["happenings"], tables["events"]
    sides = held(st, actors)
    reach = sides.groupby("issue_id")["doc_id"].nunique().sort_values(ascending=False, kind="mergesort")
    firm_issues = set(pos.loc[pos["stance"] != "neutral", "issue_id"])
    ranked = [i for i in reach.index if i in firm_issues][:k]
    out = []
    for issue in ranked:
        text, cites, contradicted, direct, ids = _positions(issue, pos, st, actors, names, main)
        positions = Item(text, cites)
        on_issue = ev[ev["issue_ids"].str.split("|").apply(lambda x: issue in x)]
        play = None
        if len(on_issue):
            latest = on_issue.sort_values(["date_end", "date_start", "event_id"]).iloc[-1]
            h = hp.set_index("happening_id").loc[latest["happening_id"]]
            reports = on_issue[on_issue["happening_id"] == latest["happening_id"]]
            play = Item(f"The latest reported development: {h['label'].rstrip('.…')} ({_when(h)}"
                        f"{', ' + str(h['n_sources']) + ' sources' if h['n_sources'] > 1 else ''}).",
                        list(zip(reports["doc_id"], reports["sent_id"]))[:2])
        fc = st[(st["attribution"] == "assessment") & (st["issue_id"] == issue) & (st["stance"] != "")]
        outlook = None
        if len(fc):
            direction = fc["stance"].value_counts().index[0]
            n = fc["doc_id"].nunique()
            outlook = Item(f"{'One source' if n == 1 else str(n) + ' sources'} {OUTLOOK[direction]}"
                           f"{'' if fc['stance'].nunique() == 1 else ' (others differ)'}.",
                           list(zip(fc["doc_id"], fc["sent_id"]))[:2])
        docs = set(st.loc[st["statement_id"].isin(ids), "doc_id"]) | {d for d, _ in (play.cites if play else [])} \
            | set(fc["doc_id"])
        confidence, why = _confidence(len(docs), contradicted, direct)
        out.append(Judgment(issue, labels.get(issue, issue), positions, play, outlook, len(docs), confidence, why))
    return out


def when(start: str, end: str, precision: str) -> str:
    """A date at its precision, in words: "15 October 2025", "October 2025", "the 1950s"."""
    a, b = pd.Timestamp(start), pd.Timestamp(end)
    if precision == "day":
        return f"{a.day} {a:%B %Y}"
    if precision == "week":
        return f"the week of {a.day} {a:%B %Y}"
    if precision == "month":
        return f"{a:%B %Y}"
    if precision in ("part", "season"):
        return f"{a:%B}–{b:%B %Y}" if a.year == b.year else f"{a:%B %Y}–{b:%B %Y}"
    if precision == "decade":
        return f"the {a.year}s"
    return str(a.year)


def _when(h) -> str:
    return when(h["date_start"], h["date_end"], h["precision"])


def _confidence(n_sources: int, contradicted: bool, direct: bool) -> tuple[str, str]:
    """The confidence word and why (see :data:`CONFIDENCE_RULE`)."""
    basis = f"{n_sources} independent source{'s' if n_sources != 1 else ''}"
    if contradicted:
        return "low", basis + "; a party says different things"
    if n_sources >= 3 and direct:
        return "high", basis + ", in agreement, each party attested by its own words"
    if n_sources >= 2 or direct:
        return "moderate", basis + (", in agreement" if direct else ", in agreement; some positions only described")
    return "low", basis + ("" if direct else "; positions only described")


def summary(judgments: list[Judgment], tables: dict, names: dict) -> list:
    """Three to five sentences for page one: the latest happening, the main positions, the outlook."""
    hp, docs, ev = tables["happenings"], tables["documents"], tables["events"]
    out = []
    if len(hp):
        latest = hp.sort_values(["date_end", "n_sources", "happening_id"]).iloc[-1]
        reports = ev[ev["happening_id"] == latest["happening_id"]]
        out.append(Item(f"The latest development in these sources: {latest['label'].rstrip('.…')} ({_when(latest)}).",
                        list(zip(reports["doc_id"], reports["sent_id"]))[:2]))
    for j in judgments[:3]:
        out.append(Item(f"{j.label}: {j.positions.text}", j.positions.cites[:2]))
    outlooks = [j for j in judgments if j.outlook]
    if outlooks:
        j = outlooks[0]
        out.append(Item(f"Looking ahead on {j.label[:1].lower() + j.label[1:]}: {j.outlook.text}", j.outlook.cites))
    return out[:5]
