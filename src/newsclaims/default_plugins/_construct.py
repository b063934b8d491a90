"""Model objects made without their checks, for the built-in plugins' hot paths.

The frozen model types check their fields when made (``__attrs_post_init__``). Where a plugin
makes them by the thousand from values that pass the checks by construction, these functions
make the same objects without them: each slot is set through its own descriptor, cheaper than
``object.__setattr__``, which looks the name up first.
"""

from __future__ import annotations

from newsclaims import Removal, Span

__all__ = ["removal", "span"]

_NEW = object.__new__
_START, _END = vars(Span)["start"].__set__, vars(Span)["end"].__set__
_R_SPAN, _R_REASON, _R_PLUGIN, _R_TEXT = (
    vars(Removal)[name].__set__ for name in ("span", "reason", "plugin", "text")
)


def span(start: int, end: int) -> Span:
    """``Span(start, end)`` for ``0 <= start <= end`` (ints), unchecked."""
    out = _NEW(Span)
    _START(out, start)
    _END(out, end)
    return out


def removal(start: int, end: int, reason: str) -> Removal:
    """``Removal(span=Span(start, end), reason=reason)`` for ``0 <= start <= end``, unchecked."""
    out = _NEW(Removal)
    _R_SPAN(out, span(start, end))
    _R_REASON(out, reason)
    _R_PLUGIN(out, "")
    _R_TEXT(out, "")
    return out
