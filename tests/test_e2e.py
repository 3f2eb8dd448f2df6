"""End to end: the real pipeline into a temporary folder, then properties of what readers get."""
from __future__ import annotations

import html
import json
import re
import xml.etree.ElementTree as ET

import nbformat
import pytest
from pypdf import PdfReader

from srbrief import paths
from srbrief.runner import pipeline
from srbrief.dataset import schemas
from srbrief.corpus.seeds import load_corpus

pytestmark = pytest.mark.slow


def test_html_and_pdf_exist(built):
    assert built.html.stat().st_size > 10_000
    assert built.pdf.read_bytes().startswith(b"%PDF")


def test_pdf_is_a4_with_the_expected_pages_and_embedded_fonts(built):
    pdf = PdfReader(built.pdf)
    assert 6 <= len(pdf.pages) <= 30
    for page in pdf.pages:
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        assert abs(w - 595.3) < 1 and abs(h - 841.9) < 1
    for page in pdf.pages[:3]:
        for font in page["/Resources"]["/Font"].values():
            desc = font.get_object().get("/FontDescriptor") or \
                font.get_object()["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            d = desc.get_object()
            assert any(k in d for k in ("/FontFile", "/FontFile2", "/FontFile3")), "font not embedded"


def test_pdf_text_has_every_section(built):
    text = "".join(p.extract_text() for p in PdfReader(built.pdf).pages)
    for heading in ("Bottom line", "Key judgments", "Timeline", "Happenings", "Where the sources disagree on a date",
                    "Actor positions", "Contested issues", "Who says what against whom", "On the agenda",
                    "What the sources recommend", "Evidence", "Methods and limitations", "Data dictionary"):
        assert heading in text


def test_html_loads_nothing_from_the_network(built):
    page = built.html.read_text(encoding="utf-8")
    refs = re.findall(r"""(?:src|href)\s*=\s*["']([^"']+)["']""", page)
    external = [r for r in refs if re.match(r"(?:[a-z]+:)?//", r)]
    assert external == []
    assert not re.search(r"@import\s+url\(\s*['\"]?https?:", page)


def test_html_has_the_charts_inline(built):
    page = built.html.read_text(encoding="utf-8")
    assert page.count("<svg") + page.count("data:image/svg+xml") >= 3


def _marks(svg: str) -> tuple:
    """What an SVG draws (path geometry and text), however the HTML export re-serialised it."""
    return (tuple(re.findall(r'\sd="([^"]*)"', svg)),
            tuple(html.unescape(t) for t in re.findall(r"<text\b[^>]*?(?:/>|>([^<]*)</text>)", svg)))


def test_each_declared_figure_is_saved_once_and_is_what_the_briefing_shows(built):
    declared = [f for nb in pipeline.NOTEBOOKS for f in nb.figures]
    saved = sorted(p.name for p in built.figures.iterdir())
    assert saved == sorted(f + ext for f in declared for ext in (".svg", ".vl.json"))
    page = built.html.read_text(encoding="utf-8")
    shown = re.findall(r'<div class="vl-static">(.*?)</div><script', page, re.S)
    assert len(shown) == len(declared)
    for name in declared:
        svg = built.figure(name, ".svg").read_text(encoding="utf-8")
        assert ET.fromstring(svg).tag.endswith("svg")  # a standalone, well-formed SVG file
        assert "vega-lite" in json.loads(built.figure(name, ".vl.json").read_text(encoding="utf-8"))["$schema"]
        assert _marks(svg) in [_marks(s) for s in shown], f"the briefing does not show {name}.svg"


def test_executed_notebooks_show_no_trace_of_the_warm_kernels(built):
    """Kernels are started and loaded with imports ahead of their notebook (srbrief.runner.kernels):
    every code cell still runs, in order, counted from 1, as in a fresh kernel."""
    for nb in pipeline.NOTEBOOKS:
        cells = [c for c in nbformat.read(built.executed / nb.filename, as_version=4).cells if c.cell_type == "code"]
        assert [c.execution_count for c in cells] == list(range(1, len(cells) + 1)), nb.name


def test_every_quote_is_verbatim_from_a_seed(built):
    texts = {s.doc_id: s.text for s in load_corpus()}
    page = built.html.read_text(encoding="utf-8")
    quotes = re.findall(r'<span class="quote" data-doc="([^"]+)">(.*?)</span>', page, re.S)
    assert len(quotes) > 20
    for doc, q in quotes:
        assert html.unescape(q) in texts[html.unescape(doc)]


def test_every_key_judgment_carries_a_citation(built):
    page = built.html.read_text(encoding="utf-8")
    block = re.search(r'<ol class="judgments">(.*?)</ol>\s*<p class="note">', page, re.S).group(1)
    items = re.findall(r"<li>(.*?)</dl></li>", block, re.S)
    assert 3 <= len(items) <= 6
    for item in items:
        assert 'class="cite"' in item


def test_briefing_surfaces_the_date_conflict_and_the_likelier_date(built):
    page = built.html.read_text(encoding="utf-8")
    section = page[page.index('id="date-conflicts"'):page.index('id="actor-positions"')]
    assert "In February 2025" in section and "in January 2025" in section
    assert "likelier January 2025" in section and "known error" in section


def test_fresh_build_equals_the_committed_dataset(built):
    committed = paths.out_paths(paths.PROJ_ROOT)
    names = [f"{t}.csv" for t in schemas.TABLE_ORDER] + ["datapackage.json"]
    for name in names:
        assert (built.processed / name).read_bytes() == (committed.processed / name).read_bytes(), (
            f"data/processed/{name} differs from a fresh build: run `make report` and commit")


def test_two_builds_are_byte_identical(built, built_again):
    for p in sorted(built.processed.iterdir()):
        assert p.read_bytes() == (built_again.processed / p.name).read_bytes(), p.name
    for p in sorted(built.figures.iterdir()):
        assert p.read_bytes() == (built_again.figures / p.name).read_bytes(), p.name
    assert built.pdf.read_bytes() == built_again.pdf.read_bytes()
    assert built.html.read_bytes() == built_again.html.read_bytes()
