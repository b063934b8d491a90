"""A page in an 8-bit code page of Latin letters that says no encoding (or says UTF-8, which
it is not) is read in the code page its letters are most plausible in. trafilatura's guess
read Portuguese in Windows-1252 or ISO-8859-1 as Windows-1250 (``Săo Paulo``, ``açőes``), and
Polish and Slovak pages wrong; UTF-8, byte-order marks and what a page says stay first."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

import newsclaims
from newsclaims.default_plugins._codepages import CANDIDATES, guess_latin

# (language, encoding, paragraphs): each told by its letters, none by a list of words.
PAGES = {
    "pt-br-1252": (
        "cp1252",
        "O governo de São Paulo anunciou nesta segunda-feira novas ações para a educação. "
        "As eleições não mudarão a política de habitação, disse o secretário, que prometeu "
        "mais investimentos nas regiões do interior.",
    ),
    "pt-pt-latin1": (
        "iso8859-1",
        "A inflação em Portugal subiu para 3,2% em março, segundo o Instituto Nacional de "
        "Estatística. Os preços da alimentação lideraram a subida, com destaque para o pão, "
        "e as negociações salariais continuam até ao verão.",
    ),
    "pt-short": ("cp1252", "Os sindicatos convocaram greves em três cidades."),
    "hu-1250": (
        "cp1250",
        "A kormány szerint a gazdaság növekedése lassult az első negyedévben. Az árak "
        "emelkedése őszre csökkenhet, mondta a pénzügyminiszter csütörtökön, a fűtés azonban "
        "drágul.",
    ),
    "hu-latin2": (
        "iso8859-2",
        "Budapesten a főpolgármester bejelentette, hogy a közlekedési díjak nőnek jövőre. "
        "Az ellenzék bírálta a döntést; a fővárosi közgyűlés jövő héten szavaz.",
    ),
    "en-gb-pounds": (
        "cp1252",
        "The Treasury said the deal was worth £3.5bn and would create 2,000 jobs. Shares rose "
        "4% to £4.20 in London, valuing the group at about £12bn.",
    ),
    "en-gb-pound-once": ("cp1252", "Fares will rise by £1 from April, the operator said."),
    "pl-latin2": (
        "iso8859-2",
        "Premier powiedział w środę, że rząd nie podniesie podatków. Źródła w ministerstwie "
        "twierdzą, że decyzja zapadła już w zeszłym tygodniu.",
    ),
    "sk-1250": (
        "cp1250",
        "Ľudia v Žiline čakali na autobus vyše hodiny, povedal starosta. Dopravca sľúbil, "
        "že sa to už nezopakuje.",
    ),
    "sl-latin2": (
        "iso8859-2",
        "Vlada je v ponedeljek sporočila, da ne bo zviševala davkov, je dejal minister. "
        "Opozicija zahteva pojasnila o cenah in plačah.",
    ),
    "hr-1250": (
        "cp1250",
        "Vlada je u ponedjeljak najavila da neće povećavati poreze, rekao je ministar "
        "financija. Oporba traži objašnjenje o cijenama.",
    ),
    "ro-1250": (
        "cp1250",
        "Guvernul a anunţat că preţurile la energie vor creşte în toamnă, a declarat "
        "ministrul. Opoziţia cere demisia acestuia.",
    ),
    "tr-1254": (
        "cp1254",
        "Türkiye'de enflasyon şubat ayında yüzde 67'ye yükseldi. Merkez Bankası başkanı "
        "faiz kararının ağustosta açıklanacağını söyledi.",
    ),
    "lt-1257": (
        "cp1257",
        "Vyriausybė pirmadienį paskelbė, kad mokesčiai nedidės. Šiemet žmonės už šildymą "
        "mokės daugiau, o kainų augimas sulėtės, sakė ministras.",
    ),
    "fr-latin9": (
        "iso8859-15",
        "Le prix de l'œuf a augmenté de 2 € en un an, selon l'Insee. Les éleveurs réclament "
        "une aide de l'État.",
    ),
    "is-1252": (
        "cp1252",
        "Ríkisstjórnin tilkynnti í dag að skattar verði ekki hækkaðir, sagði ráðherrann. "
        "Þingið fjallar um frumvarpið í næstu viku.",
    ),
}


def _page(body: str, meta: str) -> str:
    return (
        f"<!DOCTYPE html><html><head>{meta}<title>News</title></head><body><article>"
        f"<h1>News of the day</h1><p>{body}</p><p>{body}</p></article></body></html>"
    )


@pytest.mark.parametrize("meta", ["", '<meta charset="utf-8">'])
@pytest.mark.parametrize("name", sorted(PAGES))
def test_a_page_in_a_latin_code_page_is_read_in_it(tmp_path: Path, name: str, meta: str) -> None:
    encoding, body = PAGES[name]
    path = tmp_path / f"{name}.html"
    path.write_bytes(_page(body, meta).encode(encoding))
    (record,) = newsclaims.load_records([path])
    assert record.error is None
    assert body in record.text


@pytest.mark.parametrize("name", sorted(PAGES))
def test_the_guess_reads_each_text_as_written(name: str) -> None:
    encoding, body = PAGES[name]
    told = guess_latin(body.encode(encoding))
    assert told is not None
    assert told[0] == body
    assert told[1] in CANDIDATES


@pytest.mark.parametrize(
    ("encoding", "body"),
    [
        ("cp1251", "Правительство заявило, что «не будет повышать налоги» — сказал министр."),
        ("koi8-r", "Правительство заявило, что не будет повышать налоги, сказал министр."),
        ("cp1251", "Правителството обяви, че „няма да вдига данъците“ – каза министърът."),
        ("cp1253", "Η κυβέρνηση ανακοίνωσε ότι «δεν θα αυξήσει τους φόρους» – είπε ο υπουργός."),
        ("cp1255", "הממשלה הודיעה כי לא תעלה את המסים, אמר השר."),
    ],
)
def test_other_scripts_are_left_to_the_other_guess(encoding: str, body: str) -> None:
    assert guess_latin(body.encode(encoding)) is None


def test_ascii_is_no_guess() -> None:
    assert guess_latin(b"Plain ASCII, nothing to tell.") is None


def test_a_name_from_another_language_does_not_stop_the_guess() -> None:
    body = (
        "A cantora islandesa Björk Guðmundsdóttir atuou em São Paulo com a orquestra, que "
        "também tocou canções de Sigur Rós; a direção coube a João Carlos Martins, e as "
        "apresentações esgotaram em três horas."
    )
    assert guess_latin(body.encode("cp1252")) == (body, "cp1252")


@pytest.mark.parametrize("name", ["pt-br-1252", "hu-1250"])
def test_utf8_and_marks_come_first(tmp_path: Path, name: str) -> None:
    _, body = PAGES[name]
    for data in (
        _page(body, "").encode("utf-8"),
        codecs.BOM_UTF8 + _page(body, "").encode("utf-8"),
        _page(body, "").encode("utf-16"),
    ):
        path = tmp_path / f"{name}.html"
        path.write_bytes(data)
        (record,) = newsclaims.load_records([path])
        assert body in record.text


def test_a_page_that_names_its_code_page_is_read_in_it(tmp_path: Path) -> None:
    # (Portuguese bytes named Windows-1250 are read as named: what a page says comes first.)
    _, body = PAGES["pt-br-1252"]
    path = tmp_path / "named.html"
    path.write_bytes(_page(body, '<meta charset="windows-1250">').encode("cp1252"))
    (record,) = newsclaims.load_records([path])
    assert body.encode("cp1252").decode("cp1250") in record.text


def test_a_text_file_is_still_not_guessed(tmp_path: Path) -> None:
    _, body = PAGES["pt-br-1252"]
    path = tmp_path / "old-export.txt"
    path.write_bytes(body.encode("cp1252"))
    with pytest.raises(newsclaims.InputError, match="cannot decode as utf-8"):
        newsclaims.parse_file(path)


@pytest.mark.parametrize("name", ["hu-1250", "pt-br-1252", "pl-latin2"])
def test_a_long_page_is_told_by_a_sample_of_its_letters(name: str) -> None:
    # (More letters above ASCII than are looked at, in a text that repeats: a sample taken
    # every nth letter saw one letter of it alone, and read Hungarian as Windows-1252.)
    encoding, body = PAGES[name]
    text = f"<p>{body}</p>\n" * 3000
    assert guess_latin(text.encode(encoding)) == (text, encoding)
