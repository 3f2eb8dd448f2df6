"""The codebook loads, and a broken codebook stops the run with one line."""
from __future__ import annotations

import re
import shutil

import pytest

from srbrief.extract import codebook
from srbrief import paths
from srbrief.errors import InputError


@pytest.fixture()
def cb_copy(tmp_path):
    d = tmp_path / "codebook"
    shutil.copytree(paths.CODEBOOK_DIR, d)
    return d


def test_codebook_has_the_contract_issues():
    cb = codebook.load()
    assert set(codebook.REQUIRED_ISSUES) <= set(cb.issues)
    for a in cb.actors.values():
        assert a.aliases or a.titles, a.id


def test_places_are_not_actors():
    cb = codebook.load()
    forms = {f.lower() for a in cb.actors.values() for f in a.aliases + a.titles}
    for place in ("tartus", "tartous", "hmeimim"):
        assert place not in forms


def test_alias_claimed_by_two_actors(cb_copy):
    p = cb_copy / "actors.yaml"
    p.write_text(p.read_text().replace("aliases: [Vladimir Putin, Putin]", "aliases: [Vladimir Putin, Putin, Lavrov]"))
    with pytest.raises(InputError, match="alias 'Lavrov' belongs to two actors"):
        codebook.load(cb_copy)


def test_affiliation_to_unknown_actor(cb_copy):
    p = cb_copy / "actors.yaml"
    p.write_text(p.read_text().replace("affiliation: united_nations", "affiliation: league_of_nations", 1))
    with pytest.raises(InputError, match="affiliation 'league_of_nations' is not a known actor"):
        codebook.load(cb_copy)


def test_issue_without_proposition(cb_copy):
    p = cb_copy / "issues.yaml"
    p.write_text(p.read_text().replace('proposition: "Sanctions on Syria are lifted or bypassed"', 'proposition: ""'))
    with pytest.raises(InputError, match="required field 'proposition'"):
        codebook.load(cb_copy)


def test_on_terms_must_name_an_issue(cb_copy):
    p = cb_copy / "issues.yaml"
    p.write_text(p.read_text().replace("on_terms: [agreements_renegotiation]", "on_terms: [treaty_talks]"))
    with pytest.raises(InputError, match="on_terms names no issue: treaty_talks"):
        codebook.load(cb_copy)


@pytest.mark.parametrize("file, old, new, words", [
    ("actors.yaml", "aliases: [Vladimir Putin, Putin]", "alias: [Vladimir Putin, Putin]", "unknown key 'alias'"),
    ("issues.yaml", "    keywords: [debt,", "    keyword: [debt,", "unknown key 'keyword'"),
    ("cues.yaml", "\nsilence:", "\nsilense:", "unknown key 'silense'"),
    ("happenings.yaml", "{kind: call, family: call,", "{kind: call, familly: call,", "unknown key 'familly'"),
])
def test_a_misspelt_codebook_key_is_one_line_naming_the_file_and_key(cb_copy, file, old, new, words):
    p = cb_copy / file
    assert old in p.read_text()
    p.write_text(p.read_text().replace(old, new, 1))
    with pytest.raises(InputError) as e:
        codebook.load(cb_copy)
    msg = str(e.value)
    assert file in msg and words in msg and "\n" not in msg


@pytest.mark.parametrize("phrase, text, hit", [
    ("renegotiat*", "the need to renegotiate the leases", True),
    ("hand ~ over", "refuses to hand the former president over", True),
    ("military base*", "Russian military bases", True),
    ("debts", "indebtedness", False),
])
def test_pattern_syntax(phrase, text, hit):
    assert bool(codebook.pattern(phrase).search(text)) is hit


@pytest.mark.parametrize("alias, text", [
    ("Ahmad al-Sharaa", "Ahmad Al Sharaa"), ("Al-Sharaa", "Sharaa"), ("Al-Sharaa", "al-Sharaa’s"),
    ("Bashar al-Assad", "Bashar Al-Assad"),
])
def test_aliases_match_tolerantly(alias, text):
    assert codebook.alias_pattern(alias).search(text)


def test_acronyms_keep_their_case():
    assert not codebook.alias_pattern("UN").search("un-")
    assert codebook.alias_pattern("UN").search("the UN said")


# English irregular pasts, for the inflection check below (a regular "-ed" would not be a word)
IRREGULAR_PAST = {"say": "said", "tell": "told", "think": "thought", "write": "wrote", "seek": "sought",
                  "see": "saw", "find": "found", "speak": "spoke", "undo": "undid", "rethink": "rethought",
                  "hold": "held", "keep": "kept", "build": "built", "lose": "lost"}
STRESSED_LAST = {"admit", "commit", "regret", "refer", "prefer", "permit", "submit", "omit", "compel", "expel",
                 "sidestep"}  # ("sidestepped": a compound whose last part doubles, as "step" does)
NOUNS_FIRST = {"thanks", "finding"}  # "thanks to", "the findings": nouns before they are verbs


def _inflections(verb: str) -> list[str]:
    """Regular English inflections of a one-word verb (past, third person, gerund), irregular pasts aside."""
    if verb.endswith("ee"):
        return [verb + "d", verb + "s", verb + "ing"]
    if verb.endswith("e"):
        return [IRREGULAR_PAST.get(verb, verb + "d"), verb + "s", verb[:-1] + "ing"]
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return [verb[:-1] + "ied", verb[:-1] + "ies", verb + "ing"]
    third = verb + "es" if verb.endswith(("ss", "sh", "ch", "x", "o")) else verb + "s"
    if (len(re.findall(r"[aeiou]+", verb)) == 1 or verb in STRESSED_LAST) and re.search(r"[^aeiou][aeiou][^aeiouwxy]$", verb):
        return [IRREGULAR_PAST.get(verb, verb + verb[-1] + "ed"), third, verb + verb[-1] + "ing"]  # "stopped"
    return [IRREGULAR_PAST.get(verb, verb + "ed"), third, verb + "ing"]


def test_every_verb_cue_matches_its_inflections():
    """Cues are written once in their base form and matched by lemma: "thanked" must come back to
    "thank" (simplemma alone gives "thanke", and the cue never matched)."""
    from srbrief.extract.lexicon import lemma

    cues = codebook.load().cues
    verbs = {w for key in ("speech", "demand", "refusal", "reversal", "naming_verbs", "relay_verbs",
                           "translated_views", "content_verbs")
             for w in cues[key] if w.isalpha() and len(w) > 3 and w not in ("with",)
             and not w.endswith(("able", "ible", "ive")) and w != "misguided"}  # (adjectives that refuse,
    # "unacceptable", "counterproductive", "misguided", do not inflect)
    wrong = [(form, lemma(form)) for verb in sorted(verbs)
             for form in _inflections(verb) if form not in NOUNS_FIRST and lemma(form) != lemma(verb)]
    assert not wrong


@pytest.mark.parametrize("text, word, base", [
    ("In his closing remarks, he spoke.", "closing", "closing"),  # after a determiner: an adjective
    ("She avoided closing the port.", "closing", "close"),
    ("They discussed the financing of projects.", "financing", "finance"),  # a nominalised act keeps its verb
    ("He said that ending the presence was right.", "ending", "end"),  # ("that" opens a clause here)
])
def test_an_ing_form_after_a_determiner_is_no_act_unless_of_follows(text, word, base):
    from srbrief.extract.lexicon import tokens

    assert next(t.lemma for t in tokens(text) if t.lower == word) == base


@pytest.mark.parametrize("form, base", [("developed", "develop"), ("remains", "remain"), ("proclaiming", "proclaim"),
                                        ("hoped", "hope"), ("noted", "note"), ("used", "use"),
                                        ("warning", "warn"), ("closing", "close"), ("ending", "end"),
                                        # British doubled l, and words whose double l is their own
                                        ("signalled", "signal"), ("cancelling", "cancel"), ("labelled", "label"),
                                        ("called", "call"), ("spelled", "spell"), ("stalled", "stall")])
def test_lemma_corrections_keep_the_right_base(form, base):
    from srbrief.extract.lexicon import lemma

    assert lemma(form) == base


@pytest.mark.parametrize("sentence, naming", [("The envoy called the talks useful.", True),
                                              ("The envoy called for talks.", False),
                                              ("The envoy called on Moscow to act.", False),
                                              ("The envoy called off the talks.", False),
                                              ("The envoy called Putin on Monday.", False)])
def test_a_verb_of_naming_is_not_a_phrasal_verb_nor_a_phone_call(sentence, naming):
    from srbrief.extract.lexicon import names_something, tokens

    toks = tokens(sentence)
    putin = sentence.find("Putin")
    assert names_something(toks, 2, [(putin, putin + 5)] if putin >= 0 else [], {"it", "him", "her"}) is naming


def test_a_cancellation_and_a_summit_are_no_contacts_between_two():
    """Ending a deal is one side's act and a summit of many is its own happening: neither joins the visits,
    meetings and talks of two (the contact family) it is told beside."""
    from srbrief.extract import codebook
    fam = {k.kind: k for k in codebook.load().kinds}
    assert fam["cancellation"].family != fam["visit"].family and fam["cancellation"].by_agent
    assert fam["summit"].family not in (fam["visit"].family, fam["meeting"].family)
    kinds = [k.kind for k in codebook.load().kinds]
    assert kinds.index("meeting") < kinds.index("summit")  # ("met on the sidelines of the summit": a meeting)


def test_no_codebook_phrase_of_four_words_is_copied_from_an_article():
    """Domain knowledge is general words, not a seed's or an evaluation article's sentence: no lexicon entry or actor
    role of four or more words occurs verbatim in them (names and their titled forms, which must, are exempt)."""
    import glob

    import yaml

    texts = [open(f, encoding="utf-8").read().lower()
             for f in glob.glob(str(paths.PROJ_ROOT / "seeds" / "*.txt")) + glob.glob(str(paths.EVAL_ARTICLES / "*.txt"))]

    def phrases(x):
        if isinstance(x, str):
            yield x
        elif isinstance(x, list):
            for y in x:
                yield from phrases(y)
        elif isinstance(x, dict):
            for k, v in x.items():
                if k not in ("aliases", "titles", "name", "id", "demonyms"):
                    yield from phrases(v)
    copied = [(f.name, s) for f in sorted(paths.CODEBOOK_DIR.glob("*.yaml"))
              if f.name != "places.yaml" for s in phrases(yaml.safe_load(f.read_text(encoding="utf-8")))
              if "~" not in s and len(s.split()) >= 4 and any(s.lower() in t for t in texts)]
    assert len(texts) > 2 and not copied, copied


@pytest.mark.parametrize("alias, text", [
    ("Jan O'Roe", "Jan O’Roe said"),
    ("Jan O’Roe", "Jan O'Roe said"),
    ("Ruritania's envoy", "Ruritania's envoy said"),
])
def test_an_alias_with_an_apostrophe_matches_either_apostrophe(alias, text):
    assert codebook.alias_pattern(alias).match(text)


def test_a_post_held_now_is_a_bare_title_of_its_holder_unless_two_hold_it():
    from types import SimpleNamespace as R
    A = codebook.Actor
    actors = {"ruritania": A("ruritania", "Ruritania", "state", "", "", ["Ruritania"], [], ["Ruritanian"]),
              "roe": A("roe", "Jan Roe", "person", "", "", ["Jan Roe"], []),
              "doe": A("doe", "Ann Doe", "person", "", "", ["Ann Doe"], []),
              "poe": A("poe", "Eli Poe", "person", "", "", ["Eli Poe"], []),
              "kay": A("kay", "Ola Kay", "person", "", "", ["Ola Kay"], [])}
    codebook._post_titles(actors, {"roe": [R(role="Foreign Minister of Ruritania", to="")],
                                   "doe": [R(role="Trade Minister of Ruritania", to="")],
                                   "poe": [R(role="Trade Minister of Ruritania", to="")],
                                   "kay": [R(role="Foreign Minister of Ruritania", to="2020-01")]})
    assert set(actors["roe"].titles) == {"Ruritania's foreign minister", "the Ruritanian foreign minister"}
    assert actors["doe"].titles == actors["poe"].titles == actors["kay"].titles == []


def test_a_bodys_role_of_a_state_is_its_title_and_a_states_own_is_also_its_official_one():
    A = codebook.Actor
    actors = {"ruritania": A("ruritania", "Ruritania", "state", "", "", ["Ruritania"], [], ["Ruritanian"]),
              "freedonia": A("freedonia", "Freedonia", "state", "", "", ["Freedonia"], [], ["Freedonian"]),
              "rna": A("rna", "RNA", "media", "ruritania", "State news agency of Ruritania", ["RNA"], []),
              "fa": A("fa", "FA", "media", "freedonia", "State news agency of Freedonia", ["FA"], []),
              "fb": A("fb", "FB", "media", "freedonia", "State news agency of Freedonia", ["FB"], [])}
    codebook._post_titles(actors, {})
    assert {"the Ruritanian state news agency", "Ruritania's official news agency",
            "the state-run Ruritanian news agency"} <= set(actors["rna"].titles)
    assert actors["fa"].titles == actors["fb"].titles == []  # (two agencies of one state: neither is "the" one)


def test_un_in_an_alias_matches_united_nations_spelt_out():
    assert codebook.alias_pattern("UN Security Council").search("the United Nations Security Council voted")
