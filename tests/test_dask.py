"""Distributed for real: a `dask scheduler` and two `dask worker` processes on localhost, started
from another folder (so nothing is read from this checkout's paths), extract the same tables as a
serial run, byte for byte. The tasks carry the codebook itself, scattered once to the workers."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from support import seeds_plus

from srbrief import paths
from srbrief.corpus.seeds import load_corpus
from srbrief.dataset import tables
from srbrief.dataset.build import corpus_tables
from srbrief.extract import codebook

pytestmark = pytest.mark.slow
DASK = Path(sys.executable).with_name("dask")


@pytest.fixture()
def cluster(tmp_path):
    if not DASK.exists():
        pytest.skip("dask is not installed in this environment")
    elsewhere = tmp_path / "worker-home"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k != paths.OUT_ENV} | {"PYTHONNOUSERSITE": "1"}
    sched_file = tmp_path / "scheduler.json"
    procs = [subprocess.Popen([str(DASK), "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                               "--scheduler-file", str(sched_file)], cwd=elsewhere, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    try:
        for _ in range(200):
            if sched_file.exists() and sched_file.stat().st_size:
                break
            time.sleep(0.1)
        import json

        address = json.loads(sched_file.read_text())["address"]
        for i in range(2):
            procs.append(subprocess.Popen([str(DASK), "worker", address, "--nthreads", "1", "--no-dashboard",
                                           "--local-directory", str(elsewhere / f"w{i}")], cwd=elsewhere, env=env,
                                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        from dask.distributed import Client

        with Client(address) as c:
            c.wait_for_workers(2, timeout=60)
        yield address
    finally:
        for p in procs[::-1]:
            p.terminate()
        for p in procs:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()


def _bytes(frames, out) -> dict[str, bytes]:
    o = paths.out_paths(out)
    tables.write_tables(o, frames)
    return {p.name: p.read_bytes() for p in sorted(o.processed.iterdir())}


def test_a_localhost_cluster_gives_the_same_tables(cluster, tmp_path):
    seeds = seeds_plus(tmp_path / "seeds", "new_article", "900_test_article")
    corpus = load_corpus(seeds)
    # the codebook is read here, from a copy; workers get its content, never this path
    cb = codebook.load(shutil.copytree(paths.CODEBOOK_DIR, tmp_path / "codebook"))
    serial = _bytes(corpus_tables(corpus, cb), tmp_path / "serial")
    shutil.rmtree(tmp_path / "codebook")
    distributed = _bytes(corpus_tables(corpus, cb, "dask", cluster), tmp_path / "dask")
    assert serial == distributed
