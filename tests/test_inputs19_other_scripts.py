"""A page in an 8-bit code page of Cyrillic, Greek, Hebrew or Arabic letters that says no
encoding (or says UTF-8, which it is not) is read in the code page its letters are most
plausible in, as pages in Latin code pages are (test_inputs18_code_pages.py). It was left to
trafilatura's guess, which read ISO-8859-7's ``Άδωνις`` as Windows-1253's ``¶δωνις``, and
Hebrew, Arabic and Mac Cyrillic pages wrong. The readings of other scripts are told by what is
odd in them (a capital after a small letter, two scripts in one word, a word that opens with
``ь``, a Greek ``ς`` inside a word, a Hebrew final letter inside one...), never by a word list.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import newsclaims
from newsclaims.default_plugins._codepages import (
    CANDIDATES,
    OTHER_CANDIDATES,
    guess_code_page,
    guess_latin,
)

from .test_inputs18_code_pages import PAGES

# (language, code pages, article): each written for this test, in the language's own style.
ARTICLES = {
    "ru": (
        ("cp1251", "koi8-r", "iso8859-5", "mac-cyrillic"),
        "Правительство заявило в среду, что не будет повышать налоги в этом году, сказал "
        "министр финансов Антон Силуанов. Оппозиция потребовала объяснений по поводу цен на "
        "энергию. В Москве в четверг прошёл митинг. Полиция задержала 15 человек, сообщает "
        "ТАСС. Объём ущерба не уточняется. Центробанк сохранил ключевую ставку на уровне 16%.",
    ),
    "ru-report": (
        ("cp1251", "koi8-r", "iso8859-5"),
        "ЕКАТЕРИНБУРГ, 3 апреля. Пожар на складе в промзоне потушили к утру, никто не "
        "пострадал, сообщили в МЧС. Площадь возгорания составила 1200 квадратных метров. "
        "Причины выясняет следствие; владелец склада отказался от комментариев.",
    ),
    "uk": (
        ("cp1251", "koi8-u"),
        "Уряд заявив у середу, що не підвищуватиме податки цього року, сказав міністр "
        "фінансів. Опозиція вимагає пояснень щодо цін на енергію. Верховна Рада ухвалила "
        "закон про бюджет на 2025 рік. За нього проголосували 257 народних депутатів. "
        "Ґрунтові води піднялися, їхній рівень зростає, є загроза підтоплення.",
    ),
    "uk-iso": (
        ("iso8859-5",),  # (which has no ґ)
        "Збройні сили України знищили 12 безпілотників над Одеською областю, заявили в "
        "Повітряних силах. Уламки впали на території двох сіл, їхні мешканці не постраждали.",
    ),
    "bg": (
        ("cp1251", "iso8859-5"),
        "Правителството обяви в сряда, че няма да вдига данъците тази година, каза "
        "финансовият министър. Опозицията поиска обяснения за цените на енергията. Народното "
        "събрание прие бюджета за 2025 година със 125 гласа, съобщи БТА.",
    ),
    "sr": (
        ("cp1251", "iso8859-5"),
        "Влада Србије саопштила је у среду да неће повећавати порезе, рекао је министар "
        "финансија. Љубиша Ђорђевић из Ниша изјавио је да ће џамија бити обновљена до јуна. "
        "Њихов предлог ће бити разматран следеће недеље.",
    ),
    "mk": (
        ("cp1251", "iso8859-5"),
        "Владата соопшти во средата дека нема да ги зголемува даноците, изјави министерот за "
        "финансии. Ѓорѓи Ќосев од Куманово рече дека ѕидот ќе биде поправен до јуни.",
    ),
    "be": (
        ("cp1251", "iso8859-5"),
        "Урад заявіў у сераду, што не будзе павышаць падаткі ў гэтым годзе, сказаў міністр "
        "фінансаў. Апазіцыя патрабуе тлумачэнняў наконт цэн на энергію.",
    ),
    "el": (
        ("cp1253", "iso8859-7"),
        "Η κυβέρνηση ανακοίνωσε την Τετάρτη ότι δεν θα αυξήσει τους φόρους φέτος, είπε ο "
        "υπουργός Οικονομικών. Σεισμός 5,2 Ρίχτερ σημειώθηκε στην Κρήτη. Δεν αναφέρθηκαν "
        "ζημιές, σύμφωνα με την Πυροσβεστική Υπηρεσία. Έκτακτη σύγκληση του ΚΥΣΕΑ.",
    ),
    "el-capitals": (
        ("cp1253", "iso8859-7"),
        "Ο Άδωνις Γεωργιάδης είπε ότι η Άνοιξη θα φέρει αλλαγές στο Άργος και στην Άρτα. "
        "Ο δήμαρχος Άμφισσας συμφώνησε, σύμφωνα με την ΕΡΤ.",
    ),
    "he": (
        ("cp1255", "iso8859-8"),
        "הממשלה הודיעה ביום רביעי כי לא תעלה את המסים השנה, אמר שר האוצר. האופוזיציה דרשה "
        "הסברים על מחירי האנרגיה והשכר. הכנסת אישרה את התקציב לשנת 2025 ברוב של 64 חברי "
        "כנסת. המשטרה עצרה שלושה חשודים בתל אביב.",
    ),
    "ar": (
        ("cp1256", "iso8859-6"),
        "أعلنت الحكومة يوم الأربعاء أنها لن ترفع الضرائب هذا العام، حسبما قال وزير المالية. "
        "وطالبت المعارضة بتفسيرات بشأن أسعار الطاقة والأجور. أقر البرلمان ميزانية عام 2025 "
        "بأغلبية 120 صوتا.",
    ),
}
#: Punctuation some of these code pages lack, as their pages write it.
_PLAIN = str.maketrans({"«": '"', "»": '"', "„": '"', "“": '"', "–": "-", "—": "-"})

CASES = [(name, codec) for name, (codecs, _) in sorted(ARTICLES.items()) for codec in codecs]


def _body(name: str, codec: str) -> str:
    body = ARTICLES[name][1]
    try:
        body.encode(codec)
    except UnicodeEncodeError:
        body = body.translate(_PLAIN)
    return body


def _page(body: str, meta: str) -> str:
    paragraphs = "".join(f"<p>{part}</p>" for part in re.split(r"(?<=\.) ", body))
    return (
        f"<!DOCTYPE html><html><head>{meta}<title>{body[:30]}</title></head><body><article>"
        f"<h1>{body[:40]}</h1>{paragraphs}</article></body></html>"
    )


@pytest.mark.parametrize("meta", ["", '<meta charset="utf-8">'])
@pytest.mark.parametrize(("name", "codec"), CASES)
def test_a_page_in_a_code_page_of_another_script_is_read_in_it(
    tmp_path: Path, name: str, codec: str, meta: str
) -> None:
    body = _body(name, codec)
    path = tmp_path / f"{name}.html"
    path.write_bytes(_page(body, meta).encode(codec))
    (record,) = newsclaims.load_records([path])
    assert record.error is None
    for sentence in re.split(r"(?<=\.) ", body):
        assert sentence in record.text


@pytest.mark.parametrize(("name", "codec"), CASES)
def test_the_guess_reads_each_text_as_written(name: str, codec: str) -> None:
    body = _body(name, codec)
    told = guess_code_page(body.encode(codec))
    assert told is not None
    assert told[0] == body
    assert told[1] in OTHER_CANDIDATES


@pytest.mark.parametrize(("name", "codec"), CASES)
def test_each_sentence_alone_is_read_as_written(name: str, codec: str) -> None:
    # (A short page, a title: a few dozen letters still tell, where the text's capitals
    # are not all in one place.)
    for sentence in re.split(r"(?<=\.) ", _body(name, codec)):
        if codec == "mac-cyrillic" and sentence.startswith("Ц"):
            continue  # (Mac's Ц is Windows-1251's dash: "–ентробанк", as plausible alone)
        told = guess_code_page(sentence.encode(codec))
        assert told is not None
        assert told[0] == sentence


def test_iso_8859_7s_capital_alpha_is_no_pilcrow(tmp_path: Path) -> None:
    # (The one letter ISO-8859-7 and Windows-1253 put apart: trafilatura read "¶δωνις".)
    body = ARTICLES["el-capitals"][1]
    path = tmp_path / "athens.html"
    path.write_bytes(_page(body, "").encode("iso8859-7"))
    (record,) = newsclaims.load_records([path])
    assert "Ο Άδωνις Γεωργιάδης" in record.text
    assert "¶" not in record.text


@pytest.mark.parametrize(("name", "codec"), CASES[:6])
def test_utf8_still_comes_first(tmp_path: Path, name: str, codec: str) -> None:
    body = _body(name, codec)
    path = tmp_path / f"{name}.html"
    path.write_bytes(_page(body, "").encode("utf-8"))
    (record,) = newsclaims.load_records([path])
    assert body.split(". ")[0] in record.text


@pytest.mark.parametrize(
    ("codec", "body"),
    [
        ("shift_jis", "政府は水曜日、今年は増税しないと発表した。財務大臣が述べた。"),
        ("euc_jp", "東京都の知事は１２日、会議で「警戒を続ける」と述べた。"),
        ("gb18030", "政府星期三宣布今年不会增税，财政部长说。反对派要求作出解释。"),
        ("big5", "國務院總理週三在北京會見了來訪的外國代表團。"),
        ("euc_kr", "정부는 수요일 올해 세금을 인상하지 않겠다고 발표했다."),
        ("cp874", "รัฐบาลประกาศเมื่อวันพุธว่าจะไม่ขึ้นภาษีในปีนี้"),
    ],
)
def test_asian_and_thai_texts_are_left_to_the_other_guess(codec: str, body: str) -> None:
    assert guess_code_page(body.encode(codec)) is None


def test_latin_texts_are_read_as_before() -> None:
    for codec, body in PAGES.values():
        for text in (body, *re.split(r"(?<=\.) ", body)):
            told = guess_code_page(text.encode(codec))
            assert told == guess_latin(text.encode(codec))
            assert told is None or told[1] in CANDIDATES


@pytest.mark.parametrize(
    "text",
    [
        "Primarul Capitalei a cerut mărirea bugetului pentru anul viitor.",
        "Mai mult de jumătate din bani au fost cheltuiţi în primele luni.",
        "Echipa a pierdut meciul în ultimul minut, după o pauză lungă.",
    ],
)
def test_one_romanian_a_breve_is_told_by_the_letter_after_it(text: str) -> None:
    # (Windows-1252's ã at 0xE3: Portuguese writes it before o, e or s alone, so "mãrirea"
    # is no Portuguese word; "cã" at a word's end could be, and stays Windows-1252.)
    assert guess_code_page(text.encode("cp1250")) == (text, "cp1250")


@pytest.mark.parametrize(
    "text",
    ["São Paulo", "Os alemães e as irmãs chegaram.", "A mãe disse não.", "SÃO PAULO"],
)
def test_portuguese_a_tilde_is_still_windows_1252(text: str) -> None:
    assert guess_code_page(text.encode("cp1252")) == (text, "cp1252")
