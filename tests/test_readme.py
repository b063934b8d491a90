"""The README's code examples run and print what it shows, as the docs' do (docs/conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sybil import Sybil
from sybil.parsers.myst import PythonCodeBlockParser, SkipParser

ROOT = Path(__file__).resolve().parent.parent


def test_the_readme_examples_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # the examples read examples/... by relative path
    document = Sybil(parsers=[PythonCodeBlockParser(), SkipParser()]).parse(ROOT / "README.md")
    examples = list(document.examples())
    assert len(examples) >= 2, "README.md should show a ```python example"
    for example in examples:
        example.evaluate()
