"""JSON output: exact round trip, schema validity, clear errors for bad data."""

from __future__ import annotations

import json

import jsonschema
import pytest
from hypothesis import given

import newsclaims
from newsclaims import Document, SchemaError
from newsclaims._serialize import load_schema
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
