"""The model as a library user builds and checks it by hand (QA session 16)."""

from __future__ import annotations

import math
import pickle
from pathlib import Path

import attrs
import pytest

import newsclaims
from newsclaims import Citation, Claim, Document, Finding, Marker, Removal, Section, Span
from newsclaims.errors import SchemaError

ROOT = Path(__file__).resolve().parent.parent

# A scrape of a Spanish regional paper: a menu line and a cookie line removed.
RAW = "Portada | Deportes\nLa presa alcanzó el 80 %.\nAceptar cookies\nEl Gobierno lo confirmó [2]."
MENU = Removal(span=Span(0, 19), reason="navigation", plugin="p", text="Portada | Deportes\n")
COOKIE = Removal(span=Span(45, 61), reason="cookies", plugin="p", text="Aceptar cookies\n")
TEXT = "La presa alcanzó el 80 %.\nEl Gobierno lo confirmó [2]."


def test_hand_built_document_with_removals_is_accepted() -> None:
    doc = Document(raw=RAW, text=TEXT, removals=[MENU, COOKIE])
    assert doc.to_raw(26) == 61 and RAW[doc.to_raw(26)] == "E"


@pytest.mark.parametrize(
    "text",
    [
        "La presa alcanzó el 80 %.\nEl Gobierno lo confirmó [3].",  # one label changed
        "la presa alcanzó el 80 %.\nEl Gobierno lo confirmó [2].",  # case changed
        "El Gobierno lo confirmó [2].\nLa presa alcanzó el 80 %.",  # lines swapped (same length)
    ],
)
def test_document_refuses_text_that_is_not_raw_without_removals(text: str) -> None:
    # Only the lengths were compared: a text of the right length but other characters was
    # taken, and to_raw() then pointed at characters the text does not hold.
    assert len(text) == len(TEXT)
    with pytest.raises(ValueError, match="removals taken out"):
        Document(raw=RAW, text=text, removals=[MENU, COOKIE])


def test_document_refuses_a_removal_whose_text_is_not_the_raw_text() -> None:
    wrong = attrs.evolve(COOKIE, text="Accept cookies\n\n")
    assert len(wrong.text) == len(wrong.span)
    with pytest.raises(ValueError, match="records the wrong text"):
        Document(raw=RAW, text=TEXT, removals=[MENU, wrong])


def test_from_dict_of_an_edited_text_is_a_schema_error() -> None:
    data = Document(raw=RAW, text=TEXT, removals=[MENU, COOKIE]).to_dict()
    data["removals"][1]["text"] = "Accept cookies!\n"
    with pytest.raises(SchemaError):
        Document.from_dict(data)


def test_sections_in_order_find_their_section() -> None:
    sections = [Section("headline", Span(0, 25)), Section("body", Span(26, 54))]
    doc = Document(raw=RAW, text=TEXT, removals=[MENU, COOKIE], sections=sections)
    assert doc.section_at(3) == sections[0] and doc.section_at(30) == sections[1]
    assert doc.section_at(25) is None


@pytest.mark.parametrize("labels", ["12", "ab"])
def test_labels_given_as_one_string_are_refused(labels: str) -> None:
    # A string is iterable: citations="12" became ("1", "2"), two sources the text never names.
    with pytest.raises(TypeError, match="not a single string"):
        Claim(text="abc", span=Span(0, 3), citations=labels)
    with pytest.raises(TypeError, match="not a single string"):
        Marker(span=Span(0, 4), labels=labels)


@pytest.mark.parametrize("labels", [[1], ["1", 2], [None]])
def test_labels_that_are_not_strings_are_refused(labels: list[object]) -> None:
    # They were kept and written to JSON as numbers, which the schema does not allow.
    with pytest.raises(TypeError, match="labels are strings, such as '1'"):
        Claim(text="abc", span=Span(0, 3), citations=labels)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="labels are strings, such as '1'"):
        Marker(span=Span(0, 3), labels=labels)  # type: ignore[arg-type]


def test_labels_from_any_iterable_of_strings() -> None:
    assert Claim(text="a", span=Span(0, 1), citations=iter(["2", "10"])).citations == ("2", "10")
    assert Marker(span=Span(0, 5), labels=("1", "2", "3")).labels == ("1", "2", "3")
    assert Claim(text="a", span=Span(0, 1)).citations == ()


@pytest.mark.parametrize("score", [math.nan, math.inf, -math.inf])
def test_finding_score_must_be_finite(score: float) -> None:
    # JSON has no NaN or infinity: such a finding failed only later, in to_json().
    with pytest.raises(ValueError, match="finite"):
        Finding(kind="k", message="m", score=score)


@pytest.mark.parametrize(("field", "value"), [("claim", True), ("score", False)])
def test_finding_refuses_bools_for_numbers(field: str, value: bool) -> None:
    with pytest.raises(TypeError, match=field):
        Finding(kind="k", message="m", **{field: value})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "make",
    [
        lambda: Document(raw=["a"], text="a"),  # type: ignore[arg-type]
        lambda: Document(raw="a", text="a", id=7),  # type: ignore[arg-type]
        lambda: Document(raw="ab", text="ab", sentences=[(0, 1)]),  # type: ignore[list-item]
        lambda: Citation(label=1),  # type: ignore[arg-type]
        lambda: Section("body", (0, 1)),  # type: ignore[arg-type]
        lambda: Marker(span=(0, 3), labels=["1"]),  # type: ignore[arg-type]
        lambda: Finding(kind="k", message=None),  # type: ignore[arg-type]
        lambda: newsclaims.parse("Der Hafen ist wieder offen.", id=42),  # type: ignore[arg-type]
    ],
)
def test_wrong_types_raise_one_readable_line(make: object) -> None:
    # attrs' own validators raised TypeError(message, Attribute(...), type, value), which
    # printed as a four-part tuple with the attrs internals, also inside SchemaError.
    with pytest.raises(TypeError) as info:
        make()  # type: ignore[operator]
    assert len(info.value.args) == 1
    assert str(info.value).startswith("'") and " must be " in str(info.value)
    assert "Attribute(" not in str(info.value)


def test_from_dict_names_a_wrong_type_in_one_line() -> None:
    data = Document(raw="a", text="a").to_dict()
    data["id"] = 7
    with pytest.raises(SchemaError, match=r"^'id' must be <class 'str'> \(got 7 that is"):
        Document.from_dict(data)


@pytest.mark.parametrize("offset", [1.5, "3", None])
def test_to_raw_refuses_an_offset_that_is_not_an_int(offset: object) -> None:
    doc = Document(raw=RAW, text=TEXT, removals=[MENU, COOKIE])
    with pytest.raises(TypeError, match="offset must be an int"):
        doc.to_raw(offset)  # type: ignore[arg-type]


def test_parsed_documents_rebuild_equal_by_hand_and_from_pickle() -> None:
    text = (ROOT / "examples" / "ai_summary_japan_philippines.txt").read_text("utf-8")
    doc = newsclaims.parse(text, id="jp")
    fields = {a.name: getattr(doc, a.name) for a in attrs.fields(Document) if a.init}
    assert Document(**fields) == doc
    assert pickle.loads(pickle.dumps(doc)) == doc
    assert Document.from_dict(doc.to_dict()) == doc


def test_hand_built_document_type_checks_with_lists(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The data-model page builds a Document from lists; mypy refused each list, because the
    # fields' converter (tuple) told it nothing and it asked for the tuple type itself.
    script = tmp_path / "user.py"
    script.write_text(
        "from newsclaims import Citation, Claim, Document, Finding, Marker, Removal\n"
        "from newsclaims import Section, Span\n"
        "raw = 'Menu\\nPort reopens'\n"
        "doc = Document(\n"
        "    raw=raw, text=raw[5:],\n"
        "    removals=[Removal(span=Span(0, 5), reason='nav', plugin='x', text='Menu\\n')],\n"
        "    sections=[Section('headline', Span(0, 12))], sentences=[Span(0, 12)],\n"
        "    markers=[Marker(span=Span(0, 4), labels=['1'])], citations=[Citation(label='1')],\n"
        "    claims=[Claim(text='Port reopens', span=Span(0, 12), citations=['1'])],\n"
        "    findings=(Finding(kind='k', message='m'),),\n"
        ")\n"
        "reveal_type(doc.claims)\n"
    )
    mypy = pytest.importorskip("mypy.api")
    # (This checkout's sources, not an installed newsclaims.)
    monkeypatch.setenv("MYPYPATH", str(ROOT / "src"))
    cache = str(tmp_path / "cache")
    out, err, status = mypy.run(["--strict", "--cache-dir", cache, str(script)])
    assert status == 0, out + err
    assert "tuple[newsclaims._model.Claim, ...]" in out


@pytest.mark.parametrize(
    ("limit", "error"),
    [
        (0, ValueError),
        (-2.5, ValueError),
        (math.nan, ValueError),
        (math.inf, ValueError),
        ("5", TypeError),
        (True, TypeError),
    ],
)
def test_parse_refuses_a_time_limit_that_is_no_positive_finite_number(
    limit: object, error: type[Exception]
) -> None:
    # 0, a negative or NaN limit failed the first component, which parse named as the culprit;
    # infinity made every component's timer thread fail with OverflowError.
    with pytest.raises(error, match="time_limit must be"):
        newsclaims.parse("Die Bahn fährt wieder. Der Streik ist vorbei.", time_limit=limit)  # type: ignore[arg-type]


def test_parse_takes_a_positive_time_limit() -> None:
    doc = newsclaims.parse("Die Bahn fährt wieder. Der Streik ist vorbei.", time_limit=30)
    assert [c.text for c in doc.claims] == ["Die Bahn fährt wieder.", "Der Streik ist vorbei."]
