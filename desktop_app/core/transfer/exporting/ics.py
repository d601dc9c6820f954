"""RFC 5545 (iCalendar) / RFC 6350 (vCard) text: escaping and line folding.

Used by the vCard writer and by the .ics export of touchpoints (``core.transfer.ics``). ``escape_text``
makes CR/LF, ";", "," and "\\" harmless, so no value can start a new property or component;
``fold`` keeps every physical line within 75 octets without splitting a UTF-8 character.
"""
from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")  # CTLs other than HTAB are not allowed
_PARAM_BAD = re.compile(r'[\x00-\x1f\x7f"]')
LIMIT = 75


def escape_text(value: str) -> str:
    """TEXT value escaping: \\ ; , and newlines (any of CRLF, CR, LF becomes \\n)."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
             .replace("\n", "\\n"))
    return _CONTROL.sub("", value)


def param_value(value: str) -> str:
    """A parameter value: no quotes or control characters; quoted if it holds : ; or ,."""
    value = _PARAM_BAD.sub("", value.replace("\r", " ").replace("\n", " "))
    return f'"{value}"' if any(ch in value for ch in ":;,") else value


def fold(line: str) -> str:
    """One content line -> CRLF-terminated physical lines of at most 75 octets each."""
    data = line.encode("utf-8")
    if len(data) <= LIMIT:
        return line + "\r\n"
    out, start, limit = [], 0, LIMIT
    while start < len(data):
        end = min(start + limit, len(data))
        while end < len(data) and (data[end] & 0xC0) == 0x80:
            end -= 1  # do not cut inside a UTF-8 sequence
        out.append(data[start:end].decode("utf-8"))
        start, limit = end, LIMIT - 1  # continuation lines begin with one space
    return "\r\n ".join(out) + "\r\n"


def content_line(name: str, value: str, params: dict[str, str] | None = None, *,
                 raw: bool = False) -> str:
    """``NAME;P=v:value`` folded; ``value`` is escaped unless ``raw`` (already structured)."""
    head = name + "".join(f";{k}={param_value(v)}" for k, v in (params or {}).items())
    return fold(f"{head}:{value if raw else escape_text(value)}")
