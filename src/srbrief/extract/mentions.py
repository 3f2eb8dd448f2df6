"""Mentions of actors the codebook knows, and references resolved by rule.

- Aliases and titles from the codebook, longest match first; a capital used as a place
  ("talks in Moscow") is no mention of its state; "post-Assad" is an adjective, not Assad.
- A known surname after another given name ("Maher al-Sharaa" when the codebook knows
  Ahmed al-Sharaa) is a different person: left for detection.
- A state's adjective before an institution ("the Russian side", "the new Syrian
  authorities") stands for the state.
- References that depend on the story ("the government", "the authorities") resolve to the
  state the story is filed from (its dateline), else to the state last named as acting in the
  paragraph; the method records which (``context``).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..dates import MONTHS, WEEKDAYS
from .codebook import Codebook, actor_named, alias_pattern
from .lexicon import ARABIC_ARTICLE, POSSESSIVE_RE

#: The Arabic article and hyphen right before a word ("ash-" in "ash-Sharaa"), at a word's start.
ARTICLE_BEFORE = re.compile(rf"(?<![\w\-]){ARABIC_ARTICLE}[\-‐]$", re.IGNORECASE)

WORD = re.compile(r"[\w’'-]+")
#: Words for a region of a country before its name ("in northeastern Syria").
REGIONS = {f"{a}{b}ern" for a in ("", "north", "south") for b in ("east", "west")} | {"northern", "southern", "central"}
#: Inside the quoted title of a work ("a hearing titled \"After Assad: ...\""), the quotation still open.
WORK_TITLE = re.compile(r"\b(?:titled|entitled|headlined)\s+[\"“][^\"”]*$")


@dataclass
class Mention:
    doc_id: str
    start: int
    end: int
    sent_id: int
    surface: str
    actor_id: str
    method: str  # alias, title, demonym, context, title-ref, detected, anonymous, pronoun, declared


@dataclass
class Matchers:
    """Compiled patterns of one codebook (built once, reused for every document)."""

    cb: Codebook
    by_first: dict[str, list] = field(default_factory=dict)  # first word -> [(pattern, actor, method, len)]
    place_words: set = field(default_factory=set)
    place_nouns: set = field(default_factory=set)
    source_frame: re.Pattern | None = None  # "according to" ends right before the name: a source, never a place
    view_after: re.Pattern | None = None  # "in Moscow's view": whose view, never a place
    voice_of: re.Pattern | None = None  # "a Syrian official": a demonym before a speaker's noun or title
    institution_words: set = field(default_factory=set)
    places: list = field(default_factory=list)
    institution: re.Pattern | None = None
    body: re.Pattern | None = None
    body_of: re.Pattern | None = None  # "the Central Bank of Syria": a body named after its state
    government: re.Pattern | None = None
    bare_body: re.Pattern | None = None
    named_ref: re.Pattern | None = None  # "the Council": only the body named so ("the Council of the EU")
    medium_kind: re.Pattern | None = None  # what kind of medium follows ("the state [news agency]", "[broadcaster]")
    ruled_by: re.Pattern | None = None  # "<person>('s) government": the body the person heads
    state_words: dict[str, re.Pattern] = field(default_factory=dict)  # state -> its names and adjectives
    given_names: dict[str, set] = field(default_factory=dict)  # actor -> first names in its aliases
    longer_name: re.Pattern | None = None  # what makes a state's name part of a longer one ("Rep. Jim", "South")
    org_heads: str = ""  # the last words of a body's name ("Organization", "Programme"), as a pattern

    @classmethod
    def build(cls, cb: Codebook) -> "Matchers":
        m = cls(cb)
        for a in cb.actors.values():
            for method, forms in (("alias", a.aliases), ("title", a.titles)):
                for form in forms:
                    words = [w.lower() for w in re.findall(r"\w+", form)]
                    keys = {words[0]} | ({words[1]} if words[0] in ("al", "the") and len(words) > 1 else set())
                    keys |= {"united"} if "un" in keys and form.split()[0] in ("UN", "the") else set()  # (spelt out)
                    for k in keys:
                        m.by_first.setdefault(k, []).append((alias_pattern(form), a.id, method, len(form)))
            if a.type == "person":
                m.given_names[a.id] = {re.split(r"[\s-]+", al)[0].lower() for al in a.aliases if len(al.split()) > 1}
        for k in m.by_first:
            m.by_first[k].sort(key=lambda x: (-x[3], x[1], x[2]))
        m.place_words = {w.lower() for w in cb.cues["place_prepositions"]}
        honorifics = "|".join(re.escape(h.rstrip(".")) for h in cb.cues["honorifics"])
        m.org_heads = "|".join(re.escape(w) for w in cb.cues["organisation_name_words"])
        m.longer_name = re.compile(rf"(?:\b(?:{honorifics})\.?[ \t]+[A-Z][a-z]+|\b(?:South|North|East|West))[ \t]+\Z")
        m.place_nouns = {w.lower() for w in cb.cues["place_nouns"]}
        frames = "|".join(r"\s+".join(map(re.escape, f.split())) for f in cb.cues["source_frames"])
        m.source_frame = re.compile(rf"\b(?:{frames})\s+(?:the\s+)?$", re.IGNORECASE)
        views = "|".join(re.escape(w) for w in cb.cues.get("view_nouns", []))
        dems = "|".join(sorted((re.escape(d) for a in cb.actors.values() for d in a.demonyms), key=len, reverse=True))
        voices = "|".join(sorted({re.escape(w.lower()) for w in cb.cues["anonymous_nouns"] + cb.cues["person_titles"]},
                                 key=len, reverse=True))
        m.voice_of = re.compile(rf"\b(?P<d>{dems})\s+(?:[a-z-]+\s+){{0,2}}(?:{voices})s?\b") if dems else None
        m.view_after = re.compile(rf"['’]s?\s+(?:own\s+)?(?:{views})\b", re.IGNORECASE) if views else None
        m.institution_words = {w.lower() for w in cb.cues["institution_nouns"]}
        media = "|".join(sorted((re.escape(w) for w in cb.cues["media_nouns"]), key=len, reverse=True))
        m.medium_kind = re.compile(rf"\s+(?:news\s+|media\b|(?:{media})\b)", re.IGNORECASE)
        m.places = [alias_pattern(p) for p in cb.places]
        dem = "|".join(sorted((re.escape(d) for a in cb.actors.values() for d in a.demonyms), key=len, reverse=True))
        inst = "|".join(sorted((re.escape(w) for w in cb.cues["institution_nouns"]), key=len, reverse=True))
        m.ruled_by = re.compile(rf"{POSSESSIVE_RE}?\s+(?:own\s+)?(?:{inst})(?![\w-])"
                                r"(?!\s+[a-z]+(?:ers|ors|ists|ials|ians|als)\b)", re.IGNORECASE)  # (not "Putin's own
        # military commanders": the noun a modifier of the people who serve it; "Putin's government wants" is his)
        m.institution = re.compile(rf"(?<![\w-])(?:the\s+)?(?:(?:new|current|interim|transitional|former)\s+)?"
                                   rf"(?:(?P<dem>{dem})\s+(?:(?:new|current|interim|transitional)\s+)?(?:{inst})|"
                                   rf"(?P<people>{dem})s)(?![\w-])", re.IGNORECASE) if dem else None
        states = sorted((re.escape(al) + POSSESSIVE_RE for a in cb.actors.values() if a.type == "state"
                         for al in a.aliases if al[:1].isupper() and " " not in al), key=len, reverse=True)
        bodies = "|".join(sorted((re.escape(w) for w in cb.cues["state_bodies"]), key=len, reverse=True))
        m.body = re.compile(rf"(?<![\w-])(?:the\s+)?(?P<who>{dem}|{'|'.join(states)})\s+(?P<b>{bodies})(?![\w-])"
                            r"(?!\s+of\s+(?:the\s+)?(?-i:[A-Z]))"  # ("the Russian presidency of the Security Council":
                            # a term of office, no body)
                            r"(?P<more>\s+and\s+(?-i:[A-Z][a-z]+)(?![\w'’-]))?", re.IGNORECASE) if dem else None
        # ("Syria's Ministry of Economy and Industry": the ministry's full name)
        names = "|".join(sorted((re.escape(al) for a in cb.actors.values() if a.type == "state" for al in a.aliases
                                 if al[:1].isupper()), key=len, reverse=True))
        m.body_of = re.compile(rf"(?<![\w-])(?:the\s+)?(?P<b>{bodies})\s+of\s+(?:the\s+)?(?P<who>{names})(?![\w'’-])",
                               re.IGNORECASE) if names else None  # "the Central Bank of Syria": the state's own body
        gov = "|".join(sorted((re.escape(w) for w in cb.cues["government_references"]), key=len, reverse=True))
        m.government = re.compile(rf"(?<![\w-])(?:{gov})(?![\w-])(?!\s+of\b)(?!\s+in\s+(?-i:[^A-Z]))", re.IGNORECASE)
        # ("the government of X" is X's own name; "the government in power" no reference; "in Damascus" says whose)
        stands_for_state = {g.lower().removeprefix("the ") for g in cb.cues["government_references"]}
        bare = "|".join(sorted((re.escape(w) for w in cb.cues["state_bodies"] if w.lower() not in stands_for_state),
                               key=len, reverse=True))  # "the central bank": a body of the state in context
        m.state_words = {a.id: re.compile(r"(?<![\w-])(?:" + "|".join(sorted((re.escape(w) for w in a.aliases + a.demonyms
                                                                             if w[:1].isupper()), key=len, reverse=True))
                                          + r")s?(?![\w-])") for a in cb.actors.values() if a.type == "state"}
        m.bare_body = re.compile(rf"(?<![\w-])the\s+(?P<b>(?>{bare}))(?![\w-])(?!\s+(?:of|in)\b)", re.IGNORECASE)
        refs = "|".join(sorted((re.escape(w) for w in cb.cues.get("body_references", [])), key=len, reverse=True))
        m.named_ref = re.compile(rf"(?<![\w-])(?:{refs})(?![\w-])(?!\s+(?:of|on|for)\b)", re.IGNORECASE) if refs else None
        return m


def sentence_index(sents) -> tuple:
    """(starts, ends, ids, paragraphs) of a document's sentences, for position lookups."""
    return (sents["start"].to_numpy(), sents["end"].to_numpy(), sents["sent_id"].to_numpy(),
            sents["paragraph"].to_numpy())


def sent_at(index: tuple, pos: int) -> int:
    """The sentence containing ``pos`` (-1 outside every sentence: a heading's marker, a dateline)."""
    starts, ends, ids, _ = index
    i = starts.searchsorted(pos, side="right") - 1
    return int(ids[i]) if i >= 0 and pos < ends[i] else -1


def is_place_use(text: str, start: int, end: int, m: Matchers) -> bool:
    """A name used as a place: after a locative word ("in Moscow", "visited Damascus"), also
    through a place noun ("to the capital Damascus")."""
    window = re.split(r"[.!?;:]\s|\n", text[max(0, start - 40):start])[-1]  # within its sentence ("... back. Russia")
    if re.search(r",\s*$", window):
        return False  # "After the envoy arrived, Syria demanded ...": a clause of its own opens with the name
    if m.source_frame is not None and m.source_frame.search(window) \
            and re.match(r"\s*(?:[,.;:)]|$)", text[end:end + 3]):
        return False  # "according to Moscow", "according to the Kremlin,": the one cited, not where it happened (not
        # "according to Moscow State University researchers")
    if m.view_after is not None and m.view_after.match(text, end):
        return False  # "in Moscow's view": whose view it is
    before = [w.lower() for w in WORD.findall(window)]
    while before and before[-1] in REGIONS:
        before.pop()  # "to eastern Libya", "in southern Lebanon": the region of a place is a place
    k = len(before)
    while k and before[k - 1] in m.place_nouns | {"the", "of"}:
        k -= 1
    if any(w in m.place_nouns for w in before[k:]):  # "to the capital Damascus", "in the city of Latakia"
        before = before[:k]
    if before and before[-1] in m.place_words:
        return True
    coord = re.search(r"(?:^|\s)(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,4}(?:and|or)\s+(?:the\s+)?$", window)
    if coord and not re.match(r"\s*(?:[,.;:)]|$|(?:about|for|to|in|on|at|from|with|and|or)\b)", text[end:end + 12]):
        coord = None  # ("arrived in Ankara and Turkey's minister said", "went to Cairo and Jordan offered": a clause)
    if not coord or any(w.lower() in MONTHS or w.lower() in WEEKDAYS for w in WORD.findall(coord.group(0))):
        return False  # (not "in May and Washington repealed")
    return is_place_use(text, start - len(window) + coord.start(), start, m)  # ("in the UAE and Germany": both)


def _surname(name: str) -> str:
    """A name's last word, without the Arabic article ("Asaad Hassan al-Shibani" -> "shibani")."""
    last = name.split()[-1].lower()
    return re.sub(rf"^{ARABIC_ARTICLE}[-‐]", "", last)


def _other_given_name(text: str, start: int, actor_id: str, surface: str, m: Matchers) -> bool:
    """"Maher al-Sharaa" for a codebook "Ahmed al-Sharaa": a capitalised given name that is not
    the known person's stands right before a bare surname."""
    if actor_id not in m.given_names or len(surface.split()) > 1 and not surface.lower().startswith("al"):
        return False
    prev = re.search(r"(?<=[\w,;:)’'] )([A-Z][a-z]+)(?:[ \t]+|[ \t]*\n[ \t]*)\Z", text[max(0, start - 30):start])
    # (on its line, or the line before when the text is wrapped; a blank line between ends a heading)
    if not prev:  # none, or the sentence's first word ("Besides Lavrov, ...")
        return False
    word = prev.group(1).lower()
    if re.fullmatch(ARABIC_ARTICLE, word):  # "Mr Al Shara": the article written as a word of its own; the word
        before = re.search(r"(?<=[\w,;:)’'] )([A-Z][a-z]+)[ \t]+\S+[ \t]+\Z", text[max(0, start - 40):start])
        if not before:  # before it may still be another given name ("Health Minister Maher Al Shara")
            return False
        word = before.group(1).lower()
    titles = {w.lower() for w in m.cb.cues["person_titles"] + m.cb.cues["title_words"]}
    return (word not in titles and word not in m.given_names[actor_id] and word not in ("said", "says", "and")
            and word not in MONTHS and word not in WEEKDAYS)  # "in April al-Sharaa" is al-Sharaa


def codebook_mentions(doc_id: str, text: str, index: tuple, m: Matchers) -> list[Mention]:
    """Every codebook alias or title in the sentences; longest match wins."""
    out = []
    last_end = 0
    for w in re.finditer(r"\w+", text):  # word by word: "Al-Sharaa" is looked up at "Al" and at "Sharaa"
        if w.start() < last_end:
            continue
        cands = m.by_first.get(w.group(0).lower())
        if not cands:
            continue
        hit = None
        art = ARTICLE_BEFORE.search(text, max(0, w.start() - 5), w.start())  # "ash-Sharaa": from the article on
        starts = ([art.start()] if art and art.start() >= last_end else []) + [w.start()]
        for pat, aid, meth, _ in cands:
            mt = next((x for x in (pat.match(text, p) for p in starts) if x), None)
            if mt:
                hit = (mt, aid, meth)
                break
        if not hit:
            continue
        mt, actor_id, method = hit
        s, e = mt.start(), mt.end()
        last_end = e
        sid = sent_at(index, s)
        if sid < 0:
            continue
        if re.search(r"(?:post|pre|anti|pro)[\-‐]$", text[max(0, s - 5):s], re.IGNORECASE) \
                or re.match(r"[\-‐][a-z]", text[e:e + 2]):
            continue  # adjectival compound: "post-Assad", "Assad-era", "Kremlin-backed"
        actor = m.cb.actors[actor_id]
        if method == "alias" and actor.type == "state" and is_place_use(text, s, e, m):
            continue
        if actor.type == "organization" and re.match(rf"(?:\s+(?:and\s+)?[A-Z][\w’'-]+)*?\s+(?:{m.org_heads})\b",
                                                     text[e:e + 80]):
            last_end = s  # (its words may still begin a longer alias: "the United Nations Security Council")
            continue  # "the UN Food and Agriculture Organization", "the UN World Food Programme": a body of its own
        if method == "alias" and actor.type == "state" and m.longer_name.search(text[max(0, s - 30):s]):
            continue  # "Rep. Jim Jordan", "South Sudan": the last word of a person's or another country's name
        if WORK_TITLE.search(text[max(0, s - 120):s]):
            continue  # (a hearing titled "After Assad: ...": a work's title, no one the sentence tells of)
        named = re.match(rf",\s+(?:[A-Z][\w’'-]+\s+)+(?P<last>(?:{ARABIC_ARTICLE}[-‐\s])?[A-Z][\w’'-]+)",
                         text[e:e + 60]) if method == "title" else None
        if named and not any(_surname(al) == _surname(named.group("last")) for al in actor.aliases):
            continue  # "the Kremlin spokesman, Jan Roe,": the one the apposition names holds the post now (not
            # "Syria's foreign minister, Assaad Al Shaibani,": another spelling of the holder's own name)
        if actor.type == "person" and _other_given_name(text, s, actor_id, text[s:e], m):
            continue
        rule = m.ruled_by.match(text, e) if actor.type == "person" and actor.affiliation in m.cb.actors else None
        if rule:  # "the Assad government", "Putin's administration": what the person heads, not the person
            actor_id, e = actor.affiliation, rule.end()
            last_end = e
        out.append(Mention(doc_id, s, e, sid, text[s:e], actor_id, method))
    return out


def _body_mention(doc_id: str, text: str, s: int, e: int, sid: int, state: str, body: str, m: Matchers,
                  actors: dict) -> Mention:
    """A mention of one state's body (``syrian_central_bank``); the body is added to ``actors``."""
    from .codebook import Actor

    demonym_of = {v: k for k, v in m.cb.state_of_demonym().items()}
    body = re.sub(r"\s+", " ", body.lower())
    body = re.sub(r"^ministry of (\w+)(?: affairs)?$", r"\1 ministry", body)  # one id for both word orders
    aid = f"{demonym_of.get(state, state)}_{body.replace(' ', '_')}"
    name = f"{demonym_of.get(state, state).title()} {body.title()}"
    actors.setdefault(aid, Actor(aid, name, "organization", state, "", [], [], origin="detected"))
    if text[s:e] not in actors[aid].aliases:
        actors[aid].aliases.append(text[s:e])
    return Mention(doc_id, s, e, sid, text[s:e], aid, "detected")


def body_mentions(doc_id: str, text: str, index: tuple, m: Matchers, taken: list[tuple]) -> tuple[list, dict]:
    """"The Russian Foreign Ministry", "Syria's defence ministry": an organisation of the state,
    one actor per state and body (``russian_foreign_ministry``)."""
    if m.body is None:
        return [], {}
    dem = m.cb.state_of_demonym()
    by_alias = {al.lower(): a.id for a in m.cb.actors.values() if a.type == "state" for al in a.aliases}
    out, actors = [], {}
    found = sorted([*m.body.finditer(text), *(m.body_of.finditer(text) if m.body_of else [])],
                   key=lambda mt: (mt.start(), -mt.end()))
    for mt in found:
        s, e = mt.span()
        if mt.re is m.body_of and re.match(r"\s+[A-Z][\w'’-]+\s+(?:al-)?[A-Z]", text[e:e + 40]):
            continue  # "Representative of the Ministry of Foreign Affairs of Russia Maria Roe": a title's words
        if "more" in mt.re.groupindex and mt.group("more") and (not mt.group("b").lower().startswith("ministry of")
                                 or actor_named(m.cb, mt.group("more").split()[-1])):
            e = mt.end("b")  # ("the Syrian foreign ministry and Turkey", "Ministry of Economy and Qatar": two actors)
        sid = sent_at(index, s)
        if sid < 0 or any(a < e and s < b for a, b in taken):
            continue
        who = mt.group("who").lower()
        state = dem.get(who) or by_alias.get(re.sub(r"['’]s?$", "", who), "")
        if not state:
            continue
        out.append(_body_mention(doc_id, text, s, e, sid, state, mt.group("b"), m, actors))
        taken.append((s, e))
    return out, actors


def institution_mentions(doc_id: str, text: str, index: tuple, m: Matchers, taken: list[tuple]) -> list[Mention]:
    """"The Russian side", "the new Syrian authorities": a state's institutions stand for it."""
    if m.institution is None:
        return []
    states = m.cb.state_of_demonym()
    out = []
    for mt in m.institution.finditer(text):
        s, e = mt.span()
        sid = sent_at(index, s)
        if sid < 0 or any(a < e and s < b for a, b in taken):
            continue
        dem = (mt.group("dem") or mt.group("people")).lower()
        if mt.group("people") and not text[s:e].lower().startswith("the "):
            continue  # "Russians" alone may be people; "the Russians" in news is the state's side
        out.append(Mention(doc_id, s, e, sid, text[s:e], states[dem], "demonym"))
    return out


def context_mentions(doc_id: str, text: str, sents, index: tuple, m: Matchers, known: list[Mention],
                     home_state: str) -> tuple[list[Mention], dict]:
    """"The government", "the authorities": the state of the city it sits in ("the government in
    Damascus"), else the home state (from the dateline), else the state last named in the
    paragraph before it; "the central bank": the central bank of the home state, else of the state
    named most so far (a body added to the returned actors)."""
    out, actors = [], {}
    taken = [(x.start, x.end) for x in known]
    states = [x for x in known if m.cb.actors.get(x.actor_id) and m.cb.actors[x.actor_id].type == "state"]
    paragraphs = dict(zip(index[2], index[3]))

    voices = "|".join(re.escape(v) for v in m.cb.cues["state_voices"])
    own_voice = re.compile(rf"['’]s(?:\s+[\w-]+){{0,3}}?\s+(?:{voices})s?\b", re.IGNORECASE) if voices else None
    of_voice = re.compile(rf"\b(?:{voices})s?\s+of\s+(?:the\s+)?$", re.IGNORECASE) if voices else None

    counts = Counter(x.actor_id for x in states)
    story = {a for a, _ in counts.most_common(2)}  # (the two states the story is about)

    def voiced(x: Mention) -> bool:
        """Is ``x`` a third state whose representative speaks ("Pakistan's representative", "the representative of
        Egypt"): the state that speaks, not the one whose "authorities" it speaks of? (The story's own states may
        speak of their own: "Syria's representative said the authorities had asked ...")"""
        if own_voice is None or x.actor_id in story:
            return False
        return bool(own_voice.match(text, x.end) or of_voice.search(text[max(0, x.start - 40):x.start]))

    def state_at(s: int, sid: int) -> str:
        lead = text[index[0][max(0, index[0].searchsorted(s, side="right") - 1)]:s]  # (its sentence, before it)
        voice = list(m.voice_of.finditer(lead)) if m.voice_of is not None else []
        if voice:  # "A Ruritanian official said the government wanted ...": the speaker's own government, wherever the
            return m.cb.state_of_demonym().get(voice[-1].group("d").lower(), home_state)  # story is filed from
        if home_state:
            return home_state
        prev = [x for x in states if x.end <= s and paragraphs.get(x.sent_id) == paragraphs.get(sid)
                and not voiced(x)]
        if prev:
            return prev[-1].actor_id
        # "Syrian officials said the government ...": the state whose adjective came before
        dem = m.cb.state_of_demonym()
        words = [w.lower() for w in WORD.findall(lead)]
        return next((dem[w] for w in reversed(words) if w in dem), "")

    found = [(mt, False) for mt in m.government.finditer(text)]
    found += [(mt, True) for mt in m.bare_body.finditer(text)] if m.bare_body is not None else []
    found += [(mt, None) for mt in m.named_ref.finditer(text)] if m.named_ref is not None else []
    meant: dict[str, str] = {}
    for mt, body in sorted(found, key=lambda f: f[0].start()):
        s, e = mt.span()
        sid = sent_at(index, s)
        if sid < 0 or any(a < e and s < b for a, b in taken):
            continue
        if body is None:  # "The Council welcomes ...": the council named before, or no one; and the same one
            # each time it is so called (a text that means another council names it: "the UN Security Council")
            ref = mt.group(0).lower()
            named = meant.get(ref) or _named_body(text, s, mt.group(0), known + out, m)
            meant.setdefault(ref, named)
            if named:
                out.append(Mention(doc_id, s, e, sid, text[s:e], named, "context"))
                taken.append((s, e))
            continue
        if m.medium_kind.match(text, e):
            continue  # "the state news agency", "the state broadcaster": what kind of medium, no reference to a state
        seat = re.match(r"\s+in\s+(?P<p>[A-Z][\w-]+)", text[e:e + 40])  # "the government in Damascus": its state
        local = actor_named(m.cb, seat.group("p"), "state") if seat and not body else ""
        named = _named_body(text, s, mt.group(0), known + out, m) if body and mt.group("b").islower() else ""
        # (a body written in lower case, "the oil ministry", is the one named so before; "the Ministry of Foreign
        # Affairs" is a name of its own, the story's state's)
        actor = named or (home_state or _main_state(text, s, m) if body else (
            local or _named_body(text, s, mt.group(0), known, m) or state_at(s, sid)))
        if named:  # "the oil ministry" after "Syria's oil ministry": that ministry
            out.append(Mention(doc_id, s, e, sid, text[s:e], named, "context"))
        elif actor and body:
            out.append(_body_mention(doc_id, text, s, e, sid, actor, mt.group("b"), m, actors))
        elif actor:
            out.append(Mention(doc_id, s, e, sid, text[s:e], actor, "context"))
        taken.append((s, e))
    return out, actors


def _named_body(text: str, pos: int, reference: str, known: list[Mention], m: Matchers) -> str:
    """"The ministry" after "the Russian Foreign Ministry" is that ministry: the organisation named
    last before ``pos`` whose name holds the reference's noun; '' when none was named."""
    words = [w for w in WORD.findall(reference.lower()) if w != "the"]  # "the foreign ministry": both words
    if any(w in m.institution_words for w in words):
        return ""  # "the government" after "Assad's government" is not his: a state's own institutions go by rule
    for x in sorted((x for x in known if x.end <= pos), key=lambda x: -x.start):
        a = m.cb.actors.get(x.actor_id)
        name = set(WORD.findall(((a.name if a else "") + " " + x.surface).lower()))
        if (a is None or a.type != "state") and words and all(w in name for w in words):
            return x.actor_id
    return ""


def _main_state(text: str, pos: int, m: Matchers) -> str:
    """The state the text names most before ``pos``, as a name, a place or an adjective (then the
    one named first): the country the story is about, whose "central bank" an unqualified "the
    central bank" is."""
    found = {st: [x.start() for x in p.finditer(text, 0, pos)] for st, p in m.state_words.items()}
    found = {st: at for st, at in found.items() if at}  # on a tie, the one named first (in the headline, often)
    return min(found, key=lambda st: (-len(found[st]), found[st][0])) if found else ""


def home_state(dateline_place: str, m: Matchers) -> str:
    """The state a dateline's city stands for ("MOSCOW" -> russia, a capital being one of its names), or ''."""
    return actor_named(m.cb, dateline_place, "state")
