"""Happenings: reports grouped across sources (events built by hand for the tests), and the
same grouping from extracted text written for the tests."""
from __future__ import annotations

import pandas as pd

from srbrief.dataset.happenings import link

PERSONS = {"roe", "doe", "poe"}
COLS = ["event_id", "doc_id", "date_text", "date_start", "date_end", "precision", "kind", "family", "label",
        "place", "actor_ids", "agent_ids"]


def _events(rows):
    return pd.DataFrame([dict(zip(COLS, r)) for r in rows], columns=COLS)


def _happening_of(ev, **kw):
    """Each event's happening id, linked with the codebook's options ``kw``."""
    out, _ = link(ev, PERSONS, **kw)
    return out.set_index("event_id")["happening_id"]


def test_one_meeting_told_three_ways_is_one_happening():
    ev = _events([
        ("e1", "a", "on Wednesday", "2025-10-15", "2025-10-15", "day", "meeting", "contact", "Roe met Doe", "Moscow",
         "roe|doe"),
        ("e2", "b", "on Oct. 15", "2025-10-15", "2025-10-15", "day", "visit", "contact", "Doe visited Moscow", "",
         "doe|ruritania"),
        ("e3", "c", "in October", "2025-10-01", "2025-10-31", "month", "talks", "contact", "talks with Roe", "",
         "roe"),
    ])
    out, hp = link(ev, PERSONS)
    assert out["happening_id"].nunique() == 1 and len(hp) == 1
    h = hp.iloc[0]
    assert (h["date_start"], h["precision"], h["n_sources"], h["date_conflict"]) == ("2025-10-15", "day", 3, False)
    assert h["label"] in ("Roe met Doe", "Doe visited Moscow")


def test_a_happening_is_labelled_by_a_report_that_names_someone_or_somewhere():
    ev = _events([
        ("e1", "a", "on Monday", "2026-01-26", "2026-01-26", "day", "withdrawal", "withdrawal",
         "The withdrawal was under way", "", ""),
        ("e2", "b", "on Monday", "2026-01-26", "2026-01-26", "day", "withdrawal", "withdrawal",
         "The pullout had begun", "", ""),
        ("e3", "c", "earlier this week", "2026-01-26", "2026-02-01", "week", "withdrawal", "withdrawal",
         "Ruritanian troops left the airport at Fort Doe", "", ""),
    ])
    out, hp = link(ev, PERSONS, once=frozenset({"withdrawal"}))
    assert len(hp) == 1
    h = hp.iloc[0]
    assert h["label"] == "Ruritanian troops left the airport at Fort Doe"
    assert (h["date_start"], h["precision"]) == ("2026-01-26", "day")  # the date is still the precise reports'


def test_two_meetings_of_the_same_people_months_apart_stay_two():
    ev = _events([
        ("e1", "a", "on Oct. 15", "2025-10-15", "2025-10-15", "day", "meeting", "contact", "Roe met Doe", "", "roe|doe"),
        ("e2", "b", "on Jan. 28", "2026-01-28", "2026-01-28", "day", "meeting", "contact", "Roe met Doe", "", "roe|doe"),
    ])
    out, hp = link(ev, PERSONS)
    assert out["happening_id"].nunique() == 2 and not hp["date_conflict"].any()


def test_a_misdated_report_joins_and_the_conflict_is_flagged():
    ev = _events([
        ("e1", "a", "on Tuesday", "2025-01-28", "2025-01-28", "day", "delegation", "contact", "envoys arrive", "",
         "poe|ruritania"),
        ("e2", "b", "on Jan. 28", "2025-01-28", "2025-01-28", "day", "visit", "contact", "Poe visits", "", "poe"),
        ("e3", "c", "in February 2025", "2025-02-01", "2025-02-28", "month", "delegation", "contact",
         "a delegation visited", "", "poe"),
    ])
    out, hp = link(ev, PERSONS)
    assert out["happening_id"].nunique() == 1
    h = hp.iloc[0]
    assert h["date_conflict"] and (h["date_start"], h["precision"]) == ("2025-01-28", "day")  # two reports agree
    e3 = out.set_index("event_id").loc["e3"]
    assert set(e3["conflicts_with"].split("|")) == {"e1", "e2"}


def test_a_month_three_weeks_and_more_away_is_another_happening():
    ev = _events([
        ("e1", "a", "on Tuesday", "2025-09-09", "2025-09-09", "day", "visit", "contact", "Poe visits", "", "poe|doe"),
        ("e0", "b", "in September", "2025-09-01", "2025-09-30", "month", "visit", "contact", "Poe's visit", "", "poe"),
        ("e2", "a", "next month", "2025-10-01", "2025-10-31", "month", "visit", "contact", "Doe will travel", "",
         "poe|doe"),
    ])
    out, hp = link(ev, PERSONS)
    assert out["happening_id"].nunique() == 2 and not hp["date_conflict"].any()


def test_a_season_that_misses_a_meeting_is_no_report_of_it_unless_it_tells_the_same_kind():
    ev = _events([
        ("e1", "a", "on May 14", "2025-05-14", "2025-05-14", "day", "meeting", "contact", "Roe met Doe", "", "roe|doe"),
        ("e2", "b", "in the summer", "2025-06-01", "2025-08-31", "season", "agreement", "contact",
         "what Roe signed", "", "roe"),
        ("e3", "c", "in June", "2025-06-01", "2025-06-30", "month", "meeting", "contact", "Roe and Doe met", "",
         "roe|doe"),
    ])
    ids = _happening_of(ev)
    assert ids["e2"] != ids["e1"]  # an accord of some summer week is not the May meeting
    assert ids["e3"] == ids["e1"]  # a meeting of the same people, misdated by a source by a few weeks, still is
    ev = _events([  # (whichever comes first: a spring accord, then a meeting on June 10)
        ("e1", "a", "in the spring", "2025-03-01", "2025-05-31", "season", "agreement", "contact", "what Roe signed",
         "", "roe"),
        ("e2", "b", "on June 10", "2025-06-10", "2025-06-10", "day", "meeting", "contact", "Roe met Doe", "",
         "roe|doe"),
    ])
    out, _ = link(ev, PERSONS)
    assert out["happening_id"].nunique() == 2


def test_an_act_told_by_its_doer_is_another_happening_when_the_doers_differ():
    ev = _events([
        ("e1", "a", "on May 20", "2025-05-20", "2025-05-20", "day", "sanction", "sanction",
         "The Union lifted sanctions", "", "union|ruritania", "union"),
        ("e2", "b", "in May", "2025-05-01", "2025-05-31", "month", "sanction", "sanction", "The Union's move", "",
         "union", "union"),
        ("e3", "c", "in May", "2025-05-01", "2025-05-31", "month", "sanction", "sanction", "Freedonia eased sanctions",
         "", "freedonia", "freedonia"),
        # a meeting is the same whoever the report makes its doer
        ("e4", "a", "on June 2", "2025-06-02", "2025-06-02", "day", "meeting", "contact", "Roe received Doe", "",
         "roe|doe", "roe"),
        ("e5", "b", "on June 2", "2025-06-02", "2025-06-02", "day", "visit", "contact", "Doe visited Roe", "",
         "roe|doe", "doe"),
    ])
    ids = _happening_of(ev, once=frozenset({"sanction"}), by_agent=frozenset({"sanction"}))
    assert ids["e1"] == ids["e2"] != ids["e3"] and ids["e4"] == ids["e5"]
    # a person who acts for a state is that state's doer; and two happenings the sweep made apart stay apart
    ev = _events([
        ("e1", "a", "on June 2", "2025-06-02", "2025-06-02", "day", "withdrawal", "withdrawal",
         "Roe ordered the pullout", "", "roe", "roe"),
        ("e2", "b", "on June 2", "2025-06-02", "2025-06-02", "day", "withdrawal", "withdrawal", "Ruritania withdrew",
         "", "ruritania", "ruritania"),
        ("e3", "c", "in June", "2025-06-01", "2025-06-30", "month", "withdrawal", "withdrawal", "Freedonia withdrew",
         "", "freedonia", "freedonia"),
    ])
    ids = _happening_of(ev, once=frozenset({"withdrawal"}), by_agent=frozenset({"withdrawal"}),
                        speaks_for={"roe": "ruritania"})
    assert ids["e1"] == ids["e2"] != ids["e3"]
    ev = _events([  # (nor does the last pass join them: Roe is named in both, the doers differ)
        ("e1", "a", "in June", "2025-06-01", "2025-06-30", "month", "withdrawal", "withdrawal", "Freedonia withdrew",
         "", "roe|freedonia", "freedonia"),
        ("e2", "b", "on June 2", "2025-06-02", "2025-06-02", "day", "withdrawal", "withdrawal", "Ruritania withdrew",
         "", "roe|ruritania", "ruritania"),
    ])
    out, _ = link(ev, PERSONS, once=frozenset({"withdrawal"}), by_agent=frozenset({"withdrawal"}))
    assert out["happening_id"].nunique() == 2


def test_a_coarse_report_cannot_chain_two_happenings_together():
    ev = _events([
        ("e1", "a", "on Sept. 9", "2025-09-09", "2025-09-09", "day", "delegation", "contact", "Poe arrives", "",
         "poe|roe"),
        ("e2", "b", "next month", "2025-10-01", "2025-10-31", "month", "visit", "contact", "Roe will visit", "",
         "poe|roe"),
        ("e3", "c", "on Oct. 15", "2025-10-15", "2025-10-15", "day", "meeting", "contact", "Roe meets Doe", "",
         "roe|doe"),
    ])
    ids = _happening_of(ev)
    assert ids["e1"] != ids["e3"]


def test_different_kinds_on_different_days_do_not_merge_and_a_year_joins_only_what_happens_once():
    ev = _events([
        ("e1", "a", "on Feb. 12", "2025-02-12", "2025-02-12", "day", "call", "call", "Roe called Doe", "", "roe|doe"),
        ("e2", "b", "on Feb. 14", "2025-02-14", "2025-02-14", "day", "meeting", "contact", "Roe met Doe", "",
         "roe|doe"),
        ("e3", "c", "in 2025", "2025-01-01", "2025-12-31", "year", "meeting", "contact", "they met", "", "roe|doe"),
        ("e4", "a", "on 8 December 2024", "2024-12-08", "2024-12-08", "day", "fall", "fall", "the regime fell", "",
         "ruritania"),
        ("e5", "b", "in 2024", "2024-01-01", "2024-12-31", "year", "fall", "fall", "the regime's fall", "",
         "ruritania"),
    ])
    ids = _happening_of(ev, once=frozenset({"fall"}))
    assert len({ids["e1"], ids["e2"], ids["e3"]}) == 3
    assert ids["e4"] == ids["e5"]
    ids = _happening_of(ev)  # unless the codebook says a fall happens once, a year is too vague
    assert ids["e4"] != ids["e5"]


def test_what_was_said_joins_only_what_was_said_or_done_that_day():
    ev = _events([
        ("e1", "a", "on Monday", "2025-03-03", "2025-03-03", "day", "announcement", "announcement", "Roe said", "",
         "roe"),
        ("e2", "b", "on March 3", "2025-03-03", "2025-03-03", "day", "meeting", "contact", "Roe met Doe", "", "roe|doe"),
        ("e3", "c", "on March 12", "2025-03-12", "2025-03-12", "day", "announcement", "announcement", "Roe said",
         "", "roe"),
    ])
    ids = _happening_of(ev, same_day_only=frozenset({"announcement"}))
    assert ids["e1"] == ids["e2"] and ids["e3"] != ids["e1"]


def test_the_best_date_is_the_most_precise_one_most_reports_allow():
    ev = _events([
        ("e1", "a", "in January", "2025-01-01", "2025-01-31", "month", "delegation", "contact", "envoys came", "", "poe"),
        ("e2", "b", "on Jan. 28", "2025-01-28", "2025-01-28", "day", "delegation", "contact", "envoys came", "", "poe"),
        ("e3", "c", "on Tuesday", "2025-01-28", "2025-01-28", "day", "delegation", "contact", "envoys came", "", "poe"),
        ("e4", "d", "on Jan. 29", "2025-01-29", "2025-01-29", "day", "delegation", "contact", "envoys came", "", "poe"),
        ("e5", "e", "in January", "2025-01-01", "2025-01-31", "month", "delegation", "contact", "envoys came", "", "poe"),
    ])
    _, hp = link(ev, PERSONS)
    assert len(hp) == 1 and (hp.iloc[0]["date_start"], hp.iloc[0]["precision"]) == ("2025-01-28", "day")


def test_a_date_disagreement_lists_each_wording_once_with_its_count_and_precision():
    from srbrief.report.analysis import REPORTS_SHOWN, date_conflicts

    rows = [(f"e{i}", f"d{i}", "on Jan. 28", "2025-01-28", "2025-01-28", "day", "delegation", "contact",
             "envoys arrive", "", "poe|ruritania") for i in range(6)]
    rows += [("e9", "d9", "in February 2025", "2025-02-01", "2025-02-28", "month", "delegation", "contact",
              "a delegation visited", "", "poe")]
    ev = _events(rows)
    out, hp = link(ev, PERSONS)
    assert len(hp) == 1 and hp.iloc[0]["date_conflict"]
    (c,) = date_conflicts(hp, out.assign(sent_id=1), {})
    day, month = sorted(c["options"], key=lambda o: o["date_start"])
    assert (day["precision"], month["precision"]) == ("day", "month") and day["n_more"] == 0
    assert [(w["text"], w["n"], len(w["cites"])) for w in day["wordings"]] == [("on Jan. 28", 6, REPORTS_SHOWN)]


def test_a_report_that_names_no_one_joins_the_same_kind_on_the_same_day():
    ev = _events([
        ("e1", "a", "on Oct. 15", "2025-10-15", "2025-10-15", "day", "visit", "contact", "Roe visited Moscow", "",
         "roe|ruritania"),
        ("e2", "b", "on the fifteenth of October", "2025-10-15", "2025-10-15", "day", "visit", "contact",
         "the visit took place", "", ""),
        ("e3", "c", "on Oct. 15", "2025-10-15", "2025-10-15", "day", "visit", "contact", "Poe visited Minsk", "",
         "poe|borduria"),
    ])
    ids = _happening_of(ev)
    assert ids["e2"] in (ids["e1"], ids["e3"]) and ids["e1"] != ids["e3"]


def test_what_a_state_and_its_spokesman_said_on_the_same_day_is_one_happening():
    ev = _events([
        ("e1", "a", "on Thursday", "2025-10-16", "2025-10-16", "day", "announcement", "speech",
         "the ministry said the talks went well", "", "ruritania"),
        ("e2", "b", "on Oct. 16", "2025-10-16", "2025-10-16", "day", "announcement", "speech",
         "Roe said the talks went well", "", "roe"),
    ])
    once, said = frozenset(), frozenset({"announcement"})
    _, apart = link(ev, PERSONS, once, said)
    _, joined = link(ev, PERSONS, once, said, {"roe": "ruritania"})
    assert len(apart) == 2 and len(joined) == 1
    two = _events([  # two people of different states who both name a third: two voices, two happenings
        ("e1", "a", "on Thursday", "2025-10-16", "2025-10-16", "day", "announcement", "speech", "Roe spoke", "",
         "roe|borduria"),
        ("e2", "b", "on Oct. 16", "2025-10-16", "2025-10-16", "day", "announcement", "speech", "Poe spoke", "",
         "poe|borduria"),
    ])
    _, hp = link(two, PERSONS, once, said, {"roe": "ruritania", "poe": "syldavia"})
    assert len(hp) == 2


def test_a_report_naming_only_a_state_joins_the_same_kind_it_names_after_the_sweep():
    """When it is swept, nothing yet names its state, so only the last pass can join it; it joins the
    happening whose reports mostly give its kind, not one that a single misread report touches."""
    ev = _events([
        ("e2", "b", "on Oct. 15", "2025-10-15", "2025-10-15", "day", "delegation", "contact",
         "A delegation led by Roe arrived in Minsk", "", "roe"),
        ("e3", "c", "on Oct. 15", "2025-10-15", "2025-10-15", "day", "visit", "contact", "Roe flew into Minsk", "",
         "roe"),
        ("e1", "a", "on the Tuesday", "2025-10-15", "2025-10-15", "day", "delegation", "contact",
         "A Ruritanian delegation of high level arrived", "", "ruritania"),
        ("e4", "d", "on Oct. 16", "2025-10-16", "2025-10-16", "day", "delegation", "contact",
         "The delegation of Roe met Ruritania's hosts", "", "roe|ruritania"),
    ])
    out, hp = link(ev, PERSONS)
    assert out["happening_id"].nunique() == 1
    other = _events([  # a talks happening that one misread report calls an offensive
        ("e1", "a", "this month", "2025-10-01", "2025-10-31", "month", "offensive", "offensive",
         "the offensive that pushed Borduria back", "", "ruritania|borduria"),
        ("e2", "b", "on Oct. 15", "2025-10-15", "2025-10-15", "day", "talks", "contact", "Roe held talks with Doe",
         "", "roe|doe|ruritania"),
        ("e3", "c", "on Oct. 15", "2025-10-15", "2025-10-15", "day", "talks", "contact", "Talks between Roe and Doe",
         "", "roe|doe"),
        ("e4", "d", "on Oct. 15", "2025-10-15", "2025-10-15", "day", "offensive", "offensive",
         "Roe praised Doe's progress on the front", "", "roe|doe|ruritania"),
    ])
    ids = _happening_of(other)
    assert ids["e1"] not in (ids["e2"], ids["e3"])


def test_an_unnamed_delegation_in_the_same_city_joins_the_visit_but_a_whole_country_does_not():
    visit = [
        ("e1", "a", "in July", "2025-07-01", "2025-07-31", "month", "visit", "contact", "Roe's trip to Fort Doe",
         "Fort Doe", "roe"),
        ("e2", "b", "on July 31", "2025-07-31", "2025-07-31", "day", "talks", "contact", "Roe held talks in Fort Doe",
         "Fort Doe", "roe|poe"),
    ]
    ev = _events(visit + [("e3", "c", "in late July", "2025-07-21", "2025-07-31", "part", "delegation", "contact",
                           "A senior delegation visited Fort Doe", "Fort Doe", "the_old_regime")])
    out, hp = link(ev, PERSONS)
    assert out["happening_id"].nunique() == 1
    ev = _events([v[:9] + ("Ruritania",) + v[10:] for v in visit]
                 + [("e3", "c", "in late July", "2025-07-21", "2025-07-31", "part", "delegation", "contact",
                     "A senior delegation visited Ruritania", "Ruritania", "the_old_regime")])
    out, hp = link(ev, PERSONS, countries=frozenset({"ruritania"}))
    assert out["happening_id"].nunique() == 2


def test_a_stay_told_on_two_adjacent_days_is_one_happening_but_what_was_said_the_next_day_is_not():
    """Sources date a two-day visit by either day; the sweep can put the two days in two groups (here the
    second day joins the group a state-only report opened), and the last pass joins them again. A group
    that is mostly what someone said the day after stays apart."""
    ev = _events([
        ("e1", "a", "in January", "2025-01-01", "2025-01-31", "month", "delegation", "contact",
         "A Ruritanian delegation came", "", "ruritania"),
        ("e2", "b", "in January", "2025-01-01", "2025-01-31", "month", "delegation", "contact",
         "Poe's delegation came", "", "poe"),
        ("e3", "c", "on Jan. 28", "2025-01-28", "2025-01-28", "day", "delegation", "contact",
         "Poe's delegation arrived", "", "poe"),
        ("e4", "d", "on Jan. 29", "2025-01-29", "2025-01-29", "day", "delegation", "contact",
         "Poe and Doe led the Ruritanian delegation", "", "doe|poe|ruritania"),
        ("e5", "e", "on Wednesday", "2025-01-29", "2025-01-29", "day", "delegation", "contact",
         "Doe's delegation met the hosts", "", "doe"),
    ])
    ids = _happening_of(ev)
    assert ids.nunique() == 1
    from srbrief.dataset.happenings import _Group, _Report, _merge
    from datetime import date

    def group(day, *kinds):
        g = _Group()
        for n, kind in enumerate(kinds):
            family = "announcement" if kind == "announcement" else "contact"
            d = date(2026, 1, day).toordinal()
            g.add(_Report(n, f"{kind}{n}", family, kind, d, d, "day", frozenset({"roe"}), frozenset()))
        return g
    said = frozenset({"announcement"})
    # the talks on the 28th, and two statements on the 29th that one report misread as talks
    assert len(_merge([group(28, "talks", "talks"), group(29, "announcement", "announcement", "talks")], said)) == 2
    assert len(_merge([group(28, "talks", "talks"), group(29, "talks", "talks")], said)) == 1
    # a group that holds a report of what was said at it is still the happening, and joins the rest of it
    assert len(_merge([group(28, "talks", "announcement"), group(28, "talks", "talks")], said)) == 1


def test_a_coarse_report_cannot_chain_two_happenings_of_its_month():
    """"In October" names people of two visits; precise reports are grouped first, so the month's report
    joins one of them and the two visits, eighteen days and no one apart, stay two."""
    ev = _events([
        ("e1", "a", "in October", "2025-10-01", "2025-10-31", "month", "visit", "contact",
         "Doe and Poe travelled in October", "", "doe|poe"),
        ("e2", "b", "on Oct. 2", "2025-10-02", "2025-10-02", "day", "visit", "contact", "Roe and Doe visited Fort Doe",
         "", "roe|doe"),
        ("e3", "c", "on Oct. 20", "2025-10-20", "2025-10-20", "day", "visit", "contact", "Poe visited Ruritania",
         "", "poe"),
    ])
    h = _happening_of(ev)
    assert h["e2"] != h["e3"]
    assert h["e1"] in (h["e2"], h["e3"])


def test_a_clause_of_no_known_kind_joins_that_days_happening_of_a_person_it_names_but_opens_none():
    ev = _events([
        ("e1", "a", "on Oct. 15", "2025-10-15", "2025-10-15", "day", "meeting", "contact", "Roe met Doe", "",
         "roe|doe"),
        ("e2", "b", "on 15 October", "2025-10-15", "2025-10-15", "day", "other", "other", "Doe at the palace", "",
         "doe"),
        ("e3", "c", "on 15 October", "2025-10-15", "2025-10-15", "day", "other", "other", "Poe in the capital", "",
         "poe"),
        ("e4", "d", "on Oct. 15", "2025-10-15", "2025-10-15", "day", "other", "other", "Poe at the ministry", "",
         "poe"),
        ("e5", "e", "in October", "2025-10-01", "2025-10-31", "month", "other", "other", "Doe in the capital", "",
         "doe"),
    ])
    out, hp = link(ev, PERSONS)
    h = out.set_index("event_id")["happening_id"]
    assert h["e2"] == h["e1"]
    assert len({h["e1"], h["e3"], h["e4"], h["e5"]}) == 4  # another person, a clause that joins nothing, a month
    joined = hp.set_index("happening_id").loc[h["e1"]]
    assert (joined["kind"], joined["label"], joined["n_sources"]) == ("meeting", "Roe met Doe", 2)


def test_a_report_naming_a_state_joins_a_happening_whose_reports_named_no_one():
    ev = _events([
        ("e1", "a", "in January", "2025-01-01", "2025-01-31", "month", "cancellation", "cancellation",
         "The contract was cancelled", "", ""),
        ("e2", "b", "in January 2025", "2025-01-01", "2025-01-31", "month", "cancellation", "cancellation",
         "Ruritania cancelled the contract", "", "ruritania"),
    ])
    assert _happening_of(ev).nunique() == 1


def test_a_clause_of_no_known_kind_lends_no_one_to_the_happening_it_joins():
    """"Doe and Poe at the palace" joins Roe and Doe's meeting, but Poe's own meeting that day is no part of it."""
    ev = _events([
        ("e1", "a", "on Oct. 15", "2025-10-15", "2025-10-15", "day", "meeting", "contact", "Roe met Doe", "",
         "roe|doe"),
        ("e2", "b", "on Oct. 15", "2025-10-15", "2025-10-15", "day", "meeting", "contact", "Poe met the mayor", "",
         "poe"),
        ("e3", "c", "on 15 October", "2025-10-15", "2025-10-15", "day", "other", "other", "Doe and Poe at the palace",
         "", "doe|poe"),
    ])
    h = _happening_of(ev)
    assert h["e1"] != h["e2"] and h["e3"] in (h["e1"], h["e2"])


def test_a_happening_is_labelled_by_a_report_of_a_known_kind():
    """A clause of no known kind that names someone labels no happening its reports of a known kind tell."""
    ev = _events([
        ("e1", "a", "on Oct. 15", "2025-10-15", "2025-10-15", "day", "meeting", "contact", "talks were held in Riga",
         "", "roe|doe"),
        ("e2", "b", "on 15 October", "2025-10-15", "2025-10-15", "day", "other", "other", "Doe at the Royal Palace",
         "", "doe"),
        ("e3", "c", "on 15 October", "2025-10-15", "2025-10-15", "day", "other", "other", "Doe in the Old City", "",
         "doe"),
        ("e4", "d", "in October", "2025-10-01", "2025-10-31", "month", "visit", "contact", "Roe's October trip", "",
         "roe"),
    ])
    out, hp = link(ev, PERSONS)
    h = out.set_index("event_id")["happening_id"]
    assert h.nunique() == 1, h.to_dict()
    assert hp.iloc[0]["label"] == "talks were held in Riga"



def test_two_months_that_miss_each_other_are_two_happenings_unless_the_same_people_are_named():
    ev = _events([
        ("e1", "a", "in March", "2025-03-01", "2025-03-31", "month", "aid", "aid", "Ruritania sent fuel", "",
         "ruritania"),
        ("e2", "b", "late March", "2025-03-21", "2025-03-31", "part", "aid", "aid", "A fuel cargo came", "",
         "ruritania"),
        ("e3", "c", "in April", "2025-04-01", "2025-04-30", "month", "aid", "aid", "Ruritania sent grain", "",
         "ruritania"),
    ])
    h = _happening_of(ev)
    assert h["e1"] == h["e2"] != h["e3"]
    ev = _events([
        ("e1", "a", "on Jan. 28", "2025-01-28", "2025-01-28", "day", "delegation", "contact", "Poe's envoys came", "",
         "poe|ruritania"),
        ("e2", "b", "in February", "2025-02-01", "2025-02-28", "month", "delegation", "contact",
         "A delegation led by Poe came", "", "poe"),
    ])
    out, hp = link(ev, PERSONS)
    assert out["happening_id"].nunique() == 1 and bool(hp.iloc[0]["date_conflict"])


def test_two_days_told_ten_days_apart_of_two_kinds_with_one_person_are_two_happenings():
    """An accord of Roe's on the 18th and his talks on the 28th: both told to the day, of two kinds (the same kind
    ten days apart may still be one happening misdated by one source; a month's report is another matter)."""
    ev = _events([
        ("e1", "a", "on Jan. 18", "2026-01-18", "2026-01-18", "day", "agreement", "contact", "Roe signed an accord", "",
         "roe|poe"),
        ("e2", "b", "on Wednesday", "2026-01-28", "2026-01-28", "day", "talks", "contact", "talks with Roe", "",
         "roe|doe"),
        ("e3", "c", "on Jan. 28", "2026-01-28", "2026-01-28", "day", "meeting", "contact", "Roe met Doe", "",
         "roe|doe"),
    ])
    h = _happening_of(ev)
    assert h["e1"] != h["e2"] == h["e3"]


def test_a_state_visits_days_are_one_happening():
    """A visit begun on the 12th and the meeting held during it on the 15th: days apart, one stay."""
    ev = _events([
        ("e1", "a", "on Oct. 12", "2025-10-12", "2025-10-12", "day", "visit", "contact", "Roe arrived in Riga", "",
         "roe"),
        ("e2", "b", "on Oct. 12", "2025-10-12", "2025-10-12", "day", "visit", "contact", "Roe's visit began", "",
         "roe"),
        ("e3", "c", "on Oct. 15", "2025-10-15", "2025-10-15", "day", "meeting", "contact", "Roe met Doe", "",
         "roe|doe"),
    ])
    h = _happening_of(ev)
    assert h["e1"] == h["e2"] == h["e3"]


def test_a_report_misread_as_another_kind_does_not_chain_a_later_happening_of_that_kind():
    """A delegation with Roe on 28 January, one of whose reports reads as a call; Roe's call with Poe on
    12 February is another happening, not joined to the visit through the misread report."""
    ev = _events([
        ("e1", "a", "on Jan. 28", "2025-01-28", "2025-01-28", "day", "delegation", "contact", "Roe's delegation came",
         "", "roe|doe"),
        ("e2", "b", "on Tuesday", "2025-01-28", "2025-01-28", "day", "visit", "contact", "Roe visited", "", "roe|doe"),
        ("e6", "f", "on Tuesday", "2025-01-28", "2025-01-28", "day", "visit", "contact", "Roe came", "", "roe"),
        ("e3", "c", "on Jan. 28", "2025-01-28", "2025-01-28", "day", "call", "call", "a call followed Roe's visit",
         "", "roe"),
        ("e4", "d", "on Feb. 12", "2025-02-12", "2025-02-12", "day", "call", "call", "Poe phoned Roe", "", "roe|poe"),
        ("e5", "e", "on Wednesday", "2025-02-12", "2025-02-12", "day", "call", "call", "Roe and Poe spoke by phone",
         "", "roe|poe"),
    ])
    h = _happening_of(ev)
    assert h["e1"] == h["e2"] == h["e3"] == h["e6"] and h["e4"] == h["e5"] != h["e1"]


def test_what_happens_once_told_with_no_one_named_days_apart_is_one_happening():
    """A pullout that "began last week" and troops seen leaving "on Monday": one withdrawal; two unnamed meetings
    days apart stay two (a meeting happens again and again)."""
    ev = _events([
        ("e1", "a", "last week", "2026-01-19", "2026-01-25", "week", "withdrawal", "withdrawal", "the pullout began",
         "", ""),
        ("e2", "b", "on Monday", "2026-01-26", "2026-01-26", "day", "withdrawal", "withdrawal",
         "tanks left the airport", "", ""),
        ("e3", "c", "last week", "2026-01-19", "2026-01-25", "week", "meeting", "contact", "officials met", "", ""),
        ("e4", "d", "on Monday", "2026-01-26", "2026-01-26", "day", "meeting", "contact", "officials met again", "",
         ""),
    ])
    h = _happening_of(ev, once=frozenset({"withdrawal", "agreement"}), by_agent=frozenset({"withdrawal"}))
    assert h["e1"] == h["e2"] and h["e3"] != h["e4"]
    # (a reviewer's cases: pullouts from two places, or two accords a few days apart, are two)
    ev = _events([
        ("e1", "a", "on Monday", "2026-01-26", "2026-01-26", "day", "withdrawal", "withdrawal",
         "troops left the airport", "Qamishli", ""),
        ("e2", "b", "on Thursday", "2026-01-22", "2026-01-22", "day", "withdrawal", "withdrawal", "the pullout began",
         "Kobani", ""),
        ("e3", "c", "on 19 January", "2026-01-19", "2026-01-19", "day", "agreement", "contact",
         "a wheat deal was signed", "Damascus", ""),
        ("e4", "d", "on 24 January", "2026-01-24", "2026-01-24", "day", "agreement", "contact",
         "a port contract was signed", "Latakia", ""),
    ])
    h = _happening_of(ev, once=frozenset({"withdrawal", "agreement"}), by_agent=frozenset({"withdrawal"}))
    assert h["e1"] != h["e2"] and h["e3"] != h["e4"]
