"""`settings`: preferences kept in the database, e.g. the salesperson's name on call sheets.

    contact-book settings                      # list them
    contact-book settings salesperson          # show one
    contact-book settings salesperson 张三     # set it ("" clears it)
"""
from __future__ import annotations

KEYS = ("salesperson", "first-touches-per-day")  # core.storage.preferences.KEYS; tests/core/test_cli.py checks that they agree


def register(sub, common) -> None:
    cmd = sub.add_parser("settings", parents=[common],
                         help="show or set preferences kept with the data (salesperson, "
                              "first-touches-per-day)",
                         description="Preferences stored in the database, shared by the window "
                                     "and the commands. salesperson: the name printed in the "
                                     "call sheet's header (the window sets it too). "
                                     "first-touches-per-day: the daily capacity, at most N "
                                     "first touches a day when a cadence starts for many "
                                     "leads (default 50).")
    cmd.add_argument("key", nargs="?", choices=KEYS, help="the preference (without it: show all)")
    cmd.add_argument("value", nargs="?", help="the new value; \"\" clears it")
    cmd.set_defaults(handler=run_settings)


def run_settings(args, db_path) -> int:
    from desktop_app.core.storage import preferences
    from desktop_app.commands.opening import open_to_read, open_to_write

    if args.value is None:
        open_to_read(db_path)
        stored = preferences.all_values()
        if preferences.FIRST_TOUCHES_PER_DAY not in stored:
            from desktop_app.core.followup import group_start

            stored[preferences.FIRST_TOUCHES_PER_DAY] = str(group_start.capacity())
        for key in [args.key] if args.key else KEYS:
            print(f"{key}\t{stored.get(key, '')}")
        return 0
    open_to_write(db_path)
    if args.key == preferences.FIRST_TOUCHES_PER_DAY:
        from desktop_app.core.followup import group_start

        group_start.set_capacity(args.value)  # a whole number 1 or more, or refused
        return 0
    preferences.put(args.key, " ".join(args.value.split()))
    return 0
