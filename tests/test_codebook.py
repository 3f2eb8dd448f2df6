"""The codebook loads, and a broken codebook stops the run with one line."""
from __future__ import annotations

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
