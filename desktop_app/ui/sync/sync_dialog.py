"""File › Sync…: connect to a CardDAV/CalDAV server the user already has (address, user,
password; the address book and calendar are found or made, and once connected either can be
changed to another the server has), choose which leads go to the phone (a filter, default
every lead not lost: -stage:lost, -stage:流失 in Chinese), sync now and read what the sync did.

The password goes to the OS keyring; where there is none it is kept for this session only,
never written to disk. The work runs on the window's data-safety queue (``workers``): never
at the same time as a backup or a restore, and the window stays responsive.

Signals:
    synced(object): a pass ended (its ``core.sync.report.Report``).
"""
from __future__ import annotations

from datetime import date

import threading

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QProgressBar,
                               QPushButton, QVBoxLayout)

from desktop_app.core.errors import ContactBookError
from desktop_app.ui.common.core_text import error_core_text, message_text



def default_filter() -> str:
    """Every lead not lost, in the UI's language: -stage:lost (-stage:流失 in Chinese); the
    filter language reads both (core.sync.local.DEFAULT_FILTER is the English one)."""
    return QCoreApplication.translate(
        "SyncDialog", "-stage:lost", "the default sync filter: every lead not lost; keep the "
        "key stage: and write the stage as the filter reads it")


def _connect(url: str, user: str, password: str, filter_text: str, pin: str | None = None,
             addressbook: str | None = None, calendar: str | None = None):
    """(account, password kept, what the server has) off the GUI thread."""
    from desktop_app.core.sync import account

    return account.connect_listing(url, user, password, filter_text=filter_text, pin=pin,
                                   addressbook=addressbook, calendar=calendar)


def _path(url: str) -> str:
    from urllib.parse import unquote, urlsplit

    return unquote(urlsplit(url).path)


def sync_pass(password: str | None, today: date, progress=None, cancelled=None,
              emptied: str | None = None):
    """One sync pass with the stored account (None without one); off the GUI thread.
    ``emptied``: what an emptied address book is (``run.UPLOAD`` / ``run.TRASH``)."""
    from desktop_app.core.sync import account, run

    acct = account.load()
    if acct is None:
        return None
    return run.sync(acct, account.client(acct, password), today=today, progress=progress,
                    cancelled=cancelled, emptied=emptied)


class _Relay(QObject):
    """The pass's progress, from the worker thread to the dialog (a queued signal)."""

    moved = Signal(object, int, int)  # what (a Message), done, total


def report_text(report) -> str:
    """The report in the UI's language, a conflict's field by its name (职位, not title)."""
    from desktop_app.core.messages import Message
    from desktop_app.ui.contacts.bulk_set_dialog import field_labels

    labels = field_labels()
    out = []
    for line in report.lines():
        field = getattr(line, "values", {}).get("field")
        if field in labels:
            line = Message(line.template, {**line.values, "field": labels[field]})
        out.append(message_text(line))
    return "\n".join(out)


class SyncDialog(QDialog):
    synced = Signal(object)

    def __init__(self, parent, workers, session, today=date.today):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync with the Phone"))
        self.workers = workers
        self.session = session  # {"password": ...}: this session's password, never saved
        self.today = today
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://192.168.1.10:5232/")
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.filter = QLineEdit(default_filter())
        self.filter.setToolTip(self.tr("Which leads go to the phone: a filter as in the list"))
        self.addressbook = QComboBox()
        self.calendar = QComboBox()
        for box in (self.addressbook, self.calendar):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.setToolTip(self.tr("Connect to list what the server has"))
        self.addressbook.activated.connect(lambda _i: self._chosen(self.addressbook))
        self.calendar.activated.connect(lambda _i: self._chosen(self.calendar))
        self.account_label = QLabel()
        self.account_label.setWordWrap(True)
        self.connect_button = QPushButton(self.tr("Connect"))
        self.sync_button = QPushButton(self.tr("Sync Now"))
        self.cancel_button = QPushButton(self.tr("Cancel Sync"))
        self.cancel_button.hide()
        self.progress = QProgressBar()
        self.progress.hide()
        self._cancel = threading.Event()
        self._relay = _Relay(self)
        self._relay.moved.connect(self._moved)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        form = QFormLayout()
        form.addRow(self.tr("&Server address"), self.url)
        form.addRow(self.tr("&User name"), self.user)
        form.addRow(self.tr("&Password"), self.password)
        form.addRow(self.tr("&Leads to sync"), self.filter)
        form.addRow(self.tr("Address &book"), self.addressbook)
        form.addRow(self.tr("&Calendar"), self.calendar)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.connect_button)
        buttons_row.addWidget(self.sync_button)
        buttons_row.addWidget(self.cancel_button)
        buttons_row.addWidget(self.progress, 1)
        note = QLabel(self.tr("On the phone, add the same server as a CardDAV account (DAVx⁵ on "
                              "Android, Settings › Contacts › Accounts on iPhone): searching "
                              "知乎 in its address book then finds the group."))
        note.setWordWrap(True)
        note.setStyleSheet("color: gray;")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons_row)
        layout.addWidget(self.account_label)
        layout.addWidget(self.status)
        layout.addWidget(self.report, 1)
        layout.addWidget(note)
        layout.addWidget(close)
        self.connect_button.clicked.connect(lambda: self.connect_account())
        self.sync_button.clicked.connect(self.sync_now)
        self.cancel_button.clicked.connect(self._cancel.set)
        self.resize(640, 560)
        self.show_account()

    def show_account(self) -> None:
        from desktop_app.core.sync import account

        acct = account.load()
        self.sync_button.setEnabled(acct is not None)
        if acct is None:
            self.account_label.setText(self.tr("No server yet: fill in the address, the user "
                                               "name and the password, then Connect."))
            return
        self.url.setText(acct.url)
        self.user.setText(acct.user)
        self.filter.setText(acct.filter)
        for box, current in ((self.addressbook, acct.addressbook), (self.calendar, acct.calendar)):
            index = box.findData(current)
            if index < 0:  # not listed yet (before Connect): the account's own
                box.clear()
                box.addItem(_path(current), current)
                index = 0
            box.setCurrentIndex(index)
        self.account_label.setText(self._last_sync_text(acct))

    def _last_sync_text(self, acct) -> str:
        """When the last sync ran, in local time (it said UTC), and whether it went through:
        a stopped or cancelled one read as the time of the last good sync."""
        if not acct.last_sync_at:
            return self.tr("Last sync: %1").replace("%1", self.tr("never"))
        from desktop_app.core.sync.report import CANCELLED, FAILED, Report
        from desktop_app.ui.common.formatting import local_time

        when = local_time(acct.last_sync_at)
        last = Report.from_json(acct.last_result) if acct.last_result else None
        outcome = last.outcome if last is not None else None
        if outcome == FAILED:
            return self.tr("Last sync: %1, it stopped before the end (what was done is kept; "
                           "the next sync goes on from there)").replace("%1", when)
        if outcome == CANCELLED:
            return self.tr("Last sync: %1, cancelled before the end (what was done is kept)"
                           ).replace("%1", when)
        return self.tr("Last sync: %1").replace("%1", when)

    def _fill(self, found) -> None:
        """The pickers list what the server has, and a new one of ours if it is not there."""
        from desktop_app.core.sync.account import NEW_ADDRESSBOOK, NEW_CALENDAR

        for box, options, new, text in (
                (self.addressbook, found.addressbooks, NEW_ADDRESSBOOK,
                 self.tr("New address book “通讯录”")),
                (self.calendar, found.calendars, NEW_CALENDAR, self.tr("New calendar “跟进”"))):
            box.clear()
            for url, name in options:
                box.addItem(f"{name} — {_path(url)}" if name else _path(url), url)
            if not any(url.rstrip("/").endswith("/" + new.strip("/")) for url, _ in options):
                box.addItem(text, new)
            box.setToolTip("")

    def _chosen(self, box) -> None:
        """Another address book or calendar picked: confirmed, then used (Connect again)."""
        from desktop_app.core.sync import account

        acct = account.load()
        if acct is None or box.currentData() is None:
            return
        current = acct.addressbook if box is self.addressbook else acct.calendar
        if box.currentData() == current:
            return
        if not self.confirm_switch(box is self.addressbook, _path(current), box.currentText()):
            self.show_account()
            return
        self.connect_account()

    def confirm_switch(self, addressbook: bool, old: str, new: str) -> bool:
        if addressbook:
            text = self.tr("Sync with the address book %2 instead of %1?\n\nThe next sync "
                           "puts the leads there. The cards already in %1 stay there (delete "
                           "that address book on the server if the phone shows them twice).")
        else:
            text = self.tr("Put the follow-ups in the calendar %2 instead of %1?\n\nThose "
                           "this computer wrote in %1 are removed from it now.")
        answer = QMessageBox.question(self, self.tr("Sync with the Phone"),
                                      text.replace("%1", old).replace("%2", new))
        return answer == QMessageBox.StandardButton.Yes

    def _ready(self) -> None:
        for widget in (self.connect_button, self.addressbook, self.calendar):
            widget.setEnabled(True)

    def _busy(self, text: str) -> None:
        self.connect_button.setEnabled(False)
        self.addressbook.setEnabled(False)  # no second change while one is under way
        self.calendar.setEnabled(False)
        self.sync_button.setEnabled(False)
        self.status.setStyleSheet("color: gray;")
        self.status.setText(text)

    def _failed(self, error) -> None:
        from desktop_app.core.sync.dav import CertificateNotTrusted

        self._ended()
        self._ready()
        self.show_account()
        if not isinstance(error, ContactBookError):
            raise error
        if isinstance(error, CertificateNotTrusted) and self.trust(error):
            self.connect_account(pin=error.fingerprint)
            return
        self.status.setStyleSheet("color: #c0392b;")
        self.status.setText(error_core_text(error))

    def trust(self, error) -> bool:
        """Ask whether to pin a self-signed certificate (its fingerprint shown to compare)."""
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.warning(
            self, self.tr("Untrusted Certificate"),
            self.tr("This computer does not trust the certificate of %1 (a self-signed "
                    "certificate, as on many home servers).\n\nSHA-256 fingerprint:\n%2\n\n"
                    "Trust exactly this certificate only if the server's owner confirms the "
                    "same fingerprint. Any other certificate will then be refused.")
            .replace("%1", error.values.get("host", "")).replace("%2", error.fingerprint),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def connect_account(self, pin: str | None = None) -> None:
        password = self.password.text() or self.session.get("password") or ""
        self.session["password"] = password or None
        self._busy(self.tr("Connecting…"))
        self.workers.run(_connect, self.url.text().strip(), self.user.text().strip(), password,
                         self.filter.text().strip(), pin or None,
                         self._choice(self.addressbook), self._choice(self.calendar),
                         close=True, done=self._connected, failed=self._failed)

    def _choice(self, box) -> str | None:
        """What a picker asks for; None (the first, or a new one) when the server is another
        than the account's or nothing is listed yet."""
        from desktop_app.core.sync import account

        acct = account.load()
        if acct is None or (acct.url, acct.user) != (self.url.text().strip(),
                                                     self.user.text().strip()):
            return None
        return box.currentData()

    def _connected(self, result) -> None:
        _account, kept, found = result
        self._ready()
        self.password.clear()
        self._fill(found)
        self.show_account()
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Connected.") + (" " + self.tr(
            "This computer has no keyring: the password is kept until the app closes, "
            "never on disk.") if self.session.get("password") and not kept else ""))

    def sync_now(self, *_checked, emptied: str | None = None) -> None:
        """A pass with a progress bar and Cancel (what was done before Cancel is kept)."""
        self._busy(self.tr("Syncing…"))
        self._cancel.clear()
        self.cancel_button.show()
        self.progress.setRange(0, 0)
        self.progress.show()
        relay = self._relay
        self.workers.run(sync_pass, self.session.get("password"), self.today(),
                         lambda what, done, total: relay.moved.emit(what, done, total),
                         self._cancel.is_set, emptied, close=True, done=self._synced,
                         failed=self._failed)

    def _moved(self, what, done: int, total: int) -> None:
        self.status.setText(message_text(what))
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _ended(self) -> None:
        self.cancel_button.hide()
        self.progress.hide()

    def reject(self) -> None:
        self._cancel.set()  # closing the dialog stops a pass at its next step
        super().reject()

    def _synced(self, report) -> None:
        self._ended()
        self._ready()
        self.show_account()
        if report is None:
            return
        self.status.clear()
        lines = report_text(report)
        if report.outcome in ("failed", "cancelled"):  # stopped or cancelled: said where the eye goes first, in
            self.status.setStyleSheet("color: #c0392b;")  # red (it was the report's last line,
            self.status.setText(lines.splitlines()[-1])   # under four lines of zeros)
        self.report.setPlainText(lines)
        self.synced.emit(report)
        if report.emptied:
            choice = self.ask_emptied(report.emptied)
            if choice is not None:
                self.sync_now(emptied=choice)

    def ask_emptied(self, count: int) -> str | None:
        """The server's address book was found empty: upload again ("upload"), move the leads
        to the trash here too ("trash"), or leave it (None)."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Sync with the Phone"), self.tr(
            "The address book on the server is empty, but %1 contacts were synced with it: "
            "was it reset, or is it another account's? Nothing was changed.\n\nUpload them "
            "to it again? Or, if it was emptied on purpose, move them to the trash here as "
            "well?").replace("%1", f"{count:,}"), parent=self)
        upload = box.addButton(self.tr("Upload Again"), QMessageBox.ButtonRole.AcceptRole)
        trash = box.addButton(self.tr("Move to the Trash Here"),
                              QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(upload)
        box.exec()
        clicked = box.clickedButton()
        return "upload" if clicked is upload else "trash" if clicked is trash else None
