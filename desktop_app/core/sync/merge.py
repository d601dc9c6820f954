"""Three-way merge of one contact changed on both sides (pure; no database, no network).

Per field: the side that changed it since the last sync wins; where both changed it to
different values the local value wins and the server's value is returned as a conflict (the
sync records it in the lead's timeline, nothing is lost). Phones are one unit: when both sides
changed them, the local list is kept and the server's other numbers are appended. On a first
link a local number without a label takes the phone's label of the same number.
"""
from __future__ import annotations

from dataclasses import dataclass

from desktop_app.core.transfer.exporting.columns import COLUMNS

LABELS_ZH = {c.field: c.header for c in COLUMNS} | {"grade": "等级"}


@dataclass(frozen=True)
class Conflict:
    contact_id: int
    tag: str
    field: str
    local: str
    server: str

    @property
    def summary(self) -> str:
        """The timeline's text (stored data, like the cadence summaries): 手机上的职位为 CTO."""
        return f"手机上的{LABELS_ZH.get(self.field, self.field)}为 {self.server or '(空)'}"


def merge(base: dict | None, local: dict, remote: dict) -> tuple[dict, list[tuple[str, str]]]:
    """``(merged state, [(field, server value), ...])``. ``base`` None: a first link, where
    an empty local field takes the server's value."""
    fields, conflicts = {}, []
    for key, mine in local["fields"].items():
        theirs = remote["fields"].get(key, "")
        old = base["fields"].get(key, "") if base else None
        if mine == theirs or theirs == old or (base is None and not theirs):
            fields[key] = mine
        elif mine == old or (base is None and not mine):
            fields[key] = theirs
        else:
            fields[key] = mine
            conflicts.append((key, theirs))
    mine, theirs = local["phones"], remote["phones"]
    old = base["phones"] if base else None
    if base is None:  # a first link: a number without a label here takes the phone's label
        labels = {_digits(raw): label for label, raw in theirs if label}
        mine = [[label or labels.get(_digits(raw), ""), raw] for label, raw in mine]
    if mine == theirs or theirs == old:
        phones = mine
    elif mine == old:
        phones = theirs
    else:
        have = {_digits(raw) for _, raw in mine}
        phones = list(mine) + [p for p in theirs if _digits(p[1]) not in have]
    merged = {"fields": fields, "phones": phones}
    mine, theirs = local.get("grade", ""), remote.get("grade", "")  # the grade set by hand
    old = base.get("grade", "") if base else None
    if mine == theirs or theirs == old or (base is None and not theirs):
        grade = mine
    elif mine == old or (base is None and not mine):
        grade = theirs
    else:
        grade = mine
        conflicts.append(("grade", theirs))
    if grade:
        merged["grade"] = grade
    return merged, conflicts


def _digits(raw: str) -> str:
    digits = "".join(ch for ch in raw if ch.isdigit())
    return digits[-11:] if len(digits) >= 11 else digits
