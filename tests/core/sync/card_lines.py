"""What each line of a vCard means, for comparing a card before and after a round trip.

Written for the tests on purpose apart from ``cards.py`` (the code under test): lines are
unfolded at byte level (folds and quoted-printable soft breaks), values decoded (QP, CHARSET)
and unescaped, structured values split into parts (trailing empty parts dropped), parameter
names and values upper-cased and compared as a set (``TYPE=WORK,VOICE`` is
``type=WORK;type=VOICE``; a 2.1 bare ``WORK`` is ``TYPE=WORK``; CHARSET and ENCODING are how
the bytes were written, not what they say). A line in a group (``item1.TEL`` +
``item1.X-ABLabel``) carries the other lines of its group instead of the group's name, so a
label still belongs to its number whatever the group is called.
"""
from __future__ import annotations

import quopri
import re
from collections import Counter
from dataclasses import dataclass, replace

STRUCTURED = {"N", "ADR", "ORG", "GENDER", "CLIENTPIDMAP"}
TRANSPORT = {"CHARSET", "ENCODING"}
_ESCAPE = re.compile(r"\\([nN,;:\\])")


@dataclass(frozen=True)
class Parsed:
    group: str
    name: str
    params: frozenset
    value: object


@dataclass(frozen=True)
class Line:
    name: str
    params: frozenset
    value: object
    context: tuple = ()

    def __str__(self) -> str:
        params = ";".join(f"{k}={v}" for k, v in sorted(self.params))
        ctx = f"  [with {self.context}]" if self.context else ""
        return f"{self.name}{';' + params if params else ''}:{self.value}{ctx}"


def unfold(data: bytes) -> list[bytes]:
    out: list[bytes] = []
    for ln in re.split(rb"\r\n|\r|\n", data):
        if ln[:1] in (b" ", b"\t") and out:
            out[-1] += ln[1:]
        elif out and out[-1].endswith(b"=") and b"QUOTED-PRINTABLE" in head_of(out[-1]).upper():
            out[-1] = out[-1][:-1] + ln
        elif ln.strip():
            out.append(ln)
    return out


def head_of(line: bytes) -> bytes:
    quoted = False
    for i, b in enumerate(line):
        if b == 0x22:
            quoted = not quoted
        elif b == 0x3A and not quoted:
            return line[:i]
    return line


def _split(text: str, sep: str) -> list[str]:
    parts, buf, i = [], [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            buf.append(text[i:i + 2])
            i += 2
            continue
        if text[i] == sep:
            parts.append("".join(buf))
            buf = []
        else:
            buf.append(text[i])
        i += 1
    parts.append("".join(buf))
    return parts


def _unescape(text: str) -> str:
    return _ESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), text)


def _text(raw: bytes, charset: str) -> str:
    for name in filter(None, (charset, "utf-8", "gb18030")):
        try:
            return raw.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
    return raw.decode("latin-1")


def parse_line(line: bytes) -> Parsed:
    head = head_of(line)
    raw = line[len(head) + 1:]
    pieces = _split_quoted(head.decode("ascii", "replace"))
    group, _, name = pieces[0].strip().rpartition(".")
    params: set[tuple[str, str]] = set()
    plain: dict[str, str] = {}
    for p in pieces[1:]:
        if not p.strip():
            continue
        key, eq, values = p.partition("=")
        if not eq:  # vCard 2.1: a bare type or encoding
            key, values = ("ENCODING" if p.strip().upper() in ("QUOTED-PRINTABLE", "BASE64", "B")
                           else "TYPE"), p
        key = key.strip().upper()
        for v in values.replace('"', "").split(","):
            if v.strip():
                plain.setdefault(key, v.strip())
                if key not in TRANSPORT:
                    params.add((key, v.strip().upper()))
    name = name.strip().upper()
    encoding = plain.get("ENCODING", "").upper()
    if encoding in ("B", "BASE64") or name in ("PHOTO", "LOGO", "SOUND", "KEY") and \
            not raw.lower().startswith((b"http", b"data:")):
        value: object = re.sub(rb"\s", b"", raw).decode("ascii", "replace")
    else:
        if encoding == "QUOTED-PRINTABLE":
            raw = quopri.decodestring(raw)
        text = _text(raw, plain.get("CHARSET", "")).replace("\r\n", "\n").replace("\r", "\n")
        if name in STRUCTURED:
            parts = [_unescape(s).strip() for s in _split(text, ";")]
            while parts and not parts[-1]:
                parts.pop()
            value = tuple(parts)
        else:
            value = _unescape(text).strip()
    return Parsed(group.strip().upper(), name, frozenset(params), value)


def _split_quoted(head: str) -> list[str]:
    out, buf, quoted = [], [], False
    for ch in head:
        if ch == '"':
            quoted = not quoted
        if ch == ";" and not quoted:
            out.append("".join(buf))
            buf = []
        else:
            buf.append(ch)
    out.append("".join(buf))
    return out


def parse(card: bytes) -> list[Parsed]:
    """The card's lines between BEGIN and END (one card)."""
    lines = [parse_line(ln) for ln in unfold(card)]
    return [p for p in lines if p.name not in ("BEGIN", "END")]


def meanings(lines: list[Parsed]) -> Counter:
    groups: dict[str, list[Parsed]] = {}
    for p in lines:
        if p.group:
            groups.setdefault(p.group, []).append(p)
    out: Counter = Counter()
    for p in lines:
        others = [o for o in groups.get(p.group, []) if o is not p] if p.group else []
        context = tuple(sorted((o.name, str(o.value)) for o in others))
        out[Line(p.name, p.params, p.value, context)] += 1
    return out


def missing(before: list[Parsed], after: list[Parsed], ignore=lambda line: False) -> list[Line]:
    """The lines of ``before`` whose meaning ``after`` no longer has (each counted)."""
    lost = meanings(before) - meanings(after)
    return sorted((line for line in lost.elements() if not ignore(line)), key=str)


def with_value(lines: list[Parsed], old: Parsed, value: object) -> list[Parsed]:
    return [replace(p, value=value) if p is old else p for p in lines]


def is_pref(p: Parsed) -> bool:
    return ("TYPE", "PREF") in p.params or any(k == "PREF" for k, _ in p.params)
