"""Shared fixtures: builds of the real pipeline into temporary folders (made once per session)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from srbrief import paths
from srbrief.build import build


def _quiet(_msg):
    pass


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> paths.OutPaths:
    """The whole pipeline on the repository's seeds, into a temporary output root."""
    out = tmp_path_factory.mktemp("build1")
    build({"out_dir": str(out)}, progress=False, log=_quiet)
    return paths.out_paths(out)


@pytest.fixture(scope="session")
def built_again(tmp_path_factory, built) -> paths.OutPaths:
    """A second, independent build from the same inputs (for determinism)."""
    out = tmp_path_factory.mktemp("build2")
    build({"out_dir": str(out)}, progress=False, log=_quiet)
    return paths.out_paths(out)


@pytest.fixture()
def seeds_copy(tmp_path) -> Path:
    """A writable copy of the repository's seeds folder (to add or break seeds in)."""
    dst = tmp_path / "seeds"
    shutil.copytree(paths.SEEDS_DIR, dst)
    return dst
