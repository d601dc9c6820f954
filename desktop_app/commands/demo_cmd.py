"""`demo`: fill the database with realistic sample leads."""
from __future__ import annotations

import time
from datetime import date, datetime


def register(sub, common) -> None:
    demo = sub.add_parser("demo", parents=[common], help="add realistic Chinese sample leads")
    demo.add_argument("--contacts", type=int, default=1000, metavar="N",
                      help="how many sample leads to add (default: 1000)")
    demo.add_argument("--interactions", type=int, default=0, metavar="M",
                      help="also add M interactions spread over the contacts")
    demo.add_argument("--seed", type=int, default=None, metavar="S",
                      help="the same S gives the same leads (default: different each time)")
    demo.add_argument("--no-cadences", action="store_true",
                      help="start no follow-up cadence (by default some sample leads run one, "
                           "so today has calls due)")
    demo.set_defaults(handler=run_demo)


def run_demo(args, db_path) -> int:
    from desktop_app.commands.opening import open_to_write
    from desktop_app.core.contacts import demo
    from desktop_app.core.errors import ValidationError
    from desktop_app.core.followup import demo_cadences
    from desktop_app.core.when import to_utc

    if args.contacts < 0:
        raise ValidationError("contacts", "--contacts must be 0 or more.")
    if args.interactions < 0:
        raise ValidationError("interactions", "--interactions must be 0 or more.")
    open_to_write(db_path, create=True)
    today = date.today()
    now = to_utc(datetime.combine(today, datetime.now().time()))  # today, at this hour
    started = time.perf_counter()
    added = demo.generate(args.contacts, seed=args.seed, now=now)
    print(f"Added {added:,} demo contacts to {db_path} in {time.perf_counter() - started:.1f} s")
    if added and not args.no_cadences:
        started = time.perf_counter()
        sample = demo_cadences.start(demo.newest_ids(added), today, seed=args.seed, now=now)
        print(f"{sample.summary()} ({time.perf_counter() - started:.1f} s)")
    if args.interactions:
        started = time.perf_counter()
        logged = demo.generate_interactions(args.interactions, seed=args.seed, now=now)
        print(f"Added {logged:,} demo interactions in {time.perf_counter() - started:.1f} s")
    return 0
