"""Capturing a lead quickly: reading a naming tag and a phone pasted as one string, and finding
the leads a new one may duplicate.

- ``split_pasted("上海-远航-咨询-8万-李强-CEO-知乎 13800138000")`` -> the tag and the phone:
  what a phone's "copy" gives (the tag, then the number after a space, a comma or a tab; also
  ``+86 138 0013 8000`` and ``138-0013-8000``). Text without a trailing mobile number is
  all tag.
- ``duplicates(phones, name, company)``: the live leads with the same phone (by E.164, so
  ``138 0013 8000`` and ``+8613800138000`` match) or the same name and company (both
  non-empty, spaces and case ignored), each once with why it matched; ``exclude`` leaves the
  lead being edited out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from desktop_app.core.contacts.phones import normalize
from desktop_app.core.storage.rows import marks, sql

# the tag, a separator, then a mainland mobile (11 digits from 1, optional +86/0086, spaces or
# dashes inside) at the end
_PASTED = re.compile(r"^(?P<tag>.*?\S)[\s,，;；]+(?P<phone>(?:\+?86|0086)?[\s-]*1\d{2}[\s-]?\d{4}"
                     r"[\s-]?\d{4})\s*$")
PHONE, NAME_COMPANY = "phone", "name-company"


def split_pasted(text: str) -> tuple[str, str]:
    """(naming tag, phone) from one pasted string; (text, "") without a trailing mobile."""
    m = _PASTED.match(text or "")
    if not m:
        return (text or "").strip(), ""
    return m.group("tag").strip(), re.sub(r"[\s-]", "", m.group("phone"))


@dataclass(frozen=True)
class Duplicate:
    contact_id: int
    why: str  # PHONE or NAME_COMPANY
    name: str
    company: str
    phone: str  # the matching number (PHONE), as stored


def duplicates(phones: Iterable[str], name: str = "", company: str = "", *,
               exclude: int | None = None, limit: int = 5) -> list[Duplicate]:
    """The live leads a lead with these values may duplicate (see the module's rules)."""
    found: dict[int, Duplicate] = {}
    keys = sorted({p.e164 for p in (normalize(raw) for raw in phones if raw.strip()) if p.e164})
    if keys:
        for cid, cname, ccompany, raw in sql(
                "SELECT c.id, c.name, c.company, p.raw FROM phone p JOIN contact c ON "
                f"c.id = p.contact_id WHERE c.deleted_at IS NULL AND p.e164 IN ({marks(keys)}) "
                "ORDER BY c.id", keys):
            if cid != exclude and cid not in found:
                found[cid] = Duplicate(cid, PHONE, cname, ccompany, raw)
    name, company = " ".join(name.split()), " ".join(company.split())
    if name and company:
        for cid, cname, ccompany in sql(
                "SELECT id, name, company FROM contact WHERE deleted_at IS NULL AND "
                "lower(trim(name)) = lower(?) AND lower(trim(company)) = lower(?) ORDER BY id",
                (name, company)):
            if cid != exclude and cid not in found:
                found[cid] = Duplicate(cid, NAME_COMPANY, cname, ccompany, "")
    return list(found.values())[:limit]
