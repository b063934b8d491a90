"""Arabic writers (and keyboards) spell some letters two ways: alef with or without its hamza
or madda (``الإقتصاد``, ``الاقتصاد``; ``أعلنت``, ``اعلنت``), ta marbuta as ha (``الحكومة``,
``الحكومه``) and alef maqsura as ya (``على``, ``علي``). A summary point spelt one way met no
word of a body spelt the other, so a faithful point was reported unsupported. The support
checker's word keys read them as one letter; a point with a figure changed is still reported.
"""

from __future__ import annotations

import pytest

import newsclaims
from newsclaims.default_plugins._audit_text import keys, word_key

PM = newsclaims.make_plugin_manager(entry_points=False)

BODY = (
    "أعلنت الحكومة المصرية يوم الإثنين خطة لإصلاح الإقتصاد بقيمة 12 مليار دولار.\n"
    "وقال وزير المالية إن الخطة تهدف إلى خفض الدين العام إلى 80 في المئة من الناتج.\n"
    "وأضاف أن البنك المركزي سيبقي على أسعار الفائدة دون تغيير حتى نهاية السنة المالية.\n"
    "ويتوقع الخبراء أن تؤدي الإصلاحات إلى زيادة الإستثمار الأجنبي في مصر."
)
#: The body's points, spelt as another outlet (or keyboard) writes them.
FAITHFUL = [
    "اعلنت الحكومه المصريه خطة لاصلاح الاقتصاد بقيمة 12 مليار دولار",
    "الخطه تهدف الي خفض الدين العام الي 80 في المئه من الناتج",
    "البنك المركزي سيبقي علي اسعار الفائده دون تغيير حتي نهاية السنه الماليه",
]
#: The same points with one figure changed: still unsupported.
CHANGED = [
    "اعلنت الحكومه المصريه خطة لاصلاح الاقتصاد بقيمة 21 مليار دولار",
    "الخطه تهدف الي خفض الدين العام الي 60 في المئه من الناتج",
]


def _flagged(points: list[str]) -> set[str]:
    text = BODY + "\n\nKey points:\n" + "".join(f"- {p}\n" for p in points)
    doc = newsclaims.parse(text, plugin_manager=PM)
    assert [c.text for c in doc.claims if c.kind == "key_point"] == points
    return {
        doc.claims[f.claim].text
        for f in doc.findings
        if f.kind == "unsupported_claim" and f.claim is not None
    }


def test_faithful_points_spelt_otherwise_are_supported() -> None:
    assert _flagged(FAITHFUL) == set()


def test_points_with_a_figure_changed_are_still_reported() -> None:
    assert _flagged(CHANGED) == set(CHANGED)


@pytest.mark.parametrize(
    "spellings",
    [
        ("الإقتصاد", "الاقتصاد", "والاقتصاد"),
        ("أعلنت", "اعلنت", "إعلنت"),
        ("الحكومة", "الحكومه", "للحكومة"),
        ("مستشفى", "مستشفي"),
        ("القرآن", "القران"),
        ("ٱلمدينة", "المدينة", "المدينه"),
    ],
)
def test_spellings_of_a_word_share_its_key(spellings: tuple[str, ...]) -> None:
    assert len({word_key(w) for w in spellings}) == 1
    assert len(keys(" ".join(spellings))) == 1


def test_other_scripts_keep_their_letters() -> None:
    assert word_key("économie") == "écono"
    assert word_key("Übernahme") == "übern"
    assert word_key("экономика") == "эконо"
    assert word_key("οικονομία") == "οικον"
