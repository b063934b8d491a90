"""The plugin manager: built-in plugins, entry points, and who registered which component."""

from __future__ import annotations

import contextlib
import contextvars
import difflib
import importlib
import inspect
import os
import pkgutil
import re
import reprlib
import sys
import weakref
from collections.abc import Callable, Iterable, Iterator
from importlib import metadata
from typing import Any, Generic, TypeVar

import attrs
import pluggy

from newsclaims import hookspecs
from newsclaims.errors import (
    NewsclaimsError,
    PluginError,
    PluginLoadError,
    check_flags,
    wrong_type,
)

__all__ = ["Component", "components", "hookimpl", "make_plugin_manager", "plugin_info"]

#: The marker plugins use for their hook implementations: ``@newsclaims.hookimpl``.
hookimpl = pluggy.HookimplMarker("newsclaims")

ENTRY_POINT_GROUP = "newsclaims"


def default_plugins() -> list[str]:
    """The modules of the built-in plugins: every module of ``newsclaims.default_plugins``.

    Each is registered as ``newsclaims.<module>`` after every other plugin; its hook
    implementations are ``trylast`` so that third-party plugins run first.
    """
    from newsclaims import default_plugins as package

    return sorted(
        f"{package.__name__}.{info.name}"
        for info in pkgutil.iter_modules(package.__path__)
        if not info.name.startswith("_")
    )


T = TypeVar("T")


class _Manager(pluggy.PluginManager):
    """A plugin manager that also remembers each plugin's distribution and version."""

    def __init__(self) -> None:
        super().__init__("newsclaims")
        self.distributions: dict[str, tuple[str, str]] = {}
        self.tracing = False
        #: Counts changes to the set of plugins, so that caches of components are checked cheaply.
        self.generation = 0

    def register(self, plugin: object, name: str | None = None) -> str | None:
        self.generation += 1
        return super().register(plugin, name)

    def unregister(self, plugin: object | None = None, name: str | None = None) -> Any:
        self.generation += 1
        return super().unregister(plugin, name)

    def set_blocked(self, name: str) -> None:
        self.generation += 1
        super().set_blocked(name)

    def unblock(self, name: str) -> bool:
        self.generation += 1
        return super().unblock(name)


def make_plugin_manager(
    *,
    entry_points: bool = True,
    defaults: bool = True,
    plugins: Iterable[object] = (),
    disable: Iterable[str] = (),
) -> pluggy.PluginManager:
    """Return a new plugin manager with newsclaims' hooks and plugins registered.

    :param entry_points: load the plugins installed in the ``newsclaims`` entry-point group.
        The environment variable ``NEWSCLAIMS_LOAD_PLUGINS=a,b`` loads only those (empty:
        none), each named as ``disable`` names it: an entry point's name (``ann``) or an
        installed distribution's (``newsclaims-ann``, for all its entry points);
        ``NEWSCLAIMS_TRACE_PLUGINS=1`` prints every hook call to stderr.
    :param defaults: register the built-in plugins (``newsclaims.sentences``...).
    :param plugins: further plugin objects (modules, classes or instances) to register.
    :param disable: names of plugins not to register (see ``newsclaims plugins``); the
        name of an installed distribution (``newsclaims-ann``, as pip names it) stands for
        every plugin its entry points register.
    :raises PluginLoadError: an entry point could not be loaded.
    :raises NewsclaimsError: a name in ``disable`` is no plugin's (built in, installed or in
        ``plugins``) nor an installed distribution's that registers plugins (a misspelt name
        left the plugin running, unnoticed), or ``NEWSCLAIMS_LOAD_PLUGINS`` names a plugin or
        distribution that is not installed.
    :raises PluginError: a plugin implements a hook that does not exist, defines a hook
        without the ``hookimpl`` marker, takes an argument its hook does not pass, or is a
        class whose hooks are methods (an instance of it was meant).
    :raises TypeError: ``entry_points`` or ``defaults`` is not ``True`` or ``False``, or
        ``plugins`` or ``disable`` is no iterable of plugins or of names.
    """
    return build_plugin_manager(
        entry_points=entry_points, defaults=defaults, plugins=plugins, disable=disable
    )


def scan_entry_points() -> list[metadata.EntryPoint]:
    """The installed entry points of the ``newsclaims`` group: a scan of every installed
    distribution's metadata, done once for a plugin manager (and for the command line's
    check of ``--disable`` and its manager together)."""
    return list(metadata.entry_points(group=ENTRY_POINT_GROUP))


def build_plugin_manager(
    *,
    entry_points: bool = True,
    defaults: bool = True,
    plugins: Iterable[object] = (),
    disable: Iterable[str] = (),
    scanned: list[metadata.EntryPoint] | None = None,
) -> _Manager:
    """:func:`make_plugin_manager`, with the entry points ``scanned`` already where a caller
    has them (see :func:`scan_entry_points`); otherwise they are scanned once, if needed."""
    check_flags(entry_points=entry_points, defaults=defaults)
    plugins = _listed(plugins, "plugins", "an iterable of plugin objects", "[my_plugin]")
    disable = _listed(disable, "disable", "an iterable of plugin names", "['ann']")
    for name in disable:
        if not isinstance(name, str):
            raise wrong_type("each name in disable", "a str", name)
    pm = _Manager()
    pm.add_hookspecs(hookspecs)
    if disable:
        scanned = scan_entry_points() if scanned is None else scanned
        by_distribution = plugins_by_distribution(scanned)
        _refuse_unknown(disable, [plugin_name(p) for p in plugins], by_distribution, scanned)
        for name in disable:
            pm.set_blocked(name)
            for blocked in by_distribution.get(distribution_key(name), ()):
                pm.set_blocked(blocked)
    for plugin in plugins:
        if isinstance(plugin, type) and _needs_an_instance(plugin):
            raise PluginError(
                f"{plugin.__name__} is a class whose hooks are methods: pass an instance of "
                f"it, {plugin.__name__}()",
                plugin=plugin_name(plugin),
                hook="register",
            )
        name = _unique_name(pm, plugin_name(plugin))
        problem = _hook_problem(plugin)
        if problem is None:
            try:
                pm.register(plugin, name=name)
            except pluggy.PluginValidationError as exc:
                problem = _invalid_hook(exc)
        if problem is not None:
            raise PluginError(problem[1], plugin=name, hook=problem[0])
    if entry_points:
        _load_entry_points(pm, scan_entry_points() if scanned is None else scanned)
    if defaults:
        for module_name in default_plugins():
            name = module_name.replace(".default_plugins", "")
            if not pm.is_blocked(name):
                pm.register(importlib.import_module(module_name), name=name)
                pm.distributions[name] = ("newsclaims", _version())
    try:
        pm.check_pending()
    except pluggy.PluginValidationError as exc:
        hook, message = _unknown_hook(pm, exc)
        raise PluginError(message, plugin=_plugin_name(pm, exc.plugin), hook=hook) from exc
    pm.tracing = bool(os.environ.get("NEWSCLAIMS_TRACE_PLUGINS"))
    return pm


def _listed(value: Iterable[T], name: str, wanted: str, example: str) -> list[T]:
    """``value`` as a list, refusing one string or one object where an iterable of them is
    wanted (a string was taken as its characters: ``plugins="abc"`` registered three)."""
    if not isinstance(value, (str, bytes)):
        try:
            items = iter(value)
        except TypeError:
            pass
        else:
            return list(items)
    raise wrong_type(name, f"{wanted}, such as {example}", value)


def distribution_key(name: str) -> str:
    """A distribution's name as pip compares names (PEP 503): ``Newsclaims_Ann`` is
    ``newsclaims-ann``."""
    return re.sub(r"[-_.]+", "-", name).lower()


def plugins_by_distribution(
    scanned: Iterable[metadata.EntryPoint] | None = None,
) -> dict[str, list[str]]:
    """The installed distributions that register plugins through entry points (by
    :func:`distribution_key`), each with the names of its plugins: users know a plugin by
    the name pip installed it under (``--disable newsclaims-ann``), newsclaims by its entry
    point's (``ann``). ``scanned``: the entry points, where they were scanned already."""
    out: dict[str, list[str]] = {}
    for ep in scan_entry_points() if scanned is None else scanned:
        if ep.dist is not None:
            names = out.setdefault(distribution_key(ep.dist.name), [])
            if ep.name not in names:
                names.append(ep.name)
    return out


def _refuse_unknown(
    names: Iterable[str],
    given: Iterable[str],
    by_distribution: dict[str, list[str]],
    scanned: Iterable[metadata.EntryPoint],
) -> None:
    """Refuse a name in ``disable`` that is neither a plugin's (built in, installed, or
    ``given``: those of the ``plugins`` argument) nor that of a distribution in
    ``by_distribution``: a misspelt name blocked nothing, and left the plugin it meant
    running without a word.

    :raises NewsclaimsError: naming the unknown names, the plugins and the distributions.
    """
    known = {m.replace(".default_plugins", "") for m in default_plugins()}
    known.update(name for names_ in by_distribution.values() for name in names_)
    known.update(ep.name for ep in scanned)
    known.update(given)
    unknown = sorted(
        {n for n in names if n not in known and distribution_key(n) not in by_distribution}
    )
    if unknown:
        raise NewsclaimsError(
            f"disable names {', '.join(map(repr, unknown))}, which no plugin nor installed "
            f"distribution of plugins is called; the plugins are: {', '.join(sorted(known))}; "
            f"the distributions: {', '.join(sorted(by_distribution)) or 'none'}"
        )


def check_manager(value: object) -> None:
    """Refuse a ``plugin_manager`` argument that is no plugin manager: it failed later with an
    ``AttributeError`` of pluggy's internals, far from the argument.

    :raises TypeError: naming the parameter, what it was given and what it wants.
    """
    if not isinstance(value, pluggy.PluginManager):
        raise wrong_type("plugin_manager", "a plugin manager from make_plugin_manager()", value)


def trace(pm: pluggy.PluginManager, hook: str, plugin: str, component: str | None = None) -> None:
    """Print a hook or component call to stderr if ``NEWSCLAIMS_TRACE_PLUGINS`` was set."""
    if getattr(pm, "tracing", False):
        what = f" component {component!r}" if component is not None else ""
        sys.stderr.write(f"newsclaims: {hook} -> plugin {plugin!r}{what}\n")


def plugin_name(plugin: object) -> str:
    """The name a plugin object is registered under when none is given.

    Its ``newsclaims_name`` attribute if it has one, else a module's or class's ``__name__``,
    else the name of the instance's class: stable from run to run, unlike pluggy's default.
    """
    name = getattr(plugin, "newsclaims_name", None)
    if isinstance(name, str) and name:
        return name
    name = getattr(plugin, "__name__", None)
    if isinstance(name, str) and name:
        return name
    return type(plugin).__name__


def _unique_name(pm: pluggy.PluginManager, name: str) -> str:
    candidate, n = name, 1
    while pm.has_plugin(candidate) or pm.is_blocked(candidate):
        if pm.is_blocked(candidate) and n == 1:
            return candidate  # registering a blocked name is a silent no-op in pluggy
        n += 1
        candidate = f"{name}#{n}"
    return candidate


def _unknown_hook(pm: pluggy.PluginManager, exc: pluggy.PluginValidationError) -> tuple[str, str]:
    """The hook a plugin implements that newsclaims has not, and the error's message: its
    name, and the hook meant where the name is a misspelling (pluggy's message named the
    plugin's object, and the hook was written ``?``)."""
    # (An ``optionalhook`` implementation is no hook of newsclaims either, and pluggy lets it
    # be: it is neither the hook at fault nor one meant, where a misspelt hook was reported
    # as the plugin's optional one, and that one offered as the hook meant.)
    known = sorted(
        name
        for name, caller in vars(pm.hook).items()
        if name.startswith("newsclaims_") and caller.spec is not None
    )
    for name, caller in vars(pm.hook).items():
        if caller.spec is not None or not any(
            impl.plugin is exc.plugin and not impl.optionalhook for impl in caller.get_hookimpls()
        ):
            continue
        close = difflib.get_close_matches(name, [k for k in known if k != name], n=1)
        meant = f" (did you mean {close[0]!r}?)" if close else ""
        return name, f"implements {name!r}, which is no hook of newsclaims{meant}"
    return "?", str(exc)


def _plugin_name(pm: pluggy.PluginManager, plugin: object) -> str:
    return pm.get_name(plugin) or repr(plugin)


def _version() -> str:
    from newsclaims import __version__

    return __version__


def _load_entry_points(pm: _Manager, scanned: Iterable[metadata.EntryPoint]) -> None:
    only = os.environ.get("NEWSCLAIMS_LOAD_PLUGINS")
    wanted = None if only is None else {n.strip() for n in only.split(",") if n.strip()}
    eps = sorted(scanned, key=lambda ep: ep.name)
    if wanted:
        # A distribution's name stands for its entry points, as in ``disable``.
        by_distribution: dict[str, set[str]] = {}
        for ep in eps:
            if ep.dist is not None:
                by_distribution.setdefault(distribution_key(ep.dist.name), set()).add(ep.name)
        # A misspelt name loaded nothing, without a word (as --disable's would run the plugin).
        builtin = {m.replace(".default_plugins", "") for m in default_plugins()}
        unknown = []
        for name in sorted(wanted):
            eps_of = by_distribution.get(distribution_key(name))
            if eps_of is not None:
                wanted |= eps_of
            elif name not in builtin and not any(ep.name == name for ep in eps):
                unknown.append(name)
        if unknown:
            names = ", ".join(sorted({ep.name for ep in eps})) or "none"
            raise NewsclaimsError(
                f"NEWSCLAIMS_LOAD_PLUGINS names {', '.join(map(repr, unknown))}, which no "
                f"installed plugin nor distribution of plugins is called; the installed ones "
                f"are: {names}; their distributions: {', '.join(sorted(by_distribution)) or 'none'}"
            )
    for ep in eps:
        if (wanted is not None and ep.name not in wanted) or pm.is_blocked(ep.name):
            continue
        if pm.get_plugin(ep.name) is not None:
            continue
        dist = ep.dist.name if ep.dist is not None else "?"
        version = ep.dist.version if ep.dist is not None else "?"
        try:
            plugin = ep.load()
        except Exception as exc:
            raise PluginLoadError(
                f"{type(exc).__name__}: {exc}", distribution=dist, entry_point=ep.name
            ) from exc
        if isinstance(plugin, type) and _needs_an_instance(plugin):
            # (Registered as it is, its hooks were called without ``self``: a TypeError of
            # the first hook, far from the entry point's line that caused it.)
            raise PluginLoadError(
                f"the entry point {ep.value!r} names the class {plugin.__name__}, whose hooks "
                f"are methods: name an instance of it (plugin = {plugin.__name__}() in its "
                "module, and the entry point module:plugin), or make the module the plugin",
                distribution=dist,
                entry_point=ep.name,
            )
        problem = _hook_problem(plugin)
        if problem is not None:
            raise PluginLoadError(problem[1], distribution=dist, entry_point=ep.name)
        try:
            pm.register(plugin, name=ep.name)
        except pluggy.PluginValidationError as exc:
            message = _invalid_hook(exc)[1]
            raise PluginLoadError(message, distribution=dist, entry_point=ep.name) from exc
        except ValueError as exc:
            raise PluginLoadError(str(exc), distribution=dist, entry_point=ep.name) from exc
        pm.distributions[ep.name] = (dist, version)


#: The names of newsclaims' hooks.
_HOOKS = frozenset(name for name in vars(hookspecs) if name.startswith("newsclaims_"))


def _hook_problem(plugin: object) -> tuple[str, str] | None:
    """A hook of newsclaims that ``plugin`` defines without the ``hookimpl`` marker, and what
    to do: pluggy registers only marked functions, so the plugin ran without it, silently."""
    for hook in sorted(_HOOKS):
        func = getattr(plugin, hook, None)
        if callable(func) and getattr(func, "newsclaims_impl", None) is None:
            return hook, (
                f"defines {hook}() without the @newsclaims.hookimpl marker, so it would never "
                "be called: decorate it with @newsclaims.hookimpl"
            )
    return None


def _invalid_hook(exc: pluggy.PluginValidationError) -> tuple[str, str]:
    """The hook of a hook implementation pluggy refused, and what is wrong with it in terms of
    newsclaims' hooks (pluggy's message showed its own objects): usually an argument the hook
    does not have."""
    match = re.search(r"for hook '(\w+)'", str(exc))
    hook = match.group(1) if match else "?"
    spec = getattr(hookspecs, hook, None)
    if spec is None or "can not be found in the hookspec" not in str(exc):
        return hook, str(exc).replace("\n", "; ")
    wanted = list(inspect.signature(spec).parameters)
    impl = getattr(exc.plugin, hook, None)
    given = list(inspect.signature(impl).parameters) if callable(impl) else []
    unknown = [name for name in given if name not in wanted and name != "self"]
    return hook, (
        f"{hook}() takes {', '.join(map(repr, unknown))}, which the hook does not pass: "
        f"its arguments are {', '.join(map(repr, wanted))} (passed by name; take any of them)"
    )


def _needs_an_instance(cls: type) -> bool:
    """Whether a class's hook implementations are methods that take ``self``."""
    for name, value in vars(cls).items():
        if name.startswith("newsclaims_") and inspect.isfunction(value):
            params = list(inspect.signature(value).parameters)
            if params and params[0] == "self":
                return True
    return False


@attrs.frozen
class Component(Generic[T]):
    """A component registered through a registration hook, with who registered it."""

    plugin: str
    hook: str
    name: str
    func: T


_CACHE: weakref.WeakKeyDictionary[pluggy.PluginManager, tuple[object, dict[str, Any]]] = (
    weakref.WeakKeyDictionary()
)


def components(pm: pluggy.PluginManager, hook: str) -> list[Component[Any]]:
    """Return the components registered through ``hook``, in hook call order.

    The result is cached per plugin manager until its set of plugins changes.
    """
    table = _table(pm)
    if hook not in table:
        table[hook] = _collect(pm, hook)
    result: list[Component[Any]] = table[hook]
    return result


def derived(pm: pluggy.PluginManager, key: str, build: Callable[[], T]) -> T:
    """Return what ``build()`` makes from ``pm``'s components, cached like :func:`components`."""
    table = _table(pm)
    if key not in table:
        table[key] = build()
    result: T = table[key]
    return result


def _table(pm: pluggy.PluginManager) -> dict[str, Any]:
    """The cache of ``pm``, emptied whenever its set of plugins has changed."""
    if isinstance(pm, _Manager):
        key: object = pm.generation
    else:  # a manager made elsewhere: compare its plugins
        check_manager(pm)
        key = tuple([(name, id(plugin)) for name, plugin in pm.list_name_plugin()])
    cached = _CACHE.get(pm)
    if cached is None or cached[0] != key:
        cached = (key, {})
        _CACHE[pm] = cached
    return cached[1]


def _collect(pm: pluggy.PluginManager, hook: str) -> list[Component[Any]]:
    caller = getattr(pm.hook, hook)
    found: list[Component[Any]] = []
    # pluggy calls the last-registered implementation first; keep that order.
    for impl in reversed(caller.get_hookimpls()):
        if impl.hookwrapper or impl.wrapper:
            continue
        plugin = impl.plugin_name
        seen: set[str] = set()

        def register(
            name: str, component: Any, *, _plugin: str = plugin, seen: set[str] = seen
        ) -> None:
            if not isinstance(name, str) or not name:
                swapped = " (register takes the name first: register(name, component))"
                raise PluginError(
                    f"registered a component with an invalid name {name!r}"
                    + (swapped if isinstance(component, str) else ""),
                    plugin=_plugin,
                    hook=hook,
                )
            if name in seen:
                raise PluginError(
                    f"registered two components named {name!r}", plugin=_plugin, hook=hook
                )
            problem = _component_problem(hook, component)
            if problem is not None:
                raise PluginError(problem, plugin=_plugin, hook=hook, component=name)
            seen.add(name)
            found.append(Component(_plugin, hook, name, component))

        trace(pm, hook, plugin)
        try:
            impl.function(register=register)
        except PluginError:
            raise
        except Exception as exc:
            raise PluginError(f"{type(exc).__name__}: {exc}", plugin=plugin, hook=hook) from exc
    return found


#: The methods a component registered through a hook must have (none: it is called itself).
_METHODS = {
    "newsclaims_register_marker_styles": ("format", "parse"),
    "newsclaims_register_reference_styles": ("format", "parse"),
    "newsclaims_register_loaders": ("can_load", "load"),
}


def _component_problem(hook: str, component: object) -> str | None:
    """What is wrong with a component as registered, found when it is registered rather than
    on the first document (a style's missing ``format`` only when labels were written)."""
    methods = _METHODS.get(hook)
    if methods is None:
        if callable(component):
            return None
        return f"registered {reprlib.repr(component)}, which is not callable"
    if isinstance(component, type):
        if all(inspect.isfunction(vars(component).get(m)) for m in methods):
            cls = component.__name__
            return f"registered the class {cls}, whose methods need an instance: register {cls}()"
        return None  # (a class of class- or static methods does)
    missing = [m for m in methods if not callable(getattr(component, m, None))]
    if missing:
        return (
            f"registered a {type(component).__name__} object, which has no "
            f"{' or '.join(f'{m}()' for m in missing)} method; it needs "
            f"{' and '.join(f'{m}()' for m in methods)}"
        )
    return None


def plugin_info(pm: pluggy.PluginManager) -> list[dict[str, Any]]:
    """Describe every registered plugin: name, distribution, version, hooks and components."""
    dists: dict[str, tuple[str, str]] = getattr(pm, "distributions", {})
    out = []
    for name, plugin in sorted(pm.list_name_plugin(), key=lambda np: np[0]):
        if plugin is None:
            continue
        hooks = sorted(h.name for h in pm.get_hookcallers(plugin) or ())
        comps: list[str] = []
        for hook in hooks:
            if hook.startswith("newsclaims_register_"):
                comps.extend(
                    f"{c.hook.removeprefix('newsclaims_register_')}:{c.name}"
                    for c in components(pm, hook)
                    if c.plugin == name
                )
        dist, version = dists.get(name, ("?", "?"))
        out.append(
            {
                "name": name,
                "distribution": dist,
                "version": version,
                "hooks": hooks,
                "components": comps,
            }
        )
    return out


#: The plugin manager and document id of the component call in progress, if any.
_CURRENT: contextvars.ContextVar[tuple[pluggy.PluginManager, str | None] | None] = (
    contextvars.ContextVar("newsclaims_current", default=None)
)


@contextlib.contextmanager
def using_manager(pm: pluggy.PluginManager, document: str | None = None) -> Iterator[None]:
    """Run the block as part of parsing ``document`` with ``pm``.

    Public helpers that plugins call (``parse_markers``, ``check_support``...) then use the
    plugins of the parse that called the plugin, and name its document in errors.
    """
    token = _CURRENT.set((pm, document))
    try:
        yield
    finally:
        _CURRENT.reset(token)


def current() -> tuple[pluggy.PluginManager, str | None] | None:
    """The manager and document id set by :func:`using_manager`, or ``None`` outside a parse."""
    return _CURRENT.get()
