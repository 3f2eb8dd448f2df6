"""The environment: one lock with exact pins, and environment.yml that installs the same."""
from __future__ import annotations

import re
import tomllib

import yaml

from srbrief import paths

ROOT = paths.PROJ_ROOT


def _lock() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "requirements.lock").read_text().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, _, version = line.partition("==")
        assert version and re.fullmatch(r"[\w.+!-]+", version), f"not an exact pin: {line}"
        pins[re.sub(r"[-_.]+", "-", name.lower())] = version
    return pins


def test_lock_pins_every_declared_dependency():
    pins = _lock()
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    deps = meta["dependencies"] + [d for extra in meta["optional-dependencies"].values() for d in extra]
    for dep in deps:
        name = re.sub(r"[-_.]+", "-", re.split(r"[<>=\[;! ]", dep, 1)[0].lower())
        assert name in pins, f"{name} is declared in pyproject.toml but not pinned in requirements.lock"


def test_environment_yml_installs_the_lock_and_the_package():
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    deps = env["dependencies"]
    assert "python=3.11" in deps
    pip = next(d["pip"] for d in deps if isinstance(d, dict) and "pip" in d)
    assert pip == ["-r requirements.lock", "-e ."]
    conda_names = {re.split(r"[=<> ]", d, 1)[0] for d in deps if isinstance(d, str)}
    assert not (conda_names - {"python", "pip", "pango"}) & set(_lock()), "a package is pinned twice"


def test_makefile_installs_from_the_lock():
    mk = (ROOT / "Makefile").read_text()
    assert "-r requirements.lock" in mk
    assert re.search(r"^help: .*## ", mk, re.M) and ".DEFAULT_GOAL := help" in mk
