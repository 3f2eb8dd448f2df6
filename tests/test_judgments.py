"""The key-judgment rules on small made-up tables: a party's stance by the weight of its
statements, "divided" only past the stated share, the confidence word by its stated rule, and
the state of play never later than the latest source."""
from __future__ import annotations

import pandas as pd

from srbrief.dataset.positions import positions
from srbrief.report.judgments import key_judgments

ACTORS = pd.DataFrame([
    {"actor_id": "ruritania", "name": "Ruritania", "type": "state", "affiliation": ""},
    {"actor_id": "ruri_pm", "name": "Anna Prime", "type": "person", "affiliation": "ruritania"},
    {"actor_id": "borduria", "name": "Borduria", "type": "state", "affiliation": ""},
    {"actor_id": "bord_fm", "name": "Karl Envoy", "type": "person", "affiliation": "borduria"},
])
NAMES = dict(zip(ACTORS["actor_id"], ACTORS["name"]))


def tables(views, docs=("d1", "d2", "d3"), happenings=()):
    """``views``: (speaker, stance, attribution, doc) on the one issue "canal_deal"."""
    st = pd.DataFrame([{"statement_id": f"st_{i}", "doc_id": d, "sent_id": i, "speaker_id": who,
                        "issue_id": "canal_deal", "stance": stance, "attribution": how}
                       for i, (who, stance, how, d) in enumerate(views)])
    hp = pd.DataFrame([{"happening_id": f"hp_{i}", "label": label, "date_start": a, "date_end": b,
                        "precision": "day", "n_sources": 1} for i, (label, a, b) in enumerate(happenings)],
                      columns=["happening_id", "label", "date_start", "date_end", "precision", "n_sources"])
    ev = pd.DataFrame([{"event_id": f"ev_{i}", "doc_id": "d1", "sent_id": 90 + i, "happening_id": f"hp_{i}",
                        "issue_ids": "canal_deal", "date_start": a, "date_end": b}
                       for i, (_, a, b) in enumerate(happenings)],
                      columns=["event_id", "doc_id", "sent_id", "happening_id", "issue_ids", "date_start", "date_end"])
    return {"statements": st, "positions": positions(st, ACTORS), "actors": ACTORS,
            "mentions": pd.DataFrame({"actor_id": ["ruritania"] * 3 + ["borduria"] * 2}),
            "documents": pd.DataFrame({"doc_id": list(docs), "published": ["2030-05-01"] * len(docs)}),
            "happenings": hp, "events": ev}


def judge(t):
    (j,) = key_judgments(t, NAMES, {"canal_deal": "The canal deal"})
    return j


def test_a_party_takes_the_side_most_of_its_statements_take():
    j = judge(tables([("ruri_pm", "support", "direct-quote", "d1"), ("ruritania", "support", "reported", "d2"),
                      ("ruritania", "support", "reported", "d3"), ("ruri_pm", "oppose", "reported", "d3"),
                      ("bord_fm", "oppose", "direct-quote", "d1")]))
    assert "Ruritania (Anna Prime) backs it (3 of 4 statements)" in j.positions.text
    assert "Borduria (Karl Envoy) opposes it (its one statement)" in j.positions.text
    assert j.confidence == "high" and "3 independent sources" in j.why


def test_two_statements_on_one_side_are_both_its_statements():
    j = judge(tables([("ruritania", "support", "reported", "d1"), ("ruri_pm", "support", "direct-quote", "d2"),
                      ("bord_fm", "oppose", "direct-quote", "d1")]))
    assert "Ruritania (Anna Prime) backs it (both its statements)" in j.positions.text


def test_a_third_on_the_other_side_makes_a_party_divided_and_confidence_low():
    j = judge(tables([("ruritania", "support", "reported", "d1"), ("ruritania", "support", "reported", "d2"),
                      ("ruri_pm", "oppose", "direct-quote", "d3"), ("bord_fm", "oppose", "direct-quote", "d1")]))
    assert "Ruritania (Anna Prime) is divided on it (2 statements for, 1 against)" in j.positions.text
    assert j.confidence == "low" and "both ways" in j.why


def test_a_third_of_backing_statements_with_conditions_makes_the_backing_conditional():
    j = judge(tables([("ruritania", "support", "reported", "d1"), ("ruritania", "support", "reported", "d2"),
                      ("ruri_pm", "conditional", "direct-quote", "d3"), ("bord_fm", "support", "direct-quote", "d1")]))
    assert "Ruritania (Anna Prime) backs it on conditions (all 3 statements, 1 of them on conditions)" in j.positions.text
    j = judge(tables([("ruritania", "support", "reported", "d1"), ("ruritania", "support", "reported", "d2"),
                      ("ruritania", "support", "reported", "d3"), ("ruri_pm", "conditional", "direct-quote", "d3")]))
    assert "Ruritania (Anna Prime) backs it (all 4 statements, 1 of them on conditions)" in j.positions.text


def test_voices_outside_the_parties_are_named_with_their_own_verb():
    actors = pd.concat([ACTORS, pd.DataFrame([{"actor_id": "canal_guild", "name": "Canal Guild", "type": "group",
                                               "affiliation": ""}])], ignore_index=True)
    t = tables([("ruritania", "support", "reported", "d1"), ("canal_guild", "support", "reported", "d2"),
                ("canal_guild", "oppose", "reported", "d3")])
    t["actors"], t["positions"] = actors, positions(t["statements"], actors)
    (j,) = key_judgments(t, {**NAMES, "canal_guild": "Canal Guild"}, {"canal_deal": "The canal deal"})
    assert "Canal Guild is also divided on it" in j.positions.text, j.positions.text


def test_every_source_the_basis_counts_is_one_the_judgment_names():
    actors = pd.concat([ACTORS, pd.DataFrame([{"actor_id": "guild_head", "name": "Ida Guild", "type": "person",
                                               "affiliation": ""}])], ignore_index=True)
    t = tables([("ruritania", "support", "reported", "d1"), ("guild_head", "support", "reported", "d2")])
    t["actors"], t["positions"] = actors, positions(t["statements"], actors)
    (j,) = key_judgments(t, {**NAMES, "guild_head": "Ida Guild"}, {"canal_deal": "The canal deal"})
    assert "Ida Guild is also backing it" in j.positions.text and "2 independent sources" in j.why, j.positions.text
    assert ("d2", 1) in j.positions.cites


def test_a_lone_voice_with_one_statement_makes_no_judgment_and_voices_alone_are_not_parties_in_own_words():
    voices = pd.DataFrame([{"actor_id": f"v{i}", "name": f"Voice{i}", "type": "person", "affiliation": ""}
                           for i in range(1, 6)])
    actors = pd.concat([ACTORS, voices], ignore_index=True)
    names = {**NAMES, **dict(zip(voices["actor_id"], voices["name"]))}
    t = tables([("v1", "support", "reported", "d1")])
    t["actors"], t["positions"] = actors, positions(t["statements"], actors)
    assert key_judgments(t, names, {"canal_deal": "The canal deal"}) == []
    t = tables([("v1", "support", "described", "d1"), ("v1", "support", "described", "d2"),
                ("v2", "support", "direct-quote", "d3")], docs=("d1", "d2", "d3"))
    t["actors"], t["positions"] = actors, positions(t["statements"], actors)
    (j,) = key_judgments(t, names, {"canal_deal": "The canal deal"})
    assert "Voice1 and Voice2 are backing it" in j.positions.text and "own words" not in j.why, j.why
    t = tables([("ruritania", "support", "reported", "d1")]
               + [(f"v{i}", "support", "reported", f"d{i + 1}") for i in range(1, 6)],
               docs=tuple(f"d{i}" for i in range(1, 7)))
    t["actors"], t["positions"] = actors, positions(t["statements"], actors)
    (j,) = key_judgments(t, names, {"canal_deal": "The canal deal"})
    assert {d for d, _ in j.positions.cites} == {f"d{i}" for i in range(1, 7)}, j.positions.cites  # each named, cited
    assert all(f"Voice{i}" in j.positions.text for i in range(1, 6)) and "6 independent sources" in j.why


def test_positions_only_described_by_one_source_are_low_confidence():
    j = judge(tables([("ruritania", "support", "described", "d1"), ("borduria", "oppose", "described", "d1")]))
    assert j.confidence == "low" and "1 independent source" in j.why and "only described" in j.why


def test_the_state_of_play_is_the_latest_happening_up_to_the_latest_source():
    j = judge(tables([("ruritania", "support", "reported", "d1"), ("borduria", "oppose", "reported", "d2")],
                     happenings=[("Talks on the canal opened", "2030-03-02", "2030-03-02"),
                                 ("The envoys met again", "2030-04-20", "2030-04-20"),
                                 ("A signing is planned", "2030-09-01", "2030-09-01")]))
    assert j.play.text == "The latest reported development: The envoys met again (20 April 2030)."
    assert j.play.cites == [("d1", 91)]


def test_a_label_cut_to_a_line_keeps_its_ellipsis_in_the_state_of_play():
    j = judge(tables([("ruritania", "support", "reported", "d1"), ("borduria", "oppose", "reported", "d2")],
                     happenings=[("The envoys agreed to hold a further round of talks on the future…",
                                  "2030-04-20", "2030-04-20")]))
    assert "talks on the future… (20 April 2030)" in j.play.text  # not "talks on the future (…)": it was cut


def test_who_says_what_against_whom_pairs_each_voice_once():
    from srbrief.report.analysis import stance_conflicts

    t = tables([("ruri_pm", "support", "direct-quote", "d1"), ("ruritania", "support", "reported", "d2"),
                ("bord_fm", "oppose", "direct-quote", "d1"), ("borduria", "oppose", "reported", "d3"),
                ("borduria", "oppose", "reported", "d2")])
    pairs = stance_conflicts(t["positions"], t["statements"], ACTORS)
    assert len(pairs) == 2
    assert pairs["for_id"].is_unique and pairs["against_id"].is_unique
    assert pairs.iloc[0]["against_id"] == "borduria"  # the most vocal of each side first


def test_a_party_stance_is_cited_from_a_statement_that_takes_that_side():
    j = judge(tables([("ruritania", "oppose", "direct-quote", "d1"), ("ruri_pm", "support", "reported", "d2"),
                      ("ruritania", "support", "reported", "d3"), ("ruri_pm", "support", "reported", "d3"),
                      ("bord_fm", "oppose", "direct-quote", "d1")]))
    assert "Ruritania (Anna Prime) backs it (3 of 4 statements)" in j.positions.text
    ruritania_cites = j.positions.cites[:2]  # statement 0 (sentence 0 of d1) is the one against
    assert ruritania_cites and ("d1", 0) not in ruritania_cites


def test_a_sentence_is_cited_once_however_many_statements_it_holds():
    t = tables([("ruritania", "support", "reported", "d1"), ("ruri_pm", "support", "direct-quote", "d1"),
                ("bord_fm", "oppose", "reported", "d2")])
    t["statements"]["sent_id"] = [0, 0, 1]
    t["positions"] = positions(t["statements"], ACTORS)
    j = judge(t)
    assert j.positions.cites == [("d1", 0), ("d2", 1)]


def test_the_briefing_covers_up_to_its_latest_source_not_the_plans_it_reports():
    from srbrief.report.analysis import period

    t = tables([("ruritania", "support", "reported", "d1")],
               happenings=[("Talks opened", "2030-03-02", "2030-03-02"), ("A summit is planned", "2031-06-01",
                                                                           "2031-06-30")])
    assert period(t["happenings"], t["documents"]) == ("2030-03-02", "2030-05-01")


def test_page_one_leads_with_the_latest_happening_told_most_often():
    from srbrief.report.judgments import summary

    t = tables([("ruritania", "support", "reported", "d1")])
    t["happenings"] = pd.DataFrame([
        {"happening_id": "hp_b", "label": "The request was raised with the envoys", "date_start": "2030-04-20",
         "date_end": "2030-04-20", "precision": "day", "n_sources": 1, "event_ids": "ev_1"},
        {"happening_id": "hp_a", "label": "Negotiators began a new round of talks", "date_start": "2030-04-20",
         "date_end": "2030-04-20", "precision": "day", "n_sources": 1, "event_ids": "ev_2|ev_3"},
        {"happening_id": "hp_c", "label": "Talks opened", "date_start": "2030-03-02", "date_end": "2030-03-02",
         "precision": "day", "n_sources": 2, "event_ids": "ev_4|ev_5"}])
    t["events"] = pd.DataFrame({"event_id": ["ev_1", "ev_2", "ev_3", "ev_4", "ev_5"], "doc_id": ["d1"] * 5,
                                "sent_id": [1, 2, 3, 4, 5], "happening_id": ["hp_b", "hp_a", "hp_a", "hp_c", "hp_c"]})
    first = summary([], t, NAMES)[0]
    assert first.text.startswith("The latest development in these sources: Negotiators began a new round of talks")
    # a dated sentence of no known kind is no development, however late
    t["happenings"] = pd.concat([t["happenings"].assign(kind="talks"), pd.DataFrame([
        {"happening_id": "hp_d", "label": "Answered questions at the weekly briefing", "date_start": "2030-04-30",
         "date_end": "2030-04-30", "precision": "day", "n_sources": 1, "event_ids": "ev_6", "kind": "other"}])])
    t["events"] = pd.concat([t["events"], pd.DataFrame({"event_id": ["ev_6"], "doc_id": ["d1"], "sent_id": [6],
                                                        "happening_id": ["hp_d"]})])
    first = summary([], t, NAMES)[0]
    assert first.text.startswith("The latest development in these sources: Negotiators began a new round of talks")


def test_a_happening_years_before_the_latest_source_is_no_state_of_play():
    j = judge(tables([("ruritania", "support", "reported", "d1"), ("borduria", "oppose", "reported", "d2")],
                     happenings=[("The canal was dug", "2015-01-01", "2015-12-31")]))
    assert j.play is None
