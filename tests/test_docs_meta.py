"""Meta-tests of the documentation: the reference is complete and every page can be reached.

`make docs` (Sphinx with -W -n) checks much more, but it is not part of `make test`; these checks
are the cheap ones that catch the usual rot: a public name, hook or subcommand added without its
reference entry, a page left out of every toctree, an included file or object that moved.
"""

from __future__ import annotations

import argparse
import fnmatch
import importlib
import importlib.util
import inspect
import re
from pathlib import Path
from types import ModuleType

import pytest

import newsclaims
from newsclaims import hookspecs
from newsclaims.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
REFERENCE = DOCS / "reference"

# ".. autofunction:: newsclaims.parse" (eval-rst) or "```{autofunction} newsclaims.parse"
_DIRECTIVE = re.compile(
    r"^(?:\s*\.\.\s+|```\{)(?P<kind>auto\w+|py:\w+)(?:::\s*|\}\s*)(?P<target>[\w.]+)(?P<rest>.*)$",
    re.MULTILINE,
)
_TOCTREE = re.compile(r"^```\{toctree\}\n(?P<body>.*?)^```", re.MULTILINE | re.DOTALL)
_INCLUDE = re.compile(
    r"^```\{literalinclude\}\s+(?P<path>\S+)\n(?P<options>(?::[\w-]+:.*\n)*)", re.MULTILINE
)


def pages() -> dict[str, Path]:
    """Every page of the docs by its Sphinx name (``tutorials/index``), without the build."""
    return {
        path.relative_to(DOCS).with_suffix("").as_posix(): path
        for path in sorted(DOCS.rglob("*.md"))
        if not path.relative_to(DOCS).parts[0].startswith("_")
    }


def documented(*paths: Path) -> dict[str, str]:
    """The objects the reference pages document, each with the rest of its directive line."""
    found: dict[str, str] = {}
    for path in paths:
        for m in _DIRECTIVE.finditer(path.read_text(encoding="utf-8")):
            found[m.group("target")] = m.group("rest").strip()
    return found


def reference_pages() -> list[Path]:
    return sorted(REFERENCE.glob("*.md"))


def test_every_public_name_is_in_the_api_reference() -> None:
    targets = documented(*reference_pages())
    missing = [name for name in newsclaims.__all__ if f"newsclaims.{name}" not in targets]
    assert not missing, (
        f"public names missing from the reference: {missing}; document each in "
        "docs/reference/api.md, e.g. `.. autofunction:: newsclaims.NAME` in an eval-rst block"
    )


def hook_names() -> list[str]:
    return sorted(
        name
        for name, func in inspect.getmembers(hookspecs, inspect.isfunction)
        if hasattr(func, "newsclaims_spec")
    )


def test_the_hookspecs_module_has_hooks() -> None:
    assert "newsclaims_register_cleaners" in hook_names()


def test_every_hook_is_in_the_hooks_reference_with_its_signature() -> None:
    targets = documented(REFERENCE / "hooks.md")
    missing = [h for h in hook_names() if f"newsclaims.hookspecs.{h}" not in targets]
    assert not missing, (
        f"hooks missing from docs/reference/hooks.md: {missing}; add "
        "`.. autofunction:: newsclaims.hookspecs.HOOK` under the stage it belongs to"
    )
    # The signature must come from the code, never be written out by hand.
    rewritten = [h for h in hook_names() if targets[f"newsclaims.hookspecs.{h}"]]
    assert not rewritten, f"hooks with a hand-written signature in hooks.md: {rewritten}"


def test_every_documented_object_exists() -> None:
    for path in [*reference_pages(), *pages().values()]:
        for target in documented(path):
            if not target.startswith("newsclaims"):
                continue
            obj: object = None
            parts = target.split(".")
            for i in range(len(parts), 0, -1):
                try:
                    obj = importlib.import_module(".".join(parts[:i]))
                except ImportError:
                    continue
                for attr in parts[i:]:
                    obj = getattr(obj, attr, None)
                break
            assert obj is not None, f"{path.relative_to(ROOT)} documents {target}, which is gone"


def _toctree_entries(name: str, text: str, all_pages: set[str]) -> set[str]:
    base = name.rpartition("/")[0]
    found: set[str] = set()
    for block in _TOCTREE.finditer(text):
        lines = [line.strip() for line in block.group("body").splitlines()]
        is_glob = ":glob:" in lines
        for entry in lines:
            if not entry or entry.startswith(":"):
                continue
            full = f"{base}/{entry}" if base else entry
            if is_glob and any(c in entry for c in "*?["):
                found |= {p for p in fnmatch.filter(all_pages, full) if p != name}
            else:
                assert full in all_pages, f"{name}.md: toctree names a missing page {entry!r}"
                found.add(full)
    return found


def test_every_page_is_reachable_from_the_index() -> None:
    all_pages = pages()
    reached, todo = {"index"}, ["index"]
    while todo:
        name = todo.pop()
        text = all_pages[name].read_text(encoding="utf-8")
        for child in _toctree_entries(name, text, set(all_pages)) - reached:
            reached.add(child)
            todo.append(child)
    orphans = sorted(set(all_pages) - reached)
    assert not orphans, f"pages in no toctree (add them to their section's index.md): {orphans}"


def test_every_section_picks_up_new_pages() -> None:
    # Pages other contributors add to a section appear without anyone editing its index.
    for section in ("tutorials", "how-to", "reference", "explanation"):
        text = (DOCS / section / "index.md").read_text(encoding="utf-8")
        (toctree,) = _TOCTREE.findall(text)
        assert ":glob:" in toctree and "\n*\n" in toctree, section


@pytest.mark.parametrize("page", sorted(pages()))
def test_included_files_and_objects_exist(page: str) -> None:
    path = pages()[page]
    for m in _INCLUDE.finditer(path.read_text(encoding="utf-8")):
        included = (path.parent / m.group("path")).resolve()
        assert included.is_file(), f"{page}.md includes {m.group('path')}, which does not exist"
        source = included.read_text(encoding="utf-8")
        for option in m.group("options").splitlines():
            key, _, value = option[1:].partition(":")
            value = value.strip().strip('"')
            if key == "pyobject":
                assert re.search(rf"^\s*(?:def|class) {re.escape(value)}\b", source, re.M), (
                    f"{page}.md includes {value} from {m.group('path')}, which has no such object"
                )
            elif key in ("start-after", "end-before", "start-at", "end-at"):
                assert value in source, f"{page}.md: {value!r} is not in {m.group('path')}"


def _extension(name: str) -> ModuleType:
    """Import a module of docs/_ext (they import Sphinx only when Sphinx loads them)."""
    spec = importlib.util.spec_from_file_location(name, DOCS / "_ext" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_private_paths_of_public_names_resolve_to_the_public_path() -> None:
    public_target = _extension("public_names").public_target
    assert public_target("newsclaims._model.Document") == "newsclaims.Document"
    assert public_target("newsclaims._model.Document.to_raw") == "newsclaims.Document.to_raw"
    assert public_target("Document.text") == "newsclaims.Document.text"
    assert public_target("newsclaims._model.attrs") is None
    assert public_target("newsclaims.hookspecs.newsclaims_register_cleaners") is None
    assert public_target("pluggy.PluginManager") is None


def test_the_cli_reference_covers_every_subcommand_and_option() -> None:
    # The reference is rendered from build_parser() at build time, so it cannot go stale; this
    # checks that the rendering leaves nothing of the parser out.
    assert "```{newsclaims-cli}" in (REFERENCE / "cli.md").read_text(encoding="utf-8")
    described = {c.prog: c for c in _extension("cli_reference").describe(build_parser()).walk()}

    def walk(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
        out = [parser]
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for sub in action.choices.values():
                    out += walk(sub)
        return out

    for parser in walk(build_parser()):
        assert parser.prog in described, f"the CLI reference leaves out {parser.prog!r}"
        invocations = " ".join(a.invocation for a in described[parser.prog].arguments)
        for action in parser._actions:
            for option in action.option_strings:
                assert option in invocations, f"the CLI reference leaves out {parser.prog} {option}"
    assert {"newsclaims extract", "newsclaims clean", "newsclaims plugins"} <= set(described)
