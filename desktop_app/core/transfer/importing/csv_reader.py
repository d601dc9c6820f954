"""CSV and TSV: encoding, delimiter and header row guessed; every row kept with its line number."""
from __future__ import annotations

import bisect
import csv
import io
import sys
from collections import Counter
from pathlib import Path
from typing import Iterator

from desktop_app.core.errors import FileUnreadable
from desktop_app.core.messages import msg
from desktop_app.core.transfer.importing import encoding as enc
from desktop_app.core.transfer.importing.base import MAX_TEXT_FILE, RawRow, Source
from desktop_app.core.transfer.importing.headers import column_name, find_header_row

DELIMITERS = (",", ";", "\t", "|")
# a field may be as large as the file: no "field larger than field limit (131072)" surprise
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def read_bytes(path: Path, cap: int = MAX_TEXT_FILE) -> bytes:
    try:
        size = path.stat().st_size
        if size > cap:
            raise FileUnreadable("{name} is {mb:.0f} MB; files over {cap:.0f} MB are not imported.",
                                 name=path.name, mb=size / 2**20, cap=cap / 2**20)
        with open(path, "rb") as f:
            return f.read(cap + 1)
    except OSError as e:
        raise FileUnreadable("Cannot read {path}: {error}.", path=path, error=e.strerror or e) from e


def _field_counts(text: str, delimiter: str, lines: int = 60) -> list[int]:
    sample = io.StringIO(text[:200_000], newline="")
    counts = []
    try:
        for row in csv.reader(sample, delimiter=delimiter):
            if any(c.strip() for c in row):
                counts.append(len(row))
            if len(counts) >= lines:
                break
    except csv.Error:
        pass
    if counts and len(text) > 200_000:
        counts.pop()  # the sample may end mid-row
    return counts


def sniff_delimiter(text: str, hint: str = "") -> str:
    """The delimiter giving the most rows with the same (>1) number of fields."""
    best, best_score = ("\t" if hint == "tsv" else ","), (0, 0, 0)
    for d in DELIMITERS:
        counts = _field_counts(text, d)
        if not counts:
            continue
        width, agree = Counter(counts).most_common(1)[0]
        if width < 2:
            continue
        score = (agree, d == ("\t" if hint == "tsv" else ","), width)
        if score > best_score:
            best, best_score = d, score
    return best


class CsvReader:
    def __init__(self, text: str, skip_lines: int = 0, bad_lines: list[int] | None = None,
                 encoding: str = ""):
        self.text = text
        self.skip_lines = skip_lines
        self.bad_lines = bad_lines or []  # where bytes not valid in ``encoding`` were replaced
        self.encoding = encoding

    @staticmethod
    def open(path: Path, *, encoding: str | None = None, delimiter: str | None = None) -> Source:
        data = read_bytes(path)
        text, name, warnings, bad_lines = enc.decode_lines(data, encoding)
        del data
        if "\x00" in text:
            text = text.replace("\x00", "")
        hint = "tsv" if path.suffix.lower() in (".tsv", ".tab") else ""
        skip_lines = 0
        first = text[:16].split("\n", 1)[0].strip()
        if first.lower().startswith("sep=") and len(first) == 5 and not delimiter:
            delimiter, skip_lines = first[4], 1  # Excel's "sep=;" hint line
        if name.startswith("utf-16") and not delimiter:
            hint = "tsv"  # Excel's "Unicode text" is tab-separated UTF-16
        delimiter = delimiter or sniff_delimiter(text, hint)
        reader = CsvReader(text, skip_lines, bad_lines, name)
        source = Source(path=path, format="tsv" if delimiter == "\t" else "csv", headers=[],
                        encoding=name, delimiter=delimiter, warnings=warnings, _reader=reader)
        head = []
        for row in reader._all_rows(source):
            head.append(row)
            if len(head) >= 20:
                break
        good = [r for r in head if not r.error and r.line > skip_lines]
        index = find_header_row([r.cells for r in good])
        if index is None or not good:
            width = max((len(r.cells) for r in good), default=0)
            source.headers = [column_name(i) for i in range(width)]
            source.header_line = 0
        else:
            source.headers = [c.strip() for c in good[index].cells]
            source.header_line = good[index].line
        return source

    def _all_rows(self, source: Source) -> Iterator[RawRow]:
        stream = io.StringIO(self.text, newline="")
        reader = csv.reader(stream, delimiter=source.delimiter)
        start = 1
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as e:
                yield RawRow(start, [], error=msg("unreadable CSV row ({error})", error=e))
                start = reader.line_num + 1
                continue
            row = RawRow(start, cells)
            if self.bad_lines:
                self._note_bad_bytes(row, start, reader.line_num)
            start = reader.line_num + 1
            yield row

    def _note_bad_bytes(self, row: RawRow, first: int, last: int) -> None:
        """A row holding bytes that were replaced by U+FFFD says so (in the import report)."""
        at = bisect.bisect_left(self.bad_lines, first)
        if at < len(self.bad_lines) and self.bad_lines[at] <= last:
            row.warnings.append(msg("bytes that are not valid {encoding} were "
                                    "replaced by \ufffd", line=self.bad_lines[at],
                                    encoding=self.encoding))

    def rows(self, source: Source) -> Iterator[RawRow]:
        for row in self._all_rows(source):
            if row.line <= max(source.header_line, self.skip_lines):
                continue
            if not row.error and not any(c.strip() for c in row.cells):
                continue  # blank line
            yield row

    def estimated_rows(self, source: Source) -> int:
        lines = self.text.count("\n") + (not self.text.endswith("\n"))  # no line after the last \n
        return max(1, lines - source.header_line)
