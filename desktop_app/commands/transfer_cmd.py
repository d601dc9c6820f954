"""`import`, `undo-import` and `export`."""
from __future__ import annotations

import sys

from desktop_app.commands.output import plural

MAX_LISTED = 20


def register(sub, common) -> None:
    imp = sub.add_parser("import", parents=[common],
                         help="import contacts from CSV/TSV, Excel .xlsx or vCard")
    imp.add_argument("file", metavar="FILE", help="the .csv/.tsv/.txt, .xlsx or .vcf file")
    imp.add_argument("--dry-run", action="store_true",
                     help="read and match everything, write nothing, report what would happen")
    imp.add_argument("--duplicates", choices=("merge", "skip", "create"), default="merge",
                     help="what to do with rows matching a contact by phone, e-mail or name+company "
                          "(default: merge)")
    imp.add_argument("--mapping", action="append", default=[], metavar="COLUMN=FIELD",
                     help="override the guessed mapping, e.g. '客户=name,3=phone,备注2=ignore' "
                          "(COLUMN is a header or a 1-based number); repeatable")
    imp.add_argument("--encoding", default=None,
                     help="the CSV text encoding, e.g. gb18030 (default: detected)")
    imp.add_argument("--sheet", default=None, help="the .xlsx sheet (default: the first non-empty)")
    imp.add_argument("--report", default=None, metavar="PATH",
                     help="save the report (.csv, else text)")
    imp.set_defaults(handler=run_import)

    undo = sub.add_parser("undo-import", parents=[common],
                          help="undo an import: remove what it created, revert its merges")
    undo.add_argument("batch", type=int, nargs="?", metavar="IMPORT_ID",
                      help="the import number (without it: list recent imports)")
    undo.set_defaults(handler=run_undo)

    exp = sub.add_parser("export", parents=[common], help="export contacts to CSV, .xlsx or vCard")
    exp.add_argument("--filter", default="", metavar="TEXT", help="only contacts matching TEXT")
    exp.add_argument("--format", choices=("csv", "xlsx", "vcf"), default=None,
                     help="default: from the --out file name")
    exp.add_argument("--encoding", choices=("utf-8-sig", "gb18030", "utf-8"), default="utf-8-sig",
                     help="CSV encoding (default utf-8-sig: UTF-8 with BOM, for Excel)")
    exp.add_argument("--out", required=True, metavar="FILE",
                     help="the file to write (its extension picks the format)")
    exp.set_defaults(handler=run_export)


def _mapping(source, overrides: list[str]):
    from desktop_app.core.errors import ValidationError
    from desktop_app.core.transfer.importing import guess_mapping, parse_overrides

    columns = guess_mapping(source)
    if overrides and source.fixed_mapping:  # the window's mapping page cannot change them either
        raise ValidationError("mapping", "--mapping: the fields of a vCard are read as they are; "
                                         "--mapping is for the columns of a CSV or .xlsx file.")
    for text in overrides:
        try:
            changes = parse_overrides(text, source.headers)
        except ValueError as e:
            raise ValidationError("mapping", f"--mapping: {e}") from e
        for index, column in changes.items():
            columns[index] = column
    return columns


def run_import(args, db_path) -> int:
    import tempfile
    from contextlib import ExitStack
    from pathlib import Path

    from desktop_app.core.storage.db import close_database, open_database
    from desktop_app.core.transfer.importing import open_source, run_import as do_import
    from desktop_app.core.backup import BEFORE_IMPORT
    from desktop_app.commands.opening import must_exist, open_to_read, open_to_write

    if args.report:  # before anything is imported: the import is not run again for it
        _check_report_path(Path(args.report))
    source = open_source(args.file, encoding=args.encoding, sheet=args.sheet)
    _check_rows(source)  # a header alone: the message now, before the backup and the batch
    columns = _mapping(source, args.mapping)  # a refused --mapping too: nothing opened yet
    with ExitStack() as stack:
        if not args.dry_run:
            open_to_write(db_path, create=True, before=BEFORE_IMPORT)
        elif db_path.is_file():  # writes nothing: fine beside the window
            open_to_read(db_path)
        else:  # into a new database: what would happen, creating nothing there
            must_exist(db_path, create=True)
            folder = stack.enter_context(tempfile.TemporaryDirectory(prefix="contact-book-"))
            stack.callback(close_database, open_database(Path(folder) / "dry-run.sqlite3"),
                           backup=False)
        return _import(args, source, columns, do_import)


def _check_rows(source) -> None:
    """``source.check_rows()``; a workbook's message names its other sheets and --sheet (the
    first sheet, a template of titles, stopped the import with no way on named)."""
    from desktop_app.core.errors import FileUnreadable

    try:
        source.check_rows()
    except FileUnreadable as e:
        others = [s for s in source.sheets if s != source.sheet]
        if not others:
            raise
        raise FileUnreadable("{message} Its other sheets: {sheets}; choose one with --sheet.",
                             message=str(e), sheets=", ".join(map(_quoted, others))) from None


def _check_report_path(path) -> None:
    """``--report``'s file can be written (its folder exists, is writable, it is no folder);
    else the one-line error now. Found after the import, it came once the import was saved:
    running the command again imported the rows twice."""
    import errno
    import os
    from pathlib import Path

    from desktop_app.core.storage.atomic_file import describe

    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise describe(IsADirectoryError(errno.EISDIR, "is a folder"), path)
    if not folder.is_dir():
        raise describe(FileNotFoundError(errno.ENOENT, "no folder"), path)
    if not os.access(folder, os.W_OK):
        raise describe(PermissionError(errno.EACCES, "permission denied"), path)


def _import(args, source, columns, do_import) -> int:
    err = sys.stderr
    described = _columns_text(source.headers, columns)
    if source.fixed_mapping:  # a vCard has no columns: its "标签" → tag, "城市" → city ... were
        described = ""        # our own names for its fields, none of them in the file
    print(f"{source.path.name}: {source.format}"
          + (f", {source.encoding}" if source.encoding else "")
          + (f", sheet {_quoted(source.sheet)}" if source.sheet else "")
          + ("" if source.fixed_mapping else f"; columns: {described or 'none recognised'}"),
          file=err)
    for w in source.warnings:
        print(f"warning: {w}", file=err)
    report = do_import(source, columns, duplicates=args.duplicates, dry_run=args.dry_run)
    print(report.summary())
    for issue in report.skipped[:MAX_LISTED]:
        print(f"  skipped line {issue.line}: {issue.code}: {issue.detail}", file=err)
    if len(report.skipped) > MAX_LISTED:
        print(f"  ... and {len(report.skipped) - MAX_LISTED} more (use --report FILE)", file=err)
    if report.warnings:
        n = len(report.warnings)
        print(f"  {n:,} warning{'s' * (n != 1)} (use --report FILE)", file=err)
    if args.report:
        report.save(args.report)
    return 0


def _quoted(text) -> str:
    """The file's own text (a header, a sheet, a phone label: often Chinese) in quotes, so an
    English line reads as English around it; a text of ours ("Column 3": a file without
    headers) as it is."""
    return str(text) if hasattr(text, "template") else f'"{text}"'


def _columns_text(headers, columns) -> str:
    """``"姓名" → name, "办公电话" → phone labelled "办公"``: each mapped column as the file
    heads it, in quotes, then its field as ``--mapping`` and ``bulk --set`` name it (it read
    姓名→name, 标签→tag: the file's Chinese run into our English words)."""
    parts = []
    for header, column in zip(headers, columns):
        if column is None or column.target in (None, "ignore"):
            continue
        text = f"{_quoted(header) if header else '(no header)'} → {column.target}"
        if column.label and str(column.label) != str(header):  # 办公电话: labelled 办公
            text += (f" labelled {_quoted(column.label)}" if column.target == "phone"
                     else f' as "{column.label}: …"' if column.target == "notes" else "")
        parts.append(text)
    return ", ".join(parts)


def run_undo(args, db_path) -> int:
    from desktop_app.core.transfer.importing import check_undoable, list_batches, undo_import
    from desktop_app.core.backup import BEFORE_IMPORT
    from desktop_app.commands.opening import backup_before, open_to_read, open_to_write

    if args.batch is None:
        open_to_read(db_path)
        for b in list_batches():
            state = f"undone {b['undone_at']}" if b["undone_at"] else "can be undone"
            print(f"#{b['id']}\t{b['created_at']}\t{b['file_name']}\tcreated {b['created_count']}"
                  f", merged {b['merged_count']}, skipped {b['skipped_count']}\t{state}")
        return 0
    db = open_to_write(db_path)
    check_undoable(args.batch)  # no such import (or undone already): one line, no backup
    backup_before(db, BEFORE_IMPORT)  # undoing an import is as risky as one
    result = undo_import(args.batch)
    print(f"Import #{args.batch} undone: removed {result.removed} contacts, reverted "
          f"{result.reverted} merges" + (f", kept later edits of {result.kept}" if result.kept
                                         else "") + ".")
    return 0


def run_export(args, db_path) -> int:
    from desktop_app.core.contacts import records as contacts
    from desktop_app.core.search.group import checked
    from desktop_app.core.transfer.exporting import export_contacts
    from desktop_app.commands.opening import open_to_read

    open_to_read(db_path)
    flt = checked(args.filter)
    ids = contacts.ids(flt.where)
    result = export_contacts(ids, args.out, args.format, encoding=args.encoding)
    for w in result.warnings:
        print(f"warning: {w}", file=sys.stderr)
    print(f"Exported {plural(result.count, 'contact')} to {result.path}", file=sys.stderr)
    return 0
