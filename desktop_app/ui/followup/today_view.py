"""The Today view: overdue touchpoints first (most overdue first), then today's, the most
valuable first within a day; mark each done from the keyboard and the next step appears.
Below them, "节奏结束未成交": open leads whose cadence ran to its end without a deal
(``core.followup.ended``), to be re-planned."""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton,
                               QVBoxLayout, QWidget)

from desktop_app.core.followup import agenda, ended
from desktop_app.ui.followup.touchpoint_panel import TouchpointPanel


class TodayView(QWidget):
    """What to do today. ``ops`` (undo.Operations) may be None: read-only. ``today`` is a
    callable (the UI's clock; tests pass a fixed day).

    Signals:
        open_contact(int): show this contact in the list.
        show_filter(str): show the list filtered by this text (``cadence:ended``).
    """

    open_contact = Signal(int)
    show_filter = Signal(str)
    ENDED_SHOWN = 200

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
        self._no_cadence_text = self.tr(
            "Nothing is due today.\nFollow-ups appear here once leads run a cadence: select "
            "leads (or filter a group) in Contacts, then Follow-up › Start Cadence…")
        self.panel.table.empty_text = self._no_cadence_text
        self.ended_title = QLabel()
        self.ended_title.setStyleSheet("font-weight: bold;")
        self.ended_list = QListWidget()
        self.ended_list.setMaximumHeight(140)
        self.ended_button = QPushButton(self.tr("Show Them in the List"))
        self.ended_box = QWidget()
        box = QVBoxLayout(self.ended_box)
        box.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.ended_title, 1)
        head.addWidget(self.ended_button)
        box.addLayout(head)
        box.addWidget(self.ended_list)
        self.ended_box.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.panel, 1)
        layout.addWidget(self.ended_box)
        self.ended_list.itemActivated.connect(
            lambda item: self.open_contact.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.ended_button.clicked.connect(lambda: self.show_filter.emit("cadence:ended"))
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
        self._load_ended()
        day = self.today()
        if day != self._day:
            self._day = day
            self.panel.set_range(None, day)
        else:
            self.panel.refresh()

    def _load_ended(self) -> None:
        """The 节奏结束未成交 section: hidden when no lead is marked."""
        total = ended.ended_count()
        self.ended_box.setVisible(bool(total))
        self.ended_list.clear()
        if not total:
            return
        self.ended_title.setText(self.tr("Cadence ended without a deal: %1 (re-plan them)")
                                 .replace("%1", f"{total:,}"))
        from desktop_app.core.followup import template_store
        from desktop_app.ui.common.words import template_name

        shown = {t.name: template_name(t.template) for t in template_store.templates()}
        for cid, template, day, name, company in ended.ended(self.ENDED_SHOWN):
            who = " · ".join(x for x in (name, company) if x) or f"#{cid}"
            item = QListWidgetItem(self.tr("%1 — %2 ended %3").replace("%1", who).replace(
                "%2", shown.get(template, template)).replace("%3", day))
            item.setData(Qt.ItemDataRole.UserRole, cid)
            self.ended_list.addItem(item)

    def showEvent(self, event) -> None:
        if self._stale or self.today() != self._day:
            self.reload()
        super().showEvent(event)

    def _show_title(self) -> None:
        total = self.panel.model.rowCount()
        due_today = agenda.count(self._day, self._day) if total else 0
        overdue = total - due_today
        if not total:
            self._say_next_day()
        self.title.setText(self.tr("Today, %1: %2 due, %3 overdue").replace(
            "%1", self._day.isoformat()).replace("%2", f"{due_today:,}").replace(
            "%3", f"{overdue:,}"))

    def _say_next_day(self) -> None:
        """Nothing due: when the running cadences touch next (a cadence started on a Saturday
        begins on Monday), else how to start one."""
        later = agenda.day_counts(self._day + timedelta(days=1), self._day + timedelta(days=366))
        if not later:
            self.panel.table.empty_text = self._no_cadence_text
        else:
            day = min(later)
            text = self.tr("Nothing is due today.\nNext: 1 follow-up on %1 (the Calendar tab "
                           "shows every day).") if later[day] == 1 else self.tr(
                "Nothing is due today.\nNext: %2 follow-ups on %1 (the Calendar tab shows "
                "every day).")
            self.panel.table.empty_text = text.replace("%1", day.isoformat()).replace(
                "%2", f"{later[day]:,}")
        self.panel.table.viewport().update()
