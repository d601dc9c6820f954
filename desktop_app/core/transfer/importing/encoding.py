"""Guess the text encoding of a file from other tools.

Order: a BOM; UTF-16 without a BOM (NUL bytes in every other position); UTF-8; GB18030 (what
Chinese Excel and WPS save as "CSV" — a superset of GBK that decodes 4-byte characters such as
𠀀); Windows-1252 (European Outlook exports). A decode never fails: the last resort is UTF-8
with replacement characters, and the caller gets a warning.

A file pasted together from two sources (a UTF-8 export with a few rows typed in a GBK
editor, or the reverse) is valid in neither encoding throughout. Read whole as one of them,
the other's lines came out as mojibake (a short file: every UTF-8 line read as GB18030, with
no warning) or as U+FFFD (a longer one). ``decode_lines`` reads such a file line by line, each
line in the encoding it is valid in, and warns naming the lines in the minority encoding: no
character is lost and the user knows which rows to check. A line counts as UTF-8 only when it
is valid UTF-8 *and* reads as Chinese (GBK text is valid UTF-8 by chance in a few short lines,
but then reads as Latin or Cyrillic letters) or, beside Windows-1252, holds a multi-byte
character; a UTF-8 line with one stray byte stays UTF-8 (its byte replaced, as before).
"""
from __future__ import annotations

import codecs
import re
import threading

from desktop_app.core.messages import msg

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Han ideographs (BMP and the supplementary planes), CJK punctuation, full-width forms
_CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
                  r"\U00020000-\U0003134f]")


def sniff_bom(data: bytes) -> str | None:
    for bom, name in BOMS:
        if data.startswith(bom):
            return name
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd > half * 0.3 and even < half * 0.05:
        return "utf-16-le"
    if even > half * 0.3 and odd < half * 0.05:
        return "utf-16-be"
    return None


def looks_chinese(text: str) -> bool:
    """Most non-ASCII characters of a GB18030 decoding are Han or CJK punctuation."""
    text = text[:200_000]
    non_ascii = sum(1 for ch in text if ord(ch) > 127)
    if not non_ascii:
        return True
    return len(_CJK.findall(text)) >= 0.8 * non_ascii


# UTF-8 with a few bad bytes (a file cut inside a character, one stray byte) is still UTF-8:
# at most MAX_BAD_UTF8 invalid bytes, and at least GOOD_PER_BAD valid non-ASCII characters for
# each. GBK/GB18030 text read as UTF-8 fails on most of its characters, so it never passes.
MAX_BAD_UTF8 = 1000
GOOD_PER_BAD = 4

_recording = threading.local()


class _TooManyBad(Exception):
    pass


def _record_bad(error: UnicodeDecodeError):
    bad = _recording.offsets
    bad.append(error.start)
    if len(bad) > _recording.limit:
        raise _TooManyBad()
    return "\ufffd", error.end


codecs.register_error("contact_book_record", _record_bad)


def decode_recording(data: bytes, name: str, limit: int = 1 << 62) -> tuple[str, list[int]]:
    """``data`` decoded with every invalid byte sequence replaced by U+FFFD, and the byte
    offsets where they were. Raises ``_TooManyBad`` past ``limit`` bad sequences."""
    _recording.offsets, _recording.limit = [], limit
    try:
        text = data.decode(name, errors="contact_book_record")
        return text, _recording.offsets
    finally:
        _recording.offsets = []


def _mostly_utf8(data: bytes) -> bool:
    """Valid UTF-8 but for a few bad bytes among plenty of good multi-byte characters."""
    try:
        text, bad = decode_recording(data, "utf-8", MAX_BAD_UTF8)
    except _TooManyBad:
        return False
    if not bad:
        return True
    good = sum(1 for ch in text if ord(ch) > 127) - text.count("\ufffd") \
        + data.count(b"\xef\xbf\xbd")  # a U+FFFD written in the file is a good character
    return good >= GOOD_PER_BAD * len(bad)


def lines_of(data: bytes, offsets: list[int]) -> list[int]:
    """The 1-based line of each byte offset, in order, counting line ends as the CSV reader
    does: CR LF, LF, or CR alone (old Mac Excel). An offset is a replaced byte, never CR or LF,
    so no CR LF pair is split between two counts."""
    lines, line, pos = [], 1, 0
    for offset in sorted(offsets):
        line += (data.count(b"\n", pos, offset) + data.count(b"\r", pos, offset)
                 - data.count(b"\r\n", pos, offset))
        pos = offset
        lines.append(line)
    return lines


def detect(data: bytes) -> str:
    """The encoding name to decode ``data`` with (see ``decode``)."""
    bom = sniff_bom(data)
    if bom:
        return bom
    utf16 = _utf16_without_bom(data)
    if utf16:
        return utf16
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        return "utf-8"
    try:
        text = data.decode("gb18030")
        if looks_chinese(text):
            return "gb18030"
    except UnicodeDecodeError:
        pass
    try:
        data.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        return "gb18030"


def text_encoding(name: str) -> bool:
    """A codec that turns bytes into text and takes our error handler (an import's
    ``--encoding``, a vCard's CHARSET): not a bytes-to-bytes one (rot13, base64, zlib:
    LookupError), not ``undefined`` or ``idna`` (UnicodeError), not a NUL in the name."""
    try:
        codecs.lookup(name)
        decode_recording(b"\x80a,b\n", name)
    except (LookupError, ValueError, TypeError, UnicodeError):
        return False
    return True


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str, list[str]]:
    """``(text, encoding, warnings)``; ``encoding`` overrides the guess (the wizard's choice)."""
    text, name, warnings, _ = decode_lines(data, encoding)
    return text, name, warnings


def _utf8_or_none(line: bytes) -> str | None:
    """``line`` decoded as UTF-8, None when it is not valid UTF-8. Without an exception: a
    100,000-line GBK file fails on every line, and raising cost 3x the file's whole decode."""
    text = line.decode("utf-8", "replace")
    if "\ufffd" in text and text.count("\ufffd") > line.count(b"\xef\xbf\xbd"):
        return None
    return text


def _reads_as_utf8(line: bytes, other: str) -> bool:
    """``line`` (not ASCII) is UTF-8 rather than ``other`` (GB18030 or Windows-1252)."""
    text = _utf8_or_none(line)
    if text is None:
        return False
    if other != "gb18030":
        return True  # Windows-1252 text is hardly ever valid UTF-8 (Ã© and the like)
    # Chinese, or not GB18030 at all (a UTF-8 name of one character: 王,...)
    return len(_CJK.findall(text)) >= 2 and looks_chinese(text) or not _valid(line, other)


def _reads_as_gb18030(line: bytes) -> bool:
    """``line`` (not valid UTF-8) is GBK/GB18030 text, not UTF-8 with a stray or cut byte:
    read as UTF-8, GBK gives hardly any valid character (a few by chance) and a bad sequence
    for most of its characters; UTF-8 with a stray byte gives at least two good characters
    and no more bad sequences than good characters."""
    text, bad = decode_recording(line, "utf-8")
    good = sum(1 for ch in text if ord(ch) > 127) - text.count("\ufffd")
    if good >= max(2, len(bad)):
        return False
    try:
        return looks_chinese(line.decode("gb18030"))
    except UnicodeDecodeError:
        return False


def _line_numbers(numbers: list[int], shown: int = 10) -> str:
    text = ", ".join(str(n) for n in numbers[:shown])
    return text if len(numbers) <= shown else f"{text}, …"


def _per_line(data: bytes, name: str) -> tuple[str, str, list[str], list[int]] | None:
    """``decode_lines`` of a file whose lines are partly UTF-8, partly GB18030 (or Windows-
    1252): each line in its own encoding. None when the file is in one encoding (``name``)."""
    # with their ends: CR LF, LF, or CR alone (old Mac Excel), as the CSV reader counts lines;
    # neither byte is ever inside a UTF-8, GB18030 or 1252 character
    lines = data.splitlines(keepends=True)
    if name == "utf-8":
        alt = "gb18030"
        moved = {i for i, line in enumerate(lines) if not line.isascii()
                 and _utf8_or_none(line) is None and _reads_as_gb18030(line)}
    else:
        alt = "utf-8"
        moved = {i for i, line in enumerate(lines) if not line.isascii()
                 and _reads_as_utf8(line, name)}
    if not moved:
        return None
    texts, bad_lines, replaced = [], [], 0
    for i, line in enumerate(lines):
        if i in moved:
            texts.append(line.decode(alt))
            continue
        text, offsets = decode_recording(line, name)
        if offsets:
            bad_lines.append(i + 1)
            replaced += len(offsets)
        texts.append(text)
    non_ascii = sum(1 for line in lines if not line.isascii())
    main, minority = name, sorted(i + 1 for i in moved)
    if len(moved) * 2 > non_ascii:  # most lines are in the other encoding: name that one
        main, alt = alt, name
        minority = [i + 1 for i, line in enumerate(lines) if i not in moved and
                    not line.isascii()]
    if len(minority) == 1:
        warnings = [msg("The file mixes two encodings: line {lines} is {other}, the rest "
                        "{name}. Each line was read in its own encoding; check that row.",
                        lines=minority[0], other=_label(alt), name=_label(main))]
    else:
        warnings = [msg("The file mixes two encodings: {count} lines are {other} ({lines}), "
                        "the rest {name}. Each line was read in its own encoding; check those "
                        "rows.", count=len(minority), lines=_line_numbers(minority),
                        other=_label(alt), name=_label(main))]
    if replaced:
        warnings.append(msg("{count} bytes are not valid {name} (the first on line {line}); "
                            "they were replaced by \ufffd", count=replaced, name=name,
                            line=bad_lines[0]))
    text = "".join(texts)
    return (text[1:] if text.startswith("\ufeff") else text), main, warnings, bad_lines


def _gbk_beside_utf8(data: bytes) -> bool:
    """``data``, guessed Windows-1252, is GBK/GB18030 with some UTF-8 lines: a UTF-8 run of an
    odd number of characters (王, 张伟强) leaves the whole file invalid GB18030, and every GBK
    line was read as Windows-1252 (ÐÕÃû...). The lines that are not UTF-8 must be valid GB18030
    and read as Chinese, as ``detect`` asks of a whole GBK file."""
    utf8, others = False, []
    for line in data.splitlines():
        if line.isascii():
            continue
        if _valid(line, "utf-8"):
            utf8 = True
        elif _valid(line, "gb18030"):
            others.append(line)
        else:
            return False
    return utf8 and bool(others) and looks_chinese(b"\n".join(others).decode("gb18030"))


def _valid(data: bytes, name: str) -> bool:
    try:
        data.decode(name)
        return True
    except UnicodeDecodeError:
        return False


def _label(name: str) -> str:
    return {"utf-8": "UTF-8", "gb18030": "GBK/GB18030", "cp1252": "Windows-1252"}.get(name, name)


def decode_lines(data: bytes, encoding: str | None = None
                 ) -> tuple[str, str, list[str], list[int]]:
    """``decode``, and the lines (1-based, in order) where bytes were replaced by U+FFFD.
    A guessed encoding that does not fit every line: each line in its own (``_per_line``)."""
    warnings: list[str] = []
    name = encoding or detect(data)
    if not text_encoding(name):
        warnings.append(msg("unknown encoding {name!r}; guessed instead", name=name))
        name, encoding = detect(data), None
    if encoding is None and name == "cp1252" and _gbk_beside_utf8(data):
        name = "gb18030"
    if encoding is None and name in ("utf-8", "utf-8-sig", "gb18030", "cp1252") and not (
            name.startswith("utf-8") and _valid(data, name)):
        bom = name == "utf-8-sig"
        mixed = _per_line(data[len(codecs.BOM_UTF8):] if bom else data, "utf-8" if bom else name)
        if mixed is not None:
            text, found, warnings, bad_lines = mixed
            return text, ("utf-8-sig" if bom and found == "utf-8" else found), warnings, bad_lines
    bad_lines: list[int] = []
    try:
        text = data.decode(name)
    except UnicodeDecodeError:
        text, offsets = decode_recording(data, name)
        bad_lines = lines_of(data, offsets)
        warnings.append(msg("{count} bytes are not valid {name} (the first on line {line}); they "
                            "were replaced by \ufffd", count=len(offsets), name=name,
                            line=bad_lines[0] if bad_lines else 0))
    if text.startswith("\ufeff"):
        text = text[1:]
    return text, name, warnings, bad_lines
