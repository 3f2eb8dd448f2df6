"""What every notebook does first: validate its parameters, find its paths, set up display."""
from __future__ import annotations

from dataclasses import dataclass

from .. import paths
from .pipeline import validate_params


@dataclass(frozen=True)
class Run:
    """One notebook run: its validated parameters and the output root's paths."""

    params: dict
    out: paths.OutPaths

    @property
    def seeds_dir(self):
        return paths.seeds_dir(self.params["seeds_dir"] or None)

    @property
    def cache(self):
        """The per-document cache, or None with ``cache=off``."""
        from ..dataset.cache import Cache

        return Cache() if self.params["cache"] == "on" else None


def setup(**given) -> Run:
    """Validate the notebook's parameters (as injected by papermill) and prepare display.

    Altair is not imported here (it costs about two seconds per kernel): importing
    ``srbrief.report.charts`` sets up the chart renderer in the notebooks that draw.
    """
    import pandas as pd

    params = validate_params(given)
    pd.set_option("display.max_colwidth", 120)
    return Run(params, paths.notebook_out(params["out_dir"]))
