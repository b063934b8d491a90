"""One path given where a list of inputs is wanted is refused, not read character by character
(``parse_many("/data")`` read ``/``, the root directory)."""

from __future__ import annotations

import pathlib

import pytest

import newsclaims
from newsclaims._inputs import expand_inputs


@pytest.mark.parametrize("one", ["news.txt", "/", b"news.txt", pathlib.Path("news.txt")])
def test_parse_many_refuses_one_path_at_once(one: object) -> None:
    with pytest.raises(TypeError, match=r"list of paths or records.*write \["):
        newsclaims.parse_many(one)  # type: ignore[arg-type]


@pytest.mark.parametrize("one", ["/", pathlib.Path("/")])
def test_load_records_and_expand_inputs_refuse_one_path(one: object) -> None:
    with pytest.raises(TypeError, match="list of paths or records"):
        next(iter(newsclaims.load_records(one)))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="list of paths or records"):
        next(expand_inputs(one))  # type: ignore[arg-type]


def test_a_list_of_one_path_still_reads(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("The port reopened on Friday, officials said.\n", encoding="utf-8")
    docs = list(newsclaims.parse_many([path], entry_points=False))
    assert len(docs) == 1 and isinstance(docs[0], newsclaims.Document)
    assert docs[0].claims
