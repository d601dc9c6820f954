"""A contact as a vCard on the server, and back: the mapping both sides of the sync agree on.

A contact's synced **state** is a plain dict ``{"fields": {...}, "phones": [[label, raw], ...]}``
(the editable fields of ``contacts.records``); ``kept`` is the bytes of every property of the
server's card that we do not own (PHOTO, ADR, BDAY, X-ABLabel of an address, a second EMAIL,
...), exactly as the server sent them; they are written back unchanged after our own lines.

We own FN (the naming tag), N, ORG, TITLE, TEL (with labels), the first EMAIL and NOTE, the
WeChat id (``X-WECHAT``) and ``X-CONTACT-BOOK-*`` (the tag fields and the stage, as our vCard
export writes them). Of ORG we own the first unit (the company): a phone's department after it
(``ORG:华夏餐饮;采购部``) is kept with the card's other lines and written back with our company.
Reading reuses the importer's tolerant reader (``importing.vcard``: charsets, quoted-printable,
folding); writing reuses the exporter's escaping and folding.

A phone that edits FN re-parses the tag into the seven fields; one that edits ORG or TITLE
changes the company or title (told apart from an FN edit by the state of the last sync, and by
the ``X-CONTACT-BOOK-*`` line we wrote beside it, which no phone shows). A card whose lines
disagree after a phone's edit is written again whole (``agrees``), so the next edit is
read against lines that agree.
"""
from __future__ import annotations

import hashlib
import json
import re
import uuid

from desktop_app.core.contacts import naming_tag
from desktop_app.core.contacts.phones import normalize as normalize_phone
from desktop_app.core.contacts.records import EDITABLE, clean_values, values_from_tag
from desktop_app.core.contacts.stages import find_stage
from desktop_app.core.errors import ContactBookError
from desktop_app.core.transfer.exporting.ics import content_line, escape_text
from desktop_app.core.transfer.exporting.vcard_writer import X as X_PREFIX
from desktop_app.core.transfer.importing.vcard import (
    X_FIELDS,
    is_tag,
    logical_lines,
    read_cards,
    split_structured,
    tel_label,
    unescape,
)

TAG_FIELDS = naming_tag.FIELDS + ("tag_extra",)
_X_NAME = {field: name for name, field in X_FIELDS}
_TEL_TYPES = {"手机": "CELL", "办公": "WORK", "工作": "WORK", "家庭": "HOME", "住宅": "HOME",
              "传真": "FAX", "寻呼机": "PAGER"}
_STRUCTURE = {"BEGIN", "END", "VERSION", "UID", "PRODID"}
_LINE = re.compile(rb"\r\n|\r|\n")
_FOLD = re.compile(rb"\r\n[ \t]")
_UID_NAMESPACE = uuid.UUID("5b0d6c2e-2f4b-4c38-9a57-0c61c2a1d7e3")


class CardError(ContactBookError):
    """A card on the server that cannot be read as a contact (the sync reports and skips it)."""


def empty_state() -> dict:
    return {"fields": {f: "" for f in EDITABLE} | {"stage": "lead"}, "phones": []}


def state_of(record) -> dict:
    """The synced state of a ``contacts.records.ContactRecord``. The grade is the one set by
    hand (``grade``, absent when none): the computed grade comes from each device's own log
    and would differ between two computers."""
    state = {"fields": {f: getattr(record, f) for f in EDITABLE},
             "phones": [[p.label, p.raw] for p in record.phones]}
    if record.grade_manual:
        state["grade"] = record.grade_manual
    return state


def content_hash(state: dict, kept: bytes) -> str:
    """Changed or not is decided by this hash, not by the etag (servers re-serialise)."""
    h = hashlib.sha256(json.dumps(state, sort_keys=True, ensure_ascii=False).encode("utf-8"))
    h.update(b"\x00" + _FOLD.sub(b"", kept))
    return h.hexdigest()


def contact_uid(device: str, contact_id: int) -> str:
    """The stable UID of a contact created here: the same on every pass (and after a crash
    between the upload and the status row, so the next pass recognises its own card)."""
    return str(uuid.uuid5(_UID_NAMESPACE, f"{device}/{contact_id}"))


def tag_of(fields: dict) -> str:
    return naming_tag.stored_tag(fields)


# --- writing ------------------------------------------------------------------------------

def to_card(uid: str, state: dict, kept: bytes = b"") -> bytes:
    """vCard 3.0 (what Apple and Android write): our lines, then the kept ones unchanged."""
    f = state["fields"]
    tag = tag_of(f)
    lines = ["BEGIN:VCARD\r\n", "VERSION:3.0\r\n", content_line("UID", uid),
             content_line("FN", tag), content_line("N", escape_text(tag) + ";;;;", raw=True)]
    kept, with_units = _company_into_kept_org(kept, f.get("company") or "")
    if f.get("company") and not with_units:
        lines.append(content_line("ORG", f["company"]))
    if f.get("title"):
        lines.append(content_line("TITLE", f["title"]))
    for i, (label, raw) in enumerate(state["phones"], start=1):
        if label:
            lines.append(content_line(f"cbtel{i}.TEL", raw, {"TYPE": _TEL_TYPES.get(label, "VOICE")}))
            lines.append(content_line(f"cbtel{i}.X-ABLabel", label))
        else:
            lines.append(content_line("TEL", raw, {"TYPE": "VOICE"}))
    if f.get("email"):
        lines.append(content_line("EMAIL", f["email"], {"TYPE": "INTERNET"}))
    if f.get("notes"):
        lines.append(content_line("NOTE", f["notes"]))
    if f.get("wechat"):
        lines.append(content_line("X-WECHAT", f["wechat"]))
    for field in TAG_FIELDS:
        if f.get(field):
            lines.append(content_line(X_PREFIX + _X_NAME[field], f[field]))
    lines.append(content_line(X_PREFIX + "STAGE", f.get("stage") or "lead"))
    if state.get("grade"):
        lines.append(content_line(X_PREFIX + "GRADE", state["grade"]))
    body = "".join(lines).encode("utf-8")
    if kept and not kept.endswith(b"\r\n"):
        kept += b"\r\n"
    return body + kept + b"END:VCARD\r\n"


def _company_into_kept_org(kept: bytes, company: str) -> tuple[bytes, bool]:
    """A kept ORG line (a department after the company) with ``company`` as its first unit:
    ``(kept, True)``; ``(kept, False)`` when no ORG line is kept."""
    if b"ORG" not in kept.upper():
        return kept, False
    out, found = [], False
    for _, raw in _spans(kept):
        group, name = _head_name(raw)
        if name == "ORG" and not found:
            found = True
            units = split_structured(next(read_cards(b"BEGIN:VCARD\r\n" + raw +
                                                     b"END:VCARD\r\n")).first("ORG"))
            units[0] = company
            line = content_line((group + "." if group else "") + "ORG",
                                ";".join(escape_text(u) for u in units), raw=True)
            out.append(line.encode("utf-8"))
        else:
            out.append(raw)
    return b"".join(out), found


def _has_units(prop) -> bool:
    """An ORG with more than the company in it (``华夏餐饮;采购部``)."""
    return any(u.strip() for u in split_structured(prop.value)[1:])


# --- reading ------------------------------------------------------------------------------

def _spans(data: bytes) -> list[tuple[int, bytes]]:
    """Each property's first line number and its physical lines, byte for byte (CRLF)."""
    physical = _LINE.split(data)
    starts = [line for line, _ in logical_lines(data)]
    spans = []
    for k, start in enumerate(starts):
        end = starts[k + 1] - 1 if k + 1 < len(starts) else len(physical)
        chunk = [ln for ln in physical[start - 1:end]]
        while chunk and not chunk[-1].strip():
            chunk.pop()
        spans.append((start, b"\r\n".join(chunk) + b"\r\n"))
    return spans


def _head_name(raw: bytes) -> tuple[str, str]:
    head = re.split(rb"[;:]", raw, maxsplit=1)[0].decode("ascii", "replace").strip()
    group, _, name = head.rpartition(".")
    return group.upper(), name.upper()


def from_card(data: bytes, previous: dict | None = None) -> tuple[str, dict, bytes]:
    """``(uid, state, kept)`` of one card; ``previous``: the state of the last sync, to tell
    an ORG/TITLE edit from an FN edit. CardError for what is not one readable vCard."""
    cards = list(read_cards(data))
    if len(cards) != 1 or cards[0].error:
        problem = cards[0].error if cards and cards[0].error else f"{len(cards)} cards"
        raise CardError("not one readable vCard ({problem})", problem=problem)
    card = cards[0]
    by_line = {p.line: p for p in card.props}
    tel_groups = {p.group for p in card.props if p.name == "TEL" and p.group}
    owned, kept = [], []
    seen_email = seen_note = False
    for line, raw in _spans(data):
        prop = by_line.get(line)
        group, name = (prop.group, prop.name) if prop else _head_name(raw)
        if name in _STRUCTURE:
            continue
        mine = name in ("FN", "N", "ORG", "TITLE", "TEL", "X-WECHAT") or name.startswith(X_PREFIX) \
            or (name == "X-ABLABEL" and group in tel_groups)
        if name == "EMAIL" and not seen_email and prop is not None and "@" in prop.value:
            mine = seen_email = True
        if name == "NOTE" and not seen_note and prop is not None:
            mine = seen_note = True
        (owned if mine and prop is not None else kept).append(prop if mine and prop else raw)
        if name == "ORG" and prop is not None and _has_units(prop):
            kept.append(raw)  # the department stays the phone's; the company is ours
    if not any(p.name in ("FN", "N") for p in owned):
        raise CardError("the card has no name (FN or N)")
    uid = unescape(card.first("UID")).strip()
    return uid, _state(card, owned, previous), b"".join(kept)


def _state(card, owned: list, previous: dict | None) -> dict:
    first = {}
    for p in owned:
        first.setdefault(p.name, p)
    value = lambda name: unescape(first[name].value).strip() if name in first else None  # noqa: E731
    x = {p.name[len(X_PREFIX):]: unescape(p.value).strip() for p in owned
         if p.name.startswith(X_PREFIX)}
    fn = value("FN") or ""
    if not fn and "N" in first:
        fn = " ".join(s.strip() for s in split_structured(first["N"].value)[1::-1] if s.strip())
    x_fields = {field: x.get(name, "") for name, field in X_FIELDS}
    written = any(x_fields.values())  # a card we wrote (or our vCard export)
    if written and tag_of(x_fields) == fn:
        fields = x_fields
    elif is_tag(fn):
        fields = values_from_tag(fn)
    elif written:
        fields = dict(x_fields, name=fn)  # a plain name typed over the tag on the phone
    else:
        fields = {f: "" for f in TAG_FIELDS} | {"name": fn}
        previous = None  # a phone's own card: ORG and TITLE are the company and the title
    org = value("ORG")
    props = {"company": split_structured(org)[0].strip() if org is not None else "",
             "title": value("TITLE") or ""}
    for field, prop_value in props.items():
        if prop_value == fields[field]:
            continue
        if previous is None:
            if not fields[field]:
                fields[field] = prop_value
        elif prop_value != previous["fields"].get(field, "") and (
                prop_value != x_fields[field] or not written):
            fields[field] = prop_value  # edited on the phone (we write it with its X- line)
    labels = {p.group: p.value for p in card.all("X-ABLABEL") if p.group}
    phones = []
    for tel in (p for p in owned if p.name == "TEL"):
        number = unescape(tel.value).strip()
        if number.lower().startswith("tel:"):
            number = number[4:]
        if number:
            phones.append([tel_label(tel, labels), number])
    stage = find_stage(x.get("STAGE", "")) or (previous["fields"]["stage"] if previous else "lead")
    note = unescape(first["NOTE"].value) if "NOTE" in first else ""
    fields.update(email=value("EMAIL") or "",
                  notes=note.replace("\r\n", "\n").replace("\r", "\n").rstrip(),
                  wechat=value("X-WECHAT") or x.get("WECHAT", ""), stage=stage)
    out = {"fields": {f: fields.get(f, "") for f in EDITABLE}, "phones": phones}
    grade = x.get("GRADE", "").strip().upper()
    if grade in ("A", "B", "C", "D"):
        out["grade"] = grade
    return out


def agrees(data: bytes, state: dict) -> bool:
    """Whether a card we wrote (one with ``X-CONTACT-BOOK-*`` tag lines) says ``state`` in
    every line that carries a part of the tag: FN, ORG, TITLE and the X- lines.

    Not so after a phone edited FN alone: the old TITLE, ORG and X- lines stay, the phone and
    a second computer show a title the lead no longer has, and a later edit would be read
    against them. Such a card is written again, whole, from ``state``. A phone's own card
    (no X- lines) is left as the phone wrote it."""
    cards = list(read_cards(data))
    if len(cards) != 1:
        return True
    card = cards[0]
    x = {p.name[len(X_PREFIX):]: unescape(p.value).strip() for p in card.props
         if p.name.startswith(X_PREFIX)}
    if not any(x.get(name) for name, _ in X_FIELDS):
        return True
    f = state["fields"]
    if any(x.get(name, "") != (f.get(field) or "") for name, field in X_FIELDS):
        return False
    org = card.first("ORG")
    return (unescape(card.first("FN")).strip() == tag_of(f)
            and (split_structured(org)[0].strip() if org else "") == (f.get("company") or "")
            and unescape(card.first("TITLE")).strip() == (f.get("title") or ""))


def normalize(state: dict) -> dict:
    """The state as the database would store it (fields cleaned, phones trimmed), so that a
    card and the contact written from it hash alike."""
    fields = clean_values(state["fields"])
    fields.pop("deal_value", None)
    phones = [[n.label, n.raw] for n in (normalize_phone(raw, label) for label, raw in state["phones"]
                                         if raw and raw.strip())]
    out = {"fields": {f: fields.get(f, "") for f in EDITABLE}, "phones": phones}
    if state.get("grade"):
        out["grade"] = state["grade"]
    return out
