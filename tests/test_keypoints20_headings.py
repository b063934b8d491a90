"""Session 20: summaries headed as Spanish, German and Italian outlets head them (``Claves``,
``Las claves``, ``Kurz gesagt``, ``I punti chiave``) are key points, audited against the
article."""

from __future__ import annotations

import pytest

import newsclaims

BODY = (
    "El Gobierno aprobó el martes el proyecto de presupuestos para 2026, que prevé un gasto "
    "récord de 212.000 millones de euros. La ministra de Hacienda, María Jesús Montero, defendió "
    "las cuentas en el Congreso."
)


@pytest.mark.parametrize(
    "heading",
    ["Claves:", "Las claves", "**Claves de la noticia**", "Kurz gesagt:", "I punti chiave"],
)
def test_a_summary_under_these_headings_is_key_points(heading: str) -> None:
    text = (
        f"{heading}\n- El Gobierno aprobó el presupuesto el jueves.\n"
        f"- La ministra de Hacienda defendió las cuentas en el Senado.\n\n{BODY}\n"
    )
    doc = newsclaims.parse(text)
    assert [s.kind for s in doc.sections] == ["key_points", "body"]
    assert [c.kind for c in doc.claims[:2]] == ["key_point", "key_point"]
    flagged = {f.claim for f in doc.findings if f.kind == "unsupported_claim"}
    assert flagged == {0, 1}  # (the day and the chamber are changed)
