"""HTML building blocks of the briefing. Every piece of seed text passes through
:func:`esc`, so a seed can never inject markup into the HTML or the PDF."""
from __future__ import annotations

import hashlib
import html
from collections.abc import Iterable

import pandas as pd

from ..dataset import schemas
from ..paths import OutPaths
from .render import TOC_PLACEHOLDER  # noqa: F401  (notebooks place the contents with it)

#: Most rows in the lists that accompany charts (events, sources, conflicts); the evidence
#: appendix has its own cap, the ``evidence_cap`` parameter.
LIST_CAP = 50


def esc(value) -> str:
    """HTML-escape any value (quotes included)."""
    return html.escape("" if value is None else str(value), quote=True)


def short_doc(doc_id: str) -> str:
    """The short form used in citations: the seed's number prefix (``001``), else its id."""
    head = doc_id.split("_", 1)[0]
    return head if head.isdigit() else doc_id


def cite(doc_id: str, paragraph: int | None = None) -> str:
    """A citation like ``[001 ¶12]`` (paragraphs counted from 1 for readers)."""
    par = f" ¶{int(paragraph) + 1}" if paragraph is not None and paragraph != "" else ""
    return f'<span class="cite">[{esc(short_doc(doc_id))}{par}]</span>'


def dataset_version(out: OutPaths) -> str:
    """Schema version plus a content hash of the dataset's CSV files (changes iff the data do)."""
    h = hashlib.sha256()
    for name in schemas.TABLE_ORDER:
        p = out.table(name)
        if p.exists():
            h.update(name.encode() + b"\0" + p.read_bytes())
    return f"{schemas.SCHEMA_VERSION}+{h.hexdigest()[:12]}"


def table(df: pd.DataFrame, columns: dict[str, str] | None = None, numeric: Iterable[str] = (),
          raw: Iterable[str] = (), css: str = "") -> str:
    """An HTML table; ``columns`` maps column -> header. Cells are escaped unless listed in ``raw``
    (cells the package itself built from escaped parts, such as citations)."""
    columns = columns or {c: c for c in df.columns}
    numeric, raw = set(numeric), set(raw)
    head = "".join(f'<th class="{"num" if c in numeric else ""}">{esc(h)}</th>' for c, h in columns.items())
    rows = []
    for rec in df[list(columns)].itertuples(index=False):
        cells = []
        for c, v in zip(columns, rec):
            cls = ' class="num"' if c in numeric else ""
            cells.append(f"<td{cls}>{v if c in raw else esc(v)}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    cls = f' class="{esc(css)}"' if css else ""
    return f"<table{cls}><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def title_block(params: dict, documents: pd.DataFrame, version: str, period: tuple[str, str] | None) -> str:
    """The briefing's first block: title, period covered, build parameters, checksums, version."""
    shown = {k: v for k, v in params.items() if k not in ("out_dir", "seeds_dir", "title")}
    build = "; ".join(f"{k}={'|'.join(v) if isinstance(v, list) else v or '—'}" for k, v in shown.items())
    sums = "<br>".join(f'<span class="mono">{esc(r.doc_id)}</span>: <span class="mono">{esc(r.sha256)}</span>'
                       for r in documents.head(10).itertuples())
    if len(documents) > 10:
        sums += f"<br>… and {len(documents) - 10:,} more (all in documents.csv)"
    covered = f"{esc(period[0])} to {esc(period[1])}" if period else "—"
    return (f'<header class="titleblock"><h1>{esc(params["title"])}</h1>'
            f'<p class="subtitle">A reproducible briefing built from {len(documents)} source document(s). '
            f"Every figure, quote and judgment below cites the seed paragraph it comes from.</p><dl>"
            f"<dt>Period covered</dt><dd>{covered}</dd>"
            f"<dt>Build parameters</dt><dd>{esc(build)}</dd>"
            f'<dt>Dataset version</dt><dd class="mono">{esc(version)}</dd>'
            f"<dt>Seed SHA-256</dt><dd>{sums}</dd></dl></header>")


def corpus_table(documents: pd.DataFrame, cap: int = LIST_CAP) -> str:
    """The corpus: one row per document with genre, publication date and size."""
    df = documents.head(cap).copy()
    df["source"] = [cite(d) for d in df["doc_id"]]
    df["date"] = [f"{p} ({pp}{', estimated' if est else ''})" for p, pp, est in
                  zip(df["published"], df["published_precision"], df["is_published_estimated"])]
    df["by"] = [o or a for o, a in zip(df["outlet"], df["author_id"])]
    return table(df, {"source": "Source", "title": "Title", "by": "Outlet / author", "genre": "Genre",
                      "date": "Published", "n_sentences": "Sentences", "n_words": "Words"},
                 numeric=("n_sentences", "n_words"), raw=("source",)) + _capped(len(documents), len(df), "sources",
                                                                                "documents.csv")


# ----------------------------------------------------------------------------- sections
def _para_of(sentences: pd.DataFrame) -> dict:
    return {(d, s): p for d, s, p in zip(sentences["doc_id"], sentences["sent_id"], sentences["paragraph"])}


def _cite_row(r, paras) -> str:
    return cite(r.doc_id, paras.get((r.doc_id, r.sent_id)))


def quote(texts: dict[str, str], doc_id: str, start: int, end: int) -> str:
    """The seed span itself, verbatim and escaped (never the cleaned text), marked so that
    a test can check every quote in the briefing against the seeds."""
    return f'<span class="quote" data-doc="{esc(doc_id)}">{esc(texts[doc_id][start:end])}</span>'



def key_judgments(ctx: dict) -> list[str]:
    """Five to eight sentences filled from positions, events and sources, each with its citation."""
    from .analysis import conflict_pairs, contested, single_source_issues

    pos, st, ev, names, labels, paras = (ctx["positions"], ctx["statements"], ctx["events"], ctx["names"],
                                         ctx["labels"], ctx["paras"])
    out = []

    def cites_for(actor, issue, k=2):
        rows = st[(st["speaker_id"] == actor) & (st["issue_id"] == issue)].head(k)
        return " ".join(_cite_row(r, paras) for r in rows.itertuples())

    for issue in contested(pos, k=2):
        g = pos[pos["issue_id"] == issue]
        pro = g[g["stance"].isin(["support", "conditional"])].sort_values("n_statements", ascending=False)
        con = g[g["stance"] == "oppose"]
        if len(pro) and len(con):
            a, b = pro.iloc[0], con.iloc[0]
            out.append(f"<b>{esc(labels[issue])}</b> divides the actors: {len(pro)} "
                       f"{'backs' if len(pro) == 1 else 'back'} the proposition "
                       f"“{esc(ctx['props'][issue])}” (e.g. {esc(names[a.actor_id])} {cites_for(a.actor_id, issue)}), "
                       f"while {', '.join(esc(names[x]) for x in con['actor_id'])} oppose it "
                       f"{cites_for(b.actor_id, issue)}.")
    top = pos.groupby("actor_id")["n_statements"].sum().sort_values(ascending=False)
    for actor in list(top.index)[:3]:
        g = pos[(pos["actor_id"] == actor) & (pos["stance"] != "neutral")].sort_values("n_statements",
                                                                                     ascending=False).head(3)
        if not len(g):
            continue
        parts = [f"{'conditionally ' if r.stance == 'conditional' else ''}"
                 f"{'opposes' if r.stance == 'oppose' else 'is mixed on' if r.stance == 'mixed' else 'backs'} "
                 f"“{esc(labels[r.issue_id])}” {cites_for(actor, r.issue_id, 1)}" for r in g.itertuples()]
        out.append(f"{esc(names[actor])} " + "; ".join(parts) + ".")
    pairs = conflict_pairs(ev)
    by_id = ev.set_index("event_id")
    for a, b in pairs[:2]:  # at most two examples; the rest are counted
        x, y = by_id.loc[a], by_id.loc[b]
        out.append(f"The sources disagree on a date: {cite(x.doc_id, paras.get((x.doc_id, x.sent_id)))} "
                   f"says “{esc(x.date_text)}” where {cite(y.doc_id, paras.get((y.doc_id, y.sent_id)))} "
                   f"says “{esc(y.date_text)}” for what reads as the same happening; the briefing keeps both"
                   + (f" ({len(pairs) - 2:,} more such conflicts under Where the sources disagree)"
                      if len(pairs) > 2 and (a, b) == pairs[1] else "") + ".")
    unresolved = [i for i in pos["issue_id"].unique()
                  if (pos.loc[pos["issue_id"] == i, "stance"] == "oppose").any()
                  and pos.loc[pos["issue_id"] == i, "stance"].isin(["support", "conditional"]).any()]
    if unresolved:
        ex = st[st["issue_id"].isin(unresolved)].head(1)
        out.append("Unresolved in the sources: " + ", ".join(f"“{esc(labels[i])}”" for i in sorted(unresolved))
                   + " " + " ".join(_cite_row(r, paras) for r in ex.itertuples()) + ".")
    single = single_source_issues(st)
    if single:
        i, d = sorted(single.items())[0]
        r = st[(st["issue_id"] == i)].iloc[0]
        out.append(f"Only one source addresses “{esc(labels[i])}”: {cite(d, paras.get((d, r.sent_id)))}"
                   + (f" (and {len(single) - 1} other issue(s) likewise)" if len(single) > 1 else "") + ".")
    if len(ev):
        last = ev.sort_values(["date_end", "event_id"]).iloc[-1]
        out.append(f"The latest dated event is {esc(last.summary)} ({esc(last.date_start)}"
                   f"{', resolved from “' + esc(last.date_text) + '”' if last.is_relative else ''}) "
                   f"{cite(last.doc_id, paras.get((last.doc_id, last.sent_id)))}.")
    return out[:8]


def judgments_html(items: list[str]) -> str:
    return "<ol class=\"judgments\">" + "".join(f"<li>{x}</li>" for x in items) + "</ol>"


def recommendations(ctx: dict) -> str:
    """The author's recommendations, grouped by addressee (the heading they stand under)."""
    st, sents, texts, names, paras = ctx["statements"], ctx["sentences"], ctx["texts"], ctx["names"], ctx["paras"]
    sec = {(d, s): (sec, part) for d, s, sec, part in zip(sents["doc_id"], sents["sent_id"], sents["section"],
                                                          sents["part"])}
    au = st[st["attribution"] == "author"].sort_values(["doc_id", "sent_id"]).drop_duplicates(["doc_id", "sent_id"])
    groups: dict[tuple, list] = {}
    for r in au.itertuples():
        section = sec.get((r.doc_id, r.sent_id), ("", ""))[0]
        if "recommend" in section.lower():
            groups.setdefault((r.doc_id, r.speaker_id, section), []).append(r)
    if not groups:
        return "<p>No source in this build makes recommendations.</p>"
    html_out = []
    for (doc, spk, section), rows in groups.items():
        html_out.append(f"<h3>{esc(section)}</h3><p class=\"caption\">By {esc(names.get(spk, spk))} "
                        f"{cite(doc)}</p><ul>")
        for r in rows:
            html_out.append(f"<li>{quote(texts, r.doc_id, r.start, r.end)} {_cite_row(r, paras)}</li>")
        html_out.append("</ul>")
    return "".join(html_out)


def evidence(ctx: dict, cap: int) -> str:
    """Every statement behind the charts: speaker, relay, issue, stance, citation, the seed's words."""
    st, texts, names, labels, paras = ctx["statements"], ctx["texts"], ctx["names"], ctx["labels"], ctx["paras"]
    st = st[st["issue_id"] != ""].sort_values(["issue_id", "speaker_id", "doc_id", "sent_id"])
    shown = st.head(cap)
    rows = []
    for r in shown.itertuples():
        rows.append(f"<tr><td>{esc(labels[r.issue_id])}</td><td>{esc(names.get(r.speaker_id, r.speaker_id))}"
                    f"{' <span class=cite>via ' + esc(names.get(r.via_id, r.via_id)) + '</span>' if r.via_id else ''}"
                    f"</td><td>{esc(r.stance)}</td><td>“{quote(texts, r.doc_id, r.start, r.end)}” "
                    f"{_cite_row(r, paras)}</td></tr>")
    more = _capped(len(st), len(shown), "statements", "statements.csv")
    return ("<table class=\"evidence\"><thead><tr><th>Issue</th><th>Speaker</th><th>Stance</th>"
            "<th>Statement (verbatim from the seed)</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>" + more)


def _capped(n_total: int, n_shown: int, what: str, source: str) -> str:
    """The note under a list the briefing shortened (large corpora)."""
    if n_total <= n_shown:
        return ""
    return (f'<p class="note">{n_total - n_shown:,} further {what} not listed (the briefing '
            f"lists {n_shown}); all are in {source}.</p>")


def conflicts_table(ctx: dict, cap: int = LIST_CAP) -> str:
    """Cross-source date conflicts, side by side, with the seeds' words."""
    from .analysis import conflict_pairs

    ev, texts, paras = ctx["events"], ctx["texts"], ctx["paras"]
    pairs = conflict_pairs(ev)
    by_id = {r.event_id: r for r in ev[ev["conflicts_with"] != ""].itertuples()}
    if not pairs:
        return "<p>No two sources date the same happening differently.</p>"
    rows = ["<tr>" + "".join(
        f"<td><b>{esc(e.date_text)}</b> ({esc(e.date_start)} – {esc(e.date_end)}) "
        f"{cite(e.doc_id, paras.get((e.doc_id, e.sent_id)))}<br>“{quote(texts, e.doc_id, e.start, e.end)}”</td>"
        for e in (by_id[a], by_id[b])) + "</tr>" for a, b in pairs[:cap]]
    return ("<table><thead><tr><th>One source says</th><th>Another source says</th></tr></thead><tbody>"
            + "".join(rows) + "</tbody></table>" + _capped(len(pairs), len(rows), "conflicts",
                                                          "events.csv (conflicts_with)"))


def events_table(ctx: dict, cap: int = LIST_CAP) -> str:
    """Every event with its dates, precision, wording and citation (the first ``cap``)."""
    ev, paras = ctx["events"].sort_values(["date_start", "doc_id", "event_id"]), ctx["paras"]
    n = len(ev)
    ev = ev.head(cap)
    df = ev.assign(source=[cite(d, paras.get((d, s))) for d, s in zip(ev["doc_id"], ev["sent_id"])],
                   when=[f"{a} – {b}" if a != b else a for a, b in zip(ev["date_start"], ev["date_end"])],
                   text=[("c. " if r else "") + t for t, r in zip(ev["date_text"], ev["is_relative"])],
                   conflict=["yes" if c else "" for c in ev["conflicts_with"]])
    return table(df, {"when": "Dates", "precision": "Precision", "text": "As written", "summary": "What happened",
                      "conflict": "Conflict", "source": "Source"}, raw=("source",)) + _capped(n, len(ev), "events",
                                                                                               "events.csv")


def detected_actors(ctx: dict) -> str:
    a = ctx["actors"]
    d = a[a["origin"] == "detected"]
    if d.empty:
        return "<p>None: every actor found in the text is in the codebook.</p>"
    return table(d, {"actor_id": "Id", "name": "Name", "aliases": "Forms seen"})


def context(out: OutPaths, seeds_dir) -> dict:
    """Everything the briefing's sections read, loaded once."""
    from ..corpus.seeds import load_corpus
    from ..dataset.tables import read_table

    ctx = {name: read_table(out, name) for name in schemas.TABLE_ORDER}
    docs = set(ctx["documents"]["doc_id"])
    corpus = [s for s in load_corpus(seeds_dir) if s.doc_id in docs]
    ctx["texts"] = {s.doc_id: s.text for s in corpus}
    ctx["meta"] = {s.doc_id: s.meta for s in corpus}
    ctx["names"] = dict(zip(ctx["actors"]["actor_id"], ctx["actors"]["name"]))
    ctx["labels"] = dict(zip(ctx["issues"]["issue_id"], ctx["issues"]["label"]))
    ctx["props"] = dict(zip(ctx["issues"]["issue_id"], ctx["issues"]["proposition"]))
    ctx["paras"] = _para_of(ctx["sentences"])
    return ctx


def known_issues(ctx: dict) -> str:
    """What the manifest records about each source's reliability: estimates, translation, errors."""
    items = []
    for d, m in sorted(ctx["meta"].items())[:20]:
        notes = [f"publication date {esc(m['published'])} ({'estimated: ' if m.get('published_estimated') else ''}"
                 f"{esc(m.get('date_basis', '')).strip()})"]
        if m.get("translated"):
            notes.append("a translation")
        notes += [esc(e) for e in m.get("known_errors", []) or []]
        items.append(f"<li>{cite(d)} " + "; ".join(notes) + "</li>")
    return "<ul>" + "".join(items) + "</ul>"


def evaluation_table(results: dict) -> str:
    """F1 per layer for the seeds (labelled fit) and the unseen test articles (labelled as such)."""
    from ..quality.evaluate import SPLITS
    from ..quality.scoring import LAYERS

    if not results:
        return "<p>No document of this build is in a gold standard, so there is nothing to score.</p>"
    rows = [{"split": SPLITS[name].label, **{layer: f"{s[layer].f1:.2f} ({s[layer].n_gold})" for layer in LAYERS}}
            for name, s in results.items()]
    return table(pd.DataFrame(rows), {"split": "Articles", **{layer: layer.capitalize() for layer in LAYERS}},
                 numeric=LAYERS)


def dictionary_html() -> str:
    dd = schemas.data_dictionary()
    dd["key"] = dd["key"].map(lambda k: "key" if k else "")
    return table(dd, {"table": "Table", "column": "Column", "type": "Type", "key": "Key", "allowed": "Allowed values",
                      "description": "Meaning"}, css="dictionary")


def coverage_table(ctx: dict, cap: int = LIST_CAP) -> str:
    """What each source covers: genre, voice, issues, speakers, actors, period."""
    from .analysis import source_coverage

    docs = ctx["documents"].head(cap)
    cov = source_coverage(docs, ctx["statements"], ctx["events"], ctx["mentions"])
    cov["source"] = [cite(d) for d in cov["doc_id"]]
    for col in ("issues", "speakers"):
        cov[col] = cov[col].str.replace(", ", "; ")
    return table(cov, {"source": "Source", "genre": "Genre", "voice": "Voice", "issues": "Issues",
                       "speakers": "Speakers", "n_actors": "Actors", "period": "Events dated"},
                 numeric=("n_actors",), raw=("source",)) + _capped(len(ctx["documents"]), len(docs), "sources",
                                                                    "documents.csv")
