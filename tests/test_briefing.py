"""The briefing as a reader gets it: page one, contents, display names, judgments with their basis,
the section on what changed, and figures that fit their page (the seeds' build)."""
from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup
from pypdf import PdfReader

from srbrief.report.briefing import Briefing, section
from srbrief.runner.pipeline import validate_params

pytestmark = pytest.mark.slow


def test_first_page_is_the_bottom_line_with_no_build_parameters(built):
    first = PdfReader(built.pdf).pages[0].extract_text()
    assert "Bottom line" in first and "Sources" in first
    for dump in ("executor", "focus_", "scheduler", "SHA-256", "evidence_cap", "as_of", "=", "Dataset version"):
        assert dump not in first, dump
    assert re.search(r"Briefing of \d{1,2} \w+ 20\d\d", first)


def test_contents_numbers_strictly_increase_in_the_pdf(built):
    text = PdfReader(built.pdf).pages[1].extract_text()
    toc = text[text.index("Contents"):]
    entries = [line for line in toc.splitlines() if "..." in line]  # a contents line has its leader dots
    numbers = [tuple(int(x) for x in m.group(1).split(".") if x) for m in
               (re.match(r"(\d+\.(?:\d+)?)\s", e) for e in entries) if m]
    assert len(numbers) >= 8
    assert all(a < b for a, b in zip(numbers, numbers[1:])), numbers
    headings = "\n".join(line for p in PdfReader(built.pdf).pages for line in p.extract_text().splitlines()
                         if "..." not in line)
    for n in numbers[:6]:  # the headings carry the same numbers
        assert re.search(rf"^{re.escape('.'.join(map(str, n)) + ('.' if len(n) == 1 else ''))}\s", headings, re.M), n


def test_no_identifier_in_prose_or_tables_outside_the_data_dictionary(built):
    soup = BeautifulSoup(built.html.read_text(encoding="utf-8"), "html.parser")
    for tag in soup.select("script, style, svg, section.dictionary, .mono"):
        tag.decompose()
    text = soup.get_text(" ")
    assert not re.findall(r"\b[a-z]+_[a-z_]+\b", text), sorted(set(re.findall(r"\b[a-z]+_[a-z_]+\b", text)))[:10]


def test_every_judgment_has_a_basis_and_a_confidence_word(built):
    soup = BeautifulSoup(built.html.read_text(encoding="utf-8"), "html.parser")
    items = soup.select("ol.judgments > li")
    assert 3 <= len(items) <= 6
    for li in items:
        basis = li.find("dt", string="Basis").find_next_sibling("dd").get_text(" ")
        assert re.search(r"\d+ independent sources?", basis)
        assert re.search(r"Confidence: (high|moderate|low)", basis)
        assert li.select(".cite")


def test_since_lists_only_what_later_sources_add(built):
    params = validate_params({"out_dir": str(built.root), "since": "2025-08-01"})
    html = section("since", Briefing(built, params)).html
    assert "Since 1 August 2025" in html
    listed = set(re.findall(r'class="cite">\[(\d+)', html))
    assert listed == {"001"}  # the Al Jazeera analysis of October; the July policy paper is older
    earlier = section("since", Briefing(built, validate_params({"out_dir": str(built.root), "since": "2025-12-01"})))
    assert "No source in this build was published after" in earlier.html


def test_every_figure_fits_its_page(built):
    from weasyprint import HTML

    page = re.sub(r"<script\b[^>]*>.*?</script>", "", built.html.read_text(encoding="utf-8"), flags=re.S)
    doc = HTML(string=page, base_url=str(built.report)).render()

    def boxes(box):
        yield box
        for child in getattr(box, "children", None) or []:
            yield from boxes(child)

    figures = 0
    for p in doc.pages:
        area = p._page_box
        for b in boxes(area):
            if type(b).__name__.endswith("ReplacedBox"):
                figures += 1
                assert b.height <= area.height, f"a figure {b.height:.0f}px tall on a {area.height:.0f}px page"
                assert b.position_y + b.height <= area.position_y + area.margin_height() + 1
    assert figures >= 4


def test_each_rendering_takes_its_own_epoch_and_leaves_the_environment_as_it_was(monkeypatch, tmp_path):
    """The PDF's font subsets carry SOURCE_DATE_EPOCH: a second build in the same process (another test's)
    must render with its own inputs' epoch, not the first's."""
    import os

    from srbrief.report import render as r

    seen = []
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    monkeypatch.setattr(r, "to_html", lambda executed: "<html></html>")
    monkeypatch.setattr(r, "to_pdf", lambda page, pdf, base: seen.append(os.environ.get("SOURCE_DATE_EPOCH")))
    for epoch in (100, 200):
        r.render(tmp_path / "nb.ipynb", tmp_path / "b.html", tmp_path / "b.pdf", epoch)
    assert seen == ["100", "200"] and "SOURCE_DATE_EPOCH" not in os.environ
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "7")  # (one the caller set is kept)
    r.render(tmp_path / "nb.ipynb", tmp_path / "b.html", tmp_path / "b.pdf", 300)
    assert seen[-1] == "7" and os.environ["SOURCE_DATE_EPOCH"] == "7"
