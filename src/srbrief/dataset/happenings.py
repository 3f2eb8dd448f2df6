"""Happenings: reports of the same real-world happening, grouped across sources.

A report joins a happening when
- its date falls near the happening's best-supported date so far (its core): overlapping, or
  missing it by no more than three weeks, however coarse the report (one source says "in
  February", another "Tuesday 28 January": one happening, reported with a date conflict;
  "next month" said in September is no report of a visit on 9 September; a month or a season that
  misses it must tell the same kind: an accord "in the summer" is no report of a meeting on 14 May);
  the core is the date most reports agree with, and a coarse report ("in July") agrees with every
  day it holds, so it joins without pulling the core its way unless coarse reports are most; two
  days told more than a week apart are one happening only when they tell the same kind (an
  accord on the 18th and talks on the 28th with one leader are two; a state visit's days are one);
- and it is the same occasion: the same family of kinds (a visit and the meeting held during
  it are one contact; for a month's or a season's report, the family of the kind most of the
  happening's reports give, not of one misread report) with a participant in common, or, naming
  no person, in the same city (not a whole country), or, on the very same day, any kind with a
  person in common (the remarks two leaders made at their meeting).
What someone said (kinds the codebook marks ``joins: same-day``) joins only what was said or
done on that day by a person in common. Different people weigh against the same happening only
when the dates do not overlap. Two meetings of the same people months apart stay two
happenings. What happens once and is told by its doer (a withdrawal), told with no one named on one
side and in no other place, may be told up to a week apart (a pullout that "began last week" and
troops seen leaving "on Monday"). Coarse dates (a year, a
decade) join only happenings that occur once (kinds marked ``once``: a regime's fall, an
intervention), never the many contacts of a year. Reports of a kind
told by its doer (``by_agent``: a sanction, a withdrawal) that name different doers, persons
counted as the states they act for, are different happenings.

Events are sorted by start date and swept, each compared only with the happenings still open in
its window: first the reports dated to a part of a month or better, then months and seasons, which
join what the precise reports formed (so "in October" joins the meeting of 15 October, not the first
happening of the month it met, and cannot chain two happenings of its month), and last the clauses
of no known kind, which only join a happening of their day with a person in common ("al-Sharaa at
the Kremlin on 15 October") and never open one. A last pass joins happenings of one family,
overlapping dates and a person in common that the sweep kept apart (any family its reports give: a
month's report the sweep kept from a happening of another main kind may join it here, with a person
in common), or, where one names no person,
the kind most of their reports give and a state both name; dates a day or two apart join only as
one stay (a person in common and the same main kind, not a kind of saying: a delegation's two days
in a capital, not a spokesman's word the day after). A happening with a report of what was said in
it is still that happening. n log n in the number of events, not pairwise.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from ..ids import stable_id

NEAR_DAYS = 21
ADJACENT_DAYS = 2
WEEK_DAYS = 7  # two days told further apart than this, of two kinds, are two happenings
NAMES = re.compile(r"\s[A-Z]")  # a capitalised word after the first: a name or a place
UNLINKED = {"other"}  # a clause with no known kind of happening
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
    voices: frozenset = frozenset()  # the persons and the states they speak for ("Peskov" stands for Russia)
    place: str = ""
    agents: frozenset = frozenset()  # who the report says acts


@dataclass
class _Group:
    """Reports of one happening; its date is kept as counts per distinct interval (reports repeat
    a handful of dates), so finding the best-supported date costs the same however many report it."""

    members: list = field(default_factory=list)
    dates: dict = field(default_factory=dict)  # (lo, hi, precision rank) -> reports giving it
    core: tuple = (0, 0)  # the best-supported date so far
    reach: int = 0  # the latest day any member can fall on
    persons: set = field(default_factory=set)
    others: set = field(default_factory=set)
    voices: set = field(default_factory=set)
    places: set = field(default_factory=set)
    agents: set = field(default_factory=set)
    counts: dict = field(default_factory=dict)  # kind -> reports of it (known kinds only)
    family_of: dict = field(default_factory=dict)  # kind -> its family

    def add(self, r: _Report) -> None:
        self.members.append(r)
        key = (r.lo, r.hi, PRECISION_RANK[r.precision])
        self.dates[key] = self.dates.get(key, 0) + 1
        self.core = self.best()[:2]
        self.reach = max(self.reach, r.hi)
        if r.family in UNLINKED and self.counts:
            return  # a clause of no known kind joins, but says nothing of what happened or who took part
        self.persons |= r.persons
        self.others |= r.others
        self.voices |= r.voices
        if r.family not in UNLINKED:
            self.counts[r.kind] = self.counts.get(r.kind, 0) + 1
            self.family_of[r.kind] = r.family
        if r.place:
            self.places.add(r.place.lower())
        self.agents |= r.agents

    @property
    def kinds(self):
        """The known kinds its reports give."""
        return self.counts.keys()

    @property
    def families(self) -> set:
        """The families of those kinds."""
        return set(self.family_of.values())

    def main_kinds(self) -> set:
        """The kinds most of its reports give (a report of another kind, misread, does not count, nor does a
        clause of no known kind)."""
        if not self.counts:
            return {m.kind for m in self.members}
        top = max(self.counts.values())
        return {k for k, n in self.counts.items() if n == top}

    def main_families(self) -> set:
        """The families of its main kinds."""
        return {self.family_of.get(k, k) for k in self.main_kinds()}

    def best(self) -> tuple[int, int, int]:
        """The date most reports agree with (a report agrees with a date that lies within its own
        interval: "in January" agrees with "on 28 January", not the other way round); among
        those, the most precise."""
        def support(d):
            return sum(n for o, n in self.dates.items() if o[0] <= d[0] and d[1] <= o[1])
        return min(self.dates, key=lambda d: (-support(d), d[2], d[1] - d[0], d[0]))


def _gap(a_lo, a_hi, b_lo, b_hi) -> int:
    """Days between two intervals (0 when they overlap)."""
    return max(0, max(a_lo, b_lo) - min(a_hi, b_hi))


def _fits(r: _Report, g: _Group, once: frozenset, same_day_only: frozenset, by_agent: frozenset = frozenset()
          ) -> int | None:
    """How well a report fits a group (lower is better), or None when it does not."""
    if _doers_differ({r.kind}, r.agents, g.kinds, g.agents, by_agent):
        return None  # "the EU lifted sanctions", "Washington lifted sanctions": two acts, whatever their dates
    if PRECISION_RANK[r.precision] >= PRECISION_RANK["month"] and r.family not in g.main_families():
        return None  # "this month" joins what most reports of a happening say it was, not a report misread
    gap = _gap(r.lo, r.hi, *g.core)
    shared_people = r.persons & g.persons
    shared_other = r.others & g.others
    same_day = r.precision == "day" and r.lo == r.hi == g.core[0] == g.core[1]
    if r.kind in same_day_only or g.kinds <= same_day_only:
        same_voice = same_day and r.kind in g.kinds and r.voices & g.voices  # the Kremlin and its spokesman, that day
        if not (shared_people or same_voice) or not (same_day or r.kind in g.kinds and gap == 0):
            return None  # what one person (or one voice, that day) said joins only what was said or done that day
    elif r.family in g.families:
        # "a senior delegation visited Moscow in late July": no one named, the same city (not a whole country)
        # (whichever of the two was told first)
        same_place = not (r.persons and g.persons) and bool(r.place) and r.place in g.places and gap == 0
        if r.kind not in g.kinds and not shared_people and not same_place:
            return None  # a visit and an accord are one occasion only when the same people are named
        unnamed = not (r.persons or r.others) or not (g.persons or g.others)
        told_once = r.kind in g.kinds and r.kind in once and r.kind in by_agent and unnamed and gap <= WEEK_DAYS \
            and (not r.place or not g.places or r.place in g.places)  # (what happens once, told with no one named,
        # may be told a few days apart: a pullout "last week" and "on Monday")
        if not (shared_people or shared_other):
            # "a delegation arrived on Tuesday": nobody named on one side, nobody contradicts (the same day, or
            # a coarser date that holds it)
            if not (r.kind in g.kinds and (r.kind in once or unnamed) and gap == 0 or same_place or told_once):
                return None
        if gap > 0 and not (shared_people or r.kind in g.kinds and shared_other or told_once):
            return None  # dates that disagree need the same people, or the same kind and state
        if gap > 0 and r.family not in g.main_families():
            return None  # ... and the family most of its reports give: a call two weeks after a delegation's visit
            # does not join it through one report of the visit misread as a call
        coarse_either = max(PRECISION_RANK[r.precision], g.best()[2]) >= PRECISION_RANK["month"]
        if gap > 0 and coarse_either and r.kind not in g.kinds:
            return None  # a month or a season that misses the date tells another kind of thing of other weeks
            # (whichever of the two came first)
        if gap > 0 and coarse_either and not shared_people:
            return None  # "Russian diesel came in March, wheat in April": a month that misses the date is another
            # happening unless the same people are named (a delegation "in February" that came on 28 January)
        if gap > WEEK_DAYS and r.kind not in g.kinds and r.precision == "day" and g.best()[2] == PRECISION_RANK["day"] \
                and (r.lo, r.lo, PRECISION_RANK["day"]) not in g.dates:
            return None  # an accord on 18 January and talks on 28 January with one leader: two days told more than a
            # week apart, of two kinds, are two happenings (a state visit's days are one; dates that disagree by weeks
            # are one only when one is coarse, or both tell the same kind)
    elif not (same_day and shared_people):
        return None
    if gap > NEAR_DAYS:
        return None
    return gap * 10 - 3 * len(shared_people) - len(shared_other) + (0 if r.family in g.families else 5)


def link(events: pd.DataFrame, person_ids: set[str], once: frozenset = frozenset(),
         same_day_only: frozenset = frozenset(), speaks_for: dict[str, str] | None = None,
         countries: frozenset = frozenset(), by_agent: frozenset = frozenset()) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``events`` with ``happening_id`` and ``conflicts_with`` set, and the happenings table.
    ``once``: kinds that happen once; ``same_day_only``: kinds whose reports join only on the
    same day with a person in common (both from the codebook's happening kinds), or with one
    voice in common that day: a state and a person who ``speaks_for`` it. A place in ``countries``
    (lower case) is too wide to tell two happenings of a family apart. Reports of a kind in ``by_agent``
    that name different doers (``agent_ids``) are different happenings."""
    speaks_for = speaks_for or {}
    reports = []
    for i, e in enumerate(events.itertuples(index=False)):
        ids = [a for a in str(e.actor_ids).split("|") if a]
        reports.append(_Report(i, e.doc_id, e.family, e.kind, date.fromisoformat(e.date_start).toordinal(),
                               date.fromisoformat(e.date_end).toordinal(), e.precision,
                               frozenset(a for a in ids if a in person_ids),
                               frozenset(a for a in ids if a not in person_ids),
                               _voices(ids, person_ids, speaks_for),
                               "" if str(e.place).lower() in countries else str(e.place).lower(),
                               _doers(_cell(getattr(e, "agent_ids", "")), speaks_for)))
    groups: list[_Group] = []
    known = [r for r in reports if r.family not in UNLINKED]
    phases = ([r for r in known if r.precision == "day"],
              [r for r in known if PRECISION_RANK["day"] < PRECISION_RANK[r.precision] < PRECISION_RANK["month"]],
              [r for r in known if PRECISION_RANK[r.precision] >= PRECISION_RANK["month"]],
              [r for r in reports if r.family in UNLINKED])
    # (days first: "in late January" then joins the delegation dated to the day, not opens one of its own before it)
    for phase, opens in zip(phases, (True, True, True, False)):
        # the happenings earlier passes opened, by start, let into the window as the sweep reaches them (a wide
        # report, "in the autumn", also looks at those starting within three weeks of its end, without letting
        # them in)
        waiting = sorted((g for g in groups if g.families and not _coarse(g)), key=lambda g: g.core[0])
        starts = [g.core[0] for g in waiting]
        w = 0
        open_groups: list[_Group] = []
        for r in sorted(phase, key=lambda r: (r.lo, PRECISION_RANK[r.precision], r.i)):
            if PRECISION_RANK[r.precision] >= PRECISION_RANK["year"] and r.kind not in once:
                groups.append(_Group())  # "they met in 2025": too vague to be joined, or to join
                groups[-1].add(r)
                continue
            while w < len(waiting) and starts[w] <= r.lo + NEAR_DAYS:
                open_groups.append(waiting[w])
                w += 1
            open_groups = [g for g in open_groups if g.reach + max(NEAR_DAYS, g.core[1] - g.core[0] + 1) >= r.lo]
            near = open_groups + waiting[w:bisect.bisect_right(starts, r.hi + NEAR_DAYS, lo=w)]
            fits = [(f, k) for k, g in enumerate(near) if (f := _fits(r, g, once, same_day_only, by_agent)) is not None]
            if fits:
                near[min(fits)[1]].add(r)
                continue
            groups.append(_Group())
            groups[-1].add(r)
            if opens:  # (a clause of no known kind opens nothing)
                open_groups.append(groups[-1])
    return _tables(events, _merge(groups, same_day_only, by_agent))


def _with_states(ids: list[str], speaks_for: dict[str, str]) -> frozenset:
    """The ids, with the state each person among them acts or speaks for."""
    return frozenset(ids) | {speaks_for[a] for a in ids if a in speaks_for}


def _doers(agent_ids: str, speaks_for: dict[str, str]) -> frozenset:
    """Who a report says acts, with the state each person acts for ("Roe ordered the pullout", "Ruritania
    withdrew": one doer)."""
    return _with_states([a for a in agent_ids.split("|") if a], speaks_for)


def _cell(value) -> str:
    """A cell as text: a missing one (NaN, None) is empty."""
    return value if isinstance(value, str) else ""


def _voices(ids: list[str], person_ids: set[str], speaks_for: dict[str, str]) -> frozenset:
    """Who may have said it: the persons named and the states they speak for; when no person is
    named, the states and bodies named ("the Kremlin said")."""
    persons = [a for a in ids if a in person_ids]
    return _with_states(persons, speaks_for) if persons else frozenset(ids)


def _coarse(g: _Group) -> bool:
    """Dated no better than a year ("they met in 2025"): never joined to another happening."""
    return g.best()[2] >= PRECISION_RANK["year"]


def _merge(groups: list[_Group], same_day_only: frozenset, by_agent: frozenset = frozenset()) -> list[_Group]:
    """Groups the sweep kept apart that tell one happening: the same family, best dates that
    overlap (or a day or two apart for one stay, :func:`_one_stay`) and a person in common ("in
    January" and "on 28 January" for one delegation, when the coarse report came first). Compared in
    order of date, each only with the groups that start before it ends (or within those days)."""
    order = sorted(range(len(groups)), key=lambda k: groups[k].core)
    alive = [True] * len(groups)
    for x, i in enumerate(order):
        g = groups[i]
        if not alive[i] or not g.families or g.kinds <= same_day_only or _coarse(g):
            continue
        for j in order[x + 1:]:
            h = groups[j]
            if h.core[0] > g.core[1] + ADJACENT_DAYS:
                break
            if alive[j] and g.families & h.families and _same_parties(g, h) and not h.kinds <= same_day_only \
                    and not _coarse(h) \
                    and _gap(*g.core, *h.core) <= (ADJACENT_DAYS if _one_stay(g, h, same_day_only) else 0) \
                    and not _doers_differ(g.kinds, g.agents, h.kinds, h.agents, by_agent):
                for r in h.members:
                    g.add(r)
                alive[j] = False
    return [g for k, g in enumerate(groups) if alive[k]]


def _one_stay(g: _Group, h: _Group, said: frozenset) -> bool:
    """May two groups dated a day or two apart be one stay (a delegation's two days in a capital)? Only
    with a person in common and the same main kind, not a kind of saying (what a spokesman said the day
    after a visit is another happening)."""
    return bool(g.persons & h.persons) and bool((g.main_kinds() & h.main_kinds()) - said)


def _doers_differ(kinds_a: set, doers_a: set, kinds_b: set, doers_b: set, by_agent: frozenset) -> bool:
    """Do two reports, or groups of them, of a kind told by its doer name different doers ("the Union lifted its
    sanctions", "Freedonia eased its own")?"""
    return bool(kinds_a & kinds_b & by_agent) and bool(doers_a) and bool(doers_b) and not doers_a & doers_b


def _same_parties(g: _Group, h: _Group) -> bool:
    """Do two groups name the same parties: a person in common, or, when one of them names no
    person ("Russia's first delegation came in January"), the kind most of their reports give and a
    state named by both?"""
    if g.persons & h.persons:
        return True
    if g.persons and h.persons or not g.main_kinds() & h.main_kinds():
        return False
    return bool(g.others & h.others)


def _mode(values: list[str], prefer: str) -> str:
    """The commonest value; ties go to ``prefer`` (the best-dated report's), then to the first seen.
    Never iterates a set, so the choice does not depend on string hashing."""
    if not values:
        return ""
    order = list(dict.fromkeys(values))
    return max(order, key=lambda v: (values.count(v), v == prefer, -order.index(v)))


def _tables(events: pd.DataFrame, groups: list[_Group]) -> tuple[pd.DataFrame, pd.DataFrame]:
    ev = events.copy()
    happening = [""] * len(ev)
    conflicts = [""] * len(ev)
    rows = []
    ids = list(ev["event_id"])
    cols = ["kind", "label", "date_start", "date_end", "precision", "place", "actor_ids"]
    rec = ev[cols + [c for c in ["agent_ids"] if c in ev]].to_dict("records")

    def clarity(m: _Report) -> tuple:
        """A label that names who acts and says the most reads best ("A Russian delegation led by
        Bogdanov visited Damascus" over "Flew into Damascus")."""
        label = str(rec[m.i]["label"])
        return (not rec[m.i].get("agent_ids"), not label[:1].isupper(), -min(len(label.split()), 14), m.i)

    for g in groups:
        members = g.members
        hid = stable_id("hp", *sorted(ids[m.i] for m in members))
        lo, hi, rank = g.best()
        best = min((m for m in members if (m.lo, m.hi) == (lo, hi)), key=clarity)
        # the label: a report that agrees with the best date and names someone or somewhere reads better
        # than one that names nothing ("Russian forces pulled out of Qamishli airport", said "earlier this
        # week", over "The withdrawal was under way", said "on Monday")
        agreeing = [m for m in members if m.lo <= lo and hi <= m.hi]
        labelled = min(agreeing, key=lambda m: (m.family in UNLINKED, not NAMES.search(str(rec[m.i]["label"])),
                                                (m.lo, m.hi) != (lo, hi), clarity(m)))
        for m in members:
            happening[m.i] = hid
            conflicts[m.i] = "|".join(sorted(ids[o.i] for o in members if o.doc != m.doc
                                             and _gap(m.lo, m.hi, o.lo, o.hi) > 0))
        b = rec[best.i]
        kinds = [rec[m.i]["kind"] for m in members if m.family not in UNLINKED] or [rec[m.i]["kind"] for m in members]
        places = [p for p in (rec[m.i]["place"] for m in members) if p]
        actors = list(dict.fromkeys(a for m in members for a in str(rec[m.i]["actor_ids"]).split("|") if a))
        rows.append({"happening_id": hid, "kind": _mode(kinds, b["kind"]),
                     "label": rec[labelled.i]["label"], "date_start": b["date_start"], "date_end": b["date_end"],
                     "precision": b["precision"], "actor_ids": "|".join(actors),
                     "place": _mode(places, b["place"]),
                     "n_sources": len({m.doc for m in members}), "event_ids": "|".join(sorted(ids[m.i] for m in members)),
                     "date_conflict": any(_gap(m.lo, m.hi, best.lo, best.hi) > 0 for m in members)})
    ev["happening_id"] = happening
    ev["conflicts_with"] = conflicts
    cols = ["happening_id", "kind", "label", "date_start", "date_end", "precision", "actor_ids", "place",
            "n_sources", "event_ids", "date_conflict"]
    return ev, pd.DataFrame(rows, columns=cols)
