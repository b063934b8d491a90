"""What a chat assistant says to its user around a summary (newsclaims.assistant)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsclaims
from newsclaims._text import rebuild_raw
from newsclaims.default_plugins.assistant import assistant_removals

BODY = (
    "The port authority cut daily transits to 24 ships from 36 after the lake fell to a "
    "record low [1].\n\n"
    "Shippers paid up to $4 million in auction fees to jump the queue [2].\n"
)
REFS = "\nSources:\n[1] Harbor Times - Transits cut\n[2] Daily Ledger - Auction fees soar\n"


def removed(raw: str) -> list[tuple[str, str]]:
    return [(r.reason, raw[r.span.start : r.span.end]) for r in assistant_removals(raw)]


def test_a_preamble_and_a_sign_off_go_and_the_summary_stays() -> None:
    answer = (
        "Sure! Here's a summary of the latest news on the canal drought:\n\n"
        + BODY
        + "\nLet me know if you'd like more details on any of these points!\n"
        + REFS
    )
    doc = newsclaims.parse(answer)
    assert [(r.reason, r.text.strip()) for r in doc.removals] == [
        ("assistant preamble", "Sure! Here's a summary of the latest news on the canal drought:"),
        ("assistant sign-off", "Let me know if you'd like more details on any of these points!"),
    ]
    assert [c.text[:20] for c in doc.claims] == ["The port authority c", "Shippers paid up to "]
    assert not [f for f in doc.findings if f.kind == "uncited_claim"]
    assert rebuild_raw(doc.text, doc.removals) == answer


def test_preambles_in_their_forms() -> None:
    for line in (
        "Here are the latest developments on the canal drought:",
        "Based on recent reports, here is what we know about the drought:",
        "Certainly. Below is a brief overview of the situation:",
    ):
        assert removed(f"{line}\n\n{BODY}") == [("assistant preamble", f"{line}\n\n")]
    # In bold, as a Markdown answer may write it.
    line = "**Here's a summary of the **latest** news:**"
    assert removed(f"{line}\n{BODY}") == [("assistant preamble", line + "\n")]
    # An interjection on a line of its own goes with the preamble.
    assert [reason for reason, _ in removed(f"Of course!\nHere's an update:\n{BODY}")] == [
        "assistant preamble",
        "assistant preamble",
    ]


def test_sign_offs_in_their_forms_at_the_end_or_before_the_sources() -> None:
    for line in (
        "Would you like me to look into the shipping rates as well?",
        "I hope this helps! Feel free to ask if you need anything else.",
        "If you want, I can also summarize the impact on grain exports.",
        "Want me to dig into the shipping numbers?",
    ):
        assert removed(BODY + "\n" + line + "\n") == [("assistant sign-off", line + "\n")]
        assert removed(BODY + "\n" + line + "\n" + REFS) == [("assistant sign-off", line + "\n\n")]


@pytest.mark.parametrize(
    ("preamble", "sign_off", "heading"),
    [
        (
            "Klar! Hier ist eine Zusammenfassung der neuesten Nachrichten zur Dürre:",
            "Lass mich wissen, wenn du weitere Details möchtest!",
            "Quellen",
        ),
        (
            "Voici un résumé des dernières informations sur la sécheresse :",
            "N'hésitez pas à me demander plus de détails !",
            "Sources :",
        ),
        (
            "¡Claro! Aquí tienes un resumen de las últimas noticias sobre la sequía:",
            "¿Quieres que amplíe algún punto?",
            "Fuentes:",
        ),
        (
            "Com certeza! Segue um resumo das últimas notícias sobre a seca:",
            "Me avise se quiser mais detalhes.",
            "Fontes",
        ),
        (
            "Certo! Ecco un riepilogo delle ultime notizie sulla siccità:",
            "Fammi sapere se vuoi altri dettagli!",
            "Fonti",
        ),
        (
            "Hier is een samenvatting van het laatste nieuws over de droogte:",
            "Laat me weten als je meer details wilt!",
            "Bronnen",
        ),
    ],
)
def test_a_preamble_and_a_sign_off_in_another_language_go(
    preamble: str, sign_off: str, heading: str
) -> None:
    # In the languages whose key-point headings the sectioner reads, the assistant's words to
    # its user stayed: "Klar!" was a claim, and the sign-off an uncited one.
    refs = REFS.replace("Sources:", heading)
    answer = f"{preamble}\n\n{BODY}\n{sign_off}\n{refs}"
    doc = newsclaims.parse(answer)
    assert [(r.reason, r.text.strip()) for r in doc.removals] == [
        ("assistant preamble", preamble),
        ("assistant sign-off", sign_off),
    ]
    assert [c.text[:20] for c in doc.claims] == ["The port authority c", "Shippers paid up to "]
    assert doc.findings == ()
    assert rebuild_raw(doc.text, doc.removals) == answer


def test_the_article_s_own_lines_stay_in_other_languages() -> None:
    items = "- Die Zahl der Transits fiel [1].\n- Die Gebühren stiegen [2].\n"
    assert removed(f"Hier sind die wichtigsten Punkte:\n{items}") == []  # a list's lead-in
    quoted = "«N'hésitez pas à nous appeler», a dit le maire aux habitants.\n"
    assert removed(BODY + quoted) == []
    assert removed(BODY + "Le gouvernement dit vouloir que les prix baissent.\n") == []


@pytest.mark.parametrize(
    "ending",
    [
        "Een woordvoerder van de politie laat weten dat het onderzoek nog loopt.",
        "De burgemeester zegt dat hij hoopt dat dit helpt om de wachttijden te verkorten.",
        "A la familia le gustaría que se hiciera justicia cuanto antes.",
        "El ministro pidió a los alcaldes que no duden en pedir ayuda.",
        "Die Eltern des Mädchens möchten sie so schnell wie möglich nach Hause holen.",
        "Die Behörden sagen Bescheid, sobald die Straße wieder frei ist.",
        "Il ministro ha detto di non esitare a intervenire se la situazione peggiora.",
        "I desideri che la famiglia ha espresso saranno rispettati, ha detto il sindaco.",
        "O ministro disse que não hesite em agir se a seca se agravar.",
        "O governo espera que isso ajude as famílias afetadas.",
        "Voulez-vous vraiment une Europe à deux vitesses ? C'est la question posée aux électeurs.",
        "J'espère que cela servira de leçon, a ajouté le maire.",
        # Reported speech whose words are a sign-off's.
        "Il ministro ha detto di non esitare a chiamarmi, ha raccontato la sindaca.",
        "De burgemeester zei: laat het me weten als er problemen zijn.",
        "Der Bürgermeister sagte, lassen Sie mich wissen, wo es hakt.",
    ],
)
def test_an_article_s_last_line_in_another_language_stays(ending: str) -> None:
    # Words of the bare phrases of an offer ("laat weten", "le gustaría", "möchten sie",
    # "non esitare", "não hesite", "voulez-vous") end an article too: only a phrase that
    # addresses the user with its pronoun ("laat het me weten", "fammi sapere") is a sign-off.
    assert removed(BODY + ending + "\n") == []
    assert removed(BODY + ending + "\n" + REFS) == []


@pytest.mark.parametrize(
    "sign_off",
    [
        "Laat het me weten als je meer wilt weten!",
        "Ik hoop dat dit helpt!",
        "Lassen Sie mich wissen, ob Sie mehr Details brauchen.",
        "Sag mir Bescheid, wenn du mehr wissen willst.",
        "Möchtest du, dass ich auf einen Punkt näher eingehe?",
        "Ich hoffe, das hilft!",
        "Avísame si quieres más detalles.",
        "Dime si necesitas algo más.",
        "No dudes en preguntarme si necesitas más información.",
        "¿Te gustaría que profundice en algún punto?",
        "Diga-me se quiser mais detalhes.",
        "Não hesite em me perguntar se precisar de mais alguma coisa.",
        "Espero que isso ajude!",
        "Non esitare a chiedermi altri dettagli.",
        "Spero che ti sia utile!",
        "N'hésitez pas à m'écrire si vous avez des questions.",
        "Faites-moi savoir si vous souhaitez plus de détails.",
        "Voulez-vous que je développe un point en particulier ?",
    ],
)
def test_a_sign_off_that_addresses_the_user_goes(sign_off: str) -> None:
    assert removed(BODY + sign_off + "\n") == [("assistant sign-off", sign_off + "\n")]


def test_the_article_s_own_lines_stay() -> None:
    # Not the first line; a list's lead-in (the key points' heading, maybe); a quote; a line
    # that offers nothing; a long paragraph.
    assert removed(BODY + "Here's what we know so far:\n" + BODY) == []
    assert removed("Here are the key points:\n1. Transits fell.\n2. Fees rose.\n") == []
    assert removed(BODY + '"Let me know if you need anything," the mayor told residents.\n') == []
    assert removed(BODY + "Officials said they would know more next week.\n") == []
    long = "If you want to understand the drought, " + "consider the lake level " * 8 + "now."
    assert removed(BODY + long + "\n") == []


def test_a_list_s_lead_in_goes_after_an_interjection() -> None:
    # "Sure!" answers the user: the line is no heading of the list under it, on its line or
    # the line before.
    items = "- Transits fell [1].\n- Fees rose [2].\n"
    line = "Sure! Here's a summary of the latest news on the drought:"
    assert removed(f"{line}\n{items}") == [("assistant preamble", line + "\n")]
    assert [reason for reason, _ in removed(f"Certainly.\nHere is an update:\n{items}")] == [
        "assistant preamble",
        "assistant preamble",
    ]
    assert removed(f"Here is an update on the drought:\n{items}") == []


@given(
    st.lists(
        st.sampled_from(
            ["Sure!", "Here's a list:", "Let me know!", "- item", "[1] A", "Sources:", "Text.", ""]
        ),
        max_size=8,
    ).map("\n".join)
)
def test_removals_are_whole_lines_in_order(raw: str) -> None:
    last = 0
    for r in assistant_removals(raw):
        assert r.span.start >= last
        assert r.span.start == 0 or raw[r.span.start - 1] == "\n"
        last = r.span.end
    doc = newsclaims.parse(raw)
    assert rebuild_raw(doc.text, doc.removals) == raw


@pytest.mark.parametrize("mark", ["【{n}】", "【{n}†source】", "【{n}†Reuters】", "[{n}†source]"])
@pytest.mark.parametrize("heading", ["## Summary", "**Overview**", "### What happened"])
def test_an_answer_cited_in_full_width_brackets_keeps_its_heading_and_summary(
    mark: str, heading: str
) -> None:
    # A line cited with ChatGPT's ``【1†source】`` was no cited line to the page cleaner, as
    # ``[1]`` is: the heading above it went as navigation and the summary became a headline.
    one, two, three = (mark.format(n=n) for n in (1, 2, 3))
    text = (
        f"{heading}\n\n"
        f"Kenya's central bank cut its benchmark rate to 9.25% on Tuesday.{one} Inflation "
        f"eased to 4.1% in October, within the bank's target range.{two}{three}\n\n"
        "## Key points\n\n"
        f"- The Monetary Policy Committee cut by 25 basis points.{one}\n"
        f"- The shilling has held steady near 129 to the dollar.{three}\n"
    )
    doc = newsclaims.parse(text)
    assert "navigation" not in [r.reason for r in doc.removals]
    assert [c.kind for c in doc.claims].count("headline") <= 1
    summary = [c for c in doc.claims if c.text.startswith("Kenya's")]
    assert [(c.kind, c.citations) for c in summary] == [("statement", ("1",))]
    # The headings assert nothing (a text whose sentences end in such markers is prose).
    assert {heading.strip("#* "), "Key points"}.isdisjoint(c.text for c in doc.claims)
    assert [c.citations for c in doc.claims if c.kind == "key_point"] == [("1",), ("3",)]
