"""Every distribution in plugins/ ships ``py.typed`` in its package, so that ``mypy --strict``
users of the plugin get its types (newsclaims-ann and newsclaims-reuters shipped none: mypy
took them as untyped and refused ``import newsclaims_ann`` under --strict)."""

from __future__ import annotations

import importlib
import importlib.resources
import sys
import zipfile
from pathlib import Path

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    tomllib = pytest.importorskip("tomli")

ROOT = Path(__file__).resolve().parent.parent
DISTRIBUTIONS = sorted(p.parent for p in (ROOT / "plugins").glob("*/pyproject.toml"))


def _packages(project: Path) -> list[Path]:
    config = tomllib.loads((project / "pyproject.toml").read_text(encoding="utf-8"))
    wheel = config["tool"]["hatch"]["build"]["targets"]["wheel"]
    # (An exclude or only-include list could leave py.typed out of the wheel.)
    assert not {"exclude", "only-include", "only-packages"} & set(wheel), wheel
    assert not {"exclude", "only-include"} & set(config["tool"]["hatch"]["build"]), config
    return [project / p for p in wheel["packages"]]


def test_there_are_plugin_distributions() -> None:
    names = {p.name for p in DISTRIBUTIONS}
    assert {"newsclaims-ann", "newsclaims-reuters"} <= names


@pytest.mark.parametrize("project", DISTRIBUTIONS, ids=lambda p: p.name)
def test_each_plugin_package_has_py_typed(project: Path) -> None:
    packages = _packages(project)
    assert packages
    for package in packages:
        assert (package / "__init__.py").is_file()
        marker = package / "py.typed"
        assert marker.is_file(), f"{project.name} ships no {marker.relative_to(ROOT)}"
        # PEP 561: empty, or "partial\n" for a partial stub package; these are complete.
        assert marker.read_text(encoding="utf-8").strip() == ""


@pytest.mark.parametrize("module", ["newsclaims", "newsclaims_ann", "newsclaims_reuters"])
def test_the_imported_package_has_py_typed(module: str) -> None:
    importlib.import_module(module)
    assert importlib.resources.files(module).joinpath("py.typed").is_file()


@pytest.mark.parametrize("project", DISTRIBUTIONS, ids=lambda p: p.name)
def test_the_built_wheel_holds_py_typed(project: Path, tmp_path: Path) -> None:
    wheel_builder = pytest.importorskip("hatchling.builders.wheel")
    builder = wheel_builder.WheelBuilder(str(project))
    (wheel,) = builder.build(directory=str(tmp_path), versions=["standard"])
    names = zipfile.ZipFile(wheel).namelist()
    for package in _packages(project):
        assert f"{package.name}/py.typed" in names, names
