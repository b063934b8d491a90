"""``newsclaims plugins`` with a broken plugin installed: the others are listed, the broken one
with its error, and the status is 2 (the command stopped with the error alone, although it is
the one a user runs to see what is installed and what is wrong)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from newsclaims.cli import main

WORKS = """
import newsclaims

@newsclaims.hookimpl
def newsclaims_register_cleaners(register):
    register("nothing", lambda doc: [])
"""

FAILS_TO_REGISTER = """
import newsclaims

@newsclaims.hookimpl
def newsclaims_register_auditors(register):
    raise KeyError("api_key")
"""


def install(root: Path, dist: str, entry: str, module: str, source: str | None) -> None:
    info = root / f"{dist.replace('-', '_')}-2.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 2.0\n")
    (info / "entry_points.txt").write_text(f"[newsclaims]\n{entry} = {module}\n")
    if source is not None:
        (root / f"{module}.py").write_text(source)


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    install(tmp_path, "works-dist", "works", "works_plugin", WORKS)
    install(tmp_path, "gone-dist", "gone", "gone_plugin_not_there", None)
    install(tmp_path, "keyless-dist", "keyless", "keyless_plugin", FAILS_TO_REGISTER)
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delenv("NEWSCLAIMS_LOAD_PLUGINS", raising=False)
    return tmp_path


def test_broken_plugins_are_listed_with_their_errors(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = io.StringIO()
    assert main(["plugins"], out=out) == 2
    text = out.getvalue()
    assert "works (works-dist 2.0)\n    hooks: newsclaims_register_cleaners\n" in text
    assert "newsclaims.cleaning (newsclaims " in text  # the built-in ones too
    assert (
        "gone (gone-dist): BROKEN\n    error: cannot load plugin 'gone' from distribution " in text
    )
    assert "ModuleNotFoundError" in text
    assert (
        "keyless (keyless-dist): BROKEN\n    error: plugin 'keyless' hook "
        "newsclaims_register_auditors failed: KeyError: 'api_key'\n"
    ) in text
    assert capsys.readouterr().err == (
        "newsclaims: error: 2 plugins could not be loaded: gone, keyless (each listed with its "
        "error; --disable NAME runs without it)\n"
    )
    out = io.StringIO()
    assert main(["plugins", "--format", "json"], out=out) == 2
    broken = {p["name"]: p for p in json.loads(out.getvalue()) if "error" in p}
    assert sorted(broken) == ["gone", "keyless"]
    assert broken["gone"]["distribution"] == "gone-dist"
    # Left out by name, they are no error.
    assert main(["--disable", "gone", "--disable", "keyless", "plugins"], out=io.StringIO()) == 0


def test_a_command_that_parses_still_stops_on_a_broken_plugin(
    site: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The council approved the budget on Monday.\n", "utf-8")
    assert main(["extract", str(article)], out=io.StringIO()) == 2
    err = capsys.readouterr().err
    assert err.startswith("newsclaims: error: cannot load plugin 'gone' from distribution")
    assert "--disable gone" in err and err.count("\n") == 1
