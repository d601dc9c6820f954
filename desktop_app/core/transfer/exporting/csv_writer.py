"""CSV for Excel: UTF-8 with a BOM (Excel then reads Chinese right) or GB18030; every cell
quoted when needed, formula starts guarded."""
from __future__ import annotations

import csv

from desktop_app.core.transfer.exporting.columns import HEADERS
from desktop_app.core.transfer.exporting.rows import cells, guard_formula

ENCODINGS = ("utf-8-sig", "gb18030", "utf-8")


def write(f, records_chunks, progress) -> int:
    """``f``: a text file opened with newline=""; returns the number of rows written."""
    w = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(HEADERS)
    n = 0
    for chunk in records_chunks:
        w.writerows([guard_formula(c) for c in cells(r)] for r in chunk)
        n += len(chunk)
        progress(n)
    return n
