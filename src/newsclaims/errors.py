"""The errors newsclaims raises on purpose. Each names its culprit: a file, a plugin, a field."""

from __future__ import annotations

import reprlib

__all__ = [
    "InputError",
    "NewsclaimsError",
    "PluginError",
    "PluginLoadError",
    "RegexTimeoutError",
    "SchemaError",
]


def wrong_type(name: str, wanted: str, value: object) -> TypeError:
    """The ``TypeError`` of a public function given an argument of the wrong type, in one
    line: the parameter, what it must be and what it was given."""
    shown = reprlib.repr(value)
    kind = type(value).__name__
    a = "an" if kind[:1] in "aeiouAEIOU" else "a"
    return TypeError(f"{name} must be {wanted}, got {shown} ({a} {kind})")


def check_flags(**flags: object) -> None:
    """Refuse a boolean keyword argument that is not ``True`` or ``False``: any object was
    taken for its truth, so ``keep_going="no"`` kept going. One check per call, not per line.

    :raises TypeError: naming the first parameter at fault, as :func:`wrong_type` does.
    """
    for name, value in flags.items():
        if value is not True and value is not False:
            raise wrong_type(name, "True or False", value)


class NewsclaimsError(Exception):
    """Base class of every error newsclaims raises on purpose."""


class InputError(NewsclaimsError):
    """The input cannot be read or decoded; names the file and, where known, line or byte."""

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        offset: int | None = None,
    ) -> None:
        self.path = path
        self.line = line
        self.offset = offset
        where = "<stdin>" if path == "-" else (path or "<input>")  # ("-": a loader's stdin)
        if line is not None:
            where += f":{line}"
        if offset is not None:
            where += f" (byte {offset})"
        super().__init__(f"{where}: {message}")


class PluginError(NewsclaimsError):
    """A plugin's component failed or returned something invalid.

    Carries the plugin's name, the hook, the component and the document id, and chains the
    original exception as ``__cause__``.
    """

    def __init__(
        self,
        message: str,
        *,
        plugin: str,
        hook: str,
        component: str | None = None,
        document: str | None = None,
    ) -> None:
        self.plugin = plugin
        self.hook = hook
        self.component = component
        self.document = document
        self.detail = message
        who = f"plugin {plugin!r}"
        if component is not None:
            who += f" {_ROLE.get(hook, 'component')} {component!r}"
        else:
            who += f" hook {hook}"
        on = f" on document {document!r}" if document is not None else ""
        super().__init__(f"{who} failed{on}: {message}")


class PluginLoadError(NewsclaimsError):
    """An entry-point plugin could not be loaded; names the distribution and entry point."""

    def __init__(self, message: str, *, distribution: str, entry_point: str) -> None:
        self.distribution = distribution
        self.entry_point = entry_point
        super().__init__(
            f"cannot load plugin {entry_point!r} from distribution {distribution!r}: {message} "
            f"(start without it with NEWSCLAIMS_LOAD_PLUGINS or --disable {entry_point})"
        )


class RegexTimeoutError(NewsclaimsError):
    """A guarded regular expression (:func:`newsclaims.compile_regex`) ran out of time.

    Raised inside a plugin's component, it reaches the caller as a :class:`PluginError` that
    names the plugin and component, with this error as its cause.
    """

    def __init__(self, pattern: str, *, length: int, seconds: float) -> None:
        self.pattern = pattern
        self.length = length
        self.seconds = seconds
        shown = pattern if len(pattern) <= 80 else pattern[:77] + "..."
        super().__init__(
            f"regular expression {shown!r} timed out after {seconds:.1f} s "
            f"on {length} characters (it probably backtracks catastrophically)"
        )


class SchemaError(NewsclaimsError):
    """Serialized data does not match the newsclaims JSON schema; names the field."""


_ROLE = {
    "newsclaims_register_cleaners": "cleaner",
    "newsclaims_register_sectioners": "sectioner",
    "newsclaims_register_sentence_splitters": "sentence splitter",
    "newsclaims_register_citation_parsers": "citation parser",
    "newsclaims_register_claim_extractors": "claim extractor",
    "newsclaims_register_auditors": "auditor",
    "newsclaims_register_marker_styles": "marker style",
    "newsclaims_register_reference_styles": "reference style",
    "newsclaims_register_support_checkers": "support checker",
    "newsclaims_register_loaders": "loader",
    "newsclaims_identify_source": "source identifier",
}
