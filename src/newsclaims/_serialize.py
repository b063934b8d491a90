"""Documents to and from JSON-ready dictionaries, following ``schema/v1.json``."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from newsclaims._model import (
    Citation,
    Claim,
    Document,
    Finding,
    Marker,
    Removal,
    Section,
    Span,
)
from newsclaims._text import rebuild_raw
from newsclaims.errors import SchemaError

__all__ = ["SCHEMA_VERSION", "document_from_dict", "document_to_dict", "dumps", "load_schema"]

#: The version of the JSON output; bumped when a field is removed, renamed or changes meaning.
SCHEMA_VERSION = 1

T = TypeVar("T")


def dumps(data: Any, *, indent: int | None = None) -> str:
    """Serialize to JSON deterministically (fixed key order, UTF-8 text kept as is).

    Text holding a lone surrogate (which :func:`~newsclaims.parse` refuses, but a document
    built by hand may carry) cannot be written as UTF-8; such output is escaped to ASCII
    instead (``\\udc80``), which is still valid JSON and reads back to the same string.
    """
    out = json.dumps(data, ensure_ascii=False, indent=indent, allow_nan=False)
    if not out.isascii() and _SURROGATE.search(out):
        out = json.dumps(data, ensure_ascii=True, indent=indent, allow_nan=False)
    return out


_SURROGATE = re.compile("[\ud800-\udfff]")


def load_schema() -> dict[str, Any]:
    """Return the JSON Schema of the output (``schema/v1.json``)."""
    from importlib import resources

    text = resources.files("newsclaims").joinpath("schema/v1.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def _span(span: Span | None) -> dict[str, int] | None:
    return None if span is None else {"start": span.start, "end": span.end}


def document_to_dict(doc: Document) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "id": doc.id,
        "source": doc.source,
        "title": doc.title,
        "url": doc.url,
        "date": doc.date,
        "raw": doc.raw,
        "text": doc.text,
        "body": doc.body,
        "sections": [
            {"kind": s.kind, "start": s.span.start, "end": s.span.end} for s in doc.sections
        ],
        "removals": [
            {
                "start": r.span.start,
                "end": r.span.end,
                "reason": r.reason,
                "plugin": r.plugin,
                "text": r.text,
            }
            for r in doc.removals
        ],
        "sentences": [{"start": s.start, "end": s.end} for s in doc.sentences],
        "markers": [
            {"start": m.span.start, "end": m.span.end, "labels": list(m.labels), "style": m.style}
            for m in doc.markers
        ],
        "citations": [
            {
                "label": c.label,
                "title": c.title,
                "url": c.url,
                "publisher": c.publisher,
                "date": c.date,
                "raw": c.raw,
                "start": c.span.start if c.span else None,
                "end": c.span.end if c.span else None,
            }
            for c in doc.citations
        ],
        "claims": [
            {
                "text": c.text,
                "start": c.span.start,
                "end": c.span.end,
                "kind": c.kind,
                "citations": list(c.citations),
                "speaker": c.speaker,
                "verb": c.verb,
                "checkworthy": c.checkworthy,
            }
            for c in doc.claims
        ],
        "findings": [
            {
                "kind": f.kind,
                "message": f.message,
                "severity": f.severity,
                "claim": f.claim,
                "start": f.span.start if f.span else None,
                "end": f.span.end if f.span else None,
                "citation": f.citation,
                "evidence": _span(f.evidence),
                "score": f.score,
                "plugin": f.plugin,
            }
            for f in doc.findings
        ],
    }


def _opt_span(d: Mapping[str, Any]) -> Span | None:
    start, end = d.get("start"), d.get("end")
    if start is None and end is None:
        return None
    if not isinstance(start, int) or not isinstance(end, int):
        raise TypeError("start and end must both be integers or both null")
    return Span(start, end)


def _items(data: Mapping[str, Any], field: str, build: Callable[[Mapping[str, Any]], T]) -> list[T]:
    value = data.get(field, [])
    if not isinstance(value, list):
        raise SchemaError(f"{field}: expected a list, got {type(value).__name__}")
    out = []
    for i, item in enumerate(value):
        try:
            if not isinstance(item, Mapping):
                raise TypeError(f"expected an object, got {type(item).__name__}")
            out.append(build(item))
        except (KeyError, TypeError, ValueError) as exc:
            what = f"missing field {exc}" if isinstance(exc, KeyError) else str(exc)
            raise SchemaError(f"{field}[{i}]: {what}") from exc
    return out


def document_from_dict(data: Mapping[str, Any]) -> Document:
    if not isinstance(data, Mapping):
        raise SchemaError(f"expected a JSON object, got {type(data).__name__}")
    version = data.get("schema_version")
    if version != SCHEMA_VERSION:
        raise SchemaError(f"schema_version: expected {SCHEMA_VERSION}, got {version!r}")
    error = data.get("error")
    if "raw" not in data and isinstance(error, Mapping):
        # (A --keep-going run's output has these among its documents: "missing field 'raw'"
        # did not say what the line was.)
        raise SchemaError(
            f"an error record, not a document: {data.get('id')!r} failed "
            f"({error.get('type')}: {error.get('message')})"
        )
    removals = _items(
        data,
        "removals",
        lambda d: Removal(
            span=Span(d["start"], d["end"]), reason=d["reason"], plugin=d["plugin"], text=d["text"]
        ),
    )
    kwargs: dict[str, Any] = {
        "sections": _items(
            data, "sections", lambda d: Section(d["kind"], Span(d["start"], d["end"]))
        ),
        "sentences": _items(data, "sentences", lambda d: Span(d["start"], d["end"])),
        "markers": _items(
            data,
            "markers",
            lambda d: Marker(span=Span(d["start"], d["end"]), labels=d["labels"], style=d["style"]),
        ),
        "citations": _items(
            data,
            "citations",
            lambda d: Citation(
                label=d["label"],
                title=d.get("title"),
                url=d.get("url"),
                publisher=d.get("publisher"),
                date=d.get("date"),
                raw=d.get("raw"),
                span=_opt_span(d),
            ),
        ),
        "claims": _items(
            data,
            "claims",
            lambda d: Claim(
                text=d["text"],
                span=Span(d["start"], d["end"]),
                kind=d["kind"],
                citations=d.get("citations", []),
                speaker=d.get("speaker"),
                verb=d.get("verb"),
                checkworthy=d.get("checkworthy"),
            ),
        ),
        "findings": _items(
            data,
            "findings",
            lambda d: Finding(
                kind=d["kind"],
                message=d["message"],
                severity=d.get("severity", "warning"),
                claim=d.get("claim"),
                span=_opt_span(d),
                citation=d.get("citation"),
                evidence=None if d.get("evidence") is None else Span(**d["evidence"]),
                score=d.get("score"),
                plugin=d.get("plugin", ""),
            ),
        ),
    }
    try:
        raw, text = data["raw"], data["text"]
        if not isinstance(raw, str) or not isinstance(text, str):
            raise TypeError("raw and text must be strings")
        if rebuild_raw(text, removals) != raw:
            raise ValueError("raw is not text with the removals put back")
        return Document(
            raw=raw,
            text=text,
            id=data.get("id"),
            source=data.get("source"),
            title=data.get("title"),
            url=data.get("url"),
            date=data.get("date"),
            removals=tuple(removals),
            **kwargs,
        )
    except KeyError as exc:
        raise SchemaError(f"missing field {exc}") from exc
    except (TypeError, ValueError) as exc:
        raise SchemaError(str(exc)) from exc
