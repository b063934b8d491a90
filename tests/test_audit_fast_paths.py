"""The fast paths of the built-in auditors give what the plain, word-by-word ways give.

Each fast path is compared with a plain reference implementation (the code it replaced) on
generated text, and the facts about Unicode it relies on are checked over every code point.
"""

from __future__ import annotations

import itertools
import sys
from collections import defaultdict
from collections.abc import Iterator

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import newsclaims
from newsclaims import Document, Finding, Span
from newsclaims.default_plugins import _audit_text, audit_artifacts, audit_support, support
from newsclaims.default_plugins._audit_text import Index, facts, keys, keys_by_words, snippet
from newsclaims.testing import documents

_ALL = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)

# Characters that make words, break them, or behave oddly when lower-cased or case-folded.
_PIECES = [
    *"aAbBsSzZ019 ,.'’-–—“”‘\"()\n\t\u00a0\x1c\x1f\u3000!?:;",
    *"éÉüßİıſΣσςКкд이다\u0301\u0307²½",
    "the",
    "The",
    "it's",
    "John’s",
    "U.S.",
    "1,000.5",
    "website",
    "Siteese",
    "our",
    "rav4",
    "'tis",
]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


def test_python_letters_and_digits_are_word_characters() -> None:
    """A token of Python letters (or decimals) is one word to the word pattern."""
    letters = "".join(c for c in _ALL if c.isalpha())
    decimals = "".join(c for c in _ALL if c.isdecimal())
    assert regex.search(r"[^\p{L}]", letters) is None
    assert regex.search(r"[^\d]", decimals) is None


def test_no_capital_is_lower_case_to_python() -> None:
    assert not any(c.islower() for c in regex.findall(r"\p{Lu}", _ALL))


@settings(max_examples=300)
@given(st.lists(_TEXTS, max_size=3))
def test_capitalised_words_are_those_of_the_tokens(texts: list[str]) -> None:
    plain = {
        _audit_text.norm(w)
        for text in texts
        for w, _, _, initial in _audit_text.tokens(text)
        if not initial and _audit_text._CAPITAL.match(w)
    }
    assert _audit_text.capitalised_words(texts) == plain


_ASCII_TEXTS = st.lists(
    st.sampled_from(
        [*"aZQx5' .,;:!?\"(-\t\n\x1c", "The", "U.S.", "O'Neill", "it's", " May", "3.5"]
    ),
    max_size=30,
).map("".join)


@settings(max_examples=500)
@given(_ASCII_TEXTS)
def test_capitalised_words_of_ascii_text_are_those_of_the_tokens(text: str) -> None:
    """The ASCII path (capitals found by their own pattern) gives what the tokens give."""
    plain = {
        _audit_text.norm(w)
        for w, _, _, initial in _audit_text.tokens(text)
        if not initial and _audit_text._CAPITAL.match(w)
    }
    assert _audit_text.capitalised_words([text]) == plain


def test_white_space_is_never_part_of_a_word() -> None:
    spaces = "".join(c for c in _ALL if c.isspace())
    assert regex.search(r"[\p{L}\p{M}\d'’.,]", spaces) is None
    # And the regex module's white space is Python's (its own never ends a stripped line).
    assert set(regex.findall(r"\s", _ALL)) <= set(spaces)


@settings(max_examples=300)
@given(_TEXTS)
def test_keys_are_the_keys_word_by_word(text: str) -> None:
    assert keys(text) == keys_by_words(text)
    assert keys(text) == keys_by_words(text)  # again, from the memo


_OLD_INITIAL = regex.compile(r"[.!?:;\"“‘]\s*$")


@settings(max_examples=300)
@given(_TEXTS)
def test_tokens_start_sentences_as_the_pattern_said(text: str) -> None:
    plain = []
    prev = 0
    for m in _audit_text._WORD.finditer(text):
        initial = not plain or bool(_OLD_INITIAL.search(text, prev, m.start()))
        plain.append((m.group(), m.start(), m.end(), initial))
        prev = m.end()
    assert _audit_text.tokens(text) == plain


def test_keys_survive_a_cleared_memo() -> None:
    text = "The U.S. rav4 and John’s 1,000.5 websites"
    _audit_text._token_key.clear()
    _audit_text._several_keys.clear()
    assert keys(text) == keys_by_words(text)
    _audit_text._several_keys.clear()  # as if another thread had just cleared the memo
    assert keys(text) == keys_by_words(text)


@settings(max_examples=100, deadline=None)
@given(documents())
def test_claim_sections_are_section_kinds(doc: Document) -> None:
    index = Index(doc)
    assert index.claim_sections == [index.section_kind(c.span) for c in doc.claims]
    assert index.claim_summary == [index.is_summary(c) for c in doc.claims]
    assert index.claim_keys == [keys_by_words(c.text) for c in doc.claims]
    body = [s for s in doc.sentences if index.section_kind(s) == "body"]
    assert index.body_sentences() == body


def test_index_is_built_once_per_document() -> None:
    one = newsclaims.parse("A first text about a thing.")
    two = newsclaims.parse("A second text about a thing.")
    assert _audit_text.index(one) is _audit_text.index(one)
    assert _audit_text.index(two).doc is two
    assert _audit_text.index(one).doc is one


# Duplicates: the plain way, every claim against every claim sharing an uncommon key.


def _plain_duplicates(doc: Document) -> Iterator[Finding]:
    index = Index(doc)
    groups: dict[str, list[int]] = defaultdict(list)
    for i, claim in enumerate(doc.claims):
        groups[claim.kind if index.is_summary(claim) else "body"].append(i)
    for members in groups.values():
        claim_keys = {i: keys_by_words(doc.claims[i].text) for i in members}
        postings: dict[str, list[int]] = defaultdict(list)
        for i in members:
            for k in claim_keys[i]:
                postings[k].append(i)
        for j in members:
            kj = claim_keys[j]
            if len(kj) < audit_support.MIN_WORDS:
                continue
            shared = {
                i
                for k in kj
                if len(postings[k]) <= audit_support.COMMON
                for i in postings[k]
                if i < j
            }
            # Nearly word for word first; else a part of an earlier claim (every key of j in
            # it, and more), by a claim of PART_MIN_WORDS keys or more.
            for part in (False, True):
                found = None
                for i in sorted(shared):
                    ki = claim_keys[i]
                    if len(ki) < audit_support.MIN_WORDS:
                        continue
                    if doc.claims[i].span.overlaps(doc.claims[j].span):
                        continue
                    similarity = len(ki & kj) / len(ki | kj)
                    had = facts(doc.claims[i].text).numbers
                    has = facts(doc.claims[j].text).numbers
                    if part:
                        if not (
                            kj < ki
                            and len(kj) >= audit_support.PART_MIN_WORDS
                            and similarity >= audit_support.PART
                            and has <= had
                        ):
                            continue
                    elif similarity < audit_support.DUPLICATE or has != had:
                        continue
                    found = Finding(
                        kind="duplicate_claim",
                        message=f"restates an earlier claim: {snippet(doc.claims[i].text)!r}",
                        severity="note",
                        claim=j,
                        evidence=doc.claims[i].span,
                        score=round(similarity, 4),
                    )
                    break
                if found is not None:
                    yield found
                    break


_WORDS = [
    *("police", "said", "the", "mayor", "city", "council", "voted", "budget"),
    *("school", "road", "12", "14", "new", "plan"),
]
_SENTENCES = st.lists(st.sampled_from(_WORDS), min_size=3, max_size=12).map(
    lambda ws: " ".join(ws).capitalize() + "."
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_SENTENCES, min_size=1, max_size=40), st.booleans())
def test_duplicates_are_the_plain_duplicates(sentences: list[str], headline: bool) -> None:
    text = "\n\n".join(sentences)
    if headline:
        text = "Police said the city council voted a new budget\n\n" + text
    doc = newsclaims.parse(text)
    assert list(audit_support.duplicates(doc)) == list(_plain_duplicates(doc))


def test_many_claims_share_common_words() -> None:
    """More than COMMON claims share a word: it finds no candidates, as before."""
    sentences = [f"The council voted on budget item number {i} today." for i in range(80)]
    sentences += ["The council voted on budget item number 3 today, again."]
    doc = newsclaims.parse(" ".join(sentences))
    assert list(audit_support.duplicates(doc)) == list(_plain_duplicates(doc))


def test_long_documents_compare_claims_sharing_a_key() -> None:
    """Past the claims compared one by one, candidates come from the keys they share."""
    sentences = [
        f"Item {i} of the plan names street {i * 7} and park {i * 13}." for i in range(300)
    ]
    sentences += ["Item 5 of the plan names street 35 and park 65 again.", sentences[290]]
    doc = newsclaims.parse(" ".join(sentences))
    found = list(audit_support.duplicates(doc))
    assert found == list(_plain_duplicates(doc))
    assert [f.claim for f in found] == [300, 301]


# Artifacts: the site-noun pattern over the whole text, and paragraphs read to their end.


def _plain_cuts(doc: Document) -> Iterator[tuple[Span, str]]:
    text = doc.text
    for section in doc.sections:
        if section.kind != "body":
            continue
        pos = section.span.start
        while pos < section.span.end:
            nl = text.find("\n", pos, section.span.end)
            end = section.span.end if nl < 0 else nl
            line = text[pos:end]
            if _plain_is_cut(line, text[end : section.span.end]):
                stripped = line.rstrip()
                last = regex.search(r"\S+\s*$", stripped)
                start = pos + (last.start() if last else 0)
                yield (
                    Span(start, pos + len(stripped)),
                    "text cut mid-sentence: the paragraph stops without ending its sentence",
                )
            pos = end + 1


def _plain_is_cut(line: str, after: str) -> bool:
    stripped = line.strip()
    if not stripped or not audit_artifacts._CUT_END.search(stripped):
        return False
    n_words = len(stripped.split())
    if n_words < audit_artifacts.CUT_WORDS and not (
        n_words >= 6 and audit_artifacts._SENTENCE_END.search(stripped)
    ):
        return False
    following = after.lstrip("\n").lstrip()
    return not (following and following[0].islower())


_LINE_PIECES = [
    *"abxAZ,.;!?”’-'é\u0301\n\n\n\x1c\u00a0\t",
    " ",
    " ",
    "word",
    "Word",
    "said",
    "2024",
    "e.g",
    ". The",
    "our websiteese",
    "the  pageant",
    "Their PlatformXY",
    "a blogosphere",
    "this homepagefoo",
    "ſiteese",
    "an İtem",
    "\u3000",
    "“",
    "—",
    "The NEWSLETTERfoo",
    "a newsroom",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_LINE_PIECES), max_size=120).map("".join))
def test_artifacts_are_the_plain_artifacts(text: str) -> None:
    doc = newsclaims.parse(text)
    assert list(audit_artifacts._cuts(doc)) == list(_plain_cuts(doc))
    fast = [(m.span("word"), m.start("det"), m.group("tail")) for m in audit_artifacts._glued(text)]
    plain = [
        (m.span("word"), m.start("det"), m.group("tail"))
        for m in audit_artifacts._GLUED.finditer(text)
    ]
    assert fast == plain


def test_only_two_letters_outside_ascii_match_the_site_nouns_in_another_case() -> None:
    letters = set("".join(audit_artifacts.SITE_NOUNS))
    assert letters <= set("abcdefghijklmnopqrstuvwxyz")
    found = {
        c
        for letter in letters
        for c in regex.findall(letter, _ALL, regex.IGNORECASE)
        if not c.isascii()
    }
    assert found == {"ſ", "İ"}


def test_white_space_before_a_site_noun_is_the_patterns() -> None:
    ascii_space = {c for c in map(chr, range(128)) if regex.match(r"\s", c)}
    assert ascii_space == {chr(b) for b in audit_artifacts._BEFORE_NOUN if b < 128}


def test_glued_words_are_found_in_any_case() -> None:
    text = "See OUR WEBSITEESE, our Pageese, the homepagefoo and a ſiteese or an İtem."
    fast = [m.span("word") for m in audit_artifacts._glued(text)]
    assert fast == [m.span("word") for m in audit_artifacts._GLUED.finditer(text)]
    assert len(fast) >= 3


# Support: postings and weights worked out for a claim's keys only.

_KEY_SETS = st.lists(st.frozensets(st.sampled_from("abcdefgh")), max_size=12)


@given(_KEY_SETS, st.frozensets(st.sampled_from("abcdefghij")))
def test_candidate_postings_and_weights_are_the_plain_ones(
    sentence_keys: list[frozenset[str]], claim: frozenset[str]
) -> None:
    prep = support._Candidates(keys=tuple(sentence_keys), capitalised=frozenset())
    weights = _audit_text.idf(sentence_keys)
    assert prep.weights(claim) == {k: weights[k] for k in claim if k in weights}
    for k in claim:
        assert prep.posting(k) == tuple(i for i, ks in enumerate(sentence_keys) if k in ks)


@settings(max_examples=100, deadline=None)
@given(st.lists(_SENTENCES, min_size=2, max_size=30))
def test_duplicates_of_every_size_are_the_plain_duplicates(sentences: list[str]) -> None:
    """Claims of other sizes are left out by size alone: none of them could overlap enough."""
    doc = newsclaims.parse(" ".join(sentences))
    assert list(audit_support.duplicates(doc)) == list(_plain_duplicates(doc))


def test_duplicates_at_the_edge_of_the_size_window() -> None:
    """Four keys of five are the least overlap that counts, in either order."""
    small, large = "The mayor city council voted.", "Police said the mayor city council voted."
    for first, second in ((small, large), (large, small)):
        doc = newsclaims.parse(f"{first}\n\n{second}")
        found = list(audit_support.duplicates(doc))
        assert found == list(_plain_duplicates(doc))
        assert [(f.claim, f.score) for f in found] == [(1, 0.8)]


def test_a_part_restated_is_looked_for_among_few_claims_however_long_the_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Past _SCAN claims, a claim that brings no new key is compared with the claims holding its
    # rarest uncommon key (COMMON at most), not with every earlier claim of a fitting size: a
    # text that repeats itself made that quadratic (8x the text took 12x the time).
    words = ["".join(p) for p in itertools.product("bdfgkmprstvz", "aeiou", "bdfgkm", "aeiou")]
    base = "Harbour officials approved bridge repairs across northern districts"
    text = "\n\n".join(f"{base} near {w}ville." for w in words[:300]) + f"\n\n{base}.\n"
    compared: list[int] = []
    restated = audit_support._restated

    def counting(doc, j, candidates, claim_keys, common, *, part=False):  # type: ignore[no-untyped-def]
        candidates = list(candidates)
        if part:
            compared.append(len(candidates))
        return restated(doc, j, candidates, claim_keys, common, part=part)

    monkeypatch.setattr(audit_support, "_restated", counting)
    newsclaims.parse(text)
    assert compared and max(compared) <= audit_support.COMMON
