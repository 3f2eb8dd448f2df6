"""Extraction rules, one small test per rule, on sentences written for the tests (never a seed's
or an evaluation article's). New people carry invented names, so detection is what finds them."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pandas as pd
import pytest

from srbrief import paths
from srbrief.corpus import clean
from srbrief.corpus.seeds import Seed
from srbrief.dataset.positions import positions
from srbrief.extract import codebook
from srbrief.extract.document import Extractor, extract_document
from srbrief.extract.lexicon import is_adverb, tokens
from srbrief.ids import stable_id


@pytest.fixture(scope="module")
def x():
    return Extractor(codebook.load())


def run(x, text, published="2025-03-12", author="", outlet="Levant Wire", title="t", genre="news"):
    """Extract one made-up article; returns (statements, mentions, events, detected actors)."""
    seed = Seed("t", Path("t.txt"), text, "0" * 64, {"title": title, "genre": genre, "published": published,
                                                    "published_precision": "day", "language": "en"})
    doc, sents = clean.clean_one(seed)
    r = extract_document({**doc, "author": author.replace("_", " ").title(), "author_id": author, "outlet": outlet},
                         text, sents, x)
    return (pd.DataFrame(r["statements"]), pd.DataFrame(r["mentions"]), pd.DataFrame(r["events"]),
            {a.id: a for a in r["detected"]}, doc)


def stances_on(x, text: str, issue: str) -> list[str]:
    """The stances a made-up article's statements take on one issue, in order."""
    st, *_ = run(x, text)
    return st[st["issue_id"] == issue]["stance"].tolist() if len(st) else []


def speakers_of(st: pd.DataFrame, sent_id: int) -> list[str]:
    """The speakers of one sentence's statements, in order."""
    return st.loc[st["sent_id"] == sent_id, "speaker_id"].tolist() if len(st) else []


def stance_of(st: pd.DataFrame, speaker: str, issue: str) -> str:
    rows = st[(st["speaker_id"] == speaker) & (st["issue_id"] == issue)]
    assert len(rows), st[["speaker_id", "issue_id", "stance"]].to_dict("records")
    return rows["stance"].iloc[0]


# ----------------------------------------------------------------------------- who speaks
def test_a_verb_of_naming_speaks_for_its_subject_and_only_within_its_clause(x):
    st, *_ = run(x, "Kremlin spokesman Dmitry Peskov dubbed the negotiations useful. He declined to say whether "
                    "the question of the former president's extradition would come up.")
    assert set(st["speaker_id"]) == {"peskov"}  # "He" is the one who dubbed them
    st, *_ = run(x, "Two things helped: a visit by Novak in May, which the Kremlin called productive, and the "
                    "EU's move in June to lift banking sanctions.")
    assert "sanctions_relief" not in set(st.loc[st["speaker_id"] == "russia", "issue_id"])
    st, *_ = run(x, "Foreign Minister Asaad al-Shaibani called the visit a first step, and said Damascus would not "
                    "extend the lease on the naval base.")
    assert stance_of(st, "shaibani", "russian_bases") == "oppose"


def test_phoning_someone_or_a_phone_call_is_no_naming(x):
    st, _, ev, _, _ = run(x, "Putin called al-Sharaa on Wednesday to discuss the naval base.")
    assert "putin" not in set(st.get("speaker_id", [])) and ev["kind"].tolist() == ["call"]
    st, *_ = run(x, "The first call between the two leaders on Wednesday dealt with the naval base.")
    assert st.empty


def test_quote_first_attribution_names_the_person_not_the_institution(x):
    st, *_ = run(x, "\u201cThe matter is closed,\u201d Kremlin spokesman Dmitry Peskov told reporters.")
    assert list(st["speaker_id"]) == ["peskov"]


def test_a_translated_title_with_prepositions_before_the_name_is_no_object(x):
    # verb first, as translations from Arabic and Russian write it; "of" sits inside the title
    st, *_ = run(x, "Said the minister of foreign affairs Sergey Lavrov in an interview that talks would go on.")
    assert list(st["speaker_id"]) == ["lavrov"]
    st, *_ = run(x, "Said a fighter of the SDF to journalists that the base was empty.")
    assert "sdf" not in set(st.get("speaker_id", []))  # someone unnamed of that force, not the force


def test_title_before_a_new_name_is_split_off_as_the_role(x):
    st, m, _, new, _ = run(x, "Deputy Energy Minister Oleg Varnavin said Russia would keep supplying wheat.")
    assert "varnavin" in new and new["varnavin"].name == "Oleg Varnavin"
    assert "Minister" in new["varnavin"].role and "Deputy" not in new["varnavin"].name
    assert st["speaker_id"].iloc[0] == "varnavin"
    # a qualifier the codebook does not know ("Belarusian", "Gazprom") before the title is no part of the name
    st, m, _, new, _ = run(x, "Talks went well. Moldovan Deputy Foreign Minister Ion Cebanu said trade would grow.")
    assert new["cebanu"].name == "Ion Cebanu" and st["speaker_id"].tolist() == ["cebanu"]
    # a word ending in a name's particle is no particle ("official Omar Haddad" is no "al Omar Haddad")
    _, _, _, new, _ = run(x, "Syrian official Omar Haddad said talks went on.")
    assert (new["haddad"].name, new["haddad"].role) == ("Omar Haddad", "Syrian official")
    # a state's mission in the title says whose the person is
    for text in ("Russian embassy spokeswoman Irina Volkova said talks went on.",
                 "A Russian embassy spokeswoman, Irina Volkova, said talks went on."):
        _, _, _, new, _ = run(x, text)
        assert (new["volkova"].role, new["volkova"].affiliation) == ("Russian embassy spokeswoman", "russia")


def test_apposition_after_a_name_gives_the_role(x):
    _, _, _, new, _ = run(x, "Lina Haddour, a spokeswoman for the ministry, said the talks would resume.")
    assert new["haddour"].role.startswith("spokeswoman")


def test_a_long_apposition_with_a_title_makes_a_person_the_answers_belong_to(x):
    # a post told at length ("named ... in the cabinet that President X formed ...") still marks the name before it
    st, _, _, new, _ = run(x, "Jan Kowalski, appointed minister of trade and industry in the cabinet that President "
                              "Ahmad al-Sharaa formed at the start of April, spoke to Radio Levant on Monday.\n\n"
                              "Q: What comes first?\n\nA: Sanctions must be lifted.\n\nQ: And Russia?\n\n"
                              "A: Moscow can help rebuild the power plants.")
    assert "kowalski" in new and new["kowalski"].role.startswith("appointed minister")
    assert speakers_of(st, st["sent_id"].max()) == ["kowalski"]


def test_an_acronym_organisation_is_one_actor_with_both_names(x):
    _, m, _, new, _ = run(x, "The Levant Observatory for Civil Rights (LOCR) counted the dead. LOCR said more "
                             "had fled.")
    org = next(a for a in new.values() if "LOCR" in a.aliases)
    assert org.type == "organization" and "Levant Observatory for Civil Rights" in org.aliases
    assert (m["actor_id"] == org.id).sum() == 3  # the name, the acronym in parentheses, the acronym alone


def test_a_name_followed_by_the_acronym_its_initials_spell_is_one_actor(x):
    _, m, _, new, _ = run(x, "The Levant Relief Council LRC counted the dead. A council spokesman spoke to the Syrian "
                             "Arab News Agency SANA on Friday.")
    org = next(a for a in new.values() if "LRC" in a.aliases)
    assert "Levant Relief Council" in org.aliases
    sana = m[m["actor_id"] == "sana"]["surface"].tolist()
    assert any("News Agency" in s for s in sana) and "news_agency" not in set(m["actor_id"])  # the codebook's SANA


@pytest.mark.parametrize("text, name", [
    ("The port was run by Ruritanian firm Volga Baltservice until March, officials said.", "Volga Baltservice"),
    ("The bank hired Marvex, a Ruritanian state-owned printer, to print the notes. Marvex declined to comment.",
     "Marvex"),
    ("Grain came through the trader's partner, the state lender Norbank, the ministry said.", "Norbank"),
])
def test_a_business_named_by_what_it_is_is_an_organisation(x, text, name):
    _, m, _, new, _ = run(x, text)
    org = next(a for a in new.values() if name in a.aliases)
    assert org.type == "organization" and (m["actor_id"] == org.id).sum() == text.count(name)


def test_a_business_whose_name_opens_with_its_initials_is_one_actor_with_its_name_alone(x):
    text = ("Syria voided a deal under which the Ruritanian company KBS Karbelstroy ran the harbour. Karbelstroy "
            "declined to comment.")
    _, m, _, new, _ = run(x, text)
    assert "karbelstroy" in new and new["karbelstroy"].type == "organization", list(new)
    assert (m["actor_id"] == "karbelstroy").sum() == 2
    # letters that are no initials of the word after them keep the whole name ("a group" is no business)
    _, m, _, new, _ = run(x, "The port went to the Ruritanian firm KP Group. KP Group said it would invest. The group "
                             "of lawyers objected.")
    assert "kp_group" in new and "group" not in set(m["actor_id"]), list(new)


def test_a_business_noun_names_no_business_in_a_person_s_trade_or_a_known_name(x):
    _, m, _, new, _ = run(x, "The firm Russia picked, said grain exporter Samer Youssef, was late.")
    assert all(a.type != "organization" for a in new.values()) and "russia" in set(m["actor_id"])
    _, m, _, new, _ = run(x, "The bank Samer Youssef runs in Latakia lost its licence.")  # the subject of a clause
    assert all(a.type != "organization" for a in new.values())


@pytest.mark.parametrize("sentence, speakers", [
    ("That Syria turned to a Ruritanian printer suggests that cost came first.", []),  # a clause says it
    ("That Damascus turned to Marvex, a Ruritanian printer, suggests Moscow still matters.", []),
    ("That Russia will keep its bases, Lavrov said, is beyond doubt.", ["lavrov"]),  # a frame set into the clause
    ("That decision, Lavrov said, was final.", ["lavrov"]),  # a demonstrative, no clause
    ("That Monday Lavrov said the port would stay open.", ["lavrov"]),  # a demonstrative's noun or adjective
    ("That Syrian demand was rejected by Lavrov, who said the port would stay open.", ["lavrov"]),
    ("That Lavrov said the port would stay open surprised no one.", ["lavrov"]),  # the clause's own verb: he says it
])
def test_a_clause_that_is_the_subject_of_a_verb_of_saying_has_no_speaker(x, sentence, speakers):
    st, *_ = run(x, sentence)
    assert (sorted(set(st["speaker_id"])) if len(st) else []) == speakers


def test_a_declared_second_name_is_the_same_person(x):
    _, m, _, _, _ = run(x, "Ahmed al-Sharaa, also known as Abu Mohammed al-Jolani, arrived on Monday.")
    assert set(m["actor_id"]) == {"sharaa"}


def test_a_sentence_opening_time_or_place_is_never_a_person(x):
    _, m, _, new, _ = run(x, "On Wednesday, Lavrov said the envoys would meet. In Moscow, officials were silent.")
    assert not [a for a in new.values() if a.origin == "detected"] and "wednesday" not in set(m["actor_id"])


def test_dateline_is_not_a_mention_and_sets_the_government_of_the_story(x):
    text = "MOSCOW, March 3 (Levant Wire) - The government said the bases would stay, officials said."
    st, m, _, _, doc = run(x, text)
    assert doc["dateline"] == "MOSCOW, March 3 (Levant Wire)"
    assert "MOSCOW" not in set(m["surface"])
    gov = m[m["surface"] == "The government"]
    assert list(gov["actor_id"]) == ["russia"] and list(gov["method"]) == ["context"]


@pytest.mark.parametrize("credit", [
    "(Reporting by Kestrel's Moscow and Damascus bureaus; Editing by Ilse Marsh)",
    "Writing by Nora Vehko; editing by Moscow newsroom",
    "Reporting by Kestrel's Moscow bureau",
    "Reporting by the Moscow and Damascus bureaus, editing by Ilse Marsh",
    "(Reporting by the Moscow newsroom) (Editing by Ilse Marsh)",
])
def test_a_credit_line_is_no_statement_and_no_happening(x, credit):
    text = (f"DAMASCUS, May 4 (Kestrel) - Syria said on Sunday it wanted the bases reviewed.\n\n{credit}\n\n"
            "Reporting by Reuters on Monday said the talks would resume.")
    st, _, ev, _, _ = run(x, text, published="2025-05-04")
    sents = sorted(set(st["sent_id"]))
    assert sents[0] == 0 and len(sents) == 2 and 1 not in sents  # the story's words, not the credit's
    assert 1 not in set(ev["sent_id"])


def test_a_credit_closing_the_last_paragraph_is_none_and_a_bracketed_note_that_tells_something_is_read(x):
    text = ("DAMASCUS, May 4 (Kestrel) - Syria said on Sunday it wanted the bases reviewed. (Reporting by Kestrel's "
            "Moscow bureau; Editing by Ilse Marsh)\n\n(Edited by the Levant Desk. Al-Watan reported on Monday that "
            "Damascus would cancel the port lease.)")
    st, *_ = run(x, text, published="2025-05-05")
    assert "russia" not in set(st["speaker_id"]) and "al_watan" in set(st["speaker_id"]), st


def test_pronoun_points_to_the_last_speaker(x):
    st, *_ = run(x, "Sergei Lavrov said the talks went well. He added that the bases would stay.")
    assert set(st["speaker_id"]) == {"lavrov"}


def test_he_is_the_person_the_last_sentence_was_about(x):
    st, *_ = run(x, "Sergei Lavrov said the talks went well. Alexander Novak later offered fuel. "
                    "Russia is ready to help, he said.")
    assert speakers_of(st, 2) == ["novak"]


def test_he_in_the_same_sentence_is_its_subject_not_a_possessive(x):
    st, *_ = run(x, "Sergei Lavrov said the talks went well. "
                    "During Alexander Novak's visit, he stressed that the bases would stay.")
    assert speakers_of(st, 1) == ["lavrov"]
    st, *_ = run(x, "Sergei Lavrov spoke first. Vassily Nebenzia said the vote was fair, and he called on "
                    "all states to respect it.")
    assert set(speakers_of(st, 1)) == {"nebenzia"}


def test_each_unnamed_group_is_its_own_source(x):
    st, *_ = run(x, "Five Syrian sources told the agency that the pullout had begun. "
                    "A Syrian security source on the coast said the convoys left at night.")
    assert st.groupby("sent_id")["speaker_id"].first().tolist() == ["unnamed_syrian_sources",
                                                                   "unnamed_syrian_security_source"]


def test_a_title_with_a_nationality_points_only_to_that_states_people(x):
    st, *_ = run(x, "EU foreign policy chief Kaja Kallas said the sanctions would go. "
                    "The Russian envoy said the bases would stay.")
    assert "kallas" not in set(speakers_of(st, 1))


@pytest.mark.parametrize("text, sent_id, speakers", [
    # both are ministers; the counterpart is only named in the speaker's sentence
    ("Trade will grow, Belarusian Foreign Minister Maxim Ryzhenkov said after talks with his Syrian counterpart Asaad "
     "al-Shaibani. \u201cWe agreed on wheat deliveries,\u201d the minister said.", 1, ["ryzhenkov"]),
    # a new minister who becomes the subject is the one meant
    ("Trade will grow, Foreign Minister Maxim Ryzhenkov said. Later, Energy Minister Oleg Varnavin arrived in "
     "Damascus. \u201cWe agreed on wheat deliveries,\u201d the minister said.", 2, ["varnavin"]),
    # a bare role after a quote is the person who spoke, when no unnamed one did
    ("Ambassador Oleg Varnavin confirmed that talks were under way. \u201cWe will keep the port,\u201d the diplomat "
     "said.", 1, ["varnavin"]),
    # an unnamed diplomat quoted before is the one meant
    ("A Russian diplomat said talks were under way. Ambassador Oleg Varnavin arrived. \u201cWe will keep the "
     "port,\u201d the diplomat said.", 2, ["unnamed_russian_diplomat"]),
    # a definite description opening the sentence points back to the person who spoke, and so does "he" after it
    ("Ambassador Oleg Varnavin confirmed that talks were under way. The veteran diplomat said that the port would "
     "stay open. He also said that the wheat would come.", 1, ["varnavin"]),
    ("Ambassador Oleg Varnavin confirmed that talks were under way. The veteran diplomat said that the port would "
     "stay open. He also said that the wheat would come.", 2, ["varnavin"]),
    ("Kremlin spokesman Dmitry Peskov said talks were under way. The Russian official said that the port would stay "
     "open.", 1, ["peskov"]),  # (a nationality that is the person's own)
    ("Kremlin spokesman Dmitry Peskov said talks were under way. \u201cThe port will stay open,\u201d the Russian top "
     "official stressed.", 1, ["peskov"]),
    # the person who was the subject last, not the one who spoke before him; with or without a quotation
    ("Al-Shaibani said Syria wanted relief. Lavrov met him on Monday. The veteran diplomat said that the port would "
     "stay open.", 2, ["lavrov"]),
    ("Ambassador Oleg Varnavin confirmed that talks were under way. The diplomat said that the port would stay open.",
     1, ["varnavin"]),
    # ... not when a body spoke last, nor an indefinite one
    ("The Kremlin confirmed that talks were under way. The veteran diplomat said that the port would stay open.", 1,
     ["unnamed_diplomat"]),
    ("Ambassador Oleg Varnavin confirmed that talks were under way. A veteran diplomat said that the port would stay "
     "open.", 1, ["unnamed_diplomat"]),
])
def test_a_bare_title_after_a_quote_is_the_person_who_holds_it(x, text, sent_id, speakers):
    st, *_ = run(x, text)
    assert speakers_of(st, sent_id) == speakers


def test_translated_verb_first_order_with_a_new_reporting_verb(x):
    st, *_ = run(x, "Revealed Sergei Lavrov in an interview that Moscow would keep the bases.")
    assert st["speaker_id"].tolist()[:1] == ["lavrov"]
    st, *_ = run(x, "Notes were printed by Marvex, a Ruritanian state-owned printer, in 2025.")  # a plural noun
    assert st.empty or "marvex" not in set(st["speaker_id"])


def test_translated_unnamed_sources_before_that_or_an_audience_speak(x):
    st, *_ = run(x, "Think economists that the harvest will fall. "
                    "Said a fighter of the Wagner Group to reporters that the lorries left the airfield.")
    assert speakers_of(st, 0) == ["unnamed_economists"]
    assert speakers_of(st, 1) == ["unnamed_wagner_group_fighter"]


def test_the_audience_of_told_is_never_its_speaker(x):
    st, *_ = run(x, "Some residents went home, while others told Reuters they would stay near the air base.")
    assert st.empty or "reuters" not in set(st["speaker_id"])


def test_a_medium_that_reports_an_act_relays_it(x):
    st, *_ = run(x, "Reuters reported that Moscow had refused to hand over the former president.")
    assert set(st.loc[st["speaker_id"] == "reuters", "issue_id"]) == {""}  # it spoke, on no issue of its own
    row = st[st["speaker_id"] == "russia"].iloc[0]
    assert row["via_id"] == "reuters" and row["stance"] == "oppose"


def test_a_denied_confirmation_with_nothing_said_is_no_statement(x):
    st, *_ = run(x, "Moscow has not confirmed the move.")
    assert st.empty


def test_according_to_names_the_speaker(x):
    st, *_ = run(x, "According to Vladimir Putin, Moscow will not hand over Assad.")
    assert stance_of(st, "putin", "assad_extradition") == "oppose"


@pytest.mark.parametrize("text, source, actor, side", [
    ("Two Syrian sources told the agency that the government had asked Moscow to extradite Assad.",
     "unnamed_syrian_sources", "syria", "support"),
    # the source's own words say nothing of it, but what it passes on does: neutral on that issue
    ("According to a Syrian source who spoke to Reuters, Damascus asked Moscow to hand over Assad.",
     "unnamed_syrian_source", "syria", "support"),
    ("The talks went well, Reuters reported on Tuesday, and Lavrov said Moscow would not hand over Assad.", "reuters",
     "lavrov", "oppose"),
])
def test_unnamed_sources_speak_and_relay_without_a_side(x, text, source, actor, side):
    st, *_ = run(x, text)
    assert stance_of(st, source, "assad_extradition") == "neutral"
    assert stance_of(st, actor, "assad_extradition") == side


@pytest.mark.parametrize("text, who", [
    ("Lavrov met al-Shaibani in Moscow. The two countries agreed to review the agreements.", {"russia", "syria"}),
    # the sides of a readout of the meeting are the people who met; of an earlier occasion, or inside what someone
    # said, their states
    ("Lavrov met al-Shaibani in Moscow. The sides agreed to review the agreements.", {"lavrov", "shaibani"}),
    ("Lavrov met al-Shaibani in Moscow. During the talks, the two sides agreed to review the agreements.",
     {"lavrov", "shaibani"}),
    ("Lavrov met al-Shaibani in Moscow. The sides had agreed then to review the agreements.", {"russia", "syria"}),
    ("Lavrov met al-Shaibani in Moscow. In 2017, the sides agreed to a lease on the base.", {"russia", "syria"}),
    ("Lavrov met al-Shaibani in Moscow. During that visit, the sides agreed to review the agreements.",
     {"russia", "syria"}),
])
def test_the_sides_of_a_readout_are_the_people_who_met_and_the_countries_each_state(x, text, who):
    st, *_ = run(x, text)
    assert set(speakers_of(st, 1)) == who


def test_media_reports_relay_what_they_report(x):
    st, *_ = run(x, "According to media reports, Damascus asked Moscow to hand over Assad.")
    assert st[["speaker_id", "via_id", "stance"]].values.tolist() == [["syria", "unnamed_media_reports", "support"]]


@pytest.mark.parametrize("who", ["The two leaders", "The parties"])
def test_the_two_leaders_are_the_people_who_met_last_not_the_most_named(x, who):
    st, *_ = run(x, "Putin praised the ties. Putin later left for Minsk. Lavrov then received al-Shaibani. "
                    f"{who} agreed to review the agreements.")
    assert set(speakers_of(st, 3)) == {"lavrov", "shaibani"}


def test_a_title_with_a_nationality_is_the_person_not_the_state(x):
    st, *_ = run(x, "Sergei Lavrov hosted the talks. The Russian minister praised his guests and affirmed "
                    "Russia's backing for the new authorities.")
    assert set(speakers_of(st, 1)) == {"lavrov"}


def test_the_president_of_a_state_is_its_president(x):
    st, *_ = run(x, "The President of the Russian Federation noted the long friendship between the peoples.")
    assert st["speaker_id"].tolist() == ["putin"]


def test_according_to_a_body_before_a_named_speaker_relays_that_speaker(x):
    st, *_ = run(x, "According to the Syrian presidency, Ahmed al-Sharaa underlined that the bases were a matter "
                    "for talks.")
    assert st[["speaker_id", "via_id"]].values.tolist() == [["sharaa", "syrian_presidency"]]


def test_he_after_a_sentence_about_the_leader_is_that_leader(x):
    st, *_ = run(x, "Vladimir Putin spoke first. Ahmed al-Sharaa replied briefly. Donald Trump was not there. "
                    "Yet the Syrian leader kept his distance. Syria needs partners, he said.")
    assert speakers_of(st, 4) == ["sharaa"]


def test_whom_they_sat_with_is_not_who_said(x):
    st, *_ = run(x, "On Monday al-Shaibani sat down with Sergei Lavrov in Moscow and said Syria would review the "
                    "agreements.")
    assert st["speaker_id"].tolist() == ["shaibani"]


def test_the_object_before_and_said_is_not_who_said(x):
    st, *_ = run(x, "Ahmed al-Sharaa gave an interview. At the same time he called the delay a problem for Moscow "
                    "and said the talks would go on.")
    assert set(speakers_of(st, 1)) == {"sharaa"}


def test_a_name_with_the_arabic_article_in_any_transliteration_is_the_same_person(x):
    _, m, *_ = run(x, "Ash-Sharaa flew home. Later al-Shara met the envoy, and el-Shara spoke.")
    assert m["actor_id"].tolist() == ["sharaa"] * 3


def test_a_bare_refusal_refuses_the_topic_not_everything_named_after_it(x):
    st, *_ = run(x, "Al-Sharaa said the handover of Assad was a condition for keeping the bases, but Moscow refused.")
    moscow = st[st["speaker_id"] == "russia"]
    assert moscow[["issue_id", "stance"]].values.tolist() == [["assad_extradition", "oppose"]]


def test_the_object_of_a_preposition_after_a_cue_is_no_speaker(x):
    st, *_ = run(x, "Above all, protecting the credibility of an old promise to Lavrov.")
    assert st.empty or "lavrov" not in set(st["speaker_id"])


def test_the_one_an_issue_is_about_holds_no_side_on_it(x):
    st, *_ = run(x, "Bashar al-Assad said his extradition to Damascus would never happen.")
    assert st.empty or st[(st["speaker_id"] == "assad") & (st["issue_id"] == "assad_extradition")].empty


def test_they_and_two_of_them_are_the_unnamed_group_that_spoke_last(x):
    st, *_ = run(x, "Four Syrian officials told the agency the pullout had begun. Two of them said the convoys left at "
                    "night. They said the base would close.")
    assert st.groupby("sent_id")["speaker_id"].first().tolist() == ["unnamed_syrian_officials"] * 3


def test_according_to_after_another_speaker_relays_only_what_follows_it(x):
    st, *_ = run(x, "Sergei Lavrov said Moscow would keep its bases, but according to the Syrian presidency, "
                    "Damascus wants the bases removed.")
    assert "lavrov" in set(st["speaker_id"]) and set(st.loc[st["speaker_id"] == "lavrov", "via_id"]) != {"syria"}


def test_the_leader_of_a_state_is_not_its_presidential_envoy(x):
    st, *_ = run(x, "Vladimir Putin spoke first. Alexander Lavrentyev then flew to Damascus. Yet the Russian leader "
                    "said Moscow would keep its bases.")
    assert speakers_of(st, 2)[:1] == ["putin"]


def test_sources_cited_by_a_medium_speak_and_the_medium_relays(x):
    st, *_ = run(x, "The convoy left the port last week, according to diplomats cited by Reuters.")
    assert st[["speaker_id", "via_id"]].values.tolist()[:1] == [["unnamed_diplomats", "reuters"]]


@pytest.mark.parametrize("sentence, speaker, via", [
    ("A statement issued by the Syrian foreign ministry and carried by state media said the port deal was void.",
     "syrian_foreign_ministry", "unnamed_media"),
    ("A Syrian official quoted by local media said the port deal was void.", "unnamed_syrian_official",
     "unnamed_local_media"),
    ("A petition published by Syrian lawyers called for the port deal to be voided.", "unnamed_syrian_lawyers", ""),
    # the relay after the verb: "said in a statement carried by ..."
    ("The Syrian foreign ministry said in a statement carried by state media that the port deal was void.",
     "syrian_foreign_ministry", "unnamed_media"),
])
def test_media_that_carry_a_statement_relay_it_and_its_issuer_speaks(x, sentence, speaker, via):
    """(People who publish a text are its authors, no relay: "A petition published by Syrian lawyers called on ...".)"""
    st, *_ = run(x, "Talks went on. " + sentence, outlet="")
    assert st.loc[st["sent_id"] == 1, ["speaker_id", "via_id"]].values.tolist() == [[speaker, via]], st


def test_unnamed_spokespeople_are_an_unnamed_source(x):
    st, *_ = run(x, "Talks went on. Customs spokespeople said the port deal was void.")
    assert speakers_of(st, 1) == ["unnamed_spokespeople"], st


@pytest.mark.parametrize("sentence, speaker", [
    ("« A hub for aid to the Sahel… », smiles Odile Ferrand, a researcher in Lyon.", "ferrand"),
    ('"The port stays open," sighs a Western diplomat.', "unnamed_western_diplomat"),
    ('"The port stays open," reads the statement.', None),  # (a document, no one named after the verb)
])
def test_any_verb_between_a_quotation_and_a_name_after_it_frames_the_quotation(x, sentence, speaker):
    st, *_ = run(x, "Talks went on. " + sentence)
    assert speakers_of(st, 1) == ([speaker] if speaker else []), st


def test_a_name_described_by_a_trade_is_a_person_and_a_kunya_says_the_sex(x):
    text = ('Talks went on. Abu Karim, a docker for thirty years, still works the night shift. On the corniche, Umm '
            'Walid, a grocer, keeps tea on the shelf. "The sailors never came back," she said. Tartus, a town of '
            'fishermen, woke early.')
    st, _, _, new, _ = run(x, text)
    assert {"abu_karim", "umm_walid"} <= set(new) and new["umm_walid"].type == "person", list(new)
    assert "tartus" not in new
    assert speakers_of(st, 3) == ["umm_walid"], st  # ("she": the mother, not the docker named first)


@pytest.mark.parametrize("sentence, source", [
    ("Since the spring, stevedores say, the traffic through the harbour gate has been a trickle.",
     "unnamed_stevedores"),
    ("Fishermen in the old port said the patrol boats had gone.", "unnamed_fishermen"),
    ("A Syrian negotiator said the patrol boats had gone.", "unnamed_syrian_negotiator"),  # (from the day's article)
])
def test_people_of_a_trade_in_the_plural_are_an_unnamed_source(x, sentence, source):
    st, *_ = run(x, "Talks went on. " + sentence)
    assert speakers_of(st, 1) == [source], st


def test_a_date_in_figures_with_dots_inside_an_aside_keeps_the_subject(x):
    st, *_ = run(x, "Talks went on. President Ivo Marek, in his statement after the cabinet meeting on 23.12.2024, had "
                    "declared that the port would stay open.")
    assert speakers_of(st, 1) == ["marek"], st


@pytest.mark.parametrize("text, speaker, absent", [
    ('Talks went on. "The harbour is not for sale," smiled Putin\'s spokesman Dmitry Peskov.', "peskov", "putin"),
    ('Talks went on. "We were promised grain. The ovens are cold," sighs Jane Roe, a baker in Homs.', "roe", ""),
    ('Talks went on. "Wagner", founded by Yevgeny Prigozhin, sent fighters to the port.', None, "prigozhin"),
    ("Vladimir Putin received Ahmed al-Sharaa in the Kremlin. Both men said the talks on the port would go on.", None,
     "unnamed_men"),
])
def test_manner_verbs_and_trades_leave_possessives_participles_and_the_men_met_alone(x, text, speaker, absent):
    st, *_ = run(x, text)
    who = st.loc[st["sent_id"] == 1, "speaker_id"].tolist() if len(st) else []
    assert (speaker is None or who and set(who) == {speaker}) and absent not in who, st
    if "ovens" in text:  # (the quotation's first sentence too)
        assert speakers_of(st, 1) == ["roe"]


@pytest.mark.parametrize("text, person", [
    ("Talks went on. In Deir Hafer, a teacher said the patrols had stopped.", None),
    ("Talks went on. Ugarit Holding, the owner of two hotels, said the port was quiet.", None),
    ("Talks went on. Rasha Abu Zeid, a spokeswoman, spoke first. Abu Zeid said the lease would be reviewed.", "zeid"),
])
def test_no_person_from_a_place_or_a_firm_and_an_abu_surname_is_the_family_name(x, text, person):
    _, _, _, new, _ = run(x, text)
    persons = {a.id for a in new.values() if a.type == "person"}
    assert persons == ({person} if person else set()), persons


def test_titled_subheads_of_a_news_analysis_sign_nothing(x):
    para = ("Officials in Damascus said on Monday that the talks on the naval base would resume next month, and that "
            "nothing had been agreed on the debts.")
    text = f"Analysis\n\n{para}\n\nKremlin Calculations\n\n{para}\n\nTurkish Factor\n\n{para}\n"
    st, _, _, new, _ = run(x, text, outlet="Levant Wire", genre="analysis")
    assert "factor" not in new and "calculations" not in new and set(st["via_id"]) <= {"levant_wire", ""}, list(new)


def test_who_made_the_remarks_is_the_unnamed_spokesperson_of_the_sentence_before(x):
    text = ("BEIJING, Dec. 24 (Wire) -- China respects the choice of the Syrian people and hopes the port talks go well, "
            "a foreign ministry spokesperson said on Tuesday. Spokesperson Lin Xiaohong made the remarks at a regular "
            "press conference.")
    st, *_ = run(x, text, published="2024-12-24")
    assert speakers_of(st, 0) == ["xiaohong"], st


@pytest.mark.parametrize("text, persons", [
    ("Talks went on. At the table sat Defence Minister Varnak (MoD) and Finance Minister Oskol.", {"varnak", "oskol"}),
    ("Talks went on. The Foreign Minister Asaad ash-Shibani spoke first.", set()),  # (a first name: no "asaad")
    ("Talks went on. General Motors and President Trump were named.", set()),
])
def test_a_title_before_one_unknown_surname_names_a_person(x, text, persons):
    _, _, _, new, _ = run(x, text)
    assert {a.id for a in new.values() if a.type == "person"} == persons, list(new)


def test_a_name_in_commas_after_its_title_speaks(x):
    st, *_ = run(x, "Moscow kept quiet. A Kremlin spokesman, Dmitry Peskov, said on Friday that the bases stay.")
    assert speakers_of(st, 1) == ["peskov"]


@pytest.mark.parametrize("sentence", [
    "Last week the head of the port authority, Tamer Haskoury, was quoted by a weekly as saying the lease was void.",
    "Tamer Haskoury was cited by the weekly as saying the lease was void.",
])
def test_a_name_quoted_or_cited_in_the_passive_is_a_person_who_speaks(x, sentence):
    st, _, _, new, _ = run(x, "Talks went on. " + sentence)
    assert new["haskoury"].type == "person" and set(speakers_of(st, 1)) == {"haskoury"}, st


@pytest.mark.parametrize("sentence", ["Deir Hafer was cited as the main area the patrols still reached.",
                                      "The Tartus Protocol was cited by officials as the basis for the review."])
def test_a_name_cited_as_something_is_no_person(x, sentence):
    _, _, _, new, _ = run(x, "Talks went on. " + sentence)
    assert not [a for a in new.values() if a.type == "person"], list(new)


def test_unnamed_people_in_a_named_place_are_one_source_not_the_place(x):
    st, *_ = run(x, "Diplomats in Damascus said the talks had stalled.")
    assert st["speaker_id"].tolist() == ["unnamed_damascus_diplomats"]  # the place names which diplomats


def test_what_a_speaker_asked_stays_their_side_when_another_refused_it(x):
    st, *_ = run(x, "Talks went on. Syrian officials have repeatedly asked Moscow to hand over Bashar al-Assad, a "
                    "request the Kremlin has declined.")
    rows = st.loc[st["sent_id"] == 1, ["speaker_id", "issue_id", "stance"]].values.tolist()
    assert ["unnamed_syrian_officials", "assad_extradition", "support"] in rows and [
        "russia", "assad_extradition", "oppose"] in rows, rows


def test_a_closing_frame_speaks_and_relays_the_act_before_it(x):
    st, *_ = run(x, "Moscow agreed to keep the bases, an official said.")
    got = {(r.speaker_id, r.via_id, r.stance) for r in st.itertuples()}
    assert ("russia", "unnamed_official", "support") in got and ("unnamed_official", "levant_wire", "neutral") in got


def test_he_declining_after_his_own_words_is_the_same_speaker(x):
    st, *_ = run(x, "Lavrov met al-Shaibani. Novak said Moscow would send more grain, but he declined to comment "
                    "on whether Russia would hand over Assad.")
    one = st[st["sent_id"] == 1]
    assert set(one["speaker_id"]) == {"novak"}
    assert set(one[one["issue_id"] == "assad_extradition"]["stance"]) == {"neutral"}


def test_the_subject_of_a_that_clause_is_not_who_argued(x):
    for verb in ("argued that", "argued", "nonetheless argued that", "bluntly argued that"):
        st, *_ = run(x, f"Syrian minister Yusuf Karimi visited Moscow on Monday. He also {verb} Syria must keep "
                        "the Russian bases.")
        assert speakers_of(st, 1) == ["karimi"], verb


def test_whom_the_subject_met_is_not_who_said(x):
    st, *_ = run(x, "Syrian minister Yusuf Karimi met Putin in the Kremlin and said Syria supports the Russian bases.")
    assert st["speaker_id"].tolist() == ["karimi"]
    st, *_ = run(x, "And on May 2 President Ahmed al-Sharaa sat down with Vladimir Putin in the Kremlin and said Syria "
                    "supports the Russian bases.")  # a time first; "in the Kremlin" is a place, not a subject
    assert st["speaker_id"].tolist() == ["sharaa"]


def test_with_a_name_and_a_participle_the_name_speaks(x):
    st, *_ = run(x, "Russia sent a delegation on Monday, with Deputy Prime Minister Pavel Orlov offering fuel and "
                    "announcing that Moscow would help lift the sanctions.")
    assert set(st["speaker_id"]) == {"orlov"} and set(st["issue_id"]) == {"reconstruction", "sanctions_relief"}
    st, *_ = run(x, "The talks ended, with Deputy Prime Minister Pavel Orlov offering help for the energy sector and "
                    "announcing a visit.")  # what each participle says is his
    assert st[["speaker_id", "issue_id", "stance"]].values.tolist() == [["orlov", "reconstruction", "support"]]
    st, *_ = run(x, "The talks ended late, with Kremlin spokesman Dmitry Peskov saying the bases would stay.")
    assert st["speaker_id"].tolist() == ["peskov"]


def test_according_to_him_with_no_speaker_yet_is_the_person_named_last(x):
    st, *_ = run(x, "Kremlin spokesman Dmitry Peskov spoke on Monday. The extradition of Assad, according to him, "
                    "is not on the agenda.")
    assert st[["speaker_id", "issue_id", "stance"]].values.tolist() == [["peskov", "assad_extradition", "oppose"]]


def test_a_view_that_refers_back_is_about_the_issue_named_before(x):
    st, *_ = run(x, "Washington repealed the Caesar Act sanctions on Monday. Syrian minister Yusuf Karimi welcomed "
                    "the repeal.")
    assert stance_of(st[st["sent_id"] == 1], "karimi", "sanctions_relief") == "support"
    st, *_ = run(x, "Moscow has refused to hand over Assad. Asked about this, Dmitry Peskov said there was nothing "
                    "to add.")
    assert stance_of(st[st["sent_id"] == 1], "peskov", "assad_extradition") == "neutral"
    st, *_ = run(x, "Damascus has asked Moscow to hand over Assad. Kremlin spokesman Dmitry Peskov declined to "
                    "comment.")  # declining to comment: on what was just raised
    assert stance_of(st[st["sent_id"] == 1], "peskov", "assad_extradition") == "neutral"
    for later in ("Syrian minister Yusuf Karimi said Damascus welcomed the steps taken so far.",
                  "Syrian minister Yusuf Karimi said the question of the elections was open."):
        st, *_ = run(x, "Washington repealed the Caesar Act sanctions on Monday. " + later)
        assert st[st["sent_id"] == 1][["speaker_id", "issue_id"]].values.tolist() == [["karimi", ""]], later


def test_a_relative_clause_speaks_for_the_name_it_hangs_on(x):
    st, *_ = run(x, "The delegation was headed by deputy minister Pavel Orlov, who met Ahmed al-Sharaa and said Moscow "
                    "was ready to lift sanctions.")
    assert st["speaker_id"].tolist() == ["orlov"]
    st, *_ = run(x, "Ankara, which has urged Damascus to lift the sanctions on trade, did not comment.")
    assert st[st["issue_id"] == "sanctions_relief"]["speaker_id"].tolist() == ["turkey"]  # not Damascus


@pytest.mark.parametrize("text, sent, speakers", [
    # "the report" is the medium's that reported last, not the speaker it quoted
    ("Lavrov said the talks went well, Reuters reported on Tuesday. According to the report, the old agreements "
     "would be reviewed.", 1, ["reuters"]),
    # an unnamed source from a hyphenated place has a well-formed id
    ("An official from Al-Qusayr said the old agreements would be reviewed.", 0, ["unnamed_al_qusayr_official"]),
])
def test_who_speaks_in_one_sentence(x, text, sent, speakers):
    st, *_ = run(x, text)
    assert st[st["sent_id"] == sent]["speaker_id"].tolist() == speakers


@pytest.mark.parametrize("text, speakers", [
    # coordinated subjects all speak
    ("Saudi Arabia and Qatar pledged to pay for new power plants.", ["saudi_arabia", "qatar"]),
    ("Russia, Iran and Turkey said the old agreements would be reviewed.", ["russia", "iran", "turkey"]),
    # unnamed sources and pronouns are coordinated too, past a title; a clause opened by "where" has its subject
    ("Two bankers and a third Syrian source said the old agreements would be reviewed.",
     ["unnamed_bankers", "unnamed_syrian_source"]),
    ("Syrian minister Yusuf Karimi visited Moscow, where he and Foreign Minister Sergei Lavrov agreed to review the "
     "old agreements.", ["karimi", "lavrov"]),
    # no coordination: a name before a comma ends another clause; an object of "met" is no subject
    ("The bases were discussed with Ahmed al-Sharaa, the Kremlin said.", ["russia"]),
    ("Al-Sharaa met Putin and Lavrov said the old agreements would be reviewed.", ["lavrov"]),
    # a one-word state name qualifies a title reference as a demonym does
    ("Kremlin spokesman Dmitry Peskov spoke on Monday. According to the Kremlin spokesman, the talks on the air "
     "base went well.", ["peskov"]),
    # "the people", "another person": the unnamed people quoted before; "a person close to" a body is unnamed too
    ("People familiar with the talks said they went on. The air base will stay, the people said. The debts were "
     "not raised, according to another person.", ["unnamed_people_familiar"]),
    ("A person close to the presidency said the naval base would stay.", ["unnamed_person_close"]),
    # a translation's "sums up X" after a quotation
    ("\u00abThe naval base will stay\u00bb, sums up Ivo Marek, a researcher.", ["marek"]),
    # a heading's last word on the line before is no other given name of a known person
    ("Coastal notes\n\nNorth Coast\n\nLavrov said Russia would keep the naval base.\n", ["lavrov"]),
    # a state's intelligence agency is a body of that state; its acronym in brackets stands between it and its verb
    ("Turkey's intelligence agency (MIT) said in a statement that the air base would stay.",
     ["turkish_intelligence_agency"]),
    # a word of the title itself ("prime", "foreign") must be in the role: a deputy foreign minister is no prime minister
    ("Talks went on. Defense Minister Pavel Orlov spoke on Monday. The defence minister said the air base would "
     "stay.", ["orlov"]),  # (one title in two spellings)
    ("Talks went on. Deputy Foreign Minister Pavel Orlov spoke on Monday. The Prime Minister's office declined to "
     "comment.", []),
    # unnamed sources: a dotted demonym says whose officials; a word of the description is no cue
    ("U.S. officials urged Damascus to close the Russian air base.", ["unnamed_us_officials"]),
    ("Informed Syrian sources revealed that Damascus has asked Moscow to rebuild its power plants.",
     ["unnamed_syrian_sources", "syria"]),
    # translated order: the source speaks "to the newspaper <medium>"
    ("Confirmed a Syrian diplomat to the newspaper Al-Watan that Damascus wants the old debts cancelled.",
     ["unnamed_syrian_diplomat", "syria"]),
    # a passive with an adverb has its agent after "by", who is what was said, not who says it; "I" or "we"
    # before a verb of speech is the one quoted, no one named after it
    # an unnamed representative of a state, however the state is named, speaks for it ("he" after it too); an envoy
    # named before is that envoy
    ("China's representative said the air base should stay. He added that the coercive measures must be lifted.",
     ["china"]),
    ("The representative of the Russian Federation said the old agreements would be reviewed.", ["russia"]),
    ("Turkish envoy Ivo Marek arrived. The Turkish envoy said the old agreements would be reviewed.", ["marek"]),
    # "according to a statement from X" is X's; a detected person's surname with its article is that person
    ("The protocol was signed by the two ministers, according to a statement from the Syrian defence ministry.",
     ["syrian_defence_ministry"]),
    ("Syria's chief of staff, Ali al-Nouri, arrived. The talks on the air base went well, al-Nouri said.",
     ["nouri"]),
    # "<state>'s (new) government/authorities" is the state, as "the Syrian government" is
    ("Syria's new authorities have said the old agreements would be reviewed.", ["syria"]),
    # "the government in <city>" is that city's state, whatever the story's
    ("The government in Damascus said it wants the old agreements re-examined.", ["syria"]),
    # a detected name in the possessive is that person ("Netanyahu's office"), and his office speaks for him
    ("Prime Minister Ivo Marek's office said the old agreements would be reviewed.", ["marek"]),
    # "one of the people" is one of the unnamed people quoted before, not the name before the frame
    ("Two people familiar with the talks said the air base would stay. Syrian officials have not accepted the "
     "offer, one of the people said, adding that the talks would go on.", ["unnamed_people_familiar"]),
    # a translated title chain ends with its name, not with another minister named before
    ("Deputy Prime Minister Alexander Novak arrived. Said the minister of foreign affairs and expatriates Asaad "
     "al-Shaibani, in a press conference with Novak, that the old agreements would be reviewed.", ["shaibani"]),
    # a medium named with what it is ("the SANA news agency") is that medium; official figures are no one
    ("Syrian minister Yusuf Karimi met the Russian delegation to discuss wheat, the official SANA news agency "
     "reported.", ["sana"]),
    ("Wheat imports from Russia fell by half, according to official figures.", []),
    # a participle and its preposition may stand between an unnamed source and its verb
    ("A Syrian official travelling with the delegation told reporters that the air base would stay.",
     ["unnamed_syrian_official"]),
    ("A Syrian diplomat posted in Moscow, who asked not to be named, said the air base would stay.",
     ["unnamed_syrian_diplomat"]),  # (and a comma-enclosed clause after it)
    ("Diplomats based in Moscow said the air base would stay.", ["unnamed_diplomats"]),
    ('Lavrov said: "The talks went well. I have nothing to add to what has already been said by the Kremlin about '
     'the air base."', ["lavrov"]),
    ('Lavrov said: "The talks went well. We do not comment on rumours, and I have nothing to add to what has been '
     'said by the Kremlin about the air base."', ["lavrov"]),
])
def test_who_speaks(x, text, speakers):
    st, *_ = run(x, text)
    assert list(dict.fromkeys(st["speaker_id"] if len(st) else [])) == speakers


def test_he_after_a_single_unnamed_source_is_that_source(x):
    st, *_ = run(x, 'A senior Syrian official said the talks on the naval base went well. "Nobody wants them out," '
                    'he said.')
    assert st["speaker_id"].tolist() == ["unnamed_syrian_official"] * 2
    st, *_ = run(x, "A source told Reuters that Damascus asked for the handover; Al-Sharaa later confirmed it. "
                    '"We asked," he said.')  # a person who spoke after the source is "he"
    assert speakers_of(st, 1) == ["sharaa"]


def test_a_view_after_a_semicolon_is_not_what_came_before_it(x):
    st, *_ = run(x, "Peskov said the bases were on the agenda; Lavrov said again that the extradition was not raised.")
    assert set(st.loc[st["speaker_id"] == "lavrov", "issue_id"]) == {"assad_extradition"}


def test_this_was_stated_by_someone_gives_the_sentence_before_its_speaker(x):
    st, *_ = run(x, "The future of the naval base is being discussed in a working order. This was stated to "
                    "journalists by the press secretary of the President of Russia Dmitry Peskov.")
    assert st[["sent_id", "speaker_id", "issue_id", "stance"]].values.tolist() == [
        [0, "peskov", "russian_bases", "neutral"]]


def test_a_time_phrase_after_a_closing_frame_is_not_the_speakers_view(x):
    st, *_ = run(x, "Syria will keep its partners close, President Ahmed al-Sharaa told a forum in Doha on Tuesday, a "
                    "week after U.S. officials urged Damascus to close the Russian air base.")
    assert "russian_bases" not in set(st.loc[st["speaker_id"] == "sharaa", "issue_id"])
    bases = st[st["issue_id"] == "russian_bases"]
    assert bases["speaker_id"].str.startswith("unnamed_").all() and set(bases["via_id"]) == {"levant_wire"}


def test_a_medium_named_or_referred_to_relays_the_unnamed_source(x):
    st, *_ = run(x, "Officials told the newspaper Al-Watan that talks went on. Later, the newspaper quoted a Syrian "
                    "expert as saying that the naval base would stay.")
    assert st[st["sent_id"] == 1][["speaker_id", "via_id"]].values.tolist() == [["unnamed_syrian_expert", "al_watan"]]
    st, *_ = run(x, "Confirmed a Syrian diplomat to the newspaper Al-Watan that Damascus wants the old debts cancelled.")
    assert st[["speaker_id", "via_id"]].values.tolist()[0] == ["unnamed_syrian_diplomat", "al_watan"]


def test_a_name_before_a_mediums_noun_is_the_medium(x):
    st, ms, *_ = run(x, "Talks went well. The Gazeta newspaper reported that Damascus had asked for wheat.")
    rows = st.loc[st["sent_id"] == 1, ["speaker_id", "via_id", "issue_id"]].values.tolist()
    assert "gazeta" in set(ms["actor_id"])
    assert rows == [["gazeta", "levant_wire", ""], ["syria", "gazeta", "reconstruction"]], rows
    _, ms, *_ = run(x, "Talks went well. The Russian newspaper reported that Damascus had asked for wheat.")
    assert not any(a.startswith("russian") and a != "russia" for a in ms["actor_id"])  # a demonym names no medium
    _, ms, *_ = run(x, "Talks went well. Engineers repaired the Zeitoun station. The Syrian newspaper said so.")
    assert not {"zeitoun", "syrian"} & set(ms.get("actor_id", []))  # (a noun not only a medium's; a people's
    # adjective)
    st, ms, *_ = run(x, "Talks went well. The Yomiuri newspaper reported that Damascus had asked for wheat.")
    assert "yomiuri" in set(ms["actor_id"])


def test_one_unknown_name_that_is_told_or_interviews_is_a_medium(x):
    st, *_ = run(x, "Talks went well. The bases will stay, a Russian diplomat told Vedomosti.")
    assert st[["speaker_id", "via_id"]].values.tolist() == [["unnamed_russian_diplomat", "vedomosti"]]
    st, *_ = run(x, "Talks went well. Lavrov said in an interview with Gazeta that the bases would stay.")
    assert st[["speaker_id", "via_id"]].values.tolist() == [["lavrov", "gazeta"]]
    st, *_ = run(x, "Talks went well. The bases will stay, Lavrov told Putin.")  # a known person is no medium
    assert "putin" not in set(st["via_id"])


def test_a_capital_in_a_mediums_name_is_no_mention_of_the_state(x):
    st, ms, *_ = run(x, "Talks went well. A Syrian diplomat told the Tehran Times that the naval base would stay. "
                        "The Moscow Times reported that the envoy had left.")
    assert st[st["sent_id"] == 1][["speaker_id", "via_id"]].values.tolist() == [["unnamed_syrian_diplomat",
                                                                                 "tehran_times"]]
    assert not {"iran", "russia"} & set(ms["actor_id"]) and {"tehran_times", "moscow_times"} <= set(ms["actor_id"])
    _, ms, *_ = run(x, "Tehran backed the talks, and Moscow welcomed them.")  # (the capitals alone still are)
    assert {"iran", "russia"} <= set(ms["actor_id"])


def test_an_unnamed_source_from_a_country_speaks_and_a_name_before_a_bare_noun_is_no_cue(x):
    st, *_ = run(x, "Talks went well. An envoy from a Nordic state, who had met both sides, said the air base would "
                    "stay.")
    assert st[["speaker_id", "cue"]].values.tolist() == [["unnamed_nordic_envoy", "said"]]
    st, *_ = run(x, "Talks went well. An official from a state agency said the air base would stay.")  # (a noun after
    assert st["speaker_id"].tolist() == ["unnamed_official"]  # "state": no country)
    st, *_ = run(x, "Talks went well. An official of one neighbouring country said the air base would stay.")
    assert st["speaker_id"].tolist() == ["unnamed_official"]
    st, *_ = run(x, "Talks went well. The Syrians demand that Russia hand him over.")  # (a plural name speaks)
    assert st["cue"].tolist() == ["demand"]


def test_a_closing_frame_followed_by_and_speaks(x):
    st, *_ = run(x, "Damascus asked for the funds, a Syrian source said. The Russians were not ready to admit any "
                    "fault, the source added, and nothing else was agreed.")  # (a speech verb in the view before)
    assert "unnamed_syrian_source" in speakers_of(st, 1)
    st, *_ = run(x, "Al-Shaibani said that in Moscow, Putin assured him Russia would not keep its air base, and the "
                    "talks ended.")  # (a verb inside the view, far from the ", and": no closing frame)
    assert st.loc[st["speaker_id"] == "putin", "via_id"].tolist() == ["shaibani"]


def test_a_resident_who_gives_only_a_name_is_a_person_and_is_quoted_next(x):
    st, ms, _, det, _ = run(x, "An analyst, Karim Haddad, said the air base would stay. Across town, a tailor, who "
                               "asked that only his first name, Abu Samir, be used, has closed two of his shops. "
                               "\"The cloth comes late and costs double,\" he said. A baker, who gave her name as "
                               "Lina, said bread cost twice as much.")
    samir = det["abu_samir"]  # (a kunya is the whole name: Samir is the son)
    assert samir.type == "person" and samir.role == "tailor" and "Abu Samir" in samir.aliases
    assert speakers_of(st, 1) == [] and speakers_of(st, 2) == ["abu_samir"] and speakers_of(st, 3) == ["lina"]


def test_one_of_them_is_one_of_the_group_that_spoke_not_the_actor_they_told_of(x):
    st, *_ = run(x, "Damascus asked Moscow to resume fuel deliveries, four people briefed on the talks said. "
                    "One of them said the Syrian side wanted the deliveries before winter.")
    assert st[st["sent_id"] == 1][["speaker_id", "via_id"]].values.tolist()[0] == ["unnamed_people_briefed", "levant_wire"]


def test_one_of_a_group_never_quoted_before_is_that_unnamed_group(x):
    st, *_ = run(x, "Talks went on. \u201cThe fleet will stay,\u201d one of the diplomats told reporters.")
    assert st["speaker_id"].tolist() == ["unnamed_diplomats"]
    st, *_ = run(x, "Talks went on. A presidential adviser, who asked not to be identified, said the lease would end.")
    assert st["speaker_id"].tolist() == ["unnamed_adviser"]


def test_a_source_quoted_or_cited_by_a_medium_speaks_and_the_medium_relays(x):
    st, *_ = run(x, "Talks went on. The lease will be renewed, a Turkish official quoted by the daily Sabah said.")
    assert st[["speaker_id", "via_id"]].values.tolist() == [["unnamed_turkish_official", "sabah"]]
    st, *_ = run(x, "Talks went on. The lease will be renewed, according to an official cited by Vedomosti.")
    assert st[["speaker_id", "via_id"]].values.tolist()[0] == ["unnamed_official", "vedomosti"]
    # the medium's citation keeps the view it cites them for
    st, *_ = run(x, "Talks went on. Ankara, according to diplomats cited by Vedomosti, opposes a lasting Russian "
                    "military presence.")
    assert "russian_bases" in set(st.loc[st["speaker_id"] == "unnamed_diplomats", "issue_id"])


def test_a_mediums_own_unnamed_sources_speak_and_the_medium_relays(x):
    st, *_ = run(x, "An official told Vedomosti the talks would go on. The extradition of the former president, "
                    "according to the newspaper's sources, is not being discussed.")
    assert st[st["sent_id"] == 1][["speaker_id", "via_id", "issue_id"]].values.tolist() == [
        ["unnamed_sources", "vedomosti", "assad_extradition"]]
    st, *_ = run(x, "Talks went on. Interfax's sources said the bases would stay.")
    assert st[["speaker_id", "via_id"]].values.tolist() == [["unnamed_sources", "interfax"]]


def test_a_medium_citing_sources_relays_them_and_they_relay_the_act_they_report(x):
    st, *_ = run(x, "Talks went on. The newspaper Nida, citing two officials, reported that Damascus had asked "
                    "Moscow to return the frozen funds.")
    rows = st[st["sent_id"] == 1][["speaker_id", "via_id"]].values.tolist()
    assert ["unnamed_officials", "nida"] in rows and ["syria", "unnamed_officials"] in rows
    assert not any(r[0] == "nida" for r in rows)  # the medium's own verb relays, it is no act it tells of


def test_a_press_reviews_outlets_are_media_by_what_they_do(x):
    # a name that writes, that reports citing its source, that a medium's noun sets off, or an acronym citing one
    text = ("Press review\n\nZorkaya writes that Damascus wants the naval base closed. Pravdin, citing two "
            "officials, reports that Moscow will stay. Novoteka, a business daily, reported that the lease would be "
            "reviewed.\n\nColumnist Sami Haddad disagreed. Haddad writes that the base should stay.\n")
    _, _, _, detected, _ = run(x, text)
    assert {a: detected[a].type for a in ("zorkaya", "pravdin", "novoteka", "haddad")} == {
        "zorkaya": "media", "pravdin": "media", "novoteka": "media", "haddad": "person"}
    # no medium: a person the apposition's head says is one, a body whose head is "agency", a titled name that
    # writes, a memoir's author, a body that cites its own people
    text = ("Talks went on. Lina Sabbagh, a newspaper columnist, said the base should close. UNRWA, the UN refugee "
            "agency, said aid was short. Mr Kuzmin writes that Moscow will stay. In his memoirs, Primakov wrote that "
            "the base mattered. Tahrirfront, citing its commanders, said the base should close.")
    _, _, _, detected, _ = run(x, text)
    assert not {a for a, d in detected.items() if d.type == "media"} - {"levant_wire"}, {
        a: d.type for a, d in detected.items()}
    # a name with a number that ends in a medium's word and speaks; a channel described at length
    _, _, _, detected, _ = run(x, "Talks went on. Lyotchik, a channel associated with the air force, claimed that "
                                  "the crews had left.")
    assert detected["lyotchik"].type == "media"
    text = ("Digest\n\nYesterday Vostok 12 TV said the talks went well. Kanalik, a Telegram channel with more "
            "than a million subscribers, said the outcome was mixed. It predicted that the question of the bases "
            "would drag on.\n")
    st, _, _, detected, _ = run(x, text)
    assert detected["vostok_12_tv"].type == "media" and detected["kanalik"].type == "media", sorted(detected)
    # "It" after a medium spoke, or relayed a source, is that medium
    assert speakers_of(st, 3) == ["kanalik"], st[["sent_id", "speaker_id"]].values.tolist()
    st, *_ = run(x, "Talks went on. The daily Zorkaya, citing a diplomatic source, wrote that Moscow hoped to keep the "
                    "air base. It added that Damascus had not decided.")
    rows = st.loc[st["sent_id"] == 2, ["speaker_id", "via_id", "issue_id"]].values.tolist()
    assert rows == [["zorkaya", "levant_wire", ""], ["syria", "zorkaya", ""]], rows  # (it relays what Damascus
    # decided, and speaks on no issue of its own)
    # not when a body was named since, in a sentence with no voice
    st, *_ = run(x, "Talks went on. Zorkaya reported that the talks were close to a deal. The Syrian foreign ministry "
                    "issued a statement on Tuesday. It said Russia should leave the naval base.")
    assert "zorkaya" not in st.loc[st["sent_id"] == 3, "via_id"].tolist() + speakers_of(st, 3), st[
        ["sent_id", "speaker_id", "via_id"]].values.tolist()
    # never the outlet itself, which speaks in its own voice, not as "it"
    st, *_ = run(x, "Talks went on. Levant Wire reported that the talks had ended. It predicted that the air base "
                    "would stay.")
    assert speakers_of(st, 2) == [], st[["sent_id", "speaker_id"]].values.tolist()


def test_any_past_form_of_a_speech_verb_after_a_quotation_names_a_new_speaker(x):
    st, _, _, detected, _ = run(x, '"Damascus has an empty purse and a people that needs bread, so it cannot close '
                                   'doors," summarized Lina Sabbagh, a political scientist.')
    assert "sabbagh" in detected and speakers_of(st, 0) == ["sabbagh"], st[["sent_id", "speaker_id"]].values.tolist()


def test_a_closing_frame_after_a_forecast_and_a_source_at_a_body_speak(x):
    st, *_ = run(x, "Talks went on. A deal on the air base is unlikely, diplomats say. The lease will stand, a legal "
                    "adviser to the assembly said.")
    assert speakers_of(st, 1) == ["unnamed_diplomats"] and speakers_of(st, 2) == ["unnamed_adviser"], st[
        ["sent_id", "speaker_id"]].values.tolist()


def test_an_unnamed_academic_is_an_unnamed_source(x):
    st, *_ = run(x, 'Talks went on. "Nobody expects Moscow to hand him over," said a professor of law at a university '
                    'in Amman. A lecturer at Aleppo University said the air base should close.')
    assert speakers_of(st, 1) == ["unnamed_professor"] and speakers_of(st, 2) == [
        "unnamed_aleppo_university_lecturer"], st[["sent_id", "speaker_id"]].values.tolist()
    st, *_ = run(x, 'Talks went on. From Moscow, a Russian political scientist said the Kremlin would wait.')
    assert speakers_of(st, 1) == ["unnamed_russian_political_scientist"], st[["sent_id", "speaker_id"]].values.tolist()
    # a member of a body, unnamed, is a source; "member states" are no member
    st, *_ = run(x, '"We want him tried," said a member of a victims\' association. Member states said the sanctions '
                    'should be lifted.')
    assert speakers_of(st, 0) == ["unnamed_member"] and "unnamed_member" not in speakers_of(st, 1), st[
        ["sent_id", "speaker_id"]].values.tolist()


def test_the_act_a_question_put_names_is_no_ones_want(x):
    st, *_ = run(x, "Talks went on. Asked whether Moscow would reconsider the asylum of Assad, Kremlin spokesman "
                    "Dmitry Peskov was brief.")
    assert st.empty or not len(st[st["sent_id"] == 1]), st[["sent_id", "speaker_id", "issue_id"]].values.tolist()


def test_cases_the_re_read_of_this_round_found(x):
    # asking why another refused is no request of one's own: the asker relays the refusal
    st, *_ = run(x, "Talks went on. Syrian officials asked why Russia had declined to extradite Assad.")
    assert stance_of(st, "unnamed_syrian_officials", "assad_extradition") == "neutral"
    # a thing inside a relative clause on the subject is not what is handed over
    assert stances_on(x, "Talks went on. Officials said the man who ran the prison would be handed over to Damascus.",
                      "assad_extradition") == ["support"]
    # what it was unusual for someone to do, they did
    st, *_ = run(x, "Talks went on. It was unusual for the Kremlin to confirm that Russia would keep the naval base.")
    assert speakers_of(st, 1) == ["russia"], st[["sent_id", "speaker_id"]].values.tolist()
    # a source that a shortened passive tells of did nothing: "he" is still the speaker before
    st, *_ = run(x, 'Lavrov said Moscow would keep the naval base. A Syrian diplomat detained in Beirut was released '
                    'on Monday. "We will not leave Tartus," he said.')
    assert speakers_of(st, 2) == ["lavrov"], st[["sent_id", "speaker_id"]].values.tolist()
    # "It" after a medium is the medium only when it speaks ("It calls for ..." is the agreement reported)
    st, *_ = run(x, "Zorkaya reported that a new agreement had been drafted. It calls for Russia to keep the naval "
                    "base for 49 years.")
    assert speakers_of(st, 1) == [], st[["sent_id", "speaker_id"]].values.tolist()
    st, *_ = run(x, "Zorkaya reported that the talks had stalled. It quoted a source as saying Moscow would keep "
                    "the naval base.")
    assert "zorkaya" in st.loc[st["sent_id"] == 1, "via_id"].tolist(), st[
        ["sent_id", "speaker_id", "via_id"]].values.tolist()
    # an apposition after a named actor describes it, no unnamed source of its own
    st, *_ = run(x, "Talks went on. China, a member of the Security Council, said sanctions on Syria should be lifted.")
    assert speakers_of(st, 1) == ["china"], st[["sent_id", "speaker_id"]].values.tolist()
    st, *_ = run(x, 'Talks went on. State Duma deputy Viktor Nesterov, a member of the Duma Committee on Foreign '
                    'Affairs, in turn, told reporters that the question of Assad "is not on the agenda."')
    assert speakers_of(st, 1) == ["nesterov"], st[["sent_id", "speaker_id"]].values.tolist()
    # a network is no medium
    _, _, _, detected, _ = run(x, "Talks went on. Sanad, a smuggling network based in Idlib, said the base should "
                                  "close.")
    assert "sanad" not in detected or detected["sanad"].type != "media"
    # a source opening a sentence after a question is still the sentence's opener
    st, *_ = run(x, 'Peskov said the asylum stands. Will it last? A European diplomat, who asked not to be named, '
                    'called the wording "a balance": the speech was meant to reassure Moscow, he said.')
    assert set(speakers_of(st, 2)) == {"unnamed_european_diplomat"}, st[["sent_id", "speaker_id"]].values.tolist()
    # a one-name resident whose description opens on a place, before the verb
    st, _, _, detected, _ = run(x, "Talks went on. Rasha, an Idlib-based teacher, said the base should close.")
    assert speakers_of(st, 1) == ["rasha"], st[["sent_id", "speaker_id"]].values.tolist()
    # talks on an issue that are good take no side on it; every chance of an act is an expectation of it
    assert stances_on(x, "Talks went on. Lavrov said talks on the air base were constructive.",
                      "russian_bases") == ["neutral"]
    st, *_ = run(x, "Talks went on. There is every chance that Russia keeps the naval base.")
    assert st[["attribution", "stance"]].values.tolist() == [["assessment", "support"]]


def test_a_british_spelling_with_a_doubled_l_is_the_verb(x):
    st, *_ = run(x, "Talks went on. Moscow signalled that it would keep the naval base.")
    assert st["attribution"].tolist() == ["reported"] and st["cue"].tolist() == ["signalled"]


def test_an_act_in_a_condition_is_nobodys_act(x):
    st, *_ = run(x, "An expert said Russian investment could return if Moscow agrees to new terms.")
    assert set(st["speaker_id"]) == {"unnamed_expert"}


def test_a_quotation_standing_alone_goes_on_quoting_the_last_speaker(x):
    st, *_ = run(x, '"We have friends everywhere," Lavrov said. "The naval base will stay where it is."')
    row = st[st["sent_id"] == 1].iloc[0]
    assert (row["speaker_id"], row["via_id"], row["attribution"], row["issue_id"], row["stance"]) == (
        "lavrov", "levant_wire", "direct-quote", "russian_bases", "support")


def test_where_an_unnamed_source_sits_tells_which_source_it_is(x):
    st, *_ = run(x, "Moscow will keep its naval base at Tartus, a source in the Russian delegation told reporters. "
                    "The source added that Moscow does not intend to reduce its presence at the base.")
    assert {a for a in st["speaker_id"] if a.startswith("unnamed")} == {"unnamed_russian_delegation_source"}


def test_the_ministry_is_the_ministry_named_before_and_its_statement_speaks_for_it(x):
    st, *_ = run(x, "The Russian Foreign Ministry reported the call. \"Moscow will help rebuild the power grid,\" "
                    "the ministry said.")
    assert speakers_of(st, 1) == ["russian_foreign_ministry"]
    st, *_ = run(x, "Moscow will help rebuild the power grid, the ministry's statement said.")
    assert len(st) == 1 and st["speaker_id"].iloc[0] != ""


def test_the_government_is_not_a_former_government_named_before(x):
    st, *_ = run(x, "MOSCOW, May 2 (Levant Wire) - Under a deal with Assad's government, Russia kept its bases. "
                    "The government said it would keep the naval base at Tartus.")
    assert speakers_of(st, 1) == ["russia"]


def test_people_briefed_on_something_are_an_unnamed_source_that_relays(x):
    st, *_ = run(x, "Moscow will keep its naval base at Tartus, two people briefed on the talks said.")
    assert st[["speaker_id", "stance"]].values.tolist() == [["unnamed_people_briefed", "neutral"]]


def test_a_name_before_also_is_the_subject_not_the_name_after_the_verb(x):
    st, _, _, detected, _ = run(x, "Damascus has also asked Moscow to lift the sanctions, according to two Syrian "
                                   "officials who spoke on condition of anonymity.")
    assert st[["speaker_id", "via_id", "stance"]].values.tolist() == [["syria", "unnamed_syrian_officials", "support"]]
    assert detected["unnamed_syrian_officials"].type == "anonymous"  # a relay only, yet an actor the tables know


def test_who_expects_holds_the_forecast_and_a_passive_has_no_speaker(x):
    st, *_ = run(x, "Analysts expect the talks on the bases to last months.")
    assert st["speaker_id"].tolist() == ["unnamed_analysts"]
    st, *_ = run(x, "Putin is widely expected to keep the bases.")
    assert st[["speaker_id", "attribution"]].values.tolist() == [["levant_wire", "assessment"]]
    st, *_ = run(x, "We expect Moscow and Damascus to agree on a smaller Russian presence.", author="jane_roe",
                 outlet="")
    assert st[["speaker_id", "attribution"]].values.tolist() == [["jane_roe", "assessment"]]  # no side agreed yet
    st, *_ = run(x, "After the fall of Bashar al-Assad, ties with Moscow entered a new phase, described as cautious.")
    assert st.empty  # the participle describes the phase; no one speaks


def test_an_unnamed_source_is_told_apart_by_its_place_and_institution_and_the_same_source_is_it(x):
    st, *_ = run(x, "An unnamed Kremlin source said the bases would stay. A source in Damascus said they would not. "
                    "The same source said talks would go on.")
    assert st.groupby("sent_id")["speaker_id"].first().tolist() == [
        "unnamed_kremlin_source", "unnamed_damascus_source", "unnamed_damascus_source"]


def test_a_medium_quoting_an_unnamed_source_as_saying_relays_the_source(x):
    st, *_ = run(x, "Reuters quoted a Syrian source as saying that al-Sharaa requested the handover of Assad during "
                    "the visit.")
    got = {(r.speaker_id, r.via_id, r.stance) for r in st.itertuples()}
    assert got == {("unnamed_syrian_source", "reuters", "neutral"), ("sharaa", "unnamed_syrian_source", "support")}


@pytest.mark.parametrize("sentence, speaker, via", [
    ("Lavrov was quoted by TASS as saying that Russia would keep its bases.", "lavrov", "tass"),
    ("Lavrov was quoted as saying Russia would keep its bases.", "lavrov", "levant_wire"),
    ("In a statement, Sharaa was reported as saying that Syria wanted its frozen funds back.", "sharaa", "levant_wire"),
    ("Lavrov was cited by TASS as saying that Russia would keep its bases.", "lavrov", "tass"),
    ("Lavrov, who was quoted by TASS as saying that Russia would keep its bases, left for Riga.", "lavrov", "tass"),
])
def test_a_speaker_quoted_in_the_passive_as_saying_is_the_subject(x, sentence, speaker, via):
    st, *_ = run(x, sentence)
    assert (st["speaker_id"].iloc[0], st["via_id"].iloc[0]) == (speaker, via), st[["speaker_id", "via_id"]]


def test_a_participle_after_the_main_clause_speaks_of_what_the_subject_did(x):
    st, *_ = run(x, "Researcher Yusuf Karimi addressed the question of the extradition of Assad, describing it as a "
                    "thorny issue.")
    assert st[["speaker_id", "via_id", "issue_id", "stance"]].values.tolist() == [
        ["karimi", "levant_wire", "assad_extradition", "neutral"]]


def test_a_translated_pronoun_verb_before_a_titled_name_is_that_persons_speech(x):
    st, *_ = run(x, "Syrian minister Yusuf Karimi spoke first. For his part, he confirmed Researcher in Russian affairs "
                    "Pavel Orlov told Levant Wire that reconsidering the agreements is a prerequisite for cooperation.")
    assert set(speakers_of(st, 1)) == {"orlov"}
    st, *_ = run(x, "Syrian minister Yusuf Karimi spoke first. He said that Pavel Orlov, the deputy minister, told him "
                    "the agreements would be reconsidered.")  # English order: Orlov's words inside Karimi's
    assert st[st["sent_id"] == 1][["speaker_id", "via_id"]].values.tolist()[0] == ["karimi", "levant_wire"]


def test_a_word_that_qualifies_another_issues_term_is_not_a_topic(x):
    st, *_ = run(x, "Syrian minister Yusuf Karimi said the port base supports the Russian fleet in the Mediterranean.")
    assert "reconstruction" not in set(st["issue_id"])  # "port" qualifies "base" here
    st, *_ = run(x, "Syrian minister Yusuf Karimi said Russian firms would invest in the port of Latakia.")
    assert stance_of(st, "karimi", "reconstruction") == "support"
    st, *_ = run(x, "Syrian minister Yusuf Karimi said the European Union kept its sanctions in force.")
    assert set(st["issue_id"]) == {"sanctions_relief"}  # "in force" is no military force
    st, *_ = run(x, "Syrian minister Yusuf Karimi said the troops of a close Kremlin ally had guarded the border.")
    assert "oppose" not in set(st["stance"])  # "a close ally" closes nothing
    st, *_ = run(x, "Syrian minister Yusuf Karimi said Russia would bring its presence at the bases to a close.")
    assert stance_of(st, "karimi", "russian_bases") == "oppose"  # ... but "to a close" does


@pytest.mark.parametrize("sentence", [
    "Al-Shaibani agreed with Lavrov to review the agreements.",
    "Foreign Minister Asaad al-Shaibani opened the talks in Moscow, agreeing with Sergei Lavrov to review the "
    "agreements.",
])
def test_who_agrees_with_someone_agrees_together_with_them(x, sentence):
    st, *_ = run(x, sentence)
    assert {(r.speaker_id, r.stance) for r in st.itertuples()} == {("shaibani", "support"), ("lavrov", "support")}


def test_the_officials_are_the_unnamed_officials_quoted_before(x):
    st, *_ = run(x, "Damascus has asked Moscow to write off the debt, according to two Syrian officials. The officials "
                    "said the request was raised on Monday. Russia has not answered it, they added.")
    assert st.groupby("sent_id")["speaker_id"].apply(set).to_dict() == {
        0: {"syria"}, 1: {"unnamed_syrian_officials"}, 2: {"unnamed_syrian_officials"}}
    st, *_ = run(x, "The officials said the talks went well.")  # no group quoted before: no one
    assert st.empty


@pytest.mark.parametrize("text", [
    "In the assessment of researcher Pavel Orlov, Russia will keep its naval base in Tartus.",
    "Researcher Pavel Orlov spoke on Monday. In his assessment, Russia will keep its naval base in Tartus.",
])
def test_a_view_noun_frames_whose_view_follows(x, text):
    st, *_ = run(x, text)
    assert st[["speaker_id", "issue_id"]].values.tolist() == [["orlov", "russian_bases"]]


def test_a_ministry_is_a_state_body_in_either_word_order(x):
    st, *_ = run(x, "Syria's Ministry of Finance said the sanctions must be lifted.")
    assert st["speaker_id"].tolist() == ["syrian_finance_ministry"]
    st, *_ = run(x, "Syria's finance ministry said the sanctions must be lifted.")
    assert st["speaker_id"].tolist() == ["syrian_finance_ministry"]


# ----------------------------------------------------------------------------- which side they take
@pytest.mark.parametrize("sentence, speaker, issue, expected", [
    # what any such thing must do or have is a condition on it
    ("Syrian minister Yusuf Karimi said any foreign presence on Syrian soil must serve the Syrians.", "karimi",
     "russian_bases", "conditional"),
    ("Syrian minister Yusuf Karimi said any Russian military presence will need the approval of parliament.",
     "karimi", "russian_bases", "conditional"),
    # diplomats' words for sanctions are sanctions
    ("Syrian minister Yusuf Karimi called for an end to unilateral coercive measures.", "karimi", "sanctions_relief",
     "support"),
    # keeping the bases on renegotiated terms is support on a condition (the issue's on_terms)
    ("Syrian minister Yusuf Karimi said Russia would keep its bases and renegotiate the lease.", "karimi",
     "russian_bases", "conditional"),
    ("Syrian minister Yusuf Karimi said Russia would keep its bases and respect the agreements.", "karimi",
     "russian_bases", "support"),
    # what a meeting did or did not cover takes no side; refusing to take a matter up does
    ("The Kremlin said the talks went well, while insisting that the fate of Bashar al-Assad did not come up.",
     "russia", "assad_extradition", "neutral"),  # "insisting that" asserts; "insisting on" demands
    ("Syria insisted on the extradition of Assad, its foreign minister said.", "syria", "assad_extradition",
     "support"),
    ("Kremlin spokesman Dmitry Peskov said the extradition of Assad was not raised.", "peskov", "assad_extradition",
     "neutral"),
    ("Kremlin spokesman Dmitry Peskov said the extradition of Assad was discussed.", "peskov", "assad_extradition",
     "neutral"),
    ("Kremlin spokesman Dmitry Peskov said the extradition of Assad is not on the agenda.", "peskov",
     "assad_extradition", "oppose"),
    ("Kremlin spokesman Dmitry Peskov said Moscow would not discuss handing over Assad.", "peskov",
     "assad_extradition", "oppose"),
    ("Syrian minister Yusuf Karimi said the situation of the naval base in Tartus did not change.", "karimi",
     "russian_bases", "neutral"),
    ("Syrian minister Yusuf Karimi said a military presence was acceptable only on condition that no foreign troops "
     "threaten the neighbours.", "karimi", "russian_bases", "conditional"),
    ("Russia is ready to take part in the restoration of Syria, deputy minister Pavel Orlov said.", "orlov",
     "reconstruction", "support"),
    ("Asked whether Moscow would extradite Assad, Pavel Orlov, the deputy minister, declined to comment.", "orlov",
     "assad_extradition", "neutral"),
    ("Dmitry Peskov said the meeting went well and that no decision had been taken on the naval base at Tartus.",
     "peskov", "russian_bases", "neutral"),
    ("\"We are not against Russian bases,\" Syrian minister Yusuf Karimi told reporters.", "karimi",
     "russian_bases", "support"),
    ("Putin said Moscow would not hand over the former president.", "putin", "assad_extradition", "oppose"),
    ("Al-Sharaa said Syrians would demand that the ousted president stand trial.", "sharaa", "assad_extradition",
     "support"),
    ("Lavrov ruled out extraditing the former president.", "lavrov", "assad_extradition", "oppose"),
    ("Lavrov said extraditing him was out of the question.", "lavrov", "assad_extradition", "oppose"),
    ("Putin confirmed Russia's readiness to continue the deliveries of humanitarian aid.", "putin",
     "reconstruction", "support"),
    ("Lavrov welcomed the removal of the sanctions imposed on the country.", "lavrov", "sanctions_relief", "support"),
    ("Lavrov said Syria was unlikely to end the Russian presence soon.", "lavrov", "russian_bases", "support"),
    ("Lavrov said the sides agreed to hold a new round of talks on the future of the bases.", "lavrov",
     "russian_bases", "neutral"),
    ("Peskov told reporters the bases were on the agenda, without saying whether a decision was reached.", "peskov",
     "russian_bases", "neutral"),
    ("Al-Shaibani urged Moscow to extradite the former president.", "shaibani", "assad_extradition", "support"),
    ("Al-Shaibani called for the lifting of sanctions.", "shaibani", "sanctions_relief", "support"),
    ("Al-Shaibani said Russia could keep the Hmeimim air base as long as Syria benefited.", "shaibani",
     "russian_bases", "conditional"),
    # what a condition on a refusal demands is wanted (the negation stops at the condition); the thing refused is
    # conditional; an exchange binds both; a condition on something granted or threatened is no demand
    ("Al-Shaibani said Damascus would sign no new deal on the naval base unless the Kremlin extradites Assad.",
     "shaibani", "assad_extradition", "support"),
    ("Al-Shaibani said Damascus would sign no new deal on the naval base unless the Kremlin extradites Assad.",
     "shaibani", "russian_bases", "conditional"),
    ("Al-Shaibani said Damascus would not prolong the lease unless Moscow hands over Assad.", "shaibani",
     "assad_extradition", "support"),
    ("Al-Shaibani said Damascus would never accept the bases unless Russia pays compensation.", "shaibani",
     "reconstruction", "support"),  # (what it demands, with no act of its own)
    ("Al-Shaibani said Damascus, which has not paid its debts, would prolong the lease if Moscow hands over Assad.",
     "shaibani", "assad_extradition", "conditional"),  # (a negation in an aside is no refusal the condition lifts)
    ("Al-Shaibani said Damascus would not extend the lease in exchange for debt relief.", "shaibani",
     "debts_and_assets", "conditional"),
    ("Lavrov said Moscow would stop grain deliveries if Damascus demanded Assad's extradition.", "lavrov",
     "assad_extradition", "conditional"),
    ("Al-Shaibani said that if Moscow wrote off the debt Damascus would let Russia keep the naval base.", "shaibani",
     "russian_bases", "conditional"),
    ("Putin said Russia was ready to invest in Syrian power plants.", "putin", "reconstruction", "support"),
    ("Peskov said the future of the naval facility would be discussed.", "peskov", "russian_bases", "neutral"),
    ("Lavrov said Moscow would never withdraw from its air base.", "lavrov", "russian_bases", "support"),
    ("Al-Shaibani said Damascus respects the old agreements but wants to redefine them.", "shaibani",
     "agreements_renegotiation", "conditional"),
    ("Peskov said the fate of the naval facility was a matter for the military.", "peskov", "russian_bases",
     "neutral"),
    ("Al-Shaibani said Damascus would bring the former president to justice.", "shaibani", "transitional_justice",
     "support"),
    ("Lavrov said Moscow would not agree to extradite the former president.", "lavrov", "assad_extradition",
     "oppose"),
    ("Putin said Russia was ready to withdraw from the air base.", "putin", "russian_bases", "oppose"),
    ("Al-Shaibani said Damascus would not sign a renewal of the air base's lease.", "shaibani", "russian_bases",
     "oppose"),  # the act named as a noun
    ("Lavrov said Moscow had no plans to reduce its military presence.", "lavrov", "russian_bases", "support"),
    ("Lavrov said the handover of the former president was not on the table.", "lavrov", "assad_extradition",
     "oppose"),  # as "off the table"; "on the agenda" only says what was discussed
    ("Bogdanov said Moscow counts on the preservation of its naval base.", "bogdanov", "russian_bases", "support"),
    ("A source said Moscow does not intend to give up its air base.", "russia", "russian_bases", "support"),  # an act
    # after "does not" is its subject's
    ("Abu Qasra said Russian warships could keep using the port provided that Syria was paid.", "abu_qasra",
     "russian_bases", "conditional"),  # the navy names the bases where "the port" alone would not
    ("Al-Shaibani said Damascus would not sign any extension of the lease.", "shaibani", "russian_bases", "oppose"),
    ("Al-Shaibani said Syria must not be dependent on any single power.", "shaibani", "partner_diversification",
     "support"),
    ("Al-Shaibani said Damascus favours a Syria that is not dependent on one ally.", "shaibani",
     "partner_diversification", "support"),  # "is not" + what follows it: forward
    ("Lavrov said the sides would take stock of each treaty concluded under the old government.", "lavrov",
     "agreements_renegotiation", "support"),  # (taking stock of them is reviewing them)
    ("Lavrov said Moscow rejects the sanctions imposed on Syria.", "russia", "sanctions_relief", "support"),
    # (refusing what the issue undoes is wanting it undone: issues.yaml "undone")
    ("Lavrov said Moscow opposed the lifting of the sanctions.", "russia", "sanctions_relief", "oppose"),
    ("Officials said Moscow opposes any new embargo on Syrian ports.", "russia", "sanctions_relief", "support"),
    ("Al-Shaibani said Damascus honours each treaty it concluded and wants to build ties of a new kind.", "shaibani",
     "agreements_renegotiation", "oppose"),  # (what it wants after them is no act on the accords)
    ("Al-Shaibani said Damascus honours each treaty it concluded and wants \"to build ties of a new kind\".",
     "shaibani", "agreements_renegotiation", "oppose"),  # (also past a quotation mark)
    # a speech participle after a comma opens a clause of its own: what was dismissed is not what was told
    ("Zakharova dismissed the offer as blackmail, telling reporters that Moscow would keep its naval base.",
     "zakharova", "russian_bases", "support"),
    ("Moscow could help rebuild power plants, Zakharova said, adding that the bases had also been discussed.",
     "zakharova",
     "reconstruction", "support"),
    # refusing the act save on terms is the act on those terms
    ("Al-Shaibani said Damascus would not sign any extension of the lease that did not include rent.", "shaibani",
     "russian_bases", "conditional"),
    ("Al-Shaibani said Damascus would not accept a renewal of the lease without guarantees.", "shaibani",
     "russian_bases", "conditional"),
    # an indefinite object narrowed by a relative clause: one kind of it refused, not every kind
    ("Al-Shaibani said Damascus would refuse any lease on the naval base which ignored its losses.", "shaibani",
     "russian_bases", "conditional"),
    ("Al-Shaibani said Damascus would not sign a new lease for the air base that kept the old rent.", "shaibani", "russian_bases",
     "conditional"),
    ("Al-Shaibani said Damascus would not renew the lease on the air base that Assad had agreed.", "shaibani", "russian_bases",
     "oppose"),  # (guard: a definite object is the one refused)
    # ... but a relative clause that does the issue's own act is that act refused
    ("Lavrov said Moscow would not accept a deal that ends its military presence in Syria.", "lavrov", "russian_bases",
     "support"),
    ("Al-Shaibani said Damascus wanted an agreement that ends the Russian military presence.", "shaibani",
     "russian_bases", "oppose"),
    ("Al-Shaibani said Damascus would reject any agreement that kept Russian troops at Hmeimim.", "shaibani",
     "russian_bases", "oppose"),
    # guards from the review: a relative clause that only describes, a content clause, a clause past "and"
    ("Lavrov said Moscow had no intention of leaving an air base that still served its fleet.", "lavrov",
     "russian_bases", "support"),
    ("Lavrov did not confirm a report that troops were leaving the naval base.", "lavrov", "russian_bases",
     "support"),
    # "neither" before an act that takes a side keeps it
    ("Lavrov said Russia would neither abandon its air base nor reject talks on it.", "lavrov", "russian_bases",
     "support"),
    # a demand made in talks that are unlikely to succeed, or one unlikely to stop, is still made
    ("Al-Sharaa demanded the extradition of the former president in talks that are unlikely to yield results.",
     "sharaa", "assad_extradition", "support"),
    ("Al-Shaibani said his push for sanctions relief was unlikely to stop.", "shaibani", "sanctions_relief",
     "support"),
    # "write off the money": money is no thing handed over
    ("Al-Shaibani said Russia should write off the money Syria owes.", "shaibani", "debts_and_assets", "support"),
    # "valid" only as what agreements remain
    ("Al-Shaibani said Damascus had valid reasons to review the old contracts.", "shaibani",
     "agreements_renegotiation", "support"),
    # from the second review: accepting a kind, however the acceptance is put, is conditional
    ("Al-Shaibani said Damascus is not prepared to accept a new lease on the air base that ignores its debts.",
     "shaibani", "russian_bases", "conditional"),
    ("Al-Shaibani said Damascus had no objection to a Russian military presence that respected its laws.", "shaibani",
     "russian_bases", "conditional"),
    ("Al-Shaibani said Syria would not accept any deal signed by the old regime that ignored its debts.",
     "shaibani", "debts_and_assets", "conditional"),  # ("signed" is no content noun "sign")
    ("Requests from Damascus to extradite the former president are unlikely to be granted, Lavrov said.", "lavrov",
     "assad_extradition", "oppose"),  # (a bare plural demand opening the subject)
    ("In his closing remarks, Lavrov said Russia would keep its air base.", "lavrov", "russian_bases", "support"),
    # "unlikely to" with no act ahead of it: what is unlikely is the subject's act
    ("Lavrov said any demand to extradite the former president was unlikely to get anywhere.", "lavrov",
     "assad_extradition", "oppose"),
    # an -ing form simplemma reads as a noun is the verb it inflects ("avoided closing")
    ("Damascus has avoided closing the naval base, al-Shaibani said.", "shaibani", "russian_bases", "support"),
    # a refusal offered as one of two answers not given takes no side
    ("Damascus has neither confirmed nor denied that the naval base will close.", "syria", "russian_bases",
     "neutral"),
    ("Lavrov neither confirmed nor ruled out a withdrawal from the air base.", "lavrov", "russian_bases", "neutral"),
    # ... also past the speech verb's particle
    ("Lavrov would neither comment on nor rule out a pullout from the Hmeimim air base.", "lavrov", "russian_bases",
     "neutral"),
    # the "no" of "no objection" is the cue's own, and its "to" reaches one word further
    ("Hakan Fidan said Ankara had no objection to the continued Russian presence at Hmeimim.", "fidan", "russian_bases",
     "support"),
    ("Hakan Fidan said Ankara had no objection to a Russian withdrawal from Hmeimim.", "fidan", "russian_bases", "oppose"),
    # doubting is a verb of opinion that negates what it frames
    ("Ivan Orlov doubted, however, that Moscow would keep its troops at Hmeimim.", "orlov", "russian_bases", "oppose"),
    ("Some analysts doubt that Russia will ever leave the Hmeimim air base.", "unnamed_analysts", "russian_bases",
     "support"),
    # a word that raises an issue is no mere talk about the issue whose act it is
    ("Al-Shaibani said the two sides agreed to set up committees to review agreements signed under Assad.",
     "shaibani", "agreements_renegotiation", "support"),
    # assessing is a verb of opinion; oil and gas developed are the economy (a topic: an act must name the issue)
    ("Western analysts assess that Russia will keep the Hmeimim air base.", "unnamed_western_analysts",
     "russian_bases", "support"),
    ("Alexander Novak said Russian companies would develop Syrian oil and gas fields.", "novak", "reconstruction",
     "support"),
    # a contract terminated is one redone
    ("Dmitry Trifonov insisted that the port contract could not be terminated unilaterally.", "trifonov",
     "agreements_renegotiation", "oppose"),
    # balanced ties are ties with more than one partner
    ("Al-Shaibani said Syria wants balanced ties with Moscow, not a return to dependence.", "shaibani",
     "partner_diversification", "support"),
    # a relative clause that does the act with a restriction keeps the refusal a condition
    ("Lavrov said Moscow rejected a plan which would keep Russian troops at Hmeimim only until May.", "lavrov",
     "russian_bases", "conditional"),
    ("Lavrov said Moscow rejected a plan which would keep Russian troops at Hmeimim for five years.", "lavrov",  # (guard)
     "russian_bases", "conditional"),
    ("Lavrov said Moscow rejected any plan that would close the Hmeimim air base, its only foothold in the region.",
     "lavrov", "russian_bases", "support"),  # ("only" restricts nothing there)
    # agreeing to go on talking about the base takes no side on it
    ("Russia and Syria have agreed to continue consultations on the status of the Russian military facilities, "
     "Lavrov said.", "russia", "russian_bases", "neutral"),
    # talks after which the base is kept keep it
    ("Lavrov said Russia would keep its bases after consultations with Damascus.", "lavrov", "russian_bases",
     "support"),
    # continuing to talk about the base is no act of continuing it (continuing to run it is)
    ("Lavrov said the two sides will continue consultations on the status of the Russian military base at Hmeimim.",
     "lavrov", "russian_bases", "neutral"),
    ("Lavrov said talks with Damascus on the naval base at Tartus were continuing quietly.", "lavrov",
     "russian_bases", "neutral"),
    ("Lavrov said Russia would continue operating the Hmeimim air base.", "lavrov", "russian_bases", "support"),
    # agreements that stay valid are no agreements redone
    ("Lavrov said the old treaties with Damascus were still valid.", "lavrov", "agreements_renegotiation", "oppose"),
    ("Lavrov said the contracts signed in 2017 remained in force.", "lavrov", "agreements_renegotiation", "oppose"),
    ("Lavrov said the contracts signed in 2017 remained binding.", "lavrov", "agreements_renegotiation", "oppose"),
    # a slim chance is an expectation against; "there is" has no subject before the copula, what it negates follows
    ("Lavrov said there was little chance of an extradition.", "lavrov", "assad_extradition", "oppose"),
    ("Lavrov said there was no plan to close the air base.", "lavrov", "russian_bases", "support"),
    # a silence after the side taken is about the details, not the side
    ("Lavrov said Moscow would not leave the air base, without giving details.", "lavrov", "russian_bases",
     "support"),
    ("Russia's defence ministry denied a report that it was moving its jets out of the air base.",
     "russian_defence_ministry", "russian_bases",
     "support"),  # denying a move out keeps the base
    # a passive act reaches back to its subject ("the agreements signed ... will be reviewed")
    ("Al-Shaibani said the agreements signed by the former government would be reviewed.", "shaibani",
     "agreements_renegotiation", "support"),
    ("Al-Shaibani said Syria was open to partnerships with all countries.", "shaibani", "partner_diversification",
     "support"),
    ("Novak said the two sides agreed to convene the joint intergovernmental committee.", "novak", "reconstruction",
     "support"),
    # what is a condition for something is wanted; the thing it is a condition for, on that condition
    ("Lavrov said debt relief was a precondition for a new lease on the naval base.", "lavrov", "russian_bases",
     "conditional"),
    ("Lavrov said debt relief was a precondition for a new lease on the naval base.", "lavrov", "debts_and_assets",
     "support"),
    ("Lavrov said the talks were a condition for trust, along with help to rebuild power plants.", "lavrov",
     "reconstruction", "support"),  # a later phrase is no object of the condition
    # a negation after "is" reaches forward to the offer it negates ("is not prepared to leave")
    ("Lavrov said Moscow is not prepared to leave its air base.", "lavrov", "russian_bases", "support"),
    ("Lavrov said Moscow was not willing to hand the former president over.", "lavrov", "assad_extradition",
     "oppose"),
    ("A source said the future of Russia's military facilities was not discussed.", "unnamed_source",
     "russian_bases", "neutral"),
    # a demand governs the issue it names, not another one in the same clause
    ("Al-Shaibani said Damascus would honour the old agreements, as Moscow sought to secure its air base.",
     "shaibani", "agreements_renegotiation", "oppose"),
])
def test_stance_grammar(x, sentence, speaker, issue, expected):
    st, *_ = run(x, sentence)
    assert stance_of(st, speaker, issue) == expected


@pytest.mark.parametrize("sentence, speaker, issue, expected", [
    ("Lavrov said Moscow would keep the air base's runway open.", "lavrov", "russian_bases", "support"),
    ("Al-Sharaa said Syrians still demand the deposed president's extradition.", "sharaa", "assad_extradition",
     "support"),
])
def test_an_issue_word_in_the_possessive_is_still_the_issue(x, sentence, speaker, issue, expected):
    st, *_ = run(x, sentence)
    assert stance_of(st, speaker, issue) == expected


def test_two_actors_wants_told_in_one_view_are_each_their_own(x):
    for text in ("Damascus wants the funds returned, while Moscow hopes to keep its air base, an envoy said.",
                 "An envoy said Damascus wants the funds returned, while Moscow hopes to keep its air base."):
        st, *_ = run(x, text)
        held = {(r.speaker_id, r.issue_id) for r in st.itertuples() if r.via_id == "unnamed_envoy"}
        assert held == {("syria", "debts_and_assets"), ("russia", "russian_bases")}, held
    st, *_ = run(x, "Damascus hopes Moscow will agree to hand over the former president, an envoy said.")
    assert stance_of(st, "syria", "assad_extradition") == "support"  # (what it hopes Moscow does is its hope)


def test_a_nested_refusal_belongs_to_its_actor(x):
    st, *_ = run(x, "Al-Sharaa said that he raised the handover with Putin, but Moscow refused.")
    nested = st[(st["speaker_id"] == "russia") & (st["issue_id"] == "assad_extradition")].iloc[0]
    assert nested["via_id"] == "sharaa" and nested["stance"] == "oppose"


def test_a_want_told_by_a_speaker_is_the_wanters_and_the_speaker_keeps_his_side(x):
    st, *_ = run(x, "Syrian minister Yusuf Karimi said the Turkish side wants Syrian wheat and would help rebuild ports.")
    rows = st[st["issue_id"] == "reconstruction"][["speaker_id", "via_id", "stance"]].values.tolist()
    assert ["turkey", "karimi", "support"] in rows and ["karimi", "levant_wire", "support"] in rows, rows


@pytest.mark.parametrize("sentence", [
    "Moscow seeks to keep its naval facility on the coast.",
    "Moscow's overriding goal is to keep its naval facility on the coast.",  # a want named as a noun
    "Moscow sent a large delegation to the capital on Monday, seeking to keep its naval facility on the coast.",
    "Moscow is trying to hold on to its naval facility on the coast.",  # trying to do it is wanting it
])
def test_a_position_stated_without_a_speech_verb_is_described(x, sentence):
    st, *_ = run(x, sentence)
    row = st[st["speaker_id"] == "russia"].iloc[0]
    assert row["attribution"] == "described" and row["via_id"] == "levant_wire"
    assert stance_of(st, "russia", "russian_bases") == "support"
    st, *_ = run(x, "Analysts expect a deal, with Moscow's support for lifting the sanctions.")
    assert "russia" not in set(st["speaker_id"])  # a noun of support is no want of its own


def test_wanting_to_know_whether_is_no_want_of_the_act(x):
    st, *_ = run(x, "Moscow is trying to find out whether Damascus will renew the lease on its naval facility.")
    assert st.empty or "russian_bases" not in set(st.loc[st["speaker_id"] == "russia", "issue_id"])


def test_a_verb_inside_a_name_is_no_speech_cue(x):
    st, *_ = run(x, "Trade with the Gulf states rose as Damascus looked for new partners.")
    assert st.empty or not set(st["speaker_id"]) & {"gulf_states", "syria"}


def test_in_support_of_is_no_position_of_the_actor_before_it(x):
    st, *_ = run(x, "Cooperation with the Gulf states in support of reconstruction should deepen.")
    assert st.empty or "gulf_states" not in set(st["speaker_id"])


def test_positions_of_two_actors_in_one_sentence_are_each_their_own(x):
    st, *_ = run(x, "Talks went on. Syria seeks the return of its frozen funds, and Russia hopes to keep its air base.")
    held = {(r.speaker_id, r.issue_id, r.stance) for r in st.itertuples() if r.issue_id}
    assert held == {("syria", "debts_and_assets", "support"), ("russia", "russian_bases", "support")}, held
    # (an act word inside the issue's own term, "frozen funds", does nothing to the funds)
    st, *_ = run(x, "A diplomat said talks went on. \"Moscow wants to keep its air base, Damascus wants wheat. Nobody "
                    "wants a quarrel,\" the diplomat said.")
    told = {(r.speaker_id, r.issue_id) for r in st.itertuples() if r.via_id == "unnamed_diplomat"}
    assert told == {("russia", "russian_bases"), ("syria", "reconstruction")}, told  # told by the one quoted


@pytest.mark.parametrize("sentence, held", [
    ("In March the European Union eased its banking sanctions on Syria.", {("eu", "sanctions_relief", "support")}),
    ("Washington has not lifted its own sanctions on the Syrian banks.", {("usa", "sanctions_relief", "oppose")}),
    ("The United States tightened its sanctions on the Syrian banks.", {("usa", "sanctions_relief", "oppose")}),
    ("The European Union extended its sanctions on the Syrian banks.", {("eu", "sanctions_relief", "oppose")}),
    # a policy's clause is its own: what the sentence says before it is not the doer's
    ("Exporters wanted grain credit, and in June the European Union removed two banks from its sanctions list.",
     {("eu", "sanctions_relief", "support")}),
    # no doer, a noun, a possibility, no sanctions acted on, or an issue whose acts are no policies: no position
    ("Sanctions on the Syrian banks were lifted in May.", set()),
    ("The lifting of sanctions helped the Syrian banks.", set()),
    ("The European Union might ease its sanctions further.", set()),
    ("Russia removed its equipment from the port in May.", set()),
    ("Russia removed its troops from the port and sanctions were eased.", set()),
    # a vote for a measure on the issue is a position on it, also with the measure named before the vote
    ("At the council, Ukraine voted in favour of easing the sanctions on the Syrian banks.",
     {("ukraine", "sanctions_relief", "support")}),
    ("In May the council eased its sanctions on the Syrian banks, with Ukraine voting in favour.",
     {("ukraine", "sanctions_relief", "support")}),
])
def test_a_body_that_does_an_issue_s_policy_holds_that_position(x, sentence, held):
    st, *_ = run(x, sentence)
    got = {(r.speaker_id, r.issue_id, r.stance) for r in st.itertuples() if r.issue_id} if len(st) else set()
    assert got == held, st[["speaker_id", "issue_id", "stance"]] if len(st) else st


def test_a_position_after_a_light_verb_is_described(x):
    st, *_ = run(x, "Moscow has given no sign of leaving its naval facility.")
    row = st[st["speaker_id"] == "russia"].iloc[0]
    assert row["attribution"] == "described" and row["stance"] == "support"


def test_coordinated_subjects_each_hold_a_described_position(x):
    # also after a sentence that ends on a preposition ("went on."): the first name is no object of it
    st, *_ = run(x, "The talks went on. China and Iran have offered to supply wheat and medicine.")
    assert set(st.loc[st["issue_id"] == "reconstruction", "speaker_id"]) == {"china", "iran"}


def test_a_forecast_is_the_outlets_assessment(x):
    st, *_ = run(x, "The bases are expected to remain under Russian control.")
    row = st.iloc[0]
    assert (row["speaker_id"], row["attribution"], row["stance"]) == ("levant_wire", "assessment", "support")


def test_a_forecast_beside_a_reported_view_is_the_sources_own(x):
    st, *_ = run(x, "The Kremlin is unlikely to give up its naval base; it has said many times that the base is a "
                    "matter of history.", author="jane_roe")
    own = st[st["speaker_id"] == "jane_roe"]
    assert own[["attribution", "issue_id", "stance"]].values.tolist() == [["assessment", "russian_bases", "support"]]


def test_an_act_someone_is_not_expected_to_take_is_no_act_of_theirs(x):
    st, *_ = run(x, "A Syrian official said Damascus wanted the former president back but did not expect Moscow to "
                    "agree.")
    assert "russia" not in set(st["speaker_id"])


def test_what_someone_will_probably_ask_for_is_a_forecast_not_their_statement(x):
    st, *_ = run(x, "The new government will probably ask for debt relief before it signs anything.", author="jane_roe")
    assert st[["speaker_id", "attribution", "issue_id"]].values.tolist() == [
        ["jane_roe", "assessment", "debts_and_assets"]]


def test_a_forecast_that_names_no_issue_is_the_authors_but_takes_no_side(x):
    text = "Russia wants to keep its naval base at Tartus. A deal is unlikely to come quickly."
    st, *_ = run(x, text, author="jane_roe")
    assert st[st["sent_id"] == 1][["speaker_id", "attribution", "issue_id"]].values.tolist() == [
        ["jane_roe", "assessment", ""]]
    st, *_ = run(x, "The weather in Damascus was mild. A deal is unlikely to come quickly.", author="jane_roe")
    assert st.empty or not (st["sent_id"] == 1).any()


@pytest.mark.parametrize("text", [
    "What each side wants\nFor Russia:\n- Access to a warm-water naval facility.\n- Markets for its grain.",
    "Outlook\n\nWhat Moscow wants\n\n- Access to a warm-water naval facility.\n- Markets for its grain.",
])
def test_an_interest_list_under_a_for_heading_belongs_to_that_actor(x, text):
    st, *_ = run(x, text, author="jane_roe", outlet="")
    assert set(st["speaker_id"]) == {"russia"} and set(st["attribution"]) == {"described"}


@pytest.mark.parametrize("sentence", [
    "Novak said the Syrian side was interested in Russian wheat.",
    "Novak said the energy sector of Syria relies on Russian engineers.",
])
def test_an_interest_or_a_reliance_is_support(x, sentence):
    st, *_ = run(x, sentence)
    assert stance_of(st, "novak", "reconstruction") == "support"


@pytest.mark.parametrize("sentence, speaker, issue, stance", [
    ("Moscow took in the ex-president on humanitarian grounds, Lavrov said.", "lavrov", "assad_extradition", "oppose"),
    ("Al-Sharaa said Syria would pursue the former leader in every court.", "sharaa", "assad_extradition", "support"),
    ("Trump said he would order the cessation of sanctions on Syria.", "trump", "sanctions_relief", "support"),
    ("Novak said the new Syrian pounds would be printed in Moscow.", "novak", "reconstruction", "support"),
    ("Novak said Russia would ship another consignment to Latakia.", "novak", "reconstruction", "support"),
    ("Al-Shaibani said the old port contract with the Russian firm was void.", "shaibani", "agreements_renegotiation",
     "support"),
    ("Lavrov condemned the cancellation of the port contract as illegal.", "lavrov", "agreements_renegotiation",
     "oppose"),
])
def test_issue_words_beyond_the_obvious_ones(x, sentence, speaker, issue, stance):
    st, *_ = run(x, sentence)
    assert stance_of(st, speaker, issue) == stance


def test_an_author_s_prescription_points_the_way_it_names(x):
    text = "Moscow should change course; evidence on Assad-era crimes would buy goodwill."  # no act word
    st, *_ = run(x, text, author="jane_roe", outlet="")
    assert stance_of(st, "jane_roe", "transitional_justice") == "support"


def test_what_an_author_advises_an_actor_to_want_is_the_authors_view_not_the_actors(x):
    st, *_ = run(x, "Ankara should push harder for the lifting of sanctions.", author="jane_roe")
    assert set(st["speaker_id"]) == {"jane_roe"} and stance_of(st, "jane_roe", "sanctions_relief") == "support"
    st, *_ = run(x, "Ankara is pushing hard for the lifting of sanctions.", author="jane_roe")  # no advice: its own
    assert stance_of(st, "turkey", "sanctions_relief") == "support"


def test_a_sentence_opening_for_an_actor_states_its_position(x):
    st, *_ = run(x, "For Moscow, as ever, the priority is to keep its naval base at Tartus.")
    assert stance_of(st, "russia", "russian_bases") == "support" and set(st["attribution"]) == {"described"}
    st, *_ = run(x, "For now, the naval base at Tartus stays open.")
    assert st.empty or "russia" not in set(st["speaker_id"])


def test_author_voice_only_in_authored_texts(x):
    text = "Syria should renegotiate the agreements it signed with Russia."
    assert run(x, text)[0].empty
    st, *_ = run(x, text, author="jane_roe", outlet="")
    assert set(st["attribution"]) == {"author"} and stance_of(st, "jane_roe", "agreements_renegotiation") == "support"
    st, *_ = run(x, text, author="sergei_lavrov", outlet="")  # a byline the codebook knows is that person
    assert stance_of(st, "lavrov", "agreements_renegotiation") == "support"


def test_a_byline_names_its_author_and_a_desk_s_names_no_one(x):
    body = ("Grain talks\n\nBy Jane Roe, 5 March 2025\n\n"
            "Syria should renegotiate the agreements it signed with Russia.\n")
    _, mentions, *_ = run(x, body, author="jane_roe", outlet="")
    mine = mentions[mentions["actor_id"] == "jane_roe"]
    assert mine[["surface", "method"]].values.tolist() == [["Jane Roe", "author"]]
    _, mentions, *_ = run(x, body.replace("Jane Roe", "Levant Wire Staff"), outlet="Levant Wire")
    assert "author" not in set(mentions["method"])
    _, mentions, *_ = run(x, body.replace("Jane Roe", "John Smith"), author="jane_roe", outlet="")
    assert "author" not in set(mentions["method"])  # another name than the manifest's author
    _, mentions, *_ = run(x, body, outlet="Levant Wire", genre="opinion")  # an outlet standing in for the author
    assert "author" not in set(mentions["method"])


@pytest.mark.parametrize("sentence, stance", [
    ("The Kremlin said it had no plans to reconsider the asylum granted to Assad.", "oppose"),
    ("The Kremlin said Russia would revoke the asylum it had granted to Assad.", "support"),
])
def test_a_reversal_undoes_the_act_after_it(x, sentence, stance):
    st, *_ = run(x, sentence)
    assert stance_of(st, "russia", "assad_extradition") == stance


def test_reconsidering_names_the_agreements_only_when_they_are_what_is_reconsidered(x):
    st, *_ = run(x, "Syria's foreign minister said Damascus would reconsider the agreements signed under Assad.")
    assert "agreements_renegotiation" in set(st["issue_id"])
    st, *_ = run(x, "Syria's foreign minister said Damascus would reconsider the timetable of the talks.")
    assert "agreements_renegotiation" not in set(st["issue_id"])


def test_a_name_written_with_the_arabic_article_is_an_issue_s_topic(x):
    st, *_ = run(x, "The Kremlin said the return of Bashar al-Assad is not on the agenda.")
    assert stance_of(st, "russia", "assad_extradition") == "oppose"


def test_a_speech_verb_in_a_phrasal_verb_is_no_speech(x):
    st, *_ = run(x, "Al-Shaibani urged Moscow to write off the debt Syria ran up under the former government.")
    assert set(st["speaker_id"]) == {"shaibani"} and stance_of(st, "shaibani", "debts_and_assets") == "support"


def test_what_a_speaker_adds_after_a_quote_is_her_view_too(x):
    st, *_ = run(x, "\u201cWe value the partnership,\u201d Zakharova said, adding that Moscow was ready to revise the "
                    "agreements provided that its ships kept their berths.")
    assert stance_of(st, "zakharova", "agreements_renegotiation") == "conditional"
    st, *_ = run(x, "\u201cWe value the partnership,\u201d Zakharova said, repeating her ministry's wish that the "
                    "naval base be kept.")  # (a speech participle with an object, no "that" right after it)
    assert stance_of(st, "zakharova", "russian_bases") == "support"


def test_an_act_that_made_its_subjects_speakers_is_not_told_again(x):
    st, *_ = run(x, "Syria and Turkey have agreed to resume the wheat deliveries, officials said.")
    assert sorted(st.loc[st["cue"].str.startswith("agreed"), "speaker_id"]) == ["syria", "turkey"]


def test_a_medium_right_after_said_is_what_was_said_not_who_heard_it(x):
    st, *_ = run(x, "A source told Reuters the talks went on. Jane Roe, a spokeswoman, said the agency was watching "
                    "ships off the naval base. Omar Doe, an envoy, told the agency the naval base would stay.")
    via = dict(zip(st["speaker_id"], st["via_id"]))
    assert via["roe"] != "reuters" and via["doe"] == "reuters"
    st, *_ = run(x, "Lavrov said on Wednesday RIA Novosti had misquoted him on the naval base. Al-Sharaa said in an "
                    "interview with The New York Times that the naval base would stay.")
    via = dict(zip(st["speaker_id"], st["via_id"]))
    assert via["lavrov"] != "ria_novosti" and via["sharaa"] == "nyt"  # (the preposition right before the medium)


def test_second_review_guards_on_speakers_and_labels(x):
    st, *_ = run(x, "\u201cSanctions must go,\u201d al-Shaibani told reporters, reiterating Syria's call for the lifting "
                    "of Western sanctions.")
    assert stance_of(st, "shaibani", "sanctions_relief") == "support"  # (a restated demand with no pronoun)
    st, *_ = run(x, "People familiar with the matter said ships had left. Al-Sharaa said the people wanted the "
                    "sanctions lifted. Another witness said the ships had left the naval base.")
    assert speakers_of(st, 1) == ["sharaa"] and speakers_of(st, 2) == ["unnamed_witness"]
    st, *_ = run(x, "Is Russia ready to write off Syria's debts, as Lavrov suggested on Monday?")
    assert speakers_of(st, 0) == ["lavrov"]  # (the question's own attribution stands)
    _, _, ev, _, _ = run(x, "On Monday, Syrian officials say, Russian warships left the naval base in Tartus.")
    assert ev.iloc[0]["label"] == "Russian warships left the naval base in Tartus"
    _, _, _, det, _ = run(x, "Talks went on. Doctors Without Borders (MSF) said aid was needed. Tahrir Front for the "
                             "Levant (TFL) said the naval base must go.")
    assert not any(a.type == "person" for a in det.values()), {k: a.type for k, a in det.items()}


def test_a_second_thing_said_after_and_that_is_its_own_clause(x):
    st, *_ = run(x, "Dmitry Peskov said the grain deals looked useful, and that the former president's handover never "
                    "came up.")
    assert stance_of(st, "peskov", "assad_extradition") == "neutral"  # (what looked useful were the deals)
    st, *_ = run(x, "Al-Shaibani said the air base was still useful, and that Russian troops would have to leave it "
                    "within a year.")  # (sides in two clauses of one view: kept, on terms)
    assert stance_of(st, "shaibani", "russian_bases") == "conditional"


@pytest.mark.parametrize("text, speaker, issue", [
    # what an actor has long sought, in a relative clause, is the thing named before it
    ("An envoy said the talks would cover debt relief, which Damascus has sought since January.", "syria",
     "debts_and_assets"),
    ("Brussels voted to ease its sanctions on Syria, a change Damascus had long urged.", "syria", "sanctions_relief"),
    # an act done to the question takes a side (not a topic named alone)
    ("Talks went on. The matter of the old loans will probably be settled next year, an economist said.",
     "unnamed_economist", "debts_and_assets"),
    # an act to come is no report: what his side will do is his side, whatever others did
    ("Talks went on. Jan Kowal, a Polish envoy, said his country would ease its sanctions, and Turkey lifted its "
     "sanctions a week later.", "kowal", "sanctions_relief"),
])
def test_a_thing_long_sought_an_act_done_to_the_question_or_to_come_is_wanted(x, text, speaker, issue):
    st, *_ = run(x, text)
    assert stance_of(st, speaker, issue) == "support"


def test_an_opening_clause_of_time_alone_is_no_view_and_its_comma_ends_a_place(x):
    st, *_ = run(x, "Talks went on. After the envoy arrived, Syria demanded compensation for the war.")
    assert stance_of(st, "syria", "reconstruction") == "support"  # (not "arrived, Syria": a place)
    st, *_ = run(x, "Talks went on. Although talks continue, Russia will keep its air base, an official said.")
    assert stance_of(st, "unnamed_official", "russian_bases") == "support"  # (a view before a closing frame)
    st, *_ = run(x, "Talks went on. If Moscow pays, al-Shaibani said, Russia can keep its air base.")
    assert stance_of(st, "shaibani", "russian_bases") == "conditional"  # (a condition is part of the view)


def test_a_joint_committee_is_no_reconstruction_of_its_own(x):
    st, *_ = run(x, "Lavrov said joint committees of both countries would go over each treaty concluded under the "
                    "old government.")
    assert set(st["issue_id"]) == {"agreements_renegotiation"}  # (what the committees do decides the issue)


def test_refusing_something_else_near_the_sanctions_raises_no_relief(x):
    for text in ("The Kremlin dismissed the report on sanctions as speculation.",
                 "Moscow rejected the offer despite the sanctions."):
        st, *_ = run(x, "Talks went on. " + text)
        assert "sanctions_relief" not in set(st.get("issue_id", [])), text


def test_what_a_decision_is_called_takes_a_side(x):
    st, *_ = run(x, "The European Union eased its sanctions on Syria on Monday. Al-Shaibani called the decision a "
                    "fresh start for the country.")  # (a fresh start, a new page, a breakthrough)
    assert stance_of(st, "shaibani", "sanctions_relief") == "support"


def test_a_relative_clause_past_and_narrows_nothing_refused(x):
    st, *_ = run(x, "Al-Shaibani said Damascus would not renew the lease on the naval base and wanted a deal that "
                    "kept its port open.")
    assert stance_of(st, "shaibani", "russian_bases") != "conditional"


def test_a_speaker_commenting_on_anothers_demand_does_not_make_it_his(x):
    st, *_ = run(x, "\u201cWe take note of it,\u201d Zakharova said, commenting on a letter from Damascus demanding "
                    "the handover of the former president.")
    assert "assad_extradition" not in st.loc[st["speaker_id"] == "zakharova", "issue_id"].tolist()


def test_accepting_only_on_terms_is_conditional(x):
    st, *_ = run(x, "Al-Shaibani said Damascus would only accept a Russian naval base that respected its laws.")
    assert stance_of(st, "shaibani", "russian_bases") == "conditional"


def test_an_answer_that_names_no_issue_takes_the_question_s(x):
    st, *_ = run(x, "Asked whether Moscow would hand Assad over, Kremlin spokesman Dmitry Peskov said the matter "
                    "is not on the agenda.")
    assert stance_of(st, "peskov", "assad_extradition") == "oppose"
    assert set(st["speaker_id"]) == {"peskov"}  # "Asked" is the reporter's question: Moscow says nothing here


def test_a_question_put_to_the_speaker_is_not_his_view_when_he_answers_on_another_issue(x):
    st, *_ = run(x, "Asked about sanctions on Syria, Kremlin spokesman Dmitry Peskov said Russia would keep its "
                    "naval base in Tartus.")
    assert set(st.loc[st["speaker_id"] == "peskov", "issue_id"]) == {"russian_bases"}


# ----------------------------------------------------------------------------- events
def test_an_event_knows_its_kind_participants_place_and_label(x):
    _, _, ev, _, _ = run(x, "A Russian delegation led by Bogdanov arrived in Damascus on Tuesday for talks.")
    e = ev.iloc[0]
    assert (e["kind"], e["date_start"], e["place"]) == ("delegation", "2025-03-11", "Damascus")
    assert "bogdanov" in e["actor_ids"] and "Tuesday" not in e["label"] and "delegation" in e["label"]


@pytest.mark.parametrize("sentence, kind", [
    ("A judge in Aleppo issued an arrest warrant for the former governor in early February.", "legal"),
    ("The council proclaimed Yusuf Karimi interim president on Monday.", "appointment"),
    # a date used as an adjective names its own noun's kind, whatever else the clause holds
    ("The June visit will be the minister's first since rebels toppled the government.", "visit"),
    ("Riga condemned the shelling and cited the 1994 Valley Accord.", "agreement"),  # (a name between)
    # a decision (what was said) of something more specific is a happening of that kind
    ("The EU's decision on Monday to suspend energy, transport and banking sanctions was welcomed.", "sanction"),
    ("In an interview on Monday, the minister said that the sanctions must go.", "announcement"),
    # "according to" is a source frame, no accord; a date in a reporting frame dates what was reported
    ("The garrison began pulling out of the airfield, according to local officials quoted by the agency on Friday.",
     "withdrawal"),
    ("The army's exit from the border post, reported by two newspapers on Friday, surprised many.", "withdrawal"),
    ("The two ministers held telephone talks on Friday.", "call"),
    # ending a deal is one side's act, not the meeting-and-accord family of contacts between two
    ("The port authority annulled the contract of a foreign operator last week.", "cancellation"),
    # a summit of many is a happening of its own, not the contacts of two held at or around it
    ("Leaders gathered in Baghdad on Saturday for the Arab summit.", "summit"),
    ("It was the first visit by a minister of the government formed after the change of power in March 2024.",
     "fall"),  # the happening the date belongs to, named as a noun, not the visit the clause is about
    # a clause opened by "while" is one of its own: it borrows no kind from its neighbour, nor lends one
    ("The port is run under a long-term agreement, while the air base opened in 2015.", "other"),
    ("On Wednesday, while aides went on working, the two leaders met.", "meeting"),
    # a denied act did not happen: the dated happening is the saying
    ("On Friday the minister said his country had no intention of withdrawing its troops.", "announcement"),
    ("The air force would not leave the airfield, the general said on Sunday.", "announcement"),
    ("About 1,200 marines left the port on Sunday.", "withdrawal"),  # ("left": leave, with a place as object)
    ("Earlier in the week the marines had left Oslo airport.", "withdrawal"),  # (a place's noun after its name)
    ("Russian troops left Qamishli airport with their equipment on Sunday.", "withdrawal"),
    ("On Tuesday the minister flew to Oslo.", "visit"),
    ("Only two warships were left in the port on Sunday.", "other"),  # (not what remained,
    ("The shelling left dozens dead in Idlib on Sunday.", "offensive"),  # nor what something caused)
    # a participle used as an adjective names a thing, not its happening; "dealt with" makes no deal
    ("On Sunday the ousted leader's aides moved to a villa.", "other"),
    ("On Sunday the army dealt with the unrest.", "other"),
    ("On Sunday two U.S.-sanctioned tankers delivered crude oil to the port.", "aid"),
    ("The most striking feature of last year was the calm.", "other"),
    # a happening named after "since" is earlier than a date before it: that date is another's
    ("In May, for the first time since the overthrow of the king, the president visited Oslo.", "visit"),
    ("Last week marked one year since the change of power in Oslo.", "other"),
    ("It was his first visit since the overthrow of the king in March 2024.", "fall"),
    ("It was his first visit since the liberation of the capital on March 8.", "fall"),
])
def test_kinds_of_happening(x, sentence, kind):
    _, _, ev, _, _ = run(x, sentence)
    assert ev["kind"].tolist() == [kind]


@pytest.mark.parametrize("sentence, kind", [
    # (a reviewer's sentences: each was read as this kind by a trigger of this round)
    ("In March 2016 troops backed by Russian jets drove out Islamic State fighters from Palmyra.", "fall"),
    ("The central bank eased restrictions on dollar transfers on 5 May.", "sanction"),
    ("The cuts left Aleppo city with only two hours of electricity on Sunday.", "withdrawal"),
    ("Leaders gathered for the Summit of the Arab League in Baghdad on May 17.", "other"),
    ("On Monday the Syrian Liberation Front said its fighters had reached Hama.", "fall"),
    ("DP World's takeover of the Tartus port concession in May ended the lease.", "fall"),
])
def test_no_happening_of_a_kind_its_words_do_not_tell(x, sentence, kind):
    _, _, ev, _, _ = run(x, sentence)
    assert kind not in ev["kind"].tolist()


@pytest.mark.parametrize("sentence, label", [
    # what happened, not who told it; a saying dated by its date is what its sayer said, the sayer named first
    ("Officials told reporters that a Russian delegation arrived in Damascus on Tuesday.",
     "A Russian delegation arrived in Damascus"),
    ("The Kremlin said on Monday that the talks with the delegation had gone well.",
     "The Kremlin: The talks with the delegation had gone well"),
    ("Norway's representative at the United Nations said on Thursday that the ferries should run again.",
     "Norway: The ferries should run again"),  # (whose representative, not the body of the post)
    ("Russia will keep its naval base in Tartus, Foreign Ministry spokeswoman Maria Zakharova told reporters on "
     "Wednesday.", "Maria Zakharova: Russia will keep its naval base in Tartus"),
    # a saying's own clause, though it ends on a noun that is also a verb of saying ("on reports")
    ("The port stays open, and the palace spokesman Ivo Marek declined on Friday to comment on reports that the "
     "ferries had left.", "The palace spokesman Ivo Marek declined to comment on reports"),
    # a date in a reporting frame, or in a closing frame, labels what was reported or said
    ("Russian troops left the airport, according to sources cited by the agency on Monday.",
     "Russian troops left the airport"),
    ("The army's exit from the border post, reported by two newspapers on Friday, surprised many.",
     "The army's exit from the border post"),
    ("Syria will not choose between its partners, the minister told a forum in Doha on Tuesday.",
     "Syria will not choose between its partners"),
    # a trailing time phrase's own happening, without its preposition
    ("Russia will keep its bases, Sergei Lavrov told reporters on Thursday after talks with a Syrian delegation.",
     "Talks with a Syrian delegation"),
    # never the tail of a quotation: the quotation with its frame
    ('"We want wheat," the minister told reporters in Damascus on Monday.',
     '"We want wheat," the minister told reporters in Damascus'),
    # a happening named as a noun and dated right after it is that noun, not the clause around it
    ("Trade has grown since the overthrow of the old regime in March 2024, officials said.",
     "The overthrow of the old regime"),
    ("Following the overthrow of the government of ousted leader Ivo Marek in March 2024, trade resumed.",
     "The overthrow of the government of ousted leader Ivo Marek"),
    # the writer's own frame is no part of what happened
    ("It is noteworthy that the envoy had met the minister in Tartus in May 2024.",
     "The envoy had met the minister in Tartus"),
    # a number's thousands separator and an aside ("most of them ...") end no clause
    ("A freighter carrying 12,500 tonnes of flour docked in Tartus on Monday.",
     "A freighter carrying 12,500 tonnes of flour docked in Tartus"),
    ("Officials said on Friday that about 4,000 families, most of them farmers, had fled to the coast.",
     "About 4,000 families, most of them farmers, had fled to the coast"),
    ("A barge with some 31,000t of barley docked in Tartus on Monday.",  # (with its unit: one number still)
     "A barge with some 31,000t of barley docked in Tartus"),
    ("Crews pulled jets out of the airfield in late 2023 and early 2024.",  # two dates joined: both go
     "Crews pulled jets out of the airfield"),
    ("Rebels entered the capital on December 8, 2024.", "Rebels entered the capital"),  # a date with a comma
    # a trigger in a subordinate clause: what happened is that clause, not the one it hangs from
    ("The mood has soured since the two envoys signed a truce on 3 May to open the roads.",
     "The two envoys signed a truce to open the roads"),
    ("Officials declared after leading a delegation to Riga on 3 May that ties were strong.",
     "Officials declared after leading a delegation to Riga that ties were strong"),  # (a participle: theirs)
    ("The minister said the matter was closed when he was granted asylum in March.", "He was granted asylum"),
    ("Grain deliveries were halted for weeks after Marek's fall in December.", "Marek's fall"),
    # a date outside the subordinate clause dates the main one
    ("The talks resumed in Riga on Tuesday after a delegation arrived from Vilnius.",
     "The talks resumed in Riga after a delegation arrived from Vilnius"),
    # a noun that is also a verb of speech ends a label as well as any noun ("the state")
    ("His first trip came since the uprising that forced the collapse of the state in May 2024.",
     "The collapse of the state"),
    # a clause cut from its sentence drops its subordinator
    ("Although the garrison had shrunk since late 2023, the airfield stayed open.", "The garrison had shrunk"),
    # a quotation's tail before its speaker, and the next quotation's opening mark, say nothing of what happened
    ('"It is theirs to decide. We will not sign that paper for them," the envoy told reporters in Riga on Oct. 3. '
     '"It is theirs."',
     "The envoy told reporters in Riga"),
])
def test_a_label_is_what_happened_or_was_said_not_the_report_of_it(x, sentence, label):
    _, _, ev, _, _ = run(x, sentence)
    assert ev.iloc[0]["label"] == label


@pytest.mark.parametrize("clause, label", [
    ("He explained that the port base supports the fleet", "the port base supports the fleet"),
    ("Officials told reporters that the talks had failed", "the talks had failed"),
    ("Two sources told Reuters the convoy left the base", "the convoy left the base"),
    ("Lavrov said Russia would keep its bases", "Russia would keep its bases"),
    ("According to the ministry, the delegation arrived in Damascus", "the delegation arrived in Damascus"),
    ("The foreign minister stressed that Syria is sovereign", "Syria is sovereign"),
    ("The envoy said in a written statement that the base would stay open", "the base would stay open"),
    ("The minister told reporters in Amman that the port would reopen", "the port would reopen"),  # where, no more
    # the act itself, not a frame: kept whole
    ("Russia agreed to withdraw its troops", None),
    ("Moscow welcomed the decision to reopen the embassy", None),
    ("Putin invited al-Sharaa to Moscow", None),
    ("The minister, who said little, arrived in Moscow", None),
    ("The ministry announced that it had recalled its ambassador", None),  # who "it" is stays
    ("Minsk wrote off most of the old loans", None),  # a phrasal verb, no report
    ("The minister told reporters in Amman", None),  # the frame is all there is
    ("The baker told me bread had gotten dearer", "bread had gotten dearer"),
])
def test_a_happenings_label_drops_the_reporting_frame(clause, label):
    from srbrief.extract.events import strip_frame

    assert strip_frame(codebook.load(), clause) == (label or clause)


def test_a_happening_dated_in_its_own_clause_lends_its_kind_to_no_other_date(x):
    _, _, ev, _, _ = run(x, "The army kept its radio link with the garrison, built in 2016, even after the assault on "
                            "the town in late 2023.")
    assert ev.loc[ev["date_start"].str.startswith("2016"), "kind"].tolist() != ["offensive"], ev[["kind", "label"]]
    assert ev.loc[ev["date_start"].str.startswith("2023"), "kind"].tolist() == ["offensive"]
    _, _, ev, _, _ = run(x, "Army sources, speaking to reporters in Riga on Thursday, said support for the army's "
                            "training would go on under the memorandum signed by the two states in August.",
                         published="2025-10-20")
    assert ev.loc[ev["date_start"] == "2025-10-16", "kind"].tolist() == ["announcement"]  # ("signed" is August's)


@pytest.mark.parametrize("sentence, kinds", [
    # the date of a saying, right after its verb (a listener at most between) and before "that", dates what was said,
    # not the happening the words tell of, which keeps its own date
    ("The ministry said on Tuesday that the two presidents would meet in Riga on Friday.",
     ["announcement", "meeting"]),
    ("The envoy told reporters on Monday that the delegation would arrive within days.", ["announcement"]),
    ("The general demanded in March that the garrison be withdrawn from the airfield.", ["announcement"]),
    ("The palace said on Tuesday that the king would receive the ambassador on Wednesday.",
     ["announcement", "meeting"]),
    # what was said or done between the verb and the date, or a "that" of its own clause, is no listener: the date
    # is of that happening
    ("The ministry reported an attack on Sunday that killed three soldiers.", ["offensive"]),
    ("Officials expect talks in March that could settle the dispute.", ["talks"]),
    ("The spokesman said the visit on Friday confirmed that ties were strong.", ["visit"]),
    # a saying with no "that" after its date is left to its clause
    ("The prime minister thanked the donors on Monday for the wheat shipments.", ["aid"]),
    # a closing frame's date is the saying's when what it reports tells no happening (a noun of the speaker's
    # description is none), else that happening's
    ('"The harbour is the prize," an aide preparing the king\'s trip to Riga said on Tuesday.', ["announcement"]),
    ("The two presidents met in Riga, the palace said on Tuesday.", ["meeting"]),
    ('"Progress was slow," a delegate at the Riga talks said on Tuesday.', ["talks"]),  # (there that day)
    ("The king and the ambassador both said on Tuesday that the talks in Riga had gone well.", ["announcement"]),
])
def test_the_date_of_a_saying_dates_what_was_said(x, sentence, kinds):
    _, _, ev, _, _ = run(x, sentence)
    assert ev.sort_values("expr_start")["kind"].tolist() == kinds, ev[["date_text", "kind", "label"]]


@pytest.mark.parametrize("sentence, kind, label", [
    # a relative clause with no happening of its own dates nothing the clause around it does
    ("Bankers in Riga will watch the talks on grain credit, which Vilnius has sought since March.", "other",
     "The talks on grain credit, which Vilnius has sought"),
    ("The ministers praised Ruritania's grain deal, which Vilnius brokered in 2022.", "other",
     "Ruritania's grain deal, which Vilnius brokered"),
    ("The envoy received Anna Prime, who has led Ruritania since 2003.", "other", "Anna Prime, who has led Ruritania"),
    ("The envoy received Anna Prime, whose mandate began in 2019.", "other", "Anna Prime, whose mandate began"),
    # ... unless it says when the happening named before it took place
    ("The two leaders held talks in Sochi, which lasted three hours on 14 May.", "talks",
     "Talks in Sochi, which lasted three hours"),
    ("Bankers watched the talks on grain credit, which took place in March.", "talks",
     "The talks on grain credit, which took place"),
    # ... or, with nothing named before it, what the sentence tells
    ("Ruritanian troops pulled out of the airfield at Ostrava, which was completed on 2 March.", "withdrawal",
     "Pulled out of the airfield at Ostrava, which was completed"),
    # a relative clause with its own happening is labelled by what it is about, not by the clause around it
    ("Ruritanian troops began leaving the airfield at Ostrava, where they have been stationed since 2019.",
     "deployment", "The airfield at Ostrava, where they have been stationed"),
    ("The delegation visited Ostrava, where Ruritanian jets have been based since 2015.", "other",
     "Ostrava, where Ruritanian jets have been based"),  # (the phrase does not reach back across a verb)
])
def test_a_date_in_a_relative_clause_dates_what_the_clause_is_about(x, sentence, kind, label):
    _, _, ev, _, _ = run(x, sentence)
    assert (ev.iloc[0]["kind"], ev.iloc[0]["label"]) == (kind, label)


def test_a_label_does_not_end_on_the_preposition_of_its_removed_date(x):
    _, _, ev, _, _ = run(x, "Trade between the two countries dates back to the 1970s.")
    assert ev.iloc[0]["label"] == "Trade between the two countries dates back"


@pytest.mark.parametrize("sentence, label", [
    ("The minister spoke about Bashar al-Assad, who has lived in Moscow since December 2024, at length.",
     "Bashar al-Assad, who has lived in Moscow"),  # a relative clause with the name it is about
    ("Arrived in the capital on the Tuesday a Ruritanian delegation of high level.",
     "Arrived in the capital a Ruritanian delegation of high level"),
    ("Moscow annulled the 2019 contract for the port.", "Moscow annulled the contract for the port"),
    ("Wednesday's talks were the minister's second visit.", "Talks were the minister's second visit"),
])
def test_a_removed_date_takes_its_preposition_but_not_an_article_of_its_noun(x, sentence, label):
    _, _, ev, _, _ = run(x, sentence)
    assert ev.iloc[0]["label"] == label


def test_a_label_cut_to_a_line_does_not_end_on_a_dangling_article(x):
    _, _, ev, _, _ = run(x, "On Monday the convoy of trucks left the old port near the border crossing in the "
                            "north of the country for the coast.")
    label = ev.iloc[0]["label"]
    assert label.endswith("…") and not label[:-1].split()[-1].lower() in ("the", "in", "of", "near"), label




def test_ids_are_stable():
    assert stable_id("ev", "d", 1, 2) == stable_id("ev", "d", 1, 2) != stable_id("ev", "d", 1, 3)


def test_positions_mark_mixed_stances_and_leave_out_forecasts_and_relays():
    st = pd.DataFrame([
        {"statement_id": "st_1", "doc_id": "d", "speaker_id": "a", "issue_id": "i", "stance": "support",
         "attribution": "reported"},
        {"statement_id": "st_2", "doc_id": "d", "speaker_id": "a", "issue_id": "i", "stance": "oppose",
         "attribution": "reported"},
        {"statement_id": "st_3", "doc_id": "d", "speaker_id": "b", "issue_id": "i", "stance": "conditional",
         "attribution": "described"},
        {"statement_id": "st_4", "doc_id": "d", "speaker_id": "b", "issue_id": "i", "stance": "neutral",
         "attribution": "reported"},
        {"statement_id": "st_5", "doc_id": "d", "speaker_id": "c", "issue_id": "i", "stance": "support",
         "attribution": "assessment"},
        {"statement_id": "st_6", "doc_id": "d", "speaker_id": "src", "issue_id": "i", "stance": "support",
         "attribution": "reported"},
    ])
    actors = pd.DataFrame({"actor_id": ["a", "b", "c", "src"], "type": ["person", "state", "media", "anonymous"]})
    p = positions(st, actors).set_index("actor_id")
    assert p.loc["a", "stance"] == "mixed" and p.loc["a", "score"] == 0
    assert p.loc["b", "stance"] == "conditional" and p.loc["b", "score"] == 0.5
    assert "c" not in p.index and "src" not in p.index


def test_a_speaker_who_reports_what_the_parties_agreed_shares_the_agreement(x):
    st, *_ = run(x, "Sergei Lavrov received Asaad al-Shaibani in Moscow. "
                    "Al-Shaibani said the parties had agreed to revise the old contracts.")
    row = st[(st["sent_id"] == 1) & (st["speaker_id"] == "shaibani")]
    assert row["stance"].tolist() == ["support"]


def test_a_speaker_who_reports_another_side_s_act_only_relays_it(x):
    st, *_ = run(x, "Al-Shaibani said Moscow had agreed to revise the old contracts.")
    row = st[st["speaker_id"] == "shaibani"]
    assert row["stance"].tolist() == ["neutral"]


def test_refusing_a_request_named_as_a_noun_opposes_what_was_requested(x):
    st, *_ = run(x, "Moscow turned down the request of the new government to extradite the former president.")
    assert st[st["speaker_id"] == "russia"]["stance"].tolist() == ["oppose"]


def test_the_request_refers_to_what_an_earlier_clause_of_the_sentence_named(x):
    st, *_ = run(x, "Officials in Damascus asked for the lifting of sanctions; later Al-Shaibani said that "
                    "Washington had refused the request.")
    refused = st[st["speaker_id"] == "usa"]
    assert refused[["issue_id", "stance"]].values.tolist() == [["sanctions_relief", "oppose"]]


def test_a_refusal_with_no_object_refuses_what_the_sentence_before_asked(x):
    st, *_ = run(x, "Damascus has urged Moscow to extradite the ousted ruler. The Kremlin has refused.")
    assert stance_of(st, "russia", "assad_extradition") == "oppose"
    # with a reason given: the reason is the speaker's words, the refusal still opposes what was asked
    st, *_ = run(x, "Damascus has asked for the former president. The Kremlin has refused, saying he was given "
                    "asylum for humanitarian reasons.")
    assert stance_of(st, "russia", "assad_extradition") == "oppose"
    # a reason that raises another issue takes its own side on it; with nothing asked before, no refusal of it
    st, *_ = run(x, "Moscow declined, saying its bases would stay.")
    assert stance_of(st, "russia", "russian_bases") == "support"


def test_refused_then_saying_is_no_refusal_to_say(x):
    # "refuse ~ say" (silence) does not reach across a comma
    st, *_ = run(x, "Damascus has asked for the former president. The Kremlin declined, saying the matter was closed.")
    assert stance_of(st, "russia", "assad_extradition") == "oppose"


def test_a_want_with_no_object_and_a_name_after_a_full_stop_is_no_place(x):
    # "wants X back." is no X backing anything; "back. Russia" does not make Russia a place
    st, m, *_ = run(x, "Damascus wants the former president back. Russia rejected the request.")
    assert "russia" in set(m["actor_id"])
    assert stance_of(st, "russia", "assad_extradition") == "oppose"


def test_refusing_a_compound_request_opposes_its_act(x):
    assert stances_on(x, "The Kremlin rejected the extradition request.", "assad_extradition") == ["oppose"]


def test_new_terms_for_a_base_lease_are_conditional_support_for_the_bases(x):
    st, *_ = run(x, "The defence minister said Damascus wants to renegotiate the lease on Hmeimim airfield.")
    bases = st[st["issue_id"] == "russian_bases"]
    assert bases["stance"].tolist() == ["conditional"]
    assert stances_on(x, "Damascus wants to revise the lease on Tartus.", "russian_bases") == ["conditional"]


def test_an_unqualified_state_body_belongs_to_the_country_the_story_is_about(x):
    st, m, ev, det, doc = run(x, "Syria's traders want cheaper grain, and Syrian mills are idle. A Russian firm offered "
                                 "to help. The central bank said it would open new credit lines.")
    assert speakers_of(st, 2) == ["syrian_central_bank"]
    assert "the central bank" not in set(m[m["actor_id"] == "russia"]["surface"].str.lower())


def test_a_ministry_has_one_id_in_either_word_order(x):
    st, m, ev, det, doc = run(x, "MOSCOW, May 2 (Levant Wire) - Peskov said it was a matter for the Ministry of Defence.")
    assert set(m["actor_id"]) >= {"russian_defence_ministry"}


def test_a_name_after_a_place_noun_is_the_place_not_a_participant(x):
    st, m, ev, det, doc = run(x, "On Tuesday a Turkish delegation arrived to the capital Damascus for talks.",
                              published="2025-03-12")
    assert "syria" not in set(m.get("actor_id", []))
    assert ev["place"].tolist() == ["Damascus"]


def test_a_name_inside_a_compound_adjective_is_no_mention_and_a_leaders_government_is_the_regime(x):
    st, m, ev, det, doc = run(x, "Damascus wants the Assad-era deals re-examined. "
                                 "Printers once supplied the Assad government, a trader said.")
    assert "assad" not in set(m["actor_id"])
    assert "assad_regime" in set(m["actor_id"])
    assert speakers_of(st, 1) == ["unnamed_trader"]  # not its apposition


@pytest.mark.parametrize("text, speakers", [
    ("The envoy received an official welcome in Baghdad.", []),
    ("Officials welcome the plan.", ["unnamed_officials"]),
    ("Syrian state media say the plan is ready.", ["unnamed_syrian_media"]),
])
def test_a_singular_source_word_before_a_bare_verb_form_is_an_adjective(x, text, speakers):
    st, *_ = run(x, text)
    assert (st["speaker_id"].tolist() if len(st) else []) == speakers


@pytest.mark.parametrize("text, stance", [
    ("Lavrov did not rule out a longer lease for the bases.", "support"),
    ("Lavrov did not rule out a withdrawal from the bases.", "oppose"),
    ("Lavrov ruled out a withdrawal from the bases.", "support"),
])
def test_a_negated_refusal_is_openness(x, text, stance):
    st, *_ = run(x, text)
    assert st[st["issue_id"] == "russian_bases"]["stance"].tolist() == [stance]


@pytest.mark.parametrize("text", [
    "The ministry in Baghdad has not said whether the grain arrived.",
    "Did not confirm the spokespeople the cancellation officially until now.",
])
def test_a_negated_speech_verb_reports_nothing(x, text):
    st, *_ = run(x, text)
    assert st.empty


def test_the_leaders_are_those_who_lead_not_the_last_named_of_each_side(x):
    st, *_ = run(x, "Vladimir Putin received Ahmed al-Sharaa in the Kremlin, with Sergei Lavrov at the table. "
                    "The two leaders agreed to keep in touch.")
    assert sorted(speakers_of(st, 1)) == ["putin", "sharaa"]


def test_a_source_cited_with_reference_to_speaks_through_the_medium(x):
    st, *_ = run(x, "The soldiers began to leave the airfield, reported the agency Reuters with reference to three "
                    "Kurdish sources.")
    assert st[["speaker_id", "via_id"]].values.tolist()[:1] == [["unnamed_kurdish_sources", "reuters"]]


def test_a_clause_between_commas_that_reports_speech_is_no_apposition(x):
    st, *_ = run(x, "Analyst Omar Haddad, who advises the European Union, said the plan was sound, but warned that "
                    "prices would rise. Peskov, asked about this, answered that there was nothing to add.")
    assert set(st["speaker_id"]) == {"haddad", "peskov"}


def test_an_anaphor_with_an_adjective_refers_back_and_takes_the_evaluation(x):
    st, *_ = run(x, "The European Union lifted its sanctions on Syria. "
                    "Al-Shaibani described the European decision as constructive.")
    row = st[(st["sent_id"] == 1) & (st["issue_id"] != "")]
    assert row[["issue_id", "stance"]].values.tolist() == [["sanctions_relief", "support"]]


def test_a_verb_after_to_is_no_anaphor(x):
    st, *_ = run(x, "The European Union lifted its sanctions on Syria. "
                    "Al-Shaibani said Syrians keep the right to demand better harvests.")
    assert set(st[st["sent_id"] == 1]["issue_id"]) == {""}


@pytest.mark.parametrize("text, speaker", [
    ("Al-Shaibani called the talks useful, and said more work lay ahead.", "shaibani"),
    ("Moscow keeps contacts with every group, he said, and proposed using them.", "lavrov"),
    ('Al-Shaibani called the visit "a good start," and said Damascus wanted more.', "shaibani"),  # after a quote
])
def test_a_verb_coordinated_after_a_comma_shares_the_speaker(x, text, speaker):
    st, *_ = run(x, "Sergei Lavrov spoke in Cairo. " + text)
    assert set(speakers_of(st, 1)) == {speaker}


def test_asking_for_a_topic_asks_for_the_proposition_where_the_codebook_says_so(x):
    st, *_ = run(x, "A source said Damascus had asked for the ousted president. Officials later sought new sanctions.")
    asked = st[(st["sent_id"] == 0) & (st["speaker_id"] == "syria")]
    assert asked[["issue_id", "stance"]].values.tolist() == [["assad_extradition", "support"]]  # one act, one row
    assert "sanctions_relief" not in set(st["issue_id"])


def test_interests_as_a_noun_take_no_side_but_interested_does(x):
    assert stances_on(x, "Al-Shaibani said shared interests bind the two countries and Syria respects every agreement.", "agreements_renegotiation") == ["oppose"]
    assert stances_on(x, "Al-Shaibani said Syria is interested in Russian wheat.", "reconstruction") == ["support"]


def test_a_reduced_or_time_limited_presence_is_conditional_but_not_what_it_is_traded_for(x):
    st, *_ = run(x, "Analysts expect Damascus to accept a smaller, temporary Russian military presence in exchange "
                    "for wheat.", author="")
    assert st[st["issue_id"] == "russian_bases"]["stance"].tolist() == ["conditional"]
    st, *_ = run(x, "The analyst expects a deal that swaps a reduced Russian presence on the coast for cheap wheat "
                    "and debt relief.", author="omar_haddad")
    got = dict(st[["issue_id", "stance"]].values.tolist())
    assert got.get("russian_bases") == "conditional" and got.get("debts_and_assets") == "support"


@pytest.mark.parametrize("sentence, stance", [
    ("Diplomats said Moscow would hold on to its naval base, but probably on less generous terms.", "conditional"),
    ("Diplomats said Moscow would hold on to its naval base, but under a shorter lease.", "conditional"),
    ("Diplomats said Moscow would hold on to its naval base, but only with a smaller garrison.", "conditional"),
    ("Diplomats said Moscow would hold on to its naval base, but with its frigates gone.", "support"),
    ("Diplomats said Moscow would hold on to its naval base, but on Friday the talks stalled.", "support"),
    ("Diplomats said Moscow would hold on to its naval base, though for a shorter period.", "conditional"),
    ("Diplomats said Moscow would hold on to its naval base, albeit with a smaller garrison.", "conditional"),
    ("Diplomats said Moscow would hold on to its naval base, but on the same terms as before.", "support"),
    ("Diplomats said Moscow would hold on to its naval base, but under the terms of the old accord.", "support"),
    ("Diplomats said Moscow would hold on to its naval base, but with no new conditions attached.", "support"),
    ("Diplomats said Moscow would hold on to its naval base, but on Friday deputies rejected the terms.", "support"),
])
def test_a_but_phrase_of_terms_right_after_the_act_makes_it_conditional(x, sentence, stance):
    assert stances_on(x, sentence, "russian_bases") == [stance]


def test_readiness_on_mutually_acceptable_terms_is_conditional(x):
    st, *_ = run(x, "Diplomats said Moscow was ready to hold on to its naval base on mutually acceptable terms.")
    assert stance_of(st, "russia", "russian_bases") == "conditional"
    assert "oppose" not in st.loc[st["issue_id"] == "agreements_renegotiation", "stance"].tolist()


def test_what_came_before_the_speaker_and_a_relative_clause_take_no_side(x):
    st, *_ = run(x, "Before the talks the press secretary Dmitry Peskov said to journalists that the topic of the "
                    "Russian bases would be raised.")
    assert st[st["issue_id"] == "russian_bases"]["stance"].tolist() == ["neutral"]  # "press" is no demand here
    assert stances_on(x, "Al-Shaibani asked that Moscow hand over the former president, who received asylum there.", "assad_extradition") == ["support"]


def test_raising_an_issue_is_speech_but_not_raised_is_passive(x):
    st, *_ = run(x, "Iraqi officials raised the lifting of sanctions with the envoy.")
    assert st[["speaker_id", "issue_id", "stance"]].values.tolist()[:1] == [
        ["unnamed_iraqi_officials", "sanctions_relief", "neutral"]]
    st, *_ = run(x, "Peskov said the bases were discussed and that the handover was not raised; "
                    "Lavrov said the talks went well.")
    assert set(st["speaker_id"]) == {"peskov", "lavrov"}
    assert st[st["speaker_id"] == "peskov"]["stance"].tolist().count("oppose") == 0


def test_an_unnamed_source_passes_on_what_happened_without_taking_a_side(x):
    st, *_ = run(x, "Two Kurdish sources said Russian units had begun leaving the air base. "
                    "A senior Russian official said Moscow would never leave the air base.")
    assert st[st["sent_id"] == 0]["stance"].tolist() == ["neutral"]
    assert "neutral" not in st[st["sent_id"] == 1]["stance"].tolist()  # an official speaks for a side


@pytest.mark.parametrize("text, issue", [
    ("Zakharova said about 5,000 villagers had taken refuge at the air base.", ""),
    ("A local official said the convoy had moved from the airport to Hmeimim.", ""),
    ("Zakharova said Russia would keep the air base.", "russian_bases"),
    ("Zakharova said Moscow needs partners in reconstruction.", "reconstruction"),
])
def test_a_base_named_as_a_place_is_no_view_on_the_bases(x, text, issue):
    st, *_ = run(x, text)
    assert set(st["issue_id"]) == {issue}


def test_a_negation_ends_with_its_conjunct_and_a_need_for_talks_takes_no_side(x):
    assert stances_on(x, "Lavrov said the status of the air base has not changed and it needs more talks.", "russian_bases") == ["neutral"]
    assert stances_on(x, "Lavrov said the situation had not changed, and Russia would keep the air base.", "russian_bases") == ["support"]


def test_an_unnamed_official_speaks_for_his_own_state(x):
    st, *_ = run(x, "A senior Russian official told Reuters that Moscow had refused to extradite the former president.")
    row = st[st["speaker_id"] == "unnamed_russian_official"]
    assert row["stance"].tolist() == ["oppose"]


def test_a_closing_source_after_a_name_speaks_even_with_a_phrase_after_it(x):
    st, *_ = run(x, "Al-Sharaa asked the envoy to hand over the former president, Bashar al-Assad, a Syrian source "
                    "told Reuters, in the first talks since December. He called on all states to respect the deal.")
    first = st[st["sent_id"] == 0]
    assert set(first["speaker_id"]) == {"sharaa", "unnamed_syrian_source"}
    assert first[first["speaker_id"] == "sharaa"]["via_id"].tolist() == ["unnamed_syrian_source"]
    assert st[st["sent_id"] == 1]["cue"].tolist() == ["called on"]  # "all states" is no speech verb


def test_a_want_outside_the_reported_view_is_described_and_a_semicolon_ends_the_view(x):
    st, *_ = run(x, "Moscow wants to keep its air base, and the soldiers there help civilians, when Lavrov says "
                    "that Russia offers aid.")
    rows = st[["speaker_id", "attribution", "issue_id"]].values.tolist()
    assert ["russia", "described", "russian_bases"] in rows
    assert not any(r[0] == "lavrov" and r[2] == "russian_bases" for r in rows)
    st, *_ = run(x, "Peskov said the talks went well; Damascus has pushed for the lifting of sanctions.")
    assert st[st["speaker_id"] == "peskov"]["issue_id"].tolist() == [""]
    assert stance_of(st, "syria", "sanctions_relief") == "support"


def test_an_act_on_a_pronoun_takes_the_issue_named_before_the_speaker(x):
    assert stances_on(x, "Washington moved on sanctions in May, when President Donald Trump announced that he would "
                         "lift them.", "sanctions_relief") == ["support"]
    # the pronoun before the act: "their (swift) removal", "its extension"
    assert stances_on(x, "Beijing criticised the embargo on Caracas, calling it unjust and demanding its swift "
                         "removal.", "sanctions_relief") == ["support"]


def test_a_press_service_speaks_for_the_body_named_before_it(x):
    st, *_ = run(x, "Talks were held in Moscow, the Russian government press service reported. "
                    "On Tuesday, the Kremlin press service announced that the leaders would discuss the bases.")
    assert st[["sent_id", "speaker_id", "attribution"]].values.tolist() == [[0, "russia", "reported"],
                                                                           [1, "russia", "reported"]]


def test_an_analyst_named_with_a_demonym_speaks_for_no_state(x):
    _, _, _, det, _ = run(x, "Turkish analyst Ivo Marek said the talks would fail. Turkish Trade Minister "
                             "Selim Arslan agreed.")
    assert (det["marek"].affiliation, det["arslan"].affiliation) == ("", "turkey")


def test_a_detected_minister_whose_title_names_his_state_speaks_for_it(x):
    st, m, ev, det, doc = run(x, "A delegation headed by Economy Minister Karim Nassar arrived in Moscow. Syrian "
                                 "Economy Minister Karim Nassar said Damascus had refused to repay the Assad-era loans.")
    assert det["nassar"].affiliation == "syria"  # the later, fuller title names his state
    assert stance_of(st, "nassar", "debts_and_assets") == "oppose"  # his government's refusal is his side


def test_a_title_owned_by_a_state_names_the_state_as_the_persons(x):
    _, _, _, det, _ = run(x, "Qatar's energy minister, Salim Haddadin, said the talks went well. Iran's deputy "
                             "trade minister Nabil Fahmy said exports would resume. Rosneft's deputy minister "
                             "for liaison, Ivan Sobolev, agreed.")
    assert (det["haddadin"].role, det["haddadin"].affiliation) == ("Qatar's energy minister", "qatar")
    assert det["fahmy"].affiliation == "iran"
    assert det["sobolev"].affiliation == ""  # a company's office speaks for no state


def test_it_after_a_body_in_its_own_sentence_is_that_body(x):
    st, *_ = run(x, "Ankara said the talks had stalled. Iran said it would need more wheat. Qatar welcomed the offer "
                    "on Monday, and it also said that the repair of power stations would be funded.")
    assert speakers_of(st, 1) == ["iran"]  # not Turkey, the last speaker, as the one who needs wheat
    assert set(speakers_of(st, 2)) == {"qatar"}


def test_a_demand_or_refusal_named_as_a_noun_is_its_owners(x):
    st, *_ = run(x, "Tehran's renewed call for the extradition of Assad went unanswered. Damascus' demand that "
                    "Moscow hand over the former president has not changed. Observers noted Moscow's refusal to "
                    "extradite him. Observers noted the refusal to extradite him. The draft met with public "
                    "rejection when Qatar proposed new sanctions.")
    assert stance_of(st, "iran", "assad_extradition") == "support"
    assert stance_of(st, "syria", "assad_extradition") == "support"  # a name ending in s owns with a bare apostrophe
    assert "russia" not in speakers_of(st, 1)  # not the subject of a "demand" read as a verb
    assert stance_of(st, "russia", "assad_extradition") == "oppose"
    assert st.loc[(st["sent_id"] == 2) & (st["speaker_id"] == "unnamed_observers"), "stance"].tolist() == ["neutral"]
    assert "oppose" not in st.loc[st["sent_id"] == 3, "stance"].tolist()  # a refusal no one owns is no one's
    assert "oppose" not in st.loc[st["sent_id"] == 4, "stance"].tolist()  # nor a noun that merely names one


def test_a_person_introduced_by_the_body_he_belongs_to_speaks(x):
    st, m, _, det, _ = run(x, "Pavel Renko of United Russia, a former diplomat who chairs the panel, argued that "
                              "the Tartus base must stay. Olga Serova of the LDPR called extradition unacceptable. "
                              "Renko said the lease should be renewed.")
    assert (det["renko"].type, det["renko"].role, det["renko"].affiliation) == ("person", "United Russia", "")
    assert speakers_of(st, 0) == ["renko"]  # the person, not the party (nor Russia, whose name the party holds)
    assert not ((m["sent_id"] == 0) & (m["actor_id"] == "russia")).any()
    assert stance_of(st, "serova", "assad_extradition") == "oppose"
    assert speakers_of(st, 2) == ["renko"]
    st, *_ = run(x, "Lev Orel of United Russia said that the bases must stay.")  # "said": a speech verb of any form
    assert speakers_of(st, 0) == ["orel"]


def test_she_is_never_someone_he_has_stood_for(x):
    st, *_ = run(x, "Lev Markov, a deputy, argued that the base must stay. He said Moscow needed it. Deputy Anna "
                    "Belova shifted the debate to money. Syria, she said, owes Russia billions.")
    assert speakers_of(st, 1) == ["markov"]
    assert speakers_of(st, 3) == ["belova"]  # not the last speaker, whom "he" named a man


def test_whose_post_a_title_names_and_where_it_serves_are_told_apart(x):
    _, _, _, det, _ = run(x, "Jan Vos, Special Envoy of the Secretary-General for Syria, said talks must go on. "
                             "Rami Saleh, head of the desk for Russian affairs at the Syrian Foreign Ministry, said so. "
                             "Iranian ambassador to Syria Hossein Akbari said so. The United Kingdom's delegate, "
                             "Ann Cole, agreed. Defence Minister Israel Levi said the army would stay.")
    assert det["vos"].affiliation == ""  # the state his post serves is not his
    assert det["saleh"].affiliation == "syria"  # whose ministry, not the affairs it handles
    assert (det["akbari"].aliases[0], det["akbari"].role, det["akbari"].affiliation) == (
        "Hossein Akbari", "Iranian ambassador to Syria", "iran")
    assert (det["cole"].role, det["cole"].affiliation) == ("United Kingdom's delegate", "uk")
    assert det["levi"].aliases[0] == "Israel Levi"  # a given name that is also a state's, after a title
    _, _, _, det, _ = run(x, "Irina Sokolova, spokeswoman for the Iranian Foreign Ministry, said so. Ali Hamdan, "
                             "adviser to the Syrian president, said so.")
    assert (det["sokolova"].affiliation, det["hamdan"].affiliation) == ("iran", "syria")  # whom they serve


def test_traders_brokers_and_exporters_unnamed_speak(x):
    st, *_ = run(x, "A Dubai-based broker said Russian exporters competed on price. \"Grain is cheap,\" he said. "
                    "A Moscow-based exporter said payment came first.")
    assert speakers_of(st, 0) == ["unnamed_broker"] and speakers_of(st, 1) == ["unnamed_broker"]
    assert speakers_of(st, 2) == ["unnamed_exporter"]


def test_a_persons_surname_with_its_article_is_no_outlet(x):
    st, _, _, det, _ = run(x, '"Talks will go on," said Hadi al-Rifai, an aide at the Syrian Foreign Ministry. '
                              'Al-Rifai said the old contracts would be reviewed.')
    assert speakers_of(st, 1) == ["rifai"] and "al_rifai" not in det


def test_a_participle_after_a_comma_is_said_by_the_sentences_subject(x):
    st, *_ = run(x, 'Iranian sources said Tehran was watching. Asked whether Tehran would object, the sources '
                    'declined to comment on "hypothetical scenarios," saying Qatar acts in concert with Damascus.')
    assert speakers_of(st, 1) == ["unnamed_iranian_sources"]  # not Qatar, named after the participle


def test_the_envoy_of_a_country_the_codebook_does_not_know_is_that_countrys(x):
    st, *_ = run(x, "Iceland's envoy echoed that view. \"Impunity has a price,\" he said. The envoy of Iceland agreed.")
    assert speakers_of(st, 0) == speakers_of(st, 1) == speakers_of(st, 2) == ["unnamed_iceland_envoy"]
    st, *_ = run(x, "Talks ended on Friday. Iceland's envoy said so. Envoy Tom Lind met Putin. Lind's envoy said so.")
    assert speakers_of(st, 1) == ["unnamed_iceland_envoy"]  # (the owner within the sentence, not "Friday. Norway")
    assert speakers_of(st, 3) == ["unnamed_envoy"]  # a person's envoy, no country's


def test_only_a_view_or_remarks_are_echoed_as_speech(x):
    st, _, ev, _, _ = run(x, "Calls for the extradition of Assad echoed across Damascus on Friday. Qatar echoed "
                             "Turkey's call for the lifting of sanctions.")
    assert speakers_of(st, 0) == [] and speakers_of(st, 1) == ["qatar"]
    assert ev["kind"].tolist() == ["other"]  # "calls for": a demand, no phone call


def test_a_verdict_on_someone_elses_act_is_no_act_and_leaves_it_its_side(x):
    st, *_ = run(x, "Damascus said Moscow's refusal to extradite Assad was unacceptable. Analysts said the "
                    "extradition prevented new unrest. Lavrov said Syria's demands for Assad's extradition were "
                    "unacceptable.")
    assert "assad" not in st["speaker_id"].tolist()  # "unacceptable" has no subject of its own
    assert stance_of(st, "russia", "assad_extradition") == "oppose"
    assert stance_of(st, "unnamed_analysts", "assad_extradition") == "support"  # a verb, no verdict
    assert st.loc[(st["speaker_id"] == "syria") & (st["via_id"] == "lavrov"), "stance"].tolist() == ["support"]


def test_an_owned_demand_is_its_owners_whatever_is_done_to_it(x):
    st, *_ = run(x, "Moscow turned down Syria's request to hand over the deposed leader. Officials in Ankara said "
                    "Washington had rejected Tehran's demand that Russia keep its bases in Syria.")
    assert st.loc[st["speaker_id"] == "syria", "stance"].tolist() == ["support"]  # its request, not the turning down
    assert stance_of(st, "russia", "assad_extradition") == "oppose"
    assert st.loc[st["speaker_id"] == "iran", "stance"].tolist() == ["support"]  # (Washington rejected it)


def test_an_editor_is_an_unnamed_source(x):
    st, *_ = run(x, "The newspaper's editor said Moscow would keep its bases.")
    assert speakers_of(st, 0) == ["unnamed_editor"]


def test_a_person_with_a_party_in_brackets_after_a_quote_is_a_person(x):
    st, _, _, det, _ = run(x, '"We are not leaving," said Lev Sorokin (LDPR). He predicted that both bases would '
                              'remain. "Nothing is settled," said Igor Belov (KPRF).')
    assert (det["sorokin"].type, det["sorokin"].role) == ("person", "LDPR")  # not a body "Lev Sorokin"
    assert speakers_of(st, 1) == ["sorokin"] and stance_of(st, "sorokin", "russian_bases") == "support"
    assert speakers_of(st, 2) == ["belov"]


def test_a_title_set_off_by_a_comma_only_when_the_name_closes_it(x):
    st, _, _, det, _ = run(x, "Talks went on. Moscow would not surrender the former president, Ivan Petrov said. The "
                              "bases will stay, said Syria's economy minister, Omar Haddad. Trade is slow, said the "
                              "head of customs in Latakia, Rami Nasser.")
    assert det["petrov"].role == ""  # the title's noun is the verb's object
    assert speakers_of(st, 2) == ["haddad"] and det["haddad"].affiliation == "syria"
    assert det["nasser"].role == "head of customs in Latakia"  # (not "said the head ...")
    _, _, _, det, _ = run(x, "Talks went on. The governor of Tartus, Omar Kassem (pictured) said trade was slow. The "
                             "head of customs in Latakia, Rami Nasser — who took over in May — said it was slower.")
    assert det["kassem"].role == "governor of Tartus" and det["nasser"].role == "head of customs in Latakia"


def test_a_label_word_that_opens_a_line_is_no_verb(x):
    st, *_ = run(x, 'Fact check\n\nClaim: "Moscow has agreed to leave Hmeimim by March."\n\nVerdict: False')
    assert not (st["cue"] == "Claim").any(), st[["sent_id", "speaker_id", "cue"]]  # (Moscow's act is described)


def test_asked_opening_a_sentence_names_no_speaker_after_it(x):
    st, *_ = run(x, "Pavel Ignatov, Russian deputy foreign minister — I have nothing to say.\n\n(Asked by reporters "
                    "whether Damascus had demanded the bases' closure)\n")
    assert not (st["cue"].str.lower() == "asked").any(), st[["sent_id", "speaker_id", "cue"]]


def test_he_after_a_sentence_opened_by_one_unnamed_source_is_that_source(x):
    st, *_ = run(x, "Talks went on, Ivan Orlov said. A Turkish diplomat close to the defence ministry was less sure. "
                    "Ankara would not object to Russian bases in Syria, he said.")
    assert speakers_of(st, 2) == ["unnamed_turkish_diplomat"], st[["sent_id", "speaker_id"]].values.tolist()
    # a source a sentence only tells of, taking no view, is not "he" next; nor is a person killed or named in passing
    st, *_ = run(x, "Ivan Orlov, a Russian diplomat, said the talks were hard. A Syrian diplomat was expelled from "
                    "Moscow last month. The strike on Monday killed General Omar Haddad. Moscow would keep its bases, "
                    "he added.")
    assert speakers_of(st, 3) == ["orlov"], st[["sent_id", "speaker_id"]].values.tolist()


def test_what_a_relative_clause_says_of_the_person_takes_no_side(x):
    st, *_ = run(x, "Talks went on. An aide said Damascus had asked for the former president, who was given asylum "
                    "in Russia, to be handed over.")
    assert stance_of(st, "syria", "assad_extradition") == "support"  # (not conditional: the asylum is said of him)


def test_she_after_a_colon_her_verb_opens_is_her(x):
    st, *_ = run(x, "Ivan Orlov said the bases would stay. Green MP Lena Vogt disagreed: Europe, she said, should "
                    "make its offer attractive.")
    assert set(speakers_of(st, 1)) == {"vogt"}


def test_a_speaker_named_after_the_verb_with_where_she_works(x):
    st, _, _, det, _ = run(x, 'Moscow said talks would go on. "Damascus gains from the wait," said Lea Marten of a '
                              'Berlin think tank. She expects a reduced Russian presence at the bases.')
    assert speakers_of(st, 1) == ["marten"] and speakers_of(st, 2) == ["marten"]


def test_titles_of_a_chancellor_and_a_foreign_policy_chief(x):
    _, _, _, det, _ = run(x, "Talks went on. Chancellor Otto Brenner said the war was over. EU foreign policy chief "
                             "Lea Dahl said the bases should go.")
    assert (det["brenner"].name, det["brenner"].role) == ("Otto Brenner", "Chancellor")
    assert det["dahl"].role == "EU foreign policy chief"


def test_whom_a_speaker_wants_to_act_and_a_demand_named_hold_no_position(x):
    st, *_ = run(x, '"We lost our homes," said Omar Tahan, a teacher. But he wants the EU to back the demand that '
                    'Assad be handed over. "Nobody mentions Assad," he said. Damascus wants to get rid of the Russian '
                    'bases.')
    assert "eu" not in st["speaker_id"].tolist()  # what he wants the EU to do
    assert speakers_of(st, 2) == ["tahan"]  # (not Assad, named in the sentence before)
    assert stance_of(st, "syria", "russian_bases") == "oppose"


def test_the_interlocutors_are_the_two_leaders_and_humanitarian_assistance_is_aid(x):
    st, *_ = run(x, "Vladimir Putin held a phone call with Ahmed al-Sharaa. The interlocutors noted the friendly "
                    "ties. Putin noted Russia's readiness to keep providing humanitarian assistance to Syria.")
    assert set(speakers_of(st, 1)) == {"putin", "sharaa"}
    assert stance_of(st, "putin", "reconstruction") == "support"
    st, *_ = run(x, "Putin held talks with al-Sharaa. According to the interlocutors of the newspaper, the bases will "
                    "stay.")
    assert not {"putin", "sharaa"} & set(speakers_of(st, 1))  # (a newspaper's sources)
    st, *_ = run(x, 'Putin held talks with al-Sharaa. "The bases will stay," one of the interlocutors told Kommersant.')
    assert speakers_of(st, 1) == ["unnamed_interlocutors"]
    st, *_ = run(x, "Putin held talks with al-Sharaa. Each of the interlocutors stressed that the bases would stay.")
    assert set(speakers_of(st, 1)) == {"putin", "sharaa"}  # (no medium named: the two leaders)


def test_a_happenings_label_keeps_no_empty_brackets(x):
    _, _, ev, _, _ = run(x, "Talks went on. Moscow sent troops to Syria (2015) and stayed.")
    assert "(" not in ev.iloc[0]["label"], ev["label"].tolist()


def test_one_name_with_an_age_in_its_description_is_a_person(x):
    st, _, _, det, _ = run(x, 'Talks went on. "They should go," said Jiwan, a 41-year-old baker who gave only his first '
                              'name.')
    assert det["jiwan"].role.startswith("41-year-old baker") and speakers_of(st, 1) == ["jiwan"]


def test_what_remains_under_discussion_takes_no_side(x):
    st, *_ = run(x, "Talks went on. An aide said the air base would remain under review by the two governments.")
    assert stance_of(st, "unnamed_aide", "russian_bases") == "neutral"


def test_rather_than_reverses_what_follows_and_a_slimmed_down_presence_is_on_conditions(x):
    st, *_ = run(x, "Talks went on. Analysts in Türkiye expect a slimmed-down Russian presence rather than a full "
                    "withdrawal. A diplomat familiar with the Syria file cautioned that Moscow wants to keep the bases "
                    "rather than leave.")
    assert stance_of(st, "unnamed_turkiye_analysts", "russian_bases") == "conditional"  # (an id in ASCII)
    assert stance_of(st, "unnamed_diplomat", "russian_bases") == "support"


def test_one_and_they_are_of_a_group_and_people_familiar_are_several(x):
    st, *_ = run(x, 'Turkish officials said the channel still worked. "That would limit us," one said. A Turkish official '
                    'said talks went on. Turkish ministry sources were more cautious. They said Ankara would not object '
                    'to the bases. Jane Roe, a researcher, was sceptical. She said, according to people familiar with '
                    'the talks, that Damascus had asked for Assad. "Washington cannot decide. Only Damascus can," she '
                    'said.')
    rows = st[["sent_id", "speaker_id"]].values.tolist()
    assert [r[1] for r in rows if r[0] == 1] == ["unnamed_turkish_officials"], rows
    assert "unnamed_turkish_official" not in [r[1] for r in rows if r[0] == 4], rows  # "they": not one official
    assert [r[1] for r in rows if r[0] in (7, 8)] == ["roe", "roe"], rows  # (not the people familiar)


def test_giving_up_the_issues_own_thing_is_its_act(x):
    st, *_ = run(x, "Talks went on. A Russian diplomat said Moscow had no intention of giving up the facility. A Syrian "
                    "official said Damascus had handed over the facility's archive.")
    assert stance_of(st, "unnamed_russian_diplomat", "russian_bases") == "support"
    assert "assad_extradition" not in st["issue_id"].tolist()  # (a thing handed over is still no handover)


def test_a_demand_a_speaker_is_asked_about_is_not_his(x):
    st, *_ = run(x, "Damascus has demanded the handover of Assad. Dmitry Peskov was asked about the request on Thursday "
                    "and declined to comment.")
    assert st.loc[st["speaker_id"] == "peskov", "stance"].isin(["neutral", ""]).all(), st[["speaker_id", "stance"]]


def test_reopening_the_agreements_is_renegotiating_them(x):
    st, *_ = run(x, "Talks went on. An aide said Damascus wanted to reopen the agreements signed under Assad. A "
                    "Jordanian official said the deal would reopen the border to lorries on Sunday.")
    assert stance_of(st, "unnamed_aide", "agreements_renegotiation") == "support"
    assert "agreements_renegotiation" not in st.loc[st["sent_id"] == 2, "issue_id"].tolist()  # (a border reopened)


def test_the_issues_own_state_doing_its_act_raises_the_issue(x):
    st, *_ = run(x, "Talks went on. An aide said Damascus would let Russia stay as long as it paid rent. Another aide "
                    "said Russia would leave the talks early.")
    assert stance_of(st, "unnamed_aide", "russian_bases") == "conditional"
    st, *_ = run(x, "Talks went on. Ivan Orlov said Russia would continue to supply wheat to Syria. Peskov said Moscow "
                    "would remain in close contact with Damascus. Another aide said Russia would leave the talks early.")
    assert "russian_bases" not in st["issue_id"].tolist(), st[["sent_id", "speaker_id", "issue_id"]]  # (no act on the
    # bases: the act has an object or a complement of its own)


def test_a_back_report_names_the_speaker_after_two_titles(x):
    st, *_ = run(x, "Moscow and Damascus have agreed to hold further consultations on the future of the Russian "
                    "military facilities. This was stated by Special Envoy for the Middle East, Deputy Foreign "
                    "Minister Oleg Varnavin, after the talks.")
    assert "varnavin" in speakers_of(st, 0), st[["sent_id", "speaker_id"]].values.tolist()  # (the states agreed,
    # and he said so)
    st, *_ = run(x, "Moscow and Damascus decided to keep the bases for now. This was stated by Deputy Foreign Minister "
                    "Oleg Varnavin. The Russian Foreign Ministry said the bases would stay. This was reported by TASS.")
    assert "varnavin" in speakers_of(st, 0) and "tass" not in speakers_of(st, 2), st[["sent_id", "speaker_id"]]


def test_an_authors_sentence_opening_on_we_is_the_authors_view(x):
    st, *_ = run(x, "Talks went on. We have asked for contributions to reconstruction and for compensation.",
                 author="Jane Roe", genre="opinion")
    assert stance_of(st, "Jane Roe", "reconstruction") == "support", st[["sent_id", "speaker_id", "issue_id"]]
    st, *_ = run(x, 'Lavrov was blunt at the press conference. "We will keep the bases in Syria." "Our bases stay," ran '
                    'the headline in Izvestia.', author="Jane Roe", genre="opinion")
    assert "Jane Roe" not in st["speaker_id"].tolist()  # (a quotation's "we" is not the author's)


def test_a_translations_estimates_and_summarises_are_verbs_of_saying(x):
    st, *_ = run(x, 'Talks went on. «Moscow wants to keep a foothold on the coast», estimates Ilya Voronin, a researcher. '
                    '«Nobody expects a deal soon», summarises a European diplomat.')
    assert speakers_of(st, 1) == ["voronin"] and speakers_of(st, 2) == ["unnamed_european_diplomat"]


def test_a_numbers_comma_does_not_end_an_apposition(x):
    _, _, _, det, _ = run(x, "Talks went on. Omar Kassab, a commentator with some 250,000 followers, said Russia would "
                             "stay.")
    assert det["kassab"].role == "commentator with some 250,000 followers"


def test_a_party_named_after_a_country_is_no_state(x):
    st, _, _, det, _ = run(x, "Several United Russia deputies objected. Oleg Markov (A Just Russia) said Russia would "
                              "keep its bases.")
    assert "russia" not in speakers_of(st, 0)
    assert speakers_of(st, 1) == ["markov"] and det["markov"].role == "A Just Russia"


def test_a_name_with_its_country_in_brackets_is_a_person_who_speaks_for_it(x):
    st, _, _, det, _ = run(x, 'Lena Dahl (Qatar), speaking for the Gulf group, called for the lifting of sanctions. '
                              'Omar Sayed (Iran) said the bases would stay. Ruth Ames (Oxfam) warned of hunger.')
    assert (det["dahl"].type, det["dahl"].affiliation) == ("person", "qatar")
    assert speakers_of(st, 0) == ["dahl"] and speakers_of(st, 1) == ["sayed"]  # not Iran, named in his brackets
    assert (det["ames"].role, det["ames"].affiliation) == ("Oxfam", "")


def test_handing_over_a_thing_is_no_handover_of_a_person(x):
    st, *_ = run(x, "Officials said the delegation handed over a list of claims. Officials said Moscow would not "
                    "hand over the ousted president. Officials said Moscow would not hand him over.")
    assert "assad_extradition" not in st.loc[st["sent_id"] == 0, "issue_id"].tolist()
    assert stance_of(st, "unnamed_officials", "assad_extradition") == "oppose"
    assert "assad_extradition" in st.loc[st["sent_id"] == 2, "issue_id"].tolist()
    st, *_ = run(x, "Officials said the fighters would hand over the security of the checkpoints.")
    assert "assad_extradition" not in st["issue_id"].tolist()  # (a place's security is a thing too)
    # a thing handed over in the passive is the subject ("the airport would be handed over"), not a person
    st, *_ = run(x, "Officials said the airfield was state property and would be handed over to the ministry.")
    assert "assad_extradition" not in st["issue_id"].tolist(), st[["speaker_id", "issue_id"]].values.tolist()
    assert stances_on(x, "Talks went on. Officials said Assad, who lives near the airport, would not be handed over.",
                      "assad_extradition") == ["oppose"]  # (a thing inside a relative clause is not the subject)
    assert stances_on(x, "Talks went on. Officials said Assad would never be handed over.",
                      "assad_extradition") == ["oppose"]


def test_a_quotation_alone_below_a_heading_is_not_the_last_speakers(x):
    text = ("Excerpts from the speech\n\nThe president spoke for an hour. Peskov said Russia's position was "
            "unchanged.\n\nON THE BASES\n\n\"Every agreement signed by the old regime will be reviewed, one by "
            "one.\"\n")
    st, *_ = run(x, text)
    assert "peskov" not in set(st.loc[st["sent_id"] > 3, "speaker_id"]), st[["sent_id", "speaker_id"]].values.tolist()


def test_he_after_one_unnamed_source_that_did_something_is_that_source(x):
    st, *_ = run(x, 'Talks went on after Assad fell. A resident of a village near Homs, reached by phone, counted '
                    '"thirty vehicles". He said they "stopped and left."')
    assert speakers_of(st, 2) == ["unnamed_resident"], st[["sent_id", "speaker_id"]].values.tolist()


def test_he_after_one_unnamed_source_in_the_same_sentence_is_that_source(x):
    st, *_ = run(x, 'Peskov said the asylum stands. A European diplomat, who asked not to be named, called the wording '
                    '"a balance": the speech was meant to reassure Moscow, he said.')
    assert set(speakers_of(st, 1)) == {"unnamed_european_diplomat"}, st[["sent_id", "speaker_id"]].values.tolist()
    # (not a source the sentence only cites: "he" is still the person before)
    st, *_ = run(x, "Ahmed al-Sharaa met the envoys. According to a Syrian source, he asked them to hand over Assad.")
    assert ["sharaa", "unnamed_syrian_source"] in st[["speaker_id", "via_id"]].values.tolist(), st[
        ["sent_id", "speaker_id", "via_id"]].values.tolist()


def test_the_subject_that_a_later_he_stands_for(x):
    # a body's titled man opening a sentence is its subject, not the body
    st, *_ = run(x, '"The base must stay," said Karim Haddad, a lecturer. SDF spokesman Rojhat Dara, '
                    'however, played down the withdrawal. "They came in 2019," he said.')
    assert speakers_of(st, 2) == ["dara"], st[["sent_id", "speaker_id"]].values.tolist()
    # a detected person's full name again later is a mention of that person, so "he" is that person
    st, *_ = run(x, '"The base must stay," said Omar Hassoun, a shopkeeper. "It must go," said Karim Haddad, a '
                    'lecturer. Omar Hassoun, the shopkeeper, was less interested in strategy. "They came," he said.')
    assert speakers_of(st, 3) == ["hassoun"], st[["sent_id", "speaker_id"]].values.tolist()
    # a participle after a frame that follows a question put ("Asked ..., X told ..., adding"): X adds
    st, *_ = run(x, '"The base stays," said Omar Hassoun, a shopkeeper. Asked on Monday whether Moscow was ending '
                    'its mission in the northeast, Kremlin spokesman Dmitry Peskov told reporters that questions about '
                    'troop deployments "should be addressed to the Defence Ministry," adding that contacts were '
                    '"going well."')
    assert set(speakers_of(st, 1)) == {"peskov"}, st[["sent_id", "speaker_id"]].values.tolist()
    # a participle after the quotation a frame opened, in a sentence that opens with a long phrase
    st, *_ = run(x, 'Novak said Moscow would send wheat. On the issue of the ousted president, Minister al-Shaibani '
                    'said the file of accountability "has not been closed and will not be closed," adding that Syria '
                    'raises it "in every forum."')
    assert set(speakers_of(st, 1)) == {"shaibani"}, st[["sent_id", "speaker_id"]].values.tolist()


def test_a_view_after_and_and_a_titled_speaker_is_not_the_clause_before(x):
    st, *_ = run(x, "The EU eased restrictions on Syria's energy sector on 24 February, and US envoy Tom Barrack said "
                    "on 13 May that Washington would lift sanctions on Syria.")
    assert stance_of(st, "barrack", "sanctions_relief") == "support"  # what he said, not the EU's easing before it
    assert set(st["issue_id"]) == {"sanctions_relief"}  # (the energy sector is the EU clause's, not his view)


def test_a_party_acronym_after_a_name_is_the_persons_party_not_the_name_of_a_body(x):
    st, _, _, det, _ = run(x, "Talks went on. Deputy Ivan Petrenko (LDPR) said the naval base must stay. Olga Marchuk "
                              "(KPRF) said the old debts must be written off.")
    assert det["petrenko"].type == "person" and det["marchuk"].type == "person"
    assert speakers_of(st, 1) == ["petrenko"] and speakers_of(st, 2) == ["marchuk"]


def test_a_surname_that_speaks_names_the_person_introduced_in_full(x):
    st, _, _, det, _ = run(x, 'Hala Mansour, 52, a retired nurse from Jableh, slept near the base for a week. "They '
                              'opened the gate," said Mansour, who now lives in Latakia. She said she wants Assad '
                              'tried. Omar Nasser (Nassar), a farmer, left.')
    assert det["mansour"].aliases[0] == "Hala Mansour" and det["mansour"].role == "retired nurse from Jableh"
    assert speakers_of(st, 1) == speakers_of(st, 2) == ["mansour"]
    assert "nasser" not in det or det["nasser"].role != "Nassar"  # a spelling of the name, no body


def test_a_ministrys_full_name_goes_on_over_and(x):
    st, m, *_ = run(x, "Iran's Ministry of Economy and Finance said on Monday that imports were open.")
    assert speakers_of(st, 0) == ["iranian_economy_ministry"]
    assert m.loc[m["actor_id"] == "iranian_economy_ministry", "surface"].tolist() == [
        "Iran's Ministry of Economy and Finance"]


def test_nothing_to_say_takes_no_side(x):
    st, *_ = run(x, 'Asked about the extradition, the spokesman Ivan Sorin said he had "nothing to say on this."')
    assert stance_of(st, "sorin", "assad_extradition") == "neutral"


def test_an_act_inside_an_embedded_question_is_asked_about_not_told(x):
    st, *_ = run(x, "Omar Tal would not say whether Damascus had made a formal extradition request.")
    assert st["speaker_id"].tolist() == ["tal"] and stance_of(st, "tal", "assad_extradition") == "neutral"


def test_a_quotation_closed_with_no_frame_goes_on_quoting_its_speaker(x):
    st, *_ = run(x, '"Brussels is slow," Senator Ivan Orlov told RT. "Russia offers grain and fuel. The Syrians '
                    'remember."')
    assert "orlov" in speakers_of(st, 1) and speakers_of(st, 2) == ["orlov"]
    told = st[(st["sent_id"] == 1) & (st["speaker_id"] != "orlov")]
    assert set(told["via_id"]) == {"orlov"}  # Russia's offer is told by him, no position the outlet describes
    assert st.loc[(st["sent_id"] == 1) & (st["speaker_id"] == "orlov"), "attribution"].tolist() == ["direct-quote"]


def test_families_seeking_refuge_raise_no_handover(x):
    st, *_ = run(x, "Officials say hundreds of families sought refuge at the airfield. Officials say Damascus asked "
                    "for Bashar al-Assad.")
    assert "assad_extradition" not in st.loc[st["sent_id"] == 0, "issue_id"].tolist()
    assert stance_of(st, "syria", "assad_extradition") == "support"


def test_a_quotation_framed_later_by_an_unnamed_speaker_is_all_theirs(x):
    st, *_ = run(x, '"They promised to leave. Instead they stayed," a Latakia-based organizer told Axios. A Pentagon '
                    'official said the review went on.')
    assert st.loc[st["sent_id"] < 2, ["speaker_id", "attribution"]].values.tolist() == [
        ["unnamed_organizer", "direct-quote"], ["unnamed_organizer", "direct-quote"]]
    assert speakers_of(st, 2) == ["unnamed_pentagon_official"]


def test_an_unnamed_official_of_a_states_seat_speaks_for_that_state(x):
    _, _, _, det, _ = run(x, "A Kremlin official said the review went on. A Pentagon official said so too.")
    assert (det["unnamed_kremlin_official"].affiliation, det["unnamed_pentagon_official"].affiliation) == (
        "russia", "usa")


def test_a_question_that_tells_what_someone_named_said_reports_it(x):
    text = ("Briefing by the spokeswoman\n\n"
            "Question (Levant TV): Qatari Minister Khalid Nasser said this week that Doha would lift its sanctions. "
            "Will Moscow follow?\n\n"
            "Maria Zakharova: We have seen these reports. I will not comment.\n")
    st, *_ = run(x, text)
    said = st.loc[st["speaker_id"] == "nasser"]
    assert said[["attribution", "issue_id", "stance"]].values.tolist() == [["reported", "sanctions_relief", "support"]]
    assert set(st.loc[st["speaker_id"] == "levant_tv", "stance"]) <= {"", "neutral"}  # the question is its asker's
    # words, on no side


def test_an_unnamed_official_at_a_states_ministry_is_that_states(x):
    st, *_ = run(x, '"We will not pay," a senior official at the Iranian Ministry of Finance told reporters.')
    assert speakers_of(st, 0) == ["unnamed_iranian_official"]


def test_a_noun_after_a_possessive_is_a_subject_not_an_owned_act(x):
    st, *_ = run(x, "Iran's hardliners reject the extradition of Assad. Analysts said it's rejection of the bases "
                    "that unites them.")
    assert "iran" not in st.get("speaker_id", pd.Series(dtype=str)).tolist()  # the hardliners reject, not Iran
    assert "oppose" not in st.loc[st["sent_id"] == 1, "stance"].tolist()  # "it's" owns nothing


def test_handing_over_a_person_or_pulling_out_a_force_is_still_the_issues_act(x):
    st, *_ = run(x, "Officials said Moscow would not hand over the dictator. Officials said Russia would pull out "
                    "its soldiers from the base. Officials said the army handed over power to civilians.")
    assert st.loc[st["sent_id"] < 2, "issue_id"].tolist() == ["assad_extradition", "russian_bases"]
    assert st.loc[st["sent_id"] == 2, "issue_id"].tolist() in ([""], [None])


def test_a_bracketed_place_or_a_state_opening_a_name_is_no_body(x):
    st, _, _, det, _ = run(x, "Omar Khaled (Idlib), a farmer, said prices rose. Israel Ben Ami, a former ambassador, "
                              "said talks failed. Syria's Ministry of Economy and Qatar agreed to rebuild power stations.")
    assert speakers_of(st, 0) == ["khaled"] and det["khaled"].role == ""
    assert det["ami"].aliases[0] == "Israel Ben Ami"
    assert "qatar" in speakers_of(st, 2)  # not swallowed by the ministry's name
    st, *_ = run(x, "Officials in eastern Syria (Jazira) said on Tuesday that the airport must reopen.")
    assert "syria" not in st.get("speaker_id", pd.Series(dtype=str)).tolist()  # a place's other name, no gap


def test_differing_over_an_issue_takes_no_side(x):
    st, *_ = run(x, "Members of the Security Council welcomed early signs of a transition in Syria but differed "
                    "sharply over the pace of sanctions relief. Russian officials said the sides remain divided over "
                    "the lifting of sanctions.")
    assert stance_of(st, "un_security_council", "sanctions_relief") == "neutral"  # differing takes no side
    assert stance_of(st, "unnamed_russian_officials", "sanctions_relief") == "neutral"


def test_a_described_position_is_its_own_clauses_not_the_one_after_but(x):
    st, *_ = run(x, "Moscow seeks closer ties with Damascus but Western capitals want sanctions kept in place.")
    assert "sanctions_relief" not in st.loc[st["speaker_id"] == "russia", "issue_id"].tolist()


def test_a_header_line_with_its_date_is_no_happening_and_a_summary_says_for_its_issuer(x):
    st, _, ev, _, _ = run(x, "Live updates, Wednesday 12 March 2025.\n\nDetails are emerging from the Syrian side. "
                             "According to a summary distributed by the presidency, Iran may keep using the airfield "
                             "for five years.\n", title="t")
    assert ev.get("label", pd.Series(dtype=str)).str.startswith("Live updates").sum() == 0
    _, _, ev, _, _ = run(x, "Talks resume\n\nWritten for the Gulf Policy Centre by its two fellows | Brief 14 | "
                            "March 2025.\n\nTalks resumed.\n")
    assert ev.get("label", pd.Series(dtype=str)).str.contains("|", regex=False).sum() == 0  # a byline line
    assert speakers_of(st, 2) == ["syrian_presidency"]  # the presidency's, not Iran's: the source ends at its comma


def test_a_trigger_dated_by_its_own_date_names_no_other_happening(x):
    _, _, ev, _, _ = run(x, "Earlier this month, judges in Paris issued an arrest warrant against the general over the "
                            "attacks on the town in 2013. The crews left the naval base on Sunday. The ruling had left "
                            "the door open on Monday.", published="2025-11-20")
    assert ev["kind"].tolist() == ["legal", "offensive", "withdrawal", "other"]


def test_nothing_to_add_after_a_question_takes_no_side_on_what_was_asked(x):
    st, *_ = run(x, 'Damascus has asked Moscow to hand over Assad. Asked last Thursday about the Syrian request, '
                    'Peskov said only that Russia had "nothing to add" to its earlier position.')
    assert stance_of(st, "peskov", "assad_extradition") == "neutral"


def test_an_anaphor_echoes_the_issue_next_to_its_noun_the_sentence_before(x):
    st, *_ = run(x, "Oslo welcomed the EU's decision to lift most sanctions on Syria, while warning that the Russian "
                    "bases remained a concern. Spokeswoman Kari Lund said the decision was a welcome signal.")
    assert st.loc[st["speaker_id"] == "lund", "issue_id"].tolist() == ["sanctions_relief"]  # not the bases, last


def test_what_one_says_after_and_said_is_its_own_clause(x):
    st, *_ = run(x, 'Minister Omar Saleh told the panel that Damascus would not repay loans "taken to buy arms," and '
                    'said any vote should wait until Moscow accepted that principle.')
    assert stance_of(st, "saleh", "debts_and_assets") == "oppose"


def test_members_of_a_body_speak_and_a_settled_matter_settles_nothing(x):
    st, *_ = run(x, "Two members of the committee, who asked not to be named, said the debts must be settled first. "
                    "Peskov said Russia regarded the protocol as a settled matter and questions of debt as separate. "
                    "Nobody here wants to lose the wheat, an economist said.")
    assert speakers_of(st, 0) == ["unnamed_committee_members"]  # (the body they sit in names them)
    assert stance_of(st, "peskov", "debts_and_assets") == "neutral"


def test_second_review_cases_each_keep_their_reading(x):
    """Sentences a reviewer wrote against the rules of one round, each with the reading it must keep."""
    _, _, ev, _, _ = run(x, "Putin and Erdogan held a call on Tuesday. The Syrian president called on Moscow on Friday "
                            "to act. The last Russian troops left on Sunday. The decision on Monday left Moscow "
                            "isolated.")
    assert ev["kind"].tolist() == ["call", "other", "withdrawal", "announcement"]
    st, *_ = run(x, "Damascus said Moscow's flat refusal to extradite Assad was regrettable. A Russian diplomat said "
                    "Syria's demand that Moscow would extradite Assad was a provocation. Officials said Moscow would "
                    "hand over Assad and his files. Asked about the request, Peskov said Moscow had refused it "
                    "and had nothing to add.")
    assert stance_of(st, "russia", "assad_extradition") == "oppose"
    assert st.loc[(st["speaker_id"] == "syria") & (st["sent_id"] == 1), "stance"].tolist() == ["support"]
    assert stance_of(st, "unnamed_officials", "assad_extradition") == "support"
    assert stance_of(st, "peskov", "assad_extradition") == "oppose"
    st, _, _, det, _ = run(x, "Omar Kaya (Qatar): Russia will keep its bases in Syria. In Iran Omar Haddad, a trader, "
                              "said prices rose.")
    assert speakers_of(st, 0) == ["kaya"] and det["kaya"].affiliation == "qatar"
    assert det["haddad"].aliases[0] == "Omar Haddad"


def test_left_with_an_object_is_leaving_and_left_by_is_not(x):
    st, *_ = run(x, "A Syrian official said Russian troops left the Hmeimim air base last week. Lavrov said Russia "
                    "has never left its bases in Syria. An Israeli official said Russia should hold on to its bases "
                    "rather than let Turkey fill the vacuum left by the old regime.")
    assert st["stance"].tolist() == ["oppose", "support", "support"]


# a transcript's turns ("Name: ...", "Question: ...") and an interview printed without labels
TRANSCRIPT = ("Press conference of the foreign minister\n\n"
              "Foreign Minister Asaad al-Shaibani took questions from journalists in Damascus on Monday.\n\n"
              "Question: Will Damascus allow Russia to keep the naval base at Tartus?\n\n"
              "Asaad al-Shaibani: We are reviewing this matter with Moscow. No decision has been taken.\n\n"
              "Reporter (Levant TV): The European Union has kept some sanctions in force. Your comment?\n\n"
              "Asaad al-Shaibani: I have said many times that we want the Europeans to lift them.\n")
INTERVIEW = ("An interview with the economy minister\n\n"
             "Economy Minister Yusuf Karimi received us at his office in Damascus.\n\n"
             "Will Russian firms rebuild the power stations?\n\n"
             "We are studying this matter. Offers have come from many countries.\n\n"
             "And the sanctions that remain?\n\n"
             "We want every country to lift them.\n\n"
             "Karimi has led the ministry since the spring.\n")


@pytest.mark.parametrize("text, answers, speaker, no_view, views", [
    (TRANSCRIPT, {3, 4, 7}, "shaibani", {2, 5, 6}, {(3, "russian_bases", "neutral"), (7, "sanctions_relief", "support")}),
    (INTERVIEW, {3, 4, 6}, "karimi", {2, 5, 7}, {(3, "reconstruction", "neutral"), (6, "sanctions_relief", "support")}),
])  # (the interview's last paragraph names its guest: the author speaks of him)
def test_a_turn_is_its_speakers_words_a_question_no_ones_and_an_answer_is_about_the_question(
        x, text, answers, speaker, no_view, views):
    st, *_ = run(x, text)
    rows = st[["sent_id", "speaker_id", "attribution", "issue_id", "stance"]].to_dict("records")
    asked = [r for r in rows if r["sent_id"] in no_view]  # a question is no one's view but its named asker's, on no
    # side ("Reporter (Levant TV): The European Union has kept some sanctions in force.")
    assert {r["sent_id"] for r in rows} >= answers and all(
        r["speaker_id"] == "levant_tv" and r["stance"] in ("", "neutral") for r in asked), rows
    assert {(r["speaker_id"], r["attribution"]) for r in rows if r["sent_id"] in answers} == {
        (speaker, "direct-quote")}, rows
    # an answer naming no issue is about the question's ("this matter", "lift them")
    assert {(r["sent_id"], r["issue_id"], r["stance"]) for r in rows if r["issue_id"]} >= views, rows


def test_a_resident_introduced_by_an_age_or_a_description_is_a_person(x):
    st, _, _, detected, _ = run(x, 'Talks went on. Abu Omar, 61, a baker in Homs, is worried. "We want the Russian '
                                   'wheat to keep coming," he said. Rana, a teacher from Hama, said the Russians '
                                   'should leave Tartus. Yesterday, a diplomat said the talks went well.')
    assert {"abu_omar", "rana"} <= set(detected) and "yesterday" not in detected, set(detected)
    assert speakers_of(st, 2) == ["abu_omar"] and speakers_of(st, 3)[:1] == ["rana"]
    st, _, _, detected, _ = run(x, "Talks went on. Samir Aboud, a 52-year-old fisherman who has worked the port for "
                                   "decades, watched the ships. The Russians keep to themselves now, he said.")
    assert detected["aboud"].role.startswith("52-year-old") and speakers_of(st, 2) == ["aboud"]
    st, _, _, detected, _ = run(x, 'Talks went on. "A frigate came in March," said Fadi, a café owner on the '
                                   'corniche.')
    assert "fadi" in detected and speakers_of(st, 1) == ["fadi"], set(detected)
    # a description that opens on a place; a name that is also a word, after a quotation's verb
    st, _, _, detected, _ = run(x, 'Talks went on. "I want him tried," wrote Hope, an Idlib-based teacher.')
    assert detected["hope"].role == "Idlib-based teacher" and speakers_of(st, 1) == ["hope"], set(detected)


def test_an_act_inside_a_condition_is_no_ones_act_or_speech(x):
    st, *_ = run(x, "Talks went on. Deputy Minister Oleg Surin told reporters on Thursday that the government would "
                    "only sign a new lease if Russia agreed to pay rent and to hand over Bashar al-Assad.")
    assert set(st["speaker_id"]) == {"surin"} and stance_of(st, "surin", "assad_extradition") == "conditional", \
        st[["speaker_id", "issue_id", "stance"]].values.tolist()


def test_it_after_a_body_told_someone_is_the_body_not_the_one_told(x):
    st, *_ = run(x, "Talks went on. Jerusalem has told Washington it would not object to a Russian military presence "
                    "at Tartus.")
    assert st[["speaker_id", "issue_id", "stance"]].values.tolist() == [["israel", "russian_bases", "support"]]


def test_declining_to_comment_on_a_topic_names_the_topic(x):
    st, *_ = run(x, "Moscow has ruled out the extradition of Assad. Dmitry Peskov declined to comment on the lease.")
    assert st.loc[st["sent_id"] == 1, "issue_id"].tolist()[:1] == ["russian_bases"], st[["sent_id", "issue_id"]]


def test_the_council_is_the_council_named_before_and_the_same_each_time(x):
    text = ("Conclusions on Syria\n\nCouncil of the European Union - Press release\n\n"
            "The Council welcomes the lifting of the sanctions on Syria.\n\n"
            "The Council notes the decision of the UN Security Council on the listings.\n\n"
            "The Council calls on Russia to hand over Bashar al-Assad.\n")
    st, *_ = run(x, text)
    assert set(st["speaker_id"]) == {"eu"} and stance_of(st, "eu", "assad_extradition") == "support", \
        st[["sent_id", "speaker_id", "issue_id"]].values.tolist()
    st, *_ = run(x, "Talks went on. The Council calls on Russia to hand over Bashar al-Assad.")
    assert "syria" not in set(st.get("speaker_id", []))  # no council named: none (never the state in context)


def test_a_speech_verbs_word_opening_a_name_is_no_cue(x):
    st, *_ = run(x, "Talks went on. State Duma deputy Oleg Surin told RIA Novosti that Moscow would keep Tartus.")
    assert st[["speaker_id", "via_id", "cue"]].values.tolist()[0] == ["surin", "ria_novosti", "told"]


def test_fighting_to_keep_something_is_wanting_it(x):
    st, *_ = run(x, "Talks went on. The call came as the Kremlin fights to keep its two military bases on the coast.")
    assert stance_of(st, "russia", "russian_bases") == "support"


def test_a_verb_inside_a_question_put_to_the_speaker_is_asked_about_not_told(x):
    st, *_ = run(x, "Talks went on. Asked whether Damascus had requested the handover of Assad, Kremlin spokesman "
                    "Oleg Surin said he had nothing to add.")
    assert st[["speaker_id", "stance"]].values.tolist() == [["surin", "neutral"]]


def test_an_interviews_short_paragraph_that_ends_by_asking_is_a_question(x):
    text = INTERVIEW.replace("And the sanctions that remain?",
                             "Moscow wants to keep Tartus. Will you let it?") + "\nWill you sell it grain?\n\nYes.\n"
    st, *_ = run(x, text)
    rows = st[["sent_id", "speaker_id", "via_id"]].values.tolist()
    assert 5 not in {r[0] for r in rows}, rows  # what the question states first is no answer of his
    assert [r[1] for r in rows if r[0] == 7] == ["karimi"], rows  # the answer after it is still his


def test_an_interviews_guest_is_whom_the_introduction_asks_not_whom_it_names_most(x):
    text = ("Expert Q&A: after the minister's trip\n\n"
            "Syria's trade minister, Yusuf Karimi, went to Moscow last week. Karimi met his Russian counterpart. "
            "We asked Lina Haddad, a fellow at the Levant Institute, to explain.\n\n"
            "What came out of the trip?\n\nLess than hoped. Moscow will keep selling grain.\n\n"
            "Will the bases stay?\n\nProbably, on new terms.\n")
    st, *_ = run(x, text)
    rows = st[["sent_id", "speaker_id"]].values.tolist()
    assert [r[1] for r in rows if r[0] in (5, 6, 8)] == ["haddad"] * 3, rows
    # (or whom it spoke to, named after the person the story is about)
    text = ("Talking money\n\nA year after Bashar al-Assad fled, the debts are unsettled. We spoke to Dr Lina "
            "Haddad, who teaches economics in Beirut.\n\nQ: How much does Syria owe?\n\nA: Nobody knows. Moscow "
            "will keep selling grain.\n\nQ: Will the bases stay?\n\nA: Probably, on new terms.\n")
    st, *_ = run(x, text)
    assert set(st.loc[st["sent_id"] > 3, "speaker_id"]) == {"haddad"}, st[["sent_id", "speaker_id"]].values.tolist()


def test_an_interviews_guest_is_not_whom_the_talk_is_about(x):
    """'He spoke to us about ... the fall of X': X is the topic; the guest is the person the introduction presents
    (named once each, the guest first, known only by a verb of career)."""
    text = ("A former consul on the ferry deal\n\n"
            "Ingrid Halvorsen served as a Norwegian consul in Latakia for a decade. Now retired, she spoke to us "
            "about how Moscow sees the port after the fall of Bashar al-Assad.\n\n"
            "Will the ferries run again?\n\nProbably. Moscow will keep selling grain.\n\n"
            "And the bases?\n\nThey stay, on new terms.\n")
    st, *_ = run(x, text)
    rows = st[["sent_id", "speaker_id"]].values.tolist()
    assert {r[1] for r in rows if r[0] >= 4} == {"halvorsen"}, rows


def test_a_verb_of_career_before_a_post_says_a_name_is_a_person(x):
    _, men, *_ = run(x, "Ingrid Halvorsen served as a Norwegian consul in Latakia for a decade.")
    assert "halvorsen" in set(men["actor_id"])
    _, men, *_ = run(x, "Ingrid Halvorsen served as a warning to the port.")
    assert men.empty or "halvorsen" not in set(men["actor_id"])


def test_asking_a_ministry_for_comment_sets_out_no_interview(x):
    text = ("What the minister's trip means\n\n"
            "Syria's trade minister, Yusuf Karimi, went to Moscow last week. Karimi met his Russian counterpart. "
            "When we asked the ministry for comment, it did not reply.\n\n"
            "What came out of the trip?\n\nMoscow will keep selling grain to Syria.\n\n"
            "Will the bases stay?\n\nRussia wants to keep its bases.\n")
    st, *_ = run(x, text)
    assert "karimi" not in st.loc[st["sent_id"] >= 4, "speaker_id"].tolist(), st[["sent_id", "speaker_id"]]


def test_in_a_turn_others_are_told_of_by_the_speaker_and_the_floor_stays_theirs(x):
    text = ("A talk with the trade minister\n\n"
            "Question: And the Syrian money held in Russian banks?\n\n"
            "Karim Nassar: We have asked for it in writing. The Russian side says the funds must be checked. "
            "We are patient, as long as the checks do not become a permanent answer.\n")
    st, *_ = run(x, text)
    rows = st[["sent_id", "speaker_id", "via_id", "issue_id", "stance"]].values.tolist()
    assert [r[1:3] for r in rows if r[1] == "russia"] == [["russia", "nassar"]]  # relayed by the one speaking
    # the answer's last sentence is his, on the question's matter, with its condition
    assert [4, "nassar", "levant_wire", "debts_and_assets", "conditional"] in rows


def test_an_interview_whose_questions_alone_are_labelled_gives_the_answers_to_its_guest(x):
    text = ("Trade minister: Moscow is a customer, not a patron\n\n"
            "Trade Minister Yusuf Karimi says Syria will buy grain wherever it is cheapest.\n\n"
            "Q: Will Russian firms rebuild the power stations?\n\n"
            "We are studying offers from many countries.\n\n"
            "Q: The Caesar Act is gone. What about the sanctions that remain?\n\n"
            "We want every country to lift them. Our banks cannot wait.\n\n"
            "Q: And the wheat?\n\nWe buy it where it is cheapest.\n")
    st, *_ = run(x, text)
    rows = st[["sent_id", "speaker_id", "issue_id"]].values.tolist()
    assert [r[1] for r in rows if r[0] in (3, 6, 7, 9)] == ["karimi"] * 4, rows  # the unlabelled answers are his
    assert not [r for r in rows if r[0] in (2, 4, 5, 8)], rows  # the labelled questions are no one's view
    assert [6, "karimi", "sanctions_relief"] in rows  # (three labels make it a transcript: its labels only ask)


def test_a_nested_act_whose_words_are_quoted_is_still_its_subjects(x):
    st, *_ = run(x, 'Talks went on. A Turkish diplomat said Ankara had "no objection" to a Russian presence at Hmeimim '
                    '"as long as it poses no threat".')
    rows = st[["speaker_id", "via_id", "issue_id", "stance"]].values.tolist()
    assert ["turkey", "unnamed_turkish_diplomat", "russian_bases", "conditional"] in rows, rows


def test_the_object_of_a_gerund_acts_in_nothing(x):
    st, *_ = run(x, "Talks went on. Ivan Orlov, the Russian envoy, said that extraditing Assad was out of the question.")
    rows = st[["speaker_id", "issue_id", "stance"]].values.tolist()
    assert rows == [["orlov", "assad_extradition", "oppose"]], rows


@pytest.mark.parametrize("sentence, actor", [
    ("Lavrov said that during the meeting Damascus asked Russia to keep the Hmeimim air base.", "syria"),
    ("Lavrov said that on Sunday evening Russia agreed to leave the Hmeimim air base.", "russia"),
])
def test_a_noun_in_ing_before_a_name_is_no_gerund(x, sentence, actor):  # (guards from the review)
    st, *_ = run(x, "Talks went on. " + sentence)
    assert actor in set(st["speaker_id"]), st[["speaker_id", "cue"]].values.tolist()


def test_an_unnamed_newspaper_relays_what_it_reports(x):
    st, *_ = run(x, "Talks went on. Damascus has asked Moscow to keep its troops at the Hmeimim air base, "
                    "a Russian newspaper has reported.")
    rows = st[["speaker_id", "via_id", "stance"]].values.tolist()
    assert ["syria", "unnamed_russian_newspaper", "support"] in rows, rows
    assert ["unnamed_russian_newspaper", "levant_wire", "neutral"] in rows, rows  # (a channel: no side of its own)


@pytest.mark.parametrize("sentence, speaker", [
    ("The Kremlin has not publicly commented on the Hmeimim air base.", "russia"),  # (a guard: passed before)
    ("Israeli officials have so far refused to respond to questions about the Hmeimim air base.",
     "unnamed_israeli_officials"),
])
def test_not_commenting_and_refusing_to_respond_are_silence(x, sentence, speaker):
    st, *_ = run(x, "Talks went on. " + sentence)
    assert st[["speaker_id", "attribution", "stance"]].values.tolist() == [[speaker, "reported", "neutral"]]


def test_the_unnamed_official_quoted_before_who_would_not_comment_speaks(x):
    st, *_ = run(x, "A Russian official said the talks on the Hmeimim air base went on. The official would not comment "
                    "on the Tartus naval base.")
    assert st[st["sent_id"] == 1]["speaker_id"].tolist() == ["unnamed_russian_official"]


def test_the_unnamed_official_quoted_before_who_declines_to_say_speaks(x):
    st, *_ = run(x, "A Syrian official told reporters that the talks on the Hmeimim air base went on. "
                    "The official declined to say whether a draft had been exchanged.")
    assert st[st["sent_id"] == 1][["speaker_id", "cue"]].values.tolist() == [
        ["unnamed_syrian_official", "declined to say"]]


def test_floating_an_idea_is_saying_it(x):
    st, *_ = run(x, "Talks went on. Sergey Lavrov has floated using the Russian air base as a hub for aid to Africa.")
    assert st[["speaker_id", "issue_id", "stance"]].values.tolist() == [["lavrov", "russian_bases", "support"]]


@pytest.mark.parametrize("sentence, cue", [
    ("Ivan Orlov declined to comment on whether Russia would keep the Hmeimim air base.", "declined to comment"),
    ("Ivan Orlov declined to speculate about the Hmeimim air base.", "declined to speculate"),
])
def test_a_new_person_who_declines_to_say_is_found_and_takes_no_side(x, sentence, cue):
    st, *_ = run(x, "Talks went on. " + sentence)
    assert st[["speaker_id", "cue", "stance"]].values.tolist() == [["orlov", cue, "neutral"]]


@pytest.mark.parametrize("sentence, holder", [
    ("Al-Sharaa's delegation reportedly sought the resumption of Russian wheat supplies.", "sharaa"),
    ("Syria's trade minister reportedly sought the resumption of Russian wheat supplies.", "syria"),
])
def test_an_adverb_between_a_subject_and_its_want_keeps_the_want_its_own(x, sentence, holder):
    st, *_ = run(x, "Talks went on. " + sentence)
    assert st[["speaker_id", "attribution", "issue_id", "stance"]].values.tolist() == [
        [holder, "described", "reconstruction", "support"]]


@pytest.mark.parametrize("word, adverb", [
    ("reportedly", True), ("publicly", True), ("happily", True), ("basically", True),
    ("ally", False), ("family", False), ("assembly", False), ("supply", False), ("Italy", False),
])
def test_an_adverb_in_ly_is_made_from_a_word(word, adverb):
    assert is_adverb(word) is adverb


def test_an_adverb_between_a_person_and_his_verb_keeps_him_the_speaker(x):
    st, *_ = run(x, "Talks went on. Dmitry Peskov basically said there was nothing new on the Hmeimim air base.")
    assert st["speaker_id"].tolist() == ["peskov"]


def test_a_noun_in_ly_is_no_adverb(x):
    st, *_ = run(x, "Talks went on. Syria's closest ally sought the resumption of Russian wheat supplies.")
    assert st.empty or "syria" not in set(st["speaker_id"])  # (the ally seeks, not Syria)


def test_an_acquaintance_is_an_unnamed_source_and_an_orientalist_a_title(x):
    st, _, _, actors, _ = run(x, "Talks went on. An acquaintance of the family told the agency that the Hmeimim air "
                                 "base was closed to him. Orientalist Yevgeny Korshunov believes the Kremlin will keep "
                                 "the Hmeimim air base.")
    assert st["speaker_id"].tolist() == ["unnamed_family_acquaintance", "korshunov"]  # (a family: where it sits)
    assert (actors["korshunov"].name, actors["korshunov"].role) == ("Yevgeny Korshunov", "Orientalist")


def test_he_said_after_an_unnamed_source_relayed_an_act_is_that_source(x):
    st, *_ = run(x, "Minister Oleg Varnavin flew to Damascus in January. According to a Russian diplomat who knows "
                    "the file, the Syrian side raised the Hmeimim air base. The delegation, he said, had no mandate "
                    "to discuss it.")
    assert st[st["sent_id"] == 2]["speaker_id"].tolist() == ["unnamed_russian_diplomat"]


def test_a_medium_s_unnamed_source_is_relayed_by_that_medium(x):
    st, *_ = run(x, "Traders told Kommersant that payments were the obstacle. A Reuters source said the Russian firm "
                    "would leave the port of Tartus. A Kommersant source close to the firm said the same. Kommersant's "
                    "sources said staff had left.")
    assert st[["sent_id", "speaker_id", "via_id"]].values.tolist() == [
        [0, "unnamed_traders", "kommersant"], [1, "unnamed_source", "reuters"], [2, "unnamed_source", "kommersant"],
        [3, "unnamed_sources", "kommersant"]]


@pytest.mark.parametrize("sentence, speaker", [
    ("Rami Haddad, the U.S. envoy, said the Russian bases must close.", "haddad"),
    ("Foreign Minister Andrii Sybiha, who visited Damascus Dec. 30, says the Russian bases must close.", "sybiha"),
])
def test_an_abbreviations_period_ends_no_apposition(x, sentence, speaker):
    st, *_ = run(x, "Talks went on. " + sentence)
    assert st["speaker_id"].tolist() == [speaker]


def test_a_short_name_ending_a_sentence_is_no_abbreviation(x):  # (a guard from the review)
    _, _, _, actors, _ = run(x, "Talks went on. We spoke to Omar Haddad, a diplomat posted to Iran. Russian officials "
                                "say Moscow will keep the Hmeimim air base.")
    assert (actors["haddad"].role, actors["haddad"].affiliation) == ("diplomat posted to Iran", "")


def test_a_nested_refusal_with_its_own_no_is_not_a_doubt(x):
    st, *_ = run(x, "Talks went on. Ivan Orlov said Moscow had no intention of leaving the Hmeimim air base.")
    assert [r for r in st[["speaker_id", "stance"]].values.tolist() if r[0] == "russia"] == [["russia", "support"]]


def test_a_timeline_entry_opens_on_its_date_then_its_subject(x):
    st, *_ = run(x, "May 20, 2025 — Donald Trump said sanctions would be lifted.\n\n"
                    "July 31, 2025 — Foreign Minister Asaad al-Shaibani visits Moscow, the first such trip.\n\n"
                    "He tells Sergei Lavrov that Damascus wants Russia to keep the Hmeimim air base.")
    assert st[st["sent_id"] == 2]["speaker_id"].tolist()[0] == "shaibani"  # (not the last one who spoke)


def test_an_official_in_a_governorate_is_an_unnamed_source(x):
    st, *_ = run(x, 'Talks went on. "Nothing has been decided on the Hmeimim air base," said an official in the '
                    'Latakia governorate.')
    assert st["speaker_id"].tolist() == ["unnamed_latakia_governorate_official"]


def test_a_named_resident_with_an_age_and_a_trade_is_a_person_she_refers_to(x):
    st, *_ = run(x, 'Talks went on. Rima Saleh, a 34-year-old pharmacist from a nearby village, spent four nights '
                    'inside the Hmeimim air base last March. "I am not grateful to Russia for the war," she said.')
    assert st["speaker_id"].tolist() == ["saleh"]


@pytest.mark.parametrize("opening", [
    "On Oct. 15, President Omar Haddad, whose fighters were bombed from the airfield, sat down with Vladimir Putin.",
    "A year after Bashar al-Assad fled, President Omar Haddad sat down with Vladimir Putin.",
])
def test_he_is_the_subject_of_the_sentence_before_not_a_name_in_its_opening_phrase(x, opening):
    st, *_ = run(x, "Talks went on. " + opening + " He told Mr. Putin that Syria would honour the agreements.")
    assert st["speaker_id"].tolist()[0] == "haddad"


def test_a_hyphenated_qualifier_before_a_medium_keeps_it_the_relay(x):
    st, *_ = run(x, "Talks went on. Customs chief Riad Joudy told the semi-official daily Al-Watan that the Tartus "
                    "port contract had been cancelled.")
    assert set(st["via_id"]) == {"al_watan"}


def test_a_relative_clause_and_a_participle_may_stand_between_a_source_and_its_verb(x):
    st, *_ = run(x, "Talks went on. A Russian shipping executive who charters for state customers, speaking on "
                    "condition of anonymity, said Moscow would keep the Hmeimim air base.")
    assert st[["speaker_id", "cue"]].values.tolist() == [["unnamed_executive", "said"]]  # ("state" is no verb there)


def test_the_state_before_a_medium_s_noun_is_no_reference_to_a_state(x):
    st, *_ = run(x, "Talks went on. Russian Deputy Defence Minister Oleg Varnavin told the state news agency RIA Novosti "
                    "that Moscow would keep the Hmeimim air base.")
    assert st[["speaker_id", "via_id"]].values.tolist() == [["varnavin", "ria_novosti"]]


def test_a_medium_s_unnamed_source_after_the_verb_speaks_and_the_medium_relays(x):
    st, *_ = run(x, 'A source told Meduza that talks went on. Al-Sharaa promised to respect the agreements. '
                    '"Nobody has touched the Hmeimim air base, and that suits us," said Meduza\'s interlocutor.')
    assert st[st["sent_id"] == 2][["speaker_id", "via_id"]].values.tolist() == [["unnamed_interlocutor", "meduza"]]


def test_a_detected_medium_s_name_is_found_again_only_as_written(x):
    _, mentions, *_ = run(x, "Talks went on. A source told The National that talks went on. The national army wants "
                             "Russia to leave the Hmeimim air base.")
    assert mentions[mentions["actor_id"] == "national"]["surface"].tolist() == ["The National"]


@pytest.mark.parametrize("opening", ["In the summer", "Last summer"])
def test_a_season_before_coordinated_subjects_is_no_verb_and_their_verb_no_act_they_tell_of(x, opening):
    st, *_ = run(x, f"Talks went on. {opening} Moscow and Damascus agreed to review the agreements.")
    assert st[["speaker_id", "issue_id", "stance"]].values.tolist() == [
        ["russia", "agreements_renegotiation", "support"], ["syria", "agreements_renegotiation", "support"]]


def test_an_adverb_after_a_name_in_apposition_keeps_it_the_speaker(x):
    st, *_ = run(x, "Talks went on. The Kremlin spokesman, Dmitry Peskov, merely said that the question of the "
                    "Hmeimim air base was being discussed.")
    assert st["speaker_id"].tolist() == ["peskov"]



@pytest.mark.parametrize("post", ["permanent representative", "top diplomat"])
def test_a_post_held_in_apposition_makes_its_holder_the_one_he_stands_for(x, post):
    # a sentence with no speech verb whose subject is a post and its holder's name leaves "he" to the holder, not to
    # the state that spoke before
    st, *_ = run(x, f"The Council met on Monday. Brazil's delegate said the vote was welcome. Italy's {post}, Marco "
                    "Rossi, abstained. The text, he said, ignored the refugees.")
    assert speakers_of(st, st["sent_id"].max()) == ["rossi"]


def test_a_bodys_post_before_its_holders_name_is_no_unnamed_source(x):
    # translated word for word: the post, its body, then the holder's name, with no comma
    st, *_ = run(x, "Talks went on. On Friday the official representative of the MFA Anna Nowak confirmed that the "
                    "convoy had left. A source close to Anna Nowak said it had reached the coast.")
    assert speakers_of(st, 1) == ["nowak"]
    assert speakers_of(st, 2) == ["unnamed_source"]  # one close to her is not she


def test_in_his_words_is_not_the_woman_who_spoke_last(x):
    st, *_ = run(x, "Talks went on. Maria Zakharova confirmed that the convoy had left. The pullout, in his words, "
                    "was orderly. The pullout, in her words, was orderly.")
    assert "zakharova" not in speakers_of(st, 2) and speakers_of(st, 3) == ["zakharova"]


@pytest.mark.parametrize("sentence, speaks", [
    ("Sergei Lavrov made no secret that the talks had been hard.", True),
    ("Sergei Lavrov spoke of hard talks.", True),
    ("Sergei Lavrov did not hide the papers from the auditors.", False),  # hiding a thing is no saying
    ("Sergei Lavrov spoke at the forum in the morning.", False),
    ("Sergei Lavrov credited Ankara with a constructive role in the ceasefire.", True),  # (crediting is saying)
])
def test_saying_without_a_speech_verb(x, sentence, speaks):
    st, *_ = run(x, "Talks went on. " + sentence)
    assert speakers_of(st, 1) == (["lavrov"] if speaks else [])


def test_he_after_a_question_about_someone_is_the_one_asked(x):
    st, *_ = run(x, "Dmitry Peskov briefed reporters on Friday. Asked whether Asaad al-Shaibani had raised the port "
                    "contract, he said the talks were private.")
    assert speakers_of(st, 1) == ["peskov"]


@pytest.mark.parametrize("name, body", [
    ("the Central Bank of Syria", "syrian_central_bank"),
    ("the Ministry of Foreign Affairs of the Russian Federation", "russian_foreign_ministry"),
    ("the Defence Ministry of Turkey", "turkish_defence_ministry"),
])
def test_a_body_named_after_its_state_is_that_states_body(x, name, body):
    st, m, *_ = run(x, f"Talks went on. On Monday {name} said the payments had resumed.")
    assert speakers_of(st, 1) == [body]


def test_a_body_inside_a_title_before_a_name_is_no_speaker(x):
    st, m, *_ = run(x, "Talks went on. The Spokeswoman of the Ministry of Foreign Affairs of Russia Maria Zakharova "
                       "said payments had resumed.")
    assert speakers_of(st, 1) == ["zakharova"] and "russian_foreign_ministry" not in set(m["actor_id"])


@pytest.mark.parametrize("phrase", ["the Syrian state news agency", "Syria's official news agency"])
def test_a_state_agency_described_is_the_agency_the_codebook_knows(x, phrase):
    st, *_ = run(x, f"Talks went on. The convoy left on Monday, {phrase} said.")
    assert speakers_of(st, 1) == ["sana"]


@pytest.mark.parametrize("name", ["The Syrian presidency", "The Presidency of the Syrian Arab Republic"])
def test_a_states_presidency_is_a_body_of_its_own(x, name):
    st, *_ = run(x, f"Talks went on. {name} said the call had been warm. The presidency added that talks would go on.")
    assert speakers_of(st, 1) == speakers_of(st, 2) == ["syrian_presidency"]


@pytest.mark.parametrize("owner", ["Putin's", "Putin's own"])
def test_a_leaders_government_is_the_state_he_leads(x, owner):
    st, *_ = run(x, f"Talks went on. {owner} government said in May that the port deal stood.")
    assert speakers_of(st, 1) == ["russia"]


@pytest.mark.parametrize("source", ["A member of the Kurdish security forces guarding the depot",
                                    "A member of the presidential staff", "Two officers of the border police"])
def test_an_unnamed_member_of_a_force_or_staff_speaks(x, source):
    st, *_ = run(x, f"Talks went on. {source} said the last convoy had left.")
    assert len(speakers_of(st, 1)) == 1 and speakers_of(st, 1)[0].startswith("unnamed_")


@pytest.mark.parametrize("text, sent, speakers", [
    # (a reviewer's sentences for this round's rules: each was misread by one of them)
    ("Talks went on. The aides of the Russian President Vladimir Putin said the bases would stay.", 1,
     ["unnamed_aides"]),  # (a plural post before a name is no post of the one named)
    ("Peskov spoke on Monday. Asked about the bases on his return from Moscow Ahmed al-Sharaa said nothing, but later "
     "he told Al Jazeera they could stay.", 1, ["sharaa"]),  # (the one asked answers, the question's comma missing)
    ("Talks went on. Putin could not hide that he was irritated by the question about Assad's extradition.", 1, []),
    ("Talks went on. Moscow did not hide that withdrawal from Tartus: state television filmed the ships leaving.", 1,
     []),  # (hiding nothing is no saying)
    ("Kommersant reported on Monday that al-Sharaa had sent a letter to Putin. The letter was handed over in Moscow. "
     "\"Syria values its friendship with Russia,\" it said.", 2, []),  # (the letter's words, not the medium's)
    ("Peskov's comments came a day after a visit to Moscow by Asaad al-Shaibani, during which he said the old "
     "contracts would be reviewed.", 0, ["shaibani"]),  # (the visitor, not the one whose comments)
    ("Talks went on. Putin's own military commanders said the withdrawal was a mistake.", 1,
     ["unnamed_military_commanders"]),
    ("Talks went on. Syrian activist Omar Alshogre (over 500,000 followers) said the naval base must close.", 1,
     ["alshogre"]),  # (a person with his audience, no medium)
    # (a second reviewer's sentences)
    ("Talks went on. The Kremlin published a readout of Putin's call with Sharaa, during which he said Russia would "
     "respect the choice of the Syrian people.", 1, ["putin"]),  # (the owner of the call)
    ("Talks went on. Putin's government wants to keep the naval base.", 1, ["russia"]),
    ("Talks went on. Paul Port, a Syria analyst at the Carnegie Middle East Center, said Moscow would keep its bases.",
     1, ["port"]),  # (a surname that is a place's word)
])
def test_reviewed_misreadings_of_speakers(x, text, sent, speakers):
    st, *_ = run(x, text)
    assert sorted(set(speakers_of(st, sent))) == speakers


@pytest.mark.parametrize("text", [
    "The delegation was received at Mouhajireen Palace, the president's official residence in the old quarter of "
    "Damascus where foreign guests have been received for decades, on Tuesday.",
    "Hama Central Prison, the director of which was arrested by the new authorities in January after survivors "
    "described years of torture inside it, reopened.",
])
def test_a_place_with_a_long_description_is_no_person(x, text):
    *_, found, _ = run(x, text)
    assert not [a for a in found.values() if a.type == "person"], {a: d.type for a, d in found.items()}


@pytest.mark.parametrize("clause, said", [
    ("Deputy Foreign Minister Mikhail Bogdanov met the president and", "bogdanov"),  # (a person opens the clause)
    ("the Russian delegation arrived on Tuesday and", "interfax"),  # (no one named: the source's, as before)
])
def test_a_verb_coordinated_after_a_sources_frame(x, clause, said):
    st, *_ = run(x, f"Talks went on. According to Interfax, {clause} said the naval base would stay.")
    assert st.loc[st["cue"] == "said", "speaker_id"].tolist() == [said]


def test_the_two_ministers_are_the_ministers_not_the_president_named_since(x):
    st, *_ = run(x, "Asaad al-Shaibani met Sergei Lavrov in Moscow on Thursday and was later received by Vladimir "
                    "Putin. The two ministers said the old agreements would be reviewed.")
    assert sorted(speakers_of(st, st["sent_id"].max())) == ["lavrov", "shaibani"]


@pytest.mark.parametrize("opener", ["When Assad fell", "Since Assad fled to Moscow"])
def test_he_after_an_opening_clause_about_someone_else_is_the_one_who_spoke(x, opener):
    # (a rule that took the opening clause's subject for "he" was reverted: "When Assad fell, he was in Doha")
    st, *_ = run(x, f"Sergei Lavrov spoke in Moscow on Monday. {opener}, he was in Doha for a forum. The change, he "
                    "said, was a matter for Syrians.")
    assert speakers_of(st, st["sent_id"].max()) == ["lavrov"]

@pytest.mark.parametrize("sentence, speaker, via, stance", [
    ("A diplomat told Rudaw that talks went on. A Russian diplomat in Damascus, asked by Rudaw on Monday about the "
     'airport, said only that "all questions about the Hmeimim air base are being discussed."',
     "unnamed_russian_damascus_diplomat", "rudaw", "neutral"),
    ("Talks went on. Sergei Lavrov, asked by a correspondent, said Moscow would keep the Hmeimim air base.", "lavrov",
     "levant_wire", "support"),
])
def test_who_asks_the_speaker_is_no_speaker_and_a_medium_that_asks_relays(x, sentence, speaker, via, stance):
    st, *_ = run(x, sentence)
    last = st[st["sent_id"] == st["sent_id"].max()]
    assert last[["speaker_id", "via_id", "stance"]].values.tolist() == [[speaker, via, stance]]


@pytest.mark.parametrize("sentence, speaker", [
    ("The Russian embassy had not replied by the time of publication about the Hmeimim air base.", "russian_embassy"),
    ("According to our information, confirmed by a Syrian source, Damascus asked that Assad be handed over.",
     "unnamed_syrian_source"),
])
def test_a_verb_before_by_that_is_no_question_put_keeps_its_speaker(x, sentence, speaker):  # (from the trial diff)
    st, *_ = run(x, "Talks went on. " + sentence)
    assert speaker in set(st["speaker_id"])


def test_an_explainers_question_headings_are_no_interview(x):
    st, *_ = run(x, INTERVIEW.replace("An interview with the economy minister", "What next for the ports"))
    assert st.empty or "direct-quote" not in set(st["attribution"])  # no one was asked anything


def test_the_official_quoted_again_after_the_verb_is_the_unnamed_official_and_anonymity_is_no_speech(x):
    st, *_ = run(x, 'A Turkish official told the agency that the convoy left. "We want the fuel now," said the '
                    'official, who requested anonymity because he was not authorised to speak to the press.')
    second = st[st["sent_id"] == 1]
    assert set(second["speaker_id"]) == {"unnamed_turkish_official"}
    assert set(second["attribution"]) == {"direct-quote"}


@pytest.mark.parametrize("sentence, speaker", [
    ("Damascus wants the ports back, a source who asked not to be named said.", "unnamed_source"),
    ("Damascus wants the ports back, officials who attended the meeting said.", "unnamed_officials"),
])
def test_a_source_with_a_relative_clause_before_its_verb_speaks(x, sentence, speaker):
    st, *_ = run(x, sentence)
    assert speaker in set(st["speaker_id"]) and not (set(st["speaker_id"]) - {speaker, "syria"})


def test_a_name_after_a_verb_in_mid_clause_is_its_object_not_its_speaker(x):
    st, *_ = run(x, "The governor asked the Russians to leave the port by spring.")
    assert st.empty or "russia" not in set(st["speaker_id"])
    st, *_ = run(x, '"The port stays open," added the Russians in a note.')
    assert set(st["speaker_id"]) == {"russia"}


def test_a_states_unnamed_title_holder_speaks_for_the_state(x):
    st, *_ = run(x, "Russia's deputy defence minister told reporters the ships would stay at the base.")
    assert stance_of(st, "russia", "russian_bases") == "support"


def test_an_unknown_name_that_reports_is_a_medium_relaying_the_position_of_its_clauses_subject(x):
    st, *_ = run(x, "Wind rose. Meduzex has reported that Moscow is close to a deal to keep its navy at the "
                    "port in return for training.")
    row = st[st["speaker_id"] == "russia"]
    assert set(row["via_id"]) == {"meduzex"} and set(st.loc[st["speaker_id"] == "meduzex", "issue_id"]) <= {""}
    st, *_ = run(x, "Officials reported that Moscow is close to a deal.")
    assert "officials" not in set(st["speaker_id"]) and "officials" not in set(st["via_id"])


@pytest.mark.parametrize("sentence, speaker", [
    ("The port will stay open, a source close to the Russian Defence Ministry told the agency.", "unnamed_source"),
    ("The port will stay open, a person familiar with the matter said.", "unnamed_person_familiar"),
])
def test_a_source_close_to_a_body_is_an_unnamed_source_not_the_body(x, sentence, speaker):
    st, *_ = run(x, sentence)
    assert set(st["speaker_id"]) == {speaker}


@pytest.mark.parametrize("sentence, speaker", [
    ('"The ferry will sail," an official familiar with the second round of talks said.', "unnamed_official"),
    ('"The ferry will sail," an aide involved in planning the governor\'s tour of Oslo told reporters.',
     "unnamed_aide"),
    ('"The ferry will sail," an aide involved in the visit to Oslo said on Friday.', "unnamed_aide"),
])
def test_the_matter_an_unnamed_source_knows_of_may_run_on_up_to_its_verb(x, sentence, speaker):
    st, *_ = run(x, sentence)
    assert list(st["speaker_id"]) == [speaker]


@pytest.mark.parametrize("sentence", [
    "The ferry will sail on Monday, according to Moscow.",
    "According to the Kremlin, the ferry will sail on Monday.",
])
def test_a_state_named_by_its_capital_after_according_to_is_a_source_not_a_place(x, sentence):
    st, *_ = run(x, sentence)
    assert list(st["speaker_id"]) == ["russia"]


def test_a_demonym_that_is_also_a_kind_of_source_is_named_once_in_its_id(x):
    st, *_ = run(x, "A European diplomat said the aid convoys would resume.")
    assert set(st["speaker_id"]) == {"unnamed_european_diplomat"}


def test_an_interlocutor_of_the_paper_is_an_unnamed_channel(x):
    st, *_ = run(x, "According to the paper's interlocutor, Damascus wants the Russians to stay at the port.")
    assert "unnamed_interlocutor" in set(st["speaker_id"])


@pytest.mark.parametrize("sentence, stance", [
    ("Damascus wants the Russian bases closed.", "oppose"),
    ("Damascus wants the Russian bases closed and the soldiers gone.", "oppose"),
    ("Damascus wants the Russian bases kept as they are.", "support"),
])
def test_a_participle_after_a_wanted_object_is_what_is_wanted_done(x, sentence, stance):
    st, *_ = run(x, sentence)
    assert stance_of(st, "syria", "russian_bases") == stance


def test_a_closing_source_followed_by_a_time_and_a_trailing_clause_still_closes_the_view(x):
    st, *_ = run(x, "Damascus has asked Moscow to send more grain, a Syrian official told the agency on Friday, as "
                    "the two governments haggle over the future of the ports.")
    assert set(st.loc[st["speaker_id"] == "syria", "via_id"]) == {"unnamed_syrian_official"}
    assert set(st.loc[st["speaker_id"] == "unnamed_syrian_official", "via_id"]) != {"syria"}


def test_coordinated_actors_in_a_sources_view_are_both_relayed_by_the_source(x):
    st, *_ = run(x, "Turkey and Syria have agreed to reopen the border crossing, a diplomatic source said.")
    assert set(st.loc[st["speaker_id"].isin(["turkey", "syria"]), "via_id"]) == {"unnamed_diplomatic_source"}


def test_an_ing_clause_after_the_frame_and_its_time_is_the_speakers_view_too(x):
    st, *_ = run(x, "The ports were discussed at the talks, the Kremlin said on Friday, while insisting that the "
                    "extradition of Assad did not come up.")
    assert "assad_extradition" in set(st.loc[st["speaker_id"] == "russia", "issue_id"])


def test_a_number_with_thousands_separators_is_one_token():
    from srbrief.extract.lexicon import tokens
    assert [t.text for t in tokens("It moved 25,000 tonnes, then 3, 4 and 1.5 more.")] == [
        "It", "moved", "25,000", "tonnes", ",", "then", "3", ",", "4", "and", "1.5", "more", "."]


def test_the_verb_deal_with_is_no_deal(x):
    st, *_ = run(x, "A Syrian envoy said the naval file would be dealt with in line with national sovereignty.")
    assert "agreements_renegotiation" not in set(st["issue_id"])
    st, *_ = run(x, "A Syrian envoy said the new deal would be revised.")
    assert "agreements_renegotiation" in set(st["issue_id"])


def test_an_act_word_inside_a_phrase_that_leaves_the_matter_open_is_no_act(x):
    # "remain" keeps the bases; "remain open" keeps the question open
    assert stances_on(x, "Two envoys warned that the quarrels, about the naval base and the grain payments, "
                         "remain open.", "russian_bases") == ["neutral"]
    assert stances_on(x, "Diplomats said the naval base would remain.", "russian_bases") == ["support"]


def test_a_demand_reaches_over_its_object_to_the_act_asked(x):
    assert stances_on(x, "Talks went on. Brussels urged the interim authorities to push the Russian troops out.",
                      "russian_bases") == ["oppose"]
    assert stances_on(x, "Talks went on. Moscow asked the government in Damascus to let it keep the naval base.",
                      "russian_bases") == ["support"]


def test_a_capitalised_word_inside_a_name_is_no_cue(x):
    # "Press" in a name is no demand that would outweigh the act
    assert stances_on(x, "Talks went on. A Syrian official told the Free Press that Moscow would reduce its naval "
                         "presence.", "russian_bases") == ["oppose"]


def test_telling_what_another_actor_did_takes_no_side(x):
    st, *_ = run(x, "Talks went on. A Kurdish official said the Russians began to dismantle the airfield on Monday.")
    assert st.loc[st["issue_id"] == "russian_bases", "stance"].tolist() == ["neutral"]
    # what the speaker's own side did, or may do, is its position
    st, *_ = run(x, "Talks went on. Lavrov said Russia would keep the airfield.")
    assert stance_of(st, "lavrov", "russian_bases") == "support"
    # the one an act is done to, named right before its participle, did not do it ("wants X extradited")
    st, *_ = run(x, "Talks went on. The Syrian government said it wants Bashar al-Assad extradited.")
    assert stance_of(st, "syria", "assad_extradition") == "support"
    # (but "had been" between them tells what was done to him)
    st, *_ = run(x, "Talks went on. Erdogan said Assad had been granted asylum in Moscow.")
    assert st.loc[st["issue_id"] == "assad_extradition", "stance"].tolist() == ["neutral"]


def test_they_after_a_plural_speaker_is_the_speaker(x):
    st, *_ = run(x, "A port official said the ship had sailed. Syrian officials said they had not ruled out a "
                    "smaller Russian presence, provided it served Syrian interests.")
    rows = st[st["sent_id"] == 1][["speaker_id", "stance"]].values.tolist()
    assert rows == [["unnamed_syrian_officials", "conditional"]]


def test_a_hyphen_between_spaces_is_a_dash_that_ends_a_clause(x):
    _, _, ev, _, _ = run(x, "Envoy Oleg Varnavin held talks in Damascus on Tuesday - the first such contact since "
                            "the former president fled on Dec. 8.", published="2025-01-30")
    assert ev["kind"].tolist()[-1] == "flight" and "flight" not in ev["kind"].tolist()[:-1]


def test_the_title_with_a_one_word_state_name_is_the_person_who_holds_it(x):
    st, *_ = run(x, "Kremlin spokesman Dmitry Peskov told journalists the talks went well. Later, the Kremlin "
                    "spokesman stressed that the naval base would stay.")
    assert speakers_of(st, 1) == ["peskov"]


def test_answering_a_question_about_an_issue_puts_the_answer_on_it(x):
    st, *_ = run(x, "Talks went on. \u201cI have nothing to add,\u201d the minister Sergey Lavrov said, answering a "
                    "question about whether Damascus had requested the former president's extradition.")
    assert st[["speaker_id", "issue_id", "stance"]].values.tolist() == [["lavrov", "assad_extradition", "neutral"]]


def test_a_keyword_with_a_gap_takes_words_inside_it(x):
    # "intergovernmental ~ commission": also "the intergovernmental Russian-Iraqi commission"
    st, *_ = run(x, "Talks went on. Moscow said it would revive the intergovernmental Russian-Iraqi commission.")
    assert "reconstruction" in set(st["issue_id"])


def test_a_translated_verb_first_frame_after_a_discourse_opener_governs_what_follows(x):
    # "In this regard, <verb> <speaker> that ...": the opener is no view of the speaker's; an honorific is no name
    st, _, _, new, _ = run(x, "Talks went on. In this regard, explained the political researcher Dr. Karim Haddad, "
                              "in remarks to our newspaper, that Moscow wants to keep the naval base.")
    assert "haddad" in new and new["haddad"].name == "Karim Haddad"
    assert stance_of(st, "haddad", "russian_bases") == "support"


def test_a_source_in_a_body_named_with_of_is_the_source_not_the_body(x):
    st, *_ = run(x, "Talks went on. A source in the Ministry of Economy and Trade said the old debts would be "
                    "written off.")
    assert st["speaker_id"].tolist() == ["unnamed_source"]


def test_a_described_position_in_a_clause_of_its_own_is_read_in_that_clause(x):
    st, *_ = run(x, "Talks went on. The embargo on Caracas was eased in May, and China and Iran are ready to supply "
                    "wheat.")
    rows = st[st["sent_id"] == 1][["speaker_id", "issue_id"]].values.tolist()
    assert sorted(rows) == [["china", "reconstruction"], ["iran", "reconstruction"]]


def test_a_quotation_introduced_by_a_colon_is_the_subjects(x):
    st, *_ = run(x, "\u201cTrade will grow,\u201d said Yuri Volkov, an economist. Lina Haddour, a Beirut-based analyst, "
                    "was blunter: \u201cThe ousted ruler stays in Moscow. His extradition is simply not on the table.\u201d")
    assert set(st[st["sent_id"] > 0]["speaker_id"]) == {"haddour"}
    assert stance_of(st, "haddour", "assad_extradition") == "oppose"
    # a headline's colon is no frame
    st, *_ = run(x, "Talks went on. Al-Sharaa in Moscow: \u201cWe respect all agreements\u201d")
    assert "sharaa" not in set(st.get("speaker_id", []))


def test_a_colon_ends_what_goes_before_it(x):
    # "few expected: he pledged ...": the forecast verb governs nothing after the colon, and the view after the
    # colon is read without the clause before it
    st, *_ = run(x, "When Energy Minister Oleg Varnavin reached Baghdad, he did something few in Baghdad "
                    "expected: he pledged that Moscow would honour every contract signed with Iraq.")
    assert st[["speaker_id", "attribution", "stance"]].values.tolist() == [["varnavin", "reported", "oppose"]]


def test_a_source_the_author_spoke_to_is_a_source(x):
    st, *_ = run(x, "Talks went on. The naval base will stay, according to a Syrian official I spoke to.",
                 author="jane_roe")
    assert st["speaker_id"].tolist() == ["unnamed_syrian_official"]


def test_a_list_of_sources_starts_after_the_name_an_of_phrase_ends_on(x):
    st, *_ = run(x, "Talks went on. Damascus wants an accounting for the past, including a meeting with Sergei Lavrov, "
                    "officials and diplomats said on Thursday.")
    assert {"unnamed_officials", "unnamed_diplomats"} <= set(st["speaker_id"])
    assert set(st.loc[st["speaker_id"] == "syria", "via_id"]) <= {"unnamed_officials", "unnamed_diplomats"}


def test_what_any_deal_on_an_issue_would_have_to_do_is_a_condition(x):
    assert stances_on(x, "Talks went on. Officials said any deal keeping the warships in port would have to include "
                         "rent.", "russian_bases") == ["conditional"]


def test_a_naming_verbs_view_ends_where_the_speakers_next_verb_begins(x):
    st, *_ = run(x, "Talks went on. Envoy Oleg Varnavin called the talks constructive and said Moscow was open to "
                    "a long conversation about the naval facility.")
    rows = st[["cue", "issue_id", "stance"]].values.tolist()
    assert ["called", "", ""] in rows and ["said", "russian_bases", "neutral"] in rows  # open to talk: no side yet


def test_sources_that_share_a_frame_all_relay_what_they_tell_of(x):
    st, *_ = run(x, "Talks went on. Syria's new leadership told a visiting Russian delegation this week that any "
                    "deal keeping Moscow's warships in port would have to start with rent, officials and diplomats "
                    "said on Thursday.")
    sources = st[st["speaker_id"].isin(["unnamed_officials", "unnamed_diplomats"])]
    assert set(sources["speaker_id"]) == {"unnamed_officials", "unnamed_diplomats"}
    assert set(sources["stance"]) == {"neutral"}


@pytest.mark.parametrize("text, stance", [
    ("Talks went on. A Syrian official said Damascus had dropped its request for the former president's handover.",
     "oppose"),
    ("Talks went on. A Syrian official said Damascus had not abandoned its demand for the former president's "
     "extradition.", "support"),
])
def test_dropping_a_request_undoes_it_and_not_dropping_it_keeps_it(x, text, stance):
    st, *_ = run(x, text)
    assert stance_of(st, "unnamed_syrian_official", "assad_extradition") == stance


def test_not_accepting_terms_is_a_refusal_of_its_own(x):
    st, *_ = run(x, "Talks went on. Moscow has not accepted the new terms, a diplomat said.")
    assert stance_of(st, "russia", "agreements_renegotiation") == "oppose"


def test_people_with_knowledge_of_the_matter_are_an_unnamed_source(x):
    st, *_ = run(x, "Talks went on. Damascus asked Moscow to write off the old loans, two people with knowledge of "
                    "the matter said.")
    assert ["syria", "unnamed_people_with_knowledge"] in st[["speaker_id", "via_id"]].values.tolist()


def test_agreeing_on_a_body_to_take_up_the_question_of_an_issue_takes_no_side(x):
    st, *_ = run(x, "Talks went on. Moscow and Damascus agreed to form a working group that will take up the question "
                    "of the future of the naval base at Tartus.")
    assert set(st.loc[st["issue_id"] == "russian_bases", "stance"]) == {"neutral"}
    # "to issue" is a verb, no frame of the topic after it
    st, *_ = run(x, "Talks went on. The Syrian central bank said it intended to issue a new currency with Russian help.")
    assert "neutral" not in set(st.loc[st["issue_id"] == "reconstruction", "stance"])


def test_this_topic_refers_to_the_issue_the_sentence_before_named(x):
    st, *_ = run(x, "The handover of the former president is not on the agenda, a source said. The spokeswoman "
                    "Maria Zakharova said Moscow does not intend to discuss this topic.")
    assert "assad_extradition" in set(st.loc[st["speaker_id"] == "zakharova", "issue_id"])


def test_a_title_that_goes_on_past_and_is_no_role_of_the_capitalised_words_after_it(x):
    _, _, _, new, _ = run(x, "Talks went on. Envoy for the Middle East and African Countries, Deputy Minister Oleg "
                             "Varnavin, said trade would grow.")
    assert "varnavin" in new and not any("countries" in a for a in new)
    # the title of the next person is no apposition of the name before it
    _, _, _, new, _ = run(x, "Talks went on. The envoy praised Ivo Marek, Deputy Minister Oleg Varnavin said.")
    assert "marek" not in new or "Varnavin" not in new["marek"].role


def test_a_supposed_act_is_no_described_position(x):
    st, *_ = run(x, "Talks went on. If Moscow refuses, Damascus will look elsewhere.")
    assert "russia" not in set(st.get("speaker_id", []))
    st, *_ = run(x, "Talks went on. Moscow refuses to sign a new lease.")
    assert "russia" in set(st["speaker_id"])


def test_an_authors_nor_drop_the_demand_keeps_the_demand(x):
    st, *_ = run(x, "Talks went on. Nor should we drop the demand for Bashar al-Assad.", author="jane_roe")
    assert stance_of(st, "jane_roe", "assad_extradition") == "support"


def test_a_name_right_after_the_verb_that_closes_a_quote_is_a_person(x):
    # '"...," said Jane Roe, a grain importer': also a name with letters beyond ASCII, and "Dr" without its dot
    st, _, _, new, _ = run(x, "Talks went on. \u201cTurkish wheat is dearer, full stop,\u201d said Kemal \u00d6zt\u00fcrk, "
                              "a grain importer. \u201cRussia can offer commodities,\u201d said Dr Lina Haddour, an "
                              "economist.")
    assert {"ozturk", "haddour"} <= set(new) and new["haddour"].name == "Lina Haddour"
    assert st.loc[st["speaker_id"] == "ozturk", "stance"].tolist() == ["neutral"]  # "full stop" stops nothing


def test_a_colon_before_a_quotation_with_no_one_before_it_is_no_frame(x):
    st, *_ = run(x, "Talks went on. The verdict was blunt: \u201cThe port will stay.\u201d")  # (no crash, no speaker)
    assert st.empty or not set(st["speaker_id"]) - {"levant_wire"}


def test_another_interlocutor_of_the_publication_is_its_unnamed_source(x):
    st, *_ = run(x, "An official told Vedomosti the talks went on. Another interlocutor of the publication, who "
                    "asked not to be named, was more cautious: \u201cThe naval base will stay.\u201d")
    assert st[st["sent_id"] == 1][["speaker_id", "via_id"]].values.tolist() == [["unnamed_interlocutor", "vedomosti"]]


def test_a_name_after_the_that_ends_in_a_mediums_word_is_a_medium(x):
    st, *_ = run(x, "Talks went on. A Syrian official told the Levantine Press that the naval base would stay.")
    assert st[["speaker_id", "via_id"]].values.tolist() == [["unnamed_syrian_official", "levantine_press"]]


def test_a_quotes_closing_mark_and_the_next_ones_opening_mark_are_no_quotation(x):
    # the splitter may leave the next quotation's opening mark on this sentence: '... fence. "'
    st, *_ = run(x, "Residents said traffic had slowed.\n\n\"Before, lorries came every day. Now we see two a week,\" "
                    "said Kemal Yilmaz, 41, who runs a shop near the fence. \"Nobody tells us anything.\"")
    assert set(st[st["sent_id"] >= 2]["speaker_id"]) == {"yilmaz"}


def test_he_after_one_of_a_group_is_that_one(x):
    st, *_ = run(x, "Two Syrian officials told reporters the talks went on, and Ivo Marek's name came up.\n\n"
                    "One of the officials said Damascus was seeking compensation. He said the Russian side did not "
                    "reject the requests.")
    assert speakers_of(st, 2)[:1] == ["unnamed_syrian_officials"]


def test_a_press_reviews_outlets_in_their_arabic_form_are_media(x):
    _, _, _, new, _ = run(x, "Talks went on. Al-Nahar reported that the committee had finished its review. "
                             "Lebanon's Al-Diyar Al-Jadida wrote that Damascus was spreading its bets.")
    assert new["al_nahar"].type == "media" and new["al_diyar_al_jadida"].type == "media"


def test_a_quotation_over_sentences_is_the_speaker_its_closing_frame_names(x):
    st, *_ = run(x, "Talks went on. Lavrov spoke in Moscow.\n\n\u201cDamascus needs Russian wheat and Western "
                    "sanctions relief. It cannot afford to choose,\u201d said Karim Haddad, a researcher.")
    quoted = st[st["sent_id"] >= 2]
    assert set(quoted["speaker_id"]) == {"haddad", "syria"}
    assert set(quoted.loc[quoted["speaker_id"] == "syria", "via_id"]) == {"haddad"}  # (Damascus's needs, as he tells)
    assert stance_of(st, "haddad", "sanctions_relief") == "support"


def test_an_audience_is_a_whole_word(x):
    # in an authored text, "told reporters" is relayed by the outlet; "the pressure" is no "the press"
    st, *_ = run(x, "Talks went on. Lavrov said under the pressure of events that the naval base would stay. Lavrov "
                    "told reporters the naval base would stay.", author="jane_roe")
    assert st[["sent_id", "via_id"]].values.tolist() == [[1, "jane_roe"], [2, "levant_wire"]]


def test_a_question_put_between_the_name_and_the_verb_is_no_demand_of_the_speakers(x):
    st, *_ = run(x, "Talks went on. Spokeswoman Maria Zakharova, asked about Syrian demands for compensation, said "
                    "Moscow would not pay.")
    assert st["speaker_id"].tolist() == ["zakharova"]  # neither Russia asking, nor Zakharova relayed by anyone
    assert st["via_id"].tolist() == ["levant_wire"]


def test_a_demand_another_actor_sidestepped_is_refused_by_it(x):
    st, *_ = run(x, "Talks went on. Damascus has pressed for the former president's extradition, a demand the Kremlin "
                    "has repeatedly sidestepped.")
    assert stance_of(st, "syria", "assad_extradition") == "support"
    assert stance_of(st, "russia", "assad_extradition") == "oppose"


def test_an_apposition_that_ends_on_an_organisation_keeps_the_person_before_it(x):
    # ", a fellow at the Institute for Eastern Studies," ends on capitalised words, but they name no other person
    st, _, _, new, _ = run(x, "Talks went on. Irina Volkova, a senior fellow at the Institute for Eastern Studies, "
                              "told reporters that Moscow wanted to keep its naval base.")
    assert "volkova" in new
    assert "volkova" in set(st["speaker_id"])
    st, _, _, new, _ = run(x, "Talks went on. Irina Volkova, an adviser in the external affairs office of the "
                              "Regional Council of the Upper and Lower Valleys, said Moscow wanted to keep its naval base.")
    assert "volkova" in new and "volkova" in set(st["speaker_id"])  # (a long one, past 90 characters)


def test_a_cue_word_inside_another_expression_is_no_cue(x):
    found = x.cb.cue_matcher.find(tokens("The two capitals have ties that date back decades."), {"positive", "wants"})
    assert not found
    assert x.cb.cue_matcher.find(tokens("Moscow will back the plan."), {"positive"})
    st, *_ = run(x, "Talks went on. Russia and Syria pledged to rebuild ties that go back generations.")
    assert "reconstruction" not in set(st.get("issue_id", []))
    st, *_ = run(x, "Talks went on. Russia and Syria pledged to rebuild the ports.")
    assert "reconstruction" in set(st.get("issue_id", []))


def test_dismissing_a_question_takes_no_side_on_what_was_asked(x):
    st, *_ = run(x, "Talks went on. Asked whether Moscow would hand over the former president, the Kremlin spokesman "
                    "Dmitry Peskov dismissed the question.")
    assert stance_of(st, "peskov", "assad_extradition") == "neutral"


def test_a_participle_after_a_title_chain_speaks_for_the_person_the_chain_names(x):
    st, *_ = run(x, "Talks went on. Russian Foreign Ministry spokeswoman Maria Zakharova on Wednesday rejected renewed "
                    "calls for the handover of Assad, telling her weekly briefing that the question was settled.")
    assert set(st["speaker_id"]) == {"zakharova"} and set(st["cue"]) == {"telling"}
    assert stance_of(st, "zakharova", "assad_extradition") == "oppose"


def test_calls_that_are_rejected_are_no_speech_act(x):
    st, *_ = run(x, "Talks went on. Foreign Ministry spokeswoman Maria Zakharova on Wednesday rejected calls for the handover of "
                    "Assad, telling reporters the matter was closed.")
    assert "calls for" not in set(st["cue"])
    assert stance_of(st, "zakharova", "assad_extradition") == "oppose"


def test_calling_for_an_act_is_a_demand_not_a_name_given(x):
    for text in ("Talks went on. Damascus called for the handover of Assad.",
                 "Talks went on. Damascus calls for the handover of Assad."):
        st, *_ = run(x, text)
        assert stance_of(st, "syria", "assad_extradition") == "support", text
    st, *_ = run(x, "Talks went on. The Kremlin called the talks useful and said the bases would stay.")
    assert stance_of(st, "russia", "russian_bases") == "support"


def test_a_pronoun_closing_a_view_is_not_someone_the_view_names(x):
    st, *_ = run(x, "Talks went on. The British envoy Tom Reed called for accountability. Those responsible for the "
                    "worst crimes, including Bashar al-Assad, must face justice, he said, adding that the country "
                    "cannot heal.")
    assert set(speakers_of(st, 2)) == {"reed"}  # (", adding that": his own words too)
    # a pronoun that opens its own clause after a comma is still the sentence's person
    st, *_ = run(x, "Talks went on. When Asaad al-Shaibani visited Moscow, he and Sergei Lavrov agreed to review "
                    "the old agreements.")
    assert "shaibani" in set(st["speaker_id"])


def test_a_name_with_a_middle_initial_is_one_person(x):
    st, _, _, new, _ = run(x, "Talks went on. Geir O. Pedersen, the UN envoy, said the vote would be a test. "
                              "Pedersen added that the talks would go on.")
    assert "pedersen" in new and new["pedersen"].name == "Geir O. Pedersen"
    assert set(st["speaker_id"]) == {"pedersen"}


def test_a_positive_word_before_an_act_takes_the_act_s_direction(x):
    st, *_ = run(x, "Talks went on. Lavrov said that Moscow must withdraw its troops from the bases.")
    assert stance_of(st, "lavrov", "russian_bases") == "oppose"
    st, *_ = run(x, "Talks went on. Lavrov said Damascus did not support the withdrawal of Russian forces.")
    assert stance_of(st, "lavrov", "russian_bases") == "support"
    st, *_ = run(x, "Talks went on. Lavrov said Moscow must keep its bases.")
    assert stance_of(st, "lavrov", "russian_bases") == "support"


def test_the_state_a_post_is_for_is_not_who_speaks(x):
    st, *_ = run(x, "Talks went on. The country is fragile, the United Nations Special Envoy for Syria told the "
                    "Security Council.")
    assert set(st["speaker_id"]) == {"united_nations"}  # the body's envoy, not Syria
    st, *_ = run(x, "Talks went on. Moscow will keep its bases, the Russian ambassador to Syria said.")
    assert set(st["speaker_id"]) == {"unnamed_russian_ambassador"}


def test_a_headline_in_title_case_names_no_new_person(x):
    _, _, _, new, _ = run(x, "Ceasefire Talks Remain Stalled, Regional Envoy Tells Reporters\n\nTalks went on in "
                             "Geneva. Yusuf Demir, a regional envoy, said that talks would resume.")
    assert "demir" in new and not any("stalled" in a for a in new)
    # a sentence that lists names is no headline
    _, _, _, new, _ = run(x, "The delegation included Deputy Minister Oleg Varnavin, Finance Minister Anton Belkin and "
                             "Energy Minister Pavel Sorokin.")
    assert {"varnavin", "belkin", "sorokin"} <= set(new)


def test_an_offer_a_channel_passes_on_is_the_offering_actor_s(x):
    st, *_ = run(x, "Talks went on. Moscow has offered Damascus cheap fuel in a bid to retain its military "
                    "footholds, according to people familiar with the matter.")
    assert stance_of(st, "russia", "russian_bases") == "support"
    assert stance_of(st, "unnamed_people_familiar", "russian_bases") == "neutral"
    # a speaker who tells of his own side's readiness speaks for it: one view, not a second one relayed
    st, *_ = run(x, "Talks went on. Sergei Lavrov said Moscow was ready to keep its bases.")
    assert set(st["speaker_id"]) == {"lavrov"}


def test_declining_to_give_a_timeline_takes_no_side(x):
    st, *_ = run(x, "Talks went on. Kremlin spokesman Dmitry Peskov said the future of the bases was still being "
                    "discussed and declined to give a timeline.")
    assert set(st.loc[st["issue_id"] == "russian_bases", "stance"]) == {"neutral"}
    # a silence after "and" opens a clause of its own: what came before is about something else
    st, *_ = run(x, 'Talks went on. Peskov said the ties were "developing," and declined to comment on the bases.')
    assert set(st.loc[st["issue_id"] == "russian_bases", "stance"]) == {"neutral"}
    # "without giving further details" says how he spoke: no speech act of its own, no speaker of its own
    st, *_ = run(x, "Talks went on. Kremlin spokesman Dmitry Peskov said that Moscow was talking to the Syrian "
                    "authorities about the bases, without giving further details.")
    assert set(st["speaker_id"]) == {"peskov"}


def test_a_positive_word_governing_another_issue_s_act_is_that_issue_s(x):
    st, *_ = run(x, "Talks went on. Sergei Lavrov said Moscow was ready to honour the old agreements and to help "
                    "rebuild the power grid.")
    assert stance_of(st, "lavrov", "agreements_renegotiation") == "oppose"
    assert stance_of(st, "lavrov", "reconstruction") == "support"
    # a noun object is still welcomed whole
    st, *_ = run(x, "Talks went on. Sergei Lavrov welcomed the lifting of sanctions and the continued Russian presence.")
    assert stance_of(st, "lavrov", "russian_bases") == "support"


def test_a_negated_speech_verb_negates_what_it_would_have_expressed(x):
    for text in ("Talks went on. Sergei Lavrov did not voice any wish to close the Russian bases.",
                 "Talks went on. Sergei Lavrov didn't voice any wish to close the Russian bases."):
        st, *_ = run(x, text)
        assert stance_of(st, "lavrov", "russian_bases") == "support", text


def test_over_is_about_not_a_place(x):
    st, *_ = run(x, "Talks went on. Lavrov said the talks over the Russian bases had gone well.")
    assert "russian_bases" in set(st["issue_id"])


def test_not_responding_takes_no_side(x):
    st, *_ = run(x, "Talks went on. Moscow has not publicly responded to the extradition demands.")
    assert stance_of(st, "russia", "assad_extradition") == "neutral"


def test_a_source_named_inside_an_account_is_not_the_source(x):
    st, *_ = run(x, "Talks went on. Damascus demanded that Moscow hand over Assad, according to Syrian accounts of a "
                    "visit by Russian Deputy Foreign Minister Mikhail Bogdanov.")
    assert "bogdanov" not in set(st["speaker_id"]) | set(st["via_id"])
    st, *_ = run(x, "Talks went on. Damascus demanded that Moscow hand over Assad, according to Deputy Foreign "
                    "Minister Mikhail Bogdanov.")
    assert set(st["via_id"]) == {"bogdanov"}  # he tells of Damascus's demand
    # what describes a medium is no noun phrase of its own: the agency is the source
    st, *_ = run(x, "Talks went on. The delegation includes, according to state news agency SANA, two ministers.")
    assert "sana" in set(st["speaker_id"])


def test_anonymity_is_no_condition_and_the_source_who_asked_for_it_speaks(x):
    st, *_ = run(x, "Talks went on. An Israeli official said Israel prefers that Russia keep its bases. The official, "
                    "who spoke on condition of anonymity because the matter is sensitive, said Israel still wanted "
                    "Russia to keep the bases.")
    later = st[st["sent_id"] == 2]
    assert set(later.loc[later["cue"] == "said", "speaker_id"]) == {"unnamed_israeli_official"}
    assert "conditional" not in set(later["stance"])


def test_unnamed_sources_whose_verb_is_a_phrase_or_follows_an_adverb_speak(x):
    for text in ("Talks went on. Analysts rule out an extradition.",
                 "Talks went on. Analysts widely rule out an extradition."):
        st, *_ = run(x, text)
        assert stance_of(st, "unnamed_analysts", "assad_extradition") == "oppose", text


@pytest.mark.parametrize("closing", ["That's it for this week. We'll be back next Saturday.",
                                     "That's it from our live coverage today.",
                                     "Originally published in the Rhone Courier, Saturday 2 August 2025.",
                                     "Correction: An earlier version of this story said the talks were on Tuesday."])
def test_the_writer_s_own_words_about_the_text_date_no_happening(x, closing):
    _, _, ev, _, _ = run(x, "Talks went on in Damascus on Monday. " + closing, published="2025-08-02")
    assert len(ev) == 1 and ev["date_start"].iloc[0] == "2025-07-28"


def test_questions_labelled_with_the_interviewing_outlet_s_name_are_no_one_s_view(x):
    text = ("A talk with the trade minister\n\n"
            "Karim Nassar, the trade minister, spoke to the Harbour Review on Monday.\n\n"
            "Harbour: Damascus has long demanded the extradition of Assad. Did you raise it?\n\n"
            "Nassar: Of course. We raise it at every meeting.\n\n"
            "Harbour: Russia has sent wheat. Does that create dependence?\n\n"
            "Nassar: We buy from many suppliers now.\n")
    st, *_ = run(x, text)
    asked = {2, 3, 6, 7}  # the questions' sentences
    assert not set(st["sent_id"]) & asked, st[["sent_id", "speaker_id"]].values.tolist()
    assert set(st["speaker_id"]) == {"nassar"}


def test_he_after_a_sentence_opened_by_a_states_post_and_its_holder_is_the_holder(x):
    st, *_ = run(x, "Talks went on. Jordan's foreign minister, Omar Haddad, met Sergei Lavrov in Moscow on Monday. "
                    "In brief remarks he said Amman wanted the sanctions on Syria lifted.")
    assert speakers_of(st, 2) == ["haddad"], st[["sent_id", "speaker_id"]].values.tolist()
    st, *_ = run(x, "Talks went on. Putin's spokesman, Oleg Surin, met reporters on Monday. He said Moscow would keep "
                    "the bases.")
    assert speakers_of(st, 2) == ["surin"]  # (the post's owner may be a person)


def test_a_closing_frame_with_a_long_title_and_a_place_after_it_governs_what_came_before(x):
    st, *_ = run(x, "Talks went on. Moscow has agreed to keep the bases, with no deadline set, Deputy Foreign Minister "
                    "and Special Envoy for the Middle East and North African Countries Oleg Surin told RIA upon the "
                    "conclusion of his visit to Amman.")
    rows = st[["speaker_id", "via_id"]].values.tolist()
    assert ["russia", "surin"] in rows and ["surin", "ria_novosti"] in rows, rows
    st, *_ = run(x, "Talks went on. Diplomats and Foreign Minister Oleg Surin said Moscow would keep the bases.")
    assert speakers_of(st, 1) == ["unnamed_diplomats", "surin"]  # (a source opening the sentence is one)


def test_a_post_of_several_words_named_again_is_its_holder(x):
    st, *_ = run(x, 'Talks went on. "Moscow must leave Tartus," said High Representative Ines Varga. '
                    "The High Representative added that the bloc wanted the Russian bases closed.")
    assert speakers_of(st, 2) == ["varga"], st[["sent_id", "speaker_id"]].values.tolist()


def test_a_source_briefed_on_a_possessive_time_phrase_speaks(x):
    st, *_ = run(x, "Talks went on. A Jordanian diplomat briefed on last month's talks said Amman opposed the Russian "
                    "bases.")
    assert speakers_of(st, 1)[:1] == ["unnamed_jordanian_diplomat"], st[["sent_id", "speaker_id"]].values.tolist()


def test_a_year_qualifying_a_place_dates_no_happening(x):
    *_, ev, _, _ = run(x, "Talks went on. Israeli patrols crossed beyond the 1974 ceasefire line, Rami Nasr said.")
    assert ev.empty, ev[["kind", "label", "date_start"]].values.tolist()
    *_, ev, _, _ = run(x, "Talks went on. Russian jets bombed Aleppo during the 2016 siege, Rami Nasr said.")
    assert ev["date_start"].tolist() == ["2016-01-01"]  # (a happening's year, after "during")
    *_, ev, _, _ = run(x, "Talks went on. Damascus returned to the 2019 port contract, Rami Nasr said.")
    assert "agreement" in set(ev["kind"])  # (a trigger heads the noun phrase)


def test_a_parliaments_turns_are_their_members_words_over_several_paragraphs(x):
    text = ("Syria: Grain Deliveries\n\n"
            "Volume 12: debated on Monday 2 March 2026\n\n"
            "Dr Helen Marsh (Wyeford South) (Lab): Will the Minister say what has been offered to Damascus?\n\n"
            "The Minister for Trade (Oliver Grant): I thank the hon. Member for her question. We will not comment "
            "on talks between two other states.\n\n"
            "Our position has not changed: Assad must be brought to justice.\n\n"
            "Helen Marsh: I thank the Minister. Russia offers grain; we offer words.\n\n"
            "Paul Dunne (Easthill) (Con): Are the asset freezes still in force?\n\n"
            "Oliver Grant: They were lifted in April.\n")
    st, _, _, detected, _ = run(x, text)
    assert {"marsh", "grant", "dunne"} <= set(detected)  # a member named with constituency and party is a person
    rows = st[["sent_id", "speaker_id", "issue_id", "stance"]].values.tolist()
    by_sent = {}
    for sent, speaker, *_ in rows:
        by_sent.setdefault(sent, set()).add(speaker)
    # the minister's words are his, the hon. Member no sentence's end; his second paragraph is still his turn
    assert by_sent.get(4) == {"grant"} and by_sent.get(5) == {"grant"}, rows
    assert [5, "grant", "transitional_justice", "support"] in rows  # (a colon in a sentence is no label)
    assert by_sent.get(6) == {"marsh"} and by_sent.get(7) == {"marsh"}, rows  # a new label ends his turn
    assert by_sent.get(9) == {"grant"} and 8 not in by_sent, rows  # the member asks, no view


def test_what_someone_is_asked_to_say_is_not_said_yet(x):
    st, *_ = run(x, "Talks went on. Lavrov urged Damascus to confirm that the naval base would stay. I would ask the "
                    "Turkish government to say plainly that the air base must close.")
    assert set(st.loc[st["sent_id"] > 0, "speaker_id"]) == {"lavrov"}, st[["sent_id", "speaker_id", "cue"]].values.tolist()
    assert stance_of(st, "lavrov", "russian_bases") == "support"
    # what is left to someone ("is for X to", "up to X to") is not done yet either
    st, *_ = run(x, "Talks went on. It is for the Turkish government to say whether the air base closes. It is up to "
                    "the Turkish government to announce that the air base will close.")
    assert st.empty or not len(st[st["sent_id"] > 0]), st[["sent_id", "speaker_id", "cue"]].values.tolist()
    # (but what it took time for someone to do was done)
    st, *_ = run(x, "Talks went on. It took a week for the Syrian Foreign Ministry to reply that Russia could keep the "
                    "naval base.")
    assert speakers_of(st, 1) == ["syrian_foreign_ministry"], st[["sent_id", "speaker_id", "cue"]].values.tolist()


def test_whom_a_yes_no_question_asks_has_said_nothing_yet(x):
    st, *_ = run(x, "Talks went on. Will the Minister confirm that the naval base will close? Does Lavrov accept that "
                    "the old agreements must be renegotiated?")
    assert st.empty or not len(st[st["sent_id"] > 0]), st[["sent_id", "speaker_id", "cue"]].values.tolist()
    # (not a question that asks no one: "Is it any wonder ...?")
    st, *_ = run(x, "Talks went on. Is it any wonder that Moscow wants to keep its naval base in Tartus?")
    assert stance_of(st, "russia", "russian_bases") == "support"
    # (also in a transcript's turn, whose speaker otherwise holds each sentence)
    text = ("Hearing\n\nSEN. ROE: Welcome.\n\nMR. PELL: Thank you. The naval base at Tartus should close.\n\n"
            "SEN. ROE: Noted.\n\nSEN. ROE: Does the government want to keep the Russian navy in Tartus?\n\n"
            "MR. PELL: No.\n\nSEN. ROE: Thank you.\n")
    st, *_ = run(x, text)
    assert not len(st[st["sent_id"] == 5]), st[["sent_id", "speaker_id", "issue_id"]].values.tolist()
    st, *_ = run(x, text.replace("Does the government want to keep the Russian navy in Tartus?",
                                 "Will the Minister confirm that the Russian navy stays in Tartus?"))
    assert not len(st[st["sent_id"] == 5]), st[["sent_id", "speaker_id", "issue_id"]].values.tolist()
    # a question inside a quotation is the speaker's own (rhetorical): the quotation stays the speaker's
    st, *_ = run(x, 'Talks went on.\n\n"The Russian navy will stay in Tartus. Can anyone promise the same about the '
                    'Turks?" an Israeli official said.')
    assert speakers_of(st, 1) == speakers_of(st, 2) == ["unnamed_israeli_official"], st[
        ["sent_id", "speaker_id"]].values.tolist()


def test_names_before_thank_you_are_addressed_not_speaking(x):
    text = ("The Levant Desk\n\nHOST: Welcome back. I'm joined by Jane Roe, a journalist, and Omar Doe, who "
            "researches Russia.\n\nJANE ROE: The naval base will stay.\n\nOMAR DOE: It will close.\n\nHOST: Jane, "
            "is that realistic?\n\nJANE ROE: Yes.\n\nHOST: Jane Roe, Omar Doe, thank you both.\n")
    st, *_ = run(x, text)
    assert st.empty or "thank" not in set(st["cue"]), st[["sent_id", "speaker_id", "cue"]].values.tolist()


def test_a_name_thanked_is_addressed_not_speaking(x):
    # (a guard: the transcript that showed "Thank you, Christiane" spoken by the anchor needed its whole text)
    text = ("Interview\n\nJANE ROE, HOST: Omar Doe joins me now. Welcome.\n\n"
            "OMAR DOE, ENVOY: Thank you, Jane. The naval base will stay.\n\nROE: And the debts?\n\n"
            "DOE: They will be discussed.\n")
    st, *_ = run(x, text)
    assert "roe" not in set(st.loc[st["sent_id"] == 3, "speaker_id"]), st[["sent_id", "speaker_id", "cue"]].values.tolist()


def test_a_hearings_capital_labels_name_their_speakers(x):
    text = ("Committee hearing on the Levant\n\n"
            "SEN. JOHN ROE (D-NH): Welcome back, Mr. Pell. We all want to know where things stand on the coast.\n\n"
            "DANIEL PELL, Assistant Secretary of State for Levant Affairs: Thank you, Senator, it is good to be here.\n\n"
            "SEN. ROE: Will the Russians stay at Hmeimim?\n\n"
            "PELL: Thank you. We have told Damascus that a Russian military presence is incompatible with our "
            "partnership.\n\n"
            "SEN. ROE: Thank you, Mr. Pell.\n")
    st, _, _, detected, doc = run(x, text)
    assert detected["pell"].name == "Daniel Pell" and "roe" in detected  # one person per surname, in title case
    assert doc["dateline"] == ""  # "PELL:" is a turn's label, no place the story was filed from
    rows = st[["sent_id", "speaker_id", "issue_id", "stance"]].values.tolist()
    assert [6, "pell", "russian_bases", "oppose"] in rows, rows  # (one sentence for "SEN. ROE:", none for "SEN.")
    assert {r[1] for r in rows if r[0] in (1, 2)} == {"roe"} and 4 not in {r[0] for r in rows}, rows  # he asks


def test_an_office_before_a_capital_surname_label_makes_it_a_person(x):
    # the chair is named only in his labels, never in prose
    text = ("Committee hearing on the Levant\n\n"
            "SEN. DOE: The committee will come to order. Mr. Pell, welcome.\n\n"
            "MR. PELL: Thank you. The naval base at Tartus should close.\n\n"
            "SEN. DOE: Thank you.\n\n"
            "SEN. ROE: Will the Russians stay at Hmeimim?\n\n"
            "MR. PELL: We have told Damascus that they should leave.\n")
    st, _, _, detected, _ = run(x, text)
    assert "doe" in detected and detected["doe"].type == "person", sorted(detected)
    assert "doe" in set(st["speaker_id"]), st[["sent_id", "speaker_id"]].values.tolist()


def test_a_surname_label_is_the_person_the_introduction_names_in_full(x):
    text = ("Evening Report\n\n"
            "PRESENTER: Oleg Varnavin served at the Russian embassy in Damascus for ten years.\n\n"
            "VARNAVIN: Good evening.\n\n"
            "PRESENTER: Will Russia keep the naval base at Tartus?\n\n"
            "VARNAVIN: Moscow will keep the naval base at Tartus, I have no doubt.\n\n"
            "PRESENTER: Thank you.\n\nVARNAVIN: Thank you.\n")
    st, _, _, detected, _ = run(x, text)
    assert detected["varnavin"].name == "Oleg Varnavin"
    assert run(x, text.replace("PRESENTER: Oleg Varnavin served", "PRESENTER: Russian Deputy Foreign Minister Oleg "
                               "Varnavin served"))[3]["varnavin"].affiliation == "russia"  # (his title kept)
    rows = st[["sent_id", "speaker_id", "issue_id", "stance"]].values.tolist()
    assert [4, "varnavin", "russian_bases", "support"] in rows, rows


def test_a_name_alone_on_its_line_opens_that_persons_turn(x):
    # a podcast's transcript: each turn is a name on its own line, a blank line, then the words
    text = ("The Harbour Hour, episode 12\n\n"
            "Maya Lind\n\nSo what does Moscow actually want from the coast?\n\n"
            "Tomas Berg\n\nHonestly, they want to keep the naval base.\n\nThat's the whole game for them.\n\n"
            "Maya Lind\n\nAnd Damascus?\n\n"
            "Tomas Berg\n\nDamascus wants the old debts written off first.\n")
    st, _, _, detected, _ = run(x, text)
    assert {"lind", "berg"} <= set(detected)
    rows = st[["sent_id", "speaker_id", "issue_id"]].values.tolist()
    assert [4, "berg", "russian_bases"] in rows, rows  # his words, not the narrator's
    assert "lind" not in {r[1] for r in rows}, rows  # she only asks
    # a profile's headings that name a person once each open no turns; headings that name places are no persons
    text = ("Who is who\n\nPavel Orlov\n\nCritics say the old agreements must be renegotiated.\n\n"
            "Omar Doe\n\nHe leads the talks.\n")
    st, *_ = run(x, text)
    assert "direct-quote" not in set(st["attribution"]), st[["speaker_id", "attribution"]].values.tolist()
    text = ("Coastal notes\n\nLatakia Coast\n\nOrlov said the naval base would stay.\n\nTartus Harbour\n\n"
            "Fishing goes on.\n\nLatakia Coast\n\nOmar Doe, a fisherman, said the naval base would stay.\n")
    st, _, _, detected, _ = run(x, text)
    assert not {"coast", "harbour", "latakia_coast"} & set(detected) and "doe" in set(st["speaker_id"])
    # section headings that do not come back name no one
    text = ("Bases and debts\n\nRussian Bases\n\nMoscow wants to keep the naval base.\n\n"
            "Frozen Assets\n\nDamascus wants its funds back.\n\nGrain Deals\n\nWheat still arrives.\n")
    _, _, _, detected, _ = run(x, text)
    assert not {"russian_bases", "frozen_assets", "grain_deals", "assets", "deals"} & set(detected), set(detected)


def test_labels_in_an_ordinary_story_make_no_transcript_nor_persons(x):
    # two people quoted by a label each: the narration after them is no one's turn
    text = ("Two ministers on television\n\n"
            "Oleg Surin and Karim Nassar spoke on state television on Monday.\n\n"
            "Oleg Surin: Our bases will stay where they are.\n\n"
            "Karim Nassar: That is for Syrians to decide.\n\n"
            "The broadcast ended soon afterwards. Moscow wants to keep Hmeimim for another 49 years.\n")
    st, *_ = run(x, text)
    assert speakers_of(st, 5) == ["russia"], st[["sent_id", "speaker_id", "attribution"]].values.tolist()
    # labels of a web page's links name no one
    text = ("Russia and Syria talk bases\n\nOfficials met in Damascus on Monday to discuss Hmeimim.\n\n"
            "READ MORE: Why Tartus matters\n\nMoscow wants to keep both bases.\n\n"
            "READ MORE: Sanctions, explained\n\nRELATED COVERAGE: Assad in Moscow\n\nRead More: Grain\n\n"
            "Read More: Ports\n\nRead More: Debts\n")
    _, _, _, detected, _ = run(x, text)
    assert not {"more", "read_more", "coverage", "related_coverage"} & set(detected), set(detected)
    # a dateline stays one when quotations follow a colon ("X said:")
    text = ("Russia stays\n\nDAMASCUS: Russia will keep its bases in Syria for now, officials in both capitals say.\n\n"
            'The Russian foreign ministry said: "Nothing has changed."\n\n'
            'Oleg Surin said: "We will return to this."\n\nKarim Nassar added: "No comment."\n')
    *_, doc = run(x, text)
    assert doc["dateline"] == "DAMASCUS"


def test_cases_the_second_review_of_this_round_found(x):
    # a titled resident's name is a name ("Farmer" is a title, not an unnamed farmer)
    st, *_ = run(x, "Talks went on. Farmer Rami Nasr said Russia should leave Hmeimim.")
    assert stance_of(st, "nasr", "russian_bases") == "oppose"
    # a panel's labels name persons whose names are also English words
    text = ("A panel in Washington\n\nThree former envoys discussed Syria on Monday.\n\n"
            "Robert Ford: Russia will keep Hmeimim as long as Damascus needs it.\n\n"
            "James Jeffrey: The sanctions on Syria should be lifted faster.\n\n"
            "Robert Ford: I agree with that.\n")
    st, _, _, detected, _ = run(x, text)
    assert {"ford", "jeffrey"} <= set(detected) and speakers_of(st, 3) == ["jeffrey"]
    # a member who asks states no view, even when the turn goes on after the question
    text = ("Committee hearing\n\nSEN. JANE ROE (D-NH): Mr. Secretary, will Russia keep its bases at Tartus? "
            "Thank you.\n\nTOM HALE, Assistant Secretary of State: We do not want the Russians at Tartus.\n\n"
            "SEN. ROE: Should the sanctions on Syria be lifted? I yield back.\n\nHALE: They should, Senator.\n")
    st, *_ = run(x, text)
    assert not ({"roe"} & set(st.loc[st["issue_id"] != "", "speaker_id"])), st[["sent_id", "speaker_id", "issue_id"]]
    # replying to a request is no request
    st, *_ = run(x, "Talks went on. Asked about the handover of Assad, Rami Nasr said Moscow had not yet replied to "
                    "the request.")
    assert stance_of(st, "russia", "assad_extradition") == "neutral"
    # a think tank whose name opens with an institution's is not that institution
    st, *_ = run(x, "Talks went on. Russia will try to keep its bases, the European Council on Foreign Relations said.")
    assert "eu" not in set(st.get("speaker_id", []))
    # a firm or a building described after its name is no person
    _, _, _, detected, _ = run(x, 'Talks went on. Rosatom, a state nuclear firm, said it would build a plant. The '
                                  'Baron Hotel, a 100-year-old landmark in Aleppo, reopened on Monday.')
    assert not {a.id for a in detected.values() if a.type == "person"}, detected
    # a year that names the budget's year dates no approval (published 2025)
    *_, ev, _, _ = run(x, "Talks went on. Syria's parliament approved the 2026 budget, Rami Nasr said.")
    assert "2026-01-01" not in set(ev.get("date_start", []))


def test_a_label_half_of_whose_paragraphs_ask_is_the_interviewer(x):
    text = ("Interview: the trade minister\n\n"
            "Karim Nassar, the trade minister, spoke to us in Damascus.\n\n"
            "THE HARBOUR REVIEW: Russian wheat still arrives, and Moscow wants to keep Tartus.\n\n"
            "NASSAR: And we are grateful.\n\n"
            "THE HARBOUR REVIEW: What about the debts?\n\n"
            "NASSAR: We will discuss them.\n")
    st, *_ = run(x, text)
    assert set(st["sent_id"]) == {3, 5} and set(st["speaker_id"]) == {"nassar"}, st[["sent_id", "speaker_id"]]


def test_a_demand_verbs_word_as_a_bare_noun_demands_nothing(x):
    st, *_ = run(x, "Talks went on. Asked about the bases, Rami Nasr said he would not negotiate through the press.")
    assert stance_of(st, "nasr", "russian_bases") == "neutral"
    st, *_ = run(x, "Talks went on. Asked about the handover of Assad, Rami Nasr said the request stands.")
    assert stance_of(st, "nasr", "assad_extradition") == "support"  # (a demand held, no preposition's object)
    st, *_ = run(x, "Talks went on. Asked about the handover of Assad, Rami Nasr said Damascus stood by the request.")
    assert stance_of(st, "nasr", "assad_extradition") == "support"


def test_a_reporter_named_with_his_outlet_asks_even_once(x):
    text = ("The minister's news conference\n\n"
            "Karim Nassar, the trade minister, took questions in Damascus on Monday.\n\n"
            "Omar Haddad (Harbour Review): Damascus has long demanded the extradition of Assad. Did you raise it?\n\n"
            "Nassar: Of course. We raise it at every meeting.\n\n"
            "Sara Levi (Coast Radio): Will the Russian bases stay?\n\n"
            "Nassar: Only if they serve Syria.\n")
    st, *_ = run(x, text)
    assert set(st["speaker_id"]) == {"nassar"}, st[["sent_id", "speaker_id"]].values.tolist()
    # the answer takes the question's matter, on its condition
    assert stance_of(st[st["sent_id"] == 7], "nassar", "russian_bases") == "conditional"


def test_handing_someone_back_is_a_handover_and_no_backing(x):
    st, *_ = run(x, "Talks went on. Damascus said any reset depends on Moscow handing the ousted president back.")
    assert "assad_extradition" in set(st["issue_id"])
    assert "back" not in set(st["cue"])


def test_its_future_refers_to_the_issue_the_sentence_before_named(x):
    st, *_ = run(x, "Talks went on. The statement made no mention of the Hmeimim air base. Moscow has said its future "
                    "is a matter for negotiation.")
    assert stance_of(st, "russia", "russian_bases") == "neutral"


def test_keep_before_a_verb_in_ing_is_no_act_of_keeping(x):
    st, *_ = run(x, "Talks went on. A European diplomat said the bloc would keep urging Damascus to end the Russian "
                    "military presence.")
    assert stance_of(st, "unnamed_european_diplomat", "russian_bases") == "oppose"


def test_contributing_to_the_economy_s_restoration_is_a_part_in_it(x):
    st, *_ = run(x, "Talks went on. The embassy said Moscow remains ready to contribute to the restoration of the "
                    "Syrian economy.")
    assert "reconstruction" in set(st["issue_id"])


def test_a_request_put_forward_is_the_requester_s_position(x):
    st, *_ = run(x, "Talks went on. The Syrian side has put forward a request for regular supplies of wheat.")
    assert stance_of(st, "syria", "reconstruction") == "support"
    # a longer stretch that ends in a verb is no light verb: the refusal is not the person named inside it
    st, *_ = run(x, "Talks went on. Handing back the man Putin himself had sheltered is out of the question, "
                    "Sergei Lavrov said.")
    assert set(st["speaker_id"]) == {"lavrov"}


def test_a_demand_reaches_every_item_of_the_list_it_opens(x):
    st, *_ = run(x, "Talks went on. Syrian officials have called for compensation for the war, a review of the old "
                    "contracts, and the handover of Assad himself.")
    assert stance_of(st, "unnamed_syrian_officials", "assad_extradition") == "support"
    assert stance_of(st, "unnamed_syrian_officials", "agreements_renegotiation") == "support"


def test_what_someone_has_to_say_is_not_said_yet(x):
    st, *_ = run(x, "Talks went on. \"Al-Sharaa has to raise it with Moscow. He knows the answer,\" said Lina "
                    "Sabbagh, a fellow at a research centre.")
    assert set(st["speaker_id"]) == {"sabbagh"}


def test_the_items_of_a_list_a_speech_frame_introduces_are_the_speakers_words(x):
    text = ("Talks went on in Moscow.\n\nSergei Lavrov stressed the following:\n\n"
            "1. Russia will keep its naval base in Tartus.\n\n2. Sanctions on Syria must be lifted.\n\n"
            "Trade also grew.\n")
    st, *_ = run(x, text)
    assert stance_of(st, "lavrov", "russian_bases") == "support"
    assert stance_of(st, "lavrov", "sanctions_relief") == "support"
    assert "lavrov" not in set(st.loc[st["text"].str.startswith("Trade"), "speaker_id"])  # the list is over


def test_not_because_and_not_only_negate_no_act(x):
    st, *_ = run(x, "Talks went on. Damascus raises the handover of Assad not because it expects extradition, but "
                    "because it wants an acknowledgement.")
    assert stance_of(st, "syria", "assad_extradition") != "oppose"
    st, *_ = run(x, "Talks went on. Lavrov said Moscow will not only keep its bases but also expand them.")
    assert stance_of(st, "lavrov", "russian_bases") == "support"


def test_repeating_is_speech(x):
    st, *_ = run(x, "Talks went on. Officials repeat that the future of the bases is under discussion.")
    assert stance_of(st, "unnamed_officials", "russian_bases") == "neutral"
    # "put it" is no speech verb ("put it on hold")
    st, *_ = run(x, "Talks went on. Damascus put it on hold until the bases deal was done.")
    assert "syria" not in set(st.get("speaker_id", []))


def test_a_contracted_negation_is_a_negation(x):
    st, *_ = run(x, "Talks went on. Moscow won't hand over Assad, Sergei Lavrov said.")
    assert stance_of(st, "lavrov", "assad_extradition") == "oppose"
    st, *_ = run(x, "Talks went on. The Kremlin didn't comment on the future of the bases.")
    assert stance_of(st, "russia", "russian_bases") == "neutral" and set(st["cue"]) == {"didn't comment"}


@pytest.mark.parametrize("sentence, speaker, issue, expected", [
    ("Nobody in Beirut expects Moscow to surrender the former president, Rami Nasr said.", "nasr",
     "assad_extradition", "oppose"),
    ("Nobody in Homs wants the Russian grain deliveries, Rami Nasr said.", "nasr", "reconstruction", "oppose"),
    # doubt reverses what follows, and a doubt denied affirms it
    ("Rami Nasr said he doubted the Russians would hold on to Hmeimim.", "nasr", "russian_bases", "oppose"),
    ("No one doubts that the Kremlin wants to hold on to Hmeimim, Rami Nasr said.", "russia", "russian_bases",
     "support"),
    ("Rami Nasr said there was no doubt that the Russians would hold on to Hmeimim.", "nasr", "russian_bases",
     "support"),
    ("Rami Nasr said there was little doubt that the Russians would hold on to Hmeimim.", "nasr", "russian_bases",
     "support"),
])
def test_nobody_and_doubt_negate_what_follows(x, sentence, speaker, issue, expected):
    st, *_ = run(x, "Talks went on. " + sentence)
    assert stance_of(st, speaker, issue) == expected


def test_a_term_of_several_words_is_one_issues_term(x):
    # "asset freeze" is a sanction: its "asset" is no frozen asset of the debts issue
    st, *_ = run(x, "Talks went on. Rami Nasr said London was ready to lift the asset freezes on two Syrian banks.")
    assert set(st["issue_id"]) == {"sanctions_relief"} and stance_of(st, "nasr", "sanctions_relief") == "support"
    st, *_ = run(x, "Talks went on. Rami Nasr said Brussels would keep its restrictive measures until June.")
    assert stance_of(st, "nasr", "sanctions_relief") == "oppose"
    st, *_ = run(x, "Talks went on. Rami Nasr said Moscow was prepared to write off the arrears.")
    assert stance_of(st, "nasr", "debts_and_assets") == "support"
    *_, ev, _, _ = run(x, "Talks went on. London lifted asset freezes on two Syrian banks in April.")
    assert list(ev["kind"]) == ["sanction"]


def test_objecting_refuses_and_no_objection_is_readiness(x):
    st, *_ = run(x, "Talks went on. Rami Nasr said Ankara objects to any Russian military footprint on the coast.")
    assert stance_of(st, "turkey", "russian_bases") == "oppose"
    st, *_ = run(x, "Talks went on. We have no objection to a Russian military footprint there, Rami Nasr said.")
    assert stance_of(st, "nasr", "russian_bases") == "support"


def test_after_an_empty_it_the_negated_copula_reaches_forward(x):
    for phrase in ("it was unlikely that", "it is not likely that", "it looked doubtful that"):
        st, *_ = run(x, f"Talks went on. Rami Nasr said {phrase} the Russians would hold on to Hmeimim.")
        assert stance_of(st, "nasr", "russian_bases") == "oppose", phrase
    st, *_ = run(x, "Talks went on. Rami Nasr said holding on to Hmeimim was unlikely.")  # (the subject's, as before)
    assert stance_of(st, "nasr", "russian_bases") == "oppose"


def test_stressing_the_importance_of_an_act_supports_it(x):
    st, *_ = run(x, "Talks went on. Sergei Lavrov stressed the importance of justice for the victims of the war.")
    assert stance_of(st, "lavrov", "transitional_justice") == "support"


def test_a_silence_inside_what_someone_said_is_told_of_not_a_frame(x):
    st, *_ = run(x, "Talks went on. Sergei Lavrov said Damascus had not responded formally and that Syrian envoys were "
                    "instead asking for wheat.")
    assert "lavrov" in set(st["speaker_id"])
    assert set(st.loc[st["speaker_id"] != "lavrov", "via_id"]) == {"lavrov"}  # Damascus's silence, the envoys' ask


def test_cases_a_review_found_broken(x):
    # continuing to run the bases keeps them ("keep urging" is the asking going on, "continue operating" is not)
    st, *_ = run(x, "Talks went on. Sergei Lavrov said Russia would continue operating the bases.")
    assert stance_of(st, "lavrov", "russian_bases") == "support"
    # "reply" is a speech verb, not an adverb before one
    st, *_ = run(x, "Talks went on. Officials reply that the bases will stay.")
    assert stance_of(st, "unnamed_officials", "russian_bases") == "support"
    # "US" is no first-person writer
    _, _, ev, _, _ = run(x, "Talks went on. US troops left the region on Monday.")
    assert len(ev) == 1
    # a list item with no full stop is no headline: its names are people
    _, _, _, new, _ = run(x, "Talks went on. The delegation:\n\n- Anton Belkin, Deputy Energy Minister\n")
    assert "belkin" in new
    # a pronoun closing a view with a time after its verb is still not a person the view names
    st, *_ = run(x, "Talks went on. The British envoy Tom Reed spoke. Those responsible, including Bashar al-Assad, "
                    "must face justice, he said on Tuesday.")
    assert set(speakers_of(st, 2)) == {"reed"}


def test_a_noun_act_carried_by_a_light_verb_inside_a_view_is_its_subject_s(x):
    st, *_ = run(x, "Talks went on. Moscow has put forward a plan to ship more grain to Syria in exchange for keeping "
                    "its naval facility, three officials said.")
    assert stance_of(st, "russia", "russian_bases") == "conditional"
    assert stance_of(st, "unnamed_officials", "russian_bases") == "neutral"
    st, *_ = run(x, "Talks went on. Diplomats said Damascus had lodged a formal request for the former president's "
                    "extradition.")
    assert stance_of(st, "syria", "assad_extradition") == "support"
    st, *_ = run(x, "Talks went on. Moscow has put forward a proposal to ship grain in return for access to the "
                    "naval facility, three officials said.")
    assert stance_of(st, "russia", "russian_bases") == "conditional"
    # a noun act that is the object of another verb, or of a light verb's own object, is no act of that subject
    for verb in ("had studied a request", "presented objections to a request", "had sent back a request"):
        st, *_ = run(x, f"Talks went on. Diplomats said Moscow {verb} for the former president's extradition.")
        assert "russia" not in set(st["speaker_id"]), verb


def test_asking_not_to_be_named_after_the_speech_verb_leaves_the_quote_his(x):
    st, *_ = run(x, "A Syrian diplomat described the mood as tense. \"We will not give up on the handover of the "
                    "former president,\" the diplomat said, asking not to be named because the matter is sensitive.")
    assert stance_of(st, "unnamed_syrian_diplomat", "assad_extradition") == "support"
    # before the verb, the same words say why the source is unnamed: that verb reports no view
    st, *_ = run(x, "Talks went on. A diplomat who asked not to be named said Moscow would keep its air base.")
    assert speakers_of(st, 1) == ["unnamed_diplomat"]


def test_a_complement_opening_with_an_article_is_the_view_after_an_apposed_speaker(x):
    st, *_ = run(x, "Three sources spoke to the paper. One of them, a Syrian diplomat close to the talks, said the "
                    "government had pressed for Moscow to write off the debts.")
    assert stance_of(st, "unnamed_syrian_diplomat", "debts_and_assets") == "support"
    assert stance_of(st, "syria", "debts_and_assets") == "support"


def test_an_act_inside_an_embedded_question_takes_no_side(x):
    assert stances_on(x, "Talks went on. Foreign Minister Piotr Kowal said the choice of whether Russian troops stay at "
                         "the air base belonged to Syrians alone.", "russian_bases") == ["neutral"]
    assert stances_on(x, "Talks went on. Foreign Minister Piotr Kowal said it was for Damascus to decide whether to "
                         "extradite the former president.", "assad_extradition") == ["neutral"]
    # the same act asserted takes its side
    assert stances_on(x, "Talks went on. Foreign Minister Piotr Kowal said Russian troops should stay at the air base.",
                      "russian_bases") == ["support"]


def test_a_reversal_of_the_issue_s_own_term_points_away_and_negated_toward_it(x):
    assert stances_on(x, "Talks went on. Syrian officials said they would never give up on the former president's "
                         "extradition.", "assad_extradition") == ["support"]
    assert stances_on(x, "Talks went on. Syrian officials said they had quietly abandoned the extradition.",
                      "assad_extradition") == ["oppose"]


def test_the_sources_named_again_after_a_source_frame_are_the_ones_quoted_before(x):
    st, *_ = run(x, "Moscow has offered to send grain and fuel, two sources close to the talks told the paper. "
                    "Damascus has not accepted the offer, according to the sources.")
    assert speakers_of(st, 1) == ["unnamed_sources", "syria"]
    # the act they tell of refers back to what the sentence before raised, and its object is no offer of Syria's
    assert stance_of(st[st["sent_id"] == 1], "syria", "reconstruction") == "oppose"
    assert stance_of(st[st["sent_id"] == 1], "unnamed_sources", "reconstruction") == "neutral"


def test_according_to_is_no_accord():
    from srbrief.extract import stance as st

    cb = codebook.load()
    toks = tokens("Talks would be revised according to the schedule.")
    assert not st.issues_in(cb, toks)


def test_sources_close_to_a_presidency_are_unnamed_sources_before_a_quotation(x):
    st, *_ = run(x, "Talks went on. Sources close to the Syrian presidency said that Damascus \"will keep asking for "
                    "the extradition.\"")
    assert speakers_of(st, 1)[0] == "unnamed_sources"
    assert "syrian_presidency" not in set(st["speaker_id"])


def test_a_reduced_word_near_a_topic_raises_no_issue(x):
    # (a reduced term makes an issue already on the table conditional; it puts nothing on the table itself)
    st, *_ = run(x, "Talks went on. Piotr Kowal, a Polish analyst, said a temporary truce near the port was holding.")
    assert set(st["issue_id"]) == {""}


def test_a_negated_requirement_sets_no_condition(x):
    st, *_ = run(x, "Talks went on. Piotr Kowal, a Polish analyst, said the lifting of sanctions was not a "
                    "precondition for the grain deliveries.")
    assert stance_of(st, "kowal", "reconstruction") != "conditional"
    st, *_ = run(x, "Talks went on. Piotr Kowal, a Polish analyst, said the lifting of sanctions was a "
                    "precondition for the grain deliveries.")
    assert stance_of(st, "kowal", "reconstruction") == "conditional"


def test_the_most_plausible_outcome_is_the_source_s_assessment(x):
    st, *_ = run(x, "Talks went on. The most plausible outcome is that Moscow keeps its naval base.")
    assert st[["speaker_id", "attribution", "issue_id", "stance"]].values.tolist() == [
        ["levant_wire", "assessment", "russian_bases", "support"]]


def test_a_subject_before_a_split_frame_and_its_verb_after_it_are_one_view(x):
    st, *_ = run(x, "Talks went on. Sanctions relief, a Polish diplomat argued, would come faster without the "
                    "bases.")
    diplomat = st["speaker_id"] == "unnamed_polish_diplomat"
    assert {"sanctions_relief", "russian_bases"} <= set(st.loc[diplomat, "issue_id"])
    st, *_ = run(x, "Talks went on. Hmeimim, Piotr Kowal said, would stay open.")
    assert stance_of(st, "kowal", "russian_bases") == "support"
    # a quotation the frame splits is one view, even on a short first part, its comma inside the marks or out
    st, *_ = run(x, "Kowal was asked about the fate of the air base. \u201cThe matter\u201d, Piotr Kowal said, "
                    "\u201crequires further negotiation.\u201d")
    assert stance_of(st, "kowal", "russian_bases") == "neutral"
    st, *_ = run(x, "Kowal was asked about the fate of the air base. \u201cThe matter,\u201d Piotr Kowal said, "
                    "\u201crequires further negotiation.\u201d")
    assert stance_of(st, "kowal", "russian_bases") == "neutral" and speakers_of(st, 1) == ["kowal"]


def test_an_unnamed_official_of_a_state_s_ministry_is_that_state_s(x):
    st, *_ = run(x, "Talks went on. A Syrian economy ministry official said Damascus still wanted the former "
                    "president handed back.")
    assert speakers_of(st, 1)[0] == "unnamed_syrian_official"
    # "disagreed:" introduces what the speaker holds
    st, *_ = run(x, "Talks went on. A Syrian official disagreed: the extradition request still stands.")
    assert speakers_of(st, 1) == ["unnamed_syrian_official"]


def test_a_participle_describing_the_issue_s_term_is_no_act(x):
    assert stances_on(x, "Talks went on. Traders say suspended Russian grain shipments were not part of the talks.",
                      "reconstruction") == ["neutral"]
    # what is wanted of the thing still takes its side
    assert stances_on(x, "Talks went on. Traders say suspended grain shipments should resume.",
                      "reconstruction") == ["support"]


def test_a_state_s_negotiators_act_for_it(x):
    st, *_ = run(x, "Talks went on. Russian negotiators refused to hand over the former president.")
    assert stance_of(st, "russia", "assad_extradition") == "oppose"


def test_who_heads_a_delegation_is_a_person_and_speaks_by_surname_later(x):
    st, _, _, new, _ = run(x, "Talks went on. A Russian delegation headed by Ilya Voronin arrived in Damascus. Voronin "
                              "said Moscow would keep its bases.")
    assert "voronin" in new and new["voronin"].type == "person"
    assert stance_of(st, "voronin", "russian_bases") == "support"
    _, _, _, new, _ = run(x, "Talks went on. A delegation headed by Mr. Ilya Voronin, a senior official at the "
                             "department for cooperation with the countries of the Middle East and North Africa, "
                             "arrived.")
    assert "voronin" in new


def test_keenness_is_readiness(x):
    assert stances_on(x, "Talks went on. Minister Karim Nassar affirmed Syria's keenness on a multi-vector foreign "
                         "policy.", "partner_diversification") == ["support"]


def test_a_channel_s_unnamed_correspondent_speaks_and_goes_on_as_he(x):
    st, _, _, new, _ = run(x, "Talks went on. Channel Nine's correspondent in Damascus reported that Syrian officials "
                              "wanted grain. \"They want grain and fuel,\" he said.")
    assert "nine" not in new and new["channel_nine"].type == "media"
    assert speakers_of(st, 1)[:1] == speakers_of(st, 2)[:1] == ["unnamed_channel_nine_correspondent"]
    # another medium's correspondent in the same city is another source
    st, *_ = run(x, "Talks went on. Channel Nine's correspondent in Damascus reported that Moscow would keep its bases. "
                    "Radio Levant's correspondent in Damascus reported that Moscow would leave its bases.")
    assert speakers_of(st, 1) != speakers_of(st, 2)


def test_unnamed_ministers_speak_and_state_television_says_nothing(x):
    st, *_ = run(x, "Talks went on. Several ministers, speaking on condition of anonymity, voiced doubts about the "
                    "lifting of sanctions.")
    assert speakers_of(st, 1) == ["unnamed_ministers"]
    st, *_ = run(x, "Talks went on. Foreign Minister Karim Nassar, asked by state television about the bases, said "
                    "nothing had been decided.")
    assert set(st["speaker_id"]) == {"nassar"}


def test_a_person_found_by_a_past_speech_verb_after_an_auxiliary_or_a_comma(x):
    st, _, _, new, _ = run(x, "Talks went on. \"The sanctions were lifted in May,\" Ivan Petrenko had told viewers "
                              "on Sunday. Studio guests agreed, though one of them, sinologist Olga Marchenko, "
                              "cautioned that Moscow could keep its presence only if it brought money.")
    assert {"petrenko", "marchenko"} <= set(new)
    assert stance_of(st, "marchenko", "russian_bases") == "conditional"


def test_surrendering_ground_is_no_handover(x):
    assert "assad_extradition" not in set(run(x, "Talks went on. A commentator, Ivan Petrenko, argued that Moscow "
                                                 "must not surrender a single metre of the air base.")[0]["issue_id"])


def test_a_body_s_unnamed_officials_speak_for_the_body_and_the_two_ministers_are_the_named_ones(x):
    st, *_ = run(x, "Talks went on. European Union officials said the sanctions would be lifted.")
    assert speakers_of(st, 1) == ["eu"]
    st, *_ = run(x, "Sergei Lavrov received Asaad al-Shaibani in Moscow. The two ministers agreed to review the old "
                    "agreements.")
    assert sorted(speakers_of(st, 1)) == ["lavrov", "shaibani"]


def test_an_offer_named_again_refers_back_only_to_a_sentence_that_told_of_one(x):
    st, *_ = run(x, "Two people familiar with the talks said the air base would stay. Syrian officials have not "
                    "accepted the offer, one of the people said.")
    assert "unnamed_syrian_officials" not in set(st["speaker_id"])


def test_she_is_no_man_the_codebook_knows(x):
    st, *_ = run(x, "Vladimir Putin met the Syrian leader in October. A widow from Idlib lost her son in an air "
                    "strike. \"Nobody has apologised,\" she said.")
    assert speakers_of(st, 2) == []  # (the widow is no detected person: no speaker rather than a wrong one)
    st, *_ = run(x, "Talks went on. Maria Zakharova spoke after Vladimir Putin. \"We will keep the air base,\" she "
                    "said.")
    assert speakers_of(st, 2) == ["zakharova"]


def test_ruling_something_out_with_its_object_between(x):
    st, *_ = run(x, "Talks went on. Damascus has demanded the extradition of the former president; the Kremlin has "
                    "ruled it out.")
    assert stance_of(st, "russia", "assad_extradition") == "oppose"
    assert stance_of(st, "syria", "assad_extradition") == "support"


def test_repairing_power_stations_is_reconstruction(x):
    assert stances_on(x, "Talks went on. Moscow says it is ready to repair the damaged power stations.",
                      "reconstruction") == ["support"]


def test_a_happening_whose_clause_starts_with_its_verb_takes_its_kind_from_the_subject(x):
    _, _, ev, _, _ = run(x, "A Turkish delegation led by Deputy Minister Omer Kaya, with two trade advisers, is "
                            "expected in Damascus today, the first trip since the border reopened in March.",
                         published="2025-05-06")
    today = ev[ev["date_start"] == "2025-05-06"].iloc[0]
    assert today["kind"] == "delegation"
    assert today["label"].startswith("A Turkish delegation led by")


def test_a_date_owning_a_noun_leaves_its_preposition_in_the_label(x):
    _, _, ev, _, _ = run(x, "Traders say stalled grain cargoes were not part of Tuesday's talks.", published="2025-05-08")
    assert ev.iloc[0]["label"] == "Stalled grain cargoes were not part of the talks"


def test_an_act_told_as_ongoing_is_reported_not_taken(x):
    st, *_ = run(x, "Talks went on. Viktor Orlov acknowledged that Syria was actively diversifying its partners.")
    assert stance_of(st, "orlov", "partner_diversification") == "neutral"


def test_an_unnamed_group_s_act_is_its_position_and_either_demand_refers_back(x):
    st, *_ = run(x, "Damascus has asked for the extradition of the former president. Russian officials have not "
                    "accepted either demand.")
    assert stance_of(st, "unnamed_russian_officials", "assad_extradition") == "oppose"
    st, *_ = run(x, "Talks went on. Lawyers representing the families welcomed the extradition request.")
    assert speakers_of(st, 1) == ["unnamed_lawyers"]


def test_what_others_may_do_to_the_issue_is_no_refusal_of_the_speaker(x):
    assert stances_on(x, "Talks went on. Anwar Haddad, a legal scholar, said accountability must be seen to be fair, "
                         "or it will be dismissed as revenge.", "transitional_justice") == ["support"]



def test_a_medium_passes_on_the_position_of_the_actor_its_report_opens_with_even_quoted(x):
    st, *_ = run(x, "Talks went on. Bloomberg reported that Moscow \"would never hand over\" the former president.")
    assert stance_of(st, "russia", "assad_extradition") == "oppose"


def test_a_body_s_name_is_no_person_and_a_daily_patrol_no_medium(x):
    st, _, _, new, _ = run(x, "Talks went on. Sinara Holding agreed to rebuild the power stations. A consortium led by "
                              "Cham Wings arrived. Daily Russian patrols resumed near the port. Orient Group said it "
                              "would build a power station.")
    assert not {a for a, actor in new.items() if actor.type == "person"}
    assert not {a for a, actor in new.items() if actor.type == "media"} - {"levant_wire"}


def test_whether_or_not_concedes_and_asks_nothing(x):
    assert stances_on(x, "Talks went on. Sergei Lavrov said that whether Damascus liked it or not, Russia would keep "
                         "its bases.", "russian_bases") == ["support"]
    # a question that ends in "or not" still asks; one interrupted by a relative clause too
    assert stances_on(x, "Talks went on. Piotr Kowal said it was unclear whether Moscow would keep the air base or "
                         "not.", "russian_bases") == ["neutral"]
    assert stances_on(x, "Talks went on. Piotr Kowal said it was unclear whether Moscow, which built the base, would "
                         "keep the air base.", "russian_bases") == ["neutral"]
    # a question ends at its comma: what follows is asserted
    assert stances_on(x, "Talks went on. Piotr Kowal said that, whether talks resume soon, Russia must keep the air "
                         "base.", "russian_bases") == ["support"]


def test_a_refusal_reported_in_the_perfect_passive_is_still_one(x):
    assert stances_on(x, "Talks went on. Damascus said the Russian request to keep the air base has been rejected.",
                      "russian_bases") == ["oppose"]


def test_a_guest_labelled_with_his_post_answers_even_with_a_question(x):
    text = ("The minister's news conference\n\n"
            "Karim Nassar, the trade minister, took questions in Damascus on Monday.\n\n"
            "Omar Haddad (Harbour Review): Will the Russian bases stay?\n\n"
            "Karim Nassar (trade minister): Only if they serve Syria. Who would refuse that?\n")
    st, *_ = run(x, text)
    assert stance_of(st, "nassar", "russian_bases") == "conditional"


def test_sources_on_both_sides_are_unnamed_sources_not_the_sides(x):
    st, *_ = run(x, "Ahmed al-Sharaa met Vladimir Putin in Moscow. The future of the air base was high on the agenda, "
                    "sources on both sides said.")  # (two states named: "both sides" alone would be them)
    assert speakers_of(st, 1) == ["unnamed_sources"]


def test_a_name_written_surname_first_is_found_again_by_its_first_word(x):
    st, _, _, new, _ = run(x, "Talks went on. Foreign Ministry spokesperson Wang Lijun said Beijing respected Syria's "
                              "choices. Wang stressed that sanctions on Syria should be lifted.")
    assert speakers_of(st, 1) == speakers_of(st, 2) == [next(a for a in new if new[a].type == "person")]
    # a first word that begins another full name is that other person's
    st, _, _, new, _ = run(x, "Talks went on. Analyst Omar Tlass said the talks were useful. Omar Haddad, a lawyer, "
                              "said sanctions should be lifted.")
    assert len({speakers_of(st, 1)[0], speakers_of(st, 2)[0]}) == 2


@pytest.mark.parametrize("text, person", [
    ("Talks went on. April Jones, a British analyst, said Moscow would keep its air base.", "jones"),
    ("Talks went on. Jan Kowalski said Moscow would keep its air base.", "kowalski"),
])
def test_a_month_may_be_a_given_name(x, text, person):
    st, _, _, new, _ = run(x, text)
    assert person in new and speakers_of(st, 1) == [person]


def test_a_month_after_a_preposition_is_a_date_not_a_name(x):
    st, _, _, new, _ = run(x, "Talks went on. In April Omar Haddad, a British analyst, said Moscow would keep its air "
                              "base. Between January and March Rami Nassif said the talks had stalled.")
    assert new["haddad"].aliases == ["Omar Haddad"] and new["nassif"].aliases == ["Rami Nassif"]
    assert speakers_of(st, 1) == ["haddad"]
    # a month or a modal standing alone later is no mention of a person whose given name it is
    _, men, _, new, _ = run(x, "Talks went on. April Jones, a British analyst, said Moscow would keep its air base. The "
                               "next round is due in April, officials said. Will Moss, a lawyer, said the talks were "
                               "useful. Will the base stay?")
    assert sorted(men.loc[men["actor_id"] == "jones", "surface"]) == ["April Jones"]
    assert sorted(men.loc[men["actor_id"] == "moss", "surface"]) == ["Will Moss"]


@pytest.mark.parametrize("before, opens", [
    ("Studio guests agreed, though one of them, orientalist ", True),
    ("A Kremlin spokesman, ", True),
    ("Syria, under ", False),  # a preposition: a phrase, not a role
    ("Lavrov, visiting ", False),  # a participle
    ("Karam Shaar, who advises the ", False),  # a relative clause
])
def test_an_apposition_opens_on_role_words_only(before, opens):
    from srbrief.extract.lexicon import opens_apposition

    assert opens_apposition(before + "Omar Haddad", len(before)) is opens


def test_one_name_with_an_age_or_a_description_after_a_quotation_s_verb_is_a_person(x):
    text = ('Talks went on. "The port was busy all winter," said Dara, 37, who sells fish by the harbour. "Now '
            'it is quiet." "We hope the base stays," said Narin, a nurse from the old town.')
    st, _, _, detected, _ = run(x, text)
    assert {"dara", "narin"} <= {a.id for a in detected.values() if a.type == "person"}, detected
    assert speakers_of(st, 1) == ["dara"] and speakers_of(st, 2) == ["dara"] and speakers_of(st, 3) == ["narin"]
    # a place or a firm after the verb stays what it is
    _, _, _, detected, _ = run(x, 'Talks went on. "Prices rose," said Rosatom, a state firm, in a statement.')
    assert not {a.id for a in detected.values() if a.type == "person"}, detected


def test_a_patronymic_between_given_name_and_surname_is_the_same_person(x):
    st, _, _, detected, _ = run(x, "Talks went on. Deputy Prime Minister Alexander Valentinovich Novak said the grain "
                                   "would come. Maria Vladimirovna Zakharova said the asylum stood.")
    assert not any("valentinovich" in a or "vladimirovna" in a for a in detected), detected
    assert speakers_of(st, 1) == ["novak"] and speakers_of(st, 2) == ["zakharova"]


def test_guillemets_quote_like_curly_quotes(x):
    st, *_ = run(x, "Talks went on. «Nobody will hand him over. The asylum is final», a source close to the Kremlin "
                    "said.")
    assert speakers_of(st, 1) == ["unnamed_source"] and speakers_of(st, 2) == ["unnamed_source"], st
    assert set(st.loc[st["sent_id"] == 1, "attribution"]) == {"direct-quote"}


@pytest.mark.parametrize("sentence, bases", [
    ("Talks went on. Rami Nasr said Israel will never accept a Turkish military presence in Syria.", False),
    ("Talks went on. Rami Nasr said Ankara wants to withdraw its US-made jets and keep Turkey's air bases.", False),
    ("Talks went on. Rami Nasr said Syria will not keep the Russian and Turkish military bases.", True),
    ("Talks went on. Rami Nasr said Syria will not accept any Russian military presence.", True),
    ("Talks went on. Rami Nasr said U.S. troops would leave the region soon.", False),
    # the owner's possessive, its host and its predecessor keep the term the issue's
    ("Talks went on. Rami Nasr said Moscow hopes to keep its Syrian bases.", True),
    ("Talks went on. Rami Nasr said Russia will keep its former Soviet naval base at Tartus.", True),
])
def test_another_state_s_bases_or_troops_are_no_part_of_russia_s_bases(x, sentence, bases):
    st, *_ = run(x, sentence)
    assert ("russian_bases" in set(st.get("issue_id", []))) == bases, st[["speaker_id", "issue_id", "stance"]]


@pytest.mark.parametrize("sentence, speaker", [
    # an unnamed source at a body named or described ("at a Beirut institute", "at a think tank")
    ("An analyst at the Levant Policy Research Centre said Russia would keep the bases.", "unnamed_analyst"),
    ("An analyst at a think tank said Russia would keep the bases.", "unnamed_analyst"),
    ("A researcher at an Oslo institute said Russia would keep the bases.", "unnamed_oslo_researcher"),
    # a title with "the former" before an apposition that names the speaker, rank and all
    ('"Russia will keep the bases," said the former officer, Col. (res.) Dan Orbach, now a researcher.', "orbach"),
    ('"Russia will keep the bases," said the former minister, Dan Orbach.', "orbach"),
    # ... but a name after a source's comma is what the source says of him
    ("According to a Western diplomat, Sergei Lavrov, who arrived on Monday, wants to keep the bases.",
     "unnamed_western_diplomat"),
    ('The paper cited a former diplomat, Dan Orbach, who said that "Russia will keep the bases."', "orbach"),
    # a place after "in" is no person, its body speaks; a think tank thinks nothing
    ("The Russian Embassy in Bat Yam said Russia would keep the bases.", "russian_embassy"),
    ("Dan Orbach, of a Bat Yam think tank, said Russia would keep the bases.", "orbach"),
])
def test_who_speaks_through_a_body_a_title_or_a_place(x, sentence, speaker):
    st, _, _, detected, _ = run(x, "Talks went on. " + sentence)
    assert speakers_of(st, 1)[:1] == [speaker], st[["sent_id", "speaker_id"]] if len(st) else detected
    assert not any(a.type == "person" and "yam" in a.id for a in detected.values()), detected


def test_a_name_coordinated_with_a_counted_group_holds_the_position_too(x):
    st, *_ = run(x, "Talks went on. Ukraine and several EU capitals want to squeeze the Russian military presence.")
    assert stance_of(st, "ukraine", "russian_bases") == "oppose" and stance_of(st, "eu", "russian_bases") == "oppose"
    st, *_ = run(x, "Talks went on. Turkey and some Gulf states want to curb the Russian military presence.")
    assert {"turkey", "gulf_states"} <= set(st["speaker_id"])


def test_a_name_in_capitals_inside_a_sentence_with_its_post_is_a_person(x):
    text = ("Council hears envoy\n\nBriefing the Council, TOMAS K. VOSS, Special Envoy for the Region, said the "
            "sanctions should be lifted. He warned that time was short.\n")
    st, _, _, detected, _ = run(x, text)
    assert detected["voss"].name == "Tomas K. Voss" and detected["voss"].type == "person"
    assert speakers_of(st, 1)[:1] == ["voss"] and speakers_of(st, 2) == ["voss"]
    # capitals without a post after them are no one ("the UN, OCHA and WFP, said" is no name)
    _, _, _, detected, _ = run(x, "Talks went on. Aid came from UNICEF AND WFP, the agencies said.")
    assert not {a.id for a in detected.values() if a.type == "person"}, detected


def test_a_second_headline_in_title_case_names_no_one(x):
    text = ("PRESS RELEASE\n\nTransition at Critical Juncture, Special Envoy Tells Security Council, as Members Weigh "
            "Sanctions Relief, Foreign Forces, Accountability for Crimes of the Past Decade\n\n"
            "The envoy briefed the Council on Monday.\n")
    _, _, _, detected, _ = run(x, text)
    assert not any("juncture" in a for a in detected), detected


def test_a_later_wire_flash_is_dated_by_its_dateline_and_labelled_without_it(x):
    text = ("Envoys meet in Oslo\n\nOSLO. March 3 (Nordwire) - Envoys of the two governments met in Oslo on Monday.\n\n"
            "Delegation arrives\n\nOSLO. March 4 (Nordwire) - A Russian delegation has arrived in Damascus, a "
            "spokesman said.\n")
    _, _, ev, _, _ = run(x, text, published="2025-03-05")
    row = ev[ev["date_start"] == "2025-03-04"]
    assert len(row) == 1 and row["label"].iloc[0].startswith("A Russian delegation has arrived"), ev[["label", "date_start"]]


def test_german_low_quotes_quote_like_curly_quotes(x):
    st, *_ = run(x, "Talks went on. „Russia will keep its bases“, Sergei Lavrov said.")
    assert set(st.loc[st["sent_id"] == 1, "attribution"]) == {"direct-quote"}, st


@pytest.mark.parametrize("sentence, holder, stance", [
    ("Talks went on. Extraditing the former president is out of the question for the Kremlin.", "russia", "oppose"),
    ("Talks went on. Retaining the naval base remains a priority for Moscow.", "russia", "support"),
    ("Talks went on. Lifting the remaining sanctions is the main goal of Damascus this year.", "syria", "support"),
])
def test_a_verdict_or_want_as_a_predicate_is_held_by_whom_it_is_for(x, sentence, holder, stance):
    st, *_ = run(x, sentence)
    rows = st[(st["sent_id"] == 1) & (st["speaker_id"] == holder)]
    assert len(rows) and set(rows["attribution"]) == {"described"} and set(rows["stance"]) == {stance}, st


def test_issue_terms_with_words_between_and_a_described_position_in_its_own_contrasted_clause(x):
    st, *_ = run(x, "Talks went on. Rami Nasr said Russia will keep the two coastal bases.")
    assert stance_of(st, "nasr", "russian_bases") == "support"
    st, *_ = run(x, "Talks went on. Rami Nasr said Syria wants ties with the Russian Federation based on respect.")
    assert "russian_bases" not in set(st["issue_id"])  # ("based on" is no base)
    st, *_ = run(x, "Talks went on. Rami Nasr said Syria would not tie fuel purchases to the future of the bases.")
    assert stance_of(st, "nasr", "russian_bases") == "neutral"  # (the bases named, no place gone to)
    st, *_ = run(x, "Talks went on. Rami Nasr said ties must take into account the mistakes of the past.")
    assert stance_of(st, "nasr", "transitional_justice") == "support"
    st, *_ = run(x, "Talks went on. The coastal bases will dominate the meeting, while the question of Assad, whose "
                    "handover Damascus has sought, will wait.")
    assert set(st.loc[st["speaker_id"] == "syria", "issue_id"]) == {"assad_extradition"}, st


@pytest.mark.parametrize("sentence, holder", [
    ("Talks went on. The European Union decided to lift its remaining sanctions on Syria.", "eu"),
    ("Talks went on. Russia voted in favour of lifting the sanctions on the new leaders.", "russia"),
])
def test_a_decision_or_a_vote_for_something_is_wanting_it(x, sentence, holder):
    st, *_ = run(x, sentence)
    assert stance_of(st, holder, "sanctions_relief") == "support"


def test_an_author_s_own_reading_is_the_author_s_view_not_the_named_actor_s(x):
    st, *_ = run(x, "Talks went on. My reading is that Damascus wants to keep the Russian presence for now.",
                 author="jane_roe")
    assert st.loc[st["sent_id"] == 1, "speaker_id"].tolist() == ["jane_roe"], st
    assert set(st.loc[st["sent_id"] == 1, "attribution"]) == {"author"}


def test_an_unnamed_commander_is_an_unnamed_source_whom_he_stands_for_after(x):
    text = ('Talks went on. "We will miss them," said Narin, a nurse. An SDF commander told the agency that the '
            'Russian officers had met them. "Their mission is over," he said.')
    st, *_ = run(x, text)
    assert speakers_of(st, 2) == ["unnamed_commander"] and speakers_of(st, 3) == ["unnamed_commander"], st


def test_another_transliteration_of_a_known_person_s_given_name_is_that_person(x):
    st, _, _, detected, _ = run(x, "Talks went on. Deputy Prime Minister Aleksandr Novak said grain would come. "
                                   "Foreign Minister Sergey Lavrov said the bases would stay.")
    assert not {"aleksandr_novak", "sergey_lavrov"} & set(detected), detected
    assert speakers_of(st, 1) == ["novak"] and speakers_of(st, 2) == ["lavrov"]


@pytest.mark.parametrize("sentence, stance", [
    ("Rami Nasr said Syria wants the sums it owes to Russia forgiven.", "support"),
    ("Rami Nasr said the state's foreign liabilities would be discussed.", "neutral"),
])
def test_what_is_owed_and_liabilities_are_debts(x, sentence, stance):
    assert set(stances_on(x, "Talks went on. " + sentence, "debts_and_assets")) == {stance}


def test_a_translation_s_and_before_a_verb_first_frame_and_declining_to_answer(x):
    st, *_ = run(x, "Sources close to the presidency said the talks went well. And added the sources that Russia "
                    "would keep the bases.")
    assert "unnamed_sources" in speakers_of(st, 1), st
    st, *_ = run(x, "Talks went on. Dmitry Peskov declined to answer a question about the handover of Assad.")
    assert stance_of(st, "peskov", "assad_extradition") == "neutral"
    st, *_ = run(x, "Talks went on. Dmitry Peskov declined to answer questions about the former president.")
    assert stance_of(st, "peskov", "assad_extradition") == "neutral"  # (the questions' topic is named)



@pytest.mark.parametrize("sentence, speaker, issue, stance", [
    # a participle's refusal is its subject's own; a want noun's receiver holds nothing; "of" after a refusal noun
    ("Talks went on. Moscow remains opposed to lifting sanctions on Syria.", "russia", "sanctions_relief", "oppose"),
    ("Talks went on. The wheat deal is a sign of support for Damascus in its reconstruction.", "syria", "", None),
    ("Talks went on. There is no intention of handing Assad over to Syria.", "assad", "", None),
    # a verb "close" before a partner closes; "who told" names the speaker of the apposition
    ("Talks went on. Vladimir Putin said Russia would close its bases in partner countries.", "putin",
     "russian_bases", "oppose"),
    ("Talks went on. The agency cited a resident, Dan Orbach, who told the agency that Russian troops had left the "
     "base.", "unnamed_resident", "", "any"),
])
def test_cases_the_second_review_found(x, sentence, speaker, issue, stance):
    st, *_ = run(x, sentence)
    rows = st[(st["speaker_id"] == speaker)] if len(st) else st
    if stance is None:
        assert not len(rows), st
    elif stance == "any":
        assert len(rows), st
    else:
        assert stance_of(st, speaker, issue) == stance


def test_a_verdict_in_capitals_breaks_nothing_and_a_look_alike_name_is_another_person(x):
    run(x, "Talks went on. KEEPING THE BASES IS A PRIORITY FOR MOSCOW. Handing him over is unacceptable To Moscow.")
    _, _, _, detected, _ = run(x, "Talks went on. Czech economist Alexandra Novak said Moscow would keep its bases.")
    assert "alexandra_novak" in detected


@pytest.mark.parametrize("sentence, speaker, stance", [
    ("Talks went on. Damascus may decide to end the lease of the naval base.", "syria", None),
    ("Talks went on. Russia voted against lifting the sanctions on the new leaders.", "russia", "oppose"),
])
def test_a_possible_decision_is_no_position_and_a_vote_against_refuses(x, sentence, speaker, stance):
    st, *_ = run(x, sentence)
    rows = st[st["speaker_id"] == speaker] if len(st) else st
    assert (set(rows["stance"]) == {stance}) if stance else not len(rows), st


def test_an_author_s_reading_of_something_or_understanding_is_the_author_s_view(x):
    st, *_ = run(x, "Talks went on. My reading of the talks is that Damascus wants to keep the Russian presence.",
                 author="jane_roe")
    assert st.loc[st["sent_id"] == 1, "speaker_id"].tolist() == ["jane_roe"], st



def test_an_unsigned_editorial_s_advice_is_the_outlet_s_view(x):
    text = "Talks went on. We think Damascus should insist on short leases for the bases."
    st, *_ = run(x, text, genre="opinion")
    assert speakers_of(st, 1) == ["levant_wire"] and set(st["attribution"]) == {"author"}, st
    st, *_ = run(x, "Talks went on. Damascus wants short leases for the bases.")  # (news: Damascus's position)
    assert speakers_of(st, 1) == ["syria"]


def test_an_unsigned_press_release_speaks_for_its_issuer(x):
    text = "Talks went on in Geneva.\n\n- We call on Moscow to hand over the former president for trial.\n"
    st, _, _, new, _ = run(x, text, outlet="Cedar Rights Watch", genre="press-release")
    assert speakers_of(st, 1) == ["cedar_rights_watch"] and set(st["attribution"]) == {"author"}, st
    assert new["cedar_rights_watch"].type == "organization"  # (an issuer, no person for its three words)
    assert stance_of(st, "cedar_rights_watch", "assad_extradition") == "support"


def test_each_letter_on_a_letters_page_is_its_signer_s(x):
    letter = ("I served in the region for years, and I think Moscow should hand over the former president for trial "
              "before any talk of the bases.")
    text = (f"Letters\n\nOn the port lease\n\n{letter}\n\nJohn Mercer, former envoy, Leeds\n\nA banker writes\n\n"
            "We should not pretend that sanctions can be lifted for free; I would keep them until the debts are "
            "settled in full.\n\nCol. (retd) Ann Whitlow, Bristol\n")
    st, _, _, new, _ = run(x, text, outlet="Northern Post", genre="letters")
    assert new["mercer"].type == "person" and new["mercer"].role == "former envoy" and "whitlow" in new, list(new)
    assert set(st.loc[st["attribution"] == "author", "speaker_id"]) == {"mercer", "whitlow"}, st
    # a name on a line below a paragraph, once, in the middle of a text, signs nothing
    st, _, _, new, _ = run(x, f"Talks\n\n{letter}\n\nJohn Mercer, Leeds\n\nThe talks go on in May.\n")
    assert "mercer" not in new


def test_asking_not_to_be_named_and_a_quoted_verdict_are_nobody_s_described_position(x):
    text = ('Talks went on. A Syrian official said the talks were hard. "A new lease without a settlement of the '
            'debts is out of the question for Damascus," the official said, asking not to be named.')
    st, *_ = run(x, text)
    assert speakers_of(st, 2) == ["unnamed_syrian_official"], st


@pytest.mark.parametrize("sentence, issue, stance", [
    ("Talks went on. Lavrov thanked the Syrian government for ensuring the security of the Russian bases.",
     "russian_bases", "support"),
    ("Talks went on. Peskov said the decision to lift the sanctions was wrong.", "sanctions_relief", "oppose"),
    ("Talks went on. Syria wants guarantees that Russia will leave the bases.", "russian_bases", "oppose"),
    ("Talks went on. Syria backs openness to multiple partners, to ensure that ties with Moscow are not the only "
     "ones.", "partner_diversification", "support"),
])
def test_thanks_guarantees_and_a_wrong_act_take_sides(x, sentence, issue, stance):
    assert stances_on(x, sentence, issue) == [stance]


@pytest.mark.parametrize("sentence, issue", [
    ("Talks went on. Peskov said the decision on the bases would be made later.", "russian_bases"),
    ("Talks went on. An official said Ankara regarded the extradition issue as one for the two capitals to settle.",
     "assad_extradition"),
])
def test_a_decision_on_an_issue_or_the_issue_named_before_its_frame_is_still_a_topic(x, sentence, issue):
    assert stances_on(x, sentence, issue) == ["neutral"]


@pytest.mark.parametrize("text, stances", [
    ("Talks went on. Bashar al-Assad has lived in Moscow since December. Syrian officials have said they want him "
     "returned to face trial.", ["support"]),
    ("Talks went on. Bashar al-Assad has lived in Moscow since December. Peskov said Russia would never hand him over.",
     ["oppose"]),
    ("Talks went on. Peskov arrived in Damascus on Monday. Syrian officials said they want him returned to Moscow.", []),
])
def test_him_beside_an_act_is_the_sought_person_the_sentence_before_named(x, text, stances):
    assert stances_on(x, text, "assad_extradition") == stances


def test_a_question_put_is_no_demand_and_the_silence_after_it_is_on_its_issue(x):
    st, *_ = run(x, "Talks went on. The Kremlin spokesman, Jan Roe, was asked about the extradition on Monday, and he "
                    "declined to comment. Lavrov was asked about the handover of Assad and said he had met Roe.")
    assert stance_of(st, "roe", "assad_extradition") == "neutral"
    assert not len(st[(st["sent_id"] == 2) & (st["issue_id"] == "assad_extradition")]), st


def test_a_broadcast_transcript_s_labels_name_host_correspondent_and_guests(x):
    text = ("Heard on Morning Radio\n\nJANE ROE, HOST:\n\nRussia backed the old regime. Now its leader lives in Moscow."
            "\n\nOMAR PELLO, BYLINE: Good morning, Jane.\n\nROE: So what did they talk about?\n\n"
            "PELLO: The delegation was led by a deputy minister. Russia wants to keep its bases.\n\n"
            "I spoke to an official at the ministry, Obeida Hamsi.\n\nOBEIDA HAMSI: (Speaking Arabic).\n\n"
            "PELLO: He told me Syria wants Russia to pay for the reconstruction.\n\n(SOUNDBITE OF MUSIC)\n\n"
            "HAMSI: (Through interpreter) We want Russia to pay for the reconstruction.\n\nROE: Thank you, Omar.")
    st, _, _, found, _ = run(x, text)
    assert {"pello", "hamsi"} <= set(found), found
    said = set(st.loc[(st["issue_id"] != "") & (st["via_id"] == "levant_wire"), "speaker_id"])
    assert said == {"pello", "hamsi"}, st[["sent_id", "speaker_id", "issue_id"]]  # (the turns' own words)
    assert set(st.loc[st["sent_id"] == 11, "speaker_id"]) <= {"pello"}  # (a sound cue goes on with the turn before)


def test_in_a_turn_a_quotation_left_open_goes_on_in_the_one_it_quotes(x):
    text = ("The Weekly Levant podcast\n\nHost: What does Damascus want?\n\n"
            "Rana Aziz: A deal. One adviser told me, \"We will not ask for the bases to close. "
            "We want the lease renegotiated.\" That is the line now.\n\nHost: Thanks.\n")
    st, *_ = run(x, text)
    rows = st[["sent_id", "speaker_id", "via_id"]].values.tolist()
    assert [r[1:] for r in rows if r[0] == 4] == [["unnamed_adviser", "aziz"]], rows  # the quotation goes on
    assert [r[1] for r in rows if r[0] == 5] == ["aziz"], rows  # after it closes, the floor is hers again
    st, *_ = run(x, 'The Weekly Levant podcast\n\nHost: What now?\n\nRana Aziz: Lavrov said the bases would stay, but '
                    'the mood is, in a word, "patience. Nobody expects a deal soon."\n\nHost: Thanks.\n')
    assert speakers_of(st, 3) == ["aziz"]  # (a quotation Lavrov's own verb does not open is hers)


def test_a_roundups_labels_with_a_dash_or_a_colon_give_each_paragraph_its_speaker(x):
    text = ("Reactions: what they said\n\nThe two presidents met in Moscow on Wednesday.\n\n"
            "Pavel Ignatov, Russian deputy foreign minister — Our bases will stay. Nothing has changed.\n\n"
            "A senior Syrian official, who asked not to be named — The lease will be reviewed.\n\n"
            "Samir Aboud, 61, a baker in Hama: I want the old president sent back to face trial.\n\n"
            "Lena Wirth, analyst at a Berlin institute — Sanctions relief will come first.\n")
    st, _, _, det, _ = run(x, text)
    rows = st[["sent_id", "speaker_id"]].values.tolist()
    assert det["ignatov"].role == "Russian deputy foreign minister" and det["aboud"].role == "baker in Hama"
    assert [r[1] for r in rows if r[0] in (2, 3)] == ["ignatov", "ignatov"], rows
    assert {r[1] for r in rows if r[0] == 4} == {"unnamed_syrian_official"}, rows  # not the one before
    assert [r[1] for r in rows if r[0] == 5] == ["aboud"] and [r[1] for r in rows if r[0] == 6] == ["wirth"], rows


def test_a_dateline_with_a_dash_is_no_ones_turn_and_a_known_person_named_in_passing_is_not_he(x):
    text = ("Moscow weighs its bases\n\nBy Jane Roe\n\nThe analysis below was written in Washington.\n\n"
            "WASHINGTON — When the two ministers met, the outcome was a review of every agreement.\n\n"
            "Yuri Galkin, a ministry official, said the talks were hard. They have stalled since the fall of "
            "Bashar al-Assad. The Syrian side, he said, had raised the bases.\n")
    st, *_ = run(x, text)
    rows = st[["sent_id", "speaker_id"]].values.tolist()
    assert not [r for r in rows if r[0] == 3 and r[1] == "usa"], rows  # (a dateline, no speaker)
    assert "galkin" in [r[1] for r in rows if r[0] == 6] and "assad" not in [r[1] for r in rows], rows


def test_a_sentence_with_a_colon_is_no_label_of_the_source_it_opens_with(x):
    st, *_ = run(x, "Live: the talks in Moscow\n\nThe Syrian state news agency carries a readout: talks covered trade "
                    "and energy.\n\nNo mention of the bases.\n")
    assert st.empty or not (st["attribution"] == "direct-quote").any(), st[["sent_id", "speaker_id"]]


def test_a_later_items_date_and_agency_give_way_to_the_sentences_own_date(x):
    text = ("Bulletin\n\nMoscow hosts talks\n\nOct 14 (Levant Wire) - Talks opened in Moscow, officials said.\n\n"
            "Grain deal\n\nOct 14 (Levant Wire) - Russia and Syria signed a grain deal on Monday, the ministry said.\n")
    _, _, ev, _, _ = run(x, text, published="2025-10-14")
    signed = ev[ev["label"].str.contains("grain deal")]
    assert signed["date_start"].tolist() == ["2025-10-13"], ev[["label", "date_start"]].values.tolist()
    assert not ev["label"].str.contains(r"\(Levant Wire\)").any()


def test_an_aside_between_dashes_is_no_label_and_no_speaker(x):
    st, *_ = run(x, "Talks between the two sides went on for a third day in Moscow.\n\n"
                    "Turkey's foreign ministry — which has troops in the north — said Ankara wanted the Russian bases "
                    "closed, while Iran said Moscow should keep them.\n\n"
                    "Vladimir Putin — who met the Syrian president in October — said the bases would stay.\n\n"
                    "Sergei Lavrov — foreign minister since 2004 — told reporters the bases would stay.\n")
    rows = st[["sent_id", "speaker_id", "via_id", "attribution"]].values.tolist()
    assert ["iran", "levant_wire"] in [r[1:3] for r in rows if r[0] == 1], rows  # not through the ministry
    assert speakers_of(st, 2) == ["putin"] and speakers_of(st, 3) == ["lavrov"], rows
    assert "direct-quote" not in st["attribution"].tolist(), rows


def test_a_demand_named_with_its_article_is_still_its_subjects(x):
    st, *_ = run(x, "Talks went on. Damascus is sticking to the demand that Moscow hand over Bashar al-Assad. Lavrov "
                    "said Russia would keep its bases, which it would reduce in size. Moscow rejected Syria's request "
                    "to hand over Assad and kept its bases.")
    assert stance_of(st, "syria", "assad_extradition") == "support"
    assert stance_of(st, "lavrov", "russian_bases") == "conditional"  # (what ", which" says is done to the bases)
    assert "russian_bases" not in st.loc[st["speaker_id"] == "syria", "issue_id"].tolist()  # (Moscow kept them)


def test_a_role_in_capitals_with_the_person_in_brackets_is_that_persons_turn(x):
    text = ("Open Line, Coast Radio\n\nHOST (Rami): The lines are open.\n\n"
            "CALLER (Abu Nabil, Jableh): If the Russians stay, let them pay rent for the base.\n\n"
            "HOST (Rami): Thank you.\n\nCALLER (Salma, Homs): The former president must be handed over first.\n")
    st, _, _, det, _ = run(x, text)
    assert det["abu_nabil"].role == "caller, Jableh"
    _, _, _, det, _ = run(x, "Briefing\n\nQUESTION (Al Watan): Will the bases stay?\n\nSPOKESMAN: No decision.\n\n"
                             "QUESTION (Levant Desk): And Assad?\n\nSPOKESMAN: Nothing to add.\n")
    assert not [a for a in det.values() if a.type == "person" and a.role.startswith("question")]
    rows = st[["sent_id", "speaker_id", "issue_id"]].values.tolist()
    assert [2, "abu_nabil", "russian_bases"] in rows and [4, "salma", "assad_extradition"] in rows, rows


def test_a_sentence_case_turn_label_is_no_part_of_a_happening_s_label(x):
    _, _, ev, _, _ = run(x, "The Weekly Levant podcast\n\nHost: Did Russia sign anything?\n\n"
                            "Rana Aziz: No. Moscow signed a grain deal with Damascus in March.\n\n"
                            "Host: Signed in March, in Damascus.\n")
    assert not any(lab.startswith(("Host", "Rana")) for lab in ev["label"]), ev["label"].tolist()


def test_a_turn_label_is_no_part_of_a_happening_s_label(x):
    text = ("CNN INTERNATIONAL\nROE\n\nSyria's Foreign Minister on Russia, Assad and Israel\n\nAired August "
            '5, 2025 - 13:00 ET\n\nTHIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND '
            "MAY BE UPDATED.\n\nJANE ROE, CNN CHIEF INTERNATIONAL ANCHOR: Last Thursday, Syria's top "
            'diplomat sat across the table from Sergey Lavrov in Moscow. Anna Berg joins me now from '
            'Damascus. Foreign Minister, welcome to the program.\n\nANNA BERG, SYRIAN FOREIGN MINISTER '
            '(through translator): Thank you, Jane. It is good to be with you.')
    _, _, ev, _, _ = run(x, text)
    assert ev.iloc[0]["label"] == "Syria's top diplomat sat across the table from Sergey Lavrov in Moscow"


def test_by_force_is_no_military_force(x):
    text = "Talks went on. Lavrov said Moscow opposes attempts to resolve the issue by force."
    assert stances_on(x, text, "russian_bases") == []



@pytest.mark.parametrize("text, issue, stances", [
    # "about" before an amount is roughly: the request stands
    ("Talks went on. Syria is asking about 500,000 tonnes of Russian wheat, the trade minister said.",
     "reconstruction", ["support"]),
    # "him" is the topic only when the sentence before named no one else, and only as the act's object
    ("Talks went on. Al-Sharaa, who toppled Bashar al-Assad last year, flew to Moscow on Wednesday. Peskov said "
     "Russian guards would protect him during the visit.", "assad_extradition", []),
    ("Talks went on. Bashar al-Assad named Omar Roe central bank governor in 2019. Syria's new government has asked "
     "him to return the money.", "assad_extradition", []),
    # a decision named as the topic takes no side; things going wrong refuse nothing
    ("Talks went on. Peskov said the decision to keep the bases rests with Damascus.", "russian_bases", ["neutral"]),
    ("Talks went on. A Syrian official said something went wrong with the wheat deliveries from Russia.",
     "reconstruction", ["neutral"]),
])
def test_review_cases_of_amounts_pronouns_decisions_and_idioms(x, text, issue, stances):
    assert stances_on(x, text, issue) == stances


def test_a_silence_with_its_own_object_is_not_on_the_issue_named_before(x):
    st, *_ = run(x, "Talks went on. Lavrov backed keeping the bases on Monday, while Peskov declined to say when "
                    "Putin would visit Damascus.")
    assert "russian_bases" not in set(st.loc[st["speaker_id"] == "peskov", "issue_id"]), st


def test_capital_headings_whose_words_the_text_also_writes_are_no_persons(x):
    text = ("Syria and Russia are bargaining over the Russian bases, frozen assets and sanctions relief.\n\n"
            "RUSSIAN BASES: Moscow wants to keep Tartus.\n\nFROZEN ASSETS: Syria has $2 billion in Russian banks."
            "\n\nSANCTIONS RELIEF: Western sanctions still weigh on trade.")
    _, _, _, found, _ = run(x, text)
    assert not any(a.type == "person" for a in found.values()), found


def test_a_described_act_that_only_names_an_earlier_request_takes_no_side(x):
    st, *_ = run(x, "Talks went on. Syrian officials want Assad sent back. Kremlin spokesman Dmitry Peskov was asked "
                    "about the request and declined to comment.")
    assert set(st.loc[st["speaker_id"] == "peskov", "stance"]) == {"neutral"}, st


def test_exchanging_views_on_a_matter_is_a_speech_act(x):
    st, *_ = run(x, "Talks went on. Lavrov and Shaibani exchanged views on the future of the naval base. Lavrov and "
                    "Shaibani exchanged views, and Russia pledged to help rebuild Syrian power plants.")
    assert stance_of(st, "lavrov", "russian_bases") == "neutral", st
    assert "lavrov" not in speakers_of(st, 2), st


@pytest.mark.parametrize("text, speaker, issue", [
    ("Talks went on. Asked about the Tartus base, Peskov said he had nothing to report.", "peskov", "russian_bases"),
    ("Talks went on. Syria wants Assad handed over. The Kremlin, asked afterward, said it had nothing to report.",
     "russia", "assad_extradition"),
])
def test_a_question_names_its_topic_and_nothing_to_report_is_silence(x, text, speaker, issue):
    st, *_ = run(x, text)
    assert stance_of(st, speaker, issue) == "neutral"


def test_asking_about_a_thing_takes_no_side_on_it(x):
    text = "Talks went on. Irina Belykh (United Russia) asked about humanitarian supplies."
    assert set(stances_on(x, text, "reconstruction")) <= {"neutral"}


def test_a_footnote_marker_after_a_full_stop_ends_the_sentence(x):
    st, *_ = run(x, "Talks went on. Moscow withdrew most of its jets.[12] Syrian officials indicate that any continued "
                    "presence would be conditional.")
    assert stance_of(st, "unnamed_syrian_officials", "russian_bases") == "conditional"
    assert speakers_of(st, 1) == [], st


@pytest.mark.parametrize("text, speaker, issue, stances", [
    ("Talks went on. Russia will keep its bases in Syria, Peskov said when asked about the Tartus lease.", "peskov",
     "russian_bases", ["support"]),
    ("Talks went on. Lavrov praised the ties when he was asked about the Tartus lease.", "lavrov", "russian_bases", []),
])
def test_a_question_after_the_answer_or_with_no_answer_names_no_matter(x, text, speaker, issue, stances):
    st, *_ = run(x, text)
    assert st.loc[(st["speaker_id"] == speaker) & (st["issue_id"] == issue), "stance"].tolist() == stances, st


@pytest.mark.parametrize("sentence", [
    "The Syrian presidency did not reply to a request for comment on Sunday.",
    "The Syrian presidency did not respond when contacted by the agency.",
    "Officials in Borduria also did not respond.",
    "The Kremlin has not commented publicly on the reports.",
])
def test_silence_on_nothing_is_no_statement(x, sentence):
    st, *_ = run(x, "Talks went on. " + sentence)
    assert st.empty, st[["speaker_id", "cue"]].values.tolist()


@pytest.mark.parametrize("sentence, cue", [
    ("The Ruritanian spokesman Ivan Orlov declined to say when the convoy would sail and added that the crews were "
     "ready.", "declined to say"),
    ("Ivan Orlov declined to say whether a draft had been exchanged.", "declined to say"),
    ("Ivan Orlov would not comment on the lease of the naval base.", "would not comment"),
])
def test_a_silence_that_leaves_a_question_or_more_words_is_a_statement(x, sentence, cue):
    st, *_ = run(x, "Talks went on. " + sentence)
    assert st["speaker_id"].tolist()[:1] == ["orlov"] and st["cue"].tolist()[0] == cue, st.values.tolist()


def test_an_answer_that_tells_what_others_said_is_still_the_answerers(x):
    """Every sentence of an answer is the answerer's; a voice it tells of comes through them, and what that voice
    did or wants is only relayed (no side of the answerer's own)."""
    text = ("Question: Where did the fuel come from?\n\n"
            "Asaad al-Shaibani: The ministry never named the supplier. Traders said the tankers came from Russia.\n\n"
            "Question: And the debts?\n\n"
            "Asaad al-Shaibani: Reports said the president asked Moscow to write off the old loans.\n")
    st, *_ = run(x, text)
    rows = st[["sent_id", "speaker_id", "via_id", "issue_id", "stance"]].values.tolist()
    assert ["shaibani", "unnamed_traders"] == [r[1] for r in rows if r[0] == 2], rows
    assert all(r[2] == "shaibani" for r in rows if r[1] == "unnamed_traders"), rows
    said = [r for r in rows if r[0] == 4 and r[1] == "shaibani"]
    assert said and all(r[4] in ("", "neutral") for r in said), rows


def test_the_president_is_one_in_office_at_publication_not_one_whose_term_had_ended(x):
    text = ("The new airport terminal, opened by President Ahmed al-Sharaa, was first planned under Bashar al-Assad. "
            "The president said the terminal would serve pilgrims.")
    st, *_ = run(x, text, published="2025-11-20")
    assert speakers_of(st, 1) == ["sharaa"], st[["sent_id", "speaker_id"]].values.tolist()
    # "the former president" is the one whose post had ended
    st, *_ = run(x, text.replace("The president said", "The former president said"), published="2025-11-20")
    assert speakers_of(st, 1) == ["assad"], st[["sent_id", "speaker_id"]].values.tolist()
    # in a passage about the time he held it, he is still the president
    st, *_ = run(x, "In 2018, Bashar al-Assad hosted Vladimir Putin at the air base. The president thanked the pilots.",
                 published="2025-11-20")
    assert speakers_of(st, 1) == ["assad"], st[["sent_id", "speaker_id"]].values.tolist()


def test_a_past_title_word_marks_the_holder_whose_post_had_ended(tmp_path):
    """"The ousted president" is the one whose post had ended, by the codebook's past-title words, not by a title
    the codebook happens to list for one man (removed here from a copy of the codebook)."""
    book = shutil.copytree(paths.CODEBOOK_DIR, tmp_path / "codebook")
    actors = book / "actors.yaml"
    actors.write_text(re.sub(r"the (?:ousted|deposed) president, |, the deposed president", "",
                             actors.read_text(encoding="utf-8")), encoding="utf-8")
    assert "ousted president" not in actors.read_text(encoding="utf-8")
    plain = Extractor(codebook.load(book))
    for past in ("ousted", "deposed"):
        st, *_ = run(plain, "The new airport terminal, opened by President Ahmed al-Sharaa, was first planned under "
                            f"Bashar al-Assad. The {past} president said the terminal would serve pilgrims.",
                     published="2025-11-20")
        assert speakers_of(st, 1) == ["assad"], (past, st.to_dict("records"))


@pytest.mark.parametrize("sentence, body, speaker", [
    ("Talks went on, said Lina Haddad, a fellow at the Orontes Policy Forum in Beirut.", "orontes_policy_forum",
     "haddad"),
    ("Rami Saleh, who studies Gulf politics at the Tigris Centre for Regional Studies, said the deal would hold.",
     "tigris_centre_for_regional_studies", "saleh"),
    ("Yuri Sokolov of the Institute of Caspian Affairs said the lease would be revised.",
     "institute_of_caspian_affairs", "sokolov"),
    ("The Aleppo Institute for Water Research said the dam was damaged.", "aleppo_institute_for_water_research",
     "aleppo_institute_for_water_research"),
])
def test_a_research_body_named_by_its_head_word_is_an_organisation_and_its_member_speaks(x, sentence, body, speaker):
    st, ms, _, det, _ = run(x, "Talks went on. " + sentence)
    assert det.get(body) is not None and det[body].type == "organization", sorted(det)
    assert speakers_of(st, 1)[:1] == [speaker], st[["sent_id", "speaker_id"]].values.tolist()


def test_a_title_case_headline_word_is_no_body(x):
    st, ms, _, det, _ = run(x, "Envoys Meet in Damascus; Talks Centre on Grain and Bases\n\nThe envoys met on Monday.")
    assert not any("centre" in k for k in det), sorted(det)


@pytest.mark.parametrize("sentence", [
    "Sergey Lavrov characterised the talks as useful.",
    "Sergey Lavrov characterizes the talks as useful.",
])
def test_characterising_something_is_saying(x, sentence):
    st, *_ = run(x, "Talks went on. " + sentence)
    assert speakers_of(st, 1) == ["lavrov"], st.values.tolist()


def test_a_quotation_inside_an_answer_is_one_statement_of_the_one_quoted(x):
    st, *_ = run(x, 'Question: What did the Kremlin promise?\n\nAsaad al-Shaibani: Sergey Lavrov told me, "We are '
                    'ready to write off the old loans." That was in July.\n')
    rows = st[(st["sent_id"] == 1) & (st["speaker_id"] == "lavrov")]
    assert len(rows) == 1 and rows["via_id"].tolist() == ["shaibani"], st.values.tolist()


@pytest.mark.parametrize("sentence, stance", [
    ("Peskov said shelter was offered to Assad and his family in March.", "oppose"),
    ("Peskov said Moscow offered shelter to Assad and his family in March.", "oppose"),
])
def test_an_offer_in_the_passive_takes_the_act_it_offers(x, sentence, stance):
    st, *_ = run(x, sentence)
    assert stance_of(st, "peskov", "assad_extradition") == stance


@pytest.mark.parametrize("text, speakers", [
    ("The ferry left the quay at noon, witnesses said.", ["unnamed_witnesses"]),
    ("Two witnesses said the ferry left at noon. One of the witnesses said the quay was empty.",
     ["unnamed_witnesses", "unnamed_witnesses"]),
])
def test_a_source_noun_in_s_takes_its_plural_in_es(x, text, speakers):
    st, *_ = run(x, text)
    assert list(st["speaker_id"]) == speakers


@pytest.mark.parametrize("text", [
    "What can Ankara offer Damascus in return for the ports?",
    "What should the two governments do about the ports and the bases?",
    "Will al-Sharaa ask for the handover of Assad?",
])
def test_a_question_in_the_texts_own_voice_states_no_view(x, text):
    st, *_ = run(x, "The ferry left on Monday. " + text, author="Jane Roe", genre="analysis")
    assert len(st) == 0


def test_a_meeting_told_with_sat_down_with_sets_out_no_interview(x):
    text = ("What we know about the ferry talks\n\n"
            "A year after Bashar al-Assad fled, Norwegian officials finally sat down with the men who replaced him. "
            "Here is what is known.\n\n"
            "Who went, and what came of it?\n\nA delegation of six flew in on Monday. The talks ran for hours.\n\n"
            "What about the port?\n\nThe port stays closed for now.\n")
    st, *_ = run(x, text, author="jane_roe", genre="explainer")
    assert st.empty or "assad" not in set(st["speaker_id"]), st[["sent_id", "speaker_id"]].values.tolist()


@pytest.mark.parametrize("text, speakers", [
    ("The representative of China said the text ignored the fighters. He expressed concern about the camps.",
     ["china", "china"]),
    ("The British delegate welcomed the lifting of sanctions, adding that trade would follow.", ["uk"]),
    ("Russia's representative said the vote mattered. It reflected the will of Syrians, he stressed.",
     ["russia", "russia"]),
    ("The representative of China said the text was weak. The fighters, he said, were a risk. The vote, he "
     "stressed, changed little.", ["china", "china", "china"]),
])
def test_an_unnamed_representative_of_a_state_speaks_for_the_state(x, text, speakers):
    st, *_ = run(x, text)
    assert st.groupby("sent_id")["speaker_id"].first().tolist() == speakers


def test_an_outlet_named_with_the_is_one_actor_in_its_byline_and_its_text(x):
    st, men, *_ = run(x, "The Ferry Review has long argued for open ports. We believe the bases should stay.",
                      outlet="The Ferry Review", genre="opinion")
    assert set(st["speaker_id"]) == {"ferry_review"}
    assert set(men["actor_id"]) == {"ferry_review"}


def test_one_unknown_name_that_says_while_citing_a_source_is_a_medium(x):
    _, men, _, found, _ = run(x, "Talks went well. Gazetta, citing a person in Oslo, went further and said the "
                                 "ferry deal was dead.")
    assert found["gazetta"].type == "media"


@pytest.mark.parametrize("text", [
    "The daily Al-Nour quoted the port director, Samir Khoury, as saying that the lease was void.",
    "The daily Al-Nour quoted Samir Khoury as saying that the lease was void.",
])
def test_a_name_quoted_as_saying_is_a_person(x, text):
    *_, found, _ = run(x, text)
    assert found["khoury"].type == "person"


def test_a_medium_that_reports_an_act_speaks_on_no_issue_and_the_act_is_its_doers(x):
    st, *_ = run(x, "Talks went well. The daily Al-Nour reported that Damascus had cancelled the port contract.")
    rows = st[["speaker_id", "via_id", "issue_id"]].values.tolist()
    assert [r[2] for r in rows if r[0] == "al_nour"] == [""], rows
    assert any(r[0] == "syria" and r[1] == "al_nour" and r[2] for r in rows), rows


@pytest.mark.parametrize("text, speaker", [
    ("In Moscow's view, the ferry deals may well continue.", "russia"),
    ("But in the Kremlin's opinion, the air base will stay.", "russia"),
    ("In Lavrov's view, the old agreements should be reviewed.", "lavrov"),
    ("In Moscow's view, the old lease remains valid, and Kremlin officials said the ferries would run.", "russia"),
])
def test_a_sentence_that_opens_on_whose_view_it_is_is_theirs(x, text, speaker):
    st, *_ = run(x, text)
    viewed = st[st["cue"].str.endswith(("view", "opinion"))]
    assert set(viewed["speaker_id"]) == {speaker}, st[["speaker_id", "cue"]].values.tolist()


def test_the_government_a_speaker_of_a_state_speaks_of_is_that_states_in_a_story_filed_elsewhere(x):
    st, ms, *_ = run(x, "MOSCOW, March 3 (Levant Wire) - A Syrian official said the government wanted the air base "
                        "lease cut short. The government said the talks went well.")
    gov = ms[ms["surface"].str.lower() == "the government"].sort_values("start")["actor_id"].tolist()
    assert gov == ["syria", "russia"], ms[["surface", "actor_id"]].values.tolist()


def test_an_interview_set_out_by_we_sat_down_with_gives_the_answers_to_the_guest(x):
    text = ("The consul's view\n\nLast week we sat down with Ingrid Halvorsen, a Norwegian consul in Latakia.\n\n"
            "Will the ferries run again?\n\nProbably. Moscow will keep selling grain.\n\n"
            "And the air base?\n\nIt stays, on new terms.\n")
    st, *_ = run(x, text)
    assert set(st.loc[st["sent_id"] >= 3, "speaker_id"]) == {"halvorsen"}, st[["sent_id", "speaker_id"]].values.tolist()


@pytest.mark.parametrize("text, speaker", [
    ("A Russian delegate, speaking on condition of anonymity, said the text on the ferries was weak.",
     "unnamed_russian_delegate"),
    ("The representative of China said the text ignored the fighters. Lavrov said the sanctions must go, and China "
     "agreed to lift them. He added that the ferries would run.", "lavrov"),
])
def test_a_state_speaks_only_through_its_own_representative_and_he_goes_on_only_with_it(x, text, speaker):
    st, *_ = run(x, text)
    assert st.groupby("sent_id")["speaker_id"].first().tolist()[-1] == speaker, st[["sent_id", "speaker_id"]]


@pytest.mark.parametrize("text, name", [
    ("The port was idle. Ferrostal, citing force majeure, said it would leave the port.", "ferrostal"),
    ("The daily Al-Nour quoted Marine Traffic as saying that two ships had left the port.", "traffic"),
    ("Hama Cement served as a major supplier to the rebuilding effort.", "cement"),
])
def test_a_body_that_cites_a_reason_is_quoted_or_serves_is_no_medium_nor_person(x, text, name):
    *_, found, _ = run(x, text)
    assert name not in found or found[name].type not in ("media", "person"), {a: d.type for a, d in found.items()}


def test_a_capital_that_begins_a_longer_source_name_is_no_state(x):
    st, *_ = run(x, "According to Moscow State University researchers, the sanctions should be lifted.")
    assert "russia" not in set(st["speaker_id"])


@pytest.mark.parametrize("sentence, stance", [
    ("A diplomat said the Syrian side had raised the return of Assad at the dinner.", "support"),
    ("A diplomat said the Syrian side would bring up the return of Assad at the dinner.", "support"),
    ("A diplomat said the Syrian side intends to raise the question of Assad's return at the dinner.", "support"),
    ("A diplomat said the Syrian side did not raise the return of Assad at the dinner.", "neutral"),
    ("A diplomat said the return of Assad was not raised at the dinner.", "neutral"),
    ("A diplomat said the return of Assad was raised at the dinner.", "neutral"),
])
def test_a_party_that_raises_a_sought_issue_asks_for_it_and_a_passive_only_says_it_came_up(x, sentence, stance):
    st, *_ = run(x, sentence)
    rows = st[st["issue_id"] == "assad_extradition"]
    sides = set(rows.loc[rows["speaker_id"] == "syria", "stance"]) or set(rows["stance"])
    assert sides == {stance}, rows[["speaker_id", "stance"]].values.tolist()


def test_a_medium_named_like_a_persons_surname_is_another_actor(x):
    st, ms, _, found, _ = run(x, "Mara Quill, a former adviser, told The Quill on Monday that the ferries would run. "
                                 "Quill said the port would reopen.")
    kinds = {found[a].type for a in ms.loc[ms["surface"].isin(["Mara Quill", "The Quill"]), "actor_id"]}
    assert kinds == {"person", "media"}, ms[["surface", "actor_id"]].values.tolist()
    assert speakers_of(st, 1) == [ms.loc[ms["surface"] == "Mara Quill", "actor_id"].iloc[0]], st.values.tolist()


@pytest.mark.parametrize("sentence, speaker", [
    ("Norway welcomed the decision to lift the sanctions.", "norway"),
    ("Kazakhstan's representative said the sanctions should be lifted.", "kazakhstan"),
    ("The representative of Kazakhstan said the sanctions should be lifted.", "kazakhstan"),
])
def test_a_state_beyond_the_story_speaks_for_itself(x, sentence, speaker):
    st, *_ = run(x, "The Council met on Monday. " + sentence)
    assert speakers_of(st, 1) == [speaker], st[["sent_id", "speaker_id"]].values.tolist()


def test_the_authorities_a_third_states_voice_speaks_of_are_not_its_own(x):
    _, ms, *_ = run(x, "Russia and Syria signed the ferry deal; Syria thanked Russia.\n\nNorway's representative "
                       "welcomed the vote and hoped the authorities would reopen the ferries.")
    assert "norway" not in set(ms.loc[ms["surface"] == "the authorities", "actor_id"]), ms.values.tolist()


@pytest.mark.parametrize("sentence, places", [
    ("The ministry approached printers in the Netherlands and Norway, bankers said.", {"netherlands", "norway"}),
    ("The ferries sailed to Cyprus or Greece, a port official said.", {"cyprus", "greece"}),
])
def test_names_joined_to_a_place_are_places_too(x, sentence, places):
    _, ms, *_ = run(x, sentence)
    assert not places & set(ms["actor_id"]), ms[["surface", "actor_id"]].values.tolist()


def test_a_month_joined_to_a_name_leaves_the_name_an_actor(x):
    _, ms, *_ = run(x, "The bloc eased sanctions in May and Norway lifted its own in June.")
    assert "norway" in set(ms["actor_id"]), ms[["surface", "actor_id"]].values.tolist()


def test_the_actors_table_leaves_out_codebook_states_the_corpus_never_names():
    from srbrief.dataset.build import actors_table
    cb = codebook.load()
    mentions = pd.DataFrame({"actor_id": ["norway"], "surface": ["Norway"], "method": ["alias"]})
    ids = set(actors_table(cb, [], mentions)["actor_id"])
    assert "norway" in ids and "guyana" not in ids and "afp" in ids  # (a codebook medium stays, named or not)


@pytest.mark.parametrize("sentence, person", [
    ("The envoys left. Mr Al Shara said the ferries would sail.", "sharaa"),
    ("The envoys left. The minister Omar al-Shaibani said the ferries would sail.", "omar_shaibani"),
])
def test_the_article_written_as_a_word_is_no_other_given_name(x, sentence, person):
    st, *_ = run(x, sentence)
    assert speakers_of(st, 1) == [person], st[["sent_id", "speaker_id"]].values.tolist()


def test_a_courtesy_title_before_a_name_makes_a_person_without_a_speech_verb(x):
    *_, found, _ = run(x, "The panel met. Sen. Mara Quill, the committee's ranking Democrat, pressed for relief.")
    assert "quill" in found and found["quill"].type == "person", {a: d.type for a, d in found.items()}


def test_a_name_inside_a_works_quoted_title_is_no_one_he_stands_for(x):
    for title in ('"After Putin: What Next"', "\u201cLavrov's Legacy\u201d"):
        st, *_ = run(x, f"Sen. Ole Brandt opened a hearing titled {title} on Tuesday. The ferries matter, he said.")
        assert speakers_of(st, 1) == ["brandt"], st[["sent_id", "speaker_id"]]


def test_a_joint_documents_capitalised_parties_are_the_states_that_issue_it(x):
    text = ("Sergei Lavrov and Asaad al-Shaibani met in Moscow. The Parties agreed to reopen the ferry line. "
            "The Russian Side took note of the request. The parties agreed to meet again.")
    st, *_ = run(x, text)
    assert set(speakers_of(st, 1)) == {"russia", "syria"} and speakers_of(st, 2) == ["russia"], st.values.tolist()
    assert set(speakers_of(st, 3)) == {"lavrov", "shaibani"}  # (lower case: the people who held the talks)


def test_a_question_label_that_names_who_asks_makes_a_person(x):
    text = ("Briefing excerpt\n\nThe ministry held its weekly briefing on Thursday.\n\nQUESTION (Jana Kroll, Radio "
            "Orient): Families are camped at the port. Will the ferries run?\n\nSPOKESWOMAN: They will.\n\n"
            "QUESTION (Kroll): When will they run?\n")
    *_, found, _ = run(x, text)
    assert "kroll" in found and found["kroll"].type == "person", {a: d.type for a, d in found.items()}


def test_a_broadcasts_cast_list_names_the_people_its_labels_give_the_floor(x):
    text = ("The Levant Hour, episode 9\n\nHosts: Dana Whitfield, Pavel Orsk. Guest: Lina Farouk, a fellow at the "
            "Cedar Institute.\n\nDANA: Sanctions are being lifted, and fast.\n\nPAVEL: Right.\n\n"
            "LINA: Moscow will want to keep the naval base at any price.\n\nDANA: So the base stays?\n\nLINA: Yes.\n")
    st, _, _, found, _ = run(x, text)
    assert found["whitfield"].role == "host" and found["orsk"].type == "person"
    rows = st[["speaker_id", "issue_id"]].values.tolist()
    assert ["whitfield", "sanctions_relief"] in rows and ["farouk", "russian_bases"] in rows, rows
    assert "orsk" not in set(st["speaker_id"])  # (a turn's "Right." is an interjection, no statement)


def test_channels_named_with_their_audience_speak_and_it_is_the_channel_named_last(x):
    text = ("Telegram roundup\n\nBlue Anchor Notes (about 80,000 subscribers) posted on Monday a photo of the port. "
            "The channel claimed the frigates had left.\n\nSteppe Wire 12 (roughly 40,000) looked at the airfield. "
            "\"Not one jet on the apron,\" it wrote on Tuesday. It suggested, without giving a source, that the pilots "
            "had gone home.")
    st, _, _, found, _ = run(x, text)
    assert found["blue_anchor_notes"].type == found["steppe_wire_12"].type == "media"
    assert speakers_of(st, 2) == ["blue_anchor_notes"] and speakers_of(st, 4) == ["steppe_wire_12"]
    assert speakers_of(st, 5) == ["steppe_wire_12"]  # (no unnamed source: none was given)


def test_he_in_a_clause_on_someones_interview_is_its_giver(x):
    st, *_ = run(x, "Peskov spoke first. Channels reposted Sergei Lavrov's interview with a Turkish daily, published "
                    "on Friday, in which he said the port deal was void.")
    assert speakers_of(st, 1) == ["lavrov"]


def test_a_transcripts_short_answers_and_an_askers_preamble(x):
    text = ("Briefing.\n\nQUESTION (Jana Kroll, Radio Orient): I have a question on Syria. Will Russia keep the naval "
            "base?\n\nLAVROV: Yes.\n\nQUESTION (Kroll): And Tartus?\n\nLAVROV: Tartus too.\n")
    st, *_ = run(x, text)
    assert st.loc[st["speaker_id"] == "kroll", "issue_id"].tolist() == ["russian_bases"]  # (no "I have a question")
    assert "Tartus too." in " ".join(st.loc[st["speaker_id"] == "lavrov", "text"])  # (a name: no interjection)


def test_a_hosts_welcome_is_no_cast_list(x):
    *_, found, _ = run(x, "Levant Weekly\n\nHost: Welcome back to Levant Weekly. Today I'm joined by Karim Nassar and "
                          "Lina Haddad.\n\nKARIM: Thanks.\n")
    assert all(a.role != "host" for a in found.values())


def test_a_named_askers_words_are_theirs_on_no_side(x):
    text = ("Briefing excerpt\n\nThe ministry held its weekly briefing on Thursday.\n\nQUESTION (Jana Kroll, Radio "
            "Orient): Families are camped at the port. Will Russia keep the naval base?\n\nSPOKESWOMAN: It will.\n\n"
            "QUESTION (Coast Weekly Review): What is your assessment?\n\nSPOKESWOMAN: Calm.\n\n"
            "QUESTION (Al-Sahel FM): Will the sanctions be lifted?\n\nSPOKESWOMAN: Soon.\n\n"
            "QUESTION (Kroll): Did Damascus ask for the sanctions to be lifted?\n\nSPOKESWOMAN: Yes.\n\n"
            "Question: And the wheat?\n")
    st, *_, found, _ = run(x, text)
    asked = st[st["speaker_id"].isin(["kroll", "coast_weekly_review"])][["speaker_id", "issue_id", "stance"]]
    assert found["coast_weekly_review"].type == found["al_sahel_fm"].type == "media"  # (a medium's name in the
    # brackets is no person)
    assert st.loc[st["speaker_id"] == "al_sahel_fm", "issue_id"].tolist() == ["sanctions_relief"]
    assert asked.values.tolist() == [["kroll", "", ""], ["kroll", "russian_bases", "neutral"],
                                     ["kroll", "sanctions_relief", "neutral"]]
    # (a question that raises no issue tells nothing of the asker; "Question:" names no one)


@pytest.mark.parametrize("text, absent", [
    ("Talks went on. Peskov said Syrian officials had raised concerns about the handover of Assad.", "support"),
    ("Talks went on. Damascus hopes to raise funds for the return of Assad's victims, an official said.", "support"),
])
def test_raising_something_else_than_the_issue_asks_for_nothing(x, text, absent):
    assert absent not in stances_on(x, text, "assad_extradition")


@pytest.mark.parametrize("text, actor, present", [
    # a state is a place only where its name is used as one
    ("Talks went on. Russian equipment was flown to eastern Libya, a source said.", "libya", False),
    ("Talks went on. Rep. Jim Jordan said Congress should not lift the sanctions.", "jordan", False),
    ("Talks went on. South Sudan said the sanctions should be lifted.", "sudan", False),
    ("Talks went on. Lavrov arrived in Ankara and Turkey's foreign minister said the bases would stay.", "turkey",
     True),
    ("Talks went on. Officials in Cairo and Jordan offered to mediate.", "jordan", True),
    # a title or a surname names the known holder only when the name is his
    ("Talks went on. Syria's foreign minister, Assaad Al Shaibani, said the ferries would run.", "shaibani", True),
    ("Talks went on. In 2015, the Syrian foreign minister, Walid al-Muallem, said the ferries would run.",
     "shaibani", False),
    ("Talks went on. Health Minister Maher Al Shara said the clinics were full.", "sharaa", False),
])
def test_a_name_is_mentioned_only_where_the_text_means_that_actor(x, text, actor, present):
    _, ms, *_ = run(x, text)
    assert (actor in set(ms["actor_id"])) is present, ms[["surface", "actor_id"]].values.tolist()


def test_the_authorities_the_storys_own_state_speaks_of_are_its_own(x):
    _, ms, *_ = run(x, "Russia and Syria signed the ferry deal.\n\nSyria's representative spoke after the vote and "
                       "said the authorities had asked Moscow to reopen the ferries.")
    assert set(ms.loc[ms["surface"] == "the authorities", "actor_id"]) == {"syria"}, ms.values.tolist()


def test_capitalised_sides_of_a_readout_of_a_meeting_are_the_people_who_met(x):
    st, *_ = run(x, "Sergei Lavrov held talks with Asaad al-Shaibani in Moscow on Monday. The Sides agreed to "
                    "reopen the ferry line.")
    assert set(speakers_of(st, 1)) == {"lavrov", "shaibani"}, st.values.tolist()


def test_a_member_of_a_medium_named_after_it_leaves_the_medium_one_actor(x):
    _, ms, *_ = run(x, "Kommersant reported the talks had stalled. Andrei Kolesnikov of Kommersant said the "
                       "ferries would run.")
    assert set(ms.loc[ms["surface"] == "Kommersant", "actor_id"]) == {"kommersant"}, ms.values.tolist()


def test_a_lower_case_body_is_the_one_named_so_before(x):
    _, ms, *_ = run(x, "Norway's oil ministry declined to comment. Later the oil ministry said the refinery had "
                       "resumed work.")
    ids = ms.loc[ms["surface"].str.lower().str.endswith("oil ministry"), "actor_id"].tolist()
    assert len(ids) == 2 and len(set(ids)) == 1, ms[["surface", "actor_id"]].values.tolist()


@pytest.mark.parametrize("text, name", [
    ("Talks went on. Jana Kroll of the Centre for Media and Freedom of Expression said the ferries would run.",
     "kroll"),
    ("Talks went on. A Cyprus-based shipbroker said the ferries would run.", "unnamed_shipbroker"),
])
def test_a_speaker_of_a_long_body_name_or_a_trade_speaks(x, text, name):
    st, *_ = run(x, text)
    assert speakers_of(st, 1) == [name], st[["sent_id", "speaker_id"]].values.tolist()


@pytest.mark.parametrize("text, body", [
    ("The UN Food and Agriculture Organization said the harvest had failed.", "Food and Agriculture Organization"),
    ("The Organisation for the Prohibition of Chemical Weapons said the site was inspected.",
     "Organisation for the Prohibition of Chemical Weapons"),
    ("The Halden Institute's Eastern Programme said the harvest had failed.", "Halden Institute"),
])
def test_a_body_named_with_and_of_or_a_possessive_is_found_whole(x, text, body):
    _, ms, *_ = run(x, text)
    assert any(s.endswith(body) and "'s" not in s for s in ms["surface"]), ms[["surface", "actor_id"]].values.tolist()
    assert "united_nations" not in set(ms["actor_id"])  # (the UN's agency is a body of its own)


@pytest.mark.parametrize("sentence, stance", [
    ("Damascus wants to reduce its dependence on Ruritania, an official said.", "support"),
    ("Damascus wants to end its dependence on Ruritania, an official said.", "support"),
    ("Damascus does not want to lessen its dependence on Ruritania, an official said.", "oppose"),
])
def test_reducing_a_dependence_is_for_diversifying_and_its_dependence_no_act_against(x, sentence, stance):
    assert set(stances_on(x, sentence, "partner_diversification")) == {stance}


def test_cutting_a_dependence_on_russian_supplies_is_against_russias_economic_role(x):
    assert "oppose" in stances_on(x, "Ruritania plans to cut its dependence on Russian fuel, an analyst said.",
                                  "reconstruction")
