"""File > Export… (Ctrl+E) and Group > Export Group…: the list's filter or the selection to
CSV, .xlsx, vCard, or the group's follow-ups to an .ics calendar.

``ask_export(window)`` asks what and where; ``Exporter.start`` runs ``export_contacts`` in a
worker with progress and Cancel. The core writes a temporary file and renames it at the end, so
Cancel or an error leaves no half file. Exporting only reads: fine while read-only.
"""
from __future__ import annotations

import re
import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QLabel, QMessageBox, QProgressDialog, QRadioButton, QVBoxLayout)

from desktop_app.ui import settings
from desktop_app.core.search import query
from desktop_app.ui.common.words import chinese, count_text
from desktop_app.ui.common.workers import Workers

SUFFIXES = {"csv": (".csv", ".txt"), "xlsx": (".xlsx",), "vcf": (".vcf", ".vcard"),
            "ics": (".ics",)}  # the first is added to a name that has none of these
_ILLEGAL = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*\s]+')  # refused by Windows, or awkward
_KEY = re.compile(r"(^|[\s(-])([A-Za-z]+)([:：])")  # a filter key: source: -stage:


def file_part(text: str, limit: int = 60) -> str:
    """Text as part of a file name: '来源:知乎 上海' -> '来源_知乎_上海'."""
    return _ILLEGAL.sub("_", text).strip("._ ")[:limit].rstrip("._ ")


def filter_in_ui_language(text: str) -> str:
    """The filter's keys in the UI's language, for a file name: 'source:知乎' is 来源:知乎 in
    the Chinese UI (the filter accepts both)."""
    if not chinese():
        return text
    names = {}
    for name, key in query.KEYS.items():
        if not name.isascii():
            names.setdefault(key, name)

    def chinese_key(match):
        key = query.KEYS.get(match.group(2).lower())
        return match.group(1) + names.get(key, match.group(2)) + match.group(3)

    return _KEY.sub(chinese_key, text)


def with_suffix(path: str, fmt: str) -> str:
    """The chosen path, with the format's suffix added when it has none of its own."""
    return path if Path(path).suffix.lower() in SUFFIXES[fmt] else path + SUFFIXES[fmt][0]


def ask_export(window, group: bool = False) -> None:
    """The window's action: ask what and where, then export (the group: no selection)."""
    (window.findChild(Exporter, "exporter") or Exporter(window)).ask(group)


class ExportDialog(QDialog):
    """What to export (the filter or the selection), in which format and encoding."""

    def __init__(self, count: int, where: str, selected: int = 0, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export Contacts"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        what = self.tr("1 contact") if count == 1 else self.tr("%1 contacts")
        whole = self.tr("Export %1 (%2)").replace("%1", what.replace("%1", f"{count:,}")) \
            .replace("%2", where)
        self.filter_radio = QRadioButton(whole)
        self.selection_radio = QRadioButton(self.tr("Export the %1 selected contacts").replace(
            "%1", f"{selected:,}"))
        self.summary = QLabel(whole)
        if selected > 1:
            layout.addWidget(self.filter_radio)
            layout.addWidget(self.selection_radio)
            self.selection_radio.setChecked(True)
        else:
            layout.addWidget(self.summary)
            self.filter_radio.setChecked(True)
        form = QFormLayout()
        self.format_box = QComboBox()
        for text, fmt in ((self.tr("CSV – opens in Excel and WPS"), "csv"),
                          (self.tr("Excel workbook (.xlsx)"), "xlsx"),
                          (self.tr("vCard 3.0 (.vcf) – for the phone's address book"), "vcf"),
                          (self.tr("Their follow-ups of the next 30 days (.ics calendar)"),
                           "ics")):
            self.format_box.addItem(text, fmt)
        self.encoding_box = QComboBox()
        self.encoding_box.addItem(self.tr("UTF-8 with BOM (Excel 2016 and later, WPS)"),
                                  "utf-8-sig")
        self.encoding_box.addItem(self.tr("GB18030 (older Excel)"), "gb18030")
        form.addRow(self.tr("&Format:"), self.format_box)
        form.addRow(self.tr("&Encoding:"), self.encoding_box)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr(
            "The file is written completely or not at all: Cancel or an error leaves no "
            "half-written file."), wordWrap=True, styleSheet="color: gray;"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for box, key in ((self.format_box, "export/format"), (self.encoding_box,
                                                               "export/encoding")):
            box.setCurrentIndex(max(0, box.findData(settings().value(key, ""))))
        csv_only = lambda *_: self.encoding_box.setEnabled(self.format() == "csv")  # noqa: E731
        self.format_box.currentIndexChanged.connect(csv_only)
        csv_only()

    def format(self) -> str:  # csv xlsx vcf ics
        return self.format_box.currentData()

    def encoding(self) -> str:
        return self.encoding_box.currentData()

    def use_selection(self) -> bool:
        return self.selection_radio.isChecked()


class Exporter(QObject):
    """Runs the exports of one window, one at a time, in a worker.

    Signals:
        finished(object): the ExportResult (``cancelled`` set when cancelled), or None when
            the export failed (the message was shown).
        progressed(int, int): emitted by the worker thread; shown in the progress dialog.
    """

    finished = Signal(object)
    progressed = Signal(int, int)

    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("exporter")
        self.window = window
        self.today = date.today
        self.workers = Workers(self)
        self.progress = self.done_box = None  # the QProgressDialog, the QMessageBox at the end
        self._cancel = threading.Event()
        self.progressed.connect(self._show_progress)

    def ask(self, group: bool = False) -> None:
        window, model = self.window, self.window.model
        if self.workers.busy:
            return
        selected = [] if group else window.table.selected_ids()
        selected = selected if len(selected) > 1 else []
        text = getattr(model, "_filter_text", "")
        where = self.tr("the current filter: %1").replace("%1", text) if text else \
            self.tr("all contacts, no filter")
        if model.in_trash:
            where = self.tr("in the trash, %1").replace("%1", where)
        dialog = ExportDialog(model.rowCount(), where, len(selected), window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        fmt, use_selection = dialog.format(), dialog.use_selection()
        stored = settings()
        folder = stored.value("export/folder", "") or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        what = self.tr("%1 selected").replace("%1", str(len(selected))) if use_selection \
            else filter_in_ui_language(text)
        name = "-".join(p for p in (self.tr("contacts") if fmt != "ics" else
                                    self.tr("follow-ups"), file_part(what),
                                    self.today().isoformat()) if p) + SUFFIXES[fmt][0]
        filters = {"csv": self.tr("CSV (*.csv)"), "xlsx": self.tr("Excel workbook (*.xlsx)"),
                   "vcf": self.tr("vCard (*.vcf)"), "ics": self.tr("Calendar (*.ics)")}
        path, _ = QFileDialog.getSaveFileName(window, self.tr("Export Contacts"),
                                              str(Path(folder) / name), filters[fmt])
        if not path:
            return
        path = with_suffix(path, fmt)
        for key, value in (("folder", str(Path(path).parent)), ("format", fmt),
                           ("encoding", dialog.encoding())):
            stored.setValue(f"export/{key}", value)
        ids = selected if use_selection else window.group.group_ids()
        self.start(ids, path, fmt, dialog.encoding())

    def start(self, ids: list[int], path: str, fmt: str, encoding: str = "utf-8-sig") -> None:
        """Export ``ids`` to ``path`` in a worker (tests call this directly)."""
        self._cancel.clear()
        label = count_text(len(ids), self.tr("Exporting 1 contact…"),
                           self.tr("Exporting %1 contacts…"))
        steps = 0 if fmt == "ics" else max(len(ids), 1)  # .ics: quick, no steps to report
        self.progress = dialog = QProgressDialog(label, self.tr("Cancel"), 0, steps, self.window)
        dialog.setWindowTitle(self.tr("Export Contacts"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)  # a small export is done before it would show
        dialog.canceled.connect(self.cancel)
        task, args = (_export_ics, (ids, path, self.today())) if fmt == "ics" else \
            (_export_contacts, (ids, path, fmt, encoding, self.progressed.emit,
                                self._cancel.is_set))
        self.workers.run(task, *args, close=True, done=self._done, failed=self._failed)

    def cancel(self) -> None:
        self._cancel.set()
        self.window.statusBar().showMessage(self.tr("Cancelling the export…"))

    def _show_progress(self, n: int, total: int) -> None:
        if self.progress is not None and not self._cancel.is_set():
            self.progress.setValue(n)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _done(self, result) -> None:
        self._close_progress()
        bar = self.window.statusBar()
        if result.cancelled:
            bar.showMessage(self.tr("Export cancelled: no file was written."), 10_000)
            self.finished.emit(result)
            return
        text = (count_text(result.count, self.tr("Exported 1 follow-up to %2"),
                           self.tr("Exported %1 follow-ups to %2")) if result.format == "ics"
                else count_text(result.count, self.tr("Exported 1 contact to %2"),
                                self.tr("Exported %1 contacts to %2"))).replace(
            "%2", str(result.path))
        bar.showMessage(text, 15_000)
        if result.warnings:
            text += "\n\n" + count_text(
                len(result.warnings),
                self.tr("1 cell was longer than Excel allows (32,767 characters) and was cut."),
                self.tr("%1 cells were longer than Excel allows (32,767 characters) and were "
                        "cut."))
        self.done_box = box = QMessageBox(QMessageBox.Icon.Information,
                                          self.tr("Export Contacts"), text,
                                          QMessageBox.StandardButton.Close, self.window)
        folder = box.addButton(self.tr("Open Folder"), QMessageBox.ButtonRole.ActionRole)
        folder.clicked.connect(lambda: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(Path(result.path).parent))))
        box.open()
        self.finished.emit(result)

    def _failed(self, error) -> None:
        from desktop_app.core.storage.atomic_file import describe
        from desktop_app.ui.common.undo import EXPECTED_ERRORS, error_message

        self._close_progress()
        self.window.statusBar().clearMessage()
        if isinstance(error, OSError):  # the core turns these into FileNotWritable; in case
            error = describe(error, error.filename or "")
        if not isinstance(error, EXPECTED_ERRORS):
            self.finished.emit(None)
            raise error  # a bug: the excepthook logs it and shows the crash dialog
        QMessageBox.warning(self.window, self.tr("Export Contacts"), error_message(error))
        self.finished.emit(None)


def _export_contacts(ids, path, fmt, encoding, progress, cancel):
    from desktop_app.core.transfer.exporting import export_contacts

    return export_contacts(ids, path, fmt, encoding=encoding, progress=progress, cancel=cancel)


def _export_ics(ids, path, first: date):
    from desktop_app.core.transfer import ics
    from desktop_app.core.when import utcnow
    from desktop_app.core.transfer.exporting import ExportResult
    from desktop_app.ui.common.words import language, step_text
    from desktop_app.ui.followup.window_part import ICS_DAYS

    count = ics.write_for_contacts(path, ids, first, ICS_DAYS, now=utcnow(),
                                   language=language(), step_label=step_text)
    return ExportResult(Path(path), "ics", count)
