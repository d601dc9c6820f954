"""The sync part of the main window: File › Sync… and, once an account is set up, a sync every
15 minutes while the window is open. A failed timed sync (offline, a server error) keeps
everything local and says so once in the status bar, until a sync works again.

Signals:
    changed(object): a sync changed contacts here (``Changes``), for the list and the panes.
    status(str): a line for the status bar.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.ui.common.shortcuts import text_action

INTERVAL_MS = 15 * 60 * 1000


class Sync(QObject):
    changed = Signal(object)
    status = Signal(str)

    def __init__(self, workers, writable, parent=None, today=date.today):
        super().__init__(parent)
        self.workers = workers  # the window's data-safety queue
        self.writable = writable  # callable
        self.today = today
        self.window = parent
        self.session: dict = {}  # this session's password when there is no keyring
        self._running = False
        self._said_offline = False
        self.timer = QTimer(self, interval=INTERVAL_MS)
        self.timer.timeout.connect(self.sync_in_background)
        self.action = text_action(self.tr("S&ync with the Phone…"), self)
        self.action.triggered.connect(self.open_dialog)

    def start(self) -> None:
        """After the start check: the timer runs (it syncs only when an account exists)."""
        self.timer.start()

    def shutdown(self) -> None:
        self.timer.stop()

    def set_read_only(self, read_only: bool) -> None:
        self.action.setEnabled(not read_only)

    def open_dialog(self) -> None:
        from desktop_app.ui.sync.sync_dialog import SyncDialog

        dialog = SyncDialog(self.window, self.workers, self.session, self.today)
        dialog.synced.connect(self.report_pass)
        dialog.exec()

    def sync_in_background(self) -> None:
        if self._running or not self.writable():
            return
        from desktop_app.ui.sync.sync_dialog import sync_pass

        self._running = True
        self.workers.run(sync_pass, self.session.get("password"), self.today(), None, None,
                         close=True,
                         done=self._done, failed=self._failed)

    def _done(self, report) -> None:
        self._running = False
        if report is not None:
            self.report_pass(report)

    def _failed(self, error) -> None:
        self._running = False
        self._offline(str(error))

    def report_pass(self, report) -> None:
        """A pass ended: its changes to the list and panes; a failure or conflicts said."""
        if report.changes:
            self.changed.emit(report.changes)
        if report.outcome == "failed" and report.emptied:  # only the user can say what it is
            if not self._said_offline:
                self._said_offline = True
                self.status.emit(self.tr(
                    "Sync with the phone stopped: the address book on the server is empty, but "
                    "%1 contacts were synced with it. Nothing was changed; choose what to do in "
                    "File › Sync with the Phone… (Sync Now).").replace("%1", f"{report.emptied:,}"))
            return
        if report.outcome == "failed":
            self._offline(report.problem)
            return
        self._said_offline = False
        if report.conflicts:
            self.status.emit(self.tr("Synced with the phone: %1 conflicts (the local values were "
                                     "kept; see the leads' timelines).")
                             .replace("%1", str(len(report.conflicts))))

    def _offline(self, _problem) -> None:
        if not self._said_offline:  # once, until a sync works again
            self._said_offline = True
            self.status.emit(self.tr("Sync with the phone failed; everything is kept here and "
                                     "the next sync tries again (File › Sync with the Phone…)."))
