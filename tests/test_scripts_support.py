"""The support audit of headlines and summaries in other scripts: a figure written in another
script's digits, in full-width digits or with the Arabic decimal sign is the same figure as in
ASCII digits, and a different one is still reported."""

from __future__ import annotations

import pytest

from newsclaims import parse


def _unsupported(headline: str, body: str) -> list[str]:
    doc = parse(f"{headline}\n\n{body}\n")
    assert doc.claims[0].kind == "headline"
    return [f.message for f in doc.findings if f.kind == "unsupported_claim"]


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        (
            "日銀が政策金利を0.5%に据え置き",
            "日本銀行は２０日、金融政策決定会合で政策金利を０．５％に据え置くことを決めた。",
        ),
        (
            "日銀が政策金利を０．５％に据え置き",
            "日本銀行は20日、金融政策決定会合で政策金利を0.5%に据え置くことを決めた。",
        ),
        (
            "ＧＤＰ成長率は1.3%に下方修正",
            "内閣府は15日、GDP成長率を1.3%に下方修正した。",
        ),
        (
            "المركزي المصري يرفع الفائدة ٢٠٠ نقطة أساس",
            "رفع البنك المركزي المصري أسعار الفائدة 200 نقطة أساس يوم الخميس في خطوة مفاجئة.",
        ),
        (
            "الاقتصاد المصري نما بنسبة 3.8% في 2023",
            "وأضاف المتحدث باسم الحكومة أن الاقتصاد المصري نما بنسبة ٣٫٨٪ في عام ٢٠٢٣.",
        ),
        (
            "रिज़र्व बैंक ने रेपो दर ६.५% पर बरकरार रखी",
            "भारतीय रिज़र्व बैंक ने शुक्रवार को रेपो दर 6.5% पर बरकरार रखी।",
        ),
        (
            "اقتصاد ایران ۴٫۵ درصد رشد کرد",
            "مرکز آمار اعلام کرد اقتصاد ایران در سال گذشته 4.5 درصد رشد کرد.",
        ),
    ],
)
def test_same_figure_in_other_digits_is_supported(headline: str, body: str) -> None:
    assert _unsupported(headline, body) == []


@pytest.mark.parametrize(
    ("headline", "body", "said"),
    [
        (
            "المركزي المصري يرفع الفائدة ٣٠٠ نقطة أساس",
            "رفع البنك المركزي المصري أسعار الفائدة 200 نقطة أساس يوم الخميس في خطوة مفاجئة.",
            "300",
        ),
        (
            "रिज़र्व बैंक ने रेपो दर ६.७५% पर बरकरार रखी",
            "भारतीय रिज़र्व बैंक ने शुक्रवार को रेपो दर 6.5% पर बरकरार रखी।",
            "6.75",
        ),
    ],
)
def test_other_figure_in_other_digits_is_reported(headline: str, body: str, said: str) -> None:
    (message,) = _unsupported(headline, body)
    assert said in message
