"""One module per CLI sub-command group; each has ``register(subparsers, common)``.

A handler takes ``(args, db_path)`` and returns an exit code (None means 0).

Start-up: ``contact-book`` without a sub-command opens the window, and these modules are
imported on the way. Keep their top level to argparse: every import of the work (core,
peewee, Qt, json, ...) goes inside the handler (tests/ui/test_app.py checks it).
"""
from desktop_app.commands import (
    bulk_cmd,
    cadence_cmd,
    callsheet_cmd,
    contacts_cmd,
    data_cmd,
    demo_cmd,
    grading_cmd,
    report_cmd,
    settings_cmd,
    spend_cmd,
    sync_cmd,
    timeline_cmd,
    transfer_cmd,
)

COMMANDS = [contacts_cmd, demo_cmd, timeline_cmd, bulk_cmd, callsheet_cmd, cadence_cmd,
            transfer_cmd, data_cmd, settings_cmd, report_cmd, spend_cmd, grading_cmd,
            sync_cmd]
