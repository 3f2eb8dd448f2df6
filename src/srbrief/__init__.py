"""srbrief: a reproducible briefing on Syrian–Russian relations, built from seed articles.

The package holds all logic; the notebooks in ``notebooks/`` load, call, check and explain.
"""
import sys

# jsonschema (imported by nbformat, papermill and altair) compiles an IRI grammar at import
# when rfc3987-syntax is installed (jupyterlab brings it): about three seconds in every
# process and kernel, for a string-format check this project never uses. Marking the module
# absent makes jsonschema skip that one format. It must run before jsonschema is imported,
# which is why it lives here, the first module of every entry point and notebook.
sys.modules.setdefault("rfc3987_syntax", None)

__version__ = "0.1.0"
