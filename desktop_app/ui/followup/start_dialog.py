"""Start a cadence for the selected leads or everyone in the current filter: pick a template
and day 1; leads that already run a cadence are replaced or skipped, as the user chooses."""
from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QMessageBox,
    QRadioButton, QVBoxLayout,
)

from desktop_app.core.followup import cadence
from desktop_app.core.followup import template_store as cadence_store
from desktop_app.core.followup import touchpoints
from desktop_app.ui.common.undo import EXPECTED_ERRORS, error_message

PREVIEW_STEPS = 6


class StartCadenceDialog(QDialog):
    """``selected`` are the selected contact ids; ``group`` a callable returning the ids of
    the current filter (read only if chosen); ``cadence_ops`` runs the start (undoable)."""

    def __init__(self, cadence_ops, selected: list[int], group, group_count: int, today,
                 parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start Cadence"))
        self.cadence_ops = cadence_ops
        self.selected = list(selected)
        self.group = group
        self.today = today
        self.result_value = None
        self.template = QComboBox()
        for t in cadence_store.templates():
            self.template.addItem(f"{t.name} ({t.key})", t.id)
        self.start = QDateEdit()
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd")
        day = today()
        self.start.setDate(QDate(day.year, day.month, day.day))
        self.only_selected = QRadioButton(self.tr("Selected leads (%1)").replace(
            "%1", f"{len(self.selected):,}"))
        self.whole_group = QRadioButton(self.tr("Everyone in the current list (%1)").replace(
            "%1", f"{group_count:,}"))
        (self.only_selected if self.selected else self.whole_group).setChecked(True)
        self.only_selected.setEnabled(bool(self.selected))
        self.whole_group.setEnabled(group_count > 0)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setStyleSheet("color: gray;")
        form = QFormLayout()
        form.addRow(self.tr("Template"), self.template)
        form.addRow(self.tr("Day 1"), self.start)
        form.addRow(self.tr("For"), self.only_selected)
        form.addRow("", self.whole_group)
        form.addRow(self.tr("Touches on"), self.preview)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        buttons.accepted.connect(self.run)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.template.currentIndexChanged.connect(self._show_preview)
        self.start.dateChanged.connect(self._show_preview)
        self._show_preview()

    def chosen_template(self) -> cadence_store.Template:
        return cadence_store.by_id(self.template.currentData())

    def _show_preview(self) -> None:
        tpl = self.chosen_template().template
        dates = cadence.schedule(tpl, self.start.date().toPython(), PREVIEW_STEPS)
        text = ", ".join(d.strftime("%m-%d") for d in dates)
        if tpl.repeats:
            text += " …"
        self.preview.setText(text)

    def ids(self) -> list[int]:
        return self.selected if self.only_selected.isChecked() else list(self.group())

    def ask_existing(self, running: int, total: int) -> str | None:
        """"replace", "skip" or None (cancel) for leads that already run a cadence."""
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(), self.tr(
            "%1 of the %2 leads already run a cadence. Replace theirs with this one, or "
            "leave them alone?").replace("%1", f"{running:,}").replace("%2", f"{total:,}"),
            parent=self)
        replace = box.addButton(self.tr("Replace"), QMessageBox.ButtonRole.AcceptRole)
        skip = box.addButton(self.tr("Skip Them"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        return "replace" if clicked is replace else "skip" if clicked is skip else None

    def run(self) -> None:
        ids = self.ids()
        if not ids:
            return
        existing = "ask"
        running = touchpoints.active_among(ids)
        if running:
            existing = self.ask_existing(len(running), len(ids))
            if existing is None:
                return
        try:
            self.result_value = self.cadence_ops.start(
                ids, self.template.currentData(), self.start.date().toPython(), existing)
        except EXPECTED_ERRORS as e:
            QMessageBox.warning(self, self.windowTitle(), error_message(e))
            return
        self.accept()


def start_cadence(parent, cadence_ops, selected, group, group_count, today) -> object | None:
    """Show the dialog; the start's result, or None when cancelled."""
    dialog = StartCadenceDialog(cadence_ops, selected, group, group_count, today, parent)
    dialog.exec()
    return dialog.result_value


__all__ = ["StartCadenceDialog", "start_cadence"]
