"""Schemas: validation catches bad tables; datapackage.json and the data dictionary come from them."""
from __future__ import annotations

import json

import pandas as pd
import pytest

from srbrief.dataset import schemas
from srbrief.errors import SchemaError

CONTRACT = {  # the public contract's columns (shared/data-contract.md); never dropped or renamed
    "documents": ["doc_id", "title", "outlet", "author_id", "genre", "published", "published_precision", "sha256",
                  "dateline"],
    "sentences": ["doc_id", "sent_id", "paragraph", "section", "kind", "start", "end", "text"],
    "actors": ["actor_id", "name", "type", "affiliation", "role", "aliases", "origin"],
    "mentions": ["doc_id", "start", "end", "sent_id", "surface", "actor_id", "method"],
    "events": ["event_id", "doc_id", "sent_id", "start", "end", "date_text", "date_start", "date_end", "precision",
               "summary", "actor_ids", "issue_ids", "conflicts_with"],
    "issues": ["issue_id", "label", "proposition", "keywords"],
    "statements": ["statement_id", "doc_id", "sent_id", "start", "end", "speaker_id", "via_id", "attribution", "cue",
                   "issue_id", "stance", "text"],
    "positions": ["actor_id", "issue_id", "stance", "score", "n_statements", "statement_ids"],
}


@pytest.mark.parametrize("table", list(CONTRACT))
def test_contract_columns_are_declared(table):
    assert set(CONTRACT[table]) <= set(schemas.TABLES[table].columns)


def _sentences(**over):
    row = {"doc_id": "d", "sent_id": 0, "paragraph": 0, "section": "", "part": "", "kind": "body", "start": 0,
           "end": 5, "text": "Hello"}
    row.update(over)
    return pd.DataFrame([row])


def test_valid_table_passes_and_is_sorted():
    df = pd.concat([_sentences(sent_id=1, start=6, end=9), _sentences()])
    out = schemas.validate(df, "sentences")
    assert out["sent_id"].tolist() == [0, 1]


@pytest.mark.parametrize("over, words", [
    ({"kind": "paragraph"}, "not one of"),
    ({"text": ""}, "empty value"),
    ({"start": 9, "end": 2}, "end before start"),
    ({"sent_id": "zero"}, "expected integers"),
])
def test_invalid_values_are_rejected_with_one_line(over, words):
    with pytest.raises(SchemaError) as e:
        schemas.validate(_sentences(**over), "sentences")
    assert words in str(e.value) and "\n" not in str(e.value)


def test_the_first_bad_row_is_reported_whatever_check_it_fails():
    df = pd.concat([_sentences(kind="paragraph"), _sentences(sent_id=1, start=6, end=9, text="")])
    with pytest.raises(SchemaError, match=r"'paragraph' in row 0 .* is not one of"):
        schemas.validate(df, "sentences")
    df = pd.concat([_sentences(kind="paragraph"), _sentences(sent_id=1, start=6, end=9, kind="")])
    with pytest.raises(SchemaError, match=r"'paragraph' in row 0 \(doc_id='d', sent_id=0\)"):
        schemas.validate(df, "sentences")  # not the empty value of row 1, and plain values in the message


def test_duplicate_keys_and_unknown_foreign_keys_are_rejected():
    with pytest.raises(SchemaError, match="duplicate key"):
        schemas.validate(pd.concat([_sentences(), _sentences()]), "sentences")
    with pytest.raises(SchemaError, match="not a known documents key"):
        schemas.validate(_sentences(), "sentences", known={"documents": {"other"}})


def test_datapackage_describes_every_column_from_the_same_definitions():
    dp = schemas.datapackage()
    assert [r["name"] for r in dp["resources"]] == schemas.TABLE_ORDER
    for r in dp["resources"]:
        t = schemas.TABLES[r["name"]]
        assert [f["name"] for f in r["schema"]["fields"]] == list(t.columns)
        assert r["schema"]["primaryKey"] == list(t.key)
        assert all(f["description"] for f in r["schema"]["fields"])
    json.dumps(dp)


def test_data_dictionary_lists_every_column():
    dd = schemas.data_dictionary()
    assert len(dd) == sum(len(t.columns) for t in schemas.TABLES.values())


def test_the_published_data_package_passes_frictionless_validate(built):
    """What a reuser runs first: `frictionless validate datapackage.json` on the build's tables."""
    frictionless = pytest.importorskip("frictionless")
    report = frictionless.validate(str(built.datapackage))
    errors = [f"{t.name}: {e.message}" for t in report.tasks for e in t.errors] if not report.valid else []
    assert report.valid, errors[:5]
