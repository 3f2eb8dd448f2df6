"""The runner: check the inputs, execute the notebooks with papermill from one process, in
the run order ``pipeline.stages`` gives (independent notebooks side by side, kernels warmed
ahead, see ``srbrief.runner.kernels``), render the briefing, and only then replace the previous outputs.

Everything is built in a staging folder beside the outputs; a failure leaves the last
good ``data/processed/`` and ``report/`` untouched and says which notebook and cell failed.
"""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from calendar import timegm
from pathlib import Path

from .. import paths
from ..extract import codebook
from ..errors import NotebookError, ParamError
from .pipeline import NOTEBOOKS, Notebook, stages, validate_params
from ..corpus.seeds import load_corpus


def _check_focus(params: dict, cb) -> None:
    """Focus ids must name codebook actors and issues (a typo would silently empty the charts)."""
    for key, known in (("focus_actors", cb.actors), ("focus_issues", cb.issues)):
        unknown = [x for x in params[key] if x not in known]
        if unknown:
            raise ParamError(f"parameter {key}: unknown id(s) {', '.join(unknown)} (see data/codebook/)")


def _epoch(out: paths.OutPaths) -> int:
    """A build date that depends only on the inputs: the latest seed's publication start."""
    from ..dates import interval
    from ..dataset.tables import read_table

    latest = max(interval(p)[0] for p in read_table(out, "documents")["published"])
    return timegm(latest.timetuple())


def _failure(exc, executed: Path, keep: Path, nb_name: str) -> NotebookError:
    """Turn papermill's error into one line: notebook, cell, error, and where the copy is."""
    keep.parent.mkdir(parents=True, exist_ok=True)
    if executed.exists():
        shutil.copyfile(executed, keep)
    cell = getattr(exc, "exec_count", None)
    ename = getattr(exc, "ename", type(exc).__name__)
    evalue = str(getattr(exc, "evalue", exc)).strip().splitlines()
    msg = evalue[-1] if evalue else ""
    where = f"cell [{cell}]" if cell else "a cell"
    return NotebookError(f"notebook {nb_name} failed in {where}: {ename}: {msg} (executed copy: {keep})")


def _run_one(nb: Notebook, stage: paths.OutPaths, final: paths.OutPaths, run_params: dict, progress: bool,
             km) -> float:
    """Execute one notebook into the staging folder, in the started kernel ``km``; return its wall
    time. The executed copy is written when the notebook ends or fails, not after every cell
    (papermill's default, which rewrote the whole notebook, charts included, once per cell)."""
    import papermill as pm

    executed = stage.executed / nb.filename
    t0 = time.perf_counter()
    try:
        pm.execute_notebook(paths.NOTEBOOKS_DIR / nb.filename, executed, parameters=run_params,
                            kernel_name="python3", progress_bar=progress, cwd=os.fspath(stage.root), km=km,
                            request_save_on_cell_execute=False)
    except pm.PapermillExecutionError as exc:
        raise _failure(exc, executed, final.report / "failed" / nb.filename, nb.name) from None
    return time.perf_counter() - t0


def _run_notebooks(stage: paths.OutPaths, final: paths.OutPaths, run_params: dict, progress: bool, log,
                   prefetch: tuple[str, ...] = ()) -> None:
    """Run the notebooks wave by wave (``pipeline.stages``): the notebooks of one wave side by
    side, each in its own thread and kernel. Kernels are started and warmed (see
    ``srbrief.runner.kernels``) ahead of time: the first two waves' at once, then each wave's as soon
    as the wave two before it is warm, so that a notebook's kernel is mostly ready when the
    notebooks it needs are done, without crowding two cores. After a failure nothing new
    starts; the first failure in run order is raised once every running notebook has stopped."""
    import importlib
    import threading

    import jupyter_client.manager  # noqa: F401  (imported here, before any thread: concurrent
    import papermill  # noqa: F401                  first imports of one package can fail)

    from .kernels import imports_of, warm_kernel

    def import_all(names):  # modules needed later (the renderer), loaded while kernels work
        for name in names:
            importlib.import_module(name)

    waves = stages()
    done = {nb.name: threading.Event() for nb in NOTEBOOKS}
    warm = {nb.name: threading.Event() for nb in NOTEBOOKS}
    failed: dict[str, BaseException] = {}

    def job(nb: Notebook, alone: bool) -> None:
        try:
            modules = [*imports_of(paths.NOTEBOOKS_DIR / nb.filename), *nb.preload]
            with warm_kernel(os.fspath(stage.root), modules) as km:
                warm[nb.name].set()
                for need in nb.needs:
                    done[need].wait()
                if failed:
                    return
                log(f"srbrief: running {nb.name}")
                secs = _run_one(nb, stage, final, run_params, progress and alone, km)
                log(f"srbrief: {nb.name} done in {secs:.1f}s")
        except BaseException as exc:  # handed to the main thread below
            failed[nb.name] = exc
        finally:
            warm[nb.name].set()
            done[nb.name].set()

    threads: list[threading.Thread] = []

    def launch(wave) -> None:
        for nb in wave:
            threads.append(threading.Thread(target=job, args=(nb, len(wave) == 1), name=f"srbrief-{nb.name}",
                                            daemon=True))
            threads[-1].start()

    cwd = os.getcwd()  # papermill changes the process's folder while a notebook runs
    try:
        launch(waves[0])  # the first two waves warm up together (two cores), later ones in turn
        for before, wave in zip([()] + waves, waves[1:]):
            for nb in before:
                warm[nb.name].wait()
            if failed:
                break
            launch(wave)
        else:
            for nb in waves[-1]:
                warm[nb.name].wait()
            if prefetch and not failed:
                threading.Thread(target=import_all, args=(prefetch,), daemon=True).start()
        for t in threads:
            t.join()
    finally:
        os.chdir(cwd)
    for nb in NOTEBOOKS:
        if nb.name in failed:
            raise failed[nb.name]


def build(given: dict | None = None, progress: bool = True, log=print, render: bool = True) -> dict:
    """Run the whole pipeline for the parameters ``given``; return the final parameters.

    Inputs are validated first (parameters, then seeds and manifest), so bad input stops
    the build with one line before any kernel starts. With ``render=False`` the dataset and
    the executed notebooks are written and the briefing is left to :func:`render_only`.
    """
    params = validate_params(given)
    final = paths.out_paths(params["out_dir"] or None)
    corpus = load_corpus(paths.seeds_dir(params["seeds_dir"] or None), params["as_of"] or None)
    _check_focus(params, codebook.load())
    log(f"srbrief: {len(corpus)} seed(s) from {paths.seeds_dir(params['seeds_dir'] or None)}"
        f"{' as of ' + params['as_of'] if params['as_of'] else ''} -> {final.root}")
    final.root.mkdir(parents=True, exist_ok=True)
    stage_root = Path(tempfile.mkdtemp(prefix=".srbrief-build-", dir=final.root))
    stage = paths.out_paths(stage_root)
    try:
        stage.executed.mkdir(parents=True)
        run_params = {**params, "out_dir": os.fspath(stage.root),
                      "seeds_dir": os.fspath(paths.seeds_dir(params["seeds_dir"] or None))}
        t0 = time.perf_counter()
        _run_notebooks(stage, final, run_params, progress, log, prefetch=("nbconvert", "weasyprint") if render else ())
        log(f"srbrief: notebooks done in {time.perf_counter() - t0:.1f}s")
        if render:
            from ..report.render import render as render_briefing

            log("srbrief: rendering the briefing")
            render_briefing(stage.executed / NOTEBOOKS[-1].filename, stage.html, stage.pdf, _epoch(stage))
        _promote(stage, final)
    finally:
        shutil.rmtree(stage_root, ignore_errors=True)
    log(f"srbrief: wrote {final.html} and {final.pdf}" if render else f"srbrief: wrote {final.processed}")
    return params


def render_only(out_dir: str | None = None, log=print) -> None:
    """Render the briefing again from the executed ``05_briefing`` notebook under ``out_dir``
    (after a change to the template, nothing else needs to run)."""
    from ..errors import InputError
    from ..report.render import render as render_briefing

    out = paths.out_paths(out_dir)
    executed = out.executed / NOTEBOOKS[-1].filename
    if not executed.exists():
        raise InputError(f"{executed}: no executed briefing notebook yet (run a build first)")
    tmp = Path(tempfile.mkdtemp(prefix=".srbrief-render-", dir=out.report))
    try:
        render_briefing(executed, tmp / out.html.name, tmp / out.pdf.name, _epoch(out))
        os.replace(tmp / out.html.name, out.html)
        os.replace(tmp / out.pdf.name, out.pdf)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    log(f"srbrief: wrote {out.html} and {out.pdf}")


def _promote(stage: paths.OutPaths, final: paths.OutPaths) -> None:
    """Move the staged outputs over the previous ones, file by file (atomic renames)."""
    for src_dir, dst_dir in ((stage.processed, final.processed), (stage.report, final.report)):
        for src in sorted(src_dir.rglob("*")):
            if src.is_file():
                dst = dst_dir / src.relative_to(src_dir)
                dst.parent.mkdir(parents=True, exist_ok=True)
                os.replace(src, dst)
    failed = final.report / "failed"
    if failed.exists():
        shutil.rmtree(failed)


def main_build(argv_params: dict, progress: bool, render: bool = True) -> None:
    build(argv_params, progress=progress, log=lambda m: print(m, file=sys.stderr, flush=True), render=render)


def build_dataset(given: dict | None = None) -> paths.OutPaths:
    """The dataset alone, in this process, with the same package calls the notebooks make
    (01: clean; 02: extract; 03: positions). Used by ``verify --fresh`` and the benchmark."""
    from ..dataset.build import corpus_tables
    from ..dataset.cache import Cache
    from ..dataset import tables
    from ..extract import codebook

    params = validate_params(given)
    out = paths.out_paths(params["out_dir"] or None)
    corpus = load_corpus(paths.seeds_dir(params["seeds_dir"] or None), params["as_of"] or None)
    frames = corpus_tables(corpus, codebook.load(), params["executor"], params["scheduler"],
                           Cache() if params["cache"] == "on" else None)
    tables.write_tables(out, frames)
    return out
