"""Altair charts of the briefing. All are legible in black-and-white print: marks differ
by position, shape or a grey scale, never by hue alone."""
from __future__ import annotations

import altair as alt
import pandas as pd

FONT = "DejaVu Sans"
WIDTH = 560


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
