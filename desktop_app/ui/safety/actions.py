"""The File menu's data-safety steps and how the window shows data safety: the banner (why
the database is read-only, with the restore offer), the busy dialog, Back up now…, Restore…,
Check Database and Open Database…. MainWindow owns one and wires its actions to it.
"""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QObject, Qt

from desktop_app.ui.safety.text import read_only_text


def start_window_for(path: Path) -> bool:
    """Start another Contact Book process on ``path`` (one window, lock and backups each)."""
    from PySide6.QtCore import QProcess

    if getattr(sys, "frozen", False):  # a packaged app: the executable is the app
        program, args = sys.executable, ["--db", str(path)]
    else:
        program, args = sys.executable, ["-m", "desktop_app", "--db", str(path)]
    ok, _pid = QProcess.startDetached(program, args)
    return ok


class SafetyActions(QObject):
    """Presents ``window.safety`` (a DataSafety) in ``window``: its banner, its checking label,
    a busy dialog; runs the File menu's steps with their dialogs."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.safety = window.safety
        self.busy_dialog = None
        self.restore_dialog = None

    def show_state(self) -> None:
        state = self.safety.state
        text = read_only_text(state)
        if text:
            actions = []
            if state.damaged and self.safety.can_restore:
                if state.newest_good_backup is not None:
                    actions.append((self.tr("Restore This Backup"), self.restore_newest))
                actions.append((self.tr("Choose a Backup…"), self.choose_backup))
            self.window.banner.show_message(text, kind="error" if state.damaged else "warning",
                                     actions=tuple(actions))
            if state.damaged and self.window.model.last_read_error is not None:
                self.window.on_read_failed(self.window.model.last_read_error)
        else:
            self.window.banner.clear()
        self.window.checking_label.setVisible(self.safety.checking)
        self.window.update_actions()

    def show_busy(self, text: str) -> None:
        if text and self.busy_dialog is None:
            from desktop_app.ui.common.busy_dialog import BusyDialog

            self.busy_dialog = BusyDialog(text, self.window)
            self.busy_dialog.show()
        elif text:
            self.busy_dialog.setLabelText(text)
        elif self.busy_dialog is not None:
            self.busy_dialog.finish()
            self.busy_dialog = None
        self.window.update_actions()

    def back_up_now(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from desktop_app.core.backup import MANUAL, PLAIN_SUFFIX, as_utc, backup_name

        suggested = Path.home() / backup_name(self.safety.path, as_utc(None), MANUAL,
                                              suffix=PLAIN_SUFFIX)
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Back Up Now"), str(suggested),
            self.tr("Contact Book backups (*.sqlite3)"))
        if not path:
            return
        path = Path(path)
        if not path.suffix:  # the dialog asked "replace?" about the name without it
            path = path.with_name(path.name + ".sqlite3")
            if path.exists() and QMessageBox.question(
                    self.window, self.tr("Back Up Now"),
                    self.tr("%1 already exists. Replace it with the backup?").replace(
                        "%1", str(path)),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                    QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
                return
        if not self._may_replace(path):
            return
        # the dialog asked "replace?"; the core still refuses another profile's database
        self.safety.back_up_to(path, replace=True)

    def _may_replace(self, path: Path) -> bool:
        """The Save dialog's "replace?" did not say whose backup ``path`` holds: an older
        backup of another database (or of one that cannot be told) is replaced only when the
        user says so again, knowing it. A backup of this database is refreshed as before."""
        from PySide6.QtWidgets import QMessageBox

        from desktop_app.core import backup

        if not backup.is_older_backup(path):
            return True
        whose = backup.whose_backup(self.safety.path, path)
        if whose == backup.SAME:
            return True
        if whose == backup.OTHER:
            text = self.tr("%1 is a backup of another Contact Book database (another profile, "
                           "or someone else's file), not of this one. Replacing it loses the "
                           "contacts it holds.\n\nReplace it with a backup of this database?")
        else:
            text = self.tr("%1 is a Contact Book backup, but whether it is of this database "
                           "cannot be told. Replacing it may lose the contacts it "
                           "holds.\n\nReplace it with a backup of this database?")
        return QMessageBox.question(
            self.window, self.tr("Back Up Now"), text.replace("%1", str(path)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes

    def show_backed_up(self, written) -> None:
        """``written``: (BackupInfo, the time of the older backup it replaced or None)."""
        from PySide6.QtWidgets import QMessageBox

        from desktop_app.ui.common.words import count_text
        from desktop_app.ui.safety.text import local_moment

        info, older = written
        n = info.contacts or 0
        if older is None:
            text = count_text(n, self.tr("Backed up 1 contact to %2."),
                              self.tr("Backed up %1 contacts to %2."))
        else:
            text = count_text(
                n, self.tr("Backed up 1 contact to %2; it replaced the backup of %3."),
                self.tr("Backed up %1 contacts to %2; it replaced the backup of %3.")
            ).replace("%3", local_moment(older))
        QMessageBox.information(self.window, self.tr("Contact Book"),
                                text.replace("%2", str(info.path)))

    def choose_backup(self) -> None:
        """File › Restore…: pick a backup (the list is read in a worker), confirm, restore."""
        if not self.window.keep_edits():
            return
        from desktop_app.ui.safety.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.safety, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(self.safety.restore)
        dialog.destroyed.connect(lambda: setattr(self, "restore_dialog", None))
        self.restore_dialog = dialog
        dialog.open()

    def restore_newest(self) -> None:
        """The damaged banner's offer: the newest good backup."""
        good = self.safety.state.newest_good_backup
        if good is None or not self.window.keep_edits():
            return
        from desktop_app.ui.safety.restore_dialog import confirm_restore

        if confirm_restore(self.window, good):
            self.safety.restore(good.path)

    def show_checked(self, result) -> None:
        from PySide6.QtWidgets import QMessageBox

        if result.ok:
            QMessageBox.information(
                self.window, self.tr("Contact Book"),
                self.tr("The database is in good health: every page and every reference was "
                        "checked (%1 s).").replace("%1", f"{result.seconds:.1f}"))
            return
        problems = "\n".join(f"• {p}" for p in result.problems[:5])
        more = len(result.problems) - 5
        if more > 0:
            problems += "\n" + self.tr("… and %1 more").replace("%1", str(more))
        QMessageBox.warning(
            self.window, self.tr("Contact Book"),
            self.tr("The database has problems:") + "\n" + problems + "\n\n" + self.tr(
                "Nothing in it will be changed. Restore a backup with File › Restore…."))

    def open_other_database(self) -> None:
        """File › Open Database…: another database opens in its own window (its own process,
        lock and backups); the one open here is only brought to the front."""
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open Database"), str(self.safety.path.parent),
            self.tr("Contact Book databases (*.sqlite3 *.db);;All files (*)"))
        if not path:
            return
        from desktop_app.core.backup import is_contact_book_file  # not before the first paint

        path = Path(path)
        if path.resolve() == self.safety.path.resolve():
            self.window.bring_to_front()
        elif not is_contact_book_file(path):
            self.window.show_error(self.tr("%1 is not a Contact Book database.").replace(
                "%1", str(path)))
        elif not start_window_for(path):
            self.window.show_error(self.tr("Could not start a window for %1.").replace(
                "%1", str(path)))

