"""The Today view: overdue touchpoints first (most overdue first), then today's, the most
valuable first within a day; mark each done from the keyboard and the next step appears."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.core.followup import agenda
from desktop_app.ui.followup.touchpoint_panel import TouchpointPanel


class TodayView(QWidget):
    """What to do today. ``ops`` (undo.Operations) may be None: read-only. ``today`` is a
    callable (the UI's clock; tests pass a fixed day).

    Signals:
        open_contact(int): show this contact in the list.
    """

    open_contact = Signal(int)

    def __init__(self, ops=None, today=date.today, parent=None):
        super().__init__(parent)
        from desktop_app.ui.followup.cadence_ops import CadenceOps

        self.today = today
        self._day = today()
        self._stale = True  # loads when first shown
        self.cadence_ops = CadenceOps(ops, today) if ops is not None else None
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.panel = TouchpointPanel(self.cadence_ops, today, None, self._day)
        self.panel.table.empty_text = self.tr(
            "Nothing is due today.\nFollow-ups appear here once leads run a cadence: select "
            "leads (or filter a group) in Contacts, then Follow-up › Start Cadence…")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.panel, 1)
        self.panel.open_contact.connect(self.open_contact)
        self.panel.model.count_changed.connect(lambda _n: self._show_title())
        if ops is not None:
            ops.events.changed.connect(self.on_changed)

    def on_changed(self, changes) -> None:
        if not (changes.touchpoints or changes.rows_added_or_removed or changes.contacts):
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def reload(self) -> None:
        """Recount and show the first rows again (a new day moves the range)."""
        self._stale = False
        day = self.today()
        if day != self._day:
            self._day = day
            self.panel.set_range(None, day)
        else:
            self.panel.refresh()

    def showEvent(self, event) -> None:
        if self._stale or self.today() != self._day:
            self.reload()
        super().showEvent(event)

    def _show_title(self) -> None:
        total = self.panel.model.rowCount()
        due_today = agenda.count(self._day, self._day) if total else 0
        overdue = total - due_today
        self.title.setText(self.tr("Today, %1: %2 due, %3 overdue").replace(
            "%1", self._day.isoformat()).replace("%2", f"{due_today:,}").replace(
            "%3", f"{overdue:,}"))
