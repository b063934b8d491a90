"""The page cleaner's session 14 rules on kinds of page scrape, against ordinary news text
they took for page furniture (the review's cases): last paragraphs taken for a writer's bio,
hard-wrapped text in other scripts, subheadings taken for photo credits, a promo line over a
hard-wrapped paragraph, a sentence split by an ad's label in indented text."""

from __future__ import annotations

import textwrap

import pytest

from newsclaims._text import rebuild_raw

from .test_cleaning_unfamiliar import ENGLISH, FOOTER, MENU, SPLIT, clean, words

OIL = (
    "Oil prices rose sharply on Monday after producers agreed to extend output cuts into next "
    "year, traders said, lifting benchmark crude to its highest level since April.",
    "Brent crude futures climbed 3.1 per cent to 88.40 dollars a barrel in London, while the US "
    "benchmark gained 2.9 per cent, as investors bet that supply would stay tight.",
    "Analysts at several banks raised their forecasts for the fourth quarter, saying demand "
    "from China had held up better than expected despite the weak recovery in its property "
    "sector.",
)


# A last paragraph that tells what someone is or was is no writer's bio ---------------------


@pytest.mark.parametrize(
    "last",
    [
        "Rishi Sunak was heavily criticised by opposition leaders for the decision.",
        "President Joe Biden was speaking to reporters at the White House on Monday.",
        "Saudi Arabia is the world's largest crude producer and the group's de facto leader.",
        "Medicare Advantage covers about half of all beneficiaries, according to the agency.",
        "Senator Bernie Sanders is a longtime critic of the oil industry and wants a new tax.",
        "Anna Politkovskaya was a journalist who was shot dead in Moscow in 2006.",
        "Kamala Harris is expected to address reporters later on Tuesday.",
    ],
)
def test_a_last_paragraph_about_someone_is_no_writers_bio(last: str) -> None:
    for raw in (
        "\n".join((*MENU, "Oil jumps as producers extend cuts", *OIL, last, *FOOTER)),
        "\n".join((*MENU, "Oil jumps as producers extend cuts", "By Tom Hale", *OIL, last)),
        "\n\n".join((*OIL, last)),
        "\n\n".join((*OIL[:2], last, OIL[2])),
    ):
        doc = clean(raw)
        assert last in doc.body
        assert not any(r.reason == "author bio" for r in doc.removals)


SPANISH = (
    "El Gobierno aprobó este martes un paquete de medidas para contener la inflación, que en "
    "septiembre se situó en el 4,2 por ciento, según los datos del instituto de estadística.",
    "Las medidas incluyen una rebaja del IVA de los alimentos básicos y ayudas directas para "
    "las familias con menos ingresos, que podrán solicitarse a partir del próximo mes.",
)
FRENCH = (
    "Le gouvernement a présenté mardi un projet de loi visant à réduire les délais de "
    "construction des logements sociaux, alors que la crise du logement s'aggrave.",
    "Selon le ministère, plus de deux millions de ménages attendent actuellement un logement "
    "social, un chiffre en hausse de dix pour cent par rapport à l'année dernière.",
)


@pytest.mark.parametrize(
    ("paragraphs", "last"),
    [
        (SPANISH, "El Banco Central es la autoridad monetaria del país y fija los tipos."),
        (SPANISH, "La Comisión Nacional es la autoridad encargada de vigilar los precios."),
        (FRENCH, "Le Conseil Constitutionnel est l'autorité qui devra valider le texte."),
    ],
)
def test_an_authority_is_no_author(paragraphs: tuple[str, ...], last: str) -> None:
    # "autoridad", "autorité" opened with a role's letters ("autor").
    assert last in clean("\n\n".join((*paragraphs, last))).body


def test_a_bio_goes_where_it_names_the_byline_or_stands_below_the_article() -> None:
    bio = "Laura Bianchi is a correspondent based in Rome, covering energy."
    head = ("Oil jumps as producers extend cuts",)
    for raw in (
        "\n".join((*MENU, *head, "By Laura Bianchi", *OIL, bio, *FOOTER)),
        "\n".join((*MENU, *head, *OIL, "Share this article", bio, *FOOTER[1:])),
    ):
        doc = clean(raw)
        assert any(r.reason == "author bio" and bio in r.text for r in doc.removals)
        assert words(doc.body) == words(" ".join(OIL))
    # Another writer's byline: a paragraph on someone else.
    raw = "\n".join((*MENU, *head, "By Tom Hale", *OIL, bio, *FOOTER))
    assert not any(r.reason == "author bio" for r in clean(raw).removals)


# Hard-wrapped text in Cyrillic and Greek ---------------------------------------------------

RUSSIAN = (
    "Городской совет во вторник вечером проголосовал за закрытие двух из семи районных "
    "библиотек до конца года, несмотря на петицию, которую подписали более четырёх тысяч "
    "жителей.",
    "По словам депутатов, закрытие библиотек позволит сэкономить около тридцати миллионов "
    "рублей в год, и эти деньги нужны, чтобы остальные библиотеки работали по субботам.",
    "Никто не приходит в местную политику, чтобы закрывать библиотеки, сказала глава совета "
    "Анна Петрова, но у нас не осталось выбора из-за сокращения финансирования.",
)
GREEK = (
    "Το δημοτικό συμβούλιο ψήφισε την Τρίτη το βράδυ το κλείσιμο δύο από τις επτά δημοτικές "
    "βιβλιοθήκες μέχρι το τέλος του έτους, παρά την αναφορά που υπέγραψαν χιλιάδες κάτοικοι.",
    "Οι σύμβουλοι είπαν ότι το κλείσιμο θα εξοικονομήσει περίπου τετρακόσιες χιλιάδες ευρώ τον "
    "χρόνο, χρήματα που χρειάζονται για να μένουν ανοιχτές οι υπόλοιπες βιβλιοθήκες.",
    "Κανείς δεν μπαίνει στην τοπική πολιτική για να κλείνει βιβλιοθήκες, είπε η δήμαρχος Άννα "
    "Παπαδοπούλου, αλλά δεν μας άφησαν άλλη επιλογή με τις περικοπές της χρηματοδότησης.",
)


@pytest.mark.parametrize(
    ("paragraphs", "menu", "footer"),
    [
        (RUSSIAN, ("Главная", "Новости", "Спорт", "Экономика"), ("Поделиться", "© 2024 Газета")),
        (GREEK, ("Αρχική", "Ειδήσεις", "Αθλητικά", "Οικονομία"), ("Κοινοποίηση", "© 2024 Νέα")),
    ],
    ids=["ru", "el"],
)
@pytest.mark.parametrize("width", [72, 80])
def test_hard_wrapped_cyrillic_and_greek_keep_their_article(
    paragraphs: tuple[str, ...], menu: tuple[str, ...], footer: tuple[str, ...], width: int
) -> None:
    # Lines that open in lower case were counted in ASCII only: no such text was hard-wrapped,
    # and its paragraphs went as link lists.
    wrapped = "\n\n".join(textwrap.fill(p, width, break_on_hyphens=False) for p in paragraphs)
    raw = "\n".join((*menu, paragraphs[0].split(",")[0][:40], wrapped, *footer))
    assert words(clean(raw).body) == words(" ".join(paragraphs))


# A sentence split by an ad's label in indented text ----------------------------------------


@pytest.mark.parametrize("indent", ["  ", "\t"])
@pytest.mark.parametrize("on_page", [True, False], ids=["page", "article-only"])
def test_an_ad_label_that_splits_an_indented_sentence_leaves_it_whole(
    indent: str, on_page: bool
) -> None:
    # The line under the label was tested for lower case at its indentation: the halves
    # stayed a paragraph apart, two sentences.
    paragraphs = (ENGLISH[0], SPLIT[0], "ADVERTISEMENT", SPLIT[1], *ENGLISH[1:])
    paragraphs = tuple(indent + p for p in paragraphs)
    raw = "\n\n".join(
        (*MENU, "Water main break floods downtown", *paragraphs, *FOOTER) if on_page else paragraphs
    )
    doc = clean(raw)
    assert "ADVERTISEMENT" not in doc.body
    whole = " ".join(SPLIT[0].split()[-4:] + SPLIT[1].split())
    assert any(" ".join(doc.text[s.start : s.end].split()).endswith(whole) for s in doc.sentences)
    assert rebuild_raw(doc.text, doc.removals) == raw


# Subheadings with a slash or "via" are no photo credits ------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        *("US/China Trade War", "EU/UK Relations", "NATO/Russia Tensions", "LGBTQ/Trans Rights"),
        *("CEO/Founder Jane Smith", "The Economist/YouGov Poll", "The Times/Sienna Poll"),
        *("Getting There via Amtrak", "From London via Paris", "Live via Satellite"),
    ],
)
def test_a_subheading_with_a_slash_or_via_is_no_photo_credit(line: str) -> None:
    for raw in (
        "\n".join((*MENU, "Council votes to close libraries", *ENGLISH[:2], line, *ENGLISH[2:])),
        "\n\n".join((*ENGLISH[:2], line, *ENGLISH[2:])),
    ):
        doc = clean(raw)
        assert line in doc.body
        assert not any(r.reason == "caption with agency credit" for r in doc.removals)


@pytest.mark.parametrize(
    "line", ["Markets/The Week Ahead", "Supply/The Long View", "Then/The Aftermath"]
)
def test_a_subheading_with_an_article_after_its_slash_is_no_photo_credit(line: str) -> None:
    # The last side opens with "The" as a paper's name does: the subheading went as a caption.
    doc = clean("\n\n".join((*ENGLISH[:2], line, *ENGLISH[2:])))
    assert line in doc.body
    assert not any(r.reason == "caption with agency credit" for r in doc.removals)


@pytest.mark.parametrize(
    "credit", ["JEAN-PIERRE CLATOT/AFP", "ANP/Remko de Waal", "Jane Doe via Getty Images"]
)
def test_a_credit_with_an_agency_across_its_slash_or_after_via_goes(credit: str) -> None:
    raw = "\n\n".join((*ENGLISH[:2], credit, *ENGLISH[2:]))
    doc = clean(raw)
    assert credit not in doc.body
    assert any(r.reason == "caption with agency credit" for r in doc.removals)


# A promo line set right against a hard-wrapped paragraph -----------------------------------

PROMO = "Subscribe to our newsletter to get the day's top stories every morning."


@pytest.mark.parametrize(("width", "where"), [(76, "above"), (72, "above"), (72, "below")])
def test_a_promo_line_against_a_hard_wrapped_paragraph_goes_alone(width: int, where: str) -> None:
    # The break under the promo (it runs on at the text's width) was read as a space: the
    # paragraph went with it as a cookie/subscription line.
    paragraphs = [textwrap.fill(p, width) for p in ENGLISH]
    if where == "above":
        paragraphs[1] = f"{PROMO}\n{paragraphs[1]}"
    else:
        paragraphs[3] = f"{paragraphs[3]}\n{PROMO}"
    raw = "\n".join((*MENU, "Council votes to close libraries", "\n\n".join(paragraphs), *FOOTER))
    doc = clean(raw)
    assert words(doc.body) == words(" ".join(ENGLISH))
    assert [r.text.strip() for r in doc.removals if r.reason == "cookie/subscription line"] == [
        PROMO
    ]


def test_a_hard_wrapped_paragraph_cut_at_a_sentences_end_stays_whole() -> None:
    # A line that ends a sentence inside a paragraph still runs on into the next.
    wrapped = "\n\n".join(textwrap.fill(p, 80) for p in RUSSIAN)
    last = (
        "Противники решения говорят, что экономия невелика по сравнению с ущербом. Учитель "
        "Давид Оуэнс, организовавший петицию, сказал, что многим семьям больше негде делать "
        "уроки."
    )
    wrapped += "\n\n" + textwrap.fill(last, 80)
    assert "ущербом.\n" in wrapped
    raw = "\n".join(("Главная", "Новости", "Спорт", "Экономика", "Совет закрывает библиотеки"))
    raw += "\n" + wrapped + "\nПоделиться\n© 2024 Газета"
    assert words(clean(raw).body) == words(" ".join((*RUSSIAN, last)))


# A line inside a hard-wrapped paragraph that reads as a promo ---------------------------------

BANK = (
    "Banks are warning customers about a new wave of text messages that pretend to come from "
    "their fraud teams and ask them to confirm a payment by clicking a link.",
    "If you get a message like this, do not click the link. Instead, log in to your banking "
    "app directly and check whether the payment is genuine, the bank said.",
    "The regulator said it had received more than 4,000 complaints in the past month, most of "
    "them from older customers who had been tricked into handing over passwords.",
)


@pytest.mark.parametrize("width", [56, 60, 70, 72, 76, 77])
def test_a_wrapped_line_that_reads_as_a_promo_joins_its_paragraph(width: int) -> None:
    # "If you get a message like this, do not click the link. Instead, log in" went alone, mid
    # sentence, as a cookie/subscription line.
    raw = "\n\n".join(textwrap.fill(p, width) for p in BANK)
    doc = clean(raw)
    assert not doc.removals
    assert words(doc.text) == words(" ".join(BANK))
