"""A page in a legacy encoding that names it in a ``<meta>`` after a long head (inline scripts,
styles, JSON-LD, as CMS pages have): the name was looked for in the first 8 KB alone, and the
page's encoding was guessed, every letter of a Russian or Greek page wrong (Windows-1250).
The rest of the head, up to the ``<body>``, is now read, as a browser reads a page again in the
encoding a late ``<meta>`` names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsclaims
from newsclaims.default_plugins.loaders import _own_charset

SCRIPT = "<script>window.__CONFIG__ = " + json.dumps({f"key{i}": f"value {i}" for i in range(600)})
SCRIPT += ";</script>"
STYLE = "<style>" + "".join(f".c{i} {{ margin: {i}px; color: #{i:06x}; }}\n" for i in range(400))
STYLE += "</style>"
LD = '<script type="application/ld+json">' + json.dumps({"@type": "NewsArticle"}) * 400
LD += "</script>"

ARTICLES = {
    "ru": (
        "windows-1251",
        "Городской совет во вторник утвердил бюджет в размере 4,2 млн рублей, сообщили в "
        "администрации. «Это хороший день», — сказала мэр Анна Ли.",
    ),
    "el": (
        "iso-8859-7",
        "Το δημοτικό συμβούλιο ενέκρινε την Τρίτη προϋπολογισμό 4,2 εκατ. ευρώ, ανακοίνωσε ο "
        "δήμος. «Είναι καλή μέρα», δήλωσε η δήμαρχος Άννα Λη.",
    ),
    "pl": (
        "windows-1250",
        "Rada miasta zatwierdziła we wtorek budżet w wysokości 4,2 mln zł, poinformował urząd. "
        "„To dobry dzień”, powiedziała burmistrz Anna Łęcka.",
    ),
    "ja": (
        "shift_jis",
        "市議会は火曜日、4億2千万円の予算案を可決したと市役所が発表した。"
        "「良い日だ」と李アンナ市長は述べた。",
    ),
    "tr": (
        "windows-1254",
        "Belediye meclisi salı günü 4,2 milyon liralık bütçeyi onayladı, belediye açıkladı. "
        "“Bugün güzel bir gün” dedi Başkan Ayşe Çelik.",
    ),
}


def page(lang: str, head: str, meta: str) -> bytes:
    codec, text = ARTICLES[lang]
    html = (
        f"<!DOCTYPE html><html lang='{lang}'><head>{head}{meta.format(codec=codec)}"
        f"<title>Budget</title></head><body><article><h1>Budget</h1>"
        + f"<p>{text}</p>" * 3
        + "</article></body></html>"
    )
    return html.encode(codec)


@pytest.mark.parametrize("lang", sorted(ARTICLES))
@pytest.mark.parametrize(
    ("head", "meta"),
    [
        (SCRIPT, "<meta charset='{codec}'>"),
        (STYLE + "<!-- <meta charset='utf-8'> -->", '<meta charset="{codec}">'),
        (LD, '<meta http-equiv="Content-Type" content="text/html; charset={codec}">'),
    ],
    ids=["script", "style", "json-ld"],
)
def test_a_late_meta_charset_is_the_pages_encoding(
    tmp_path: Path, lang: str, head: str, meta: str
) -> None:
    data = page(lang, head, meta)
    assert data.index(b"<meta") > 8192
    path = tmp_path / f"{lang}.html"
    path.write_bytes(data)
    (doc,) = newsclaims.parse_many([path])
    assert ARTICLES[lang][1] in doc.text


def test_a_meta_charset_in_the_body_is_not_the_pages() -> None:
    # (An embedded snippet's, a widget's: the page's own is named in its head.)
    body = "<body>" + "<p>x</p>" * 2000 + "<meta charset='koi8-r'></body>"
    assert _own_charset(f"<html><head>{SCRIPT}</head>{body}</html>".encode()) is None
    late = f"<html><head>{SCRIPT}<meta charset='windows-1251'></head>{body}</html>"
    assert _own_charset(late.encode()) == "windows-1251"
