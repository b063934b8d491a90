"""A Chinese quotation whose sentence ends inside its marks keeps the speaker before it when
the next sentence follows right after the mark (``王毅表示：“...。”他还说``), and an Arabic
quotation after ``إن`` (``وقال X إن "..."``) is a quote of X."""

from __future__ import annotations

import pytest

import newsclaims


def _claims(text: str) -> list[tuple[str, str | None]]:
    return [(c.kind, c.speaker) for c in newsclaims.parse(text).claims]


@pytest.mark.parametrize(
    "text",
    [
        "外交部发言人王毅表示：“中方愿意与各方合作。”他还说，双方将继续沟通。",
        "王毅表示：「中方愿意与各方合作。」他还说，双方将继续沟通。",
    ],
)
def test_a_chinese_quotation_followed_by_the_next_sentence_keeps_its_speaker(text: str) -> None:
    kind, speaker = _claims(text)[0]
    assert kind == "quote" and speaker is not None and speaker.endswith("王毅")


def test_a_term_in_marks_that_the_sentence_goes_on_after_quotes_no_one() -> None:
    assert _claims("专家认为“软着陆”的可能性很大。") == [("statement", None)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('وقال وزير المالية محمد الجدعان إن "الاقتصاد ينمو بقوة".', "وزير المالية محمد الجدعان"),
        ("وأكد الجدعان إن «الاقتصاد ينمو بقوة».", "الجدعان"),
    ],
)
def test_an_arabic_quotation_after_inna_is_a_quote_of_the_subject(text: str, speaker: str) -> None:
    assert _claims(text) == [("quote", speaker)]


def test_arabic_reported_speech_without_marks_stays_a_statement() -> None:
    assert _claims("وقال الوزير إن الاقتصاد ينمو بقوة.") == [("statement", None)]
