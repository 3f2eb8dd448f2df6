"""Bad input through the command line: one line naming the file or parameter, exit code 2,
and the last good outputs untouched."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from srbrief.runner import build
from srbrief import paths
from srbrief.errors import NotebookError


@pytest.fixture()
def out(tmp_path):
    """An output root holding 'last good' outputs that must survive a failed build."""
    root = tmp_path / "out"
    (root / "data" / "processed").mkdir(parents=True)
    (root / "report").mkdir()
    (root / "data" / "processed" / "documents.csv").write_text("last good\n")
    (root / "report" / "briefing.pdf").write_text("last good\n")
    return root


def _build(*args):
    return subprocess.run([sys.executable, "-m", "srbrief", "build", "--no-progress", *args],
                          capture_output=True, text=True)


def _untouched(out):
    assert (out / "data" / "processed" / "documents.csv").read_text() == "last good\n"
    assert (out / "report" / "briefing.pdf").read_text() == "last good\n"
    assert not list(out.glob(".srbrief-build-*")), "staging folder left behind"


def _one_error_line(r, *words):
    assert r.returncode == 2, r.stderr
    lines = [ln for ln in r.stderr.splitlines() if ln.startswith("error:")]
    assert len(lines) == 1, r.stderr
    for w in words:
        assert w in lines[0], lines[0]


def test_empty_seed(out, seeds_copy):
    (seeds_copy / "001_54c60f0aae79f4c1.txt").write_text("")
    r = _build("--seeds", str(seeds_copy), "--out", str(out))
    _one_error_line(r, "001_54c60f0aae79f4c1.txt", "empty")
    _untouched(out)


def test_missing_seeds_folder(out, tmp_path):
    r = _build("--seeds", str(tmp_path / "nope"), "--out", str(out))
    _one_error_line(r, "seeds_dir", "does not exist")
    _untouched(out)


def test_empty_seeds_folder(out, tmp_path):
    (tmp_path / "empty").mkdir()
    r = _build("--seeds", str(tmp_path / "empty"), "--out", str(out))
    _one_error_line(r, "no seed files")
    _untouched(out)


def test_unknown_parameter(out):
    r = _build("--out", str(out), "-p", "colour=red")
    _one_error_line(r, "unknown parameter 'colour'")
    _untouched(out)


def test_as_of_before_every_seed(out):
    r = _build("--out", str(out), "-p", "as_of=2001-01-01")
    _one_error_line(r, "as_of=2001-01-01", "before every seed")
    _untouched(out)


def test_unknown_focus_id(out):
    r = _build("--out", str(out), "-p", "focus_actors=putin,nobody")
    _one_error_line(r, "focus_actors", "nobody")
    _untouched(out)


@pytest.mark.parametrize("broken", ["01_clean", "04_timeline"])  # alone in its wave; beside 03
def test_a_crash_inside_a_notebook_names_notebook_cell_and_copy(out, tmp_path, monkeypatch, broken):
    nbdir = tmp_path / "notebooks"
    nbdir.mkdir()
    for p in paths.NOTEBOOKS_DIR.glob("*.ipynb"):
        (nbdir / p.name).write_bytes(p.read_bytes())
    nb = json.loads((nbdir / f"{broken}.ipynb").read_text())
    nb["cells"].append({"cell_type": "code", "execution_count": None, "id": "boom", "metadata": {}, "outputs": [],
                        "source": "1 / 0"})
    (nbdir / f"{broken}.ipynb").write_text(json.dumps(nb))
    monkeypatch.setattr(paths, "NOTEBOOKS_DIR", nbdir)
    started = []
    with pytest.raises(NotebookError) as e:
        build.build({"out_dir": str(out)}, progress=False, log=started.append)
    msg = str(e.value)
    assert f"notebook {broken} failed in cell" in msg and "ZeroDivisionError" in msg and "\n" not in msg
    copy = msg.rsplit("executed copy: ", 1)[1].rstrip(")")
    assert json.loads(open(copy).read())["cells"]
    assert "srbrief: running 05_briefing" not in started  # nothing that needs the failed notebook runs
    _untouched(out)
