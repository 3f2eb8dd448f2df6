"""Repository-wide pytest setup. Notebooks run by nbval use their default parameters; this
points their default output root at a scratch folder so a test run never rewrites the
committed dataset."""
import os
import tempfile

os.environ.setdefault("SRBRIEF_OUT", tempfile.mkdtemp(prefix="srbrief-nbval-"))
