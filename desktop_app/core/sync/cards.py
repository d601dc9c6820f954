"""A contact as a vCard on the server, and back: the mapping both sides of the sync agree on.

A contact's synced **state** is a plain dict ``{"fields": {...}, "phones": [[label, raw], ...]}``
(the editable fields of ``contacts.records``); ``kept`` is the bytes of every property of the
server's card as the server sent them (but BEGIN/END, VERSION, UID, PRODID). Writing back
(``to_card``), the properties we do not own (PHOTO, ADR, BDAY, X-ABLabel of an address, a
second EMAIL, ...) go unchanged after our own lines, and each of our own lines is the phone's
line itself while it still says what the contact says, else the phone's line (its group and
parameters: TYPE, PREF, VALUE=uri, its X-ABLabel) with our value (``lines.Template``). The
phone's FN and structured N stay while the tag here is the one read from the card. A status
row from before (``kept`` without FN or N: only the properties we did not own) has its card
read again once (``whole``).

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
from desktop_app.core.sync import lines
from desktop_app.core.transfer.exporting.ics import content_line, escape_text
from desktop_app.core.transfer.exporting.vcard_writer import X as X_PREFIX
from desktop_app.core.transfer.importing.vcard import (
    X_FIELDS,
    is_tag,
    read_cards,
    split_structured,
    tel_label,
    unescape,
)

TAG_FIELDS = naming_tag.FIELDS + ("tag_extra",)
_X_NAME = {field: name for name, field in X_FIELDS}
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
    """vCard 3.0 (what Apple and Android write). ``kept``: the server's card as last read; our
    lines are written over the phone's own (``lines.Template``: unchanged lines byte for byte,
    a changed value in the line's own group and parameters), then the phone's other lines."""
    template = lines.Template.of(kept)
    if template is None:
        return _fresh_card(uid, state, kept)
    f = state["fields"]
    tag = tag_of(f)
    was = _read_back(kept)
    same_tag = was is not None and tag_of(was["fields"]) == tag  # the phone's FN and N stay
    said = template.says()

    def same(field: str) -> bool:
        return field in said and _cleaned(field, said[field]) == (f.get(field) or "")

    n_parts = template.n_parts()  # ours (the tag of another time in the family name) follows
    n_stale = bool(n_parts) and is_tag(n_parts[0]) and n_parts[0] != tag and not any(n_parts[1:])
    out = [template.line("FN", same_tag, tag, content_line("FN", tag)),
           template.line("N", same_tag and not n_stale, escape_text(tag) + ";;;;",
                         content_line("N", escape_text(tag) + ";;;;", raw=True), raw=True),
           template.org(same("company"), f.get("company") or ""),
           template.line("TITLE", same("title"), f.get("title") or "",
                         content_line("TITLE", f.get("title") or ""))]
    out += template.phones(state["phones"])
    for role, field, params in (("EMAIL", "email", {"TYPE": "INTERNET"}), ("NOTE", "notes", None),
                                ("X-WECHAT", "wechat", None)):
        value = f.get(field) or ""
        out.append(template.line(role, same(field), value, content_line(role, value, params)))
    out = [line for line in out if line]
    body = (b"BEGIN:VCARD\r\nVERSION:3.0\r\n" + content_line("UID", uid).encode("utf-8")
            + b"".join(out) + "".join(_x_lines(state)).encode("utf-8"))
    return body + template.kept_lines(out) + b"END:VCARD\r\n"


def _cleaned(field: str, value: str) -> str:
    try:
        return clean_values({field: value})[field]
    except ContactBookError:
        return value


def _read_back(kept: bytes) -> dict | None:
    """The state the server's card said when it was read (what the phone's lines say)."""
    try:
        return normalize(from_card(b"BEGIN:VCARD\r\n" + kept + b"END:VCARD\r\n")[1])
    except (ContactBookError, ValueError):
        return None


def _x_lines(state: dict) -> list[str]:
    f = state["fields"]
    out = []
    for field in TAG_FIELDS:
        if f.get(field):
            out.append(content_line(X_PREFIX + _X_NAME[field], f[field]))
    out.append(content_line(X_PREFIX + "STAGE", f.get("stage") or "lead"))
    if state.get("grade"):
        out.append(content_line(X_PREFIX + "GRADE", state["grade"]))
    return out


def _fresh_card(uid: str, state: dict, kept: bytes) -> bytes:
    """A card from ``state`` alone, with ``kept`` (the phone's lines of a status row from before
    the whole card was kept) after it."""
    f = state["fields"]
    tag = tag_of(f)
    out = ["BEGIN:VCARD\r\n", "VERSION:3.0\r\n", content_line("UID", uid),
             content_line("FN", tag), content_line("N", escape_text(tag) + ";;;;", raw=True)]
    kept, with_units = _company_into_kept_org(kept, f.get("company") or "")
    if f.get("company") and not with_units:
        out.append(content_line("ORG", f["company"]))
    if f.get("title"):
        out.append(content_line("TITLE", f["title"]))
    for i, (label, raw) in enumerate(state["phones"], start=1):
        out.append(lines.fresh_tel(f"cbtel{i}", label, raw))
        if label:
            out.append(content_line(f"cbtel{i}.X-ABLabel", label))
    if f.get("email"):
        out.append(content_line("EMAIL", f["email"], {"TYPE": "INTERNET"}))
    if f.get("notes"):
        out.append(content_line("NOTE", f["notes"]))
    if f.get("wechat"):
        out.append(content_line("X-WECHAT", f["wechat"]))
    out += _x_lines(state)
    body = "".join(out).encode("utf-8")
    if kept and not kept.endswith(b"\r\n"):
        kept += b"\r\n"
    return body + kept + b"END:VCARD\r\n"


def _company_into_kept_org(kept: bytes, company: str) -> tuple[bytes, bool]:
    """A kept ORG line (a department after the company) with ``company`` as its first unit:
    ``(kept, True)``; ``(kept, False)`` when no ORG line is kept."""
    if b"ORG" not in kept.upper():
        return kept, False
    out, found = [], False
    for _, raw in lines.spans(kept):
        group, name = lines.head_name(raw)
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


# --- reading ------------------------------------------------------------------------------

def from_card(data: bytes, previous: dict | None = None) -> tuple[str, dict, bytes]:
    """``(uid, state, kept)`` of one card; ``previous``: the state of the last sync, to tell
    an ORG/TITLE edit from an FN edit. CardError for what is not one readable vCard."""
    cards = list(read_cards(data))
    if len(cards) != 1 or cards[0].error:
        problem = cards[0].error if cards and cards[0].error else f"{len(cards)} cards"
        raise CardError("not one readable vCard ({problem})", problem=problem)
    card = cards[0]
    sorted_lines = lines.classify(data, card)
    owned = [prop for _, prop, role in sorted_lines if role]
    if not any(p.name in ("FN", "N") for p in owned):
        raise CardError("the card has no name (FN or N)")
    uid = unescape(card.first("UID")).strip()
    return uid, _state(card, owned, previous), b"".join(raw for raw, _, _ in sorted_lines)


def kept_of(data: bytes) -> bytes:
    """The ``kept`` of a card we wrote: what ``from_card`` reads from it (the status row of an
    upload holds it, so that the card read again hashes alike)."""
    return b"".join(raw for raw, _, _ in lines.classify(data, next(read_cards(data))))


def whole(kept: bytes) -> bool:
    """Whether a status row's ``kept`` is the server's whole card (else it is from before the
    whole card was kept: the card is read again, once, to get it)."""
    return lines.whole(kept)


def _state(card, owned: list, previous: dict | None) -> dict:
    first = {}
    for p in owned:
        first.setdefault(p.name, p)
    value = lambda name: unescape(first[name].value).strip() if name in first else None
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
    return (_fn_says(unescape(card.first("FN")).strip(), f)
            and (split_structured(org)[0].strip() if org else "") == (f.get("company") or "")
            and unescape(card.first("TITLE")).strip() == (f.get("title") or ""))


def _fn_says(fn: str, f: dict) -> bool:
    """FN says the tag, or it is the phone's own name that ``to_card`` keeps while the tag
    here has not changed (``Arnold Smith`` for the tag ``----Arnold Smith``)."""
    tag = tag_of(f)
    if fn == tag:
        return True
    if is_tag(fn):
        return tag_of(values_from_tag(fn)) == tag
    return _cleaned("name", fn) == (f.get("name") or "")


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
