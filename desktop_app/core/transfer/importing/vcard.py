"""A tolerant vCard 2.1 / 3.0 / 4.0 reader of our own.

vobject fails 9 of the 14 real files in shared/corpus (quoted-printable 2.1, folded photos,
folds that split a UTF-8 character, GBK text, a line without a colon) and stops at the first
bad card. This reader works on bytes: it undoes line folding and quoted-printable soft breaks
before decoding (a fold may split a UTF-8 sequence), decodes each value with its CHARSET (else
UTF-8, else GB18030), skips binary values (photos, sounds, keys) without decoding them, caps
nesting depth and value size, and reports a broken card while reading the rest.

``vcard_row`` turns the cards into rows under our own export's headers.
"""
from __future__ import annotations

import binascii
import quopri
import re
from dataclasses import dataclass, field
from typing import Iterator

from desktop_app.core.contacts import naming_tag
from desktop_app.core.messages import msg
from desktop_app.core.transfer.importing.encoding import looks_chinese, sniff_bom, \
    text_encoding
from desktop_app.core.transfer.importing.headers import phone_label

MAX_DEPTH = 4  # a card inside a card (2.1 AGENT) is legal; deeper is an attack
MAX_VALUE = 16 * 1024 * 1024  # one text property; a bigger one is dropped, the card kept
BIG_BINARY = 2 * 1024 * 1024  # a photo (never kept) this large is mentioned in the report
MAX_PROPERTIES = 5000  # per card
X_PREFIX = "X-CONTACT-BOOK-"
BINARY = {"PHOTO", "LOGO", "SOUND", "KEY"}
_LINE = re.compile(rb"\r\n|\r|\n")
_AGENT = re.compile(rb"^\s*(?:[\w-]+\.)?AGENT\s*[;:]", re.IGNORECASE)  # 2.1: a card follows
_NEWLINE_ESCAPE = re.compile(r"\\([nN,;:\\])")


@dataclass
class Prop:
    group: str
    name: str
    params: dict[str, list[str]]
    value: str
    line: int


@dataclass
class Card:
    line: int
    props: list[Prop] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: str = ""

    def all(self, name: str) -> list[Prop]:
        return [p for p in self.props if p.name == name]

    def first(self, name: str) -> str:
        for p in self.props:
            if p.name == name and p.value.strip():
                return p.value
        return ""


# --- bytes -> logical lines -------------------------------------------------------------------

def _physical_lines(data: bytes) -> list[bytes]:
    return _LINE.split(data)


_BINARY_HEAD = re.compile(rb"^\s*(?:[\w-]+\.)?(?:PHOTO|LOGO|SOUND|KEY)\b|ENCODING=(?:B|BASE64)\b|"
                          rb";\s*BASE64\b", re.IGNORECASE)
_BEGIN = re.compile(rb"BEGIN:VCARD", re.IGNORECASE)
_QP = re.compile(rb"QUOTED-PRINTABLE", re.IGNORECASE)


def _is_qp(head: bytes) -> bool:
    return _QP.search(head) is not None


def logical_lines(data: bytes) -> Iterator[tuple[int, bytes]]:
    """Unfold: a line starting with space/tab continues the previous one (one blank removed);
    a quoted-printable value ending in '=' continues on the next line (2.1 soft break)."""
    lines = _physical_lines(data)
    i, n = 0, len(lines)
    while i < n:
        start = i
        line = lines[i]
        i += 1
        if not line.strip():
            continue
        parts = [line]
        size = len(line)
        colon = line.find(b":", 0, MAX_HEAD)
        qp = colon > 0 and _is_qp(line[:colon])
        binary = colon > 0 and _BINARY_HEAD.search(line[:colon]) is not None
        if binary:
            parts = [line[:colon + 1]]  # photos are skipped: never joined, never decoded
        while i < n:
            nxt = lines[i]
            if nxt[:1] in (b" ", b"\t") and nxt.strip():
                piece = nxt[1:]
            elif qp and parts[-1].endswith(b"=") and nxt and not nxt.upper().startswith(
                    (b"END:VCARD", b"BEGIN:VCARD")):
                parts[-1] = parts[-1][:-1]
                piece = nxt
            elif (nxt[:1] in (b" ", b"\t") or not nxt) and not qp and i + 1 < n \
                    and lines[i + 1][:1] in (b" ", b"\t") and lines[i + 1].strip():
                i += 1  # a blank line inside folded base64 (Outlook)
                continue
            else:
                break
            i += 1
            size += len(piece)
            if size <= MAX_VALUE + 4096 and not binary:
                parts.append(piece)
        if binary:
            yield start + 1, parts[0] + (b"\x00TOO-LARGE" if size > BIG_BINARY else b"")
        else:
            yield start + 1, (b"".join(parts) if size <= MAX_VALUE + 4096 else
                              parts[0][:MAX_HEAD] + b"\x00TOO-LARGE")


def _split_outside_quotes(text: str, sep: str) -> list[str]:
    if '"' not in text:
        return text.split(sep)
    out, buf, quoted = [], [], False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        if ch == sep and not quoted:
            out.append("".join(buf))
            buf = []
        else:
            buf.append(ch)
    out.append("".join(buf))
    return out


MAX_HEAD = 8192  # name and parameters


def _find_colon(line: bytes) -> int:
    """The colon ending name and parameters (a quoted parameter may hold colons: GEO="geo:")."""
    first = line.find(b":", 0, MAX_HEAD)
    if first < 0 or b'"' not in line[:first]:
        return first
    quoted = False
    for i, b in enumerate(line[:MAX_HEAD]):
        if b == 0x22:
            quoted = not quoted
        elif b == 0x3A and not quoted:
            return i
    return -1


def _parse_head(head: str) -> tuple[str, str, dict[str, list[str]]]:
    if ";" not in head:
        group, _, name = head.strip().rpartition(".")
        return group.upper(), name.upper(), {}
    pieces = _split_outside_quotes(head, ";")
    name = pieces[0].strip()
    group = ""
    if "." in name:
        group, name = name.rsplit(".", 1)
    params: dict[str, list[str]] = {}
    for p in pieces[1:]:
        p = p.strip()
        if not p:
            continue
        if "=" in p:
            key, value = p.split("=", 1)
            key = key.strip().upper()
            values = [v.strip() for v in value.replace('"', "").split(",")]
        else:  # vCard 2.1: a bare type ("WORK", "QUOTED-PRINTABLE", "CHARSET" needs "=")
            key, values = "TYPE", [p]
            if p.upper() in ("QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT", "B"):
                key = "ENCODING"
        params.setdefault(key, []).extend(v for v in values if v)
    return group.upper(), name.upper(), params


def _decode_text(raw: bytes, charset: str) -> str:
    """A value's CHARSET, else UTF-8, else GB18030 if it reads as Chinese, else Windows-1252."""
    for name in filter(None, (charset, "utf-8")):
        try:
            return raw.decode(name)
        except (UnicodeDecodeError, LookupError, ValueError):
            continue
    try:
        text = raw.decode("gb18030")
        if looks_chinese(text):
            return text
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        return raw.decode("utf-8", errors="replace")


def unescape(value: str) -> str:
    return _NEWLINE_ESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def split_structured(value: str, sep: str = ";") -> list[str]:
    """Split at unescaped ``sep`` and unescape each part (N, ADR, ORG)."""
    parts, buf, i = [], [], 0
    while i < len(value):
        ch = value[i]
        if ch == "\\" and i + 1 < len(value):
            buf.append(value[i:i + 2])
            i += 2
            continue
        if ch == sep:
            parts.append(unescape("".join(buf)))
            buf = []
        else:
            buf.append(ch)
        i += 1
    parts.append(unescape("".join(buf)))
    return parts


# --- logical lines -> cards -------------------------------------------------------------------

def read_cards(data: bytes) -> Iterator[Card]:
    bom = sniff_bom(data)
    if bom and bom != "utf-8-sig":
        data = data.decode(bom, errors="replace").encode("utf-8")
    elif bom:
        data = data[3:]
    card: Card | None = None
    depth = 0
    skipping = False  # inside a card that was rejected, until its END at depth 0
    after_agent = False
    for line_no, raw in logical_lines(data):
        upper = raw[:24].strip().upper()
        if upper.startswith(b"BEGIN:VCARD"):
            if card is not None and not after_agent:
                # no END:VCARD before the next card: close it rather than swallow the rest
                if not card.error:
                    card.warnings.append(msg("no END:VCARD before the next card"))
                yield card
                card = None
            if card is None:
                card, depth, skipping, after_agent = Card(line_no), 1, False, False
                continue
            after_agent = False
            depth += 1
            if depth > MAX_DEPTH and not skipping:
                card.error = msg("cards nested more than {depth} deep (AGENT); card refused", depth=MAX_DEPTH)
                skipping = True
            continue
        after_agent = bool(_AGENT.match(raw))
        if upper.startswith(b"END:VCARD"):
            if card is None:
                continue  # a stray END
            depth -= 1
            if depth == 0:
                yield card
                card = None
            continue
        if card is None or skipping or depth > 1:
            continue  # text between cards, or a nested (AGENT) card's lines
        if len(card.props) >= MAX_PROPERTIES:
            if not card.error:
                card.error = msg("more than {count} properties; card refused", count=MAX_PROPERTIES)
                skipping = True
            continue
        _add_property(card, line_no, raw)
    if card is not None:
        if not card.error and card.props:
            card.warnings.append(msg("the file ends before END:VCARD"))
        elif not card.error:
            card.error = msg("the file ends inside an empty card")
        yield card


def _add_property(card: Card, line_no: int, raw: bytes) -> None:
    colon = _find_colon(raw)
    if colon <= 0:
        text = _decode_text(raw[:120], "")[:40]  # as text (GB18030 read as Chinese), not bytes
        card.warnings.append(msg("no ':' in “{text}”, ignored", line=line_no, text=text))
        return
    head = raw[:colon].decode("ascii", errors="replace")
    value = raw[colon + 1:]
    group, name, params = _parse_head(head)
    encoding = ",".join(params.get("ENCODING", [])).upper()
    if name in BINARY or encoding in ("B", "BASE64") or \
            any(v.upper() == "BASE64" for v in params.get("TYPE", [])):
        if value.endswith(b"\x00TOO-LARGE"):
            card.warnings.append(msg("{name} over {mb} MB, skipped",
                                     line=line_no, name=name, mb=BIG_BINARY // 2**20))
        return  # photos and keys are not kept; never decoded, never an error
    if value.endswith(b"\x00TOO-LARGE"):
        card.warnings.append(msg("{name} over {mb} MB, dropped", line=line_no, name=name, mb=MAX_VALUE // 2**20))
        return
    qp_ok = True
    if "QUOTED-PRINTABLE" in encoding:
        qp_ok = not _BAD_QP.search(value)
        try:
            value = quopri.decodestring(value)
        except (ValueError, binascii.Error):
            qp_ok = False
    charset = (params.get("CHARSET") or [""])[0]
    if charset and not text_encoding(charset):
        card.warnings.append(msg("unknown CHARSET {charset!r} in {name}; read as "
                                 "UTF-8", line=line_no, charset=charset, name=name))
        charset = ""
    text = _decode_text(value, charset)
    if not qp_ok or ("QUOTED-PRINTABLE" in encoding and not _decodes(value, charset)):
        card.warnings.append(msg("bad quoted-printable in {name}; the text may "
                                 "read wrong: {text}", line=line_no, name=name, text=text[:40]))
    card.props.append(Prop(group, name, params, text, line_no))


# "=" not followed by two hex digits (a soft line break was already joined)
_BAD_QP = re.compile(rb"=(?![0-9A-Fa-f]{2})")


def _decodes(raw: bytes, charset: str) -> bool:
    """The bytes are text in the card's CHARSET, else UTF-8, else GB18030 (as Chinese)."""
    for name in filter(None, (charset, "utf-8")):
        try:
            raw.decode(name)
            return True
        except UnicodeDecodeError:
            continue
    try:
        return looks_chinese(raw.decode("gb18030"))
    except UnicodeDecodeError:
        return False


# --- card -> row under our export headers -----------------------------------------------------

def labels_by_group(card: Card) -> dict[str, str]:
    return {p.group: p.value for p in card.all("X-ABLABEL") if p.group}


def apple_label(text: str) -> str:
    """Apple's built-in labels ("_$!<Mobile>!$_") in our words; any other label as it is."""
    text = text.strip()
    if text.startswith("_$!<") and text.endswith(">!$_"):
        return phone_label(text)
    return text


def tel_label(prop: Prop, labels: dict[str, str]) -> str:
    """The phone label of a TEL: its Apple group label, X-LABEL, else its TYPE."""
    if prop.group and prop.group in labels:
        return apple_label(labels[prop.group])
    for explicit in prop.params.get("X-LABEL", []):
        return explicit
    types = [t.upper() for t in prop.params.get("TYPE", [])]
    for t in ("CELL", "FAX", "PAGER", "WORK", "HOME"):
        if t in types:
            return phone_label(t)
    return ""


X_FIELDS = (("CITY", "city"), ("COMPANY", "company"), ("PRODUCT", "product"),
            ("DEAL-SIZE", "deal_size"), ("NAME", "name"), ("TITLE", "title"),
            ("SOURCE", "source"), ("TAG-EXTRA", "tag_extra"))


def is_tag(text: str) -> bool:
    """A full name that follows the naming-tag convention: five or more parts."""
    return len(naming_tag._SPLIT.split(text.strip())) >= 5


def card_count(data: bytes) -> int:
    """How many cards the bytes begin (for a progress bar: no card is read)."""
    return sum(1 for _ in _BEGIN.finditer(data))
