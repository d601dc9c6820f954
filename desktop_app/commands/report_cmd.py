"""`report funnel|sources|activity|content`: the measuring half of the sales method, in the terminal."""
from __future__ import annotations

import sys

REPORTS = ("funnel", "sources", "activity", "content")


def register(sub, common) -> None:
    report = sub.add_parser("report", parents=[common],
                            help="funnel, sources/ROI or activity report for a period")
    report.add_argument("kind", choices=REPORTS, help="which report: funnel, sources, activity, content (each content piece: sent, "
                             "replies, reply rate, won deals)")
    report.add_argument("--period", metavar="P",
                        help="2026Q4, 2026-11, 2026, 2026-11-03, this-week, last-week, "
                             "this-month, last-month, this-quarter, last-quarter, this-year, "
                             "last-year, or in Chinese (本月, 上季度, 去年, ...) "
                             "(default: this-quarter)")
    report.add_argument("--from", dest="first", metavar="YYYY-MM-DD",
                        help="a custom period's first day (with --to)")
    report.add_argument("--to", dest="last", metavar="YYYY-MM-DD",
                        help="a custom period's last day (with --from)")
    report.add_argument("--by", default="source",
                        choices=("source", "city", "product", "title", "company"),
                        help="the tag field the sources report groups by (default: source)")
    report.add_argument("--filter", default="", metavar="TEXT",
                        help="only the leads this filter lists (see README)")
    report.add_argument("--activity", action="store_true",
                        help="count what happened in the period, not the leads created in it")
    report.add_argument("--week", action="store_true", help="activity per week, not per day")
    report.add_argument("--format", choices=("table", "json", "csv"), default="table",
                        help="table (default), json (with the filter of every count) or csv")
    report.add_argument("--out", metavar="FILE",
                        help="write the report as .csv, .xlsx or .pdf, in the language the "
                             "window shows (as the window's Export does)")
    report.add_argument("--today", metavar="YYYY-MM-DD",
                        help="the day this-month, last-quarter ... count from (default: today)")
    report.set_defaults(handler=run_report)


def run_report(args, db_path) -> int:
    import csv
    import json

    from desktop_app.core.errors import ValidationError
    from desktop_app.core.reports import export
    from desktop_app.commands.output import table

    if args.kind == "content":  # the grading feature's report: every piece, all time
        report, grid = _content(args, db_path)
    else:
        report, grid = _computed(args, db_path)
    if args.out:  # the file the window's Export writes, in the window's language here
        if not args.out.lower().endswith((".csv", ".xlsx", ".pdf")):
            raise ValidationError("out", "--out {name} needs a .csv, .xlsx or .pdf name.",
                                  name=args.out)
        from desktop_app.app import translated

        if args.out.lower().endswith(".pdf"):
            from desktop_app.commands.callsheet_cmd import gui_application

            app = gui_application()  # must live while painting
        else:  # translations only: no display, no platform plugin
            from PySide6.QtCore import QCoreApplication

            app = QCoreApplication.instance() or QCoreApplication(["contact-book"])
        from desktop_app.ui.reports.report_output import save_report

        with translated(app):
            save_report(grid, report, args.kind, args.out)
        print(f"Wrote {args.out}", file=sys.stderr)
        return 0
    if args.format == "json" and args.kind == "content":
        print(json.dumps([dict(row, id=r.id) for row, r in zip(grid.rows, report)],
                         ensure_ascii=False, indent=1))
    elif args.format == "json":
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=1))
    elif args.format == "csv":
        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerow([str(h) for _, h, _ in grid.columns])
        for row in grid.rows:
            w.writerow(["" if row.get(k) is None else row.get(k) for k, _, _ in grid.columns])
    else:
        print(str(grid.title))
        print(table([str(h) for _, h, _ in grid.columns],
                    [[export.cell_text(row.get(k), kind) + (" *" if k == "roi" and mark in
                      ("best", "worst") else "") for k, _, kind in grid.columns]
                     for row, mark in zip(grid.rows, grid.marks)], max_width=24))
        for note in grid.notes:
            print(note)
        if "best" in grid.marks:
            print("* best and worst ROI")
    return 0


def _computed(args, db_path):
    """(report, table) of the funnel, sources or activity report the arguments ask for."""
    from desktop_app.commands.opening import open_to_read
    from desktop_app.core.errors import ValidationError
    from desktop_app.core.reports import periods, run

    today = periods.parse_date(args.today) if args.today else periods.local_today()
    if args.period and (args.first or args.last):
        raise ValidationError("period", "Give --period or --from/--to, not both.")
    if args.first or args.last:
        if not (args.first and args.last):
            raise ValidationError("period", "--from and --to go together.")
        period = periods.between(periods.parse_date(args.first), periods.parse_date(args.last))
    else:
        period = periods.parse(args.period or "this-quarter", today)
    scope = run.make_scope(period, today, args.filter, args.by, args.activity)
    open_to_read(db_path)
    report = run.compute(args.kind, scope, "week" if args.week else "day")
    return report, run.table_of(args.kind, report)


def _content(args, db_path):
    """(rows, table) of the content report: every piece, all time (the grading feature's);
    its table, json, csv and --out as the other reports' (they ignored --format and --out)."""
    from desktop_app.commands.opening import open_to_read
    from desktop_app.core.grading import content
    from desktop_app.core.reports import tables

    if args.period or args.first or args.last or args.activity or args.filter:
        print("The content report counts every touch that named a piece, all time: --period, "
              "--from/--to, --filter and --activity do not narrow it.", file=sys.stderr)
    open_to_read(db_path)
    rows = content.report()
    return rows, tables.content_table(rows, content.REPLY_DAYS)
