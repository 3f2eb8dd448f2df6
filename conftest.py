"""Repository-wide pytest setup.

- Notebooks run by nbval use their default parameters; their default output root is pointed
  at a scratch folder made for the test session and removed after it.
- Tests leave the tree as they found it: the session fails if any tracked file changed (its
  content, as ``git status`` sees it, or its modification time, which would make ``make
  report`` redo work after ``make test``).
"""
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent
_made: list[str] = []


def _is_worker(config) -> bool:
    return hasattr(config, "workerinput")  # a pytest-xdist worker; the controller checks the tree


def _tree() -> tuple[str, dict[str, int]] | None:
    """``git status --porcelain`` and every tracked file's modification time (None outside git)."""
    try:
        status = subprocess.run(["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True,
                                check=True).stdout
        files = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, text=True,
                               check=True).stdout.split("\0")
    except (OSError, subprocess.CalledProcessError):
        return None
    return status, {f: (ROOT / f).stat().st_mtime_ns for f in files if f and (ROOT / f).exists()}


def pytest_configure(config):
    if not os.environ.get("SRBRIEF_OUT"):  # pytest-xdist workers inherit the controller's folder
        _made.append(tempfile.mkdtemp(prefix="srbrief-nbval-"))
        os.environ["SRBRIEF_OUT"] = _made[0]
    if not _is_worker(config):
        config._srbrief_tree = _tree()


def pytest_sessionfinish(session, exitstatus):
    before = getattr(session.config, "_srbrief_tree", None)
    if _is_worker(session.config) or before is None:
        return
    after = _tree()
    changed = sorted(f for f, t in before[1].items() if after[1].get(f) != t)
    problems = []
    if after[0] != before[0]:
        problems.append("git status changed:\n" + after[0])
    if changed:
        problems.append("tracked files touched: " + ", ".join(changed[:10]))
    if problems:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        for p in problems:
            (reporter.write_line if reporter else print)(f"\nerror: the tests changed the tree: {p}")
        session.exitstatus = 1


def pytest_unconfigure(config):
    for path in _made:
        shutil.rmtree(path, ignore_errors=True)
        os.environ.pop("SRBRIEF_OUT", None)
