"""The import wizard: File › Import… (Ctrl+I). Thin: each page calls one step of
``core.transfer.importing`` (see its docstring); the long steps run in ``ImportRunner``'s worker."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWizard

from desktop_app.ui.transfer.import_wizard.duplicates_page import DuplicatesPage
from desktop_app.ui.transfer.import_wizard.file_page import FilePage
from desktop_app.ui.transfer.import_wizard.import_page import ImportPage
from desktop_app.ui.transfer.import_wizard.mapping_page import MappingPage
from desktop_app.ui.transfer.import_wizard.report_page import ReportPage
from desktop_app.ui.transfer.import_wizard.runner import ImportRunner
from desktop_app.ui.transfer.import_wizard.undo_command import ImportCommand, undo_now

FILE, MAPPING, DUPLICATES, IMPORT, REPORT = range(5)


class ImportWizard(QWizard):
    """``window`` is the MainWindow: its ``safety`` (backup first, writable), ``events``
    (the refresh after the import) and ``ops`` (the undo stack)."""

    def __init__(self, window, path: str | None = None):
        super().__init__(window)
        self.main_window = window
        self.setWindowTitle(self.tr("Import Contacts"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.runner = ImportRunner(window.safety.db, self)
        self.columns: list = []
        self.command: ImportCommand | None = None
        self._close_when_stopped = False
        self.file_page = FilePage()
        self.mapping_page = MappingPage()
        self.duplicates_page = DuplicatesPage()
        self.import_page = ImportPage()
        self.report_page = ReportPage()
        self.duplicates_page.setCommitPage(True)
        self.duplicates_page.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        for page_id, page in enumerate((self.file_page, self.mapping_page,
                                        self.duplicates_page, self.import_page,
                                        self.report_page)):
            self.setPage(page_id, page)
        self.resize(960, 640)
        if path:
            self.file_page.set_path(str(path))

    @property
    def source(self):
        return self.file_page.source

    @property
    def policy(self) -> str:
        return self.duplicates_page.policy

    # --- called by the pages --------------------------------------------------------------------

    def imported(self, report) -> None:
        """The import is written: the window shows it, and Edit › Undo can take it back."""
        from desktop_app.core.changes import Changes

        ops = self.main_window.ops
        if report.batch_id is not None:  # (None: nothing created or changed, nothing to undo)
            self.main_window.events.changed.emit(
                report.changes | Changes(rows_added_or_removed=True))
            self.command = ImportCommand(ops, report, self.main_window)
            ops.stack.push(self.command)
        self._stopped_then_close()

    def stopped(self) -> None:
        """The import page ended without importing (cancelled, failed, read-only)."""
        self._stopped_then_close()

    def _stopped_then_close(self) -> None:
        if self._close_when_stopped:
            self._close_when_stopped = False
            super().reject()

    def undo_import(self):
        """The report page's button: undo this import (None when it failed)."""
        if self.command is None:
            return None
        return undo_now(self.main_window.ops, self.command)

    # --- closing ----------------------------------------------------------------------------------

    def reject(self) -> None:
        """Cancel or close: a running import is cancelled first (the wizard closes when the
        worker has reported back); counting is stopped at once."""
        if self.import_page.running:
            self._close_when_stopped = True
            self.import_page.cancel()
            return
        if self.runner.busy:
            self.runner.cancel()
            self.runner.wait()
        super().reject()

    def done(self, result: int) -> None:
        if self.runner.busy and not self.import_page.running:
            self.runner.cancel()
            self.runner.wait()
        super().done(result)


def open_import_wizard(window, path: str | None = None) -> ImportWizard | None:
    """File › Import…: the wizard, window-modal; not while the database is read-only."""
    if not window.safety.writable:
        window.show_error(QCoreApplication.translate(
            "ImportWizard", "The database is read-only, so nothing can be imported."))
        return None
    if not window.keep_edits():
        return None
    wizard = ImportWizard(window, path)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.open()
    return wizard
