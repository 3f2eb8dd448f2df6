"""Happenings: reports of the same real-world happening, grouped across sources.

Two reports are of one happening when they are of the same family of kinds (a visit and the
meeting held during it are one contact), share participants (a person when both name people;
otherwise the same kind and a state or organisation) and give dates that overlap, or that
miss each other by no more than the longer interval or three weeks (one source says "in
February", another "late January": one happening, reported with a date conflict). Two
meetings of the same people months apart stay two happenings. Coarse dates (a year, a decade)
join only happenings that occur once (a regime's fall, an intervention), never the many
contacts of a year.

Events are sorted by family and start date and swept once, each compared only with the
happenings still open in its window: n log n in the number of events, not pairwise.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from ..extract.document import stable_id

NEAR_DAYS = 21
#: Families whose happenings occur once, so that even a year-precise report may join them.
SINGULAR = {"fall", "intervention", "flight", "withdrawal", "election", "appointment", "agreement", "sanction"}
UNLINKED = {"other"}
PRECISION_RANK = {"day": 0, "week": 1, "part": 2, "month": 3, "season": 4, "year": 5, "decade": 6}


@dataclass
class _Report:
    i: int
    doc: str
    family: str
    kind: str
    lo: int
    hi: int
    precision: str
    persons: frozenset
    others: frozenset


@dataclass
class _Group:
    members: list = field(default_factory=list)
    lo: int = 0
    hi: int = 0
    persons: set = field(default_factory=set)
    others: set = field(default_factory=set)
    kinds: set = field(default_factory=set)

    def add(self, r: _Report) -> None:
        if not self.members:
            self.lo, self.hi = r.lo, r.hi
        self.members.append(r)
        self.lo, self.hi = min(self.lo, r.lo), max(self.hi, r.hi)
        self.persons |= r.persons
        self.others |= r.others
        self.kinds.add(r.kind)


def _gap(a_lo, a_hi, b_lo, b_hi) -> int:
    """Days between two intervals (0 when they overlap)."""
    return max(0, max(a_lo, b_lo) - min(a_hi, b_hi))


def _fits(r: _Report, g: _Group) -> int | None:
    """How well a report fits a group (lower is better), or None when it does not."""
    coarse = PRECISION_RANK[r.precision] >= PRECISION_RANK["year"]
    if coarse and r.family not in SINGULAR:
        return None
    shared_people = r.persons & g.persons
    if r.persons and g.persons and not shared_people:
        return None
    if not shared_people and not (r.others & g.others and (r.kind in g.kinds or r.family in SINGULAR)):
        return None
    best = min((_gap(r.lo, r.hi, m.lo, m.hi) for m in g.members), default=0)
    longest = max([r.hi - r.lo + 1] + [m.hi - m.lo + 1 for m in g.members])
    if best > max(longest, NEAR_DAYS):
        return None
    return best * 10 - len(shared_people) - len(r.others & g.others)


def link(events: pd.DataFrame, person_ids: set[str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``events`` with ``happening_id`` and ``conflicts_with`` set, and the happenings table."""
    reports = []
    for i, e in enumerate(events.itertuples(index=False)):
        ids = [a for a in str(e.actor_ids).split("|") if a]
        reports.append(_Report(i, e.doc_id, e.family, e.kind, date.fromisoformat(e.date_start).toordinal(),
                               date.fromisoformat(e.date_end).toordinal(), e.precision,
                               frozenset(a for a in ids if a in person_ids),
                               frozenset(a for a in ids if a not in person_ids)))
    groups: list[_Group] = []
    by_family: dict[str, list[_Report]] = {}
    for r in reports:
        by_family.setdefault(r.family, []).append(r)
    for family, rs in by_family.items():
        rs = sorted(rs, key=lambda r: (r.lo, PRECISION_RANK[r.precision], r.i))
        open_groups: list[_Group] = []
        for r in rs:
            if family in UNLINKED:
                groups.append(_Group())
                groups[-1].add(r)
                continue
            open_groups = [g for g in open_groups if g.hi + max(NEAR_DAYS, g.hi - g.lo + 1) >= r.lo]
            fits = [(f, k) for k, g in enumerate(open_groups) if (f := _fits(r, g)) is not None]
            if fits:
                open_groups[min(fits)[1]].add(r)
            else:
                g = _Group()
                g.add(r)
                groups.append(g)
                open_groups.append(g)
    return _tables(events, groups)


def _best(members: list[_Report]) -> _Report:
    """The report whose date most others agree with; among those, the most precise."""
    def support(r):
        return sum(1 for m in members if _gap(r.lo, r.hi, m.lo, m.hi) == 0)
    return min(members, key=lambda r: (-support(r), PRECISION_RANK[r.precision], r.hi - r.lo, r.lo, r.i))


def _tables(events: pd.DataFrame, groups: list[_Group]) -> tuple[pd.DataFrame, pd.DataFrame]:
    ev = events.copy()
    happening = [""] * len(ev)
    conflicts = [""] * len(ev)
    rows = []
    ids = list(ev["event_id"])
    for g in groups:
        members = g.members
        hid = stable_id("hp", *sorted(ids[m.i] for m in members))
        best = _best(members)
        for m in members:
            happening[m.i] = hid
            conflicts[m.i] = "|".join(sorted(ids[o.i] for o in members if o.doc != m.doc
                                             and _gap(m.lo, m.hi, o.lo, o.hi) > 0))
        b = ev.iloc[best.i]
        kinds = [ev.iloc[m.i]["kind"] for m in members]
        places = [p for p in (ev.iloc[m.i]["place"] for m in members) if p]
        actors = list(dict.fromkeys(a for m in members for a in str(ev.iloc[m.i]["actor_ids"]).split("|") if a))
        rows.append({"happening_id": hid, "kind": max(set(kinds), key=lambda k: (kinds.count(k), k == b["kind"])),
                     "label": b["label"], "date_start": b["date_start"], "date_end": b["date_end"],
                     "precision": b["precision"], "actor_ids": "|".join(actors),
                     "place": max(set(places), key=places.count) if places else "",
                     "n_sources": len({m.doc for m in members}), "event_ids": "|".join(sorted(ids[m.i] for m in members)),
                     "date_conflict": any(_gap(m.lo, m.hi, best.lo, best.hi) > 0 for m in members)})
    ev["happening_id"] = happening
    ev["conflicts_with"] = conflicts
    cols = ["happening_id", "kind", "label", "date_start", "date_end", "precision", "actor_ids", "place",
            "n_sources", "event_ids", "date_conflict"]
    return ev, pd.DataFrame(rows, columns=cols)
