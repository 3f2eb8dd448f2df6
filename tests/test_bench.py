"""The benchmark behind `make bench` runs and reports what it measures (here its quickest
form: one cold build against one floor, no generated corpora)."""
from __future__ import annotations

import re

import pytest

from srbrief.tools import bench

pytestmark = pytest.mark.slow


def test_bench_reports_the_cold_build_against_its_floor(tmp_path):
    out = tmp_path / "bench.md"
    text = bench.run([], ["serial"], out, tmp_path / "work", repeats=1)
    assert out.read_text(encoding="utf-8") == text
    row = next(line for line in text.splitlines() if line.startswith("| cold build"))
    build, floor, ratio = (float(x) for x in re.search(
        r"\| ([\d.]+) s \| floor ([\d.]+) s; ratio ([\d.]+);", row).groups())
    assert 0 < floor and abs(build / floor - ratio) < 0.01
    assert row.rstrip(" |").endswith(("yes", "NO"))
    if row.rstrip(" |").endswith("NO"):  # a missed target says why
        assert "Cold build above target" in text
    assert "Machine check" in text
