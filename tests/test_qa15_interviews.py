"""Session 15: interviews whose turns are labelled Q: and A:, and interviews the headline
names as such."""

from __future__ import annotations

import newsclaims

QA = """Ana Ruiz on inflation, rates and her first year

Ana Ruiz became governor of the central bank in January. She spoke to us in Madrid.

Q: Will rates fall this year?

A: Not before inflation is back at target. We expect that in the second half.

Q: Are house prices a worry?

A: Prices have risen 20 percent in two years. That worries me.
"""

TITLED = """The Interview: Tom Hale on bridges, budgets and his first year as mayor

Tom Hale was elected mayor of Riverton in May 2023 after two decades as an engineer. We met \
him at the town hall.

What made you run for mayor?

I grew up here. The town gave me everything, and I watched it fall apart for ten years.

What is your first priority?

Fixing the bridge. It has been closed for two years, and the east side has lost trade.

How will you pay for it?

We have applied for a state grant of $4 million. If that fails, we will borrow.
"""

COLUMN = """Why I stopped worrying about my pension

I turned 50 this year, and we finally sat down with our savings.

What made me change my mind?

I read the small print. My old scheme charged 1.5 percent a year.

What did you do about it?

I moved everything to a cheaper fund. We save 600 pounds a year now.

Would you do it again?

I would, and I wish I had done it sooner.
"""


def kinds(text: str) -> dict[str, str]:
    return {c.text: c.kind for c in newsclaims.parse(text).claims}


def test_answers_labelled_a_are_the_interviewees_words() -> None:
    claims = kinds(QA)
    assert claims["A: Not before inflation is back at target."] == "quote"
    assert claims["We expect that in the second half."] == "quote"
    assert claims["That worries me."] == "quote"
    assert claims["Q: Will rates fall this year?"] == "statement"
    assert claims["Ana Ruiz became governor of the central bank in January."] == "statement"


def test_an_interview_the_headline_names_may_open_in_the_writers_voice() -> None:
    claims = kinds(TITLED)
    assert claims["I grew up here."] == "quote"
    assert claims["We have applied for a state grant of $4 million."] == "quote"
    assert claims["We met him at the town hall."] == "statement"


def test_a_column_that_asks_and_answers_itself_stays_the_writers() -> None:
    claims = kinds(COLUMN)
    assert claims["I read the small print."] == "statement"
    assert claims["I moved everything to a cheaper fund."] == "statement"
