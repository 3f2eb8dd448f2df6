"""srbrief: a reproducible briefing on Syrian–Russian relations, built from seed articles.

The package holds all logic; the notebooks in ``notebooks/`` load, call, check and explain.
"""

__version__ = "0.1.0"
