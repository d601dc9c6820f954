"""The main window's remembered state (geometry, splitter, columns) and quitting: typed
edits are saved or the user decides. A part of ``MainWindow``."""
from __future__ import annotations

from PySide6.QtCore import QByteArray

from desktop_app.ui import settings


class WindowState:
    """Geometry, columns and closing of ``MainWindow``."""

    def bring_to_front(self) -> None:
        """Another launch for this database asked for the window."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def _restore_state(self) -> None:
        stored = settings()
        geometry = stored.value("main/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        splitter = stored.value("main/splitter")
        if isinstance(splitter, QByteArray):
            defaults = self.splitter.sizes()
            # a state saved by a version with other panes would hide one: keep the defaults
            if not self.splitter.restoreState(splitter) or 0 in self.splitter.sizes()[1:]:
                self.splitter.setSizes(defaults)
        header = stored.value("main/header")
        if isinstance(header, QByteArray):
            self.table.restore_header_state(header, stored.value("main/columns"),
                                            stored.value("main/columns_chosen"))

    def save_state(self) -> None:
        stored = settings()
        stored.setValue("main/geometry", self.saveGeometry())
        stored.setValue("main/splitter", self.splitter.saveState())
        header, columns, chosen = self.table.header_state()
        stored.setValue("main/header", header)
        stored.setValue("main/columns", columns)
        stored.setValue("main/columns_chosen", chosen)

    def closeEvent(self, event) -> None:
        from PySide6.QtWidgets import QMessageBox

        if self.safety_actions.busy_dialog is not None:  # the user waits for a restore...
            event.ignore()
            return
        detail = self._detail  # not built yet: nothing to save
        if detail is not None and detail.is_dirty() and not self.safety.writable:
            if not self.keep_edits():
                event.ignore()
                return
        elif detail is not None and not detail.save():
            answer = QMessageBox.question(
                self, self.tr("Contact Book"),
                self.tr("The contact could not be saved. Close anyway and lose the changes?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        self.save_state()
        self.model.shutdown()
        self.sidebar.shutdown()
        self.grading.shutdown()
        self.reports.shutdown()
        self.sync.shutdown()
        super().closeEvent(event)
