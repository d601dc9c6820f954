"""The window's Grades menu: the rules editor, the content report, a grade's procedure for
the group, and the once-a-day regrade (scores age as days pass) off the GUI thread, on the
data-safety queue.

Signals:
    failed(str): an expected error, for the window's message.
    choices_changed(): behaviours or content pieces were added, renamed or removed (the
        quick-log bar reads them again).
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.core.errors import ContactBookError
from desktop_app.ui.common.core_text import error_core_text
from desktop_app.ui.common.shortcuts import text_action
from desktop_app.ui.common.words import over_capacity_text, sentences
from desktop_app.ui.common.workers import Workers
from desktop_app.ui.grading.procedure_ops import start_procedures

DELAY_MS = 3000


class Grading(QObject):
    failed = Signal(str)
    choices_changed = Signal()

    def __init__(self, ops, group_ids, writable, parent=None, workers: Workers | None = None):
        super().__init__(parent)
        self.ops = ops
        self.group_ids = group_ids  # callable: the ids of the filtered list
        self.writable = writable  # callable
        self.today = date.today
        self.window = parent
        # the data-safety queue (one task at a time): the regrade never overlaps a check,
        # a backup or a restore, and the window's shutdown waits for it
        self.workers = workers if workers is not None else Workers(self)
        self._queued = False  # a daily regrade waits in the queue or runs
        self._timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self._timer.timeout.connect(self._regrade_now)
        self.rules_action = text_action(self.tr("&Behaviours and Grades…"), self)
        self.content_action = text_action(self.tr("&Content Report…"), self)
        self.apply_action = text_action(self.tr("&Apply the Grade's Procedure to the Group"), self)
        self.apply_action.setToolTip(self.tr("Start each lead's cadence for its grade; a lead "
                                             "that runs one keeps it"))

    def add_menu(self, menu_bar) -> None:
        menu = menu_bar.addMenu(self.tr("Gra&des"))  # &G is the Group menu
        menu.addActions([self.rules_action, self.apply_action])
        menu.addSeparator()
        menu.addAction(self.content_action)

    def connect_signals(self) -> None:
        self.rules_action.triggered.connect(self.edit_rules)
        self.content_action.triggered.connect(self.show_content)
        self.apply_action.triggered.connect(self.apply_procedures)

    def set_read_only(self, read_only: bool) -> None:
        self.rules_action.setEnabled(not read_only)
        self.apply_action.setEnabled(not read_only)

    def regrade_if_stale(self) -> None:
        """Once a day: every score as of today (a worker; the list refreshes after), a few
        seconds after the database became writable (start-up has other work first)."""
        if not self._timer.isActive():
            self._timer.start()

    def _regrade_now(self) -> None:
        from desktop_app.core.grading import (
            score,  # seconds after start-up: not before the paint
        )

        if self._queued or not self.writable() or score.is_current(self.today()):
            return
        self._queued = True
        self.workers.run(score.ensure_current, self.today(), close=True,
                         done=self._regraded, failed=self._failed)

    def _regraded(self, changes) -> None:
        self._queued = False
        if changes:
            self.ops.events.changed.emit(changes)

    def shutdown(self) -> None:
        """The window closes: no regrade starts any more (the data-safety queue waits for
        a running one)."""
        self._timer.stop()

    def edit_rules(self) -> None:
        from desktop_app.ui.grading.rules_dialog import RulesDialog

        dialog = RulesDialog(self.window, self.today)
        if dialog.exec() and dialog.changed is not None:
            self.ops.events.changed.emit(dialog.changed)
        self.choices_changed.emit()

    def show_content(self) -> None:
        from desktop_app.ui.grading.content_report import ContentReport

        ContentReport(self.window, writable=self.writable()).exec()
        self.choices_changed.emit()

    def apply_procedures(self) -> None:
        """Start each lead's grade procedure for the group (spread at the daily capacity, the
        closed leads left out: ``procedures.apply``), as one step on the undo stack."""
        ids = self.group_ids()
        try:
            if len(ids) > 1 and not self._confirmed(ids):
                return
            done = start_procedures(self.ops, ids, self.today(),
                                    self.tr("Apply the grade's procedure to %1 lead(s)")
                                    .replace("%1", f"{len(ids):,}"))
        except ContactBookError as e:
            self.failed.emit(error_core_text(e))
            return
        started = sum(len(v) for v in done.started.values())
        text = self.tr("Procedures started for %1 leads; %2 already run a cadence and were "
                       "left alone; %3 have a grade without a procedure.").replace(
            "%1", f"{started:,}").replace("%2", f"{len(done.skipped):,}").replace(
            "%3", f"{len(done.without):,}")
        more = []
        if done.first_day is not None and done.first_day != done.last_day:
            more.append(self.tr("First touches from %1 to %2, at most %3 a day.").replace(
                "%1", done.first_day.isoformat()).replace(
                "%2", done.last_day.isoformat()).replace("%3", f"{done.per_day:,}"))
        elif done.first_day is not None:
            more.append(self.tr("First touches on %1.").replace(
                "%1", done.first_day.isoformat()))
        if done.closed_left_out:
            more.append(self.tr("Left out %1 closed lead(s) (won, lost).").replace(
                "%1", f"{done.closed_left_out:,}"))
        if done.over:  # hot leads on days an older plan filled: said, not silent
            more.append(over_capacity_text(done.over, done.per_day))
        text = sentences(text, *more)
        self.window.statusBar().showMessage(text, 15_000)

    def _confirmed(self, ids) -> bool:
        """What the group's procedures would start, asked before (a menu's letters started
        the cadences of a whole list, 674 leads in the demo, without a word)."""
        from PySide6.QtWidgets import QMessageBox

        from desktop_app.core.followup import template_store
        from desktop_app.core.followup.group_start import capacity
        from desktop_app.core.grading import procedures
        from desktop_app.ui.common.words import template_name

        plan = procedures.outline(ids)
        lines = []
        for grade, leads, key in plan.by_grade:
            what = template_name(template_store.find(key).template) if key else \
                self.tr("no procedure, left alone")
            line = self.tr("Grade %1: %2 → %3").replace("%1", grade) if grade else \
                self.tr("No grade: %2 → %3")
            lines.append(line.replace("%2", f"{leads:,}").replace("%3", what))
        text = self.tr("Start the grade's procedure for the %1 leads of the group?").replace(
            "%1", f"{plan.leads:,}") + "\n\n" + "\n".join(lines)
        more = []
        if plan.running:
            more.append(self.tr("%1 already run a cadence and keep it.").replace(
                "%1", f"{plan.running:,}"))
        if plan.closed:
            more.append(self.tr("%1 closed lead(s) (won, lost) are left out.").replace(
                "%1", f"{plan.closed:,}"))
        more.append(self.tr("At most %1 first touches a day; Edit › Undo takes it back.")
                    .replace("%1", f"{capacity():,}"))
        text += "\n\n" + sentences(*more)
        return QMessageBox.question(
            self.window, self.tr("Apply the Grade's Procedure"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes) == QMessageBox.StandardButton.Yes

    def _failed(self, error) -> None:
        self._queued = False
        if isinstance(error, ContactBookError):
            self.failed.emit(error_core_text(error))
            return
        raise error
