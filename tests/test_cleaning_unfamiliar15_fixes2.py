"""Regression tests for the second review of session 15's page cleaner rules: each case is
one the first round of fixes got wrong (article text lost, boilerplate kept)."""

from __future__ import annotations

import pytest

from newsclaims.default_plugins.cleaning import page_removals

from .test_cleaning_unfamiliar import clean
from .test_cleaning_unfamiliar15 import RELEASE as ACME

HAMAS = (
    "Hamas says it will study new ceasefire proposal",
    "Hamas said on Tuesday it would study a new ceasefire proposal presented by Egyptian and "
    "Qatari mediators, as Israeli strikes killed at least 30 people across the Gaza Strip "
    "overnight, according to local health officials.",
    "The proposal would see a six-week pause in fighting and the release of some hostages held "
    "in Gaza in exchange for Palestinian prisoners, two officials familiar with the talks said.",
)
HAMAS_ABOUT = (
    "About Hamas",
    "Hamas is a Palestinian Islamist group that has governed the Gaza Strip since 2007. It is "
    "designated a terrorist organisation by the United States, the European Union and others.",
)


@pytest.mark.parametrize("label", ["Media coverage", "In the press", "Press freedom"])
def test_an_explainers_about_section_over_a_label_holding_a_contacts_word_stays(
    label: str,
) -> None:
    page = (*HAMAS, *HAMAS_ABOUT, label, "Key dates", "October 7, 2023: Hamas-led attack on Israel")
    body = clean("\n".join(page)).body
    for line in HAMAS_ABOUT:
        assert line in body


ACME_ABOUT = (
    "About Acme Robotics",
    "Acme Robotics builds autonomous mobile robots that move goods in warehouses and "
    "factories. Founded in 2019, the company is based in San Francisco.",
)


@pytest.mark.parametrize(
    "label", ["For further information:", "Ansprechpartner:", "Media contact:", "Pressekontakt"]
)
def test_a_releases_about_section_over_a_contacts_label_goes(label: str) -> None:
    page = (*ACME, *ACME_ABOUT, label, "Jordan Lee", "+1 415 555 0199")
    body = clean("\n".join(page)).body
    assert ACME[-1] in body
    for line in ACME_ABOUT:
        assert line not in body


@pytest.mark.parametrize("under", ["March 4, 2025", "By Ana Gomez"])
@pytest.mark.parametrize("label", ["Listen", "Watch"])
def test_a_podcasts_title_over_a_date_or_byline_and_its_paragraphs_stays(
    label: str, under: str
) -> None:
    title = f"{label}: How a small town fought back against a lithium mine"
    page = (
        title,
        under,
        "In this episode, reporter Ana Gomez travels to Thacker Pass in Nevada, where ranchers "
        "and tribal members have spent four years fighting plans for one of the largest "
        "lithium mines in the United States.",
        "She speaks to residents who say the mine will drain their wells, and to company "
        "executives who say it is essential to the country's shift to electric cars.",
        "The mine's first phase is due to begin production in 2027, the company said in a "
        "filing last month.",
    )
    raw = "\n".join(page)
    removed = "\n".join(raw[r.span.start : r.span.end] for r in page_removals(raw))
    assert title not in removed


def test_a_scorer_named_after_a_month_is_a_scorer() -> None:
    page = (
        "Home",
        "Football",
        "Results",
        "Sign in",
        "Atlético beat Sevilla to go second in La Liga",
        "Kilmarnock 1 (May 77)",
        "Sevilla 1 (Lukébakio 55)",
        "Atlético Madrid moved up to second in La Liga with a 2-1 win over Sevilla at the "
        "Metropolitano on Sunday, Antoine Griezmann scoring his 200th goal for the club.",
        "Julián Álvarez sealed the win midway through the second half after Dodi Lukébakio had "
        "equalised for the visitors with a fine curling shot from the edge of the area.",
        "Diego Simeone's side are now four points behind leaders Barcelona with a game in hand.",
        "Most read",
        "Transfer news live",
    )
    raw = "\n".join(page)
    removed = "\n".join(raw[r.span.start : r.span.end] for r in page_removals(raw))
    assert "Atlético beat Sevilla to go second in La Liga" not in removed
    assert "Kilmarnock 1 (May 77)" in removed


def _kept_lines(raw: str) -> list[str]:
    removed = [False] * len(raw)
    for r in page_removals(raw):
        removed[r.span.start : r.span.end] = [True] * (r.span.end - r.span.start)
    out, pos = [], 0
    for line in raw.split("\n"):
        if line and not all(removed[pos : pos + len(line)]):
            out.append(line)
        pos += len(line) + 1
    return out


JUSTIFIED_COLUMN = (
    "Annual Report 2024",
    "Chair's statement",
    "The past year tested our",
    "organisation as never before. Our",
    "volunteers answered more than",
    "41,000 calls, an increase of a",
    "third on the year before, and the",
    "number of families who came to",
    "our food banks doubled between",
    "January and December.",
    "We could not have met that de-",
    "mand without the generosity of",
    "our donors, who gave more than",
    "£2.4 million, and the support of",
    "the local councils that lent us",
    "buildings free of charge.",
    "Figure 3: Calls answered by",
    "month, 2023 and 2024",
    "Next year we will open two new",
    "centres, in Hartley and Brook-",
    "field, and train a further 300",
    "volunteers to answer calls.",
    "Page 3 of 12",
)

ONE_OVER_COLUMN = (
    "2                     THE HARTLEY GAZETTE                     Thursday, May 8, 2025",
    "City council approves",
    "budget with tax increase",
    "By Tom Reyes",
    "Gazette Staff",
    "The Hartley City Council voted 5-2",
    "on Tuesday night to approve a $48",
    "million budget for the coming fiscal",
    "year, including the first property",
    "tax increase in more than a decade.",
    "Council members who supported the",
    "plan said the increase, about $9 a",
    "month for the average homeowner,",
    "was needed to pay for three new",
    "police officers and repairs to the",
    "city's aging water system.",
    '"We have put off these repairs for',
    'too long," said Mayor Linda Park,',
    'who cast no vote. "Every year we',
    'wait, the bill gets bigger."',
    "Councilman Ray Dobbs, who voted",
    "against the budget, said residents",
    "on fixed incomes could not afford",
    "another increase and that the city",
    "should first cut spending on its",
    "planned downtown plaza.",
    "The budget takes effect on July 1.",
    "Residents can read the full budget",
    "at City Hall or on the city's website.",
    "Please see BUDGET, Page 6",
)

GERMAN_COLUMN = (
    "4                     MÜHLBACHER ANZEIGER                     Donnerstag, 8. Mai 2025",
    "Gemeinderat beschließt",
    "Haushalt mit Steuererhöhung",
    "Von Thomas Becker",
    "Der Gemeinderat von Mühlbach hat",
    "am Dienstagabend mit sieben zu zwei",
    "Stimmen einen Haushalt von 48 Mil-",
    "lionen Euro beschlossen. Erstmals",
    "seit mehr als zehn Jahren steigt",
    "damit die Grundsteuer in der Stadt.",
    "Die Befürworter sagten, die Erhö-",
    "hung von etwa neun Euro im Monat",
    "für einen durchschnittlichen Haus-",
    "halt sei nötig, um drei neue Stellen",
    "im Ordnungsamt und die Sanierung",
    "der Wasserleitungen zu bezahlen.",
    "„Wir haben diese Reparaturen zu",
    "lange aufgeschoben“, sagte Bürger-",
    "meisterin Linda Park. „Jedes Jahr",
    "wird die Rechnung größer.“",
    "Gemeinderat Rainer Dobbs, der gegen",
    "den Haushalt stimmte, sagte, viele",
    "Rentner könnten sich eine weitere",
    "Erhöhung nicht leisten. Die Stadt",
    "solle zuerst beim geplanten Markt-",
    "platz sparen.",
    "Der Haushalt tritt am 1. Juli in Kraft.",
    "Fortsetzung auf Seite 6",
)


@pytest.mark.parametrize(
    ("page", "first", "last"),
    [
        (JUSTIFIED_COLUMN, 2, 15),
        (JUSTIFIED_COLUMN, 18, 21),
        (ONE_OVER_COLUMN, 5, 27),
        (GERMAN_COLUMN, 4, 26),
    ],
)
def test_a_narrow_columns_paragraphs_stay_whole(
    page: tuple[str, ...], first: int, last: int
) -> None:
    kept = _kept_lines("\n".join(page) + "\n")
    for line in page[first : last + 1]:
        assert line in kept


OBITUARY = (
    "Obituaries",
    "Place an obituary",
    "",
    'John "Jack" Michael Doyle',
    "1941 - 2026",
    'John "Jack" Michael Doyle, 84, of Scranton, passed away peacefully on Saturday, Feb. 28, '
    "2026, surrounded by his family.",
    "He is survived by his wife of 58 years, Patricia; two daughters, Ann and Kathleen; and "
    "five grandchildren.",
    "Viewing will be held Thursday from 4 to 7 p.m. at Kearney Funeral Home, 123 Main St.",
    "Mass of Christian Burial, Friday at 10 a.m., St. Paul's Church.",
    "Interment, Cathedral Cemetery.",
    "Sign the Guest Book",
    "Send Flowers",
    "Share this obituary",
)


@pytest.mark.parametrize(
    "footer",
    [
        ("Privacy Policy", "Terms of Use", "© 2026 The Times-Tribune"),
        ("More Obituaries", "Mary Ellen Walsh", "Robert J. Kowalski"),
    ],
)
def test_an_obituarys_last_lines_stay_over_its_buttons_and_the_sites_footer(
    footer: tuple[str, ...],
) -> None:
    kept = _kept_lines("\n".join((*OBITUARY, *footer)) + "\n")
    assert "Interment, Cathedral Cemetery." in kept
    assert "Sign the Guest Book" not in kept
