"""Who holds each view: reported speech, nested acts, described positions, assessments and an
author's own voice, sentence by sentence.

Reported speech is found from speech cues (by lemma) and the speaker they govern (who can speak,
and which candidate is a verb's subject, is :mod:`.speakers`):
- the subject before the cue, across an apposition or a relative clause ("Zakharova, the
  ministry's spokeswoman, said"; "Koush, who ..., said");
- the name after the cue when the cue opens the sentence or follows a quote ("'…,' said
  Kremlin spokesman Dmitry Peskov"; translated "Said Bogdanov to the channel …");
- "according to X", "X quoted Y as saying", "X told <medium>": the relay goes into ``via``;
- pronouns ("he added") point to the last speaker or person named; "the latter" to the last
  person named; "the minister" to the last person with that title; "the sides" to each of the
  two states the story is about; unnamed sources ("a Syrian source", "two diplomats") are
  actors of type ``anonymous``.
Inside a reported view, another actor's act that takes a side ("…, but Moscow refused") is a
statement of that actor relayed by the speaker. Without any speech cue, an actor that wants,
seeks, backs or rejects something holds a ``described`` position; a forecast in the source's
own voice ("is expected to", "unlikely") is an ``assessment`` of the author or outlet.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..dates import MONTHS, WEEKDAYS
from .codebook import Codebook
from .lexicon import (CONTRACTED, DETERMINERS, NOUN_MARKERS, PARTICLES, PREPOSITIONS, Match, Token, is_adjective_like,
                      is_adverb, is_phrasal, is_word, lemma, names_something, tokens)
from .mentions import Mention
from .speakers import (MEDIUM_OWNERS, OPENERS, PRONOUNS, RELAY_PARTICIPLES, SKIPPABLE, SUBORDINATORS, TITLE_QUALIFIERS,
                       Candidate, DocContext, SpeakerRules, clause_subject)

QUOTE = re.compile(r"(?:“|(?<![\w,.;:!?])\")([^”\"]{2,}?)(?:”|\"(?!\w))")  # a straight quote opens only where no word
# or stop stands right before it, and closes only where no word follows ('... fence. "People': no quotation)
#: A verb coordinated with the one before it ("..., he said, and proposed ..."): it shares that verb's subject.
COORDINATED = re.compile(r"\w[.!?]?,?[\"”’']?,?\s+(?:and|but)\s+(?:also\s+)?$")  # also after a quotation's end
#: a speech verb whose subject is "I" or "we", a few lowercase words before it ("we have repeatedly said")
FIRST_PERSON = re.compile(r"(?:^|(?<=[\s\"“(]))(?:I|[Ww]e)\s+(?:[a-z’'-]+\s+){0,3}$")
#: An advice or forecast word this many words or fewer before an act governs it ("Moscow should not
#: offer ...", "will probably ask for ...", "did not expect Moscow to agree"): no one acts yet; with
#: "to" right before the act, a longer subject may stand between ("expect the two sides to agree").
GOVERNING_GAP = 3
GOVERNING_TO_GAP = 6


def governed(cues: list[Match], groups: set[str], toks: list[Token] | None = None, breaks: str = ";:") -> set[int]:
    """First tokens of the cues that a cue of ``groups`` governs (see GOVERNING_GAP), with none of ``breaks``
    between."""
    heads = [c.last for c in cues if c.group in groups]

    def infinitive(c: Match) -> bool:  # "to" before the act, and no punctuation since the head
        return toks is not None and c.first > 0 and toks[c.first - 1].lower == "to" and not any(
            t.text in ",;:" for t in toks[max(0, c.first - GOVERNING_TO_GAP):c.first])

    def unbroken(h: int, c: Match) -> bool:  # "few expected: he promised ...": a colon or semicolon ends the reach
        return toks is None or not any(t.text in breaks for t in toks[h + 1:c.first])

    return {c.first for c in cues if any((0 < c.first - h <= GOVERNING_GAP or 0 < c.first - h <= GOVERNING_TO_GAP
                                          and infinitive(c)) and unbroken(h, c) for h in heads)}


def unsaid(cues: list[Match], toks: list[Token]) -> set[int]:
    """First tokens of the acts no one has done yet: foreseen ("will probably ask for", "did not expect Moscow to
    agree"), asked for ("urged Damascus to confirm that ...", "I would ask the government to say plainly ...") or
    left to someone ("it is for Damascus to say", "up to Moscow to decide")."""
    foreseen = governed(cues, {"forecast"}, toks, ";:,")  # (not a frame after a comma: "... is unlikely, diplomats
    # say")
    asked = {c for c in governed(cues, {"demand"}, toks) if c > 0 and toks[c - 1].lower == "to"}
    return foreseen | asked | {c.first for c in cues if _left_to(toks, c.first)}


#: Nouns of "it is something for X to ...": what is left to X (not "it was a surprise for X to announce").
LEFT_TO_NOUNS = {"something", "one", "matter", "question", "decision", "issue", "thing"}


def _left_to(toks: list[Token], i: int) -> bool:
    """Is the act at ``i`` an infinitive left to whom "up to" or "for" after a copula names ("is something for
    Damascus to ask for", "up to the Syrian side to decide"): an actor named (a capital or a pronoun) and nothing but
    words between?"""
    if i < 3 or toks[i - 1].lower != "to":
        return False
    for k in range(i - 3, max(-1, i - 7), -1):
        between = toks[k + 1:i - 1]
        if not all(t.text[:1].isalnum() for t in between):
            return False
        up = toks[k].lower == "to" and k > 0 and toks[k - 1].lower == "up"
        copula = k > 0 and toks[k - 1].lemma == "be" or k > 1 and toks[k - 1].lower in LEFT_TO_NOUNS and (
            toks[k - 2].lemma == "be" or k > 2 and toks[k - 3].lemma == "be")  # ("is for X to", "is something for X
        # to", "is a matter for X to"; not "it took a week for X to reply" nor "it was unusual for X to confirm")
        left = up or toks[k].lower == "for" and copula
        if left and any(t.text[:1].isupper() or t.lower in ("them", "us", "him", "her", "me") for t in between):
            return True
    return False


#: A phrase that may trail a closing frame ("..., a source told Reuters, in the first talks since ..."),
#: so that the frame still governs what came before it.
TIME_AFTER = r"\s*,\s*(?:(?:a|an|one|two|three|four|five|six|several|a\s+few|\d+)\s+)?(?:day|week|month|year)s?\s+(?:after|before)\b"
TRAILING = (r"(?:\s*,\s*(?:in|at|on|during|after|before|as|while|when|amid|following|with|without|\w+ing)\b|"
            + TIME_AFTER + ")")  # one group, so that a pattern may go on after it
# (", a week after U.S. officials urged ...": a time phrase, not what the speaker said, may also follow the frame's
# audience, place and time: "..., Putin told a forum in Doha on Tuesday, a week after ...")
#: Words of a discourse opener before a verb-first frame ("In the same context,", "In this regard,").
DISCOURSE = {"same", "meantime", "regard", "respect", "connection", "framework", "other", "hand", "side", "note"}


#: An obligation right before a speech verb ("has to raise it", "must say"): nothing was said yet.
OBLIGED = re.compile(r"\b(?:must|should|ought\s+to|(?:has|have|had)\s+to|needs?\s+to)\s+$", re.IGNORECASE)


@dataclass
class Statement:
    doc_id: str
    sent_id: int
    start: int
    end: int
    speaker_id: str
    via_id: str
    attribution: str  # direct-quote, reported, author, described, assessment
    cue: str
    scope: tuple[int, int]  # the part of the sentence that carries the view
    nested: bool = False
    subject: str = ""  # how the speaker was found: mention, pronoun, anonymous, parties, title-ref
    stance: str = ""  # fixed by the act itself ("..., but Moscow refused": oppose what was said)
    question: tuple[int, int] | None = None  # the question put to the speaker ("Asked whether ..., he said")
    joint: bool = False  # a nested act the outer speaker shares ("he said the parties agreed to ..."), or a
    # want he tells of ("he said the Syrian side wants wheat"): his own side stays, it is not only relayed
    frame: tuple[int, int] | None = None  # who speaks and the cue ("the Kremlin press service announced")
    relay_only: bool = False  # a medium that only passes on another's act ("Reuters reported that Moscow refused"):
    # it spoke, on no issue of its own
    asks: bool = False  # a question put by one a transcript's label names: the issues it raises, on no side


#: Words that open a clause of time or reason before the main one ("After the envoy arrived, ..."); not "If" (a
#: condition is part of the view)
OPENING_CLAUSES = (SUBORDINATORS - {"that", "which", "who", "whom", "where", "whereas"}) | {"as"}
#: A speech verb in the passive with "as saying" after it ("was quoted by TASS as saying", "was reported as saying"):
#: its subject is the one who spoke, the agent after "by" the relay.
PASSIVE_AS_SAYING = re.compile(r"(?:quoted|reported|cited)(?:\s+by\s+(?P<by>[^,.;:\"“”]{2,60}?))?"
                               r"\s+as\s+say(?:ing)?\b", re.IGNORECASE)
#: The first part of a quotation a frame splits ('"This issue," he said, "requires ..."'): a quotation that closes on a
#: comma right before the frame (inside the marks or, as British punctuation has it, outside).
SPLIT_OPENING = re.compile(r"\s*[“\"][^“”\"]{1,200}?(?:,\s*[”\"]|[”\"]\s*,)\s*")
#: What stands right before a clause of its own ("..., while Moscow", "..., and Russia", "...; Damascus")
CLAUSE_BEFORE = re.compile(r"(?:[,;]|\b(?:while|whereas|and|but|yet))\s*$")


def _apart(views: list[Statement], begins: list[int | None], text: str) -> list[Statement]:
    """Positions of several actors in one sentence ("Moscow wants its bases, Damascus wants wheat"), or views told
    inside another's: each from where its holder stands, when another's comes before it, to where the next one's
    holder stands, at the start of a clause of its own."""
    own = [b if b is not None and CLAUSE_BEFORE.search(text, max(0, b - 12), b) else None for b in begins]
    for v, at, cut in zip(views, begins, own):
        if at is None:
            continue
        before = [b for o, b in zip(views, begins) if o.speaker_id != v.speaker_id and b is not None and b < at]
        after = [b for o, b in zip(views, own) if o.speaker_id != v.speaker_id and b is not None and b > at]
        v.scope = (max(v.scope[0], at) if cut is not None and before else v.scope[0], min([v.scope[1]] + after))
    return views


class Attributor(SpeakerRules):
    """The attribution rules for one codebook (cue groups and vocabularies compiled once)."""

    SPEECH = {"speech", "silence"}  # declining to comment is a speech act too (one that takes no side)
    ACT = {"demand", "refusal", "readiness", "speech"}

    def __init__(self, cb: Codebook):
        self.cb = cb
        self.medium_describers = {w for n in cb.cues["media_nouns"] + cb.cues["medium_nouns"] + cb.cues["medium_qualifiers"]
                                  for w in n.lower().split()}  # "according to state news agency SANA"
        self.speech_heads = {lemma(p.split()[0].lower()) for p in cb.cues["speech"] if " " in p}  # "rule (out)"
        self.answering = {lemma(w.lower()) for g in ("refusal", "reversal", "answering_verbs") for w in cb.cues[g]
                          if " " not in w}  # verbs whose object may be a call or a demand ("rejected calls for")
        self.noun_qualifiers = {w.lower() for w in cb.cues["noun_qualifiers"]}  # "rejected renewed calls for"
        self.light_verbs = {tuple(lemma(w) for w in v.lower().split()) for v in cb.cues["light_verbs"]}
        cues = cb.cues
        self.titles = {t.lower() for t in cues["person_titles"]}
        self.title_words = {t.lower() for t in cues["title_words"]}  # "foreign", "affairs" inside a title
        heads = sorted((re.escape(t.lower()) for t in cues["head_of_state"]), key=len, reverse=True)
        self.head_words = {t.lower() for t in cues["head_of_state"]}  # "the Syrian leader": its president
        self.heads = re.compile(r"(?<!deputy )(?<!vice )(?<!vice-)\b(?:" + "|".join(heads) + r")\b")
        self.anon_nouns = {a.lower() for a in cues["anonymous_nouns"]}
        self.channel_words = {w.lower() for n in cues["channel_nouns"] for w in (n, n + "s")}  # "sources", "people familiar"
        self.posted = {t.lower() for t in cues["posted_titles"]}  # "ambassador", "envoy": whose post it is
        self.state_voices = {t.lower() for t in cues.get("state_voices", [])}  # "the representative of China"
        self.view_words = "|".join(re.escape(w) for w in cues.get("view_nouns", []))  # "in Moscow's view"
        self.speech_lemmas = cb.speech_lemmas
        self.relay_words = {w for w in cues["relay_verbs"] if " " not in w}
        self.content_verbs = {w.lower() for w in cues["content_verbs"]}
        self.translated_views = {w.lower() for w in cues["translated_views"]}
        self.pronouns = {w.lower() for w in cues["pronouns"]}
        self.naming = {w.lower() for w in cues["naming_verbs"]}
        self.offices = {w.lower() for w in cues["office_nouns"]}
        self.speech_nouns = {w.lower() for w in cues["speech_nouns"]}
        self.demand_heads = {w.split()[0].lower() for w in cues["demand"]}  # "call" of "call for": a demand named
        self.restating = {w.lower() for w in cues["restating_verbs"]}
        self.institutions = {w.lower() for w in cues["institution_nouns"]}
        nouns = "|".join(sorted((re.escape(w) for w in self.speech_nouns), key=len, reverse=True))
        self.statement_of = re.compile(rf"\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:{nouns})s?\s+(?:(?:issued|released|"
                                       rf"published|put\s+out|distributed|circulated|posted|sent)\s+)?(?:from|by|of)\s+",
                                       re.IGNORECASE)  # whose words ("a summary distributed by the presidency")
        frames = "|".join(sorted((re.escape(w) for w in cues["source_frames"]), key=len, reverse=True))
        self.framed_before = re.compile(rf"\b(?:{frames})\s+$", re.IGNORECASE)  # "according to the sources"
        media = sorted((re.escape(w) for w in cues["medium_nouns"]), key=len, reverse=True)
        self.medium_words = {w.lower() for w in cues["medium_nouns"]}  # "SANA news agency reported": its noun
        self.medium_ref = re.compile(r"(?<![\w-])the\s+(?:" + "|".join(media) + r")(?![\w-])(?!\s+(?-i:[A-Z]))",
                                     re.IGNORECASE) \
            if media else re.compile(r"(?!x)x")
        self.citing = {" ".join(lemma(w) for w in f.lower().split()) for f in cues["source_frames"]
                       if not f.lower().startswith("accord")}
        dem = sorted((d for a in cb.actors.values() for d in a.demonyms), key=len, reverse=True)
        # one-word names of states used as adjectives ("an unnamed Kremlin source"), from the codebook
        self.state_words = set(cb.one_word_states())
        plural = lambda n: n + ("es" if n.endswith(("s", "sh", "ch", "x")) else "s")  # noqa: E731 ("witnesses")
        trades = {w.lower() for w in cues["person_nouns"] if " " not in w} - {"man", "woman", "mother", "father",
                                                                             "soldier", "owner", "widow"}
        # ("dockers say", "farmers said": plural people of a trade are an unnamed source; one of them is a person a
        # story names; not "the two men", "both men": the people the story named, nor soldiers "said to be" there)
        nouns = sorted(self.anon_nouns | {plural(n) for n in self.anon_nouns}
                       | {re.sub(r"man$", "men", n) if n.endswith("man") else plural(n) for n in trades},
                       key=len, reverse=True)
        heads = {n.split()[0] for n in self.anon_nouns}  # "one of the people/sources said": a group quoted before
        self.groups = "|".join(sorted((re.escape(h) + "(?:es|s)?" for h in heads), key=len, reverse=True))
        bodies = "|".join(sorted((re.escape(w) for w in cues["source_bodies"]), key=len, reverse=True))  # "a source
        # in the Russian delegation": where the source sits tells which source
        org_nouns = "|".join(sorted({re.escape(w.lower()) for w in cues["organisation_name_words"]} | {r"think\s+tank"},
                                    key=len, reverse=True))  # what an unnamed source may be "at a ..."
        office_words = "|".join(sorted({re.escape(w.lower()) for w in cues["source_bodies"] + cues["office_modifiers"]},
                                       key=len, reverse=True))  # ("a Syrian foreign ministry official": the office
        # says which state's official)
        matters = "|".join(sorted({re.escape(w.lower()) + "s?" for w in cues["framing"] if " " not in w}
                                  | {re.escape(w) + "s?" for w in cb.talk_words if " " not in w}, key=len, reverse=True))
        # (a topic's noun, "file", "matter", or the happenings' words for talks, "talks", "negotiations")
        modifier = r"(?!\s+(?:" + "|".join(re.escape(w) for w in cues["not_a_source_before"]) + r")\b)"  # ("member
        # states": the noun is a modifier)
        self.anonymous = re.compile(
            r"(?<![\w-])(?P<np>(?:(?:a|an|one|two|three|four|five|six|several|some|other|senior|many|most|few|the|these|"
            r"same|first|second|third|another)\s+)*"
            r"(?:(?:senior|western|arab|european|kurdish|local|regional|independent|military|security|diplomatic|"
            r"government|unnamed|anonymous|informed|knowledgeable|port|trade|news|state|official|" + office_words + "|"
            + "|".join(re.escape(d.lower()) for d in dem)
            + "".join("|" + re.escape(w) for w in sorted(self.state_words, key=len, reverse=True)) + r")\s+)*"
            r"(?P<noun>" + "|".join(re.escape(n) for n in nouns) + r")" + modifier + r")"
            r"(?P<tail>(?:(?<=familiar)|(?<=briefed)|(?<=present)|"
            r"(?<=knowledge)|(?<=close))\s+(?:with|on|at|of|to)\s+(?:the\s+)?[\w-]+|"
            r"\s+(?:on|from)\s+(?:both|each|either)\s+sides?(?![\w-])|"  # "sources on both sides said"
            r"(?:" + "|".join(f"(?<={re.escape(t.lower())})" for t in cues["posted_titles"]) + r")\s+(?:to|for|at)\s+(?:the\s+)?"
            r"(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?|"  # "the Russian ambassador to Syria": where the post is
            r"\s+of\s+the\s+(?:" + "|".join(MEDIUM_OWNERS) + r")(?![\w-])|"  # "an interlocutor of
            # the publication": the medium's own source
            r"\s+(?:(?:familiar\s+with|close\s+to|"
            r"with\s+knowledge\s+of|briefed\s+on|involved\s+in)\s+(?:the\s+)?(?:(?:(?:(?-i:[A-Z])[\w-]+|" + office_words
            + r")\s+){0,2}(?:" + bodies
            + r")(?![\w-])|(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+){0,3}(?:\s+(?:" + matters + r")(?![\w-]))?"
            r"|(?:[\w-]+\s+)?[\w-]+['’]s\s+[\w-]+|[\w-]+)"
            # ("familiar with the Syria file", "... the Moscow talks": the matter named by its country or place)
            r"|(?:in|at|from|of|within|to)\s+"  # ("briefed on last week's meeting"; "close to
            # the Russian embassy": the body the source is close to; "an adviser to the assembly")
            r"(?:the\s+)?(?:(?:(?-i:[A-Z])[\w-]+|" + office_words + r")\s+){0,2}(?:" + bodies + r")"
            r"(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w-]+(?:\s+(?:and\s+)?(?-i:[A-Z])[\w-]+){0,3})?"  # "in the Ministry
            r"|(?:in|at|from|of)\s+"  # of Foreign Affairs"
            r"(?:the\s+)?(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+){0,3}"  # ("at the Carnegie Middle East Center")
            r"|(?:at|from|of|with)\s+(?:a|an)\s+(?:(?-i:[A-Z])[\w-]+\s+){0,2}(?:" + org_nouns + r")"  # ("at a Beirut
            # institute", "with a think tank")
            r"|(?:from|of)\s+(?:a|an|one)\s+(?:[\w-]+\s+){0,2}(?:country|state|nation)"  # ("an envoy from a Nordic
            r"(?=\s*[,;]|\s+(?:who|that|which|has|had|is|was|said|says|told|tells|added|[a-z]+ed)\b)"  # state", not
            r"))?"  # "an official from a state agency")
            r"(?P<acting>\s+(?-i:[a-z]+ing)\s+(?:(?:with|for|at|in|on)\s+)?(?:the|a|an|its|their)\s+[\w-]+"
            r"(?:\s+[\w-]+)?(?=\s+(?:said|says|told|tells|added|confirmed|reported)\b))?"  # ("a member of the
            r"(?![\w-])",  # security forces guarding the facility said", "a journalist working with the agency said")
            re.IGNORECASE)
        self.demonym_state = cb.state_of_demonym()
        self.not_subjects = set(self.demonym_state) | {w.lower() for w in WEEKDAYS} | {m.lower() for m in MONTHS}
        # (what may follow a demonstrative "That": "That Syrian demand", "That Monday")
        parties = sorted((re.escape(p) for p in cues["parties"]), key=len, reverse=True)
        self.parties = re.compile(rf"(?<![\w-])(?:{'|'.join(parties)})(?![\w-])", re.IGNORECASE)
        self.audiences = [a.lower() for a in cues["relay_audiences"]]
        states = sorted((re.escape(al) for a in cb.actors.values() if a.type == "state" for al in a.aliases
                         if len(al) > 3), key=len, reverse=True)
        self.role_of_state = re.compile(r"(?<![\w-])(?:the\s+)?(?P<t>President|Prime Minister|Foreign Minister|Minister of "
                                        r"Foreign Affairs|Defence Minister|Defense Minister)\s+of\s+(?:the\s+)?(?P<st>" +
                                        "|".join(states) + r")(?![\w-])", re.IGNORECASE)
        # "the Kremlin spokesman" as "the Russian spokesman": a one-word state name qualifies a title too
        self.state_of_word = cb.state_of_word()
        self.past_titles = frozenset(w.lower() for w in cb.cues["past_titles"])
        qualifiers = sorted(TITLE_QUALIFIERS | {"defense", "new", "special", "presidential", "senior",
                                                "chief", "acting", "high"} | self.past_titles | set(self.state_of_word),
                            key=len, reverse=True)
        # (the title's own words, which its holder's role must hold, and words that only describe the holder)
        self.title_ref = re.compile(r"(?<![\w-])the\s+(?P<q>(?:(?:" + "|".join(re.escape(q) for q in qualifiers) +
                                    r")\s+){0,3})(?P<t>" + "|".join(
                                        sorted((re.escape(t) for t in self.titles if " " not in t), key=len,
                                               reverse=True)) + r")(?![\w-])", re.IGNORECASE)

    # ------------------------------------------------------------------ candidates
    def forget(self) -> None:
        """Drop the candidates kept for the sentence just done."""
        self._cands = None

    def candidates(self, ctx: DocContext, s0: int, s1: int, mentions: list[Mention]) -> list[Candidate]:
        """Everything in ``[s0, s1)`` that could be a speaker, in text order (worked out once per
        sentence; a part of it is a filter)."""
        kept = getattr(self, "_cands", None)
        if kept is not None and kept[0] is ctx and kept[1] <= s0 and s1 <= kept[2]:
            return [c for c in kept[3] if s0 <= c.start and c.end <= s1]
        found = self._candidates(ctx, s0, s1, mentions)
        self._cands = (ctx, s0, s1, found)  # never reused for another document
        return found

    def is_passive(self, toks: list[Token], c: Match) -> bool:
        """A cue verb in the passive ("Moscow is expected to keep", "the talks were described as"): its
        subject is what is spoken of, not who speaks."""
        k = c.first - 1
        while k >= 0 and (toks[k].lower.endswith("ly") and toks[k].lower != "only" or toks[k].lower in (
                "not", "never", "n't", "been", "being", "already", "also", "just", "often", "since")):
            k -= 1  # "is widely expected", "was not raised", "has been described"
        if toks[c.first].lower.endswith("ed") and c.first > 0 and toks[c.first - 1].text == "," \
                and c.last + 1 < len(toks) and (toks[c.last + 1].lower == "as" or toks[c.last + 1].lower == "by"
                                                and toks[c.first].lemma in self.demand_heads):
            return True  # "..., described as pragmatic": a participle of the noun before it, with no speaker; "a
            # diplomat, asked by Rudaw about it, said": who asks is no speaker of a view ("confirmed by a source" is)
        verb = toks[c.first]
        participle = verb.lower.endswith("ed") or verb.lower != verb.lemma and not verb.lower.endswith(("s", "ing"))
        if self._as_saying(toks, c):
            return False  # "Lavrov was quoted (by TASS) as saying": the subject speaks
        return k >= 0 and (toks[k].lemma == "be" or toks[k].lemma == "have" and any(
            t.lower == "been" for t in toks[k + 1:c.first])) and participle  # "has already been said by", "was told"

    @staticmethod
    def _as_saying(toks: list[Token], c: Match) -> bool:
        """Is a quoting verb followed, after an agent with "by", by "as saying" (:data:`PASSIVE_AS_SAYING`)?"""
        return PASSIVE_AS_SAYING.match(" ".join(t.text for t in toks[c.first:c.first + 14])) is not None

    is_phrasal = staticmethod(is_phrasal)

    # ------------------------------------------------------------------ one sentence
    def sentence(self, ctx: DocContext, sent_id: int, s0: int, s1: int, toks: list[Token],
                 mentions: list[Mention], cues: list[Match], in_quote: bool) -> list[Statement]:
        """Statements of one sentence (reported speech and nested acts): its speech cues, each framed with its
        speaker, or else a quotation that a colon introduces or the last speaker goes on with; then each view's
        scope, what is nested in what, who relays whom, what a naming verb says ("called the talks useful") and
        which views are mostly quoted."""
        text = ctx.text
        cands = self.candidates(ctx, s0, s1, mentions)
        quotes = [(m.start(), m.end()) for m in QUOTE.finditer(text, s0, s1)]
        closing = re.compile(r"[^“”\"]*?(?:”|\"(?!\w))").match(text, s0, quotes[0][0] if quotes else s1) if in_quote \
            else None
        if closing:  # 'Instead they got a discount," an organizer said': the quotation opened a sentence before
            quotes.insert(0, (s0, closing.end()))
        cues, asked, speech = self._speech_cues(ctx, s0, s1, toks, mentions, cues, cands, quotes)
        out = self._framed(ctx, sent_id, s0, s1, cands, toks, quotes, speech)
        if not out:
            quoted = self._introduced_quote(ctx, sent_id, s0, s1, cands) or self._manner_frame(
                ctx, sent_id, s0, s1, cands, quotes)
            if quoted:
                return quoted
        out = self._owners_view(ctx, sent_id, s0, s1, cands) + out  # ("In Ankara's view, ..., and a minister said ...")
        whole = re.fullmatch(r"\s*[“\"][^“”\"]+[”\"]\s*", text[s0:s1]) is not None
        # ('... he said. "Our aim is ..."': a quotation standing alone goes on quoting the last speaker)
        if not out and (in_quote or whole):  # (also a sentence inside a quotation the last speaker opened)
            if ctx.last_speaker:
                out.append(Statement(ctx.doc_id, sent_id, s0, s1, ctx.last_speaker, self.relay(ctx, ctx.last_speaker),
                                     "direct-quote", "", (s0, s1)))
        frame_of = self._scopes(text, s0, s1, out, cues, asked, quotes)
        out = self._relays(ctx, out, frame_of)
        for st in [o for o in out if self._naming(o)]:
            at = text.find(st.cue, s0, s1)
            if at >= 0:
                # "which the Kremlin called constructive, and the EU's decision ...": what a naming verb says
                # is its object and the name it gives, up to the end of its clause
                cut = re.compile(r"[,;:—–.]").search(text, at + len(st.cue), s1)
                end = cut.start() if cut else s1
                said = next((m.start() for m in re.finditer(r"\s+and\s+(?:also\s+)?([a-z]+)", text[at:end])
                             if lemma(m.group(1)) in self.speech_lemmas), None)  # "called the talks constructive
                st.scope = (at + len(st.cue), at + said if said is not None else end)  # and said ...": his next words
        for st in out:  # a view mostly in quotation marks is a direct quote
            share = sum(min(b, st.scope[1]) - max(a, st.scope[0]) for a, b in quotes
                        if a < st.scope[1] and st.scope[0] < b)
            if st.attribution == "reported" and share > 0.4 * max(1, st.scope[1] - st.scope[0]):
                st.attribution = "direct-quote"
        return out

    def _speech_cues(self, ctx: DocContext, s0: int, s1: int, toks: list[Token], mentions: list[Mention],
                     cues: list[Match], cands: list[Candidate], quotes: list[tuple[int, int]]
                     ) -> tuple[list[Match], tuple | None, list[Match]]:
        """The sentence's cues (with a naming verb that speaks as a speech cue), the question put to the speaker
        before it ("Asked whether ..."), and the cues that frame a view: none inside a quotation, a name, a
        question, a condition, a passive or a phrasal use, no speech negated with nothing said, nothing not said
        yet, and no reason a source is unnamed."""
        text = ctx.text
        inside = lambda pos: any(a < pos < b for a, b in quotes)  # noqa: E731
        refusals = {c.first for c in cues if c.group in ("refusal", "silence")}  # "did not rule out": a view
        nothing_said = lambda c: len(toks) - c.last <= 6 or c.last + 1 < len(toks) and toks[c.last + 1].lower in (  # noqa: E731
            "whether", "if", "where", "when", "how", "what", "who", "why") or all(
            t.lower in ("did", "does", "do", "has", "have", "had", "not", "n't", "and") for t in toks[:c.first])
        negated = {c.first for c in cues if c.group == "speech" and c.first not in refusals and nothing_said(c) and any(
            n.group == "negation" and 0 < c.first - n.last <= 2 for n in cues)}  # "Moscow has not confirmed it.",
        # "the bank has not said whether ...", translated "Did not confirm the spokespeople the cancellation"
        unsaid_at = unsaid(cues, toks)  # "will probably ask for", "urged Damascus to confirm": no one spoke yet
        named = [(m.start, m.end) for m in mentions]  # "the Gulf states", "the United States": a name, no verb
        named += [(t.start, t.end) for i, t in enumerate(toks) if i and t.text[:1].isupper()
                  and toks[i - 1].text not in ('"', "“", ":", "(")]  # "Islamic State" mid-sentence: a name
        if len(toks) > 1 and toks[0].text[:1].isupper() and toks[1].text[:1].isupper() and toks[1].text.isalpha() \
                and toks[0].lower == toks[0].lemma:
            named.append((toks[0].start, toks[0].end))  # "State Duma deputy X told ...": a name opening the sentence
            # (not a translation's verb first, "Said Peskov that ...", "Added X")
        cues = sorted(cues + [Match(c.first, c.last, c.start, c.end, c.key, "speech") for c in cues  # "called the
                              if c.group == "naming_verbs" and names_something(toks, c.first, named, self.pronouns)],
                      key=lambda m: (m.start, -m.end))  # talks useful": a naming verb speaks
        asked = question_before(text, s0, s1)  # "Asked whether ...": put to the speaker; no one's speech, and
        # what an answer naming no issue is about
        speech = [c for c in cues if c.group in self.SPEECH | {"source_frames", "quote_frames", "back_references"}
                  and not (asked and c.end <= asked[1])  # (nor a verb inside the question: "Asked whether
                  # Damascus had requested it": the request is asked about, not told)
                  and not CONDITIONED.search(text, max(s0, c.start - 60), c.start)  # "would sign it only if Russia
                  # agreed to ...": a condition, no one's act or speech
                  and not (c.group == "silence" and toks[c.first].lower == "without")  # ("..., without giving
                  # details": how the speaker spoke, no speech act of its own)
                  and not self.is_phrasal(toks, c) and not self.is_passive(toks, c)
                  and not (toks[c.first].lower == "saying" and c.first > 0 and toks[c.first - 1].lower == "as")
                  # ("quoted X as saying": the quoting frame's, no cue of its own)
                  and not inside(c.start) and not (c.group == "speech" and self._is_noun(toks, c))
                  and not any(a <= c.start and c.end <= b for a, b in named)
                  and not any(x.kind == "anonymous" and x.start <= c.start < x.end for x in cands)  # "Informed
                  # sources revealed": a word of the unnamed source's description is no cue
                  and not (c.group == "speech" and c.first in negated)
                  and not (c.group == "speech" and c.first in unsaid_at)
                  and not (c.group == "speech" and OBLIGED.search(text, max(s0, c.start - 14), c.start))  # "has to
                  # raise it": what someone must say is not said yet
                  and not any(n.group == "anonymity" and (1 <= n.first - c.last <= 3 and all(
                      t.text[:1].isalpha() for t in toks[c.last + 1:n.first]) or n.last == c.first - 1
                      and toks[n.last].lower == "to") for n in cues)  # (", the official said, asking not to be
                  # named": the comma closes the speech verb; the participle after it gives the reason)
                  # "who asked not to be named", "requested anonymity", "not authorised to speak": why the source
                  # is unnamed, not what it says
                  and not FIRST_PERSON.search(text, max(s0, c.start - 40), c.start)]  # "I have nothing to add":
        # the one quoted speaks of himself (in a quotation or a transcript's turn); no one else frames it
        lead = next((i for i, t in enumerate(toks) if t.lower not in ("and", "also", ",")), None)
        if lead is not None and toks[lead].lemma in self.translated_views and " that " in text[s0:s1]:
            # translated Arabic order: "Sees the Syrian writer X that ...": a verb of opinion first
            t = toks[lead]
            speech.insert(0, Match(lead, lead, t.start, t.end, t.lemma, "speech"))
        return cues, asked, speech

    def _framed(self, ctx: DocContext, sent_id: int, s0: int, s1: int, cands: list[Candidate], toks: list[Token],
                quotes: list[tuple[int, int]], speech: list[Match]) -> list[Statement]:
        """A statement for each speech cue and speaker its frame names (a verb nested in a view already found, a
        participle after a comma and a verb coordinated with the last share that view's speaker)."""
        text = ctx.text
        out: list[Statement] = []
        used: list[tuple[int, int]] = []
        for cue in speech:
            if any(a <= cue.start < b for a, b in used):
                continue
            tail = text[cue.end:s1].strip()
            last_np = re.search(r",\s*((?:[\w’'-]+\s+){1,8})$", text[s0:cue.start])
            closing = (re.fullmatch(r"[^,;]{0,60}", tail) is not None or re.fullmatch(
                r"(?:[^,;]{0,40}" + TRAILING + r"|(?:\s*[\w’'-]+){0,3}\s*,\s*and\b)[^;]*", tail) is not None) \
                and last_np is not None and not any(
                w.lower() == "that" or lemma(w.lower()) in self.speech_lemmas for w in last_np.group(1).split())
            # (", reported that al-Sharaa demanded ...": a complement, not a closing frame; "..., the source added, and
            # ...": a closing frame whose speaker goes on)
            # "..., an official said." and "..., a source told Reuters, in the first talks ..."
            if out and cue.group in self.SPEECH and not closing and not out[-1].cue.lower().startswith("accord") \
                    and not self._citing(out[-1])  \
                    and not self._translated_order(ctx, out[-1], cue, cands) and not self._naming(out[-1]) \
                    and self._inside_complement(text, out[-1].scope[1], cue.start):
                continue  # "X said that Y requested ...": Y's act is nested in X's view (", citing officials,
                # reported": a citation has no view of its own; the medium's verb follows it)
            if cue.group == "speech" and toks[cue.first].lower.endswith("ing") and cue.first > 0 \
                    and toks[cue.first - 1].lower in (",", "while"):  # ", describing it as ...", "while insisting"
                if out:
                    continue
                subj = self._sentence_subject(ctx, cands, s0, cue.start)
                if subj:
                    ids, cand = subj  # "X addressed the question of Y, describing it as thorny": what X did in
                    # the main clause is what the participle speaks of, so the view runs from X on
                    for sp in (ids[0],) + self._partners(ctx, cue, cands, ids):
                        out.append(Statement(ctx.doc_id, sent_id, s0, s1, sp, self.relay(ctx, sp), "reported",
                                             text[cue.start:cue.end], (cand.start, cand.end), subject=cand.kind))
                    used.append((cand.start, cue.end))
                continue
            coordinated = COORDINATED.search(text[s0:cue.start])  # "..., he said, and proposed ...": a verb
            # coordinated with the last one shares its speaker
            after_quote = text[cue.start:cue.end].split()[0].lower().endswith("ing") and re.search(
                r",[\"”’']\s*$", text[s0:cue.start])  # 'X said the file "has not been closed," adding that ...': a
            # participle after a quotation that closes on a comma goes on with the speaker who opened it
            framing = bool(out) and " ".join(lemma(w) for w in out[-1].cue.lower().split()) in self.citing | {
                "accord to", "according to"} and self._person_opens_after_frame(ctx, cands, s0, cue.start) >= 0
            # ("According to TASS, Lavrov met ... and said": the verb's subject is Lavrov, not the source)
            if out and cue.group == "speech" and (coordinated and not framing or after_quote and not out[-1].nested):
                last = out[-1]
                out.append(Statement(ctx.doc_id, sent_id, s0, s1, last.speaker_id, last.via_id, "reported",
                                     text[cue.start:cue.end], (cue.start, cue.end), subject=last.subject))
                used.append((cue.start, cue.end))
                continue
            found = self._frame(ctx, cue, cands, toks, s0, s1, quotes)
            if not found:
                continue
            speakers, via, frame, subject = found
            prev = out[-1] if out else None
            if prev and prev.subject == "pronoun" and subject == "mention" and 0 <= frame[0] - prev.scope[1] < 60:
                # translated "he confirmed <Name> told <outlet> that ...": the pronoun's verb is noise
                out = [x for x in out if x.scope != prev.scope]
            used.append((min(frame[0], cue.start), max(frame[1], cue.end)))
            for sp in tuple(speakers) + self._partners(ctx, cue, cands, speakers):
                relay = via or self.relay(ctx, sp)
                out.append(Statement(ctx.doc_id, sent_id, s0, s1, sp, relay, "reported", text[cue.start:cue.end],
                                     frame, subject=subject))
        return out

    def _introduced_quote(self, ctx: DocContext, sent_id: int, s0: int, s1: int,
                          cands: list[Candidate]) -> list[Statement]:
        """'Olga Roe, a Moscow-based analyst, was more cautious: "..."': the quotation a colon introduces is the
        words of the sentence's subject (with a verb of its own: 'X was more cautious:', not a headline's 'X in the
        Kremlin: "..."')."""
        text = ctx.text
        colon = INTRODUCED_QUOTE.search(text, s0, s1)
        if colon is None:
            return []
        first = next((c for c in cands if c.end <= colon.start()), None)
        lead = [w for w in re.findall(r"[\w'’-]+", text[s0:first.start]) if w.lower() not in SKIPPABLE] \
            if first else ["-"] * 9
        ids = self.resolve(ctx, first, []) if first and len(lead) <= 3 and first.kind != "pronoun" or (
            first and first.kind == "pronoun" and first.surface.lower() in ("he", "she", "they")) else ()
        verb = first is not None and re.search(r"\b(?:was|is|were|are|has|had|went|put|summed|\w+ed)\b",
                                               text[first.end:colon.start()])
        if not (ids and verb and len(text[first.end:colon.start()].split()) <= 14 and not re.search(
                r"[“”\"]", text[s0:colon.start()])):
            return []
        return [Statement(ctx.doc_id, sent_id, s0, s1, sp, self._owner_medium(ctx, cands, first)
                          or self.relay(ctx, sp), "direct-quote", "", (colon.end() - 1, s1), subject=first.kind)
                for sp in ids]

    def _manner_frame(self, ctx: DocContext, sent_id: int, s0: int, s1: int, cands: list[Candidate],
                      quotes: list[tuple[int, int]]) -> list[Statement]:
        """'"A humanitarian hub ...", smiles Jane Roe, a researcher in Lyon.': after a quotation that opens the
        sentence, a verb in -s or -ed and the name right after it is a frame whatever the verb says (a translation's
        "smiles", "sighs", "quips"): the quotation is that person's words. Only a person named within a few words."""
        text = ctx.text
        if not quotes or quotes[0][0] - s0 > 2 or len(text[quotes[0][0]:quotes[0][1]].split()) < 3:
            return []  # (a name in quotation marks is no quotation: '"Wagner", founded by ...')
        tail = re.match(r"\s*,?\s*(?P<v>[a-z]{3,}(?:s|ed))\s+(?!by\b)", text[quotes[0][1]:s1])
        if tail is None or not is_word(tail.group("v")) or tail.group("v") in ("was", "has", "does", "is"):
            return []  # (not "founded by X": a participle; not "was")
        at = quotes[0][1] + tail.end()
        first = next((c for c in cands if at <= c.start <= at + 4 and c.kind in ("mention", "anonymous")), None)
        # ("smiles Jane Roe", "sighs a diplomat"; not "reads the statement")
        head = self._np_head(ctx, [c for c in cands if c.start >= at], at, limit=60) if first is not None else None
        # ("smiled Putin's spokesman Dmitry Peskov", "laughed the Russian ambassador, Alexander Yefimov": the person)
        ids = self.resolve(ctx, head, [c for c in cands if c.end <= at]) if head is not None else ()
        ids = tuple(a for a in ids if head.kind == "anonymous" or ctx.actor_types.get(a) == "person")
        v0 = quotes[0][1] + tail.start("v")
        return [Statement(ctx.doc_id, sent_id, s0, s1, sp, self.relay(ctx, sp), "direct-quote", tail.group("v"),
                          (quotes[0][0], quotes[0][1]), frame=(v0, head.end)) for sp in ids]

    def _owners_view(self, ctx: DocContext, sent_id: int, s0: int, s1: int, cands: list[Candidate]
                     ) -> list[Statement]:
        """"In Ankara's view, the ferries may run": a sentence that opens on whose view it is (a view noun after a
        possessive, cues view_nouns) is that actor's, from the comma on (up to the next speaker's frame)."""
        text = ctx.text
        lead = re.match(r"\s*(?:(?:But|And|Yet)\s+)?in\s+", text[s0:s1], re.IGNORECASE)
        first = next((c for c in cands if lead and c.start == s0 + lead.end()), None)
        tail = re.match(rf"['’]s?\s+(?:own\s+)?(?:{self.view_words})\s*,", text[first.end:s1]) if first else None
        ids = self.resolve(ctx, first, []) if tail else ()
        return [Statement(ctx.doc_id, sent_id, s0, s1, sp, self.relay(ctx, sp), "reported",
                          text[s0 + lead.end():first.end + tail.end() - 1], (first.start, first.end + tail.end()),
                          subject=first.kind)
                for sp in ids]  # (its scope is its frame, as a speech cue's, until the view is read after it)

    def _scopes(self, text: str, s0: int, s1: int, out: list[Statement], cues: list[Match], asked: tuple | None,
                quotes: list[tuple[int, int]]) -> dict[int, tuple[int, int]]:
        """Each statement's scope: the sentence without its attribution frame, up to the next frame (and the
        question it answers); then what lies inside another's view is nested in it. Returns each statement's
        frame (by ``id``)."""
        frames = sorted({st.scope for st in out})
        frame_of = {id(st): st.scope for st in out}
        stance_verbs = {c.start for c in cues if c.group in ("refusal", "demand", "readiness", "neutral")}
        for st in out:
            if st.cue:
                frame = st.frame = st.scope
                st.question = asked if asked and asked[1] <= frame[0] else None
                answering = ANSWERING.search(text, frame[1], s1) if not st.question else None
                if answering and answering.start() - frame[1] <= 40:  # '"...," Peskov stated, answering a
                    st.question = answering.span("q")  # question about whether ...': the matter he answers
                mid = ASKED_MID.search(text, frame[0], frame[1] + 1) if not st.question else None
                if mid:  # "Zakharova, asked about Syrian demands for compensation, says ...": the question put
                    st.question = mid.span("q")
                st.scope = self._scope(text, frame, frames, s0, s1, st.question)
                semi = text.find(";", max(st.scope[0], frame[1]), st.scope[1])
                if semi > 0 and not any(a < semi < b for a, b in quotes):
                    st.scope = (st.scope[0], semi)  # "X said A; the Caesar Act, however, ...": the author's again
                cue_at = text.find(st.cue, frame[0], frame[1] + len(st.cue))
                if cue_at in stance_verbs and st.scope[0] >= cue_at:
                    # "Lavrov ruled out extraditing him": the refusal is the view ("did not rule out": with its "not")
                    neg = re.search(r"\b(?:not|never|n't)\s+(?:\w+\s+)?$", text[max(s0, cue_at - 20):cue_at])
                    st.scope = (cue_at - (len(neg.group(0)) if neg else 0), st.scope[1])
                elif cue_at >= 0 and st.scope[0] >= cue_at and (neg := re.search(
                        r"(?:\bnot|\bnever|n't)\s+$", text[max(s0, cue_at - 8):cue_at])) and re.match(
                        r"\s+(?:a|an|any|the|its|their|his|her)\s", text[cue_at + len(st.cue):]):
                    # "did not express a desire to end the presence": the negation reaches what is (not) expressed
                    st.scope = (cue_at - len(neg.group(0)), st.scope[1])
        # "Y asked for X, a source told Reuters": Y's act lies inside the source's view, relayed by it (the
        # views as found, before any is nested: "Russia and Syria agreed ..., a source said" nests both in the
        # source's, neither in the other's)
        found_scope = {id(st): st.scope for st in out}
        for inner in out:
            f = frame_of[id(inner)]
            outer = next((o for o in out if o is not inner and frame_of[id(o)] != f
                          and found_scope[id(o)][0] <= f[0] and f[1] <= found_scope[id(o)][1]
                          and not (found_scope[id(inner)][0] <= frame_of[id(o)][0]
                                   and frame_of[id(o)][1] <= found_scope[id(inner)][1])), None)
            if outer is not None:
                inner.nested, inner.via_id = True, outer.speaker_id
                inner.scope = (f[0], outer.scope[1]) if f[0] >= outer.scope[0] else inner.scope
        return frame_of

    def _relays(self, ctx: DocContext, out: list[Statement], frame_of: dict[int, tuple[int, int]]) -> list[Statement]:
        """Who relays whom: "according to" a source, and a medium "citing" one."""
        text = ctx.text
        # "According to the presidency, al-Sharaa underlined ...": the speaker is al-Sharaa, relayed by the presidency
        for src in [st for st in out if st.cue.lower().startswith("according")]:
            # "according to Syrian sources cited by Reuters": the sources speak, the medium relays them
            follows = lambda o: frame_of[id(o)][0] >= frame_of[id(src)][1] and re.fullmatch(  # noqa: E731
                r"[\s,]*", text[frame_of[id(src)][1]:frame_of[id(o)][0]]) is not None  # right after it
            relay = [o for o in out if o is not src and self._citing(o) and ctx.actor_types.get(
                o.speaker_id) == "media" and follows(o)]
            if relay:
                src.via_id = relay[0].speaker_id
                if relay[0].scope[1] > src.scope[1]:  # the view is what the medium cites them for
                    src.scope = (min(src.scope[0], relay[0].scope[0]), relay[0].scope[1])
                out = [o for o in out if o not in relay]
                continue
            inner = [o for o in out if o is not src and o.cue and (src.scope[0] <= frame_of[id(o)][0] < src.scope[1] or
                     follows(o))]
            if inner:
                for o in inner:
                    o.via_id, o.nested = src.speaker_id, False
                out = [o for o in out if o is not src]
        # "<medium>, citing <source>, reported": the source speaks, the medium relays
        cited = [st for st in out if self._citing(st)]
        for st in cited:
            media = [o for o in out if o is not st and self.cb.actors.get(o.speaker_id, None) is not None
                     and self.cb.actors[o.speaker_id].type == "media" or ctx.actor_types.get(o.speaker_id) == "media"]
            if media:
                st.via_id = media[0].speaker_id
                st.scope = media[0].scope
                out = [o for o in out if o not in media]
        return out

    def _citing(self, st: Statement) -> bool:
        """A source cited by a medium ("citing", "cited", "with reference to"), not "according to"."""
        return " ".join(lemma(w) for w in st.cue.lower().split()) in self.citing

    @staticmethod
    def _partners(ctx, cue: Match, cands: list[Candidate], speakers) -> tuple[str, ...]:
        """Who agrees together with the speaker: "X agreed with Lavrov to form two committees"."""
        if cue.key != "agree":
            return ()
        with_ = re.match(r"\s+with\s+", ctx.text[cue.end:cue.end + 8])
        nxt = next((c for c in cands if c.start >= cue.end), None)
        if not with_ or nxt is None or nxt.start != cue.end + with_.end() or nxt.kind != "mention":
            return ()
        return tuple(a for a in nxt.actor_ids if a not in speakers)

    def _translated_order(self, ctx, prev: Statement, cue: Match, cands: list[Candidate]) -> bool:
        """A translation's verb-first order, "he confirmed Researcher in Russian affairs X told ... that":
        one speaker, X, when only a title chain and X's name stand between the pronoun's verb and X's."""
        between = ctx.text[prev.scope[1]:cue.start].split()
        if prev.subject != "pronoun" or cue.group != "speech" or not 0 < len(between) <= 8 or "that" in between:
            return False
        if not all(w[:1].isupper() or w.lower() in self.titles | self.title_words | SKIPPABLE for w in between):
            return False
        return any(c.kind == "mention" and c.actor_ids and ctx.actor_types.get(c.actor_ids[0]) == "person"
                   and c.start >= prev.scope[1] and not ctx.text[c.end:cue.start].strip() for c in cands)

    def _naming(self, st: Statement) -> bool:
        """Is the statement's cue a verb of naming ("called the talks useful"), whose view ends with its clause?
        Not a phrase that begins with one ("called for the handover", "called on Moscow"): a demand, not a name."""
        return len(st.cue.split()) == 1 and lemma(st.cue.lower()) in self.naming

    @staticmethod
    def relay(ctx: DocContext, speaker: str) -> str:
        """Who passes on what a speaker says when the sentence names no one: the relay of the speaker's
        last words when the same speaker goes on, else the author or the outlet."""
        return ctx.last_via if speaker == ctx.last_speaker and ctx.last_via else ctx.author_id or ctx.outlet_id

    @staticmethod
    def _inside_complement(text: str, frame_end: int, pos: int) -> bool:
        """Does ``pos`` fall in the complement of a frame ending at ``frame_end`` ("said that ...
        requested"), rather than in a clause of its own (", and Y said", "; Y added")?"""
        between = text[frame_end:pos]
        if re.search(r"\band\s+(?:also\s+)?$", between):
            return True  # "X reaffirmed A and confirmed B": the same speaker goes on
        if re.search(r"[;:]|,\s*(?:and|but|while|whereas)\b|[”\"]\s*,", between) or re.search(TIME_AFTER, between):
            return False  # (", a week after U.S. officials urged ...": a clause of its own)
        return bool(re.match(r"\s*(?:that\b|[“\"])", between)) or len(between.split()) <= 12

    def _is_noun(self, toks: list[Token], cue: Match) -> bool:
        """"at the request of", "a call for": a determiner or preposition before the cue; "rejected (renewed)
        calls for", "ignored demands": the object of a verb that refuses, undoes or answers it."""
        if cue.first == 0:  # a sentence's first word is a verb of a translated order ("Said Peskov that ..."),
            # unless a verb of its own follows ("Notes were printed by ...": a plural noun, the subject)
            return cue.last + 1 < len(toks) and toks[cue.last + 1].lower in ("were", "are", "have", "had")
        if toks[cue.first - 1].lower in NOUN_MARKERS or self.owned(toks, cue, skip=False):
            return True  # (also "Syria's repeated calls", "Damascus' demand": an owner's, no verb)
        if toks[cue.first - 1].lower in PREPOSITIONS - {"to"} and not toks[cue.first].lower.endswith("ing"):
            return True  # "who charters for state customers": a preposition's object, no verb ("after saying" is one)
        k = cue.first - 1
        while k > 0 and cue.first - k <= 2 and toks[k].lower in self.noun_qualifiers:
            k -= 1
        return toks[k].lemma in self.answering

    @staticmethod
    def owned(toks: list[Token], cue: Match, skip: bool = True) -> bool:
        """Does a possessive stand before the cue, with ``skip`` one word aside ("Moscow's refusal", "Damascus'
        repeated demand")? Then the cue is a noun, and the act its owner's."""
        k = cue.first - 1
        if skip and k > 0 and is_adverb(toks[k].text):
            k -= 1  # ("Al-Sharaa's delegation reportedly sought": an adverb before the verb)
        if skip and k > 0 and toks[k].text[:1].islower() and is_adjective_like(toks[k].text):
            k -= 1  # ("Syria's repeated calls"; not "Iran's hardliners reject": a noun, the subject)
        return k >= 0 and (re.search(r"\w['’]s$", toks[k].text) is not None and toks[k].lower.replace("’", "'")
                           not in CONTRACTED  # (not "it's rejection")
                           or toks[k].text in ("'", "’") and k > 0 and toks[k - 1].text.endswith("s"))

    @staticmethod
    def _owned_end(text: str, act: Match, hi: int) -> int:
        """Where the words of an owned act end ("Damascus' request to hand him over", read from its owner): at the
        last copula after it when the act is a subject ("Syria's demand that Moscow would extradite him was a
        provocation": the demand's own words, not the verdict on it), or at a verb form joined after it by "and"
        ("rejected Syria's request to hand him over and kept its bases": that verb is the rejecter's)."""
        verbs = list(re.finditer(r"\s(?:was|were|is|are)\b", text[act.end:hi]))
        hi = act.end + verbs[-1].start() if verbs else hi
        joined = next((j for j in re.finditer(r",?\s+and\s+(?:also\s+)?([a-z]{3,})\b", text[act.end:hi])
                       if not j.group(1).endswith("s") and lemma(j.group(1)) != j.group(1)), None)
        return act.end + joined.start() if joined else hi

    def light_verb_before(self, toks: list[Token], cue: Match) -> int | None:
        """"has put forward a (new) proposal to", "lodged a formal request for": the first token of a light verb
        before a noun act (across up to three words: a determiner, qualifiers), which makes the act its
        subject's; None when there is none."""
        for k in range(cue.first - 1, max(-1, cue.first - 5), -1):
            for v in self.light_verbs:
                if k >= len(v) - 1 and tuple(t.lemma for t in toks[k - len(v) + 1:k + 1]) == v:
                    return k - len(v) + 1
            if not toks[k].text.isalpha() or not toks[k].text.islower() or toks[k].lower in PREPOSITIONS | PARTICLES:
                return None  # ("presented objections to a request", "sent back a request": no request made)
        return None

    def _frame(self, ctx, cue: Match, cands: list[Candidate], toks: list[Token], s0: int, s1: int,
               quotes: list) -> tuple[tuple[str, ...], str, tuple[int, int], str] | None:
        """Speaker(s), relay, the frame's span and how the speaker was found, for one speech cue."""
        text = ctx.text
        before = [c for c in cands if c.end <= cue.start and not any(a < c.start < b for a, b in quotes)]
        after = [c for c in cands if c.start >= cue.end]
        via = ""
        passive = PASSIVE_AS_SAYING.match(text[cue.start:s1]) if re.search(
            r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?$", text[s0:cue.start], re.IGNORECASE) else None
        if passive:  # "Lavrov was quoted (by TASS) as saying that ...", "was reported as saying": the subject says it
            aux = text.rfind(" ", s0, cue.start - 1) + 1 or cue.start
            left = self._nearest_left(ctx, before, aux) or self._relative_antecedent(ctx, before, s0, aux)  # ("Peskov,
            # who was quoted as saying ...")
            by = (cue.start + passive.start("by"), cue.start + passive.end("by")) if passive.group("by") else None
            relay = next((c for c in after if by[0] <= c.start < by[1]), None) if by else None
            relay_ids = self.resolve(ctx, relay, before) if relay else ()
            if not left:
                return None  # (never the active reading: "X, Y, was quoted by a newspaper as saying" is not its)
            return (left[0], relay_ids[0] if relay_ids else "", (left[1].start, cue.start + passive.end()),
                    left[1].kind)
        if cue.group == "back_references":  # "according to him": the last speaker, else the person he stands for
            pron = next((w for w in re.findall(r"\w+", text[cue.start:cue.end].lower()) if w in PRONOUNS), "they")
            sex = {"him": "m", "his": "m", "her": "f"}.get(pron, "")
            last = ctx.last_speaker
            fits = last and (not sex or ctx.actor_types.get(last) == "person" and self.fits_sex(ctx, last, sex))
            # ("in his words" after Maria Zakharova spoke: not hers)
            ids = (last,) if fits else self.resolve(
                ctx, Candidate(cue.start, cue.end, (), "pronoun", pron), before)
            return (ids, "", (cue.start, cue.end), "pronoun") if ids else None
        if cue.group == "source_frames":  # "according to X", "according to a statement from X"
            lead = self.statement_of.match(text, cue.end)
            at = lead.end() if lead else cue.end
            first = self._np_head(ctx, after, at, limit=70)
            if not first or "," in text[at:first.start]:
                return None  # ("according to a summary by the presidency, Russia may ...": the source ends at its
                # comma; what follows is what it says)
            if first.kind == "mention" and any(w.islower() and w not in self.titles | self.title_words | SKIPPABLE
                                               and w not in self.medium_describers  # "state news agency SANA"
                                               and w not in ("a", "an", "what") and lemma(w) not in self.speech_lemmas
                                               for w in re.findall(r"[\w’'-]+", text[at:first.start])):
                return None  # "according to Syrian accounts of a visit by X": the accounts are the source, not X
            ids = self.resolve(ctx, first, before)
            if ids and ctx.actor_types.get(ids[0]) == "media":  # "according to Reuters, ..."
                return (ids, "", (cue.start, first.end), first.kind)
            end = first.end
            tail = re.match(r"\s*\([^)]*\)", text[end:end + 40])
            via = self._quoted_by(ctx, after, end) or self._owner_medium(ctx, cands, first)
            return (ids, via, (cue.start, end + (tail.end() if tail else 0)), first.kind) if ids else None
        if cue.group == "quote_frames":  # "<relay> quoted <speaker> as saying"
            say = re.search(r"\bas\s+say(?:ing)?\b", text[cue.end:s1])
            relay = self._nearest_left(ctx, before, cue.start)
            spk = self._np_head(ctx, after, cue.end, limit=80)
            if not spk or not say:
                return None
            ids = self.resolve(ctx, spk, before)
            frame = (relay[1].start if relay else cue.start, cue.end + say.end())
            return (ids, relay[0][0] if relay else "", frame, spk.kind) if ids else None
        if (with_ := self._with_subject(ctx, cue, before, toks)) is not None:
            ids, cand = with_  # "..., with Kremlin spokesman Dmitry Peskov saying that ...": the -ing verb's subject;
            return ids, "", (cand.start, cand.end), cand.kind  # all the participles say is his ("offering help and
            # announcing that ...")
        if clause_subject(text, s0, cue.start, before, self.not_subjects):
            return None  # "That Damascus turned to X suggests ...": a clause is the verb's subject, no one says it
        left = self._nearest_left(ctx, before, cue.start)
        if left and re.fullmatch(r"\s*,\s*", text[left[1].end:cue.start]) and re.match(r"\s+you\b", text[cue.end:s1],
                                                                                        re.IGNORECASE):
            return None  # "Lina Haddad, Mark Evans, thank you both": whom the speaker addresses, no speaker
        relay_first = cue.key in self.relay_words and text[s0:cue.start].strip(" \"“”'‘’")  # "others told Reuters"
        if left:  # "He also argued that ...", "Damascus has also asked Moscow to ...": the subject before the verb
            ids, cand = left
            head, more = self._coordinated(ctx, before, cand)  # "Russia and Syria said": both
            ids = tuple(dict.fromkeys(more + ids))
            frame, kind = (head.start, cue.end), cand.kind
        elif relay_first and not left:
            return None  # what follows "told" is its audience, not its speaker (unless the verb opens the sentence)
        elif not left and (rel := self._relative_antecedent(ctx, before, s0, cue.start)) is not None:
            ids, cand = rel  # "Orlov, who met al-Sharaa and said ...": the relative clause's antecedent
            frame, kind = (cand.start, cue.end), cand.kind
        elif not left and COORDINATED.search(text[s0:cue.start]) \
                and (subj := self._sentence_subject(ctx, cands, s0, cue.start)) and subj[1].end > s0:
            # "The minister thanked his hosts and affirmed ...": the verb shares the sentence's subject
            ids, cand = subj
            frame, kind = (cue.start, cue.end), cand.kind
        elif not text[s0:cue.start].strip(" \"“”'‘’(") and (re.match(r"\s*:", text[cue.end:s1]) or re.fullmatch(
                r"asked", text[cue.start:cue.end], re.IGNORECASE) and re.match(r"\s+(?:by|whether|if|about|on)\b",
                                                                             text[cue.end:s1])):
            return None  # "Claim: ...", "Statement: ...": a label opening the line, no verb with its speaker after it;
            # "(Asked by reporters whether the Syrian side had ...)": whom the question names does not ask it
        else:
            lead_in = re.sub(r"(?:\b(?:also|then|later|further|and)\b\s*)+$", "", text[s0:cue.start].rstrip(),
                             flags=re.IGNORECASE).rstrip()  # (a translation's "And said the sources that ...")
            last_word = lead_in.rsplit(None, 1)[-1].lower() if lead_in else ""
            inverted = not lead_in or lead_in[-1] in ",:;\"”’'—–(" or last_word in SUBORDINATORS | {"as"} \
                or re.search(r"\b(?:in|on|at|with|by|from)\s+(?:it|which|this|them)$", lead_in, re.IGNORECASE)
            # '"…," said X', "Added X that", translated "as announced X", "where agreed the two sides", "in it
            # confirmed the president": the speaker follows the verb; "The minister asked the Russians to ...": its
            # object does
            participle = re.search(r",[\"”’']?$", lead_in) is not None \
                and text[cue.start:cue.end].split()[0].lower().endswith("ing")
            addressed = re.match(r"\s+you\b", text[cue.end:s1], re.IGNORECASE) is not None  # "Thank you,
            # Christiane": the name after it is whom the speaker addresses
            head = self._np_head(ctx, after, cue.end, limit=60) if inverted and not participle and not addressed \
                else None
            if head is None and participle and not left:  # "..., the sources declined to comment, saying Turkey
                subj = self._sentence_subject(ctx, cands, s0, cue.start)  # acts ...": the sentence's subject says,
                if subj is None:  # never the name after the participle
                    return None
                left = subj
            if head is None:
                if not left:
                    return None
                ids, cand = left
                frame, kind = (cand.start, cue.end), cand.kind
            else:
                ids = self.resolve(ctx, head, before)
                frame, kind = (cue.start, head.end), head.kind
                if not ids:
                    return None
        # the relay: "told <medium>", "told reporters" (the outlet), "in an interview with <medium>"
        window = text[cue.end:min(s1, cue.end + 70)]
        nxt = next((c for c in after if c.start >= max(cue.end, frame[1]) and c.actor_ids and c.actor_ids[0] not in ids),
                   None)
        between = text[max(cue.end, frame[1]):nxt.start] if nxt else ""
        if nxt and nxt.start - max(cue.end, frame[1]) <= 45 and self._medium(ctx, nxt) \
                and re.fullmatch(r"[\s\w,-]*", between) and len(between.split()) <= 6 \
                and (cue.key in self.relay_words or re.search(r"\b(?:to|with|in|on|for)\s+(?:(?:the|a|an)\s+|"
                                                              r"(?-i:[a-z])[\w-]*\s+){0,3}$", between, re.IGNORECASE)
                     or re.search(rf"\b(?:in|on)\s+(?:a|an|the|its|his|her)\s+[a-z]+\s+{RELAY_PARTICIPLES}\s+by\s+"
                                  r"(?:the\s+)?$", between, re.IGNORECASE)):
            # (the preposition right before it, an interview or an article between)
            # ("told Reuters", "said in an interview with Izvestia", "said in a statement carried by SANA"; not "said
            # the agency was monitoring ...": what follows "said" is what was said)
            via = nxt.actor_ids[0]
            frame = (frame[0], max(frame[1], nxt.end))
        if not via and any(re.search(rf"(?<![\w-]){re.escape(a)}s?(?![\w-])", window.lower()) for a in self.audiences):
            # (whole words: "told reporters", not "under the pressure of")
            via = ctx.outlet_id
        speaker = next((c for c in cands if c.start == frame[0]), None) or next(
            (c for c in cands if c.end == frame[1] and c.kind == "anonymous"), None)  # the speaker named first, or
        # after the verb ('"...," said Meduza's interlocutor')
        via = (self._quoted_by(ctx, cands, speaker.end) or self._owner_medium(ctx, cands, speaker)
               if speaker is not None else "") or via
        return ids, via, frame, kind

    def _scope(self, text: str, frame: tuple[int, int], frames: list, s0: int, s1: int,
               question: tuple[int, int] | None = None) -> tuple[int, int]:
        """The part of the sentence a frame governs, up to the neighbouring frames: what follows
        it when it opens the sentence or a "that" clause follows; what precedes it when it closes
        the sentence ("…, he said."); both sides when it stands in the middle ('"…," he said,
        "…"' or '…, he said, adding …')."""
        nxt = min((f[0] for f in frames if f[0] > frame[1]), default=s1)
        prv = max((f[1] for f in frames if f[1] <= frame[0]), default=s0)
        tail = text[frame[1]:s1]
        going_on = re.match(r"[^,;:\"“”]{0,40}?,\s*(?:while\s+)?(\w+ing)\b((?:\s+[\w’'-]+){0,4})", tail)
        # (", the Kremlin said on Thursday, while insisting that ...", "..., reiterating his government's request")
        verb = lemma(going_on.group(1).lower()) if going_on else ""
        if going_on and verb in self.speech_lemmas and (re.match(r"\s+that\b", going_on.group(2)) or (
                verb in self.restating
                and any(lemma(w.lower()) in self.demand_heads for w in re.findall(r"[\w-]+", going_on.group(2))))):
            # (a demand restated is the speaker's own: "reiterating Syria's call for ..."; not "commenting on a
            # letter demanding ...", "noting a Syrian request")
            return prv, nxt  # '"…," she said, adding that …': what she adds is her view too
        opening = re.match(r"\s*(\w+)\s[^,“”\"]*,\s*$", text[prv:frame[0]])
        if opening and opening.group(1).lower() in OPENING_CLAUSES:
            return frame[1], nxt  # "After the envoy arrived, Syria demanded compensation": an opening clause of
            # time or reason, and only it, before the frame is no view; what follows the verb is (not "Although
            # talks go on, Russia will keep its bases, an official said": a view before a closing frame)
        lead = re.search(r"[,”\"]\s*((?:[\w’'.-]+\s+){0,16})$", text[s0:frame[0]])  # ", (President) X told ..."
        opener = re.fullmatch(r"\s*([\w’' -]+),\s*", text[s0:frame[0]])  # "In the same context, clarified X ...":
        opener = opener and all(w in SKIPPABLE or w in OPENERS or w in DISCOURSE for w in opener.group(1).lower().split())
        adjunct = re.fullmatch(r"\s*(?:upon|after|at|on|in|during|following|before)\s[^,;:\"“”]{0,80}", tail.rstrip(" .")) \
            and not re.search(r"\b(?:that|whether|if)\b", tail)  # "... told TASS upon the conclusion of his visit
        # to the Syrian capital.": where and when he spoke, no words of his
        if lead and not opener and (not lead.group(1).strip() or self._title_chain(lead.group(1), remits=True)) and (
                len(tail.strip(" .").split()) < 3 or re.match(r"[^,;:\"“”]{0,40}" + TRAILING, tail)
                or re.match(r"\s*(?:who|whom|whose)\b[^,;:]*$", tail) or adjunct):
            return s0, frame[0]  # "…, a source told Reuters(, in the first talks)." governs all before it, as does
            # "…, according to officials who spoke on condition of anonymity."
        if question and prv <= question[0]:
            prv = question[1]  # "Asked whether Moscow would hand him over, Peskov said ...": the question is not his view
        if SPLIT_OPENING.fullmatch(text, prv, frame[0]) and re.match(r"\s*,?\s*[“\"]", text[frame[1]:nxt]):
            return prv, nxt  # '"This issue," he said, "requires more talks."': one quotation the frame splits
        before = text[prv:frame[0]].strip(" ,\"“”'")
        after = text[frame[1]:nxt].strip(" .")
        if re.fullmatch(r"(?:[\w’'-]+\s+){0,11}[\w’'-]+", before) and re.search(r",\s*$", text[prv:frame[0]]) \
                and re.match(r",\s*(?:would|will|could|can|should|must|may|might|is|are|was|were|has|have|had)\b", after) \
                and not re.match(r"(?:But|And|Yet|So|Then|Now|However|Meanwhile|Still|Also)\b", before):
            return prv, nxt  # "Sanctions relief, a diplomat argued, would be harder": the subject before the frame
            # and its verb after it are one view
        if len(before.split()) < 3 or ";" in before or re.search(r":\s*(?:\S+(?:\s+\S+)?)?$", before) or re.match(
                r"(?:,\s*)?(?:to\s+(?:the\s+)?[\w-]+\s+)?(?:(?:too|so|very|often|again|repeatedly|\w+ly)\s+){0,2}"
                r"(?:that|whether|how|:|(?:on|about)\s+whether)\b", after) \
                or re.search(r"\b(?:but|and|while|whereas|when|after|before|because)(?:\s+(?-i:[A-Z])[\w.-]*){0,3}$",
                             before) \
                or (conj := re.search(r"\b(?:but|and|while|whereas)\s+((?:[\w.’'-]+\s*){1,4})$", before)) \
                and self._title_chain(conj.group(1)):  # ("..., and US president Donald Trump said that ...")
            return frame[1], nxt  # "..., but he declined to comment on whether ...": the earlier clause is not his
            # ("... said to journalists that ...": nor is what came before the speaker)
        if len(after.split()) < 3 or re.fullmatch(r",\s*(?:a|an|the)\b[^,;:]*", after) \
                or re.fullmatch(r",\s*(?:who|whom|whose)\b[^;:“”\"]*", after):
            return prv, frame[0]  # '"…," said Jane Roe, a Russian analyst.': the description is no view, nor is
            # '"…," said the official, who asked not to be named because ...'
        return prv, nxt

    # ------------------------------------------------------------------ nested acts
    def nested(self, ctx: DocContext, outer: Statement, toks: list[Token], mentions: list[Mention],
               acts: list[Match]) -> list[Statement]:
        """Acts and wants of another actor inside a reported view ("…, but Moscow refused", "he said the
        Syrian side wants wheat")."""
        out = []
        a0, a1 = outer.scope
        cands = [c for c in self.candidates(ctx, a0, a1, [x for x in mentions if a0 <= x.start < a1])]
        taken: list[Match] = []
        wanted = {a.start for a in acts if a.group in ("wants", "positive_forms")}  # also "wants", a demand too
        demanded = {a.start for a in acts if a.group == "demand"}
        for act in sorted(acts, key=lambda m: (m.start, -m.end)):
            if any(t.start <= act.start < t.end for t in taken):
                continue  # "asked for" is one act, not "asked" and "asked for"
            taken.append(act)
            if act.group == "readiness" and any(o.group in ("demand", "refusal") and re.fullmatch(r"\s+(?:to\s+)?", ctx.text[act.end:o.start])
                                                for o in acts):
                continue  # "intended to ask Putin to ...": one act, the one intended
            if not (a0 <= act.start < a1) or re.search(r"\band\s+(?:also\s+)?$", ctx.text[max(a0, act.start - 10):act.start]):
                continue  # a verb coordinated with the speaker's own ("reaffirmed A and confirmed B") is theirs
            if outer.frame and re.fullmatch(r"\s*,\s*", ctx.text[outer.frame[1]:act.start]):
                continue  # "..., he said, adding that ...": a participle right after the frame is the speaker's own
            if outer.frame and outer.frame[0] <= act.start < outer.frame[1]:
                continue  # "In the summer Moscow and Damascus agreed to ...": the frame's own verb, no act it tells of
            if re.search(r"\bwhether\b(?!\s+or\s+not)[^,;:]*$", ctx.text[max(a0, act.start - 120):act.start],
                         re.IGNORECASE):
                continue  # "would not say whether Damascus had made a request": asked about, not told
            before = [c for c in cands if c.end <= act.start]
            light = self.light_verb_before(toks, act)
            owned = act.group in ("demand", "refusal") and self.owned(toks, act)
            left = self._nearest_left(ctx, before, act.start if light is None else toks[light].start, owner=owned)
            # ("Russia has put forward a proposal to ...": the light verb's subject acts; "Moscow's refusal to":
            # the owner)
            if not left:
                continue
            ids, cand = left
            if cand.kind == "mention" and not self._may_be_subject(ctx.text, cand) and not owned:
                continue  # "the return of Assad was not on the agenda": the object of a preposition acts in nothing
            gerund = re.search(r"(\b[\w’'-]+\s+)?\b([a-z]+ing)\s+$", ctx.text[max(a0, cand.start - 40):cand.start])
            if cand.kind == "mention" and gerund and lemma(gerund.group(2)) not in self.speech_lemmas \
                    and lemma(gerund.group(2)) != gerund.group(2) and not (
                    gerund.group(1) and gerund.group(1).strip().lower() in DETERMINERS | PREPOSITIONS):
                continue  # "extraditing Assad was out of the question": the gerund's object (not "saying Moscow
                # would refuse", nor a noun: "during the meeting Damascus asked", "on Sunday evening Russia agreed")
            if re.search(rf"\b(?:{CONDITIONS}|once|when)\s+(?:[\w’'-]+\s+){{0,4}}$", ctx.text[max(a0, cand.start - 40):cand.start],
                         re.IGNORECASE):
                continue  # "... could return if the two sides agree on new terms": a condition, no act of theirs
            named = any(c.kind != "pronoun" and c.actor_ids and ctx.actor_types.get(c.actor_ids[0]) == "person"
                        for c in before)
            if cand.kind == "pronoun" and cand.surface.lower() in ("he", "she") and not named \
                    and ctx.actor_types.get(outer.speaker_id) == "person":
                continue  # "Novak said ..., but he declined to comment": the speaker's own act, no one else's
            if cand.kind == "pronoun" and cand.surface.lower() == "they" and not any(
                    c.kind != "pronoun" for c in before if c.start >= outer.scope[0]) and (
                    outer.speaker_id.endswith("s") and outer.speaker_id in (ctx.anonymous or {})
                    or ctx.actor_types.get(outer.speaker_id) in ("group", "organization")):
                continue  # "Syrian officials said they had not ruled out ...": their own act
            told = lambda c: outer.frame and re.fullmatch(r"\s*", ctx.text[outer.frame[1]:c.start])  # noqa: E731
            if cand.kind == "pronoun" and cand.surface.lower() == "it" and not any(
                    c.kind != "pronoun" and not told(c) for c in before if c.start >= a0):  # "Syria said it would need
                # fuel", "Israel told Washington it would not object" (not the one told): the
                # sentence's subject, here the speaker itself, and no one the view has not named
                lead = self.candidates(ctx, outer.start, a0, [x for x in mentions if outer.start <= x.start < a0])
                body = next((c for c in lead if c.kind != "pronoun" and c.actor_ids and self._may_be_subject(ctx.text, c)
                             and ctx.actor_types.get(c.actor_ids[0]) in ("state", "organization", "group")), None)
                ids = body.actor_ids if body else ids
            bare = re.fullmatch(r"[\s.,;:!?”\"'’)]*", ctx.text[act.end:a1]) is not None or (
                re.search(r",\s*which\s+$", ctx.text[max(a0, cand.start - 12):cand.start]) is not None
                and re.match(r"\s*(?:(?:since|in|for|from|last|this)\b[^,;.]*)?(?:[.,;:!?”\"'’)]|$)",
                             ctx.text[act.end:a1]) is not None)  # ("debt relief, which Damascus has sought since
            # January": what it sought is the thing named before the relative)
            scope = (a0, a1) if bare else (cand.start, a1)  # "..., but Moscow refused.": refused what was said
            if owned:
                scope = (scope[0], self._owned_end(ctx.text, act, a1))
            fixed = {"refusal": "oppose", "demand": "support", "readiness": "oppose"}.get(act.group, "") if bare else ""
            # ("..., and the Russian side did not agree": a readiness act reaches here only negated)
            home = self.cb.state_of(outer.speaker_id) or (ctx.affiliation or {}).get(outer.speaker_id, "")
            for sp in ids:
                if act.start in wanted - demanded and sp == home:
                    continue  # "Al-Shaibani said Syria is interested in wheat": he speaks for it; one view, his
                if sp and sp != outer.speaker_id and sp != outer.via_id:  # ("X, citing officials, reported
                    # that ...": the medium's own verb is how it relays them, no act they tell of)
                    out.append(Statement(outer.doc_id, outer.sent_id, outer.start, outer.end, sp, outer.speaker_id,
                                         "reported", ctx.text[act.start:act.end], scope, nested=True, stance=fixed,
                                         joint=outer.speaker_id in ids or act.start in wanted))
        return _apart(out, [v.scope[0] for v in out], ctx.text)  # ("Damascus wants A, while Moscow wants B": B is
        # Moscow's; "Damascus hopes Moscow will agree to hand him over" is Damascus's hope, all of it)

    def complement_subject(self, ctx: DocContext, outer: Statement, mentions: list[Mention]) -> str:
        """The actor that opens a reported clause as its subject ("reported that Moscow is close to a
        deal"), if it is no medium and a verb follows it; else ''."""
        a0, a1 = outer.scope
        at = re.match(r"[\s,:]*(?:that\s+)?", ctx.text[a0:a1]).end() + a0
        cands = self.candidates(ctx, a0, a1, [x for x in mentions if a0 <= x.start < a1])
        first = next((c for c in cands if c.start >= at), None)
        if first is None or first.start != at or first.kind != "mention" or not first.actor_ids:
            return ""
        aid = first.actor_ids[0]
        verb = re.match(r"\s+[“\"]?(?:[a-z]+ly\s+)?([a-z]+)\b", ctx.text[first.end:a1])  # (also 'Moscow "does not ..."')
        if ctx.actor_types.get(aid) in ("media", None) or aid == outer.speaker_id or not verb \
                or verb.group(1) in PREPOSITIONS or verb.group(1) in ("and", "or"):
            return ""
        return aid

    def said_before(self, ctx: DocContext, s0: int, s1: int, mentions: list[Mention]) -> tuple[tuple[str, ...], str, str]:
        """"This was stated to journalists by Dmitry Peskov" (a translation of Russian "Об этом заявил"): the
        speakers of the sentence before, their relay and the cue; ((), "", "") when the sentence is no such report."""
        m = BACK_REPORT.match(ctx.text, s0, s1)
        if not m or lemma(m.group("v").lower()) not in self.speech_lemmas:
            return (), "", ""
        cands = self.candidates(ctx, s0, s1, mentions)
        head = self._np_head(ctx, [c for c in cands if c.start >= m.end()], m.end(), limit=90)
        ids = self.resolve(ctx, head, [c for c in cands if c.end <= head.start]) if head else ()
        return ids, ctx.outlet_id if ids else "", m.group("v") if ids else ""

    # ------------------------------------------------------------------ described positions, assessments, author
    def described(self, ctx: DocContext, sent_id: int, s0: int, s1: int, mentions: list[Mention],
                  acts: list[Match]) -> list[Statement]:
        """An actor's position stated without a speech cue ("Moscow seeks to keep its bases")."""
        out, begins = [], []  # (where each position's holder stands)
        cands = self.candidates(ctx, s0, s1, mentions)
        toks = tokens(ctx.text, s0, s1)  # (the sentence's tokens, which the acts' indices count)
        for act in acts:
            before = [c for c in cands if c.end <= act.start]
            if act.group == "held":  # "... is out of the question for the Kremlin": whose the verdict is
                if any(q.start() <= act.start - s0 < q.end() for q in QUOTE.finditer(ctx.text[s0:s1])):
                    continue  # (inside a quotation the verdict is the quoted speaker's words)
                at = re.match(r"\W*\w+\W*", ctx.text[act.end:s1])  # (past "for"/"to"/"of", in any case)
                at = act.end + (at.end() if at else 0)
                head = self._np_head(ctx, [c for c in cands if c.start >= at], at, limit=12)
                clause = [b.end() for b in re.finditer(r"[;:]|,\s*(?:and|but)\s", ctx.text[s0:act.start])]
                lo = s0 + clause[-1] if clause else s0  # ("the bases are not up for discussion and handing him
                # over is out of the question for Moscow": its own clause; a colon or "; " before it too)
                for sp in self.resolve(ctx, head, before) if head else ():
                    if ctx.actor_types.get(sp) not in ("media", None) and sp != ctx.outlet_id:
                        out.append(Statement(ctx.doc_id, sent_id, s0, s1, sp, ctx.author_id or ctx.outlet_id,
                                             "described", "", (lo, s1)))
                        begins.append(lo)
                continue
            owned = act.group == "owned_wants" or act.group in ("demand", "refusal") and self.owned(toks, act)
            # ("Damascus' (repeated) demand that")
            left = self._nearest_left(ctx, before, act.start, light=True, owner=owned)
            if not left and act.first > 0 and re.fullmatch(r"[a-z]+ing", ctx.text[act.start:act.end].split()[0]) \
                    and re.search(r",\s*$", ctx.text[s0:act.start]):
                left = self._sentence_subject(ctx, cands, s0, act.start)  # "Novak arrived with a delegation,
                # offering fuel and food": the participle's subject is the sentence's
            if left and left[1].kind in ("mention", "anonymous"):
                first, more = self._coordinated(ctx, before, left[1])  # "Turkey and Qatar offered fuel": both
                left = (more + tuple(a for a in left[0] if a not in more), first) if more else left
            if left and CONDITIONAL_BEFORE.search(ctx.text, max(s0, left[1].start - 40), left[1].start):
                continue  # "If Moscow refuses, ...": a supposed act, no position of Moscow's
            asker = re.search(r"([a-z]+)\s+(?:the\s+)?$", ctx.text[max(s0, left[1].start - 30):left[1].start]) \
                if left else None
            if asker and lemma(asker.group(1)) in self.demand_heads \
                    and re.match(r"\s+to\s", ctx.text[left[1].end:act.start]):
                continue  # "he wants the EU to support the demand that ...": what the EU is asked to do (and all it is
                # asked to take up), no position of its own
            ids, start = (left[0], left[1].start) if left else ((), act.start)
            # "Relief has come faster, and Turkey is ready to fill gaps": a position stated in a clause of its own
            # is read in that clause, not in the one before it
            lo = start if re.search(r"[;:]|,\s*(?:and|but|while|whereas|yet)\s+(?:\w+\s+){0,3}$|\b(?:and|but)\s+$",
                                    ctx.text[s0:start]) else s0
            contrast = list(re.finditer(r",\s*(?:while|whereas)\s", ctx.text[s0:start]))
            if lo == s0 and contrast:  # "The bases will dominate the talks, while the question of Assad, whose
                lo = s0 + contrast[-1].end()  # handover Damascus has sought, ...": Damascus's clause is the second
            if act.group == "refusal" and re.match(r"\s*(?:[.,;:!?]|$)", ctx.text[act.end:s1]) \
                    or act.group == "policy":
                lo = start  # "..., a demand the Kremlin has sidestepped.": it refuses what was named; its words are
                # its own clause; so are a policy's, from its doer on ("..., as Russia did when the Council removed
                # him from its sanctions list")
            turn = re.search(r"(?<!\bnothing)(?<!\banything)(?<!\ball),?\s(?:but|whereas|yet)\s(?!also\b)",
                             ctx.text[act.end:s1])  # (not "nothing but", "not only ... but also")
            hi = act.end + turn.start() if turn else s1  # "welcomed the transition but differed over sanctions":
            # the position is its own clause's, not the next one's
            if not left and ctx.text[s0:act.start].strip(" ,\"“") == "":  # translated order: "Wants Moscow to ..."
                head = self._np_head(ctx, [c for c in cands if c.start >= act.end], act.end, limit=30)
                ids = self.resolve(ctx, head, before) if head else ()
            if owned and act.group != "owned_wants" and left:
                lo, hi = start, self._owned_end(ctx.text, act, hi)  # "Moscow rejected Damascus' request to hand
                # him over": the request's own words are Damascus's position, not what Moscow did to it
            for sp in ids:
                known = ctx.actor_types.get(sp) not in ("media", None) or sp in (ctx.anonymous or {}) and not self.cb.is_channel(sp)
                # ("Russian officials have not accepted the demand": an unnamed group's act is its position too;
                # an unnamed source only passes things on)
                if sp and known and sp != ctx.outlet_id:
                    out.append(Statement(ctx.doc_id, sent_id, s0, s1, sp, ctx.author_id or ctx.outlet_id,
                                         "described", "", (lo, hi)))
                    begins.append(None if owned and act.group != "owned_wants" else start)  # (what a refusal
                    # takes, "turned down Syria's request to ...", holds the owner's position: no cut)
        return _apart(out, begins, ctx.text)

    def own_voice(self, ctx: DocContext, sent_id: int, s0: int, s1: int, kind: str) -> Statement | None:
        """The source's own voice: an assessment (forecast) or, in an authored text, a judgment."""
        holder = ctx.author_id or ctx.outlet_id
        if not holder:
            return None
        attribution = "assessment" if kind == "forecast" else "author"
        return Statement(ctx.doc_id, sent_id, s0, s1, holder, "", attribution, "", (s0, s1))


#: A subordinator of condition right before a subject ("if Moscow refuses", "unless Damascus agrees").
CONDITIONAL_BEFORE = re.compile(r"\b(?:if|unless|provided(?:\s+that)?|once|should|whether)\s+(?:[\w’'-]+\s+){0,3}$",
                                re.IGNORECASE)
#: A colon that introduces a quotation ("..., was more cautious: \"...\"").
INTRODUCED_QUOTE = re.compile(r":\s*[“\"]")
#: ", asked about X, says": a question put to the speaker between the name and the verb.
ASKED_MID = re.compile(r",\s*asked\s+(?P<q>(?:about|whether|if|on|what|why|how)\b[^,;]*),")
#: "X, asked afterward, said ...", "X, when asked by reporters, said ...": a question put, its matter unnamed
ASKED_BARE = re.compile(r",\s*(?:when\s+)?asked(?:\s+(?:afterwards?|later|again|by\s+(?:reporters|journalists)"
                        r"|on\s+\w+|\w+ly))?\s*,")
#: ", answering a question about X", "in response to a question on X": the question the speaker answers
ANSWERING = re.compile(r",?\s*(?:answering|in\s+response\s+to|responding\s+to|replying\s+to)\s+(?:a\s+|the\s+)?"
                       r"(?:journalist['’]s\s+|reporter['’]s\s+)?question\s+(?:from\s+[^,.;]{1,40}?\s+)?"
                       r"(?P<q>(?:about|on|regarding|concerning|whether|of|over)\b[^.;]*)", re.IGNORECASE)
#: "This was stated to journalists by X": what the sentence before said was X's (translated Russian order)
BACK_REPORT = re.compile(r"\s*(?:This|That|It)\s+(?:was|has\s+been|had\s+been)\s+(?P<v>[a-z]+ed)\b[^.;:]{0,60}?\bby\s+")
#: "Asked whether Moscow would hand him over, ...": a question put to the speaker, up to its comma
ASKED = re.compile(r"\s*Asked\s+(?P<q>[^,]*(?:,[^,]*)*?),\s*")
#: A condition's subordinators ("if", "provided that", "as long as").
CONDITIONS = r"if|unless|provided(?:\s+that)?|as\s+long\s+as|on\s+condition\s+that"
#: A condition's subordinator and up to four words before a verb ("if Russia", "provided that the two sides").
CONDITIONED = re.compile(rf"\b(?:{CONDITIONS})\s+(?:[\w’'-]+\s+){{1,4}}$", re.IGNORECASE)
QUESTION_WORDS = re.compile(r"\b(?:whether|if|about|what|why|how)\b")


def question_before(text: str, lo: int, frame_start: int) -> tuple[int, int] | None:
    """Where a question put to the speaker opens the text before his frame ("Asked about the
    bases, Peskov said ..."): the span from "Asked" to the comma, and the question itself
    (without the asker's verb, which is no act of the speaker's). None when there is none."""
    asked = ASKED.match(text, lo, frame_start)
    if asked and QUESTION_WORDS.search(asked.group("q")):
        return asked.start("q"), asked.end()
    return None


def quote_state(text: str, s0: int, s1: int, open_before: bool) -> bool:
    """Whether a quotation is still open at the end of the sentence (a quote running on)."""
    n = len(re.findall(r"[“\"]", text[s0:s1])) + len(re.findall(r"”", text[s0:s1]))
    opens, closes = text.count("“", s0, s1), text.count("”", s0, s1)
    if opens or closes:
        return opens > closes if open_before is False else not (closes > opens)
    straight = text.count('"', s0, s1)
    return open_before != (straight % 2 == 1) if n else open_before


__all__ = ["ASKED_BARE", "ASKED_MID", "Attributor", "Statement", "DocContext", "Candidate", "quote_state", "tokens",
           "unsaid"]
