"""One module per CLI sub-command group; each has ``register(subparsers, common)``.

A handler takes ``(args, db_path)`` and returns an exit code (None means 0).

``contact-book COMMAND ...`` imports and registers only the module of COMMAND (``MODULES``):
building the parsers of all 23 commands was ~30 ms of every run (a one-lead ``due``: 168 ->
151 ms median). ``--help`` without a
command, or an unknown one, builds them all. Keep the modules' top level to argparse: every
import of the work (core, peewee, Qt, json, ...) goes inside the handler.
"""
from __future__ import annotations

import importlib

# The modules in the order their commands are listed by --help, and the commands each one
# registers (tests/commands/test_cli.py checks this against what ``register`` adds).
MODULES = {
    "contacts_cmd": ("add", "list"),
    "demo_cmd": ("demo",),
    "timeline_cmd": ("log", "timeline"),
    "bulk_cmd": ("bulk",),
    "callsheet_cmd": ("callsheet",),
    "due_cmd": ("due",),
    "cadence_cmd": ("cadence",),
    "transfer_cmd": ("import", "undo-import", "export"),
    "data_cmd": ("backup", "backups", "restore", "check"),
    "settings_cmd": ("settings",),
    "report_cmd": ("report",),
    "spend_cmd": ("spend",),
    "grading_cmd": ("grade", "behaviour", "content"),
    "sync_cmd": ("sync",),
}


def modules(command: str | None = None) -> list:
    """The module that registers ``command``, or every module (None or an unknown name)."""
    names = [m for m, commands in MODULES.items() if command in commands] or list(MODULES)
    return [importlib.import_module(f"{__name__}.{name}") for name in names]
