"""The benchmark behind `make bench` runs and reports what it measures (here its quickest
form: one cold build against one floor, no generated corpora)."""
from __future__ import annotations

import pytest

from srbrief.tools import bench

pytestmark = pytest.mark.slow


def test_bench_reports_the_cold_build_against_its_floor(tmp_path):
    out = tmp_path / "bench.md"
    result = bench.run([], ["serial"], out, tmp_path / "work", repeats=1)
    assert out.read_text(encoding="utf-8") == result.text
    cold = result.measures["cold"]
    assert cold["floor"] > 0 and cold["build"] > cold["notebooks"] > 0
    assert cold["ratio"] == cold["build"] / cold["floor"]  # the unrounded figures, never the table's
    row = next(line for line in result.text.splitlines() if line.startswith("| cold build"))
    assert f"{cold['build']:.1f} s" in row and f"ratio {cold['ratio']:.2f}" in row
    assert row.rstrip(" |").endswith(("yes", "NO"))
    if row.rstrip(" |").endswith("NO"):  # a missed target says why
        assert "Cold build above target" in result.text
    assert "Machine check" in result.text
