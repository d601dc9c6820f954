"""``open_source(path)``: detect the format and open the file for preview and mapping."""
from __future__ import annotations

import os
from pathlib import Path

from desktop_app.core.errors import FileUnreadable
from desktop_app.core.transfer.exporting.columns import is_own
from desktop_app.core.transfer.importing.base import Source

FORMATS = ("csv", "tsv", "xlsx", "vcard")


# files that are certainly no contact list, by their first bytes: what they are (a word that
# needs no translation) instead of a preview of binary noise read as GB18030 text
SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "PNG"), (b"\xff\xd8\xff", "JPEG"), (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"), (b"%PDF-", "PDF"), (b"BM", None), (b"SQLite format 3\x00", "SQLite"),
    (b"\x1f\x8b", "gzip"), (b"Rar!\x1a\x07", "RAR"), (b"7z\xbc\xaf\x27\x1c", "7z"),
    (b"\x28\xb5\x2f\xfd", "zstd"), (b"\x5b\x2a\x4d\x18", "zstd"), (b"MZ", None),
    (b"\x7fELF", "ELF"), (b"OggS", "Ogg"), (b"fLaC", "FLAC"),
)


def _binary_kind(head: bytes) -> str | None:
    """What kind of non-text file ``head`` starts, or None. "BM" and "MZ" begin text too
    ("BMW,…"): they count with the bytes a bitmap or a program has next."""
    for magic, kind in SIGNATURES:
        if head.startswith(magic):
            if kind is None:  # BMP: a 4-byte size then 4 zero bytes; EXE: binary at once
                if magic == b"BM" and len(head) >= 10 and head[6:10] == b"\0\0\0\0":
                    return "BMP"
                if magic == b"MZ" and len(head) >= 64 and b"\0" in head[2:64]:
                    return "EXE"
                continue
            return kind
    if head[4:12] in (b"ftypisom", b"ftypmp42", b"ftypqt  ", b"ftypM4A ", b"ftypheic"):
        return "MP4/HEIC"
    if head.startswith(b"RIFF") and head[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return head[8:12].decode().strip()
    return None


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
    kind = _binary_kind(head)
    if kind == "SQLite":
        raise FileUnreadable("{name} is a database (a Contact Book database or backup?), not a "
                             "contact list: a backup is restored, not imported; import a CSV, "
                             "an Excel .xlsx or a vCard .vcf.", name=path.name)
    if kind is not None:
        raise FileUnreadable("{name} is a {kind} file, not a contact list: import a CSV, an "
                             "Excel .xlsx or a vCard .vcf.", name=path.name, kind=kind)
    if head and not head.strip(b"\0"):
        raise FileUnreadable("{name} holds only zero bytes (a file that was never written "
                             "out?), nothing to import.", name=path.name)
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
