"""Errors a user can act on: each one prints as a single line naming the file or
parameter and the problem (the CLI turns them into ``error: ...`` and exit code 2)."""


class BriefError(Exception):
    """Base class: a problem with the inputs, not a bug in the program."""


class InputError(BriefError):
    """A seed, the manifest or the codebook is unusable."""


class ParamError(BriefError):
    """A build parameter is unknown, of the wrong type or impossible."""


class SchemaError(BriefError):
    """A table does not satisfy its declared schema."""


class NotebookError(BriefError):
    """A notebook failed while running; the message names the notebook, cell and copy."""
