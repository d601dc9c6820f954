"""The salesperson's name on printed call sheets: asked once, kept in the database
(``core.storage.preferences``), changed with Follow-up › Your Name on Call Sheets…"""
from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit


def ask(parent, current: str) -> str | None:
    """The name typed ('' for none), or None when cancelled."""
    text, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("Salesperson", "Your Name on Call Sheets"),
        QCoreApplication.translate("Salesperson", "Your name, printed in the header of each "
                                                  "call sheet (leave empty for none):"),
        QLineEdit.EchoMode.Normal, current)
    return text if ok else None


def _save(name: str) -> None:
    from desktop_app.core.storage import preferences

    preferences.put(preferences.SALESPERSON, " ".join(name.split()))


def change(parent) -> None:
    """Follow-up › Your Name on Call Sheets…"""
    from desktop_app.core.storage import preferences

    name = ask(parent, preferences.get(preferences.SALESPERSON, "") or "")
    if name is not None:
        _save(name)


def for_sheet(parent, writable: bool) -> str:
    """The name to print. The first time (never set, no $CONTACT_BOOK_SALESPERSON) it asks;
    any answer, Cancel included (stored as no name), is remembered, so it asks only once."""
    from desktop_app.core.followup import callsheet
    from desktop_app.core.storage import preferences

    env = os.environ.get(callsheet.SALESPERSON_ENV, "").strip()
    if writable and not env and preferences.get(preferences.SALESPERSON) is None:
        _save(ask(parent, "") or "")
    return callsheet.salesperson_name()
