"""The lines of a card on the server, sorted into ours and the phone's, and our lines written
back over the phone's own (``Template``).

A card comes back from a sync as the phone wrote it, but for what was changed here: each line
we own (FN, N, ORG, TITLE, TEL and its ``X-ABLabel``, the first EMAIL and NOTE, X-WECHAT) is
written again byte for byte while it still says what the contact says; a changed value keeps
the line's group and parameters (TYPE, PREF, VALUE=uri, X-EVOLUTION-UI-SLOT, ...). A phone
number is matched to the line it came from: the same number and label (the line as it was),
the same number under a label changed here (the new TYPE, PREF kept), then the same label in
order (new digits in the old line). What no line matches is written fresh.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from desktop_app.core.contacts.phones import normalize as normalize_phone
from desktop_app.core.transfer.exporting.ics import (
    content_line,
    escape_text,
    fold,
    param_value,
)
from desktop_app.core.transfer.exporting.vcard_writer import X as X_PREFIX
from desktop_app.core.transfer.importing.vcard import (
    logical_lines,
    read_cards,
    split_structured,
    tel_label,
    unescape,
)

STRUCTURE = {"BEGIN", "END", "VERSION", "UID", "PRODID"}
TEL_TYPES = {"手机": "CELL", "办公": "WORK", "工作": "WORK", "家庭": "HOME", "住宅": "HOME",
             "传真": "FAX", "寻呼机": "PAGER"}
_LINE = re.compile(rb"\r\n|\r|\n")
_GROUP = re.compile(rb"^\s*([A-Za-z0-9-]+)\.")
_TRANSPORT = {"ENCODING", "CHARSET"}  # how the phone's bytes were written, not what they say


def spans(data: bytes) -> list[tuple[int, bytes]]:
    """Each property's first line number and its physical lines, byte for byte (CRLF)."""
    physical = _LINE.split(data)
    starts = [line for line, _ in logical_lines(data)]
    out = []
    for k, start in enumerate(starts):
        end = starts[k + 1] - 1 if k + 1 < len(starts) else len(physical)
        chunk = list(physical[start - 1:end])
        while len(chunk) > 1 and not chunk[-1].strip() and not chunk[-2].endswith(b"="):
            chunk.pop()  # a blank line after a quoted-printable soft break ends the value
        out.append((start, b"\r\n".join(chunk) + b"\r\n"))
    return out


def head_name(raw: bytes) -> tuple[str, str]:
    head = re.split(rb"[;:]", raw, maxsplit=1)[0].decode("ascii", "replace").strip()
    group, _, name = head.rpartition(".")
    return group.upper(), name.upper()


def classify(data: bytes, card) -> list[tuple[bytes, object, str]]:
    """``(raw, prop, role)`` of each property of ``card`` (read from ``data``), structure lines
    left out. ``role`` is what we own of it (FN, N, ORG, TITLE, TEL, TEL-LABEL, EMAIL, NOTE,
    X-WECHAT, X for our X-CONTACT-BOOK-* lines), "" for the phone's own."""
    by_line = {p.line: p for p in card.props}
    tel_groups = {p.group for p in card.props if p.name == "TEL" and p.group}
    out = []
    seen_email = seen_note = False
    for line, raw in spans(data):
        prop = by_line.get(line)
        group, name = (prop.group, prop.name) if prop else head_name(raw)
        if name in STRUCTURE:
            continue
        role = ""
        if prop is not None:
            if name in ("FN", "N", "ORG", "TITLE", "TEL", "X-WECHAT"):
                role = name
            elif name.startswith(X_PREFIX):
                role = "X"
            elif name == "X-ABLABEL" and group in tel_groups:
                role = "TEL-LABEL"
            elif name == "EMAIL" and not seen_email and "@" in prop.value:
                role = seen_email = "EMAIL"
            elif name == "NOTE" and not seen_note:
                role = seen_note = "NOTE"
        out.append((raw, prop, role))
    return out


_NAME_LINE = re.compile(rb"(?im)^(?:[\w-]+\.)?(?:FN|N)[;:]")


def whole(kept: bytes) -> bool:
    """Whether a status row's ``kept`` is the server's whole card: every card read has FN or
    N, and before the whole card was kept they were never in it (a cheap test, every pass)."""
    return _NAME_LINE.search(kept) is not None


def tel_number(prop) -> str:
    number = unescape(prop.value).strip()
    return number[4:] if number.lower().startswith("tel:") else number


def _group_of(raw: bytes) -> str:
    m = _GROUP.match(raw)
    return m.group(1).decode("ascii") if m else ""


def _head(prop, raw: bytes, params: dict[str, list[str]] | None = None) -> str:
    """The line's group, name and parameters, for a new value: as the phone wrote them, but
    for new ``params`` or a 2.1 ENCODING/CHARSET (the new value is plain UTF-8)."""
    if params is None and not _TRANSPORT & set(prop.params):
        head = raw[:_colon(raw)].decode("utf-8", "replace")
        if head:
            return head
    group = _group_of(raw)
    params = prop.params if params is None else params
    return (group + "." if group else "") + prop.name + "".join(
        f";{k}=" + ",".join(param_value(v) for v in vs)
        for k, vs in params.items() if k not in _TRANSPORT and vs)


def _colon(raw: bytes) -> int:
    """Where the name and parameters end (a quoted parameter may hold a colon); 0: nowhere."""
    quoted = False
    for i, byte in enumerate(raw):
        if byte == 0x22:
            quoted = not quoted
        elif byte == 0x3A and not quoted:
            return i
    return 0


@dataclass
class _Tel:
    """A TEL line of the phone's card, and what it reads as (``[label, number]`` of a state)."""
    raw: bytes
    prop: object
    label_line: bytes | None
    label: str
    number: str
    key: str  # the number whatever its format (E.164 where it reads as one)
    used: bool = False

    def value(self, number: str) -> str:
        """A new number written the way the phone wrote this one (a ``tel:`` URI or text)."""
        if self.prop.value.strip().lower().startswith("tel:"):
            return "tel:" + number
        return escape_text(number)


class Template:
    """The server's card as last read (a status row's ``kept``): our lines to write over."""

    def __init__(self, kept: bytes):
        data = b"BEGIN:VCARD\r\n" + kept + b"END:VCARD\r\n"
        self.card = next(read_cards(data))
        self.lines = classify(data, self.card)
        self.first: dict[str, tuple[bytes, object]] = {}
        self.verbatim: list[bytes] = []
        labels = {}
        for raw, prop, role in self.lines:
            if role == "TEL-LABEL":
                labels.setdefault(prop.group, raw)
            elif role == "" or role in self.first:  # the phone's, or a 2nd ORG we never read
                self.verbatim.append(raw)
            elif role not in ("X", "TEL"):
                self.first[role] = (raw, prop)
        by_group = {p.group: p.value for p in self.card.all("X-ABLABEL") if p.group}
        self.tels: list[_Tel] = []
        for raw, prop, role in self.lines:
            number = tel_number(prop) if role == "TEL" else ""
            if number:
                n = normalize_phone(number, tel_label(prop, by_group))
                self.tels.append(_Tel(raw, prop, labels.get(prop.group) if prop.group else None,
                                      n.label, n.raw, n.e164 or n.digits))
        self.groups = {head_name(raw)[0] for raw, _, _ in self.lines} - {""}

    @classmethod
    def of(cls, kept: bytes) -> Template | None:
        """None for a status row written before the whole card was kept (no FN nor N in it)."""
        return cls(kept) if whole(kept) else None

    def says(self) -> dict[str, str]:
        """What the phone's own lines say of the fields we write over them (as read)."""
        out = {}
        for role, field in (("ORG", "company"), ("TITLE", "title"), ("EMAIL", "email"),
                            ("NOTE", "notes"), ("X-WECHAT", "wechat")):
            if role in self.first:
                value = self.first[role][1].value
                if role == "ORG":
                    out[field] = split_structured(value)[0].strip()
                elif role == "NOTE":
                    out[field] = unescape(value).replace("\r\n", "\n").replace("\r", "\n")
                else:
                    out[field] = unescape(value).strip()
        return out

    def n_parts(self) -> list[str]:
        return [p.strip() for p in split_structured(self.first["N"][1].value)] \
            if "N" in self.first else []

    def line(self, role: str, same: bool, value: str, fresh: str, raw: bool = False) -> bytes:
        """The ``role`` line for ``value``: the phone's as it was when ``same``; else its head
        with the new value (``raw``: already escaped); none for an empty value; ``fresh`` when
        the phone had none."""
        if role not in self.first:
            return fresh.encode("utf-8") if value else b""
        line, prop = self.first[role]
        if same:
            return line
        text = value if raw else escape_text(value)
        return _utf8(fold(f"{_head(prop, line)}:{text}")) if value else b""

    def org(self, same: bool, company: str) -> bytes:
        if "ORG" not in self.first:
            return _utf8(content_line("ORG", company)) if company else b""
        raw, prop = self.first["ORG"]
        if same:
            return raw
        units = split_structured(prop.value) or [""]
        units[0] = company
        if not any(u.strip() for u in units):
            return b""
        return _utf8(fold(f"{_head(prop, raw)}:" + ";".join(escape_text(u) for u in units)))

    def phones(self, phones: list) -> list[bytes]:
        """The TEL lines (with their labels) of ``phones`` ([label, raw] each), in order."""
        chosen: list[_Tel | None] = [None] * len(phones)
        rules = (lambda t, label, raw: (t.label, t.number) == (label, raw),  # as it was
                 lambda t, label, raw: t.key and t.key == _key(raw, label),  # relabelled here
                 lambda t, label, raw: t.label == label)  # new digits under the same label
        for rule in rules:
            for i, (label, raw) in enumerate(phones):
                if chosen[i] is None:
                    chosen[i] = next((t for t in self.tels if not t.used and rule(t, label, raw)),
                                     None)
                    if chosen[i] is not None:
                        chosen[i].used = True
        out: list[bytes] = []
        for (label, number), t in zip(phones, chosen):
            if t is None:  # a number new here
                group = self._new_group() if label else ""
                out.append(_utf8(fresh_tel(group, label, number)))
            elif (t.label, t.number) == (label, number):  # the phone's lines as they were
                out += [t.raw] + ([t.label_line] if t.label_line else [])
                continue
            elif t.label == label:  # new digits in the phone's line, its label line kept
                out.append(_utf8(fold(f"{_head(t.prop, t.raw)}:{t.value(number)}")))
                out += [t.label_line] if t.label_line else []
                continue
            else:  # relabelled here: the new type, the phone's PREF and other parameters kept
                params = dict(t.prop.params)
                pref = [v for v in params.get("TYPE", []) if v.upper() == "PREF"][:1]
                params["TYPE"] = [TEL_TYPES.get(label, "VOICE")] + pref
                params.pop("X-LABEL", None)
                group = _group_of(t.raw) or (self._new_group() if label else "")
                head = _head(t.prop, t.raw, params)
                head = head if _group_of(t.raw) or not group else f"{group}.{head}"
                out.append(_utf8(fold(f"{head}:{t.value(number)}")))
            if label:
                out.append(_utf8(content_line(f"{group}.X-ABLabel", label)))
        return out

    def _new_group(self) -> str:
        n = 1
        while f"CBTEL{n}" in self.groups:
            n += 1
        self.groups.add(f"CBTEL{n}")
        return f"cbtel{n}"

    def kept_lines(self, written: list[bytes]) -> bytes:
        """The phone's own lines; a group label left alone (its line went) goes with it."""
        groups = {head_name(line)[0] for line in written}
        groups |= {head_name(raw)[0] for raw in self.verbatim if head_name(raw)[1] != "X-ABLABEL"}
        return b"".join(raw for raw in self.verbatim
                        if head_name(raw)[1] != "X-ABLABEL" or head_name(raw)[0] in groups)


def _key(raw: str, label: str) -> str:
    n = normalize_phone(raw, label)
    return n.e164 or n.digits


def _utf8(text: str) -> bytes:
    return text.encode("utf-8")


def fresh_tel(group: str, label: str, number: str) -> str:
    if label:
        return content_line(f"{group}.TEL", number, {"TYPE": TEL_TYPES.get(label, "VOICE")})
    return content_line("TEL", number, {"TYPE": "VOICE"})
