"""File > Export… (Ctrl+E) and Group > Export Group…: the list's filter or the selection to
CSV, .xlsx, vCard, or the group's follow-ups to an .ics calendar.

``ask_export(window)`` asks what and where, then ``Exporter.start`` runs the core's
``export_contacts`` in a worker with a progress dialog and Cancel. The core writes a temporary
file and renames it at the end, so Cancel or an error leaves no half file. Exporting only
reads, so it works while the database is read-only.
"""
from __future__ import annotations

import re
import threading
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QLabel, QMessageBox, QProgressDialog, QRadioButton, QVBoxLayout)

from . import settings
from .workers import Workers

SUFFIXES = {"csv": ".csv", "xlsx": ".xlsx", "vcf": ".vcf", "ics": ".ics"}
ACCEPTED = {"csv": (".csv", ".txt"), "xlsx": (".xlsx",), "vcf": (".vcf", ".vcard"),
            "ics": (".ics",)}
ENCODINGS = ("utf-8-sig", "gb18030")
_ILLEGAL = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*\s]+')  # refused by Windows, or awkward


def file_part(text: str, limit: int = 60) -> str:
    """Text as part of a file name: '来源:知乎 上海' -> '来源_知乎_上海'."""
    return _ILLEGAL.sub("_", text).strip("._ ")[:limit].rstrip("._ ")


def with_suffix(path: str, fmt: str) -> str:
    """The chosen path, with the format's suffix added when it has none of its own."""
    return path if Path(path).suffix.lower() in ACCEPTED[fmt] else path + SUFFIXES[fmt]


def ask_export(window, group: bool = False) -> None:
    """The window's action: ask what and where, then export (the group: no selection)."""
    found = window.findChild(Exporter, "exporter")
    if found is None:
        found = Exporter(window)
    found.ask(group)


class ExportDialog(QDialog):
    """What to export (the filter or the selection), in which format and encoding."""

    def __init__(self, count: int, where: str, selected: int = 0, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export Contacts"))
        layout = QVBoxLayout(self)
        what = self.tr("1 contact") if count == 1 else self.tr("%1 contacts").replace(
            "%1", f"{count:,}")
        whole = self.tr("Export %1 (%2)").replace("%1", what).replace("%2", where)
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
        form.addRow(self.tr("Format:"), self.format_box)
        form.addRow(self.tr("Encoding:"), self.encoding_box)
        layout.addLayout(form)
        note = QLabel(self.tr("The file is written completely or not at all: Cancel or an "
                              "error leaves no half-written file."))
        note.setWordWrap(True)
        note.setStyleSheet("color: gray;")
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        stored = settings()
        self.format_box.setCurrentIndex(max(0, self.format_box.findData(
            stored.value("export/format", "csv"))))
        self.encoding_box.setCurrentIndex(max(0, self.encoding_box.findData(
            stored.value("export/encoding", "utf-8-sig"))))
        self.format_box.currentIndexChanged.connect(self._format_changed)
        self._format_changed()

    def _format_changed(self, *_args) -> None:
        self.encoding_box.setEnabled(self.format() == "csv")

    def format(self) -> str:
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
        self.progress: QProgressDialog | None = None
        self.done_box: QMessageBox | None = None
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
            else text
        name = "-".join(p for p in (self.tr("contacts") if fmt != "ics" else
                                    self.tr("follow-ups"), file_part(what),
                                    self.today().isoformat()) if p) + SUFFIXES[fmt]
        filters = {"csv": self.tr("CSV (*.csv)"), "xlsx": self.tr("Excel workbook (*.xlsx)"),
                   "vcf": self.tr("vCard (*.vcf)"), "ics": self.tr("Calendar (*.ics)")}
        path, _ = QFileDialog.getSaveFileName(window, self.tr("Export Contacts"),
                                              str(Path(folder) / name), filters[fmt])
        if not path:
            return
        path = with_suffix(path, fmt)
        stored.setValue("export/folder", str(Path(path).parent))
        stored.setValue("export/format", fmt)
        stored.setValue("export/encoding", dialog.encoding())
        ids = selected if use_selection else window.group.group_ids()
        self.start(ids, path, fmt, dialog.encoding())

    def start(self, ids: list[int], path: str, fmt: str, encoding: str = "utf-8-sig") -> None:
        """Export ``ids`` to ``path`` in a worker (tests call this directly)."""
        from ..core.schema import database

        self._cancel.clear()
        label = self.tr("Exporting %1 contacts…").replace("%1", f"{len(ids):,}")
        self.progress = dialog = QProgressDialog(label, self.tr("Cancel"), 0, max(len(ids), 1),
                                                 self.window)
        dialog.setWindowTitle(self.tr("Export Contacts"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        if fmt == "ics":
            dialog.setRange(0, 0)
            self.workers.run(_export_ics, ids, path, self.today(), close=database,
                             done=self._done, failed=self._failed)
        else:
            self.workers.run(_export_contacts, ids, path, fmt, encoding, self.progressed.emit,
                             self._cancel.is_set, close=database, done=self._done,
                             failed=self._failed)

    def cancel(self) -> None:
        self._cancel.set()
        self.window.statusBar().showMessage(self.tr("Cancelling the export…"))

    def _show_progress(self, n: int, total: int) -> None:
        if self.progress is not None and not self._cancel.is_set():
            self.progress.setValue(min(n, self.progress.maximum()))

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
        text = (self.tr("Exported %1 follow-ups to %2") if result.format == "ics" else
                self.tr("Exported %1 contacts to %2")).replace(
            "%1", f"{result.count:,}").replace("%2", str(result.path))
        bar.showMessage(text, 15_000)
        if result.warnings:
            text += "\n\n" + self.tr("%1 cells were longer than Excel allows (32,767 "
                                     "characters) and were cut.").replace(
                "%1", str(len(result.warnings)))
        self.done_box = box = QMessageBox(QMessageBox.Icon.Information,
                                          self.tr("Export Contacts"), text,
                                          QMessageBox.StandardButton.Close, self.window)
        folder = box.addButton(self.tr("Open Folder"), QMessageBox.ButtonRole.ActionRole)
        folder.clicked.connect(lambda: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(Path(result.path).parent))))
        box.open()
        self.finished.emit(result)

    def _failed(self, error) -> None:
        from ..core.errors import FileNotWritable
        from .undo import EXPECTED_ERRORS, error_message

        self._close_progress()
        self.window.statusBar().clearMessage()
        if isinstance(error, (FileNotWritable, OSError)):
            message = self.file_error(error)
        elif isinstance(error, EXPECTED_ERRORS):
            message = self.tr("The export failed: %1").replace("%1", error_message(error))
        else:
            self.finished.emit(None)
            raise error  # a bug: the excepthook logs it and shows the crash dialog
        QMessageBox.warning(self.window, self.tr("Export Contacts"), message)
        self.finished.emit(None)

    def file_error(self, error) -> str:
        reasons = {"disk-full": self.tr("the disk is full"),
                   "quota": self.tr("your disk quota is used up"),
                   "permission": self.tr("you may not write in that folder"),
                   "read-only": self.tr("the folder is read-only"),
                   "no-folder": self.tr("the folder does not exist (any more)"),
                   "is-folder": self.tr("there is a folder of that name"),
                   "name-too-long": self.tr("the file name is too long")}
        reason = reasons.get(getattr(error, "reason", ""), getattr(error, "strerror", None)
                             or str(error))
        return self.tr("Could not export to %1: %2.\n\nNothing was written and no half file "
                       "was left behind. Choose another folder or name and try again.").replace(
            "%1", str(getattr(error, "path", None) or getattr(error, "filename", None) or "")
        ).replace("%2", reason)


def _export_contacts(ids, path, fmt, encoding, progress, cancel):
    from ..core.exporting import export_contacts

    return export_contacts(ids, path, fmt, encoding=encoding, progress=progress, cancel=cancel)


def _export_ics(ids, path, first: date):
    """The pending follow-ups of these contacts in the next ``ICS_DAYS``, as an .ics file."""
    from ..core import agenda, ics
    from ..core.contacts import utcnow
    from ..core.exporting import ExportResult
    from .followup import ICS_DAYS

    wanted = set(ids)
    due = agenda.items(agenda.ids(first, first + timedelta(days=ICS_DAYS - 1)))
    items = [item for item in due if item.contact_id in wanted]
    ics.write(path, ics.calendar(ics.touchpoint_events(items), now=utcnow(),
                                 name="Contact Book"))
    return ExportResult(Path(path), "ics", len(items))
