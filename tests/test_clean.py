"""Cleaning: structure, sentences, normalisation, and offsets that reproduce the seed."""
from __future__ import annotations

from pathlib import Path

import pytest

from srbrief.corpus import clean
from srbrief.corpus.seeds import Seed, load_corpus


def _seed(text: str) -> Seed:
    return Seed("t", Path("t.txt"), text, "0" * 64, {"title": "t", "genre": "news", "published": "2025",
                                                    "published_precision": "year", "language": "en"})


def test_heading_markers_of_every_style_are_headings():
    text = ("Introduction:\nFirst paragraph here.\nI: The roots\nBody one.\nThird: Restoring ties\nBody two.\n"
            "IV: The danger\nBody three.\nFifth, the strategy of overcoming risk:\nBody four.\n")
    s = clean.sentences(_seed(text))
    heads = s[s["kind"] == "heading"]
    assert list(heads["text"]) == ["Introduction:", "The roots", "Restoring ties", "The danger",
                                   "the strategy of overcoming risk:"]
    body = s[s["kind"] == "body"]
    assert list(body["part"]) == ["Introduction", "The roots", "Restoring ties", "The danger",
                                  "The strategy of overcoming risk"]


def test_a_pull_quote_set_as_a_subheading_is_a_heading_and_a_quoted_sentence_is_not():
    text = ('Residents fear the winter.\n\n"We counted forty trucks"\n\nThe convoys passed at night.\n\n'
            '"We counted forty trucks."\n\nThe convoys passed again.\n')
    s = clean.sentences(_seed(text))
    assert list(s[s["kind"] == "heading"]["text"]) == ['"We counted forty trucks"']


def test_a_long_headline_on_the_first_line_is_a_heading_and_a_long_line_later_is_not():
    headline = "Council lifts economic measures on Syria, keeps listings tied to the old regime and calls for full accountability"
    text = f"{headline}\n\nThe Council adopted the acts today.\n\n{headline}\n\nMore text follows.\n"
    s = clean.sentences(_seed(text))
    assert s[s["kind"] == "heading"]["start"].tolist() == [0]


def test_list_markers_are_stripped_and_offsets_kept():
    text = "Items:\n1- First item.\n2) Second item.\n- Third item.\n"
    s = clean.sentences(_seed(text))
    items = s[s["kind"] == "list-item"]
    assert list(items["text"]) == ["First item.", "Second item.", "Third item."]
    for r in items.itertuples():
        assert text[r.start:r.end] == r.text


def test_a_live_blogs_time_stamps_are_stripped_like_markers():
    text = ("Live: talks in the capital\n\n09:05 GMT - The envoys arrived at the palace.\n\n"
            "9.40am: Talks began.\n\n14:30 (local time) — The envoys left.\n")
    s = clean.sentences(_seed(text))
    assert list(s[s["kind"] == "body"]["text"]) == ["The envoys arrived at the palace.", "Talks began.",
                                                    "The envoys left."]


def test_normalisation_of_quotes_dashes_and_spaces():
    assert clean.normalise("“Unfair”  agreements – Assad’s\u00a0fall") == '"Unfair" agreements - Assad\'s fall'


def test_sentences_split_after_closing_quotes():
    text = 'He said, “We respect previous agreements.” He added more.\n'
    s = clean.sentences(_seed(text))
    assert list(s["text"]) == ['He said, "We respect previous agreements."', "He added more."]


def test_an_opening_bracket_after_a_full_stop_opens_the_next_sentence():
    text = "We will stay on the coast. (Remarks to reporters after the talks)\n"
    s = clean.sentences(_seed(text))
    assert list(s["text"]) == ["We will stay on the coast.", "(Remarks to reporters after the talks)"]


def test_a_headline_that_ends_on_a_quotation_is_a_heading():
    text = ('Talks on the Russian bases open as Damascus seeks "fair terms"\n\nBy Jane Roe\n\n'
            'DAMASCUS, Dec 10 (Reuters) - Talks on the lease began on Tuesday, officials said.\n')
    s = clean.sentences(_seed(text))
    assert s["kind"].iloc[0] == "heading"
    assert s["text"].iloc[-1].startswith("Talks on the lease")  # (the dateline found, and left out)


def test_an_abbreviated_rank_before_a_name_ends_no_sentence():
    text = ('"It will not hold," said Maj. Gen. (res.) Omer Tal, a former planner. Lt. Col. Ivan Sorin and Amb. '
            'Jan Vos agreed. Capt. Ali Noor left. Report No. 9 came out. He replied: No. Talks went on.\n')
    s = clean.sentences(_seed(text))
    assert list(s["text"]) == ['"It will not hold," said Maj. Gen. (res.) Omer Tal, a former planner.',
                               "Lt. Col. Ivan Sorin and Amb. Jan Vos agreed.", "Capt. Ali Noor left.",
                               "Report No. 9 came out.", "He replied: No.", "Talks went on."]


def test_every_real_sentence_reproduces_its_span():
    for seed in load_corpus():
        s = clean.sentences(seed)
        assert len(s) > 20
        for r in s.itertuples():
            assert clean.normalise(seed.text[r.start:r.end]) == r.text
        assert s["sent_id"].tolist() == list(range(len(s)))


@pytest.mark.parametrize("text, shown", [
    ("Envoys meet\n\nMOSCOW, Jan 28 (Levant Wire) - Russian envoys met Syrian officials on Tuesday in Damascus.\n",
     "MOSCOW, Jan 28 (Levant Wire)"),
    ("Ministers of the two countries hold talks in the capital and agree to set up two joint committees\n\n"
     "MOSCOW, July 31. /NEWS/. The foreign ministers of the two countries held talks in Moscow on Thursday.\n",
     "MOSCOW, July 31. /NEWS/."),
    ("The ministers held talks in Moscow on Thursday and agreed to set up two committees.\n\n"
     "MOSCOW, July 31. /NEWS/. Nothing in the second paragraph is a dateline of the story.\n", None),
    # state media's own forms: the place in capitals and lower case, the agency or a date after a comma
    ("Minister receives envoy\n\nAleppo, NNA - The minister received the envoy on Monday.\n", "Aleppo, NNA"),
    ("Minister receives envoy\n\nAleppo, Oct. 4 (NNA) - The minister received the envoy.\n", "Aleppo, Oct. 4 (NNA)"),
    ("Minister receives envoy\n\nAleppo and Homs - two cities - wait.\n", None),
    # a story filed from two places
    ("Envoys meet\n\nANKARA/BAGHDAD, Feb 3 (Levant Wire) - Envoys met on Tuesday.\n", "ANKARA/BAGHDAD, Feb 3 (Levant Wire)"),
    # in title case, with an agency that writes its name in lower case
    ("Envoys meet\n\nOslo/Geneva (ntb) - Envoys of the two governments met on Tuesday.\n", "Oslo/Geneva (ntb)"),
    # a wire's date and agency with no place, and a place closed by a full stop before its date
    ("Envoys meet\n\nMar 3 (Levant Wire) - Envoys of the two governments met on Tuesday.\n", "Mar 3 (Levant Wire)"),
    ("Envoys meet\n\nOSLO. March 3 (Nordwire) - Envoys of the two governments met on Tuesday.\n",
     "OSLO. March 3 (Nordwire)"),
    ("Envoys meet\n\nMarch 3 was a Tuesday, and envoys of the two governments met in Oslo.\n", None),
    ("Key dates\n\nDec. 8 (Sunday) - Rebels entered the capital and the president fled abroad.\n", None),
])
def test_a_dateline_is_found_under_a_title_of_any_length(text, shown):
    line = clean.dateline_of(text)
    assert (line.text if line else None) == shown


def test_a_later_item_of_a_run_of_wire_flashes_leaves_out_its_place_and_keeps_its_date():
    text = ("Envoys meet in Oslo\n\nOSLO. March 3 (Nordwire) - Envoys of the two governments met on Tuesday.\n\n"
            "Talks to go on\n\nOSLO. March 3 (Nordwire) - The talks have ended, a spokesman said.\n\n"
            "OSLO, a city of ports, hosted them.\n\n"
            "PETROV (through interpreter): We will keep the port.\n\n"
            "NATO (North Atlantic Treaty Organization) - A military alliance founded in 1949.\n")
    s = clean.sentences(_seed(text))
    assert "Envoys of the two governments met on Tuesday." in list(s["text"])
    assert "March 3 (Nordwire) - The talks have ended, a spokesman said." in list(s["text"])
    assert not any(t.startswith("OSLO.") for t in s["text"])
    # a paragraph opened by capitals without a date and an agency stays whole: a place, a turn's label, an entry
    assert "OSLO, a city of ports, hosted them." in list(s["text"])
    assert any(t.startswith("PETROV (through interpreter):") for t in s["text"])
    assert any(t.startswith("NATO (North Atlantic Treaty Organization) -") for t in s["text"])


def test_a_briefing_s_courtesy_title_in_capitals_ends_no_sentence():
    s = clean.sentences(_seed("Briefing\n\nQUESTION: Can we go to the port?\n\nMR. SPOKESPERSON: Sure. Go ahead.\n"))
    assert "MR. SPOKESPERSON: Sure." in list(s["text"]) and "MR." not in list(s["text"])
