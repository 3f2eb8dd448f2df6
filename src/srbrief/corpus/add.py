"""``srbrief add`` / ``make add``: put a new article into the seeds folder in one step.

Copies the file (bytes unchanged) under a well-formed id, computes its SHA-256, reads what the
text itself says (the title line, the dateline's place, date and agency, a byline's date), and
writes the manifest entry. It refuses, with one line, a file whose bytes are already a seed, an
empty, binary or non-UTF-8 file, a text mostly in another script, and a publication date it
cannot settle without ``--published``.
"""
from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml

from .. import paths
from ..dates import interval
from ..errors import InputError
from . import clean
from .dateline import byline_author, byline_date
from .seeds import load_manifest, read_seed, sha256_of


@dataclass(frozen=True)
class Added:
    doc_id: str
    path: Path
    entry: dict


def _slug(text: str, limit: int = 24) -> str:
    s = re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")
    return s[:limit].rstrip("_") or "article"


def _title(text: str) -> tuple[str, str]:
    """The first line when it reads as a title (short, no closing full stop), else the lead's
    opening words; and how it was found."""
    lines = clean.split_lines(text)
    if lines and lines[0].kind == "heading":
        return clean.heading_text(text[lines[0].start:lines[0].end]), "The article's first line."
    first = clean.normalise(text[lines[0].start:lines[0].end]) if lines else ""
    words = first.split()
    return " ".join(words[:12]) + ("…" if len(words) > 12 else ""), "No title line; the lead's opening words."


def _published(text: str, given: str | None) -> tuple[str, str, str]:
    """Publication date, its precision, and how it was settled."""
    line = clean.dateline_of(text)
    byline = byline_date(text)
    if given:
        _, _, precision = interval(given, "PUBLISHED")
        basis = f"Given when the article was added (PUBLISHED={given})"
        if line and line.month and line.day:
            basis += f"; the dateline reads {line.text!r}"
        return given, precision, basis + "."
    if line and line.month and line.day and line.year:
        return date(line.year, line.month, line.day).isoformat(), "day", f"The dateline: {line.text!r}."
    if byline:
        return byline.isoformat(), "day", "The byline's date."
    if line and line.month and line.day:
        raise InputError(f"the dateline {line.text!r} gives no year; pass PUBLISHED=YYYY-MM-DD "
                         f"(make add FILE=... PUBLISHED=...)")
    raise InputError("no dateline or byline gives the publication date; pass PUBLISHED=YYYY-MM-DD "
                     "(YYYY-MM or YYYY when only that is known)")


def add(file: Path, seeds_dir: Path | None = None, published: str | None = None, outlet: str | None = None,
        title: str | None = None, genre: str = "news", author: str = "") -> Added:
    """Copy ``file`` into the seeds folder with a manifest entry; see the module docstring."""
    seeds_dir = paths.seeds_dir(seeds_dir)
    file = Path(file)
    if not file.is_file():
        raise InputError(f"{file}: no such file")
    data, text = read_seed(file)  # empty, binary, non-UTF-8, another script: refused here
    digest = sha256_of(data)
    manifest = load_manifest(seeds_dir)
    for doc_id, entry in manifest.items():
        if entry["sha256"] == digest:
            raise InputError(f"{file}: the same bytes are already a seed ({seeds_dir / entry['file']}); "
                             "nothing added")
    try:
        pub, precision, basis = _published(text, published)
    except InputError as e:
        raise InputError(f"{file}: {e}") from None
    line = clean.dateline_of(text)
    source = outlet or (line.agency if line and line.agency else "")
    shown_title, title_basis = (title, "Given when the article was added.") if title else _title(text)
    numbers = [int(m.group(1)) for p in seeds_dir.glob("*.txt") if (m := re.match(r"(\d+)_", p.name))]
    width = max([3] + [len(p.name.split("_")[0]) for p in seeds_dir.glob("*.txt") if p.name[0].isdigit()])
    doc_id = f"{max(numbers, default=-1) + 1:0{width}d}_{_slug(source or shown_title)}_{pub}"
    from ..extract import codebook
    cb = codebook.load()
    author = author or _byline(text, cb)  # an author's own views are theirs, not the outlet's
    author_id = _author_id(author, cb)
    entry = {"file": f"{doc_id}.txt", "title": shown_title, "title_basis": title_basis, "outlet": source,
             "author": author, "author_id": author_id, "genre": genre, "language": "en", "translated": False,
             "published": pub, "published_precision": precision, "published_estimated": False,
             "date_basis": basis, "sha256": digest}
    target = seeds_dir / entry["file"]
    mpath = seeds_dir / paths.MANIFEST_NAME
    before = mpath.read_text(encoding="utf-8")
    block = yaml.safe_dump({doc_id: entry}, sort_keys=False, allow_unicode=True, width=100)
    shutil.copyfile(file, target)
    mpath.write_text(before.rstrip("\n") + "\n" + "".join("  " + ln + "\n" for ln in block.splitlines()),
                     encoding="utf-8")
    try:
        load_manifest(seeds_dir)  # the new entry must read back as every other does
    except InputError:
        mpath.write_text(before, encoding="utf-8")
        target.unlink()
        raise
    return Added(doc_id, target, entry)


def main_add(file: str, seeds: str = "", published: str = "", outlet: str = "", title: str = "",
             genre: str = "news", author: str = "") -> int:
    a = add(Path(file), Path(seeds) if seeds else None, published or None, outlet or None, title or None, genre,
            author)
    e = a.entry
    print(f"srbrief: added {a.path} (published {e['published']}: {e['date_basis']} Outlet: {e['outlet'] or '—'}; "
          f"author: {e['author'] or '—'}; genre: {e['genre']}; title: {e['title']!r}). Rebuild with `make report`.")
    return 0


def _byline(text: str, cb) -> str:
    """The byline's author, unless the name is no person the codebook knows and either holds an actor or place it
    knows or is made of dictionary words only (a heading over a date, "Russia Syria", "Middle East", "Breaking News",
    is no byline)."""
    from ..extract import codebook
    from ..extract.lexicon import is_word
    author = byline_author(text)
    if author and not codebook.person_named(cb, author) and (
            any(codebook.actor_named(cb, w) for w in author.split()) or all(is_word(w.lower()) for w in author.split())):
        return ""
    return author


def _author_id(author: str, cb) -> str:
    """The author's actor id: the codebook's for a person it knows (an op-ed by Sergei Lavrov is
    lavrov's), else a slug of the name."""
    from ..extract import codebook
    from ..extract.lexicon import id_slug

    return codebook.person_named(cb, author) or id_slug(author)
