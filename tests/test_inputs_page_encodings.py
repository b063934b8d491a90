"""HTML pages and web archive records are read in the encoding they say, as a browser reads it.

The web reads a page labelled ISO-8859-1 or ASCII as Windows-1252 (the WHATWG Encoding
Standard): its curly quotes, dashes and ellipsis are bytes 0x80-0x9F, which ISO-8859-1 decodes
to invisible control characters. A server's ``Content-Type`` charset (kept in a web archive's
response) says the encoding as much as the page's ``<meta>`` does.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import newsclaims

ENGLISH = (
    "Central bank raises rates again",
    [
        "The central bank raised its key rate to 5.25% on Wednesday, the highest since 2001.",
        "“We will do whatever it takes,” the governor said — adding that inflation “remains "
        "stubborn”… Analysts’ forecasts vary.",
        "Economists polled by the agency had expected the move, which follows three earlier "
        "increases this year, and markets fell 1.4% after the announcement.",
    ],
)
FRENCH = (
    "Le budget adopté en première lecture",
    [
        "Les députés ont adopté mardi le projet de budget pour 2025, a annoncé l’Assemblée.",
        "« C’est un budget de responsabilité », a déclaré le ministre — sous les huées de "
        "l’opposition, qui dénonce des coupes « injustes » dans les services publics.",
        "Le texte doit désormais être examiné par le Sénat à partir du 25 novembre prochain.",
    ],
)
TURKISH = (
    "Merkez Bankası faizi sabit tuttu",
    [
        "Türkiye Cumhuriyet Merkez Bankası politika faizini yüzde 50'de sabit tuttu.",
        "Banka açıklamasında enflasyondaki düşüşün sürdüğünü ve sıkı duruşun korunacağını "
        "belirtti; “Gerekirse yeniden adım atarız” dedi.",
        "Ekonomistlerin çoğu kararın değişmeyeceğini öngörmüştü.",
    ],
)
RUSSIAN = (
    "Центробанк повысил ставку",
    [
        "Банк России в пятницу повысил ключевую ставку до 21%, сообщила пресс-служба.",
        "«Мы будем делать всё необходимое», — заявила глава регулятора на пресс-конференции.",
        "Аналитики ожидали этого решения, отметив, что инфляция остаётся высокой.",
    ],
)


def page(story: tuple[str, list[str]], head: str = "") -> str:
    title, paragraphs = story
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html><head>{head}<title>{title}</title></head><body>"
        f"<article><h1>{title}</h1>{body}</article></body></html>"
    )


def read(path: Path) -> newsclaims.Record:
    (record,) = newsclaims.load_records([path])
    assert record.error is None, record.error
    return record


@pytest.mark.parametrize(
    ("story", "label", "codec"),
    [
        (ENGLISH, "iso-8859-1", "cp1252"),
        (ENGLISH, "ISO-8859-1", "cp1252"),
        (ENGLISH, "us-ascii", "cp1252"),
        (FRENCH, "latin1", "cp1252"),
        (FRENCH, "windows-1252", "cp1252"),
        (TURKISH, "iso-8859-9", "cp1254"),
    ],
)
@pytest.mark.parametrize("how", ["meta charset", "http-equiv"])
def test_a_page_is_read_in_the_encoding_its_meta_names_as_the_web_reads_it(
    tmp_path: Path, story: tuple[str, list[str]], label: str, codec: str, how: str
) -> None:
    if how == "meta charset":
        head = f'<meta charset="{label}">'
    else:
        head = f'<meta http-equiv="Content-Type" content="text/html; charset={label}">'
    path = tmp_path / "story.html"
    path.write_bytes(page(story, head).encode(codec))
    text = read(path).text
    for paragraph in story[1]:
        assert paragraph in text
    assert not any("\x80" <= ch <= "\x9f" for ch in text)  # no control characters for quotes


@pytest.mark.parametrize(("story", "codec"), [(ENGLISH, "cp1252"), (TURKISH, "cp1254")])
def test_an_xhtml_page_is_read_in_its_xml_declarations_encoding(
    tmp_path: Path, story: tuple[str, list[str]], codec: str
) -> None:
    label = {"cp1252": "ISO-8859-1", "cp1254": "iso-8859-9"}[codec]
    declaration = f'<?xml version="1.0" encoding="{label}"?>\n'
    path = tmp_path / "story.xhtml"
    path.write_bytes((declaration + page(story)).encode(codec))
    text = read(path).text
    for paragraph in story[1]:
        assert paragraph in text


def test_the_quote_of_a_page_labelled_iso_8859_1_is_a_quote(tmp_path: Path) -> None:
    path = tmp_path / "story.html"
    path.write_bytes(page(ENGLISH, '<meta charset="iso-8859-1">').encode("cp1252"))
    (doc,) = newsclaims.parse_many([path])
    assert isinstance(doc, newsclaims.Document)
    quote = next(c for c in doc.claims if c.kind == "quote")
    assert quote.text.startswith("“We will do whatever it takes,”")


def test_utf8_bytes_are_utf8_whatever_the_page_says(tmp_path: Path) -> None:
    path = tmp_path / "story.html"
    path.write_bytes(page(FRENCH, '<meta charset="iso-8859-1">').encode("utf-8"))
    assert FRENCH[1][1] in read(path).text


def test_a_page_with_a_byte_order_mark_is_read_by_it(tmp_path: Path) -> None:
    path = tmp_path / "story.html"
    path.write_bytes(page(FRENCH, '<meta charset="windows-1252">').encode("utf-16"))
    assert FRENCH[1][1] in read(path).text


def test_a_meta_charset_in_a_comment_is_no_charset(tmp_path: Path) -> None:
    # (The commented-out ISO-8859-1 was taken for the page's encoding: every letter wrong.)
    head = '<!-- <meta charset="iso-8859-1"> --><meta charset="windows-1251">'
    path = tmp_path / "story.html"
    path.write_bytes(page(RUSSIAN, head).encode("cp1251"))
    text = read(path).text
    for paragraph in RUSSIAN[1]:
        assert paragraph in text


def test_an_unclosed_comment_mark_in_a_script_hides_no_charset(tmp_path: Path) -> None:
    # (``"<!--"`` in a script was taken for a comment running to the end: no charset found.)
    from newsclaims.default_plugins.loaders import _own_charset

    head = '<script>var a="<!--";</script><meta charset="windows-1251">'
    assert _own_charset(page(RUSSIAN, head).encode("cp1251")) == "windows-1251"
    path = tmp_path / "story.html"
    path.write_bytes(page(RUSSIAN, head).encode("cp1251"))
    text = read(path).text
    for paragraph in RUSSIAN[1]:
        assert paragraph in text


@pytest.mark.parametrize("label", ["utf-16", "UTF-16LE", "utf-32"])
@pytest.mark.parametrize("how", ["meta charset", "xml declaration"])
def test_a_page_naming_utf16_in_its_markup_is_not_read_as_utf16(
    tmp_path: Path, label: str, how: str
) -> None:
    # (A page read far enough to find the name is in no UTF-16: the web takes it for UTF-8,
    # and left to the guess, Windows-1252 bytes are read. Decoded as UTF-16, it was lost.)
    path = tmp_path / "story.xhtml"
    if how == "meta charset":
        source = page(ENGLISH, f'<meta charset="{label}">')
    else:
        source = f'<?xml version="1.0" encoding="{label}"?>\n' + page(ENGLISH)
    path.write_bytes(source.encode("cp1252"))
    text = read(path).text
    assert ENGLISH[1][0] in text and ENGLISH[1][2] in text


def write_archive(path: Path, pages: list[tuple[str, str, bytes]]) -> None:
    """A WARC file of responses (url, Content-Type, payload), each after its request."""
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=path.suffix == ".gz")
        for url, ctype, payload in pages:
            writer.write_record(
                writer.create_warc_record(
                    url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")
                )
            )
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    url, "response", payload=io.BytesIO(payload), http_headers=headers
                )
            )


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_an_archived_page_is_read_in_the_charset_its_server_sent(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    write_archive(
        path,
        [
            ("https://a.example/1", "text/html; charset=ISO-8859-1", page(ENGLISH).encode("1252")),
            ("https://b.example/2", 'text/html;charset="iso-8859-9"', page(TURKISH).encode("1254")),
            # (The server's word goes before the page's own, as in a browser.)
            (
                "https://c.example/3",
                "text/html; charset=windows-1252",
                page(FRENCH, '<meta charset="utf-8">').encode("cp1252"),
            ),
            (
                "https://d.example/4.txt",
                "text/plain; charset=iso-8859-1",
                "\n\n".join(ENGLISH[1]).encode("cp1252"),
            ),
        ],
    )
    records = list(newsclaims.load_records([path]))
    assert [r.url for r in records] == [
        "https://a.example/1",
        "https://b.example/2",
        "https://c.example/3",
        "https://d.example/4.txt",
    ]
    for record, story in zip(records, (ENGLISH, TURKISH, FRENCH, ENGLISH), strict=True):
        assert record.error is None, record.error
        for paragraph in story[1]:
            assert paragraph in record.text


@pytest.mark.parametrize("server", ["ISO-8859-1", "us-ascii", "windows-1252"])
def test_an_archived_page_whose_server_sent_its_old_default_is_read_as_its_meta_says(
    tmp_path: Path, server: str
) -> None:
    # (A server's ISO-8859-1 is the old default of servers, not the page's word: a page whose
    # meta names Windows-1251 was read as Windows-1252, every Cyrillic letter wrong. Another
    # charset from the server still goes first, and a page's meta naming UTF-8 its bytes are
    # not in is no word against the server's.)
    path = tmp_path / "crawl.warc"
    write_archive(
        path,
        [
            (
                "https://a.example/ru",
                f"text/html; charset={server}",
                page(RUSSIAN, '<meta charset="windows-1251">').encode("cp1251"),
            ),
            (
                "https://b.example/tr",
                "text/html; charset=iso-8859-9",
                page(TURKISH, '<meta charset="windows-1251">').encode("cp1254"),
            ),
            (
                "https://c.example/fr",
                f"text/html; charset={server}",
                page(FRENCH, '<meta charset="utf-8">').encode("cp1252"),
            ),
        ],
    )
    records = list(newsclaims.load_records([path]))
    for record, story in zip(records, (RUSSIAN, TURKISH, FRENCH), strict=True):
        assert record.error is None, record.error
        for paragraph in story[1]:
            assert paragraph in record.text


def test_an_archived_text_in_an_unknown_charset_is_an_error_of_its_record(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    write_archive(path, [("https://a.example/1.txt", "text/plain; charset=x-klingon", b"qapla")])
    (record,) = newsclaims.load_records([path], keep_going=True)
    assert record.error is not None
    assert str(path) in record.error and "cannot decode as x-klingon" in record.error


def test_an_archived_page_whose_server_sent_no_type_is_read(tmp_path: Path) -> None:
    # (A browser sniffs such a page; it was skipped without a word. A body that is no page,
    # with no type either, is still skipped.)
    path = tmp_path / "crawl.warc.gz"
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, payload in (
            ("https://a.example/story", b"\n  " + page(FRENCH).encode("utf-8")),
            ("https://a.example/data.bin", b"\x00\x01\x02 binary"),
            ("https://a.example/doc", b"<!doctype HTML>" + page(ENGLISH).encode("utf-8")),
        ):
            headers = StatusAndHeaders("200 OK", [], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    url, "response", payload=io.BytesIO(payload), http_headers=headers
                )
            )
    records = list(newsclaims.load_records([path]))
    assert [r.url for r in records] == ["https://a.example/story", "https://a.example/doc"]
    assert FRENCH[1][0] in records[0].text and ENGLISH[1][2] in records[1].text


#: A broken page on which trafilatura's date search (htmldate) fails with an AssertionError:
#: an <html> element inside MathML, as a page glued from fragments may have.
BROKEN_TREE = (
    "<math><html><script>var x = 1;</script>"
    + "".join(f"<p>{p}</p>" for p in ENGLISH[1])
    + "</html></math>"
)


def test_a_page_whose_metadata_trafilatura_cannot_read_keeps_its_text(tmp_path: Path) -> None:
    path = tmp_path / "broken.html"
    path.write_text(BROKEN_TREE, "utf-8")
    record = read(path)
    assert ENGLISH[1][2] in record.text and record.title is None


def test_a_broken_page_in_an_archive_does_not_stop_the_archive(tmp_path: Path) -> None:
    # (The failure was a crash of the loader, and every record after it was lost.)
    path = tmp_path / "crawl.warc.gz"
    write_archive(
        path,
        [
            ("https://a.example/1", "text/html", page(FRENCH).encode("utf-8")),
            ("https://a.example/2", "text/html", BROKEN_TREE.encode("utf-8")),
            ("https://a.example/3", "text/html", page(TURKISH).encode("utf-8")),
        ],
    )
    records = list(newsclaims.load_records([path]))
    assert [r.url for r in records] == [f"https://a.example/{n}" for n in (1, 2, 3)]
    assert ENGLISH[1][0] in records[1].text and TURKISH[1][2] in records[2].text


@pytest.mark.parametrize(
    ("story", "codec"),
    [(ENGLISH, "cp1252"), (FRENCH, "cp1252"), (TURKISH, "cp1254"), (RUSSIAN, "cp1251")],
)
def test_an_archived_text_whose_server_named_no_charset_is_read_as_a_browser_reads_it(
    tmp_path: Path, story: tuple[str, list[str]], codec: str
) -> None:
    # (UTF-8 where its bytes are; else the code page its letters are most plausible in, as for
    # a page. It was an error of its record, "cannot decode as utf-8", its text lost.)
    path = tmp_path / "crawl.warc.gz"
    text = story[0] + "\n\n" + "\n\n".join(story[1])
    write_archive(
        path,
        [
            ("https://a.example/1.txt", "text/plain", text.encode(codec)),
            ("https://a.example/2.txt", "text/plain", text.encode("utf-8")),
            ("https://a.example/3.txt", "text/plain", text.encode("utf-16")),
        ],
    )
    records = list(newsclaims.load_records([path]))
    assert [r.error for r in records] == [None, None, None]
    for record in records:
        for paragraph in story[1]:
            assert paragraph in record.text


def test_an_archived_text_no_reading_tells_is_still_an_error_of_its_record(
    tmp_path: Path,
) -> None:
    # (A Chinese text in GB18030: no code page of letters reads it plausibly.)
    chinese = "国家统计局周一公布，第三季度国内生产总值同比增长百分之四点六。".encode("gb18030")
    path = tmp_path / "crawl.warc"
    write_archive(path, [("https://a.example/1.txt", "text/plain", chinese * 3)])
    (record,) = newsclaims.load_records([path], keep_going=True)
    assert record.error is not None and "cannot decode as utf-8" in record.error
