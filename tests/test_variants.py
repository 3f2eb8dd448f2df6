"""Builds with other inputs and parameters: a hostile seed, as_of and focus, and the
Makefile's incremental rules."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser

import pytest
from support import seeds_plus

from srbrief import paths
from srbrief.runner.build import build
from srbrief.dataset.tables import read_table

pytestmark = pytest.mark.slow


SPEC = re.compile(r'<script[^>]*class="vl-spec"[^>]*>(.*?)</script>', re.S)


class _Tags(HTMLParser):
    """Every element the browser would create, with its attributes."""

    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hostile")
    seeds = seeds_plus(tmp / "seeds", "hostile", "950_hostile")
    build({"seeds_dir": str(seeds), "out_dir": str(tmp / "out")}, progress=False, log=lambda m: None)
    return paths.out_paths(tmp / "out")


def test_hostile_seed_renders_as_plain_text(hostile):
    page = hostile.html.read_text(encoding="utf-8")
    p = _Tags()
    p.feed(page)
    scripts = [a for t, a in p.tags if t == "script"]
    assert all(a.get("type") in ("application/json", "module") for a in scripts)
    assert sum(a.get("type") == "module" for a in scripts) == 1  # Vega, once
    assert not [t for t, a in p.tags if t in ("img", "iframe")]
    assert not [a for t, a in p.tags if any(k.startswith("on") for k in a)]
    # the seed's words are there, as text
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;" in page or "&lt;script&gt;alert('title')" in page


def test_hostile_text_is_data_in_chart_specs(hostile):
    page = hostile.html.read_text(encoding="utf-8")
    specs = SPEC.findall(page)
    assert len(specs) >= 3
    for spec in specs:
        json.loads(spec)  # closes only where it should, and parses


def test_hostile_seed_pdf_renders(hostile):
    from pypdf import PdfReader

    text = "".join(pg.extract_text() for pg in PdfReader(hostile.pdf).pages)
    assert "onerror" in text  # shown, not interpreted


def test_adding_a_seed_changes_judgments_and_timeline(hostile, built):
    def section(page, start, end):
        return page[page.index(f'<h2 id="{start}"'):page.index(f'<h2 id="{end}"')]

    a, b = built.html.read_text(encoding="utf-8"), hostile.html.read_text(encoding="utf-8")
    assert section(a, "key-judgments", "timeline") != section(b, "key-judgments", "timeline")
    assert section(a, "timeline", "actor-positions") != section(b, "timeline", "actor-positions")
    assert "950_hostile" in set(read_table(hostile, "events")["doc_id"])


@pytest.fixture(scope="module")
def as_of_focus(tmp_path_factory):
    out = tmp_path_factory.mktemp("asof")
    build({"out_dir": str(out), "as_of": "2025-08-01", "focus_issues": ["russian_bases", "assad_extradition"]},
          progress=False, log=lambda m: None)
    return paths.out_paths(out)


def test_as_of_uses_only_seeds_published_by_then(as_of_focus):
    assert list(read_table(as_of_focus, "documents")["doc_id"]) == ["000_f0acdf0544bf8535"]
    page = as_of_focus.html.read_text(encoding="utf-8")
    assert "<dt>As of</dt><dd>2025-08-01</dd>" in page
    assert "001_54c60f0aae79f4c1" not in page


def test_focus_narrows_the_charts(as_of_focus):
    page = as_of_focus.html.read_text(encoding="utf-8")
    issues = read_table(as_of_focus, "issues").set_index("issue_id")["label"]
    specs = [json.loads(s) for s in SPEC.findall(page)]
    shown = set()
    for spec in specs:
        for ds in spec.get("datasets", {}).values():
            shown |= {row["issue"] for row in ds if isinstance(row, dict) and "issue" in row}
    assert shown and shown <= {issues["russian_bases"], issues["assad_extradition"]}


def test_makefile_redoes_only_what_changed(tmp_path):
    """After a build, `make report` has nothing to do; a template change reruns only the
    rendering; a seed change reruns the notebooks."""
    seeds = tmp_path / "seeds"
    shutil.copytree(paths.SEEDS_DIR, seeds)
    out = tmp_path / "out"
    stamp = tmp_path / "stamp"
    stamp.touch()
    # the template is an input of the rendering step; a copy stands in for it, so that making it
    # newer never touches a tracked file
    template = tmp_path / "briefing.css"
    shutil.copy(paths.TEMPLATES_DIR / "briefing" / "briefing.css", template)
    args = ["make", "-C", str(paths.PROJ_ROOT), "report", f"SEEDS={seeds}", f"OUT={out}", f"PY={sys.executable}",
            f"STAMP={stamp}", f"TEMPLATE={template}"]
    env = {k: v for k, v in os.environ.items() if k != paths.OUT_ENV}
    first = subprocess.run(args, capture_output=True, text=True, env=env)
    assert first.returncode == 0, first.stderr
    assert (out / "report" / "briefing.pdf").exists()

    def dry():
        r = subprocess.run(args + ["-n"], capture_output=True, text=True, env=env)
        assert r.returncode == 0, r.stderr
        return r.stdout

    nothing = dry()
    assert "srbrief build" not in nothing and "srbrief render" not in nothing
    later = (out / "report" / "briefing.pdf").stat().st_mtime + 10
    os.utime(template, (later, later))
    render_only = dry()
    assert "srbrief render" in render_only and "srbrief build" not in render_only
    seed = next(seeds.glob("*.txt"))
    os.utime(seed, (later + 10, later + 10))
    everything = dry()
    assert "srbrief build" in everything and "srbrief render" in everything
