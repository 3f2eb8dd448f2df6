"""Altair charts of the briefing. All are legible in black-and-white print: marks differ
by position, shape or a grey scale, never by hue alone."""
from __future__ import annotations

import altair as alt
import pandas as pd

from .render import SPEC_MIME

FONT = "DejaVu Sans"
WIDTH = 560


def _bundle(spec: dict, **_kw) -> dict:
    """Altair renderer: a static SVG (deterministic, offline) plus the spec for interactivity."""
    import vl_convert as vlc

    return {"image/svg+xml": vlc.vegalite_to_svg(spec), SPEC_MIME: spec}


def enable() -> None:
    """Make every chart in a notebook render as SVG + spec (see ``SPEC_MIME``)."""
    alt.renderers.register("srbrief", _bundle)
    alt.renderers.enable("srbrief")
    alt.data_transformers.disable_max_rows()


enable()  # importing this module is what sets a notebook up for charts


def _config(chart: alt.TopLevelMixin) -> alt.TopLevelMixin:
    return (chart.configure(font=FONT)
            .configure_axis(labelFontSize=10, titleFontSize=10, grid=False)
            .configure_legend(labelFontSize=10, titleFontSize=10, orient="bottom")
            .configure_view(stroke=None))


def words_by_part(sentences: pd.DataFrame) -> alt.Chart:
    """Words per top-level part of each document, split by sentence kind (body, list item, heading)."""
    df = sentences.assign(words=sentences["text"].str.split().str.len(),
                          part=sentences["part"].replace("", "(no heading)"))
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
    return _config(chart)


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


def stance_matrix(positions: pd.DataFrame, actors: pd.DataFrame, issues: pd.DataFrame,
                  statements: pd.DataFrame | None = None) -> alt.Chart:
    """Actor x issue dot matrix: fill and shape give the stance, size the number of statements;
    in the HTML, hovering a mark shows the statements behind it."""
    from .analysis import actor_order

    if positions.empty:
        return _config(alt.Chart(pd.DataFrame({"t": ["No positions to show"]})).mark_text().encode(text="t"))
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
    return _config(dots.properties(width=max(220, 58 * len(issue_order)), height=24 * len(order)))


def agreement_network(g, actors: pd.DataFrame) -> alt.Chart:
    """Actors linked by agreement (solid) or conflict (dashed); line width = number of issues."""
    import networkx as nx

    if g.number_of_nodes() == 0:
        return _config(alt.Chart(pd.DataFrame({"t": ["No network to show"]})).mark_text().encode(text="t"))
    import math

    from .analysis import actor_order  # noqa: F401  (order is passed in via node attribute)

    names = dict(zip(actors["actor_id"], actors["name"]))
    g = g.subgraph([n for n in g.nodes if g.degree(n) > 0]).copy()
    if g.number_of_nodes() == 0:
        return _config(alt.Chart(pd.DataFrame({"t": ["No actors share an issue"]})).mark_text().encode(text="t"))
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
    return _config(alt.layer(lines, pts, *texts).properties(width=WIDTH - 60, height=340))


def timeline(events: pd.DataFrame, documents: pd.DataFrame) -> alt.Chart:
    """All events on one time axis in two panels: the long past compressed above, the transition
    (from two months before the earliest post-2024 event) in detail below. A dot marks a day, a bar
    a month, year or decade; 'c.' marks dates resolved from relative expressions; a dashed line
    joins two sources' conflicting dates for one happening."""
    if events.empty:
        return _config(alt.Chart(pd.DataFrame({"t": ["No dated events"]})).mark_text().encode(text="t"))
    ev = events.copy()
    ev["start"] = pd.to_datetime(ev["date_start"])
    ev["stop"] = pd.to_datetime(ev["date_end"]) + pd.Timedelta(days=1)
    ev["source"] = ev["doc_id"].str.split("_").str[0]
    ev["label"] = [("c. " if r else "") + t for t, r in zip(ev["date_text"], ev["is_relative"])]
    ev["is_day"] = ev["precision"] == "day"
    ev = ev.sort_values(["doc_id", "start", "event_id"]).reset_index(drop=True)
    ev["dy"] = [(-11 if i % 2 == 0 else 15) for i in ev.groupby("doc_id").cumcount()]
    split = pd.Timestamp("2024-11-01")
    recent, past = ev[ev["stop"] > split], ev[ev["stop"] <= split]
    lanes = sorted(ev["source"].unique())
    y = alt.Y("source:N", title="Source", sort=lanes, scale=alt.Scale(domain=lanes))

    def panel(df, title, fmt, height, labels):
        base = alt.Chart(df)
        bars = base.transform_filter("!datum.is_day").mark_bar(height=10, fill="#999999", stroke="black",
                                                                 strokeWidth=0.6).encode(
            x=alt.X("start:T", title=None, axis=alt.Axis(format=fmt, labelAngle=0)), x2="stop:T", y=y,
            tooltip=["date_text", "date_start", "date_end", "precision", "summary"])
        dots = base.transform_filter("datum.is_day").mark_point(shape="diamond", size=110, filled=True,
                                                                 color="black").encode(
            x="start:T", y=y, tooltip=["date_text", "date_start", "precision", "summary"])
        layers = [bars, dots]
        if labels:
            for dy in (-11, 15):
                layers.append(base.transform_filter(f"datum.dy == {dy}").mark_text(
                    align="left", dx=2, dy=dy, fontSize=8.5).encode(x="start:T", y=y, text="label:N"))
        return alt.layer(*layers).properties(title=title, width=WIDTH - 80, height=height)

    top = panel(past, "Before the transition (compressed)", "%Y", 22 * len(lanes) + 20, labels=True)
    recent_panel = panel(recent, "The transition, in detail", "%b %Y", 40 * len(lanes) + 40, labels=True)
    conf = ev[ev["conflicts_with"] != ""]
    if len(conf):
        pairs = []
        for r in conf.itertuples():
            for other in r.conflicts_with.split("|"):
                o = ev[ev["event_id"] == other]
                if len(o) and r.event_id < other:
                    pairs.append({"a": r.start + (r.stop - r.start) / 2, "b": o["start"].iloc[0] +
                                  (o["stop"].iloc[0] - o["start"].iloc[0]) / 2, "sa": r.source,
                                  "sb": o["source"].iloc[0], "recent": r.stop > split})
        pdf = pd.DataFrame(pairs)
        if len(pdf):
            link = lambda d: alt.Chart(d).mark_rule(strokeDash=[4, 3], color="black").encode(  # noqa: E731
                x="a:T", x2="b:T", y=alt.Y("sa:N", sort=lanes, scale=alt.Scale(domain=lanes)), y2="sb:N")
            if pdf["recent"].any():
                recent_panel = alt.layer(recent_panel, link(pdf[pdf["recent"]]))
            if (~pdf["recent"]).any():
                top = alt.layer(top, link(pdf[~pdf["recent"]]))
    return _config(alt.vconcat(top, recent_panel, spacing=18))
