"""A Japanese page in ISO-2022-JP, the 7-bit encoding of older Japanese pages and mail, is read
as Japanese. Its bytes are all below 128, so it went to trafilatura as ASCII and came out as
its escape codes (``$B=hM}?e`` for ``処理水``), whether its ``<meta>`` named the encoding or not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import newsclaims

PARAGRAPHS = (
    "東京電力は二十日、福島第一原子力発電所の処理水の海洋放出を再開したと発表した。",
    "放出は十七日間かけて約七千八百トンを流す計画で、周辺海域のトリチウム濃度を監視する。",
    "漁業関係者からは風評被害を懸念する声が上がっており、政府は支援策を説明した。",
)
HALF_WIDTH = "ｶﾀｶﾅの見出し：株価は３日続落、終値は３万８千円台"


def _page(meta: str, paragraphs: tuple[str, ...], title: str = "処理水の放出を再開") -> str:
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    return (
        f"<!DOCTYPE html><html><head>{meta}<title>{title}</title></head><body>"
        f"<article><h1>{title}</h1>{body}</article></body></html>"
    )


@pytest.mark.parametrize(
    "meta", ["", '<meta charset="iso-2022-jp">', '<meta charset="utf-8">', '<meta charset="x">']
)
def test_an_iso_2022_jp_page_is_read_as_japanese(tmp_path: Path, meta: str) -> None:
    path = tmp_path / "news.html"
    path.write_bytes(_page(meta, PARAGRAPHS).encode("iso2022_jp"))
    (record,) = newsclaims.load_records([path])
    assert record.error is None
    for paragraph in PARAGRAPHS:
        assert paragraph in record.text
    assert "\x1b" not in record.text and "$B" not in record.text


def test_half_width_katakana_is_read_too(tmp_path: Path) -> None:
    paragraphs = (HALF_WIDTH, *PARAGRAPHS)
    path = tmp_path / "news.html"
    path.write_bytes(_page("", paragraphs).encode("iso2022_jp_ext"))
    (record,) = newsclaims.load_records([path])
    assert HALF_WIDTH in record.text


def test_ascii_pages_are_read_as_before(tmp_path: Path) -> None:
    text = "The council approved the budget on Tuesday by 7 votes to 2, the clerk said. " * 3
    path = tmp_path / "news.html"
    path.write_bytes(_page("", (text, text.upper()), "Budget passed").encode("ascii"))
    (record,) = newsclaims.load_records([path])
    assert text.strip() in record.text


def test_an_escape_that_is_no_iso_2022_jp_is_left_alone(tmp_path: Path) -> None:
    # (ESC $ B and then a byte no JIS X 0208 row holds: not ISO-2022-JP, read as it was.)
    text = "Prices rose 3% in May, the statistics office said on Friday morning in Tokyo."
    raw = (
        _page("", (text, text), "Prices rose")
        .encode("ascii")
        .replace(b"<h1>", b"<h1>\x1b$B\x7f\x7f\x1b(B")
    )
    path = tmp_path / "news.html"
    path.write_bytes(raw)
    (record,) = newsclaims.load_records([path])
    assert record.error is None
    assert text in record.text
