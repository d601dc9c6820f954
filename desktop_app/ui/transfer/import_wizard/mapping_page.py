"""Step 2: the first rows of the file, a field chooser above each column (pre-filled by
``guess_mapping``), and below the same rows as they will be stored (``preview``)."""
from __future__ import annotations

from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHeaderView, QLabel, QSplitter,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
                               QWizardPage)
from PySide6.QtCore import Qt

from desktop_app.core.transfer.importing import guess_mapping, preview
from desktop_app.core.transfer.importing.base import warning_line
from desktop_app.core.transfer.importing.report import RowIssue
from desktop_app.core.contacts.naming_tag import FIELDS
from desktop_app.ui.common.words import stage_names
from desktop_app.ui.common.core_text import message_text
from desktop_app.ui.transfer.import_wizard.labels import (
    choices,
    column_label,
    normal,
    reason_label,
    target_label,
)

ROWS = 20
STORED = FIELDS + ("tag_extra", "phones", "email", "wechat", "stage", "notes")


def _phones(candidate) -> str:
    return "; ".join(f"{p.label}: {p.raw}" if p.label else p.raw for p in candidate.phones)


def _table() -> QTableWidget:
    table = QTableWidget()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.verticalHeader().setDefaultSectionSize(24)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


class MappingPage(QWizardPage):
    """``wizard().columns``: one ``Column`` or None per header, as chosen here."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Check the columns"))
        self.setSubTitle(self.tr("Choose which field each column of the file fills. Below, "
                                 "the first rows appear as they will be stored."))
        self.source = None
        self.columns: list = []
        self.combos: list[QComboBox] = []
        self.raw_table = _table()
        self.stored_table = _table()
        self.stored_table.horizontalHeader().setStretchLastSection(True)
        self.raw_table.verticalHeader().setMinimumWidth(
            self.raw_table.fontMetrics().horizontalAdvance(self.tr("Field")) + 16)
        self.note = QLabel()
        self.note.setWordWrap(True)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(QLabel(self.tr("The file (first %1 rows):").replace(
            "%1", str(ROWS))))
        top_layout.addWidget(self.raw_table)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(QLabel(self.tr("As they will be stored:")))
        bottom_layout.addWidget(self.stored_table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.note)

    def initializePage(self) -> None:
        source = self.wizard().source
        if source is self.source:
            return  # back and forth: keep the choices made
        self.source = source
        self.columns = [normal(c) for c in guess_mapping(source)]
        self.columns += [None] * (len(source.headers) - len(self.columns))
        self._fill_raw()
        self.update_preview()

    def _fill_raw(self) -> None:
        source = self.source
        rows = source.preview(ROWS)
        table = self.raw_table
        table.clear()
        table.setColumnCount(len(source.headers))
        table.setRowCount(len(rows) + 1)
        table.setHorizontalHeaderLabels([message_text(h) for h in source.headers])
        table.setVerticalHeaderLabels([self.tr("Field")] + [str(r.line) for r in rows])
        self.combos = []
        for index, column in enumerate(self.columns):
            combo = QComboBox()
            options = choices(column)
            for option in options:
                combo.addItem(column_label(option), option)
            combo.setCurrentIndex(options.index(column))
            combo.setEnabled(not source.fixed_mapping)
            combo.currentIndexChanged.connect(lambda _i, index=index: self._chosen(index))
            table.setCellWidget(0, index, combo)
            self.combos.append(combo)
        for r, row in enumerate(rows, start=1):
            for c, cell in enumerate(row.cells[:len(source.headers)]):
                table.setItem(r, c, QTableWidgetItem(cell.replace("\n", " ⏎ ")))
            if row.error:
                table.setItem(r, 0, QTableWidgetItem(row.error))
        table.resizeColumnsToContents()
        for c in range(table.columnCount()):
            width = max(table.columnWidth(c), self.combos[c].sizeHint().width() + 4)
            table.setColumnWidth(c, min(width, 260))
        notes = []
        if source.fixed_mapping:
            notes.append(self.tr("A vCard's fields are known: the mapping cannot be changed."))
        elif source.own_format:
            notes.append(self.tr("This file was exported by Contact Book; its columns are "
                                 "recognised."))
        self.note.setText("\n".join(notes))

    def set_column(self, index: int, column) -> None:
        """Choose ``column`` (a Column or None) for the file's column ``index``."""
        combo = self.combos[index]
        for i in range(combo.count()):
            if combo.itemData(i) == column:
                combo.setCurrentIndex(i)
                return
        raise ValueError(f"{column!r} is not offered for column {index}")

    def _chosen(self, index: int) -> None:
        self.columns[index] = self.combos[index].currentData()
        self.update_preview()
        self.completeChanged.emit()

    def update_preview(self) -> None:
        rows = preview(self.source, self.columns, ROWS)
        shown = [f for f in STORED if any(self._value(r, f) for r in rows)] or ["name", "phones"]
        issues = any(isinstance(r, RowIssue) or r.warnings for r in rows)
        table = self.stored_table
        table.clear()
        headers = [target_label("phone") if f == "phones" else target_label(f) for f in shown]
        if issues:
            headers.append(self.tr("Problem"))
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(rows))
        table.setVerticalHeaderLabels([str(r.line) for r in rows])
        for r, row in enumerate(rows):
            if isinstance(row, RowIssue):
                table.setItem(r, len(headers) - 1, QTableWidgetItem(
                    f"{reason_label(row.code)}: {message_text(row.detail)}"))
                continue
            for c, field in enumerate(shown):
                table.setItem(r, c, QTableWidgetItem(self._value(row, field).replace(
                    "\n", " ⏎ ")))
            if row.warnings:
                table.setItem(r, len(headers) - 1, QTableWidgetItem(
                    "; ".join(self._warning_text(w, row.line) for w in row.warnings)))
        table.resizeColumnsToContents()
        for c in range(table.columnCount()):
            table.setColumnWidth(c, min(table.columnWidth(c), 260))

    def _warning_text(self, warning, row_line: int) -> str:
        """A row's warning; one about another line of the row (a vCard card's property)
        says which."""
        line = warning_line(warning, row_line)
        if line == row_line:
            return message_text(warning)
        return self.tr("line %1: %2").replace("%1", str(line)).replace(
            "%2", message_text(warning))

    @staticmethod
    def _value(row, field: str) -> str:
        if isinstance(row, RowIssue):
            return ""
        if field == "phones":
            return _phones(row)
        if field == "stage":
            return stage_names().get(row.values.get("stage", ""), "")
        return row.values.get(field, "")

    def stored_text(self, row: int, field: str) -> str:
        """The preview's text of ``field`` in ``row`` (for tests and checks)."""
        table = self.stored_table
        label = target_label("phone") if field == "phones" else target_label(field)
        for c in range(table.columnCount()):
            if table.horizontalHeaderItem(c).text() == label:
                item = table.item(row, c)
                return item.text() if item else ""
        return ""

    def isComplete(self) -> bool:
        return any(c is not None for c in self.columns)

    def validatePage(self) -> bool:
        self.wizard().columns = list(self.columns)
        return True
