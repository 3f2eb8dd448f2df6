"""Declared models for the project's hand-written files (seed manifest, codebook, gold
standards), and one-line messages for what is wrong with them.

Every model forbids unknown keys, so a misspelt key (``publised:``, ``alias:``) is an error
that names the file, the entry and the key instead of being silently ignored.
"""
from __future__ import annotations

import datetime as _dt
from typing import Annotated

from pydantic import BaseModel, BeforeValidator, ConfigDict, ValidationError


class Strict(BaseModel):
    """Base of every file model: unknown keys are errors; values are not coerced silently."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def _text(v):
    """YAML reads ``2025-10-16`` and ``2025`` as a date and an int; the files mean text."""
    if isinstance(v, (_dt.date, int)) and not isinstance(v, bool):
        return v.isoformat() if isinstance(v, _dt.date) else str(v)
    return v


def _none_is_empty(v):
    return "" if v is None else v


#: Text that YAML may have read as a date or a number ("published: 2025-07").
Text = Annotated[str, BeforeValidator(_text)]
#: Text where an empty YAML value (``outlet:``) means "".
OptText = Annotated[str, BeforeValidator(lambda v: _text(_none_is_empty(v)))]


def problems(exc: ValidationError, where: str) -> list[str]:
    """One line per problem: ``<where>: <field path>: <what is wrong>``."""
    out = []
    for err in exc.errors():
        loc = [str(x) for x in err["loc"]]
        path = ".".join(loc)
        kind = err["type"]
        if kind == "extra_forbidden":
            key = loc[-1]
            parent = ".".join(loc[:-1])
            out.append(f"{where}: {parent + ': ' if parent else ''}unknown key {key!r}")
        elif kind == "missing":
            key = loc[-1]
            parent = ".".join(loc[:-1])
            out.append(f"{where}: {parent + ': ' if parent else ''}required field {key!r} is missing")
        else:
            msg = err["msg"].removeprefix("Value error, ")
            value = err.get("input")
            shown = f" (got {value!r})" if isinstance(value, (str, int, float, bool)) else ""
            out.append(f"{where}: {path}: {msg}{shown}")
    return out
