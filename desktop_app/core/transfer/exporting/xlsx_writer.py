"""Excel .xlsx through xlsxwriter (constant memory: rows go straight to temporary files).
Every cell is written as a string with write_string, so "=..." is text, never a formula.

The finished zip is built in memory and written to ``path`` in one piece: xlsxwriter's zip
writer, cut off by a full disk, left a ZipFile whose clean-up at exit printed a second
"No space left on device" traceback under our one-line message."""
from __future__ import annotations

import io
import re

from desktop_app.core.transfer.exporting.columns import HEADERS
from desktop_app.core.transfer.exporting.rows import cells

WIDTHS = {"标签": 44, "公司": 18, "电话": 22, "邮箱": 24, "备注": 40, "创建时间": 19,
          "更新时间": 19, "ID": 8}
MAX_CELL = 32767  # Excel's limit per cell
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # not allowed in XML 1.0


def write(path, records_chunks, progress, warnings: list[str]) -> int:
    import xlsxwriter  # lazy: only an .xlsx export pays for it

    book = io.BytesIO()
    wb = xlsxwriter.Workbook(book, {
        "constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False,
        "strings_to_numbers": False})
    ws = wb.add_worksheet("联系人")
    bold = wb.add_format({"bold": True})
    for c, h in enumerate(HEADERS):
        ws.write_string(0, c, h, bold)
    ws.freeze_panes(1, 0)
    for c, h in enumerate(HEADERS):
        ws.set_column(c, c, WIDTHS.get(h, 12))
    n = 0
    for chunk in records_chunks:
        for record in chunk:
            n += 1
            for c, value in enumerate(cells(record)):
                if not value:
                    continue
                value = _ILLEGAL.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
                if len(value) > MAX_CELL:
                    warnings.append(f"contact #{record.id}: {HEADERS[c]} cut to {MAX_CELL} "
                                    "characters (Excel's limit per cell)")
                    value = value[:MAX_CELL]
                ws.write_string(n, c, value)
        progress(n)
    wb.close()
    path.write_bytes(book.getvalue())
    return n
