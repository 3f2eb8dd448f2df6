"""The schemas of the cleaned dataset: one source for validation, ``datapackage.json``
and the briefing's data dictionary.

``FIELDS`` defines every column once (type, description, allowed values); ``TABLES``
lists each table's columns, primary key and foreign keys. The public contract is
``shared/data-contract.md``; extra columns may be added, contract columns never dropped.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..errors import SchemaError

DATASET_NAME = "syria-russia-briefing"
#: Bump when a table's columns or meaning change; shown in the briefing's title block.
SCHEMA_VERSION = "2.0.0"

PARTIAL_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
ISO_DATE = r"^\d{4}-\d{2}-\d{2}$"
SLUG = r"^[a-z][a-z0-9_]*$"
SLUG_LIST = r"^([a-z][a-z0-9_]*(\|[a-z][a-z0-9_]*)*)?$"
SHA256 = r"^[0-9a-f]{64}$"

STANCES = ["support", "conditional", "neutral", "oppose"]
PRECISIONS = ["day", "week", "part", "month", "season", "year", "decade"]


@dataclass(frozen=True)
class Field:
    """One column: its Frictionless type, meaning and constraints."""

    name: str
    type: str  # string, integer, number, boolean, date
    description: str
    required: bool = True  # may not be empty
    enum: tuple[str, ...] | None = None
    pattern: str | None = None
    minimum: float | None = None
    maximum: float | None = None

    def frictionless(self) -> dict:
        out = {"name": self.name, "type": self.type, "description": self.description}
        cons: dict = {}
        if self.required:
            cons["required"] = True
        if self.enum:
            cons["enum"] = list(self.enum)
        if self.pattern and self.type == "string":  # Frictionless allows `pattern` on strings only
            cons["pattern"] = self.pattern
        if self.minimum is not None:
            cons["minimum"] = self.minimum
        if self.maximum is not None:
            cons["maximum"] = self.maximum
        if cons:
            out["constraints"] = cons
        return out


def _f(name, type_, description, **kw) -> Field:
    return Field(name, type_, description, **kw)


FIELDS: dict[str, Field] = {f.name: f for f in [
    _f("doc_id", "string", "Seed id: the seed file's name without .txt.", pattern=r"^[A-Za-z0-9_.-]+$"),
    _f("title", "string", "Title or first heading of the seed."),
    _f("outlet", "string", "Publisher, or empty.", required=False),
    _f("author_id", "string", "actor_id of the author whose voice the text is, or empty (plain news reporting).",
       required=False, pattern=r"^([a-z][a-z0-9_]*)?$"),
    _f("dateline", "string", "The dateline as written (MOSCOW, Jan 28 (Reuters)), or empty; extraction reads the "
       "text without it, offsets still point into the raw seed.", required=False),
    _f("genre", "string", "news, news-analysis, analysis, opinion, policy-paper, ...", pattern=r"^[a-z-]+$"),
    _f("language", "string", "ISO 639-1 language code of the seed text.", pattern=r"^[a-z]{2}$"),
    _f("is_translated", "boolean", "True when the seed is a translation."),
    _f("published", "string", "ISO date at its precision: 2025, 2025-10, 2025-10-15.", pattern=PARTIAL_DATE),
    _f("published_precision", "string", "Precision of `published`.", enum=("day", "month", "year", "unknown")),
    _f("is_published_estimated", "boolean", "True when `published` is an estimate (see the manifest's date_basis)."),
    _f("sha256", "string", "SHA-256 of the seed file's bytes.", pattern=SHA256),
    _f("n_paragraphs", "integer", "Non-empty lines (paragraphs) in the seed.", minimum=0),
    _f("n_sentences", "integer", "Sentences in sentences.csv for this seed.", minimum=0),
    _f("n_words", "integer", "Words (whitespace-separated tokens) in the cleaned sentences.", minimum=0),
    _f("sent_id", "integer", "Sentence number, counting from 0 within a document.", minimum=0),
    _f("paragraph", "integer", "Paragraph (non-empty line) number within the document, from 0.", minimum=0),
    _f("section", "string", "The heading the sentence falls under (cleaned), or empty.", required=False),
    _f("part", "string", "The top-level (numbered or marked) heading the sentence falls under, or empty.",
       required=False),
    _f("kind", "string", "Sentence kind.", enum=("heading", "list-item", "body")),
    _f("start", "integer", "Start offset (Python str index) of the span in the seed text decoded as UTF-8.",
       minimum=0),
    _f("end", "integer", "End offset (exclusive) of the span in the seed text.", minimum=0),
    _f("text", "string", "Cleaned text: normalised quotes, dashes, spaces; list markers removed."),
    _f("actor_id", "string", "Actor id (a slug from the codebook or a detected actor: a detected person by surname, "
                             "by full name where the corpus names two people of that surname).", pattern=SLUG),
    _f("name", "string", "Canonical display name."),
    _f("type", "string", "Kind of actor.", enum=("person", "state", "organization", "media", "group", "anonymous")),
    _f("affiliation", "string", "actor_id of the state or organisation it acts for, or empty.", required=False,
       pattern=r"^([a-z][a-z0-9_]*)?$"),
    _f("role", "string", "Role, with the dates it was held.", required=False),
    _f("aliases", "string", "Every surface form that resolves to this actor, |-joined.", required=False),
    _f("origin", "string", "codebook (curated), detected (found in the text, not yet in the codebook) or "
       "manifest (a source's outlet or author named in the seed manifest).", enum=("codebook", "detected", "manifest")),
    _f("surface", "string", "The text as written: seed_text[start:end]."),
    _f("method", "string", "How the reference was resolved: a codebook alias or title; a state's adjective before an "
       "institution (demonym); a reference resolved by the story's context (context: 'the government'); a name "
       "detected in the text (detected), declared as another's (declared: 'also known as'); an unnamed source "
       "(anonymous); a pronoun.",
       enum=("alias", "title", "pronoun", "author", "detected", "demonym", "context", "declared", "anonymous")),
    _f("event_id", "string", "Stable event id.", pattern=r"^ev_[0-9a-f]{10}$"),
    _f("date_text", "string", "The temporal expression as written."),
    _f("date_start", "date", "First day the event can fall on, at its precision.", pattern=ISO_DATE),
    _f("date_end", "date", "Last day the event can fall on, at its precision.", pattern=ISO_DATE),
    _f("precision", "string", "Precision of the event's date.", enum=tuple(PRECISIONS)),
    _f("is_relative", "boolean", "True when the date was resolved against the seed's publication date."),
    _f("summary", "string", "The clause around the date, shortened to one line."),
    _f("expr_start", "integer", "Start offset of the temporal expression itself.", minimum=0),
    _f("expr_end", "integer", "End offset (exclusive) of the temporal expression.", minimum=0),
    _f("place", "string", "Where it happened, as written, or empty.", required=False),
    _f("agent_ids", "string", "Participants named before the happening's trigger (who acts), |-joined.", required=False,
       pattern=SLUG_LIST),
    _f("patient_ids", "string", "Participants named after it (who is acted on, or where), |-joined.", required=False,
       pattern=SLUG_LIST),
    _f("happening_id", "string", "The happening this report belongs to (happenings.csv).", pattern=r"^hp_[0-9a-f]{10}$"),
    _f("event_ids", "string", "The happening's reports (events.csv), |-joined."),
    _f("n_sources", "integer", "Distinct documents behind it.", minimum=1),
    _f("date_conflict", "boolean", "True when the reports' dates are incompatible."),
    _f("actor_ids", "string", "Actors taking part, |-joined.", required=False, pattern=SLUG_LIST),
    _f("issue_ids", "string", "Issues it bears on, |-joined.", required=False, pattern=SLUG_LIST),
    _f("conflicts_with", "string", "event_ids from other sources reporting the same happening with an "
       "incompatible date, |-joined, or empty.", required=False),
    _f("issue_id", "string", "Issue id from the codebook.", pattern=SLUG),
    _f("label", "string", "Short label of the issue."),
    _f("proposition", "string", "The proposition one can support or oppose."),
    _f("keywords", "string", "Keywords that signal the issue, |-joined."),
    _f("statement_id", "string", "Stable statement id.", pattern=r"^st_[0-9a-f]{10}$"),
    _f("speaker_id", "string", "actor_id of who holds the view.", pattern=SLUG),
    _f("via_id", "string", "actor_id of who relays it (outlet or person), or empty.", required=False,
       pattern=r"^([a-z][a-z0-9_]*)?$"),
    _f("attribution", "string", "How the view is attributed: direct-quote, reported, author (the document's own "
       "voice), described (a stance stated about the actor without a speech verb; via = who describes it), "
       "assessment (a source's own forecast).",
       enum=("direct-quote", "reported", "author", "described", "assessment")),
    _f("cue", "string", "The reporting word, or empty.", required=False),
    _f("stance", "string", "Stance toward the issue's proposition.", required=False,
       enum=tuple(STANCES) + ("mixed",)),
    _f("score", "number", "Mean stance on a -2..+2 scale (oppose -2, neutral 0, conditional +1, support +2).",
       minimum=-2, maximum=2),
    _f("n_statements", "integer", "Statements behind the position.", minimum=1),
    _f("statement_ids", "string", "Statement ids behind it, |-joined."),
]}


@dataclass(frozen=True)
class Table:
    """One table: its columns (in order), primary key, and the foreign keys it must satisfy."""

    name: str
    description: str
    columns: tuple[str, ...]
    key: tuple[str, ...]
    foreign: dict[str, str] = field(default_factory=dict)  # column -> table whose key it names
    overrides: dict[str, dict] = field(default_factory=dict)  # column -> Field attribute overrides

    def fields(self) -> list[Field]:
        out = []
        for c in self.columns:
            f = FIELDS[c]
            if c in self.overrides:
                f = Field(**{**f.__dict__, **self.overrides[c]})
            out.append(f)
        return out


TABLES: dict[str, Table] = {t.name: t for t in [
    Table("documents", "One row per seed.",
          ("doc_id", "title", "outlet", "author_id", "genre", "published", "published_precision", "sha256", "dateline",
           "language", "is_translated", "is_published_estimated", "n_paragraphs", "n_sentences", "n_words"),
          key=("doc_id",)),
    Table("sentences", "The cleaned text, one row per sentence.",
          ("doc_id", "sent_id", "paragraph", "section", "part", "kind", "start", "end", "text"),
          key=("doc_id", "sent_id"), foreign={"doc_id": "documents"}),
    Table("actors", "One row per real-world actor, aliases merged: the codebook's (a state only when the corpus "
          "names it) and those found in the text or named by the manifest.",
          ("actor_id", "name", "type", "affiliation", "role", "aliases", "origin"),
          key=("actor_id",), foreign={"affiliation": "actors"}),
    Table("issues", "The codebook's issues, each a proposition one can support or oppose.",
          ("issue_id", "label", "proposition", "keywords"), key=("issue_id",)),
    Table("mentions", "Every resolved reference to an actor.",
          ("doc_id", "start", "end", "sent_id", "surface", "actor_id", "method"),
          key=("doc_id", "start", "end"), foreign={"doc_id": "documents", "actor_id": "actors"}),
    Table("events", "Dated reports of happenings: one per temporal expression that dates one.",
          ("event_id", "doc_id", "sent_id", "start", "end", "expr_start", "expr_end", "date_text", "date_start",
           "date_end", "precision", "is_relative", "summary", "kind", "label", "place", "actor_ids", "agent_ids",
           "patient_ids", "issue_ids", "conflicts_with", "happening_id"),
          key=("event_id",), foreign={"doc_id": "documents", "actor_ids": "actors", "agent_ids": "actors",
                                      "patient_ids": "actors", "issue_ids": "issues", "conflicts_with": "events",
                                      "happening_id": "happenings"},
          overrides={"label": {"required": False, "description": "One line a reader understands, made of the "
                               "sentence's own words."},
                     "kind": {"enum": None, "pattern": r"^[a-z_]+$", "description": "What happened, from the codebook's happening lexicon (happenings.yaml), or other."}}),
    Table("happenings", "One row per real-world happening, its reports merged across sources.",
          ("happening_id", "kind", "label", "date_start", "date_end", "precision", "actor_ids", "place", "n_sources",
           "event_ids", "date_conflict"),
          key=("happening_id",), foreign={"actor_ids": "actors", "event_ids": "events"},
          overrides={"label": {"required": False, "description": "The label of its best-dated report."},
                     "kind": {"enum": None, "pattern": r"^[a-z_]+$", "description": "What happened, from the codebook's happening lexicon (happenings.yaml), or other."},
                     "date_start": {"description": "First day of the best-supported date: the most precise of the "
                                    "reports that agree."},
                     "date_end": {"description": "Last day of the best-supported date."}}),
    Table("statements", "Who said what about which issue.",
          ("statement_id", "doc_id", "sent_id", "start", "end", "speaker_id", "via_id", "attribution", "cue",
           "issue_id", "stance", "text"),
          key=("statement_id",), foreign={"doc_id": "documents", "speaker_id": "actors", "via_id": "actors",
                                          "issue_id": "issues"},
          overrides={"issue_id": {"required": False, "pattern": r"^([a-z][a-z0-9_]*)?$"},
                     "stance": {"enum": tuple(STANCES)}}),
    Table("issue_mentions", "Every sentence that raises an issue, whether or not anyone takes a side on it.",
          ("doc_id", "sent_id", "issue_id"), key=("doc_id", "sent_id", "issue_id"),
          foreign={"doc_id": "documents", "issue_id": "issues"}),
    Table("positions", "The actor x issue summary the briefing plots.",
          ("actor_id", "issue_id", "stance", "score", "n_statements", "n_sources", "statement_ids"),
          key=("actor_id", "issue_id"), foreign={"actor_id": "actors", "issue_id": "issues",
                                                 "statement_ids": "statements"},
          overrides={"stance": {"required": True}}),
]}

#: The order tables are written and described in.
TABLE_ORDER = list(TABLES)


def validate(df: pd.DataFrame, name: str, known: dict[str, set] | None = None) -> pd.DataFrame:
    """Check ``df`` against table ``name``; return it with columns in schema order, sorted by key.

    ``known`` maps a table name to the set of its key values, for foreign-key checks
    (a foreign column holding ``|``-joined lists is checked element by element).
    Raises :class:`SchemaError` with one line naming the table, column and first bad row.
    """
    table = TABLES[name]
    missing = [c for c in table.columns if c not in df.columns]
    if missing:
        raise SchemaError(f"{name}: missing column(s) {', '.join(missing)}")
    extra = [c for c in df.columns if c not in table.columns]
    if extra:
        raise SchemaError(f"{name}: undeclared column(s) {', '.join(extra)} (declare them in schemas.FIELDS)")
    df = df[list(table.columns)].copy()
    for f in table.fields():
        col = df[f.name]
        if f.type == "integer":
            if len(col) and not pd.api.types.is_integer_dtype(col):
                raise SchemaError(f"{name}.{f.name}: expected integers, got {col.dtype}")
        elif f.type == "number":
            if len(col) and not pd.api.types.is_numeric_dtype(col):
                raise SchemaError(f"{name}.{f.name}: expected numbers, got {col.dtype}")
        elif f.type == "boolean":
            if len(col) and not pd.api.types.is_bool_dtype(col):
                raise SchemaError(f"{name}.{f.name}: expected booleans, got {col.dtype}")
        else:
            df[f.name] = col = col.astype(object).where(col.notna(), "")
            if len(col) and pd.api.types.infer_dtype(col, skipna=False) not in ("string", "empty"):
                bad = next(v for v in col if not isinstance(v, str))
                raise SchemaError(f"{name}.{f.name}: expected text, got {bad!r}")
        # every check over the whole column at once; the first row that fails any of them is reported,
        # with the first check it fails, in the order a row-by-row pass would find them
        empty = col.isna().to_numpy() | (col == "").to_numpy() if col.dtype == object else col.isna().to_numpy()
        filled = ~empty
        checks = []  # (rows failing, message for row i)
        if f.required:
            checks.append((empty, lambda i: f"empty value in {_row(df, table, i)}"))
        if f.enum:
            checks.append((filled & ~col.isin(set(f.enum)).to_numpy(),
                           lambda i: f"{_value(col, i)!r} in {_row(df, table, i)} is not one of {', '.join(f.enum)}"))
        if f.pattern:
            rx = re.compile(f.pattern)
            checks.append((filled & ~col.map(lambda v: rx.fullmatch(str(v)) is not None).to_numpy(dtype=bool),
                           lambda i: f"{_value(col, i)!r} in {_row(df, table, i)} does not match {f.pattern}"))
        if f.minimum is not None and len(col):
            checks.append((filled & (col < f.minimum).to_numpy(dtype=bool),
                           lambda i: f"{_value(col, i)!r} in {_row(df, table, i)} is below {f.minimum}"))
        if f.maximum is not None and len(col):
            checks.append((filled & (col > f.maximum).to_numpy(dtype=bool),
                           lambda i: f"{_value(col, i)!r} in {_row(df, table, i)} is above {f.maximum}"))
        failing = [(_first(bad), k) for k, (bad, _) in enumerate(checks) if bad.any()]
        if failing:
            i, k = min(failing)
            raise SchemaError(f"{name}.{f.name}: {checks[k][1](i)}")
    if "start" in df.columns and len(df) and (df["end"] < df["start"]).any():
        i = _first((df["end"] < df["start"]).to_numpy())
        raise SchemaError(f"{name}: end before start in row {i} ({_key_repr(df, table, i)})")
    dup = df.duplicated(list(table.key), keep=False)
    if dup.any():
        i = _first(dup.to_numpy())
        raise SchemaError(f"{name}: duplicate key {_key_repr(df, table, i)}")
    if known:
        own = set(df[list(table.key)[0]]) if len(table.key) == 1 else set()
        for col, target in table.foreign.items():
            ref = own if target == name else known.get(target)
            if ref is None:
                continue
            values = df[col]
            plain = values.isna().to_numpy() | (values == "").to_numpy() | values.isin(ref).to_numpy()
            for i in (~plain).nonzero()[0]:  # only the rows not settled at once: lists, or unknown keys
                i, v = int(i), values.iloc[int(i)]
                for item in str(v).split("|"):
                    if item not in ref:
                        raise SchemaError(f"{name}.{col}: {item!r} in row {i} ({_key_repr(df, table, i)}) "
                                          f"is not a known {target} key")
    return df.sort_values(list(table.key), kind="mergesort").reset_index(drop=True)


def _first(mask) -> int:
    return int(mask.nonzero()[0][0])


def _value(col: pd.Series, i: int):
    """Row ``i``'s value as plain Python (3.0, not np.float64(3.0)), for messages."""
    v = col.iloc[i]
    return v.item() if hasattr(v, "item") else v


def _row(df: pd.DataFrame, table: Table, i: int) -> str:
    return f"row {i} ({_key_repr(df, table, i)})"


def _key_repr(df: pd.DataFrame, table: Table, i: int) -> str:
    return ", ".join(f"{k}={_value(df[k], i)!r}" for k in table.key if k in df.columns)


def datapackage(tables: list[str] | None = None) -> dict:
    """A Frictionless Data Package descriptor for the tables, from the same definitions."""
    resources = []
    for name in tables or TABLE_ORDER:
        t = TABLES[name]
        fks = []
        for col, target in t.foreign.items():
            if "|" in col or col.endswith("_ids") or col == "conflicts_with":
                continue  # list-valued columns cannot be expressed as Frictionless foreign keys
            fks.append({"fields": col, "reference": {"resource": "" if target == name else target,
                                                     "fields": TABLES[target].key[0]}})
        schema = {"fields": [f.frictionless() for f in t.fields()],
                  "primaryKey": list(t.key), "missingValues": [""]}
        if fks:
            schema["foreignKeys"] = fks
        resources.append({"name": name, "path": f"{name}.csv", "profile": "tabular-data-resource",
                          "description": t.description, "format": "csv", "mediatype": "text/csv",
                          "encoding": "utf-8", "schema": schema})
    return {"profile": "tabular-data-package", "name": DATASET_NAME, "version": SCHEMA_VERSION,
            "title": "Syrian–Russian relations after the fall of Assad: cleaned dataset",
            "licenses": [{"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/"}],
            "resources": resources}


def data_dictionary(tables: list[str] | None = None) -> pd.DataFrame:
    """One row per table column: the data dictionary shown in the briefing."""
    rows = []
    for name in tables or TABLE_ORDER:
        t = TABLES[name]
        for f in t.fields():
            allowed = ", ".join(f.enum) if f.enum else ""
            rows.append({"table": name, "column": f.name, "type": f.type, "key": f.name in t.key,
                         "required": f.required, "allowed": allowed, "description": f.description})
    return pd.DataFrame(rows)


def dtypes(name: str) -> dict:
    """pandas dtypes to read a table's CSV back with (text stays text, empty stays '')."""
    m = {"integer": "int64", "number": "float64", "boolean": "bool"}
    return {f.name: m.get(f.type, "str") for f in TABLES[name].fields()}


def write_datapackage(path: Path, tables: list[str]) -> None:
    path.write_text(json.dumps(datapackage(tables), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
