"""Shared test set-up: hypothesis profiles and paths to the bundled examples."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
# ../shared beside the repository; a worktree elsewhere falls back to /work/shared.
SHARED = ROOT.parent / "shared"
if not SHARED.is_dir():
    SHARED = Path("/work/shared")

# "default": hundreds of examples per property, for `make test`.
settings.register_profile(
    "default", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
# "fuzz": long runs for `make fuzz`; NEWSCLAIMS_FUZZ_SECONDS bounds each property's time.
settings.register_profile(
    "fuzz",
    max_examples=int(os.environ.get("NEWSCLAIMS_FUZZ_EXAMPLES", "1000000")),
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "fuzz: long property-based fuzzing, run by `make fuzz`")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Run ``@pytest.mark.fuzz`` tests only when asked for (``-m fuzz``, as `make fuzz` does)."""
    if "fuzz" in (config.getoption("markexpr") or ""):
        return
    skip = pytest.mark.skip(reason="long fuzzing; run with `make fuzz`")
    for item in items:
        if "fuzz" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def ai_summary() -> str:
    return (EXAMPLES / "ai_summary_japan_philippines.txt").read_text(encoding="utf-8")


@pytest.fixture
def scraped() -> str:
    return (EXAMPLES / "scraped_ann_gsomia.txt").read_text(encoding="utf-8")
