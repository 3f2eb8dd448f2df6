"""The test suite itself: a test defined twice under one name silently replaces the first, which then
never runs; every test module's top-level names are unique."""
from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

TESTS = Path(__file__).parent


def test_no_test_module_defines_a_name_twice():
    twice = {}
    for path in sorted(TESTS.glob("test_*.py")):
        names = Counter(node.name for node in ast.parse(path.read_text()).body
                        if isinstance(node, (ast.FunctionDef, ast.ClassDef)))
        twice.update({f"{path.name}::{n}": k for n, k in names.items() if k > 1})
    assert not twice, twice
