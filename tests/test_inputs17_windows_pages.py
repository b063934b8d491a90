"""A page in Windows-1252 that says it is UTF-8, or says nothing: trafilatura guessed an
encoding of DOS or the Mac for some (``The Ç10 fee Ś unpopular``). Where every byte above
ASCII reads alike in the Windows encodings of Latin letters and the page has Windows'
punctuation, it is read as Windows-1252. (Since session 18 every page in a code page of Latin
letters is told by its letters, Central European ones too: see test_inputs18_code_pages.py;
Cyrillic and Greek pages are none of guess_latin's: see test_inputs19_other_scripts.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest

import newsclaims
from newsclaims.default_plugins._codepages import guess_latin

WESTERN = {
    "en-euro": "The €10 fee — unpopular with drivers — was dropped, the council’s spokesman said.",
    "en-shares": "Shares fell 3% to €12.40 – the lowest since 2020 – after the profit warning.",
    "de": "„Wir müssen jetzt handeln“, sagte die Außenministerin – die Grünen stimmten zu.",
    "en-quotes": "“We’re not leaving,” said the café’s owner… The protest ended at noon.",
}
OTHERS = {
    "cs": ("cp1250", "Vláda v pondělí oznámila, že „nebude zvyšovat daně“ – řekl ministr."),
    "pl": ("cp1250", "Premier powiedział w środę, że „rząd nie podniesie podatków” – dodał."),
    "sk": ("cp1250", "Ľudia v Žiline čakali – „nič sa nestalo“, povedal starosta."),
    "ru": ("cp1251", "Правительство заявило, что «не будет повышать налоги» — сказал министр."),
    "bg": ("cp1251", "Правителството обяви, че „няма да вдига данъците“ – каза министърът."),
    "el": ("cp1253", "Η κυβέρνηση ανακοίνωσε ότι «δεν θα αυξήσει τους φόρους» – είπε ο υπουργός."),
}


def _page(body: str, meta: str) -> str:
    return (
        f"<!DOCTYPE html><html><head>{meta}<title>Fee dropped</title></head><body><article>"
        f"<h1>Fee dropped</h1>{f'<p>{body}</p>' * 3}</article></body></html>"
    )


@pytest.mark.parametrize("meta", ["", '<meta charset="utf-8">'])
@pytest.mark.parametrize("name", sorted(WESTERN))
def test_a_western_windows_page_is_read_as_it_is(tmp_path: Path, name: str, meta: str) -> None:
    body = WESTERN[name]
    path = tmp_path / f"{name}.html"
    path.write_bytes(_page(body, meta).encode("cp1252"))
    (record,) = newsclaims.load_records([path])
    assert body in record.text


@pytest.mark.parametrize("meta", ["", '<meta charset="utf-8">'])
@pytest.mark.parametrize("name", sorted(OTHERS))
def test_central_european_cyrillic_and_greek_pages_are_read_as_before_or_better(
    tmp_path: Path, name: str, meta: str
) -> None:
    encoding, body = OTHERS[name]
    data = _page(body, meta).encode(encoding)
    told = guess_latin(data)
    if name in ("cs", "pl", "sk"):  # (Latin letters: told by them, Polish and Slovak now right)
        assert told == (data.decode(encoding), encoding)
    else:
        assert told is None  # (left to trafilatura's guess)
    if name != "el":  # (those read right: the guess reads Greek as before, wrong)
        path = tmp_path / f"{name}.html"
        path.write_bytes(data)
        (record,) = newsclaims.load_records([path])
        assert body in record.text


@pytest.mark.parametrize(
    "text",
    [
        "Le café était fermé. Où est-il?",  # no Windows punctuation
        "Zoë’s “naïve” plan",  # ë and ï are ė and ď elsewhere
        "It cost £5 — or more",  # £ is Ł in Windows-1250
    ],
)
def test_bytes_that_read_alike_are_read_as_windows_1252(text: str) -> None:
    told = guess_latin(text.encode("cp1252"))
    assert told is not None
    assert told[0] == text
