"""Edit one logged interaction: channel, direction, outcome, when, summary, next step."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from desktop_app.core.timeline import channels as ch
from desktop_app.core.timeline.records import Entry
from desktop_app.core.when import to_local, to_utc
from desktop_app.ui.timeline import labels
from desktop_app.ui.timeline import channel_icons
from desktop_app.ui.timeline.quick_log import outcomes_for


class EditInteractionDialog(QDialog):
    """A small form over one Entry. ``apply(changed values) -> error message or None`` runs on
    OK; the dialog closes only when it returns None (the message is shown otherwise)."""

    def __init__(self, entry: Entry, apply, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit Timeline Entry"))
        self.entry, self._apply = entry, apply
        self._lang = labels.language()
        self.channel = QComboBox()
        for code in ch.CHANNEL_CODES:
            self.channel.addItem(channel_icons.icon(code), labels.label(code, self._lang), code)
        self.channel.setCurrentIndex(self.channel.findData(entry.channel))
        self.direction = QComboBox()
        for code in ch.DIRECTION_CODES:
            self.direction.addItem(labels.label(code, self._lang), code)
        self.direction.setCurrentIndex(self.direction.findData(entry.direction))
        self.outcome = QComboBox()
        self.when = QDateTimeEdit()
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        local = to_local(entry.at)
        self._when_shown = QDateTime(QDate(local.year, local.month, local.day),
                                     QTime(local.hour, local.minute, local.second))
        self.when.setDateTime(self._when_shown)
        self.summary = QPlainTextEdit(entry.summary)
        self.summary.setTabChangesFocus(True)
        self.summary.setMinimumHeight(90)
        self.next_step = QLineEdit(entry.next_step)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #c0392b;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)

        form = QFormLayout()
        form.addRow(self.tr("&Channel"), self.channel)
        form.addRow(self.tr("&Direction"), self.direction)
        form.addRow(self.tr("&Outcome"), self.outcome)
        form.addRow(self.tr("&When"), self.when)
        form.addRow(self.tr("&Summary"), self.summary)
        form.addRow(self.tr("&Next step"), self.next_step)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

        self._fill_outcomes(entry.outcome)
        self.channel.currentIndexChanged.connect(lambda _i: self._fill_outcomes(
            self.outcome.currentData()))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.summary.setFocus()
        self.resize(420, self.sizeHint().height())

    def _fill_outcomes(self, keep: str | None) -> None:
        code = self.channel.currentData()
        offered = outcomes_for(code, self.entry.outcome if code == self.entry.channel else None)
        self.outcome.clear()
        self.outcome.addItem(self.tr("No outcome"), None)
        for o in offered:
            self.outcome.addItem(labels.label(o, self._lang), o)
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(keep)))
        self.outcome.setEnabled(bool(offered))
        self.direction.setEnabled(code != "note")

    def values(self) -> dict:
        """The fields that differ from the entry (``at`` as naive UTC)."""
        new = {"channel": self.channel.currentData(), "direction": self.direction.currentData(),
               "outcome": self.outcome.currentData(),
               "summary": self.summary.toPlainText().strip(),
               "next_step": self.next_step.text().strip()}
        if new["channel"] == "note":
            new["outcome"] = None
        changed = {k: v for k, v in new.items() if v != getattr(self.entry, k)}
        shown = self.when.dateTime()
        if shown != self._when_shown:
            d, t = shown.date(), shown.time()
            changed["at"] = to_utc(datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(),
                                            t.second()))
        return changed

    def accept(self) -> None:
        values = self.values()
        error = self._apply(values) if values else None
        if error:
            self.error_label.setText(error)
            self.error_label.show()
            return
        super().accept()
