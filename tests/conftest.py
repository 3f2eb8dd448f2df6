"""Shared fixtures: builds of the real pipeline into temporary folders (made once per session)."""
from __future__ import annotations

import fcntl
import os
import shutil
from pathlib import Path

import pytest

from srbrief import paths
from srbrief.runner.build import build


def _quiet(_msg):
    pass


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> paths.OutPaths:
    """The whole pipeline on the repository's seeds, into a temporary output root. Under
    pytest-xdist the workers share one build (the first builds, the others wait for it)."""
    run_id = os.environ.get("PYTEST_XDIST_TESTRUNUID")
    if not run_id:
        out = tmp_path_factory.mktemp("build1")
        build({"out_dir": str(out)}, progress=False, log=_quiet)
        return paths.out_paths(out)
    shared = tmp_path_factory.getbasetemp().parent / f"shared-{run_id}"
    shared.mkdir(exist_ok=True)
    out = shared / "build1"
    with open(shared / "build1.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (out / "report" / "briefing.pdf").exists():
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
