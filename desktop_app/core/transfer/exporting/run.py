"""``export_contacts(ids, path, format)``: read contacts in chunks, write through a temporary
file, rename at the end. Cancel or any failure leaves no file (and an older file untouched)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, Sequence

from desktop_app.core.storage.atomic_file import atomic_path, atomic_write
from desktop_app.core.errors import FileNotWritable, ValidationError
from desktop_app.core.transfer.exporting.reader import records

FORMATS = ("csv", "xlsx", "vcf")


class ExportCancelled(Exception):
    pass


@dataclass
class ExportResult:
    path: Path
    format: str
    count: int
    cancelled: bool = False
    warnings: list[str] = field(default_factory=list)


def format_for(path: str | os.PathLike) -> str:
    suffix = Path(path).suffix.lower().lstrip(".")
    return {"vcard": "vcf", "tsv": "csv", "txt": "csv"}.get(suffix, suffix)


def export_contacts(ids: Sequence[int], path: str | os.PathLike, format: str | None = None, *,
                    encoding: str = "utf-8-sig",
                    progress: Callable[[int, int], None] | None = None,
                    cancel: Callable[[], bool] | None = None) -> ExportResult:
    """Write the contacts ``ids`` (in that order) to ``path`` as csv, xlsx or vcf.

    ``encoding`` is for CSV: "utf-8-sig" (default: Excel opens Chinese right), "gb18030".
    Raises FileNotWritable (full disk, read-only folder) with nothing left behind.
    """
    path = Path(path)
    fmt = format or format_for(path)
    if fmt not in FORMATS:
        raise ValidationError("format", "Unknown export format {fmt!r}; use csv, xlsx or vcf.", fmt=fmt)
    from desktop_app.core.transfer.exporting.csv_writer import ENCODINGS

    if fmt == "csv" and encoding not in ENCODINGS:
        raise ValidationError("encoding", "CSV encoding must be one of {choices}.", choices=", ".join(ENCODINGS))
    ids = list(ids)
    total = len(ids)
    result = ExportResult(path, fmt, 0)

    def chunks() -> Iterator[list]:
        for chunk in records(ids):
            if cancel is not None and cancel():
                raise ExportCancelled()
            yield chunk

    def report(n: int) -> None:
        if progress is not None:
            progress(n, total)

    try:
        if fmt == "csv":
            from desktop_app.core.transfer.exporting import csv_writer
            with atomic_write(path, "w", encoding=encoding, newline="") as f:
                result.count = csv_writer.write(f, chunks(), report)
        elif fmt == "vcf":
            from desktop_app.core.transfer.exporting import vcard_writer
            with atomic_write(path, "wb") as f:
                result.count = vcard_writer.write(f, chunks(), report)
        else:
            from desktop_app.core.transfer.exporting import xlsx_writer
            with atomic_path(path) as tmp:
                try:
                    result.count = xlsx_writer.write(tmp, chunks(), report, result.warnings)
                except OSError:
                    raise
                except Exception as e:  # xlsxwriter wraps OSError in its own exceptions
                    cause = e.__cause__ or (e.args[0] if e.args else None)
                    if isinstance(cause, OSError):
                        raise cause from e
                    raise
    except ExportCancelled:
        result.cancelled = True
    except FileNotWritable:
        raise
    return result
