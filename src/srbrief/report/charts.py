"""Altair charts of the briefing. All are legible in black-and-white print: marks differ
by position, shape or a grey scale, never by hue alone."""
from __future__ import annotations

import altair as alt
import pandas as pd

from .figures import SPEC_MIME

FONT = "DejaVu Sans"
WIDTH = 560


def _bundle(spec: dict, **_kw) -> dict:
    """Altair renderer: a static SVG (deterministic, offline) plus the spec for interactivity."""
    import vl_convert as vlc

    return {"image/svg+xml": vlc.vegalite_to_svg(spec), SPEC_MIME: spec}


def warm_renderer() -> None:
    """Draw a one-point chart: vl-convert starts its JavaScript engine on the first chart of a
    process (about a second), which a warm kernel can pay before its notebook runs."""
    import vl_convert as vlc

    vlc.vegalite_to_svg({"data": {"values": [{"x": 0}]}, "mark": "point", "encoding": {"x": {"field": "x"}}})


def enable() -> None:
    """Make every chart in a notebook render as SVG + spec (see ``SPEC_MIME``)."""
    alt.renderers.register("srbrief", _bundle)
    alt.renderers.enable("srbrief")
    alt.data_transformers.disable_max_rows()


enable()  # importing this module is what sets a notebook up for charts


#: Chart-wide settings, merged into each spec as plain data (altair's ``configure_*`` methods
#: deep-copy the whole chart once per call).
CONFIG = {"font": FONT, "axis": {"labelFontSize": 10, "titleFontSize": 10, "grid": False},
          "legend": {"labelFontSize": 10, "titleFontSize": 10, "orient": "bottom"}, "view": {"stroke": None}}


class Figure:
    """A finished chart as notebooks display it: SVG plus spec (see ``_bundle``), drawn once.
    The spec is built without altair's schema validation, which costs about a second per
    chart and checks what the tests and the renderer already exercise."""

    def __init__(self, chart: alt.TopLevelMixin):
        self.chart = chart

    def to_dict(self) -> dict:
        return {**self.chart.to_dict(validate=False), "config": CONFIG}

    def _repr_mimebundle_(self, include=None, exclude=None):
        if not hasattr(self, "_shown"):  # drawn once however often it is displayed or saved
            self._shown = _bundle(self.to_dict())
        return self._shown


def words_by_part(sentences: pd.DataFrame) -> Figure:
    """Words per top-level part of each document, split by sentence kind (body, list item, heading);
    for a corpus of more than eight documents, the distribution of document lengths instead."""
    if sentences["doc_id"].nunique() > 8:
        per_doc = sentences.assign(words=sentences["text"].str.split().str.len()).groupby("doc_id", as_index=False)[
            "words"].sum()
        return Figure(alt.Chart(per_doc).mark_bar(fill="#777777", stroke="black", strokeWidth=0.4).encode(
            x=alt.X("words:Q", bin=alt.Bin(maxbins=30), title="Words per document"),
            y=alt.Y("count():Q", title="Documents")).properties(width=WIDTH - 120, height=160))
    df = sentences.assign(words=sentences["text"].str.split().str.len(),
                          part=[p or s or "(no heading)" for p, s in zip(sentences["part"], sentences["section"])])
    order = df.drop_duplicates(["doc_id", "part"])[["doc_id", "part"]]
    df = df.groupby(["doc_id", "part", "kind"], as_index=False, sort=False)["words"].sum()
    chart = alt.Chart(df).mark_bar(stroke="black", strokeWidth=0.4).encode(
        y=alt.Y("part:N", sort=list(order["part"]), title=None, axis=alt.Axis(labelLimit=260)),
        x=alt.X("sum(words):Q", title="Words"),
        color=alt.Color("kind:N", title="Sentence kind",
                        scale=alt.Scale(domain=["body", "list-item", "heading"], range=["#333333", "#999999", "#dddddd"])),
        row=alt.Row("doc_id:N", title=None, header=alt.Header(labelAngle=0, labelAlign="left", labelFontWeight="bold")),
        tooltip=["doc_id", "part", "kind", "words"],
    ).resolve_scale(y="independent").properties(width=WIDTH - 300)
    return Figure(chart)


STANCE_MARK = {  # stance: (fill, shape) legible in black-and-white print
    "support": ("#111111", "circle"),
    "conditional": ("#888888", "circle"),
    "neutral": ("#ffffff", "circle"),
    "mixed": ("#bbbbbb", "diamond"),
    "oppose": ("#ffffff", "cross"),
}


def _evidence(positions: pd.DataFrame, statements: pd.DataFrame | None, k: int = 2, limit: int = 180) -> list[str]:
    """For each position, its first statements (cleaned text, shortened, with their source) for tooltips."""
    if statements is None or statements.empty:
        return [""] * len(positions)
    by_id = statements.set_index("statement_id")
    out = []
    for ids in positions["statement_ids"]:
        parts = []
        for sid in ids.split("|")[:k]:
            if sid in by_id.index:
                r = by_id.loc[sid]
                t = r["text"] if len(r["text"]) <= limit else r["text"][: limit - 1] + "…"
                parts.append(f"[{r['doc_id'][:3]}] {t}")
        out.append("  ·  ".join(parts))
    return out


#: Most actors drawn in the position matrix (those with most statements); the rest are counted.
MATRIX_ROWS = 24


def stance_matrix(positions: pd.DataFrame, actors: pd.DataFrame, issues: pd.DataFrame,
                  statements: pd.DataFrame | None = None, max_rows: int = MATRIX_ROWS) -> Figure:
    """Actor x issue dot matrix: fill and shape give the stance, size the number of statements;
    in the HTML, hovering a mark shows the statements behind it. At most ``max_rows`` actors,
    those with most statements, so that it fits a page; its title counts the others."""
    from .analysis import actor_order

    if positions.empty:
        return Figure(alt.Chart(pd.DataFrame({"t": ["No positions to show"]})).mark_text().encode(text="t"))
    weight = positions.groupby("actor_id")["n_statements"].sum()
    kept = sorted(weight.index, key=lambda a: (-weight[a], a))[:max_rows]
    left = len(weight) - len(kept)
    positions = positions[positions["actor_id"].isin(kept)]
    names = dict(zip(actors["actor_id"], actors["name"]))
    labels = dict(zip(issues["issue_id"], issues["label"]))
    df = positions.assign(actor=positions["actor_id"].map(names).fillna(positions["actor_id"]),
                          issue=positions["issue_id"].map(labels).fillna(positions["issue_id"]),
                          evidence=_evidence(positions, statements))
    order = [names.get(a, a) for a in actor_order(positions)]
    issue_order = [labels[i] for i in issues["issue_id"] if i in set(positions["issue_id"])]
    stances = list(STANCE_MARK)
    base = alt.Chart(df).encode(
        x=alt.X("issue:N", sort=issue_order, title=None, axis=alt.Axis(labelAngle=-35, labelLimit=160, orient="top")),
        y=alt.Y("actor:N", sort=order, title=None, axis=alt.Axis(labelLimit=180)))
    dots = base.mark_point(stroke="black", strokeWidth=1.2, opacity=1, filled=False).encode(
        size=alt.Size("n_statements:Q", title="Statements", scale=alt.Scale(range=[90, 520]),
                      legend=alt.Legend(values=[1, 2, 4, 8], symbolFillColor="#888888")),
        fill=alt.Fill("stance:N", title="Stance", scale=alt.Scale(domain=stances,
                                                                  range=[STANCE_MARK[s][0] for s in stances])),
        shape=alt.Shape("stance:N", title="Stance", scale=alt.Scale(domain=stances,
                                                                    range=[STANCE_MARK[s][1] for s in stances])),
        tooltip=["actor", "issue", "stance", "score", "n_statements", "evidence"])
    chart = dots.properties(width=max(220, 58 * len(issue_order)), height=24 * len(order))
    if left:
        chart = chart.properties(title=alt.TitleParams(
            f"The {len(kept)} actors with most statements; {left} more in positions.csv", anchor="start",
            fontSize=10, fontWeight="normal"))
    return Figure(chart)


#: Most actors drawn in the network (those with most statements): beyond, it is a hairball.
NETWORK_NODES = 14


def agreement_network(g, actors: pd.DataFrame, max_nodes: int = NETWORK_NODES) -> Figure:
    """Actors linked by agreement (solid) or conflict (dashed); line width = number of issues.
    At most ``max_nodes`` actors, those with most statements; its title counts the others."""
    if g.number_of_nodes() == 0:
        return Figure(alt.Chart(pd.DataFrame({"t": ["No network to show"]})).mark_text().encode(text="t"))
    import math

    names = dict(zip(actors["actor_id"], actors["name"]))
    linked = [n for n in g.nodes if g.degree(n) > 0]
    kept = sorted(linked, key=lambda n: (-g.nodes[n].get("n", 1), n))[:max_nodes]
    left = len(linked) - len(kept)
    g = g.subgraph(kept).copy()
    g = g.subgraph([n for n in g.nodes if g.degree(n) > 0]).copy()
    if g.number_of_nodes() == 0:
        return Figure(alt.Chart(pd.DataFrame({"t": ["No actors share an issue"]})).mark_text().encode(text="t"))
    ring = sorted(g.nodes, key=lambda n: (g.nodes[n].get("rank", 0), n))
    pos = {n: (math.cos(2 * math.pi * i / len(ring) + math.pi / 2), math.sin(2 * math.pi * i / len(ring) + math.pi / 2))
           for i, n in enumerate(ring)}
    nodes = pd.DataFrame([{"actor_id": n, "name": names.get(n, n), "x": round(float(p[0]), 4),
                           "y": round(float(p[1]), 4), "n": g.nodes[n].get("n", 1),
                           "align": "left" if p[0] > 0.05 else "right" if p[0] < -0.05 else "center",
                           "lx": round(float(p[0]) * 1.12, 4), "ly": round(float(p[1]) * 1.12, 4)}
                          for n, p in sorted(pos.items())])
    edges = []
    for a, b, d in sorted(g.edges(data=True)):
        for kind in ("agree", "disagree"):
            if d[kind]:
                edges.append({"kind": "agreement" if kind == "agree" else "conflict", "w": d[kind],
                              "issues": ", ".join(sorted(d[f"issues_{kind}"])),
                              "x": pos[a][0], "y": pos[a][1], "x2": pos[b][0], "y2": pos[b][1],
                              "pair": f"{names.get(a, a)} – {names.get(b, b)}"})
    edges = pd.DataFrame(edges, columns=["kind", "w", "issues", "x", "y", "x2", "y2", "pair"])
    ax = alt.Axis(title=None, labels=False, ticks=False, domain=False, grid=False)
    lines = alt.Chart(edges).mark_rule(opacity=0.8).encode(
        x=alt.X("x:Q", axis=ax), y=alt.Y("y:Q", axis=ax), x2="x2:Q", y2="y2:Q",
        strokeDash=alt.StrokeDash("kind:N", title="Link", scale=alt.Scale(domain=["agreement", "conflict"],
                                                                          range=[[1, 0], [5, 3]])),
        strokeWidth=alt.StrokeWidth("w:Q", title="Issues", scale=alt.Scale(range=[1, 5]), legend=None),
        color=alt.value("#555555"), tooltip=["pair", "kind", "issues"])
    pts = alt.Chart(nodes).mark_circle(fill="white", stroke="black", strokeWidth=1.2, opacity=1).encode(
        x="x:Q", y="y:Q", size=alt.Size("n:Q", scale=alt.Scale(range=[80, 500]), legend=None),
        tooltip=["name", "n"])
    texts = [alt.Chart(nodes[nodes["align"] == a]).mark_text(fontSize=10, align=a).encode(
        x="lx:Q", y="ly:Q", text="name:N") for a in ("left", "right", "center")]
    sc = alt.Scale(domain=[-1.9, 1.9])
    lines = lines.encode(x=alt.X("x:Q", axis=ax, scale=sc), y=alt.Y("y:Q", axis=ax, scale=alt.Scale(domain=[-1.25, 1.25])))
    chart = alt.layer(lines, pts, *texts).properties(width=WIDTH - 60, height=340)
    if left:
        chart = chart.properties(title=alt.TitleParams(
            f"The {len(kept)} actors with most statements; {left} more in positions.csv", anchor="start",
            fontSize=10, fontWeight="normal"))
    return Figure(chart)


def _era_layers(eras: list[dict] | None, lo: pd.Timestamp, hi: pd.Timestamp, width: float) -> list:
    """Shaded bands for the eras between ``lo`` and ``hi``, named where the band is wide enough."""
    bands = []
    for k, e in enumerate(eras or []):
        s0 = max(pd.Timestamp(e["start"]), lo)
        s1 = min(pd.Timestamp(e["end"]) + pd.Timedelta(days=1) if e["end"] else hi, hi)
        if s0 < s1:
            wide = (s1 - s0).days * width / max(1, (hi - lo).days) > 6 * len(e["name"])
            bands.append({"start": s0, "stop": s1, "era": e["name"] if wide else "", "shade": k % 2})
    if not bands:
        return []
    b = pd.DataFrame(bands)
    return [alt.Chart(b).mark_rect(opacity=0.5).encode(
                x=alt.X("start:T", scale=alt.Scale(domain=[lo.isoformat(), hi.isoformat()])), x2="stop:T",
                color=alt.Color("shade:N", scale=alt.Scale(domain=[0, 1], range=["#f2f2f2", "#e2e2e2"]),
                                legend=None)),
            alt.Chart(b).mark_text(align="left", baseline="top", dx=3, dy=2, fontSize=8, fontStyle="italic",
                                   color="#555555").encode(x="start:T", y=alt.value(0), text="era:N")]


#: Rows the timeline draws at most, over all its panels: a page's height (about 16 px a row).
TIMELINE_ROWS = 44
SPLIT = pd.Timestamp("2024-11-01")  # the long past is compressed above, the transition below


def timeline(happenings: pd.DataFrame, events: pd.DataFrame, eras: list[dict] | None = None,
             max_rows: int = TIMELINE_ROWS) -> Figure:
    """One row per happening, labelled by what happened and the number of sources reporting it:
    a diamond marks a day, a bar a longer span; a dashed line spans the dates of reports that
    disagree. Two panels: the long past compressed above, the transition below, each at most a
    share of ``max_rows``; with more happenings, those reported by the most sources are drawn
    (the rest are in happenings.csv), so the figure is never taller than a page."""
    if happenings.empty:
        return Figure(alt.Chart(pd.DataFrame({"t": ["No dated happenings"]})).mark_text().encode(text="t"))
    hp = happenings.copy()
    hp["start"] = pd.to_datetime(hp["date_start"])
    hp["stop"] = pd.to_datetime(hp["date_end"]) + pd.Timedelta(days=1)
    ev = events[events["happening_id"].isin(hp["happening_id"])].copy()
    ev["src"] = ev["doc_id"].str.split("_").str[0]
    reports = ev.sort_values(["date_start", "doc_id"]).groupby("happening_id").agg(
        lo=("date_start", "min"), hi=("date_end", "max"),
        reports=("date_text", lambda s: list(s)), srcs=("src", list))
    hp = hp.join(reports, on="happening_id")
    hp["reports"] = ["; ".join(f"[{s}] {t}" for s, t in zip(srcs, texts))[:300]
                     for srcs, texts in zip(hp["srcs"], hp["reports"])]
    hp["text"] = [(lbl if len(lbl) <= 68 else lbl[:67].rsplit(" ", 1)[0] + "…") + (f"  ({n})" if n > 1 else "")
                  for lbl, n in zip(hp["label"].fillna(""), hp["n_sources"])]
    hp["kind_mark"] = ["day" if p == "day" else "span" for p in hp["precision"]]
    width = WIDTH - 250
    past, recent = hp[hp["stop"] <= SPLIT], hp[hp["stop"] > SPLIT]
    budget_past = min(len(past), max(4, max_rows // 5)) if len(past) else 0
    budget = {"past": budget_past, "recent": max_rows - budget_past}

    def pick(df, n):
        """The ``n`` happenings reported by the most sources, in date order."""
        kept = df.sort_values(["n_sources", "date_conflict", "start"], ascending=[False, False, True]).head(n)
        return kept.sort_values(["start", "stop", "happening_id"]), len(df) - len(kept)

    def panel(df, title, fmt, lo, hi):
        df = df.assign(row=[f"{i:03d} {t}" for i, t in enumerate(df["text"])])
        order = list(df["row"])
        x = alt.X("start:T", title=None, scale=alt.Scale(domain=[lo.isoformat(), hi.isoformat()]),
                  axis=alt.Axis(format=fmt, labelAngle=0, grid=False, orient="top"))
        y = alt.Y("row:N", sort=order, title=None,
                  axis=alt.Axis(labelExpr="substring(datum.label, 4)", labelLimit=250, labelFontSize=9))
        tip = [alt.Tooltip("label:N", title="What happened"), alt.Tooltip("date_start:N", title="From"),
               alt.Tooltip("date_end:N", title="To"), alt.Tooltip("n_sources:Q", title="Sources"),
               alt.Tooltip("reports:N", title="Reports")]
        base = alt.Chart(df)
        conflict = base.transform_filter("datum.date_conflict").mark_rule(
            strokeDash=[3, 2], color="black", strokeWidth=1).encode(x=alt.X("lo:T"), x2="hi:T", y=y)
        spans = base.transform_filter("datum.kind_mark == 'span'").mark_bar(
            height=7, fill="#888888", stroke="black", strokeWidth=0.6).encode(x=x, x2="stop:T", y=y, tooltip=tip)
        days = base.transform_filter("datum.kind_mark == 'day'").mark_point(
            shape="diamond", size=70, filled=True, color="black").encode(x=x, y=y, tooltip=tip)
        return alt.layer(*_era_layers(eras, lo, hi, width), conflict, spans, days).properties(
            title=title, width=width, height=16 * len(df))

    panels, left = [], 0
    if len(past):
        df, more = pick(past, budget["past"])
        left += more
        lo = pd.Timestamp(f"{df['start'].min().year // 10 * 10}-01-01")
        panels.append(panel(df, "Before the transition (compressed)", "%Y", lo, SPLIT))
    if len(recent):
        df, more = pick(recent, budget["recent"])
        left += more
        lo = min(df["start"].min(), SPLIT).to_period("M").to_timestamp()
        hi = (df["stop"].max() + pd.Timedelta(days=20)).to_period("M").to_timestamp(how="end").normalize()
        panels.append(panel(df, "The transition", "%b %Y", lo, hi))
    chart = alt.vconcat(*panels, spacing=16)
    if left:
        chart = chart.properties(title=alt.TitleParams(
            f"The {max_rows} happenings reported by most sources; {left:,} more in happenings.csv",
            anchor="start", fontSize=10, fontWeight="normal"))
    return Figure(chart)


def contested(positions: pd.DataFrame, actors: pd.DataFrame, issues: pd.DataFrame, issue_ids: list[str],
              statements: pd.DataFrame | None = None) -> Figure:
    """For the contested issues (actors both for and against), who stands where on the −2 (oppose)
    .. +2 (support) scale; each mark carries its statements (shown on hover in the HTML)."""
    df = positions[positions["issue_id"].isin(issue_ids)]
    if df.empty:
        return Figure(alt.Chart(pd.DataFrame({"t": ["No contested issue"]})).mark_text().encode(text="t"))
    names = dict(zip(actors["actor_id"], actors["name"]))
    labels = dict(zip(issues["issue_id"], issues["label"]))
    df = df.assign(actor=df["actor_id"].map(names).fillna(df["actor_id"]), issue=df["issue_id"].map(labels),
                   evidence=_evidence(df, statements, k=3))
    stances = list(STANCE_MARK)
    base = alt.Chart(df).encode(
        x=alt.X("score:Q", title="oppose  ←  mean stance  →  support", scale=alt.Scale(domain=[-2.2, 2.2]),
                axis=alt.Axis(values=[-2, -1, 0, 1, 2])),
        y=alt.Y("actor:N", title=None, sort=alt.EncodingSortField("score", order="descending"),
                axis=alt.Axis(labelLimit=170)))
    pts = base.mark_point(size=160, stroke="black", strokeWidth=1.2, opacity=1).encode(
        fill=alt.Fill("stance:N", scale=alt.Scale(domain=stances, range=[STANCE_MARK[s][0] for s in stances]),
                      title="Stance"),
        shape=alt.Shape("stance:N", scale=alt.Scale(domain=stances, range=[STANCE_MARK[s][1] for s in stances]),
                        title="Stance"),
        tooltip=["actor", "issue", "stance", "score", "n_statements", "evidence"])
    chart = pts.properties(width=WIDTH - 230, height=alt.Step(18)).facet(
        row=alt.Row("issue:N", title=None, sort=[labels[i] for i in issue_ids],
                    header=alt.Header(labelAngle=0, labelAlign="left", labelFontWeight="bold", labelOrient="top")))
    return Figure(chart.resolve_scale(y="independent"))
