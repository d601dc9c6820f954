"""File › Restore…: the backups of the open database, newest first; restoring asks first."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QLabel, QMessageBox,
    QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
)

from desktop_app.ui.safety.text import file_size, local_moment, reason_words

translate = QCoreApplication.translate

_INFO = Qt.ItemDataRole.UserRole
_RESCUE = "damaged-original"



def confirm_restore(parent, info=None, path: Path | None = None) -> bool:
    """Ask before replacing everything: ``info`` (a BackupInfo) or a file chosen elsewhere."""
    if info is not None:
        text = translate("RestoreDialog", "Replace all your contacts with the backup from %1 "
                                          "(%2 contacts)?").replace(
            "%1", local_moment(info.taken_at)).replace("%2", f"{info.contacts or 0:,}")
    else:
        text = translate("RestoreDialog", "Replace all your contacts with the backup %1?"
                         ).replace("%1", str(path))
    text += "\n\n" + translate("RestoreDialog", "What you have now is backed up first, so "
                                                 "you can go back to it.")
    answer = QMessageBox.question(
        parent, translate("RestoreDialog", "Restore a Backup"), text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Yes


class RestoreDialog(QDialog):
    """Lists ``DataSafety.list_backups`` (read in a worker). Damaged backups are shown, greyed.

    Signals:
        chosen(object): confirmed: restore this backup (its path).
    """

    chosen = Signal(object)

    def __init__(self, safety, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a Backup"))
        self.safety = safety
        intro = QLabel(self.tr("Choose the state to go back to. What you have now is backed up "
                               "first, so a restore can itself be undone."))
        intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels([self.tr("Taken"), self.tr("Why"), self.tr("Contacts"),
                                   self.tr("Size")])
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.status = QLabel(self.tr("Reading the backups…"))
        self.status.setStyleSheet("color: gray;")
        self.buttons = QDialogButtonBox()
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setEnabled(False)
        self.restore_button.setDefault(True)
        self.other_button = QPushButton(self.tr("Other File…"))
        self.other_button.setToolTip(self.tr("Restore a backup kept elsewhere, e.g. on a USB "
                                             "stick"))
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.other_button.clicked.connect(self.choose_file)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.list.itemDoubleClicked.connect(lambda *_: self.accept())
        self.resize(680, 420)
        self.loaded = False
        safety.list_backups(self.show_backups)

    def show_backups(self, infos) -> None:
        self.loaded = True
        self.list.clear()
        grey = QColor("gray")
        for info in infos:
            damaged = info.damaged
            contacts = self.tr("Damaged: cannot be restored") if damaged else \
                f"{info.contacts:,}"
            item = QTreeWidgetItem([local_moment(info.taken_at), reason_words(info.reason),
                                    contacts, file_size(info.size)])
            item.setData(0, _INFO, info)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if damaged or info.reason == _RESCUE:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                for column in range(4):
                    item.setForeground(column, grey)
            self.list.addTopLevelItem(item)
        if infos:
            text = self.tr("1 backup in %2") if len(infos) == 1 else self.tr("%1 backups in %2")
            self.status.setText(text.replace("%1", str(len(infos))).replace(
                "%2", str(infos[0].path.parent)))
        else:
            self.status.setText(self.tr("There are no backups yet."))
        for row in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(row)
            if item.flags() & Qt.ItemFlag.ItemIsSelectable:
                self.list.setCurrentItem(item)
                break

    def selected(self):
        items = self.list.selectedItems()
        return items[0].data(0, _INFO) if items else None

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def accept(self) -> None:
        info = self.selected()
        if info is None or not confirm_restore(self, info):
            return
        self.chosen.emit(info.path)
        super().accept()

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore a Backup"), "",
            self.tr("Contact Book backups (*.sqlite3 *.db);;All files (*)"))
        if path and confirm_restore(self, path=Path(path)):
            self.chosen.emit(Path(path))
            super().accept()
