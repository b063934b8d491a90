"""``make_plugin_manager(disable=...)`` refuses a name that is no plugin's nor an installed
distribution's (a misspelt name left the plugin running, unnoticed), as the command line's
``--disable`` and ``NEWSCLAIMS_LOAD_PLUGINS`` did; and ``NEWSCLAIMS_LOAD_PLUGINS`` takes a
distribution's name (``newsclaims-ann``) for all its entry points, as ``disable`` does."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import newsclaims
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

TRIBUNE = """
import newsclaims

@newsclaims.hookimpl
def newsclaims_identify_source(raw):
    return "Tribune" if "Tribune" in raw else None
"""


def install(root: Path, dist: str, entries: dict[str, str]) -> None:
    """A distribution ``dist`` whose entry points name the modules given."""
    info = root / f"{dist.replace('-', '_')}-2.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 2.0\n")
    lines = [f"{entry} = {entry}_names18_module" for entry in entries]
    (info / "entry_points.txt").write_text("[newsclaims]\n" + "\n".join(lines) + "\n")
    for entry, source in entries.items():
        (root / f"{entry}_names18_module.py").write_text(source)


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    install(tmp_path, "fake-gazette", {"gazette": GAZETTE, "gazette_sports": SPORTS})
    install(tmp_path, "tribune_wire", {"tribune": TRIBUNE})
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delenv("NEWSCLAIMS_LOAD_PLUGINS", raising=False)
    return tmp_path


def _names(pm: object) -> set[str]:
    return {p["name"] for p in plugin_info(pm)}  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "name",
    [
        "misspelt",
        "gazete",  # an entry point's, misspelt
        "fake-gazete",  # a distribution's, misspelt
        "newsclaims.clean",  # a built-in plugin's, cut short
        "cleaning",  # a built-in plugin's module, without the prefix
        "newsclaims",  # the built-ins are no distribution of entry points
    ],
)
def test_an_unknown_name_in_disable_is_an_error(site: Path, name: str) -> None:
    with pytest.raises(newsclaims.NewsclaimsError) as info:
        newsclaims.make_plugin_manager(disable=["gazette_sports", name])
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(f"disable names {name!r}, which no plugin nor installed ")
    plugins = message.partition("the plugins are: ")[2].partition(";")[0].split(", ")
    assert {"gazette", "gazette_sports", "tribune", "newsclaims.cleaning"} <= set(plugins)
    dists = message.partition("; the distributions: ")[2].split(", ")
    assert {"fake-gazette", "tribune-wire"} <= set(dists) and dists == sorted(dists)


def test_every_unknown_name_is_named_once_and_sorted(site: Path) -> None:
    with pytest.raises(newsclaims.NewsclaimsError, match=r"^disable names 'b', 'z', which "):
        newsclaims.make_plugin_manager(entry_points=False, disable=["z", "gazette", "b", "z"])


def test_without_entry_points_an_installed_name_is_still_known(site: Path) -> None:
    # (Nothing is loaded from it, but it is no typo: the same list serves both ways.)
    for name in ("gazette", "Fake_Gazette", "tribune-wire", "newsclaims.claims"):
        newsclaims.make_plugin_manager(entry_points=False, disable=[name])


def test_known_names_are_taken(site: Path) -> None:
    pm = newsclaims.make_plugin_manager(disable=["gazette", "TRIBUNE.WIRE", "newsclaims.support"])
    names = _names(pm)
    assert "gazette_sports" in names
    assert not {"gazette", "tribune", "newsclaims.support"} & names


def test_the_name_of_a_plugin_passed_in_is_known() -> None:
    class Figures:
        newsclaims_name = "figures"

    pm = newsclaims.make_plugin_manager(
        entry_points=False, plugins=[Figures()], disable=["figures"]
    )
    assert "figures" not in _names(pm)
    with pytest.raises(newsclaims.NewsclaimsError, match="'figure', which no plugin"):
        newsclaims.make_plugin_manager(entry_points=False, plugins=[Figures()], disable=["figure"])


def test_parse_many_refuses_an_unknown_name(site: Path, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The council met on Monday. It approved the budget.\n")
    with pytest.raises(newsclaims.NewsclaimsError, match="disable names 'tribune_wir'"):
        list(newsclaims.parse_many([article], disable=["tribune_wir"]))


@pytest.mark.parametrize("command", ["plugins", "extract", "clean"])
def test_the_command_line_gives_one_line_and_status_2(
    site: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    article = tmp_path / "b.txt"
    article.write_text("Prices rose 3% in May, the office said.\n")
    argv = ["--disable", "misspelt", command] + ([] if command == "plugins" else [str(article)])
    assert main(argv, out=io.StringIO()) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("newsclaims: error: --disable misspelt: no plugin has this name")


@pytest.mark.parametrize("value", ["fake-gazette", "Fake_Gazette", " FAKE.GAZETTE ,"])
def test_load_plugins_takes_a_distribution_name(
    site: Path, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("NEWSCLAIMS_LOAD_PLUGINS", value)
    names = _names(newsclaims.make_plugin_manager())
    assert {"gazette", "gazette_sports"} <= names
    assert "tribune" not in names


def test_load_plugins_mixes_distribution_and_plugin_names(
    site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSCLAIMS_LOAD_PLUGINS", "tribune-wire,gazette_sports")
    names = _names(newsclaims.make_plugin_manager())
    assert {"tribune", "gazette_sports"} <= names
    assert "gazette" not in names
    # disable still wins over the variable, by either name
    names = _names(newsclaims.make_plugin_manager(disable=["tribune_wire"]))
    assert "tribune" not in names and "gazette_sports" in names


def test_load_plugins_with_an_unknown_name_lists_the_distributions(
    site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSCLAIMS_LOAD_PLUGINS", "fake-gazete,tribune")
    with pytest.raises(newsclaims.NewsclaimsError) as info:
        newsclaims.make_plugin_manager()
    message = str(info.value)
    assert message.startswith("NEWSCLAIMS_LOAD_PLUGINS names 'fake-gazete', which no installed")
    assert "gazette, gazette_sports" in message
    dists = message.partition("their distributions: ")[2].split(", ")
    assert {"fake-gazette", "tribune-wire"} <= set(dists) and dists == sorted(dists)
