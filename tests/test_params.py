"""Parameters: validated before any notebook runs, one clear line for each mistake."""
from __future__ import annotations

import subprocess
import sys

import pytest

from srbrief.runner import pipeline
from srbrief.errors import ParamError


def test_defaults_are_valid():
    p = pipeline.validate_params({})
    assert set(p) == set(pipeline.PARAMS)


@pytest.mark.parametrize("given, words", [
    ({"colour": "red"}, "unknown parameter 'colour'"),
    ({"as_of": 20250101}, "expected str"),
    ({"as_of": "2025-02-30"}, "not a real date"),
    ({"as_of": "2025-13"}, "not a real date"),
    ({"as_of": "2025"}, "full date"),
    ({"focus_actors": "putin"}, "expected list"),
    ({"evidence_cap": 0}, "at least 1"),
    ({"seeds_dir": "/nonexistent/seeds"}, "does not exist"),
])
def test_bad_parameters(given, words):
    with pytest.raises(ParamError) as e:
        pipeline.validate_params(given)
    assert words in str(e.value) and "\n" not in str(e.value)


def test_cli_reports_a_bad_parameter_in_one_line_and_exits_2(tmp_path):
    r = subprocess.run([sys.executable, "-m", "srbrief", "build", "--out", str(tmp_path), "-p", "as_of=2025-02-30"],
                       capture_output=True, text=True)
    assert r.returncode == 2
    assert r.stderr.strip().count("\n") == 0 and r.stderr.startswith("error: ")
    assert "as_of" in r.stderr


def test_cli_coerces_lists_and_integers():
    assert pipeline.coerce("focus_issues", "a, b") == ["a", "b"]
    assert pipeline.coerce("evidence_cap", "12") == 12
    with pytest.raises(ParamError):
        pipeline.coerce("evidence_cap", "many")
