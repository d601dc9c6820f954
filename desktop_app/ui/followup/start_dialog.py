"""Start a cadence for the selected leads or everyone in the current filter: pick a template
and day 1; leads that already run a cadence are replaced or skipped, as the user chooses.
Closed leads (成交/流失) are left out unless "include closed leads" is ticked, and the dialog
says how many; more leads than the daily capacity start over several working days, and the
dialog shows that spread as the plan counts it (``core.followup.group_start``): each lead's
first touch on the day it falls (长期培育's is on day 7), and their day 1s when those differ.
The grade A leads of a group go first (they queue only behind other A leads, not behind the
days an earlier start filled): the dialog names their days, and a day they put over the
capacity is said before Start."""
from __future__ import annotations

from collections import Counter
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
)

from desktop_app.core.followup import cadence, group_start, touchpoints
from desktop_app.core.followup import template_store as cadence_store
from desktop_app.ui.common.undo import EXPECTED_ERRORS, error_message
from desktop_app.ui.common.words import over_capacity_text, template_name

PREVIEW_STEPS = 6
SPREAD_SHOWN = 4  # days of the spread listed before "…"


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
        self._group_ids = None  # read once, when first needed
        self.template = QComboBox()
        templates = cadence_store.templates()
        names = [template_name(t) for t in templates]
        for t, name in zip(templates, names):  # the key tells apart two of the same name
            self.template.addItem(f"{name} ({t.key})" if names.count(name) > 1 else name, t.id)
        self.start = QDateEdit()
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd")
        day = today()
        self.start.setDate(QDate(day.year, day.month, day.day))
        self.only_selected = QRadioButton(self.tr("&Selected leads (%1)").replace(
            "%1", f"{len(self.selected):,}"))
        self.whole_group = QRadioButton(self.tr("&Everyone in the current list (%1)").replace(
            "%1", f"{group_count:,}"))
        # a focused row counts as selected (the window passes it): never "the whole list" then
        (self.only_selected if self.selected else self.whole_group).setChecked(True)
        self.only_selected.setEnabled(bool(self.selected))
        self.whole_group.setEnabled(group_count > 0)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setStyleSheet("color: gray;")
        self.include_closed = QCheckBox(self.tr("&Include closed leads (won, lost)"))
        self.left_out = QLabel()
        self.left_out.setWordWrap(True)
        self.spread = QLabel()
        self.spread.setWordWrap(True)
        self.over = QLabel()  # the days the A leads put over the capacity
        self.over.setWordWrap(True)
        self.over.setStyleSheet("color: #8a6d3b;")
        self.over.setVisible(False)
        form = QFormLayout()
        form.addRow(self.tr("&Template"), self.template)
        form.addRow(self.tr("&Day 1"), self.start)
        form.addRow(self.tr("&For"), self.only_selected)
        form.addRow("", self.whole_group)
        form.addRow("", self.include_closed)
        form.addRow("", self.left_out)
        form.addRow(self.tr("Touches on"), self.preview)
        # what the capacity counts: each lead's first touch on its day (长期培育: day 7), as
        # the plan does; it said "Starts per day" and listed the day 1s (12-07, 12-09, ...)
        # while the first calls fell on 12-14, 12-15, ...
        form.addRow(self.tr("First touches per day"), self.spread)
        form.addRow("", self.over)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.start_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.start_button.setText(self.tr("Start"))
        buttons.accepted.connect(self.run)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        # room for the wrapped lines below (it opened at its minimum, ~255 px wide in Chinese,
        # where they ran into each other and the buttons)
        self.setMinimumWidth(480)
        self.template.currentIndexChanged.connect(lambda *_: self._show_preview())
        self.start.dateChanged.connect(lambda *_: self._show_preview())
        for widget in (self.only_selected, self.whole_group, self.include_closed):
            widget.toggled.connect(self._show_plan)
        self.template.currentIndexChanged.connect(self._show_plan)
        self.start.dateChanged.connect(self._show_plan)
        self._show_preview()
        self._show_plan()

    def chosen_template(self) -> cadence_store.Template:
        return cadence_store.by_id(self.template.currentData())

    def _show_preview(self, first: date | None = None) -> None:
        """The first lead's touch days: from Day 1, or from ``first`` (its day 1) when the
        capacity starts nobody on Day 1 (the days of their first touch are full): the preview
        said 12-07, 12-08 while the spread below it said the leads start on 12-25."""
        tpl = self.chosen_template().template
        day_one = self.start.date().toPython()
        dates = cadence.schedule(tpl, first or day_one, PREVIEW_STEPS)
        text = ", ".join(d.strftime("%m-%d") for d in dates)
        if tpl.repeats:
            text += " …"
        if first is not None and first > tpl.calendar.roll_forward(day_one) and dates:
            text += "\n" + self.tr("(the first touches start on %1: the days before are "
                                   "full)").replace("%1", dates[0].strftime("%m-%d"))
        self.preview.setText(text)

    def ids(self) -> list[int]:
        if self.only_selected.isChecked():
            return self.selected
        if self._group_ids is None:
            self._group_ids = list(self.group())
        return self._group_ids

    def plan(self) -> group_start.Plan | None:
        ids = self.ids()
        if not ids:
            return None
        return group_start.plan(ids, self.start.date().toPython(),
                                include_closed=self.include_closed.isChecked(),
                                template=self.chosen_template().template)

    def _show_plan(self) -> None:
        """How many closed leads are left out, how many first touches fall on each day (what
        the capacity counts), and the leads' day 1s when they are not those days."""
        try:
            plan = self.plan()
        except EXPECTED_ERRORS as e:
            self.spread.setText(error_message(e))
            return
        self.start_button.setEnabled(plan is not None and bool(plan.targets))
        self.over.setText(over_capacity_text(plan.over, plan.per_day, one_lead=False)
                          if plan is not None else "")
        self.over.setVisible(bool(self.over.text()))
        if plan is None:
            self.left_out.clear()
            self.spread.clear()
            return
        if plan.closed_left_out == 1:
            self.left_out.setText(self.tr("1 closed lead (won or lost) will be left out."))
        elif plan.closed_left_out:
            self.left_out.setText(self.tr("%1 closed leads (won, lost) will be left out.").replace(
                "%1", f"{plan.closed_left_out:,}"))
        else:
            self.left_out.setText("")
        self.left_out.setVisible(bool(plan.closed_left_out))
        touches = plan.first_touches or plan.starts
        spread = sorted(Counter(touches[c] for c in plan.targets).items())
        self._show_preview(plan.first_day)
        if not plan.targets:
            self.spread.setText(self.tr("Nobody to start: every lead here is closed. Tick "
                                        "\"Include closed leads\" to start them anyway."))
            return
        days = [(self.tr("%1: 1 lead") if n == 1 else self.tr("%1: %2 leads"))
                .replace("%1", d.strftime("%m-%d")).replace("%2", f"{n:,}")
                for d, n in spread[:SPREAD_SHOWN]]
        text = self.tr(", ").join(days) + (" …" if len(spread) > SPREAD_SHOWN else "")
        if len(spread) > 1:
            text += "\n" + self.tr("The first touches of %1 leads over %2 working days, at "
                                   "most %3 a day").replace(
                "%1", f"{len(plan.targets):,}").replace("%2", str(len(spread))).replace(
                "%3", str(plan.per_day))
        hot = sorted({touches[c] for c in plan.targets if c in plan.hot})
        if hot and len(plan.hot) < len(plan.targets):  # a group that mixes A leads and others
            text += "\n" + (self.tr("A leads first (%1): %2") if hot[0] == hot[-1] else
                            self.tr("A leads first (%1): %2 to %3")).replace(
                "%1", f"{len(plan.hot):,}").replace("%2", hot[0].strftime("%m-%d")).replace(
                "%3", hot[-1].strftime("%m-%d"))
        if any(plan.starts[c] != touches[c] for c in plan.targets):  # 长期培育: day 7 first
            first, last = plan.first_day, plan.last_day
            text += "\n" + (self.tr("Day 1 of these leads: %1") if first == last else
                            self.tr("Day 1 of these leads: %1 to %2")).replace(
                "%1", first.strftime("%m-%d")).replace("%2", last.strftime("%m-%d"))
        self.spread.setText(text)

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
            self.result_value = self.cadence_ops.start_group(
                ids, self.template.currentData(), self.start.date().toPython(), existing,
                include_closed=self.include_closed.isChecked())
        except EXPECTED_ERRORS as e:
            QMessageBox.warning(self, self.windowTitle(), error_message(e))
            return
        self.accept()


def start_cadence(parent, cadence_ops, selected, group, group_count, today) -> object | None:
    """Show the dialog; the start's ``GroupStarted``, or None when cancelled."""
    dialog = StartCadenceDialog(cadence_ops, selected, group, group_count, today, parent)
    dialog.exec()
    return dialog.result_value


__all__ = ["StartCadenceDialog", "start_cadence"]
