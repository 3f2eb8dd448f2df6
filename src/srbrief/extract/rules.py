"""Extraction: actor mentions, dated events and attributed statements, by general rules.

Each function works on one document (its seed text and sentences) plus the codebook,
so extraction is a pure function of a document and can run in parallel. Domain
knowledge (names, issues, cue words) comes from the codebook; spans always point
into the untouched seed text.
"""
from __future__ import annotations

import hashlib
import re
from collections import namedtuple
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

import pandas as pd

from .codebook import Actor, Codebook, alias_pattern, pattern
from ..dates import month_end

MONTHS = {m: i + 1 for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july",
                                           "august", "september", "october", "november", "december"])}
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                         "sunday"])}
_MON = r"(January|February|March|April|May|June|July|August|September|October|November|December)"
_PREP = r"(?:\b(?:in|since|after|before|by|until|from|during|on|of|early|late|mid|mid-)\s+)?"
_YEAR = r"((?:1[89]|20)\d{2})"
TEMPORAL = re.compile(
    r"(?P<dmy>" + _PREP + r"(\d{1,2})\s+" + _MON + r",?\s+" + _YEAR + r")"
    r"|(?P<mdy>" + _PREP + _MON + r"\s+(\d{1,2}),\s+" + _YEAR + r")"
    r"|(?P<my>" + _PREP + r"(?:the\s+(?:end|beginning|start|middle)\s+of\s+)?" + _MON + r",?\s+" + _YEAR + r")"
    r"|(?P<dec>" + _PREP + r"the\s+" + r"((?:1[89]|20)\d0)s" + r")"
    r"|(?P<yr>\b(?:in|since|after|before|by|until|from|during|of)\s+(?:the\s+(?:end|beginning|start|middle)\s+of\s+)?"
    + _YEAR + r"(?![\d-]))"
    r"|(?P<wd>\b(?:on|last|this|next)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))"
    r"|(?P<rel>\b(?:earlier|later)\s+this\s+(?:week|month|year)|(?:last|this|next)\s+(?:week|month|year)|yesterday|today)",
    re.IGNORECASE)
_WORD = re.compile(r"\w+")
#: Words every temporal expression contains; TEMPORAL runs only in windows around them.
ANCHOR = re.compile(r"\b(?:" + _MON[1:-1] + r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|"
                    r"year|yesterday|today)\b|\b(?:1[89]|20)\d{2}", re.IGNORECASE)
QUOTE = re.compile(r"[“\"]([^”\"]+)[”\"]")
PRONOUN_SUBJ = re.compile(r"(?<![\w])(He|She|They|he|she|they|[Tt]he latter|[Tt]he former)(?![\w])")


def stable_id(prefix: str, *parts) -> str:
    """An id that depends only on its inputs (same inputs, same id, every run)."""
    h = hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:10]
    return f"{prefix}_{h}"


# --------------------------------------------------------------------------- mentions
@dataclass
class Mention:
    doc_id: str
    start: int
    end: int
    sent_id: int
    surface: str
    actor_id: str
    method: str


@dataclass
class Matchers:
    """Compiled patterns of one codebook (built once, reused for every document)."""

    cb: Codebook
    by_first: dict[str, list] = field(default_factory=dict)  # first word -> [(pattern, actor_id, method)], longest first
    outlets: dict[str, str] = field(default_factory=dict)  # outlet name -> actor id (cache)
    place_words: set = field(default_factory=set)
    places: list[re.Pattern] = field(default_factory=list)
    reporting: re.Pattern | None = None
    speech_acts: re.Pattern | None = None
    person_titles: re.Pattern | None = None
    person_appositive: re.Pattern | None = None

    @classmethod
    def build(cls, cb: Codebook) -> "Matchers":
        m = cls(cb)
        # Index every alias and title by the first word it can start with, so that finding
        # mentions tries only the few names that could start at each word (a two-level trie).
        for a in cb.actors.values():
            for method, forms in (("alias", a.aliases), ("title", a.titles)):
                for form in forms:
                    words = [w.lower() for w in re.findall(r"\w+", form)]
                    keys = {words[0]} | ({words[1]} if words[0] == "al" and len(words) > 1 else set())
                    for k in keys:
                        m.by_first.setdefault(k, []).append((alias_pattern(form), a.id, method, len(form)))
        for k in m.by_first:
            m.by_first[k].sort(key=lambda x: (-x[3], x[1], x[2]))
        m.place_words = {w.lower() for w in cb.cues.get("place_prepositions", [])}
        m.places = [alias_pattern(p) for p in cb.places]
        verbs = sorted(cb.cues["reporting_verbs"], key=len, reverse=True)
        m.reporting = re.compile(r"(?<![\w])(" + "|".join(pattern(v).pattern for v in verbs) + r")(?![\w])",
                                 re.IGNORECASE)
        m.speech_acts = re.compile(r"(?<![\w])(" + "|".join(re.escape(v) for v in cb.cues["speech_acts"]) + r")\b",
                                   re.IGNORECASE)
        titles = sorted(cb.cues.get("person_titles", []), key=len, reverse=True)
        name = r"((?:al-|Al-|[A-Z][\w’'-]+)(?:\s+(?:al-|Al-)?[A-Z][\w’'-]+){0,3})"
        tit = "(?i:" + "|".join(re.escape(t) for t in titles) + ")"
        m.person_titles = re.compile(r"(?<![\w])" + tit + r"\s+"
                                     r"(?:(?:in|of|for|to)\s+(?:the\s+)?[\w ]{0,30}?\s+)?" + name)
        # "Jane Roe, a Russian analyst": the title follows the name as an apposition
        m.person_appositive = re.compile(r"(?<![\w])([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}),\s+(?:a|an|the)\s+"
                                         r"(?:[\w-]+\s+){0,3}?" + tit + r"(?![\w])")
        return m


def _in_sentence(sents: pd.DataFrame, pos: int) -> int:
    starts = sents.attrs.get("_starts")
    if starts is None:
        starts = sents.attrs["_starts"] = sents["start"].to_numpy()
        sents.attrs["_ids"] = sents["sent_id"].to_numpy()
    idx = starts.searchsorted(pos, side="right") - 1
    return int(sents.attrs["_ids"][max(idx, 0)])


def _is_place_use(text: str, start: int, end: int, m: Matchers) -> bool:
    """A capital-city alias used as a place: after a locative word, or as a dateline ("Damascus- ...")."""
    before = re.findall(r"[\w’']+", text[max(0, start - 25):start])
    if before and before[-1].lower() in m.place_words:
        return True
    line_start = text.rfind("\n", 0, start) + 1
    return text[line_start:start].strip() == "" and re.match(r"\s*[-–—]", text[end:end + 3]) is not None


def find_mentions(doc_id: str, text: str, sents: pd.DataFrame, m: Matchers) -> list[Mention]:
    """Every codebook alias or title in the text; longest match wins; capitals used as places dropped."""
    out = []
    body = _body_mask(sents)
    last_end = 0
    for w in _WORD.finditer(text):
        if w.start() < last_end:
            continue
        cands = m.by_first.get(w.group(0).lower())
        if not cands:
            continue
        mt, actor_id, method = None, "", ""
        for pat, aid, meth, _ in cands:
            mt = pat.match(text, w.start())
            if mt:
                actor_id, method = aid, meth
                break
        if not mt:
            continue
        s, e = mt.start(), mt.end()
        last_end = e
        if re.search(r"(?:post|pre|anti|pro)[\-‐]$", text[max(0, s - 5):s], re.IGNORECASE):
            continue  # adjectival compound: "post-Assad"
        if not body(s):
            continue
        if method == "alias" and m.cb.actors[actor_id].type == "state" and _is_place_use(text, s, e, m):
            continue
        out.append(Mention(doc_id, s, e, _in_sentence(sents, s), text[s:e], actor_id, method))
    return out


def _body_mask(sents: pd.DataFrame):
    starts, ends = sents["start"].to_numpy(), sents["end"].to_numpy()

    def inside(pos: int) -> bool:
        i = starts.searchsorted(pos, side="right") - 1
        return i >= 0 and pos < ends[i]
    return inside


def detect_actors(doc_id: str, text: str, sents: pd.DataFrame, mentions: list[Mention], m: Matchers
                  ) -> tuple[list[Actor], list[Mention]]:
    """Names the codebook does not know, next to a person title ("analyst Jane Roe"): new actors,
    ``origin = detected``, so that the briefing lists them for review instead of dropping them."""
    known = [(x.start, x.end) for x in mentions]
    actors: dict[str, Actor] = {}
    found = []
    spans = [mt.span(1) for mt in m.person_titles.finditer(text)]
    spans += [mt.span(1) for mt in m.person_appositive.finditer(text)]
    for s, e in sorted(spans):
        surface = text[s:e]
        if any(s < ke and ks < e for ks, ke in known):
            continue
        if any(p.fullmatch(surface) for p in m.places):
            continue
        last = re.split(r"[\s-]+", surface)[-1]
        if len(surface.split()) < 2 and not surface.lower().startswith("al-"):
            continue
        slug = re.sub(r"[^a-z0-9]+", "_", last.lower().replace("’", "").replace("'", "")).strip("_")
        if not slug or not slug[0].isalpha():
            continue
        aid = slug if slug not in m.cb.actors else f"{slug}_{doc_id[:3]}"
        actors.setdefault(aid, Actor(aid, surface, "person", "", "", [], [], origin="detected"))
        if surface not in actors[aid].aliases:
            actors[aid].aliases.append(surface)
        found.append(Mention(doc_id, s, e, _in_sentence(sents, s), surface, aid, "detected"))
        known.append((s, e))
    # later bare uses of a detected surname ("Roe said")
    for aid, a in list(actors.items()):
        for al in list(a.aliases):
            last = re.split(r"[\s]+", al)[-1]
            for mt in alias_pattern(last).finditer(text):
                s, e = mt.span()
                if not any(s < ke and ks < e for ks, ke in known):
                    found.append(Mention(doc_id, s, e, _in_sentence(sents, s), text[s:e], aid, "detected"))
                    known.append((s, e))
                    if text[s:e] not in a.aliases:
                        a.aliases.append(text[s:e])
    return list(actors.values()), found


# --------------------------------------------------------------------------- dates
@dataclass
class Temporal:
    start: int
    end: int
    text: str
    date_start: date
    date_end: date
    precision: str
    relative: bool


def _week(d: date) -> tuple[date, date]:
    monday = d - timedelta(days=d.weekday())
    return monday, monday + timedelta(days=6)


def find_dates(text: str, lo: int, hi: int, published: tuple[date, date, str]) -> list[Temporal]:
    """Temporal expressions in ``text[lo:hi]`` resolved to date intervals; relative ones
    ("on Wednesday", "earlier this week") against the seed's publication date."""
    out = []
    pub_start, pub_end, pub_prec = published
    windows: list[list[int]] = []
    for a in ANCHOR.finditer(text, lo, hi):
        w0, w1 = max(lo, a.start() - 50), min(hi, a.end() + 25)
        if windows and w0 <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], w1)
        else:
            windows.append([w0, w1])
    matches = []
    for w0, w1 in windows:
        for mt in TEMPORAL.finditer(text, w0, w1):
            if not matches or mt.start() >= matches[-1].end():
                matches.append(mt)
    for mt in matches:
        kind = mt.lastgroup
        g = [x for x in mt.groups() if x is not None]
        s, e, t = mt.start(), mt.end(), mt.group(0)
        rel = False
        try:
            if kind == "dmy":
                d = date(int(g[3]), MONTHS[g[2].lower()], int(g[1]))
                ds, de, p = d, d, "day"
            elif kind == "mdy":
                d = date(int(g[3]), MONTHS[g[1].lower()], int(g[2]))
                ds, de, p = d, d, "day"
            elif kind == "my":
                y, mo = int(g[2]), MONTHS[g[1].lower()]
                ds, de, p = date(y, mo, 1), month_end(y, mo), "month"
            elif kind == "dec":
                y = int(g[1])
                ds, de, p = date(y, 1, 1), date(y + 9, 12, 31), "decade"
            elif kind == "yr":
                y = int(g[1])
                ds, de, p = date(y, 1, 1), date(y, 12, 31), "year"
            elif kind == "wd":
                rel = True
                wd = WEEKDAYS[g[1].lower()]
                if pub_prec != "day":
                    ds, de, p = pub_start, pub_end, "month" if pub_prec == "month" else "year"
                else:
                    lead = t.split()[0].lower()
                    delta = (pub_end.weekday() - wd) % 7
                    d = pub_end - timedelta(days=delta)
                    if lead == "last" and delta == 0:
                        d -= timedelta(days=7)
                    if lead == "next":
                        d = pub_end + timedelta(days=(wd - pub_end.weekday()) % 7 or 7)
                    ds, de, p = d, d, "day"
            else:
                rel = True
                low = t.lower()
                anchor = pub_end
                if "yesterday" in low:
                    ds = de = anchor - timedelta(days=1)
                    p = "day"
                elif "today" in low:
                    ds = de = anchor
                    p = "day"
                elif "week" in low:
                    shift = -7 if low.startswith("last") else 7 if low.startswith("next") else 0
                    ds, de = _week(anchor + timedelta(days=shift))
                    p = "week"
                elif "month" in low:
                    y, mo = anchor.year, anchor.month + (-1 if low.startswith("last") else 1 if low.startswith("next") else 0)
                    y, mo = (y - 1, 12) if mo == 0 else (y + 1, 1) if mo == 13 else (y, mo)
                    ds, de, p = date(y, mo, 1), month_end(y, mo), "month"
                else:
                    y = anchor.year + (-1 if low.startswith("last") else 1 if low.startswith("next") else 0)
                    ds, de, p = date(y, 1, 1), date(y, 12, 31), "year"
                if pub_prec != "day" and p in ("day", "week"):
                    ds, de, p = pub_start, pub_end, "month" if pub_prec == "month" else "year"
        except (ValueError, KeyError):
            continue
        out.append(Temporal(s, e, t, ds, de, p, rel))
    return out


@lru_cache(maxsize=32)
def _row_type(columns: tuple[str, ...]):
    return namedtuple("Row", columns, rename=True)


def rows_of(df: pd.DataFrame) -> list:
    """The rows of ``df`` as named tuples, like ``DataFrame.itertuples(index=False)`` but about
    four times faster on the small per-document frames extraction loops over (pandas builds a
    tuple class and a Series per column on every call)."""
    row = _row_type(tuple(df.columns))
    return [row._make(r) for r in df.to_numpy(dtype=object).tolist()]


# --------------------------------------------------------------------------- issues & stance
def issues_in(text: str, cb: Codebook) -> list[str]:
    """Issues whose keywords or stance phrases occur in ``text``, in codebook order."""
    return [iss.id for iss in cb.issues.values() if iss.any_pattern.search(text)]


NEAR = 60  # characters: how close a negation must stand to the issue's keyword to govern it


def stance_of(text: str, issue_id: str, present: list[str], cb: Codebook, lex: dict) -> str:
    """Stance of ``text`` toward an issue's proposition: the issue's own stance phrases first,
    then issues that make it conditional, then general negation (near a keyword of the issue)
    and neutral cues; else support."""
    iss = cb.issues[issue_id]
    for s in ("oppose", "neutral", "conditional", "support"):
        if any(p.search(text) for p in iss.stance_patterns.get(s, [])):
            return s
    if any(o in present for o in iss.conditional_with):
        return "conditional"
    kw = [m.span() for p in iss.kw_patterns for m in p.finditer(text)]
    for p in lex["negation"]:
        for m in p.finditer(text):
            if any(abs(m.start() - a) <= NEAR or abs(b - m.end()) <= NEAR for a, b in kw):
                return "oppose"
    if any(p.search(text) for p in lex["neutral"]):
        return "neutral"
    return "support"


# --------------------------------------------------------------------------- statements
@dataclass
class Statement:
    doc_id: str
    sent_id: int
    start: int
    end: int
    speaker_id: str
    via_id: str
    attribution: str
    cue: str
    scope: tuple[int, int]  # the part of the sentence that carries the view
    own_end: int | None = None  # where the speaker's own words stop (a nested act of another actor follows)


def _last_actor(ms: list[Mention], before: int, after: int = -1, prefer_person: bool = True,
                exclude: set | None = None, cb: Codebook | None = None) -> Mention | None:
    cands = [x for x in ms if after <= x.start and x.end <= before and x.actor_id not in (exclude or set())]
    if not cands:
        return None
    if prefer_person and cb is not None:
        persons = [x for x in cands if x.method == "detected" or
                   (x.actor_id in cb.actors and cb.actors[x.actor_id].type in ("person", "anonymous"))]
        if persons:
            return persons[-1]
    return cands[-1]


def _has_quote(text: str) -> bool:
    return any(len(q.split()) >= 3 for q in QUOTE.findall(text))


def find_statements(doc: dict, text: str, sents: pd.DataFrame, mentions: list[Mention], m: Matchers
                    ) -> tuple[list[Statement], list[Mention]]:
    """Who says what, sentence by sentence: attribution frames, reporting verbs with their
    subject (a name, a title or a pronoun that points to the last speaker), nested speech acts,
    and, in an authored text, the author's own voice."""
    cb = m.cb
    lex = {k: [pattern(p) for p in cb.cues.get(k, [])] for k in ("author_view", "opinion_phrases", "source_phrases",
                                                               "quote_frames", "relay_verbs")}
    media = {a.id for a in cb.actors.values() if a.type == "media"}
    author = doc["author_id"]
    outlet = doc["outlet_id"]
    out: list[Statement] = []
    extra_mentions: list[Mention] = []
    last_speaker, last_via = "", outlet
    by_sent: dict[int, list[Mention]] = {}
    for x in mentions:
        by_sent.setdefault(x.sent_id, []).append(x)
    for r in rows_of(sents):
        if r.kind == "heading":
            continue
        s0, s1 = r.start, r.end
        sent = text[s0:s1]
        ms = by_sent.get(r.sent_id, [])
        found = None  # (speaker, via, cue, scope_start, cue_start)
        # 1. "<relay> quoted <speaker> as saying (that) ..."
        for p in lex["quote_frames"]:
            mt = p.search(sent)
            if mt and re.search(r"as\s+saying", sent[mt.end():]):
                relay = _last_actor(ms, s0 + mt.start(), s0, prefer_person=False)
                say = re.search(r"as\s+saying", sent[mt.end():])
                spk = _last_actor(ms, s0 + mt.end() + say.start(), s0 + mt.end(), prefer_person=False)
                if spk:
                    found = (spk.actor_id, relay.actor_id if relay else "", mt.group(0),
                             s0 + mt.end() + say.end(), s0 + mt.start())
                break
        # 2. "According to X," / "In his opinion,"
        if not found:
            for p in lex["opinion_phrases"]:
                mt = p.match(sent) or p.search(sent)
                if mt and last_speaker and mt.start() < 40:
                    found = (last_speaker, last_via, mt.group(0), s0 + mt.end(), s0 + mt.start())
                    break
        if not found:
            for p in lex["source_phrases"]:
                mt = p.search(sent)
                if mt:
                    spk = _first_after(ms, s0 + mt.end(), s0 + mt.end() + 60)
                    if spk:
                        found = (spk.actor_id, _via_for(spk.actor_id, last_speaker, last_via, outlet),
                                 mt.group(0), spk.end, s0 + mt.start())
                        break
        # 3. "<speaker> ... told <outlet> that": the frame names both speaker and relay, even when
        #    a garbled translation puts another verb first ("he confirmed X told <outlet> that")
        if not found:
            for p in lex["relay_verbs"]:
                for mt in p.finditer(sent):
                    relay = _first_after(ms, s0 + mt.end(), s0 + mt.end() + 3)
                    if not relay or relay.actor_id not in media:
                        continue
                    spk = _last_actor(ms, s0 + mt.start(), s0, exclude=media, cb=cb)
                    if spk:
                        found = (spk.actor_id, relay.actor_id, mt.group(0), relay.end, s0 + mt.start())
                        break
                if found:
                    break
        # 4. "“...,” said <speaker>": a quote first, then the verb, then who said it
        if not found:
            qm = re.match(r"\s*[“\"][^”\"]+[”\"]\s*,?\s*", sent)
            if qm:
                vm = m.reporting.match(sent, qm.end())
                if vm:
                    spk = _first_after(ms, s0 + vm.end(), s0 + vm.end() + 3)
                    if spk:
                        found = (spk.actor_id, _via_for(spk.actor_id, last_speaker, last_via, outlet), vm.group(0),
                                 s0, s0 + vm.start())
        # 5. "<speaker> (, ...,) <reporting verb>"
        if not found:
            for mt in m.reporting.finditer(sent):
                vs = s0 + mt.start()
                spk = _last_actor(ms, vs, s0, exclude=media, cb=cb)
                pron = None
                for pm in PRONOUN_SUBJ.finditer(sent, 0, mt.start()):
                    pron = pm
                if pron and (not spk or s0 + pron.start() > spk.start) and last_speaker:
                    if pron.group(0).lower() in ("the latter", "the former"):
                        continue
                    extra_mentions.append(Mention(r.doc_id, s0 + pron.start(), s0 + pron.end(), r.sent_id,
                                                  pron.group(0), last_speaker, "pronoun"))
                    found = (last_speaker, last_via, mt.group(0), s0 + mt.end(), vs)
                    break
                it = re.search(r"(?<![\w])(it|they)\s+$", sent[:mt.start()])
                if it:  # "..., it emphasized": the last actor named in this sentence
                    spk = _last_actor(ms, vs, s0, prefer_person=False, exclude=media) or spk
                    if spk:
                        extra_mentions.append(Mention(r.doc_id, s0 + it.start(1), s0 + it.end(1), r.sent_id,
                                                      it.group(1), spk.actor_id, "pronoun"))
                gap = text[spk.end:vs] if spk and not it else ""
                if spk and (len(gap) <= 60 or gap.lstrip().startswith(("who", "which"))) and "." not in gap:
                    via = _relay(sent, mt, ms, s0, media) or _via_for(spk.actor_id, last_speaker, last_via, outlet)
                    if author and via == "":
                        via = author
                    found = (spk.actor_id, via, mt.group(0), s0 + mt.end(), vs)
                    break
        if found:
            speaker, via, cue, scope_start, cue_start = found
            if speaker == author:
                via = ""
            told = re.search(r"\btold\b", sent)
            if told and cue.lower() != "told" and s0 + told.start() > cue_start:
                cue = told.group(0)  # garbled "he confirmed X told <outlet> that": the frame is "told"
            scope = (scope_start, s1)
            lead = re.match(r"\s*[“\"][^”\"]+[”\"]", sent)
            if lead and s0 + lead.end() <= cue_start:
                scope = (s0, s0 + lead.end())  # a quote that opens the sentence is what the speaker said
            outer = Statement(r.doc_id, r.sent_id, s0, s1, speaker, via,
                              "direct-quote" if _has_quote(text[scope[0]:scope[1]]) else "reported", cue, scope)
            out.append(outer)
            last_speaker, last_via = speaker, via
            # nested speech acts: "..., but the latter refuses to ...", "Moscow refused"
            for sa in m.speech_acts.finditer(text, scope[0], scope[1]):
                subj = _nested_subject(text, ms, sa.start(), scope[0], last_speaker, cb)
                if subj and subj[1] != speaker:
                    subj_start, subj_actor = subj
                    out.append(Statement(r.doc_id, r.sent_id, s0, s1, subj_actor, speaker, "reported", sa.group(0),
                                         (sa.start(), scope[1])))
                    # the relaying speaker's own words end where the nested act begins
                    outer.own_end = min(outer.own_end or scope[1], subj_start)
            continue
        # 6. the author's own voice
        if author and (r.kind == "list-item" or any(p.search(sent) for p in lex["author_view"])) \
                and issues_in(sent, cb):
            out.append(Statement(r.doc_id, r.sent_id, s0, s1, author, "", "author", "", (s0, s1)))
    return out, extra_mentions


def _first_after(ms, lo, hi):
    c = [x for x in ms if lo <= x.start <= hi]
    return c[0] if c else None


def _via_for(speaker, last_speaker, last_via, outlet):
    """Who relays a speaker: the same relay as before for a continuing speaker, else the outlet."""
    return last_via if speaker == last_speaker and last_via else outlet


def _relay(sent, verb_match, ms, s0, media) -> str:
    """A medium named in the frame: "told <outlet>", "in an interview with <outlet>"."""
    window = (s0 + verb_match.start(), s0 + verb_match.end() + 60)
    for x in ms:
        if x.actor_id in media and window[0] <= x.start <= window[1]:
            return x.actor_id
    return ""


def _nested_subject(text, ms, pos, lo, last_speaker, cb) -> tuple[int, str] | None:
    """The actor doing a nested speech act: the mention right before the verb ("Moscow refused"),
    or for "the latter", the last person mentioned before it."""
    pre = text[lo:pos]
    lat = re.search(r"the latter\s*$", pre, re.IGNORECASE)
    if lat:
        cands = [x for x in ms if x.end <= lo + lat.start() and cb.actors.get(x.actor_id) is not None
                 and cb.actors[x.actor_id].type == "person"]
        return (lo + lat.start(), cands[-1].actor_id) if cands else None
    cands = [x for x in ms if lo <= x.start and x.end <= pos and pos - x.end <= 70]
    if not cands:
        return None
    gap = text[cands[-1].end:pos]
    if re.search(r"[.;]", gap):
        return None
    return cands[-1].start, cands[-1].actor_id
