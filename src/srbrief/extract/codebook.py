"""The curated codebook (``data/codebook/``): actors, places, issues, cue lexicons, happening kinds.

Each file is read through a declared model, so an unknown or misspelt key is an error that
names the file, the entry and the key. Loading also checks what the models cannot see: one
alias names one actor, an affiliation names a known actor, every contract issue is present.
Cue words and issue terms are matched by lemma (see :mod:`srbrief.extract.lexicon`); actor
aliases by a tolerant pattern (case, hyphens, the "al-" article, possessives).
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError

from .. import paths
from ..corpus.seeds import load_yaml
from ..errors import InputError
from ..validation import OptText, Strict, Text, problems
from .lexicon import ARABIC_ARTICLE, PhraseMatcher, lemma

ACTOR_TYPES = ("person", "state", "organization", "media", "group", "anonymous")
STANCES = ("oppose", "neutral", "conditional", "support")
REQUIRED_ISSUES = ("russian_bases", "assad_extradition", "agreements_renegotiation", "sanctions_relief",
                   "reconstruction", "debts_and_assets", "partner_diversification", "transitional_justice")
FILES = ("actors.yaml", "issues.yaml", "cues.yaml", "places.yaml", "happenings.yaml", "eras.yaml")
NonEmpty = Field(min_length=1)


# ----------------------------------------------------------------------------- file models
class RoleEntry(Strict):
    role: Text
    from_: OptText = Field("", alias="from", pattern=r"^(?:\d{4}-\d{2})?$")  # "2024-12": compared as text
    to: OptText = Field("", pattern=r"^(?:\d{4}-\d{2})?$")


class ActorEntry(Strict):
    id: Text = Field(pattern=r"^[a-z][a-z0-9_]*$")
    name: Text = NonEmpty
    type: Literal[ACTOR_TYPES]
    affiliation: OptText = ""
    role: OptText = ""
    roles: list[RoleEntry] = []
    aliases: list[Text] = []
    titles: list[Text] = []
    demonyms: list[Text] = []
    gender: Literal["", "f", "m"] = ""  # a person's, for "he" and "she"; '' when not known


class ActorsFile(Strict):
    actors: list[ActorEntry]


class IssueEntry(Strict):
    id: Text = Field(pattern=r"^[a-z][a-z0-9_]*$")
    label: Text = NonEmpty
    proposition: Text = NonEmpty
    keywords: list[Text] = Field(min_length=1)
    topics: list[Text] = []
    for_: list[Text] = Field([], alias="for")
    against: list[Text] = []
    on_terms: list[Text] = []  # issues whose acts, in the same clause, make support conditional
    sought: bool = False  # asking for one of its topics ("asked for Assad") asks for the proposition
    undone: bool = False  # its topics name what the proposition undoes (sanctions): refusing them is support
    held_acts: bool = False  # its acts are policies: the actor who does one holds that position ("the EU lifted
    # its sanctions")
    states: list[Text] = []  # the states that may qualify its terms (owner, predecessor, host: "its Syrian bases",
    # "the former Soviet base"); another state's ("a Turkish military presence") is no part of it


class IssuesFile(Strict):
    issues: list[IssueEntry]


class CuesFile(Strict):
    speech: list[Text]
    content_verbs: list[Text]
    speech_nouns: list[Text]
    source_frames: list[Text]
    back_references: list[Text]
    view_nouns: list[Text] = []
    quote_frames: list[Text]
    relay_verbs: list[Text]
    relay_audiences: list[Text]
    media_name_words: list[Text]
    media_nouns: list[Text]
    press_nouns: list[Text] = []  # media nouns a name may stand before ("the Kommersant newspaper")
    negation: list[Text]
    refusal: list[Text]
    refusal_nouns: list[Text] = []
    reversal: list[Text]
    demand: list[Text]
    acceptance: list[Text] = []
    content_nouns: list[Text] = []
    cessation: list[Text] = []
    restating_verbs: list[Text] = []
    readiness: list[Text]
    condition: list[Text]
    reduced_terms: list[Text] = []
    requirement: list[Text] = []
    positive: list[Text]
    positive_forms: list[Text] = []
    wants: list[Text]
    want_nouns: list[Text] = []
    anaphora: list[Text] = []
    silence: list[Text]
    neutral: list[Text]
    raising: list[Text] = []  # raising a sought issue asks for it ("raised Assad's handover")
    forecast: list[Text]
    author_view: list[Text]
    person_titles: list[Text]
    independent_titles: list[Text] = []
    head_of_state: list[Text]
    past_titles: list[Text]
    state_voices: list[Text] = []
    title_words: list[Text]
    anonymous_nouns: list[Text]
    anonymity: list[Text] = []
    channel_nouns: list[Text] = []
    office_nouns: list[Text] = []
    source_bodies: list[Text] = []
    medium_nouns: list[Text] = []
    media_only_nouns: list[Text] = []  # nouns that only ever name a medium ("a business daily", "a Telegram channel")
    broadcast_verbs: list[Text] = []  # what a medium does besides speaking ("quoted", "aired")
    request_nouns: list[Text] = []  # a request named in apposition (", a request the Kremlin has declined")
    not_a_source_before: list[Text] = []  # what makes an unnamed source's noun a modifier ("member states")
    question_labels: list[Text] = []
    joint_acts: list[Text] = []
    occurrence_verbs: list[Text] = []  # "the talks, which took place on ...": the date is the talks'
    interview_words: list[Text] = []
    government_references: list[Text]
    body_references: list[Text] = []
    person_nouns: list[Text] = []
    company_nouns: list[Text] = []  # "Russian firm X", "X, the state printer": a business's name
    body_heads: list[Text] = []  # "the Levant Strategy Forum", "the Institute of X": a research or civic body's name
    link_labels: list[Text] = []
    label_posts: list[Text] = []
    institution_nouns: list[Text]
    state_bodies: list[Text]
    parties: list[Text]
    earlier_occasion: list[Text] = []  # "the sides agreed then": their states, not the people who met
    alias_frames: list[Text]
    pronouns: list[Text]
    place_prepositions: list[Text]
    place_nouns: list[Text]
    site_nouns: list[Text] = []
    translated_views: list[Text]
    naming_verbs: list[Text] = []
    keyword_exceptions: list[Text]
    thing_nouns: list[Text] = []
    other_expressions: list[Text] = []
    answering_verbs: list[Text] = []
    noun_qualifiers: list[Text] = []
    light_verbs: list[Text] = []
    organisation_name_words: list[Text] = []
    honorifics: list[Text] = []
    office_modifiers: list[Text] = []
    medium_qualifiers: list[Text] = []
    posted_titles: list[Text] = []
    framing: list[Text]
    headings_for_interests: list[Text]


class PlacesFile(Strict):
    places: list[Text]


class KindEntry(Strict):
    kind: Text
    family: Text
    triggers: list[Text] = Field(min_length=1)
    once: bool = False  # happens once (a regime's fall): even a year-precise report may join it
    joins: Literal["near", "same-day"] = "near"  # same-day: reports join only on the very day, a person in common
    by_agent: bool = False  # who acts makes it another happening: the EU's lifting of sanctions is not Washington's
    not_before: list[Text] = []  # words after a trigger that make it another verb ("calls for": no phone call)


class HappeningsFile(Strict):
    kinds: list[KindEntry]


class EraEntry(Strict):
    name: Text
    start: Text
    end: OptText = ""


class ErasFile(Strict):
    eras: list[EraEntry]


# ----------------------------------------------------------------------------- runtime objects
@dataclass
class Actor:
    id: str
    name: str
    type: str
    affiliation: str
    role: str
    aliases: list[str]
    titles: list[str]
    demonyms: list[str] = field(default_factory=list)
    origin: str = "codebook"
    gender: str = ""  # "f", "m" or '' (not known): whom "she" and "he" may stand for
    ended: str = ""  # the month ("2024-12") its last dated post ended, '' while one is held (or none is dated)


@dataclass
class Issue:
    id: str
    label: str
    proposition: str
    keywords: list[str]
    topics: list[str]
    for_acts: list[str]
    against_acts: list[str]
    on_terms: list[str] = field(default_factory=list)
    sought: bool = False
    states: list[str] = field(default_factory=list)
    undone: bool = False  # its topics name what the proposition undoes: refusing them is support
    held_acts: bool = False  # its acts are policies: the actor who does one holds that position


@dataclass
class Codebook:
    actors: dict[str, Actor]
    issues: dict[str, Issue]
    places: list[str]
    cues: dict[str, list[str]]
    kinds: list[KindEntry]
    source: Path
    digest: str  # SHA-256 of the codebook files' bytes: same codebook, same digest, on any machine
    _cue_matcher: PhraseMatcher | None = None
    _issue_matcher: PhraseMatcher | None = None
    _kind_matcher: PhraseMatcher | None = None
    _speech_lemmas: frozenset | None = None
    _silence_verbs: frozenset | None = None
    _clause_verbs: frozenset | None = None
    _talk_words: frozenset | None = None
    _question_labels: frozenset | None = None
    _person_words: frozenset | None = None
    _audience_lemmas: frozenset | None = None
    _objects: dict | None = None
    _state_words: dict | None = None
    _dotted_states: dict | None = None

    @property
    def cue_matcher(self) -> PhraseMatcher:
        """Every cue lexicon, groups named as in cues.yaml."""
        if self._cue_matcher is None:
            self._cue_matcher = PhraseMatcher(self.cues, exact={"condition", "negation", "framing",
                                                                              "positive_forms", "reduced_terms",
                                                                              "content_nouns"},
                                              shield="other_expressions")
        return self._cue_matcher

    @property
    def issue_matcher(self) -> PhraseMatcher:
        """Issue terms, in groups ``<issue>:keyword|topic|for|against``."""
        if self._issue_matcher is None:
            lex = {}
            for i in self.issues.values():
                lex |= {f"{i.id}:keyword": i.keywords, f"{i.id}:topic": i.topics, f"{i.id}:for": i.for_acts,
                        f"{i.id}:against": i.against_acts}
            lex["other_expressions"] = self.cues.get("other_expressions", [])
            self._issue_matcher = PhraseMatcher(lex, shield="other_expressions", units=":keyword")
        return self._issue_matcher

    @property
    def kind_matcher(self) -> PhraseMatcher:
        """Happening triggers, one group per kind."""
        if self._kind_matcher is None:
            self._kind_matcher = PhraseMatcher({k.kind: k.triggers for k in self.kinds})
        return self._kind_matcher

    @property
    def speech_lemmas(self) -> frozenset:
        """Lemmas of the one-word speech verbs ("said", "announcing" -> say, announce)."""
        if self._speech_lemmas is None:
            self._speech_lemmas = frozenset(lemma(w.lower()) for w in self.cues["speech"] if " " not in w)
        return self._speech_lemmas

    @property
    def clause_verbs(self) -> frozenset:
        """The speech and silence verbs that, as a participle after a comma or a past form after "and", open a clause
        of their own ("..., telling reporters", "..., and declined to comment")."""
        if self._clause_verbs is None:
            self._clause_verbs = self.speech_lemmas | self.silence_verbs
        return self._clause_verbs

    @property
    def silence_verbs(self) -> frozenset:
        """Lemmas of the verbs that open a silence cue and refuse ("declined to comment", "refused to say"): who
        does so speaks too, taking no side."""
        if self._silence_verbs is None:
            refusing = {lemma(w.split()[0].lower()) for w in self.cues["refusal"]} - {
                lemma(w.lower()) for w in self.cues["negation"]}  # (the verbs, not "no" of "no plans")
            self._silence_verbs = frozenset(lemma(p.split()[0].lower()) for p in self.cues["silence"]) & refusing
        return self._silence_verbs

    @property
    def talk_words(self) -> frozenset:
        """The trigger words of the happening kind "talks" ("continue consultations" goes on talking)."""
        if self._talk_words is None:
            self._talk_words = frozenset(w.lower() for k in self.kinds if k.kind == "talks" for w in k.triggers)
        return self._talk_words

    @property
    def question_labels(self) -> frozenset:
        """A transcript's labels that put a question ("Question:", "Q:"), lower-cased."""
        if self._question_labels is None:
            self._question_labels = frozenset(w.lower() for w in self.cues["question_labels"])
        return self._question_labels

    @property
    def person_words(self) -> frozenset:
        """What a person is, lower-cased: titles, trades and the unnamed sources' nouns ("minister", "baker",
        "official")."""
        if self._person_words is None:
            self._person_words = frozenset(w.lower() for g in ("person_titles", "person_nouns", "anonymous_nouns")
                                           for w in self.cues.get(g, []))
        return self._person_words

    @property
    def audience_lemmas(self) -> frozenset:
        """Lemmas of the words that end a relay's audience ("told reporters" -> reporter)."""
        if self._audience_lemmas is None:
            self._audience_lemmas = frozenset(lemma(a.split()[-1].lower()) for a in self.cues["relay_audiences"])
        return self._audience_lemmas

    def state_of(self, actor_id: str) -> str:
        """The state an actor speaks for, through its affiliations ('' when none is known)."""
        seen = set()
        while actor_id and actor_id not in seen:
            a = self.actors.get(actor_id)
            if a is None:
                return ""
            if a.type == "state":
                return a.id
            seen.add(actor_id)
            actor_id = a.affiliation
        return ""

    def objects_of(self, issue: str) -> frozenset:
        """Actors an issue is about: one of their names is among its topics (Assad, for his
        handover). They hold no side on it."""
        if self._objects is None:
            self._objects = {}
            for i in self.issues.values():
                topics = {t.lower() for t in i.topics}
                self._objects[i.id] = frozenset(a.id for a in self.actors.values()
                                                if any(al.lower() in topics for al in a.aliases))
        return self._objects.get(issue, frozenset())

    def is_channel(self, actor_id: str) -> bool:
        """An unnamed source id that only passes on what happened or what others want ("unnamed_source",
        "unnamed_people_familiar": ``channel_nouns``): it takes no side of its own."""
        return actor_id.startswith("unnamed_") and any(
            re.search(rf"_{re.escape(n.lower().replace(' ', '_'))}s?$", actor_id) for n in self.cues["channel_nouns"])

    def state_of_demonym(self) -> dict[str, str]:
        """``"russian"`` -> ``"russia"``: adjectives that stand for a state."""
        return {d.lower(): a.id for a in self.actors.values() for d in a.demonyms}

    def one_word_states(self) -> dict[str, str]:
        """``"turkey"``, ``"ankara"``, ``"kremlin"`` -> the state: a state's one-word names, which may stand before a
        noun as an adjective does ("an unnamed Kremlin source", "Ankara's bases")."""
        return {al.lower(): a.id for a in self.actors.values() if a.type == "state" for al in a.aliases
                if re.fullmatch(r"[A-Z][\w-]+", al)}

    def state_of_word(self) -> dict[str, str]:
        """One word that stands for a state before a noun, a name or an adjective ("Turkish troops", "Turkey's
        bases")."""
        if self._state_words is None:
            self._state_words = self.one_word_states() | self.state_of_demonym()
        return self._state_words

    def dotted_states(self) -> dict[str, str]:
        """``"u.s."`` -> ``"usa"``: a state's names written as initials with full stops, which the tokens split."""
        if self._dotted_states is None:
            self._dotted_states = {al.lower(): a.id for a in self.actors.values() if a.type == "state"
                                   for al in a.aliases if re.fullmatch(r"(?:[A-Z]\.)+", al)}
        return self._dotted_states

    def __getstate__(self):  # shipped to workers without the compiled matchers (rebuilt there)
        return {**self.__dict__, "_cue_matcher": None, "_issue_matcher": None, "_kind_matcher": None}


# ----------------------------------------------------------------------------- patterns
@lru_cache(maxsize=None)
def pattern(phrase: str, case_sensitive: bool = False) -> re.Pattern:
    """Compile a phrase into a regex matching at word boundaries: ``*`` ends a word freely
    (``renegotiat*``), `` ~ `` allows up to three words in between; hyphens and spaces match
    each other, straight and curly quotes too."""
    words = re.split(r"[\s\-‐–]+", phrase.strip())
    parts = []
    for w in words:
        if w == "~":
            parts.append(r"(?:\W+[\w'’]+){0,3}?")
            continue
        star = w.endswith("*")
        w = w.rstrip("*")
        esc = re.escape(w).replace("'", "['’]").replace("’", "['’]").replace('"', '["“”]')
        parts.append(esc + (r"[\w'’-]*" if star else ""))
    body = ""
    for i, p in enumerate(parts):
        if i and not p.startswith("(?:\\W+"):
            body += r"[\s\-‐–]+"
        body += p
    lead = r"(?<![\w])" if re.match(r"\w", phrase.strip()) else ""
    tail = r"(?![\w])" if re.search(r"[\w*]$", phrase.strip()) else ""
    return re.compile(lead + body + tail, 0 if case_sensitive else re.IGNORECASE)


@lru_cache(maxsize=None)
def alias_pattern(alias: str) -> re.Pattern:
    """An actor alias, matched tolerantly: the Arabic article "al-" is optional, case is
    ignored (except for all-capital acronyms), hyphens and spaces are interchangeable, a
    possessive may follow."""
    words = re.split(r"[\s\-‐]+", alias.strip())
    out = []
    for w in words:
        if w.lower() == "al" and len(words) > 1:
            out.append(r"(?:al[\s\-‐]+)?")
            continue
        if w == "UN":
            out.append(r"(?:UN|United[\s\-‐]+Nations)[\s\-‐]+")  # ("UN Security Council", spelt out or not)
            continue
        out.append(re.sub(r"['’]", "['’]", re.escape(w)) + r"[\s\-‐]+")  # (either apostrophe for either)
    body = "".join(out)
    body = body[: -len(r"[\s\-‐]+")] if body.endswith(r"[\s\-‐]+") else body
    flags = 0 if alias.replace(".", "").isupper() and len(alias) <= 6 else re.IGNORECASE
    # a one-word name may carry the article it was written without ("al-Shara" for "Shara")
    article = rf"(?:{ARABIC_ARTICLE}[\-‐\s])?" if len(words) == 1 and alias[:1].isupper() and not alias.isupper() else ""
    return re.compile(r"(?<![\w\-])" + article + body + r"(?![\w])", flags)


def _post_titles(actors: dict[str, "Actor"], roles: dict[str, list]) -> None:
    """Each post a person holds now ("Foreign Minister of Russia", to: "") named as a bare title: "the Russian
    foreign minister", "Russia's foreign minister"; not a post held by two (nor one that ended). A body's or a
    medium's role of that form is its post too ("State news agency of Syria": "Syria's state news agency", and, for a
    state's own body, "the official Syrian news agency", "the state-run Syrian news agency")."""
    states = {a.name.lower(): a for a in actors.values() if a.type == "state"}
    held = {aid: [(r.role, r.to) for r in entries] for aid, entries in roles.items() if entries}
    held |= {a.id: [(a.role, "")] for a in actors.values() if a.type in ("media", "organization") and a.role}
    derived: dict[str, set] = {}
    for aid, entries in held.items():
        for role, to in entries:
            post = re.fullmatch(r"(?P<post>.+?)\s+of\s+(?:the\s+)?(?P<state>.+)", role.strip())
            state = states.get(post.group("state").lower()) if post and not to else None
            if state is None:
                continue
            p = post.group("post").lower()
            forms = [f"{state.name}'s {p}"] + [f"the {d} {p}" for d in state.demonyms[:1]]
            own = re.match(r"state\s+(?P<rest>.+)", p)  # a state's own body is also called its official one
            if own and actors[aid].type != "person":
                forms += [f"{state.name}'s official {own['rest']}"] + [
                    f for d in state.demonyms[:1] for f in (f"the official {d} {own['rest']}",
                                                            f"the {d} official {own['rest']}",
                                                            f"the state-run {d} {own['rest']}")]
            for f in forms:
                derived.setdefault(_alias_key(f), set()).add((aid, f))
    for key, holders in derived.items():
        if len({aid for aid, _ in holders}) == 1:
            aid, form = next(iter(holders))
            a = actors[aid]
            if key not in {_alias_key(t) for t in a.aliases + a.titles}:
                a.titles.append(form)


def _alias_key(alias: str) -> str:
    """What makes two aliases the same for the one-alias-one-actor rule."""
    return re.sub(r"[\s\-‐’']+", " ", alias.lower()).replace("the ", "").strip()


# ----------------------------------------------------------------------------- loading
def _read(path: Path, model, key: str):
    """Validate one file; the first problem as one line naming the file, entry and key."""
    raw = load_yaml(path)
    if not isinstance(raw, dict):
        raise InputError(f"{path}: expected a mapping with '{key}:'")
    try:
        return model.model_validate(raw)
    except ValidationError as e:
        line = problems(e, str(path))[0]
        m = re.search(rf": {key}\.(\d+)(\.|:)", line)
        if m and isinstance(raw.get(key), list) and int(m.group(1)) < len(raw[key]):
            entry = raw[key][int(m.group(1))]
            ident = entry.get("id") or entry.get("kind") or entry.get("name") if isinstance(entry, dict) else None
            line = line.replace(f"{key}.{m.group(1)}{m.group(2)}",
                                f"{key[:-1]} #{int(m.group(1)) + 1} ({ident or '?'}){':' if m.group(2) == ':' else ': '}",
                                1).replace(":  ", ": ")
        line = re.sub(r"String should have at least 1 character.*", "required field is empty", line)
        line = re.sub(r": (\w+): required field is empty", r": required field '\1' is missing", line)
        raise InputError(line) from None


def digest(codebook_dir: Path) -> str:
    """Content hash of the codebook's files (names and bytes)."""
    h = hashlib.sha256()
    for name in FILES:
        p = codebook_dir / name
        if p.exists():
            h.update(name.encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()


def load(codebook_dir: Path | None = None) -> Codebook:
    """Load and validate the codebook; every problem is one line naming the file and entry."""
    d = Path(codebook_dir) if codebook_dir else paths.CODEBOOK_DIR
    af, isf, cf, pf, hf = (d / n for n in FILES[:5])
    actors: dict[str, Actor] = {}
    owner: dict[str, str] = {}
    entries = _read(af, ActorsFile, "actors").actors
    for i, e in enumerate(entries):
        where = f"{af}: actor #{i + 1} ({e.id})"
        if e.id in actors:
            raise InputError(f"{where}: duplicate actor id")
        if not (e.aliases or e.titles):
            raise InputError(f"{where}: needs at least one alias or title")
        for a in e.aliases + e.titles:
            key = _alias_key(a)
            if key in owner and owner[key] != e.id:
                raise InputError(f"{af}: alias {a!r} belongs to two actors: {owner[key]} and {e.id}")
            owner[key] = e.id
        ended = max(r.to for r in e.roles) if e.roles and all(r.to for r in e.roles) else ""
        actors[e.id] = Actor(e.id, e.name, e.type, e.affiliation, e.role, list(e.aliases), list(e.titles),
                             list(e.demonyms), gender=e.gender, ended=ended)
    for a in actors.values():
        if a.affiliation and a.affiliation not in actors:
            raise InputError(f"{af}: actor {a.id}: affiliation {a.affiliation!r} is not a known actor")
    _post_titles(actors, {e.id: e.roles for e in entries})
    issues = {}
    for e in _read(isf, IssuesFile, "issues").issues:
        if e.id in issues:
            raise InputError(f"{isf}: issue {e.id}: duplicate issue id")
        issues[e.id] = Issue(e.id, e.label, e.proposition, list(e.keywords), list(e.topics), list(e.for_),
                             list(e.against), list(e.on_terms), e.sought, list(e.states), e.undone, e.held_acts)
    for i in issues.values():
        unknown = [t for t in i.on_terms if t not in issues]
        if unknown:
            raise InputError(f"{isf}: issue {i.id}: on_terms names no issue: {', '.join(unknown)}")
        unknown = [a for a in i.states if a not in actors]
        if unknown:
            raise InputError(f"{isf}: issue {i.id}: states names no actor: {', '.join(unknown)}")
    for req in REQUIRED_ISSUES:
        if req not in issues:
            raise InputError(f"{isf}: the contract's issue {req!r} is missing")
    cues = _expand_cues(_read(cf, CuesFile, "cues").model_dump())
    places = list(_read(pf, PlacesFile, "places").places) if pf.exists() else []
    kinds = list(_read(hf, HappeningsFile, "kinds").kinds) if hf.exists() else []
    return Codebook(actors, issues, places, cues, kinds, d, digest(d))


def _expand_cues(cues: dict) -> dict:
    """English forms made from the codebook's words, so it lists each word once, not each phrase: a
    view noun makes "in the view of <speaker>" (a source frame) and "in his view" (the speaker named
    last); a body "<x> ministry" is also "ministry of <x> (affairs)"."""
    nouns = cues.get("view_nouns", [])
    cues["source_frames"] = cues["source_frames"] + [f"in the {n} of" for n in nouns]
    cues["back_references"] = cues["back_references"] + [f"in {p} {n}" for p in ("his", "her", "their")
                                                         for n in nouns]
    ministries = [b.split()[0] for b in cues["state_bodies"] if b.endswith(" ministry") and " " in b]
    cues["state_bodies"] = cues["state_bodies"] + [f"ministry of {x}{tail}" for x in ministries
                                                   for tail in ("", " affairs")]  # "Ministry of Foreign Affairs"
    return cues


@lru_cache(maxsize=4)
def load_cached(codebook_dir: str | None = None) -> Codebook:
    return load(Path(codebook_dir) if codebook_dir else None)


def load_eras(codebook_dir: Path | None = None) -> list[dict]:
    """Eras for the timeline (``eras.yaml``): name, start, end (empty end: open)."""
    from ..dates import interval

    f = (Path(codebook_dir) if codebook_dir else paths.CODEBOOK_DIR) / "eras.yaml"
    if not f.exists():
        return []
    eras = []
    for i, e in enumerate(_read(f, ErasFile, "eras").eras):
        where = f"{f}: era #{i + 1} ({e.name})"
        interval(e.start, f"{where}: start")
        if e.end:
            interval(e.end, f"{where}: end")
        eras.append({"name": e.name, "start": e.start, "end": e.end})
    return eras


def actor_named(cb: Codebook, name: str, kind: str = "") -> str:
    """The codebook actor (of type ``kind``, if given) one of whose names ``name`` is, matched as
    aliases are ("Sergei Lavrov" -> lavrov, "the Russian Federation" -> russia), or ''."""
    name = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE) if kind == "state" else name.strip()
    return next((a.id for a in cb.actors.values() if name and (not kind or a.type == kind)
                 and any(alias_pattern(al).fullmatch(name) for al in a.aliases)), "")


def person_named(cb: Codebook, name: str) -> str:
    """The codebook person a name is ("Sergei Lavrov" -> lavrov), or ''."""
    return actor_named(cb, name, "person")
