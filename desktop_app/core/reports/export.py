"""Write a report's table as CSV (UTF-8 with BOM, for Excel) or .xlsx, atomically."""
from __future__ import annotations

import csv
import io
from pathlib import Path

from desktop_app.core.errors import ValidationError
from desktop_app.core.reports.tables import Table, cell_text
from desktop_app.core.storage.atomic_file import atomic_path, atomic_write
from desktop_app.core.transfer.exporting.rows import guard_formula

FORMATS = ("csv", "xlsx")


def _csv_value(value, kind: str, text) -> str:
    """A cell as the CSV holds it: a number as the window rounds it, without thousands
    separators, a rate as a percentage (35.7%: a spreadsheet reads it as 0.357); None is
    empty."""
    if value is None:
        return ""
    if kind == "text":
        return text(value)
    if kind == "pct":
        return f"{value * 100:.1f}%"
    if kind in ("count", "yuan"):
        return str(round(value))
    if kind == "ratio":
        return f"{value:.2f}"
    return f"{value:g}"


# the xlsx keeps the numbers exact and shows them as the window does
XLSX_FORMATS = {"count": "#,##0", "yuan": "#,##0", "pct": "0.0%", "ratio": "0.00"}


def write(table: Table, path, fmt: str | None = None, header=str, text=None) -> Path:
    """``header(message)`` translates the column headers, the notes and the messages in text
    cells (the window passes its own); ``text(value, key)`` writes a text cell (the window
    passes its own: the stages and channels in its language)."""
    path = Path(path)
    fmt = fmt or path.suffix.lstrip(".").lower()
    if fmt not in FORMATS:
        raise ValidationError("format", "Cannot export a report as {fmt!r}; use csv or xlsx.",
                              fmt=fmt)
    headers = [header(h) for _, h, _ in table.columns]

    def text_of(value, key: str) -> str:
        if text is not None:
            return text(value, key)
        return header(value) if hasattr(value, "template") else str(value)

    if fmt == "csv":
        with atomic_write(path, "w", encoding="utf-8-sig", newline="") as f:
            w = csv.writer(f, lineterminator="\r\n")
            w.writerow(headers)
            for row in table.rows:
                w.writerow([guard_formula(_csv_value(row.get(k), kind,
                                                     lambda v, k=k: text_of(v, k)))
                            for k, _, kind in table.columns])
        return path
    import xlsxwriter  # lazy: only an .xlsx export pays for it

    with atomic_path(path) as tmp:
        book = io.BytesIO()  # written in one piece (see exporting.xlsx_writer: a full disk)
        wb = xlsxwriter.Workbook(book, {"strings_to_formulas": False, "strings_to_urls": False})
        ws = wb.add_worksheet("report")
        bold = wb.add_format({"bold": True})
        formats = {kind: wb.add_format({"num_format": f}) for kind, f in XLSX_FORMATS.items()}
        ws.write_string(0, 0, header(table.title), bold)
        for c, h in enumerate(headers):
            ws.write_string(2, c, h, bold)
            ws.set_column(c, c, max(10, len(h) + 2))
        for r, row in enumerate(table.rows, start=3):
            for c, (key, _, kind) in enumerate(table.columns):
                value = row.get(key)
                if value is None:
                    continue
                if kind == "text":
                    ws.write_string(r, c, text_of(value, key))
                else:
                    ws.write_number(r, c, value, formats.get(kind))
        for k, note in enumerate(table.notes, start=len(table.rows) + 4):
            ws.write_string(k, 0, header(note))
        wb.close()
        tmp.write_bytes(book.getvalue())
    return path


__all__ = ["FORMATS", "write", "cell_text"]
