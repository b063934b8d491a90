"""Last guards against runaway plugin code: regular-expression timeouts and time limits.

Neither replaces writing linear-time code; both turn a hang into an error that names the
plugin and component (the pipeline adds those when it reports the failure).
"""

from __future__ import annotations

import ctypes
import signal
import threading
from collections.abc import Callable, Iterator
from types import FrameType, TracebackType
from typing import Any

import regex

from newsclaims.errors import RegexTimeoutError

__all__ = ["DEFAULT_REGEX_TIMEOUT", "GuardedPattern", "TimeUp", "compile_regex", "time_limit"]

#: The default budget of one regular-expression call: this many seconds, plus
#: :data:`_PER_CHAR` seconds per character searched (a linear pattern needs far less).
DEFAULT_REGEX_TIMEOUT = 1.0
_PER_CHAR = 1e-6


def _budget(timeout: float | None, string: str) -> float:
    base = DEFAULT_REGEX_TIMEOUT if timeout is None else timeout
    return base + _PER_CHAR * len(string)


class GuardedPattern:
    """A compiled ``regex`` pattern whose every call has a time budget.

    Made by :func:`compile_regex`. The methods are those of a ``regex`` pattern; when a call
    exceeds its budget it raises :class:`RegexTimeoutError` naming the pattern, and the
    pipeline reports that as a :class:`PluginError` naming the plugin and component.
    """

    __slots__ = ("pattern", "regex", "timeout")

    def __init__(self, pattern: regex.Pattern[str], timeout: float | None) -> None:
        self.regex = pattern
        self.pattern: str = pattern.pattern
        self.timeout = timeout

    def __repr__(self) -> str:
        return f"GuardedPattern({self.pattern!r}, timeout={self.timeout!r})"

    def _error(self, string: str, budget: float) -> RegexTimeoutError:
        return RegexTimeoutError(self.pattern, length=len(string), seconds=budget)

    def _call(self, method: Callable[..., Any], string: str, *args: Any, **kwargs: Any) -> Any:
        budget = _budget(self.timeout, string)
        try:
            return method(string, *args, timeout=budget, **kwargs)
        except TimeoutError as exc:
            raise self._error(string, budget) from exc

    def search(
        self, string: str, pos: int = 0, endpos: int | None = None
    ) -> regex.Match[str] | None:
        """Like ``regex.Pattern.search``, within the time budget."""
        result: regex.Match[str] | None = self._call(self.regex.search, string, pos, endpos)
        return result

    def match(
        self, string: str, pos: int = 0, endpos: int | None = None
    ) -> regex.Match[str] | None:
        """Like ``regex.Pattern.match``, within the time budget."""
        result: regex.Match[str] | None = self._call(self.regex.match, string, pos, endpos)
        return result

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int | None = None
    ) -> regex.Match[str] | None:
        """Like ``regex.Pattern.fullmatch``, within the time budget."""
        result: regex.Match[str] | None = self._call(self.regex.fullmatch, string, pos, endpos)
        return result

    def finditer(
        self, string: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[regex.Match[str]]:
        """Like ``regex.Pattern.finditer``; the budget covers the whole iteration."""
        budget = _budget(self.timeout, string)
        matches = self.regex.finditer(string, pos, endpos, timeout=budget)
        try:
            yield from matches
        except TimeoutError as exc:
            raise self._error(string, budget) from exc

    def findall(self, string: str, pos: int = 0, endpos: int | None = None) -> list[Any]:
        """Like ``regex.Pattern.findall``, within the time budget."""
        result: list[Any] = self._call(self.regex.findall, string, pos, endpos)
        return result

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        """Like ``regex.Pattern.split``, within the time budget."""
        result: list[str | Any] = self._call(self.regex.split, string, maxsplit)
        return result

    def sub(
        self, repl: str | Callable[[regex.Match[str]], str], string: str, count: int = 0
    ) -> str:
        """Like ``regex.Pattern.sub``, within the time budget."""
        budget = _budget(self.timeout, string)
        try:
            return self.regex.sub(repl, string, count, timeout=budget)
        except TimeoutError as exc:
            raise self._error(string, budget) from exc


def compile_regex(pattern: str, flags: int = 0, *, timeout: float | None = None) -> GuardedPattern:
    """Compile a ``regex`` pattern whose calls give up instead of running away.

    Each call may take ``timeout`` seconds (default :data:`DEFAULT_REGEX_TIMEOUT`) plus a
    microsecond per character of the string searched, so that a linear pattern never hits
    the limit on a long document while a pattern that backtracks catastrophically stops.
    A call over its budget raises :class:`~newsclaims.RegexTimeoutError`; inside a plugin's
    component the pipeline reports it as a :class:`~newsclaims.PluginError` that names the
    plugin and component (or records it, with ``keep_going``).

    >>> words = compile_regex(r"\\w+")
    >>> [m.group() for m in words.finditer("Two words")]
    ['Two', 'words']
    """
    return GuardedPattern(regex.compile(pattern, flags), timeout)


class TimeUp(BaseException):
    """Raised inside a component that ran out of time.

    A ``BaseException`` so that a plugin's ``except Exception`` cannot swallow it.
    """


def _main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


class time_limit:
    """Interrupt the code in the ``with`` block after ``seconds`` by raising :class:`TimeUp`.

    In the main thread on POSIX, a ``SIGALRM`` timer (``setitimer``) interrupts Python code,
    ``time.sleep`` and the regular-expression engines, which check for signals. Elsewhere (in
    other threads, on Windows, or when the program uses ``SIGALRM`` itself), a watchdog thread
    raises the exception asynchronously in the calling thread; that interrupts Python code at
    its next bytecode, but a long call into C code (a sleep, one regex match) is interrupted
    only when it returns. ``seconds=None`` does nothing.
    """

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self._previous: Any = None
        self._mode = "off"
        self._lock = threading.Lock()
        self._armed = False
        self._fired = False
        self._thread_id = 0
        self._timer: threading.Timer | None = None

    def __enter__(self) -> time_limit:
        if self.seconds is None:
            return self
        if self.seconds <= 0:
            raise TimeUp
        if hasattr(signal, "setitimer") and _main_thread() and self._alarm_free():
            self._previous = signal.signal(signal.SIGALRM, self._on_alarm)
            signal.setitimer(signal.ITIMER_REAL, self.seconds)
            self._mode = "alarm"
        elif hasattr(ctypes, "pythonapi"):
            self._thread_id = threading.get_ident()
            self._armed = True
            self._timer = threading.Timer(self.seconds, self._on_watchdog)
            self._timer.daemon = True
            self._timer.start()
            self._mode = "watchdog"
        return self

    @staticmethod
    def _alarm_free() -> bool:
        if signal.getitimer(signal.ITIMER_REAL) != (0.0, 0.0):
            return False  # someone else's timer is running: leave it alone
        return signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, signal.SIG_IGN, None)

    def _on_alarm(self, signum: int, frame: FrameType | None) -> None:
        raise TimeUp

    def _on_watchdog(self) -> None:
        with self._lock:
            if self._armed:
                self._fired = True
                _async_raise(self._thread_id, TimeUp)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._mode == "alarm":
            try:
                signal.setitimer(signal.ITIMER_REAL, 0)
            finally:
                signal.signal(signal.SIGALRM, self._previous)
        elif self._mode == "watchdog":
            with self._lock:
                self._armed = False
                if self._fired and exc_type is not TimeUp:
                    _async_raise(self._thread_id, None)  # not delivered yet: take it back
            if self._timer is not None:
                self._timer.cancel()
        self._mode = "off"


def _async_raise(thread_id: int, exc: type[BaseException] | None) -> None:
    """Raise ``exc`` in the thread ``thread_id`` at its next bytecode (``None``: cancel)."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread_id), None if exc is None else ctypes.py_object(exc)
    )
