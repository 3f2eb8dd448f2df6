"""The date grammar against ``dateparser`` on the evaluation gold's date phrases.

Each gold date phrase is resolved by both against its article's publication date (the grammar in its sentence,
after the article's earlier dates, as the pipeline reads it; the library on the phrase) and compared
with the gold interval and precision; the counts say where the library would do better, so the
grammar is kept only where it is right and the library is not. ``python -m srbrief.tools.dates
dev -v`` lists the phrases where they differ (``-v`` refuses the test split). Needs the test
extras (dateparser); outside the runtime path.
"""
from __future__ import annotations

import argparse
import warnings
from collections import Counter
from datetime import date, datetime

import yaml

from .. import paths
from ..dates import month_end
from ..extract import temporal

Interval = tuple[date, date, str]


def ours(quote: str, phrase: str, pub: date, article: str = "") -> Interval | None:
    """The grammar's reading of ``phrase``, found in its quotation (which carries its tense), read as the pipeline
    reads it: after the article's earlier text, whose dates anchor "a day earlier" or "that October"."""
    q = article.find(quote) if article else -1
    text, base = (article, q) if q >= 0 else (quote, 0)
    i = quote.find(phrase)
    if i < 0:  # (a phrase not in its quotation is read alone)
        text, base, i, quote = phrase, 0, 0, phrase
    lo, hi = base + i, base + i + len(phrase)
    earlier = temporal.find(text, 0, base, (pub, pub, "day")) if base else []
    hits = [t for t in temporal.find(text, base, base + len(quote), (pub, pub, "day"), earlier)
            if t.start < hi and t.end > lo]
    if not hits:
        return None
    t = max(hits, key=lambda t: min(t.end, hi) - max(t.start, lo))
    return t.date_start, t.date_end, t.precision


def library(phrase: str, pub: date) -> Interval | None:
    """dateparser's reading: its date and period ("day", "month", "year") as an interval."""
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": datetime(pub.year, pub.month, pub.day), "PREFER_DATES_FROM": "past",
                "RETURN_TIME_AS_PERIOD": True}
    data = DateDataParser(languages=["en"], settings=settings).get_date_data(phrase)
    if data.date_obj is not None:
        d, period = data.date_obj.date(), data.period
    else:
        found = search_dates(phrase, languages=["en"], settings=settings)
        if not found:
            return None
        d, period = found[0][1].date(), "day"
    if period in ("day", "time"):
        return d, d, "day"
    if period == "month":
        return date(d.year, d.month, 1), month_end(d.year, d.month), "month"
    if period == "year":
        return date(d.year, 1, 1), date(d.year, 12, 31), "year"
    return d, d, period


def compare(split: str) -> tuple[Counter, list[tuple]]:
    """(ours right, library right) counts over the split's gold date phrases, and every row."""
    manifest = yaml.safe_load(paths.EVAL_ARTICLES.joinpath(paths.MANIFEST_NAME).read_text())["seeds"]
    gold = yaml.safe_load(paths.EVAL_GOLD.read_text())["documents"]
    counts, rows = Counter(), []
    for doc, g in gold.items():
        if manifest[doc]["split"] != split:
            continue
        pub = date.fromisoformat(str(manifest[doc]["published"]))
        article = paths.EVAL_ARTICLES.joinpath(manifest[doc]["file"]).read_text(encoding="utf-8")
        for ev in g.get("events", []):
            if not ev.get("date_text"):
                continue
            want = (date.fromisoformat(str(ev["date_start"])), date.fromisoformat(str(ev["date_end"])), ev["precision"])
            a, b = ours(ev["quote"], ev["date_text"], pub, article), library(ev["date_text"], pub)
            counts[(a == want, b == want)] += 1
            rows.append((a == want, b == want, ev["date_text"], want, a, b))
    return counts, rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m srbrief.tools.dates", description=__doc__.splitlines()[0])
    ap.add_argument("split", choices=["dev", "test"])
    ap.add_argument("-v", action="store_true", help="list the phrases where the two differ (dev only)")
    args = ap.parse_args(argv)
    if args.v and args.split == "test":
        ap.error("the test split is read only to measure: no listing")
    warnings.filterwarnings("ignore")
    c, rows = compare(args.split)
    n = sum(c.values())
    print(f"{args.split}: {n} gold date phrases; grammar right {c[(True, True)] + c[(True, False)]}, dateparser right "
          f"{c[(True, True)] + c[(False, True)]}, only dateparser right {c[(False, True)]}, neither {c[(False, False)]}")
    show = lambda x: "-" if x is None else f"{x[0]}..{x[1]} {x[2]}"  # noqa: E731
    for mine, lib, text, want, a, b in rows if args.v else []:
        if mine != lib or not mine:
            print(f"  {'G' if mine else '.'}{'D' if lib else '.'} {text!r:45} gold {show(want)} | grammar {show(a)} | "
                  f"dateparser {show(b)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
