"""Reading and writing the cleaned dataset's CSV tables, always through the schemas."""
from __future__ import annotations

import pandas as pd

from . import schemas
from ..paths import OutPaths


def _keys(df: pd.DataFrame, name: str) -> set:
    return set(df[schemas.TABLES[name].key[0]])


def read_table(out: OutPaths, name: str) -> pd.DataFrame:
    """Read one table back with the schema's dtypes (empty text stays ``''``)."""
    return pd.read_csv(out.table(name), dtype=schemas.dtypes(name), keep_default_na=False,
                       na_values=[], encoding="utf-8")


def write_tables(out: OutPaths, frames: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Validate each table (types, values, keys, foreign keys) and write it as CSV.

    Foreign keys are checked against the tables being written and those already on disk.
    Rows are sorted by key; bytes are deterministic (``\\n`` line ends, no index).
    ``datapackage.json`` is rewritten to describe every table now present.
    """
    out.processed.mkdir(parents=True, exist_ok=True)
    known: dict[str, set] = {}
    for name in schemas.TABLE_ORDER:
        if name in frames:
            known[name] = _keys(frames[name], name)
        elif out.table(name).exists():
            known[name] = _keys(read_table(out, name), name)
    written = {}
    for name in schemas.TABLE_ORDER:
        if name not in frames:
            continue
        df = schemas.validate(frames[name], name, known)
        tmp = out.table(name).with_suffix(".csv.tmp")
        df.to_csv(tmp, index=False, encoding="utf-8", lineterminator="\n")
        tmp.replace(out.table(name))
        written[name] = df
    present = [n for n in schemas.TABLE_ORDER if out.table(n).exists()]
    schemas.write_datapackage(out.datapackage, present)
    return written
