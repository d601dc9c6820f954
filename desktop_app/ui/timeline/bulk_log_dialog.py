"""Log one interaction for every contact of a group."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
)

from desktop_app.core.timeline import channels as ch
from desktop_app.ui.common.fit import fit_placeholder
from desktop_app.ui.common.words import count_text
from desktop_app.ui.timeline.labels import language


class BulkLogDialog(QDialog):
    def __init__(self, count: int, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log for the Group"))
        self.setMinimumWidth(460)  # room for the note (it opened ~240 px wide)
        lang = language()
        self.channel = QComboBox()
        for code in ch.CHANNEL_CODES:
            self.channel.addItem(ch.label(code, lang), code)
        self.outcome = QComboBox()
        self.outcome.addItem(self.tr("(no outcome)"), None)
        for code in ch.OUTCOME_CODES:
            self.outcome.addItem(ch.label(code, lang), code)
        self.summary = QLineEdit()
        fit_placeholder(self.summary, self.tr("What was said or sent (optional)"))
        form = QFormLayout(self)
        form.addRow(QLabel(count_text(count, self.tr("One interaction for 1 contact."),
                                      self.tr("One interaction for each of %1 contacts."))))
        form.addRow(self.tr("&Channel:"), self.channel)
        form.addRow(self.tr("&Outcome:"), self.outcome)
        form.addRow(self.tr("&Note:"), self.summary)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict:
        return {"channel": self.channel.currentData(), "outcome": self.outcome.currentData(),
                "summary": self.summary.text().strip()}
