"""Who can speak in a sentence, and who a verb's subject is: the candidates (mentions, pronouns,
unnamed sources, "the sides", title references), the actors they stand for, and the subject or
inverted speaker of a cue, across titles, appositions, relative clauses and coordination.

Part of attribution (:mod:`.attribution` holds the cues and what each speaker says); the rules
live in a mixin so that each file can be read in one sitting.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .codebook import Codebook, actor_named
from .lexicon import (POSSESSIVE, POSSESSIVE_RE, PREPOSITIONS, Match, Token, id_slug, is_adverb, lemma,
                      opens_apposition, plural_source, tokens, unabbreviated)
from .mentions import Mention

#: A timeline entry's opening date and its dash or colon ("Dec. 8, 2024 — ", "Mid-August 2025 — ", "Jan. 23,
#: 2025: ").
TIMELINE_DATE = re.compile(r"\s*(?:(?:Early|Mid|Late)[- ])?(?:[A-Z][a-z]{2,8}\.?\s+)?(?:\d{1,2},?\s+)?\d{4}"
                           r"\s*[—–:]\s+")

PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person", "his": "person",
            "they": "plural", "them": "plural", "it": "thing", "its": "thing"}
#: Words before a title that are part of it ("the prime minister", "the foreign minister"), not a description of
#: its holder ("the new minister")
TITLE_QUALIFIERS = {"prime", "foreign", "defence", "deputy"}


def _spelled(words: set[str]) -> set[str]:
    """Title words in one spelling ("defense" is "defence")."""
    return {"defence" if w == "defense" else w for w in words}


SKIPPABLE = {"also", "neither", "since", "later", "has", "have", "had", "would", "will", "previously", "repeatedly",
             "long", "again", "then", "reportedly", "himself", "herself", "itself", "themselves", "publicly", "earlier",
             "recently", "once",
             "separately", "already", "further", "explicitly", "personally", "both", "all", "too", "had", "was", "were",
             "is", "are", "been", "not", "only", "openly", "privately", "firmly", "quickly", "yet", "subsequently",
             "on", "in", "at", "during", "after", "before", "last", "this", "next", "monday", "tuesday", "wednesday",
             "thursday", "friday", "saturday", "sunday", "week", "month", "year", "that", "day", "the", "a", "an",
             "of", "for", "to", "by", "with", "meeting", "talks", "statement", "interview", "conference", "press",
             "television", "tv", "speech", "remarks", "briefing", "and", "but", "so", "thus", "far", "however",
             "however,", "spring", "summer", "autumn", "winter",
             "moreover", "meanwhile", "furthermore", "for", "his", "her", "its", "their", "part", "side", "own",
             "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
             "declined", "refused", "did", "would", "wanted", "agreed", "went", "continued", "was", "asked", "when",
             "intended", "intends", "intend", "planned", "plans", "hoped", "hopes", "tried", "tries", "sought", "seeks",
             "wants", "has", "have", "expected", "is", "are", "set", "due", "likely", "going", "ready", "willing",
             "nonetheless", "nevertheless", "still", "instead", "even", "now", "does", "do", "can", "could"}
#: Words that may follow an unnamed source ("officials said", "a source who ..."), besides speech verbs.
FOLLOWS_SOURCE = {"who", "has", "have", "had", "was", "were", "is", "are", "would", "will", "also", "later", "previously",
                  "on", "in", "at", "from", "with", "familiar", "close", "speaking", "briefed", "involved", "quoted",
                  "cited", "and", "or", "did", "do", "does", "could", "may", "might", "say", "says", "said",
                  "as", "that", "of"}  # "quoted a source as saying"; "two members of the committee said"
#: Words that open a clause: a name right after one is its subject, not a verb's object.
SUBORDINATORS = {"where", "when", "whereas", "while", "after", "before", "since", "because", "although", "though",
                 "once", "until", "that", "which", "who", "whom"}
#: The opening of a subordinate clause before the main one, after a measure of time ("a year after", "when", "once").
OPENING_CLAUSE = re.compile(r"(?:(?:a|an|one|two|three|four|five|six|several|some|\d+)\s+(?:day|week|month|year)s?\s+)?"
                            r"(?:" + "|".join(sorted(SUBORDINATORS)) + ")")
#: A sentence opened by a source's frame, up to its comma ("According to TASS, ...").
FRAMED_OPENING = re.compile(r"[\s\"“]*(?:according\s+to|citing)\s+[^,;:]{1,80},\s*", re.IGNORECASE)
#: A sentence opened by a question put to its subject ("Asked whether X had ...,"), up to a name inside it.
ASKED_CLAUSE = re.compile(r"(?:^|[.!?][\"”’']?\s+)[\"“]?(?:When\s+)?(?:Asked|Pressed|Questioned)\b[^,.;:!?]*$")
#: A name after one of these is not the subject of the clause.
OPENERS = {"and", "also", "then", "thus", "moreover", "meanwhile", "furthermore", "but", "so", "while", "for",
           "his", "her", "their", "its", "part", "in", "turn", "context", "addition", "the", "a", "an"}
#: Nouns for a medium whose own unnamed sources these are ("an interlocutor of the publication").
MEDIUM_OWNERS = ("publication", "newspaper", "agency", "daily", "paper", "outlet", "channel")
#: "a diplomat quoted by the newspaper X", "sources cited by X", "a diplomat, asked by X, said": the medium after it
#: relays the speaker
RELAY_PARTICIPLES = r"(?:quoted|cited|interviewed|asked|carried|published|broadcast|relayed|aired)"  # ("a statement
# issued by the ministry and carried by state media said": the ministry says, the media relay)
QUOTED_BY = re.compile(rf"\s*,?\s*(?:and\s+)?{RELAY_PARTICIPLES}\s+by\s+")
QUOTED_BY_BEFORE = re.compile(rf"{RELAY_PARTICIPLES}\s+by\s+(?:[\w’'-]+\s+){{0,3}}$")
#: What an unnamed source knows of, which its description names ("a source familiar with the talks").
KNOWS_OF = re.compile(r"^\s+(?:familiar\s+with|close\s+to|involved\s+in|briefed\s+on|with\s+knowledge\s+of)\s",
                      re.IGNORECASE)
#: Words that end that matter and open a clause of their own ("... the talks who", "... the talks and Peskov").
NOT_MATTER = {"that", "who", "whom", "which", "and", "but", "or", "while", "as", "when", "if"}


#: Words that count what a coordinated name stands for ("Ukraine and several EU capitals", "Turkey and some Gulf states").
QUANTIFIERS = {"several", "some", "many", "most", "other", "all", "both", "two", "three", "four", "five"}


@dataclass
class Candidate:
    """Something that can speak: a mention, a pronoun, an unnamed source, "the sides"."""

    start: int
    end: int
    actor_ids: tuple[str, ...]
    kind: str  # mention, pronoun, anonymous, parties, title-ref
    surface: str


@dataclass
class DocContext:
    """What attribution knows about the document around a sentence."""

    doc_id: str
    text: str
    author_id: str
    outlet_id: str
    cb: Codebook
    actor_types: dict[str, str]  # every actor id seen -> type
    roles: dict[str, str]  # person id -> role words (codebook role, detected title)
    parties: tuple[str, ...]  # the two states the story is about, or the two leaders who represent them
    party_states: tuple[str, ...] = ()  # the two states, when ``parties`` holds their leaders
    affiliation: dict[str, str] | None = None  # person id -> the state it speaks for
    last_speaker: str = ""
    last_person_speaker: str = ""  # "he", "she": the last person who spoke or was a sentence's subject
    last_source: str = ""  # "he", "she" too: a single unnamed source when it spoke last in the sentence before
    voiced_at: dict = field(default_factory=dict)  # where an unnamed representative speaks for its state -> state
    last_medium: str = ""  # "the newspaper": the medium named last
    last_via: str = ""  # the relay of the last speaker ("told Al Jazeera"), kept while they go on
    body_since: bool = False  # a state or body named in a sentence with no voice since the last speaker
    recent_persons: list[str] | None = None
    anonymous: dict[str, str] | None = None  # anonymous actor id -> name
    genders: dict[str, str] = field(default_factory=dict)  # person id -> "m"/"f", as "he"/"she" have referred
    when: str = ""  # the month the passage tells of: its paragraph's last date, else publication ("2025-12")


#: A sentence that opens on a clause as its subject ("That Damascus turned to X suggests", "That the talks failed
#: shows"), not on a demonstrative ("That decision was welcomed"): a name or a determiner right after "That".
SUBJECT_CLAUSE = re.compile(r"\s*That\s+(?P<first>the|a|an|its|their|his|her|(?-i:[A-Z])[\w’'-]*)\b")
#: A finite verb of the subject clause itself, before the verb the clause is the subject of.
CLAUSE_VERB = re.compile(r"\b(?:[a-z]+ed|will|would|can|could|may|might|must|should|has|have|had|is|are|was|were|did|"
                         r"does|do)\b")


def clause_subject(text: str, s0: int, pos: int, before: list, not_subjects: set[str] = frozenset()) -> bool:
    """Is a verb at ``pos`` said by a clause ("That Damascus turned to X suggests that ..."): its sentence opens on a
    subject clause with a verb of its own before this one ("That Lavrov said Russia would stay surprised no one": his
    "said" is the clause's own verb, he says it), whose first word is no demonstrative's noun or adjective
    (``not_subjects``: "That Monday Peskov said", "That Syrian demand was rejected"), and no name stands alone
    between the verb and the comma before it (a frame set into the clause: "That Russia will stay, Lavrov said,
    is certain")?"""
    opening = SUBJECT_CLAUSE.match(text, s0, pos)
    if not opening or opening.group("first").lower() in not_subjects:
        return False
    words = re.findall(r"[a-z]+", text[opening.end():pos])  # (lower case: a name is no verb)
    if not (CLAUSE_VERB.search(text, opening.end(), pos) or any(lemma(w) != w and not w.endswith("s") for w in words)):
        return False  # ("came", "went": a past the pattern does not spell)
    comma = text.rfind(",", s0, pos)
    return comma < 0 or not any(c.start > comma and c.end <= pos for c in before)


def opens_sentence(text: str, pos: int) -> bool:
    """Does ``pos`` start its sentence (after a line's start or a sentence's end mark, an opening quotation mark or
    bracket and an "And"/"But"/"Yet")?"""
    return re.search(r"(?:^|[.!?][”\"’)]?\s+)[\"“(]?(?:(?:And|But|Yet)\s+)?$",
                     text[text.rfind("\n", 0, pos) + 1:pos]) is not None


class SpeakerRules:
    """Candidates and subjects, for :class:`.attribution.Attributor` (its compiled vocabularies:
    ``self.anonymous``, ``self.title_ref``, ``self.titles`` and the others set in its ``__init__``)."""

    def _candidates(self, ctx: DocContext, s0: int, s1: int, mentions: list[Mention]) -> list[Candidate]:
        text = ctx.text
        out = [Candidate(x.start, x.end, (x.actor_id,), "mention", x.surface) for x in mentions]
        taken = [(c.start, c.end) for c in out]
        free = lambda a, b: not any(x < b and a < y for x, y in taken)  # noqa: E731
        for mt in self.parties.finditer(text, s0, s1):
            noun = mt.group(0).split()[-1].lower()  # "the two leaders", "the interlocutors", "the sides"
            if noun in self.channel_words and (any(
                    c.actor_ids and ctx.actor_types.get(c.actor_ids[0]) == "media" for c in out) or re.match(
                    r"\s+of\s+(?:the\s+)?(?:" + "|".join(map(re.escape, self.medium_words)) + r")\b", text[mt.end():s1],
                    re.IGNORECASE)):
                continue  # "the interlocutors of the newspaper", "one of the interlocutors told Kommersant": a
                # medium's sources (the unnamed sources' rule reads them), not the two parties
            if free(*mt.span()) and len(ctx.parties) == 2:
                named = [c.actor_ids[0] for c in out if c.end <= mt.start() and c.actor_ids
                         and ctx.actor_types.get(c.actor_ids[0]) == "person"]  # this sentence's own, so far
                defined = mt.group(0).split()[-1][:1].isupper()  # "The Parties agreed", "the Sides": a joint
                # document's defined term, the states that issue it
                people = not defined and (lemma(noun) in self.cb.person_words or noun == "parties") \
                    or self._sides_met(text, s0, s1, mt) or len(ctx.party_states) != 2  # ("The Sides discussed"
                # in a readout of a meeting: the people who met)
                heads = lemma(noun) in self.head_words  # "the leaders": who lead; "the two ministers": ministers
                post = "" if heads or lemma(noun) not in self.titles else lemma(noun)
                out.append(Candidate(mt.start(), mt.end(), self._parties_now(ctx, named, heads, post) if people
                                     else ctx.party_states,
                                     "parties", mt.group(0)))  # "the two leaders", "the parties" (to the talks):
                # the people who held them; "the sides", "the two countries": the states
                taken.append(mt.span())  # ("the two ministers" are no unnamed ministers)
        for mt in self.anonymous.finditer(text, s0, s1):
            a, b = mt.start(), self._matter_end(text, mt, s1)
            if re.search(r"\bwithout\s+(?:giving|naming|citing|providing|offering|identifying|disclosing)\s+$",
                         text[max(s0, a - 40):a], re.IGNORECASE):
                continue  # "suggested, without giving a source, that ...": no source at all
            words = mt.group("np").lower().split()
            place = [c for c in out if c.kind == "mention" and mt.group("tail") and mt.start("tail") <= c.start
                     and c.end <= b]  # "analysts in Damascus": the place tells which analysts
            place += [c for c in out if c.kind == "mention" and a <= c.start and c.end <= mt.start("noun")]
            # "an unnamed Kremlin source": the name only says which source
            sides = [c for c in out if c.kind == "parties" and mt.group("tail") and mt.start("tail") <= c.start
                     and c.end <= b]  # "sources on both sides": the sources, not the sides
            if sides:
                out = [c for c in out if c not in sides]
                taken = [t for t in taken if (t[0], t[1]) not in {(c.start, c.end) for c in sides}]
            if not free(a, b) and not all(c in place for c in out if c.start < b and a < c.end):
                continue
            if re.match(r"(?:a|an)\s", mt.group("np"), re.IGNORECASE) and any(
                    c.kind == "mention" and re.fullmatch(r"\s*,\s*", text[c.end:a]) for c in out) \
                    and (rest := re.match(r"([^,.;:]{0,80}),", text[b:s1])) is not None \
                    and not any(lemma(w) in self.speech_lemmas for w in re.findall(r"[a-z]+", rest.group(1))):
                continue  # "China, a member of the Security Council, said": an apposition that describes the actor
                # named before it, no unnamed source of its own
            named = next((c for c in out if c.kind == "mention" and ctx.actor_types.get(c.actor_ids[0]) == "media"
                          and c.end <= mt.start("noun") and not text[c.end:mt.start("noun")].strip()), None)
            if named is not None and set(mt.group("noun").lower().split()) & self.medium_describers:
                out[out.index(named)] = Candidate(named.start, b, named.actor_ids, "mention", text[named.start:b])
                continue  # "the official SANA news agency", "the Kommersant newspaper": the medium named, with its
                # noun, not an unnamed one (but "a Reuters source" is the medium's unnamed source)
            body = next((c for c in out if c.kind == "mention" and c.end <= a and not text[c.end:a].strip() and c.actor_ids
                         and ctx.actor_types.get(c.actor_ids[0]) in ("state", "organization")), None)
            if body is not None:  # "EU foreign ministers agreed", "European Union officials said": the body named
                out[out.index(body)] = Candidate(body.start, b, body.actor_ids, "mention", text[body.start:b])  # speaks
                continue
            if mt.group("noun")[:1].isupper() and text[s0:a].strip(" \"“”'") and any(
                    c.kind == "mention" and c.actor_ids and c.start >= b
                    and ctx.actor_types.get(c.actor_ids[0]) == "person"
                    and re.fullmatch(r"(?:,?\s+(?:[A-Z][\w’'-]*|and|for|of|the))*\s+", text[b:c.start]) for c in out):
                continue  # "... and Special Envoy for the Middle East and African Countries Oleg Surin": a capitalised
                # noun before a person's name, capitalised words between, is that person's title, no unnamed source
            if words[0] not in ("a", "an") and not words[-1].endswith("s") and any(
                    c.actor_ids and ctx.actor_types.get(c.actor_ids[0]) == "person" and c.start >= mt.end("noun")
                    and not text[c.end:b].strip() and re.fullmatch(
                        r"\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+)+", text[mt.end("noun"):c.start])
                    for c in place):
                continue  # "the official representative of the MFA Maria Zakharova": a post of a body and the name
                # of its holder (translated word for word), no unnamed source (not "a source close to X")
            ref = next((r for r in self.title_ref.finditer(text, max(s0, a - 40), b) if r.start() <= a and r.end() == b),
                       None)
            if ref and self._title_holder(ctx, ref):
                continue  # "the Russian envoy", "the High Representative": the one named before with that post, if one was
            if words[0] == "the" and len(words) < 3 and not mt.group("tail"):
                # "the officials said": the unnamed group of that name quoted before, else no one
                noun = mt.group("noun").lower().replace(" ", "_")
                earlier = [aid for aid in (ctx.anonymous or {}) if aid.endswith("_" + noun)]
                nxt_w = re.match(r"(?:,\s*who\b[^,;.“”\"]*,)?\s*([\w’'-]+)", text[b:b + 200])  # ("the official, who
                # spoke on condition of anonymity, said")
                prev_w = re.search(r"([\w’'-]+)\s+$", text[max(s0, a - 30):a])  # '"...," said the official'
                silent = nxt_w is not None and any(m.first == 0 for m in self.cb.cue_matcher.find(
                    tokens(text, b + nxt_w.start(1), min(s1, b + nxt_w.start(1) + 40)), {"silence"}))
                speaks = silent or any(w and lemma(w.group(1).lower()) in self.speech_lemmas | {"also"}
                                       for w in (nxt_w, prev_w)) \
                    or self.framed_before.search(text, max(s0, a - 30), a) is not None  # ("according to the sources")
                if earlier and speaks:
                    out.append(Candidate(a, b, (earlier[-1],), "anonymous", mt.group(0)))
                elif speaks and (back := self._described_back(ctx, mt)):
                    out.append(Candidate(a, b, (back,), "title-ref", mt.group(0)))  # '"We are ready ...," the diplomat
                    # said' after a named diplomat spoke: he goes on (no unnamed one before)
                continue
            if re.search(r"[\w)],\s*$", text[max(s0, a - 3):a]) and text[b:b + 2].lstrip()[:1] in (",", "") and any(
                    c.end <= a and re.fullmatch(r"(?:\s*\([^()]{1,40}\))?,\s*", text[c.end:a]) and c.actor_ids
                    and ctx.actor_types.get(c.actor_ids[0]) == "person" for c in out):
                continue  # "Yuri Volkov, a Russian analyst, said": the named person's description, not a source
                # ("..., Bashar al-Assad, a Syrian source told Reuters": no comma closes it, so the source speaks)
            nxt = re.match(r"\s*([\w’'-]+|[^\w\s])", text[b:b + 30])
            if nxt and is_adverb(nxt.group(1)) and lemma(nxt.group(1).lower()) not in self.speech_lemmas:
                nxt = re.match(r"\s*[\w’'-]+\s+([a-z][\w’'-]*)", text[b:b + 40]) or nxt  # ("analysts widely rule
                # out": an adverb between the source and its verb; "reply" is a verb)
            nxt_word = nxt.group(1) if nxt else ""
            heard_by = re.sub(r"^\s*to\s+(?:the\s+)?", "", text[b:b + 40].lower()) if nxt_word == "to" else ""
            told = heard_by and (any(heard_by.startswith(w.removeprefix("the ")) for w in self.audiences) or any(
                c.kind == "mention" and c.actor_ids and ctx.actor_types.get(c.actor_ids[0]) == "media"
                and b < c.start <= b + 40 for c in out))  # "said a fighter to journalists", "to the newspaper X"
            noun = mt.group("noun").lower()
            bare = nxt_word == lemma(nxt_word) and not noun.endswith("s") and noun.split()[0] not in (
                "media", "people")  # "an official welcome": a singular source's verb is never in its bare form
            postmodified = re.match(r"\s*[a-z]+(?:ing|ed)\s+(\w+)", text[b:b + 40])  # "an official travelling
            # with the delegation", "diplomats based in Damascus": a participle and its preposition
            postmodified = postmodified is not None and postmodified.group(1) in PREPOSITIONS | {"the", "a", "an"}
            # ("lawyers representing the families")
            if nxt_word[:1].isupper() and nxt_word != "I" or nxt_word.islower() and nxt_word not in FOLLOWS_SOURCE \
                    and not postmodified \
                    and (lemma(nxt_word) not in self.speech_lemmas | self.speech_heads or bare) and not told:
                continue  # "an official welcome", "official Representative X": an adjective or a title
            of = re.match(r"\s+of\s+(?:the\s+)?", text[b:b + 12])
            if mt.group("noun").lower() == "members" and any(  # "members of the Security Council said": the body
                    c.kind == "mention" and (of and c.start == b + of.end() or a < c.start and c.end <= b)  # they make
                    for c in out):  # up speaks
                continue
            out = [c for c in out if c not in place]
            back = self._described_back(ctx, mt)
            if not back and (voice := self._state_voice(ctx, mt)):
                back = ctx.voiced_at[a] = voice  # ("The representative of Ruritania said ... . He added": it)
            out.append(Candidate(a, b, (back,), "mention", text[a:b]) if back else
                       Candidate(a, b, (self._anonymous_id(ctx, mt),), "anonymous", text[a:b]))
        if ctx.last_medium:  # "the newspaper quoted ...", "the agency said": the medium named last (not "the
            # newspaper Al-Watan": the name says which)
            for mt in self.medium_ref.finditer(text, s0, s1):
                if POSSESSIVE.match(text, mt.end()):
                    continue  # "the newspaper's sources": the sources speak, the medium relays them (_owner_medium)
                if free(*mt.span()):
                    out.append(Candidate(mt.start(), mt.end(), (ctx.last_medium,), "mention", mt.group(0)))
                    taken.append(mt.span())
        for mt in self.title_ref.finditer(text, s0, s1):
            inside = [c for c in out if c.kind == "mention" and mt.start() <= c.start and c.end <= mt.end()
                      and re.sub(r"^the\s+", "", c.surface.lower()) in self.state_of_word]  # "the Russian minister", "the Kremlin
            # spokesman": not Russia
            if free(*mt.span()) or inside and all(c in inside for c in out if mt.start() < c.end and c.start < mt.end()):
                who = self._title_holder(ctx, mt)
                if who:
                    out = [c for c in out if c not in inside]
                    out.append(Candidate(mt.start(), mt.end(), (who,), "title-ref", mt.group(0)))
        for mt in self.role_of_state.finditer(text, s0, s1):
            inside = [c for c in out if mt.start() < c.end and c.start < mt.end()]
            if all(c.kind == "title-ref" or c.kind == "mention" and ctx.actor_types.get(c.actor_ids[0]) == "state"
                   and mt.start("st") <= c.start + 4 for c in inside):  # "the President of the Russian Federation" is a person, not the state
                who = self._holder(ctx, mt.group("t"), mt.group("st"))
                if who:
                    out = [c for c in out if c not in inside]
                    out.append(Candidate(mt.start(), mt.end(), (who,), "title-ref", mt.group(0)))
                    taken.append(mt.span())
        for mt in re.finditer(r"(?<![\w-])((?:one|two|three|four|five|some|several|many|most|all|both|none) of "
                              rf"(?:them|the\s+(?:{self.groups}))|(?:the|another|a\s+second|a\s+third)\s+"
                              r"(?:people|person)(?!\s+(?:familiar|close|with|briefed|present|of)\b)|"
                              r"he|she|they|it|the latter|the former|the (?:statement|communiqu[eé]|readout|"
                              r"release|report)|(?<=[,”\"] )one(?=\s+(?:said|says|added|adds|told|tells)\b))(?![\w-])",
                              text[s0:s1], re.IGNORECASE):  # ('"...," one said': one of the group quoted last)
            a, b = s0 + mt.start(), s0 + mt.end()
            nxt = re.match(r"\s+([\w-]+)", text[b:s1])
            if mt.group(0).lower() in ("the former", "the latter") and nxt and (
                    nxt.group(1).lower() in self.titles | self.anon_nouns or lemma(nxt.group(1).lower()) in self.anon_nouns):
                continue  # "said the former officer, X": an adjective before a title, no pronoun
            if free(a, b):
                out.append(Candidate(a, b, (), "pronoun", mt.group(0)))
        return sorted(out, key=lambda c: c.start)

    def _sides_met(self, text: str, s0: int, s1: int, mt: re.Match) -> bool:
        """Are "the (two) sides" the subject of a readout of the meeting the story reports ("The sides stressed ...",
        "During the meeting, the two sides discussed ..."): the people who met, not their states? Not inside what
        someone said, nor of another occasion (cues.yaml earlier_occasion: "the two sides agreed then", "during that
        visit"; or a year: "In 2017, the sides agreed to a lease")."""
        return mt.group(0).split()[-1].lower() == "sides" and re.fullmatch(
            r"\s*(?:[A-Z][^,;:\"“”]{0,60},\s*)?", text[s0:mt.start()]) is not None \
            and not self.cb.cue_matcher.find(tokens(text, s0, s1), {"earlier_occasion"}) \
            and not re.search(r"\b(?:19|20)\d\d\b", text[s0:s1])

    def _parties_now(self, ctx: DocContext, named: list[str], heads: bool = False, post: str = ""
                     ) -> tuple[str, ...]:
        """"The parties", "the two sides": for each of the story's two states, the person of that
        state named last before here (the minister who held these talks, not the president who
        is named most), else the story's leaders; "the leaders": the last named who lead them, when
        both sides have one; "the two ministers": the last named whose role holds that ``post``."""
        if len(ctx.party_states) != 2 or not ctx.affiliation:
            return ctx.parties
        seen = list(reversed((ctx.recent_persons or []) + named))
        last = [next((p for p in seen if ctx.affiliation.get(p) == st), "") for st in ctx.party_states]
        leaders = [next((p for p in seen if ctx.affiliation.get(p) == st
                         and self.heads.search(ctx.roles.get(p, "").lower())), "") for st in ctx.party_states]
        holders = [next((p for p in seen if ctx.affiliation.get(p) == st
                         and re.search(rf"\b{post}\b", ctx.roles.get(p, "").lower())), "") for st in ctx.party_states]
        if heads and all(leaders):  # "the two leaders" after their meeting, though an envoy was named since
            last = leaders
        elif post and all(holders):  # "the two ministers" after the minister was received by the president
            last = holders
        return tuple(last) if all(last) and last[0] != last[1] else ctx.parties

    def _holder(self, ctx: DocContext, title: str, state_words: str) -> str:
        """The codebook person who holds ``title`` for the state named ("President" of "the Russian
        Federation": Putin), or ''."""
        state = actor_named(self.cb, state_words, "state")
        if not state:
            return ""
        t = title.lower()
        for a in self.cb.actors.values():
            if a.type == "person" and a.affiliation == state and a.role.lower().startswith(t):
                return a.id
        return ""

    #: Words that tell one unnamed group from another ("a Syrian security source", "port officials").
    KINDS_OF_SOURCE = ("western", "arab", "european", "kurdish", "regional", "local", "military", "security",
                       "diplomatic", "government", "intelligence", "port", "trade")

    def _described_back(self, ctx: DocContext, mt: re.Match) -> str:
        """The person a definite description points back to ("Bogdanov said ... The veteran diplomat added"): "the"
        and one source's noun, when no unnamed source of that description was introduced before ("a diplomat said
        ... the diplomat added" is that one), to the person who spoke or was a sentence's subject last ("Al-Shaibani
        spoke. Lavrov met him. The diplomat said": Lavrov); else ''."""
        words = [w.lower() for w in re.findall(r"[\w-]+", mt.group("np"))]
        noun = mt.group("noun").lower()
        lead = re.search(r"(?:^|[^\w-])(?:[Tt]he|THE)\s+((?:[A-Za-z][\w-]*\s+){0,2})$",
                         ctx.text[max(0, mt.start() - 40):mt.start()]) if words[:1] != ["the"] else None
        definite = words[:1] == ["the"] and words[1:2] != ["same"] or lead is not None and "same" not in lead.group(1)
        said = {w.lower() for w in words + (lead.group(1).split() if lead else [])}
        person = ctx.last_person_speaker
        states = {self.demonym_state.get(w) or self.state_of_word.get(w) for w in said
                  if w in self.demonym_state or w in self.state_of_word}
        qualified = said & set(self.KINDS_OF_SOURCE) or states and states != {(ctx.affiliation or {}).get(
            person)}  # ("the Russian envoy" after the EU's who spoke last: another; "the Kremlin representative"
        # after Peskov: he)
        if not definite or qualified or noun.endswith("s") or " " in noun or mt.group("tail") \
                or ctx.actor_types.get(person) != "person" or person not in (ctx.recent_persons or []):
            return ""
        if any(aid.endswith("_" + noun) for aid in ctx.anonymous or {}):
            return ""
        return person

    def _anonymous_id(self, ctx: DocContext, mt: re.Match) -> str:
        """One id per description, as written: "five Syrian sources" (unnamed_syrian_sources) and
        "a Syrian security source" (unnamed_syrian_security_source) are different groups."""
        words = [w.lower() for w in re.findall(r"[\w-]+", mt.group("np"))]
        if words[:2] == ["the", "same"] and ctx.last_speaker in (ctx.anonymous or {}):
            return ctx.last_speaker  # "the same source said": the one quoted last
        dem, where, kind, noun = self._description(ctx, mt)
        parts = [x for x in (re.sub(r"\W", "", dem), id_slug(where), kind,
                             noun.replace(" ", "_")) if x]  # an id, whatever the place's spelling ("Al-Tamran")
        aid = "unnamed_" + "_".join(parts)
        shown = dem.upper() if "." in dem else dem.title()  # "U.S.", "Syrian"
        ctx.anonymous.setdefault(aid, "Unnamed " + " ".join([shown] * bool(dem) + [where] * bool(where)
                                                           + [kind] * bool(kind) + [noun]))
        return aid

    def _state_voice(self, ctx: DocContext, mt: re.Match) -> str:
        """The state whose unnamed representative or delegate speaks for it ("the representative of China", "the
        British delegate", "Pakistan's representative"): the state itself, as its delegation is (codebook cues
        state_voices); '' for any other source."""
        own = re.match(r"the\s", mt.group("np"), re.IGNORECASE) or re.search(POSSESSIVE_RE + r"\s+$",
                                                                            ctx.text[max(0, mt.start() - 4):mt.start()])
        if mt.group("noun").lower() not in self.state_voices or not own:
            return ""  # (the state's own representative, "the"/"China's"; "a Russian delegate, speaking on
            # condition of anonymity," is one unnamed source)
        dem, where, kind, _ = self._description(ctx, mt)
        return self.demonym_state.get(dem, "") if dem and not where and not kind else ""

    def _description(self, ctx: DocContext, mt: re.Match) -> tuple[str, str, str, str]:
        """What an unnamed source's description says of it: the state's demonym, the place or body it sits in, the
        kind of source ("security", "military") and its noun."""
        words = [w.lower() for w in re.findall(r"[\w-]+", mt.group("np"))]
        noun = mt.group("noun").lower()
        dem = next((w for w in words + mt.group("np").lower().split() if w in self.demonym_state), "")  # also "U.S."
        kind = next((w for w in words if (w in self.KINDS_OF_SOURCE or w in self.state_words) and w != dem), "")
        # ("one European diplomat": European says both, once)
        place = re.fullmatch(r"\s+(?:in|at|from|of|within|with)\s+(?:(?:the|(?P<a>a|an|one))\s+)?"
                             r"(?P<p>[\w-]+(?:\s+[\w-]+){0,2})",
                             mt.group("tail") or "") if not noun.endswith(("knowledge", "familiar", "briefed",
                                                                               "present")) else None  # ("of the matter")
        if place and place.group("p").lower() in MEDIUM_OWNERS:
            place = None  # "an interlocutor of the publication": the medium's source, no place
        where = place.group("p") if place else ""  # "a source in Moscow": not the same as "a source in Damascus"
        if place and place.group("a"):  # "at a Beirut institute": Beirut; "at a think tank": nowhere named
            where = re.sub(r"(?:^|\s+)(?-i:[a-z])[\w-]*", "", where).strip()
        body = re.match(r"\s+(?:at|of|in|from|within)\s+(?:the\s+)?(?P<d>\S+)\s+(?:ministry|embassy|foreign|defen[cs]e|"
                        r"finance|economy|interior|energy)\b", mt.group("tail") or "", re.IGNORECASE) if not dem else None
        if body and body.group("d").lower() in self.demonym_state:
            dem, where = body.group("d").lower(), ""  # "an official at the Syrian Ministry of Finance": a Syrian one
        owner = re.search(r"(?<![\w.-])(?:the\s+)?(?P<st>[A-Z](?:[\w-]|\.(?=[\w'’]))*(?:[ ]+[A-Z][\w-]*){0,2})"
                          + POSSESSIVE_RE + r"\s+$",  # (within the sentence: "U.S.'s", not "Friday. France's")
                          ctx.text[max(0, mt.start() - 40):mt.start()])
        for named in ([where] if place and re.match(r"\s+of\b", mt.group("tail")) else []) + (
                [owner.group("st")] if owner and not dem else []):
            state = actor_named(self.cb, named, "state")  # "the representative of the Russian Federation", "China's envoy":
            if state and self.cb.actors[state].demonyms:  # the state's own, as "the Russian envoy" would be
                dem, where = self.cb.actors[state].demonyms[0].lower(), ""
            medium = id_slug(named)
            if not state and ctx.actor_types.get(medium) == "media" and noun not in self.channel_words:
                where = named  # "Channel Nine's correspondent": that medium's, not another's posted in the same city
                # (its "sources" are the sources it cites, as any medium's)
            elif not state and named != where and not actor_named(self.cb, named) and noun in self.posted \
                    and re.fullmatch(r"[A-Z][\w-]*(?: [A-Z][\w-]*)?", named) \
                    and ctx.actor_types.get(re.sub(r"^(?:al|el)-", "", named.split()[-1].lower())) != "person":
                # ("Barrack's envoy": a person's, not a country's)
                where = named  # "Algeria's envoy": a country the codebook does not know, as "the envoy of Algeria"
        return dem, where, kind, noun

    def _title_holder(self, ctx: DocContext, mt: re.Match) -> str:
        """The person a title reference matched by ``title_ref`` stands for ("the Russian minister")."""
        state = next((self.state_of_word[w] for w in mt.group("q").lower().split() if w in self.state_of_word), "")
        qualifiers = _spelled(set(mt.group("q").lower().split())) & TITLE_QUALIFIERS  # "the prime minister" is no
        # deputy foreign minister: a qualifier that is part of the title must be part of the role
        past = bool(self.past_titles & set(mt.group("q").lower().split()))  # "the former/ousted president"
        return self._by_title(ctx, mt.group("t").lower(), state, qualifiers, past)

    def _by_title(self, ctx: DocContext, title: str, state: str = "", qualifiers: set[str] = frozenset(),
                  past: bool = False) -> str:
        """"The minister": the person who spoke last or was the subject last, if the role holds the word
        (the counterpart named in the speaker's own sentence is no new topic), else the last person named
        before whose role holds it; "the Russian envoy": only a person who speaks for that state; "the president"
        never one whose post had ended by the time the passage tells of (only "the former president" is, or another
        of the codebook's ``past_titles``)."""
        focus = [ctx.last_person_speaker] if ctx.last_person_speaker in (ctx.recent_persons or []) else []
        for aid in focus + list(reversed(ctx.recent_persons or [])):
            ended = ctx.cb.actors[aid].ended if aid in ctx.cb.actors else ""  # (the codebook's dated roles)
            if bool(ended and ctx.when and ended < ctx.when) != past:
                continue  # "the president" is one in office then, "the former president" one who no longer was
            role = ctx.roles.get(aid, "").lower()
            if qualifiers and not qualifiers <= _spelled(set(re.findall(r"[a-z]+", role))):
                continue
            if (self.heads.search(role) if title in self.head_words else title in role) and (not state or self.cb.state_of(aid) == state or not self.cb.state_of(aid) and any(
                    w in role.split() for w, st in self.demonym_state.items() if st == state)):
                return aid
        return ""

    @staticmethod
    def _may_be_subject(text: str, c: Candidate) -> bool:
        """Not a possessive ("Al-Sharaa's visit") nor the object of a preposition ("during his talks
        with Lavrov")."""
        if POSSESSIVE.match(text, c.end):
            return False
        prev = re.search(r"([\w’'-]+)(?:\s+(?:the|a|an))?[^\w.!?;:]*$", text[max(0, c.start - 24):c.start],
                         re.IGNORECASE)  # "in the Kremlin": the article aside (not "went on. Turkey ...")
        return not (prev and prev.group(1).lower() in PREPOSITIONS)

    def _after_verb(self, text: str, c: Candidate) -> bool:
        """Does a verb stand right before the name, its title aside ("met Vladimir Putin and said"):
        then the name is that verb's object, not the subject of what follows?"""
        for w in reversed(re.findall(r"[\w’'-]+|[^\w\s]", text[max(0, c.start - 80):c.start])):
            low = w.lower()
            if w[:1].isupper() or low in self.titles or low in self.title_words or low in self.demonym_state \
                    or low in ("the", "a", "an"):
                continue  # still inside the name's title ("met Russian President Vladimir Putin")
            return w[:1].isalpha() and low not in SKIPPABLE and low not in OPENERS and low not in PREPOSITIONS \
                and low not in SUBORDINATORS  # "where he and Lavrov agreed": a clause opens, no verb's object
        return False

    def subject(self, ctx: DocContext, s0: int, mentions: list[Mention]) -> str:
        """The actor a sentence opens with as its subject ("Novak also offered ..."; "The Russian
        minister, Novak, ..."), or '' when it opens otherwise ("In Moscow, ...")."""
        lead = re.match(r"[\s\"“]*(?:(?:yet|but|and|still|so|meanwhile|however)\b,?\s*)?", ctx.text[s0:s0 + 40],
                        re.IGNORECASE)
        ref = self.title_ref.match(ctx.text, s0 + lead.end())  # "Yet the Syrian leader took care ..."
        if ref and not re.match(r"\s*(?:of|,)", ctx.text[ref.end():ref.end() + 4]):
            who = self._title_holder(ctx, ref)
            if who:
                return who
        first = min(mentions, key=lambda m: m.start, default=None)
        if first is None:
            return ""
        # "Syria's interim president, Ahmed al-Sharaa, met ...", "Jordan's foreign minister, Omar Haddad, ...": the
        # post's holder, named in apposition after the post its owner's name opens with
        owner = re.match(r"[\s\"“]*(?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*" + POSSESSIVE_RE, ctx.text[s0:first.start + 60])
        holder = first if first.start >= s0 + (owner.end() if owner else 0) else min(
            (m for m in mentions if m.start > first.end), key=lambda m: m.start, default=None)  # ("Putin's
        # spokesman, Dmitry Peskov, ...": the owner may be a person too)
        if owner and holder and ctx.actor_types.get(holder.actor_id) == "person" and s0 + owner.end() <= holder.start:
            post = ctx.text[s0 + owner.end():holder.start]
            if post.endswith(", ") and self._title_chain(post) and ctx.text[holder.end:holder.end + 1] == ",":
                return holder.actor_id
        titled = min((m for m in mentions if m.start >= first.end), key=lambda m: m.start, default=None)
        if titled is not None and ctx.actor_types.get(titled.actor_id) == "person" \
                and ctx.actor_types.get(first.actor_id) != "person" \
                and self._title_chain(ctx.text[first.end:titled.start]):
            first = replace(titled, start=first.start)  # "SDF spokesman Rojhat Hesen, however, played down ...":
            # the body's man, not the body
        before = ctx.text[s0:first.start]
        entry = TIMELINE_DATE.match(before)  # "July 31, 2025 — Foreign Minister X visits Moscow": a timeline's
        before = before[entry.end():] if entry else before  # entry opens on its date
        opener = re.match(r"\s*([\w’' -]{1,30}),\s+", unabbreviated(before))  # ("On Oct. 15, ...")
        # "Later, ...", "On Wednesday, ...": a short
        # adverbial opening the sentence (not "In Moscow, ...": a place is no skippable word)
        if opener and all(w in SKIPPABLE or w in OPENERS or w.isdigit() for w in opener.group(1).lower().split()):
            before = before[opener.end():]
        words = re.findall(r"[\w’'-]+", before.lower())
        if words and words[-1] in PREPOSITIONS | SUBORDINATORS:  # a name after a preposition is no subject ("An
            # adviser to Lavrov met ..."); one inside an opening clause neither, and the clause's comma opens the main
            # one ("A year after Bashar al-Assad fled, President X met ...")
            comma = re.search(r",\s+", ctx.text[first.end:first.end + 120])
            if not (comma and OPENING_CLAUSE.fullmatch(" ".join(words))):
                return ""
            main = first.end + comma.end()
            return self.subject(ctx, main, [m for m in mentions if m.start >= main])
        if re.search(r"[,;:\"“”]", before) or len(words) > 5:
            return ""
        return first.actor_id if all(w in SKIPPABLE or w in self.titles or w in self.demonym_state or w in OPENERS
                                     or w in self.title_words for w in words) else ""  # "Energy Minister X ..."

    # ------------------------------------------------------------------ resolving a candidate

    def resolve(self, ctx: DocContext, c: Candidate, before: list[Candidate]) -> tuple[str, ...]:
        """The actor(s) a candidate stands for (pronouns resolved); () when it cannot be said."""
        if c.kind != "pronoun":
            return c.actor_ids
        p = c.surface.lower()
        if p == "the report" and ctx.last_medium:  # "According to the report, ...": the medium's report
            return (ctx.last_medium,)
        if re.fullmatch(r"(?:the|another|a second|a third) (?:people|person)", p):  # "the people said",
            # "according to another person": the unnamed people quoted before, only as a speaker ("Al-Sharaa said the
            # people wanted ...": the population)
            speaks = re.match(r"\s+(?:(?:also|later|then|have|has|had)\s+)*([a-z]+)", ctx.text[c.end:c.end + 40])
            framed = re.search(r"\baccording\s+to\s+$", ctx.text[max(0, c.start - 15):c.start], re.IGNORECASE)
            earlier = [aid for aid in (ctx.anonymous or {}) if re.search(r"_(?:person|people)(?:_|$)", aid)]
            if earlier and (framed or speaks and lemma(speaks.group(1)) in self.speech_lemmas):
                return (earlier[-1],)
            return ()
        if p.startswith("the ") and p not in ("the latter", "the former"):  # "the statement noted"
            return (ctx.last_speaker,) if ctx.last_speaker else ()
        if p == "the latter" or p == "the former":
            persons = [x.actor_ids[0] for x in before if x.actor_ids and ctx.actor_types.get(x.actor_ids[0]) == "person"]
            persons = persons or (ctx.recent_persons or [])
            k = 1 if p == "the latter" else 2
            return (persons[-k],) if len(persons) >= k else ()
        group = re.fullmatch(r"\w+ of the (\w+)", p)  # "one of the people said": the unnamed people quoted before
        if group:
            noun = group.group(1).rstrip("s")
            earlier = [aid for aid in (ctx.anonymous or {}) if re.search(rf"_{noun}s?(?:_|$)", aid)]
            if earlier:
                return (earlier[-1],)
            if ctx.anonymous is None or not group.group(1).endswith("s"):
                return ()
            aid = f"unnamed_{group.group(1)}"  # none quoted before: one of a group of that name ("one of the
            ctx.anonymous.setdefault(aid, f"Unnamed {group.group(1)}")  # officials told reporters")
            return (aid,)
        want = "plural" if p.endswith(" of them") or p == "one" else PRONOUNS.get(p, "")  # "two of them said",
        # '"...," one said': the group
        then = re.match(r"\s+(?:(?:also|later|then)\s+)?([a-z]+)((?:\s+[\w’'-]+){0,3})\s*(?:[.,;:!?]|$)",
                        ctx.text[c.end:c.end + 60])
        closing = re.search(r"[,”\"]\s*$", ctx.text[max(0, c.start - 3):c.start]) is not None and then is not None \
            and (not then.group(2) or lemma(then.group(1)) in self.speech_lemmas)  # ", he said.", ", he said on
        # Tuesday."
        if want == "person":
            sex = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}.get(p, "")
            fits = lambda aid: self.fits_sex(ctx, aid, sex)  # noqa: E731
            # ("she said" is no man the codebook knows, nor one "he" has stood for)
            found, sure = self._person_pronoun(ctx, before, fits, closing, c.start)
            if sex and sure and len(found) == 1 and ctx.actor_types.get(found[0]) == "person":
                ctx.genders.setdefault(found[0], sex)  # (only when no other person could have been meant)
            return found
        if want == "plural":  # "they": the group, body or unnamed sources quoted last (not one unnamed official)
            if ctx.last_speaker and (ctx.actor_types.get(ctx.last_speaker) in ("anonymous", "group", "organization")
                                     or ctx.last_speaker in (ctx.anonymous or {}) and plural_source(ctx.last_speaker)):
                return (ctx.last_speaker,)
            return ()
        if want == "thing":  # "it": the sentence's own subject ("Syria said it would ..."), else the last speaker
            # if a state or organisation, else the last one named
            bodies = [x for x in before if x.kind != "pronoun" and x.actor_ids and ctx.actor_types.get(x.actor_ids[0])
                      in ("state", "organization", "group") and self._may_be_subject(ctx.text, x)]
            if bodies and not closing:
                return bodies[0].actor_ids
            if ctx.last_speaker and ctx.actor_types.get(ctx.last_speaker) in ("state", "organization", "group"):
                return (ctx.last_speaker,)
            medium = next((a for a in (ctx.last_speaker, ctx.last_via) if ctx.actor_types.get(a) == "media"
                           and a != ctx.outlet_id), "")  # (never the outlet itself)
            speaks = re.match(r"\s+(?:(?:also|later|then|further)\s+)?([a-z]+)", ctx.text[c.end:c.end + 40])
            medium = medium if speaks and (lemma(speaks.group(1)) in self.speech_lemmas or speaks.group(1) in
                                           self.cb.cues["broadcast_verbs"]) else ""  # ("It calls for
            # Russia to keep ...": the agreement the medium reported, no medium speaking)
            opens = opens_sentence(ctx.text, c.start)  # (the sentence's first word: not "in it confirmed ...")
            if medium and opens and not closing and not ctx.body_since:  # "Kommersant, citing a source, wrote that
                return (medium,)  # ... . It added that ...": the medium that spoke or relayed last (not after "The
                # ministry issued a statement. It said ...")
            paragraph = ctx.text[max(0, ctx.text.rfind("\n", 0, c.start), c.start - 400):c.start]
            document = re.search(r"(?<!\bin a )(?<!\bin an )(?<!\bin its )\b(?:letter|statement|text|document|"
                                 r"declaration|communiqu[eé]|message|note|readout|report|article|editorial|op-ed|"
                                 r"interview)s?\b", paragraph)  # (lower case: a document told of, not "Navigator's
            # Notes"; not the medium's own "in a report")
            if closing and speaks and ctx.last_medium and ctx.last_medium != ctx.outlet_id and not ctx.body_since \
                    and not document \
                    and not any(x.actor_ids and ctx.actor_types.get(x.actor_ids[0])
                                in ("state", "organization", "group") for x in before):
                return (ctx.last_medium,)  # '"Not one pennant in port," it wrote': the medium named last, when no
                # body has been named since
            for x in reversed(before):
                if x.actor_ids and ctx.actor_types.get(x.actor_ids[0]) in ("state", "organization", "group", "media"):
                    return x.actor_ids
        return ()


    def _person_opens_after_frame(self, ctx, cands, s0: int, pos: int) -> int:
        """Where the clause after a source's frame starts when a named person, after any title, opens it
        ("According to TASS, Deputy Foreign Minister X met ..."), else -1."""
        framed = FRAMED_OPENING.match(ctx.text, s0, pos)
        after = next((c for c in cands if framed and c.start >= framed.end()), None)
        opens = after is not None and bool(after.actor_ids) and ctx.actor_types.get(after.actor_ids[0]) == "person" \
            and self._title_span(ctx.text, framed.end(), after.start) >= 0
        return framed.end() if opens else -1

    def _title_span(self, text: str, start: int, end: int) -> int:
        """How many characters of title words stand between ``start`` and a name at ``end`` ("Deputy Foreign
        Minister "), or a number that is no such span."""
        gap = text[start:end]
        return len(gap) if not gap.strip() or self._title_chain(gap) else -1

    def fits_sex(self, ctx: DocContext, aid: str, sex: str) -> bool:
        """May ``aid`` be the "he" ("m") or "she" ("f") of a pronoun: no sex asked, or none known of them (from the
        codebook, or from a pronoun that stood for them before) that differs?"""
        return not sex or (getattr(self.cb.actors.get(aid), "gender", "") or ctx.genders.get(aid, "")) in ("", sex)

    def _speaks_next(self, text: str, end: int) -> bool:
        """Does a speech verb follow the name at once ("Asked about the bases X said nothing": the one asked, the
        question's comma missing)?"""
        nxt = re.match(r"\s+(?:[a-z]+ly\s+)?([a-z]+)", text[end:end + 30])
        return nxt is not None and lemma(nxt.group(1)) in self.speech_lemmas

    def _person_pronoun(self, ctx: DocContext, before: list[Candidate], fits, closing: bool, at: int = 0
                        ) -> tuple[tuple[str, ...], bool]:
        """Whom "he" or "she" stands for: a fitting person the sentence opened with, else the single unnamed
        source just quoted, the last person who spoke, the last person named; and whether no other person named
        in the sentence could have been meant."""
        persons = [x for x in before if x.kind != "pronoun" and x.actor_ids
                   and ctx.actor_types.get(x.actor_ids[0]) == "person" and self._may_be_subject(ctx.text, x)
                   and fits(x.actor_ids[0]) and not (ASKED_CLAUSE.search(ctx.text, max(0, x.start - 200), x.start)
                                                     and not self._speaks_next(ctx.text, x.end))]
        # ("Asked whether X had requested it, he said ...": the one asked is "he", X is what he was asked about)
        alone = len({x.actor_ids[0] for x in persons}) <= 1
        if persons and not closing:  # "Nebenzia said ..., and he called on ...": the sentence's own subject
            return persons[0].actor_ids, alone  # (not "Those responsible, including X, must face justice, he
            # said": a pronoun closing a view is not someone the view names)
        named = [x for x in before if x.kind != "pronoun" and x.actor_ids and ctx.actor_types.get(x.actor_ids[0])
                 == "person" and fits(x.actor_ids[0])]
        if named and re.search(r"\b(?:in|during)\s+which\s+$", ctx.text[max(0, at - 20):at]):
            agent = [x for x in named
                     if re.search(r"\bby\s+(?:[A-Z][\w.’'-]*\s+){0,3}$", ctx.text[max(0, x.start - 40):x.start])]
            owner = [x for x in named if POSSESSIVE.match(ctx.text, x.end)]
            return (agent or owner or named)[-1].actor_ids, alone  # "a visit by X, during which he said": the
            # visit's maker; "Lavrov's interview ..., in which he said", "Putin's call with Sharaa, during which he":
            # its owner; else the person named last
        introduced = [x for x in persons if re.match(r"(?:\s+[\w’'-]+){1,4}:\s", ctx.text[x.end:x.end + 60])]
        if introduced:  # "Jane Roe disagreed: Europe, she said, should ...": she introduced the view with a colon
            return introduced[0].actor_ids, alone
        opener = before[0] if before else None
        if opener is not None and opener.kind == "anonymous" and opener.actor_ids and not persons \
                and not plural_source(opener.actor_ids[0]) and opens_sentence(ctx.text, opener.start):
            return opener.actor_ids, alone  # "A European diplomat ... called it a balance: the speech was meant to
            # ..., he said": the one unnamed source the sentence opens with (not "According to a source, he asked")
        if ctx.last_source:
            return (ctx.last_source,), alone  # "A Syrian official said ... . '...,' he said": the official
        if ctx.last_person_speaker and fits(ctx.last_person_speaker):
            return (ctx.last_person_speaker,), alone and not persons
        return next(((aid,) for aid in reversed(ctx.recent_persons or []) if fits(aid)), ()), False

    def _sentence_subject(self, ctx, cands: list[Candidate], s0: int, pos: int):
        """The subject of a sentence's main clause: its first candidate when it opens the
        sentence (after a title), else the last speaker."""
        clause = self._person_opens_after_frame(ctx, cands, s0, pos)
        if clause >= 0:
            s0 = clause  # "According to TASS, Lavrov met ... and said": a person opens the clause after the source's
            cands = [c for c in cands if c.start >= s0]  # comma (not "..., the Russian delegation ...")
        opener = next((c for c in cands if c.end <= pos), None)
        # ("Russian Foreign Ministry spokeswoman Maria Zakharova ..., telling ...": the name ends the title)
        first = self._chain_end(ctx, opener, [c for c in cands if opener and opener.end <= c.start and c.end <= pos])
        nominative = first is not None and first.kind == "pronoun" and first.surface.lower() in ("he", "she", "they")
        lead = re.findall(r"[\w'’-]+", ctx.text[s0:opener.start]) if first else []
        lead = [w for w in lead if w.lower() not in SKIPPABLE and not w.isdigit()]  # "And on Oct. 15 President X"
        if first and len(lead) <= (6 if nominative else 3) \
                and (nominative or not self._after_verb(ctx.text[s0:], Candidate(first.start - s0, first.end - s0,
                                                                                first.actor_ids, first.kind, ""))):
            ids = self.resolve(ctx, first, [])
            if ids:
                return ids, first
        if ctx.last_speaker:
            return (ctx.last_speaker,), Candidate(s0, s0, (ctx.last_speaker,), "pronoun", "")
        return None

    def _owner_medium(self, ctx, cands: list[Candidate], cand: Candidate) -> str:
        """The medium whose unnamed sources these are ("the newspaper's interlocutors", "Kommersant's
        sources"), or ''."""
        if cand.kind != "anonymous":
            return ""
        if ctx.last_medium and re.search(r"\bof\s+the\s+(?:" + "|".join(MEDIUM_OWNERS) + r")$", cand.surface):
            return ctx.last_medium  # "an interlocutor of the publication"
        before = ctx.text[max(0, cand.start - 40):cand.start + len(cand.surface)]
        own = re.search(r"(?P<m>[\w’'-]+(?:\s+[\w’'-]+)?)" + POSSESSIVE_RE + r"\s+(?:[a-z]+\s+)?[\w-]+$", before)
        if own and ctx.last_medium and self.medium_ref.fullmatch("the " + own.group("m").split()[-1]):
            return ctx.last_medium  # "the newspaper's sources", "the agency's sources"
        named = next((c for c in cands if c.end <= cand.start and c.actor_ids
                      and ctx.actor_types.get(c.actor_ids[0]) == "media"
                      and re.compile(f"(?:{POSSESSIVE_RE})?" + r"\s+(?:[a-z]+\s+)?").fullmatch(ctx.text, c.end,
                                                                                            cand.start)),
                     None)  # (also "a Kommersant source": the medium's name as a modifier)
        return named.actor_ids[0] if named else ""

    def _medium(self, ctx, c: Candidate) -> bool:
        """Is a candidate a medium: a known one, or unnamed media ("state media", "a local newspaper"; not "Syrian
        lawyers", "Russian diplomats")?"""
        return ctx.actor_types.get(c.actor_ids[0]) == "media" or c.kind == "anonymous" and bool(
            (self.medium_words | {"media", "press", "outlets"}) & set(re.findall(r"[a-z]+", c.surface.lower())))

    def _quoted_by(self, ctx, cands: list[Candidate], end: int) -> str:
        """The medium a speaker is "quoted by" or "cited by" right after its name ("a diplomat quoted by
        the newspaper Al-Watan", "issued by the ministry and carried by state media"), or ''."""
        by = QUOTED_BY.match(ctx.text, end)
        if not by:
            return ""
        medium = next((c for c in cands if c.start >= by.end() and c.actor_ids), None)
        ok = medium is not None and self._medium(ctx, medium) and len(
            ctx.text[by.end():medium.start].split()) <= 3 and not re.search(r"[,.;:]", ctx.text[by.end():medium.start])
        return medium.actor_ids[0] if ok else ""

    def _coordinated(self, ctx, before: list[Candidate], cand: Candidate) -> tuple[Candidate, tuple[str, ...]]:
        """The names coordinated with a subject ("Saudi Arabia and Qatar pledged", "Russia, Iran and
        Turkey said"): the first of them and the ids of those before ``cand``; none when the first is
        the object of a verb or a preposition ("met Putin and Lavrov said")."""
        chain, c = [], cand
        while True:
            prev = next((p for p in reversed(before) if p.end <= c.start), None)
            link = r"\s*,?\s*and\s+" if not chain else r"\s*,\s*"  # "A, B and C": "and" before the last
            person = prev is not None and prev.kind == "pronoun" and prev.surface.lower() in ("he", "she")
            between = ctx.text[prev.end:c.start] if prev is not None else ""
            title = re.sub(r"^" + link, "", between) if re.match(link, between) else between
            if prev is None or prev.kind not in ("mention", "anonymous") and not person or not (
                    re.fullmatch(link, between) or re.match(link, between) and all(
                        w.lower() in self.titles | self.title_words | QUANTIFIERS for w in title.split())):
                break  # ("Two bankers and a Syrian source said", "he and Foreign Minister Lavrov agreed", "Ukraine and
                # several EU capitals want" too)
            chain.append(prev)
            c = prev
        while chain and (not self._may_be_subject(ctx.text, chain[-1]) or self._after_verb(ctx.text, chain[-1])):
            chain.pop()  # "the fate of Bashar al-Assad, officials and diplomats said": the list starts after him
        c = chain[-1] if chain else cand
        if not chain:
            return cand, ()
        ids = tuple(a for p in reversed(chain) for a in self.resolve(ctx, p, [x for x in before if x.end <= p.start]))
        return c, ids

    def _relative_antecedent(self, ctx, before: list[Candidate], s0: int, pos: int
                             ) -> tuple[tuple[str, ...], Candidate] | None:
        """The speaker of a cue inside a relative clause ("X, who met Y and said ...", "Turkey, which
        has urged Damascus to ..."): the name the clause hangs on, when the clause runs unbroken to the cue."""
        rel = None
        for rel in re.finditer(r",\s*(?:who|which)\s+", ctx.text[s0:pos]):
            pass
        if rel is None or re.search(r"[,;:]", ctx.text[s0 + rel.end():pos]):
            return None
        at = s0 + rel.start()
        c = next((c for c in reversed(before) if c.end <= at and not ctx.text[c.end:at].strip()), None)
        if c is None or c.kind not in ("mention", "title-ref"):
            return None
        ids = self.resolve(ctx, c, [x for x in before if x.end <= c.start])
        return (ids, c) if ids else None

    def _with_subject(self, ctx, cue: Match, before: list[Candidate], toks: list[Token]
                      ) -> tuple[tuple[str, ...], Candidate] | None:
        """The subject of a participle cue in an absolute clause: "with <actor> saying ...", also when
        it follows another participle ("with <actor> offering help and announcing ...")."""
        if not toks[cue.first].lower.endswith("ing"):
            return None
        text = ctx.text
        for c in reversed(before):
            gap = text[c.end:cue.start]
            if not re.fullmatch(r"\s*(?:\w+ly\s+)?|\s+(?:\w+ly\s+)?\w+ing\b[^,;:.]*?\band\s+(?:\w+ly\s+)?", gap):
                continue
            head = re.search(r"\bwith\s+((?:[\w’'-]+\s+){0,5})$", text[max(0, c.start - 60):c.start], re.IGNORECASE)
            if head and all(w[:1].isupper() or w.lower() in self.titles or w.lower() in self.title_words
                            or w.lower() in SKIPPABLE or w.lower() in self.demonym_state for w in head.group(1).split()):
                ids = self.resolve(ctx, c, [x for x in before if x.end <= c.start])
                return (ids, c) if ids else None
            return None
        return None

    def _nearest_left(self, ctx, before: list[Candidate], pos: int, light: bool = False, owner: bool = False
                      ) -> tuple[tuple[str, ...], Candidate] | None:
        """The subject of a verb at ``pos``: the closest candidate before it across what may stand
        between a subject and its verb (adverbs, a time, an apposition, a relative clause); with
        ``light``, also a light verb before a noun act ("has shown no sign", "has made a request"); with
        ``owner``, the possessive before a want named as a noun ("Moscow's priority is to")."""
        text = ctx.text
        for c in reversed(before):
            if c.actor_ids and self._medium(ctx, c) and QUOTED_BY_BEFORE.search(text, max(0, c.start - 50), c.start):
                continue  # "a diplomat quoted by the newspaper Al-Watan said": the medium relays, the diplomat says
                # (also unnamed media: "a statement issued by the ministry and carried by state media said")
            portfolio = re.search(r"([\w-]+)\s+(?:for|to|on)\s+(?:the\s+)?$", text[max(0, c.start - 40):c.start])
            if c.kind == "mention" and c.actor_ids and ctx.actor_types.get(c.actor_ids[0]) == "state" \
                    and portfolio and portfolio.group(1).lower() in self.titles:
                continue  # "the UN Special Envoy for Syria said", "the ambassador to Syria": the state is the post's
                # remit, not who speaks
            gap = text[c.end:pos]
            if re.search(r"\s[—–]\s", gap) and re.search(r"\s[—–]\s[^—–\n]*$", text[max(0, c.start - 150):c.start]):
                continue  # "Vladimir Putin — who met the Syrian president — said": a name inside an aside between
                # dashes is not who speaks after it
            head = next((b for b in reversed(before) if b.end <= c.start and b.actor_ids
                         and ctx.actor_types.get(b.actor_ids[0]) == "person"
                         and re.fullmatch(r"\s+of\s+(?:the\s+)?|\s*\(", text[b.end:c.start])), None)
            if head is not None and c.kind == "mention":  # "Viktor Zelenin of United Russia, a colonel, argued",
                c = head  # "Ivan Orlov (Russian Federation) said": the person, whose body names him
                gap = re.sub(r"^\s*\)", "", gap)  # (after the brackets: "(Qatar), speaking for ..., called")
            if c.kind == "anonymous":  # "Two members of the committee, who ..., said": the group's own body
                gap = re.sub(r"^\s+of\s+the\s+[a-z]+(?:\s+[a-z]+)?(?=\s*[,\s])", "", gap)
            if c.actor_ids and ctx.actor_types.get(c.actor_ids[0]) == "person":  # "Omar Khaled (Idlib), a farmer,
                gap = re.sub(r"^\s*\([^()]{1,40}\)(?=\s*[,\s])", "", gap)  # said" (not "northeast Syria (Rojava)")
            elif c.kind == "mention":  # "Ukraine's military intelligence agency (HUR) said": a body's acronym
                gap = re.sub(r"\s*\([A-Z][A-Z0-9&-]{1,7}\)(?=\s)", "", gap, count=1)  # (its office word aside)
            bare = POSSESSIVE.match(text, c.end)
            if bare and len(bare.group(0)) == 1:
                gap = "'s" + gap[1:]  # "Damascus' demand" reads as "Damascus's demand"
            if c.kind == "mention" and re.search(r"\band\s*$", gap) and (not self._may_be_subject(text, c)
                                                                      or self._after_verb(text, c)):
                continue  # "called it a problem for Moscow and said", "sat down with Putin in the Kremlin and
                # said": the object of a preposition, not who said
            gap = re.sub(r"\s[“\"]$", " ", gap)  # 'Ankara had "no objection" to ...': a quotation that opens at the
            # verb quotes its words, the subject stays outside it
            closing = re.fullmatch(r",\s*(?:([a-z]+)\s+)?", gap)
            if closing and (not closing.group(1) or is_adverb(closing.group(1))) \
                    and opens_apposition(text, c.start, self.speech_lemmas):
                gap = ""  # "A Kremlin spokesman, Dmitry Peskov, (merely) said": the name is an apposition (also "one
                # of them, orientalist Jane Roe, cautioned")
            if not self._subject_gap(gap) and not (light and re.fullmatch(r"(?:\s+[a-z]+){1,3}\s+|(?:\s+[a-z]+){3}\s+(?:a|an|the|its|their|any)\s+", gap)) \
                    and not (owner and (owned := re.fullmatch(r"['’]s(?:\s+[a-z]+)?(?:\s+([a-z]+))?\s+", gap))
                             and (not owned.group(1) or is_adverb(owned.group(1)))):  # "Moscow's (main) goal",
                # "Al-Sharaa's delegation (reportedly) sought"
                continue
            ids = self.resolve(ctx, c, [x for x in before if x.end <= c.start])
            if ids:
                # a title chain "Kremlin spokesman Dmitry Peskov": the person ends it, so c is right
                return ids, c
            return None
        return None

    def _matter_end(self, text: str, mt: re.Match, s1: int) -> int:
        """Where an unnamed source's description ends when the matter it knows of runs on past the pattern's word
        or two, up to the verb of saying: "a source familiar with [the first round of talks] said", "an official
        involved in [preparing the envoy's trip to Baku] told" (a few words, no clause of their own)."""
        b = mt.end()
        if not mt.group("tail") or not KNOWS_OF.match(mt.group("tail")):
            return b
        words = list(re.finditer(r"\s+([\w’'-]+)", text[b:min(s1, b + 120)]))
        for k, w in enumerate(words[:9]):
            word = w.group(1).lower()
            if k and w.group(1).islower() and lemma(word) in self.speech_lemmas:
                return b + words[k - 1].end()
            if word in NOT_MATTER or lemma(word) in self.speech_lemmas or k and w.start() != words[k - 1].end():
                return b  # (a clause of its own, a verb of saying first, or punctuation between)
        return b

    def _subject_gap(self, gap: str) -> bool:
        """May ``gap`` stand between a subject and its verb? Adverbs, a time, auxiliaries, verbs that
        take an infinitive ("intended to ask"), optionally after one comma-delimited apposition or
        relative clause ("Zakharova, the ministry's spokeswoman, said")."""
        g = unabbreviated(gap).strip()  # ("Sybiha, who visited Damascus Dec. 30, says")
        if re.fullmatch(r"(?:and\s+)?" + RELAY_PARTICIPLES + r"\s+by\s+[^,.;:!?\"“”]{2,60}", g):
            return True  # "a diplomat quoted by the newspaper Al-Watan said", "issued by the ministry and carried by"
        if not g or g.lower() in self.offices | self.medium_words:  # "the Kremlin press service announced": the
            # Kremlin's office; "the SANA news agency reported": the medium and what it is
            return True
        adverb = re.fullmatch(r"(.+?)\s+([a-z]+)", g)  # "Syria's foreign minister reportedly sought": what may stand
        if adverb and is_adverb(adverb.group(2)) and self._subject_gap(adverb.group(1)):  # there, then an adverb
            return True
        owned = re.fullmatch(r"['’]s\s+((?:\w+\s+)?(\w+))", g)  # "the ministry's (written) statement said": its own
        if owned and (owned.group(1).lower() in self.offices or lemma(owned.group(2).lower()) in self.speech_nouns):
            return True
        ruled = re.match(r"['’]s\s+(?:(?:new|interim|transitional|current)\s+)?(\w+)\b", g)
        if ruled and ruled.group(1).lower() in self.institutions and self._subject_gap(g[ruled.end():]):
            return True  # "Syria's (new) government (has) said": Syria
        titled = re.fullmatch(r"['’]s\s+(?:[a-z]+\s+){0,2}([a-z]+)", g)
        if titled and titled.group(1) in self.titles:
            return True  # "Syria's foreign minister said", no minister named: he speaks for Syria
        g = re.sub(r"^[—–]\s*([^—–,]{1,120}?)\s*[—–]", r", \1,", g)  # "Jane Roe — foreign minister since 2004 — said":
        # an aside between dashes, as between commas
        if g.startswith(","):
            close = g.rfind(",")
            inner = g[1:close].strip() if close > 0 else g[1:]
            rest = g[close + 1:] if close > 0 else ""
            first = inner.split()[0].lower() if inner else ""
            if close <= 0 or len(inner.split()) > 18 or re.search(r"[.;:!?]", re.sub(r"(?<=\d)\.(?=\d)", "", inner)) \
                    or lemma(first) in self.content_verbs:  # (a date's dots are no sentence's end: "on 23.12.2024")
                return False  # (", said X was necessary, but warned": a clause of its own, no apposition;
                # ", asked about this, answered" is one)
            g = rest.strip()
            if not g:
                return True
        place = re.match(r"(?:in|at|on|from|inside|near)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?\b", g, re.IGNORECASE)
        if place and self._subject_gap(g[place.end():]):
            return True  # "a security source on the coast said", "officials in Moscow said"
        modified = re.match(r"([a-z]+(?:ing|ed))\s+([a-z]+)\s+[^,.;:!?\"“”]{1,50}?(?=\s*,|\s*$)", g)
        if modified and modified.group(2) in PREPOSITIONS and lemma(modified.group(1)) not in self.content_verbs \
                and len(modified.group(0).split()) <= 7 and self._subject_gap(g[modified.end():].strip()):
            return True  # "an official travelling with the delegation (, speaking on condition of anonymity,) told",
            # "diplomats based in Damascus said": a participle and its preposition's phrase, and an apposition after
        words = re.findall(r"[\w’'-]+", g)
        if 2 <= len(words) <= 9 and words[0].lower() in ("who", "whom") and not re.search(r"[.;:!?\"“”,]", g) \
                and not any(lemma(w.lower()) in self.content_verbs for w in words[1:3]):
            return True  # "a source who requested anonymity said", "officials who took part in the talks said" (not
            # "an aide who said it was over": a verb of saying of its own; "who charters for state customers" is none)
        relative = re.match(r"(?:who|whom)\s[^,.;:!?\"“”]+(?=,)", g, re.IGNORECASE)  # "an executive who charters
        if relative and self._subject_gap(relative.group(0)) and self._subject_gap(g[relative.end():]):  # for state
            return True  # customers, speaking on condition of anonymity, said"
        if len(words) > 7 or re.search(r"[.;:!?\"“”,]", g):
            return False
        if len(words) > 6:
            return False
        return all(w.lower() in SKIPPABLE or re.sub(r"n[’']t$", "", w.lower()) in SKIPPABLE | {"ca", "wo"}  # "didn't"
                   or w.lower() in self.titles or w.isdigit() or is_adverb(w)
                   for w in words)  # an adverb in -ly ("He bluntly argued")

    def _np_head(self, ctx, after: list[Candidate], pos: int, limit: int) -> Candidate | None:
        """The speaker named after a cue: the first candidate within ``limit`` characters; in a
        title chain ("Kremlin spokesman Dmitry Peskov") the person that ends it."""
        near = [c for c in after if c.start - pos <= limit]
        if not near:
            return None
        c = near[0]
        owned = POSSESSIVE.match(ctx.text, c.end)
        nxt = near[1] if owned and not ctx.text[pos:c.start].strip() and len(near) > 1 else None  # right after the verb
        if nxt is not None and nxt.kind == "anonymous" and ctx.actor_types.get((c.actor_ids or ("",))[0]) == "media" \
                and nxt.start == owned.end() + len(re.match(r"\s*", ctx.text[owned.end():]).group(0)):
            return nxt  # '"...," said Meduza's interlocutor': the medium's unnamed source speaks (not "asked by
            # Kommersant's correspondent")
        if nxt is not None and ctx.actor_types.get((nxt.actor_ids or ("",))[0]) == "person" \
                and self._title_chain(ctx.text[owned.end():nxt.start]):
            return nxt  # '"...," said Syria's foreign minister, Asaad al-Shaibani': the state's title, then him
        if owned:
            return None  # "affirmed Russia's support": a possessive opens the object, not a speaker
        if re.match(r"\s*that\b", ctx.text[pos:c.start], re.IGNORECASE):
            return None  # "argued that Syria must ...": the complement's subject, not the speaker
        if re.search(r"\b(?:to|from|of|for|with|about|against|on|over)\s+(?:[\w’'-]+\s+){0,3}$",
                     ctx.text[pos:c.start], re.IGNORECASE) and not self._title_chain(ctx.text[pos:c.start]):
            return None  # "its promise to Assad", "the fate of Assad": the object of a preposition
        return self._chain_end(ctx, c, near[1:])

    def _chain_end(self, ctx, first: Candidate | None, later: list[Candidate]) -> Candidate | None:
        """The person a title chain opened by ``first`` ends on, else ``first`` ("Kremlin spokesman Dmitry
        Peskov", "the press secretary of the President of Russia Dmitry Peskov": the name ends the title; "the
        minister of foreign affairs and expatriates Asaad al-Shaibani": not the minister named before)."""
        for c in later:
            gap = ctx.text[first.end:c.start]
            first_type = ctx.actor_types.get(first.actor_ids[0] if first.actor_ids else "")
            words = re.findall(r"[\w'’-]+", gap)
            person = ctx.actor_types.get(c.actor_ids[0] if c.actor_ids else "") == "person"
            if (first_type != "person" and all(w.lower() in self.titles | {"'s", "s"} | SKIPPABLE for w in words)
                or first.kind == "title-ref" and all(w.lower() in self.titles | self.title_words for w in words)) \
                    and re.fullmatch(r"[\s\w'’-]{0,40}", gap) and person:
                first = c
            elif first.kind in ("anonymous", "title-ref") and person \
                    and re.fullmatch(r"\s*,\s*(?:(?:[A-Z][a-z]{1,4}\.|\([a-z]{2,4}\.\))\s+)*", gap) \
                    and re.match(r"\s*(?:[.;]|$)|,\s+(?:now|then|a|an|the|who\s+(?:is|was|has|had|said|says))\s",
                                 ctx.text[c.end:c.end + 20]):  # (the apposition ends the frame, describes
                # him or says he spoke; not "According to a diplomat, Lavrov, who arrived on Monday, wants ...":
                # Lavrov is what the diplomat tells of)
                return c  # "said the former officer, (Col.) Amir Ben-Dor.": the apposition names him
            else:
                break
        return first

    def _title_chain(self, gap: str, remits: bool = False) -> bool:
        """Is ``gap`` a title before a name, prepositions included ("said the minister of foreign
        affairs Sergey Lavrov"), rather than the object of a preposition? With ``remits``, capitalised
        words may name the post's remit ("Special Presidential Envoy for the Middle East and African Countries")."""
        written = re.findall(r"[\w’'-]+", gap)
        words = [w.lower() for w in written]
        if words[:1] in (["a"], ["an"]):
            return False  # "said a fighter of the SDF": someone unnamed of that body, not the body
        return bool(words) and any(w in self.titles for w in words) and all(
            w in self.titles or w in self.title_words or w in SKIPPABLE or remits and o[:1].isupper()
            for w, o in zip(words, written))
