"""A photo's caption credited with the photographer's name alone in capitals after its
sentence (``... en una imagen de archivo. CLAUDIO ÁLVAREZ``), as Spanish, Italian and
Portuguese papers credit their own photos, is a caption: never the page's headline."""

from __future__ import annotations

import pytest

import newsclaims
from newsclaims.default_plugins.cleaning import page_removals

_PAGE = """Skip to content
THE DAILY
Business
Sign in
BUSINESS
{headline}
{deck}
Manuel Gomez
Madrid - 04 Nov 2026 - 09:15 CET
Share on Whatsapp
Share on Facebook
{caption}
{body}
More information
Social security enrolment breaks records
Government approves minimum wage rise
© THE DAILY
"""

_CASES = [
    (
        "El paro baja en 25.300 personas en octubre y marca un nuevo mínimo",
        "El número de afiliados a la Seguridad Social supera por primera vez los 21,9 millones",
        "Una oficina de empleo en Madrid, en una imagen de archivo. CLAUDIO ÁLVAREZ",
        "El paro registrado bajó en 25.300 personas en octubre, hasta los 2,41 millones de "
        "desempleados, según los datos publicados este martes por el Ministerio de Trabajo. "
        "Es la cifra más baja para un mes de octubre desde 2007.\n"
        "Los sindicatos advirtieron, sin embargo, de que la temporalidad sigue siendo alta.",
    ),
    (
        "Unemployment falls by 25,300 in October to a new low",
        "Social security enrolment passes 21.9 million for the first time",
        "An employment office in Madrid, in a file photo. ANA DE LA CRUZ",
        "Registered unemployment fell by 25,300 people in October to 2.41 million, according "
        "to figures published on Tuesday by the Labour Ministry. It is the lowest figure for "
        "an October since 2007.\n"
        "The unions warned, however, that temporary contracts remain high among young people.",
    ),
    (
        "Il Pil cresce dello 0,3% nel terzo trimestre",
        "L'Istat rivede al rialzo le stime dei trimestri precedenti e conferma la ripresa",
        "Operai in una fabbrica a Brescia. MARCO ROSSI",
        "Il prodotto interno lordo è cresciuto dello 0,3% nel terzo trimestre rispetto al "
        "trimestre precedente, ha comunicato l'Istat. La crescita annua è dell'1,1%.\n"
        "Gli economisti si attendevano un aumento dello 0,2%.",
    ),
]


@pytest.mark.parametrize(("headline", "deck", "caption", "body"), _CASES)
def test_a_caption_with_its_photographer_in_capitals_is_no_headline(
    headline: str, deck: str, caption: str, body: str
) -> None:
    page = _PAGE.format(headline=headline, deck=deck, caption=caption, body=body)
    doc = newsclaims.parse(page)
    assert doc.title == headline
    assert all(caption not in c.text for c in doc.claims)
    removed = "".join(page[r.span.start : r.span.end] for r in page_removals(page))
    assert caption in removed
    assert body.split("\n")[0] not in removed


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Una oficina de empleo en Madrid, en una imagen de archivo. CLAUDIO ÁLVAREZ", True),
        ("Operai in una fabbrica a Brescia. MARCO DE ROSSI", True),
        # One word in capitals after the sentence is no photographer's name.
        ("The minister spoke to reporters on Monday. UPDATED", False),
        # Nor are capitals inside the sentence, or a sentence that ends with its stop.
        ("The NEW YORK TIMES reported the deal on Monday.", False),
        ("Officials at NASA and the ESA", False),
    ],
)
def test_a_name_in_capitals_after_the_sentence_tells_a_caption(line: str, caption: bool) -> None:
    from newsclaims.default_plugins.cleaning import _is_caption

    assert _is_caption(line, len(line.split())) is caption
