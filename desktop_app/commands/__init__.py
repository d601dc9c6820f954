"""One module per CLI sub-command group; each has ``register(subparsers, common)``.

A handler takes ``(args, db_path)`` and returns an exit code (None means 0).
"""
from . import contacts_cmd, demo_cmd, transfer_cmd

COMMANDS = [contacts_cmd, demo_cmd, transfer_cmd]
