"""Data safety in the window: the deferred start check, read-only banners, backups, restore."""
import hashlib
import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop_app import app
from desktop_app.core import backup
from desktop_app.core.contacts import records as contacts
from desktop_app.core.contacts import demo
from desktop_app.core.storage.db import LATER, close_database, open_database
from desktop_app.core.storage.lock import InstanceLock
from desktop_app.core.storage.schema import database as proxy
from desktop_app.ui import main_window
from desktop_app.ui.safety import actions as safety_actions
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.common.single_instance import SingleInstance

from tests.core.storage.test_damage import _garble

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=timezone.utc)
SHOTS = Path(os.environ.get("CONTACT_BOOK_SHOTS", "")) if os.environ.get(
    "CONTACT_BOOK_SHOTS") else None


def _sha(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _shot(widget, name):
    """CONTACT_BOOK_SHOTS=/tmp/shots saves screenshots to look at."""
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / f"{name}.png"))


@pytest.fixture
def filled(db_path):
    """A closed database with 300 contacts (and the backup taken at quit)."""
    db = open_database(db_path, lock=True)
    demo.generate(300, seed=4, now=datetime(2026, 3, 1))
    close_database(db, now=NOW)
    return db_path


@pytest.fixture
def opened(qtbot, filled):
    """The app's way: open with the check deferred, then the window; ``start()`` after."""
    windows = []

    def make():
        db = open_database(filled, lock=True, if_locked="read_only", check=LATER)
        w = MainWindow(db)
        qtbot.addWidget(w)
        w.resize(1100, 650)
        w.show()
        qtbot.waitExposed(w)
        windows.append(w)
        return w

    yield make
    for w in windows:
        w.safety.shutdown()
        if not w.safety.db.is_closed():
            close_database(w.safety.db, backup=False)


def _idle(qtbot, w, timeout=15000):
    qtbot.waitUntil(lambda: not w.safety.workers.busy, timeout=timeout)


# --- start ---------------------------------------------------------------------------------------

def test_writes_wait_for_the_start_check_then_the_start_backup_runs(qtbot, opened, filled):
    w = opened()
    assert w.safety.checking and w.checking_label.isVisible() and not w.banner.isVisible()
    assert w.model.rowCount() == 300  # the list is there at once
    assert not w.new_action.isEnabled() and not w.delete_action.isEnabled()
    assert w.detail.tag_edit.isReadOnly() and not w.detail.trash_banner.isVisible()
    assert not w.restore_backup_action.isEnabled()
    before = {b.path for b in backup.list_backups(filled)}
    w.safety.start()
    qtbot.waitUntil(lambda: not w.safety.checking, timeout=10000)
    _idle(qtbot, w)
    assert w.safety.state.check.ok and not w.checking_label.isVisible()
    assert w.new_action.isEnabled() and w.delete_action.isEnabled()
    assert not w.detail.tag_edit.isReadOnly() and w.restore_backup_action.isEnabled()
    assert w.safety.timer.isActive() and w.safety.timer.interval() == 30 * 60 * 1000
    # closed cleanly with everything backed up: no start backup needed; the quick copy the
    # last quit left is compressed in its place (same name, .zst)
    compressed = {p if p.name.endswith(".zst") else p.with_name(p.name + ".zst") for p in before}
    assert {b.path for b in backup.list_backups(filled)} == compressed
    assert all(b.compressed and backup.is_good(b) for b in backup.list_backups(filled))
    assert w.safety.state.start_backup is None


def test_start_backup_after_the_files_changed_elsewhere(qtbot, opened, filled):
    import sqlite3

    con = sqlite3.connect(filled)  # another program (or a crash) changed the files
    con.execute("UPDATE contact SET city = '拉萨' WHERE id = 1")
    con.commit()
    con.close()
    w = opened()
    w.safety.start()
    qtbot.waitUntil(lambda: w.safety.state.start_backup is not None, timeout=15000)
    assert w.safety.state.start_backup.reason == "start"


# --- read-only banners ---------------------------------------------------------------------------

def test_a_database_in_use_elsewhere_opens_read_only_with_a_banner(qtbot, opened, filled):
    with InstanceLock.acquire(filled):  # another Contact Book holds it
        w = opened()
        w.safety.start()
        qtbot.waitUntil(lambda: not w.safety.checking, timeout=10000)
        state = w.safety.state
        assert state.read_only and state.reason == "in-use"
        text = w.banner.text()
        assert "another Contact Book" in text and f"process {os.getpid()}" in text
        assert w.banner.buttons == []  # nothing to restore from here
        for action in (w.new_action, w.delete_action, w.undo_action, w.restore_backup_action):
            assert not action.isEnabled()
        assert w.detail.tag_edit.isReadOnly() and w.detail.trash_banner.isVisible()
        assert w.backup_now_action.isEnabled() and w.check_action.isEnabled()  # reading is fine
        _shot(w, "banner-in-use")


@pytest.fixture
def damaged(filled):
    """300 contacts, a good backup, then a page in the middle of the file garbled."""
    good = backup.list_backups(filled)[0]
    _garble(filled, os.path.getsize(filled) // 4096 // 2)
    return good


def test_a_damaged_file_gets_the_banner_no_writes_and_restores_from_it(
        qtbot, opened, filled, damaged, monkeypatch, message_boxes):
    garbled = _sha(filled)
    w = opened()
    w.safety.start()
    qtbot.waitUntil(lambda: not w.safety.checking, timeout=10000)
    state = w.safety.state
    assert state.read_only and state.damaged and state.newest_good_backup.path == damaged.path
    assert w.banner.isVisible() and w.banner.kind == "error"
    assert "damaged" in w.banner.text() and "300 contacts" in w.banner.text()
    assert [b.text() for b in w.banner.buttons] == ["Restore This Backup", "Choose a Backup…"]
    assert not w.new_action.isEnabled() and not w.save_action.isEnabled()
    assert w.detail.tag_edit.isReadOnly()
    w.detail.save()  # nothing happens: read-only
    _shot(w, "banner-damaged")
    assert _sha(filled) == garbled

    w.banner.buttons[0].click()  # asks first; Cancel leaves everything as it is
    message_boxes.expect("question", "Replace all your contacts with the backup")
    assert not w.safety.workers.busy
    assert _sha(filled) == garbled

    message_boxes.answer(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(w.safety.restored, timeout=20000):
        w.banner.buttons[0].click()
        assert w.safety_actions.busy_dialog is not None and w.safety_actions.busy_dialog.isVisible()
    message_boxes.expect("question", "Replace all your contacts with the backup")
    _idle(qtbot, w)
    assert not state.read_only and not w.banner.isVisible() and w.safety_actions.busy_dialog is None
    assert w.model.rowCount() == contacts.count() == 300 and w.new_action.isEnabled()
    saved = [b for b in backup.list_backups(filled) if b.reason == "damaged-original"]
    assert len(saved) == 1 and _sha(saved[0].path) == garbled  # kept for rescue
    contacts.create({"name": "修复后"})


def test_damage_found_by_check_database_makes_it_read_only(qtbot, opened, filled, message_boxes):
    w = opened()
    w.safety.start()
    qtbot.waitUntil(lambda: w.new_action.isEnabled(), timeout=10000)
    _idle(qtbot, w)
    w.check_action.trigger()
    _idle(qtbot, w)
    message_boxes.expect("information", "good health")

    _garble(filled, os.path.getsize(filled) // 4096 // 2)
    w.check_action.trigger()
    _idle(qtbot, w)
    message_boxes.expect("warning", "problems")
    assert w.safety.state.damaged and w.banner.isVisible() and not w.new_action.isEnabled()


# --- backups -------------------------------------------------------------------------------------

def test_back_up_now_writes_the_chosen_file(qtbot, window, tmp_path, monkeypatch, message_boxes):
    dest = tmp_path / "usb" / "copy"
    dest.parent.mkdir()
    asked = []

    def save(parent, title, suggested, filters):
        asked.append(suggested)
        return str(dest), filters
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    window.backup_now_action.trigger()
    _idle(qtbot, window)
    chosen = dest.with_suffix(".sqlite3")
    assert asked[0].endswith("-manual.sqlite3")
    assert chosen.exists() and backup.validate_backup(chosen).contacts == 200
    assert message_boxes.take() == [("information", f"Backed up 200 contacts to {chosen}.")]


def test_back_up_now_over_an_older_backup_says_which_it_replaced(qtbot, window, tmp_path,
                                                                  monkeypatch, message_boxes):
    """As ``backup --to``: the window says it replaced the backup of that day, not only that
    it backed up (the Save dialog's "Replace?" is the user's own answer)."""
    dest = tmp_path / "usb" / "book.sqlite3"
    dest.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(dest), ""))
    window.backup_now_action.trigger()
    _idle(qtbot, window)
    message_boxes.expect("information", f"Backed up 200 contacts to {dest}.")
    os.utime(dest, (1_780_000_000, 1_780_000_000))
    last = datetime.fromtimestamp(1_780_000_000).strftime("%Y-%m-%d %H:%M")
    window.backup_now_action.trigger()
    _idle(qtbot, window)
    assert message_boxes.take() == [
        ("information", f"Backed up 200 contacts to {dest}; it replaced the backup of {last}.")]
    assert backup.validate_backup(dest).contacts == 200


def test_back_up_now_refuses_the_database_itself(qtbot, window, db_path, monkeypatch,
                                                  message_boxes):
    before = _sha(db_path)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a: (str(db_path), ""))
    window.backup_now_action.trigger()
    message_boxes.expect("warning", "database itself")
    assert not window.safety.workers.busy and _sha(db_path) == before


def test_back_up_now_never_replaces_another_profile_database(qtbot, window, tmp_path,
                                                             monkeypatch, message_boxes):
    """Back Up Now… onto another salesperson's contacts.sqlite3: the Save dialog asked
    "replace?" and, answered yes, the copy replaced that database. Now the window says what
    it is and changes nothing."""
    other = tmp_path / "colleague" / "contacts.sqlite3"
    other.parent.mkdir()
    db = open_database(other, lock=True)
    demo.generate(4, seed=2, now=datetime(2026, 3, 1))
    db.close()
    before = _sha(other)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(other), ""))
    window.backup_now_action.trigger()
    _idle(qtbot, window)
    message_boxes.expect("warning", "is a Contact Book database, not a backup")
    assert _sha(other) == before


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.No,
                                    QMessageBox.StandardButton.Yes])
def test_back_up_now_asks_before_replacing_another_database_s_backup(
        qtbot, window, tmp_path, monkeypatch, message_boxes, answer):
    """The Save dialog's "replace?" did not say that the file was a colleague's backup: the
    window replaced it. Now it says whose it is and replaces it only when told to."""
    other = tmp_path / "colleague" / "contacts.sqlite3"
    other.parent.mkdir()
    db = open_database(other, lock=True)
    demo.generate(4, seed=2, now=datetime(2026, 3, 1))
    close_database(db, backup=False)
    dest = tmp_path / "usb" / "book.sqlite3"
    dest.parent.mkdir()
    backup.write_backup(other, dest)
    before = _sha(dest)
    proxy.initialize(window.safety.db)  # (opening the other file rebound the models)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(dest), ""))
    message_boxes.answer(answer)
    window.backup_now_action.trigger()
    _idle(qtbot, window)
    message_boxes.expect("question", f"{dest} is a backup of another Contact Book database")
    if answer == QMessageBox.StandardButton.No:
        assert _sha(dest) == before and not message_boxes.take()
    else:
        message_boxes.expect("information", f"Backed up 200 contacts to {dest}; it replaced")
        assert backup.validate_backup(dest).contacts == 200
        window.backup_now_action.trigger()  # ours now: refreshed without a second question
        _idle(qtbot, window)
        message_boxes.expect("information", f"Backed up 200 contacts to {dest}; it replaced")


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.No,
                                    QMessageBox.StandardButton.Yes])
def test_back_up_now_asks_before_replacing_the_name_it_completed(qtbot, window, tmp_path,
                                                                 monkeypatch, message_boxes,
                                                                 answer):
    """Typed "weekly" where weekly.sqlite3 exists: the dialog asked about "weekly", the
    window added ".sqlite3" and replaced weekly.sqlite3 without asking."""
    dest = tmp_path / "weekly.sqlite3"
    dest.write_bytes(b"last week's notes")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a: (str(dest.with_suffix("")), ""))
    message_boxes.answer(answer)
    window.backup_now_action.trigger()
    _idle(qtbot, window)
    message_boxes.expect("question", f"{dest} already exists. Replace it")
    if answer == QMessageBox.StandardButton.No:
        assert dest.read_bytes() == b"last week's notes" and not message_boxes.take()
    else:
        message_boxes.expect("information", f"Backed up 200 contacts to {dest}.")
        assert backup.validate_backup(dest).contacts == 200


def test_the_timer_backs_up_when_due(qtbot, window, db_path):
    safety = window.safety
    assert safety.backup_if_due(NOW) is not None  # never backed up: due at once
    _idle(qtbot, window)
    assert [b.reason for b in backup.list_backups(db_path)] == ["auto"]
    assert safety.backup_if_due(NOW + timedelta(minutes=40)) is None  # nothing changed since
    contacts.create({"name": "新线索"})
    assert safety.backup_if_due(NOW + timedelta(minutes=10)) is None  # changed, but too soon
    assert safety.backup_if_due(NOW + timedelta(minutes=31)) is not None
    _idle(qtbot, window)
    assert len(backup.list_backups(db_path)) == 2


def test_trashing_many_backs_up_first(qtbot, window, db_path):
    from tests.ui.test_main_window import select_rows

    select_rows(window, list(range(60)))
    window.delete_action.trigger()
    _idle(qtbot, window)
    assert contacts.count() == 140 and window.model.rowCount() == 140
    assert [b.reason for b in backup.list_backups(db_path)] == ["before-bulk-edit"]
    assert backup.list_backups(db_path)[0].contacts == 200
    select_rows(window, [0, 1])  # a few: no backup
    window.delete_action.trigger()
    assert contacts.count() == 138 and len(backup.list_backups(db_path)) == 1


# --- restore -------------------------------------------------------------------------------------

def test_restore_from_the_dialog_brings_rows_back(qtbot, window, db_path, monkeypatch,
                                                  message_boxes):
    window.safety.state.backups.backup_now("manual", NOW - timedelta(hours=1))
    contacts.trash(contacts.ids()[:150])
    window.events.changed.emit(contacts.Changes(rows_added_or_removed=True))
    assert window.model.rowCount() == 50
    window.restore_backup_action.trigger()
    dialog = window.safety_actions.restore_dialog
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10000)
    assert dialog.list.topLevelItemCount() == 1
    item = dialog.list.topLevelItem(0)
    assert item.text(1) == "Backed up by you" and item.text(2) == "200"
    _shot(dialog, "restore-dialog")
    assert dialog.restore_button.isEnabled()
    dialog.restore_button.click()  # the confirmation answers Cancel: nothing happens
    message_boxes.expect("question", "200 contacts")
    assert window.model.rowCount() == 50 and dialog.isVisible()

    message_boxes.answer(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.safety.restored, timeout=20000):
        dialog.restore_button.click()
    message_boxes.expect("question", "200 contacts")
    _idle(qtbot, window)
    assert window.model.rowCount() == 200 and contacts.count() == 200
    assert window.count_label.text() == "200 contacts"
    assert not window.undo_action.isEnabled()  # the history described the replaced content
    reasons = sorted(b.reason for b in backup.list_backups(db_path))
    assert reasons == ["before-restore", "manual"]  # what was there before is kept


def test_a_failed_restore_is_a_message(qtbot, window, tmp_path, monkeypatch, message_boxes):
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a backup at all" * 100)
    message_boxes.answer(QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(junk), ""))
    window.restore_backup_action.trigger()
    dialog = window.safety_actions.restore_dialog
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10000)
    assert dialog.status.text() == "There are no backups yet."
    dialog.other_button.click()
    _idle(qtbot, window)
    boxes = message_boxes.take()
    assert [kind for kind, _ in boxes] == ["question", "warning"]
    kind, text = boxes[-1]
    assert "not restored" in text and str(junk) in text
    assert window.model.rowCount() == 200 and window.new_action.isEnabled()


def test_an_empty_or_foreign_file_is_refused_in_words_in_the_ui_language(
        qtbot, window, db_path, tmp_path, monkeypatch, message_boxes, language):
    """Restore… › Other File… with a 0-byte file said "(no such table: contact)", with a
    picture "(file is not a database)": SQLite's English in both languages. A 0-byte backup in
    the list showed "1 kB"."""
    empty = backup.backup_dir(db_path) / backup.backup_name(db_path, NOW, "auto")
    empty.parent.mkdir(parents=True, exist_ok=True)
    empty.write_bytes(b"")
    picture = tmp_path / "photo.sqlite3"
    picture.write_bytes((Path(__file__).resolve().parents[3] / "resources" / "screenshots"
                         / "timeline.png").read_bytes())
    message_boxes.answer(QMessageBox.StandardButton.Yes)
    for chosen, english, chinese in ((empty, "the file is empty: 0 bytes", "文件是空的"),
                                     (picture, "neither a Contact Book backup nor a database",
                                      "既不是通讯录备份，也不是数据库")):
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, p=chosen: (str(p), ""))
        window.restore_backup_action.trigger()
        dialog = window.safety_actions.restore_dialog
        qtbot.waitUntil(lambda: dialog.loaded, timeout=10000)
        row = dialog.list.topLevelItem(0)
        assert row.text(3) == ("empty" if language == "en" else "空文件")
        dialog.other_button.click()
        _idle(qtbot, window)
        message_boxes.expect("question")
        text = message_boxes.expect("warning", str(chosen))
        assert (english if language == "en" else chinese) in text
        assert "table" not in text and "not a database" not in text
        assert window.model.rowCount() == 200


# --- instances, opening, quitting ----------------------------------------------------------------

def test_a_second_launch_brings_the_first_window_forward_and_exits(qtbot, window, db_path,
                                                                    monkeypatch):
    first = app._serve_activations(db_path, window.safety.db, window)  # no lock: no server
    assert first is None
    holder = InstanceLock.acquire(db_path)  # the first instance, as the second sees it
    server = SingleInstance(db_path)
    assert server.listen()
    raised = []
    server.activation_requested.connect(lambda: raised.append(True))
    monkeypatch.setattr(app, "install_excepthook", lambda: None)
    shown = []
    monkeypatch.setattr(main_window.MainWindow, "show", lambda self: shown.append(self))
    try:
        assert app.run(db_path) == 0
        qtbot.waitUntil(lambda: bool(raised), timeout=3000)
        assert shown == []
    finally:
        server.close()
        holder.release()


@pytest.mark.qt_log_ignore("This plugin does not support (raise|propagateSizeHints)")
def test_the_lock_holder_serves_activations(qtbot, opened, filled):
    w = opened()
    guard = app._serve_activations(filled, w.safety.db, w)
    try:
        called = []
        monkey = w.bring_to_front
        w.bring_to_front = lambda: (called.append(True), monkey())
        guard.activation_requested.disconnect()
        guard.activation_requested.connect(w.bring_to_front)
        w.showMinimized()
        assert app._activate_running(filled)
        qtbot.waitUntil(lambda: bool(called), timeout=3000)
        assert not w.isMinimized()
    finally:
        guard.close()


def test_run_closes_the_database_at_quit(qtbot, filled, monkeypatch):
    from PySide6.QtWidgets import QApplication

    monkeypatch.setattr(app, "install_excepthook", lambda: None)
    monkeypatch.setenv(app.LANG_ENV, "en")

    def exec_(*_args):
        window, = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        assert window.safety.checking  # the check waits for the first paint
        contacts.create({"name": "最后一个"})
        window.close()
        return 0
    monkeypatch.setattr(QApplication, "exec", exec_)
    assert app.run(filled) == 0
    InstanceLock.acquire(filled).release()  # the lock was given back
    last = backup.list_backups(filled)[0]
    assert last.reason == "quit" and last.contacts == 301  # backed up at quit
    assert (backup.backup_dir(filled) / "contacts.last-backup.json").exists()


def test_open_database_starts_a_window_for_another_file(qtbot, window, db_path, tmp_path,
                                                        monkeypatch, message_boxes):
    other = tmp_path / "other.sqlite3"
    db = open_database(other)
    db.close()
    open_database(db_path)  # bind the window's database again
    started = []
    monkeypatch.setattr(safety_actions, "start_window_for", lambda p: started.append(p) or True)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(other), ""))
    window.open_action.trigger()
    assert started == [other] and message_boxes.take() == []

    text = tmp_path / "notes.sqlite3"
    text.write_text("not a database")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(text), ""))
    window.open_action.trigger()
    assert started == [other]
    message_boxes.expect("warning", "not a Contact Book database")


def test_start_window_for_runs_the_app_on_that_file(monkeypatch, tmp_path):
    from PySide6.QtCore import QProcess

    calls = []
    monkeypatch.setattr(QProcess, "startDetached", lambda program, args: calls.append(
        (program, args)) or (True, 123))
    assert safety_actions.start_window_for(tmp_path / "x.sqlite3")
    program, args = calls[0]
    assert args == ["-m", "desktop_app", "--db", str(tmp_path / "x.sqlite3")]


def test_read_only_edits_are_not_dropped_silently(qtbot, opened, filled, message_boxes):
    from tests.ui.helpers import type_text

    w = opened()
    w.safety.start()
    qtbot.waitUntil(lambda: w.new_action.isEnabled(), timeout=10000)
    _idle(qtbot, w)
    type_text(w.detail.fields["title"], "总裁")
    shown = w.detail.contact_id
    w.safety.db.reopen(read_only=True)  # the database became read-only meanwhile
    w.safety.state.reason = "read-only-file"
    w.safety.state_changed.emit()
    w.table.selectRow(5)
    qtbot.waitUntil(lambda: len(message_boxes) > 0)
    message_boxes.expect("question")
    assert w.detail.contact_id == shown and "总裁" in w.detail.fields["title"].text()
    message_boxes.answer(QMessageBox.StandardButton.Discard)
    w.close()  # asks again; Discard lets the window close
    message_boxes.expect("question", "Discard them?")
    assert not w.isVisible()


def test_a_full_disk_is_a_clear_message_and_keeps_what_was_typed(qtbot, window, db_path,
                                                                  monkeypatch, message_boxes):
    from desktop_app.core.errors import DiskFull

    from tests.ui.helpers import type_text

    def full(*args, **kwargs):
        raise DiskFull(db_path)
    monkeypatch.setattr(contacts, "update", full)
    type_text(window.detail.fields["title"], "总裁")
    typed = window.detail.fields["title"].text()
    window.save_action.trigger()
    assert window.detail.error_label.isVisible()
    assert window.detail.error_label.text().startswith(f"The disk holding {db_path} is full")
    assert window.detail.fields["title"].text() == typed and window.detail.is_dirty()
    window.close()  # still cannot save: asks; Cancel keeps the window and the typed text
    message_boxes.expect("question", "lose the changes")
    assert window.isVisible() and window.detail.fields["title"].text() == typed
    window.detail.reload()


def test_a_file_too_damaged_to_open_offers_its_newest_backup(qtbot, filled, damaged,
                                                              monkeypatch, message_boxes):
    from PySide6.QtWidgets import QApplication

    _garble(filled, 1, start=100)  # the header survives, the schema does not: no window
    monkeypatch.setattr(app, "install_excepthook", lambda: None)
    monkeypatch.setenv(app.LANG_ENV, "en")
    assert app.run(filled) == 1  # declined: the message says what is wrong, nothing changed
    boxes = message_boxes.take()
    assert [kind for kind, _ in boxes] == ["question", "critical"]
    assert "too damaged to open" in boxes[0][1] and "300 contacts" in boxes[0][1]

    message_boxes.answer(QMessageBox.StandardButton.Yes)
    counted = []

    def exec_(*_args):
        counted.append(contacts.count())
        return 0
    monkeypatch.setattr(QApplication, "exec", exec_)
    assert app.run(filled) == 0
    message_boxes.expect("question", "too damaged to open")
    assert counted == [300]
    assert [b.reason for b in backup.list_backups(filled)].count("damaged-original") == 1


def test_a_file_too_damaged_to_open_without_a_backup_says_exactly_what_to_do(
        filled, monkeypatch, message_boxes):
    import shutil

    shutil.rmtree(backup.backup_dir(filled))
    _garble(filled, 1, start=100)  # no window can open it, and there is nothing to restore
    before = _sha(filled)
    monkeypatch.setattr(app, "install_excepthook", lambda: None)
    monkeypatch.setenv(app.LANG_ENV, "en")
    assert app.run(filled) == 1
    boxes = message_boxes.take()
    assert [kind for kind, _ in boxes] == ["critical"]
    text = boxes[0][1]
    assert "too damaged to open" in text and "no backup" in text
    assert "File › Restore" not in text  # no window, so no menu to point to
    assert f'contact-book restore BACKUP_FILE --db "{filled}"' in text
    assert "move the damaged file" in text
    assert _sha(filled) == before


def test_workers_report_back_in_the_gui_thread_one_task_at_a_time(qtbot):
    import threading

    from desktop_app.ui.common.workers import Workers

    workers = Workers()
    gui = threading.get_ident()
    seen, order = [], []

    def work(n):
        order.append(("start", n))
        # inherent: each task takes a while, so tasks run at the same time would interleave
        # in ``order``; the test waits for the signals, never for this
        threading.Event().wait(0.05)
        order.append(("end", n))
        if n == 2:
            raise ValueError("boom")
        return n * 10

    with qtbot.waitSignal(workers.busy_changed, timeout=5000) as busy:
        for n in (1, 2, 3):
            workers.run(work, n, done=lambda r: seen.append((r, threading.get_ident() == gui)),
                        failed=lambda e: seen.append((repr(e), threading.get_ident() == gui)))
    assert busy.args == [True]
    qtbot.waitUntil(lambda: not workers.busy, timeout=5000)
    assert seen == [(10, True), ("ValueError('boom')", True), (30, True)]
    assert order == [("start", 1), ("end", 1), ("start", 2), ("end", 2), ("start", 3),
                     ("end", 3)]
    workers.wait()
