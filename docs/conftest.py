"""Run every code example of the docs as a test (Sybil).

```python blocks are executed; blocks with ``>>>`` prompts are doctests whose output must match.
Blocks on one page share a namespace. Examples run with the repository root as the working
directory, so they can read ``examples/...`` by relative path.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sybil import Sybil
from sybil.parsers.myst import PythonCodeBlockParser, SkipParser

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def _at_repository_root() -> Iterator[None]:
    before = Path.cwd()
    os.chdir(ROOT)
    try:
        yield
    finally:
        os.chdir(before)


def _setup(namespace: dict[str, Any]) -> None:
    namespace["__name__"] = "docs_example"


pytest_collect_file = Sybil(
    parsers=[PythonCodeBlockParser(), SkipParser()],
    patterns=["*.md"],
    setup=_setup,
    fixtures=["_at_repository_root"],
    excludes=["_build/*"],
).pytest()
