"""How well the coding works, on text the rules were written from and on text they never saw.

Three splits, each a folder of articles with a manifest and a gold standard coded by hand:
- ``seeds``: the two seeds (``seeds/``, gold ``data/gold/gold.yaml``); the rules were
  developed on them, so their row measures **fit**;
- ``dev``: evaluation articles the rules may be developed on (``data/eval/articles/``,
  ``split: dev``);
- ``test``: evaluation articles read only to measure (``split: test``); their row is the
  measure of generalisation. Their misses are never printed.

Each split is run through the same package calls as a build (cleaning, extraction, positions),
in this process, and scored by :mod:`srbrief.quality.scoring`.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .. import paths
from ..errors import InputError
from . import gold as goldmod
from .scoring import LAYERS, Score, score


@dataclass(frozen=True)
class Split:
    name: str
    label: str
    articles: Path
    gold: Path
    manifest_split: str | None  # the manifest's `split:` value to keep, or None for every article


SPLITS = {s.name: s for s in (
    Split("seeds", "seeds (fit: the rules were written from them)", paths.SEEDS_DIR, paths.GOLD_FILE, None),
    Split("dev", "dev (rules may be developed on them)", paths.EVAL_ARTICLES, paths.EVAL_GOLD, "dev"),
    Split("test", "test (unseen: read only to measure)", paths.EVAL_ARTICLES, paths.EVAL_GOLD, "test"),
)}


def split_tables(split: Split, executor: str = "serial") -> tuple[dict[str, pd.DataFrame], dict[str, str]]:
    """The dataset's tables for one split's articles (not written anywhere), and their texts."""
    from ..corpus.seeds import load_corpus
    from ..dataset.build import corpus_tables
    from ..dataset.cache import Cache
    from ..extract import codebook

    corpus = load_corpus(split.articles, split=split.manifest_split)
    return corpus_tables(corpus, codebook.load(), executor, cache=Cache()), {s.doc_id: s.text for s in corpus}


def evaluate_split(name: str, executor: str = "serial") -> dict[str, Score]:
    """Scores of the current rules on one split."""
    from ..corpus.seeds import load_corpus

    split = SPLITS[name]
    tables, texts = split_tables(split, executor)
    every = {s.doc_id: s.text for s in load_corpus(split.articles)}  # the gold file may cover other splits
    return score(goldmod.load(split.gold, every), tables, texts)


def table(results: dict[str, dict[str, Score]]) -> pd.DataFrame:
    """One row per split; precision, recall, F1 (and the gold count) per layer."""
    rows = []
    for name, scores in results.items():
        row = {"split": name}
        for layer in LAYERS:
            s = scores[layer]
            row[(layer, "P")], row[(layer, "R")], row[(layer, "F1")] = s.precision, s.recall, s.f1
            row[(layer, "n")] = s.n_gold
        rows.append(row)
    return pd.DataFrame(rows)


AGREEMENT_LABEL = "annotator agreement (the ceiling)"


def markdown(results: dict[str, dict[str, Score]]) -> str:
    """The evaluation as Markdown (``report/evaluation.md``): one table, a row per split, and
    the two annotators' agreement where both coded the same articles."""
    head = "| split | " + " | ".join(f"{layer} P / R / F1 (n)" for layer in LAYERS) + " |"
    lines = ["# Evaluation", "", "Precision / recall / F1 against gold standards coded by hand; n = gold items. "
             "`seeds` measures fit (the rules were written from them); `test` measures generalisation "
             "(articles the rules never saw, coded blind). The last row scores one annotator against the other "
             "on the articles both coded: no rule set can be expected to agree with the gold more than people do.",
             "", head, "|---" * (len(LAYERS) + 1) + "|"]
    for name, scores in results.items():
        cells = [f"{s.precision:.2f} / {s.recall:.2f} / **{s.f1:.2f}** ({s.n_gold})"
                 for s in (scores[layer] for layer in LAYERS)]
        lines.append(f"| {SPLITS[name].label if name in SPLITS else name} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def terminal(results: dict[str, dict[str, Score]]) -> str:
    """The evaluation as a plain-text table: F1 per layer and split, with P/R beneath."""
    short = {"actors": "actors", "dated happenings": "happenings", "cross-source links": "links",
             "statement speakers": "speakers", "issue + stance": "issue+stance"}
    w = 24
    out = [f"{'split':<10}" + "".join(f"{short[layer]:>{w}}" for layer in LAYERS),
           f"{'':<10}" + "".join(f"{'P    R    F1    (n)':>{w}}" for _ in LAYERS)]
    for name, scores in results.items():
        cells = "".join(f"{s.precision:>7.2f}{s.recall:>5.2f}{s.f1:>5.2f}{'(' + str(s.n_gold) + ')':>7}"
                        for s in (scores[layer] for layer in LAYERS))
        out.append(f"{name if name in SPLITS else 'agreement':<10}{cells}")
    return "\n".join(out)


def misses(name: str, scores: dict[str, Score], limit: int = 40) -> str:
    """What a split's rules missed and added, layer by layer (never for ``test``)."""
    if name == "test":
        raise InputError("misses are not shown for the test split: it is read only to measure")
    out = []
    for layer, s in scores.items():
        out.append(f"== {layer}: missed {len(s.missed)}, extra {len(s.extra)}")
        out += [f"  - {m}" for m in s.missed[:limit]]
        out += [f"  + {m}" for m in s.extra[:limit]]
    return "\n".join(out)


def main_evaluate(splits: list[str] | None = None, show_misses: str = "", out_file: Path | None = None) -> int:
    """``srbrief evaluate``: score every split, print the table, write ``report/evaluation.md``.
    With ``show_misses`` and no ``splits``, only that split is scored and nothing is written: a
    look at the misses on dev shows no test score to steer by."""
    misses_only = bool(show_misses) and not splits
    names = [show_misses] if misses_only else splits or list(SPLITS)
    unknown = [n for n in names if n not in SPLITS]
    if unknown:
        raise InputError(f"evaluate: unknown split {unknown[0]!r} (known: {', '.join(SPLITS)})")
    if show_misses == "test":
        raise InputError("misses are not shown for the test split: it is read only to measure")
    results = {}
    for n in names:
        print(f"srbrief: evaluating {n} ...", file=sys.stderr, flush=True)
        results[n] = evaluate_split(n)
    from .agreement import agreement

    agreed = agreement() if splits is None and not misses_only else None
    if agreed:
        results[AGREEMENT_LABEL] = agreed[1]
    print("Evaluation against hand-coded gold standards (P = precision, R = recall, n = gold items):")
    print(terminal(results))
    print("seeds = fit (rules written from them); dev = development articles; test = unseen, read only to measure")
    if agreed:
        print(f"agreement = one annotator scored against the other on {len(agreed[0])} test articles both coded "
              "(the ceiling for any rule set)")
    if not misses_only:
        out_file = out_file or paths.out_paths().report / "evaluation.md"
        out_file.parent.mkdir(parents=True, exist_ok=True)
        out_file.write_text(markdown(results), encoding="utf-8")
        print(f"srbrief: wrote {out_file}", file=sys.stderr)
    if show_misses:
        print(misses(show_misses, results.get(show_misses) or evaluate_split(show_misses)))
    return 0


def for_briefing(out: paths.OutPaths, seeds_dir: Path | None = None) -> dict[str, dict[str, Score]]:
    """The rows the briefing's methods section shows: the build's own seeds against their gold
    (``fit``), and the unseen ``test`` split of the evaluation corpus, when it is there."""
    from ..corpus.seeds import load_corpus
    from ..dataset.tables import read_table
    from ..dataset.schemas import TABLE_ORDER

    results: dict[str, dict[str, Score]] = {}
    tables = {name: read_table(out, name) for name in TABLE_ORDER if out.table(name).exists()}
    texts = {s.doc_id: s.text for s in load_corpus(seeds_dir)}
    if paths.GOLD_FILE.exists():
        gold = goldmod.load(paths.GOLD_FILE)
        if set(gold.documents) & set(tables["documents"]["doc_id"]):
            results["seeds"] = score(gold, tables, texts)
    if paths.EVAL_GOLD.exists():
        results["test"] = evaluate_split("test")
    return results
