"""Content: the pieces sent to leads and what they brought back (times sent, replies, reply
rate, won deals that received it). The figures are one SQL aggregate (``grading.content``);
pieces are added here and named when logging a touch. The report leaves the dialog as the
Reports tab's do (Export: CSV, xlsx, PDF; Print), with the columns of ``report content``
(``reports.tables.content_table``)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop_app.core.errors import ContactBookError
from desktop_app.core.grading import content
from desktop_app.core.reports import tables
from desktop_app.ui.common.core_text import error_core_text
from desktop_app.ui.common.fit import fit_placeholder
from desktop_app.ui.common.words import rounded_amount_text


def _cell(text: str, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class ContentReport(QDialog):
    def __init__(self, parent=None, writable: bool = True):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Content Report"))
        self.table = QTableWidget(0, 7)
        # Tab goes on through the dialog (it walked every cell first); the arrows move between
        # the cells, and Tab in a cell being edited still moves to the next one
        self.table.setTabKeyNavigation(False)
        self.table.setHorizontalHeaderLabels([
            self.tr("Content"), self.tr("Kind"), self.tr("Sent"), self.tr("Replies"),
            self.tr("Reply rate"), self.tr("Won deals"), self.tr("Won value")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.name = QLineEdit()
        fit_placeholder(self.name, self.tr("Name, e.g. Huaxin case study"))
        self.kind = QLineEdit()
        fit_placeholder(self.kind, self.tr("Kind: case study, article, quote"))
        self.link = QLineEdit()
        fit_placeholder(self.link, self.tr("Link or file path"))
        self.add_button = QPushButton(self.tr("Add Content"))
        self.add_button.setEnabled(writable)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #c0392b;")
        self.error_label.hide()
        note = QLabel(self.tr("A reply: the touch was answered, or the lead wrote or called "
                              "within %1 days.").replace("%1", str(content.REPLY_DAYS)))
        note.setStyleSheet("color: gray;")
        self.empty_hint = QLabel(self.tr(
            "No content yet. Add below what you send to leads (a case study, an article, a "
            "quote); then name it when you log a touch (the content box beside the note), and "
            "this table shows which pieces get replies and deals."))
        self.empty_hint.setWordWrap(True)
        adding = QHBoxLayout()
        for w, stretch in ((self.name, 2), (self.kind, 1), (self.link, 2), (self.add_button, 0)):
            adding.addWidget(w, stretch)
        self.saved_label = QLabel()  # where an export went (the window's status bar is behind)
        self.saved_label.setStyleSheet("color: gray;")
        self.saved_label.setWordWrap(True)
        self.saved_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton(self.tr("Export…"),
                                               QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button = buttons.addButton(self.tr("Print…"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addLayout(adding)
        layout.addWidget(self.error_label)
        layout.addWidget(self.saved_label)
        layout.addWidget(buttons)
        self.add_button.clicked.connect(self.add_piece)
        self.export_button.clicked.connect(self.export)
        self.print_button.clicked.connect(self.print_report)
        self.resize(760, 420)
        self.refresh()

    def refresh(self) -> None:
        rows = content.report()
        # what Export and Print write: the CLI's columns, numbers as numbers
        self.rows, self.grid = rows, tables.content_table(rows, content.REPLY_DAYS)
        self.empty_hint.setVisible(not rows)
        for button in (self.export_button, self.print_button):
            button.setEnabled(bool(rows))
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            # as the CLI and the other reports write a rate: 9.7%, not 10%
            rate = "—" if row.reply_rate is None else f"{row.reply_rate * 100:.1f}%"
            cells = [_cell(row.name), _cell(row.kind), _cell(f"{row.sent:,}", True),
                     _cell(f"{row.replies:,}", True), _cell(rate, True),
                     _cell(f"{row.won:,}", True),
                     _cell(rounded_amount_text(row.won_value) if row.won_value else "", True)]
            for c, item in enumerate(cells):
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def export(self) -> str | None:
        """Ask for a file (CSV, Excel or PDF) and write the report there; returns the path."""
        from desktop_app.ui.reports.report_output import export_report

        path = export_report(self, self.grid, self.rows, "content")
        if path:
            self.saved_label.setText(self.tr("Saved the report to %1.").replace("%1", path))
            self.saved_label.show()
        return path

    def print_report(self) -> None:
        from desktop_app.ui.reports.report_output import preview_report

        preview_report(self, self.grid, self.rows, "content")

    def add_piece(self) -> None:
        self.error_label.hide()
        try:
            content.add(self.name.text(), self.kind.text(), self.link.text())
        except ContactBookError as e:
            self.error_label.setText(error_core_text(e))
            self.error_label.show()
            return
        for edit in (self.name, self.kind, self.link):
            edit.clear()
        self.refresh()
