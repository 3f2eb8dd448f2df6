"""Kernels started ahead of their notebooks.

Starting a kernel and importing pandas, spaCy or altair into it takes two to three seconds,
which would otherwise be paid in series, once per notebook. The runner starts each
notebook's kernel while the notebooks before it run (on the other core), loads the modules
the notebook imports, and hands the kernel to papermill. The executed notebook is the same
as with a fresh kernel: only imports run early, silently, without output or an execution
count, and every cell still runs in order.
"""
from __future__ import annotations

import ast
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

#: nbclient starts kernels with this argument; kernels started here get the same.
KERNEL_ARGS = ["--HistoryManager.hist_file=:memory:"]

_PRELOAD = """
def _srbrief_preload(names):
    import importlib
    for name in names:
        module, _, function = name.partition(":")
        try:
            loaded = importlib.import_module(module)
            if function:
                getattr(loaded, function)()
        except Exception:  # e.g. a name imported from a module, not a module: the cell will say
            pass
_srbrief_preload({names!r})
del _srbrief_preload
"""


def kernel_config(ipc_prefix: str | None = None):
    """Kernel manager settings: IPC transport (no TCP ports, no ipykernel warning). Kernels that
    run at the same time need distinct socket paths (``ipc_prefix``): IPC "ports" are numbered
    from 1 in the prefix's folder, so two kernels starting together would otherwise share them."""
    from traitlets.config import Config

    c = Config()
    c.KernelManager.transport = "ipc"
    if ipc_prefix:
        c.KernelManager.ip = ipc_prefix
    return c


def imports_of(notebook: Path) -> list[str]:
    """Absolute module names the notebook's code cells import (``from a import b`` gives ``a``
    and ``a.b``, since b may be a submodule), in order of first appearance."""
    import nbformat

    names: list[str] = []
    for cell in nbformat.read(notebook, as_version=4).cells:
        if cell.cell_type != "code":
            continue
        try:
            tree = ast.parse(cell.source)
        except SyntaxError:  # IPython syntax (magics): nothing to preload from this cell
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names += [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names += [node.module] + [f"{node.module}.{a.name}" for a in node.names if a.name != "*"]
    return list(dict.fromkeys(names))


async def _preload(km, modules: list[str], timeout: float = 300) -> None:
    """Import ``modules`` in the kernel (``module:function`` also calls the function),
    silently, and wait until it has finished."""
    kc = km.client()
    kc.start_channels()
    try:
        await kc.wait_for_ready(timeout=60)
        msg_id = kc.execute(_PRELOAD.format(names=modules), silent=True, store_history=False)
        while True:
            reply = await kc.get_shell_msg(timeout=timeout)
            if reply["parent_header"].get("msg_id") == msg_id:
                return
    finally:
        kc.stop_channels()


@contextmanager
def warm_kernel(cwd: str, modules: list[str]) -> Iterator[object]:
    """A started kernel (working folder ``cwd``) with ``modules`` imported; shut down on exit.

    Use it from one thread only: the kernel manager belongs to that thread's event loop."""
    from jupyter_client.manager import AsyncKernelManager
    from jupyter_core.utils import run_sync

    with tempfile.TemporaryDirectory(prefix="srbrief-ipc-") as ipc:  # short: socket paths are limited
        km = AsyncKernelManager(kernel_name="python3", config=kernel_config(os.path.join(ipc, "kernel")))
        run_sync(km.start_kernel)(cwd=cwd, extra_arguments=list(KERNEL_ARGS))
        try:
            if modules:
                run_sync(_preload)(km, modules)
            yield km
        finally:
            run_sync(km.shutdown_kernel)(now=True)
