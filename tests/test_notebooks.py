"""Source notebooks: thin, stripped of outputs, in the declared run order, with the
declared parameters (the runner, the Makefile and nbval all rely on these)."""
from __future__ import annotations

import ast
import json

import pytest

from srbrief import paths, pipeline

NOTEBOOKS = sorted(paths.NOTEBOOKS_DIR.glob("*.ipynb"))


def test_run_order_matches_the_files():
    assert [p.name for p in NOTEBOOKS] == [nb.filename for nb in pipeline.NOTEBOOKS]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_committed_without_outputs(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            assert cell.get("outputs") == [] and cell.get("execution_count") is None, path.name


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_one_parameters_cell_with_the_declared_defaults(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    cells = [c for c in nb["cells"] if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(cells) == 1
    values = {}
    for node in ast.parse("".join(cells[0]["source"])).body:
        values[node.targets[0].id] = ast.literal_eval(node.value)
    assert values == pipeline.defaults()


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebooks_stay_thin(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            src = "".join(cell["source"])
            assert "def " not in src and "class " not in src, f"{path.name}: logic belongs in the package"
            assert len(src.splitlines()) <= 12, f"{path.name}: a code cell this long belongs in the package"
