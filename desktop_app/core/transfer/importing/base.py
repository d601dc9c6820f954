"""What every reader produces: headers and raw rows of strings, each with its line number."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from desktop_app.core.errors import FileUnreadable

# Safety caps (a file past them is refused with FileUnreadable, never read into memory whole).
MAX_TEXT_FILE = 512 * 1024 * 1024  # CSV/TSV/vCard bytes
PREVIEW_ROWS = 20


@dataclass
class RawRow:
    line: int  # 1-based line (CSV, vCard: where the row/card begins) or sheet row (xlsx)
    cells: list[str]
    error: str = ""  # set when the row could not be read at all: it is reported as skipped
    # each a ``msg``; one about a line of its own (a vCard property, a CSV row's line with bad
    # bytes) has it as its ``line`` value, and the report gives it that line (``warning_line``)
    warnings: list[str] = field(default_factory=list)


def warning_line(warning, row_line: int) -> int:
    """The line a row's warning is about: its own ``line`` value, else the row's. The
    message's text does not repeat it (the report puts the line before every warning)."""
    return (getattr(warning, "values", None) or {}).get("line", row_line)


@dataclass
class Source:
    """An opened import file: what the wizard shows before the mapping step."""

    path: Path
    format: str  # "csv", "tsv", "xlsx", "vcard"
    headers: list[str]
    header_line: int = 0  # 0 when the file has no header row
    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""
    sheets: list[str] = field(default_factory=list)
    own_format: bool = False  # written by our own export (its columns need no guessing)
    fixed_mapping: bool = False  # vCard: columns are ours already, the mapping is not editable
    warnings: list[str] = field(default_factory=list)
    _reader: object = None

    @property
    def guarded(self) -> bool:
        """Our own CSV: cells carry the formula guard "'" that the import strips again."""
        return self.own_format and self.format in ("csv", "tsv")

    def rows(self) -> Iterator[RawRow]:
        """The data rows (after the header), streamed; raising only FileUnreadable."""
        return self._reader.rows(self)

    def preview(self, limit: int = PREVIEW_ROWS) -> list[RawRow]:
        out = []
        for row in self.rows():
            out.append(row)
            if len(out) >= limit:
                break
        return out

    def check_rows(self) -> None:
        """Raise ``no_rows()`` when no row follows the header. Reads one row."""
        if not self.preview(1):
            raise self.no_rows()

    def no_rows(self) -> FileUnreadable:
        """The error for a file (a sheet) with no row below its header: a list saved before
        any lead was typed in, a sheet holding only its titles. Imported, it recorded an import
        of nothing, after a backup, with an Undo that undid nothing."""
        if self.format == "xlsx":
            return FileUnreadable('The sheet "{sheet}" of {name} holds only its header row: '
                                  "no contacts below it, nothing to import.",
                                  sheet=self.sheet, name=self.path.name)
        if self.header_line:
            return FileUnreadable("{name} holds only its header row (line {line}): no "
                                  "contacts below it, nothing to import.",
                                  name=self.path.name, line=self.header_line)
        return FileUnreadable("{name} holds no contacts, nothing to import.", name=self.path.name)

    def estimated_rows(self) -> int:
        """An upper bound for progress bars (newline count, sheet dimension, BEGIN count)."""
        return self._reader.estimated_rows(self)
