"""Excel .xlsx through openpyxl's read-only (streaming) mode, after safety checks.

An .xlsx is a zip of XML. Before openpyxl sees it: the archive's total uncompressed size, the
number of members and each member's compression ratio are capped (zip bombs), and openpyxl
parses with defusedxml (entity expansion, external entities), which we require.
"""
from __future__ import annotations

import datetime as dt
import logging
import re
import zipfile
from pathlib import Path
from typing import Iterator

from desktop_app.core.errors import FileUnreadable
from desktop_app.core.messages import msg
from desktop_app.core.transfer.importing.base import RawRow, Source
from desktop_app.core.transfer.importing.headers import column_name, find_header_row

log = logging.getLogger(__name__)

MAX_UNCOMPRESSED = 1024 * 1024 * 1024  # 1 GB of XML is ~2 million rows; more is an attack
MAX_MEMBERS = 10_000
MAX_RATIO = 200  # a sheet of repeated text compresses ~10-50x; bombs are 1000x and more
RATIO_FLOOR = 10 * 1024 * 1024  # small members may compress as well as they like


def _not_a_workbook(path: Path, error: BaseException | None = None) -> FileUnreadable:
    """A damaged workbook (cut short: a download or a copy that stopped), a zip of another
    kind or any other file named .xlsx: one sentence the user can act on. What the zip or XML
    library said (English, about zip internals) goes to the log, not into the message."""
    if error is not None:
        log.info("%s: not a readable workbook: %s: %s", path, type(error).__name__, error)
    return FileUnreadable("{name} is not a readable .xlsx workbook: it is damaged (cut short?) "
                          "or another kind of file. Open it in Excel or WPS and save it again "
                          "as .xlsx, or export a CSV.", name=path.name)


def check_archive(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as e:
        raise _not_a_workbook(path, e) from e
    if not any(i.filename.startswith("xl/") for i in infos):  # a .docx, a .zip of photos
        raise FileUnreadable("{name} is a zip archive but not an Excel workbook (no sheets "
                             "in it); import a CSV, an Excel .xlsx or a vCard .vcf.",
                             name=path.name)
    if len(infos) > MAX_MEMBERS:
        raise FileUnreadable("{name} has {parts} parts; refused as unsafe.", name=path.name, parts=len(infos))
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise FileUnreadable("{name}: {part} unpacks to {mb:.0f} MB from {kb:.0f} KB; refused as a zip bomb.",
                                 name=path.name, part=info.filename, mb=info.file_size / 2**20, kb=info.compress_size / 2**10)
    if total > MAX_UNCOMPRESSED:
        raise FileUnreadable("{name} unpacks to {mb:.0f} MB; files over {cap:.0f} MB are not imported.",
                             name=path.name, mb=total / 2**20, cap=MAX_UNCOMPRESSED / 2**20)


_XML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")  # Excel writes CR as _x000D_


def cell_text(value) -> str:
    if isinstance(value, str):
        return _XML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), value) if "_x" in value \
            else value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))  # a phone typed as a number: 13812345678.0
        return repr(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(" ") if value.time() != dt.time() else value.date().isoformat()
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value)


def _load(path: Path):
    check_archive(path)
    import openpyxl  # lazy: only an .xlsx import pays for it

    if not getattr(openpyxl, "DEFUSEDXML", False):
        raise FileUnreadable("Reading .xlsx needs the defusedxml package (XML attack guard).")
    # opened by content, whatever its name: openpyxl refuses a path not ending .xlsx/.xlsm
    # (an .xlsx saved as "名单.csv" got "openpyxl does not support .csv file format")
    file = open(path, "rb")
    try:
        workbook = openpyxl.load_workbook(file, read_only=True, data_only=True,
                                          keep_links=False)
    except Exception as e:  # openpyxl raises many kinds for a damaged file
        file.close()
        raise _not_a_workbook(path, e) from e
    return _Workbook(workbook, file)


class _Workbook:
    """openpyxl's read-only workbook and the file it reads from, closed together."""

    def __init__(self, workbook, file):
        self._workbook, self._file = workbook, file

    def __getattr__(self, name):
        return getattr(self._workbook, name)

    def __getitem__(self, name):
        return self._workbook[name]

    def close(self) -> None:
        try:
            self._workbook.close()
        finally:
            self._file.close()


class XlsxReader:
    def __init__(self, path: Path):
        self.path = path
        self.max_rows: dict[str, int] = {}

    @staticmethod
    def open(path: Path, *, sheet: str | None = None) -> Source:
        wb = _load(path)
        try:
            names = list(wb.sheetnames)
            if sheet is not None and sheet not in names:
                raise FileUnreadable("{name} has no sheet {sheet!r} (sheets: {sheets}).",
                                     name=path.name, sheet=sheet, sheets=", ".join(names))
            reader = XlsxReader(path)
            for name in names:
                try:
                    reader.max_rows[name] = wb[name].max_row or 1
                except Exception:  # a sheet without a usable dimension
                    reader.max_rows[name] = 1
            chosen = sheet
            head: list[RawRow] = []
            for name in ([sheet] if sheet else names):
                head = list(_iter_rows(wb[name], path, limit=20))
                if head:
                    chosen = name
                    break
            chosen = chosen or (names[0] if names else "")
        finally:
            wb.close()
        source = Source(path=path, format="xlsx", headers=[], sheet=chosen, sheets=names,
                        _reader=reader)
        index = find_header_row([r.cells for r in head])
        if index is None:
            width = max((len(r.cells) for r in head), default=0)
            source.headers = [column_name(i) for i in range(width)]
        else:
            source.headers = [c.strip() for c in head[index].cells]
            source.header_line = head[index].line
        return source

    def rows(self, source: Source) -> Iterator[RawRow]:
        wb = _load(self.path)
        try:
            if not source.sheet:
                return
            for row in _iter_rows(wb[source.sheet], self.path):
                if row.line > source.header_line:
                    yield row
        finally:
            wb.close()

    def estimated_rows(self, source: Source) -> int:
        return max(1, self.max_rows.get(source.sheet, 1) - source.header_line)


MAX_COLUMNS = 1000  # a lead sheet has a few dozen; cells further right are reported, not read
_SURROGATE = re.compile("[\ud800-\udfff]")


def _sheet_rows(ws) -> Iterator[tuple[int, list[tuple[int, object]]]]:
    """``(row number, [(column, value), ...])`` for the rows that hold a value.

    The sheet's <dimension> is ignored (``reset_dimensions``): an 8 KB file may claim
    ``A1:XFD1048576``, and read-only ``iter_rows`` would pad every row to that width. Without
    it a row is as wide as its own last cell, and a missing row costs one empty tuple."""
    ws.reset_dimensions()
    for number, row in enumerate(ws.iter_rows(values_only=True), start=1):
        if row:
            found = [(column, value) for column, value in enumerate(row, start=1)
                     if value is not None]
            if found:
                yield number, found


def clean_text(text: str) -> tuple[str, bool]:
    """``text`` with Excel's surrogate pairs joined and a lone surrogate (which no file and
    no database can hold) replaced by U+FFFD; and whether one was replaced."""
    if not _SURROGATE.search(text):
        return text, False
    fixed = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return fixed, fixed.count("\ufffd") > text.count("\ufffd")


def _iter_rows(ws, path: Path, limit: int | None = None) -> Iterator[RawRow]:
    count = 0
    try:
        for number, found in _sheet_rows(ws):
            width = max((column for column, value in found
                         if column <= MAX_COLUMNS and cell_text(value).strip()), default=0)
            cells = [""] * width
            warnings = []
            for column, value in found:
                if column > MAX_COLUMNS:
                    if cell_text(value).strip():
                        warnings.append(msg("cells right of column {max} were not read",
                                            max=MAX_COLUMNS))
                        break
                    continue
                if column <= width:
                    text, replaced = clean_text(cell_text(value))
                    if replaced:
                        warnings.append(msg("column {column}: a character that cannot be "
                                            "stored (a lone surrogate) was replaced by \ufffd",
                                            column=column))
                    cells[column - 1] = text
            if not cells:
                continue
            yield RawRow(number, cells, warnings=warnings)
            count += 1
            if limit is not None and count >= limit:
                return
    except FileUnreadable:
        raise
    except Exception as e:  # a damaged part of the zip, bad XML: what it was goes to the log
        log.info("%s: the sheet stops at row %d: %s: %s", path, count, type(e).__name__, e)
        raise FileUnreadable("{name}: the sheet cannot be read past row {row}: the file is "
                             "damaged. Open it in Excel or WPS and save it again as .xlsx, or "
                             "export a CSV.", name=path.name, row=count) from e
