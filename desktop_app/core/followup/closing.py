"""Closing a lead stops its cadence.

Every write that changes a stage (``contacts.update``, ``bulk.set_field``, an import merge)
calls ``stop_cadences`` inside its own transaction. When the new stage is 成交 (won) or 流失
(lost), the running cadences of those leads stop exactly as ``touchpoints.stop`` stops them:
the pending touch is cancelled, ``next_due`` cleared, and a "cadence-stopped" event recorded
whose ``old_value`` is the stage that closed the lead. Re-opening a lead restarts nothing.

The write keeps the stop's ``touchpoints.Undo``; its undo puts the stage back and then calls
``touchpoints.restore`` with it, in one transaction, so the touches are due again on their dates.
An import keeps it in its merge record (``undo_json``) until ``undo_import`` reads it back.
"""
from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from typing import Iterable

from desktop_app.core.followup import touchpoints
from desktop_app.core.storage.schema import database
from desktop_app.core.contacts.stages import CLOSED


def stop_cadences(contact_ids: Iterable[int], stage: str, now: datetime
                  ) -> touchpoints.Result | None:
    """Stop the running cadences of leads just moved to ``stage`` when it closes them; None
    when it does not, or when none of them ran a cadence."""
    if stage not in CLOSED:
        return None
    result = touchpoints.stop(contact_ids, now=now, reason=stage)
    return result if result.undo.cadences else None


def undo_json(undo: touchpoints.Undo) -> dict:
    """The stop's undo as JSON values (an import merge record keeps it)."""
    return asdict(undo)


def undo_from_json(data: dict) -> touchpoints.Undo:
    return touchpoints.Undo(**{key: tuple(tuple(v) if isinstance(v, list) else v for v in values)
                               for key, values in data.items()})


def can_restore(undo: touchpoints.Undo) -> bool:
    """Whether the cadences this stop ended are still as it left them: stopped, and still
    their lead's latest (no cadence started since), so ``touchpoints.restore`` fits."""
    for row in undo.cadences:
        cadence_id, contact_id = row[0], row[1]
        status, latest = database.execute_sql(
            "SELECT status, (SELECT MAX(id) FROM cadence WHERE contact_id = ?) FROM cadence "
            "WHERE id = ?", (contact_id, cadence_id)).fetchone() or (None, None)
        if status != touchpoints.STOPPED or latest != cadence_id:
            return False
    return True
