"""``--disable`` and ``make_plugin_manager(disable=...)`` take the name of a distribution
(as pip names it: ``newsclaims-ann``) for all the plugins its entry points register; the
plugin's own name (``ann``) still works, and an unknown name is an error that lists both."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import newsclaims
from newsclaims import PluginLoadError
from newsclaims._plugins import plugin_info
from newsclaims.cli import main

GAZETTE = """
import newsclaims

@newsclaims.hookimpl
def newsclaims_identify_source(raw):
    return "Fake Gazette"
"""

SPORTS = """
import newsclaims

@newsclaims.hookimpl
def newsclaims_register_cleaners(register):
    register("scores", lambda doc: [])
"""


def install(root: Path, dist: str, entries: dict[str, str | None]) -> None:
    """A distribution ``dist`` whose entry points name modules; a module given no source is
    not there (its entry point cannot be loaded)."""
    info = root / f"{dist.replace('-', '_')}-3.1.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 3.1\n")
    lines = [f"{entry} = {entry}_plugin_module" for entry in entries]
    (info / "entry_points.txt").write_text("[newsclaims]\n" + "\n".join(lines) + "\n")
    for entry, source in entries.items():
        if source is not None:
            (root / f"{entry}_plugin_module.py").write_text(source)


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    install(tmp_path, "fake-gazette", {"gazette": GAZETTE, "gazette_sports": SPORTS})
    install(tmp_path, "Broken_Wire", {"wire": None})
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delenv("NEWSCLAIMS_LOAD_PLUGINS", raising=False)
    return tmp_path


def _names(pm: object) -> set[str]:
    return {p["name"] for p in plugin_info(pm)}  # type: ignore[arg-type]


@pytest.mark.parametrize("name", ["fake-gazette", "fake_gazette", "Fake.Gazette", "FAKE-GAZETTE"])
def test_a_distribution_name_disables_all_its_plugins(site: Path, name: str) -> None:
    pm = newsclaims.make_plugin_manager(disable=[name, "broken-wire"])
    names = _names(pm)
    assert not {"gazette", "gazette_sports", "wire"} & names
    assert "newsclaims.cleaning" in names  # the others are loaded
    assert newsclaims.parse("Anything.", plugin_manager=pm).source is None


def test_a_plugin_name_disables_that_plugin_only(site: Path) -> None:
    pm = newsclaims.make_plugin_manager(disable=["gazette_sports", "wire"])
    names = _names(pm)
    assert "gazette" in names and "gazette_sports" not in names
    assert newsclaims.parse("Anything.", plugin_manager=pm).source == "Fake Gazette"


def test_a_broken_distribution_is_named_by_its_error_and_can_be_disabled_so(site: Path) -> None:
    with pytest.raises(PluginLoadError) as info:
        newsclaims.make_plugin_manager()
    assert "distribution 'Broken_Wire'" in str(info.value)
    newsclaims.make_plugin_manager(disable=["Broken_Wire"])  # the name as the error gives it


def test_the_command_line_takes_a_distribution_name(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = io.StringIO()
    assert main(["--disable", "fake-gazette", "--disable", "broken-wire", "plugins"], out=out) == 0
    listed = out.getvalue()
    assert "gazette" not in listed and "wire" not in listed
    assert "newsclaims.claims (newsclaims " in listed
    out = io.StringIO()
    assert main(["--disable", "gazette", "--disable", "wire", "plugins"], out=out) == 0
    assert "gazette_sports (fake-gazette 3.1)" in out.getvalue()


def test_an_unknown_name_lists_the_plugins_and_the_distributions(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--disable", "fake-gazete", "plugins"], out=io.StringIO()) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert (
        "--disable fake-gazete: no plugin has this name, nor a distribution that installs plugins"
        in err
    )
    assert "the plugins are " in err and "gazette, gazette_sports" in err
    assert "newsclaims.cleaning" in err
    assert "the distributions that install plugins are " in err
    assert "broken-wire" in err and "fake-gazette" in err
