"""Gold standards: the seeds' (``data/gold/gold.yaml``) and the evaluation corpus's
(``data/eval/gold.yaml``), read through declared models and checked against their articles.

A gold file is written by hand, so everything in it is checked and every problem is reported
on its own line: unknown keys, ids that resolve nowhere (an actor, a happening, an issue),
quotes not found verbatim in their article, dates that are not real or run backwards.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Literal

from pydantic import ValidationError

from ..corpus.seeds import load_yaml
from ..errors import InputError
from ..validation import OptText, Strict, Text, problems

PRECISIONS = ("day", "week", "part", "month", "season", "year", "decade")
KINDS = ("visit", "meeting", "call", "delegation", "talks", "agreement", "announcement", "withdrawal",
         "deployment", "intervention", "offensive", "flight", "appointment", "sanction", "aid", "election",
         "fall", "other")
ATTRIBUTIONS = ("direct-quote", "reported", "author", "described", "assessment")
STANCES = ("support", "conditional", "neutral", "oppose")
#: The contract's issues (data-contract.md): the gold speaks of these, whatever the codebook holds.
ISSUES = ("russian_bases", "assad_extradition", "agreements_renegotiation", "sanctions_relief", "reconstruction",
          "debts_and_assets", "partner_diversification", "transitional_justice")


class RegistryActor(Strict):
    id: Text
    name: Text
    type: Literal["person", "state", "organization", "media", "group", "anonymous"]


class Happening(Strict):
    id: Text
    kind: Literal[KINDS]
    description: Text
    actors: list[Text] = []
    date_start: dt.date
    date_end: dt.date
    precision: Literal[PRECISIONS]


class ActorRef(Strict):
    id: Text
    aliases: list[Text] = []


class Event(Strict):
    quote: Text
    date_text: Text
    date_start: dt.date
    date_end: dt.date
    precision: Literal[PRECISIONS]
    kind: Literal[KINDS] | None = None
    happening: OptText = ""
    summary: OptText = ""
    actors: list[Text] = []
    issues: list[Text] = []


class Excluded(Strict):
    text: Text
    reason: Text


class Statement(Strict):
    quote: Text
    speaker: Text
    via: OptText = ""
    attribution: Literal[ATTRIBUTIONS]
    cue: OptText = ""
    issue: OptText = ""
    stance: Literal[STANCES + ("",)] = ""


class Document(Strict):
    actors: list[ActorRef] = []
    events: list[Event] = []
    excluded_temporal: list[Excluded] = []
    statements: list[Statement] = []


class Position(Strict):
    actor: Text
    issue: Text
    stance: Literal[STANCES + ("mixed",)]


class GoldFile(Strict):
    version: int
    annotator: Text
    guidelines: OptText = ""
    revisions: OptText = ""
    actors: list[RegistryActor] = []
    happenings: list[Happening] = []
    documents: dict[Text, Document]
    positions: list[Position] = []


def load(path: Path, texts: dict[str, str] | None = None) -> GoldFile:
    """Read and check a gold file. ``texts`` (doc_id -> article text), when given, lets every quote
    be checked against its article. Raises :class:`InputError` with one line per problem."""
    raw = load_yaml(path)
    try:
        gold = GoldFile.model_validate(raw)
    except ValidationError as e:
        raise InputError("\n".join(problems(e, str(path)))) from None
    bad = check(gold, texts)
    if bad:
        raise InputError("\n".join(f"{path}: {b}" for b in bad))
    return gold


def check(gold: GoldFile, texts: dict[str, str] | None = None) -> list[str]:
    """Cross-references the models cannot see: ids, quotes, dates, uniqueness."""
    bad = []
    registry = {a.id for a in gold.actors}
    happenings = {h.id for h in gold.happenings}
    if len(registry) != len(gold.actors):
        bad.append("actors: an id is registered twice")
    if len(happenings) != len(gold.happenings):
        bad.append("happenings: an id is listed twice")
    for h in gold.happenings:
        if h.date_end < h.date_start:
            bad.append(f"happenings.{h.id}: date_end before date_start")
        for a in h.actors:
            if registry and a not in registry:
                bad.append(f"happenings.{h.id}: actor {a!r} is not in the actors registry")
    for doc_id, doc in gold.documents.items():
        where = f"documents.{doc_id}"
        text = (texts or {}).get(doc_id)
        if texts is not None and text is None:
            bad.append(f"{where}: no article with this id")
        known = {a.id for a in doc.actors} | registry
        for a in doc.actors:
            if registry and a.id not in registry:
                bad.append(f"{where}.actors: {a.id!r} is not in the actors registry")
        for i, e in enumerate(doc.events):
            w = f"{where}.events[{i}]"
            if e.date_end < e.date_start:
                bad.append(f"{w}: date_end before date_start")
            if e.date_text not in e.quote:
                bad.append(f"{w}: date_text {e.date_text!r} is not inside the quote")
            if e.happening and e.happening not in happenings:
                bad.append(f"{w}: happening {e.happening!r} is not listed under happenings")
            if happenings and not e.happening:
                bad.append(f"{w}: no happening id (every report belongs to a happening)")
            if text is not None and e.quote not in text:
                bad.append(f"{w}: quote not found in the article: {e.quote[:60]!r}")
        for i, s in enumerate(doc.statements):
            w = f"{where}.statements[{i}]"
            for role in ("speaker", "via"):
                v = getattr(s, role)
                if v and v not in known:
                    bad.append(f"{w}: {role} {v!r} is not a known actor")
            if s.issue and s.issue not in ISSUES:
                bad.append(f"{w}: issue {s.issue!r} is not one of the contract's issues")
            if bool(s.issue) != bool(s.stance):
                bad.append(f"{w}: issue and stance go together (both set or both empty)")
            if text is not None and s.quote not in text:
                bad.append(f"{w}: quote not found in the article: {s.quote[:60]!r}")
    return bad
