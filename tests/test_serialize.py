"""JSON output: exact round trip, schema validity, clear errors for bad data."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given

import newsclaims
from newsclaims import Document, SchemaError
from newsclaims._serialize import load_schema
from newsclaims.cli import main
from newsclaims.testing import documents

SCHEMA = load_schema()


def validate(data: object) -> None:
    jsonschema.Draft202012Validator(SCHEMA).validate(data)


def test_schema_is_a_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["properties"]["schema_version"] == {"const": newsclaims.SCHEMA_VERSION}


@given(documents())
def test_from_dict_inverts_to_dict(doc: Document) -> None:
    data = doc.to_dict()
    assert Document.from_dict(data) == doc
    assert Document.from_dict(json.loads(doc.to_json())) == doc


@given(documents())
def test_every_document_validates_against_the_schema(doc: Document) -> None:
    validate(json.loads(doc.to_json()))


def test_samples_round_trip_and_validate(ai_summary: str, scraped: str) -> None:
    for raw in (ai_summary, scraped):
        doc = newsclaims.parse(raw)
        data = json.loads(doc.to_json())
        validate(data)
        assert data["schema_version"] == 1
        assert Document.from_dict(data) == doc


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.update(schema_version=2), "schema_version: expected 1"),
        (lambda d: d["claims"][0].pop("start"), r"claims\[0\]: missing field 'start'"),
        (lambda d: d["claims"][0].update(end=10**6), r"claims\[0\]: claim text has"),
        (lambda d: d["sections"][0].update(end=10**6), "outside the text"),
        (lambda d: d.update(raw=d["raw"] + "x"), "removals"),
        (lambda d: d.update(sections="nope"), "sections: expected a list"),
    ],
)
def test_bad_data_gives_a_schema_error_naming_the_field(mutate, message: str) -> None:  # type: ignore[no-untyped-def]
    data = newsclaims.parse("A claim. Another claim [1].").to_dict()
    mutate(data)
    with pytest.raises(SchemaError, match=message):
        Document.from_dict(data)


def test_an_error_record_read_as_a_document_says_what_it_is(tmp_path: Path) -> None:
    # (A --keep-going run writes error records among its documents; reading one back said
    # "missing field 'raw'", which did not say what the line was.)
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "ok", "text": "Prices rose."}\n{"id": "bad", "text": 5}\n', "utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(feed), "--keep-going", "--format", "jsonl", "-o", str(out)]) == 2
    first, second = (json.loads(line) for line in out.read_text("utf-8").splitlines())
    assert Document.from_dict(first).id == "ok"
    with pytest.raises(SchemaError) as info:
        Document.from_dict(second)
    assert str(info.value) == (
        f"an error record, not a document: 'bad' failed (InputError: {feed}:2: a non-string "
        "(int) text field 'text')"
    )
