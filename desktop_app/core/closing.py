"""Closing a lead stops its cadence.

Every write that changes a stage (``contacts.update``, ``bulk.set_field``, an import merge)
calls ``stop_cadences`` inside its own transaction. When the new stage is 成交 (won) or 流失
(lost), the running cadences of those leads stop exactly as ``touchpoints.stop`` stops them:
the pending touch is cancelled, ``next_due`` cleared, and a "cadence-stopped" event recorded
whose ``old_value`` is the stage that closed the lead. Re-opening a lead restarts nothing.

The write keeps the stop's ``touchpoints.Undo``; its undo puts the stage back and then calls
``touchpoints.restore`` with it, in one transaction, so the touches are due again on their dates.
"""
from __future__ import annotations

from datetime import datetime
from typing import Iterable

from . import touchpoints
from .stages import CLOSED


def stop_cadences(contact_ids: Iterable[int], stage: str, now: datetime
                  ) -> touchpoints.Result | None:
    """Stop the running cadences of leads just moved to ``stage`` when it closes them; None
    when it does not, or when none of them ran a cadence."""
    if stage not in CLOSED:
        return None
    result = touchpoints.stop(contact_ids, now=now, reason=stage)
    return result if result.undo.cadences else None
