"""People, organisations and media the codebook does not know, found by how news text
introduces them:

- a name after a title ("Kremlin spokesman Dmitry Peskov", "Minister of Foreign Affairs of the
  Russian Federation Sergey Lavrov") or before an apposition ("Riad Joudy, head of customs,");
  the title becomes the person's role and its state the affiliation;
- a name directly before a speech verb ("Dmitry Novikov said");
- an organisation with its acronym in parentheses ("the Syrian Observatory for Human Rights
  (SOHR)"), or after it when its initials spell it ("the Syrian Arab News Agency SANA"), both
  forms one actor (the codebook's actor when it knows the acronym);
- a medium after a media noun or a relay verb ("the newspaper Al-Watan", "told The Washington Post");
- a second name declared for someone ("also known as Abu Mohammed al-Jolani").
A capitalised run that starts with a time or place word ("On Wednesday", "In Moscow") is never
a name. Later bare surnames ("Koush added") refer to the person introduced.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from .codebook import Actor, actor_named, alias_pattern
from ..dates import MONTHS
from .lexicon import (APPOSITION_CHAR, ARABIC_ARTICLE, LABEL_DASH, MODALS, PLACE_HEADS, PREPOSITIONS, id_slug,
                      is_word, lemma, opens_apposition)
from .mentions import Matchers, Mention, sent_at

_TOKEN = (r"(?:(?<![\w-])(?:al|el|Al|El|bin|ibn|Abu|Abd|abu|de|van|von|da|du)[-\s])?"
          r"[A-ZÀ-ÖØ-ÞĀ-Ž](?:[a-zà-öø-ÿā-ž]|[’'](?!s\b))+"
          r"(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+)*")  # (Latin letters beyond ASCII: "Aktaş", "Özdemir")
# (an apostrophe inside a name, "Ja'afari", but not a possessive: "Netanyahu's office" names Netanyahu)
NAME = re.compile(rf"{_TOKEN}(?:\s+{_TOKEN}){{1,3}}")
#: The words that open a kunya, "father of" or "mother of" a child ("Abu Samer", "Umm Fadi"), with the sex they say.
KUNYAS = {"Abu": "m", "Umm": "f", "Um": "f"}
#: Genres of signed letters and comment, where a name on a line of its own below a paragraph is its writer's.
SIGNED_GENRES = ("letters", "letter", "open-letter", "opinion", "editorial")
#: A letter's signature on a line of its own after the letter: a name with an optional courtesy title or rank, then
#: what the writer is and where from ("Richard Roe, former ambassador, Ludlow", "Dr Jane Roe, Manchester",
#: "Col. (retd) John Doe, Richmond"); no full stop, nothing said.
_SIGNED_BY = (r"^[ \t]*(?:[—–-][ \t]*)?(?:(?:Dr|Mr|Mrs|Ms|Prof|Sir|Dame|Lord|Lady|Rev|Col|Gen|Maj|Capt|Lt|Cdr|Brig|"
              r"Adm)\.?[ \t]+(?:\((?:retd|ret|rtd)\.?\)[ \t]+)?)?"
              rf"(?P<n>{_TOKEN}(?:[ \t]+{_TOKEN}){{1,2}})(?:[ \t]*,[ \t]*(?P<rest>[^\n.!?:;]{{2,90}}))?[ \t]*$")
SIGNATURE = re.compile(_SIGNED_BY, re.MULTILINE)


def signatures(text: str) -> list[re.Match]:
    """Letters' signatures (:data:`SIGNATURE`), each right below a paragraph of twenty words or more that ends a
    sentence: two or more in the text (a letters page, an open letter's signatories), or one on its last line
    (a comment signed off at its end). The paragraphs above each, back to the heading or signature before, are
    its writer's."""
    found = []
    for mt in SIGNATURE.finditer(text):
        above = text[:mt.start()].rstrip()
        last = above[above.rfind("\n") + 1:]
        rest = mt.group("rest") or ""
        if len(last.split()) >= 20 and last[-1:] in ".!?\"”’'" and len(rest.split()) <= 8 \
                and not re.search(r"\b(?:said|says|told|is|was|are|were|has|have|will)\b", rest):
            found.append(mt)
    last_line = text.rstrip()[text.rstrip().rfind("\n") + 1:]
    return found if len(found) >= 2 or found and found[-1].group(0).strip() == last_line.strip() else []


ACRONYM_ORG = re.compile(r"(?P<name>(?:[A-Z][\w’'-]+|al-[A-Z][\w-]+)(?:\s+(?:(?:of|for|and|the|al|de)\s+)*"
                         r"(?:[A-Z][\w’'-]+|al-[A-Z][\w-]+)){1,7})\s+(?:\((?P<acr>[A-Z]{2,6})\)|(?P<bare>[A-Z]{2,6})\b)")
_STOP = {"on", "in", "at", "by", "for", "from", "to", "the", "a", "an", "and", "but", "after", "before", "since",
         "during", "with", "as", "while", "when", "if", "of", "this", "that", "these", "those", "last", "next", "early",
         "late", "mid", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
         "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
         "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
         "according", "speaking", "asked", "later", "meanwhile", "however", "also", "both", "each", "some", "many",
         "he", "she", "they", "it", "we", "his", "her", "their", "its", "our", "said", "says", "told", "there"}


@dataclass
class Detected:
    """What detection adds to one document: new actors and their mentions."""

    actors: dict[str, Actor]
    mentions: list[Mention]
    displaced: list[tuple[int, int]] = field(default_factory=list)  # spans of known mentions inside a new name


#: A post a person held or holds, told by a verb of career right after the name ("Jane Roe served as a Swedish
#: diplomat in Oslo", "John Doe has worked as an adviser to the ministry"): the post's words, up to a place or time.
CAREER = re.compile(r"\s+(?:(?:has|had|once|previously|formerly|later|long)\s+)?(?:served|serves|worked|works)\s+as\s+"
                    r"(?:a|an|the)?\s*(?P<role>[\w’'-]+(?:\s+[\w’'-]+){0,5}?)"
                    r"(?=\s+(?:in|at|for|to|with|from|under|until|between|during|and)\b|\s*[,.;]|\s*$)")
#: A person's body after the name ("of United Russia", "of the LDPR"): capitalised words or an acronym.
_CAPS = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}"
MEMBER_OF = re.compile(rf"\s+of\s+(?:the\s+)?(?P<org>{_CAPS}(?:\s+(?:of|for)\s+(?:the\s+)?{_CAPS}"
                       rf"(?:\s+and\s+{_CAPS}(?:\s+(?:of|for)\s+(?:the\s+)?{_CAPS})?)?)?)(?=\s*,|\s+[a-z])")
# ("Gleb Orlov of the Institute of Eastern Studies said", "Jane Roe of the Centre for Media and Freedom of Expression
# said": a body's name may hold its own "of" or "for", and an "and" after one; not "Jane Roe of the Institute and
# Omar Haddad said")


#: A phrase that ends on a capitalised name of two words ("Deputy Minister Oleg Varnavin").
NAMED_LAST = re.compile(r"(?:^|\s)(?!(?i:of|the|and)\b)[A-Z][\w’'-]+\s+[A-Z][\w’'-]+\s*$")


#: The last words of a place's or a building's name: a capitalised run ending in one is no person.
FACILITY_HEADS = PLACE_HEADS | {"palace", "prison", "hills", "hill", "square", "mosque", "church", "hospital",
                                 "university", "street", "district", "camp", "bridge", "dam", "tower", "hotel",
                                 "centre", "center", "building", "valley", "mountains", "mountain", "river", "plain"}

#: A Russian patronymic between a given name and a surname ("Sergei Viktorovich Lavrov", "Maria Vladimirovna
#: Zakharova"): the person is the same without it.
PATRONYMIC = re.compile(r"(?<=\w)\s+[A-Z][a-z]+(?:ovich|evich|ovna|evna|ichna)(?=\s+[A-Z])")


def _named_forms(a: Actor) -> list[str]:
    """The names of a detected actor to find again as written: every alias of a body or a medium, a person's full
    names only (a surname alone is found with the rules for bare surnames)."""
    if a.type in ("media", "organization"):
        return list(a.aliases)
    return [al for al in a.aliases if len(al.split()) > 1] if a.type == "person" else []


def transliterated(alias: str, name: str) -> bool:
    """Is ``name`` another transliteration of a two-word ``alias`` ("Aleksandr Novak" / "Alexander Novak", "Sergey
    Lavrov" / "Sergei Lavrov", "Yury X" / "Yuri X"): the same surname, a given name with the same consonants?"""
    a, b = alias.split(), name.split()
    if len(a) != 2 or len(b) != 2 or a[1].lower() != b[1].lower():
        return False
    norm = lambda w: re.sub(r"y", "i", w.lower().replace("ks", "x"))  # noqa: E731  ("Sergey", "Yury", "Aleksandr")
    skeleton = lambda w: re.sub(r"[aeiou]", "", norm(w))  # noqa: E731
    x, y = norm(a[0]), norm(b[0])  # the same first and last letters ("Alexandra" is not "Alexander", "Mario" not
    return x[:1] == y[:1] and x[-1:] == y[-1:] and skeleton(a[0]) == skeleton(b[0])  # "Maria")


def line_turns_hold(names: list[str]) -> bool:
    """Do names on lines of their own set out a transcript's turns: three lines or more, two people or more, one of
    them twice (a story's section headings do not come back)?"""
    return len(names) >= 3 and len(set(names)) >= 2 and max(map(names.count, names)) >= 2


def _initials_of(acronym: str, word: str) -> bool:
    """Are the capitals of ``acronym`` the initials of the parts of one ``word``, in order, the first its first
    letter ("STG" of "Stroytransgaz"; not "DP" of "World", "TMK" of "Group")?"""
    if not re.fullmatch(r"[A-Z]{2,5}", acronym) or len(word) <= len(acronym) or word[0] != acronym[0]:
        return False
    rest = iter(word[1:].lower())
    return all(c in rest for c in acronym[1:].lower())


def _slug(name: str, text: str = "") -> str:
    """A person's id: the family name ("Jane Roe" -> roe), or a kunya whole ("Umm Fadi" -> umm_fadi: her son's name),
    unless the text writes it after a given name, as a family name ("Rasha Abu Zeid ... Abu Zeid said": zeid)."""
    words = re.split(r"[\s]+", name.strip())
    if len(words) == 2 and words[0] in KUNYAS and not re.search(
            rf"[A-Z][\w’'-]+[ \t]+{re.escape(name.strip())}(?![\w-])", text):
        return id_slug(name.replace("’", "").replace("'", ""))
    last = words[-1]
    last = re.sub(r"^(?:al|el)-", "", last, flags=re.IGNORECASE)
    return id_slug(last.replace("’", "").replace("'", ""))


def _title_case(text: str, titles: list[tuple[int, int]], pos: int) -> bool:
    """Is ``pos`` in a title or heading (``titles``: their spans) written in title case (most of its longer
    words capitalised), where capitals say nothing of names?"""
    span = next(((a, b) for a, b in titles if a <= pos < b), None)
    if span is None:
        return False
    sentence = text[span[0]:span[1]].rstrip()
    words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", sentence) if len(w) > 3]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words) \
        and not sentence.endswith((".", "!", "?", "\"", "”", ":"))  # (a sentence listing names ends with a full stop)


@dataclass
class _Detection:
    """What one document's detection has found so far: the new actors, their mentions, the spans taken (by the
    codebook's mentions and by detection) and the codebook mentions a detected name displaced."""

    det: "Detector"
    doc_id: str
    text: str
    index: tuple
    known: list
    titles: list
    actors: dict = field(default_factory=dict)
    found: list = field(default_factory=list)
    taken: list = field(init=False)  # the known mentions' spans, then each detected one's
    displaced: list = field(default_factory=list)

    def __post_init__(self) -> None:
        self.taken = [(x.start, x.end) for x in self.known]

    def add_everywhere(self, s: int, e: int, kind: str, name: str = "", **kw) -> str:
        """Record a new body named at [s, e) and every other use of ``name`` (its text there by default) as it."""
        org = self.add(s, e, kind, **kw)
        for again in alias_pattern(name or self.text[s:e]).finditer(self.text) if org else ():
            self.add(again.start(), again.end(), kind, actor=org)
        return org

    def add(self, s: int, e: int, kind: str, role: str = "", aliases: tuple = (), actor: str = "",
            method: str = "detected") -> str:
        """Record a mention of a new actor (or of ``actor``); its id, or '' when refused. ``method``: how the text
        gives it ("declared": a name the text says is the actor's, "also known as", "gave his name as")."""
        surface = self.text[s:e]
        sid = sent_at(self.index, s)
        if sid < 0 or self.det._overlaps(s, e, self.taken) or self.det._is_place(surface):
            return ""
        if actor:
            self.found.append(Mention(self.doc_id, s, e, sid, surface, actor, method))
            self.taken.append((s, e))
            return actor
        full = _slug(surface, self.text) if kind == "person" else id_slug(surface)[:40]
        aid = re.sub(r"^the_", "", full)
        if aid in self.actors and {self.actors[aid].type, kind} == {"person", "media"}:  # "The Hill" beside a
            # "Fiona Hill": two actors
            aid = full if full != aid else f"{aid}_{kind[:3]}"
        if not aid or not aid[0].isalpha():
            return ""
        known_actor = self.det.m.cb.actors.get(aid)
        plain = PATRONYMIC.sub("", surface)  # ("Alexander Valentinovich Novak" is Alexander Novak)
        if known_actor and known_actor.type == kind and any(
                alias_pattern(al).fullmatch(form) or transliterated(al, form)
                for al in known_actor.aliases for form in (surface, plain)):
            actor_id = aid  # a spelling of a known actor the codebook matcher did not reach
        else:
            if known_actor:  # another person with a known surname ("Maher al-Sharaa"): the full name
                aid = id_slug(re.sub(r"\b(?:al|el)-", "", surface.lower()))
                aid = aid if aid not in self.det.m.cb.actors else f"{aid}_{kind[:3]}"
            actor_id = aid
            a = self.actors.setdefault(aid, Actor(aid, surface, kind, self.det._affiliation(role), role, [], [],
                                                  origin="detected"))
            if role and not a.role:
                a.role, a.affiliation = role, a.affiliation or self.det._affiliation(role)
            elif role and not a.affiliation and self.det._affiliation(role):  # "Economy Minister X" ... later
                a.role, a.affiliation = role, self.det._affiliation(role)  # "Syrian Economy Minister X": Syria's
            for form in (surface, *aliases):
                if form not in a.aliases:
                    a.aliases.append(form)
        self.found.append(Mention(self.doc_id, s, e, sid, surface, actor_id, method))
        self.taken.append((s, e))
        return actor_id


class Detector:
    """Detection rules for one codebook (vocabularies compiled once)."""

    def __init__(self, m: Matchers):
        self.m = m
        cues = m.cb.cues
        self.titles = {t.lower() for t in cues["person_titles"]}
        self.independent = {t.lower() for t in cues["independent_titles"]}
        self.title_vocab = self.titles | {w.lower() for w in cues["title_words"]} | {
            d.lower() for a in m.cb.actors.values() for d in a.demonyms}
        self.title_vocab |= {w for t in self.titles for w in t.split()}
        self.stop = _STOP | self.title_vocab | {w.lower() for w in cues["anonymous_nouns"]}
        self.media_nouns = sorted((w.lower() for w in cues["media_nouns"]), key=len, reverse=True)
        self.press_nouns = {w.lower() for w in cues["press_nouns"]}
        self.media_words = set(cues["media_name_words"])
        speech = [s for s in cues["speech"] if " " not in s]
        forms = set()

        for w in ("said", "says", "told", "tells", "added", "adds", "stressed", "noted", "argued", "explained",
                  "wrote", "warned", "believes", "believed", "insisted", "confirmed", "stated", "declared",
                  "commented", "replied", "responded", "acknowledged", "suggested", "predicted", "reported"):
            if lemma(w) in speech:
                forms.add(w)
        self.speech_forms = forms
        self.speech_lemmas = {lemma(w) for w in speech}
        self.speaking_lemmas = self.speech_lemmas | m.cb.silence_verbs  # "Jane Roe declined to comment" speaks too
        self.demonyms = {d.lower() for a in m.cb.actors.values() for d in a.demonyms}
        self.naming_lemmas = {lemma(w) for w in cues["naming_verbs"]}
        self.company_nouns = [w.lower() for w in cues["company_nouns"]]
        self.body_heads = list(cues.get("body_heads") or [])
        self.org_words = set(cues["organisation_name_words"])  # "Sinara Holding", "Cham Wings": a body's name
        self.link_labels = {w.lower() for w in cues.get("link_labels", [])}  # "Read More: ...": a link's label
        self.honorifics = "|".join(re.escape(h.rstrip(".")) for h in cues["honorifics"])  # "headed by Mr. X"
        offices = sorted({h.rstrip(".") for h in cues["honorifics"]} | {t for t in self.titles if " " not in t},
                         key=len, reverse=True)  # what may stand before a name: "Mr.", "Sen.", "Senator", "Minister"
        self.offices = "(?i:" + "|".join(re.escape(o) for o in offices) + ")"
        #: a hearing's turn label in capitals: "SEN. JANE ROE (D-NH):", "CHAIRMAN ROE:", "JOHN DOE, Assistant
        #: Secretary of State:", "DOE:"; the courtesy or office word before the name is no part of it
        self.capital_turn = re.compile(rf"^[ \t]*(?P<office>(?:{self.offices}\.?[ \t]+)*)"
                                       r"(?P<n>[A-Z][A-Z’'-]+(?:[ \t]+[A-Z][A-Z’'-]+){0,2})(?:[ \t]*\([^()\n]{1,20}\))?"
                                       r"(?P<post>,[^:\n]{1,90})?[ \t]*:[ \t]+(?=\S)", re.MULTILINE)
        frames = sorted((re.escape(f) for f in cues["alias_frames"]), key=len, reverse=True)
        self.alias_frame = re.compile(rf"(?:,\s*|\(\s*|\s)(?:who\s+(?:was|is)\s+)?(?:{'|'.join(frames)})"
                                      rf"(?:\s+(?:in|during)\s+[\w\s]{{0,25}}?)?\s+(?:the\s+name\s+)?"
                                      rf"(?P<alias>{_TOKEN}(?:\s+{_TOKEN}){{0,3}})", re.IGNORECASE)
        # media known by what they do (see ``detect``), compiled once: a name that reports or writes, citing its source
        # or not; a name (numbers in it too) that ends in a medium's word and speaks; a name a noun only a medium has
        # heads the apposition of
        citing = r",\s+(?:citing|quoting)\s[^,.;:]{1,80},"
        heads = "|".join(sorted({re.escape(n.split()[0].lower()) for n in cues["anonymous_nouns"]}, key=len,
                                reverse=True))  # ("citing two sources", "citing a person in Oslo": a source)
        cites_other = (r",\s+(?:citing|quoting)\s(?!(?:its|their|his|her)\s)"
                       rf"(?=[^,.;:]{{0,40}}?\b(?:{heads})(?:s|es)?\b)[^,.;:]{{1,80}},")
        self.medium_reports = re.compile(rf"(?<![\w’'-])(?P<n>[A-Z][a-z]+(?:[A-Z][a-z]+)?)(?:(?:{citing})?\s+"
                                         r"(?:(?:has|had|have|also|since|earlier|first|later|previously)\s+){0,3}"
                                         r"(?:report(?:ed|s)|writes)\b"
                                         rf"|{cites_other}\s+(?:[a-z]+\s+){{0,3}}(?:said|says|added|claimed|claims)\b)")
        # (citing a source of its own, any verb of saying: "Gazetta, citing a person in Oslo, went further and
        # said"; not a body citing its own people, "Tahrirfront, citing its commanders, said")
        ending = "|".join(re.escape(w) for w in sorted(self.media_words))
        verbs = "|".join(sorted(self.speech_forms | set(cues["broadcast_verbs"])))
        self.medium_named = re.compile(r"(?<![\w’'-])(?P<n>[A-Z][\w’'-]*(?:[ \t]+(?:[A-Z][\w’'-]*|\d{1,3})){0,3}"
                                       rf"[ \t]+(?:{ending}))\s+(?:{verbs})\b")
        nouns = "|".join(re.escape(w) for w in sorted(cues["media_only_nouns"], key=len, reverse=True))
        tail = r"(?:\s+(?:with|of|in|from|based|that|which|owned|run|close|known|founded|published|associated|linked|"\
               r"affiliated|popular)\b[^,.;:()]{0,60})?"
        self.medium_apposed = re.compile(rf"(?<![\w’'-])(?P<n>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,2}}),\s+"
                                         rf"(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}(?i:{nouns}){tail}\s*[,(]")
        self.known_places = self.m.places

    #: A name and its audience in brackets ("Latakia Logbook (about 210,000 subscribers)", "Window on the Levant
    #: (around 160,000)").
    MEDIUM_AUDIENCE = re.compile(r"(?<![\w’'-])(?P<n>[A-Z][\w’'-]+"
                                 r"(?:[ \t]+(?:[A-Z][\w’'-]+|on|of|the|\d{1,4})){0,4})"
                                 r"[ \t]*\((?:about|around|roughly|some|over|nearly|almost|more\s+than)?[ \t]*"
                                 r"(?P<count>\d[\d,.]*)[ \t]*(?P<scale>k|K|thousand|million)?"
                                 r"(?:[ \t]+(?P<who>subscribers|followers))?\)")

    #: One name opening a sentence, then an age and/or a description, then a verb ("Hassan, a farmer, said").
    ONE_NAME = re.compile(rf"(?:^|(?<=[.!?\"“”]\s))[\"“]?(?P<n>{_TOKEN}),\s+(?:(?P<age>\d{{1,3}}),\s+)?(?:(?:a|an)\s+"
                          r"(?P<role>[A-Za-z0-9][^,.;\n]{2,80}?),\s+)?(?P<v>[a-z]+)", re.MULTILINE)

    #: One name after a quotation's speech verb, then an age or a description ('," said Jiwan, 34, who runs a shop',
    #: '," said Rojda, a teacher.').
    SAID_ONE_NAME = re.compile(rf"[,”\"]\s*(?P<v>[a-z]+)\s+(?P<n>{_TOKEN}),\s+(?:(?P<age>\d{{1,3}})(?=[,.;]|\s+who\s)"
                               r"[,\s]*)?(?:(?:a|an)\s+(?P<role>[A-Za-z0-9][^,.;\n]{2,80}?)(?=[,.;]|$))?", re.MULTILINE)
    # (a description may open on an age, "a 41-year-old shopkeeper", or a place, "an Idlib-based teacher")

    #: A resident who gives only a name ("a baker, who gave her name as Lina, said", "a farmer, who asked that only
    #: his first name, Abu Samir, be used"): the description before it, and the name.
    GIVEN_NAME = re.compile(r"(?:(?P<d>\b(?:[Aa]|[Aa]n)\s+[^,.;:\n]{2,80}?),\s+)?who\s+"
                            r"(?:gave|asked\s+that\s+only|asked\s+to\s+be\s+(?:identified|named)\s+(?:only\s+)?by|"
                            r"would\s+give\s+only|gave\s+only)\s+(?:his|her)\s+"
                            r"(?:first\s+|given\s+)?name(?:,\s+|\s+as\s+)"
                            r"(?P<n>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)?)"
                            r"(?![\w’'-])")  # ("Abu Omar", "Umm Khaled": the whole name)

    def _speaks(self, verb: str, lemmas=None, endings: tuple[str, ...] = ("ed",)) -> bool:
        """Is ``verb`` a form that speaks: a listed form ("said", "told", "wrote") or any form with one of ``endings``
        of a verb whose lemma is in ``lemmas`` (the speech verbs by default: "summarized", "cautioned")?"""
        return verb in self.speech_forms or verb.endswith(endings) and lemma(verb) in (
            self.speech_lemmas if lemmas is None else lemmas)

    def _of_a_person(self, role: str, reach: int = 5) -> bool:
        """Does a description name what a person is within its first ``reach`` words ("a farmer from Istamo",
        "44-year-old crane operator"; with ``reach`` 2, headed by it: "a grocer for twenty years", "a retired
        teacher"), not a firm or a building ("a state nuclear firm", "a 100-year-old landmark", "a city of
        fishermen")?"""
        nouns = self.m.cb.person_words
        return any(lemma(w) in nouns or w in nouns for w in re.findall(r"[a-z]+", role.lower())[:reach])

    def _capital_turns(self, text: str, add, actors: dict) -> None:
        """Persons a transcript names in capitals in three turn labels or more: one person per surname ("DANIEL
        PELL, Assistant Secretary ...:" and "PELL:"), named as the fullest label spells it, in title case. A label
        is a person's when an office opens it ("SEN."), a post follows it (", Assistant Secretary"), or the text
        also writes its last word as a name ("Mr. Pell"); not "READ MORE:"."""
        posts = self.titles | {w.lower() for w in self.m.cb.cues.get("label_posts", [])}

        def person(mt: re.Match) -> bool:
            last = mt.group("n").split()[-1].title()
            return bool(mt.group("office")) or bool(mt.group("post")) and any(
                w in posts for w in re.findall(r"[a-z]+", mt.group("post").lower())) or re.search(
                rf"(?<![\w-]){self.offices}\.?\s+{re.escape(last)}(?![\w-])", text) is not None or written(mt)
            # ("Mr. Pell", "Senator Roe"; "JANE ROE, HOST:", "OMAR ROE, BYLINE:")

        def full_name(surname: str) -> re.Match | None:  # "ZVYAGIN:" where the text writes "Andrei Zvyagin"
            return next((f for f in re.finditer(rf"(?<![\w-])[A-Z][\w’'-]+[ \t]+{re.escape(surname)}(?![\w-])", text)
                         if self._is_name(f.group(0).split()) and not is_word(f.group(0).split()[0].lower())), None)
            # (a given name, no word: not "Welcome Varnavin")

        def written(mt: re.Match) -> bool:  # "OBEIDA HAMWI:" where the text also writes "Obeida Hamwi": a name
            words = mt.group("n").split()  # (not "FROZEN ASSETS:" beside "frozen assets")
            if len(words) == 1:
                return full_name(words[0].title()) is not None
            return self._is_name(words) and any(all(w[:1].isupper() and not w.isupper() for w in f.group(0).split())
                                                for f in re.finditer(rf"(?<![\w-]){re.escape(' '.join(words))}(?![\w-])",
                                                                     text, re.IGNORECASE))

        labels = [mt for mt in self.capital_turn.finditer(text) if mt.group("n").lower() not in self.link_labels
                  and mt.group("n").split()[0].lower() not in self.m.cb.question_labels]
        found = [mt for mt in labels if person(mt)]
        surnames = {mt.group("n").split()[-1] for mt in found}
        found += [mt for mt in labels if mt not in found and mt.group("n") in surnames]  # ("PELL:" after "DAN PELL, HOST:")
        if len(found) < 3:
            return
        people: dict[str, str] = {}  # surname -> actor id
        for mt in sorted(found, key=lambda mt: -len(mt.group("n").split())):  # the fullest label first
            words = mt.group("n").split()
            surname = words[-1].title()
            if surname.lower() in people:
                add(mt.start("n"), mt.end("n"), "person", actor=people[surname.lower()])
                continue
            if len(words) < 2 and not mt.group("office") and not re.search(
                    rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text):
                continue  # (a word that is no one's name elsewhere: "MODERATOR:"; after an office, "SEN. ROE:", a
                # surname)
            if words[0].lower() in self.stop:
                continue
            full = full_name(surname) if len(words) == 1 else None  # the person the label's surname is, with the
            # title before the full name ("Russian Deputy Foreign Minister Oleg Varnavin")
            aid = add(full.start(), full.end(), "person", role=self._role_before(text, full.start(), max(
                0, full.start() - 160))) if full else ""
            aid = add(mt.start("n"), mt.end("n"), "person", actor=aid)
            if aid:
                people[surname.lower()] = aid
                if aid in actors and actors[aid].name.isupper():
                    actors[aid].name = " ".join(w.title() for w in words)

    #: A name alone on its line, a blank line, then words: how podcast and video transcripts set out their turns.
    NAME_LINE = re.compile(r"^[ \t]*(?P<n>[A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+){1,3})[ \t]*\n[ \t]*\n[ \t]*\S",
                           re.MULTILINE)

    def _line_turns(self, text: str, add) -> None:
        """Persons a transcript names on lines of their own before their words ("Sarah Okafor", a blank line,
        "So the question is ..."), when the lines hold turns (``line_turns_hold``); no word of a name is a place
        ("Latakia Coast")."""
        lines = [mt for mt in self.NAME_LINE.finditer(text) if self._is_name(mt.group("n").split())
                 and not any(self._is_place(w) for w in mt.group("n").split())]
        if line_turns_hold([mt.group("n") for mt in lines]):
            for mt in lines:
                add(mt.start("n"), mt.end("n"), "person")

    #: A paragraph opened by a person's name, maybe a post, then a colon or a dash and the words ("Jane Roe, Russian
    #: analyst — The bases will stay."): a roundup's or a transcript's label.
    LABEL_NAME = re.compile(r"^[ \t]*(?P<n>[A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+){1,3})(?:[ \t]*\([^()\n]{1,40}\))?"
                            r"(?:,[ \t]*(?P<post>[^:—–\n]{2,90}?))?[ \t]*"
                            r"(?::|" + LABEL_DASH + r")[ \t]+\S", re.MULTILINE)

    #: A turn label of a role in capitals and the person in brackets ("CALLER (Abu Khaled, Latakia):", "HOST (Samer):").
    ROLE_LABEL = re.compile(r"^[ \t]*(?P<role>[A-Z]{3,}(?:[ \t]+[A-Z]{3,})?)[ \t]*"
                            r"\((?P<n>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,3})(?:,[ \t]*(?P<place>[^()\n]{1,40}))?\)"
                            r"[ \t]*:", re.MULTILINE)

    def _role_labels(self, text: str, add) -> None:
        """Persons a transcript names in brackets after a role in capitals, in two labels or more: one person per
        name, the role (and place) theirs."""
        labels = [mt for mt in self.ROLE_LABEL.finditer(text) if mt.group("role").split()[0].lower()
                  not in self.m.cb.question_labels and not is_word(mt.group("n").split()[-1].lower())
                  and mt.group("n").split()[-1] not in self.org_words | self.media_words]  # (not "QUESTION (Al
        # Watan):", "UPDATE (Levant Desk):": who asks, and a desk or a medium, are no person's turn)
        if len(labels) < 2:
            return
        for mt in labels:
            role = mt.group("role").lower() + (f", {mt.group('place').strip()}" if mt.group("place") else "")
            add(mt.start("n"), mt.end("n"), "person", role)

    def _cast_lists(self, text: str, add) -> None:
        """Persons a broadcast's opening lists by their part ("Hosts: Jane Roe, Omar Doe. Guest: Ann Poe, a fellow at
        ..."): each name, its part the role (cues.yaml label_posts, in the plural too, and "guest", "panellist")."""
        parts = {w.lower() for w in self.m.cb.cues.get("label_posts", [])} | {"guest", "panellist", "panelist"}
        for lm in re.finditer(r"^[ \t]*(?P<part>[A-Z][a-z]+)[ \t]*:[ \t]*(?P<list>[^\n]+)$", text, re.MULTILINE):
            singular = lambda w: w[:-1] if w.endswith("s") and w[:-1] in parts else w  # noqa: E731 ("Hosts")
            part = singular(lm.group("part").lower())
            if part not in parts:
                continue
            listed = lm.group("list")
            at = 0
            item = re.compile(rf"(?:,[ \t]*|[ \t]+and[ \t]+|)(?P<n>{_TOKEN}(?:[ \t]+{_TOKEN}){{1,3}})"
                              rf"(?=[ \t]*(?:,|\.|$|[ \t]+and\b))")
            while (nm := item.match(listed, at)) and (at == 0 or nm.start() > 0):  # only a list of names from its
                # start ("Host: Welcome back ... Today I'm joined by X and Y": no cast list)
                if self._is_name(nm.group("n").split()) and not actor_named(self.m.cb, nm.group("n")):
                    add(lm.start("list") + nm.start("n"), lm.start("list") + nm.end("n"), "person", part)
                at = nm.end()
                if re.match(r"[ \t]*,[ \t]*(?:a|an|the)\s", listed[at:]):
                    break  # ("Guest: Ann Poe, a fellow at ...": her post follows)
            rest = re.match(r"\.[ \t]+(?P<part>[A-Z][a-z]+)[ \t]*:[ \t]*", listed[at:]) if at else None
            if rest:  # "Hosts: Jane Roe, Omar Doe. Guest: Ann Poe, a fellow at ...": the next part's list
                sub = singular(rest.group("part").lower())
                one = re.match(rf"(?P<n>{_TOKEN}(?:[ \t]+{_TOKEN}){{1,3}})(?=[ \t]*(?:,|\.|$))",
                               listed[at + rest.end():])
                if sub in parts and one and self._is_name(one.group("n").split()):
                    s1 = lm.start("list") + at + rest.end()
                    add(s1 + one.start("n"), s1 + one.end("n"), "person", sub)

    def _label_names(self, text: str, add) -> None:
        """Persons who open paragraphs as labels with a post that says what a person is ("Jane Roe, Russian analyst:",
        "Jane Roe, 52, a teacher in Homs —"); no word of a name is a place. (Labels of names alone, "Jane Roe: ...",
        are a transcript's turns, found with the honorifics and brackets they may carry in ``detect``.)"""
        labels = [mt for mt in self.LABEL_NAME.finditer(text) if self._is_name(mt.group("n").split())
                  and not any(self._is_place(w) for w in mt.group("n").split())
                  and mt.group("n").lower() not in self.link_labels]
        if sum(1 for mt in labels if mt.group("dash")) < 2:  # (a dash ends labels only in a roundup of them)
            labels = [mt for mt in labels if not mt.group("dash")]
        for mt in labels:
            post = re.sub(r"^\d{1,3},\s*(?:(?:a|an|the)\s+)?", "", (mt.group("post") or "").strip())  # (her age aside)
            if self._of_a_person(post):
                add(mt.start("n"), mt.end("n"), "person", post)

    #: A name in capitals inside running text, then its post ("Briefing the Council, GEIR O. PEDERSEN, Special Envoy
    #: of the Secretary-General for Syria, said"): how the UN's meetings coverage and some press releases name speakers.
    CAPITAL_NAME = re.compile(r"(?<=[a-z,;:]\s)(?P<n>[A-Z][A-Z’'-]{2,}(?:\s+(?:[A-Z]\.|[A-Z][A-Z’'-]+)){1,3})"
                              r"(?=,\s+(?:the\s+)?(?P<post>[A-Z][^,.;\n]{2,80}?)(?:,|\s+(?:said|told|stressed|noted)\b))")

    def _capital_names(self, text: str, add, actors: dict) -> None:
        """Persons named in capitals inside a sentence, with a post after them, named in title case."""
        for mt in self.CAPITAL_NAME.finditer(text):
            words = mt.group("n").split()
            if not any(w in self.titles for w in re.findall(r"[a-z]+", mt.group("post").lower())) \
                    or words[0].lower() in self.stop:
                continue
            aid = add(mt.start("n"), mt.end("n"), "person", role=mt.group("post").strip())
            if aid in actors and actors[aid].name.isupper():
                actors[aid].name = " ".join(w if re.fullmatch(r"[A-Z]\.", w) else w.title() for w in words)
                actors[aid].aliases.append(actors[aid].name)

    # -- helpers
    def _is_name(self, words: list[str], given_first: bool = False) -> bool:
        """Are these capitalised words a person's name (no title, function or calendar word; with
        ``given_first``, the first word may be a month, as a given name)?"""
        if len(words) < 2:
            return False
        low = [w.lower().split("-")[-1] if w.lower().startswith(("al-", "el-")) else w.lower() for w in words]
        rest = low[1:] if given_first else low
        if rest[0] in self.stop or any(w in self.title_vocab for w in low):
            return False
        return not any(w in _STOP for w in rest)

    def _trim(self, text: str, s: int, e: int) -> tuple[int, int] | None:
        """The name part of a capitalised run: title words dropped from its start."""
        span = text[s:e]
        words = list(re.finditer(r"\S+", span))
        i = 0
        while i < len(words) and words[i].group(0).lower().strip(",") in self.title_vocab:
            i += 1
        titled = [k for k in range(i, len(words) - 2) if words[k].group(0).lower().strip(",") in self.title_vocab]
        if titled and i == 0:  # "Belarusian Foreign Minister Maxim Ryzhenkov": a qualifier the codebook does not
            i = titled[-1] + 1  # know before the title; the name follows the title's last word
        while len(words) - i > 2 and (words[i].group(0).lower() in _STOP and words[i].group(0).lower() not in MONTHS
                                      or actor_named(self.m.cb, words[i].group(0), "state") and re.search(
                                          r"\b(?:to|for|in|at|from)\s+$", text[max(0, s - 6):s + words[i].start()],
                                          re.IGNORECASE)):
            i += 1  # "In April Omar Haddad", "After Omar Haddad": a capitalised opener is no part of the name, nor
            # the state that ends a title ("ambassador to Syria Alexander Efimov")
        if len(words) - i < 2:
            return None
        ns = s + words[i].start()
        # a month as a given name ("April Jones said", "Jan Kowalski"), not a date ("in April Putin said"): no
        # preposition or article before it
        month = words[i].group(0).lower() in MONTHS
        given = month and not re.search(r"\b(?:in|on|since|until|till|by|from|during|of|last|next|early|late|mid|this|"
                                        r"the|before|after|and|to|through|between)\s+$", text[max(0, ns - 12):ns],
                                        re.IGNORECASE)
        if month and not given and len(words) - i > 2:  # "In April Omar Haddad said": the date, then the name
            ns = s + words[i + 1].start()
        if not self._is_name(text[ns:e].split(), given_first=given):
            return None
        return ns, e

    def _role_before(self, text: str, name_start: int, lo: int, name_end: int | None = None) -> str:
        """The title phrase right before a name ("Deputy Prime Minister"), or ''; one set off by a comma only
        when the name (ending at ``name_end``, if given) closes the apposition."""
        words = list(re.finditer(r"[\w’'.-]+", text[lo:name_start]))
        closed = name_end is None or not re.match(r"\s+(?!and\b)[a-z]", text[name_end:])  # (a verb right after the
        # name: "the former president, Jane Roe said"; a dash, a bracket or "and" closes it as a comma does)
        if words and "," in text[lo + words[-1].end():name_start] and not closed:
            return ""  # "would not hand over the former president, Jane Roe said": the title's noun is the verb's
            # object, no apposition the name closes
        j = len(words)
        for n in (1, 2):  # "ambassador to Syria Alexander Efimov", "envoy for the United States Jo Roe": the remit
            remit = " ".join(w.group(0) for w in words[j - n:]) if j > n + 1 else ""
            if remit and words[j - n - 1].group(0).lower() in ("to", "for", "in") and actor_named(self.m.cb, remit, "state") \
                    and words[j - n - 2].group(0).lower() in self.title_vocab:
                j -= n + 1
                break
        while j > 0 and words[j - 1].group(0).lower() in self.title_vocab:
            j -= 1
        role_words = [w.group(0) for w in words[j:]]
        for n in (1, 2, 3):  # "Syria's energy minister", "the United Kingdom's delegate": the state's title
            owner = re.fullmatch(r"(.+?)(?:[’']s|(?<=s)[’'])", words[j - 1].group(0)) if j >= n and role_words else None
            whose = " ".join([w.group(0) for w in words[j - n:j - 1]] + [owner.group(1)]) if owner else ""
            if whose and all(w[:1].isupper() for w in whose.split()) and actor_named(self.m.cb, whose, "state"):
                role_words[:0] = [w.group(0) for w in words[j - n:j]]
                break
        while role_words and role_words[0].lower() in ("of", "the", "and", "for"):
            role_words.pop(0)
        if role_words and role_words[-1].lower() in ("of", "the", "and", "for"):
            return ""  # "Envoy for the Middle East and African Countries": the title goes on, no name follows
        if not role_words:  # a title set off by a comma: "the director of customs of Tartus, Riad Joudy"
            pre = re.search(r"(?:^|[,;(]|\b(?:the|a|an)\s)\s*([\w’' -]{3,70}?),\s*$", text[lo:name_start])
            title = re.sub(rf"^(?:(?:{'|'.join(self.speech_forms)})\s+)?(?:(?i:the|a|an)\s+)?", "",
                           pre.group(1).strip()) if pre else ""  # ('"...," said the director of customs, Jo Roe')
            if title and any(w.lower() in self.titles for w in re.findall(r"[\w-]+", title)[:3]):
                return title
        if not any(w.lower() in self.titles for w in role_words) and not any(
                " ".join(role_words).lower().endswith(t) for t in self.titles):
            return ""
        return " ".join(role_words)

    def _affiliation(self, role: str) -> str:
        """The state named inside a role ("Russian ambassador", "of the Russian Federation"); none for
        a role that speaks for no state ("Russian analyst": cues.yaml independent_titles)."""
        titled = [w.lower() for w in re.findall(r"[\w-]+", role) if w.lower() in self.titles]
        if titled and all(w in self.independent for w in titled):
            return ""
        # a state after "for" or "to" is the post's remit ("Special Envoy for Syria", "ambassador to Syria",
        # "department for European affairs"), up to the next preposition that says whose the post is ("at the
        # Syrian Foreign Ministry")
        own = re.sub(r"\b(?:for|to)\s+(?:the\s+)?(?:(?!at\b|of\b|in\b)[\w’'-]+\s+){1,5}affairs\b", " ", role,
                     flags=re.IGNORECASE)
        own = re.sub(r"\b(?:for|to)\s+(?:the\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})", lambda m: " " if actor_named(
            self.m.cb, m.group(1), "state") else m.group(0), own)  # (a state's name, or "<x> affairs"; not
        # "spokeswoman for the Russian Foreign Ministry" nor "adviser to the Syrian president": whom they serve)
        dem = self.m.cb.state_of_demonym()
        for w in re.findall(r"[\w-]+", own):
            if w.lower() in dem:
                return dem[w.lower()]
        for a in self.m.cb.actors.values():
            if a.type == "state" and any(alias_pattern(al).search(own) for al in a.aliases if len(al) > 3):
                return a.id
        return ""

    def _names_other(self, apposition: str) -> bool:
        """Is an apposition another person's title and name (", Deputy Minister Oleg Varnavin,")? Only when
        nothing but title words comes before the name: ", an analyst at the Center for Strategic Studies," ends
        on capitalised words too, but they name an organisation, and the person before it is the one described."""
        named = NAMED_LAST.search(apposition)
        if not named or apposition.split()[-1].lower() in self.title_vocab:
            return False
        before = re.findall(r"[\w’'-]+", apposition[:named.start()])
        return all(re.sub(r"[’']s$", "", w.lower()) in self.title_vocab | {"a", "an", "the"} or w[0].isupper()
                   and re.search(r"[’']s$", w) for w in before)

    def _member_body(self, text: str, s: int, e: int, known: list[Mention], taken: list, add,
                     displaced: list) -> str:
        """The body a person is "of" ("Viktor Zelenin of United Russia"): a state the codebook knows, whose id
        is returned, or an organisation, found wherever its name recurs; a state's name inside it ("United
        Russia") is no mention of the state."""
        inner = [k for k in known if s <= k.start and k.end <= e]
        if len(inner) == 1 and (inner[0].start, inner[0].end) == (s, e):
            kind = getattr(self.m.cb.actors.get(inner[0].actor_id), "type", "")
            return inner[0].actor_id if kind == "state" else ""
        if self._is_place(text[s:e]):
            return ""
        for mt in alias_pattern(text[s:e]).finditer(text):
            covered = [k for k in known if mt.start() <= k.start and k.end <= mt.end()]
            if any(k.start < mt.end() and mt.start() < k.end and k not in covered for k in known):
                continue  # a longer known name holds it
            for k in covered:
                if (k.start, k.end) in taken:
                    taken.remove((k.start, k.end))
                displaced.append((k.start, k.end))
            add(mt.start(), mt.end(), "organization")
        return ""

    def _displace_states(self, st: _Detection, s: int, e: int) -> None:
        """A state's name or capital inside the name of a new actor ("the Tehran Times", "The Moscow Times") is no
        mention of the state: it gives way, unless a known name reaches past the new one."""
        inner = [k for k in st.known if s <= k.start and k.end <= e and (k.start, k.end) in st.taken]
        if not inner or any(k.start < e and s < k.end and k not in inner for k in st.known):
            return
        if all(getattr(self.m.cb.actors.get(k.actor_id), "type", "") == "state" for k in inner):
            for k in inner:
                st.taken.remove((k.start, k.end))
                st.displaced.append((k.start, k.end))

    def _overlaps(self, s: int, e: int, taken: list[tuple[int, int]]) -> bool:
        return any(a < e and s < b for a, b in taken)

    def _is_place(self, surface: str) -> bool:
        return any(p.fullmatch(surface) for p in self.known_places)

    # -- the rules
    def detect(self, doc_id: str, text: str, index: tuple, known: list[Mention],
               titles: list[tuple[int, int]] = (), signed: bool = False) -> Detected:
        """New actors and their mentions in one document (``titles``: the spans of its title and headings; ``signed``:
        a text of signed letters or comment, whose signatures name their writers), found pass by pass; each pass sees
        what the earlier ones took."""
        st = _Detection(self, doc_id, text, index, known, titles)
        for step in (self._acronym_bodies, self._companies, self._media, self._named_bodies,
                     *((self._signers,) if signed else ()), self._turns_and_residents, self._persons,
                     self._titled_surnames, self._speaking_surnames, self._alias_frames, self._every_use):
            step(st)
        return Detected(st.actors, st.found, st.displaced)

    def _signers(self, st: _Detection) -> None:
        """The writers who sign letters (:func:`signatures`): persons, with what they say they are as their role
        ("former ambassador"; not the town they write from)."""
        for mt in signatures(st.text):
            if actor_named(self.m.cb, mt.group("n")) or not self._is_name(mt.group("n").split()) \
                    or set(mt.group("n").split()) & (self.media_words | self.org_words):
                continue  # (not "Staff Reporter", "Associated Press", "The Editorial Board")
            parts = [x.strip() for x in (mt.group("rest") or "").split(",")]
            role = next((x for x in parts if x[:1].islower() or self._of_a_person(x)), "")
            st.add(mt.start("n"), mt.end("n"), "person", role=role, method="declared")

    def _acronym_bodies(self, st: _Detection) -> None:
        """Organisations introduced with an acronym."""
        text, add = st.text, st.add
        # organisations with an acronym: "the Syrian Observatory for Human Rights (SOHR)", and without the
        # parentheses when the initials spell it ("the Syrian Arab News Agency SANA reported")
        for mt in ACRONYM_ORG.finditer(text):
            name, acr = mt.group("name"), mt.group("acr") or mt.group("bare")
            words = [w for w in re.findall(r"[\w’'-]+", name) if w[0].isupper()]
            while words and words[0].lower() in _STOP:
                words.pop(0)
            if not words or words[0][0] != acr[0] and not any(w[0] == acr[0] for w in words[:2]):
                continue
            if mt.group("bare") and "".join(w[0] for w in words) != acr:
                continue
            initials = iter(acr)
            if self._is_name(words) and not all(w.split("-")[-1][:1] in initials for w in name.split()
                                                if w in words or re.match(r"(?:al|el)-[A-Z]", w)):
                continue  # "Leonid Slutsky (LDPR)": a person and his party, whose letters his name does not spell
                # ("Hayat Tahrir al-Sham (HTS)" spells its own)
            s = mt.start("name") + name.index(words[0])
            kind = "group" if re.search(r"\b(?:Forces|Front|Army|Brigades?|Militia|Tahrir)\b", name) else "organization"
            owner = actor_named(self.m.cb, acr)
            if owner:  # the codebook knows the acronym: the full name is that actor too
                add(s, mt.end("name"), kind, actor=owner)
                continue
            if mt.group("acr") and self._role_before(text, s, max(0, s - 60)):
                continue  # "Committee chairman Leonid Slutsky (LDPR)": a titled person and his party, no body's name
            st.add_everywhere(s, mt.end("name"), kind, acr, aliases=(acr,))

    #: Auxiliaries that may follow a business's name as its own verb ("firm X was to run the port").
    BE_HAVE = {"is", "was", "are", "were", "has", "had", "have", "will", "would"}

    def _companies(self, st: _Detection) -> None:
        """Businesses named by what they are: "Russian firm STG Stroytransgaz", "the state printer Goznak", and
        "Goznak, the Russian state-owned printer," (cues.yaml company_nouns); every later use of the name too."""
        text = st.text
        nouns = "|".join(sorted(map(re.escape, self.company_nouns), key=len, reverse=True))
        name = r"[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*){0,3}"
        before = re.finditer(rf"(?<![A-Za-z])(?:{nouns})\s+(?P<n>{name})(?![\w-])", text)
        after = re.finditer(rf"(?<![\w-])(?P<n>{name}),\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,4}}?(?:{nouns})"
                            rf"(?=\s*[,;.]|\s+(?:that|which|whose|of|in|with|based)\b)", text)
        for mt in [*before, *after]:
            n = mt.group("n")
            words = n.split()
            verb = re.match(r"\s+([a-z]+)\b", text[mt.end("n"):])
            if words[0].lower() in self.stop | self.demonyms or actor_named(self.m.cb, n) \
                    or any(w.lower() in self.titles for w in words) or len(words) > 1 and verb \
                    and verb.group(1) not in PREPOSITIONS | MODALS | self.BE_HAVE | {"and", "or", "until", "since"} \
                    and not re.fullmatch(r"[A-Z]{2,5}", words[0]):
                continue  # ("firm The", "a Russian company, Russia ..."; a title: no business; "the bank Ibrahim
                # Khalil runs": the subject of a clause on the noun, a person; not "firm STG Stroytransgaz ran": an
                # acronym opens no person's name)
            s = mt.start("n")
            if len(words) == 2 and _initials_of(words[0], words[1]):
                s = mt.start("n") + n.index(words[1], len(words[0]))  # "STG Stroytransgaz" is "Stroytransgaz" with
                # its initials, as other stories write it alone: one company, one id (not "DP World", "TMK Group")
            st.add_everywhere(s, mt.end("n"), "organization")

    def _named_bodies(self, st: _Detection) -> None:
        """Research and civic bodies named by their head word (cues.yaml body_heads): capitalised words before it
        ("the Levant Strategy Forum") or a capitalised complement after it ("the Institute of Middle Eastern
        Forecasting", "the Negev Centre for Eurasian Studies"); every later use of the name too. Not a body the
        codebook knows, nor one whose only other word is a state's ("the Security Council" is the codebook's)."""
        if not self.body_heads:
            return
        text = st.text
        word = r"[A-Z][\w’'-]*"
        heads = "|".join(map(re.escape, self.body_heads))
        lead = r"[A-Z][\w’'-]*(?<!['’]s)"  # (not "the Halden Institute's Eastern Programme": the body's own unit)
        pattern = re.compile(rf"(?<![\w-])(?P<n>(?:{lead}\s+(?:and\s+(?={word}\s))?){{0,4}}(?:{heads})"
                             rf"(?:\s+(?:of|for)\s+(?:the\s+)?{word}(?:\s+(?:and\s+)?{word}){{0,4}}){{0,2}})(?![\w-])")
        for mt in pattern.finditer(text):
            if _title_case(text, st.titles, mt.start()):
                continue  # a headline in title case capitalises every word ("Talks Centre on Sovereignty")
            n = mt.group("n")
            words = [w for w in re.findall(r"[\w’'-]+", n) if w[:1].isupper()]
            while words and words[0].lower() in _STOP:  # ("The", "In"; a demonym stays: "the Syrian Network for ...")
                words.pop(0)
            own = [w for w in words if w not in self.body_heads and w.lower() not in self.demonyms]
            if len(words) < 2 or not own or actor_named(self.m.cb, n) or any(w.lower() in self.titles for w in words):
                continue  # ("the Institute", "the Russian Centre", a known body, "Director of the Centre X": a title)
            member = re.search(r"([A-Z][\w’'-]+)\s+of\s+(?:the\s+)?$", text[max(0, mt.start() - 40):mt.start()])
            if member and member.group(1).lower() not in self.title_vocab:  # ("Director of the X Institute": a title)
                continue  # "Ilham Ahmed of the Syrian Democratic Council said": a person and the body they speak for,
                # found together (_persons)
            s = mt.start("n") + n.index(words[0])
            st.add_everywhere(s, mt.end("n"), "organization")

    def _media(self, st: _Detection) -> None:
        """Media, by how they are named and what they do."""
        text, add = st.text, st.add
        # media: "the newspaper Al-Watan", "told The Washington Post"
        for noun in self.media_nouns:
            word = r"[A-Z][\w-]*(?:['’](?!s\b)[\w-]+)*"  # ("Al-Quds", "Ra'i"; not "One's")
            for mt in re.finditer(rf"\b(?i:the\s+)?(?P<noun>(?i:{re.escape(noun)}))\s+(?P<n>(?:The\s+)?{word}"
                                  rf"(?:\s+{word}){{0,3}})(?![\w-])", text):
                if actor_named(self.m.cb, mt.group("n")) or mt.group("n").split()[0].lower() in self.demonyms:
                    continue  # "Daily Russian patrols", "the channel Russia ...": a name the codebook knows, no medium
                start = mt.start("noun") if mt.group("noun")[0].isupper() and mt.group("noun") in self.media_words \
                    else mt.start("n")
                add(start, mt.end("n"), "media")  # "Channel One's correspondent": the channel is "Channel One"
            # "the Kommersant newspaper", "the Al-Watan daily": a name that is no English word nor a people's before a
            # noun only a medium has (cues.yaml press_nouns; not "the Zeitoun station")
            if noun.lower() not in self.press_nouns:
                continue
            for mt in re.finditer(rf"\b[Tt]he\s+(?P<n>{word}(?:\s+{word}){{0,2}})\s+(?i:{re.escape(noun)})\b", text):
                words = mt.group("n").split()
                if not actor_named(self.m.cb, mt.group("n")) and not {w.lower() for w in words} & self.demonyms \
                        and not all(is_word(w.lower()) for w in words):
                    add(mt.start("n"), mt.end("n"), "media")
        for mt in re.finditer(r"\btold\s+(?P<n>The\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})", text):
            add(mt.start("n"), mt.end("n"), "media")
        # "told Kommersant", "in an interview with Izvestia", "quoted by Vedomosti": one name, no English word,
        # that is told, interviews or quotes is a medium (a person is named in full first, and a known one is taken already)
        for mt in re.finditer(r"\b(?:told|interview\s+with|(?:quoted|cited)\s+by)\s+(?P<n>[A-Z][a-z]+(?:[A-Z][a-z]+)?)(?![\w’'-]|\s+[A-Z])",
                              text):
            if not is_word(mt.group("n").lower()):
                add(mt.start("n"), mt.end("n"), "media")
        # a press review's outlets: "Al-Watan reported that", "Al-Quds Al-Arabi quoted a source as saying", "Lebanon's
        # Al-Akhbar wrote that": a name in the Arabic press's "Al-" form that reports, quotes, cites or writes
        for mt in re.finditer(r"(?<![\w’'-])(?P<n>(?:Al|Ad|Ash|As|An|Ar|At)-[A-Z][a-z]+(?:\s+(?:Al-)?[A-Z][a-z]+){0,2})"
                              r"(?:,\s+[a-z]+,)?\s+(?:has\s+|had\s+)?(?:reported|reports|wrote|writes|quoted|cited|said)\b",
                              text):
            bare = re.sub(r"^\w+-", "", mt.group("n"))
            if re.search(rf"\b[A-Z][a-z]+\s+(?i:(?:al|el|ad|ash|as|an|ar|at)-){re.escape(bare)}\b", text):
                continue  # "Obaida al-Khatib ... Al-Khatib said": a person's surname, no outlet
            add(mt.start("n"), mt.end("n"), "media")
        # "Bloomberg has since reported", "Izvestia writes", "Kommersant, citing two sources, reports": one name that
        # reports, or writes in the present, citing its source or not, is a medium; not an English word, a known
        # actor, a titled name ("Mr Haddad writes") nor a surname the text gives in full ("Columnist Sami Haddad ...
        # Haddad writes"); "wrote" and "said" are also a person's ("In his memoirs, Primakov wrote")
        for mt in self.medium_reports.finditer(text):
            name = mt.group("n")
            full = re.search(rf"\b[A-Z][a-z]+\s+{re.escape(name)}\b", text)
            titled = re.search(rf"\b{self.offices}\.?\s+$", text[max(0, mt.start() - 16):mt.start()])
            if not is_word(name.lower()) and not actor_named(self.m.cb, name) and not titled \
                    and not (full and self._is_name(full.group(0).split())):
                add(mt.start("n"), mt.end("n"), "media")
        # "Rossiya 24 TV said", "Channel 4 News reported": a name, numbers in it too, that ends in a medium's word
        # and speaks (without the words before it: "Yesterday Rossiya 24 TV reported")
        for mt in self.medium_named.finditer(text):
            start, words = mt.start("n"), mt.group("n").split()
            while len(words) > 2 and words[0] not in self.media_words and is_word(words[0].lower()):
                start = text.index(words[1], start + len(words[0]))
                words = words[1:]
            if not any(w.lower() in self.titles or w.lower() in self.stop for w in words):
                add(start, mt.end("n"), "media")
        # "Vedomosti, a business daily, reported", "Rybar, a Telegram channel with a million subscribers, said": a
        # name set off by a noun only a medium has, as the apposition's head (not "a newspaper columnist", "the
        # agency said", "UNRWA, the UN refugee agency", "an aid network": cues.yaml media_only_nouns)
        for mt in self.medium_apposed.finditer(text):
            if not actor_named(self.m.cb, mt.group("n")) and not all(is_word(w.lower()) for w in mt.group("n").split()):
                add(mt.start("n"), mt.end("n"), "media")
        # "Latakia Logbook (about 210,000 subscribers) posted ...", "Northern Wind 47 (roughly 90,000)": a name and
        # its audience in brackets (a bare count, where the text counts subscribers or followers elsewhere)
        audience = re.search(r"\b(?:subscribers|followers)\b", text) is not None
        for mt in self.MEDIUM_AUDIENCE.finditer(text):
            titled = re.search(r"([A-Za-z-]+)[ \t]+$", text[max(0, mt.start() - 30):mt.start()])
            if titled and (titled.group(1).lower() in self.titles | {"blogger", "influencer", "vlogger"}
                           or titled.group(1).lower() in self.demonyms):
                continue  # "activist Omar Roe (over 500,000 followers)", "blogger Yuri Roe (3 million subscribers)"
            if (mt.group("who") or audience) and not actor_named(self.m.cb, mt.group("n")) \
                    and not self._is_place(mt.group("n")) \
                    and (int(re.sub(r"\D", "", mt.group("count")) or 0) >= 1000 or mt.group("scale")):
                add(mt.start("n"), mt.end("n"), "media")  # (a bare "(41)" is an age)

    def _turns_and_residents(self, st: _Detection) -> None:
        """A transcript's speakers by their turn labels, and residents named by one name."""
        text, add, actors = st.text, st.add, st.actors
        for mt in self.GIVEN_NAME.finditer(text):
            if mt.group("n").lower() not in self.stop and not actor_named(self.m.cb, mt.group("n")):
                role = re.sub(r"^(?:[Aa]|[Aa]n)\s+", "", mt.group("d") or "").strip()
                pid = add(mt.start("n"), mt.end("n"), "person", role=role, method="declared")
                if pid and mt.group("d"):
                    add(mt.start("d"), mt.end("d"), "person", actor=pid)  # ("A baker, who ..., said": the subject)
        # a transcript's turn label ("Karim Nassar: ...", a parliament's "Dr Jane Roe (Leeds North) (Lab): ..."),
        # in a text whose questions are labelled too, or where three turns or more are so labelled
        labels = "|".join(re.escape(w) for w in sorted(self.m.cb.question_labels))
        turns = [mt for mt in re.finditer(rf"^[ \t]*(?P<h>(?:{self.honorifics}|Sir|Dame|Lord|Lady)\.?\s+)?"
                                          rf"(?P<n>{_TOKEN}(?:\s+{_TOKEN}){{1,3}})(?P<b>(?:[ \t]*\([^()\n]{{1,60}}\)){{0,3}})"
                                          rf"[ \t]*:[ \t]+(?=\S)", text, re.MULTILINE)
                 if self._is_name(mt.group("n").split())]
        if len(turns) >= 3 or re.search(rf"^[ \t]*(?i:{labels})\b[^:\n]{{0,30}}:", text, re.MULTILINE):
            for mt in turns:
                if mt.group("n").lower() not in self.link_labels:  # (not "Read More:")
                    add(mt.start("n"), mt.end("n"), "person")
        # a question's label that names who asks ("QUESTION (Jane Roe, Radio Orient):", "Question (Roe):"): a person
        for mt in re.finditer(rf"^[ \t]*(?i:{labels})[ \t]*\((?P<n>{_TOKEN}(?:[ \t]+(?:{_TOKEN}|[A-Z]{{2,4}}))"
                              rf"{{0,3}})[ \t]*"
                              rf"(?:,[^()\n]{{0,60}})?\)[ \t]*:", text, re.MULTILINE):
            words = mt.group("n").split()
            if any(w in self.media_words or w.isupper() and len(w) <= 3 and w != words[0] for w in words) \
                    and not actor_named(self.m.cb, mt.group("n")):
                add(mt.start("n"), mt.end("n"), "media")  # ("QUESTION (Radio Orient):", "(Levant Business Review)",
                # "(Al-Madar FM)": the medium that asks)
            elif self._is_name(words) and not actor_named(self.m.cb, mt.group("n")):
                add(mt.start("n"), mt.end("n"), "person")
        self._capital_turns(text, add, actors)
        self._line_turns(text, add)
        self._label_names(text, add)
        self._cast_lists(text, add)
        self._role_labels(text, add)
        self._capital_names(text, add, actors)
        # a resident named by one name, introduced by an age or a description before a speech verb ("Abu Mohammad,
        # 56, a vegetable seller, is not reassured", "Hassan, a farmer from Istamo, said"): a person; after a
        # quotation's verb also a name that is a word ('," wrote Maya, an Idlib-based teacher')
        for mt in [*self.ONE_NAME.finditer(text), *(m for m in self.SAID_ONE_NAME.finditer(text)
                                                     if self._speaks(m.group("v")))]:
            name, role = mt.group("n"), (mt.group("role") or "").strip()
            if (mt.group("age") and (not role or self._of_a_person(role))
                    or role and self._of_a_person(role) and self._speaks(mt.group("v"))) \
                    and (not is_word(name.lower()) or mt.re is self.SAID_ONE_NAME and role) \
                    and name.lower() not in self.stop \
                    and not re.search(rf"[A-Z][\w’'-]+[ \t]+{re.escape(name)}(?![\w-])", text):  # (a surname of
                # someone named in full elsewhere, "Sedykh, 67, said", is found with the full name)
                add(mt.start("n"), mt.end("n"), "person", role=role)

    def _persons(self, st: _Detection) -> None:
        """Persons: capitalised runs of words a title, an apposition or a speech verb marks as a name."""
        text, index, known, titles = st.text, st.index, st.known, st.titles
        add, actors, taken, displaced = st.add, st.actors, st.taken, st.displaced
        # persons: a capitalised run of 2-6 words, checked against titles before and appositions after
        for mt in re.finditer(rf"{_TOKEN}(?:[ \t]+(?:[A-Z]\.[ \t]+)?{_TOKEN}){{1,8}}", text):  # ("Geir O. Pedersen")
            s0, e0 = mt.span()
            words = mt.group(0).split()
            if words[0] == "By" and re.fullmatch(r"[ \t]*", text[text.rfind("\n", 0, s0) + 1:s0]):
                continue  # "By Pavel Lindqvist, 10 February 2026": the byline's author, who is the text's own voice
            if words[0] == "The" and len(words) > 2 and words[-1] in self.media_words:
                s0, words = s0 + re.match(r"The\s+", mt.group(0)).end(), words[1:]  # "The Tehran Times reported":
                # the article opens the sentence
            if words[-1] in self.media_words and len(words) <= 4 and not any(w.lower() in self.titles for w in words) \
                    and re.search(r"\b(?:the|The)\s+$", text[max(0, s0 - 4):s0]):
                self._displace_states(st, s0, e0)  # "told the Tehran Times": a capital in its name is no state
                add(s0, e0, "media")  # "told the Associated Press": a name that ends in a medium's word
                continue
            trimmed = self._trim(text, s0, e0)
            if trimmed is None or _title_case(text, titles, s0):
                continue  # (a headline in title case, "Transition Remains Fragile, Envoy Tells Council": no names)
            s, e = trimmed
            sent_lo = index[0][max(0, index[0].searchsorted(s, side="right") - 1)] if len(index[0]) else 0
            role = self._role_before(text, s, max(sent_lo, s - 160), e)
            after = text[e:e + 140]
            age = re.match(r",\s*\d{1,3}(?=,)", after)  # "Samer Youssef, 44, a former teacher, said": the age aside
            after = after[age.end():] if age else after
            appos = re.match(r",\s+(?:(?:a|an|the|its|his|her)\s+)?(?P<role>" + APPOSITION_CHAR
                             + r"{3,130}?)(?:,(?!\d)|\.(?!\d)|$|\s+(?:said|told|says|"
                             r"added|who))", after)  # (not a number's comma: "with 380,000 followers")
            named_next = appos and self._names_other(appos.group("role"))
            # (", Deputy Minister Mikhail Bogdanov": the title of the next person, no apposition of this run)
            facility = text[s:e].split()[-1].lower() in FACILITY_HEADS and appos is not None \
                and len(appos.group("role")) > 90  # ("Mouhajireen Palace, the president's official residence in ...
            # for decades,": a place described at length, no person; "Paul Port, a Syria analyst," is one)
            if not role and appos and not named_next and not facility and (any(
                    w.lower() in self.titles for w in re.findall(r"[\w’'-]+", appos.group("role"))[:4]
                    if not re.search(r"[’']s$", w)) and not re.search(r"\b(?:of|in)\s+(?:which|whom)\b",
                                                                     appos.group("role")[:40])
                    or re.match(r"\d{1,3}-year-old\s", appos.group("role")) and self._of_a_person(appos.group("role"))
                    or self._of_a_person(appos.group("role"), reach=2) and not self._is_place(text[s:e])
                    and text[s:e].split()[-1] not in self.org_words and not re.search(
                        r"\b(?:[Ii]n|[Nn]ear|[Oo]utside|[Ff]rom|[Aa]t|[Tt]o|[Oo]f|[Ii]nside|[Aa]round)\s+$", text[max(0, s - 9):s])):
                # ("In Deir Hafer, a teacher said": a place; "Ugarit Holding, the owner of ...": a firm)
                # ("X, a 44-year-old crane operator"; not "a 100-year-old landmark")
                role = appos.group("role").strip()
            who = re.match(r",\s+who\s+", after)
            quoted_as = re.match(r",?\s+as\s+saying\b", after) is not None and self._is_name(text[s:e].split()) \
                and not is_word(text[s:e].split()[-1].lower())  # ("the daily quoted the customs chief, Samir Khoury,
            # as saying": one quoted as saying is a person; not "quoted Marine Traffic as saying", words of a trade)
            career = CAREER.match(after) if not role else None  # "Jane Roe served as a diplomat in Oslo": a post held
            if career and re.findall(r"[\w-]+", career.group("role"))[-1].lower() in self.titles:
                role = career.group("role").strip()  # (its head a title: not "served as a major supplier")
            inverted = re.search(r"[,”\"]\s*(?P<v>[a-z]+)\s+$", text[max(0, s - 20):s])  # '"...," said Jane Roe'
            inverted = inverted is not None and self._speaks(inverted.group("v")) and re.match(
                r"\s*(?:\([^()]{1,40}\)\s*)?(?:[,.;]|$)|\s+(?:of|from|at)\s+(?:a|an|the)\s", after)  # (also
            # '"...," said Jane Roe (LDPR).', '"...," said Jane Roe of a Berlin think tank.')
            opened = opens_apposition(text, s, self.speech_lemmas)  # (", orientalist Jane Roe, cautioned that": an
            # apposition that ends on the name; not "the Ministry of Energy and Natural Resources,")
            named_body = text[s:e].split()[-1] in self.org_words  # "Sinara Holding agreed", "led by Cham Wings"
            verb = r"\s+(?:(?:had|has|also|later|then|further)\s+|(?P<passive>(?:was|were)\s+)(?=(?:quoted|cited)\b)|" \
                   r"(?P<aux>(?:would|will|could|did|does|can)\s+(?:not\s+|never\s+)?))?(?P<v>\w+)"  # ("Jane Roe was
            # quoted as saying", "Jane Roe would not say"; '"...," Jane Roe had told
            # viewers', "Jane Roe cautioned that"): any speech verb's past form speaks
            tries = [re.match(r"(?:,(?P<ap>" + APPOSITION_CHAR + r"{3,120}),)?" + verb, after)] + (
                [re.match("," + verb, after)] if opened else [])
            speaking = lambda m: m and (self._speaks(m.group("v"), self.speaking_lemmas) or m.group(  # noqa: E731
                "aux") and lemma(m.group("v")) in self.speaking_lemmas or m.group("passive") and re.match(
                r"[^.;:]{0,60}?\bas\s+(?:saying|telling|stating|describing|calling|warning)\b", after[m.end():]))
            # ("was quoted by Al-Watan as saying": a person who spoke; not "was cited as the main area")
            after_in = re.search(r"(?<![\w-])in\s+$", text[max(0, s - 12):s]) is not None  # "the embassy in Tel
            # Aviv did not respond": a place after "in", its body speaks
            speaks = None if named_body or after_in else next((m for m in tries if speaking(m)), None)  # (a body's
            # name that speaks, "Sinara Holding said", is no person)
            if speaks and "ap" in speaks.re.groupindex and speaks.group("ap") and self._names_other(speaks.group("ap")):
                speaks = None  # "X, Deputy Minister Oleg Varnavin, said": he speaks, not X
            affiliation_of = ""
            # "Amar Bendjama (Algeria), speaking for ...": a name, then the country or body it speaks for in brackets
            bracket = re.match(r"\s*\((?P<org>(?:A\s+)?[A-Z][a-z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}|[A-Z]{2,6})\)"
                               r"(?=\s*[,;:.]|\s+[a-z]+\b)", after) \
                if not named_body and not role and self._is_name(text[s:e].split()) else None
            if bracket and bracket.group("org").isupper() and all(is_word(w.lower()) for w in text[s:e].split()):
                bracket = None  # "Doctors Without Borders (MSF)": a body of common words and its acronym, no person
            if bracket and SequenceMatcher(None, bracket.group("org").lower(),
                                           re.sub(r"^\w+-", "", text[s:e].split()[-1]).lower()).ratio() > 0.6:
                bracket = None  # "Abu Mohammed al-Julani (Jolani)": another spelling of the name, no body
            if bracket:  # (a place in brackets, "Omar Khaled (Idlib)", says where he is from, not whom he serves)
                state = actor_named(self.m.cb, bracket.group("org"), "state")
                place = not state and (self._is_place(bracket.group("org")) or re.match(r"\s*:", after[bracket.end():]))
                role, affiliation_of = ("", state) if state else ("", "-") if place else (bracket.group("org"), "-")
                # (a label "Jane Roe (Reuters):" says whose reporter she is, no role of hers)
            member = None if named_body or role or not self._is_name(text[s:e].split()) else MEMBER_OF.match(after)
            says = lambda m: m and self._speaks(m.group("v"), self.speech_lemmas | self.naming_lemmas,  # noqa: E731
                                                ("ed", "s"))
            # (any tense of any speech verb: "said", "told", "argued", "called")
            if member and not (says(re.match(verb, after[member.end():]))  # "Viktor Zelenin of United Russia
                               or says(re.match(r",(?P<ap>" + APPOSITION_CHAR + r"{3,90})," + verb,
                                                after[member.end():]))):
                member = None  # said", "Jane Roe of the LDPR, a retired colonel, argued": a member of a body speaks
            if member:
                body = self._member_body(text, e + member.start("org"), e + member.end("org"), known, taken, add,
                                         displaced)
                role = role or (member.group("org") if not body else "")
                affiliation_of = body or "-"
            led = not named_body and re.search(rf"\b(?:led|headed|chaired)\s+by\s+(?:(?:{self.honorifics})\.?\s+)?$",
                                               text[max(0, s - 20):s])  # "a delegation headed
            # by Vadim Kulikov": who leads a body is a person (a state leading it is known already)
            honoured = not named_body and re.search(rf"(?<![\w.])(?:{self.honorifics})\.?[ \t]+$",
                                                    text[max(0, s - 8):s])
            # ("Sen. Jane Roe, the ranking Democrat, pressed for relief": a courtesy title is a person's)
            if text[s:e].split()[-1] in self.media_words:  # "the Financial Times": a medium
                add(s, e, "media")
            elif role or who or honoured or inverted and not named_body and not self._is_place(text[s:e]) or led \
                    or speaks or member \
                    or bracket or quoted_as and not named_body:  # (a body or a place named after the verb is no
                # person: "said Latakia Port")
                given = next((k for k in known if (k.start, k.end) in taken and k.start == s and k.end < e), None)
                if given is not None and role and len(text[s:e].split()) in (2, 3) and not re.search(
                        r"\b(?:to|for|of|in)\s+$", text[max(0, s - 5):s]) and getattr(
                        self.m.cb.actors.get(given.actor_id), "type", "") == "state":
                    taken.remove((given.start, given.end))  # "Defense Minister Israel Katz": a title, then a
                    displaced.append((given.start, given.end))  # given name that is also a state's
                pid = add(s, e, "person", role)
                if (member or bracket) and pid in actors and actors[pid].role == role:  # "Irina Volkova of Russia":
                    actors[pid].affiliation = affiliation_of.strip("-")  # that state's; a party's member speaks for none

    def _titled_surnames(self, st: _Detection) -> None:
        """A capitalised title right before one capitalised name that is no word, place or known actor ("Defence
        Minister Belousov (MoD)", "Finance Minister Siluanov said"): a person named by surname, the title its role."""
        text = st.text
        for mt in re.finditer(r"(?<![\w-])(?P<t>(?:[A-Z][a-z]+[ \t]+){0,3}(?P<h>[A-Z][a-z]+))[ \t]+"
                              rf"(?P<n>[A-Z][a-z’'-]{{2,}})(?![\w’'-])(?![ \t]+(?:[A-Z]|(?:{ARABIC_ARTICLE}|bin|ibn|"
                              r"abu|de|van|von|da|du|le|la)[-\s]))", text):  # (not a first name: "Asaad ash-Shibani")
            words = mt.group("t").split()
            name = mt.group("n")
            if mt.group("h").lower() not in self.titles or not all(w.lower() in self.title_vocab for w in words) \
                    or is_word(name.lower()) or name.lower() in self.stop or actor_named(self.m.cb, name) \
                    or self._is_place(name) or name in self.media_words | self.org_words:
                continue
            st.add_everywhere(mt.start("n"), mt.end("n"), "person", role=mt.group("t"))

    def _speaking_surnames(self, st: _Detection) -> None:
        """A surname that speaks names the person introduced in full earlier."""
        text, add, actors, taken = st.text, st.add, st.actors, st.taken
        # a surname that speaks ('"...," said Youssef', "Youssef added") names the person introduced earlier in full
        # with no title or speech verb ("Samer Youssef, a former teacher, spent nine nights ...")
        forms = "|".join(sorted(self.speech_forms, key=len, reverse=True))
        for mt in re.finditer(rf"[,”\"]\s*(?:{forms})\s+(?P<a>[A-Z][a-z’'-]+)(?![\w’'-]|\s+[A-Z])|"
                              rf"(?<![\w’'-]\s)(?<![\w’'-])(?P<b>[A-Z][a-z’'-]+)\s+(?:{forms})\b", text):
            word = mt.group("a") or mt.group("b")
            if word.lower() in self.stop or actor_named(self.m.cb, word) or any(
                    word in a.aliases or any(al.endswith(" " + word) for al in a.aliases) for a in actors.values()):
                continue
            full = [f for f in re.finditer(rf"(?<![\w’'-]){_TOKEN}(?:\s+{_TOKEN})?\s+{re.escape(word)}(?![\w’'-])",
                                           text, 0) if f.end() <= mt.start() and self._is_name(f.group(0).split())]
            full = [f for f in full if not self._overlaps(f.start(), f.end(), taken) and not self._is_place(f.group(0))]
            if full:
                f = full[0]
                appos = re.match(r",\s+(?:\d{1,3},\s+)?(?:a|an|the)\s+(?P<role>" + APPOSITION_CHAR + r"{3,60}?)(?=,)",
                                 text[f.end():])
                add(f.start(), f.end(), "person", appos.group("role").strip() if appos else "")

    def _alias_frames(self, st: _Detection) -> None:
        """One actor, two names ("also known as ...")."""
        doc_id, text, index, known = st.doc_id, st.text, st.index, st.known
        actors, found, taken = st.actors, st.found, st.taken
        # one actor, two names: "also known as Abu Mohammed al-Jolani"
        for mt in self.alias_frame.finditer(text):
            before = [x for x in known + found if x.end <= mt.start() and mt.start() - x.end < 80
                      and (self.m.cb.actors.get(x.actor_id) or actors.get(x.actor_id))]
            if not before:
                continue
            owner = before[-1].actor_id
            a_s, a_e = mt.span("alias")
            if self._overlaps(a_s, a_e, taken) and not any(x.start == a_s for x in found):
                continue
            sid = sent_at(index, a_s)
            if sid >= 0:
                found.append(Mention(doc_id, a_s, a_e, sid, text[a_s:a_e], owner, "declared"))
                taken.append((a_s, a_e))
                if owner in actors and text[a_s:a_e] not in actors[owner].aliases:
                    actors[owner].aliases.append(text[a_s:a_e])

    def _every_use(self, st: _Detection) -> None:
        """Every later use of a detected actor's name, and of a person's surname."""
        doc_id, text, index = st.doc_id, st.text, st.index
        actors, found, taken = st.actors, st.found, st.taken
        # every use of a detected body's or medium's name, as written ("Kommersant's sources said" besides "told
        # Kommersant"; not "the national army" for "The National")
        # (and of a detected person's full name: "Hassan Omar, the shopkeeper, was ..." after "said Hassan Omar")
        for aid, a in actors.items():
            for al in _named_forms(a):
                for am in alias_pattern(al).finditer(text):
                    if am.group(0) in a.aliases and not self._overlaps(*am.span(), taken) \
                            and sent_at(index, am.start()) >= 0:
                        found.append(Mention(doc_id, am.start(), am.end(), sent_at(index, am.start()), am.group(0),
                                             aid, "detected"))
                        taken.append(am.span())

        # later bare surnames of detected persons ("Koush added"); of a two-word name, the first word too when no
        # other name holds it and it stands alone after the full name ("Guo Jiakun ... Guo said": surname first)
        words_of = Counter(w for a in [*actors.values(), *self.m.cb.actors.values()] for al in a.aliases
                           for w in re.split(r"\s+", al))
        for aid, a in actors.items():
            if a.type != "person":
                continue
            parts = re.split(r"\s+", a.aliases[0])
            first_seen = min((x.start for x in found if x.actor_id == aid), default=len(text))
            alone = len(parts) == 2 and words_of[parts[0]] == 1 and parts[0].lower() not in _STOP | MODALS  # (not
            # "April" of "April Jones", nor "Will" of "Will Jones": words of their own too)
            forms = [(parts[-1], False)] + ([(parts[0], True)] if alone else [])
            for form, alone in forms:
                self._bare_mentions(doc_id, text, index, aid, a, form, alone, first_seen, found, taken)

    def _bare_mentions(self, doc_id: str, text: str, index: tuple, aid: str, a: Actor, last: str, alone: bool,
                       after: int, found: list[Mention], taken: list) -> None:
        """Mentions of a detected person by one word of the name (``alone``: only after the full name and not
        followed by another capitalised word, which would begin another person's name)."""
        for am in alias_pattern(last).finditer(text):
            if alone and (am.start() < after or re.match(r"\s+[A-Z]", text[am.end():am.end() + 3])):
                continue
            s, e = am.span()
            named = text[s].isupper() or re.match(r"(?:al|el|ash|as|ad|an|ar|at|az)-[A-Z]", text[s:e])  # "al-Nouri"
            if not self._overlaps(s, e, taken) and sent_at(index, s) >= 0 and named:
                found.append(Mention(doc_id, s, e, sent_at(index, s), text[s:e], aid, "detected"))
                taken.append((s, e))
                if text[s:e] not in a.aliases:
                    a.aliases.append(text[s:e])
