"""Built-in plugin ``newsclaims.loaders``: read plain text, JSON, JSON Lines, HTML and WARC/WET.

The loaders are registered in the order they are tried: ``warc``, ``html``, ``jsonl``, ``json``,
then ``text`` for whatever else is not compressed. A loader chooses an input by its name
(``.warc.gz``, ``.html``, ``.jsonl``...) or, for standard input and unknown names, by its first
bytes. HTML needs the ``newsclaims[html]`` extra (trafilatura), WARC needs ``newsclaims[warc]``
(warcio); without them the loader is still chosen, and says which extra to install.
"""

from __future__ import annotations

import codecs
import json
import os
from collections.abc import Iterator, Mapping
from typing import Any

from newsclaims import InputError, Loader, Record, Register, hookimpl, open_input, read_text


def _name(path: str) -> str:
    """The lower-cased file name without a ``.gz`` ending."""
    name = os.path.basename(path).lower()
    return name[:-3] if name.endswith(".gz") else name


def _has_suffix(path: str, *suffixes: str) -> bool:
    return _name(path).endswith(suffixes)


_WARC = (".warc", ".wet", ".arc")
_HTML = (".html", ".htm", ".xhtml")
_JSONL = (".jsonl", ".ndjson", ".jsonlines")
_JSON = (".json",)
_TEXT = (".txt", ".text", ".md", ".rst")


def _sniffable(path: str) -> bool:
    """Whether an input's format is told by its first bytes: its name does not tell it."""
    return not _has_suffix(path, *_WARC, *_HTML, *_JSONL, *_JSON, *_TEXT)


class TextLoader:
    """Plain UTF-8 text: the whole file is one document whose id is the path.

    Tried last, it takes any file the other loaders decline (gzip aside), so that a file that is
    not text gets ``read_text``'s error ("looks like a binary file", or the undecodable byte).
    """

    one_per_input = True

    def can_load(self, path: str, head: bytes) -> bool:
        return not path.lower().endswith(".gz")

    def load(self, path: str, fields: Mapping[str, str]) -> Iterator[Record]:
        yield Record(text=read_text(path), id=path, path=path)


def _field(data: Mapping[str, Any], name: str) -> Any:
    """The value at ``name`` in ``data``; ``a.b`` looks inside nested objects."""
    value: Any = data
    for part in name.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return None
        value = value[part]
    return value


def _opening(head: bytes) -> bytes:
    """The first bytes of a file past a UTF-8 byte-order mark and white space: what tells its
    format when its name does not."""
    return head.removeprefix(codecs.BOM_UTF8).lstrip()


def _failed(
    doc_id: str, path: str, message: str, *, line: int | None = None, url: str | None = None
) -> Record:
    """A record that could not be read: its error names the file (and line)."""
    error = str(InputError(message, path=path, line=line))
    return Record(text="", id=doc_id, url=url, path=path, error=error)


def _record_from_json(
    data: Any, fields: Mapping[str, str], *, path: str, where: str, line: int | None = None
) -> Record:
    """Build a record from one JSON object; ``where`` is its default id (``path:line``)."""
    if not isinstance(data, Mapping):
        return _failed(where, path, f"expected a JSON object, got {type(data).__name__}", line=line)
    text = _field(data, fields["text"])
    doc_id = _field(data, fields["id"])
    doc_id = where if doc_id is None else str(doc_id)
    if not isinstance(text, str):
        problem = "no" if text is None else f"a non-string ({type(text).__name__})"
        return _failed(doc_id, path, f"{problem} text field {fields['text']!r}", line=line)
    meta = {}
    for key in ("url", "title", "date", "source"):
        value = _field(data, fields[key])
        meta[key] = None if value is None else str(value)
    return Record(text=text, id=doc_id, path=path, **meta)


class JsonLinesLoader:
    """JSON Lines: one JSON object per line, each a document; blank lines are skipped.

    The text, id, url, title, date and source are read from the configured fields; the id
    defaults to ``path:line``. A line that is not a JSON object with a text gives a record with
    ``error`` set, and the following lines are still read.
    """

    def can_load(self, path: str, head: bytes) -> bool:
        if _has_suffix(path, *_JSONL):
            return True
        return _sniffable(path) and _opening(head)[:1] == b"{"

    def load(self, path: str, fields: Mapping[str, str]) -> Iterator[Record]:
        with open_input(path) as stream:
            for number, raw in enumerate(stream, 1):
                where = f"{path}:{number}"
                try:
                    # (A byte-order mark may open the file, as Windows tools write it.)
                    line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
                except UnicodeDecodeError as exc:
                    yield _failed(where, path, f"cannot decode as utf-8: {exc.reason}", line=number)
                    continue
                if not line.strip():
                    continue
                try:
                    data = json.loads(line)
                except ValueError as exc:
                    yield _failed(where, path, f"invalid JSON: {exc}", line=number)
                    continue
                yield _record_from_json(data, fields, path=path, where=where, line=number)


class JsonLoader:
    """A JSON file holding one document object, or a list of them (ids default ``path:index``)."""

    def can_load(self, path: str, head: bytes) -> bool:
        return _has_suffix(path, *_JSON) or (_sniffable(path) and _opening(head)[:1] == b"[")

    def load(self, path: str, fields: Mapping[str, str]) -> Iterator[Record]:
        with open_input(path) as stream:
            raw = stream.read()
        try:
            data = json.loads(raw.decode("utf-8-sig"))  # (a byte-order mark may open it)
        except UnicodeDecodeError as exc:
            raise InputError(f"cannot decode as utf-8: {exc.reason}", path=path) from exc
        except ValueError as exc:
            raise InputError(f"invalid JSON: {exc}", path=path) from exc
        if isinstance(data, list):
            for i, item in enumerate(data):
                yield _record_from_json(item, fields, path=path, where=f"{path}:{i}")
        else:
            yield _record_from_json(data, fields, path=path, where=path)


def _need(module: str, extra: str, path: str) -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise InputError(
            f"reading this input needs {module}: pip install 'newsclaims[{extra}]'", path=path
        ) from exc


def _html_record(
    html: bytes | str, *, path: str, doc_id: str, url: str | None = None, where: str = ""
) -> Record:
    """Extract the main text of an HTML page with trafilatura, with its title, date and URL.

    ``where`` names the part of the file the page is (a web archive's record), for the error.
    """
    trafilatura = _need("trafilatura", "html", path)
    found = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    if found is None or not found.text:
        return _failed(doc_id, path, f"{where}no article text found in the HTML", url=url)
    return Record(
        text=found.text,
        id=doc_id,
        url=found.url or url,
        title=found.title or None,
        date=found.date or None,
        path=path,
    )


class HtmlLoader:
    """An HTML page: its main text through trafilatura, with the page's title, date and URL."""

    one_per_input = True

    def can_load(self, path: str, head: bytes) -> bool:
        if _has_suffix(path, *_HTML):
            return True
        start = _opening(head)[:20].lower()
        return _sniffable(path) and start.startswith((b"<!doctype html", b"<html"))

    def load(self, path: str, fields: Mapping[str, str]) -> Iterator[Record]:
        _need("trafilatura", "html", path)
        with open_input(path) as stream:
            html = stream.read()
        yield _html_record(html, path=path, doc_id=path)


class WarcLoader:
    """WARC and WET web archives: one document per text or HTML record.

    WET ``conversion`` records are plain text; WARC ``response`` (and ``resource``) records of
    HTML pages go through trafilatura, of ``text/plain`` are decoded as they are. Other records
    (requests, metadata, images...) are skipped. The id is the ``WARC-Record-ID``, the URL the
    ``WARC-Target-URI``.
    """

    def can_load(self, path: str, head: bytes) -> bool:
        return _has_suffix(path, *_WARC) or (_sniffable(path) and head.startswith(b"WARC/"))

    def load(self, path: str, fields: Mapping[str, str]) -> Iterator[Record]:
        warcio = _need("warcio.archiveiterator", "warc", path)
        with open_input(path) as stream:
            for rec in warcio.ArchiveIterator(_EndChecked(stream, path)):
                if rec.rec_type not in ("conversion", "response", "resource"):
                    continue
                found = self._record(rec, path)
                if found is not None:
                    yield found

    def _record(self, rec: Any, path: str) -> Record | None:
        headers = rec.rec_headers
        doc_id = (headers.get_header("WARC-Record-ID") or "").strip("<>") or None
        url = headers.get_header("WARC-Target-URI") or None
        if rec.rec_type == "response" and rec.http_headers is not None:
            status = rec.http_headers.get_statuscode() or ""
            if not status.startswith("2"):
                return None
            ctype = rec.http_headers.get_header("Content-Type") or ""
        else:
            ctype = headers.get_header("Content-Type") or ""
        mime, _, params = ctype.partition(";")
        mime = mime.strip().lower()
        html = mime in ("text/html", "application/xhtml+xml")
        if not html and rec.rec_type != "conversion" and mime != "text/plain":
            return None  # images, scripts, PDFs...: not read at all
        payload: bytes = rec.content_stream().read()
        where = f"{path} record {doc_id}"
        # (The file ends inside the record: what there is of it is no whole page or text.)
        missing = getattr(rec.raw_stream, "limit", 0)
        if isinstance(missing, int) and missing > 0:
            message = (
                f"record {doc_id} ({url}): the file ends {missing} bytes before the record "
                "does (a cut-off download?)"
            )
            return _failed(doc_id or where, path, message, url=url)
        if html:
            label = f"record {doc_id} ({url}): "
            return _html_record(payload, path=path, doc_id=doc_id or where, url=url, where=label)
        charset = "utf-8"
        for param in params.split(";"):
            key, _, value = param.partition("=")
            if key.strip().lower() == "charset" and value.strip():
                charset = value.strip().strip('"')
        try:
            text = payload.decode(charset)
        except (UnicodeDecodeError, LookupError) as exc:
            message = f"record {doc_id}: cannot decode as {charset}: {exc}"
            return _failed(doc_id or where, path, message, url=url)
        return Record(text=text, id=doc_id or where, url=url, path=path)


class _EndChecked:
    """A decompressed input whose early end is an error, not the end of the archive.

    warcio takes an ``EOFError`` for the archive's end, and ``gzip`` raises one where the
    compressed data stops short: a cut-off ``.warc.gz`` read as a shorter, complete archive,
    without a word (or as none at all, when the cut fell in the first block read). Reads are
    passed on one decompressed block at a time (``read1``), so every record before the cut is
    still read.
    """

    def __init__(self, stream: Any, path: str) -> None:
        self._stream = stream
        self._path = path
        self._read1 = getattr(stream, "read1", None)

    def read(self, size: int = -1) -> bytes:
        try:
            if self._read1 is not None and size > 0:
                data: bytes = self._read1(size)
            else:
                data = self._stream.read(size)
        except EOFError as exc:
            raise InputError(
                "the compressed data ends early: the file is cut short (a cut-off download?)",
                path=self._path,
            ) from exc
        return data


@hookimpl(trylast=True)
def newsclaims_register_loaders(register: Register[Loader]) -> None:
    register("warc", WarcLoader())
    register("html", HtmlLoader())
    register("jsonl", JsonLinesLoader())
    register("json", JsonLoader())
    register("text", TextLoader())
