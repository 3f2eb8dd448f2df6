"""The curated codebook (``data/codebook/``): actors, places, issues and cue lexicons.

Loaded once per run and validated as it loads: one alias may not name two actors, an
affiliation must name a known actor, every issue needs a proposition and keywords.
Patterns use a small syntax: ``*`` ends a word freely (``renegotiat*``), `` ~ `` allows up
to three words in between (``hand ~ over``); matching ignores case, hyphens and quotes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .. import paths
from ..errors import InputError
from ..corpus.seeds import load_yaml

ACTOR_TYPES = ("person", "state", "organization", "media", "group", "anonymous")
STANCE_ORDER = ("oppose", "neutral", "conditional", "support")  # first match wins
REQUIRED_ISSUES = ("russian_bases", "assad_extradition", "agreements_renegotiation", "sanctions_relief",
                   "reconstruction", "debts_and_assets", "partner_diversification", "transitional_justice")


@lru_cache(maxsize=None)
def pattern(phrase: str, case_sensitive: bool = False) -> re.Pattern:
    """Compile a codebook phrase into a regex matching at word boundaries."""
    words = re.split(r"[\s\-‐–]+", phrase.strip())
    parts = []
    for w in words:
        if w == "~":
            parts.append(r"(?:\W+[\w'’]+){0,3}?")
            continue
        star = w.endswith("*")
        w = w.rstrip("*")
        esc = re.escape(w).replace("'", "['’]").replace("’", "['’]").replace('"', '["“”]')
        parts.append(esc + (r"[\w'’-]*" if star else ""))
    body = ""
    for i, p in enumerate(parts):
        if i and not p.startswith("(?:\\W+"):
            body += r"[\s\-‐–]+"
        body += p
    lead = r"(?<![\w])" if re.match(r"\w", phrase.strip()) else ""
    tail = r"(?![\w])" if re.search(r"[\w*]$", phrase.strip()) else ""
    return re.compile(lead + body + tail, 0 if case_sensitive else re.IGNORECASE)


@lru_cache(maxsize=None)
def alias_pattern(alias: str) -> re.Pattern:
    """An actor alias, matched tolerantly: the Arabic article "al-" is optional, case is
    ignored (except for all-capital acronyms), hyphens and spaces are interchangeable."""
    words = re.split(r"[\s\-‐]+", alias.strip())
    out = []
    for w in words:
        if w.lower() == "al" and len(words) > 1:
            out.append(r"(?:al[\s\-‐]+)?")
            continue
        out.append(re.escape(w).replace("'", "['’]").replace("’", "['’]") + r"[\s\-‐]+")
    body = "".join(out)
    body = body[: -len(r"[\s\-‐]+")] if body.endswith(r"[\s\-‐]+") else body
    flags = 0 if alias.isupper() and len(alias) <= 5 else re.IGNORECASE
    return re.compile(r"(?<![\w\-])" + body + r"(?![\w])", flags)


@dataclass
class Actor:
    id: str
    name: str
    type: str
    affiliation: str
    role: str
    aliases: list[str]
    titles: list[str]
    origin: str = "codebook"


@dataclass
class Issue:
    id: str
    label: str
    proposition: str
    keywords: list[str]
    stance: dict[str, list[str]]
    conditional_with: list[str]
    kw_patterns: list[re.Pattern] = field(default_factory=list)
    stance_patterns: dict[str, list[re.Pattern]] = field(default_factory=dict)
    any_pattern: re.Pattern | None = None  # keywords and stance phrases in one regex (fast "does it apply?")


@dataclass
class Codebook:
    actors: dict[str, Actor]
    issues: dict[str, Issue]
    places: list[str]
    cues: dict
    source: Path

    def cue_patterns(self, name: str) -> list[re.Pattern]:
        return [pattern(p) for p in self.cues.get(name, [])]


def _list(entry: dict, key: str, where: str) -> list[str]:
    v = entry.get(key) or []
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        raise InputError(f"{where}: '{key}' must be a list of text")
    return v


def _entries(path: Path, key: str, required: tuple[str, ...]):
    """The ``key:`` list of a codebook file, as (where, entry) pairs, each a mapping that has
    every ``required`` field; ``where`` names the file and entry for error messages."""
    raw = (load_yaml(path) or {}).get(key)
    if not isinstance(raw, list):
        raise InputError(f"{path}: expected a list '{key}:'")
    for i, e in enumerate(raw):
        where = f"{path}: {key[:-1]} #{i + 1} ({e.get('id', '?') if isinstance(e, dict) else '?'})"
        if not isinstance(e, dict):
            raise InputError(f"{where}: must be a mapping")
        for k in required:
            if not e.get(k):
                raise InputError(f"{where}: required field '{k}' is missing")
        yield where, e


def load(codebook_dir: Path | None = None) -> Codebook:
    """Load and validate the codebook; every problem is one line naming the file and entry."""
    d = Path(codebook_dir) if codebook_dir else paths.CODEBOOK_DIR
    af, isf, cf, pf = d / "actors.yaml", d / "issues.yaml", d / "cues.yaml", d / "places.yaml"
    actors: dict[str, Actor] = {}
    owner: dict[str, str] = {}
    for where, e in _entries(af, "actors", ("id", "name", "type")):
        if not re.fullmatch(r"[a-z][a-z0-9_]*", e["id"]):
            raise InputError(f"{where}: id must be a lowercase slug")
        if e["id"] in actors:
            raise InputError(f"{where}: duplicate actor id")
        if e["type"] not in ACTOR_TYPES:
            raise InputError(f"{where}: type {e['type']!r} is not one of {', '.join(ACTOR_TYPES)}")
        aliases, titles = _list(e, "aliases", where), _list(e, "titles", where)
        for a in aliases + titles:
            key = _alias_key(a)
            if key in owner and owner[key] != e["id"]:
                raise InputError(f"{af}: alias {a!r} belongs to two actors: {owner[key]} and {e['id']}")
            owner[key] = e["id"]
        actors[e["id"]] = Actor(e["id"], e["name"], e["type"], e.get("affiliation") or "", e.get("role") or "",
                                aliases, titles)
    for a in actors.values():
        if a.affiliation and a.affiliation not in actors:
            raise InputError(f"{af}: actor {a.id}: affiliation {a.affiliation!r} is not a known actor")
    issues: dict[str, Issue] = {}
    for where, e in _entries(isf, "issues", ("id", "label", "proposition")):
        kws = _list(e, "keywords", where)
        if not kws:
            raise InputError(f"{where}: needs at least one keyword")
        stance = e.get("stance") or {}
        if not isinstance(stance, dict) or any(s not in STANCE_ORDER for s in stance):
            raise InputError(f"{where}: 'stance' must map {', '.join(STANCE_ORDER)} to lists of phrases")
        iss = Issue(e["id"], e["label"], e["proposition"], kws, {k: list(v or []) for k, v in stance.items()},
                    _list(e, "conditional_with", where))
        iss.kw_patterns = [pattern(k) for k in kws]
        iss.stance_patterns = {s: [pattern(p) for p in iss.stance.get(s, [])] for s in STANCE_ORDER}
        every = iss.kw_patterns + [p for ps in iss.stance_patterns.values() for p in ps]
        iss.any_pattern = re.compile("|".join(f"(?:{p.pattern})" for p in every), re.IGNORECASE)
        issues[iss.id] = iss
    for req in REQUIRED_ISSUES:
        if req not in issues:
            raise InputError(f"{isf}: the contract's issue {req!r} is missing")
    for iss in issues.values():
        for other in iss.conditional_with:
            if other not in issues:
                raise InputError(f"{isf}: issue {iss.id}: conditional_with names unknown issue {other!r}")
    cues = load_yaml(cf) or {}
    places = (load_yaml(pf) or {}).get("places", []) if pf.exists() else []
    for key in ("reporting_verbs", "source_phrases", "speech_acts", "negation", "neutral", "author_view"):
        if not isinstance(cues.get(key), list):
            raise InputError(f"{cf}: lexicon '{key}' is missing or not a list")
    return Codebook(actors, issues, places, cues, d)


def _alias_key(alias: str) -> str:
    """What makes two aliases the same for the one-alias-one-actor rule."""
    return re.sub(r"[\s\-‐’']+", " ", alias.lower()).replace("the ", "").strip()


@lru_cache(maxsize=4)
def load_cached(codebook_dir: str | None = None) -> Codebook:
    return load(Path(codebook_dir) if codebook_dir else None)


def load_eras(codebook_dir: Path | None = None) -> list[dict]:
    """Eras for the timeline (``eras.yaml``): name, start, end (empty end: open)."""
    from ..dates import interval

    f = (Path(codebook_dir) if codebook_dir else paths.CODEBOOK_DIR) / "eras.yaml"
    if not f.exists():
        return []
    eras = []
    for where, e in _entries(f, "eras", ("name", "start")):
        interval(str(e["start"]), f"{where}: start")
        if e.get("end"):
            interval(str(e["end"]), f"{where}: end")
        eras.append({"name": e["name"], "start": str(e["start"]), "end": str(e.get("end") or "")})
    return eras
