"""``newsclaims plugins`` with a broken plugin installed: the others are listed, the broken one
with its error, and the status is 2 (the command stopped with the error alone, although it is
the one a user runs to see what is installed and what is wrong)."""

from __future__ import annotations

import io
import json
import sys
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


MISSPELT = """
import newsclaims

@newsclaims.hookimpl
def newsclaims_register_claim_extractor(register):
    register("claims", lambda doc: [])
"""

WRONG_ARGUMENT = """
import newsclaims

@newsclaims.hookimpl
def newsclaims_register_cleaners(reg):
    reg("nothing", lambda doc: [])
"""

A_CLASS = """
import newsclaims

class Plugin:
    @newsclaims.hookimpl
    def newsclaims_register_cleaners(self, register):
        register("nothing", lambda doc: [])

plugin = Plugin()
"""


@pytest.mark.parametrize(
    ("source", "entry", "error"),
    [
        (
            MISSPELT,
            "author_plugin",
            "plugin 'author' hook newsclaims_register_claim_extractor failed: implements "
            "'newsclaims_register_claim_extractor', which is no hook of newsclaims (did you "
            "mean 'newsclaims_register_claim_extractors'?)",
        ),
        (
            WRONG_ARGUMENT,
            "author_plugin",
            "cannot load plugin 'author' from distribution 'author-dist': "
            "newsclaims_register_cleaners() takes 'reg', which the hook does not pass: its "
            "arguments are 'register' (passed by name; take any of them)",
        ),
        (
            A_CLASS,
            "author_plugin:Plugin",
            "cannot load plugin 'author' from distribution 'author-dist': the entry point "
            "'author_plugin:Plugin' names the class Plugin, whose hooks are methods: name an "
            "instance of it (plugin = Plugin() in its module, and the entry point "
            "module:plugin), or make the module the plugin",
        ),
    ],
)
def test_a_plugin_authors_mistake_is_one_line_that_says_what_to_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, source: str, entry: str, error: str
) -> None:
    # (A misspelt hook was "hook ? failed: unknown hook ... in plugin <module ...>"; pluggy's
    # message for a wrong argument ran over three lines; an entry point naming a class failed
    # at its first hook call, "missing 1 required positional argument: 'self'".)
    install(tmp_path, "author-dist", "author", entry, None)
    (tmp_path / "author_plugin.py").write_text(source)
    monkeypatch.delitem(sys.modules, "author_plugin", raising=False)
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delenv("NEWSCLAIMS_LOAD_PLUGINS", raising=False)
    out = io.StringIO()
    assert main(["plugins"], out=out) == 2
    (line,) = [x for x in out.getvalue().splitlines() if x.startswith("    error: ")]
    assert line.startswith("    error: " + error)


def test_an_entry_point_naming_an_instance_works(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    install(tmp_path, "author-dist", "author", "author_plugin:plugin", None)
    (tmp_path / "author_plugin.py").write_text(A_CLASS)
    monkeypatch.delitem(sys.modules, "author_plugin", raising=False)
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delenv("NEWSCLAIMS_LOAD_PLUGINS", raising=False)
    out = io.StringIO()
    assert main(["plugins"], out=out) == 0
    assert "author (author-dist 2.0)\n    hooks: newsclaims_register_cleaners\n" in out.getvalue()
