"""``phones.normalize`` with a fast path for the common case (a Chinese mobile number written
as 11 digits, maybe grouped by spaces or dashes) and a cache: parsing 100,000 numbers with
phonenumbers alone takes seconds. The result is the same as ``phones.normalize`` (tested)."""
from __future__ import annotations

import re
from functools import lru_cache

from desktop_app.core.contacts.phones import PhoneNumber, normalize

_CN_MOBILE = re.compile(r"^(?:\+86[\s-]?)?(1[3-9]\d)[\s-]?(\d{4})[\s-]?(\d{4})$")
MAX_PHONE_TEXT = 200  # longer "numbers" are notes that landed in a phone column


def normalize_phone(raw: str, label: str = "") -> PhoneNumber:
    raw = " ".join((raw or "").split())[:MAX_PHONE_TEXT]
    m = _CN_MOBILE.match(raw)
    if m:
        national = "".join(m.groups())
        digits = re.sub(r"\D", "", raw)
        return PhoneNumber(raw=raw, label=label.strip(), e164="+86" + national, digits=digits)
    return _cached(raw, label.strip())


@lru_cache(maxsize=4096)
def _cached(raw: str, label: str) -> PhoneNumber:
    return normalize(raw, label)
