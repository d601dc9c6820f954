"""`spend`: money spent per source and month (what the sources report's ROI divides by)."""
from __future__ import annotations

import sys


def register(sub, common) -> None:
    spend = sub.add_parser("spend", parents=[common], help="spend per source and month")
    actions = spend.add_subparsers(dest="spend_action", metavar="set|list", required=True)
    put = actions.add_parser("set", parents=[common], help="set the spend of a source in a month")
    put.add_argument("--source", required=True, metavar="SOURCE", help="e.g. 抖音")
    put.add_argument("--month", required=True, metavar="YYYY-MM", help="e.g. 2026-10")
    put.add_argument("--amount", required=True, metavar="YUAN",
                     help="in yuan (20000, 2万); 0 removes the entry")
    put.set_defaults(handler=run_set)
    show = actions.add_parser("list", parents=[common], help="list the spend")
    show.add_argument("--from", dest="first", metavar="YYYY-MM", help="from this month")
    show.add_argument("--to", dest="last", metavar="YYYY-MM", help="up to this month")
    show.add_argument("--format", choices=("table", "json"), default="table",
                      help="table (default) or json")
    show.set_defaults(handler=run_list)


def run_set(args, db_path) -> int:
    from desktop_app.core.reports import spend
    from desktop_app.commands.opening import open_to_write

    # checked before the database is opened: bad input changes nothing
    source, month = spend.source_text(args.source), spend.month_text(args.month)
    amount = spend.amount_value(args.amount)
    open_to_write(db_path)
    spend.set_amount(source, month, amount)
    print(f"{source} {month}: {amount:,} yuan" if amount else f"{source} {month}: removed")
    return 0


def run_list(args, db_path) -> int:
    import json

    from desktop_app.core.reports import spend
    from desktop_app.commands.opening import open_to_read
    from desktop_app.commands.output import table

    first = spend.month_text(args.first) if args.first else "0000-00"
    last = spend.month_text(args.last) if args.last else "9999-99"
    open_to_read(db_path)
    entries = spend.entries(first, last)
    if args.format == "json":
        print(json.dumps([{"source": e.source, "month": e.month, "amount": e.amount}
                          for e in entries], ensure_ascii=False, indent=1))
    else:
        print(table(["source", "month", "amount"],
                    [[e.source, e.month, f"{e.amount:,}"] for e in entries]), file=sys.stdout)
    return 0
