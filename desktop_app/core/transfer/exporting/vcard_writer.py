"""vCard 3.0 for phones: the naming tag is the full name (FN and N), so the address book can be
searched by tag; what vCard lacks (the seven fields of a short tag, stage, WeChat) travels in
X- properties that our import reads back."""
from __future__ import annotations

from desktop_app.core.contacts.records import ContactRecord
from desktop_app.core.contacts.naming_tag import FIELDS
from desktop_app.core.transfer.exporting.ics import content_line, escape_text

X = "X-CONTACT-BOOK-"
_X_NAMES = {"city": "CITY", "company": "COMPANY", "product": "PRODUCT",
            "deal_size": "DEAL-SIZE", "name": "NAME", "title": "TITLE", "source": "SOURCE",
            "tag_extra": "TAG-EXTRA"}
_TEL_TYPES = {"手机": "CELL", "办公": "WORK", "工作": "WORK", "家庭": "HOME", "住宅": "HOME",
              "传真": "FAX", "寻呼机": "PAGER"}


def card(record: ContactRecord) -> str:
    tag = record.tag
    lines = ["BEGIN:VCARD\r\n", "VERSION:3.0\r\n",
             content_line("FN", tag),
             content_line("N", escape_text(tag) + ";;;;", raw=True)]
    if record.company:
        lines.append(content_line("ORG", record.company))
    if record.title:
        lines.append(content_line("TITLE", record.title))
    for i, p in enumerate(record.phones, start=1):
        kind = _TEL_TYPES.get(p.label, "VOICE")
        if p.label:
            lines.append(content_line(f"item{i}.TEL", p.raw, {"TYPE": kind}))
            lines.append(content_line(f"item{i}.X-ABLabel", p.label))
        else:
            lines.append(content_line("TEL", p.raw, {"TYPE": "VOICE"}))
    if record.email:
        lines.append(content_line("EMAIL", record.email, {"TYPE": "INTERNET"}))
    if record.notes:
        lines.append(content_line("NOTE", record.notes))
    if record.wechat:
        lines.append(content_line("X-WECHAT", record.wechat))
    for f in FIELDS + ("tag_extra",):
        value = getattr(record, f)
        if value:
            lines.append(content_line(X + _X_NAMES[f], value))
    lines.append(content_line(X + "STAGE", record.stage))
    lines.append("END:VCARD\r\n")
    return "".join(lines)


def write(f, records_chunks, progress) -> int:
    """``f``: a binary file. UTF-8 without a BOM (phones choke on one)."""
    n = 0
    for chunk in records_chunks:
        f.write("".join(card(r) for r in chunk).encode("utf-8"))
        n += len(chunk)
        progress(n)
    return n
