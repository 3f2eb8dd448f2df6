"""Key judgments and the bottom-line summary, generated from the tables.

Each judgment is about one issue and says, kept apart and each cited: who wants what (the
positions actors hold, grouped by the state they speak for), the state of play (the latest
happening bearing on it, within a year of the latest source) and where it is heading (the sources' own forecasts). Its confidence
word follows one stated rule (:data:`CONFIDENCE_RULE`), from the number of independent sources,
whether they agree, and how directly the positions are attested.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from .analysis import DIRECTNESS, POSITIVE, held, party_of

#: How far back from the latest source a happening may lie and still be an issue's state of play.
STATE_OF_PLAY_DAYS = 365

CONFIDENCE_RULE = (
    "Confidence follows one rule. High: three or more independent sources, no party divided (a third or more of "
    "its statements on the other side), and every party's stance attested by something it said (a quotation or "
    "reported speech). Moderate: two or more independent sources and no party divided, or one source that "
    "quotes every party directly. Low: anything less: a single source, positions known only as a source "
    "describes them, or a divided party. Independent sources are distinct documents. A party's stance is the side "
    "most of its statements take; the counts are given.")
VERB = {"support": "backs it", "conditional": "backs it on conditions", "oppose": "opposes it",
        "mixed": "is divided on it", "neutral": "raises it without taking a side"}
OTHERS = {"support": "backing it", "conditional": "backing it on conditions", "oppose": "opposing it",
          "mixed": "divided on it"}
OUTLOOK = {"support": ("expects it to go ahead", "expect it to go ahead"),
           "conditional": ("expects it only on conditions", "expect it only on conditions"),
           "oppose": ("does not expect it", "do not expect it"), "neutral": ("sees it as open", "see it as open")}
#: A party is "divided" only when the smaller side holds at least this share of its firm statements.
DIVIDED = 1 / 3


@dataclass
class Item:
    """One cited part of a judgment: its text and the statements or reports behind it."""

    text: str
    cites: list[tuple[str, int]] = field(default_factory=list)  # (doc_id, sent_id)
    short: str = ""  # the same, without the minor voices (for page one)


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
    """Who wants what on one issue, by the weight of the statements: each main party (a state with
    the people and bodies that speak for it) with its majority stance and the count behind it,
    then other actors who speak to the issue more than once; the citations; whether a party is
    divided; whether every party is attested by its own words."""
    g = pos[(pos["issue_id"] == issue) & (pos["stance"] != "neutral")]
    by_party: dict[str, list] = {}
    for r in g.itertuples():
        party = party_of(r.actor_id, actors)
        by_party.setdefault(party if party in main else "", []).append(r)
    parts, short, cites, divided, direct = [], [], [], False, True

    def evidence(rows):
        ids = [i for r in rows for i in r.statement_ids.split("|")]
        mine = st[st["statement_id"].isin(ids) & (st["stance"] != "neutral")]
        return mine.assign(rank=lambda d: d["attribution"].map(DIRECTNESS)).sort_values(["rank", "doc_id", "sent_id"])

    for party in [p for p in main if p in by_party]:
        rows = by_party[party]
        mine = evidence(rows)
        pro = int(mine["stance"].isin(POSITIVE).sum())
        con = int((mine["stance"] == "oppose").sum())
        total = pro + con
        if not total:
            continue
        if min(pro, con) >= DIVIDED * total:
            verb, divided = f"is divided on it ({_n(pro, 'statement')} for, {con} against)", True
        elif pro > con:
            # conditions are part of the stance once a third of its backing statements set them
            n_terms = int((mine["stance"] == "conditional").sum())
            on_terms = n_terms >= DIVIDED * pro
            terms = f", {n_terms} of them on conditions" if n_terms and not (on_terms and n_terms == pro) else ""
            verb = f"{VERB['conditional'] if on_terms else VERB['support']} ({_share(pro, total)}{terms})"
        else:
            verb = f"{VERB['oppose']} ({_share(con, total)})"
        members = [names.get(r.actor_id, r.actor_id) for r in sorted(rows, key=lambda r: -r.n_statements)
                   if r.actor_id != party]
        clause = names.get(party, party) + (f" ({_join(members[:3])})" if members else "") + " " + verb
        parts.append(clause)
        short.append(clause)
        direct &= bool((mine["rank"] <= 1).any())
        side = mine if min(pro, con) >= DIVIDED * total else \
            mine[mine["stance"].isin(POSITIVE)] if pro > con else mine[mine["stance"] == "oppose"]
        cites += list(zip(side["doc_id"].head(2), side["sent_id"].head(2)))  # what the stance stated rests on
    # other voices: those who speak to it more than once, and any whose source no voice named so far comes from
    # (every source the judgment's basis counts is one its text names, and cites); a lone voice with one statement
    # makes no judgment
    voices = {r.actor_id: evidence([r]) for r in by_party.get("", [])}  # each outside voice's statements, most
    # direct first
    shown = {d for p in by_party if p for d in evidence(by_party[p])["doc_id"]}
    others = [r for r in by_party.get("", []) if r.n_statements >= 2]
    shown |= {d for r in others for d in voices[r.actor_id]["doc_id"]}
    for r in sorted(by_party.get("", []), key=lambda r: (int(voices[r.actor_id]["rank"].min()), r.actor_id)) \
            if parts or others else []:  # (the most directly attested first)
        if r.n_statements < 2 and not set(voices[r.actor_id]["doc_id"]) <= shown:
            others.append(r)
            shown |= set(voices[r.actor_id]["doc_id"])
    if not parts and others:  # no party: in their own words only if every voice named is
        direct = all(bool((voices[r.actor_id]["rank"] <= 1).any()) for r in others)
    for stance in ("support", "conditional", "oppose", "mixed"):
        rows = sorted([r for r in others if r.stance == stance], key=lambda r: -r.n_statements)
        if rows:
            who = [names.get(r.actor_id, r.actor_id) for r in rows]
            parts.append(f"{_join(who)} {'is' if len(who) == 1 else 'are'} {'also ' if parts else ''}{OTHERS[stance]}")
            for r in rows:  # each voice named, by its most direct statement
                cites += list(zip(voices[r.actor_id]["doc_id"].head(1), voices[r.actor_id]["sent_id"].head(1)))
    cap = lambda t: t[:1].upper() + t[1:] + "." if t else ""  # noqa: E731
    return cap("; ".join(parts)), cap("; ".join(short or parts[:1])), list(dict.fromkeys(cites)), divided, direct, set(
        g["statement_ids"].str.split("|").explode())


def _n(k: int, noun: str) -> str:
    return f"{k} {noun}" + ("" if k == 1 else "s")


def _share(k: int, n: int) -> str:
    """How many of a party's statements take its majority side, in words a reader expects."""
    return "its one statement" if n == 1 else "both its statements" if k == n == 2 else f"all {n} statements" \
        if k == n else f"{k} of {n} statements"


def key_judgments(tables: dict, names: dict, labels: dict, k: int = 6) -> list[Judgment]:
    """Three to six judgments, one per issue that actors take sides on, the most widely reported first."""
    from .analysis import parties

    pos, st, actors = tables["positions"], tables["statements"], tables["actors"]
    main = parties(actors, tables["mentions"])
    today = max(tables["documents"]["published"])  # what had happened by the latest source, not what is planned
    hp, ev = tables["happenings"], tables["events"]
    sides = held(st, actors)
    reach = sides.groupby("issue_id")["doc_id"].nunique().sort_values(ascending=False, kind="mergesort")
    firm_issues = set(pos.loc[pos["stance"] != "neutral", "issue_id"])
    ranked = [i for i in reach.index if i in firm_issues][:k]
    out = []
    for issue in ranked:
        text, brief, cites, contradicted, direct, ids = _positions(issue, pos, st, actors, names, main)
        if not text:
            continue
        positions = Item(text, cites, brief)
        # what had happened by the latest source, and lately: a happening years old is background, no state of play
        since = (pd.Timestamp(today) - pd.Timedelta(days=STATE_OF_PLAY_DAYS)).strftime("%Y-%m-%d")
        on_issue = ev[ev["issue_ids"].str.split("|").apply(lambda x: issue in x) & (ev["date_end"] <= today)
                      & (ev["date_end"] >= since)]
        play = None
        if len(on_issue):
            latest = on_issue.sort_values(["date_end", "date_start", "event_id"]).iloc[-1]
            h = hp.set_index("happening_id").loc[latest["happening_id"]]
            reports = on_issue[on_issue["happening_id"] == latest["happening_id"]]
            play = Item(f"The latest reported development: {h['label'].rstrip('.')} ({_when(h)}"
                        f"{', ' + str(h['n_sources']) + ' sources' if h['n_sources'] > 1 else ''}).",
                        list(zip(reports["doc_id"], reports["sent_id"]))[:2])
        fc = st[(st["attribution"] == "assessment") & (st["issue_id"] == issue) & (st["stance"] != "")]
        outlook = None
        if len(fc):
            direction = fc["stance"].value_counts().index[0]
            n = fc["doc_id"].nunique()
            outlook = Item(f"{'One source' if n == 1 else str(n) + ' sources'} {OUTLOOK[direction][n != 1]}"
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
    if precision == "part" and (a.year, a.month) == (b.year, b.month):  # a third of a month
        return f"{'early' if a.day == 1 else 'late' if b.day > 27 else 'mid'} {a:%B %Y}"
    if precision == "part" and a.month in (1, 5, 9) and b.month in (4, 8, 12) and a.year == b.year:
        return f"{'early' if a.month == 1 else 'mid' if a.month == 5 else 'late'} {a.year}"
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
        return "low", basis + "; a party's statements point both ways"
    if n_sources >= 3 and direct:
        return "high", basis + ", no party divided, each party in its own words"
    if n_sources >= 2 or direct:
        return "moderate", basis + (", no party divided, each party in its own words" if direct
                                    else ", no party divided; some positions only described")
    return "low", basis + ("" if direct else "; positions only described")


def summary(judgments: list[Judgment], tables: dict, names: dict) -> list:
    """Three to five sentences for page one: the latest happening, the main positions, the outlook."""
    hp, docs, ev = tables["happenings"], tables["documents"], tables["events"]
    out = []
    past = hp[hp["date_end"] <= max(docs["published"])]  # a development, not a plan
    if "kind" in past and (past["kind"] != "other").any():
        past = past[past["kind"] != "other"]  # something that happened ("signed a protocol"), not the day's
        # remaining dated sentence ("answered questions at the weekly briefing")
    if len(past):
        # on the latest day, the happening told by most sources, then by most reports ("negotiators began talks",
        # told twice, over "the request was raised", told once)
        past = past.assign(n_reports=past["event_ids"].str.count(r"\|") + 1)
        latest = past.sort_values(["date_end", "n_sources", "n_reports", "happening_id"]).iloc[-1]
        reports = ev[ev["happening_id"] == latest["happening_id"]]
        out.append(Item(f"The latest development in these sources: {latest['label'].rstrip('.')} ({_when(latest)}).",
                        list(zip(reports["doc_id"], reports["sent_id"]))[:2]))
    for j in judgments[:3]:
        out.append(Item(f"{j.label}: {j.positions.short or j.positions.text}", j.positions.cites[:2]))
    outlooks = [j for j in judgments if j.outlook]
    if outlooks:
        j = outlooks[0]
        out.append(Item(f"Outlook for {j.label}: {j.outlook.text}", j.outlook.cites))
    return out[:5]
