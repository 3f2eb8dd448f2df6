"""Helpers shared by test files (fixtures live in conftest.py)."""
from __future__ import annotations

import shutil
from pathlib import Path

from srbrief import paths

FIXTURES = Path(__file__).parent / "fixtures"


def seeds_plus(dst: Path, fixture: str, doc_id: str) -> Path:
    """The repository's seeds plus one test article from ``tests/fixtures/<fixture>/`` (its file
    and its manifest entry), copied to ``dst``: a seeds folder the pipeline has never seen."""
    shutil.copytree(paths.SEEDS_DIR, dst)
    shutil.copy(FIXTURES / fixture / f"{doc_id}.txt", dst)
    with open(dst / "manifest.yaml", "a", encoding="utf-8") as f:
        f.write((FIXTURES / fixture / "manifest_entry.yaml").read_text(encoding="utf-8"))
    return dst
