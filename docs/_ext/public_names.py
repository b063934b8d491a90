"""Sphinx extension: document and resolve public names by their public path.

The public names of newsclaims live in private modules (``newsclaims._model.Document``) and are
documented under their public path (``newsclaims.Document``). This extension

- resolves a reference to a private path of a public name (as type hints in signatures give
  them), or to a public name written without its package (``Document.text`` in a docstring of
  the core), to the public object; every other reference is left to Sphinx and to ``-n``;
- gives a re-exported constant or type alias (``newsclaims.Cleaner``) the ``#:`` comment
  written above it in the module that defines it, since autodoc looks only in ``newsclaims``;
- shows no constructor signature for a protocol (``MarkerStyle``), which is implemented, not
  instantiated.
"""

from __future__ import annotations

import sys
from typing import Any

import newsclaims

PUBLIC = frozenset(newsclaims.__all__)


def public_target(target: str) -> str | None:
    """Return the public path of a reference to a public name, or ``None``.

    >>> public_target("newsclaims._model.Document.to_raw")
    'newsclaims.Document.to_raw'
    >>> public_target("Document.text")
    'newsclaims.Document.text'
    """
    parts = target.split(".")
    if parts[0] in PUBLIC:
        return ".".join(["newsclaims", *parts])
    if len(parts) < 3 or parts[0] != "newsclaims" or not parts[1].startswith("_"):
        return None
    for i in range(2, len(parts)):
        if parts[i] in PUBLIC:
            return ".".join(["newsclaims", *parts[i:]])
    return None


def defining_comment(name: str) -> list[str] | None:
    """The ``#:`` comment above ``name`` in the private newsclaims module that defines it."""
    from sphinx.pycode import ModuleAnalyzer

    for modname in sorted(sys.modules):
        if not modname.startswith("newsclaims._"):
            continue
        try:
            docs = ModuleAnalyzer.for_module(modname).find_attr_docs()
        except Exception:  # a module without source (never the case for ours)
            continue
        comment = docs.get(("", name))
        if comment:
            return list(comment)
    return None


def _resolve(app: Any, env: Any, node: Any, contnode: Any) -> Any:
    if node.get("refdomain") != "py":
        return None
    target = public_target(node.get("reftarget", ""))
    if target is None:
        return None
    domain = env.get_domain("py")
    return domain.resolve_xref(
        env, node["refdoc"], app.builder, node["reftype"], target, node, contnode
    )


def _docstring(app: Any, what: str, name: str, obj: Any, options: Any, lines: list[str]) -> None:
    module, _, attr = name.rpartition(".")
    if what != "data" or module != "newsclaims" or attr not in PUBLIC:
        return
    comment = defining_comment(attr)
    if comment is not None:
        lines[:] = comment
    elif obj.__doc__ is not None and obj.__doc__ == type(obj).__doc__:
        lines[:] = []  # the docstring of str or int says nothing about this value


def _signature(
    app: Any, what: str, name: str, obj: Any, options: Any, signature: Any, annotation: Any
) -> tuple[str, Any] | None:
    # A protocol is implemented, not instantiated: its (*args, **kwargs) would only mislead.
    if what == "class" and getattr(obj, "_is_protocol", False):
        return "", annotation
    return None


def setup(app: Any) -> dict[str, Any]:
    app.connect("missing-reference", _resolve)
    app.connect("autodoc-process-docstring", _docstring)
    app.connect("autodoc-process-signature", _signature)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
