"""``open_source(path)``: detect the format and open the file for preview and mapping."""
from __future__ import annotations

import os
from pathlib import Path

from desktop_app.core.errors import FileUnreadable
from desktop_app.core.transfer.exporting.columns import is_own
from desktop_app.core.transfer.importing.base import Source

FORMATS = ("csv", "tsv", "xlsx", "vcard")


def detect_format(path: Path) -> str:
    try:
        with open(path, "rb") as f:
            head = f.read(4096)
    except OSError as e:
        raise FileUnreadable("Cannot read {path}: {error}.", path=path, error=e.strerror or e) from e
    suffix = path.suffix.lower()
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise FileUnreadable("{name} is an old Excel .xls file; please save it as .xlsx "
                             "or CSV in Excel or WPS first.", name=path.name)
    if head.startswith(b"PK\x03\x04") or suffix in (".xlsx", ".xlsm"):
        return "xlsx"
    text = head.lstrip(b"\xef\xbb\xbf").replace(b"\x00", b"").lstrip().upper()
    if text.startswith(b"BEGIN:VCARD") or suffix in (".vcf", ".vcard"):
        return "vcard"
    return "tsv" if suffix in (".tsv", ".tab") else "csv"


def open_source(path: str | os.PathLike, *, format: str | None = None,
                encoding: str | None = None, delimiter: str | None = None,
                sheet: str | None = None) -> Source:
    """Open an import file. Raises only ``FileUnreadable`` (with a message for the user).

    ``encoding``, ``delimiter`` and ``sheet`` override what was detected (the wizard offers
    them when the preview looks wrong).
    """
    path = Path(path)
    if not path.is_file():
        raise FileUnreadable("{path} is not a file.", path=path)
    fmt = format or detect_format(path)
    try:
        if fmt == "xlsx":
            from desktop_app.core.transfer.importing.xlsx_reader import XlsxReader
            source = XlsxReader.open(path, sheet=sheet)
        elif fmt == "vcard":
            from desktop_app.core.transfer.importing.vcard_row import VcardReader
            source = VcardReader.open(path)
        elif fmt in ("csv", "tsv"):
            from desktop_app.core.transfer.importing.csv_reader import CsvReader
            source = CsvReader.open(path, encoding=encoding,
                                    delimiter=delimiter or ("\t" if format == "tsv" else None))
        else:
            raise FileUnreadable("Unknown import format {fmt!r} (one of {choices}).", fmt=fmt, choices=", ".join(FORMATS))
    except FileUnreadable:
        raise
    except MemoryError as e:
        raise FileUnreadable("{name} is too large to import.", name=path.name) from e
    if not source.fixed_mapping:
        source.own_format = is_own(source.headers)
    return source
