"""The one broadcast of what a write changed."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Events(QObject):
    """Every view listens here instead of to each other.

    Signals:
        changed(Changes): emitted after every write with the ``core.changes.Changes`` it
            returned, so each view refreshes only what it must.
    """

    changed = Signal(object)
