"""Contact records -> cells of our export columns, and the formula guard for spreadsheets."""
from __future__ import annotations

from desktop_app.core.contacts.records import ContactRecord
from desktop_app.core.contacts.stages import LABELS
from desktop_app.core.transfer.exporting.columns import COLUMNS

FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")
_GUARDED = FORMULA_START + ("'",)


def guard_formula(text: str) -> str:
    """A cell a spreadsheet would run as a formula ("=HYPERLINK(...)", "+86 138...", "-",
    "@SUM") gets a leading "'"; our import strips it again (importing.mapping.unguard). A value
    that itself begins with "'" gets one more, so that stripping one gives it back."""
    return "'" + text if text[:1] in _GUARDED else text


def phones_cell(record: ContactRecord) -> str:
    return "\n".join(f"{p.label}: {p.raw}" if p.label else p.raw for p in record.phones)


def cells(record: ContactRecord) -> list[str]:
    out = []
    for col in COLUMNS:
        f = col.field
        if f == "tag":
            value = record.tag
        elif f == "phones":
            value = phones_cell(record)
        elif f == "stage":
            value = LABELS.get(record.stage, record.stage)
        elif f in ("created_at", "updated_at"):
            v = getattr(record, f)  # stored text, or a datetime from contacts.get
            value = v.isoformat(" ") if hasattr(v, "isoformat") else str(v or "")
        elif f == "id":
            value = str(record.id)
        else:
            value = getattr(record, f) or ""
        out.append(value)
    return out
