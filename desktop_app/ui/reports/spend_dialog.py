"""Spend per source and month, in yuan: a table of sources (rows) by the months of a year
(columns). Typing an amount (20000, 2万, 1.5万) stores it; an empty cell or 0 removes it. A
negative or non-numeric amount is refused with the reason, and the cell goes back to what is
stored. A source that has no leads can have spend (its ROI is then 0 in the report)."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QSpinBox, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from desktop_app.core.errors import ContactBookError
from desktop_app.core.reports import spend
from desktop_app.ui.common.core_text import error_core_text

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class SpendDialog(QDialog):
    def __init__(self, parent=None, today: date | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Spend per Source"))
        self.changed = False
        self._loading = False
        today = today or date.today()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.table = QTableWidget(0, 12)
        # Tab goes on through the dialog (it walked every cell first); the arrows move between
        # the cells, and Tab in a cell being edited still moves to the next one
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.new_source = QLineEdit()
        self.new_source.setPlaceholderText(self.tr("Another source, e.g. 抖音"))
        self.add_button = QPushButton(self.tr("Add Source"))
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #c0392b;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        note = QLabel(self.tr("Amounts in yuan (20000, 2万, 1.5万). Clear a cell or type 0 to "
                              "remove an amount."))
        note.setStyleSheet("color: gray;")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year")))
        top.addWidget(self.year)
        top.addStretch(1)
        adding = QHBoxLayout()
        adding.addWidget(self.new_source, 1)
        adding.addWidget(self.add_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addLayout(adding)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.year.valueChanged.connect(self.reload)
        self.table.itemChanged.connect(self._edited)
        self.add_button.clicked.connect(self.add_source)
        self.new_source.returnPressed.connect(self.add_source)
        self.resize(980, 460)
        self.sources: list[str] = []
        self.reload()

    def month(self, column: int) -> str:
        return f"{self.year.value()}-{column + 1:02d}"

    def reload(self) -> None:
        self._loading = True
        try:
            year = self.year.value()
            extra = [s for s in self.sources if s not in spend.sources()]
            self.sources = sorted(set(spend.sources()) | set(extra))
            amounts = {(r.source, r.month): r.amount
                       for r in spend.entries(f"{year}-01", f"{year}-12")}
            self.table.setHorizontalHeaderLabels([self.month(c) for c in range(12)])
            self.table.setRowCount(len(self.sources))
            self.table.setVerticalHeaderLabels(self.sources)
            for r, source in enumerate(self.sources):
                for c in range(12):
                    amount = amounts.get((source, self.month(c)))
                    item = QTableWidgetItem("" if amount is None else f"{amount:,}")
                    item.setTextAlignment(_RIGHT)
                    self.table.setItem(r, c, item)
        finally:
            self._loading = False

    def _edited(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        source, month = self.sources[item.row()], self.month(item.column())
        text = item.text().strip()
        self.error_label.hide()
        try:
            spend.set_amount(source, month, text if text else 0)
        except ContactBookError as e:
            self.error_label.setText(error_core_text(e))
            self.error_label.show()
        else:
            self.changed = True
        self._show_stored(item, source, month)

    def _show_stored(self, item, source: str, month: str) -> None:
        stored = spend.get(source, month)
        self._loading = True
        try:
            item.setText("" if stored is None else f"{stored.amount:,}")
        finally:
            self._loading = False

    def add_source(self) -> None:
        self.error_label.hide()
        try:
            source = spend.source_text(self.new_source.text())
        except ContactBookError as e:
            self.error_label.setText(error_core_text(e))
            self.error_label.show()
            return
        if source not in self.sources:
            self.sources.append(source)
            self.reload()
        self.new_source.clear()
        row = self.sources.index(source)
        self.table.setCurrentCell(row, 0)
        self.table.setFocus()
