"""Sphinx extension: the ``newsclaims-cli`` directive renders the command line's reference.

It reads the parser the command itself uses, :func:`newsclaims.cli.build_parser`, at build time,
so the reference always matches the code: every subcommand (including those added later), its
usage, arguments, choices and defaults. :func:`describe` walks the parser into plain data (the
tests check it without Sphinx); the directive turns that data into document nodes.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from typing import Any

import attrs

WIDTH = 88  # usage lines are wrapped at this width, whatever the terminal


@attrs.frozen
class Argument:
    """One argument or option: how it is written, what it does, its choices and default."""

    invocation: str
    help: str
    choices: tuple[str, ...] = ()
    default: str | None = None
    required: bool = False


@attrs.frozen
class Command:
    """A command or subcommand with its arguments and its own subcommands."""

    prog: str
    help: str
    description: str
    usage: str
    arguments: tuple[Argument, ...]
    subcommands: tuple[Command, ...] = ()

    def walk(self) -> Iterator[Command]:
        """Yield this command and every subcommand below it, depth first."""
        yield self
        for sub in self.subcommands:
            yield from sub.walk()


def _expand(action: argparse.Action, prog: str) -> str:
    """The help text of an action with argparse's ``%(...)s`` placeholders filled in."""
    text = action.help or ""
    if "%" not in text:
        return text
    params = {k: v for k, v in vars(action).items() if v is not argparse.SUPPRESS}
    params["prog"] = prog
    if action.choices is not None:
        params["choices"] = ", ".join(str(c) for c in action.choices)
    return text % params


def _invocation(action: argparse.Action) -> str:
    formatter = argparse.HelpFormatter("x", width=WIDTH)
    if not action.option_strings:
        return action.metavar if isinstance(action.metavar, str) else action.dest
    if action.nargs == 0:
        return ", ".join(action.option_strings)
    # e.g. "--format {json,jsonl,text}" or "--disable NAME"
    default = action.dest.upper()
    args = formatter._format_args(action, default)
    return ", ".join(f"{opt} {args}" for opt in action.option_strings)


def _usage(parser: argparse.ArgumentParser) -> str:
    formatter = argparse.HelpFormatter(parser.prog, width=WIDTH)
    formatter.add_usage(parser.usage, parser._actions, parser._mutually_exclusive_groups)
    return formatter.format_help().strip()


def describe(parser: argparse.ArgumentParser, help: str = "") -> Command:  # noqa: A002
    """Walk ``parser`` and its subparsers into a :class:`Command` tree."""
    arguments: list[Argument] = []
    subcommands: list[Command] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help or "" for a in action._choices_actions}
            for name, sub in action.choices.items():
                subcommands.append(describe(sub, helps.get(name, "")))
            continue
        if action.help is argparse.SUPPRESS:
            continue
        default = None
        text = _expand(action, parser.prog)
        if (
            action.option_strings
            and action.nargs != 0
            and action.default not in (None, [], ())
            and "default" not in text
        ):
            default = str(action.default)
        arguments.append(
            Argument(
                invocation=_invocation(action),
                help=text,
                choices=tuple(str(c) for c in action.choices or ()),
                default=default,
                required=bool(action.required) and bool(action.option_strings),
            )
        )
    return Command(
        prog=parser.prog,
        help=help,
        description=parser.description or "",
        usage=_usage(parser),
        arguments=tuple(arguments),
        subcommands=tuple(subcommands),
    )


def _nodes(command: Command, *, top: bool) -> list[Any]:
    from docutils import nodes

    out: list[Any] = []
    for text in (command.description, "" if top else command.help):
        if text:
            out.append(nodes.paragraph(text=text[0].upper() + text[1:]))
    out.append(nodes.literal_block(command.usage, command.usage, language="text"))
    if command.arguments:
        dl = nodes.definition_list()
        for arg in command.arguments:
            notes = []
            if arg.required:
                notes.append("required")
            if arg.default is not None:
                notes.append(f"default: {arg.default}")
            body = nodes.paragraph(text=arg.help)
            if notes:
                body += nodes.Text(f" ({'; '.join(notes)})" if arg.help else "; ".join(notes))
            item = nodes.definition_list_item(
                "",
                nodes.term("", "", nodes.literal(text=arg.invocation)),
                nodes.definition("", body),
            )
            dl += item
        out.append(dl)
    for sub in command.subcommands:
        section = nodes.section(
            ids=[nodes.make_id(sub.prog)], names=[nodes.fully_normalize_name(sub.prog)]
        )
        section += nodes.title(text=sub.prog)
        section.extend(_nodes(sub, top=False))
        out.append(section)
    return out


def setup(app: Any) -> dict[str, Any]:
    from sphinx.util.docutils import SphinxDirective

    class CliDirective(SphinxDirective):
        """``newsclaims-cli``: the reference of the whole ``newsclaims`` command."""

        has_content = False

        def run(self) -> list[Any]:
            from pathlib import Path

            from newsclaims import _cli, cli
            from newsclaims.cli import build_parser

            # Rebuild this page when the command line's code changes, not only this extension.
            for path in [__file__, cli.__file__, *Path(_cli.__path__[0]).glob("*.py")]:
                self.env.note_dependency(str(path))
            return _nodes(describe(build_parser()), top=True)

    app.add_directive("newsclaims-cli", CliDirective)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
