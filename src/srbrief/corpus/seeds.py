"""The seed corpus: seed files plus their manifest, checked before anything runs.

Every problem is reported as one line naming the file and what is wrong, so a user
who adds an article to ``seeds/`` learns exactly what to fix.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal

import yaml
from pydantic import ValidationError

from .. import paths
from ..dates import interval
from ..errors import InputError
from ..validation import OptText, Strict, Text, problems

REQUIRED = ("file", "title", "genre", "language", "published", "published_precision", "date_basis", "sha256")
PRECISIONS = ("day", "month", "year", "unknown")
#: Languages the extraction rules are written for.
SUPPORTED_LANGUAGES = ("en",)


class ManifestEntry(Strict):
    """One seed's entry in ``manifest.yaml``: what is known about it and how."""

    file: Text
    title: Text
    title_basis: OptText = ""
    outlet: OptText = ""
    outlet_id: OptText = ""
    author: OptText = ""
    author_id: OptText = ""
    genre: Text
    language: Text
    translated: bool = False
    published: Text
    published_precision: Literal["day", "month", "year", "unknown"]
    published_estimated: bool = False
    date_basis: Text
    known_errors: list[Text] = []
    sha256: Text
    #: Evaluation articles only (data/eval/articles/): the split they belong to, that they
    #: were written for the project, and the style they imitate.
    split: Literal["dev", "test"] | None = None
    synthetic: bool = False
    style: OptText = ""
#: Seeds above this size are refused: the rule-based extraction is linear, but a single
#: article this large is almost certainly not an article (a dump, a book, a binary).
MAX_SEED_BYTES = 5_000_000


@dataclass(frozen=True)
class Seed:
    """One seed: its id, text (decoded UTF-8, never altered) and manifest entry."""

    doc_id: str
    path: Path
    text: str
    sha256: str
    meta: dict

    @property
    def published_start(self) -> date:
        return interval(self.meta["published"])[0]


_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C parser when available (a big manifest)


class _UniqueKeyLoader(_BaseLoader):
    """A YAML loader that refuses duplicate keys instead of silently keeping the last."""


def _construct_mapping(loader, node, deep=False):
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise InputError(f"duplicate key {key!r} at line {key_node.start_mark.line + 1}")
        seen.add(key)
    return loader.construct_mapping_orig(node, deep)


_UniqueKeyLoader.construct_mapping_orig = _BaseLoader.construct_mapping
_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_yaml(path: Path):
    """Parse a YAML file, turning syntax errors and duplicate keys into one-line InputErrors."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{path}: file not found") from None
    except UnicodeDecodeError as e:
        raise InputError(f"{path}: not UTF-8 ({e.reason} at byte {e.start})") from None
    try:
        return yaml.load(text, Loader=_UniqueKeyLoader)
    except InputError as e:
        raise InputError(f"{path}: {e}") from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise InputError(f"{path}: not valid YAML{where}: {getattr(e, 'problem', e)}") from None


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def load_manifest(seeds_dir: Path) -> dict[str, dict]:
    """The manifest's entries by doc_id, each checked for required fields and date formats."""
    mpath = seeds_dir / paths.MANIFEST_NAME
    if not mpath.exists():
        raise InputError(f"{mpath}: seed manifest not found (one entry per seed; see README 'Adding a seed')")
    data = load_yaml(mpath)
    if not isinstance(data, dict) or not isinstance(data.get("seeds"), dict):
        raise InputError(f"{mpath}: expected a mapping 'seeds:' of doc_id -> entry")
    extra = sorted(set(data) - {"seeds"})
    if extra:
        raise InputError(f"{mpath}: unknown top-level key {extra[0]!r} (the manifest has only 'seeds:')")
    entries = {}
    for doc_id, entry in data["seeds"].items():
        where = f"{mpath}: seed {doc_id!r}"
        if not isinstance(entry, dict):
            raise InputError(f"{where}: entry must be a mapping of fields")
        for f in REQUIRED:
            if entry.get(f) in (None, ""):
                raise InputError(f"{where}: required field '{f}' is missing")
        try:
            entry = ManifestEntry.model_validate(entry).model_dump()
        except ValidationError as e:
            raise InputError(problems(e, where)[0]) from None
        if entry["language"] not in SUPPORTED_LANGUAGES:
            raise InputError(f"{where}: language {entry['language']!r} is not supported (the rules read "
                             f"{', '.join(SUPPORTED_LANGUAGES)}); add an English version of the article instead")
        if not re.fullmatch(r"[0-9a-f]{64}", entry["sha256"]):
            raise InputError(f"{where}: sha256 must be 64 lowercase hex digits, not {entry['sha256']!r}")
        if entry["file"] != f"{doc_id}.txt":
            raise InputError(f"{where}: file must be '{doc_id}.txt' (the doc_id is the file name), "
                             f"not {entry['file']!r}")
        pub = str(entry["published"])
        _, _, precision = interval(pub, f"{where}: published")
        declared = entry["published_precision"]
        if declared not in PRECISIONS:
            raise InputError(f"{where}: published_precision {declared!r} is not one of {', '.join(PRECISIONS)}")
        if declared != "unknown" and declared != precision:
            raise InputError(f"{where}: published {pub!r} has precision {precision}, "
                             f"but published_precision says {declared}")
        entries[str(doc_id)] = {**entry, "published": pub}
    return entries


def read_seed(path: Path) -> tuple[bytes, str]:
    """The seed's bytes and text; refuses empty, binary, non-UTF-8 and oversized files."""
    data = path.read_bytes()
    if len(data) > MAX_SEED_BYTES:
        raise InputError(f"{path}: {len(data):,} bytes is over the {MAX_SEED_BYTES:,}-byte limit for one seed "
                         "(split it into articles)")
    if not data.strip():
        raise InputError(f"{path}: the seed is empty")
    if b"\x00" in data:
        raise InputError(f"{path}: looks like a binary file (it contains NUL bytes), not a text article")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(f"{path}: not UTF-8 (invalid byte 0x{data[e.start]:02x} at offset {e.start}); "
                         "re-save it as UTF-8") from None
    script, share = main_script(text)
    if script != "Latin" and share > 0.5:
        raise InputError(f"{path}: the text is mostly in {script} script ({share:.0%} of its letters), not "
                         f"English; the rules read only {', '.join(SUPPORTED_LANGUAGES)} (add a translation instead)")
    return data, text


def main_script(text: str, sample: int = 20_000) -> tuple[str, float]:
    """The script most of the text's letters are written in (Latin, Arabic, Cyrillic, ...) and
    its share of the letters, from the first ``sample`` characters."""
    head = text[:sample]
    ascii_letters = len(head) - len(re.sub(r"[A-Za-z]+", "", head))  # the bulk of English text, counted at once
    counts: dict[str, int] = {"LATIN": ascii_letters} if ascii_letters else {}
    for ch in re.findall(r"[^\x00-\x7f]", head):
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            script = name.split(" ", 1)[0] if name else "Other"
            counts[script] = counts.get(script, 0) + 1
    if not counts:
        return "Latin", 0.0
    script = max(counts, key=counts.get)
    return script.title(), counts[script] / sum(counts.values())


def load_corpus(seeds_dir: Path | None = None, as_of: str | None = None, split: str | None = None) -> list[Seed]:
    """All seeds in ``seeds_dir`` with their manifest entries, checked, in doc_id order.

    With ``as_of`` (ISO date) only seeds that may have been published by then are kept
    (the start of a seed's publication interval is on or before ``as_of``). With ``split``
    (evaluation articles) only those whose manifest entry has that ``split:``.
    """
    seeds_dir = paths.seeds_dir(seeds_dir)
    if not seeds_dir.is_dir():
        raise InputError(f"{seeds_dir}: seeds folder does not exist")
    files = sorted(p for p in seeds_dir.iterdir() if p.is_file() and p.suffix.lower() == ".txt")
    if not files:
        raise InputError(f"{seeds_dir}: no seed files (*.txt) in the seeds folder")
    ids: dict[str, Path] = {}
    for p in files:
        key = p.stem.lower()
        if key in ids:
            raise InputError(f"{p}: same seed id as {ids[key].name} (ids must be unique, ignoring case)")
        ids[key] = p
    manifest = load_manifest(seeds_dir)
    for doc_id in manifest:
        if not (seeds_dir / manifest[doc_id]["file"]).is_file():
            raise InputError(f"{seeds_dir / paths.MANIFEST_NAME}: entry {doc_id!r} names "
                             f"{manifest[doc_id]['file']}, which is not in {seeds_dir}")
    if split is not None:
        files = [p for p in files if p.stem in manifest and manifest[p.stem].get("split") == split]
    corpus = []
    for p in files:
        data, text = read_seed(p)
        digest = sha256_of(data)
        if p.stem not in manifest:
            raise InputError(f"{p}: no entry in {paths.MANIFEST_NAME} (add one; its sha256 is {digest})")
        meta = manifest[p.stem]
        if meta["sha256"] != digest:
            raise InputError(f"{p}: bytes do not match the manifest's sha256 (recorded {meta['sha256']}, "
                             f"file has {digest}); seeds are never edited")
        corpus.append(Seed(p.stem, p, text, digest, meta))
    if as_of:
        cutoff = interval(as_of, "as_of")[0]
        kept = [s for s in corpus if s.published_start <= cutoff]
        if not kept:
            first = min(s.meta["published"] for s in corpus)
            raise InputError(f"as_of={as_of}: before every seed (the earliest is published {first})")
        corpus = kept
    return corpus
