"""The subcommands of the ``newsclaims`` command, one module each (see ``newsclaims.cli``)."""

from __future__ import annotations

import argparse

import pluggy

import newsclaims


def manager(args: argparse.Namespace) -> pluggy.PluginManager:
    """The plugin manager for a command, without the plugins named by ``--disable``."""
    return newsclaims.make_plugin_manager(disable=args.disable)
