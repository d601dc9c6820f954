"""The detail pane's Grade tab: the grade in force, the computed one and a manual override,
the grade's procedure (the cadence it gets: running, or a button that starts it for this
lead, undoable) and the score's explanation, one counted entry a line ("11-20  私信 +5")."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import ContactBookError, NotFound
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
        self.procedure_label = QLabel()  # the grade's cadence: running, or not started
        self.procedure_label.setWordWrap(True)
        self.start_button = QPushButton()
        self.start_button.setToolTip(self.tr("Start the grade's cadence for this lead (Undo "
                                             "takes it back)"))
        self.start_button.hide()
        self._procedure = None  # the template key the start button starts
        form = QFormLayout()
        form.addRow(self.tr("Manual grade"), self.manual)
        procedure = QHBoxLayout()
        procedure.addWidget(self.procedure_label, 1)
        procedure.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.grade_label)
        layout.addWidget(self.why_label)
        layout.addLayout(form)
        layout.addLayout(procedure)
        layout.addWidget(QLabel(self.tr("What the score is made of:")))
        layout.addWidget(self.points, 1)
        layout.addWidget(self.empty_label)
        self.manual.activated.connect(self._manual_chosen)
        self.start_button.clicked.connect(self.start_procedure)

    def set_contact(self, contact_id: int | None) -> None:
        self._contact_id = contact_id
        self.refresh()

    def set_read_only(self, read_only: bool) -> None:
        self.manual.setEnabled(not read_only)
        self.start_button.setEnabled(not read_only)

    def refresh(self) -> None:
        self.points.clear()
        if self._contact_id is None:
            self.grade_label.setText("")
            self.why_label.setText("")
            self.procedure_label.setText("")
            self.start_button.hide()
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
        self._show_procedure(expl.grade, expl.rules.procedures.get(expl.grade))
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

    def _show_procedure(self, grade: str, key: str | None) -> None:
        """What the grade's procedure is and whether this lead runs a cadence."""
        from desktop_app.core.followup import template_store, touchpoints
        from desktop_app.ui.common.words import sentences, template_name

        pending = touchpoints.pending_for(self._contact_id).get(self._contact_id)
        try:
            name = template_name(template_store.find(key)) if key else None
        except NotFound:  # (a grade names a live template: core refuses anything else)
            name = key
        if name is None:
            text = self.tr("Grade %1 has no procedure (Grades › Behaviours and Grades…).") \
                .replace("%1", grade)
        else:
            text = self.tr("Procedure for grade %1: %2.").replace("%1", grade) \
                .replace("%2", name)
        if pending is not None:
            running = template_name(template_store.by_id(pending.template_id))
            text = sentences(text, self.tr("Runs %1; next touch %2.").replace(
                "%1", running).replace("%2", pending.due.isoformat()))
        elif name is not None:
            text = sentences(text, self.tr("No cadence runs."))
        self.procedure_label.setText(text)
        self._procedure = key if name is not None and pending is None else None
        self.start_button.setText(self.tr("Start %1").replace("%1", name or ""))
        self.start_button.setVisible(self._procedure is not None)

    def start_procedure(self) -> None:
        """Start the grade's procedure for this lead (one undo step), day 1 today."""
        from desktop_app.ui.common.words import over_capacity_text, sentences
        from desktop_app.ui.grading.procedure_ops import start_procedures

        if self._contact_id is None or self._procedure is None:
            return
        try:
            done = start_procedures(self.ops, [self._contact_id], self.today(),
                                    self.tr("Start the grade's procedure"))
        except ContactBookError as e:
            from desktop_app.ui.common.core_text import error_core_text

            self.procedure_label.setText(error_core_text(e))
            return
        self.refresh()
        if done.over:  # today was full: this lead goes first all the same, and it is said
            self.procedure_label.setText(sentences(self.procedure_label.text(),
                                                   over_capacity_text(done.over,
                                                                      done.per_day)))

    def _manual_chosen(self, _index: int) -> None:
        if self._contact_id is None:
            return
        value = self.manual.currentData() or "auto"
        BulkOperations(self.ops, self).set_field([self._contact_id], "grade", value,
                                                 self.tr("Grade"))
        self.refresh()
