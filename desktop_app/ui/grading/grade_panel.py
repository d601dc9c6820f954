"""The detail pane's Grade tab: the grade in force, the computed one and a manual override,
and the score's explanation, one counted entry a line ("11-20  私信 +5")."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QFormLayout, QLabel, QListWidget, QListWidgetItem,
                               QVBoxLayout, QWidget)

from desktop_app.core.errors import NotFound
from desktop_app.core.grading import explain
from desktop_app.ui.contacts.bulk_undo import BulkOperations
from desktop_app.ui.timeline import channel_icons, labels

GRADE_COLOURS = {"A": "#c62828", "B": "#ef6c00", "C": "#1565c0", "D": "#757575"}


class GradePanel(QWidget):
    def __init__(self, ops, parent=None):
        super().__init__(parent)
        self.ops = ops
        self._contact_id: int | None = None
        self.today = date.today  # a callable: tests pass their own day
        self.grade_label = QLabel()
        self.grade_label.setTextFormat(Qt.TextFormat.RichText)
        self.why_label = QLabel()
        self.why_label.setWordWrap(True)
        self.why_label.setStyleSheet("color: gray;")
        self.manual = QComboBox()
        self.manual.addItem(self.tr("Automatic (from the score)"), None)
        for letter in "ABCD":
            self.manual.addItem(letter, letter)
        self.manual.setToolTip(self.tr("A grade set by hand overrides the computed one until "
                                       "you set it back to automatic"))
        self.points = QListWidget()
        self.points.setAlternatingRowColors(True)
        self.empty_label = QLabel(self.tr("Nothing in the window counts yet: log what the lead "
                                          "does (a direct message, an inquiry ...) and how touches went."))
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: gray;")
        form = QFormLayout()
        form.addRow(self.tr("Manual grade"), self.manual)
        layout = QVBoxLayout(self)
        layout.addWidget(self.grade_label)
        layout.addWidget(self.why_label)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("What the score is made of:")))
        layout.addWidget(self.points, 1)
        layout.addWidget(self.empty_label)
        self.manual.activated.connect(self._manual_chosen)

    def set_contact(self, contact_id: int | None) -> None:
        self._contact_id = contact_id
        self.refresh()

    def set_read_only(self, read_only: bool) -> None:
        self.manual.setEnabled(not read_only)

    def refresh(self) -> None:
        self.points.clear()
        if self._contact_id is None:
            self.grade_label.setText("")
            self.why_label.setText("")
            self.empty_label.hide()
            return
        try:
            expl = explain.explain(self._contact_id, self.today())
        except NotFound:
            return
        lang = labels.language()
        self.grade_label.setText(self.tr("<span style='font-size:22px; font-weight:bold; "
                                         "color:%1'>%2</span>&nbsp;&nbsp; score %3")
                                 .replace("%1", GRADE_COLOURS[expl.grade])
                                 .replace("%2", self.tr("Grade %1").replace("%1", expl.grade))
                                 .replace("%3", explain.number(expl.score)))
        a, b, c = expl.rules.thresholds
        why = [self.tr("By score: %1 (A ≥ %2, B ≥ %3, C ≥ %4; the last %5 days, older than %6 "
                       "days count half)").replace("%1", expl.by_score).replace("%2", str(a))
               .replace("%3", str(b)).replace("%4", str(c))
               .replace("%5", str(expl.rules.window_days))
               .replace("%6", str(expl.rules.full_days))]
        if expl.floor:
            why.append(self.tr("Stage %1: at least %2").replace(
                "%1", labels.stage_label(expl.stage, lang)).replace("%2", expl.floor))
        if expl.grade_manual:
            why.append(self.tr("Set by hand to %1; computed: %2").replace(
                "%1", expl.grade_manual).replace("%2", expl.grade_auto))
        self.why_label.setText("\n".join(why))
        self.manual.setCurrentIndex(max(0, self.manual.findData(expl.grade_manual)))
        for p in expl.points:
            parts = []
            if p.channel_points:
                parts.append(f"{labels.label(p.channel, lang)} "
                             f"{explain.signed(p.channel_points * p.factor)}")
            if p.outcome_points:
                parts.append(f"{labels.label(p.outcome, lang)} "
                             f"{explain.signed(p.outcome_points * p.factor)}")
            text = f"{p.day:%m-%d}   " + "   ".join(parts)
            if p.factor < 1:
                text += "   " + self.tr("(older than %1 days: half)").replace(
                    "%1", str(expl.rules.full_days))
            item = QListWidgetItem(channel_icons.icon(p.channel), text)
            self.points.addItem(item)
        self.empty_label.setVisible(not expl.points)

    def _manual_chosen(self, _index: int) -> None:
        if self._contact_id is None:
            return
        value = self.manual.currentData() or "auto"
        BulkOperations(self.ops, self).set_field([self._contact_id], "grade", value,
                                                 self.tr("Grade"))
        self.refresh()
