"""Step 1: choose the file; show what was detected (format, encoding, delimiter, rows)."""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import (QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QVBoxLayout, QWizardPage)

from desktop_app.core.errors import ContactBookError
from desktop_app.core.transfer.importing import open_source
from desktop_app.ui.common.core_text import error_core_text, message_text
from desktop_app.ui.transfer.import_wizard.labels import delimiter_label, format_label

ENCODINGS = ("", "utf-8", "gb18030", "utf-16", "big5")


class FilePage(QWizardPage):
    """Opens the file with ``open_source`` as soon as a path is set; an unreadable file shows
    the core's message on the page. ``wizard().source`` is the opened file."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Choose the file to import"))
        self.setSubTitle(self.tr("CSV or TSV text (any encoding, e.g. from Excel or WPS), an "
                                 "Excel .xlsx workbook, or a vCard .vcf from a phone."))
        self.setAcceptDrops(True)
        self.source = None
        self._no_rows = False  # the file opened, but holds nothing below its header
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("Choose a file or drop it here"))
        self.browse_button = QPushButton(self.tr("Browse…"))
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        self.encoding_combo = QComboBox()
        for name in ENCODINGS:
            self.encoding_combo.addItem(name.upper() if name else self.tr("Detect"), name)
        self.sheet_combo = QComboBox()
        form = QFormLayout()
        self.format_label = QLabel()
        self.encoding_label = QLabel()
        self.delimiter_label = QLabel()
        self.rows_label = QLabel()
        self.header_label = QLabel()
        form.addRow(self.tr("Format:"), self.format_label)
        form.addRow(self.tr("Encoding:"), self.encoding_label)
        form.addRow(self.tr("Read as:"), self.encoding_combo)
        form.addRow(self.tr("Delimiter:"), self.delimiter_label)
        form.addRow(self.tr("Sheet:"), self.sheet_combo)
        form.addRow(self.tr("Header row:"), self.header_label)
        form.addRow(self.tr("Rows:"), self.rows_label)
        self.form = form
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.browse_button.clicked.connect(self.browse)
        self.path_edit.editingFinished.connect(lambda: self.set_path(self.path_edit.text()))
        self.encoding_combo.activated.connect(lambda _i: self.reopen())
        self.sheet_combo.activated.connect(lambda _i: self.reopen())
        self._show(None)

    def browse(self) -> None:
        start = str(Path(self.path_edit.text()).parent) if self.path_edit.text() else ""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import Contacts"), start,
            self.tr("Contact files (*.csv *.tsv *.txt *.xlsx *.vcf);;CSV or text (*.csv *.tsv "
                    "*.txt);;Excel workbooks (*.xlsx);;vCard (*.vcf);;All files (*)"))
        if path:
            self.set_path(path)

    def set_path(self, path: str) -> None:
        path = path.strip()
        if self.source is not None and path == str(self.source.path):
            return
        self.path_edit.setText(path)
        self.encoding_combo.setCurrentIndex(0)
        self.sheet_combo.clear()
        self.reopen()

    def reopen(self) -> None:
        """Open (again, with the encoding or sheet chosen) the file in the path box."""
        path = self.path_edit.text().strip()
        self.source = None
        self._no_rows = False
        if not path:
            self._show(None)
            return
        sheet = self.sheet_combo.currentText() or None
        if os.path.isfile(path) and os.path.getsize(path) == 0:  # was "up to 1 row", Next
            self._show(None, self.tr("This file cannot be imported: it is empty."))
            return
        try:
            source = open_source(path, encoding=self.encoding_combo.currentData() or None,
                                 sheet=sheet)
        except (ContactBookError, OSError, ValueError) as e:
            self._show(None, self.tr("This file cannot be imported: %1").replace(
                "%1", error_core_text(e)))
            return
        self.source = source
        self._show(source)
        try:  # shown as read (a workbook keeps its sheet choice), but no Next
            source.check_rows()
        except ContactBookError as e:
            self._no_rows = True
            self.message.setStyleSheet("color: #b00020;")
            self.message.setText(self.tr("This file cannot be imported: %1").replace(
                "%1", error_core_text(e)))
            self.rows_label.setText("0")
            self.completeChanged.emit()

    def _show(self, source, error: str = "") -> None:
        for label in (self.format_label, self.encoding_label, self.delimiter_label,
                      self.rows_label, self.header_label):
            label.setText("—")
        text = self.is_text(source)
        self.form.setRowVisible(self.encoding_combo, text)
        self.form.setRowVisible(self.delimiter_label, text)
        self.form.setRowVisible(self.sheet_combo, bool(source and len(source.sheets) > 1))
        self.form.setRowVisible(self.encoding_label, text)
        self.message.setStyleSheet("color: #b00020;" if error else "")
        self.message.setText(error)
        if source is not None:
            self._describe(source)
        self.completeChanged.emit()

    @staticmethod
    def is_text(source) -> bool:
        return source is not None and source.format in ("csv", "tsv")

    def _describe(self, source) -> None:
        self.format_label.setText(format_label(source.format))
        self.encoding_label.setText(source.encoding.upper() or "—")
        self.delimiter_label.setText(delimiter_label(source.delimiter))
        if len(source.sheets) > 1 and self.sheet_combo.count() == 0:
            self.sheet_combo.addItems(source.sheets)
            self.sheet_combo.setCurrentText(source.sheet)
        self.header_label.setText(
            self.tr("line %1").replace("%1", str(source.header_line)) if source.header_line
            else self.tr("none (the columns are numbered)"))
        if source.format == "vcard":
            self.header_label.setText(self.tr("not needed (vCard)"))
        self.rows_label.setText(self.tr("up to %1").replace("%1",
                                                            f"{source.estimated_rows():,}"))
        notes = []
        if source.own_format:
            notes.append(self.tr("Exported by Contact Book: every column is recognised."))
        notes += [message_text(w) for w in source.warnings]
        self.message.setText("\n".join(notes))

    def isComplete(self) -> bool:
        return self.source is not None and not self._no_rows

    # --- drag and drop --------------------------------------------------------------------------

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and event.mimeData().urls()[0].isLocalFile():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            self.set_path(urls[0].toLocalFile())
            event.acceptProposedAction()
