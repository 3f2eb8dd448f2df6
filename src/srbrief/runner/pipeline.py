"""The run order and the build parameters: the one place the Makefile, the runner,
the README and the tests read them from.

``NOTEBOOKS`` lists the notebooks in the order they run, with what each reads and writes.
``PARAMS`` declares every parameter a notebook accepts, its type, default and meaning;
:func:`validate_params` checks a request against it before any kernel starts.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..dates import interval
from ..errors import InputError, ParamError

DEFAULT_TITLE = "Syrian–Russian relations after the fall of Assad"


@dataclass(frozen=True)
class Notebook:
    """One step of the pipeline: what it does and reads and writes, the notebooks whose
    outputs it needs, the figures it saves under ``report/figures/``, and what its kernel may
    load before it runs besides the modules its cells import (see ``srbrief.runner.kernels``):
    ``module`` to import, or ``module:function`` to call, for a slow first use."""

    name: str
    purpose: str
    reads: str
    writes: str
    needs: tuple[str, ...] = ()
    figures: tuple[str, ...] = ()
    preload: tuple[str, ...] = ()

    @property
    def filename(self) -> str:
        return f"{self.name}.ipynb"


_SENTENCIZER = "srbrief.corpus.clean:sentencizer"  # loads spaCy and builds the pipeline
_CHARTS = "srbrief.report.charts:warm_renderer"  # starts vl-convert's JavaScript engine

NOTEBOOKS: tuple[Notebook, ...] = (
    Notebook("01_clean", "Parse each seed's structure, split sentences, normalise text, keep offsets.",
             "seeds/*.txt, seeds/manifest.yaml", "documents.csv, sentences.csv", (), ("words_by_part",),
             (_SENTENCIZER, _CHARTS)),
    Notebook("02_extract", "Resolve actors, dated reports grouped into happenings, statements and their stances.",
             "sentences.csv, data/codebook/*.yaml", "actors.csv, issues.csv, mentions.csv, events.csv, "
             "happenings.csv, statements.csv, issue_mentions.csv", ("01_clean",)),
    Notebook("03_positions", "Aggregate statements into actor x issue positions; compare the sources.",
             "statements.csv, actors.csv, issues.csv", "positions.csv", ("02_extract",),
             ("stance_matrix", "contested", "agreement_network"), (_CHARTS,)),
    Notebook("04_timeline", "Place every happening on one time axis; mark conflicting dates.",
             "happenings.csv, events.csv", "(figures only)", ("02_extract",), ("timeline",), (_CHARTS,)),
    Notebook("05_briefing", "Assemble the briefing: bottom line, key judgments, timeline, positions, agenda, "
             "recommendations, evidence, methods.",
             "every table in data/processed/, report/figures/", "report/briefing.html, report/briefing.pdf",
             ("01_clean", "02_extract", "03_positions", "04_timeline")),
)


def stages() -> list[tuple[Notebook, ...]]:
    """The run order as waves: each wave's notebooks need only earlier waves, so they may run
    at the same time (03 and 04 both need only 02)."""
    done: set[str] = set()
    waves = []
    left = list(NOTEBOOKS)
    while left:
        wave = tuple(nb for nb in left if set(nb.needs) <= done)
        if not wave:
            raise RuntimeError(f"pipeline: circular or unknown needs among {[nb.name for nb in left]}")
        waves.append(wave)
        done |= {nb.name for nb in wave}
        left = [nb for nb in left if nb.name not in done]
    return waves


def drawn_by(figure: str) -> str:
    """The notebook that saves ``figure``."""
    for nb in NOTEBOOKS:
        if figure in nb.figures:
            return nb.name
    raise KeyError(f"no notebook draws a figure named {figure!r}")


@dataclass(frozen=True)
class Param:
    """A build parameter: name, Python type, default and a line of help."""

    name: str
    type: type
    default: object
    help: str


PARAMS: dict[str, Param] = {p.name: p for p in [
    Param("seeds_dir", str, "", "Folder of seed .txt files plus manifest.yaml (empty: the repository's seeds/)."),
    Param("out_dir", str, "", "Output root for data/processed/ and report/ (empty: the repository for a build; "
          "a notebook run by hand writes to .scratch/)."),
    Param("as_of", str, "", "ISO date: build as of this day, using only seeds published by then (empty: all)."),
    Param("title", str, DEFAULT_TITLE, "Title of the briefing."),
    Param("focus_actors", list, [], "Actor ids the charts are narrowed to (empty: all)."),
    Param("focus_issues", list, [], "Issue ids the charts are narrowed to (empty: all)."),
    Param("evidence_cap", int, 100, "Most sentences listed in the briefing's evidence appendix; the rest is "
          "counted, and every statement stays in statements.csv."),
    Param("executor", str, "serial", "Where cleaning and extraction run: serial, processes (all local cores) "
          "or dask."),
    Param("scheduler", str, "", "Dask scheduler address (tcp://host:8786) for executor=dask (empty: a local cluster)."),
    Param("cache", str, "on", "Reuse each document's cleaning and extraction when its inputs are unchanged "
          "(on, off); the tables are the same either way."),
    Param("since", str, "", "ISO date: open the briefing with what changed since then (new happenings, positions "
          "and actors from sources published after it); empty: no such section."),
]}


def defaults() -> dict:
    """Every parameter at its default."""
    return {n: (list(p.default) if isinstance(p.default, list) else p.default) for n, p in PARAMS.items()}


def coerce(name: str, value):
    """Turn a command-line string into the parameter's type (lists are comma-separated)."""
    if name not in PARAMS:
        raise ParamError(f"unknown parameter {name!r} (known: {', '.join(PARAMS)})")
    t = PARAMS[name].type
    if not isinstance(value, str) or t is str:
        return value
    if t is list:
        return [v.strip() for v in value.split(",") if v.strip()]
    if t is int:
        try:
            return int(value)
        except ValueError:
            raise ParamError(f"parameter {name}: {value!r} is not an integer") from None
    return value


def validate_params(given: dict | None = None) -> dict:
    """The full parameter set: defaults overridden by ``given``, each checked.

    Raises :class:`ParamError` with one line for an unknown name, a wrong type,
    or an impossible value (a date that does not exist, a folder that is missing).
    """
    params = defaults()
    for name, value in (given or {}).items():
        if name not in PARAMS:
            raise ParamError(f"unknown parameter {name!r} (known: {', '.join(PARAMS)})")
        want = PARAMS[name].type
        if want is int and isinstance(value, bool) or not isinstance(value, want):
            raise ParamError(f"parameter {name}: expected {want.__name__}, got {type(value).__name__} {value!r}")
        if want is list and not all(isinstance(v, str) for v in value):
            raise ParamError(f"parameter {name}: expected a list of ids (text)")
        params[name] = value
    if params["as_of"]:
        try:
            start, _, precision = interval(params["as_of"], "as_of")
        except InputError as e:
            raise ParamError(f"parameter {e}") from None
        if precision != "day":
            raise ParamError(f"parameter as_of: {params['as_of']!r} must be a full date (YYYY-MM-DD)")
        if start > date.today():
            raise ParamError(f"parameter as_of: {params['as_of']} is in the future")
    if params["seeds_dir"] and not Path(params["seeds_dir"]).is_dir():
        raise ParamError(f"parameter seeds_dir: folder {params['seeds_dir']!r} does not exist")
    from ..parallel import EXECUTORS

    if params["executor"] not in EXECUTORS:
        raise ParamError(f"parameter executor: {params['executor']!r} is not one of {', '.join(EXECUTORS)}")
    if params["cache"] not in ("on", "off"):
        raise ParamError(f"parameter cache: {params['cache']!r} is not one of on, off")
    if params["since"]:
        try:
            interval(params["since"], "since")
        except InputError as e:
            raise ParamError(f"parameter {e}") from None
    if params["evidence_cap"] < 1:
        raise ParamError("parameter evidence_cap: must be at least 1")
    if not params["title"].strip():
        raise ParamError("parameter title: must not be empty")
    for key in ("seeds_dir", "out_dir"):
        if params[key]:
            params[key] = os.fspath(Path(params[key]).resolve())
    return params
