"""Repository-wide pytest setup. Notebooks run by nbval use their default parameters; this
points their default output root at a scratch folder, made for the test session and removed
after it, so a test run never rewrites the committed dataset."""
import os
import shutil
import tempfile

_made: list[str] = []


def pytest_configure(config):
    if not os.environ.get("SRBRIEF_OUT"):  # pytest-xdist workers inherit the controller's folder
        _made.append(tempfile.mkdtemp(prefix="srbrief-nbval-"))
        os.environ["SRBRIEF_OUT"] = _made[0]


def pytest_unconfigure(config):
    for path in _made:
        shutil.rmtree(path, ignore_errors=True)
        os.environ.pop("SRBRIEF_OUT", None)
