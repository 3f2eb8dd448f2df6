"""What a dated clause reports: the kind of happening, who takes part (who acts, who is acted
on), where, and a one-line label made of the sentence's own words.

The clause is the comma-delimited stretch that holds the date, widened to its neighbour when
the date stands alone ("On Wednesday, al-Sharaa and Putin met"). Its kind is the most
specific kind whose trigger it holds (``happenings.yaml`` order), else ``other``; a date used
as an adjective ("the October trip") names its own noun's kind.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..corpus.clean import normalise
from ..corpus.dateline import DATE_DATELINE
from ..dates import MONTHS, WEEKDAYS
from .codebook import Codebook, alias_pattern
from .lexicon import (DETERMINERS, OBJECT_OPENERS, MODALS, NOUN_MARKERS, PREPOSITIONS, TURN_LABEL, Match, Token,
                      is_phrasal, left_object, names_something, past_form, tokens)
from .mentions import Mention, is_place_use, Matchers
from .temporal import Temporal

LABEL_WORDS = 14
#: Words from a negation or refusal to the trigger it denies ("has no plans to expel the", "did not withdraw").
NEGATION_REACH = 3
#: Words a closing reporting frame may hold after its verb ("..., he told a forum in Doha on Tuesday.").
CLOSING_TAIL = 7
#: Conjunctions that open a clause of its own, whose happening is not its neighbour's.
CONTRASTS = {"while", "whereas", "whilst"}
#: An attribution frame before what happened: "according to X,", "X told Reuters that", "X said".
RELATIVES = {"where", "which", "who", "whom", "whose", "when", "while", "as", "and", "but"}
#: What opens a relative clause set off by a comma ("the deal, which Ankara brokered in 2022").
RELATIVE_PRONOUNS = {"where", "which", "who", "whom", "whose"}
PERSONAL_RELATIVES = {"who", "whom", "whose"}
#: Words a label must not end on: a preposition left by its removed date ("date back to [the
#: 1950s]"), or an article or conjunction where a long clause was cut to a line.
_DANGLING = re.compile(r"(?:\s+(?:the|a|an|and|or|but|with|as|its|their|his|her|to|in|on|at|by|since|from|until|"
                       r"till|of|during|for|as of|before|after))+\W*$", re.IGNORECASE)
#: A preposition (and article) left before a removed date: "arrived on the [Tuesday] ...", "in [the 1980s]".
_INTRO = re.compile(r"\s+(?:on|in|at|during|since|by|from|until|till|before|after|for|of)(?:\s+the)?\s*$",
                    re.IGNORECASE)


def _opening(words: str) -> re.Pattern:
    """Any run of these words opening a label (never the word of a contraction: "That's it" keeps its "That")."""
    return re.compile(rf"^(?:(?:{words})\b(?!['’])[\s,]*)+", re.IGNORECASE)


#: A quotation's tail before its speaker (a sentence that opens inside it: '... for them," Fidan told') and the
#: next quotation's opening mark that a sentence ends with: neither says what happened.
_QUOTE_TAIL = re.compile(r"^[^\"“”]*[,.?!]\s*[\"”]\s+(?=[A-Za-z])")
_QUOTE_OPENS = re.compile(r"\s+[\"“]\s*$")  # (a closing mark follows its word: 'were "progressing."')
#: Conjunctions that open a subordinate clause: a dated trigger inside one is what happened, not the clause before it.
SUBORDINATE = {"since", "after", "when", "once", "until", "because", "before"}
#: A conjunction or a subordinator of time left in front once a reporting frame is gone ("after talks with ...").
_JOINER = _opening("and|but|after|when|while|before|then|also")
#: What a clause cut from its sentence may open with, besides: a relative, a linking adverb, a preposition.
_LEAD = _opening("and|but|while|whilst|although|though|whereas|because|as|after|when|which|that|where|since|before|"
                 "then|also|later|meanwhile|earlier|so|thus|yet|however|moreover|in|on|at|by|during|following")


@dataclass(frozen=True)
class Described:
    kind: str
    family: str
    agents: tuple[str, ...]
    patients: tuple[str, ...]
    place: str
    label: str
    segment: tuple[int, int]
    modifier: bool = False  # the date only qualifies a noun ("beyond the 1974 lines", "the 2026 budget"), no happening

    @property
    def about_the_text(self) -> bool:
        """Is this the writer's own words about the text, no happening ("That's it for this week.", "We'll be
        back next Saturday."): no kind, no actor, and a label the writer opens in the first person or none?"""
        words = re.findall(r"[^\W\d_]{2,}", self.label)
        if self.kind == "other" and re.search(r"\s\|(?:\s|$)", self.label):
            return True  # a byline's fields ("Policy Centre | Brief 14 | March 2025")
        if self.kind == "other" and TEXT_HISTORY.match(self.label):
            return True  # "Originally published in Le Monde, Friday 17 October 2025.": the text's own date
        return self.kind == "other" and not self.agents + self.patients and (
            len(words) < 2 or WRITER.match(self.label) is not None)

    @property
    def header_line(self) -> bool:
        """Is this a short line that only carries a date ("Live updates, Wednesday 22 April 2026.")? At the top of
        a text it is the text's own date; further down ("Crowds gathered in Homs, Friday.") it may be a caption."""
        words = re.findall(r"[^\W\d_]{2,}", self.label)
        return self.kind == "other" and len(words) <= 5 and re.search(r"[,:|–—-]\s*$", self.label) is not None


#: A line that tells the text's own history: where and when it first appeared, was translated or updated.
TEXT_HISTORY = re.compile(r"(?:(?:Originally|First|Last)\s+)?(?:published|posted|translated|updated|printed)\b",
                          re.IGNORECASE)
#: A label the writer opens in the first person ("We'll be back", "I will return to this"; never "US troops"), or
#: with a sign-off ("That's it for today", "That's all from us").
WRITER = re.compile(r"(?:[Ww]e|I|[Oo]ur|us)(?:['’](?:ll|re|ve|m|d))?\b|[Tt]hat['’]s\s+(?:it|all)\b")


#: How many words may stand between a verb of saying and its own date: a listener ("told Russian news agencies on
#: Monday that"), never what was said or done ("reported an attack on Sunday that killed three").
SAYING_REACH = 3
#: Words of a listener between a verb of saying and its date, besides names and the codebook's audience words.
LISTENER_WORDS = {"the", "a", "an", "him", "her", "them", "us", "me", "news", "agency", "agencies"}


#: Words before a happening's noun that place the speaker at it ("a delegate at the talks", "an aide during the visit").
PRESENT_AT = {"at", "during", "after", "from"}


def _saying_verb(toks: list[Token], a: int, first: int, speech: frozenset, audience: frozenset) -> int | None:
    """The verb of saying whose own date starts at token ``first`` ("said on Tuesday", "told reporters on
    Monday"): right before it, a listener at most between (names, audience words), within clause start ``a``."""
    k = first - 1
    while k >= a and first - 1 - k <= SAYING_REACH:
        if toks[k].lemma in speech:
            return k if not (k > 0 and toks[k - 1].lower in DETERMINERS) else None  # ("the state in May": a noun)
        if not (toks[k].text[:1].isupper() or toks[k].lower in LISTENER_WORDS or toks[k].lemma in audience):
            return None
        k -= 1
    return None


def _dated_saying(toks: list[Token], a: int, i: int, dates: tuple, speech: frozenset, audience: frozenset
                  ) -> int | None:
    """When the word before ``toks[i]`` ("that") ends a date (``dates``: character spans) that a verb of saying
    owns ("said on Tuesday that"), that verb's index."""
    span = next(((lo, hi) for lo, hi in dates if lo <= toks[i - 1].start and toks[i - 1].end <= hi), None)
    if span is None:
        return None
    first = next(k for k in range(a, i) if toks[k].end > span[0])
    return _saying_verb(toks, a, first, speech, audience)


def _segments(toks: list[Token], speech: frozenset = frozenset(), dates: tuple = (),
              audience: frozenset = frozenset()) -> list[tuple[int, int]]:
    """Token ranges of a sentence's clauses: cut at punctuation and after "<speech verb> that"
    ("announcing that al-Sharaa would travel next month": the travel is the clause's own), also with
    the saying's own date (``dates``: character spans) between, and a listener ("said on Tuesday that",
    "told reporters on Monday that")."""
    out, a = [], 0
    aside = False  # inside ", most of them women and children,": an aside, no clause of its own
    for i, t in enumerate(toks):
        if t.text == "," and (aside or i + 3 < len(toks) and toks[i + 2].lower == "of"
                              and toks[i + 3].lower in ("them", "whom", "which")):
            aside = not aside
            continue
        if t.text in (",", ";", ":", "—", "–", "-") and i > a:  # (a lone hyphen is a dash: "on Tuesday - the first")
            out.append((a, i))
            a = i + 1
        elif t.lower == "that" and i > a and (toks[i - 1].lemma in speech
                                               or _dated_saying(toks, a, i, dates, speech, audience) is not None):
            out.append((a, i))
            a = i + 1
        elif t.lower in CONTRASTS and i > a:  # "..., while the base began its duties in 2015": a clause of its own
            out.append((a, i))
            a = i
    out.append((a, len(toks)))
    return [s for s in out if s[1] > s[0]]


def describe(cb: Codebook, m: Matchers, text: str, toks: list[Token], t: Temporal, mentions: list[Mention],
             exclude: set[str], others: list[Temporal] = ()) -> Described:
    """Kind, participants, place and label of the happening a temporal expression dates (``others``: the
    sentence's other dates, whose own happenings their nearest triggers name)."""
    kinds = {k.kind: (i, k.family) for i, k in enumerate(cb.kinds)}
    generic = cb.kinds[-1].kind  # the least specific kind, last in the codebook's order (what was said)
    # a source frame is no trigger ("according to" is no accord), nor is a verb of naming
    frames = cb.cue_matcher.find(toks, {"source_frames"})
    naming = {w.lower() for w in cb.cues["naming_verbs"]}
    named = [(x.start, x.end) for x in mentions]
    pronouns = {w.lower() for w in cb.cues["pronouns"]}
    denied = [c for c in cb.cue_matcher.find(toks, {"negation", "refusal"})]
    not_before = {k.kind: {w.lower() for w in k.not_before} for k in cb.kinds}
    places = {w.lower() for w in cb.cues["site_nouns"] + cb.cues["place_nouns"]} | {"country"}
    triggers = [x for x in cb.kind_matcher.find(toks) if not (t.start <= x.start < t.end)
                and not _leaves_no_place(toks, x, places)
                and not any(f.first <= x.first <= f.last for f in frames)
                and not any(0 < x.first - c.last <= NEGATION_REACH and not any(  # "had no intention of leaving",
                    k.text in ",;:" for k in toks[c.last:x.first]) for c in denied)  # "will not withdraw": no happening
                and not (toks[x.first].lemma in naming and names_something(toks, x.first, named, pronouns))
                and not _attributive_participle(toks, x)
                and not _inside_a_name(toks, x)
                and not _since_before(toks, x, t)
                and not (x.first == x.last and toks[x.first].lower in cb.cues["keyword_exceptions"])  # ("dealt with")
                and not (x.first == x.last and x.last + 1 < len(toks)
                         and toks[x.last + 1].lower in not_before.get(x.group, ())  # ("calls for": a demand; not "a
                         and not (x.last + 2 < len(toks) and (toks[x.last + 2].lower in WEEKDAYS  # call on Tuesday")
                                                               or toks[x.last + 2].lower.rstrip(".") in MONTHS
                                                               or toks[x.last + 2].text[:1].isdigit())
                                  and toks[x.last + 1].lower != "for"))
                and not _nearer_another(x, t, others, text)]  # ("issued a warrant earlier this month over attacks in
    # 2013": the attacks are 2013's happening, the warrant this month's)
    # ("called the talks useful" is no phone call; "the ousted leader" names a man, not his ouster)
    # "beyond the 1974 disengagement line", "approved the 2026 budget": a year after "the" qualifies its noun; unless a
    # trigger heads the noun phrase ("the 2019 port contract") or a time's preposition or an apposition's comma opens
    # it ("during the 2016 siege", "the Caesar Act, the 2019 law"), it dates no happening
    before = re.search(r"([\w’'-]+|[,(])\s+the\s+$", text[max(0, t.start - 30):t.start], re.IGNORECASE)
    modifier = re.fullmatch(r"(?:19|20)\d\d", t.text) is not None and before is not None and before.group(1).lower() \
        not in TIME_PREPOSITIONS and not any(
            x.start > t.end and re.fullmatch(r"(?:\s+[\w-]+){0,3}\s+", text[t.end:x.start])
            and not any(w.lower() in PREPOSITIONS | {"and", "or"} for w in text[t.end:x.start].split()) for x in triggers)
    segs = _segments(toks, cb.speech_lemmas, tuple((d.start, d.end) for d in (t, *others)), cb.audience_lemmas)
    at = next((i for i, (a, b) in enumerate(segs) if toks[a].start <= t.start < toks[b - 1].end + 1), 0)
    # a neighbour may name what a bare date's clause does not ("On Wednesday, they met"), but a clause opened by
    # "while" is one of its own: inside it, nothing before it; outside it, not it
    opens = [j for j, (a, _) in enumerate(segs) if toks[a].lower in CONTRASTS]
    inside = max([j for j in opens if j <= at], default=-1)
    order = [k for k in (at, at + 1, at - 1, at + 2) if k >= inside and (k == at or k not in opens or k == inside)]
    if segs and at > 0 and toks[segs[at][0]].lower in SUBJECTLESS:  # "A delegation headed by X, with Y, is expected
        # in Damascus today": the clause's subject, commas away, names what happens
        subject = max((k for k in range(at) if toks[segs[k][0]].lower not in SUBJECTLESS | {"with", "who", "which"}),
                      default=0)
        order = [at, subject] + [k for k in order if k not in (at, subject)]
    relative = _relative(toks, segs, at)
    antecedent = None
    if relative and not any(segs[at][0] <= x.first < segs[at][1] for x in triggers):
        # a relative clause with no happening of its own dates nothing the clause around it does ("the talks on debt
        # relief, which Damascus has sought since January", "Erdogan, who has ruled since 2003"), unless it says when
        # something took place: the happening it is about ("the talks in Sochi, which lasted three hours on 14 May"),
        # else what the sentence tells (", which was completed on 2 March")
        occurs = [x for x in cb.cue_matcher.find(toks[segs[at][0]:segs[at][1]], {"occurrence_verbs"})
                  if not t.start <= x.start < t.end]  # (not "last" in "of last year")
        if not occurs:
            order = [at]
        else:
            which = toks[segs[at][0]].lower == "which"  # (a person's or a place's clause is about them: "Pedersen,
            # whose mandate began in 2019")
            antecedent = _antecedent(toks, segs[at - 1], triggers) if which else None
            if antecedent is not None:
                order = [at, at - 1]
            elif which:
                relative = False
            else:
                order = [at]
    reported = _reported_clause(cb, toks, segs, at)
    if reported is not None:  # "..., reported by Reuters on Jan. 26": the date is of what was reported
        order = [reported] + [k for k in order if k != reported]
    # "Peskov said on Monday that ...", "the envoy demanded in February that ...": the date of the saying itself
    # dates what was said, not what the words that follow tell, nor a noun of its subject
    end = segs[at][1] if segs else 0
    verb = _dated_saying(toks, segs[at][0], end, ((t.start, t.end),), cb.speech_lemmas, cb.audience_lemmas) \
        if segs and end < len(toks) and toks[end].lower == "that" and reported is None else None
    told = reported is not None and any(segs[reported][0] <= x.first < segs[reported][1] for x in triggers)
    present = bool(segs) and any(segs[at][0] <= x.first < segs[at][1] and any(
        t.lower in PRESENT_AT for t in toks[max(0, x.first - 3):x.first]) for x in triggers)  # ("a delegate at the
    # talks said on Tuesday": that day's talks)
    if verb is None and segs and not told and not present and (end == len(toks) or toks[end].text in (",", ";")):
        # '"The harbour is the prize," an aide preparing the trip said on Tuesday.': a closing frame's date is the
        # saying's when what it reports tells no happening (not a noun of the speaker's description, "the trip")
        last = end
        while last > segs[at][0] and not toks[last - 1].text[:1].isalnum():
            last -= 1  # (the full stop, a closing quotation mark)
        verb = _dated_saying(toks, segs[at][0], last, ((t.start, t.end),), cb.speech_lemmas, cb.audience_lemmas) \
            if last > segs[at][0] and toks[last - 1].end >= t.end - 1 else None
    # (a verb of saying that is itself a trigger of its own kind, "agreed on Monday that", keeps that kind)
    saying = verb is not None and not any(x.first == verb and x.group != generic for x in triggers)
    chosen, seg = None, segs[at] if segs else (0, len(toks))
    if saying:
        order = []
    for k in order:
        if 0 <= k < len(segs):
            a, b = segs[k]
            here = [x for x in triggers if a <= x.first < b] if k == at or antecedent is None else [antecedent]
            if here:
                # "the October trip", "the 2019 contract": a date used as an adjective names its noun's kind
                attributive = [x for x in here if x.start > t.end and re.fullmatch(
                                   r"(?:\s+[A-Z][\w’'-]*){0,3}\s*", text[t.end:x.start])  # (a name between:
                               # "the 1974 Disengagement Agreement", "the 2017 Tartus agreement")
                               and not re.match(r"(?:on|in|at|by|since|during|from|until)\b", t.text, re.IGNORECASE)]
                chosen = attributive[0] if attributive else min(
                    here, key=lambda x: (kinds[x.group][0], abs(x.start - t.start)))
                seg = (min(a, segs[at][0]), max(b, segs[at][1]))
                break
    if chosen is not None and chosen.group == generic and chosen.first > 0 and (
            toks[chosen.first - 1].lower in NOUN_MARKERS or re.search(r"['’]s$", toks[chosen.first - 1].text)):
        # "the EU's decision on February 24 to suspend ... sanctions": a decision of something more specific,
        # named within a few words and not as what someone said ("an interview ... that ..."), is of that kind
        after = [x for x in triggers if chosen.last < x.first <= chosen.last + 12 and kinds[x.group][0] <
                 kinds[generic][0] and not any(k.lower == "that" for k in toks[chosen.last:x.first])]
        if after:
            chosen = after[0]
            seg = (seg[0], next(b for a, b in segs if a <= chosen.first < b))
    kind, family = (chosen.group, kinds[chosen.group][1]) if chosen else (generic, kinds[generic][1]) if saying \
        else ("other", "other")
    lo, hi = toks[seg[0]].start, toks[seg[1] - 1].end
    label_lo, label_hi = lo, hi
    if saying:  # the saying and what was said (its participants are the saying's own); with a listener between
        said = segs[min(at + 1, len(segs) - 1)]  # the verb and its date, what was said alone ("told reporters on
        label_hi = toks[said[1] - 1].end  # Monday that ...")
        if toks[verb + 1].start < t.start:
            label_lo = toks[said[0]].start
    head = chosen is not None and chosen.first > 0 and chosen.start < t.start and toks[chosen.first - 1].lower in (
        "the", "a", "an") and re.fullmatch(r"[\w-]+(?:\s+of\s+[^,;:()\"“”]{1,60}?)?\s*(?:in|on|of)?\s*",
                                           text[chosen.start:t.start])
    if head and reported is None:  # "since the fall of Bashar al-Assad in December 2024": the happening is the
        # noun and its "of", dated right after it
        label_lo, label_hi = toks[chosen.first - 1].start, t.start
    elif reported is not None:  # "..., according to sources cited by X this week":
        # label what they said
        label_lo, label_hi = toks[segs[reported][0]].start, toks[segs[reported][1] - 1].end
    elif relative and ((personal := toks[segs[at][0]].lower in PERSONAL_RELATIVES) or chosen is None
                       or chosen is antecedent or _says_nothing(cb, _label(cb, text, lo, hi, t))):
        # "Bashar al-Assad, who has lived in Moscow since December 2024", "the airport, where troops have been
        # stationed since 2019": what the clause is about goes first, not the clause around it (a person before
        # "who", else the noun phrase before the comma)
        comma = segs[at][0] - 1
        named = next((x for x in sorted(mentions, key=lambda x: -x.start) if x.end <= toks[comma].start
                      and not text[x.end:toks[comma].start].strip()), None) if personal else None
        about = named.start if named is not None else _phrase_start(toks, comma, antecedent, names_first=personal)
        if about is not None:
            label_lo, label_hi = about, toks[segs[at][1] - 1].end
    # "That calculation has grown harder since the two leaders signed a deal on March 10": what happened is the
    # subordinate clause the trigger stands in
    opens = [k for k in range(seg[0] + 2, chosen.first) if toks[k].lower in SUBORDINATE
             and toks[k].start < t.start  # (the date inside it: "resumed on Tuesday after a delegation arrived" is
             # Tuesday's resumption)
             and not (toks[k + 1].text.islower() and toks[k + 1].lower.endswith("ing"))  # ("declared after leading
             # a delegation": his clause)
             and not any(tk.text in ",;:" for tk in toks[k:chosen.first])] if chosen is not None else []
    subordinate = toks[opens[-1] + 1].start if opens and reported is None else None
    if subordinate is not None and not head:
        label_lo = max(label_lo, subordinate)
    # participants: those of the clause, else the sentence's (the clause may hold only the date)
    inside = [x for x in mentions if lo <= x.start < hi and x.actor_id not in exclude] or [
        x for x in mentions if x.actor_id not in exclude]
    pivot = chosen.start if chosen else t.start
    agents = tuple(dict.fromkeys(x.actor_id for x in inside if x.start < pivot))
    patients = tuple(dict.fromkeys(x.actor_id for x in inside if x.start >= pivot and x.actor_id not in agents))
    label = _label(cb, text, label_lo, label_hi, t)
    if toks and _says_nothing(cb, label) and subordinate is not None:
        label = _label(cb, text, subordinate, label_hi, t)
    if toks and _says_nothing(cb, label, clause=subordinate is not None):
        label = _label(cb, text, toks[0].start, toks[-1].end, t)
    sayer = next((x for x in sorted(mentions, key=lambda x: -x.start) if saying and segs
                  and toks[segs[at][0]].start <= x.start and x.end <= toks[verb].start
                  and not _after_preposition(text, x.start)), None)  # (not "the United Nations" in "Egypt's
    # representative at the United Nations said": Egypt's)
    if sayer is not None and not label.lower().startswith(sayer.surface.lower()) and sayer.surface not in label:
        label = f"{sayer.surface[:1].upper()}{sayer.surface[1:]}: {label}"  # ("Kommersant: Syria had asked Russia
        # to ...": a saying is labelled as what its sayer said, not as the happening it tells of)
    return Described(kind, family, agents, patients, _place(cb, m, text, lo, hi, mentions), label, (lo, hi), modifier)


def _inside_a_name(toks: list[Token], x: Match) -> bool:
    """Is a one-word trigger, capitalised inside its sentence, a word of a name that goes on after it ("the Syrian
    Liberation Front", "the Organisation for the Liberation of the Levant"), not the name's head ("the Russia-Arab
    Summit", "the Astana Agreement")?"""
    if x.first != x.last or x.first == 0 or not toks[x.first].text[:1].isupper() \
            or toks[x.first - 1].text in (".", "!", "?", ":", "\"", "“", "-", "—"):
        return False
    nxt, prev = toks[x.first + 1:x.first + 4], toks[max(0, x.first - 3):x.first]
    begun = any(t.text[:1].isupper() and t.text.isalpha() and k + 1 < len(prev) and prev[k + 1].lower in ("of", "for")
                for k, t in enumerate(prev))  # ("the Organisation for the Liberation of ...": a name begun before it;
    # not "the Summit of the Arab League", whose head it is)
    return bool(nxt) and (nxt[0].text[:1].isupper() and nxt[0].text.isalpha()
                          or begun and nxt[0].lower in ("of", "for") and any(t.text[:1].isupper() for t in nxt[1:]))


def _relative(toks: list[Token], segs: list[tuple[int, int]], at: int) -> bool:
    """Is the date's clause a relative clause set off by a comma (", which Ankara brokered in 2022")?"""
    return bool(segs) and at > 0 and toks[segs[at][0]].lower in RELATIVE_PRONOUNS and segs[at][0] > 0 \
        and toks[segs[at][0] - 1].text == ","


#: Words that may follow a noun inside its phrase: "the talks in Sochi", "the visit to Moscow by X".
_PHRASE_TAIL = {"in", "at", "on", "to", "with", "between", "by", "of", "and", "the", "a", "an"}
#: How many words a prepositional phrase after a relative clause's antecedent may hold ("the talks on grain credit").
_TAIL_WORDS = 4


def _antecedent(toks: list[Token], seg: tuple[int, int], triggers: list[Match]) -> Match | None:
    """The trigger a relative clause after ``seg`` is about: the first noun of the phrase that ends the clause
    before it, followed there by names or one short prepositional phrase ("talks in Sochi, which ...", "the talks
    on grain credit, which ...", "pulled out of the airport, which ...")."""
    def tail(x: Match) -> bool:
        rest = toks[x.last + 1:seg[1]]
        return all(t.lower in _PHRASE_TAIL or t.text[:1].isupper() or re.match(r"(?:al|el)-[A-Z]", t.text)
                   for t in rest) or bool(rest) and rest[0].lower in PREPOSITIONS and len(rest) <= _TAIL_WORDS + 1 \
            and all(t.text[:1].isalnum() for t in rest)
    return next((x for x in triggers if seg[0] <= x.first < seg[1] and tail(x)), None)


def _phrase_start(toks: list[Token], comma: int, antecedent: Match | None, reach: int = 6,
                  names_first: bool = False) -> int | None:
    """Where the noun phrase before a relative clause's comma starts: the nearest determiner, or a possessor
    ("Turkey's grain deal"), before its antecedent trigger within two words (else the trigger itself: "held talks
    in Sochi"), or, with none, before the comma, within ``reach`` words and no punctuation ("the grain deal", "the
    airport at Qamishli"), else a name right before it ("in Moscow, where ..."); with ``names_first`` (a person's
    clause: "received Anna Prime, who ..."), that name before any determiner."""
    name = comma
    while name > 0 and toks[name - 1].text[:1].isupper() and toks[name - 1].text[:1].isalpha():
        name -= 1
    if names_first and name < comma and antecedent is None:
        return toks[name].start
    end, reach = (antecedent.first + 1, 3) if antecedent is not None else (comma, reach)
    for k in range(end - 1, max(-1, end - 1 - reach), -1):
        owner = k - 1 if toks[k].lower in ("'s", "’s") else k if re.search(r"\w['’]s$", toks[k].text) else None
        if owner is not None and owner >= 0 and toks[owner].text[:1].isupper():
            return toks[owner - 1].start if owner > 0 and toks[owner - 1].lower in DETERMINERS else toks[owner].start
        if not toks[k].text[:1].isalnum() or past_form(toks[k].lower):
            break  # (nor across a verb: "The delegation visited Hmeimim, where ...": Hmeimim)
        if toks[k].lower in DETERMINERS:
            return toks[k].start
    if antecedent is not None:
        return toks[antecedent.first].start
    return toks[name].start if name < comma else None


#: What may stand before "the <year> <noun>" when the year dates a happening ("during the 2016 siege").
TIME_PREPOSITIONS = {"during", "in", "since", "after", "before", "throughout", "until", "till", "amid", "following",
                     "from", "of", "at", "by", ",", "("}
#: Words that open a clause whose subject stands before it, commas away ("..., with Y, is expected").
SUBJECTLESS = {"is", "was", "are", "were", "has", "have", "had"} | MODALS


def _reported_clause(cb: Codebook, toks: list[Token], segs: list[tuple[int, int]], at: int) -> int | None:
    """The clause a reporting frame qualifies, when the date's clause is only that frame: it opens
    with a source frame ("according to sources cited by X this week") or a reporting participle
    and its agent ("reported by Reuters on Jan. 26"). The nearest clause before it that is not a
    relative one; None when the date's clause is no such frame."""
    if not segs or at == 0:
        return None
    a, b = segs[at]
    frame = cb.cue_matcher.find(toks[a:b], {"source_frames"})
    passive = (b - a > 1 and toks[a].lemma in cb.speech_lemmas and toks[a].lower.endswith("ed")
               and toks[a + 1].lower == "by")
    verb = next((i for i in range(a, b) if toks[i].lemma in cb.speech_lemmas and toks[i].lower != toks[i].lemma), None)
    closing = at == len(segs) - 1 and verb is not None and b - verb <= CLOSING_TAIL + 1 \
        and toks[a].lower not in RELATIVES  # "..., Putin told a forum in Doha on Tuesday.": the sentence's last
    # clause only says who said what came before
    if not (frame and frame[0].first == 0 or passive or closing):
        return None
    return next((k for k in range(at - 1, -1, -1) if toks[segs[k][0]].lower not in RELATIVES), 0)


def _place(cb: Codebook, m: Matchers, text: str, lo: int, hi: int, mentions: list[Mention]) -> str:
    """Where, as written: a known place, or a capital named as a place ("in Moscow")."""
    for p in m.places:
        mt = p.search(text, lo, hi)
        if mt and re.search(r"\b(?:in|at|to|from|near|on)\s+(?:the\s+)?(?:\w+\s+){0,2}$", text[max(lo, mt.start() - 30):mt.start()]):
            return mt.group(0)
    for a in cb.actors.values():
        if a.type != "state":
            continue
        for al in a.aliases:
            if not al[0].isupper() or al.lower().startswith("the "):
                continue
            for mt in alias_pattern(al).finditer(text, lo, hi):
                if is_place_use(text, mt.start(), mt.end(), m) and not any(x.start == mt.start() for x in mentions):
                    return mt.group(0)
    return ""


#: A reporting frame is looked for in this many words at the head of a clause.
FRAME_WORDS = 12


#: A writer's own frame before what happened ("It is noteworthy that", "It is worth mentioning that").
OWN_FRAME = re.compile(r"It\s+(?:is|was|should\s+be|must\s+be)\s+(?:\w+\s+){0,2}?(?:noteworthy|notable|worth\s+"
                       r"(?:noting|mentioning|recalling)|recalled|noted|mentioned)\s+that\s+")


def strip_frame(cb: Codebook, clause: str) -> str:
    """What was reported without who reported it: "Officials told reporters that X" and
    "According to the ministry, X" become X. The frame is a source-frame cue, a content verb, or
    another speech verb followed by "that" (all from the codebook), near the head of the clause
    with no comma before it; the audience of a relay verb ("told reporters", "told Reuters")
    goes with it. Unchanged when no frame is found or nothing would remain."""
    own = OWN_FRAME.match(clause)  # "It is noteworthy that X", "It should be recalled that X": the writer's
    if own and own.end() < len(clause) and clause[own.end()].isalpha():  # own frame, no report
        clause = clause[own.end()].upper() + clause[own.end() + 1:]
    toks = tokens(clause)[:FRAME_WORDS]
    found = [f for f in cb.cue_matcher.find(toks, {"speech", "content_verbs", "relay_verbs", "source_frames"})
             if not is_phrasal(toks, f)]  # ("Moscow wrote off the debt": no frame)
    if not found:
        return clause
    here = [f for f in found if f.start == found[0].start]
    m = max(here, key=lambda f: f.last)
    bare = any(f.group == "content_verbs" for f in here)
    relay = any(f.group == "relay_verbs" for f in here)
    if any(f.group == "source_frames" for f in here):
        comma = clause.find(",", m.end)
        rest = clause[comma + 1:] if 0 < comma - m.end <= 80 else ""
    elif re.search(r"[,;:\"“]", clause[:m.start]):
        return clause
    else:
        j = m.last + 1
        audience = cb.cue_matcher.find(toks[j:j + 4], {"relay_audiences"})
        if audience and audience[0].first == 0:
            j += audience[0].last + 1
        elif relay and j < len(toks) and toks[j].lower in ("me", "us", "him", "her", "them"):
            j += 1  # ("told me bread has gotten dearer")
        elif relay:
            while j < len(toks) and toks[j].text[:1].isupper():
                j += 1
        medium = cb.cue_matcher.find(toks[j:j + 5], {"speech_nouns"})  # "said in a statement that"
        if j < len(toks) and toks[j].lower in ("in", "during", "at") and medium:
            j += medium[0].last + 1
        place = j + 1 < len(toks) and toks[j].lower in ("in", "at", "from") and toks[j + 1].text[:1].isupper()
        k = j + 1
        while place and k < len(toks) and toks[k].text[:1].isupper():
            k += 1
        if place and k < len(toks) and toks[k].lower == "that":  # "told reporters in Damascus that": where, no more
            j = k
        if j < len(toks) and toks[j].lower == "that":
            j += 1
        elif not bare:
            return clause
        rest = clause[toks[j].start:] if j < len(toks) else ""
    rest = rest.strip(" ,;:-")
    head = rest.split(" ", 1)[0].lower()
    pronoun = any(head == p for p in cb.cues["pronouns"])  # "it had ...": the frame says who "it" is
    where = re.fullmatch(r"(?:in|at|from)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\.?", rest) is not None
    return rest if rest[:1].isalpha() and not pronoun and not where else clause  # ("told reporters in Ankara": the
    # frame is all there is)


def _nearer_another(x: Match, t: Temporal, others, text: str) -> bool:
    """Is the trigger after ``t`` and dated by another date right after it ("[earlier this month] judges issued
    a warrant over the attacks [in 2013]")? A date before its trigger that a later one reports keeps it
    ("the exit in late January, reported on Jan. 26")."""
    return t.end <= x.start and any(o.start >= x.end and o.start != t.start and (
        2 * (o.start - x.end) <= x.start - t.end  # (far nearer the other date than its own)
        or _closes_a_clause(text, t) and "," in text[t.end:x.start] and not re.search(r"[,;:]", text[x.end:o.start]))
        for o in others)  # (or in a dated adverbial clause after the clause the first date closes: "set up in 2015,
    # even after the collapse of the regime in late 2024"; not "Earlier this month, judges issued a warrant over
    # attacks in 2013", nor "speaking on Thursday, said support would go on under the memorandum signed in August")


def _says_nothing(cb: Codebook, label: str, clause: bool = False) -> bool:
    """Does a label say nothing of what happened: too short, opening on a pronoun, a reporting frame ("The Kremlin
    said", "officials say", "... told reporters in Damascus") or a quotation's tail? A subordinate ``clause`` says
    something on a pronoun or in two words ("when he was granted asylum", "after Assad's fall")."""
    words = tokens(label)
    return (len(words) < (2 if clause else 3) or words[0].lower in cb.cues["pronouns"]
            and not (clause and len(words) >= 4)  # ("he was granted asylum"; not "it was leased")
            or words[-1].lemma in cb.speech_lemmas and not _a_noun(words, len(words) - 1)  # (not "the collapse of
            # the state")
            or any(w.lemma in cb.audience_lemmas for w in words[-4:])
            and any(w.lemma in cb.speech_lemmas for w in words)
            or not words[0].text[:1].isalnum())  # '" Economy Minister X told ...': a quotation's tail


def _a_noun(words: list[Token], i: int) -> bool:
    """Is word i a noun by what precedes it: a determiner or a preposition, or a determiner and one word ("the
    state", "comment on reports", "the Syrian state"), not a subject ("officials say", "the Kremlin said")?"""
    return i > 0 and (words[i - 1].lower in DETERMINERS | PREPOSITIONS
                      or i > 1 and words[i - 2].lower in DETERMINERS
                      and words[i].lower == words[i].lemma)  # (a verb after its subject inflects: "the Kremlin said")


#: What opens an adverbial clause after a date that closes its own ("set up in 2015, even after the collapse ...").
_ADVERBIAL = re.compile(r"\s*,\s*(?:(?:even|just|only|long|shortly|soon)\s+)?(?:"
                        + "|".join(sorted(SUBORDINATE | {"following", "amid", "despite", "during"})) + r")\b",
                        re.IGNORECASE)


def _closes_a_clause(text: str, t: Temporal) -> bool:
    """Does the date end a clause of its own that an adverbial clause follows ("set up in 2015, even after ..."): a
    word between it and the punctuation before it (not an opening "Earlier this month,"), a comma right after it,
    then a subordinator?"""
    opening = max(text.rfind(c, 0, t.start) for c in ",;:.?!\n")
    return re.search(r"\w", text[opening + 1:t.start]) is not None and _ADVERBIAL.match(text, t.end) is not None


def _leaves_no_place(toks: list[Token], x: Match, places: set[str]) -> bool:
    """Is a "left" with an object of common nouns no departure from a place or a body ("left the door open"),
    which a happening needs ("left the naval base" is one)?"""
    if toks[x.first].lower != "left" or toks[x.first + 1].lower not in OBJECT_OPENERS:
        return False
    end = left_object(toks, x.first)
    return end is None or not any(toks[k].lemma in places for k in range(x.first + 2, end + 1))


def _since_before(toks: list[Token], x: Match, t: Temporal) -> bool:
    """Is the trigger in a "since" phrase that the date stands before ("In October, for the first time since the
    overthrow of X, he came", "is due on Wednesday for his first talks since his forces toppled X")? The phrase
    names an earlier happening; a date outside it dates another ("since the fall of X in December" keeps its own)."""
    since = next((k for k in range(x.first - 1, max(-1, x.first - 7), -1) if toks[k].lower == "since"
                  or toks[k].text in ",;:()"), None)
    return since is not None and toks[since].lower == "since" and t.start < toks[since].start


def _attributive_participle(toks: list[Token], x: Match) -> bool:
    """Is a one-word trigger a participle used as an adjective ("the ousted leader", "its deployed troops", "two
    U.S.-sanctioned tankers", "the most striking feature")?"""
    i = x.first
    if x.first != x.last or not 0 < i < len(toks) - 1:
        return False
    degree = toks[i - 1].lower in ("most", "more", "less", "least", "very") and i > 1 and toks[i - 2].lower in NOUN_MARKERS
    compound = toks[i - 1].text == "-" and toks[i - 1].end == toks[i].start  # ("U.S.-sanctioned")
    return (toks[i].lower.endswith("ed") or degree and toks[i].lower.endswith("ing")) and (
        toks[i - 1].lower in NOUN_MARKERS or re.search(r"['’]s$", toks[i - 1].text) is not None or degree or compound) \
        and re.fullmatch(r"[a-z]+(?:['’]s)?", toks[i + 1].text) is not None and toks[i + 1].lower not in PREPOSITIONS \
        and toks[i + 1].lower not in ("and", "or", "by")


def _after_preposition(text: str, pos: int) -> bool:
    """Does a preposition (its article aside) stand right before ``pos`` ("at the United Nations")?"""
    prev = re.search(r"([A-Za-z]+)\s+(?:the\s+)?$", text[max(0, pos - 20):pos])
    return prev is not None and prev.group(1).lower() in PREPOSITIONS


def _label(cb: Codebook, text: str, lo: int, hi: int, t: Temporal) -> str:
    """The clause in its own words, without its date or its reporting frame, cut to a line."""
    # the date goes with the words that only introduced it ("arrived on the [Tuesday] a delegation")
    t0, t1 = t.span or (t.start, t.end)  # ("in March and April": both dates go)
    if t0 < hi < t1 or t0 < lo < t1:  # a date the clause cuts at its comma ("on December 8, 2024"): its part inside
        t0, t1 = max(t0, lo), min(t1, hi)
    owner = re.match(r"['’]s\b", text[t1:t1 + 3]) is not None  # "(part of) Wednesday's talks": the talks
    end = t1 + (2 if owner else 0)
    before = text[lo:t0] + ("the" if t0 > lo else "") if owner else _INTRO.sub("", text[lo:t0])
    clause = before + " " + text[end:hi] if lo <= t0 and t1 <= hi else text[lo:hi]
    clause = normalise(clause)
    clause = _QUOTE_TAIL.sub("", _QUOTE_OPENS.sub("", clause))  # 'them," Fidan told reporters. "': the frame only
    label = TURN_LABEL.match(clause)  # a transcript's turn label ("JANE ROE, ANCHOR:") is who speaks, not what
    if label and re.sub(r"\([^()]*\)", "", label.group("label")).isupper():  # happened
        clause = clause[label.end():]
    clause = re.sub(r"\s*\(\s*\)", "", clause)  # the brackets the date stood in ("intervened (2015) and")
    clause = re.sub(r"\s+([,.;:])", r"\1", clause).strip(" ,;:-")
    clause = re.sub(r"^\([^()]{1,40}\)\s*-\s*", "", clause)  # a flash's agency after its date ("(Interfax) - ...")
    clause = DATE_DATELINE.sub("", clause, count=1)  # (and with it, when another date is the happening's)
    clause = _LEAD.sub("", clause).strip(" ,;:-")
    clause = _DANGLING.sub("", clause).strip(" ,;:-")  # "relations date back to [the 1950s]"
    clause = re.sub(r"(?<!\b[A-Z])\.$", "", strip_frame(cb, clause))  # a label, not a sentence ("U.S." kept)
    clause = _JOINER.sub("", clause)  # (what the frame left: "[told reporters] after talks with ...")
    words = clause.split()
    if len(words) > LABEL_WORDS:  # cut to a line, never on a dangling "in the"
        clause = _DANGLING.sub("", " ".join(words[:LABEL_WORDS]).rstrip(",;:")).rstrip(",;:") + "…"
    return clause[:1].upper() + clause[1:]
