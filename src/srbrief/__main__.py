"""Command line: ``python -m srbrief build|render|add|verify|evaluate|params ...``.

Input problems print one line, ``error: <file or parameter>: <problem>``, and exit 2.
"""
from __future__ import annotations

import argparse
import sys

from .errors import BriefError
from .runner.pipeline import NOTEBOOKS, PARAMS, coerce


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m srbrief", description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build", help="run the notebooks in order and render the briefing")
    b.add_argument("--seeds", default="", help="seeds folder (default: the repository's seeds/)")
    b.add_argument("--out", default="", help="output root for data/processed/ and report/ (default: the repository)")
    b.add_argument("-p", "--param", action="append", default=[], metavar="NAME=VALUE",
                   help="any notebook parameter; lists are comma-separated (see `params`)")
    b.add_argument("--no-progress", action="store_true", help="hide papermill's progress bars")
    b.add_argument("--no-render", action="store_true", help="stop after the notebooks (see `render`)")
    r = sub.add_parser("render", help="render report/briefing.html and .pdf again from the executed notebook")
    r.add_argument("--out", default="", help="output root (default: the repository)")
    sub.add_parser("params", help="list the build parameters and the notebooks' run order")
    a = sub.add_parser("add", help="add an article to the seeds folder (file copied, manifest entry written)")
    a.add_argument("file", help="the article: a UTF-8 text file")
    a.add_argument("--seeds", default="", help="seeds folder (default: the repository's seeds/)")
    a.add_argument("--published", default="", help="publication date YYYY-MM-DD (or YYYY-MM, YYYY) when the "
                   "text gives none (no dated dateline or byline)")
    a.add_argument("--outlet", default="", help="the outlet (default: the dateline's agency, if any)")
    a.add_argument("--title", default="", help="the title (default: the first line, if it reads as one)")
    a.add_argument("--genre", default="news", help="news, news-analysis, analysis, opinion, ... (default: news)")
    a.add_argument("--author", default="", help="the author (default: the byline's name, if any): an authored "
                   "text's own views are the author's")
    v = sub.add_parser("verify", help="check provenance: checksums, spans, ids, committed data = fresh build")
    v.add_argument("--out", default="", help="output root to check (default: the repository)")
    v.add_argument("--fresh", action="store_true", help="also rebuild the dataset and compare it byte for byte")
    e = sub.add_parser("evaluate", help="score the rules against the hand-coded gold standards (seeds, dev, test)")
    e.add_argument("--split", default="", help="comma-separated splits to score (default: seeds,dev,test)")
    e.add_argument("--misses", default="", metavar="SPLIT", help="also list what the rules missed or added on "
                   "this split (seeds or dev; never test)")
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.cmd == "params":
            print("Parameters (python -m srbrief build -p NAME=VALUE):")
            for p in PARAMS.values():
                print(f"  {p.name:<14} {p.type.__name__:<5} default {p.default!r:<12} {p.help}")
            print("Notebooks, in run order:")
            for nb in NOTEBOOKS:
                print(f"  {nb.name:<13} {nb.purpose}")
            return 0
        if args.cmd == "add":
            from .corpus.add import main_add

            return main_add(args.file, args.seeds, args.published, args.outlet, args.title, args.genre, args.author)
        if args.cmd == "build":
            from .runner.build import main_build

            given = {}
            for item in args.param:
                if "=" not in item:
                    raise BriefError(f"parameter {item!r}: expected NAME=VALUE")
                name, value = item.split("=", 1)
                given[name.strip()] = coerce(name.strip(), value)
            if args.seeds:
                given["seeds_dir"] = args.seeds
            if args.out:
                given["out_dir"] = args.out
            main_build(given, progress=not args.no_progress, render=not args.no_render)
            return 0
        if args.cmd == "render":
            from .runner.build import render_only

            render_only(args.out or None, log=lambda m: print(m, file=sys.stderr))
            return 0
        if args.cmd == "verify":
            from .quality.verify import main_verify

            return main_verify(args.out or None, fresh=args.fresh)
        if args.cmd == "evaluate":
            from .quality.evaluate import main_evaluate

            return main_evaluate([x for x in args.split.split(",") if x] or None, args.misses)
    except BriefError as e:
        for line in str(e).splitlines() or [""]:
            print(f"error: {line}", file=sys.stderr)
        return 2
    return 1


if __name__ == "__main__":
    sys.exit(main())
