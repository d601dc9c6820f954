"""`callsheet`: the printed daily call sheet as a PDF, headless (e.g. a scheduled task at 7:00).

Without ``--filter`` the sheet lists the day's follow-ups: the touchpoints due that day and
those still overdue, most overdue first. With ``--filter`` it lists that group instead
(``--filter ""`` for every open lead). The sheet is in the language the window shows on this
machine ($CONTACT_BOOK_LANG, else the system's language: ``app.translated``).
"""
from __future__ import annotations

import os
import sys
from datetime import date

from desktop_app.commands.dates import day_arg


# core.followup.callsheet's values, repeated so that building the parser imports no core (peewee);
# tests/core/test_cli.py checks that they agree.
DEFAULT_LIMIT = 1000
SALESPERSON_ENV = "CONTACT_BOOK_SALESPERSON"


def register(sub, common) -> None:
    cmd = sub.add_parser(
        "callsheet", parents=[common], help="write the daily call sheet (every lead to call) as a PDF",
        description="Write a printable call sheet: each lead's naming tag, phone numbers in "
                    "large type, cadence step, last interaction, and boxes for the outcome and "
                    "notes. Without --filter: the day's due and overdue follow-ups.")
    cmd.add_argument("--date", metavar="YYYY-MM-DD", default=None, help="the sheet's day (default: today)")
    cmd.add_argument("--filter", metavar="TEXT", default=None,
                     help="print this group (the list's filter language) instead of the day's "
                          "due follow-ups")
    cmd.add_argument("--salesperson", metavar="NAME", default=None,
                     help=f"name printed in the header (default: ${SALESPERSON_ENV}, else the "
                          "name set with `contact-book settings salesperson NAME` or in the window)")
    cmd.add_argument("--paper", choices=("a4", "letter"), default="a4",
                     help="paper size (default: a4)")
    cmd.add_argument("--landscape", action="store_true", help="print across the page")
    cmd.add_argument("--include-closed", action="store_true",
                     help="also list won and lost leads (成交/流失)")
    cmd.add_argument("--limit", type=int, default=DEFAULT_LIMIT, metavar="N",
                     help=f"at most N leads (default {DEFAULT_LIMIT}); the header says if more matched")
    cmd.add_argument("--pdf", metavar="FILE", required=True, help="where to write the PDF")
    cmd.set_defaults(handler=run_callsheet)


def gui_application():
    """A QGuiApplication for painting; the offscreen platform when there is no display."""
    if (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(["contact-book"])


def run_callsheet(args, db_path) -> int:
    from desktop_app.core.followup import callsheet
    from desktop_app.core.errors import ValidationError
    from desktop_app.commands.opening import open_to_read

    if args.limit < 1:
        raise ValidationError("limit", "--limit must be 1 or more.")
    day = day_arg(args.date, date.today(), "--date")
    out = os.path.abspath(os.path.expanduser(args.pdf))
    if os.path.isdir(out):
        raise ValidationError("pdf", f"--pdf {args.pdf} is a folder; give a file name.")
    open_to_read(db_path, models=args.filter is not None)  # the day's sheet: plain SQL
    salesperson = callsheet.salesperson_name(args.salesperson)
    flt = None
    if args.filter is not None:  # (the filter language, only for a group's sheet)
        from desktop_app.core.search.group import checked

        flt = checked(args.filter)
    app = gui_application()  # must live while painting
    from desktop_app.app import translated
    from desktop_app.ui.common.words import language, step_text
    from desktop_app.ui.printing.printer import write_pdf

    with translated(app):  # the sheet in the language the window shows on this machine
        if flt is None:
            sheet = callsheet.for_day(day, date.today(), salesperson, limit=args.limit,
                                      language=language(), step_label=step_text)
        else:
            sheet = callsheet.for_group(
                flt.where, day, salesperson, title=flt.text,
                include_closed=True if args.include_closed else None, limit=args.limit)
        pages = write_pdf(sheet, out, args.paper, args.landscape)
    more = f" (first {len(sheet.rows):,} of {sheet.matched:,})" if sheet.truncated else ""
    leads = len(sheet.rows)
    print(f"Wrote {out}: {leads:,} lead{'s' * (leads != 1)}{more}, "
          f"{pages} page{'s' * (pages != 1)}")
    return 0
