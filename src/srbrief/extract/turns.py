"""Who holds each paragraph of a text that gives the floor by labels or by questions: a transcript's turns
("Peskov: ..."), an interview's answers after its questions, a roundup's labelled sources. Found once per
document, before its sentences are read."""
from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from . import actors as detect
from .attribution import Attributor, DocContext
from .codebook import Codebook
from .lexicon import TURN_LABEL, turn_label
from .mentions import Mention

#: A question put in the text's own voice: answered by yes or no ("Will the Minister confirm ...?", "Does Moscow accept
#: ...?", "Will al-Sharaa ask ...?"), whose subject is asked and says nothing yet, or by a wh-word ("What can Ankara
#: offer?", "What should the two ministers do?"), which asks and asserts nothing
DIRECT_QUESTION = re.compile(
    r"\s*(?:(?:Will|Would|Can|Could|Does|Did|Do|Has|Have|Is|Are|Was|Were|Should|Shall|May|Might)\s+"
    r"(?:(?:the\s+)?[A-Z]|the\s+[a-z]|(?:al|el|ad|as|ash|an|ar|at|az|ibn|bin)-[A-Z])"  # (a name, "the Minister",
    # "the administration", "al-Sharaa"; not "Is it any wonder")
    r"|(?:What|Why|How|Who|Whom|Which|When|Where)\b)")


@dataclass
class Turn:
    """Who holds a transcript paragraph: a person (``speaker``), or nobody when it is a question put."""

    speaker: str
    body: int  # where the words after the label start
    asker: str = ""  # who puts the question, when its label names them ("QUESTION (Jane Roe, Radio Orient):")


def asks(sentence: str) -> bool:
    """Does a sentence end by asking (its closing quotation marks aside)?"""
    return sentence.rstrip(" \"”’'").endswith("?")


@dataclass
class Transcript:
    """A text's labelled turns, found once: {paragraph: turn} for each paragraph a label opens; whether the text
    is a transcript (three labelled turns or more, a third of the paragraphs from the first: not a story that
    quotes two people by a label each), whose unlabelled paragraphs go on with the turn before until its last
    label; and who asks (a speaker a third of whose turns put a question, more often than another speaker's do:
    "SEN. ROE: ..., will Russia keep its bases? Thank you."; a guest's rhetorical question is no asking)."""

    labelled: dict[int, Turn]
    is_transcript: bool
    last_label: int
    askers: set[str]


def transcript(cb: Codebook, text: str, sents: pd.DataFrame, by_sent: dict[int, list[Mention]], types: dict,
                asking: set[str], dashed: bool = False) -> Transcript:
    """A text's labelled turns (see :class:`Transcript`): each paragraph a label opens, with a heading that is only a
    person's name giving the next paragraph's turn; whether it is a transcript, and who in it asks."""
    body = sents[sents["kind"] == "body"]
    openers = body.groupby("paragraph").head(1)
    labelled = {int(o.paragraph): t for o in openers.itertuples(index=False)
                if (t := _turn(cb, text, int(o.start), by_sent.get(o.sent_id, []), types, asking, dashed)) is not None}
    # "Sarah Okafor" on a line of its own, then her words: a heading that is only a person's name opens the next
    # paragraph's turn (a podcast's or a video's transcript)
    paragraphs = sorted(body["paragraph"].unique())
    lines = {}  # paragraph -> the person a heading names, alone, right before it
    for h in sents[sents["kind"] == "heading"].itertuples(index=False):
        named = [y for y in by_sent.get(h.sent_id, []) if types.get(y.actor_id) == "person"
                 and not text[int(h.start):y.start].strip() and not text[y.end:int(h.end)].strip()]
        nxt = next((int(p) for p in paragraphs if p > h.paragraph), None)
        if named and nxt == h.paragraph + 1 and nxt not in labelled:  # (a "NAME:" label of its own stays)
            lines[nxt] = named[0]
    if detect.line_turns_hold([y.actor_id for y in lines.values()]):
        labelled |= {p: Turn(y.actor_id, -1) for p, y in lines.items()}
    first = min(labelled, default=0)
    is_transcript = len(labelled) >= 3 and 3 * len(labelled) >= (openers["paragraph"] >= first).sum()
    questions = {int(p) for p, g in body.groupby("paragraph") if any(asks(t) for t in g["text"])}
    holders: dict[str, list[bool]] = {}
    for p, t in labelled.items():
        if t.speaker:
            holders.setdefault(t.speaker, []).append(p in questions)
    ratio = {sp: sum(q) / len(q) for sp, q in holders.items()}
    askers = {sp for sp, r in ratio.items() if 3 * r >= 1 and r > min(ratio.values())}
    return Transcript(labelled, is_transcript, max(labelled, default=-1), askers)


def asking_labels(cb: Codebook, text: str, sents: pd.DataFrame) -> set[str]:
    """Turn labels that put the questions in this text: a label (its first word) opening two paragraphs
    or more, two thirds of which end on a question mark ("Mashriq: ... Did you raise it?"), the
    interviewing outlet's name as much as "Question:"; and, as ``"label: <whole label>"``, one that opens
    two or more of which half end so ("THE MERIDIAN: ... And the debts? ...", "THE MERIDIAN: Russian wheat
    still arrives."), which asks unless it names a person."""
    ends: dict[str, list[bool]] = {}
    whole: dict[str, list[bool]] = {}
    reporters: dict[str, list[bool]] = {}  # "Anton Petrov (Kommersant): ... ?": a reporter named with his outlet
    # asks, once or more (not "Karim Nassar (trade minister):", a guest named with his post)
    titles = {w.lower() for w in cb.cues["person_titles"]}
    for _, g in sents[sents["kind"] == "body"].groupby("paragraph"):
        lm = TURN_LABEL.match(text, int(g["start"].min()))
        if lm:
            ends_asking = asks(text[int(g["start"].max()):int(g["end"].max())])
            first = lm.group("label").split()[0].lower().rstrip(".")
            ends.setdefault(first, []).append(ends_asking)
            whole.setdefault(lm.group("label").lower(), []).append(ends_asking)
            outlet = re.search(r"\(([^()]+)\)\s*$", lm.group("label"))
            if outlet and not any(w in titles for w in re.findall(r"[a-z]+", outlet.group(1).lower())):
                reporters.setdefault(lm.group("label").lower(), []).append(ends_asking)
    asking = {w for w, e in ends.items() if len(e) >= 2 and sum(e) >= 2 * len(e) / 3}
    asking |= {f"label: {w}" for w, e in whole.items() if len(e) >= 2 and 2 * sum(e) >= len(e)}
    return asking | {label.split()[0].rstrip(".") for label, e in reporters.items() if all(e)}


def _turn(cb: Codebook, text: str, s0: int, mentions: list[Mention], types: dict, asking: set[str] = frozenset(),
          dashed: bool = False) -> Turn | None:
    """The turn a paragraph's first sentence opens, or None: a label that names a person (the last
    name in it, after any title) makes the paragraph that person's words; a question label
    ("Question:", "Q:", "Journalist (RIA Novosti):", or one of ``asking``) makes it a question, no one's view."""
    lm = turn_label(text, s0, dashed)
    if not lm:
        return None
    first = lm.group("label").split()[0].lower().rstrip(".")
    if first in cb.question_labels | asking:
        bracket = re.search(r"\(([^()]*)\)", text[s0:lm.end("label")])
        inside = [y for y in mentions if bracket and s0 + bracket.start(1) <= y.start and y.end <= s0 + bracket.end(1)
                  and types.get(y.actor_id) in ("person", "media")] if first in cb.question_labels else []
        return Turn("", lm.end(), inside[0].actor_id if inside else "")  # (a question's words are its asker's, on
        # no side: "QUESTION (Al-Madar FM): Did the president ask for him?")

    def rest(y: Mention) -> str:  # what the label holds after the name, brackets and a post after a comma aside
        after = re.sub(r"\([^()]*\)", "", text[y.end:lm.end("label")])
        if text[s0:y.start].rstrip().endswith("(") and text[s0:y.start].strip("( \t").isupper():
            after = re.sub(r"^[^()]*\)", "", after)  # ("CALLER (Abu Khaled, Latakia):": the bracket names him)
        post = re.match(r"\s*,(.*)", after)  # (", Assistant Secretary of State" is a post; ", weekly briefing" no
        # one's)
        return "" if post and cb.person_words & set(re.findall(r"[a-z]+", post.group(1).lower())) else after

    named = [y for y in mentions if s0 <= y.start and y.end <= lm.end("label") and types.get(y.actor_id) == "person"
             and not rest(y).strip(" \t)")]  # (also "X (trade
    # minister):", a member with constituency and party, "X (Leeds North) (Lab):", a title with the name in
    # brackets, "The Minister for the Middle East (X):", or after it, "JOHN DOE, Assistant Secretary of State:")
    if named:
        return Turn(named[-1].actor_id, lm.end())
    return Turn("", lm.end()) if f"label: {lm.group('label').lower()}" in asking else None


def source_label(attributor: Attributor, ctx: DocContext, text: str, s0: int, lm: re.Match,
                 ms: list[Mention]) -> Turn | None:
    """The turn of a paragraph whose label is an unnamed source or a body, standing for itself ("A senior Israeli
    official, who asked not to be named — We are watching ...", "Syria's foreign ministry: ..."), or None."""
    label_end = lm.end("label")
    cands = attributor.candidates(ctx, s0, label_end, [y for y in ms if y.end <= label_end])
    first = next((c for c in cands if c.actor_ids), None)
    lead = re.match(r"\s*(?:(?:a|an|the|one)\s+)?", text[s0:label_end], re.IGNORECASE).end()
    if first is None or first.start > s0 + lead + 30 or first.kind not in ("anonymous", "mention") or (
            first.kind == "mention" and ctx.actor_types.get(first.actor_ids[0]) != "organization"
            and not re.search(r"\b[a-z]", first.surface)):
        return None  # (not a dateline, "WASHINGTON — ...", nor a state named as a heading; "US State Department
        # spokesperson —" is the state's unnamed voice)
    if not re.match(r"\s*(?:[,(]|$)", text[first.end:label_end]):
        return None  # the label is the source and its description only ("Syria's state news agency carries a
        # readout: ...", "Syria's foreign ministry said on Monday: ...": a sentence with its verb, read as such)
    return Turn(first.actor_ids[0], lm.end())


#: The interviewer asking a guest to answer ("We asked Jane Roe, a fellow at ..., to explain"), not for comment, or
#: speaking with one ("We spoke to Dr Jane Roe").
ASKED_GUEST = re.compile(r"\b(?:[Ww]e|I)\s+(?:(?:asked|invited)\s+(?-i:[A-Z])[^.;]*?\bto\s+(?:explain|answer|discuss|"
                         r"assess|talk|walk|help|share|comment\s+on)\b|(?:spoke|talked|sat\s+down)\s+(?:to|with)\s+"
                         r"(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?(?-i:[A-Z]))")  # (also "We spoke to Dr Jane Roe, who ...")


def says_interview(cb: Codebook, text: str) -> bool:
    """Does the text hold one of the words that set out an interview (cues.yaml interview_words)?"""
    return _interview_word(cb, text) is not None


def _interview_word(cb: Codebook, text: str) -> re.Match | None:
    """The first word of ``text`` that sets out an interview. A word that takes its guest after "with" or "to" takes
    a named one, and "we" or "I" put the questions ("we sat down with Dr Jane Roe"; not "officials sat down with the
    new rulers": a meeting told; a heading "In conversation with Jane Roe" needs no "we")."""
    found = []
    for w in cb.cues["interview_words"]:
        takes = re.search(r"\s(?:with|to)$", w) is not None
        guest = r"\s+(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?(?-i:[A-Z])" if takes else r"(?![\w-])"
        asker = r"(?<![\w-])(?:we|I)\s+(?:[a-z]+\s+)?" if takes and not w.lower().startswith("in ") else r"(?<![\w-])"
        found += [m for m in [re.search(rf"{asker}{re.escape(w)}{guest}", text, re.IGNORECASE)] if m]
    return min(found, key=lambda m: m.start(), default=None)


def _topic_at(cb: Codebook, text: str) -> int:
    """Where what an interview is about starts in the sentence that sets it out ("she spoke to us about ..."): after
    its interview word, an "about"; the sentence's end when there is none."""
    word = _interview_word(cb, text)
    about = re.compile(r"\babout\b", re.IGNORECASE).search(text, word.end()) if word is not None else None
    return about.start() if about else len(text)


def interview(cb: Codebook, sents: pd.DataFrame, by_sent: dict[int, list[Mention]], types: dict, author_id: str
               ) -> dict[int, Turn]:
    """The turns of an interview set out without labels: paragraphs that only ask (every sentence
    ends with "?") are questions, and the paragraphs after one are the answers of the person the
    introduction names most, unless they name that person (then the author speaks of him). Only
    for a text with two such questions or more whose title or introduction says it is an interview
    (cues.yaml interview_words: an explainer's question headings are no interview), or whose questions are
    labelled as such, the answers not ("Q: ... ?" then the guest's paragraphs); {paragraph: turn}."""
    body = sents[sents["kind"] == "body"]
    labelled = [p for p, g in body.groupby("paragraph") if (lm := TURN_LABEL.match(g["text"].iloc[0]))
                and lm.group("label").split()[0].lower().rstrip(".") in cb.question_labels and asks(g["text"].iloc[-1])]
    asking = sorted({p for p, g in body.groupby("paragraph") if all(asks(t) for t in g["text"])} | set(labelled))
    if len(asking) < 2:
        return {}
    intro = " ".join(sents[sents["paragraph"] < asking[0]]["text"])  # (as written: a guest is named with a capital)
    # once it is an interview, a short paragraph that ends by asking asks what it first states ("Damascus has
    # asked for X. Will Russia agree?")
    asking = sorted(set(asking) | {p for p, g in body.groupby("paragraph") if p > asking[0] and len(g) == 2
                                   and asks(g["text"].iloc[-1])})
    if len(labelled) < 2 and not says_interview(cb, intro):
        return {}
    before = body[body["paragraph"] < asking[0]]
    named = [y.actor_id for sid in before["sent_id"] for y in by_sent.get(sid, [])
             if types.get(y.actor_id) == "person" and y.actor_id != author_id]
    if not named:
        return {}
    introducing = {y.actor_id for sid, t, at in zip(before["sent_id"], before["text"], before["start"])
                   if says_interview(cb, t) or ASKED_GUEST.search(t) for y in by_sent.get(sid, [])
                   if y.start < at + _topic_at(cb, t)}  # "We asked Jane Roe, a fellow at ..., to explain": the guest,
    # though the introduction names the minister it is about more often (not whom the talk was "about": "she spoke
    # to us about how the port fared after the fall of the old king")
    who = max(dict.fromkeys(named), key=lambda a: (a in introducing, named.count(a)))  # the most named, the first
    # of equals
    turns, current = {}, None
    for p, g in body.groupby("paragraph"):
        if p in asking:
            turns[p] = current = Turn("", -1)
        elif current is not None and not any(y.actor_id == who for sid in g["sent_id"] for y in by_sent.get(sid, [])):
            turns[p] = Turn(who, -1)
    return turns
