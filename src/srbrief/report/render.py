"""Rendering: the executed briefing notebook to self-contained HTML, and that HTML to an A4 PDF.

HTML comes from nbconvert with the project's own template (code hidden, no CDN);
the PDF from WeasyPrint on the same HTML (vector charts, no browser). The PDF is
byte-reproducible: fonttools' subset timestamps follow ``SOURCE_DATE_EPOCH``, which
:func:`render` fixes from the inputs when the caller has not set it.
"""
from __future__ import annotations

import html as htmllib
import json
import logging
import os
import re
from pathlib import Path

import nbformat

from .figures import SPEC_MIME
from ..paths import TEMPLATES_DIR

TOC_PLACEHOLDER = '<nav class="toc"></nav>'
_HEADING = re.compile(r'<h([23])([^>]*)>(.*?)</h\1>', re.S)


def _strip_tags(s: str) -> str:
    return htmllib.unescape(re.sub(r"<[^>]+>", "", s)).replace("¶", "").strip()


def _slug(text: str, used: set) -> str:
    base = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-") or "section"
    slug, i = base, 1
    while slug in used:
        i += 1
        slug = f"{base}-{i}"
    used.add(slug)
    return slug


def add_toc(page: str) -> str:
    """Number every h2/h3 ("2.", "2.1") in the page itself, give each an id, and fill the
    ``<nav class="toc">`` with the same numbers, so the HTML and the PDF agree. Headings marked
    ``unnumbered`` (the front page's) are left out."""
    used: set = set()
    entries = []
    counters = [0, 0]

    def fix(m):
        level, attrs, inner = m.group(1), m.group(2), m.group(3)
        idm = re.search(r'id="([^"]+)"', attrs)
        hid = idm.group(1) if idm else _slug(_strip_tags(inner), used)
        used.add(hid)
        if not idm:
            attrs += f' id="{hid}"'
        if "unnumbered" in attrs or "toc-title" in attrs:
            return f"<h{level}{attrs}>{inner}</h{level}>"
        if level == "2":
            counters[0], counters[1] = counters[0] + 1, 0
            number = f"{counters[0]}."
        else:
            counters[1] += 1
            number = f"{counters[0]}.{counters[1]}"
        entries.append((int(level), hid, number, _strip_tags(inner)))
        return f'<h{level}{attrs}><span class="secnum">{number}</span> {inner}</h{level}>'

    page = _HEADING.sub(fix, page)
    items = []
    for level, hid, number, text in entries:
        items.append(f'<li class="toc{level}"><a href="#{htmllib.escape(hid)}"><span class="secnum">{number}</span> '
                     f"{htmllib.escape(text)}</a></li>")
    toc = '<nav class="toc"><ul>' + "".join(items) + "</ul></nav>"
    return page.replace(TOC_PLACEHOLDER, toc, 1)


def number_figures(page: str) -> str:
    """Fill each caption's ``<span class="fignum">`` with "Figure N." in page order."""
    count = iter(range(1, 10_000))
    return re.sub(r'<span class="fignum"></span>', lambda m: f'<span class="fignum">Figure {next(count)}.</span>', page)


def to_html(executed: Path) -> str:
    """The executed notebook as one HTML page: inputs, prompts and stream output hidden."""
    from nbconvert import HTMLExporter
    from traitlets.config import Config

    c = Config()
    c.HTMLExporter.template_name = "briefing"
    c.HTMLExporter.extra_template_basedirs = [str(TEMPLATES_DIR)]
    c.HTMLExporter.exclude_input = True
    c.HTMLExporter.exclude_input_prompt = True
    c.HTMLExporter.exclude_output_prompt = True
    c.TemplateExporter.exclude_output_stdin = True
    c.TagRemovePreprocessor.enabled = True
    c.TagRemovePreprocessor.remove_cell_tags = ("remove-cell", "parameters", "injected-parameters")
    nb = nbformat.read(executed, as_version=4)
    title = nb.metadata.get("papermill", {}).get("parameters", {}).get("title")
    if title:
        nb.metadata["title"] = title
    n_charts = 0
    for cell in nb.cells:  # logs and warnings belong in the executed notebook, not the briefing
        if cell.get("cell_type") == "code":
            outs = []
            for o in cell.get("outputs", []):
                if o.get("output_type") == "stream":
                    continue
                data = o.get("data", {})
                if SPEC_MIME in data and "image/svg+xml" in data:
                    n_charts += 1
                    o = nbformat.v4.new_output("display_data", data={"text/html": chart_html(
                        data["image/svg+xml"], data[SPEC_MIME], n_charts)})
                outs.append(o)
            cell["outputs"] = outs
    body, _ = HTMLExporter(config=c).from_notebook_node(nb)
    body = number_figures(add_toc(body))
    if n_charts or 'class="chart"' in body:
        body = body.replace("</body>", f"{interactive_script()}\n</body>", 1)
    return body


def _json_for_script(obj) -> str:
    """JSON safe inside a <script> element (no "</" can close it early)."""
    return json.dumps(obj, sort_keys=True, ensure_ascii=False).replace("</", "<\\/")


def chart_html(svg, spec: dict, n: int) -> str:
    """A chart as the briefing shows it: the static SVG (what print and no-script readers see)
    and its spec, which the page's one script turns into an interactive chart with tooltips."""
    svg = "".join(svg) if isinstance(svg, list) else svg
    svg = re.sub(r"^<\?xml[^>]*>\s*", "", svg)
    return (f'<figure class="chart" id="chart-{n}"><div class="vl-static">{svg}</div>'
            f'<script type="application/json" class="vl-spec">{_json_for_script(spec)}</script></figure>')


_EMBED = """
document.querySelectorAll("figure.chart").forEach(function (fig) {
  var spec = JSON.parse(fig.querySelector("script.vl-spec").textContent);
  var host = document.createElement("div");
  host.className = "vl-live";
  vegaEmbed(host, spec, {actions: false, renderer: "svg", tooltip: {theme: "light"}}).then(function () {
    fig.querySelector(".vl-static").remove();
    fig.insertBefore(host, fig.firstChild);
  }).catch(function () { /* keep the static SVG */ });
});
"""


def interactive_script() -> str:
    """Vega, Vega-Lite and Vega-Embed, inlined once (no CDN), plus the snippet that embeds each chart.

    Bundling takes seconds and depends only on vl-convert's version and the snippet, so the
    result is kept in the user's cache folder and reused by later builds.
    """
    import hashlib

    import vl_convert as vlc

    key = hashlib.sha256(f"{vlc.__version__}\0{_EMBED}".encode()).hexdigest()[:16]
    cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "srbrief" / f"vega-{key}.js"
    try:
        js = cache.read_text(encoding="utf-8")
    except OSError:
        js = vlc.javascript_bundle(_EMBED).replace("</script", "<\\/script")
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(js, encoding="utf-8")
            tmp.replace(cache)
        except OSError:
            pass  # a read-only home: bundle again next time
    return f'<script type="module">{js}</script>'



def to_pdf(page: str, pdf: Path, base_url: Path) -> None:
    """Render the HTML page to an A4 PDF with WeasyPrint (fonts embedded, charts as vectors)."""
    for name in ("weasyprint", "fontTools"):
        logging.getLogger(name).setLevel(logging.ERROR)
    from weasyprint import HTML

    # scripts do nothing in print, and parsing the inlined Vega bundle costs WeasyPrint a second
    printable = re.sub(r"<script\b[^>]*>.*?</script>", "", page, flags=re.S)
    HTML(string=printable, base_url=str(base_url)).write_pdf(pdf)


def render(executed: Path, html_path: Path, pdf_path: Path, epoch: int) -> None:
    """Write the briefing's HTML and PDF from the executed ``05_briefing`` notebook.

    ``epoch`` (seconds) becomes ``SOURCE_DATE_EPOCH`` unless the caller set one, so the
    PDF's embedded font subsets, and thus its bytes, do not depend on the clock. It is set for
    this rendering only: a second build in the same process (a test session) takes its own.
    """
    given = os.environ.get("SOURCE_DATE_EPOCH")
    if given is None:
        os.environ["SOURCE_DATE_EPOCH"] = str(int(epoch))
    try:
        page = to_html(executed)
        html_path.parent.mkdir(parents=True, exist_ok=True)
        html_path.write_text(page, encoding="utf-8")
        to_pdf(page, pdf_path, html_path.parent)
    finally:
        if given is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
