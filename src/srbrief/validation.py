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
    """One line per problem: ``<where>: <field path>: <what is wrong>``. Unknown keys come
    first, with the missing field they most likely misspell ("unknown key 'familly' (did you
    mean 'family'?)"); that field's own "missing" line is then left out."""
    import difflib

    errors = sorted(exc.errors(), key=lambda e: e["type"] != "extra_forbidden")
    missing: dict[str, list[str]] = {}
    for err in errors:
        if err["type"] == "missing":
            missing.setdefault(".".join(str(x) for x in err["loc"][:-1]), []).append(str(err["loc"][-1]))
    meant: set[tuple[str, str]] = set()
    out = []
    for err in errors:
        loc = [str(x) for x in err["loc"]]
        path = ".".join(loc)
        kind = err["type"]
        if kind == "extra_forbidden":
            key = loc[-1]
            parent = ".".join(loc[:-1])
            close = difflib.get_close_matches(key, missing.get(parent, []), n=1, cutoff=0.6)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            meant |= {(parent, c) for c in close}
            out.append(f"{where}: {parent + ': ' if parent else ''}unknown key {key!r}{hint}")
        elif kind == "missing" and (".".join(loc[:-1]), loc[-1]) in meant:
            continue
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
