"""One module per CLI sub-command group; each has ``register(subparsers, common)``.

A handler takes ``(args, db_path)`` and returns an exit code (None means 0).
"""
from . import bulk_cmd, callsheet_cmd, contacts_cmd, data_cmd, demo_cmd, timeline_cmd

COMMANDS = [contacts_cmd, demo_cmd, timeline_cmd, callsheet_cmd, data_cmd, bulk_cmd]
