"""Import: detect -> preview -> mapping -> duplicate policy -> run (progress, cancel) -> report.

The wizard (and the CLI) call, in order::

    source = open_source(path)                 # FileUnreadable for anything unreadable
    source.headers, source.preview(20)         # rows of strings with line numbers
    columns = guess_mapping(source)            # one Column|None per header; editable
    preview(source, columns, 20)               # the same rows as they would be stored
    report = run_import(source, columns, duplicates="merge", dry_run=True)   # counts only
    report = run_import(source, columns, duplicates="merge",
                        progress=on_progress, cancel=lambda: flag.is_set())
    report.to_text() / report.to_csv() / report.save(path)
    undo_import(report.batch_id)
"""
from desktop_app.core.transfer.importing.base import RawRow, Source
from desktop_app.core.transfer.importing.headers import TARGETS, Column
from desktop_app.core.transfer.importing.mapping import Candidate, guess_mapping, parse_overrides
from desktop_app.core.transfer.importing.report import ImportReport, RowIssue
from desktop_app.core.transfer.importing.run import POLICIES, preview, run_import
from desktop_app.core.transfer.importing.undo import (UndoResult, check_undoable, list_batches,
                                                      undo_import)
from desktop_app.core.transfer.importing.source import FORMATS, open_source

__all__ = [
    "Candidate", "Column", "FORMATS", "ImportReport", "POLICIES", "RawRow", "RowIssue",
    "Source", "TARGETS", "UndoResult", "check_undoable", "guess_mapping", "list_batches",
    "open_source", "parse_overrides", "preview", "run_import", "undo_import",
]
