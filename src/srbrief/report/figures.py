"""Figures as files. Each analysis notebook saves the charts it draws under ``report/figures/``
(SVG for print and for reuse elsewhere, the Vega-Lite spec for the interactive HTML), and the
briefing shows those files instead of drawing every chart a second time.

This module does not import altair, so the briefing notebook's kernel does not pay for it.
"""
from __future__ import annotations

import json

from .. import paths
from ..errors import InputError

#: Notebook output type carrying a chart's Vega-Lite spec beside its SVG: Jupyter shows the SVG;
#: the renderer turns the pair into an interactive chart in the HTML and keeps the SVG for print.
SPEC_MIME = "application/vnd.srbrief.vegalite+json"
SVG, SPEC = ".svg", ".vl.json"


class Shown:
    """A chart as a notebook displays it: its SVG and its spec."""

    def __init__(self, svg: str, spec: dict):
        self.svg, self.spec = svg, spec

    def _repr_mimebundle_(self, include=None, exclude=None):
        return {"image/svg+xml": self.svg, SPEC_MIME: self.spec}


def save(fig, out: paths.OutPaths, name: str) -> Shown:
    """Render ``fig`` (anything with an SVG + spec mimebundle) once, write it as
    ``<name>.svg`` and ``<name>.vl.json``, and return it for display."""
    bundle = fig._repr_mimebundle_()
    shown = Shown(bundle["image/svg+xml"], bundle[SPEC_MIME])
    out.figures.mkdir(parents=True, exist_ok=True)
    out.figure(name, SVG).write_text(shown.svg, encoding="utf-8")
    out.figure(name, SPEC).write_text(json.dumps(shown.spec, sort_keys=True, ensure_ascii=False), encoding="utf-8")
    return shown


def load(out: paths.OutPaths, name: str) -> Shown:
    """A figure saved earlier in this build (by the notebook ``pipeline.NOTEBOOKS`` names)."""
    from ..runner.pipeline import drawn_by

    try:
        svg = out.figure(name, SVG).read_text(encoding="utf-8")
        spec = json.loads(out.figure(name, SPEC).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{out.figure(name, SVG)}: figure missing; notebook {drawn_by(name)} draws it "
                         "(run the notebooks in order: make report)") from None
    return Shown(svg, spec)
