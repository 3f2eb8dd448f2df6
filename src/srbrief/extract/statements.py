"""Statement rows: which issue each statement bears on (named in its words, referred back to, asked
about) and the side it takes on it, with the rules by which a speaker who only relays or reports
another actor's act takes none. Kept apart from document.py, which finds the statements."""
from __future__ import annotations

import re
from dataclasses import replace

from ..corpus.clean import normalise
from ..ids import stable_id
from . import stance as st
from .codebook import Codebook
from .lexicon import MODALS, Token, ends_clause, is_word, tokens

#: Cue groups by which an answer that names no issue takes a side on the question's matter.
SIDE_GROUPS = {"demand", "refusal", "readiness", "condition", "requirement", "negation", "wants", "positive"}


#: Words that open the question a silence declines ("declined to say whether ...").
WH_WORDS = {"whether", "if", "where", "what", "when", "who", "whom", "which", "why", "how"}


def _shift(matches: list, i0: int, i1: int) -> list:
    """A sentence's matches that fall in tokens [i0, i1), re-indexed from i0."""
    return [replace(m, first=m.first - i0, last=m.last - i0) for m in matches if i0 <= m.first and m.last < i1]


def _token_range(toks: list[Token], span: tuple[int, int]) -> tuple[int, int]:
    """Indexes [i0, i1) of the tokens that start inside a character span."""
    i0 = next((i for i, t in enumerate(toks) if t.start >= span[0]), len(toks))
    return i0, next((i for i in range(i0, len(toks)) if toks[i].start >= span[1]), len(toks))


def _named_before(cb: Codebook, toks: list[Token], i0: int, issue_matches: list) -> str:
    """The issue the sentence names last before token ``i0``, or ''."""
    earlier = st.issues_in(cb, toks[:i0], [m for m in issue_matches if m.last < i0]) if i0 else []
    return max(earlier, key=lambda h: h.first).issue if earlier else ""


def refers_back(cb: Codebook, toks: list[Token], span: tuple[int, int], issue_matches: list, before: str = "",
                before_words: frozenset = frozenset()) -> bool:
    """Whether a span names no issue but refers to one named earlier in its sentence, or (``before``: the
    issue the sentence before raised last, when this one names none) in the sentence before: "the offer" when
    that sentence told of an offer (``before_words``: its lemmas), "the matter" whatever it told of."""
    i0, i1 = _token_range(toks, span)
    sub = toks[i0:i1]
    at = _anaphor(sub, cb.cue_matcher.find(sub))
    if at is None:
        return False
    if _named_before(cb, toks, i0, issue_matches):
        return True
    generic = {w.lower() for w in cb.cues["framing"] if " " not in w} | {w.lower() for w in cb.cues["pronouns"]}
    echoed = sub[at].lemma in generic or sub[at].lemma in before_words
    return bool(before) and echoed and not st.issues_in(cb, toks, issue_matches)


def _anaphor(toks: list[Token], cue_matches: list) -> int | None:
    """The token where a span refers back to an issue without naming it ("welcomed the repeal",
    "asked about this", "the American decision"), or None; "the question of X" names its topic,
    "the steps" are many things and "the right to demand" is a verb, so none is one."""
    for m in cue_matches:
        if m.group == "anaphora" and toks[m.last].lower == toks[m.last].lemma and toks[m.last - 1].lower != "to" \
                and not (m.last + 1 < len(toks) and toks[m.last + 1].lower in ("of", "whether", "that")):  # one thing
            return m.last
    return None


def _referred(cb: Codebook, s, toks: list[Token], span: tuple[int, int], sent_issues: list, sent_cues: list,
              last_issue: dict[int, str] | None, matter: dict[int, str] | None = None,
              echoes: dict[int, dict[str, str]] | None = None) -> tuple[list[Token], list, list, list]:
    """The issue a view that names none refers to, tried in order, with the tokens its stance is read
    in: (tokens, issue matches, cue matches, hits); no hits when it refers to none.
    - the question put to the speaker ("Asked whether X, she said it was not on the agenda"), whose
      words and the frame between take a side on it ("..., he declined to comment");
    - the issue in mind before the sentence (the one the sentence before named last, or in a
      transcript's answer the ``matter`` of the question), through an anaphor or a silence ("Asked
      about this, he said ...", "He declined to comment");
    - an issue an earlier clause of the sentence named ("A asked for X; B said Moscow had rejected the
      request");
    - an issue's act on a pronoun, its term named earlier in the sentence or in the question answered
      ("Brussels acted on sanctions when its ministers agreed to ease them", "... urging their removal");
    - in a transcript's answer, the question's matter, when the sentence takes a side ("as long as ...")."""
    last_issue, matter = last_issue or {}, matter or {}
    answered = matter.get(s.sent_id, "") if not s.nested and not last_issue.get(s.sent_id) else ""
    before = last_issue.get(s.sent_id - 1) or answered
    i0, i1 = span
    sub = toks[i0:i1]
    issue_matches, cue_matches = _shift(sent_issues, i0, i1), _shift(sent_cues, i0, i1)
    if s.question and not s.nested:
        q0, q1 = _token_range(toks, s.question)
        asked = toks[q0:i1] if q1 <= i0 else toks[q0:q1] + sub
        asked_issues, asked_cues = cb.issue_matcher.find(asked), cb.cue_matcher.find(asked)
        asked_hits = st.issues_in(cb, asked, asked_issues)
        silent = next((m for m in cue_matches if m.group == "silence"), None)
        if asked_hits and silent is not None:  # '"I have nothing to add," he said, answering a question about
            # whether Damascus had requested X': the question's acts are the asker's; the answer takes no side
            return sub, issue_matches, cue_matches, [st.IssueHit(h.issue, silent.first, "anaphora") for h in asked_hits]
        if asked_hits:
            return asked, asked_issues, asked_cues, asked_hits
    if before and not last_issue.get(s.sent_id):  # (also an act told of: "Damascus has not accepted the offer,
        # according to the sources")
        with_question = toks[slice(*_token_range(toks, s.question))] + sub if s.question else sub
        cues = cb.cue_matcher.find(with_question)
        back = _anaphor(with_question, cues)
        if back is None:
            back = next((m.first for m in cues if m.group == "silence"), None)
        if back is None:  # "The Kremlin has refused." / "..., but Moscow declined, saying ...": a refusal with no
            back = next((m.first for m in cues if m.group == "refusal"  # object refuses what was asked before
                         and ends_clause(with_question, m)), None)
        if back is not None:
            before = (echoes or {}).get(s.sent_id - 1, {}).get(with_question[back].lemma, before)  # ("the decision":
            # the issue next to the decision the sentence before told of, not the one it named last)
            silent = next((m for m in cue_matches if m.group == "refusal"), None) or next(  # ("said Moscow had
                (m for m in cue_matches if m.group == "silence"), None)  # refused it": the refusal is the side)
            if s.question and silent is not None:  # "Asked about the Syrian request, he said he had nothing to
                # add": the request is the asker's word; the answer takes no side
                return sub, issue_matches, cue_matches, [st.IssueHit(before, silent.first, "anaphora")]
            return with_question, issue_matches, cues, [st.IssueHit(before, back, "anaphora")]
    if (back := _anaphor(sub, cue_matches)) is not None and (earlier := _named_before(cb, toks, i0, sent_issues)):
        return sub, issue_matches, cue_matches, [st.IssueHit(earlier, back, "anaphora")]
    bare = next((m for m in cue_matches if m.group in ("refusal", "silence") and ends_clause(sub, m)), None)
    # ("..., a demand the Kremlin has sidestepped.": it refuses what the sentence named before; "Peskov was asked
    # about the handover and declined to comment.": silent on it)
    named = st.issues_in(cb, toks[:i0], [m for m in sent_issues if m.last < i0]) if bare is not None and i0 else []
    if named:  # (every issue the demand named: "pressed for Assad to be returned to face trial")
        return sub, issue_matches, cue_matches, [st.IssueHit(h.issue, bare.first, "anaphora") for h in named]
    if i0 or answered:
        named = {m.group.split(":")[0] for m in sent_issues if m.last < i0 and m.group.endswith((":topic", ":keyword"))}
        named |= {answered} - {""}
        act = next((m for m in issue_matches if m.group.endswith((":for", ":against")) and m.group.split(":")[0] in named
                    and _on_pronoun(sub, m)), None)
        if act is not None:
            return sub, issue_matches, cue_matches, [st.IssueHit(act.group.split(":")[0], act.first, "anaphora")]
    if answered and not s.cue and (side := next((m for m in cue_matches if m.group in SIDE_GROUPS), None)) is not None:
        # an answer's sentence that names no issue but takes a side ("We are patient, as long as ..."; "No, not
        # as it stands") is about the question's matter
        return sub, issue_matches, cue_matches, [st.IssueHit(answered, side.first, "anaphora")]
    return sub, issue_matches, cue_matches, []


#: Words between a subject and its act when the act is told as done ("had left", "began to leave").
DONE_GAP = {"has", "have", "had", "been", "began", "begun", "started", "to", "already", "also", "finally", "then",
            "quietly", "partly", "largely", "reportedly"}


def _reports_act(cb: Codebook, text: str, sub: list[Token], issue_matches: list, issue: str, mentions: list,
                 s, home: str) -> bool:
    """Does the view only tell what another actor did or is doing on the issue ("the Russians began to leave the
    base", "Moscow had withdrawn its troops", "Syria was diversifying its partners"): the act in a past or
    progressive form, its subject right before it, neither the
    speaker nor the state the speaker speaks for? Then the speaker reports a happening, taking no side (not when
    the view also holds an act to come: "said he would lift the sanctions, and the Union dropped its own")."""
    acts = [m for m in issue_matches if m.group in (f"{issue}:for", f"{issue}:against")]
    if any(t.lower in MODALS for m in acts for t in sub[max(0, m.first - 3):m.first]):
        return False
    for m in issue_matches:
        if m.group != f"{issue}:for" and m.group != f"{issue}:against":
            continue
        verb = sub[m.first]
        done = verb.lower != verb.lemma and not verb.lower.endswith(("ing", "s")) or verb.lower.endswith("ed")
        subj = max((y for y in mentions if s.scope[0] <= y.start and y.end <= verb.start), key=lambda y: y.end,
                   default=None)
        if subj is None:
            continue
        gap = re.findall(r"[\w’'-]+|[^\w\s]", text[subj.end:verb.start].lower())
        ongoing = verb.lower.endswith("ing") and gap[:1] in (["was"], ["were"], ["is"], ["are"]) and all(
            w in DONE_GAP or w.endswith("ly") for w in gap[1:])  # "Syria was actively diversifying its partners"
        if not ongoing and not all(w in DONE_GAP for w in gap):
            continue
        if (done or ongoing or gap[-2:] in (["began", "to"], ["started", "to"])) \
                and subj.actor_id not in (s.speaker_id, home) \
                and not (subj.actor_id in cb.objects_of(issue) and not gap):  # ("wants Assad extradited": the one the
            # act is done to, right before its participle, is no doer of it; "Assad had been granted asylum" is told)
            return True
    return False


def _says_more(cb: Codebook, toks: list[Token]) -> bool:
    """Does a silence leave something said: the question it declines, opening what follows it ("declined to say
    whether ...", not "did not respond when contacted"), or words after it ("declined to say where he was and said
    ...", "declined to comment, saying ...")? Not "did not reply to a request for comment"."""
    asked = any(t.lower in WH_WORDS and (toks[i - 1].lemma in cb.speech_lemmas or toks[i - 1].lower in ("on", "about"))
                and not (t.lower == "when" and i + 1 < len(toks) and toks[i + 1].lower.endswith("ed"))
                for i, t in enumerate(toks) if i)  # ("declined to say whether", "to comment on what"; not "did not
    # respond when contacted")
    return asked or any(t.lower in ("and", ",") and any(u.lemma in cb.speech_lemmas for u in toks[i + 1:i + 3])
                        for i, t in enumerate(toks))


def _on_pronoun(toks: list[Token], act) -> bool:
    """Is an act done to a pronoun ("lift them", "their immediate removal"), so to a term named before?"""
    return act.last + 1 < len(toks) and toks[act.last + 1].lower in ("it", "them") \
        or any(toks[k].lower in ("its", "their") for k in range(max(0, act.first - 2), act.first))


def statement_rows(cb: Codebook, text: str, statements: list[tuple], types: dict,
                    last_issue: dict[int, str] | None = None, affiliation: dict[str, str] | None = None,
                    matter: dict[int, str] | None = None, mentions: dict[int, list] | None = None,
                    echoes: dict[int, dict[str, str]] | None = None) -> list[dict]:
    """One row per statement and issue (or one without an issue); an outer speaker who only
    relays another actor's act on an issue is neutral on it, and so is one who reports what another
    actor did ("a fighter said the Russians began to leave the base"). A view that names no issue but
    refers back to one ("welcomed the repeal") is about the issue named last in the sentence before."""
    rows = []
    requests = "|".join(re.escape(w) for w in cb.cues["request_nouns"])
    affiliation = affiliation or {}
    mentions = mentions or {}
    nested_cover: dict[tuple[int, str], list] = {}
    prepared = []
    for s, toks, sent_cues, sent_issues in statements:
        if s.relay_only:  # a medium that relays another's act it reports: it spoke, on no issue of its own
            prepared.append((s, [], [], [], [], ""))
            continue
        i0, i1 = _token_range(toks, s.scope)
        sub = toks[i0:i1]
        issue_matches = _shift(sent_issues, i0, i1)
        cue_matches = _shift(sent_cues, i0, i1)
        refusal = next((c for c in sent_cues if c.group == "refusal"  # "The Kremlin has refused, saying ...": the
                        and min(s.scope[0], (s.frame or s.scope)[0]) <= c.start < s.scope[1]  # speaker refuses what
                        and c.last + 2 < len(toks) and toks[c.last + 1].text == ","  # was asked before, and the
                        and toks[c.last + 2].lower.endswith("ing") and toks[c.last + 2].lemma in cb.speech_lemmas),
                       None)  # words that follow give the reason (they may raise another issue, on its own terms)
        refused = (last_issue or {}).get(s.sent_id - 1, "") if refusal is not None and not s.stance else ""
        hits = st.issues_in(cb, sub, issue_matches)
        if refused and refused not in {h.issue for h in hits}:
            hits.append(st.IssueHit(refused, refusal.first, "anaphora"))
        if not hits:
            sub, issue_matches, cue_matches, hits = _referred(cb, s, toks, (i0, i1), sent_issues, sent_cues,
                                                              last_issue, matter, echoes)
        if s.stance and len(hits) > 1:  # "X was a condition for Y, but Moscow refused": it refused X, the topic
            hits = [min(hits, key=lambda h: h.first)]
        prepared.append((s, sub, issue_matches, cue_matches, hits, refused))
        if s.nested:
            nested_cover.setdefault((s.sent_id, s.via_id), []).append((s.scope[0], {h.issue for h in hits},
                                                                        s.speaker_id, s.joint))
    told_here: dict[int, list] = {}  # per sentence, the issues its statements bear on, in order
    for s, _, _, _, hits, _ in prepared:
        told_here.setdefault(s.sent_id, []).extend(h for h in hits if s.speaker_id not in cb.objects_of(h.issue))
    seen = set()
    for s, sub, issue_matches, cue_matches, hits, refused in prepared:
        # an outer speaker only relays another actor's act when it is all they report ("a source said
        # Damascus asked for X"; "he acknowledged that Russia had rejected X"), and a channel that relays
        # (an unnamed source, a medium) never takes a side of its own on it
        relayed: set = set()
        channel = types.get(s.speaker_id) == "anonymous" and cb.is_channel(s.speaker_id)
        relays = types.get(s.speaker_id) == "media" or channel
        cue_toks = tokens(s.cue + " that") if s.cue else []
        said = cb.cue_matcher.find(cue_toks, {"negation", "silence", "demand"})
        restated = any(m.group == "demand" for m in said) and re.search(  # ("asked Moscow to hand him over, a
            rf",\s+(?:a|an|the|one)\s+(?:[\w-]+\s+)?(?:{requests})\b", text[s.start:s.end]) is not None  # request
        # the Kremlin has declined": what the speaker asked, restated as a request, is their own side, whoever refused)
        if not s.nested and not restated:
            opening = re.match(r"[\s,:]*(?:that\s+)?", text[s.scope[0]:s.scope[1]]).end() + s.scope[0]
            home = cb.state_of(s.speaker_id) or affiliation.get(s.speaker_id, "")  # also "a senior Russian
            # official" and "Syrian Economy Minister X", actors the codebook does not know
            sharing = {o.speaker_id for o, *_ in prepared if o.sent_id == s.sent_id and o.frame and o.frame == s.frame}
            # ("officials and diplomats said": one frame; whatever one of them relays, so do the others)
            for start, issues, actor, joint in [c for sp in {s.speaker_id} | sharing
                                                for c in nested_cover.get((s.sent_id, sp), [])]:
                own_side = cb.state_of(actor) and cb.state_of(actor) == home  # ("a senior Russian official" too)
                if (relays or start - opening <= 25 or not s.frame) and not (own_side and not relays) and not joint:
                    relayed |= issues  # ("Lavrov said Moscow would not agree to it": he speaks for Moscow;
                    # "he said the parties agreed to it": his own act too; one with no frame of his own, who has
                    # the floor, relays all that is told in his words)
        if not s.nested and s.cue:
            home = cb.state_of(s.speaker_id) or affiliation.get(s.speaker_id, "")
            relayed |= {h.issue for h in hits if _reports_act(cb, text, sub, issue_matches, h.issue,
                                                              mentions.get(s.sent_id, []), s, home)}
        # an issue about the speaker ("handing over Assad") is no side the one handed over takes
        own = [h for h in hits if s.speaker_id not in cb.objects_of(h.issue)]
        passed_on = not own and relays and bool(s.cue) and not s.nested and not s.relay_only  # "according to a
        # source, al-Sharaa asked for X": the source only passes on what the sentence's others did or want: neutral on
        # each of their issues (not a medium that relays the act it reports: it speaks on no issue)
        if passed_on:
            own = list({h.issue: h for h in told_here.get(s.sent_id, [])}.values())
        doubting = any(m.group == "negation" and m.first == 0 and m.last >= len(cue_toks) - 2 for m in said)
        # (the whole cue is a negation, the verb with its complementiser: "doubt that", not the noun "doubts about",
        # nor the "no" of "no intention")
        silent = any(m.group == "silence" and m.last < len(cue_toks) - 1 for m in said)  # "..., he declined to
        # comment": whatever the question or the sentence before it says, he took no side
        if not own and silent and not _says_more(cb, sub):
            continue  # "the ministry did not respond to a request for comment": silence on nothing is no statement
        words = re.findall(r"[\w’'-]+", text[s.scope[0]:s.scope[1]])
        if not own and not s.cue and s.attribution == "direct-quote" and not s.nested and len(words) <= 2 \
                and all(is_word(w.lower()) for w in words):
            continue  # a turn's "Right.", "Thank you.", "Both!": an interjection, no statement ("Damascus decides."
            # is one)
        if not own and s.asks and (text[s.start:s.end].rstrip(" \"”’'").endswith("?")
                                   or re.search(r"\bquestions?\b", text[s.start:s.end], re.IGNORECASE)):
            continue  # a question that raises no issue ("What is Moscow's assessment?", "I have a question on Syria.")
            # tells nothing of the asker
        for h in own or [None]:
            issue = h.issue if h else ""
            neutral = issue in relayed or silent or channel or passed_on or s.asks  # (a passed-on issue's hit is another
            # statement's: its stance is never read in this one's words)
            stance = "" if h is None else "neutral" if neutral else "oppose" if issue == refused else s.stance or \
                st.view_stance(cb, sub, h, issue_matches, cue_matches, s.attribution)
            if doubting and not s.stance:  # "doubted that Moscow would keep the base": the verb that frames the
                stance = {"support": "oppose", "oppose": "support"}.get(stance, stance)  # view negates it
            key = (s.doc_id, s.sent_id, s.speaker_id, s.cue, issue)  # (one cue of one speaker is one statement,
            # however it was reached: a quotation inside an answer is found as quoted and again as told in it)
            if key in seen:
                continue
            seen.add(key)
            rows.append({"statement_id": stable_id("st", s.doc_id, s.start, s.end, s.speaker_id, s.cue, s.attribution,
                                                   issue),
                         "doc_id": s.doc_id, "sent_id": s.sent_id, "start": s.start, "end": s.end,
                         "speaker_id": s.speaker_id, "via_id": s.via_id if s.via_id != s.speaker_id else "",
                         "attribution": s.attribution, "cue": s.cue, "issue_id": issue, "stance": stance,
                         "text": normalise(text[s.start:s.end])})
    return rows
