"""Every path the project uses, worked out in one place.

Nothing else in the package builds a path from a string: it asks this module.
An output root (``out``) holds ``data/processed/`` and ``report/``; by default it is
the repository itself, so the committed dataset is what a default build writes.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJ_ROOT = PACKAGE_DIR.parents[1]
NOTEBOOKS_DIR = PROJ_ROOT / "notebooks"
SEEDS_DIR = PROJ_ROOT / "seeds"
CODEBOOK_DIR = PROJ_ROOT / "data" / "codebook"
GOLD_FILE = PROJ_ROOT / "data" / "gold" / "gold.yaml"
#: The evaluation corpus: articles (with a manifest giving each its dev/test split), its
#: gold standard and the coding guide the annotator followed.
EVAL_DIR = PROJ_ROOT / "data" / "eval"
EVAL_ARTICLES = EVAL_DIR / "articles"
EVAL_GOLD = EVAL_DIR / "gold.yaml"
TEMPLATES_DIR = PACKAGE_DIR / "report" / "templates"
MANIFEST_NAME = "manifest.yaml"

#: Environment variable that moves the default output root (tests use it so that
#: running notebooks with their default parameters never touches the repository).
OUT_ENV = "SRBRIEF_OUT"
#: Where a notebook run by hand with its default parameters writes (ignored by git): only a
#: build writes the committed ``data/processed/``.
SCRATCH_DIR = PROJ_ROOT / ".scratch"


def default_out() -> Path:
    """The output root used when none is given: ``$SRBRIEF_OUT`` or the repository."""
    env = os.environ.get(OUT_ENV)
    return Path(env).resolve() if env else PROJ_ROOT


@dataclass(frozen=True)
class OutPaths:
    """The folders and files under one output root."""

    root: Path

    @property
    def processed(self) -> Path:
        return self.root / "data" / "processed"

    @property
    def report(self) -> Path:
        return self.root / "report"

    @property
    def executed(self) -> Path:
        """Executed notebook copies (build products)."""
        return self.report / "notebooks"

    @property
    def figures(self) -> Path:
        """Charts drawn by the analysis notebooks: ``<name>.svg`` plus ``<name>.vl.json``."""
        return self.report / "figures"

    def figure(self, name: str, suffix: str) -> Path:
        return self.figures / f"{name}{suffix}"

    @property
    def html(self) -> Path:
        return self.report / "briefing.html"

    @property
    def pdf(self) -> Path:
        return self.report / "briefing.pdf"

    def table(self, name: str) -> Path:
        return self.processed / f"{name}.csv"

    @property
    def datapackage(self) -> Path:
        return self.processed / "datapackage.json"


def out_paths(out: str | os.PathLike | None = None) -> OutPaths:
    """Paths under ``out`` (or the default output root)."""
    return OutPaths(Path(out).resolve() if out else default_out())


def notebook_out(out_dir: str | os.PathLike | None) -> OutPaths:
    """Where a notebook writes: the ``out_dir`` the build passes; run by hand with the default
    (empty) ``out_dir``, ``$SRBRIEF_OUT`` or the scratch folder, never the committed dataset."""
    if out_dir:
        return out_paths(out_dir)
    env = os.environ.get(OUT_ENV)
    return OutPaths(Path(env).resolve() if env else SCRATCH_DIR)


def seeds_dir(seeds: str | os.PathLike | None = None) -> Path:
    """The seeds folder to read: the one given, or the repository's ``seeds/``."""
    return Path(seeds).resolve() if seeds else SEEDS_DIR
