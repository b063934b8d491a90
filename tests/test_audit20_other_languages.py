"""Session 20: a summary point in German, Spanish, French, Italian or Portuguese that turns
the article's rise into a fall (or the reverse), or negates what it says (or the reverse), is
unsupported, as one in English is; a faithful one is not."""

from __future__ import annotations

import pytest

import newsclaims

FILLER = "Ein weiterer Satz folgt hier, der von etwas ganz anderem handelt."


def _findings(point: str, body: str) -> list[str]:
    text = (
        f"Key points\n\n- {point}\n- A second point about another matter entirely.\n\n"
        f"{body} {FILLER}\n"
    )
    doc = newsclaims.parse(text)
    return [f.message for f in doc.findings if f.kind == "unsupported_claim" and f.claim == 0]


@pytest.mark.parametrize(
    ("point", "body", "said"),
    [
        (
            "Las acciones de Inditex se desplomaron un 5% el jueves.",
            "Las acciones de Inditex se dispararon un 5% el jueves tras los resultados.",
            "'desplomaron' where the closest body sentence says 'dispararon'",
        ),
        (
            "Le CAC 40 s'est effondré de 2 % mardi.",
            "Le CAC 40 s'est envolé de 2 % mardi, porté par le luxe.",
            "'effondré' where the closest body sentence says 'envolé'",
        ),
        (
            "Der Absatz ist im dritten Quartal eingebrochen.",
            "Der Absatz hat im dritten Quartal deutlich zugelegt, teilte der Konzern mit.",
            "'eingebrochen' where the closest body sentence says 'zugelegt'",
        ),
        (
            "Il titolo Stellantis è crollato del 4%.",
            "Il titolo Stellantis si è impennato del 4% dopo i conti.",
            "'crollato' where the closest body sentence says 'impennato'",
        ),
        (
            "As ações da Petrobras despencaram 3%.",
            "As ações da Petrobras dispararam 3% após o balanço.",
            "'despencaram' where the closest body sentence says 'dispararam'",
        ),
    ],
)
def test_a_point_that_soars_where_the_article_plunges_is_unsupported(
    point: str, body: str, said: str
) -> None:
    assert any(said in m for m in _findings(point, body))


@pytest.mark.parametrize(
    ("point", "body", "said"),
    [
        (
            "El paro juvenil subió hasta el 25% en el tercer trimestre.",
            "El paro juvenil, sin embargo, bajó hasta el 24,8% en el tercer trimestre.",
            "'subió' where the closest body sentence says 'bajó'",
        ),
        (
            "Die Inflation ist im Oktober gestiegen, teilte das Bundesamt mit.",
            "Die Inflation ist im Oktober gesunken, teilte das Statistische Bundesamt mit.",
            "'gestiegen' where the closest body sentence says 'gesunken'",
        ),
        (
            "Le chômage a baissé au troisième trimestre selon l'Insee.",
            "Le chômage a augmenté au troisième trimestre, selon l'Insee.",
            "'baissé' where the closest body sentence says 'augmenté'",
        ),
        (
            "La produzione industriale è calata a settembre secondo l'Istat.",
            "La produzione industriale è cresciuta a settembre, secondo l'Istat.",
            "'calata' where the closest body sentence says 'cresciuta'",
        ),
        (
            "A inflação no Brasil caiu em outubro, segundo o IBGE.",
            "A inflação no Brasil subiu em outubro, segundo o IBGE.",
            "'caiu' where the closest body sentence says 'subiu'",
        ),
    ],
)
def test_a_point_that_moves_the_other_way_is_unsupported(point: str, body: str, said: str) -> None:
    assert any(said in m for m in _findings(point, body))


@pytest.mark.parametrize(
    ("point", "body", "said"),
    [
        (
            "Ökonomen rechnen damit, dass die Notenbank die Zinsen im Dezember nicht senkt.",
            "Ökonomen rechnen damit, dass die Notenbank die Zinsen im Dezember senkt.",
            "'nicht senkt'",
        ),
        (
            "Der Konzern will keine Stellen streichen.",
            "Der Konzern will 500 Stellen streichen, teilte er am Montag mit.",
            "'keine Stellen'",
        ),
        (
            "Le gouvernement ne maintient pas son objectif de plein emploi en 2027.",
            "Le gouvernement maintient son objectif de plein emploi en 2027, a indiqué le "
            "ministère du Travail.",
            "'ne maintient pas'",
        ),
        (
            "El Gobierno no aprobó el presupuesto el martes.",
            "El Gobierno aprobó el presupuesto el martes en el Consejo de Ministros.",
            "'no aprobó'",
        ),
        (
            "El Banco de España no ha revisado su previsión de crecimiento.",
            "El Banco de España ha revisado su previsión de crecimiento hasta el 2,6%.",
            "'no ha revisado'",
        ),
        (
            "Il governo non ha approvato la manovra.",
            "Il governo ha approvato la manovra nel Consiglio dei ministri di lunedì.",
            "'non ha approvato'",
        ),
        (
            "O banco central não cortou os juros.",
            "O banco central cortou os juros em 0,5 ponto percentual na quarta-feira.",
            "'não cortou'",
        ),
    ],
)
def test_a_point_that_negates_the_article_is_unsupported(point: str, body: str, said: str) -> None:
    assert any(f"it says {said} where" in m for m in _findings(point, body))


def test_a_body_that_negates_what_the_point_says_is_reported_too() -> None:
    found = _findings(
        "La banque centrale maintient son taux directeur.",
        "La banque centrale ne maintient pas son taux directeur, a dit son gouverneur.",
    )
    assert any("the closest body sentence says 'ne maintient pas'" in m for m in found)


@pytest.mark.parametrize(
    ("point", "body"),
    [
        (
            "Die Notenbank senkt die Zinsen nicht.",
            "Die Notenbank senkt die Zinsen nicht, sagte Lagarde.",
        ),
        (
            "Le gouvernement ne renonce pas à son objectif.",
            "Le gouvernement ne renonce pas à son objectif de plein emploi, a dit la ministre.",
        ),
        (
            "El paro bajó al 10,5% en el tercer trimestre.",
            "El paro en España bajó al 10,45% en el tercer trimestre del año, según el INE.",
        ),
        (
            "Die Exporte sind im September gestiegen.",
            "Die Exporte sind im September deutlich gestiegen.",
        ),
        # English ``no`` before a noun is no verb's negation read the Spanish way.
        ("There was no deal on Monday.", "Talks ended without a deal on Monday, officials said."),
    ],
)
def test_a_faithful_point_in_another_language_is_supported(point: str, body: str) -> None:
    assert _findings(point, body) == []


@pytest.mark.parametrize(
    ("point", "body", "said"),
    [
        (
            "El Gobierno aprobó los presupuestos el martes.",
            "El Gobierno aprobó los presupuestos el jueves en el Consejo de Ministros.",
            "it says martes where the closest body sentence says jueves",
        ),
        (
            "El Gobierno aprobó los presupuestos en octubre.",
            "El Gobierno aprobó los presupuestos en diciembre en el Consejo de Ministros.",
            "it says octubre where the closest body sentence says diciembre",
        ),
        (
            "Le gouvernement a adopté le budget lundi.",
            "Le gouvernement a adopté le budget mercredi en Conseil des ministres.",
            "it says lundi where the closest body sentence says mercredi",
        ),
        (
            "Le budget a été adopté le 3 mai.",
            "Le budget a été adopté le 3 juin en Conseil des ministres.",
            "it says mai where the closest body sentence says juin",
        ),
        (
            "Il governo ha approvato la manovra giovedì.",
            "Il governo ha approvato la manovra venerdì nel Consiglio dei ministri.",
            "it says giovedì where the closest body sentence says venerdì",
        ),
        (
            "Die Bundesregierung hat den Haushalt am Dienstag beschlossen.",
            "Die Bundesregierung hat den Haushalt am Mittwoch beschlossen, sagte ein Sprecher.",
            "it says Dienstag where the closest body sentence says Mittwoch",
        ),
    ],
)
def test_a_point_that_moves_a_date_in_another_language_is_unsupported(
    point: str, body: str, said: str
) -> None:
    assert any(said in m for m in _findings(point, body))


@pytest.mark.parametrize(
    ("point", "body"),
    [
        # The same day in two languages; a capitalised name that is a month in Spanish.
        (
            "El Gobierno aprobó los presupuestos el martes en Madrid.",
            "El Gobierno aprobó los presupuestos el martes en Madrid, informó Moncloa.",
        ),
        (
            "Mayo Clinic researchers published the study.",
            "Researchers at the clinic published the study on Tuesday, Mayo Clinic said.",
        ),
    ],
)
def test_a_faithful_date_or_a_name_like_a_month_is_supported(point: str, body: str) -> None:
    assert _findings(point, body) == []


@pytest.mark.parametrize(
    ("point", "body"),
    [
        (
            "Der Konzern steigerte nicht nur den Umsatz.",
            "Der Konzern steigerte nur den Umsatz, nicht den Gewinn, hieß es am Montag.",
        ),
        ("La empresa no sólo aumentó las ventas.", "La empresa sólo aumentó las ventas este año."),
        ("L'azienda non solo ha aumentato le vendite.", "L'azienda solo ha aumentato le vendite."),
    ],
)
def test_not_only_in_other_languages_negates_nothing(point: str, body: str) -> None:
    assert not any("negate" in m for m in _findings(point, body))
