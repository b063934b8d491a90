"""Sphinx configuration of the newsclaims documentation (``make docs``).

Every module in ``docs/_ext/`` is a Sphinx extension and is loaded, in sorted order, without
being listed here: drop a module there and it runs at the next build.
"""

from __future__ import annotations

import sys
from pathlib import Path

import newsclaims

HERE = Path(__file__).resolve().parent
EXTENSIONS_DIR = HERE / "_ext"
sys.path.insert(0, str(EXTENSIONS_DIR))

project = "newsclaims"
author = "The newsclaims developers"
copyright = "2026, The newsclaims developers"  # noqa: A001 - Sphinx's name for it
release = newsclaims.__version__
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    *sorted(p.stem for p in EXTENSIONS_DIR.glob("*.py") if not p.name.startswith("_")),
]

source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "_ext", "Thumbs.db", ".DS_Store"]
templates_path: list[str] = []

# MyST: ::: fences, definition lists, and anchors for headings down to ###.
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# autodoc: signatures with their type hints; members in source order.
autodoc_typehints = "signature"
autodoc_typehints_format = "short"
autodoc_member_order = "bysource"
# Show the public names of type aliases (``Register[Cleaner]``), as written in the code, rather
# than what they expand to.
autodoc_type_aliases = {
    name: f"newsclaims.{name}"
    for name in newsclaims.__all__
    if name[0].isupper() and not isinstance(getattr(newsclaims, name), (type, tuple, int))
}
add_module_names = False
python_use_unqualified_type_names = True

# -n: every cross-reference must resolve. The few that cannot without intersphinx (the builds
# are offline) are third-party or standard-library types named in signatures; each is listed
# here explicitly rather than turning nitpicky mode off.
nitpicky = True
nitpick_ignore = [
    ("py:class", "argparse.ArgumentParser"),
    ("py:class", "os.PathLike"),
    ("py:class", "pluggy.PluginManager"),
    ("py:class", "pluggy._manager.PluginManager"),
    ("py:class", "hypothesis.strategies.SearchStrategy"),
    ("py:obj", "newsclaims._components.T"),  # the type variable of Register[T]
    ("py:class", "_regex.Pattern"),  # the regex module's types, in GuardedPattern
    ("py:class", "_regex.Match"),
    ("py:data", "DEFAULT_REGEX_TIMEOUT"),  # a private default named by compile_regex's docstring
]
nitpick_ignore_regex = [
    # Abstract collection types (Iterable, Sequence, Callable...) of the standard library.
    ("py:class", r"collections\.abc\.\w+"),
]

html_theme = "furo"
html_title = f"newsclaims {release}"
html_static_path: list[str] = []
