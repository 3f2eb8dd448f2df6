"""Which issues a view bears on, and its stance toward each proposition, clause by clause.

An issue is on the table when one of its keywords occurs, or one of its topics beside one of
its acts ("review the agreements"), named as a matter in question ("the fate of Assad") or, for
issues marked ``sought``, asked for ("asked for Assad"); not when its place is only named
("took refuge at the base"), nor when only a state outside the issue's ``states``
qualifies its term ("a Turkish military presence"). The stance is read in the clause that holds the issue:
- an act that advances the proposition (the issue's ``for``: "keep" the bases, "lift"
  sanctions), a demand ("urged", "called for"), readiness ("ready to") or a positive word
  ("supports", "needs") points toward support; an act that undoes it (``against``) away;
- negation and refusal ("not", "never", "refused", "ruled out", "out of the question",
  "unlikely") reverse what follows them, within their conjunct; a negated refusal ("did not
  rule out") is openness;
- a reversal ("revoke", "reconsider") undoes the act right after it: "no plans to reconsider
  the asylum" keeps the asylum;
- a condition ("as long as", "provided that", "in exchange for") turns support conditional, as
  does holding both an act for and one against ("respect the agreements and redefine them"),
  a qualifier of the issue's own term ("a reduced, time-limited presence"), being the object of a
  requirement ("X was a condition for the continued presence": X itself is wanted) and a refusal
  save on terms ("would not sign any extension that did not include rent", "... without guarantees"),
  and what any such thing must do or have ("any foreign presence must serve Syria");
- a silence ("declined to comment", "without giving details") takes no side unless a side came
  before it;
- with no side taken, words that only raise the issue ("discussed", "on the agenda", "no
  decision") and everything else give ``neutral``; so does a report of what a meeting did or
  did not cover ("the extradition was not raised": the issue's name is no act), and a bare
  "not" with nothing to reverse ("the situation did not change"), unlike a refusal.
A view's stance (:func:`view_stance`) reads every clause of it that names the issue and combines their sides.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .codebook import Codebook
from .lexicon import DETERMINERS, MODALS, NOUN_MARKERS, PARTICLES, PREPOSITIONS, Match, Token

TOPIC_REACH = 6  # tokens between a topic and the act that makes it the issue ("review the agreements")
INFINITIVE_REACH = 8  # tokens from a demand or offer over its object to the act asked ("urged X to ...")
PASSIVE_REACH = 10  # the same, for a passive act after its subject
RELATIVE_PASSIVE_REACH = 16  # the same, past a relative clause on the subject
CLAUSE_BREAKS = {";", "but", "while", "whereas", "although", "though", "albeit", "however", "yet", ":"}
PRONOUN_REACH = 3  # tokens between "him"/"her" and the act done to them ("want him returned", "hand him over")
RELATIVE_REACH = 7  # tokens from an indefinite article to its relative pronoun: "a [new lease for the air base] that"
#: What "about" stands before when it means roughly ("asking about a dozen firms", "about half").
ROUGHLY = {"a", "an", "half", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty",
           "hundred", "thousand", "million", "billion", "dozen"}
#: Words that open some other clause after "that": a relative clause's verb comes right after it ("a lease that kept
#: the rent"), a subject does not ("a report that it was moving jets")
CLAUSE_OPENERS = {"it", "he", "she", "they", "we", "i", "you", "the", "a", "an", "this", "these", "those", "its", "his",
                  "her", "their", "our", "there", "such", "some", "any", "no", "all", "both"}


@dataclass(frozen=True)
class IssueHit:
    issue: str
    first: int  # token index of the term
    strength: str  # keyword or topic


def clauses(toks: list[Token], speech: frozenset = frozenset()) -> list[tuple[int, int]]:
    """Token ranges [a, b) of the clauses of a span; a speech participle after a comma opens one too
    ("dismissed the offer, telling reporters that ...": what she told is not what she dismissed)."""
    out, a = [], 0
    for i, t in enumerate(toks):
        told = t.text == "," and i + 1 < len(toks) and toks[i + 1].lower.endswith("ing") and toks[i + 1].lemma in speech
        k = i + 2 if i + 2 < len(toks) and toks[i + 1].lower == "also" else i + 1
        and_said = t.lower == "and" and k < len(toks) and toks[k].lemma in speech and toks[k].lower.endswith(
            ("ed", "id", "ld", "ote"))  # ("would not repay the loans, and said any ratification should wait")
        and_that = t.lower == "and" and i + 1 < len(toks) and toks[i + 1].lower == "that" and i > 0 \
            and toks[i - 1].text == ","  # ("said trade ties were wide, and that the extradition was not raised":
        # a second thing said)
        if (t.lower in CLAUSE_BREAKS or told or and_said or and_that) and i > a:
            out.append((a, i))
            a = i + (1 if t.lower in (";", ":", ",") else 0)
    out.append((a, len(toks)))
    return [c for c in out if c[1] > c[0]]


def _excepted(cb: Codebook, toks: list[Token], m: Match) -> bool:
    """Is a one-word match part of a word form that only looks like the issue's term ("based", "in force",
    "full stop", "dealt with"; ``keyword_exceptions``): the words ending at its token?"""
    if m.first != m.last:
        return False
    words = [w.lower().split() for w in cb.cues["keyword_exceptions"]]
    return any(m.last + 1 >= len(e) and [t.lower for t in toks[m.last + 1 - len(e):m.last + 1]] == e for e in words)


def _anothers(cb: Codebook, toks: list[Token], m: Match) -> bool:
    """Does only a state outside the issue's ``states`` qualify its term ("a Turkish military presence", "US
    troops", "Turkey's air bases"), with no possessive and none of its own states ("Russian and Turkish bases",
    "its Syrian bases", "the former Soviet base" stay the issue's)?"""
    issue, group = m.group.split(":")
    own = cb.issues[issue].states
    if not own or group not in ("keyword", "topic"):
        return False
    words, dotted, states = cb.state_of_word(), cb.dotted_states(), set()
    letters = ""  # ("U.S.", which the tokens split: "U . S .")
    for k in range(m.first - 1, max(-1, m.first - 9), -1):
        t, word = toks[k], re.sub(r"['’]s$", "", toks[k].lower)  # ("Turkey's")
        if t.lower in ("its", "their", "his", "her", "our"):
            return False  # (whose they are, the text said before)
        if t.text == "." or len(t.text) == 1 and t.text.isupper():
            letters = t.text + letters
            if letters.lower() in dotted:
                states.add(dotted[letters.lower()])
            continue
        letters = ""
        if word in words:
            states.add(words[word])
        elif not (t.text in ("'s", "’s", "and", "-") or t.lower in ("military", "air", "naval", "armed", "own",
                                                                     "former")):
            break
    return bool(states) and not states & set(own)


def _hands_a_thing(cb: Codebook, toks: list[Token], m: Match) -> bool:
    """Is a verb with its particle ("hand over", "send back") followed by a thing as its object ("handed over a
    memorandum", "hand over power"; ``cues.yaml: thing_nouns``)? Then it is no act of the issue, which a person,
    a force or the issue's topic would make it ("hand over the dictator", "pull out its soldiers")."""
    if m.last == m.first or toks[m.last].lower not in PARTICLES | {"over"} or m.last - m.first > 1:
        return False  # (an object between verb and particle, "hand him over", is no thing)
    things = {w.lower() for w in cb.cues.get("thing_nouns", [])}
    own = {w.lower() for w in cb.issues[m.group.split(":")[0]].topics}  # ("give up the facility": the bases' own
    # term is what the act is done to)
    if any(toks[i].lemma == "be" for i in range(max(0, m.first - 3), m.first)):  # passive ("the airport would be
        lo = max(0, m.first - 12)  # handed over"): its subject is what is handed, the nearest thing before it, no
        stops = [k for k in range(lo, m.first) if toks[k].text in ",;:" or toks[k].text[:1].isupper()
                 or toks[k].lemma in own or toks[k].lower in own]  # name, comma nor issue term between
        relative = [k for k in range(lo, m.first) if toks[k].lower in ("who", "whom", "which", "that")]
        for k in range(m.first - 1, max(stops, default=lo - 1), -1):
            if toks[k].lemma in things or toks[k].lower in things:
                return not any(r < k for r in relative)  # (not a thing inside a relative clause on the subject:
                # "the man who ran the prison would be handed over"; "Assad, who lives near the airport, would")
        return False
    for k in range(m.last + 1, min(len(toks), m.last + 4)):  # the object's first words, up to its head
        t = toks[k]
        if not t.text[:1].isalnum() or t.lower in PREPOSITIONS | {"and", "or", "once", "if"} or t.text[:1].isupper():
            return False  # ("hand over Assad and his files": the person comes first)
        if t.lemma in own or t.lower in own:
            return False
        if t.lemma in things or t.lower in things:
            return True
    return False


def _clause_of(ranges: list[tuple[int, int]], i: int) -> tuple[int, int]:
    return next((c for c in ranges if c[0] <= i < c[1]), ranges[-1])


def refused_object(toks: list[Token], refusal: Match, topic: int) -> bool:
    """Is the topic at token ``topic`` the refusal's direct object ("rejects the sanctions", "opposed new unilateral
    restrictions"): only determiners and modifiers between, no other noun ("dismissed the report on sanctions")?"""
    between = toks[refusal.last + 1:topic]
    return 0 < topic - refusal.last <= 5 and all(
        t.lower in DETERMINERS or t.lower in ("any", "all", "such", "new", "further", "more")
        or re.search(r"(?:al|ic|ive|ous|ern|an|ary|ed|ful|ent|ant)$", t.lower) or t.text[:1].isupper()
        for t in between)


def issues_in(cb: Codebook, toks: list[Token], issue_matches: list[Match] | None = None) -> list[IssueHit]:
    """Issues a span bears on: a keyword, or a topic beside an act of the same issue in its clause."""
    matches = issue_matches if issue_matches is not None else cb.issue_matcher.find(toks)
    ranges = clauses(toks, cb.speech_lemmas)
    hits: dict[str, IssueHit] = {}
    by_issue: dict[str, dict[str, list[Match]]] = {}
    for m in matches:
        if _excepted(cb, toks, m) or _hands_a_thing(cb, toks, m) or _anothers(cb, toks, m):
            continue
        issue, group = m.group.split(":")
        by_issue.setdefault(issue, {}).setdefault(group, []).append(m)
    def naming(f: Match) -> Match | None:  # "declined to comment on", "declined to answer questions about": the
        # silence reaches its topic over the questions' noun
        k = f.last + 1 + (f.last + 1 < len(toks) and toks[f.last + 1].lemma in ("question", "query"))
        return replace(f, last=k - 1) if k < len(toks) and toks[k].lower in ("on", "about") else None

    found = cb.cue_matcher.find(toks, {"framing", "silence", "demand", "refusal"}) if by_issue else []
    refusals = [f for f in found if f.group == "refusal"]  # (for an issue whose topics it undoes, refusing them
    # is an act on it)
    found = [f for f in found if f.group != "refusal"]
    frames = [g for f in found if f.group != "demand" and (g := f if f.group == "framing" else naming(f))]
    # ("the future of the lease", "declined to comment on the lease": the topic is named)
    asks = [d for d in found if d.group == "demand"]
    silent = [m.first for m in found if m.group == "silence"]
    frames += [q for q in _questions(toks, 0, len(toks)) if q.first == 0 or any(k > q.last for k in silent)]
    # ("Asked about the Tartus base, ...", "was asked about the lease and declined to comment": the question names
    # the topic answered; not "praised the ties when asked about the lease")
    places = {w.lower() for w in cb.cues["place_prepositions"]}
    sites = {w.lower() for w in cb.cues["site_nouns"]} | {p.lower() for p in cb.places}

    def where(m: Match) -> bool:  # "took refuge at the base", "moved from Qamishli to Hmeimim": a place, no view
        if toks[m.last].lower not in sites:
            return False
        k = m.first - 1
        while k >= 0 and (toks[k].lower in ("the", "a", "an", "its", "their") or toks[k].text[:1].isupper()
                          and toks[k].lower not in places):  # "at the Russian air base", "to Hmeimim"
            k -= 1
        return k >= 0 and toks[k].lower in places

    for issue, groups in by_issue.items():
        if "keyword" in groups:
            named = groups["keyword"] + groups.get("topic", [])
            named = [m for m in named if not any(o.first <= m.first and m.last <= o.last and o != m for o in named)]
            if not groups.get("for") and not groups.get("against") and all(where(m) for m in named):
                continue  # the issue's place named, nothing done to it
            hits[issue] = IssueHit(issue, groups["keyword"][0].first, "keyword")
            continue
        acts = groups.get("for", []) + groups.get("against", [])
        # "renegotiate the lease on Tartus": an act on the terms of this issue's subject puts it on the table
        acts += [m for t in cb.issues[issue].on_terms for g in ("for", "keyword") for m in by_issue.get(t, {}).get(g, [])]
        if cb.issues[issue].undone:  # ("opposes any new embargo": refusing what it undoes is an act on it)
            acts += [r for r in refusals if any(refused_object(toks, r, t.first) for t in groups.get("topic", []))]
        for t in groups.get("topic", []):
            if any(m.first == t.last + 1 and not m.group.startswith(issue + ":")
                   and m.group.endswith((":topic", ":keyword")) for m in matches):
                continue  # "the port base": a word that qualifies another issue's term is not this issue's topic
            c = _clause_of(ranges, t.first)
            framed = any(1 <= t.first - f.last <= 3 or f.first - t.last == 1 for f in frames)
            # "asked for Assad": the demand's object is the topic itself
            framed = framed or cb.issues[issue].sought and any(1 <= t.first - d.last <= 3 for d in asks) and not any(
                (a.first, a.last) == (t.first, t.last) for a in acts)  # ("the demand for Bashar al-Assad": a first
            # name may stand between; "sought refuge": a word that is also the issue's act is that act, whoever seeks)
            if framed or any(c[0] <= a.first < c[1] and (a.first, a.last) != (t.first, t.last)
                             and min(abs(a.first - t.last), abs(t.first - a.last)) <= _reach(toks, t, a) for a in acts):
                hits[issue] = IssueHit(issue, t.first, "topic")  # "the fate of Assad", "the bases file" count too
                break
        own_state = cb.issues[issue].states[0] if cb.issues[issue].states else ""
        if issue not in hits and own_state:  # "open to letting Russia stay as long as ...", "asked Russia to leave": the
            # issue's own state as the act's subject, the act with no object of its own, is the issue's act
            words = cb.state_of_word()
            for a in groups.get("for", []) + groups.get("against", []):
                k = a.first - 1 - (a.first > 1 and toks[a.first - 1].lower in MODALS | {"to"})
                after = toks[a.last + 1].lower if a.last + 1 < len(toks) else "."
                place = after in ("in", "on", "at") and a.last + 2 < len(toks) and (
                    toks[a.last + 2].text[:1].isupper() or toks[a.last + 2].lower in ("the", "there"))  # "stay in Syria"
                if k >= 0 and words.get(toks[k].lower) == own_state and toks[k].text[:1].isupper() \
                        and (not after[:1].isalnum() or after in ("as", "until", "unless", "if") or place):
                    hits[issue] = IssueHit(issue, a.first, "topic")
                    break
    order = list(cb.issues)
    return sorted(hits.values(), key=lambda h: order.index(h.issue))


def _questions(toks: list[Token], lo: int, hi: int) -> list[Match]:
    """ "asked about" between tokens lo and hi, each a frame whose topic follows it."""
    return [Match(i, i + 1, toks[i].start, toks[i + 1].end, "ask about", "framing") for i in range(lo, hi - 1)
            if asked_about(toks, i)]


def question_put(toks: list[Token], m: Match) -> bool:
    """ "was asked about the bases", "asked about the debts": a question, no demand."""
    return m.group == "demand" and asked_about(toks, m.last)


def asked_about(toks: list[Token], i: int) -> bool:
    """Is token i "ask" with "about" and its topic after it (not "is asking about $3 billion", "about a dozen":
    about a number is roughly)?"""
    if toks[i].lemma != "ask" or i + 2 >= len(toks) or toks[i + 1].lower != "about":
        return False
    amount = toks[i + 2]
    return not (amount.text[:1].isdigit() or amount.text[:1] in "$€£" or amount.lower in ROUGHLY)


def pronoun_topics(cb: Codebook, toks: list[Token], issue_matches: list[Match], earlier: list[Token],
                   earlier_matches: list[Match], persons_before: int) -> list[Match]:
    """ "... Assad, who lives in Moscow. Damascus wants him returned.": "him" or "her" as the object of a sought
    issue's act is that issue's topic when the sentence before names the topic as its only person
    (``persons_before``), and this one names none."""
    if persons_before != 1:
        return []
    named = {m.group.split(":")[0] for m in earlier_matches if m.group.endswith(":topic")
             and earlier[m.last].text.split("-")[-1][:1].isupper() and cb.issues[m.group.split(":")[0]].sought}
    # (a name: "Assad", "al-Assad"; not "the former president")
    named -= {m.group.split(":")[0] for m in issue_matches if m.group.endswith((":topic", ":keyword"))}
    found = []
    for issue in sorted(named):
        acts = [m for m in issue_matches if m.group.startswith(issue + ":") and m.group.endswith((":for", ":against"))]
        for k, t in enumerate(toks):
            if t.lower in ("him", "her") and any(a.first < k <= a.last + PRONOUN_REACH or k == a.first - 1 for a in acts):
                # ("hand him over", "extradite him", "want him returned"; not "asked him to return the money")
                found.append(Match(k, k, t.start, t.end, t.lower, issue + ":topic"))
                break
    return found


def _subject_demand(toks: list[Token], d: Match, c0: int, copula: int) -> bool:
    """Is a demand the noun that heads the subject of the copula at ``copula`` ("Any request from Damascus to send
    him home is ..."): a determiner or a possessive before it, its complements after it (a preposition or "to"
    right after; no comma), and no verb of its own ("a request the Kremlin is unlikely to grant" has one)?"""
    if not c0 <= d.first < copula or d.last + 1 >= copula:
        return False
    owned = d.first == c0 or any(toks[j].lower in NOUN_MARKERS or toks[j].lower.endswith(("'s", "’s"))
                                 for j in range(max(c0, d.first - 3), d.first))  # ("any (future) request", "Syria's
    # (latest) demand", "Requests from Damascus ..." opening the clause)
    complement = toks[d.last + 1].lower in PREPOSITIONS | {"to", "that"}
    return owned and complement and not any(t.text in ",;:" for t in toks[d.last:copula])


def _neither_said(toks: list[Token], nor: int, c0: int, speech: frozenset) -> bool:
    """Does the "nor" at ``nor`` pair a refusal with a verb of saying after "neither" ("neither confirmed nor
    denied")? A clause that opens on "nor" continues such a pair: its "neither" is before the clause, also past the
    speech verb's particle ("would neither comment on nor rule out ...")."""
    if all(t.lower in ("on", "about", "upon") for t in toks[c0:nor]):
        return True
    return any(toks[i].lower == "neither" and toks[i + 1].lemma in speech for i in range(max(c0, nor - 4), nor - 1))


def _takes_a_kind(toks: list[Token], head: Match, c1: int, contents: list[Match], silent_at: set[int],
                  acts_at: set[int]) -> bool:
    """Does an act of accepting or refusing take one kind of a thing as its object: an indefinite narrowed by a
    relative clause ("would (not) accept a new lease that left the debts untouched", "had no objection to a presence
    that respected its sovereignty", "refused any deal which ignored its losses")? Then it takes that kind only:
    a condition. Not "did not accept a report that troops left" (a content clause), not past an "and", and not when
    the relative clause does the issue's own act to its term ("would not accept a deal that ends its presence":
    ``acts_at``), unless a restriction follows the act there ("only until May", "for five years")."""
    k = head.last + 1
    while k < c1 and toks[k].lower in ("off", "on", "to", "up"):  # "sign off on", "no objection to"
        k += 1
    if k >= c1 or toks[k].lower not in ("a", "an", "any"):
        return False
    for i in range(k + 1, min(c1 - 1, k + 1 + RELATIVE_REACH)):
        if toks[i].lower in ("and", "or") or toks[i].text in ",;:" or any(c.first == i for c in contents):
            return False
        if toks[i].lower in ("that", "which") and toks[i + 1].text.islower() \
                and toks[i + 1].lower not in CLAUSE_OPENERS and i not in silent_at:
            restricted = any(toks[j].lower in ("until", "for") and toks[j - 1].lower == "only"
                             or toks[j].lower == "for" and j + 2 < c1 and (toks[j + 1].text[:1].isdigit() or toks[
                                 j + 1].lower in ROUGHLY) and toks[j + 2].lemma in ("year", "month", "week", "day")
                             for j in range(i + 1, c1))  # ("a plan which would keep troops there only until May", "for
            # five years"; not "its only foothold", "until further notice")
            return restricted or not any(i < a for a in acts_at)
    return False


#: Auxiliaries between a passive verb's subject and the verb ("shelter was offered", "has been requested").
PASSIVE_AUX = {"was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "will", "would", "not"}


#: The forms of "be", which make a participle after them passive.
BE_FORMS = {"be", "been", "being", "is", "are", "was", "were"}
#: What may stand between "raise" and the issue it raises ("raised the question of his handover", "raised Assad's").
RAISED_FRAME = {"the", "a", "his", "her", "its", "their", "of", "'s", "’s", "question", "issue", "matter", "subject",
                "file", "again", "also"}


def _held(m: Match, acts: list[Match]) -> bool:
    """Is an act written inside a longer act of the other side ("reduce its dependence": the reducing is the act,
    for diversification; the dependence in it is no act against)?"""
    side = m.group.rsplit(":", 1)[-1]
    return any(a.first <= m.first and m.last <= a.last and (a.first, a.last) != (m.first, m.last)
               and a.group.rsplit(":", 1)[-1] not in (side, "keyword", "topic") for a in acts)


def _passive_of(toks: list[Token], act: Match, verb: Match) -> bool:
    """Is ``act`` the subject of ``verb`` in the passive: only auxiliaries between, at least one a form of "be"
    ("shelter was offered", "the handover has been requested"), the verb a participle in -ed or -n?"""
    between = [t.lower for t in toks[act.last + 1:verb.first]]
    return 1 <= len(between) <= 3 and all(w in PASSIVE_AUX for w in between) \
        and any(w in ("was", "were", "is", "are", "be", "been", "being") for w in between) \
        and toks[verb.first].lower.endswith(("ed", "en", "wn"))


def _reach(toks: list[Token], topic: Match, act: Match) -> int:
    """How far an act may stand from the topic it acts on: farther for a passive after its subject
    ("the agreements signed by the former regime will be reviewed")."""
    passive = act.first > topic.last and act.first > 0 and toks[act.first - 1].lemma == "be" \
        and toks[act.first].lower.endswith("ed")
    if passive and any(t.lower in ("which", "whom", "that") for t in toks[topic.last + 1:topic.last + 4]):
        return RELATIVE_PASSIVE_REACH  # "a contract under which a Russian firm was to run the port had been annulled"
    return PASSIVE_REACH if passive else TOPIC_REACH


def _owner(cue: Match, issue_matches: list[Match]) -> str:
    """The issue a demand, an offer or a positive word governs: the one whose term comes first
    after it ("sought to secure its bases"), else the nearest before it; '' when none is near.
    Only issues the span names count: "ready to continue assisting ... aid" is about aid, though
    "continue" is also an act of keeping the bases."""
    named = {m.group.split(":")[0] for m in issue_matches if not m.group.endswith((":for", ":against"))}
    issue_matches = [m for m in issue_matches if m.group.split(":")[0] in named]
    after = [m for m in issue_matches if m.first > cue.last]
    if after:
        return min(after, key=lambda m: (m.first, -m.last)).group.split(":")[0]
    before = [m for m in issue_matches if m.last < cue.first]
    return max(before, key=lambda m: (m.last, m.first)).group.split(":")[0] if before else ""


def _that_clause(toks: list[Token], cue: Match, act: Match) -> bool:
    """Whether an act stands in the that-clause a demand or a positive word takes, right after it or after
    its noun ("demanded that Russia leave", "wants guarantees that the troops will leave"), or in the relative
    clause that narrows its indefinite object ("would accept a deal that ends the presence": what the deal does)."""
    that = next((k for k in range(cue.last + 1, min(cue.last + 3, len(toks))) if toks[k].lower == "that"), None)
    if that is None and cue.last + 1 < len(toks) and toks[cue.last + 1].lower in ("a", "an", "any"):
        that = next((k for k in range(cue.last + 2, min(cue.last + 2 + RELATIVE_REACH, len(toks)))
                     if toks[k].lower in ("that", "which")), None)
    return that is not None and 0 < act.first - that <= INFINITIVE_REACH and not any(
        t.text in ",;:" for t in toks[cue.last + 1:act.first])


REVERSAL_REACH = 3  # tokens: "revoke [the] asylum", "reconsider its lease"
#: Words that make terms new ones ("but on new terms", "on its own terms", "on less generous terms"): a qualifier.
TERMS_QUALIFIERS = {"new", "different", "revised", "renegotiated", "own", "generous", "favourable", "favorable",
                    "tougher", "stricter", "better", "harder", "fresh"}
REQUIRED_REACH = 6  # tokens: "a condition for [the continued Russian military] presence"
NEGATION_REACH = 8  # tokens: how far a negator reaches forward to the signal it reverses
COPULA = {"is", "was", "were", "are", "be", "been", "remains", "remained"}


def view_stance(cb: Codebook, toks: list[Token], hit: IssueHit, issue_matches: list[Match], cue_matches: list[Match],
                attribution: str) -> str:
    """The stance of a whole view toward one issue, over every clause that names it ("said the base was still
    vital, and that Russia would have to leave it within a year": kept, on terms): a side taken in one clause and
    no side in another is that side; sides that differ, or a condition in any, are conditional."""
    sides = [stance(cb, toks, hit, issue_matches, cue_matches, attribution)]
    ranges = clauses(toks, cb.clause_verbs)
    first = next((r for r in ranges if r[0] <= hit.first < r[1]), None)
    for r in ranges:
        if r == first:
            continue
        term = next((m for m in issue_matches if m.group in (hit.issue + ":keyword", hit.issue + ":topic")
                     and r[0] <= m.first < r[1]), None)
        if term is not None:
            sides.append(stance(cb, toks, IssueHit(hit.issue, term.first, "keyword"), issue_matches, cue_matches,
                                attribution))
    taken = set(sides) - {"neutral"}
    if "conditional" in taken or {"support", "oppose"} <= taken:
        return "conditional"
    return taken.pop() if taken else sides[0]


def stance(cb: Codebook, toks: list[Token], hit: IssueHit, issue_matches: list[Match],
           cue_matches: list[Match], attribution: str = "") -> str:
    """The stance of a span toward one issue's proposition (see the module docstring)."""
    return _Stance(cb, toks, hit, issue_matches, cue_matches, attribution).decide()


class _Stance:
    """One reading of a clause toward one issue: its acts, its cues, what negates what, and the side they add up
    to. Each step is a method, in the order :meth:`decide` takes them."""

    def __init__(self, cb: Codebook, toks: list[Token], hit: IssueHit, issue_matches: list[Match],
                 cue_matches: list[Match], attribution: str) -> None:
        self.cb, self.toks, self.hit, self.attribution = cb, toks, hit, attribution
        self.issue_matches, self.cue_matches = issue_matches, cue_matches
        self._scope()
        self._sort_acts()
        self.negators = self._negators()
        self._signals()

    # --- the clause, and the acts in it ------------------------------------------------------------------------
    def _scope(self) -> None:
        """The clause that holds the issue (a relative clause after its term is about something else: "any leader
        who obtained asylum"), the issue's own matches in it and the tokens of its terms."""
        toks, hit = self.toks, self.hit
        ranges = clauses(toks, self.cb.clause_verbs)  # ("..., and declined to comment on the bases")
        self.c0, self.c1 = _clause_of(ranges, hit.first)
        self.relative = (self.c1, self.c1)
        for i in range(max(self.c0, hit.first + 1), self.c1):
            if toks[i].lower in ("who", "whom", "whose") and i > hit.first:
                self.relative, self.c1 = (i, self.c1), i
                break
        mine = [m for m in self.issue_matches if m.group.startswith(hit.issue + ":")]
        self.own = [m for m in mine if self.inside(m) and not _excepted(self.cb, toks, m)]  # ("full stop": no act
        # of stopping)
        self.terms = {m.last for m in mine if not m.group.endswith((":for", ":against"))}
        self.terms_here = [m.first for m in self.own if not m.group.endswith((":for", ":against"))] + [hit.first]
        self.topics_here = [m.first for m in self.own if m.group.endswith(":topic")]
        # (the issue's own terms in its clause, where frames and reversals look for them)
        self.wanting = [m.last for m in self.cue_matches if m.group in ("demand", "wants")]
        self.asked, self.asked_end = self._embedded_question()
        matter = ("on", "about", "over", "regarding", "concerning")  # ("talks (with Damascus) on")
        self.talks_on = [i for i in range(self.c0, hit.first) if toks[i].lemma in self.cb.talk_words
                         and any(toks[k].lower in matter for k in range(i + 1, min(i + 5, hit.first)))]

    def inside(self, m: Match) -> bool:
        return self.c0 <= m.first < self.c1

    def _embedded_question(self) -> tuple[int, int]:
        """Where an embedded question runs ("the decision on whether Russian forces remain", "up to Damascus
        whether to hand him over"): an act inside it is asked about, not taken. A span that opens with "whether"
        is the question put to the speaker, whose acts the answer takes up ("Asked whether ..., he said");
        "whether or not", "that whether Damascus liked it or not, ..." concede, they ask nothing ("unclear whether
        Moscow would keep it or not" still asks). The question ends at its comma, not at a relative clause's."""
        toks, c0, c1 = self.toks, self.c0, self.c1
        conceding = lambda i: toks[i - 1].text in ",;" or toks[i - 1].lower == "that"  # noqa: E731
        asked = next((i for i in range(max(c0, 1), c1) if toks[i].lower == "whether"
                      and not (i + 2 < len(toks) and [t.lower for t in toks[i + 1:i + 3]] == ["or", "not"])
                      and not (conceding(i) and any(t.lower == "or" and k + 1 < len(toks) and toks[k + 1].lower == "not"
                                                    for k, t in enumerate(toks[i + 1:c1], i + 1)))), c1)
        asked_end, inner = c1, False
        for k in range(asked + 1, c1):
            if toks[k].text in ",;:":
                if inner:
                    inner = False
                elif k + 1 < len(toks) and toks[k + 1].lower in ("which", "who", "whose", "where"):
                    inner = True
                else:
                    asked_end = k
                    break
        return asked, asked_end

    def open_question(self, m: Match) -> bool:
        return self.asked < m.first < self.asked_end

    def talked_of(self, m: Match) -> bool:
        """ "consultations on the air base were continuing calmly": what goes on (or stalls) are the talks about
        it, no side on it."""
        return any(n < self.hit.first < m.first for n in self.talks_on)

    def result(self, m: Match) -> bool:
        """ "wants the bases closed", "wanted the sanctions lifted": the participle is what is wanted done to
        them."""
        toks = self.toks
        return (m.last + 1 >= len(toks) or not toks[m.last + 1].text[:1].isalnum()
                or toks[m.last + 1].lower in ("and", "or", "as", "before", "by")) and any(
            0 < m.first - w <= 5 for w in self.wanting)

    def in_a_term(self, m: Match) -> bool:
        """A participle that opens one of the issue's own terms before the noun it qualifies ("frozen funds") names
        the thing, it does nothing to it (not "dependent on", whose word is the predicate, nor "the lifting of
        sanctions"; "hand ~ over" is both)."""
        toks = self.toks
        return toks[m.last].lower.endswith(("ed", "en")) and m.last + 1 < len(toks) \
            and toks[m.last + 1].lower not in PREPOSITIONS and any(
                k.first == m.first and m.last < k.last for k in self.issue_matches
                if k.group == self.hit.issue + ":keyword")  # (a participle: not "the lifting of sanctions")

    def modifier(self, m: Match) -> bool:
        """A participle that describes the issue's term, no act: right after it ("the sanctions imposed on
        Syria"); opening what is said, before the term ("traders say halted deliveries were not discussed"; after
        an article it may be what a verb outside the span takes: "welcomed [the continued presence]"); an
        adjective ("a settled matter")."""
        toks = self.toks
        participle = m.first == m.last and toks[m.first].lower.endswith("ed")
        attributive = participle and (m.first == 0 or toks[m.first - 1].lemma in self.cb.speech_lemmas
                                      and not toks[m.first - 1].text[:1].isupper()) and any(  # (not "the United
            0 < t - m.last <= 3 for t in self.terms)  # States tightened its sanctions": a name, no verb of saying)
        adjective = participle and 0 < m.first < len(toks) - 1 and toks[m.first - 1].lower in ("a", "an") \
            and toks[m.first + 1].text.isalpha() and toks[m.first + 1].text.islower()
        return (m.first - 1 in self.terms and toks[m.first].lower.endswith("ed") and not self.result(m)
                or attributive or adjective)

    def _bare_noun(self, m: Match) -> bool:
        """ "through the press", "replied to the request": a demand verb's word as a noun a preposition governs,
        with no object, demands nothing ("stood by the request" holds one; "the push for" makes one)."""
        toks = self.toks
        return m.group == "demand" and m.first == m.last and m.first > 1 and toks[m.first - 1].lower in ("the", "a") \
            and toks[m.first - 2].lower in (PREPOSITIONS | {"through", "via"}) - {"by"} \
            and (m.last + 1 >= len(toks) or toks[m.last + 1].lower not in ("for", "to", "that", "on", "of", "by"))

    def _aspect(self, m: Match) -> bool:
        """ "would keep urging Damascus to end ...", "will continue consultations on the base": keep or continue
        before a demand, a speech verb or talk says the asking or talking goes on, no act of keeping ("continue
        operating the bases" still keeps them)."""
        toks = self.toks
        return toks[m.last].lemma in ("keep", "continue") and (any(
            c.first == m.last + 1 and c.group in ("demand", "speech", "refusal") for c in self.cue_matches)
            or m.last + 1 < len(toks) and toks[m.last + 1].lemma in self.cb.talk_words)

    def _sort_acts(self) -> None:
        """The issue's acts for and against in the clause, and the cues that count: none inside a phrase that
        leaves the matter open ("remain open", "remain to be seen"), a question put or an embedded question."""
        cues = [m for m in self.cue_matches if self.inside(m) and not self._bare_noun(m)
                and not question_put(self.toks, m)]
        undecided = [m for m in cues if m.group == "neutral" and m.last > m.first]
        within = lambda m: any(u.first <= m.first and m.last <= u.last for u in undecided)  # noqa: E731
        kept = lambda m: not self.modifier(m) and not within(m) and not self.open_question(m) \
            and not self.talked_of(m) and not self.in_a_term(m)  # noqa: E731
        self.acts_for = [m for m in self.own if m.group.endswith(":for") and kept(m) and not self._aspect(m)]
        self.acts_against = [m for m in self.own if m.group.endswith(":against") and kept(m)]
        self.acts_for, self.acts_against = ([m for m in self.acts_for if not _held(m, self.acts_against)],
                                            [m for m in self.acts_against if not _held(m, self.acts_for)])
        self.cues = [m for m in cues if not self.open_question(m) or m.group in ("neutral", "silence", "framing")]

    def by(self, group: str) -> list[Match]:
        return [m for m in self.cues if m.group == group]

    # --- negation ----------------------------------------------------------------------------------------------
    def _negators(self) -> list[Match]:
        """The negations and refusals that reverse something. "did not rule out", "has not rejected": a refusal
        negated is openness (read as readiness); "has not dropped its request": a negation right before a
        reversal cancels it and negates nothing else; "no" inside "no plans" is one; "no decision", "not yet" are
        undecided; "no objection to ..." is the cue's own "no". Keeps the negated refusals (``open_to``) and the
        negated reversals (``kept_up``) for the signals and flips read after it."""
        by, toks = self.by, self.toks
        self.open_to = [r for r in by("refusal") if any(0 < r.first - n.last <= 2 for n in by("negation"))]
        undone = {n.first for n in by("negation") if any(0 < r.first - n.last <= 2 for r in self.open_to)}
        self.kept_up = [rv for rv in by("reversal") if any(0 < rv.first - n.last <= 3 for n in by("negation"))]
        undone |= {n.first for n in by("negation") if any(0 < rv.first - n.last <= 3 for rv in self.kept_up)}
        phrases = by("readiness") + by("acceptance") + by("positive") + by("demand")  # cues that may hold a "no"
        negators: list[Match] = []
        for n in sorted(by("refusal") + by("negation"), key=lambda m: (m.first, -m.last)):
            if n in self.open_to or n.first in undone:
                continue
            if n.group == "refusal" and n.first > 1 and toks[n.first - 1].lower == "be" \
                    and toks[n.first].lower.endswith("ed") and toks[n.first - 2].lower in MODALS:
                continue  # "or it will be dismissed as revenge": what others may do to it, no refusal of the
                # speaker's (a reported refusal, "has been rejected", still reads as one)
            if any(o.first <= n.first <= o.last for o in negators):
                continue
            if any(m.first <= n.first <= m.last for m in by("neutral")):
                continue
            if n.group == "negation" and any(c.first <= n.first <= c.last and c.last > c.first for c in phrases):
                continue
            negators.append(n)
        return negators

    # --- what points toward or away from the proposition ---------------------------------------------------------
    def _mine(self, m: Match) -> bool:
        """A demand of new terms for the issue's subject ("wants to renegotiate the lease on Tartus") is about it
        too."""
        return _owner(m, self.issue_matches) in ("", self.hit.issue, *self.cb.issues[self.hit.issue].on_terms)

    def _listed(self, m: Match) -> bool:
        """ "called for compensation, a review of the contracts and the handover of Assad": a demand reaches each
        item of the list it opens (no other act, no semicolon, between)."""
        hit = self.hit
        return m.group == "demand" and m.last < hit.first and not any(
            t.text in ";:" for t in self.toks[m.last + 1:hit.first]) and not any(
            c.group in ("demand", "refusal", "readiness", "speech") and m.last < c.first < hit.first
            for c in self.cue_matches)

    def _elsewhere(self, m: Match) -> bool:
        """A demand or an offer of another act, after the issue is named, on nothing of the issue ("honours each
        treaty and wants to build ties of a new kind": what it wants is no act on the treaties)."""
        toks, j = self.toks, m.last + 1
        while j < self.c1 and toks[j].text in "“”\"'‘’":
            j += 1  # (wants "to build ...": the quotation mark aside)
        k = j + 1
        if not (m.first > self.hit.first and k < self.c1 and toks[j].lower == "to"
                and toks[k].text.isalpha() and toks[k].text.islower()):
            return False
        acts_at = {a.first for a in self.issue_matches
                   if a.group in (self.hit.issue + ":for", self.hit.issue + ":against")}
        terms_after = [t for t in self.terms if t > m.last] + [a.first for a in self.own if a.first > m.last]
        return k not in acts_at and not terms_after

    def _reach_of(self, m: Match) -> int:
        """How far a demand or an offer reaches its act ("refused the request of Damascus to hand him over": a
        demand named as a noun reaches further; "no objection to a Russian withdrawal": the preposition is the
        cue's own)."""
        toks = self.toks
        return (6 if m.first > 0 and toks[m.first - 1].lower in NOUN_MARKERS else 3) + (
            m.last + 1 < len(toks) and toks[m.last + 1].lower in ("to", "for"))

    def _asked_to(self, m: Match, a: Match) -> bool:
        """ "urged the new authorities to push the troops out", "wants guarantees that the troops will leave"."""
        toks = self.toks
        return (0 < a.first - m.last <= INFINITIVE_REACH and toks[a.first - 1].lower == "to" and not any(
            t.text in ",;:" for t in toks[m.last:a.first]) or _that_clause(toks, m, a))

    def _positive(self) -> list[Match]:
        """Positive words that take a side of their own: not before the words that only raise the issue, not on
        talks about it, not right before one of the issue's acts ("must withdraw", "welcomed the withdrawal of":
        the act's direction decides, and "does not support the withdrawal" negates the act), nor before another
        issue's act as the verb it governs ("ready to honour the agreements and to help rebuild the country", "the
        need to renegotiate"; "welcomed the lifting of sanctions and the bases' presence" welcomes both). A word
        in quotation marks is named, not done: 'should turn "respect for agreements" into ...'."""
        toks, by = self.toks, self.by
        positive = [m for m in by("positive") + by("positive_forms")
                    if not any(0 < n - m.last <= 3 for n in self.neutral_at) and not self.talked_of(m)]
        others = [m for m in self.issue_matches if m.group.endswith((":for", ":against"))
                  and not m.group.startswith(self.hit.issue + ":")]
        return [m for m in positive if not any(
            (0 < a.first - m.last <= 3 or _that_clause(toks, m, a))
            and not any(t.text in ",;:\"“”" for t in toks[m.last + 1:a.first])
            for a in self.acts_for + self.acts_against)
                and not any(a.first - m.last == 1 or a.first - m.last == 2 and toks[m.last + 1].lower == "to"
                            for a in others)]

    def _active(self, m: Match) -> bool:
        """A verb its subject does ("Damascus raised the handover", "intends to raise it"), not one done to its
        object ("the handover was raised") nor one negated ("did not raise it")."""
        before = [t.lower for t in self.toks[max(self.c0, m.first - 2):m.first]]
        return m.first > self.c0 and not any(w in BE_FORMS or w in ("not", "n't", "never") for w in before)

    def _raises_the_issue(self, m: Match) -> bool:
        """Is the issue's own term what is raised ("raised Assad's handover", "raise the question of his return"),
        not something else ("raised concerns about the handover", "raise funds")?"""
        toks = self.toks
        after = [t for t in self.terms_here + [a.first for a in self.acts_for] if t > m.last]
        if not after or min(after) - m.last > 6:
            return False
        between = toks[m.last + 1:min(after)]
        return all(t.lower in RAISED_FRAME or t.text[:1].isupper() or t.text.startswith("al-") for t in between)

    def _signals(self) -> None:
        """Each side pointed at, as (token, +1 toward / -1 away): the issue's acts, positive words, demands and
        offers that govern no act of the issue, and the object of a requirement ("the handover was a condition
        for the continued presence": what is required is wanted)."""
        by, hit, toks = self.by, self.hit, self.toks
        self.raised = [m for m in by("raising") if self.cb.issues[hit.issue].sought and self._active(m)
                       and self._raises_the_issue(m)]
        # ("agreed to review agreements": a word that raises an issue is no talk about the issue whose act it is)
        self.neutral_at = [m.first for m in by("neutral")
                           if not any(a.first == m.first for a in self.acts_for + self.acts_against + self.raised)]
        self.positive = self._positive()
        acts = [m for m in by("demand") + by("readiness") + self.open_to + self.raised
                if self._mine(m) or self._listed(m)]
        # "has not accepted the offer": the offer the view refers back to is the object of its act, no offer of the
        # speaker's ("The request stands": with no other act, the request is still the speaker's)
        referent = [a for a in by("anaphora") if hit.strength == "anaphora" and a.first <= hit.first <= a.last]
        named_act = lambda m: any(a.first <= m.first <= a.last for a in referent)  # noqa: E731
        if any(not named_act(m) for m in acts):
            acts = [m for m in acts if not named_act(m)]  # "..., as the Kremlin sought to secure its bases"
        # "agreed to hold talks on the future of the bases", "called for a discussion of": what is agreed or
        # asked is to talk, which takes no side on the issue ("agreed to continue consultations on")
        talk_at = [i for i, t in enumerate(toks) if t.lemma in self.cb.talk_words]
        self.acts = [m for m in acts if not any(m.last < n <= m.last + 6 and n < hit.first
                                                for n in self.neutral_at + talk_at) and not self._elsewhere(m)]
        # "ready to withdraw", "would not agree to extradite": a demand or an offer of an act takes that act's
        # direction, so a negation before the offer reverses the act ("wants the two bases closed")
        both = self.acts_for + self.acts_against
        self.governed = [m for m in self.acts if any(
            0 < a.first - m.last <= (6 if self.result(a) else self._reach_of(m))
            or m.first - a.last == 1  # "the extradition request": one act
            or _passive_of(toks, a, m)  # "shelter was offered to him", "his handover was demanded": the act it takes
            or self._asked_to(m, a) for a in both)]
        signals = sorted([(m.first, +1) for m in self.acts_for + self.positive]
                         + [(m.first, -1) for m in self.acts_against]
                         + [(m.first, +1) for m in self.acts if m not in self.governed])
        self.signals = sorted(signals + [(hit.first, +1) for r in by("requirement") if hit.first < r.first][:1])

    # --- no side taken -----------------------------------------------------------------------------------------
    def _no_side(self) -> bool:
        """A silence before any side ("declined to comment on the bases"; but "said Moscow would not leave the base,
        without giving details": the side came first); a refusal offered as one of two answers not given
        ("neither confirmed nor ruled out the closure"; not "would neither abandon its bases nor reject a review");
        a clause that only says the issue was talked about, or not ("the extradition of Assad was (not) raised / on
        the agenda": its name is no act of the speaker's; "would not discuss it", "is not on the table" are
        refusals); a topic named with no one demanding, refusing or offering it ("the question of handing him
        over", "the future of the bases", "asked about humanitarian supplies")."""
        by, toks, hit, c0, c1 = self.by, self.toks, self.hit, self.c0, self.c1
        signals = self.signals
        if any(not any(p < sil.first for p, _ in signals) and not any(r.first < sil.first for r in by("refusal"))
               for sil in by("silence")):
            return True
        if any(toks[k].lower == "nor" and any(r.first == k + 1 for r in by("refusal"))
               and _neither_said(toks, k, c0, self.cb.speech_lemmas) for k in range(c0, c1)):
            return True
        if self.neutral_at and not self.acts and not by("refusal") and not self.positive and not by("condition") \
                and not by("reduced_terms"):
            named = {m.first for m in self.issue_matches if m.group.startswith(hit.issue + ":")
                     and not m.group.endswith((":for", ":against"))} | {hit.first}
            past = lambda n: n.first > 0 and toks[n.first - 1].lower in ("was", "were", "did", "had")  # noqa: E731
            named |= {p for p, _ in signals if self._talked_of_noun(p)}  # ("the return of Assad was not raised")
            if all(p in named or any(abs(p - q) <= 1 for q in named) for p, _ in signals) and all(
                    past(n) and any(0 < q - n.last <= 2 for q in self.neutral_at) for n in self.negators):
                return True
        frames = [f for f in by("framing") if (any(0 <= t - f.last <= 3 for t in self.terms_here) or any(
            f.first == m.last + 1 for m in self.own if not m.group.endswith((":for", ":against"))))  # ("the
            # extradition issue")
                  and not (f.first > 0 and toks[f.first - 1].lower == "to")  # ("to issue a new currency": a verb)
                  ] if hit.strength != "anaphora" else []  # ("the decision" that refers back is no frame of a topic)
        frames += [q for q in _questions(toks, c0, c1) if any(0 <= t - q.last - 1 <= 3 for t in self.terms_here)
                   and not any(a.first < q.first for a in self.acts_for + self.acts_against)]  # (not "Russia will keep
        # its bases, Peskov said when asked about the lease")
        # (also "agreed to form a group that will take up the question of the bases": what is agreed or asked is
        # done to the question, not to the issue)
        done_to = frames and any(a.first > frames[0].last and any(
            t.lower in ("be", "been", "being", "is", "are", "was", "were") for t in toks[max(0, a.first - 3):a.first])
            for a in self.acts_for + self.acts_against)  # ("the matter of the loans will be settled": the
        # issue's act is what happens to the question, a side)
        raised = [a for a in self.acts if a in self.raised]  # ("raised the question of his handover": asked for)
        return bool(frames) and not done_to and not by("refusal") and not raised and all(
            a.last < frames[0].first for a in self.acts)

    def _talked_of_noun(self, p: int) -> bool:
        """Is the act at ``p`` a noun ("the return of Assad") that a verb of talk has as its object ("did not raise
        the return of Assad") or, in the passive, as its subject ("the return of Assad was (not) raised"): the issue
        named, no act done?"""
        toks, be = self.toks, BE_FORMS
        owners = ("the", "his", "her", "its", "their", "'s", "’s")
        if not (p > 0 and toks[p - 1].lower in owners):
            return False
        return any(0 < p - n <= 3 or p < n and (toks[n - 1].lower in be or toks[n - 1].lower in ("not", "n't", "never")
                                                and toks[n - 2].lower in be) for n in self.neutral_at)

    # --- what each negation and reversal reverses --------------------------------------------------------------
    def _flips(self) -> dict[int, int]:
        """How many times each signal is reversed: a negation reaches forward within its conjunct ("did not
        change, and it needs talks": the "and" ends it), or back to the subject of its copula ("extraditing him
        was out of the question"); a reversal undoes the act right after it ("revoke the asylum", "no plans to
        reconsider the lease"), unless it is itself one of the issue's acts ("reconsider the agreements")."""
        toks, signals = self.toks, self.signals
        flipped: dict[int, int] = {}
        conditions = self.by("condition")
        for n in self.negators:
            target = self._negated(n)
            if target is not None and not any(n.last < c.first and c.last < target for c in conditions):
                flipped[target] = flipped.get(target, 0) + 1  # ("would not renew the lease unless Moscow extradites
                # him": the negation stops at the condition)
        for rv in self.by("reversal"):
            if rv in self.kept_up or any(a.first <= rv.first <= a.last for a in self.own):
                continue
            after = [p for p, _ in signals if rv.last < p <= rv.last + REVERSAL_REACH]
            if not after:  # "dropped its request for the handover": the demand it undoes governs the act
                asked = [m for m in self.governed if rv.last < m.first <= rv.last + REVERSAL_REACH]
                after = [a.first for m in asked[:1] for a in self.acts_for + self.acts_against
                         if 0 < a.first - m.last <= (6 if m.first > 0 and toks[m.first - 1].lower in NOUN_MARKERS
                                                     else 3)]
            if after:
                flipped[after[0]] = flipped.get(after[0], 0) + 1
        return flipped

    def _negated(self, n: Match) -> int | None:
        """The signal a negation or refusal reverses, or None."""
        toks, signals, by, c0 = self.toks, self.signals, self.by, self.c0
        k = n.first - 1
        while k >= 0 and (toks[k].text in "“”\"'‘’" or toks[k].lower.endswith("ly") and toks[k].lower != "only"
                          or toks[k].lower in ("just", "still", "also", "now")):
            k -= 1  # "extradition is (simply) not on the table"
        ahead = n.last + 1 < len(toks) and toks[n.last + 1].lower == "to"  # "was unlikely to end it": forward
        forward = [p for p, _ in signals if n.last < p <= n.last + NEGATION_REACH
                   and not any(t.lower in ("and", ",") for t in toks[n.last + 1:p])]
        governs = any(n.last < m.first <= n.last + 2 for m in self.acts) \
            or any(n.last < p <= n.last + 1 for p in forward)
        # ("is not prepared to leave", "is not dependent on": forward too)
        predicate = n.last > n.first or toks[n.first].lower.endswith(("able", "ible"))  # no verb: "unacceptable",
        # "out of the question" (not "the extradition prevented unrest": the act is the subject of a verb)
        named = n.group == "refusal" and predicate and any(0 < n.first - p <= 4 and (  # "called extradition (of
            all(t.text in "“”\"'‘’" for t in toks[p + 1:n.first]) or toks[p + 1].lower == "of" and not any(  # Assad)
                t.text in ",;:" for t in toks[p + 1:n.first]))  # unacceptable": what is named, then what it is called
            for p, _ in signals)
        # "it was unlikely (doubtful, not likely) that Russia would keep it": after an empty "it", what the copula
        # negates follows ("not at all likely that")
        empty_it = k > 0 and toks[k - 1].lower == "it" and any(t.lower == "that" for t in toks[n.last + 1:n.last + 6])
        failing = ahead and not forward and n.group == "negation" and n.last == n.first and any(
            _subject_demand(toks, d, c0, k) for d in by("demand")) and not any(
            c.first == n.last + 2 for c in by("cessation"))
        # ("any request to extradite him is unlikely to get a hearing": with no act ahead of it, what is unlikely is
        # the subject's demand, and the act it asks for; not "the question of Assad, whose handover Damascus sought,
        # is unlikely to be resolved", "demanded it in talks that are unlikely to yield results", "the push for
        # relief is unlikely to stop")
        existential = k > 0 and toks[k - 1].lower == "there"  # "there is little chance of an extradition": no
        # subject before the copula, what it negates follows
        postposed = (k >= 0 and toks[k].lower in COPULA and not empty_it and not existential or named) \
            and not governs and (not ahead or failing)  # ("extraditing him was (“)out of the question(”)")
        if postposed:
            opened = max((p for p, _ in signals if p + 1 < n.first and toks[p + 1].lower == "that"), default=-1)
            targets = [p for p, _ in signals if opened < p < n.first]  # ("backs ..., to ensure that ties are not
            # exclusive": the negation is the that-clause's, not the verbs' before it)
            return targets[-1] if targets else None
        return forward[0] if forward else None

    # --- the side ----------------------------------------------------------------------------------------------
    def decide(self) -> str:
        """The side the clause takes toward the proposition (see the module docstring)."""
        if self._no_side():
            return "neutral"
        by, toks, hit = self.by, self.toks, self.hit
        flipped = self._flips()
        # "will not give up on the handover", "abandoned the lease": a reversal with the issue's own term as its
        # object (no act of the issue after it) points away from the proposition, and toward it when negated
        for rv in by("reversal"):
            if any(a.first <= rv.first <= a.last for a in self.own) or any(rv.last < p <= rv.last + REVERSAL_REACH
                                                                           for p, _ in self.signals):
                continue
            if any(rv.last < t <= rv.last + REVERSAL_REACH for t in self.terms_here) and not any(
                    rv.last < m.first <= rv.last + REVERSAL_REACH for m in self.governed):
                self.signals.append((rv.first, +1 if rv in self.kept_up else -1))
        if self._both_ways(flipped):
            return "conditional"  # "we respect the agreements but want to redefine them", across clauses
        score = sum(sign * (-1) ** flipped.get(pos, 0) for pos, sign in self.signals)
        if not self.signals and any(n.group == "refusal" for n in self.negators):
            score = -1  # "ruled out", "rejected" with nothing else: against the proposition (a bare "not" with
            # nothing it negates, "the situation did not change", takes no side)
            if self.cb.issues[hit.issue].undone and any(
                    n.group == "refusal" and any(refused_object(toks, n, t) for t in self.topics_here)
                    for n in self.negators):
                score = 1  # "rejects the sanctions on its neighbour": what the issue undoes, refused, is the
                # issue wanted
        # "a reduced, time-limited presence": a qualifier within a few words before one of this issue's terms
        demanded = [c for c in by("condition") if self._demanded_in(c)]
        if demanded and not self.signals and not by("neutral"):
            return "support"  # "would never accept the bases unless Russia pays compensation": what it demands
        condition = [c for c in by("condition") if c not in demanded] + [m for m in by("reduced_terms")
                                       if any(0 < t - m.last <= 4 for t in self.terms)] + [
            r for r in by("requirement") if 0 < hit.first - r.last <= REQUIRED_REACH
            and not any(0 < r.first - n.last <= 2 for n in by("negation"))  # ("not a precondition for": none)
            and not any(t.text == "," for t in toks[r.last:hit.first])]  # (its object, not a later phrase)
        if self._on_terms(score, flipped):
            return "conditional"
        if score > 0 and self._but_on_terms():
            return "conditional"  # "will keep both bases, but on shorter terms": granted, on conditions
        if condition and (score or self.signals):
            return "conditional"  # "open to it as long as ...", "only on condition that ...": support with conditions
        if score > 0:
            return "support"
        if score < 0:
            return "oppose"
        if condition and not any(n.group == "refusal" for n in self.negators):
            return "conditional"  # "limited to", "on new terms", "a reduced, time-limited presence": kept, on
            # conditions
        if self.attribution in ("assessment", "described", "author") and not by("neutral") and not self.negators \
                and (self.signals or hit.strength != "anaphora"):  # ("was asked about the request": nothing points
            # anywhere)
            return "support"  # an expected development, an interest, an author's prescription: the direction it points
        return "neutral"

    def _but_on_terms(self) -> bool:
        """Is the clause qualified right after it by a "but" phrase of terms: "but probably on less generous terms",
        "though under a smaller arrangement", "albeit with a reduced garrison", "but for a shorter period", "but on
        condition that ..." (one of the codebook's reduced terms or conditions in it, or terms or conditions said to
        be new, other or lesser; not "on the same terms", "under the terms of the 2017 agreement", "with no new
        conditions", "but on Friday parliament rejected the terms")?"""
        toks, i = self.toks, self.c1 + (self.c1 < len(self.toks) and self.toks[self.c1].text == ",")
        if not (i < len(toks) and toks[i].lower in ("but", "though", "albeit")):
            return False
        i += 1
        for _ in range(2):  # ("but probably on", "but only under", "but perhaps with")
            i += i < len(toks) and (toks[i].lower.endswith("ly") or toks[i].lower in ("still", "perhaps", "maybe"))
        if not (i < len(toks) and toks[i].lower in ("on", "under", "with", "for", "at", "in")):
            return False
        end = next((k for k in range(i, len(toks)) if toks[k].text in ",;:."), len(toks))
        if any(toks[k].lower in ("no", "without", "same", "current", "existing") for k in range(i, end)):
            return False
        if any(i <= m.first < end and m.group in ("reduced_terms", "condition") for m in self.cue_matches):
            return True
        return toks[i].lower in ("on", "under", "with") and any(
            toks[k].lower in ("terms", "conditions") and toks[k - 1].lower in TERMS_QUALIFIERS | {"less", "more"}
            or toks[k - 1].lower.endswith("er") and toks[k - 1].lower not in ("other", "under", "over")
            for k in range(i + 1, end) if toks[k].lower in ("terms", "conditions")
            and not (k + 1 < len(toks) and toks[k + 1].lower == "of"))

    def _demanded_in(self, c: Match) -> bool:
        """Is the issue what a condition demands: named after it, before any comma or "and", with a refusal or a
        negation before the condition ("would refuse any lease unless Russia surrenders Assad", "will sign nothing
        until Moscow hands him over": the handover is wanted, the lease is what is conditional)? Not a condition
        after something granted ("could stay as long as it pays", "would halt deliveries if Damascus insisted"),
        nor an exchange, which binds both things ("debt relief in exchange for the bases")."""
        first, toks = self.hit.first, self.toks
        breaks = lambda a, b: any(t.text in ",;:" or t.lower in ("and", "but") for t in toks[a:b])  # noqa: E731
        return c.last < first and toks[c.last].lower != "for" and not breaks(c.last, first) and any(
            self.c0 <= n.first and n.last < c.first and not breaks(n.last, c.first) for n in self.negators)
        # (the refusal in the condition's own clause: not "Damascus, which has not paid its debts, would extend the
        # lease if ...")

    def _both_ways(self, flipped: dict[int, int]) -> bool:
        """Acts for and against the issue both in the span, one of them standing (not negated), and no negation:
        support on changed terms. Acts in an aside about a person do not count (", who fled to Moscow and was
        granted asylum,"); those in ", which it would reduce" do: they are done to the thing."""
        toks = self.toks
        unnegated = [m for m in self.acts_for + self.acts_against if not flipped.get(m.first, 0) % 2]
        asides = [self.relative] + [(i, next((k for k in range(i + 1, len(toks)) if toks[k].text in ",;:"), len(toks)))
                                    for i in range(1, len(toks)) if toks[i].lower in ("who", "whom", "whose")
                                    and toks[i - 1].text == ","]
        everywhere = [m for m in self.issue_matches if m.group.startswith(self.hit.issue + ":") and not self.modifier(m)
                      and not self._aspect(m) and not self.in_a_term(m)
                      and not any(a <= m.first < b for a, b in asides)]
        everywhere = [m for m in everywhere if not _held(m, everywhere)]
        return bool(unnegated) and any(m.group.endswith(":for") for m in everywhere) and any(
            m.group.endswith(":against") for m in everywhere) and not self.negators

    def _on_terms(self, score: int, flipped: dict[int, int]) -> bool:
        """Support on terms: the issue's subject renegotiated ("renegotiating the terms of the bases": kept, on
        changed terms); a refusal of the act save on terms ("would not sign any extension that did not include
        rent", "will not accept a deal without guarantees"; within the act's own phrase: "..., without giving
        details" is no term); accepting or refusing one kind of the thing, an indefinite object narrowed by a
        relative clause ("would (not) accept a new lease that left the debts untouched"); what any such thing must
        do or have ("any foreign presence must serve Syria", "any new agreement will need parliament's approval")."""
        toks, by, hit, c1 = self.toks, self.by, self.hit, self.c1
        on_terms = tuple(t + ":" for t in self.cb.issues[hit.issue].on_terms)
        if score > 0 and on_terms and any(m.group.startswith(on_terms) and m.group.endswith((":for", ":keyword"))
                                          and self.inside(m) for m in self.issue_matches):
            return True
        silent_at = {i for sil in by("silence") for i in range(sil.first, sil.last + 1)}
        terms_at = range(max(flipped) + 1, next((i for i in range(max(flipped) + 1, c1) if toks[i].text == ","), c1)) \
            if flipped else range(0)
        if any(i not in silent_at and (toks[i].lower == "without" or toks[i].lower in ("that", "which") and i + 2 < c1
                                       and toks[i + 1].lower in ("does", "did", "do", "would", "will")
                                       and toks[i + 2].lower in ("not", "n't")) for i in terms_at):
            return True
        acts_at = {m.first for m in self.issue_matches if m.group in (hit.issue + ":for", hit.issue + ":against")
                   and m.first < hit.first}  # (an act before the issue's term: "ends its presence", not "kept the
        # rent")
        if any(_takes_a_kind(toks, a, c1, by("content_nouns"), silent_at, acts_at)
               for a in by("acceptance") + [n for n in self.negators if n.group == "refusal"]):
            return True
        quantified = any(toks[k].lower == "any" for k in range(max(self.c0, hit.first - 5), hit.first))  # ("any deal
        # keeping the warships ... would have to")
        required = quantified and any(toks[i].lower in ("must", "should") or toks[i].lemma in ("need", "require")
                                      or toks[i].lemma == "have" and i + 1 < c1 and toks[i + 1].lower == "to"
                                      for i in range(hit.first + 1, c1))
        return required and score >= 0
