"""Cadences that ended without a deal: a lead whose latest cadence ran to its last step while
the lead is still open (not 成交, not 流失) is marked, so it is re-planned, not forgotten.

The mark is derived, not stored: the lead's latest cadence (the highest id) is ``finished``
(it ran out of steps; a stopped or replaced one is not) and the lead's stage is not closed.
Starting a new cadence (re-planning) or closing the lead (成交/流失) removes it; undoing the
last step's completion brings the cadence back to running and removes it too.

The filter term ``cadence:ended`` (``节奏:结束``) finds these leads; ``cadence:running``
(``节奏:进行中``) the leads running one. The Today view lists the first of them in its
"节奏结束未成交" section.
"""
from __future__ import annotations

from peewee import SQL

from desktop_app.core.contacts.stages import CLOSED
from desktop_app.core.errors import ValidationError
from desktop_app.core.storage.rows import sql
from desktop_app.core.storage.schema import Contact

# the contacts whose latest cadence finished (the (contact_id, status) index drives it)
ENDED_IDS = ("SELECT c.contact_id FROM cadence c WHERE c.status = 'finished' AND NOT EXISTS "
             "(SELECT 1 FROM cadence n WHERE n.contact_id = c.contact_id AND n.id > c.id)")
_OPEN = "stage NOT IN ({})".format(", ".join(f"'{s}'" for s in CLOSED))
_WORDS = {"ended": "ended", "结束": "ended", "已结束": "ended", "running": "running",
          "进行中": "running", "进行": "running"}


def cadence_term(op: str, value: str, today=None):
    """``cadence:ended`` -> the open leads whose latest cadence finished; ``cadence:running``
    -> the leads running one. ``op`` must be ``:`` (or empty)."""
    word = _WORDS.get((value or "").strip().lower())
    if op not in ("", ":", "=") or word is None:
        raise ValidationError("cadence", "cadence:{value} is not understood; write "
                                         "cadence:ended or cadence:running.", value=value)
    if word == "running":
        return Contact.next_due.is_null(False)
    return Contact.id.in_(SQL(f"({ENDED_IDS})")) & Contact.stage.not_in(CLOSED)


def ended_count() -> int:
    return sql(f"SELECT COUNT(*) FROM contact WHERE deleted_at IS NULL AND {_OPEN} AND id IN "
               f"({ENDED_IDS})")[0][0]


def ended(limit: int = 200) -> list[tuple[int, str, str, str, str]]:
    """[(contact id, the ended template's name, the day it ended (UTC), the lead's name, its
    company)] of the marked leads, the most valuable first (deal value, then the latest
    ended)."""
    rows = sql(
        "SELECT k.contact_id, t.name, substr(k.ended_at, 1, 10), c.name, c.company "
        "FROM cadence k "
        "JOIN cadence_template t ON t.id = k.template_id JOIN contact c ON c.id = k.contact_id "
        f"WHERE k.status = 'finished' AND c.deleted_at IS NULL AND c.{_OPEN} AND NOT EXISTS "
        "(SELECT 1 FROM cadence n WHERE n.contact_id = k.contact_id AND n.id > k.id) "
        "ORDER BY c.deal_value IS NULL, c.deal_value DESC, k.ended_at DESC, k.contact_id "
        "LIMIT ?", (limit,))
    return [tuple(r) for r in rows]
