"""Source notebooks: thin, stripped of outputs, in the declared run order, with the
declared parameters (the runner, the Makefile and nbval all rely on these)."""
from __future__ import annotations

import ast
import json
import re

import pytest

from srbrief import paths
from srbrief.runner import pipeline

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


def _closure(name: str) -> set[str]:
    """A notebook's needs, and theirs, and so on."""
    by_name = {nb.name: nb for nb in pipeline.NOTEBOOKS}
    seen, todo = set(), list(by_name[name].needs)
    while todo:
        n = todo.pop()
        if n not in seen:
            seen.add(n)
            todo += by_name[n].needs
    return seen


def test_waves_run_each_notebook_once_after_all_it_needs():
    waves = pipeline.stages()
    assert sorted(nb.name for wave in waves for nb in wave) == sorted(nb.name for nb in pipeline.NOTEBOOKS)
    earlier: set[str] = set()
    for wave in waves:
        for nb in wave:
            assert set(nb.needs) <= earlier, nb.name
        earlier |= {nb.name for nb in wave}
    assert any(len(wave) > 1 for wave in waves), "03 and 04 are independent and should share a wave"


@pytest.mark.parametrize("nb", pipeline.NOTEBOOKS, ids=lambda nb: nb.name)
def test_a_notebook_reads_only_what_the_notebooks_it_needs_write(nb):
    """Notebooks of one wave run at the same time, so what a notebook reads (tables, figures)
    must come from a notebook it declares it needs, never from a sibling."""
    src = "\n".join("".join(c["source"]) for c in json.loads((paths.NOTEBOOKS_DIR / nb.filename).read_text(
        encoding="utf-8"))["cells"] if c["cell_type"] == "code")
    writers = {t: w.name for w in pipeline.NOTEBOOKS for t in re.findall(r"(\w+)\.csv", w.writes)}
    needs = _closure(nb.name)
    for table in re.findall(r"read_table\(run\.out, '(\w+)'\)", src):
        assert writers[table] in needs, f"{nb.name} reads {table}.csv but does not need {writers[table]}"
    for figure in re.findall(r"figures\.load\(run\.out, '(\w+)'\)", src):
        assert pipeline.drawn_by(figure) in needs, f"{nb.name} shows {figure} but does not need its notebook"
    for figure in re.findall(r"figures\.save\(.*?'(\w+)'\)", src, re.S):
        assert figure in nb.figures, f"{nb.name} saves {figure}, which pipeline.NOTEBOOKS does not list"


def test_imports_of_lists_what_a_notebook_imports(tmp_path):
    import nbformat

    from srbrief.runner.kernels import imports_of

    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("import pandas as pd\nfrom srbrief import charts, figures"),
                nbformat.v4.new_code_cell("%matplotlib inline"),  # IPython syntax: skipped, not fatal
                nbformat.v4.new_code_cell("from . import local\nfrom os.path import *\nimport pandas"),
                nbformat.v4.new_markdown_cell("import not_code")]
    path = tmp_path / "x.ipynb"
    nbformat.write(nb, path)
    assert imports_of(path) == ["pandas", "srbrief", "srbrief.charts", "srbrief.figures", "os.path"]


@pytest.mark.parametrize("entry", sorted({e for nb in pipeline.NOTEBOOKS for e in nb.preload}))
def test_every_preload_entry_names_a_module_or_function(entry):
    """Kernels preload these silently (a mistake would only cost time), so check them here."""
    import importlib

    module, _, function = entry.partition(":")
    loaded = importlib.import_module(module)
    assert not function or callable(getattr(loaded, function))
