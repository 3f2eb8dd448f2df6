"""Running a pure per-document function over a corpus: serially, on all local cores, or on a
Dask cluster. Results come back in input order, so every executor yields the same tables.

What every task needs besides its document (the codebook) travels as ``shared``: once per
worker process, or scattered once to every Dask worker, never as a path on this machine, so
workers on other machines run the same rules.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Sequence

EXECUTORS = ("serial", "processes", "dask")
_SHARED: list = [None]


def map_documents(fn: Callable, items: Sequence, executor: str = "serial", scheduler: str = "",
                  shared=None) -> list:
    """``[fn(shared, x) for x in items]`` (or ``fn(x)`` without ``shared``) on the chosen executor.

    - ``serial``: in this process (the default; best for a handful of articles).
    - ``processes``: a process pool over all local cores (hundreds to tens of thousands).
    - ``dask``: ``dask.distributed``; a local cluster, or the scheduler at ``scheduler``
      (``tcp://host:8786``) when one machine is not enough.
    """
    if executor not in EXECUTORS:
        raise ValueError(f"executor {executor!r} is not one of {', '.join(EXECUTORS)}")
    call = (lambda x: fn(shared, x)) if shared is not None else fn
    if executor == "serial" or len(items) <= 1:
        return [call(x) for x in items]
    if executor == "processes":
        from concurrent.futures import ProcessPoolExecutor

        workers = os.cpu_count() or 1
        chunk = max(1, len(items) // (workers * 8))
        with ProcessPoolExecutor(max_workers=workers, initializer=_set_shared, initargs=(shared,)) as pool:
            return list(pool.map(_with_shared, [fn] * len(items), items, chunksize=chunk))
    from dask.distributed import Client, LocalCluster

    if scheduler:
        client, cluster = Client(scheduler), None
    else:
        cluster = LocalCluster(n_workers=os.cpu_count() or 1, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=40)
        client = Client(cluster)
    try:
        remote = client.scatter(shared, broadcast=True, hash=False) if shared is not None else None
        batch = max(1, len(items) // ((os.cpu_count() or 1) * 8))
        chunks = [items[i:i + batch] for i in range(0, len(items), batch)]
        futures = client.map(_apply_all, [fn] * len(chunks), chunks, [remote] * len(chunks), pure=False)
        return [r for part in client.gather(futures) for r in part]
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _set_shared(shared) -> None:
    _SHARED[0] = shared


def _with_shared(fn: Callable, x):
    return fn(_SHARED[0], x) if _SHARED[0] is not None else fn(x)


def _apply_all(fn: Callable, chunk: Sequence, shared=None) -> list:
    return [fn(shared, x) if shared is not None else fn(x) for x in chunk]
