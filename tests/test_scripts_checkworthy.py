"""Check-worthiness of claims in Chinese and Japanese: numbers and dates written in numerals
and words are anchors, as digits are."""

from __future__ import annotations

import pytest

from newsclaims.default_plugins._checkworthy import checkworthy


@pytest.mark.parametrize(
    ("text", "worthy"),
    [
        ("国家统计局称，经济增长百分之五。", True),
        ("去年出生人口减少了五十万人。", True),
        ("东京昨天下了大雪。", True),
        ("日銀は二〇二四年三月に利上げした。", True),
        ("三成的企业出现亏损。", True),
        ("失業率は３．２％だった。", True),
        ("这是一个非常复杂的问题。", False),
        ("我们必须统一思想。", False),
        ("専門家は慎重な姿勢を崩していない。", False),
        # Adverbs written with numerals are no numbers.
        ("你千万不要相信他们的承诺。", False),
        ("万一出了问题，谁来负责。", False),
        ("他们三三两两地走进会场。", False),
        ("受灾人口达到一千万。", True),
        ("十万一千人参加了集会。", True),
    ],
)
def test_numbers_and_dates_in_chinese_and_japanese_words_are_anchors(
    text: str, worthy: bool
) -> None:
    assert checkworthy(text) is worthy
