"""The briefing's sections: data gathered once from the tables, each section rendered by its
Jinja template (``templates/sections/``) with autoescaping, so no seed text can inject markup.

Notebook 05 shows the sections in order; the renderer numbers headings, contents and figures.
Every finding carries its citation (``[001 ¶12]``: seed 001, paragraph 12) and every quotation is
the seed's own characters.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cached_property

import pandas as pd
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from .. import paths
from ..dataset import schemas
from . import analysis, judgments
from .render import TOC_PLACEHOLDER, chart_html

#: Most rows in the lists that accompany charts; the evidence appendix has its own cap.
LIST_CAP = 50
#: Date disagreements listed (those told by most sources): each takes a third of a page.
CONFLICT_CAP = 12
#: Page one lists the most recent sources (so that it stays one page); all are under Methods.
FRONT_SOURCES = 12
PARAM_LABELS = {"as_of": "As of", "focus_actors": "Focus actors", "focus_issues": "Focus issues",
                "evidence_cap": "Evidence rows at most", "executor": "Executor", "scheduler": "Dask scheduler",
                "cache": "Per-document cache", "since": "Changes since", "title": "Title"}


def short_doc(doc_id: str) -> str:
    """The short form used in citations: the seed's number prefix (``001``), else its id."""
    head = doc_id.split("_", 1)[0]
    return head if head.isdigit() else doc_id


def dataset_version(out: paths.OutPaths) -> str:
    """Schema version plus a content hash of the dataset's CSV files (changes iff the data do)."""
    h = hashlib.sha256()
    for name in schemas.TABLE_ORDER:
        p = out.table(name)
        if p.exists():
            h.update(name.encode() + b"\0" + p.read_bytes())
    return f"{schemas.SCHEMA_VERSION}+{h.hexdigest()[:12]}"


@dataclass
class Briefing:
    """Everything the sections read, loaded once: the tables, the seed texts, display names."""

    out: paths.OutPaths
    params: dict
    seeds_dir: object = None
    t: dict = field(default_factory=dict)

    def __post_init__(self):
        from ..corpus.seeds import load_corpus
        from ..dataset.tables import read_table

        self.t = {name: read_table(self.out, name) for name in schemas.TABLE_ORDER}
        docs = set(self.t["documents"]["doc_id"])
        corpus = [s for s in load_corpus(self.seeds_dir) if s.doc_id in docs]
        self.texts = {s.doc_id: s.text for s in corpus}
        self.meta = {s.doc_id: s.meta for s in corpus}
        self.names = dict(zip(self.t["actors"]["actor_id"], self.t["actors"]["name"]))
        self.labels = dict(zip(self.t["issues"]["issue_id"], self.t["issues"]["label"]))
        self.props = dict(zip(self.t["issues"]["issue_id"], self.t["issues"]["proposition"]))
        s = self.t["sentences"]
        self.paras = dict(zip(zip(s["doc_id"], s["sent_id"]), s["paragraph"]))
        self.spans = dict(zip(zip(s["doc_id"], s["sent_id"]), zip(s["start"], s["end"])))

    # -- views narrowed by the build's focus
    @cached_property
    def positions(self) -> pd.DataFrame:
        return analysis.focus(self.t["positions"], self.params)

    @cached_property
    def happenings(self) -> pd.DataFrame:
        return analysis.focus_happenings(self.t["happenings"], self.t["events"], self.params)

    @property
    def date(self) -> str:
        """The date of the briefing: ``as_of``, or the latest source's publication date."""
        return self.params.get("as_of") or max(self.t["documents"]["published"])

    # -- what templates call
    def cite(self, doc_id: str, sent_id=None) -> Markup:
        par = self.paras.get((doc_id, sent_id)) if sent_id is not None else None
        return Markup('<span class="cite">[{}{}]</span>').format(short_doc(doc_id),
                                                                 f" ¶{int(par) + 1}" if par is not None else "")

    def cites(self, pairs, k: int = 3) -> Markup:
        seen = list(dict.fromkeys((d, s) for d, s in pairs))[:k]
        return Markup(" ").join(self.cite(d, s) for d, s in seen)

    def quote(self, doc_id: str, start: int, end: int) -> Markup:
        """The seed span itself, verbatim (never the cleaned text), marked for the tests."""
        return Markup('<span class="quote" data-doc="{}">{}</span>').format(doc_id, self.texts[doc_id][start:end])

    def sentence(self, doc_id: str, sent_id: int) -> Markup:
        return self.quote(doc_id, *self.spans[(doc_id, sent_id)])

    def name(self, actor_id: str) -> str:
        return self.names.get(actor_id, actor_id.replace("_", " ").title())

    def label(self, issue_id: str) -> str:
        return self.labels.get(issue_id, issue_id.replace("_", " ").capitalize())

    def figure(self, name: str, caption: str) -> Markup:
        from .figures import load

        shown = load(self.out, name)  # the renderer numbers the figures; the id is the figure's name
        return Markup(chart_html(shown.svg, shown.spec, name)) + Markup(
            '<p class="caption"><span class="fignum"></span> {}</p>').format(caption)

    def when(self, start: str, end: str, precision: str) -> str:
        return judgments.when(start, end, precision)


_ENV = Environment(loader=FileSystemLoader(str(paths.TEMPLATES_DIR / "sections")),
                   autoescape=select_autoescape(default=True, default_for_string=True),
                   trim_blocks=True, lstrip_blocks=True)
_ENV.globals["zip"] = zip


class Section:
    """One section of the briefing, as a notebook cell displays it."""

    def __init__(self, html: str):
        self.html = html

    def _repr_html_(self) -> str:
        return self.html


def section(name: str, b: Briefing) -> Section:
    """Render one section's template with what it needs (see ``SECTIONS``)."""
    data = SECTIONS[name](b)
    if data is None:
        return Section("")
    return Section(_ENV.get_template(f"{name}.html.j2").render(b=b, **data))


# ----------------------------------------------------------------------------- what each section needs
def _front(b: Briefing) -> dict:
    js = judgments.key_judgments(b.t, b.names, b.labels)
    docs = b.t["documents"].sort_values(["published", "doc_id"])
    return {"summary": judgments.summary(js, b.t, b.names), "documents": docs.tail(FRONT_SOURCES),
            "n_documents": len(docs), "period": analysis.period(b.happenings, b.t["documents"]),
            "toc": Markup(TOC_PLACEHOLDER)}


def _since(b: Briefing) -> dict | None:
    if not b.params.get("since"):
        return None
    return {"since": b.params["since"], "changes": analysis.since(b.params["since"], b.t["documents"], b.t)}


def _judgments(b: Briefing) -> dict:
    return {"judgments": judgments.key_judgments(b.t, b.names, b.labels), "rule": judgments.CONFIDENCE_RULE}


def _timeline(b: Briefing) -> dict:
    """The happenings table lists, in date order, those told by most sources (as the figure
    draws them), so that a long corpus shows what many sources report, not its oldest past."""
    hp = b.happenings.sort_values(["n_sources", "date_conflict", "date_start", "happening_id"],
                                  ascending=[False, False, True, True]).head(LIST_CAP)
    hp = hp.sort_values(["date_start", "date_end", "happening_id"])
    ev = b.t["events"]
    first = ev.sort_values(["doc_id", "sent_id"]).groupby("happening_id")[["doc_id", "sent_id"]].agg(list)
    conflicted = b.happenings[b.happenings["date_conflict"]]
    told_most = conflicted.sort_values(["n_sources", "date_start", "happening_id"], ascending=[False, True, True])
    shown = told_most.head(CONFLICT_CAP).sort_values(["date_start", "date_end", "happening_id"])
    return {"happenings": hp, "n_happenings": len(b.happenings), "reports": first,
            "conflicts": analysis.date_conflicts(shown, ev, b.meta), "n_conflicts": len(conflicted)}


def _positions(b: Briefing) -> dict:
    pos = b.positions
    pairs = analysis.leaders_and_states(pos, b.t["actors"])
    flagged = pairs[pairs["differs"]]
    single = pos[pos["n_statements"] == 1]
    contested = analysis.contested(pos)
    return {"n_positions": len(pos), "flagged": flagged, "n_single": len(single),
            "contested": contested, "conflicts": analysis.stance_conflicts(pos, b.t["statements"], b.t["actors"]),
            "table": _party_table(b, pos, pairs)}


def _party_table(b: Briefing, pos: pd.DataFrame, pairs: pd.DataFrame) -> dict:
    """Positions by party: a row per actor (each main state first, then the people and bodies that
    speak for it, then everyone else), a column per issue; a difference from its state flagged,
    a position on a single sentence marked."""
    flags = {(r.actor_id, r.issue_id) for r in pairs.itertuples() if r.differs}
    main = analysis.parties(b.t["actors"], b.t["mentions"])
    party = {a: analysis.party_of(a, b.t["actors"]) for a in set(pos["actor_id"])}
    issues = [i for i in b.t["issues"]["issue_id"] if i in set(pos["issue_id"])]
    cells = {(r.actor_id, r.issue_id): (r.stance, r.n_statements == 1, (r.actor_id, r.issue_id) in flags)
             for r in pos.itertuples()}
    order = lambda a: (main.index(party[a]) if party[a] in main else len(main), party[a] != a, b.name(a), a)  # noqa: E731
    rows = []
    for a in sorted(set(pos["actor_id"]), key=order)[:LIST_CAP]:
        rows.append({"actor": b.name(a), "is_party": party[a] == a and party[a] in main,
                     "member": party[a] in main and party[a] != a, "cells": [cells.get((a, i)) for i in issues]})
    return {"issues": [b.label(i) for i in issues], "rows": rows}


def _network(b: Briefing) -> dict:
    """The network section is its figure (drawn in notebook 03); it needs nothing else."""
    return {}


def _agenda(b: Briefing) -> dict:
    return {"agenda": analysis.agenda(b.t["issues"], b.t["issue_mentions"], b.t["statements"], b.t["actors"])}


def _recommendations(b: Briefing) -> dict:
    recs = analysis.recommendations(b.t["sentences"], b.t["mentions"], b.t["documents"], b.names)
    groups: dict[str, list] = {}
    for r in recs:
        groups.setdefault(r.addressee, []).append(r)
    return {"groups": sorted(groups.items(), key=lambda kv: (kv[0] == "", -len(kv[1]), kv[0]))}


def _evidence(b: Briefing) -> dict:
    pos = b.positions
    st = b.t["statements"]
    st = st[(st["issue_id"] != "") & st["issue_id"].isin(pos["issue_id"]) & st["speaker_id"].isin(pos["actor_id"])]
    st = st.sort_values(["doc_id", "sent_id", "speaker_id", "issue_id"])
    rows = []
    for (d, s), g in st.groupby(["doc_id", "sent_id"], sort=False):
        rows.append({"doc_id": d, "sent_id": s, "codings": g.to_dict("records")})
    cap = b.params.get("evidence_cap", 100)
    return {"rows": rows[:cap], "n_rows": len(rows), "n_statements": len(st)}


def _methods(b: Briefing) -> dict:
    from ..quality.evaluate import SPLITS, for_briefing
    from ..quality.scoring import LAYERS

    shown = {k: v for k, v in b.params.items() if k in PARAM_LABELS}
    params = [(PARAM_LABELS[k], (", ".join(v) if isinstance(v, list) else v) or "—") for k, v in shown.items()]
    docs = b.t["documents"]
    flagged = [(d, m) for d, m in sorted(b.meta.items())
               if m.get("published_estimated") or m.get("translated") or m.get("known_errors")]
    return {"params": params, "version": dataset_version(b.out), "documents": docs.head(LIST_CAP), "flagged": flagged,
            "n_documents": len(docs), "evaluation": for_briefing(b.out, b.seeds_dir), "layers": LAYERS,
            "splits": SPLITS, "rule": judgments.CONFIDENCE_RULE,
            "detected": b.t["actors"][b.t["actors"]["origin"] == "detected"].head(LIST_CAP),
            "n_detected": int((b.t["actors"]["origin"] == "detected").sum())}


def _dictionary(b: Briefing) -> dict:
    return {"rows": schemas.data_dictionary().to_dict("records")}


SECTIONS = {"front": _front, "since": _since, "judgments": _judgments, "timeline": _timeline,
            "positions": _positions, "network": _network, "agenda": _agenda, "recommendations": _recommendations,
            "evidence": _evidence, "methods": _methods, "dictionary": _dictionary}
