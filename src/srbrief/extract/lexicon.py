"""Tokens with offsets and lemmas, and matching of cue phrases by lemma.

Cue words live in the codebook once, in their base form: ``urge`` matches "urged", "urges"
and "urging"; ``call for`` matches "called for" and "calling for"; ``hand ~ over`` allows up to
three words between ("hand Assad over"). Lemmas come from ``simplemma`` (pure Python, offline).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?[A-Za-z]*(?![\w,])|\d+\.\d+|"  # "25,000", "27,000t", "1.5": one
                   # number (with its unit), no clause break
                   r"[A-Za-z]+(?=n[’']t\b)|n[’']t\b|"  # "didn't": "did" and "n't", a negation of its own
                   r"[A-Za-zÀ-ÖØ-öø-ž0-9]+(?:[’'][A-Za-z]+|-[A-Za-zÀ-ÖØ-öø-ž0-9]+)*|[^\w\s]")
#: An abbreviation's period ("the U.S. envoy", "since Dec. 8", "Mr. Lavrov"): it ends no phrase or clause.
ABBREVIATION = (r"\b(?:[A-Z]|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|Prof|St|Gen|Col|Lt|Sen|Rep|"
                r"Amb|Gov|No|Jr|Sr)\.")


def unabbreviated(text: str) -> str:
    """``text`` with each abbreviation's period read as a space, the offsets kept ("On Oct. 15," -> "On Oct  15,")."""
    return re.sub(ABBREVIATION, lambda m: m.group(0)[:-1] + " ", text)


def plural_source(aid: str) -> bool:
    """Does an unnamed source's id name several ("unnamed_officials", "unnamed_people_familiar"), not one?"""
    return aid.endswith("s") or re.search(r"_people(?:_|$)", aid) is not None


def ascii_fold(text: str) -> str:
    """Letters beyond ASCII folded to their base ("Aktaş" -> "Aktas", "Türkiye" -> "Turkiye"), for ids."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def id_slug(text: str) -> str:
    """An id made of a text's words: lower-case ASCII letters and digits, joined by "_" ("Türkiye analysts" ->
    "turkiye_analysts")."""
    return re.sub(r"[^a-z0-9]+", "_", ascii_fold(text).lower()).strip("_")


#: One character of an apposition or a role, an abbreviation's period included ("a diplomat posted to the U.S."), and
#: a number's comma or point ("a commentator with about 380,000 followers", "1.2 million").
APPOSITION_CHAR = rf"(?:{ABBREVIATION}|(?<=\d)[,.](?=\d)|[^,.;])"
#: a transcript's turn: a paragraph opened by a short label and a colon ("Maria Zakharova: ...", "Question: ...")
#: A dash that ends a label (no second dash answers it in the line: "Sergei Lavrov — minister since 2004 — said").
LABEL_DASH = r"(?P<dash>[ \t][—–])(?![^\n]*[ \t][—–][ \t])"
TURN_LABEL = re.compile(r"(?P<label>[^\W\d][^\s:;,.!?]*\.?(?:[ \t]+[^\s:;!?—–]+){0,15}?)[ \t]*(?::|" + LABEL_DASH
                        + r")[ \t]+(?=\S)")
# (a first word may be abbreviated: "SEN. JANE ROE (D-NH):", "Dr. Roe:"; a dash ends one too, in a roundup's "Jane
# Roe, analyst — ...", never one that opens an aside a second dash closes: "Sergei Lavrov — foreign minister since
# 2004 — told reporters")


def dash_labels(text: str, starts) -> bool:
    """Do two paragraphs or more open with a label and a dash (a roundup: "Jane Roe, analyst — ...")? Only then is a
    dash a label's end; one such paragraph is a sentence with a dash in it."""
    return sum(1 for s in starts if (m := TURN_LABEL.match(text, s)) and m.group("dash")) >= 2


def turn_label(text: str, s0: int, dashed: bool) -> re.Match | None:
    """The turn label opening the text at ``s0`` ("Jane Roe: ..."); one ending in a dash only in a text whose
    paragraphs open so (``dashed``: dash_labels)."""
    lm = TURN_LABEL.match(text, s0)
    return lm if lm and (dashed or not lm.group("dash")) else None

#: The Arabic article, in its transliterations, before a name ("al-Assad", "ash-Sharaa")
ARABIC_ARTICLE = r"(?:al|el|ash|as|ad|an|ar|at|az|ath|adh)"
#: Words after which an -ing form is a noun or an adjective ("his closing remarks"), not a gerund ("of closing it").
DETERMINERS = {"the", "a", "an", "his", "her", "its", "their", "our", "my", "this", "these", "those", "whose",
               "such", "any", "no", "'s", "’s"}  # (not "that": "said that ending the presence ...")
#: A word after one of these is a noun ("at the request of", "his call for", "the EU's decision"), not a verb.
NOUN_MARKERS = {"the", "a", "an", "his", "her", "its", "their", "our", "my", "this", "that", "these", "those", "of",
                "at", "with", "in", "whose", "such", "any", "no", "all", "many", "some", "several", "both", "other",
                "'s", "’s"}
_ARTICLE_BEFORE_NAME = re.compile(rf"(?i:{ARABIC_ARTICLE})-(?=[A-Z])")
POSSESSIVE = re.compile(r"'s$")
#: Forms simplemma lemmatises to an archaic or wrong entry of its dictionary ("thanked" -> "thanke",
#: "developed" -> "develope") or keeps as a noun where the verb is meant ("warning that ...", "he thought
#: that ..."), found by checking every verb cue's inflections (tests/test_codebook.py). An -ing form after a
#: determiner keeps its noun reading (``tokens``: "a warning", "his closing remarks").
LEMMA_CORRECTIONS = {"thanked": "thank", "thanking": "thank", "developed": "develop", "thinking": "think",
                     "proclaiming": "proclaim", "remains": "remain", "warning": "warn", "writing": "write",
                     "thought": "think", "closing": "close", "ending": "end", "freezing": "freeze", "funding": "fund",
                     "financing": "finance"}  # (the -ing forms simplemma takes for nouns: "avoided closing the base")


#: Words after a verb that make it another phrasal verb ("call for", "call on", "call off", "call back").
VERB_PARTICLES = {"for", "on", "off", "up", "back", "in", "out", "upon", "to", "into", "at", "by"}


def names_something(toks: list["Token"], i: int, named: list[tuple[int, int]], pronouns: set[str]) -> bool:
    """Is the verb at token ``i`` one of naming ("called the talks constructive", "dubbed it a
    success", translated "Called he also the elections a success")? An inflected verb, not a noun
    ("a phone call", "the first call between"),
    not a phrasal verb ("called for"), not a verb whose object is a name ("called Putin": he
    phoned him) or a lone pronoun ("called him on Monday"); ``named`` are the sentence's name spans."""
    if toks[i].lower == toks[i].lemma:  # "the first call between ...": a verb of naming is inflected
        return False
    if i > 0 and (toks[i - 1].lower in NOUN_MARKERS or toks[i - 1].lower in ("phone", "telephone", "video", "so", "-")):
        return False
    j = i + 1
    if j >= len(toks) or toks[j].lower in VERB_PARTICLES or not toks[j].text[:1].isalpha():
        return False
    if any(a <= toks[j].start < b for a, b in named):
        return False
    if toks[j].lower in pronouns:  # "called it a success", "called him a traitor": a complement follows
        return any(t.lower in ("a", "an", "the") for t in toks[j + 1:j + 4])
    return True


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """The lemma of a lowercase word ("urged" -> "urge"); hyphenated words keep their form."""
    import simplemma

    if "-" in word:  # "re-evaluating" -> "re-evaluate": the last part carries the inflection
        head, _, tail = word.rpartition("-")
        return f"{head}-{lemma(tail)}" if tail.isalpha() else word
    if not word.isalpha():
        return word
    if word in LEMMA_CORRECTIONS:
        return LEMMA_CORRECTIONS[word]
    found = simplemma.lemmatize(word, lang="en").lower()
    if found.endswith("ll") and word.endswith(("lled", "lling")):  # British spelling doubles the l: "signalled",
        single = re.sub(r"ll(ed|ing)$", r"l\1", word)  # "cancelling" are "signaled", "canceling": signal, cancel
        if simplemma.lemmatize(single, lang="en").lower() == found[:-1]:
            return found[:-1]
    return found


#: Common irregular past forms (what "-ed" does not spell).
IRREGULAR_PAST = {"told", "said", "met", "made", "took", "gave", "came", "went", "held", "saw", "spoke", "wrote",
                  "sent", "left", "flew", "led", "was", "were", "had", "became", "began", "won", "lost", "fled", "fell",
                  "rose", "chose", "drove", "broke", "brought", "thought", "sought", "paid", "laid", "struck", "stood"}


def past_form(word: str) -> bool:
    """A verb's past form: a common irregular one, or a regular one (an "-ed" word whose lemma differs: "agreed",
    "signed", not "need", "proceed")."""
    return word in IRREGULAR_PAST or word.endswith("ed") and lemma(word) != word


def is_word(word: str) -> bool:
    """Is a lowercase word in the English dictionary ("officials", "moscow"), not only a name ("bloomberg")?"""
    import simplemma

    return simplemma.is_known(word, lang="en")


def is_adverb(word: str) -> bool:
    """Is a lowercase word an adverb in -ly made from a word of four letters or more ("reportedly", "publicly",
    "happily"), not a noun that ends so ("ally", "family", "assembly", "supply")?"""
    return word.islower() and word.endswith("ly") and (
        len(word) >= 6 and is_word(word[:-2]) or word.endswith("ily") and len(word) >= 7 and is_word(word[:-3] + "y")
        or word.endswith("ically") and is_word(word[:-4]))  # ("basically", "specifically")


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    lower: str
    lemma: str


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    out = []
    for m in TOKEN.finditer(text, start, len(text) if end is None else end):
        w = m.group(0)
        low = w.lower().replace("’", "'")
        article = _ARTICLE_BEFORE_NAME.match(w)  # "al-Assad" is matched as "Assad" ("the fate of Assad")
        base = low[article.end():] if article else low
        base = POSSESSIVE.sub("", base)  # "the air base's lease", "Assad's return": the noun's own lemma
        out.append(Token(m.start(), m.end(), w, low, "not" if low == "n't" else lemma(base)))  # ("didn't comment"
        # is "did not comment" to every phrase read by lemma)
    for i, t in enumerate(out):  # the lemmatiser reads "left" as the adjective
        if t.lower == "left" and left_object(out, i) is not None:
            out[i] = Token(t.start, t.end, t.text, t.lower, "leave")
        elif t.lower in LEMMA_CORRECTIONS and t.lower.endswith("ing") and i and out[i - 1].lower in DETERMINERS \
                and not (i + 1 < len(out) and out[i + 1].lower == "of"):  # ("the financing of projects": the act)
            out[i] = Token(t.start, t.end, t.text, t.lower, t.lower)  # "his closing remarks": after a
            # determiner, an adjective or a noun, no act
    return out


#: Words before "left" that make it no verb of leaving ("were left", "the only one left", "on the left").
LEFT_NOT_AFTER = {"be", "is", "are", "was", "were", "been", "being", "the", "a", "an", "on", "to", "by", "only",
                  "still", "little", "nothing", "anything", "far"}
OBJECT_OPENERS = ("the", "its", "their", "his", "her")
#: Common nouns that head a facility after its name ("Qamishli airport", "Tartus port"; not "Aleppo city": "the
#: cuts left Aleppo city with two hours of power" leaves no place).
PLACE_HEADS = {"airport", "airfield", "airbase", "base", "port", "harbour", "harbor"}


def left_object(toks: list["Token"], i: int) -> int | None:
    """Where "left" at ``i`` is the past of "leave", the last token of its object ("troops left the naval base",
    "Assad left Syria"), or ``i`` itself when it has none ("the last troops left on Sunday"); None when it is no
    leaving: after a form of "be", an article or "by" ("were left", "on the left", "the vacuum left by"), or
    with a state it was left in after the object ("left Moscow isolated", "left the city in ruins")."""
    if i == 0 or i + 1 >= len(toks) or toks[i - 1].lower in LEFT_NOT_AFTER:
        return None
    nxt = toks[i + 1]
    if nxt.text[:1].isupper():  # "left Syria", "left Hmeimim Air Base"
        end = i + 1
        while end + 1 < len(toks) and (toks[end + 1].text[:1].isupper() or toks[end + 1].lower in PLACE_HEADS):
            end += 1  # ("left Qamishli airport": a place's common noun after its name)
    elif nxt.lower in OBJECT_OPENERS:  # "left the (naval) base": its words up to a preposition or a stop
        end = i + 1
        while end + 1 < min(len(toks), i + 5) and toks[end + 1].text.isalpha() \
                and toks[end + 1].lower not in PREPOSITIONS | {"and", "or", "after", "before", "when", "as", "last"}:
            end += 1
    elif nxt.lower in ("on", "in", "at", "after", "before", "last", "this") or not nxt.text[:1].isalnum():
        return i  # "left on Sunday", "left."
    else:
        return None  # "left dozens dead"
    after = toks[end + 1] if end + 1 < len(toks) else None
    if after is not None and (after.text.isalpha() and after.text.islower() and after.lower not in PREPOSITIONS
                              | {"and", "or", "after", "before", "when", "as", "last", "this", "early", "late"}
                              or after.lower == "in" and end + 2 < len(toks) and toks[end + 2].text.islower()
                              and toks[end + 2].lower not in ("the", "a", "an", "early", "late", "mid")):
        return None  # "left Moscow isolated", "left the city in ruins"
    return end


@dataclass(frozen=True)
class Match:
    first: int  # token index
    last: int  # token index, inclusive
    start: int  # character offsets
    end: int
    key: str  # the codebook phrase
    group: str  # the lexicon it belongs to


PREPOSITIONS = {"of", "during", "after", "before", "in", "at", "with", "to", "for", "from", "by", "on", "about", "against",
                "between", "toward", "towards", "than", "like", "under", "over", "into"}
#: Modal verbs ("will be dismissed", "Will Jones": a word of its own before a name).
MODALS = {"will", "would", "can", "could", "may", "might", "must", "shall", "should"}

#: A possessive ending, also the bare apostrophe of a name ending in s ("Russia's", "Damascus' demand"); match it
#: with ``POSSESSIVE.match(text, pos)`` on the whole text, so the lookbehind sees the name.
POSSESSIVE_RE = r"(?:['’]s\b|(?<=s)['’](?!\w))"
POSSESSIVE = re.compile(POSSESSIVE_RE)
#: Particles that turn a verb into another one ("send back", "turn down").
PARTICLES = {"back", "out", "up", "down", "off", "away"}
#: Words that end an apposition's lead before a name: it is a clause or a phrase, not a role (", who advises the
#: United Nations, said", ", citing officials,", ", according to X,").
NOT_ROLE_WORDS = {"who", "which", "that", "whom", "whose", "the", "a", "an", "and", "or", "but", "according",
                  "as"} | PREPOSITIONS


def opens_apposition(text: str, pos: int, verbs: frozenset | set = frozenset()) -> bool:
    """Does a comma and at most three role words stand right before ``pos``, opening an apposition on the name
    there ("one of them, orientalist Jane Roe, cautioned")? Not when a word is a participle, a verb of ``verbs``
    or one of NOT_ROLE_WORDS (", visiting Wadi Qandil,", ", who advises the United Nations,")."""
    m = re.search(r",\s*((?:[a-z]+\s+){0,3})$", text[max(0, pos - 40):pos])
    return m is not None and all(not w.endswith(("ing", "ed")) and w not in NOT_ROLE_WORDS and lemma(w) not in verbs
                                 for w in m.group(1).split())


def is_phrasal(toks: list[Token], c: Match) -> bool:
    """A cue verb that is part of another phrasal verb ("write off a debt"): no speech act."""
    return c.last + 1 < len(toks) and toks[c.last + 1].lower == "off"


#: Pronouns whose "'s" is a verb ("it's", "there's"), never an owner.
CONTRACTED = {"it's", "that's", "there's", "here's", "what's", "who's", "he's", "she's", "let's", "where's"}


def is_adjective_like(word: str) -> bool:
    """Could ``word`` modify the noun after it ("repeated", "flat", "new"), rather than be a plural noun that is
    the subject of a verb ("Iran's hardliners reject")?"""
    w = word.lower()
    return not w.endswith("s") or w.endswith(("ss", "ous"))


def is_predicate(toks: list[Token], m: Match) -> bool:
    """Is a one-word cue an adjective that judges ("unacceptable", "impossible"): the speaker's verdict on what
    it follows, no act with a subject of its own?"""
    return m.first == m.last and toks[m.first].lower.endswith(("able", "ible"))


def ends_clause(toks: list[Token], m: Match) -> bool:
    """Does nothing but punctuation follow the match ("Moscow has refused.", "wants him back,"): a verb
    with no object of its own."""
    return m.last + 1 >= len(toks) or toks[m.last + 1].text in ".,;:!?"


class PhraseMatcher:
    """Finds codebook phrases in token lists by lemma; longest match first at each token."""

    GAP = 3  # words allowed for "~" (never punctuation)

    def __init__(self, lexicons: dict[str, list[str]], exact: set[str] = frozenset(), shield: str = "",
                 units: str = ""):
        """``exact``: groups matched by word form, not lemma ("provided that" is a condition,
        "provide" is not). ``shield``: a group whose phrases hold another group's word as part of
        another expression ("ties that date back": no backing); no match on its words is returned, nor is it.
        ``units``: the suffix of groups whose phrases of several words are one term ("asset freeze" of
        ``sanctions:keyword``): a match inside one, of a group with another prefix ("assets", "freeze" of
        ``debts:...``), is no match; the same phrase named by two issues is each one's, and the words of its
        gap ("~") are no part of it."""
        self.index: dict[str, list[tuple[tuple, str, str]]] = {}
        self.exact = set(exact)
        self.shield = shield
        self.units = units
        for group, phrases in lexicons.items():
            for p in phrases:
                norm = (lambda w: w.lower().replace("’", "'")) if group in self.exact else \
                    (lambda w: lemma(w.lower().replace("’", "'")))
                parts = tuple("~" if w == "~" else norm(w) for w in re.findall(r"~|[\w'’-]+", p))
                if parts:
                    self.index.setdefault(parts[0], []).append((parts, p, group))
        for cands in self.index.values():
            cands.sort(key=lambda c: -len(c[0]))

    def _at(self, toks: list[Token], i: int, parts: tuple, exact: bool = False) -> int | None:
        """Index of the last token when ``parts`` matches from token ``i``, else None."""
        j = i
        k = 0
        while k < len(parts):
            p = parts[k]
            if p == "~":
                nxt = parts[k + 1]
                for gap in range(self.GAP + 1):
                    if j + gap < len(toks) and (toks[j + gap].lower if exact else toks[j + gap].lemma) == nxt:
                        j += gap
                        break
                    if j + gap < len(toks) and toks[j + gap].text in ",;:.!?":
                        return None  # the gap stays in its clause: "refused, saying" is no "refused to say"
                else:
                    return None
                k += 1
                continue
            if j >= len(toks) or (toks[j].lower != p if exact else toks[j].lemma != p and toks[j].lower != p):
                return None
            j += 1
            k += 1
        return j - 1

    def find(self, toks: list[Token], groups: set[str] | None = None) -> list[Match]:
        """Every match, non-overlapping within one group, in text order."""
        out = []
        taken: dict[str, int] = {}
        for i, t in enumerate(toks):
            for parts, key, group in self.index.get(t.lemma, []) + (self.index.get(t.lower, [])
                                                                     if t.lower != t.lemma else []):
                if groups is not None and group not in groups and group != self.shield or taken.get(group, -1) >= i:
                    continue
                last = self._at(toks, i, parts, group in self.exact)
                if last is not None:
                    out.append(Match(i, last, t.start, toks[last].end, key, group))
                    taken[group] = last
        if self.shield:
            shields = [m for m in out if m.group == self.shield]
            words = {k for m in shields for k in self._literal(toks, m)}  # the shield's own words, not its gap
            out = [m for m in out if m.group != self.shield and not any(k in words for k in range(m.first, m.last + 1))]
        if self.units:
            prefix = lambda m: m.group.split(":")[0]  # noqa: E731
            terms = [(u, self._literal(toks, u)) for u in out if u.group.endswith(self.units) and u.last > u.first]
            out = [m for m in out if not any(all(k in words for k in range(m.first, m.last + 1))
                                             and prefix(u) != prefix(m) and (u.first, u.last) != (m.first, m.last)
                                             for u, words in terms)]
            # (the same phrase in two issues, "bring ~ to justice", is each issue's; what its gap holds is no part
            # of it, "bring the former president to justice")
        return sorted(out, key=lambda m: (m.start, -m.end))

    def _literal(self, toks: list[Token], m: Match) -> set[int]:
        """The tokens a match's phrase names word for word (not those its "~" skipped)."""
        parts = next(p for p, key, g in self.index.get(toks[m.first].lemma, []) + self.index.get(toks[m.first].lower, [])
                     if key == m.key and g == m.group)
        named = {w for w in parts if w != "~"}
        return {k for k in range(m.first, m.last + 1) if toks[k].lemma in named or toks[k].lower in named}
