"""A plain-text URL list (a ``sitemap.txt``, a list of pages for ``wget -i``) is no article:
it was parsed as one, its addresses the text. It is refused as feeds and XML sitemaps are,
with a one-line error naming the file; an article that holds addresses, even a reference list
of bare ones, is read as before."""

from __future__ import annotations

import gzip
import io
import sys
from pathlib import Path

import pytest

import newsclaims
from newsclaims.cli import main
from newsclaims.default_plugins.loaders import _url_lines, _url_list

URL_LISTS = {
    "sitemap.txt": (
        "https://www.example-times.co.uk/news/uk-politics-68912345\n"
        "https://www.example-times.co.uk/news/world-europe-68911111\n"
        "https://www.example-times.co.uk/sport/football/68900001\n"
    ),
    "blank-lines-crlf.txt": (
        "\r\nhttps://noticias.example.com.br/economia/2024/05/inflacao-sobe.html\r\n\r\n"
        "https://noticias.example.com.br/politica/2024/05/eleicoes.html\r\n\r\n"
    ),
    "bom-and-spaces.txt": (
        "\ufeff  http://archive.example.org/1998/03/12/story1.htm  \n"
        "\thttp://archive.example.org/1998/03/13/story2.htm\n"
    ),
    "www-no-scheme.txt": "www.example.de/politik/artikel-123\nwww.example.de/wirtschaft/a-9\n",
    "one-url": "https://news.example.jp/articles/2024/0506/001.html",
    "query-strings.txt": (
        "https://example.com/article?id=123&utm_source=rss\n"
        "https://example.com/article?id=124#comments\n"
        "HTTPS://EXAMPLE.COM/ARTICLE?ID=125\n"
    ),
}

ARTICLES = {
    "inline-urls": (
        "The ministry published the figures on its website, https://gov.example/stats, on "
        "Monday.\nOfficials said the data, also at www.stats.example/2024, showed growth.\n"
    ),
    "reference-list": (
        "Inflation rose to 3.2% in March, the statistics office said.\n\n"
        "Food prices led the rise, analysts said.\n\nSources:\n"
        "https://stats.example.pt/inflation-march\nhttps://bank.example.pt/outlook\n"
    ),
    "urls-then-prose": (
        "https://www.example.com/live/2024-05-06\n"
        "Live updates: The storm reached the coast early on Monday, forecasters said.\n"
    ),
    "numbered-references": (
        "[1] https://journal.example.org/doi/10.1000/182\n"
        "[2] https://journal.example.org/doi/10.1000/183\n"
    ),
    "markdown-links": "- https://a.example/1\n- https://a.example/2\n",
    "url-with-words": "https://example.com/story was first reported by the Courier.\n",
}


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


@pytest.mark.parametrize("name", sorted(URL_LISTS))
def test_a_url_list_is_refused_naming_what_it_is(tmp_path: Path, name: str) -> None:
    path = _write(tmp_path, name, URL_LISTS[name])
    with pytest.raises(newsclaims.InputError) as info:
        list(newsclaims.parse_many([path]))
    message = str(info.value)
    assert message.startswith(f"{path}: is a list of web addresses")
    assert "not an article" in message and "fetch the pages" in message
    assert "\n" not in message
    with pytest.raises(newsclaims.InputError, match="not an article"):
        newsclaims.parse_file(path)


def test_a_gzipped_url_list_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "sitemap.txt.gz"
    path.write_bytes(gzip.compress(URL_LISTS["sitemap.txt"].encode()))
    with pytest.raises(newsclaims.InputError, match="is a list of web addresses"):
        newsclaims.parse_file(path)


def test_a_long_url_list_is_refused_past_its_first_bytes(tmp_path: Path) -> None:
    text = "".join(f"https://www.example.com/news/2024/{i:05d}/story.html\n" for i in range(5000))
    path = _write(tmp_path, "big-sitemap.txt", text)
    with pytest.raises(newsclaims.InputError, match="is a list of web addresses"):
        newsclaims.parse_file(path)


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_an_article_with_addresses_is_read(tmp_path: Path, name: str) -> None:
    path = _write(tmp_path, f"{name}.txt", ARTICLES[name])
    (doc,) = newsclaims.parse_many([path])
    assert doc.raw == ARTICLES[name]
    assert newsclaims.parse_file(path).raw == ARTICLES[name]


def test_an_article_that_opens_with_a_page_of_addresses_is_read(tmp_path: Path) -> None:
    # (More addresses than the loaders look at first, then the article: read as text.)
    text = "".join(f"https://cdn.example.net/img/{i:04d}.jpg\n" for i in range(200))
    text += "\nThe museum reopened on Saturday after a two-year renovation, its director said.\n"
    path = _write(tmp_path, "gallery.txt", text)
    (doc,) = newsclaims.parse_many([path])
    assert doc.raw == text
    assert "museum reopened" in newsclaims.parse_file(path).text


def test_a_url_list_is_a_failure_of_its_own_and_the_rest_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    urls = _write(tmp_path, "a-urls.txt", URL_LISTS["sitemap.txt"])
    story = _write(tmp_path, "b-story.txt", ARTICLES["reference-list"])
    results = list(newsclaims.parse_many([tmp_path], keep_going=True))
    assert [type(r).__name__ for r in results] == ["Failure", "Document"]
    assert results[0].path == str(urls)
    assert main(["extract", "--format", "jsonl", str(urls), str(story)], out=io.StringIO()) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith(f"newsclaims: error: {urls}: is a list of web addresses")
    out = io.StringIO()
    status = main(["extract", "--keep-going", "--format", "jsonl", str(urls), str(story)], out=out)
    assert status == 2
    lines = out.getvalue().splitlines()
    assert len(lines) == 2 and '"error"' in lines[0] and '"claims"' in lines[1]


def test_standard_input_that_is_a_url_list_is_refused(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = URL_LISTS["sitemap.txt"].encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(data))))
    assert main(["clean", "-"], out=io.StringIO()) == 2
    assert "<stdin>: is a list of web addresses" in capsys.readouterr().err


def test_standard_input_that_opens_with_addresses_is_read_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = ARTICLES["urls-then-prose"]
    stdin = io.TextIOWrapper(io.BufferedReader(io.BytesIO(text.encode())))
    monkeypatch.setattr(sys, "stdin", stdin)
    (doc,) = newsclaims.parse_many(["-"])
    assert doc.raw == text


@pytest.mark.parametrize(
    "head",
    [b"", b"\n\n", b"The port reopened.", b"http", b"https://a.example/x is down\n"],
)
def test_what_is_no_url_list_is_none(head: bytes) -> None:
    assert not _url_list(head)
    assert not _url_lines(head.decode())
