"""A component's failure names its role ("reference style 'angle'"), for every kind of
component a plugin can register: a reference style's read "component 'angle'"."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import pytest

import newsclaims
from newsclaims import Citation, PluginError, hookspecs
from newsclaims.errors import _ROLE

REGISTRATION_HOOKS = sorted(
    name for name in vars(hookspecs) if name.startswith("newsclaims_register_")
)


def test_there_are_registration_hooks() -> None:
    assert "newsclaims_register_reference_styles" in REGISTRATION_HOOKS
    assert len(REGISTRATION_HOOKS) >= 10


@pytest.mark.parametrize("hook", REGISTRATION_HOOKS)
def test_every_kind_of_component_has_its_role_name(hook: str) -> None:
    role = _ROLE.get(hook)
    assert role, f"errors._ROLE has no role for {hook}: its failures would say 'component'"
    error = PluginError("boom", plugin="p", hook=hook, component="c")
    assert str(error) == f"plugin 'p' {role} 'c' failed: boom"


def test_the_roles_are_distinct_and_name_their_hook() -> None:
    roles = [_ROLE[h] for h in REGISTRATION_HOOKS]
    assert len(set(roles)) == len(roles)
    for hook, role in zip(REGISTRATION_HOOKS, roles, strict=True):
        # newsclaims_register_sentence_splitters -> "sentence splitter"
        assert hook.removeprefix("newsclaims_register_").rstrip("s").replace("_", " ") == role


class AngleReferences:
    """A reference style of ``<1> Title`` lines that fails on what it cannot handle."""

    def format(self, entries: Sequence[Citation]) -> str:
        raise RuntimeError("cannot write a list without titles")

    def parse(self, text: str) -> Iterator[Citation]:
        raise KeyError("label")


class AnglePlugin:
    newsclaims_name = "angle-refs"

    @newsclaims.hookimpl
    def newsclaims_register_reference_styles(self, register: newsclaims.Register) -> None:  # type: ignore[type-arg]
        register("angle", AngleReferences())


@pytest.fixture
def pm() -> object:
    return newsclaims.make_plugin_manager(entry_points=False, plugins=[AnglePlugin()])


def test_a_failing_reference_style_is_named_as_one(pm: object) -> None:
    with pytest.raises(PluginError) as info:
        newsclaims.format_references(
            [Citation(label="1", title="Annual report")],
            style="angle",
            plugin_manager=pm,  # type: ignore[arg-type]
        )
    assert str(info.value).startswith("plugin 'angle-refs' reference style 'angle' failed: ")
    with pytest.raises(PluginError, match=r"^plugin 'angle-refs' reference style 'angle' failed"):
        newsclaims.parse_references("<1> Annual report", styles=["angle"], plugin_manager=pm)  # type: ignore[arg-type]
