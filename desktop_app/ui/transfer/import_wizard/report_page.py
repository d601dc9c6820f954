"""Step 5: what the import did: counts, the skipped rows with line and reason, Save report…,
and Undo this import."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QHBoxLayout, QHeaderView,
                               QLabel, QMessageBox, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWizardPage)

from desktop_app.ui.common.words import count_text, sentences
from desktop_app.ui.transfer.import_wizard.labels import detail_text, reason_label


class ReportPage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Import finished"))
        self.setSubTitle(self.tr("What was imported, and every row that was skipped with its "
                                 "line in the file."))
        self.report = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Reason"),
                                              self.tr("Detail")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.undo_note = QLabel()
        self.undo_note.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save Report…"))
        self.undo_button = QPushButton(self.tr("Undo This Import…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.undo_note)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self._end = layout.count()  # a stretch: without skipped rows the text stays on top
        layout.addStretch(0)
        self.save_button.clicked.connect(self.save)
        self.undo_button.clicked.connect(self.undo)

    def initializePage(self) -> None:
        report = self.report = self.wizard().import_page.report
        text = self.tr("New contacts: %1 · merged into contacts you had: %2 · "
                       "skipped: %3 (of %4 rows in the file).").replace("%1", f"{report.created:,}") \
            .replace("%2", f"{report.merged:,}").replace("%3", f"{len(report.skipped):,}") \
            .replace("%4", f"{report.rows:,}")
        if report.merged_unchanged:  # (no space after a Chinese full stop)
            text = sentences(text, self.tr("%1 of the merged rows added nothing new.").replace(
                "%1", f"{report.merged_unchanged:,}"))
        self.summary.setText(text)
        issues = [(i, reason_label(i.code)) for i in report.skipped] + \
            [(i, reason_label("warning")) for i in report.warnings]
        self.table.setRowCount(len(issues))
        for row, (issue, reason) in enumerate(issues):
            line = QTableWidgetItem(str(issue.line))
            self.table.setItem(row, 0, line)
            self.table.setItem(row, 1, QTableWidgetItem(reason))
            self.table.setItem(row, 2, QTableWidgetItem(detail_text(issue)))
        self.table.setVisible(bool(issues))
        self.layout().setStretch(self._end, 0 if issues else 1)
        if report.batch_id is None:
            self.undo_note.setText(self.tr("Nothing was created or changed: there is nothing "
                                           "to undo."))
            self.undo_button.setEnabled(False)
            return
        self.undo_note.setText(self.tr("Changed your mind? Undo This Import (or Edit › Undo) "
                                       "removes the contacts it created and reverts what it "
                                       "merged. Import #%1.").replace("%1",
                                                                      str(report.batch_id)))
        self.undo_button.setEnabled(True)

    def skipped_lines(self) -> list[int]:
        return [int(self.table.item(r, 0).text()) for r in range(self.table.rowCount())
                if self.table.item(r, 1).text() != reason_label("warning")]

    def save(self) -> None:
        name = Path(self.report.file).stem + "-import-report.txt"
        start = str(self.wizard().source.path.with_name(name))
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save Report"), start,
            self.tr("Text (*.txt);;CSV for Excel (*.csv)"))
        if not path:
            return
        if not Path(path).suffix:
            path += ".csv" if "csv" in chosen.lower() else ".txt"
        try:
            self.report.save(path)
        except OSError as e:
            self.message.setText(self.tr("The report could not be saved: %1").replace(
                "%1", e.strerror or str(e)))
            return
        self.message.setText(self.tr("Report saved to %1.").replace("%1", path))

    def _undo_question(self) -> str:
        """What undoing does, in words that fit the counts (no "the 1 contacts", no "revert
        the 0 contacts it merged into")."""
        created, merged = self.report.created, self.report.merged
        if created and merged:
            return (self.tr("Remove the contacts this import created (%1) and revert those it "
                            "merged into (%2)? Contacts you changed since keep your changes.")
                    .replace("%1", f"{created:,}").replace("%2", f"{merged:,}"))
        if merged:
            return count_text(merged, self.tr("Revert the 1 contact this import merged into? "
                                              "If you changed it since, it keeps your changes."),
                              self.tr("Revert the %1 contacts this import merged into? "
                                      "Contacts you changed since keep your changes."))
        return count_text(created, self.tr("Remove the 1 contact this import created? If you "
                                           "changed it since, it stays."),
                          self.tr("Remove the %1 contacts this import created? Contacts you "
                                  "changed since keep your changes."))

    def undo(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Undo This Import"), self._undo_question(),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        result = self.wizard().undo_import()
        if result is None:
            return
        self.undo_button.setEnabled(False)
        self.message.setText(self.tr("The import was undone: removed %1, reverted %2, kept %3 "
                                     "(changed since).")
                             .replace("%1", f"{result.removed:,}")
                             .replace("%2", f"{result.reverted:,}")
                             .replace("%3", f"{result.kept:,}"))
