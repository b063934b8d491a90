"""Plugin loading: entry points, broken plugins, environment switches, misspelled hooks."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import newsclaims
from newsclaims import PluginError, PluginLoadError, hookimpl
from newsclaims._plugins import plugin_info


def make_dist(root: Path, name: str, entry_points: str, module: str | None = None) -> None:
    info = root / f"{name.replace('-', '_')}-1.2.3.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.2.3\n")
    (info / "entry_points.txt").write_text(f"[newsclaims]\n{entry_points}\n")
    if module is not None:
        (root / f"{name.replace('-', '_')}.py").write_text(module)


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delenv("NEWSCLAIMS_LOAD_PLUGINS", raising=False)
    return tmp_path


PLUGIN = """
import newsclaims

@newsclaims.hookimpl
def newsclaims_identify_source(raw):
    return "Fake Gazette"
"""


def test_entry_point_plugin_is_found_and_used(site: Path) -> None:
    make_dist(site, "fake-gazette", "gazette = fake_gazette", PLUGIN)
    pm = newsclaims.make_plugin_manager()
    assert pm.has_plugin("gazette")
    assert newsclaims.parse("Anything.", plugin_manager=pm).source == "Fake Gazette"
    info = {p["name"]: p for p in plugin_info(pm)}
    assert info["gazette"]["distribution"] == "fake-gazette"
    assert info["gazette"]["version"] == "1.2.3"


def test_broken_entry_point_names_the_distribution(site: Path) -> None:
    make_dist(site, "broken-dist", "broken = no_such_module_for_newsclaims")
    with pytest.raises(PluginLoadError) as info:
        newsclaims.make_plugin_manager()
    message = str(info.value)
    assert "'broken-dist'" in message and "'broken'" in message
    assert "ModuleNotFoundError" in message
    assert "--disable broken" in message


def test_load_plugins_variable_limits_entry_points(
    site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_dist(site, "broken-dist", "broken = no_such_module_for_newsclaims")
    monkeypatch.setenv("NEWSCLAIMS_LOAD_PLUGINS", "")
    pm = newsclaims.make_plugin_manager()
    assert not pm.has_plugin("broken")
    pm = newsclaims.make_plugin_manager(disable=["broken"])  # also skips it


def test_load_plugins_variable_with_a_misspelt_name_fails_loudly(
    site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # It loaded nothing without a word: the run went on without the plugin it meant.
    make_dist(site, "fake-gazette", "gazette = fake_gazette", PLUGIN)
    monkeypatch.setenv("NEWSCLAIMS_LOAD_PLUGINS", "gazete")
    with pytest.raises(newsclaims.NewsclaimsError) as info:
        newsclaims.make_plugin_manager()
    message = str(info.value)
    assert message.startswith("NEWSCLAIMS_LOAD_PLUGINS names 'gazete', which no installed plugin")
    assert "gazette" in message.rpartition("the installed ones are: ")[2]
    # An installed name, a built-in one (always loaded) and blanks are fine.
    monkeypatch.setenv("NEWSCLAIMS_LOAD_PLUGINS", "gazette, newsclaims.cleaning,")
    assert newsclaims.make_plugin_manager().has_plugin("gazette")


def test_misspelled_hook_fails_loudly() -> None:
    class Typo:
        @hookimpl
        def newsclaims_register_cleaner(self, register):  # type: ignore[no-untyped-def]
            pass

    with pytest.raises(PluginError, match="newsclaims_register_cleaner"):
        newsclaims.make_plugin_manager(entry_points=False, plugins=[Typo()])


def test_a_misspelt_hook_is_named_beside_an_optional_hook() -> None:
    # (The plugin's optional hook, which pluggy lets be, was named as the hook at fault, and
    # offered as the one meant.)
    class Typo:
        @hookimpl(optionalhook=True)
        def newsclaims_other_thing(self) -> None:
            pass

        @hookimpl
        def newsclaims_regster_loaders(self, register):  # type: ignore[no-untyped-def]
            pass

    with pytest.raises(PluginError) as info:
        newsclaims.make_plugin_manager(entry_points=False, plugins=[Typo()])
    assert info.value.hook == "newsclaims_regster_loaders"
    assert str(info.value).endswith(
        "implements 'newsclaims_regster_loaders', which is no hook of newsclaims (did you "
        "mean 'newsclaims_register_loaders'?)"
    )


def test_duplicate_component_names_are_an_error() -> None:
    class Twice:
        @hookimpl
        def newsclaims_register_auditors(self, register):  # type: ignore[no-untyped-def]
            register("same", lambda doc: [])
            register("same", lambda doc: [])

    pm = newsclaims.make_plugin_manager(entry_points=False, plugins=[Twice()])
    with pytest.raises(PluginError, match="two components named 'same'"):
        newsclaims.parse("x", plugin_manager=pm)


def test_trace_variable_prints_hook_calls(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("NEWSCLAIMS_TRACE_PLUGINS", "1")
    pm = newsclaims.make_plugin_manager(entry_points=False)
    newsclaims.parse("Traced.", plugin_manager=pm)
    err = capsys.readouterr().err
    assert "newsclaims_register_claim_extractors -> plugin 'newsclaims.claims'" in err
    assert "component 'statements'" in err


def test_plugin_names_are_stable() -> None:
    class Named:
        newsclaims_name = "my-plugin"

    pm = newsclaims.make_plugin_manager(entry_points=False, plugins=[Named(), Named()])
    assert pm.has_plugin("my-plugin") and pm.has_plugin("my-plugin#2")
    assert "newsclaims" in sys.modules


def test_a_class_given_for_its_instance_says_so() -> None:
    # (Registered as it was, its first hook call failed: "missing 1 required positional
    # argument: 'self'".) A class whose hooks are static functions is a plugin as it is.
    class Methods:
        @hookimpl
        def newsclaims_register_cleaners(self, register):  # type: ignore[no-untyped-def]
            register("nothing", lambda doc: [])

    class Functions:
        @staticmethod
        @hookimpl
        def newsclaims_register_cleaners(register):  # type: ignore[no-untyped-def]
            register("nothing", lambda doc: [])

    with pytest.raises(PluginError, match=r"Methods is a class whose hooks are methods: pass "):
        newsclaims.make_plugin_manager(entry_points=False, plugins=[Methods])
    for plugin in (Methods(), Functions):
        pm = newsclaims.make_plugin_manager(entry_points=False, plugins=[plugin])
        assert newsclaims.parse("Prices rose.", plugin_manager=pm).claims
