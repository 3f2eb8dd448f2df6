"""One document, end to end: mentions, detected actors, statements with their stances, and
dated events. A pure function of the document, its sentences and the codebook, so it can run
anywhere (a worker process, a Dask cluster) and be cached by its inputs."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

import pandas as pd

from ..corpus.clean import english_quotes, normalise
from ..corpus.dateline import DATE_DATELINE, byline_span, credit_line
from ..dates import interval
from ..ids import stable_id
from . import actors as detect
from . import events as ev
from . import stance as st
from . import temporal
from .statements import refers_back, statement_rows
from .attribution import (ASKED_BARE, ASKED_MID, Attributor, DocContext, Statement, governed, question_before,
                          quote_state, unsaid)
from .codebook import Actor, Codebook, actor_named, person_named
from .lexicon import (DETERMINERS, PREPOSITIONS, Match, Token, dash_labels, ends_clause, id_slug, is_predicate, lemma,
                      plural_source, tokens, turn_label)
from .turns import DIRECT_QUESTION, Turn, asking_labels, asks, interview, source_label, transcript
from .mentions import Matchers, Mention, body_mentions, codebook_mentions, context_mentions, home_state, \
    institution_mentions, sent_at, sentence_index


def slug(text: str) -> str:
    """An actor id from a name (lexicon.id_slug)."""
    return id_slug(text)


@dataclass
class Extractor:
    """Everything compiled from one codebook, built once and reused for every document."""

    cb: Codebook
    matchers: Matchers = field(init=False)
    detector: detect.Detector = field(init=False)
    attributor: Attributor = field(init=False)
    outlets: dict[str, str] = field(default_factory=dict)

    def __post_init__(self):
        self.matchers = Matchers.build(self.cb)
        self.detector = detect.Detector(self.matchers)
        self.attributor = Attributor(self.cb)

    def outlet_actor(self, name: str) -> tuple[str, Actor | None]:
        """The actor a manifest's outlet names: a codebook medium, or a new one from the manifest."""
        if not name:
            return "", None
        if name not in self.outlets:
            self.outlets[name] = actor_named(self.cb, name)
        hit = self.outlets[name]
        if hit:
            return hit, None
        aid = re.sub(r"^the_", "", slug(name))  # ("The Levant Compass" as a name in its text is levant_compass)
        return aid, Actor(aid, name, "media", "", "", [name], [], origin="manifest")

    def known_author(self, name: str) -> str:
        """The codebook person a byline names ("Sergei Lavrov" -> lavrov), or ''."""
        return person_named(self.cb, name)


INTEREST_HEADING = re.compile(r"^(?:what\s+(?P<wants>.+?)\s+wants?|(?:for|as\s+for|the\s+interests\s+of)\s+(?P<who>.+?))"
                              r"[:.]?$", re.IGNORECASE)  # "What Moscow wants", "For Russia:"


def _matches(cb: Codebook, text: str, s0: int, s1: int, toks: list[Token]) -> tuple[list[Match], list[Match]]:
    """A sentence's cue and issue matches, without cue words that belong to something else: the question put in
    "X, asked about Y, says", a word of an issue's own phrase, a capitalised word inside a name."""
    cues = cb.cue_matcher.find(toks)
    cues = [replace(c, group="refusal") if c.group == "refusal_nouns" else c for c in cues
            if c.group != "refusal_nouns" or Attributor.owned(toks, c)]  # "Moscow's refusal to": Moscow refuses
    issue_matches = cb.issue_matcher.find(toks)
    cues = [c for c in cues if not st.question_put(toks, c)]  # ("was asked about the lease": no one demands it, so
    # no one's described position; stance.stance drops it again from the cues it is given, which other callers match
    # afresh)
    phrasal = [m for m in issue_matches if m.group.endswith((":for", ":against")) and m.last > m.first]
    put = [mt.span() for r in (ASKED_MID, ASKED_BARE) for mt in r.finditer(text, s0, s1)]  # "X, asked about Y,
    # says", "X, asked afterward, said": X was asked
    cues = [c for c in cues if not any(a <= c.start < b for a, b in put)]
    cues = [c for c in cues if not any(m.first == c.first and m.last > c.last or m.last == c.last and m.first < c.first
                                       for m in phrasal)  # "push Russian forces out" is an act on the bases,
            # not a demand ("push"); "handing the ousted president back" is the handover, no backing ("back")
            and not (c.group in STANCE_GROUPS and c.first > 0 and toks[c.first].text[:1].isupper()
                     and toks[c.first - 1].text[:1].isupper())]  # "Associated Press": a word of a name
    return cues, issue_matches


def extract_document(doc: dict, text: str, sents: pd.DataFrame, x: Extractor) -> dict:
    """Rows for mentions, events and statements of one document, plus the actors it adds."""
    text = english_quotes(text)  # (one character for one: every offset stays the source's)
    sents = sents.sort_values("sent_id").reset_index(drop=True)
    index = sentence_index(sents)
    found = _found(doc, text, sents, index, x)
    reading = _Reading(x, _context(doc["doc_id"], text, found, x.cb), doc, sents, found)
    for r in sents.itertuples(index=False):
        reading.read(r)
    statements = _quotes_framed_later(x, reading.doc_id, text, sents, reading.statements)
    statements = _remarks_made_by(text, sents, statements, reading.by_sent, reading.types)
    return reading.rows(statements, index)


@dataclass
class _Found:
    """What a document names before its sentences are read: its mentions (the codebook's, then rules, then
    detection), the actors it adds, and who wrote and published it."""

    mentions: list[Mention]
    added: dict[str, Actor]
    author_id: str
    outlet_id: str
    signed: bool = False  # a text of signed letters or comment, whose signatures name their writers


def _found(doc: dict, text: str, sents: pd.DataFrame, index: tuple, x: Extractor) -> _Found:
    """Who a document names and who wrote it: the manifest's outlet and author, then bodies, codebook aliases,
    institutions and places read in context, then the actors the detector finds on its own."""
    cb, m = x.cb, x.matchers
    doc_id = doc["doc_id"]
    outlet_id, outlet_actor = x.outlet_actor(doc.get("outlet") or "")
    author_id = x.known_author(doc.get("author") or "") or doc.get("author_id") or ""  # an op-ed by Lavrov is his
    if not author_id and outlet_id and doc.get("genre") in ("opinion", "editorial", "press-release"):
        author_id = outlet_id  # an unsigned editorial ("We think Syria should ...") is the outlet's own view, a press
        # release its issuer's ("We call on Moscow to ...": an NGO's own words)
    added: dict[str, Actor] = {}
    if outlet_actor:
        added[outlet_id] = outlet_actor
    if author_id and author_id == outlet_id and outlet_actor:
        added[outlet_id] = replace(outlet_actor, type="organization")  # (an editorial board, a release's issuer:
        # a voice of its own, no medium that relays; its name may have two words, "Amnesty International")
    elif author_id and author_id not in cb.actors and author_id != outlet_id:
        name = doc.get("author") or author_id.replace("_", " ").title()
        added[author_id] = Actor(author_id, name, "person" if len(name.split()) in (2, 3) else "organization", "",
                                 "Author", [name], [], origin="manifest")
    bodies, body_actors = body_mentions(doc_id, text, index, m, [])  # "Russia's foreign ministry" before "Russia"
    added.update(body_actors)
    mentions = [y for y in codebook_mentions(doc_id, text, index, m)
                if not any(b.start < y.end and y.start < b.end for b in bodies)] + bodies
    mentions += institution_mentions(doc_id, text, index, m, [(y.start, y.end) for y in mentions])
    place = re.split(r"[,(/]", doc.get("dateline") or "")[0].strip()
    in_context, body_actors = context_mentions(doc_id, text, sents, index, m, mentions, home_state(place, m))
    mentions += in_context
    for aid, body in body_actors.items():  # "Syria's central bank" ... "the central bank": one actor
        added.setdefault(aid, body).aliases.extend(a for a in body.aliases if a not in added[aid].aliases)
    titles = [(int(r.start), int(r.end)) for r in sents.itertuples(index=False) if r.kind == "heading" or r.sent_id == 0
              or len(text[r.start:r.end].split()) >= 8 and not re.match(r"\s*[-*•]", text[r.start:r.end])
              and not text[r.start:r.end].rstrip().endswith((".", "!", "?", '"', "”", ":", ";"))]  # (and a long line
    # without a sentence's end: a second headline, a deck, never a list's item; whether it is in title case is the
    # detector's test)
    signed = doc.get("genre") in detect.SIGNED_GENRES
    detected = x.detector.detect(doc_id, text, index, mentions, titles, signed=signed)
    added.update(detected.actors)
    mentions = [y for y in mentions if (y.start, y.end) not in detected.displaced] + detected.mentions
    byline = byline_span(text)
    author = cb.actors.get(author_id) or added.get(author_id)
    names = {" ".join(n.lower().split()) for n in [doc.get("author") or ""] + (author.aliases if author else []) if n}
    if byline and " ".join(text[byline[0]:byline[1]].lower().split()) in names and sent_at(index, byline[0]) >= 0 \
            and not any(y.start < byline[1] and byline[0] < y.end for y in mentions):
        # "By Jane Roe": the byline names the author, who speaks in the text in her own voice (only the author the
        # manifest gives: another name there, or an outlet standing in for one, is no mention of them)
        mentions.append(Mention(doc_id, *byline, sent_at(index, byline[0]), text[byline[0]:byline[1]], author_id,
                                "author"))
    mentions.sort(key=lambda y: y.start)  # ("of United Russia": a party, no mention of Russia)
    return _Found(mentions, added, author_id, outlet_id, signed)


def _context(doc_id: str, text: str, found: _Found, cb: Codebook) -> DocContext:
    """What attribution knows of the document before its first sentence: actors' types and roles, and the two
    parties the story is about (its two most named states, or the most named person of each)."""
    added = found.added
    types = {a.id: a.type for a in cb.actors.values()} | {a.id: a.type for a in added.values()}
    roles = {a.id: (a.role or "") + " " + " ".join(a.titles) for a in cb.actors.values()} | {
        a.id: a.role for a in added.values()}
    affiliation = {a.id: a.affiliation for a in cb.actors.values()} | {a.id: a.affiliation for a in added.values()}
    state_counts: dict[str, int] = {}
    for y in found.mentions:  # the states the story is about: named, or represented by their people
        state = y.actor_id if types.get(y.actor_id) == "state" else affiliation.get(y.actor_id, "")
        if state and types.get(state) == "state":
            state_counts[state] = state_counts.get(state, 0) + 1
    parties = tuple(sorted(state_counts, key=lambda s: (-state_counts[s], s))[:2])
    person_counts: dict[str, int] = {}
    for y in found.mentions:
        if types.get(y.actor_id) == "person":
            person_counts[y.actor_id] = person_counts.get(y.actor_id, 0) + 1
    leaders = tuple(max((p for p in person_counts if affiliation.get(p) == st_), key=lambda p: (person_counts[p], p),
                        default="") for st_ in parties)
    states = parties
    if len(parties) == 2 and all(leaders):
        parties = leaders  # "the parties stressed", "the two leaders agreed": the two people who met
    genders: dict[str, str] = {}
    for y in found.mentions:  # a name's own word may say the sex ("Umm Fadi" a mother, "Abu Samer" a father, "Mrs Roe")
        said = SEXED_NAME.search(text, max(0, y.start - 10), y.start + 5) if types.get(y.actor_id) == "person" else None
        if said and y.start <= said.end() <= y.end + 1 and not getattr(cb.actors.get(y.actor_id), "gender", ""):
            genders.setdefault(y.actor_id, "f" if said.group("f") else "m")
    return DocContext(doc_id, text, found.author_id, found.outlet_id, cb, types, roles, parties, party_states=states,
                      affiliation={p: affiliation.get(p, "") for p in person_counts}, recent_persons=[], anonymous={},
                      genders=genders)


#: The word of a name, or the courtesy title before it, that says a person's sex: a kunya ("Umm Fadi", the mother of
#: Fadi; "Abu Samer"), "Mrs", "Ms", "Mr".
SEXED_NAME = re.compile(rf"\b(?:(?P<f>{'|'.join(k for k, v in detect.KUNYAS.items() if v == 'f')}|Mrs\.?|Ms\.?|Madame|"
                        rf"Mme\.?)|(?P<m>{'|'.join(k for k, v in detect.KUNYAS.items() if v == 'm')}|Mr\.?|Monsieur))"
                        r"\s+(?=[A-Z])")


class _Reading:
    """One pass over a document's sentences in order: who holds the floor, the views each sentence states, its
    dated events, and what a sentence leaves the next (the last speaker, an open quotation, the matter asked)."""

    def __init__(self, x: Extractor, ctx: DocContext, doc: dict, sents: pd.DataFrame, found: _Found):
        cb = x.cb
        self.x, self.cb, self.ctx, self.found = x, cb, ctx, found
        text = ctx.text
        self.by_sent: dict[int, list[Mention]] = {}
        for y in found.mentions:
            self.by_sent.setdefault(y.sent_id, []).append(y)
        self.pub = interval(doc["published"])
        self.raised: list[dict] = []
        self.last_issue: dict[int, str] = {}  # per sentence, the issue it names last (what "the repeal" after it is
        # about)
        self.echoes: dict[int, dict[str, str]] = {}  # per sentence, a noun a later anaphor may echo -> the issue
        # nearest it
        self.anaphor_nouns = {lemma(p.split()[-1].lower()) for p in cb.cues["anaphora"]}
        self.matter: dict[int, str] = {}  # per sentence of a transcript's turn, the matter of the question answered
        self.topic = ""
        self.statements: list[tuple[Statement, list]] = []
        self.event_rows: list[dict] = []
        self.dates_so_far: list[temporal.Temporal] = []
        self.para_start = 0
        self.in_quote = False
        self.interest_of = ""
        self.listing: list[tuple[str, str, str]] = []  # who speaks the list items below a "... stressed the following:"
        self.exclude = {self.outlet_id, self.author_id, ""}  # (and every medium and unnamed source of a sentence:
        # they report, not take part)
        self.before = None  # the sentence before: (id, start, end, tokens, cues, issue matches)
        self.turn, self.paragraph = None, None  # the transcript turn the current paragraph is, if any
        self.interview = interview(cb, sents, self.by_sent, self.types, self.author_id)
        asking = asking_labels(cb, text, sents)
        self.dashed = dash_labels(text, sents[sents["kind"] == "body"].groupby("paragraph")["start"].min())
        self.turns = transcript(cb, text, sents, self.by_sent, self.types, asking, self.dashed)
        self.going_on = None  # in a transcript, the turn an unlabelled paragraph goes on with (an answer of several
        # paragraphs)
        self.guest_unlabelled = not self.turns.is_transcript or not any(t.speaker for t in self.turns.labelled.values())
        self.own_author = ctx.author_id
        self.signed = _signed(text, sents, [y for y in found.mentions if y.method == "declared"]) \
            if found.signed else {}  # paragraph -> the writer whose signature ends it

    # the document's own facts, as the context holds them
    text = property(lambda self: self.ctx.text)
    doc_id = property(lambda self: self.ctx.doc_id)
    types = property(lambda self: self.ctx.actor_types)
    author_id = property(lambda self: self.ctx.author_id)
    outlet_id = property(lambda self: self.ctx.outlet_id)

    def read(self, r) -> None:
        """Read one sentence: its statements and events join the document's."""
        x, cb, text, types = self.x, self.cb, self.text, self.types
        s0, s1 = int(r.start), int(r.end)
        ms = self.by_sent.get(r.sent_id, [])
        opens = r.paragraph != self.paragraph
        if opens:
            self.para_start = s0
            self.ctx.author_id = self.signed.get(r.paragraph, self.own_author)  # (a letters page: each letter its
            # writer's)
        told = self.dates_so_far[-1] if self.dates_so_far and self.dates_so_far[-1].start >= self.para_start else None
        self.ctx.when = (told.date_end if told else self.pub[0]).strftime("%Y-%m")  # the time the passage tells of
        # ("In 2018, Assad met Putin. The president ...": Assad still held the post)
        a0 = self._open(r, s0, ms) if opens else s0  # where the sentence's words start (after a transcript's label)
        if r.kind == "heading":
            self._heading(r, s0, s1, ms)
            if not self.turns.is_transcript:  # a section's heading ends the last voice: a quotation standing alone
                self.ctx.last_speaker, self.ctx.last_via = "", ""  # below it is no one's it cannot name ("ON
                # RUSSIA" over a speech's excerpts, after a spokesman's reply)
            return
        if r.kind != "list-item":
            self.interest_of, self.listing = "", []
        if credit_line(text, s0, s1):  # "(Reporting by ...; Editing by ...)": who made the story, no one's words in it
            return
        toks = tokens(text, s0, s1)
        cues, issue_matches = _matches(cb, text, s0, s1, toks)
        issue_matches = self._issues(r, toks, issue_matches, opens)
        turn = self.turn
        asked = bool(turn) and (not turn.speaker or turn.speaker in self.turns.askers and asks(text[s0:s1]))
        # a question put (also by a named member of a hearing who asks): it raises issues, but states no one's view
        yes_no = DIRECT_QUESTION.match(text, a0, s1) is not None and asks(text[s0:s1]) and not self.in_quote
        # "Will the Minister confirm that ...?": whom it asks has said nothing yet (but "..., as Lavrov suggested on
        # Monday?" has); read after a turn's label; inside a quotation it is the speaker's own rhetorical question
        found_here = self._voices(r, s0, s1, a0, toks, cues, ms, asked, yes_no)
        told_in_answer: list[Statement] = []
        if turn and turn.speaker and not asked and any(f.cue for f in found_here) \
                and all(f.speaker_id != turn.speaker for f in found_here):
            # an answer that tells what others said ("Traders said it was Russian") is still the one who has the
            # floor speaking: theirs too, and what the others said comes through them, told inside the answer (a
            # quotation of another left open from the sentence before, with no verb here, goes on in the one quoted)
            told_in_answer = list(found_here)
            found_here.insert(0, Statement(self.doc_id, r.sent_id, a0, s1, turn.speaker,
                                           x.attributor.relay(self.ctx, turn.speaker), "direct-quote", "", (a0, s1)))
        before_toks = self.before[3] if self.before and self.before[0] == r.sent_id - 1 else []
        self.before = (r.sent_id, s0, s1, toks, cues, issue_matches)
        kept = self._relayed(r, toks, cues, ms, issue_matches, before_toks, found_here)
        holder = self.interest_of or (
            _for_whom(text, s0, ms, types) if not found_here and not asked and not yes_no else "")
        if holder:
            kept.append(Statement(self.doc_id, r.sent_id, s0, s1, holder, self.author_id or self.outlet_id,
                                  "described", "", (s0, s1)))
        if found_here and not holder:
            kept += self._outside_views(r, s0, s1, toks, cues, ms, found_here)
        if turn and not turn.speaker and turn.asker:  # "QUESTION (Jane Roe, Radio Orient): ...": her words, asking
            kept.append(Statement(self.doc_id, r.sent_id, a0, s1, turn.asker, x.attributor.relay(self.ctx, turn.asker),
                                  "direct-quote", "", (a0, s1), asks=True))
        x.attributor.forget()
        if not found_here and not holder and not asked and not yes_no:
            self._unvoiced(r, s0, s1, toks, cues, ms, issue_matches, kept)
        for s in kept:
            self.statements.append((s, toks, cues, issue_matches))
        self._follow(s0, s1, found_here, ms)
        for f in told_in_answer:  # (nested only now: who the floor goes on with is read from them as they were)
            f.nested = True
        self.in_quote = quote_state(text, s0, s1, self.in_quote)
        self.event_rows += _events(x, self.doc_id, r.sent_id, text, a0, s1, toks if a0 == s0 else tokens(text, a0, s1),
                                   [y for y in ms if y.start >= a0], self.pub, self.dates_so_far, self.exclude, types)
        # (a turn's label is no word of what happened: "Host: Repealed in December")

    def _open(self, r, s0: int, ms: list[Mention]) -> int:
        """A paragraph opens: whose turn it is (a label, an interview's answer, a transcript's turn going on);
        where its words start."""
        text, turns = self.text, self.turns
        self.paragraph = r.paragraph
        turn = (turns.labelled.get(r.paragraph) or (self.interview.get(r.paragraph) if self.guest_unlabelled else None)
                ) if r.kind == "body" else None  # (a transcript's labels say who speaks: no unlabelled interview,
        # unless the labels only put the questions: "Q: ...?", then the guest's answer)
        lm = turn_label(text, s0, self.dashed)
        if turn is None and lm and r.kind == "body":
            turn = source_label(self.x.attributor, self.ctx, text, s0, lm, ms)
        capitalised = lm and all(w[:1].isupper() for w in re.sub(r"\([^()]*\)", "", lm.group("label")).split())
        if turn is None and turns.is_transcript and self.going_on and r.kind == "body" and not capitalised \
                and r.paragraph < turns.last_label:
            turn = Turn(self.going_on.speaker, -1)  # (a label of no one known, "Mr Speaker:", ends the turn too; a
            # sentence's colon, "Our position is clear: ...", does not; after the last label the narration is the
            # writer's again)
        self.going_on = turn if r.kind == "body" else None  # (a heading ends the turn)
        self.turn = turn
        if not turn:
            return s0
        self.ctx.last_speaker, self.ctx.last_via = turn.speaker, ""
        return max(turn.body, s0)

    def _heading(self, r, s0: int, s1: int, ms: list[Mention]) -> None:
        """A heading says whose interest the list below states ("For Russia:") or who stressed it ("The two
        sides stressed the following:")."""
        x, text = self.x, self.text
        hm = INTEREST_HEADING.match(normalise(text[s0:s1]))
        self.interest_of = ""
        self.listing = []
        if text[s0:s1].rstrip().endswith(":") and not hm:  # "The two sides stressed the following:": the list
            h_toks = tokens(text, s0, s1)  # below is what they stressed
            said = x.attributor.sentence(self.ctx, r.sent_id, s0, s1, h_toks, ms,
                                         _matches(self.cb, text, s0, s1, h_toks)[0], False)
            x.attributor.forget()
            self.listing = [(f.speaker_id, f.via_id, f.cue) for f in said if f.cue and f.speaker_id and not f.nested]
        if hm:
            who = [y.actor_id for y in ms if self.types.get(y.actor_id) in ("state", "organization", "group", "person")]
            self.interest_of = who[0] if who else ""

    def _issues(self, r, toks: list[Token], issue_matches: list[Match], opens: bool) -> list[Match]:
        """The issues a sentence raises (the agenda), what a later anaphor may echo, and the matter a transcript's
        question opens; the issue matches with a pronoun's ("Damascus wants him returned") added."""
        cb, before = self.cb, self.before
        if before and before[0] == r.sent_id - 1:  # "Damascus wants him returned": him, the person named before
            persons = {y.actor_id for y in self.by_sent.get(before[0], []) if self.types.get(y.actor_id) == "person"}
            issue_matches = issue_matches + st.pronoun_topics(cb, toks, issue_matches, before[3], before[5],
                                                              len(persons))
        raised_here = st.issues_in(cb, toks, issue_matches)
        for h in raised_here:  # the agenda: every sentence that raises an issue
            self.raised.append({"doc_id": self.doc_id, "sent_id": r.sent_id, "issue_id": h.issue})
        self.last_issue[r.sent_id] = max(raised_here, key=lambda h: h.first).issue if raised_here else ""
        if raised_here:  # "... the EU's decision to lift sanctions, ... the bases. The decision was ...": the issue
            self.echoes[r.sent_id] = {t.lemma: min(raised_here, key=lambda h: abs(h.first - i)).issue  # nearest each
                                      for i, t in enumerate(toks) if t.lemma in self.anaphor_nouns}  # noun a later
            # anaphor echoes
        turn = self.turn
        if turn is None or not turn.speaker and opens:  # a question opens a matter; plain text has none
            self.topic = ""
        if turn:
            self.matter[r.sent_id] = "" if turn.speaker in self.turns.askers else self.topic  # (who asked answers
            # nothing: "Should the sanctions be lifted? I yield back.")
            named = [mt.group.split(":")[0] for mt in issue_matches if mt.group.endswith((":topic", ":keyword"))]
            self.topic = self.last_issue[r.sent_id] or (named[-1] if named and not turn.speaker else "") or self.topic
            # a question raises what it names ("And the sanctions?"), with no act on it
        return issue_matches

    def _voices(self, r, s0: int, s1: int, a0: int, toks: list[Token], cues: list[Match], ms: list[Mention],
                asked: bool, yes_no: bool) -> list[Statement]:
        """Who speaks in a sentence, by its frames, a turn or a list's heading; a report back ("This was stated
        by X.") gives the sentence before to X instead."""
        x, ctx, text, doc_id = self.x, self.ctx, self.text, self.doc_id
        here = [y for y in ms if y.start >= a0]
        found_here = [] if asked else x.attributor.sentence(ctx, r.sent_id, a0, s1, toks, here, cues,
                                                            self.in_quote or bool(self.turn))  # a turn's words: a
        # quotation
        if asked and not asks(text[s0:s1]):  # "Question (RIA): Minister X said this week that ...": the question
            found_here = [f for f in x.attributor.sentence(ctx, r.sent_id, a0, s1, toks, here, cues, False)  # tells
                          if f.cue and not f.nested and f.subject == "mention"  # of what someone named said (not
                          and lemma(f.cue.split()[0].lower()) in x.attributor.content_verbs]  # "Damascus has long
            # demanded ...": the asker's own framing of the question)
        if yes_no:
            opening = text.find(",", a0, s1)
            found_here = [f for f in found_here if f.frame and opening >= 0 and f.frame[0] > opening]
        if self.listing and not found_here and not asked:  # an item of a list a speech frame introduced: their words
            found_here = [Statement(doc_id, r.sent_id, s0, s1, sp, via, "reported", cue, (s0, s1))
                          for sp, via, cue in self.listing]
        back, relay, cue = ((), "", "") if asked else x.attributor.said_before(ctx, s0, s1, ms)
        said = lambda s: s.cue and lemma(s.cue.split()[0].lower()) not in self.cb.cues["joint_acts"]  # noqa: E731
        before = self.before
        if back and before and not any(s.sent_id == before[0] and said(s) for s, *_ in self.statements):
            # "... . This was stated to journalists by X.": the sentence before is X's view (unless someone spoke in
            # it; what the parties agreed, "Moscow and Damascus have agreed to ...", stays theirs as well)
            p_id, p0, p1, p_toks, p_cues, p_issues = before
            for sp in back:
                self.statements.append((Statement(doc_id, p_id, p0, p1, sp, relay, "reported", cue, (p0, p1)), p_toks,
                                        p_cues, p_issues))
            found_here = []
        return found_here

    def _relayed(self, r, toks: list[Token], cues: list[Match], ms: list[Mention], issue_matches: list[Match],
                 before_toks: list[Token], found_here: list[Statement]) -> list[Statement]:
        """The views a sentence's voices hold, with the acts they tell of ("..., but Moscow rejected the request")
        as views of those acts' actors; a medium that only relays another's act holds no view of its own."""
        x, cb, ctx, types = self.x, self.cb, self.ctx, self.types
        negated = {c.first for c in cues if c.group == "readiness"
                   and any(n.group == "negation" and 0 < c.first - n.last <= 3 for n in cues)}  # "not prepared to"
        unsaid_at = unsaid(cues, toks)  # "did not expect Moscow to agree", "urged Damascus to confirm": no act yet
        light = x.attributor.light_verb_before
        carried = lambda c: c.group in LIGHT_NOUN_ACTS and light(toks, c) is not None  # noqa: E731
        # ("has put forward a proposal to": a noun act that a light verb makes its subject's)
        acts = [c for c in cues if (c.group in ("demand", "refusal", "speech", "wants", "positive_forms", "readiness")
                                    or c.first in negated) and not is_predicate(toks, c)
                and c.first not in unsaid_at
                and (not x.attributor._is_noun(toks, c) or carried(c)
                     or c.group in ("demand", "refusal") and x.attributor.owned(toks, c))  # "Moscow's refusal to"
                and not x.attributor.is_phrasal(toks, c)
                and not (c.group == "speech" and x.attributor.is_passive(toks, c))]  # "was not raised": no one's act
        # an offer or a readiness inside a view is another actor's act when a channel passes it on ("Russia has
        # offered wheat, according to people familiar with the matter"); a speaker who tells of it speaks for it
        offers = lambda o: acts if types.get(o.speaker_id) in ("anonymous", "media") or o.speaker_id in ctx.anonymous \
            else [c for c in acts if c.group != "readiness" or c.first in negated]  # noqa: E731
        nested = [n for outer in found_here for n in x.attributor.nested(ctx, outer, toks, ms, offers(outer))
                  if st.issues_in(cb, [t for t in toks if n.scope[0] <= t.start < n.scope[1]])
                  or refers_back(cb, toks, n.scope, issue_matches, self.last_issue.get(r.sent_id - 1, ""),
                                 frozenset(t.lemma for t in before_toks))]
        # ("..., but Moscow rejected the request"; "Damascus has not accepted the offer, the sources said")
        nested = [n for n in nested if not any(f.speaker_id == n.speaker_id and f.cue and n.cue and f.cue != n.cue and (
            n.cue.startswith(f.cue) or f.cue.startswith(n.cue)) for f in found_here)]  # ("Syria and Russia have
        # agreed to review ..., officials said": the act "agreed to" is the one "agreed" that made them speakers; the
        # same cue twice is two acts, "had asked ..., and has asked again")
        relayed = {n.via_id for n in nested if types.get(n.via_id) == "media"}
        for f in [f for f in found_here if types.get(f.speaker_id) == "media" and f.speaker_id not in relayed
                  and f.cue and not f.nested]:
            subject = x.attributor.complement_subject(ctx, f, ms)  # "Bloomberg reported that Moscow is close
            if subject:  # to a deal to keep ...": Moscow's position, the medium relays it (an unnamed source's
                # "Moscow will keep the base" is what it expects to happen, no one's position: it stays neutral)
                nested.append(Statement(self.doc_id, f.sent_id, f.start, f.end, subject, f.speaker_id, "reported",
                                        f.cue, f.scope))
                relayed.add(f.speaker_id)
        return [f if f.speaker_id not in relayed else replace(f, relay_only=True)
                for f in found_here] + nested  # "Reuters reported that Moscow refused ...": the medium relays the
        # act; it holds no view of its own (it spoke: a statement on no issue)

    def _outside_views(self, r, s0: int, s1: int, toks: list[Token], cues: list[Match], ms: list[Mention],
                       found_here: list[Statement]) -> list[Statement]:
        """In a sentence where someone speaks, a want outside every reported view is described ("Russia seeks to
        keep Hmeimim ..., when Putin said ..."), and a forecast outside them is the source's own assessment, each
        over the stretch of the sentence no view covers."""
        x, ctx = self.x, self.ctx
        out = []
        covered = sorted([(min(f.scope[0], (f.frame or f.scope)[0]), max(f.scope[1], (f.frame or f.scope)[1]))
                          for f in found_here]
                         + [(s0, f.question[1]) for f in found_here if f.question])  # "Asked whether ...": the
        # reporter's question, from its "Asked" on
        free = [c for c in _wants(x, toks, cues, bool(self.author_id))
                if not any(a <= c.start < b for a, b in covered)]
        stretch = lambda pos: (max([b for a, b in covered if b <= pos] + [s0]),  # noqa: E731
                               min([a for a, b in covered if a > pos] + [s1]))
        for c in free:
            for d in x.attributor.described(ctx, r.sent_id, s0, s1, ms, [c]):
                lo, hi = stretch(c.start)
                owned = c.group in ("demand", "refusal") and x.attributor.owned(toks, c)  # (an owned demand in its
                d.scope = (max(lo, d.scope[0]), min(hi, d.scope[1])) if owned else (lo, hi)  # own words)
                out.append(d)
        # "The Kremlin is unlikely to hand him over; it has said ...": a forecast outside every reported view is the
        # source's own assessment, over its stretch, when that stretch names an issue
        guess = next((c for c in cues if c.group == "forecast" and not any(a <= c.start < b for a, b in covered)), None)
        if guess is not None and not free:
            lo, hi = stretch(guess.start)
            if st.issues_in(self.cb, tokens(self.text, lo, hi)) and (own := x.attributor.own_voice(
                    ctx, r.sent_id, s0, s1, "forecast")):
                own.scope = (lo, hi)
                out.append(own)
        return out

    def _unvoiced(self, r, s0: int, s1: int, toks: list[Token], cues: list[Match], ms: list[Mention],
                  issue_matches: list[Match], kept: list[Statement]) -> None:
        """A sentence where no one speaks: the author's reading, an actor's described want, or the source's own
        forecast or view on an issue (added to ``kept``)."""
        x, ctx, text, author_id = self.x, self.ctx, self.text, self.author_id
        mine = author_id and MY_VIEW.match(text, s0, s1) is not None and (own := x.attributor.own_voice(
            ctx, r.sent_id, s0, s1, "view"))
        asked = question_before(text, s0, s1)  # ("Asked whether Moscow might reconsider the asylum, Peskov was
        # brief": the question's act is no one's want)
        wants = [c for c in _wants(x, toks, cues, bool(author_id)) + _policies(x, toks, issue_matches)
                 if not (asked and c.start < asked[1])]
        kept += [own] if mine else x.attributor.described(ctx, r.sent_id, s0, s1, ms, wants)
        hits = st.issues_in(self.cb, toks, issue_matches)
        forecast = any(c.group == "forecast" for c in cues)
        view = author_id and (any(c.group == "author_view" for c in cues) or r.kind == "list-item"
                              or re.search(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur)\b", QUOTED.sub("", text[s0:s1])))  # (also "We
        # agreed ...", never inside a quotation: '"We will keep the bases," Lavrov said')
        carried = not hits and bool(self.last_issue.get(r.sent_id - 1))  # "A deal is unlikely to come quickly": the
        # source's own voice goes on about the matter of the sentence before (a statement of the source; which issue
        # it bears on, and which side, the words do not say, so it takes none)
        if (hits or carried) and (forecast or view) and not any(s.attribution == "described" for s in kept):
            own = x.attributor.own_voice(ctx, r.sent_id, s0, s1, "forecast" if forecast else "view")
            if own:
                kept.append(own)

    def _follow(self, s0: int, s1: int, found_here: list[Statement], ms: list[Mention]) -> None:
        """What the sentence leaves the next: who spoke last (the floor of a transcript's turn), the last person,
        unnamed source and medium ("he said", "the newspaper")."""
        x, ctx, text, types, turn = self.x, self.ctx, self.text, self.types, self.turn
        speakers = [s for s in found_here if s.speaker_id]
        if turn and turn.speaker:  # in a transcript's turn, whoever else speaks is told of by the one who has the
            for s in speakers:  # floor ("The Russian side says ..."), and the floor stays theirs
                if s.speaker_id != turn.speaker and s.via_id in ("", self.outlet_id, self.author_id):
                    s.via_id = turn.speaker
            quoted = [s for s in speakers if s.speaker_id != turn.speaker and not s.nested and s.frame
                      and re.match(r"(?:\s+[\w’'-]+){0,3}\s*[,:]?\s*[“\"]", text[s.frame[1]:s1])]  # (whose own verb
            # opens the quotation: "told me, \"...", not "Lavrov said the bases would stay, but the mood is \"...")
            speakers = [s for s in speakers if s.speaker_id == turn.speaker]
            if quoted and quote_state(text, s0, s1, self.in_quote):  # 'One adviser told me, "We are not asking ... .
                speakers = quoted[-1:]  # We are asking ..."': a quotation still open goes on in the one it quotes
            if not speakers:
                ctx.last_speaker, ctx.last_via = turn.speaker, ""
        if speakers:
            voice = next((s for s in speakers if not s.nested), speakers[0])  # who spoke, not whose act they told
            ctx.last_speaker, ctx.last_via = voice.speaker_id, voice.via_id
            persons = [s.speaker_id for s in speakers if types.get(s.speaker_id) == "person"]
            ctx.last_person_speaker = persons[0] if persons else ctx.last_person_speaker
            # the sentence's last voice, a person or an unnamed source that spoke or relayed ("according to a
            # diplomat, the Syrian side asked ...": the diplomat spoke, the state did not); if one unnamed source
            # ("an official", "one of the officials"), "he" is that one
            voiced_states = set(ctx.voiced_at.values())
            through = {s.speaker_id for s in speakers if s.frame and any(
                s.frame[0] <= at < s.frame[1] and state == s.speaker_id for at, state in ctx.voiced_at.items())
                or s.subject == "pronoun" and s.speaker_id == ctx.last_source and s.speaker_id in voiced_states}
            # (a state whose unnamed representative spoke here, or "he" who went on for it: "he" goes on with it, not
            # with the state named later)
            voiced = lambda a: a in ctx.anonymous or types.get(a) == "person" or a in through  # noqa: E731
            last, final = next(((s, v) for s in reversed(speakers) for v in (s.speaker_id, s.via_id) if voiced(v)),
                               (None, ""))
            f0 = last.frame[0] if last is not None and last.frame else -1
            one = f0 >= 0 and (re.match(r"\s*one\s+of\b", text[f0:], re.IGNORECASE)
                               or re.search(r"\bone\s+of\s+$", text[max(0, f0 - 10):f0], re.IGNORECASE))
            ctx.last_source = final if final in ctx.anonymous and (not plural_source(final) or one) \
                or final in through else ""
        if not any(types.get(s.speaker_id) == "person" for s in speakers):
            subject = x.attributor.subject(ctx, s0, ms)  # "Novak also offered ... . ..., he said": Novak
            persons = {y.actor_id for y in ms if types.get(y.actor_id) == "person"}
            new = [y.actor_id for y in ms if y.actor_id in persons and y.actor_id not in (ctx.recent_persons or [])
                   and y.method == "declared"]  # one who gave the reporter a name (not "the strike killed General
            # Omar Haddad": a person named in passing)
            if subject and types.get(subject) == "person":
                ctx.last_person_speaker, ctx.last_source = subject, ""
            elif not speakers and len(persons) == 1 and new:  # "For a baker, who asked that only her first
                ctx.last_person_speaker, ctx.last_source = new[0], ""  # name, Lina, be used, ... . '...,' she said":
                # one who gives the reporter a name is about to be quoted
            elif not speakers:
                lead = next(iter(x.attributor.candidates(ctx, s0, s1, ms)), None)
                if lead is not None and lead.kind == "anonymous" and not text[s0:lead.start].strip(" \"“") \
                        and not plural_source(lead.actor_ids[0]) and (VIEW_TURN.match(text, lead.end, s1)
                                                                      or ACTIVE_TURN.match(text, lead.end, s1)):
                    ctx.last_source = lead.actor_ids[0]  # "A Syrian official offered a different reading. ..., he
                    # said": the one unnamed source a sentence with no voice opens with, taking a view of its own or
                    # doing something ("A resident of a village, reached by phone, counted ..."; not "A Syrian
                    # diplomat was expelled last month.")
        ctx.body_since = not speakers and (ctx.body_since or any(
            types.get(y.actor_id) in ("state", "organization", "group") for y in ms))
        for y in ms:
            if types.get(y.actor_id) == "person":
                ctx.recent_persons.append(y.actor_id)
            elif types.get(y.actor_id) == "media" and y.actor_id not in (self.outlet_id, ""):
                ctx.last_medium = y.actor_id

    def rows(self, statements: list, index: tuple) -> dict:
        """The document's rows: unnamed speakers and relays become actors, and their phrases mentions."""
        x, cb, ctx, text, doc_id = self.x, self.cb, self.ctx, self.text, self.doc_id
        added, mentions = self.found.added, self.found.mentions
        for aid, name in ctx.anonymous.items():
            if any(aid in (s.speaker_id, s.via_id) for s, *_ in statements):  # "..., according to two officials":
                # they only relay what precedes, yet the table must know them
                added[aid] = Actor(aid, name, "anonymous", _affiliation_of(aid, cb), "", [], [], origin="detected")
        rows = statement_rows(cb, text, statements, self.types | {a: "anonymous" for a in ctx.anonymous},
                              self.last_issue, {a.id: a.affiliation for a in added.values()}, self.matter,
                              self.by_sent, self.echoes)
        used = {r["speaker_id"] for r in rows} | {r["via_id"] for r in rows}
        extra = []
        for aid in ctx.anonymous:
            if aid in added:
                for mt in x.attributor.anonymous.finditer(text):
                    if x.attributor._anonymous_id(DocContext(doc_id, text, "", "", cb, {}, {}, (), anonymous={}),
                                                  mt) == aid:
                        sid = sent_at(index, mt.start())
                        if sid >= 0 and not any(y.start < mt.end() and mt.start() < y.end for y in mentions):
                            extra.append(Mention(doc_id, mt.start(), mt.end(), sid, mt.group(0), aid, "anonymous"))
                            if mt.group(0) not in added[aid].aliases:
                                added[aid].aliases.append(mt.group(0))
        mentions = sorted(mentions + extra, key=lambda y: (y.start, y.end))
        keep_added = {k: v for k, v in added.items() if v.origin != "manifest" or k in used}
        return {"mentions": [y.__dict__ for y in mentions], "events": self.event_rows, "statements": rows,
                "issue_mentions": self.raised, "detected": list(keep_added.values())}


OPENS_QUOTE = re.compile(r"\s*[“\"]")
#: A quotation's end and the frame after it ('... choose," said X'): what the frame's sentence opens with.
CLOSES_QUOTE = re.compile(r"[^“”\"]*[”\"]\s*,?\s*(?:[^“”\".;:!?]{0,80}\s)?$")  # (the speaker may stand before the verb:
# '... discount," a civil society organizer told Axios')


def _signed(text: str, sents: pd.DataFrame, mentions: list) -> dict[int, str]:
    """The paragraphs of each signed letter (:func:`actors.signatures`) -> its writer: the body paragraphs above the
    signature, back to the heading or the signature before it."""
    at = {y.start: y.actor_id for y in mentions}
    firsts = sents.groupby("paragraph").agg(kind=("kind", "first"), start=("start", "min"), end=("end", "max"))
    signer: dict[int, str] = {}
    for mt in detect.signatures(text):
        para = firsts.index[(firsts["start"] <= mt.start("n")) & (mt.start("n") < firsts["end"])]
        if len(para) and at.get(mt.start("n")):
            signer[int(para[0])] = at[mt.start("n")]
    out: dict[int, str] = {}
    letter: list[int] = []
    for para, kind in zip(firsts.index, firsts["kind"]):
        if para in signer:
            out.update({q: signer[para] for q in letter})
            letter = []
        elif kind == "heading":
            letter = []
        else:
            letter.append(int(para))
    return out


#: "Spokesperson Jane Roe made the remarks at a regular press conference": whose the remarks before were.
REMARKS_MADE = re.compile(r"\s+made\s+(?:the|these|those|his|her)\s+(?:remarks|comments)\b")


def _remarks_made_by(text: str, sents: pd.DataFrame, statements: list, by_sent: dict, types: dict) -> list:
    """A state wire's '..., a foreign ministry spokesperson said on Tuesday. Spokesperson Jane Roe made the remarks
    at a regular press conference ...': the unnamed speaker of the two sentences before is the person who made the
    remarks."""
    rows = list(sents.itertuples(index=False))
    renamed: dict[int, str] = {}
    for i, r in enumerate(rows):
        mt = REMARKS_MADE.search(text, int(r.start), int(r.end))
        who = [y for y in by_sent.get(r.sent_id, []) if mt and y.end <= mt.start() and not text[y.end:mt.start()].strip()
               and types.get(y.actor_id) == "person"] if mt else []
        if who:
            for k in range(max(0, i - 2), i):
                if rows[k].kind == "body":
                    renamed[rows[k].sent_id] = who[-1].actor_id
    if not renamed:
        return statements
    return [(replace(s, speaker_id=renamed[s.sent_id]), *rest) if s.sent_id in renamed and s.speaker_id.startswith(
        "unnamed_") and not s.nested and s.attribution in ("reported", "direct-quote") else (s, *rest)
            for s, *rest in statements]


def _quotes_framed_later(x: Extractor, doc_id: str, text: str, sents: pd.DataFrame, statements: list) -> list:
    """A quotation that runs over sentences is the words of the speaker its closing frame names
    ('"Sharaa needs Russia's veto. He cannot afford to choose," said Karim Nasrallah'): the sentences
    from the opening mark on, which had no frame of their own, are that speaker's, not the speaker
    before nor a position described in them."""
    by_sent: dict[int, list] = {}
    for item in statements:
        by_sent.setdefault(item[0].sent_id, []).append(item)
    rows = list(sents.itertuples(index=False))
    out_drop: set[int] = set()
    added = []
    for i, r in enumerate(rows):
        if r.kind != "body" or not OPENS_QUOTE.match(text, int(r.start)) or any(
                s.cue for s, *_ in by_sent.get(r.sent_id, [])):
            continue
        for j in range(i + 1, min(i + 6, len(rows))):  # the frame within the paragraph, a few sentences on
            nxt = rows[j]
            if nxt.paragraph != r.paragraph:
                break
            split_off = _asks_in_quote(rows[j - 1].text) and nxt.text[:1].islower()
            # ('... about the Turks?" the official said.': the frame split off after a question's mark)
            framed = [s for s, *_ in by_sent.get(nxt.sent_id, []) if s.cue and s.frame and not s.nested
                      and (CLOSES_QUOTE.match(text[int(nxt.start):s.frame[0]]) or split_off)]
            closing = ("”" in nxt.text or '"' in nxt.text) and not any(s.cue for s, *_ in by_sent.get(nxt.sent_id, []))
            if closing and not framed:  # a quotation closed with no frame goes on quoting whom its last sentence
                framed = [s for s, *_ in by_sent.get(nxt.sent_id, []) if s.attribution == "direct-quote"]  # quotes
            if framed:
                speaker = framed[0]
                for k in range(i, j):
                    sid, k0, k1 = rows[k].sent_id, int(rows[k].start), int(rows[k].end)
                    out_drop |= {id(item) for item in by_sent.get(sid, []) if not item[0].cue}
                    # ('"Moscow wants its bases, Damascus wants wheat. ...," the diplomat said': the wants are told by
                    # the one quoted, no longer described by the outlet)
                    added += [(replace(s, via_id=speaker.speaker_id, attribution="reported", nested=True, joint=True),
                               *rest)
                              for s, *rest in by_sent.get(sid, []) if s.attribution == "described"
                              and s.speaker_id != speaker.speaker_id]
                    toks = tokens(text, k0, k1)
                    added.append((Statement(doc_id, sid, k0, k1, speaker.speaker_id, speaker.via_id, "direct-quote",
                                            "", (k0, k1)), toks, x.cb.cue_matcher.find(toks),
                                  x.cb.issue_matcher.find(toks)))
                break
            after = rows[j + 1] if j + 1 < len(rows) and rows[j + 1].paragraph == r.paragraph else None
            if closing and _asks_in_quote(nxt.text) and after is not None \
                    and after.text[:1].islower():
                continue  # (its frame is the next "sentence")
            if any(s.cue for s, *_ in by_sent.get(nxt.sent_id, [])) or "”" in nxt.text or '"' in nxt.text:
                break  # another frame, or the quotation closed with none
    if not added:
        return statements
    kept = [item for item in statements if id(item) not in out_drop] + added
    return sorted(kept, key=lambda item: item[0].sent_id)


def _asks_in_quote(sentence: str) -> bool:
    """Does a sentence end on a quotation's question or exclamation mark ('... about the Turks?"'), after which a
    sentence splitter leaves the frame ("the official said.") on its own?"""
    return sentence.rstrip().endswith(("?”", '?"', "!”", '!"'))


#: A correction's account of the text's own error ("An earlier version of this story said the talks took place on
#: Monday"): what it quotes is no happening.
CORRECTED = re.compile(r"\b(?:earlier|previous|original)\s+version\s+of\s+this\s+(?:story|article|report|text)\b",
                       re.IGNORECASE)


def _events(x: Extractor, doc_id: str, sent_id: int, text: str, s0: int, s1: int, toks: list[Token],
            ms: list[Mention], pub, dates_so_far: list, exclude: set, types: dict) -> list[dict]:
    """The dated events of one sentence (``dates_so_far`` grows: a later "the same day" needs them)."""
    rows = []
    found = temporal.find(text, s0, s1, pub, dates_so_far)
    item = DATE_DATELINE.match(text, s0)  # a later item's own date and agency ("Sept 9 (Interfax) - ..."): the item's
    if item and len(found) > 1:  # date only when the sentence gives no other
        found = [t for t in found if t.start >= item.end()]
    for t in found:
        d = ev.describe(x.cb, x.matchers, text, toks, t, ms,
                        exclude | {y.actor_id for y in ms if types.get(y.actor_id) in ("media", "anonymous")}, found)
        if d.about_the_text or d.modifier or d.header_line and sent_id <= 3 or CORRECTED.search(text, s0, s1):
            # "That's it for this week.", a top line's date, "the 1974 lines", what an earlier version of the story
            # wrongly said: no happening
            dates_so_far.append(t)
            continue
        sub = tokens(text, *d.segment)
        issues = [h.issue for h in st.issues_in(x.cb, sub)]
        rows.append({
            "event_id": stable_id("ev", doc_id, t.start, t.end), "doc_id": doc_id, "sent_id": sent_id,
            "start": s0, "end": s1, "expr_start": t.start, "expr_end": t.end, "date_text": t.text,
            "date_start": t.date_start.isoformat(), "date_end": t.date_end.isoformat(), "precision": t.precision,
            "is_relative": t.relative, "summary": _summary(text, s0, s1, t), "kind": d.kind, "family": d.family,
            "label": d.label, "place": d.place, "actor_ids": "|".join(dict.fromkeys(d.agents + d.patients)),
            "agent_ids": "|".join(d.agents), "patient_ids": "|".join(d.patients), "issue_ids": "|".join(issues)})
        dates_so_far.append(t)
    return rows


#: Acts told as nouns that a light verb gives a subject inside a view ("said Moscow had made a request to",
#: "has put forward a proposal to"); other cues as nouns are no one's act ("a call for", "the offer").
LIGHT_NOUN_ACTS = {"demand", "readiness", "refusal"}
#: Cue groups that take a side or say how; a capitalised word inside a name ("the Associated Press") is none.
STANCE_GROUPS = {"demand", "readiness", "refusal", "reversal", "positive", "positive_forms", "wants", "neutral",
                 "condition", "requirement", "negation", "silence", "forecast", "author_view"}

#: What a source that speaks next is said to be or do first ("A Syrian official was more cautious", "..., close to the
#: ministry, offered a different reading", "disagreed"): a view of its own, before its words.
VIEW_TURN = re.compile(r"(?:,[^,]{1,80},)?\s+(?:(?:was|were|is|are|sounded|seemed)\s+(?:far\s+|even\s+|much\s+)?"
                       r"(?:more|less)\s+[a-z]+|(?:offered|struck|took|gave|had|painted|sounded)\s+(?:a|an)\s+"
                       r"(?:[a-z-]+\s+){0,2}(?:reading|note|tone|view|take|assessment|picture|account|line)|"
                       r"(?:disagreed|differed|demurred))\b")

#: What a source that speaks next does first, in the active voice, after where it is from and an aside ("A resident of
#: a village near Homs, reached by phone, counted ...").
ACTIVE_TURN = re.compile(r"(?:\s+(?:of|from|in|at|near)\s[^,.;:]{1,60})?(?:,[^,.;:]{1,80},)?\s+"
                         r"(?!(?:was|were|had|has|is|are|been)\b)[a-z]+ed\b"
                         r"(?![^,.;:]*\s(?:was|were|is|are|had|has|have)\s)")  # (not "A diplomat detained in
# Beirut was released": a shortened passive before the verb)

#: A quotation's words, marks included ('"We will stay"', '«...»'), or the rest of a sentence after a quotation opens.
QUOTED = re.compile(r"[“\"«][^“”\"«»]*(?:[”\"»]|$)")

#: "For Moscow, the priority is ...": a sentence that opens by naming whose view or interest it states
FOR_WHOM = re.compile(r"[\s\"“]*(?:(?:and|but|yet)\s+)?for\s+", re.IGNORECASE)


def _for_whom(text: str, s0: int, mentions: list, types: dict) -> str:
    """The state, organisation or person a sentence opens with after "For" and a comma
    ("For Moscow, as before, the main thing is to keep the bases"), or ''."""
    lead = FOR_WHOM.match(text, s0)
    first = min(mentions, key=lambda y: y.start, default=None)
    if not lead or first is None or first.start != lead.end() or types.get(first.actor_id) not in (
            "state", "organization", "group", "person"):
        return ""
    return first.actor_id if re.match(r"\s*,", text[first.end:first.end + 3]) else ""


def _affiliation_of(aid: str, cb: Codebook) -> str:
    """The state an unnamed source's id names: by its demonym ("unnamed_syrian_official") or by a one-word name
    of the state used as an adjective ("unnamed_kremlin_official")."""
    dem = cb.state_of_demonym()
    parts = aid.split("_")
    if len(parts) <= 2:
        return ""
    return dem.get(parts[1], "") or actor_named(cb, parts[1], "state") or ""


POLICY_REACH = 6  # tokens from a policy's verb to the issue's term it acts on
POSSIBLE = ("may", "might", "could")  # modals of what may be done, no one's act or position


def _policies(x: Extractor, toks: list[Token], issue_matches: list[Match]) -> list[Match]:
    """An issue's act that is a policy (``held_acts``), done as a finite verb ("the EU lifted its sanctions",
    "Washington has not repealed them"): its doer holds that position. Not a noun or a gerund ("the lifting of
    sanctions"), nor what may be done ("might ease them")."""
    out = []
    for m in issue_matches:
        issue, _, kind = m.group.partition(":")
        if kind not in ("for", "against") or not x.cb.issues[issue].held_acts:
            continue
        t = toks[m.first]
        prev = toks[m.first - 1].lower if m.first else ""
        named = any(n.group in (issue + ":topic", issue + ":keyword") and 0 < n.first - m.last <= POLICY_REACH
                    and not any(k.text in ",;:" or k.lower in ("and", "but", "or") for k in toks[m.last + 1:n.first])
                    for n in issue_matches)  # (its object: "lifted its economic sanctions", "removed X from its
        # sanctions list"; "removed its equipment", "removed its troops and sanctions were eased" are no policy on
        # sanctions)
        if not named or t.lower == t.lemma or t.lower.endswith("ing") or prev in DETERMINERS | PREPOSITIONS | {"to"} \
                or prev in POSSIBLE or (m.first > 1 and toks[m.first - 2].lower in POSSIBLE):
            continue
        out.append(replace(m, group="policy"))
    return out


def _wants(x: Extractor, toks: list[Token], cues: list, authored: bool = False) -> list:
    """The cues that state what an actor wants or refuses with no one speaking ("Moscow seeks to keep
    the bases"); a want named as a noun ("in support of") is none, nor is one the source foresees ("the
    government will probably ask for ...": the source's assessment) and, in an authored text, one the
    author advises ("Damascus should press for ..." is the author's view, not Damascus's)."""
    ruled = governed(cues, {"forecast", "author_view"} if authored else {"forecast"}, toks)
    nouns = {w.lower() for w in x.cb.cues["want_nouns"]}
    owned = [Match(i, i, t.start, t.end, t.lemma, "owned_wants") for i, t in enumerate(toks) if t.lemma in nouns
             and 0 < i < len(toks) - 2 and any(toks[k].lower.endswith(("'s", "’s")) for k in (i - 1, i - 2) if k >= 0)
             and toks[i + 1].lemma in ("be", "remain") and toks[i + 2].lower == "to"]  # "Moscow's (main) goal is to"
    # ("wants Assad back.", "as Moscow hoped,": a want with no object after it is no verb of wanting)
    maybe = {c.first for c in cues if c.first > 0 and toks[c.first - 1].lower in POSSIBLE}
    # ("Damascus may decide to end the lease": a possibility the source raises, no one's position)
    unnamed = x.cb.cue_matcher.find(toks, {"anonymity"})
    maybe |= {c.first for c in cues if any(0 < a.first - c.last <= 2 for a in unnamed)}  # (", asking not to be
    # named": why the source is unnamed, no demand of anyone's)
    maybe |= {c.first for c in cues if any(st.asked_about(toks, k) for k in range(max(0, c.first - 4), c.first))}
    # ("was asked about the request and declined to comment": the question's matter, no one's demand)
    maybe |= {c.first for c in cues if c.group == "wants" and any(
        t.lower in ("whether", "if") for t in toks[c.last + 1:c.last + 5])}  # ("is trying to find out whether
    # Damascus will renew the lease", "wants to know if": a question, no want of the act)
    return [c for c in cues if not is_predicate(toks, c) and (c.group in ("demand", "refusal", "readiness")
                                or c.group == "wants" and not x.attributor._is_noun(toks, c) and not ends_clause(toks, c))
            and c.first not in ruled and c.first not in maybe and not _held(toks, c)] + owned + [
        replace(c, group="held") for c in cues if c.first not in ruled and _held(toks, c)] + [
        Match(i, i, t.start, t.end, t.lemma, "held") for i, t in enumerate(toks) if t.lemma in nouns
        and i not in ruled and _held(toks, Match(i, i, t.start, t.end, t.lemma, "want_nouns"))]


#: An author's own reading opening the sentence ("My reading is that Damascus is willing to ..."): what follows is
#: the author's view, whatever wants it names.
MY_VIEW = re.compile(r"\s*(?:My|Our)\s+(?:own\s+)?(?:reading|view|sense|guess|bet|hunch|impression|judge?ment|"
                     r"expectation|assessment|forecast|conclusion|belief|understanding)"
                     r"(?:\s+of\s+[\w’' -]{1,40}?)?\s+is\s+that\b")  # ("My reading of the talks is that")


#: A copula before a predicate ("is out of the question for the Kremlin", "remains a priority for Moscow").
COPULAS = {"be", "remain", "become", "stay"}


def _held(toks: list[Token], c: Match) -> bool:
    """Is a verdict or a want noun the predicate of what it judges, with whose it is after "for" or "to" (a want
    noun also "of"): "Handing him over is out of the question for the Kremlin", "is unacceptable to Ankara",
    "Keeping the bases is a priority for Moscow", "is the main goal of Damascus"? The holder is the one named after
    it, not the subject. A verdict is an adjective that judges or a phrase ("out of the question", "off the
    table"), never a verb's participle ("Moscow remains opposed to ...": Moscow's own refusal); the copula's
    subject is what is judged, no actor ("Russia is a priority for Damascus" holds nothing)."""
    verdict = c.group == "refusal" and (is_predicate(toks, c) or c.last > c.first)
    if not (verdict or c.group == "want_nouns") or c.last + 1 >= len(toks) \
            or toks[c.last + 1].lower not in (("for", "to") if verdict else ("for", "of")):
        return False
    copula = next((k for k in range(c.first - 1, max(-1, c.first - 5), -1) if toks[k].lemma in COPULAS), None)
    return copula is not None and copula > 0 and not toks[copula - 1].text[:1].isupper()


def _summary(text: str, s: int, e: int, t: temporal.Temporal, limit: int = 150) -> str:
    """The clause around a temporal expression, cleaned and shortened to one line."""
    sent = text[s:e]
    rel = t.start - s
    cuts = [mm.end() for mm in re.finditer(r"[,;:]\s", sent) if mm.end() <= rel]
    a = cuts[-1] if cuts and rel - cuts[-1] < 40 else 0
    clause = normalise(sent[a:])
    return clause if len(clause) <= limit else clause[: limit - 1].rsplit(" ", 1)[0] + "…"
