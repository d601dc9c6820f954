"""Step 4: a backup first, then the import in a worker with a progress bar and Cancel.
The core writes all or nothing: Cancel leaves the contacts exactly as they were."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, \
    QWizardPage

from desktop_app.core.backup import BEFORE_IMPORT
from desktop_app.ui.safety.text import error_text
from desktop_app.ui.common.undo import EXPECTED_ERRORS

EXPECTED = EXPECTED_ERRORS + (OSError,)
IDLE, BACKING_UP, IMPORTING, DONE = "idle", "backing-up", "importing", "done"


class ImportPage(QWizardPage):
    """``report``: the finished import's ImportReport (``report.cancelled`` after Cancel)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(self.tr("Your contacts are backed up first. Cancel leaves them exactly "
                                 "as they were."))
        self.state = IDLE
        self.report = None
        self._cancel_requested = False
        self._waiting_for_backup = self._listening = False
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.cancel_button = QPushButton(self.tr("Cancel Import"))
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(row)
        layout.addStretch(1)
        self.cancel_button.clicked.connect(self.cancel)

    @property
    def running(self) -> bool:
        return self.state in (BACKING_UP, IMPORTING)

    def initializePage(self) -> None:
        wizard = self.wizard()
        self.report = None
        self._cancel_requested = False
        self.setFinalPage(False)
        self.status.setStyleSheet("")
        safety = wizard.main_window.safety
        if not safety.writable:
            self._finish_with(self.tr("The database is read-only now, so nothing can be "
                                      "imported."), error=True)
            return
        self.state = BACKING_UP
        self.cancel_button.setEnabled(True)
        self.status.setText(self.tr("Backing up your contacts before the import…"))
        self.bar.setRange(0, 0)
        safety.failed.connect(self._backup_failed)
        self._waiting_for_backup = True
        safety.backup_before(BEFORE_IMPORT, self._start)

    def _disconnect_safety(self) -> None:
        if self._waiting_for_backup:
            self._waiting_for_backup = False
            self.wizard().main_window.safety.failed.disconnect(self._backup_failed)

    def _backup_failed(self, _message: str) -> None:
        if self.state != BACKING_UP:
            return
        self._disconnect_safety()
        self._finish_with(self.tr("Nothing was imported: the backup before the import could "
                                  "not be written."), error=True)

    def _start(self) -> None:
        self._disconnect_safety()
        if self._cancel_requested:
            self._finish_with(self.tr("Cancelled: nothing was imported. Your contacts are as "
                                      "they were before."))
            return
        wizard = self.wizard()
        self.state = IMPORTING
        self.status.setText(self.tr("Importing %1…").replace("%1", wizard.source.path.name))
        wizard.runner.progress.connect(self._progress)
        self._listening = True
        wizard.runner.run(wizard.source, wizard.columns, wizard.policy,
                          done=self._done, failed=self._failed)

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, total))
        self.status.setText(self.tr("Importing %1: %2 rows read…").replace(
            "%1", self.wizard().source.path.name).replace("%2", f"{done:,}"))

    def cancel(self) -> None:
        """Stop the import; the core rolls back everything it wrote."""
        if not self.running:
            return
        self._cancel_requested = True
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Cancelling…"))
        self.wizard().runner.cancel()

    def _stop_listening(self) -> None:
        if self._listening:
            self._listening = False
            self.wizard().runner.progress.disconnect(self._progress)

    def _done(self, report) -> None:
        self._stop_listening()
        self.report = report
        if report.cancelled:
            self._finish_with(self.tr("Cancelled: nothing was imported. Your contacts are as "
                                      "they were before."))
            return
        self.state = DONE
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Done."))
        self.wizard().imported(report)
        self.completeChanged.emit()
        QTimer.singleShot(0, self.wizard().next)

    def _failed(self, error) -> None:
        self._stop_listening()
        if not isinstance(error, EXPECTED):
            self._finish_with(self.tr("Nothing was imported."), error=True)
            raise error  # a bug: the excepthook reports it
        self._finish_with(self.tr("Nothing was imported: %1").replace("%1", error_text(error)),
                          error=True)

    def _finish_with(self, text: str, error: bool = False) -> None:
        """The import did not happen: say why; Finish closes the wizard."""
        self.state = DONE
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.cancel_button.setEnabled(False)
        self.status.setStyleSheet("color: #b00020;" if error else "")
        self.status.setText(text)
        self.setFinalPage(True)
        self.completeChanged.emit()
        self.wizard().stopped()

    def imported_ok(self) -> bool:
        return self.report is not None and not self.report.cancelled

    def isComplete(self) -> bool:
        return self.state == DONE

    def nextId(self) -> int:
        return super().nextId() if self.imported_ok() else -1
