"""Built-in plugin ``newsclaims.loaders``: read plain text, JSON, JSON Lines, HTML and WARC/WET.

The loaders are registered in the order they are tried: ``warc``, ``feeds``, ``html``,
``jsonl``, ``json``, then ``text`` for whatever else (gzip-compressed too). ``feeds`` refuses
RSS and Atom feeds, XML sitemaps and plain URL lists, which are no articles. A loader chooses
an input by its name (``.warc.gz``, ``.html``, ``.jsonl``...) or, for standard input and
unknown names, by its first bytes. HTML needs the ``newsclaims[html]`` extra (trafilatura),
WARC needs ``newsclaims[warc]`` (warcio); without them the loader is still chosen, and says
which extra to install.
"""

from __future__ import annotations

import codecs
import io
import json
import os
import re
from collections.abc import Iterator, Mapping
from typing import Any

from newsclaims import (
    InputError,
    Loader,
    NewsclaimsError,
    Record,
    Register,
    hookimpl,
    open_input,
    read_text,
)
from newsclaims._inputs import peek
from newsclaims._read import WIDE_BOMS, decode, decode_hint, marked_encoding
from newsclaims.default_plugins._codepages import guess_code_page


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


def _codec(encoding: str, path: str) -> str:
    """The codec's own name for ``encoding`` (``utf-8`` for ``UTF8``).

    :raises InputError: no codec has this name.
    """
    try:
        return codecs.lookup(encoding).name
    except LookupError as exc:
        raise InputError(f"unknown encoding {encoding!r}", path=path) from exc


class TextLoader:
    """Plain text, UTF-8 unless ``encoding`` says otherwise: the whole file is one document
    whose id is the path.

    Tried last, it takes any file the other loaders decline, so that a file that is not text
    gets ``read_text``'s error ("looks like a binary file", or the undecodable byte). A gzip
    file is decompressed (``story.txt.gz``): it was declined, and "no loader reads this input"
    said nothing of why, although ``.gz`` inputs are read.
    """

    one_per_input = True

    def can_load(self, path: str, head: bytes) -> bool:
        return True

    def load(
        self, path: str, fields: Mapping[str, str], *, encoding: str = "utf-8"
    ) -> Iterator[Record]:
        yield Record(text=read_text(path, encoding=encoding), id=path, path=path)


def _field(data: Mapping[str, Any], name: str) -> Any:
    """The value at ``name`` in ``data``; ``a.b`` looks inside nested objects."""
    value: Any = data
    for part in name.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return None
        value = value[part]
    return value


def _opening(head: bytes) -> bytes:
    """The first bytes of a file past a byte-order mark and white space: what tells its
    format when its name does not. Those of a UTF-16 or UTF-32 file (with its mark) are given
    as UTF-8, so that its JSON is told as a UTF-8 file's is."""
    if head[:1] in (b"\xff", b"\xfe", b"\x00"):
        for bom, wide in WIDE_BOMS:
            if head.startswith(bom):
                cut = len(head) - (len(head) - len(bom)) % (4 if "32" in wide else 2)
                head = head[len(bom) : cut].decode(wide, "replace").encode("utf-8")
                break
    return head.removeprefix(codecs.BOM_UTF8).lstrip()


def _failed(
    doc_id: str, path: str, message: str, *, line: int | None = None, url: str | None = None
) -> Record:
    """A record that could not be read: its error names the file (and line)."""
    error = str(InputError(message, path=path, line=line))
    return Record(text="", id=doc_id, url=url, path=path, error=error)


def _record_from_json(
    data: Any,
    fields: Mapping[str, str],
    *,
    path: str,
    where: str,
    line: int | None = None,
    item: int | None = None,
    escapes: bool = True,
) -> Record:
    """Build a record from one JSON object; ``where`` is its default id (``path:line``), and
    an error names its ``line`` in a JSON Lines file or its ``item`` in a JSON list.

    ``escapes`` says the JSON text may hold surrogate escapes (see
    :func:`_may_escape_surrogates`): a field with a lone one is an error of the record, named
    here (it was refused later, under the document's id as if it were a file, or crashed the
    text output and the report from the title).
    """
    part = "" if item is None else f"item {item}: "
    if not isinstance(data, Mapping):
        message = f"{part}expected a JSON object, got {type(data).__name__}"
        return _failed(where, path, message, line=line)
    text = _field(data, fields["text"])
    doc_id = _field(data, fields["id"])
    doc_id = where if doc_id is None else str(doc_id)
    if not isinstance(text, str):
        problem = "no" if text is None else f"a non-string ({type(text).__name__})"
        message = f"{part}{problem} text field {fields['text']!r}"
        if text is None:  # (a dump names it otherwise: say which names there are)
            message += _fields_hint(data, fields["text"])
        return _failed(doc_id, path, message, line=line)
    meta = {}
    for key in ("url", "title", "date", "source"):
        value = _field(data, fields[key])
        meta[key] = None if value is None else str(value)
    if escapes:
        own_id = () if doc_id == where else (("id", doc_id),)  # (a path may hold one)
        named = (("text", text), *own_id, *meta.items())
        for key, value in named:
            at = _lone_surrogate(value)
            if at is not None:
                assert value is not None
                message = (
                    f"{part}the {fields[key]!r} field has a lone surrogate "
                    f"U+{ord(value[at]):04X} at character {at} (a \\u escape without its "
                    "pair), which is not text"
                )
                return _failed(where if key == "id" else doc_id, path, message, line=line)
    return Record(text=text, id=doc_id, path=path, **meta)


def _may_escape_surrogates(text: str) -> bool:
    """Whether JSON text may hold a ``\\ud800``-style escape: only these give lone surrogates,
    which ``json`` decodes without a word."""
    return "\\ud" in text or "\\uD" in text


def _lone_surrogate(value: str | None) -> int | None:
    """The index of the first lone surrogate in ``value``, if it has one."""
    if value is None or value.isascii():
        return None
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        return exc.start
    return None


def _fields_hint(data: Mapping[str, Any], name: str) -> str:
    """The names of the object (at ``a`` for a field ``a.b``) that hold text, for the error
    of a missing text field: a dump keeps it as ``content`` or ``body`` as often as ``text``.
    """
    parent = _field(data, name.rpartition(".")[0]) if "." in name else data
    if not isinstance(parent, Mapping):
        return ""
    # (A whole dump in one object, ``{"status": "ok", "articles": [{...}, ...]}``, keeps its
    # documents in a list: no field of the object is the text, and naming the others led there.)
    # Only where no string of the object could be its text: one as long as the longest string
    # of the listed objects (an article's ``body`` beside its ``authors``, ``[{"name": ...}]``,
    # was no dump: the hint pointed at the authors).
    own = _longest(parent)
    lists = [
        str(key)
        for key, value in parent.items()
        if isinstance(value, list)
        and value
        and all(isinstance(v, Mapping) for v in value[:3])
        and own < max(_longest(v) for v in value[:3])
    ]
    if lists:
        key = lists[0]
        count = len(parent[key])
        path = f".{key}" if key.isidentifier() and key.isascii() else f".[{json.dumps(key)}]"
        return (
            f" (its {key!r} is a list of {count} object{'s' if count != 1 else ''}, the "
            f"documents perhaps: read them as JSON Lines, jq -c '{path}[]' FILE > DOCS.jsonl)"
        )
    names = [str(key) for key, value in parent.items() if isinstance(value, (str, Mapping))]
    if not names:
        return ""
    shown = ", ".join(names[:8]) + (", ..." if len(names) > 8 else "")
    return f" (it has {shown}; choose with --text-field, or fields= in Python)"


def _longest(data: Mapping[Any, Any]) -> int:
    """The length of the longest string among an object's values (0 if it has none)."""
    return max((len(v) for v in data.values() if isinstance(v, str)), default=0)


# What stands for bytes that cannot be decoded in a UTF-16 or UTF-32 JSON Lines file: the
# decoder's reason between two lone surrogates, which no strict decoding of these gives.
_UNDECODABLE = "\udfff"
_MARK = "newsclaims.mark-undecodable"


def _mark_undecodable(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return f"{_UNDECODABLE}{exc.reason}{_UNDECODABLE}", exc.end


codecs.register_error(_MARK, _mark_undecodable)


class JsonLinesLoader:
    """JSON Lines: one JSON object per line, each a document; blank lines are skipped.

    The text, id, url, title, date and source are read from the configured fields; the id
    defaults to ``path:line`` (``path:line:index`` for the items of a list on one line, each a
    document). A line that is not a JSON object with a text gives a record with ``error`` set,
    and the following lines are still read. An input whose first line opens a
    JSON value written over several lines (``{`` or ``[`` alone, as ``jq`` writes it) is read
    as a stream of JSON values (see :func:`_json_values`): one document is read as
    :class:`JsonLoader` reads it. A record written over several lines further on, among
    records of one line each, is read whole (see :func:`_gather`), its id the line it opens on.
    """

    def can_load(self, path: str, head: bytes) -> bool:
        if _has_suffix(path, *_JSONL):
            return True
        return _sniffable(path) and _opening(head)[:1] == b"{"

    def load(
        self, path: str, fields: Mapping[str, str], *, encoding: str = "utf-8"
    ) -> Iterator[Record]:
        codec = _codec(encoding, path)
        with open_input(path) as stream:
            # (UTF-16 or UTF-32 with its byte-order mark, as Windows tools save "Unicode".)
            codec = _codec(marked_encoding(peek(stream, 4), codec), path)
            if codec.startswith(("utf-16", "utf-32")):  # (a line's end is no single byte)
                # (Bad bytes are marked where they stand, for their line's error: a decoding
                # error raised while the wrapper reads ahead stopped the file, a loader's crash.)
                stream = io.TextIOWrapper(stream, codec, errors=_MARK)  # type: ignore[assignment]
            lines = _Lines(stream, codec, path)
            started = False  # (a line with JSON was met)
            for number, line in lines:
                if isinstance(line, Record):  # (undecodable)
                    yield line
                    continue
                where = f"{path}:{number}"
                if line.startswith("\ufeff"):
                    # (Files joined with cat, each saved by a Windows tool with its mark: the
                    # mark opens the line of each file's first record, and is no JSON.)
                    line = line[1:]
                if not line.strip():
                    continue
                try:
                    data = json.loads(line)
                except json.JSONDecodeError as exc:
                    if not started and _opens_a_document(line, exc):
                        # JSON written over several lines (indented, as jq and editors write
                        # it), under a JSON Lines name or on standard input: every line of it
                        # was an error of its own. It is read as a stream of JSON values.
                        # (The blank lines above keep the lines an error names the file's.)
                        above = "\n" * (number - 1)
                        rest = _decoded_rest(stream.read(), codec, path)
                        yield from _json_values(above + line + rest, fields, path=path)
                        return
                    gathered = _gather(line, lines) if _opens_a_document(line, exc) else None
                    if gathered is None:
                        # (Its own "line 1 column 9" would contradict the line named.)
                        message = f"invalid JSON (column {exc.colno}): {exc.msg}"
                        yield _failed(where, path, message, line=number)
                        continue
                    data, value_text = gathered
                    if value_text is None:
                        yield _failed(where, path, _TOO_DEEP, line=number)
                        continue
                    line = value_text
                except RecursionError:
                    # (It stopped the file as a crash of this loader, the lines after unread.)
                    yield _failed(where, path, _TOO_DEEP, line=number)
                    continue
                finally:
                    started = True
                escapes = _may_escape_surrogates(line)
                if isinstance(data, list):
                    # (A list of records on one line, as ``jq -c .`` writes a JSON list: its
                    # items are documents, as in a JSON file; it was one "expected a JSON
                    # object, got list" error, every record in it unread.)
                    for i, item in enumerate(data):
                        yield _record_from_json(
                            item,
                            fields,
                            path=path,
                            where=f"{where}:{i}",
                            line=number,
                            item=i,
                            escapes=escapes,
                        )
                    continue
                yield _record_from_json(
                    data, fields, path=path, where=where, line=number, escapes=escapes
                )


class _Lines:
    """The numbered lines of a JSON Lines input, decoded (an undecodable line is a failed
    record), with lines that were read ahead put back to be read again."""

    def __init__(self, stream: Any, codec: str, path: str) -> None:
        self._lines = enumerate(stream, 1)
        self._codec = codec
        # (A byte-order mark may open the file, as Windows tools write it.)
        self._first = "utf-8-sig" if codec == "utf-8" else codec
        self._path = path
        self._back: list[tuple[int, str | Record]] = []

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> tuple[int, str | Record]:
        if self._back:
            return self._back.pop()
        number, raw = next(self._lines)
        codec = self._codec
        try:
            if isinstance(raw, str):
                if _UNDECODABLE in raw:
                    raise UnicodeDecodeError(codec, b"", 0, 0, raw.split(_UNDECODABLE)[1])
                return number, raw
            return number, raw.decode(self._first if number == 1 else codec)
        except UnicodeDecodeError as exc:
            message = f"cannot decode as {codec}: {exc.reason}; {decode_hint(codec)}"
            return number, _failed(f"{self._path}:{number}", self._path, message, line=number)

    def put_back(self, lines: list[tuple[int, str | Record]]) -> None:
        """Read ``lines`` again, first to last, before the rest."""
        self._back.extend(reversed(lines))


def _gather(line: str, lines: _Lines) -> tuple[Any, str | None] | None:
    """A JSON value that ``line`` opens and the lines after it close (a record written over
    several lines, indented, among records of one line each), with its text (``None`` for a
    value nested too deeply to read); ``None`` where no line closes it, and the lines read
    ahead are put back.

    The value is parsed once, at the line where its brackets (outside its strings) are all
    closed again (see :func:`_depth`): parsed at every line that ends with ``}`` or ``]``, a
    record of many such lines (``, {"n": 1}`` written comma first) was read again at each,
    in time that grew with the square of its length. A value that turns out to be no JSON
    (a line cut short, then the next record) ends the search, as does the end of the input.
    """
    taken: list[tuple[int, str | Record]] = []
    parts = [line]
    depth, broken = _depth(line)
    for number, more in lines:
        taken.append((number, more))
        if isinstance(more, Record):  # (an undecodable line: no value runs through it)
            break
        parts.append(more)
        change, cut = _depth(more)
        depth += change
        broken = broken or cut
        if (depth > 0 and not broken) or not more.rstrip().endswith(("}", "]")):
            continue
        text = "".join(parts)
        try:
            return json.loads(text), text
        except json.JSONDecodeError as exc:
            if exc.pos < len(text.rstrip()):
                break  # (no JSON before the end of it: no more lines will make it so)
        except RecursionError:
            return None, None
    lines.put_back(taken)
    return None


#: A JSON string (which no line break is part of), and a bracket.
_JSON_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"')
_OPENING = re.compile(r"[\[{]")
_CLOSING = re.compile(r"[\]}]")


def _depth(line: str) -> tuple[int, bool]:
    """How many more brackets a line of JSON opens than it closes, outside its strings; and
    whether a string of it is not closed on it (no JSON: a string holds no line break)."""
    if '"' in line:
        line = _JSON_STRING.sub("", line)
    return len(_OPENING.findall(line)) - len(_CLOSING.findall(line)), '"' in line


#: The error of JSON nested deeper than Python's parser goes (its recursion limit).
_TOO_DEEP = "JSON nested too deeply to read (arrays or objects within each other ~1000 deep)"


#: What the JSON parser says where a line ends before the value it opens does, outside a
#: string (a string cut short is "Unterminated string": a JSON string holds no line break).
_CUT_SHORT = frozenset(
    (
        "Expecting value",
        "Expecting property name enclosed in double quotes",
        "Expecting ',' delimiter",
        "Expecting ':' delimiter",
    )
)


def _opens_a_document(line: str, exc: json.JSONDecodeError) -> bool:
    """Whether a first line that is no JSON opens a JSON document written over several lines:
    a bracket alone (``{``, ``[``), a list's opening (a line of JSON Lines is an object), or an
    object that the line's end cuts short (``{"id": "a1",``, as some writers lay out each
    object: each of its lines was an error of its own)."""
    opening = line.strip()
    if opening in ("{", "[") or opening.startswith("["):
        return True
    return opening.startswith("{") and exc.msg in _CUT_SHORT and exc.pos >= len(line.rstrip())


def _decoded_rest(rest: bytes | str, codec: str, path: str) -> str:
    """The rest of a JSON Lines input, read whole as the rest of one JSON document.

    :raises InputError: it cannot be decoded.
    """
    if isinstance(rest, str):  # (a wide encoding's, decoded with bad bytes marked)
        if _UNDECODABLE not in rest:
            return rest
        reason = rest.split(_UNDECODABLE)[1]
    else:
        try:
            return rest.decode(codec)
        except UnicodeDecodeError as exc:
            reason = exc.reason
    raise InputError(f"cannot decode as {codec}: {reason}; {decode_hint(codec)}", path=path)


class JsonLoader:
    """A JSON file holding one document object, or a list of them (ids default ``path:index``);
    one holding several values (JSON Lines under a ``.json`` name) is read as a stream of them
    (see :func:`_json_values`)."""

    def can_load(self, path: str, head: bytes) -> bool:
        return _has_suffix(path, *_JSON) or (_sniffable(path) and _opening(head)[:1] == b"[")

    def load(
        self, path: str, fields: Mapping[str, str], *, encoding: str = "utf-8"
    ) -> Iterator[Record]:
        codec = _codec(encoding, path)
        with open_input(path) as stream:
            raw = stream.read()
        codec = _codec(marked_encoding(raw, codec), path)  # (UTF-16 or UTF-32 with its mark)
        try:
            # (A byte-order mark may open it.)
            source = raw.decode("utf-8-sig" if codec == "utf-8" else codec).removeprefix("\ufeff")
        except UnicodeDecodeError as exc:
            message = f"cannot decode as {codec}: {exc.reason}; {decode_hint(codec)}"
            raise InputError(message, path=path) from exc
        yield from _json_document(source, fields, path=path)


def _json_document(source: str, fields: Mapping[str, str], *, path: str) -> Iterator[Record]:
    """The records of a JSON document: one object, or a list of them.

    :raises InputError: it is no JSON, naming the line.
    """
    try:
        data = json.loads(source)
    except json.JSONDecodeError as exc:
        if not source.strip():
            raise InputError("the file is empty, not JSON", path=path) from exc
        if exc.msg == "Extra data":
            # More than one value: JSON Lines under a .json name, as mongoexport writes it by
            # default and many dumps are named (read as one document, the whole file was one
            # "line 2: Extra data" error), or jq's output. Each value is a document.
            yield from _json_values(source, fields, path=path)
            return
        message = f"invalid JSON (column {exc.colno}): {exc.msg}"
        raise InputError(message, path=path, line=exc.lineno) from exc
    except RecursionError as exc:
        raise InputError(_TOO_DEEP, path=path) from exc
    yield from _document_records(data, fields, path=path, escapes=_may_escape_surrogates(source))


#: What comes between the values of a stream of JSON: white space, and the byte-order mark
#: of each file where files were joined with cat.
_BETWEEN_VALUES = re.compile(r"[\s\ufeff]*")
#: A line that opens a value of such a stream (``{`` or ``[`` in its first column, as ``jq``
#: writes them), where reading goes on past a value that is no JSON.
_VALUE_LINE = re.compile(r"^\ufeff?[\[{]", re.MULTILINE)


def _json_values(source: str, fields: Mapping[str, str], *, path: str) -> Iterator[Record]:
    """The records of a stream of JSON values written over any number of lines: one indented
    document (read as :class:`JsonLoader` reads it), ``jq .[]``'s output (several indented
    objects), an indented object and one-line records after it.

    Each value is a document (a list's items are), whose default id is ``path:line``, the line
    where it starts. A value that is no JSON is an error of that line (naming the line and
    column at fault where they differ), and reading goes on at the next line that opens with
    ``{`` or ``[``. (The file was read as one document: the JSON after its first value, good
    records too, was one ``Extra data`` error.)
    """
    decoder = json.JSONDecoder()
    values: list[tuple[int, Any, str | None]] = []  # (line, value, error)
    pos = _BETWEEN_VALUES.match(source).end()  # type: ignore[union-attr]
    line, counted = 1, 0
    while pos < len(source):
        line += source.count("\n", counted, pos)
        counted = pos
        try:
            value, end = decoder.raw_decode(source, pos)
        except json.JSONDecodeError as exc:
            at = "" if exc.lineno == line else f"line {exc.lineno}, "
            values.append((line, None, f"invalid JSON ({at}column {exc.colno}): {exc.msg}"))
            end = _next_value_line(source, pos)
        except RecursionError:
            values.append((line, None, _TOO_DEEP))
            end = _next_value_line(source, pos)
        else:
            values.append((line, value, None))
        pos = _BETWEEN_VALUES.match(source, end).end()  # type: ignore[union-attr]
    escapes = _may_escape_surrogates(source)
    if len(values) == 1 and values[0][2] is None:  # (one document: its id is the file's)
        yield from _document_records(values[0][1], fields, path=path, escapes=escapes)
        return
    for line, value, error in values:
        where = f"{path}:{line}"
        if error is not None:
            yield _failed(where, path, error, line=line)
        elif isinstance(value, list):
            for i, item in enumerate(value):
                yield _record_from_json(
                    item,
                    fields,
                    path=path,
                    where=f"{where}:{i}",
                    line=line,
                    item=i,
                    escapes=escapes,
                )
        else:
            yield _record_from_json(
                value, fields, path=path, where=where, line=line, escapes=escapes
            )


def _next_value_line(source: str, pos: int) -> int:
    """Where the first line after ``pos``'s that opens a JSON value starts (or the end)."""
    end = source.find("\n", pos)
    found = None if end < 0 else _VALUE_LINE.search(source, end + 1)
    return len(source) if found is None else found.start()


def _document_records(
    data: Any, fields: Mapping[str, str], *, path: str, escapes: bool
) -> Iterator[Record]:
    """The records of a JSON document read: one object, or a list of them."""
    if isinstance(data, list):
        for i, item in enumerate(data):
            where = f"{path}:{i}"
            yield _record_from_json(item, fields, path=path, where=where, item=i, escapes=escapes)
    else:
        yield _record_from_json(data, fields, path=path, where=path, escapes=escapes)


def _need(module: str, extra: str, path: str) -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise InputError(
            f"reading this input needs {module}: pip install 'newsclaims[{extra}]'", path=path
        ) from exc


#: Encoding labels as the web reads them (the WHATWG Encoding Standard), by Python's name for
#: the label: a page saying ISO-8859-1 or ASCII is Windows-1252, whose curly quotes, dashes and
#: ellipsis ISO-8859-1 reads as control characters (and they were lost); the others are the
#: supersets that pages under those names are written in.
_WEB_CODECS = {
    "iso8859-1": "cp1252",
    "ascii": "cp1252",
    "iso8859-9": "cp1254",
    "iso8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "euc_kr": "cp949",
    "big5": "big5hkscs",
    "shift_jis": "cp932",
}
#: Labels of the web that Python's codecs do not know.
_WEB_LABELS = {
    "windows-31j": "cp932",
    "x-sjis": "cp932",
    "windows-874": "cp874",
    "x-gbk": "gb18030",
    "x-mac-roman": "mac-roman",
}
#: A page's own encoding, in a ``<meta charset>`` or ``<meta http-equiv="Content-Type">``.
_META_CHARSET = re.compile(rb"(?i)<meta\b[^>]*?charset\s*=\s*[\"']?\s*([a-z0-9._:-]+)")
#: An XHTML page's encoding in its XML declaration, for a page with no ``<meta>`` charset.
_XML_ENCODING = re.compile(rb"\s*<\?xml\b[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._:-]+)")
#: How far into a page its ``<meta>`` charset is looked for first (browsers look at the first
#: 1024 bytes; a page with a long head of scripts puts it later), before the rest of its head.
_META_SCAN = 8192


def _web_codec(label: str) -> str | None:
    """The codec that decodes what the web calls ``label`` (None for an unknown label)."""
    name = label.strip().strip("\"'").lower()
    name = _WEB_LABELS.get(name, name)
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    return _WEB_CODECS.get(codec, codec)


def _decode_declared(data: bytes, label: str) -> str:
    """``data`` decoded in the encoding ``label`` names, read as the web reads it (see
    :data:`_WEB_CODECS`).

    :raises LookupError: no codec has this name.
    :raises UnicodeDecodeError: the bytes are not in this encoding.
    """
    codec = _web_codec(label)
    if codec is None:
        raise LookupError(f"unknown encoding: {label}")
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        if codec != "cp1252":
            raise
        return data.decode("iso8859-1")  # (five bytes are no Windows-1252: read as named)


def _page_source(html: bytes, charset: str | None) -> bytes | str:
    """A page's bytes decoded in the encoding it says it is in, as a browser reads it: the
    ``charset`` its server sent (``Content-Type``), else its ``<meta>`` charset, else (an XHTML
    page) its XML declaration's (see :func:`_own_charset`). A server's ISO-8859-1, ASCII or
    Windows-1252, the old default of servers, gives way to a page's ``<meta>`` naming another
    encoding (a Russian page in Windows-1251 was read as Windows-1252, every letter wrong).

    UTF-8 (or ASCII) bytes, a page with a byte-order mark and a page that says nothing it can be
    decoded in are left to trafilatura, which reads UTF-8 and guesses the rest: a page saying
    ISO-8859-1 was read as ISO-8859-1 and lost its curly quotes and dashes, and a web archive's
    page was read without its server's word for its encoding. A page in a code page of Latin,
    Cyrillic, Greek, Hebrew or Arabic letters is read in the one its letters are most plausible
    in (see :func:`~newsclaims.default_plugins._codepages.guess_code_page`): the guess read
    Portuguese ``São`` as ``Săo``, Polish and Slovak pages wrong, and ISO-8859-7's ``Άδωνις``
    as ``¶δωνις``.
    """
    if html.isascii():
        return _seven_bit(html)
    try:
        html.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return html  # (however it is labelled: what is valid UTF-8 is UTF-8)
    if html.startswith(codecs.BOM_UTF8) or any(html.startswith(bom) for bom, _ in WIDE_BOMS):
        return html
    labels = []
    if charset is None:
        charset = _own_charset(html)
    elif _web_codec(charset) == "cp1252":
        own = _own_charset(html)
        if own is not None and _web_codec(own) not in (None, "utf-8", "cp1252"):
            labels.append(own)  # (and the server's, should the page's fail)
    if charset is not None:
        labels.append(charset)
    for label in labels:
        if _web_codec(label) in (None, "utf-8"):
            break
        try:
            return _decode_declared(html, label)
        except UnicodeDecodeError:
            continue
    # (Not in the encoding it names, or in none it names: guessed, unless it can be told.)
    told = guess_code_page(html)
    return html if told is None else told[0]


#: An escape sequence of ISO-2022-JP that switches to a Japanese character set (JIS X 0208,
#: JIS X 0212, JIS X 0201 Roman or Katakana): bytes all below 128 that hold one are Japanese
#: text in that 7-bit encoding, whatever a page says it is in (no other encoding holds them).
_ISO_2022_JP = re.compile(rb"\x1b(?:\$[@B]|\$\(D|\([IJ])")


def _seven_bit(html: bytes) -> bytes | str:
    """A page whose bytes are all below 128: ASCII, left to trafilatura, or ISO-2022-JP, the
    7-bit encoding of older Japanese pages and mail, decoded (see :data:`_ISO_2022_JP`).

    Such a page had gone to trafilatura as ASCII and come out as its escape codes
    (``$B=hM}?e`` for ``処理水``), its ``<meta charset="iso-2022-jp">`` or none. Bytes that hold
    the escapes but do not decode are left as they are.
    """
    if b"\x1b" not in html or _ISO_2022_JP.search(html) is None:
        return html
    try:
        return html.decode("iso2022_jp_ext")
    except UnicodeDecodeError:
        return html


#: An HTML comment, closed (an unclosed ``<!--`` is as likely a script's string: ``"<!--"``).
_COMMENT = re.compile(rb"<!--.*?-->", re.DOTALL)


#: Where a page's body opens: its own encoding is named before it.
_BODY = re.compile(rb"(?i)<body[\s>]")


def _meta_charset(head: bytes) -> re.Match[bytes] | None:
    """The first ``<meta>`` charset in ``head`` that no comment holds."""
    if b"<!--" in head:
        head = _COMMENT.sub(b"", head)
    return _META_CHARSET.search(head)


def _own_charset(html: bytes) -> str | None:
    """The encoding a page names itself: its ``<meta>`` charset, else (an XHTML page) its XML
    declaration's.

    A ``<meta>`` inside a comment is none (``<!-- <meta charset="iso-8859-1"> -->`` was taken
    for the page's). UTF-16 and UTF-32 named there are UTF-8, as the WHATWG Encoding Standard
    has it: a page that could be read far enough to find the name is in neither (such a page
    was decoded as UTF-16, and lost).
    """
    found = _meta_charset(html[:_META_SCAN])
    if found is None and len(html) > _META_SCAN:
        # A head longer than the first scan (inline scripts, styles, JSON-LD): the rest of it,
        # up to the <body>, as a browser reads a page again in the encoding a late <meta>
        # names (a Russian page in Windows-1251 was guessed to be Windows-1250, every letter
        # wrong).
        body = _BODY.search(html)
        if body is None or body.start() > _META_SCAN:
            found = _meta_charset(html[: len(html) if body is None else body.start()])
    found = found or _XML_ENCODING.match(html)
    if found is None:
        return None
    label = found.group(1).decode("ascii")
    codec = _web_codec(label)
    return "utf-8" if codec is not None and codec.startswith(("utf-16", "utf-32")) else label


def _html_record(
    html: bytes | str,
    *,
    path: str,
    doc_id: str,
    url: str | None = None,
    where: str = "",
    charset: str | None = None,
) -> Record:
    """Extract the main text of an HTML page with trafilatura, with its title, date and URL.

    ``where`` names the part of the file the page is (a web archive's record), for the error;
    ``charset`` is the encoding its server said it is in (see :func:`_page_source`).
    """
    trafilatura = _need("trafilatura", "html", path)
    if isinstance(html, bytes):
        html = _page_source(html, charset)
    cites = _MAY_CITE.search(_probe(html)) is not None
    try:
        found = _extract(trafilatura, html, url=url, cites=cites, metadata=True)
    except Exception:
        # trafilatura's metadata (htmldate's date search) fails on some broken trees (an
        # <html> inside <math>): the page's text without its title and date is still the
        # page's, where the failure stopped a whole web archive at this record.
        try:
            found = _extract(trafilatura, html, url=url, cites=cites, metadata=False)
        except Exception as exc:
            message = f"{where}trafilatura cannot read the page ({type(exc).__name__}: {exc})"
            return _failed(doc_id, path, message, url=url)
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


def _extract(
    trafilatura: Any, html: bytes | str, *, url: str | None, cites: bool, metadata: bool
) -> Any:
    """trafilatura's extraction of a page, its citations kept (see :func:`_keep_citations`)
    where ``cites`` says the page may have some."""
    page: Any = html
    tree = _load_tree(trafilatura, html)
    if tree is not None:
        if cites:
            _keep_citations(tree)
        page = tree
    found = trafilatura.bare_extraction(page, url=url, with_metadata=metadata)
    _hash_stoplist_once(trafilatura)
    return found


def _hash_stoplist_once(trafilatura: Any) -> None:
    """Give trafilatura's jusText fallback its stop words as a set, whose hash is kept.

    trafilatura keeps the stop words of every language as a tuple (154,000 words), which
    jusText turns into a set through a cache keyed by the tuple: the tuple's hash, which
    Python does not keep, was computed again for every page the fallback read: 4.3 ms a page
    (a web archive of short pages took 3.6 ms a record, now 1.5). jusText makes the same set of
    the set
    (its words lower-cased), so what it finds is the same. Done once trafilatura has made the
    tuple (its first fallback), so that a run that never needs it does not pay for it.
    """
    external = getattr(trafilatura, "external", None)
    words = getattr(external, "JT_STOPLIST", None)
    if type(words) is tuple:
        external.JT_STOPLIST = frozenset(word.lower() for word in words)  # type: ignore[union-attr]


def _load_tree(trafilatura: Any, html: bytes | str) -> Any:
    """trafilatura's tree of a page; parsed again without libxml2's limit of 256 nested
    elements where the page went deeper. (Pages whose paragraphs each leave a ``<div>`` or
    ``<font>`` open do: every paragraph after the 250th or so was dropped, without a word.)"""
    tree = trafilatura.load_html(html)
    parser = getattr(getattr(trafilatura, "utils", None), "HTML_PARSER", None)
    if tree is None or not any(
        e.type_name == "ERR_RESOURCE_LIMIT" for e in getattr(parser, "error_log", ())
    ):
        return tree
    lxml_html = _need("lxml.html", "html", "")  # (trafilatura's own dependency)
    deep = lxml_html.HTMLParser(
        collect_ids=False,
        default_doctype=False,
        encoding="utf-8",
        remove_comments=True,
        remove_pis=True,
        huge_tree=True,
    )
    # (Bytes decoded as trafilatura decoded them for the first parse: a page in Windows-1252
    # without a word of it, or in UTF-16 with its mark, read as UTF-8 lost every letter.)
    page: str = trafilatura.utils.decode_file(html) if isinstance(html, bytes) else html
    source = page.encode("utf-8", "surrogatepass")
    try:
        return lxml_html.fromstring(source, parser=deep)
    except Exception:  # (the tree trafilatura read, however shallow, is still the page's)
        return tree


#: A sources heading: a block whose whole text is one of these words (as the ``references``
#: sectioner knows them, less the lists of further reading, which are no citations, and a bare
#: ``Notes``, over an editor's notes as often as sources; footnotes are found by their links).
_SOURCES = (
    r"sources?|references?|citations?|footnotes|bibliography|works cited"
    r"|fuentes|referencias|fontes|referências|quellen|quellenangaben|références|fonti"
    r"|riferimenti|出典|参考文献|出处|来源|참고 ?문헌|출처"
)
_SOURCES_HEADING = re.compile(rf"(?i)\s*(?:{_SOURCES})\s*(?::\s*)?")
#: The cheap test of a page's bytes for either: a link within the page whose text is a number,
#: or such a heading's text alone between two tags. Most pages have neither, and their tree is
#: left to trafilatura alone.
_MAY_CITE = re.compile(
    rf"(?i)href\s*=\s*[\"']?#[^>]*>\s*(?:<[^<>]*>\s*)*(?:\[\s*)?\d{{1,3}}\s*(?:\]\s*)?<"
    rf"|>\s*(?:{_SOURCES})\s*(?::\s*)?<".encode()
)
#: The text of a footnote link: a number, bracketed or not.
_FOOTNOTE = re.compile(r"\s*(?:\[\s*)?(\d{1,3})\s*(?:\]\s*)?")
#: What a footnote's link back to its marker shows when it is no number.
_BACK = "^↑↩⤴⬆︎ˆ"
_BLOCKS = frozenset(("p", "div", "li", "ul", "ol", "dl", "dd", "section", "blockquote", "table"))
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
#: How many blocks after a sources heading are its entries, at most.
_MAX_ENTRIES = 100


def _probe(html: bytes | str) -> bytes:
    """A page's bytes in an encoding whose tags are ASCII, for :data:`_MAY_CITE`."""
    if isinstance(html, str):
        return html.encode("utf-8", "replace")
    # (UTF-32's little-endian mark opens as UTF-16's does: the table tries UTF-32 first.)
    for bom, wide in WIDE_BOMS:
        if html.startswith(bom):
            return html[len(bom) :].decode(wide, "replace").encode("utf-8", "replace")
    return html


def _keep_citations(tree: Any) -> None:
    """Keep in a page's tree what its citations need and trafilatura's plain text drops.

    - A footnote link (``<sup><a href="#fn2">2</a></sup>``) becomes ``[2]``: the bare number
      was glued to the word before it (``Bank.2``) and read as part of it.
    - The entry it points to (an item of the page, or a block that opens with the number) opens
      with ``[2]``: the list's numbers, which a browser draws, are not in the text.
    - The entries of a list under a sources heading (``Sources``, ``References``...), and those
      that footnotes point to, end with the web addresses of their links: without them a
      reference list holds titles alone, and the cleaner takes it for a list of links.

    Addresses are added there alone: everywhere on a page they were relative links and
    addresses glued to the words that carried them. Only absolute ``http(s)`` addresses are
    added, once each, and only those the entry's text does not already hold.
    """
    ids = {el.get("name"): el for el in tree.iter("a") if el.get("name")}  # (old anchors)
    ids.update((el.get("id"), el) for el in tree.iter() if isinstance(el.tag, str) and el.get("id"))
    entries: dict[Any, str | None] = {}  # each entry and its label, in the page's order
    for link in list(tree.iter("a")):
        href = link.get("href") or ""
        target = ids.get(href[1:]) if href.startswith("#") else None
        number = _FOOTNOTE.fullmatch(link.text_content() or "")
        if target is None or number is None or not _follows_words(link):
            continue
        if any(ancestor in entries for ancestor in link.iterancestors()):
            continue  # an entry's link back to its marker, which came first
        entry = _entry_of(target, number.group(1))
        if entry is None or entry is link or _contains(entry, link):
            continue
        label = f"[{number.group(1)}]"
        for child in list(link):
            link.remove(child)
        link.text = label
        entries.setdefault(entry, label)
    for heading in tree.iter(*_HEADINGS, "p", "strong", "b", "span", "div", "dt"):
        # (Its own text first: the whole text of every block of a page would cost much more.)
        if _SOURCES_HEADING.fullmatch(heading.text or "") is None or len(heading):
            continue
        for entry in _entries_under(heading):
            entries.setdefault(entry, None)
    for entry, mark in entries.items():
        if mark is not None:
            _label_entry(entry, mark)
        _add_addresses(entry, entry.text_content() or "")


def _label_entry(entry: Any, label: str) -> None:
    """Open a footnote's entry with its ``[label]``, as a text's reference list does.

    Its links back to the marker go: an arrow (``↑``, ``^``) is no part of the source's name,
    and a number (``2``, ``2.``) is the label itself, written ``[2]``; so is the number the
    entry opens with. (``[2]`` is what a reference list is surely read by: a lone ``2. ...``
    may be any numbered line.)"""
    number = label[1:-1]
    own = re.compile(rf"\s*\[?{number}[.):\]]?(?!\d)")
    for link in list(entry.iter("a")):
        if not (link.get("href") or "").startswith("#"):
            continue
        shown = link.text_content() or ""
        if own.fullmatch(shown.rstrip()):
            for child in list(link):
                link.remove(child)
            link.text = label
        elif shown.strip() and not shown.strip().strip(_BACK):
            link.drop_tree()  # (lxml keeps its tail)
    if (entry.text_content() or "").lstrip().startswith(label):
        return
    opening = own.match(entry.text or "")
    rest = (entry.text or "")[opening.end() if opening else 0 :].lstrip()
    entry.text = f"{label} {rest}"


def _follows_words(link: Any) -> bool:
    """Whether a link (or the superscript that holds it alone) comes right after text, as a
    footnote's marker does; a slide show's or a page list's numbers stand alone."""
    el = link
    parent = link.getparent()
    if parent is not None and parent.tag == "sup" and not (parent.text or "").strip():
        el = parent
    prev = el.getprevious()
    if prev is None:
        parent = el.getparent()
        before = parent.text if parent is not None else None
    else:
        # (A tail of white space alone, "<em>said</em> <sup>...", leaves the element's text.)
        before = (prev.tail or "").strip() or prev.text_content()
    return bool(before and before.strip())


def _contains(outer: Any, inner: Any) -> bool:
    return any(ancestor is outer for ancestor in inner.iterancestors())


def _entry_of(target: Any, number: str) -> Any:
    """The entry a footnote link points to: the list item that holds its target, or a block
    that opens with the note's number (``1.``, ``[1]``); ``None`` for anything else (a link to
    the comments)."""
    for el in (target, *list(target.iterancestors())[:3]):
        if el.tag == "li":
            return el
    # ("1. ...", "[1] ...": a bare "12 comments" is a count, the target of a link to them.)
    text = (target.text_content() or "").lstrip().lstrip(_BACK + " ")
    if target.tag in _BLOCKS and re.match(rf"\[?{number}[.)\]:]", text):
        return target
    return None


def _entries_under(heading: Any) -> Iterator[Any]:
    """The entries that follow a sources heading: the items of the lists and the paragraphs
    after it (or after the block it is part of), up to the next heading."""
    block = heading
    while block.tag not in _HEADINGS and block.tag not in _BLOCKS:
        parent = block.getparent()
        if parent is None:
            return
        block = parent
    if block.tag in ("li", "ul", "ol", "dd", "table"):
        return  # an item of a menu or a table's cell, not a heading
    if (block.text_content() or "").strip() != (heading.text_content() or "").strip():
        return  # the word is part of a longer block (its label), not a heading
    count = 0
    for sibling in block.itersiblings():
        if not isinstance(sibling.tag, str):
            continue
        if sibling.tag in _HEADINGS or _SOURCES_HEADING.fullmatch(sibling.text_content() or ""):
            return
        items = [sibling] if sibling.tag in ("p", "li") else list(sibling.iter("li", "p"))
        for item in items:
            count += 1
            if count > _MAX_ENTRIES:
                return
            yield item


def _add_addresses(entry: Any, text: str) -> None:
    """End an entry with the absolute web addresses of its links that its text lacks."""
    added: list[str] = []
    for link in entry.iter("a"):
        href = (link.get("href") or "").strip()
        if href.startswith(("http://", "https://")) and href not in text and href not in added:
            added.append(href)
    if not added:
        return
    tail = " " + " ".join(added)
    if len(entry):
        entry[-1].tail = (entry[-1].tail or "").rstrip() + tail
    else:
        entry.text = (entry.text or "").rstrip() + tail


#: What may come before a page's ``<!DOCTYPE html>`` or ``<html>``: comments (a browser's
#: ``<!-- saved from url=(0040)... -->``, a CMS's banner) and an XHTML page's XML declaration.
_BEFORE_PAGE = re.compile(rb"(?:\s+|<!--.*?-->|<\?xml[^>]*>)*", re.DOTALL)


def _is_page(head: bytes) -> bool:
    """Whether bytes open as an HTML page does (past a byte-order mark, white space, comments
    and an XML declaration)."""
    start = _opening(head)
    if start[:2] in (b"<!", b"<?") and not start[:9].lower().startswith(b"<!doctype"):
        # (A page saved by a browser, an XHTML page: they were read as text, markup and all.)
        start = start[_BEFORE_PAGE.match(start).end() :]  # type: ignore[union-attr]
    return start[:20].lower().startswith((b"<!doctype html", b"<html"))


#: What may come before an XML document's root element: white space, comments, processing
#: instructions (the XML declaration; an ``<?xml-stylesheet?>`` that styles a feed for a
#: browser) and a document type (RSS 0.91's ``<!DOCTYPE rss ...>``).
_BEFORE_ROOT = re.compile(
    rb"(?:\s+|<!--.*?-->|<\?.*?\?>|<!(?i:doctype)[^>\[]*(?:\[.*?\])?\s*>)*", re.DOTALL
)
#: The root element of a feed or a sitemap, with a namespace prefix or none (``<rdf:RDF``).
_LISTING_ROOT = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(rss|feed|RDF|urlset|sitemapindex)[\s/>]")
#: What each of these is, by its root element's name.
_LISTINGS = {
    b"rss": "an RSS feed",
    b"RDF": "an RSS feed",
    b"feed": "an Atom feed",
    b"urlset": "an XML sitemap",
    b"sitemapindex": "an XML sitemap index",
}


def _listing(head: bytes) -> str | None:
    """What a file is if it is an RSS or Atom feed or an XML sitemap, told by its root element
    in its first bytes (``"an RSS feed"``), or ``None``.

    RSS 1.0's root is ``<rdf:RDF>``, as any RDF document's: only one with RSS's namespace is
    a feed."""
    start = _opening(head)
    if start[:1] != b"<":
        return None
    start = start[_BEFORE_ROOT.match(start).end() :]  # type: ignore[union-attr]
    root = _LISTING_ROOT.match(start)
    if root is None or (root.group(1) == b"RDF" and b"purl.org/rss/" not in head):
        return None
    return _LISTINGS[root.group(1)]


#: A line that is one web address and nothing else (white space around it aside).
_URL_LINE = re.compile(r"[ \t]*(?i:https?://|www\.)\S+[ \t]*")
#: How a URL list opens: its first address (past a byte-order mark and white space).
_URL_OPENING = re.compile(rb"(?i)https?://|www\.")


def _url_lines(text: str, *, cut: bool = False) -> bool:
    """Whether ``text`` is nothing but web addresses, one to a line, and blank lines: a
    plain-text sitemap, or a list of pages to fetch. ``cut``: ``text`` is a file's first
    bytes, whose last line may be cut short (it must still open as an address does)."""
    lines = text.removeprefix("\ufeff").splitlines()
    if cut and lines and not text.endswith(("\n", "\r")):
        last = lines.pop().strip().lower()  # (cut anywhere: in its address, or before it)
        opening = "https://".startswith(last) or "www.".startswith(last)
        if last and not opening and _URL_LINE.fullmatch(last) is None:
            return False
    found = False
    for line in lines:
        if _URL_LINE.fullmatch(line) is not None:
            found = True
        elif line.strip():
            return False  # (a line of prose, a heading, a numbered entry: an article)
    return found or cut


def _url_list(head: bytes) -> bool:
    """Whether a file's first bytes are those of a URL list (see :func:`_url_lines`)."""
    start = _opening(head)
    if _URL_OPENING.match(start) is None:
        return False
    return _url_lines(start.decode("utf-8", "replace"), cut=True)


#: What a URL list is called in the error that refuses it.
_URL_LIST = "a list of web addresses (one URL per line, as a plain-text sitemap)"


def _refusal(what: str, path: str) -> InputError:
    index = what.endswith("index")
    return InputError(
        f"is {what}, not an article: it lists {'sitemaps' if index else 'pages'} by their "
        f"links; fetch the pages {'they' if index else 'it'} link{'' if index else 's'} "
        "to and parse those (HTML files, or a web archive of them)",
        path=path,
    )


class FeedLoader:
    """RSS and Atom feeds, XML sitemaps and plain URL lists, which are no articles: refused,
    saying what they are and what to read instead.

    They list articles by their links (and a feed their summaries): read as text, or as a
    page, their markup and summaries became claims. A feed or a sitemap is told by the root
    element in its first bytes, whatever its name (``feed.xml``, ``rss``, a site's
    ``sitemap.xml.gz``, a feed saved by ``wget`` as ``index.html``); an XHTML page is none.
    A URL list is a file of nothing but web addresses, one to a line, and blank lines
    (``sitemap.txt``, a list for ``wget -i``); an article that holds addresses, even a
    reference list of bare ones, has lines of prose too, and one whose first bytes are
    addresses alone is read as text when the rest shows prose. A plugin that reads feeds
    registers its own loader, tried first.
    """

    def can_load(self, path: str, head: bytes) -> bool:
        return _listing(head) is not None or _url_list(head)

    def load(
        self, path: str, fields: Mapping[str, str], *, encoding: str = "utf-8"
    ) -> Iterator[Record]:
        with open_input(path) as stream:
            head = stream.read(4096)
            what = _listing(head)
            if what is None:  # (a URL list, by its first bytes: the rest must be one too)
                data = head + stream.read()
        if what is None:
            text = decode(data, path="<stdin>" if path == "-" else path, encoding=encoding)
            if not _url_lines(text):  # (addresses first, then prose: an article after all)
                yield Record(text=text, id=path, path=path)
                return
            what = _URL_LIST
        raise _refusal(what, path)


class HtmlLoader:
    """An HTML page: its main text through trafilatura, with the page's title, date and URL;
    footnote markers, their entries' labels and the sources' addresses kept (see
    :func:`_keep_citations`)."""

    one_per_input = True

    def can_load(self, path: str, head: bytes) -> bool:
        if _has_suffix(path, *_HTML):
            return True
        return _sniffable(path) and _is_page(head)

    def load(self, path: str, fields: Mapping[str, str]) -> Iterator[Record]:
        _need("trafilatura", "html", path)
        with open_input(path) as stream:
            html = stream.read()
        yield _html_record(html, path=path, doc_id=path)


class WarcLoader:
    """WARC and WET web archives: one document per text or HTML record.

    WET ``conversion`` records are plain text; WARC ``response`` (and ``resource``) records of
    HTML pages go through trafilatura, of ``text/plain`` are decoded as they are (in the
    ``charset`` the server sent, see :func:`_page_source`; with none, as a browser reads such a
    text, see :func:`_undeclared_text`; WET conversion records are UTF-8, as the format says);
    a response with no type is a page if it opens as one. Other records (requests, revisits,
    metadata, images...) are skipped.
    The id is the ``WARC-Record-ID``, the URL the ``WARC-Target-URI``.
    """

    def can_load(self, path: str, head: bytes) -> bool:
        return _has_suffix(path, *_WARC) or (_sniffable(path) and head.startswith(b"WARC/"))

    def load(self, path: str, fields: Mapping[str, str]) -> Iterator[Record]:
        warcio = _need("warcio.archiveiterator", "warc", path)
        failed = _need("warcio.exceptions", "warc", path).ArchiveLoadFailed
        last = None  # the id of the last whole record read
        with open_input(path) as stream:
            records = iter(warcio.ArchiveIterator(_EndChecked(stream, path)))
            while True:
                # (A damaged archive is bad input, not a failure of this loader, which the
                # error said it was; warcio cannot find the next record past the damage.)
                after = f" after record {last}" if last else " at its start"
                try:
                    rec = next(records)
                except StopIteration:
                    return
                except NewsclaimsError:
                    raise
                except failed as exc:
                    message = f"damaged web archive{after}: {exc}".rstrip()
                    raise InputError(message, path=path) from exc
                except Exception as exc:  # (warcio's own failure on a malformed record)
                    message = (
                        f"damaged web archive{after}: warcio cannot read the next record "
                        f"({type(exc).__name__}: {exc})"
                    )
                    raise InputError(message, path=path) from exc
                if rec.format == "warc" and rec.rec_headers.get_header("Content-Length") is None:
                    # (A header cut short, with no Content-Length, which every record has:
                    # warcio read it as a record of nothing, and the archive as one with no
                    # documents, status 0.)
                    message = f"damaged web archive{after}: a record header with no length"
                    raise InputError(message, path=path)
                last = (rec.rec_headers.get_header("WARC-Record-ID") or "").strip("<>") or last
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
        coding = _unread_coding(rec) if html or mime in ("", "text/plain") else None
        if coding is not None:
            # (warcio passes on what it cannot decompress as it is: the page was "no article
            # text found in the HTML", and a text its compressed bytes.)
            message = f"record {doc_id} ({url}): the page is compressed as {coding!r} (its "
            if coding in ("br", "brotli"):
                message += "Content-Encoding), which warcio reads with Brotli: pip install brotli"
            else:
                message += "Content-Encoding), which warcio cannot decompress"
            return _failed(doc_id or f"{path} record {doc_id}", path, message, url=url)
        payload: bytes | None = None
        if not mime and rec.rec_type != "conversion":
            # (A server that sent no type: a page is told by its opening, as a browser sniffs
            # it. Such a page was skipped without a word.)
            payload = rec.content_stream().read()
            html = _is_page(payload[:4096])
            if not html:
                return None
        if not html and rec.rec_type != "conversion" and mime != "text/plain":
            return None  # images, scripts, PDFs...: not read at all
        if payload is None:
            payload = rec.content_stream().read()
        where = f"{path} record {doc_id}"
        # (The file ends inside the record: what there is of it is no whole page or text.)
        missing = getattr(rec.raw_stream, "limit", 0)
        if isinstance(missing, int) and missing > 0:
            message = (
                f"record {doc_id} ({url}): the file ends {missing} bytes before the record "
                "does (a cut-off download?)"
            )
            return _failed(doc_id or where, path, message, url=url)
        charset = None
        for param in params.split(";"):
            key, _, value = param.partition("=")
            if key.strip().lower() == "charset" and value.strip().strip("\"'"):
                charset = value.strip().strip("\"'")
        if html:
            label = f"record {doc_id} ({url}): "
            return _html_record(
                payload, path=path, doc_id=doc_id or where, url=url, where=label, charset=charset
            )
        if charset is None and rec.rec_type != "conversion":
            # (A WET conversion record is UTF-8 by the format: a bad byte there is damage.)
            told = _undeclared_text(payload)
            if told is not None:
                return Record(text=told, id=doc_id or where, url=url, path=path)
        charset = charset or "utf-8"
        try:
            text = _decode_declared(payload, charset)
        except (UnicodeDecodeError, LookupError) as exc:
            message = f"record {doc_id} ({url}): cannot decode as {charset}: {exc}"
            return _failed(doc_id or where, path, message, url=url)
        return Record(text=text, id=doc_id or where, url=url, path=path)


def _undeclared_text(payload: bytes) -> str | None:
    """An archived text whose server named no encoding, read as a browser reads one: UTF-8
    (or UTF-16 or UTF-32 with its byte-order mark) where its bytes are, else in the code page
    its letters are most plausible in, as an HTML page is (see :func:`_page_source`); ``None``
    where neither tells, for the UTF-8 error. A Windows-1252 or Windows-1251 text saved from
    a server that sent no charset was an error of its record, its text lost.
    """
    try:
        return payload.decode(marked_encoding(payload, "utf-8"))
    except UnicodeDecodeError:
        pass
    told = guess_code_page(payload)
    return None if told is None else told[0]


def _unread_coding(rec: Any) -> str | None:
    """The ``Content-Encoding`` of a response that warcio cannot decompress (``br`` without
    the ``brotli`` package, ``zstd``), or ``None``."""
    if rec.http_headers is None:
        return None
    coding = (rec.http_headers.get_header("Content-Encoding") or "").strip().lower()
    if not coding or coding == "identity":
        return None
    readers = _need("warcio.bufferedreaders", "warc", "")  # (imported by warcio already)
    return None if coding in readers.BufferedReader.get_supported_decompressors() else coding


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
    register("feeds", FeedLoader())
    register("html", HtmlLoader())
    register("jsonl", JsonLinesLoader())
    register("json", JsonLoader())
    register("text", TextLoader())
