"""Incremental cleaning and extraction: per-document results stored by the hash of their inputs.

A document's sentences depend only on its bytes, its manifest entry and the cleaning code; its
extraction rows only on those, the codebook's content and the extraction code. Each result is
stored under the hash of exactly those inputs, so a build after adding one article to a large
corpus cleans and extracts one document; cross-source steps (happenings, positions) still run
over everything. Entries carry a checksum of their bytes: a damaged or truncated entry is
detected, ignored and rewritten, never trusted. Outputs are byte-identical with or without it.

The cache lives in ``.cache/srbrief`` in the project (ignored by git), or in ``$SRBRIEF_CACHE``.
"""
from __future__ import annotations

import hashlib
import json
import os
import pickle
import tempfile
from functools import lru_cache
from pathlib import Path

from .. import paths

#: Source files whose code shapes a document's sentences, and its extraction rows.
CLEAN_CODE = ("corpus/clean.py", "corpus/dateline.py", "corpus/seeds.py", "dates.py")
EXTRACT_CODE = CLEAN_CODE + tuple(f"extract/{p.name}" for p in sorted((paths.PACKAGE_DIR / "extract").glob("*.py")))
ENV = "SRBRIEF_CACHE"


@lru_cache(maxsize=4)
def code_version(files: tuple[str, ...]) -> str:
    """A hash of the code that produces a result (changes when any of its files changes)."""
    h = hashlib.sha256()
    for f in files:
        h.update(f.encode() + b"\0" + (paths.PACKAGE_DIR / f).read_bytes())
    return h.hexdigest()


def default_dir() -> Path:
    return Path(os.environ[ENV]) if os.environ.get(ENV) else paths.PROJ_ROOT / ".cache" / "srbrief"


class Cache:
    """Results by key, one file each: a SHA-256 of the payload, a newline, the pickled payload."""

    def __init__(self, root: Path | None = None):
        self.root = Path(root) if root else default_dir()
        self.hits = self.misses = self.rejected = 0

    @staticmethod
    def key(*parts) -> str:
        return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()

    def _path(self, kind: str, key: str) -> Path:
        return self.root / kind / key[:2] / key

    def get(self, kind: str, key: str):
        """The stored result, or None when absent or damaged (a damaged entry is removed)."""
        p = self._path(kind, key)
        try:
            data = p.read_bytes()
        except OSError:
            return None
        digest, sep, payload = data.partition(b"\n")
        try:
            if not sep or hashlib.sha256(payload).hexdigest().encode() != digest:
                raise ValueError("checksum")
            return pickle.loads(payload)
        except Exception:  # damaged, truncated or from an incompatible version: rebuilt, never trusted
            self.rejected += 1
            p.unlink(missing_ok=True)
            return None

    def put(self, kind: str, key: str, value) -> None:
        p = self._path(kind, key)
        p.parent.mkdir(parents=True, exist_ok=True)
        payload = pickle.dumps(value, protocol=5)
        fd, tmp = tempfile.mkstemp(dir=p.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as f:
            f.write(hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload)
        os.replace(tmp, p)

    def _through(self, kind: str, keys: list[str], items: list, run) -> list:
        """Results for ``items``: stored ones read back, the rest computed by ``run(missing)``
        (in one call, on whatever executor it uses) and stored."""
        results = [self.get(kind, k) for k in keys]
        todo = [i for i, r in enumerate(results) if r is None]
        self.hits += len(items) - len(todo)
        self.misses += len(todo)
        if todo:
            for i, r in zip(todo, run([items[i] for i in todo])):
                results[i] = r
                self.put(kind, keys[i], r)
        return results

    def clean(self, corpus: list, run) -> list:
        """Each seed's documents row and sentences."""
        version = code_version(CLEAN_CODE)
        keys = [self.key("clean", version, s.sha256, s.doc_id, s.meta) for s in corpus]
        return self._through("clean", keys, corpus, run)

    def extract(self, tasks: list, cb, run) -> list:
        """Each document's extraction rows; ``tasks`` are (documents row, text)."""
        version = code_version(EXTRACT_CODE)
        keys = [self.key("extract", version, cb.digest, doc, hashlib.sha256(text.encode()).hexdigest())
                for doc, text in tasks]
        return self._through("extract", keys, tasks, run)

    def summary(self) -> str:
        return f"cache: {self.hits} reused, {self.misses} computed" + (
            f", {self.rejected} damaged entries rebuilt" if self.rejected else "")
