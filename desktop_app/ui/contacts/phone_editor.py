"""Several phone numbers, each with a label (手机, 办公, 微信 ...); rows are added and removed."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLineEdit, QPushButton, QToolButton, QVBoxLayout, QWidget,
)

from desktop_app.ui.common.words import PHONE_LABELS, phone_label_text, phone_label_value

# Labels are data (stored with the number as the Chinese word); shown in the UI's language.
LABELS = tuple(word for word, _ in PHONE_LABELS)


class _PhoneRow(QWidget):
    def __init__(self, label: str, number: str, parent=None):
        super().__init__(parent)
        self.label = QComboBox(editable=True)
        self.label.addItems([phone_label_text(word) for word in LABELS])
        self.label.setCurrentText(phone_label_text(label or LABELS[0]))
        self.label.setMinimumContentsLength(4)
        self.number = QLineEdit(number)
        self.number.setPlaceholderText(self.tr("Number"))
        self.remove = QToolButton(text="−")
        self.remove.setToolTip(self.tr("Remove this number"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.number, 1)
        layout.addWidget(self.remove)


class PhoneEditor(QWidget):
    """Edits a list of ``(label, number)``; rows whose number is blank are not part of it.

    Signals:
        changed(): a label or number was edited, or a row added or removed.
    """

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[_PhoneRow] = []
        self._read_only = False
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self.tr("Add phone"))
        self.add_button.clicked.connect(self._add_clicked)
        footer = QHBoxLayout()
        footer.addWidget(self.add_button)
        footer.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._rows_layout)
        layout.addLayout(footer)
        self.set_phones([])

    def phones(self) -> list[tuple[str, str]]:
        return [(phone_label_value(r.label.currentText().strip()), r.number.text().strip())
                for r in self._rows if r.number.text().strip()]

    def set_phones(self, phones) -> None:
        """Show ``phones`` (pairs or PhoneNumbers); one empty row when there are none."""
        for row in self._rows:
            self._drop(row)
        self._rows = []
        for p in phones:
            label, number = (p.label, p.raw) if hasattr(p, "raw") else p
            self._add_row(label, number)
        if not self._rows:
            self._add_row("", "")

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for row in self._rows:
            self._apply_read_only(row)
        self.add_button.setVisible(not read_only)

    def _apply_read_only(self, row: _PhoneRow) -> None:
        row.number.setReadOnly(self._read_only)
        row.label.setEnabled(not self._read_only)
        row.remove.setVisible(not self._read_only)

    def rows(self) -> list[_PhoneRow]:
        return list(self._rows)

    def add_row(self, label: str = "", number: str = "") -> _PhoneRow:
        row = self._add_row(label, number)
        self.changed.emit()
        return row

    def _add_clicked(self) -> None:
        self.add_row().number.setFocus()

    def _add_row(self, label: str, number: str) -> _PhoneRow:
        row = _PhoneRow(label, number, self)
        row.label.currentTextChanged.connect(self.changed)
        row.number.textEdited.connect(self.changed)
        row.remove.clicked.connect(lambda: self._remove_row(row))
        self._apply_read_only(row)
        self._rows.append(row)
        self._rows_layout.addWidget(row)
        return row

    def _remove_row(self, row: _PhoneRow) -> None:
        self._rows.remove(row)
        self._drop(row)
        if not self._rows:
            self._add_row("", "")
        self.changed.emit()

    def _drop(self, row: _PhoneRow) -> None:
        self._rows_layout.removeWidget(row)
        row.hide()
        row.deleteLater()
