"""File › Sync… against a real Radicale: connect (the address book and calendar are made),
sync now (the leads go to the server, the report says so), a server that is gone says why and
changes nothing, and the timed sync says a failure once in the status bar."""
import uuid
from datetime import date

import pytest
import requests

from desktop_app.core.contacts import records as contacts
from desktop_app.core.sync import account
from desktop_app.ui.sync.sync_dialog import SyncDialog
from tests.ui.helpers import shown_window

TODAY = date(2026, 3, 2)


def _dialog(qtbot, window):
    dialog = SyncDialog(window, window.safety.workers, window.sync.session, lambda: TODAY)
    qtbot.addWidget(dialog)
    return dialog


def _idle(qtbot, window):
    qtbot.waitUntil(lambda: not window.safety.workers.busy, timeout=30000)


def test_connect_and_sync_now_puts_the_leads_on_the_server(qtbot, db, radicale):
    cid, _ = contacts.create({"name": "叶辉", "city": "上海", "company": "壹点", "product": "咨询",
                              "deal_size": "1千万", "title": "创始人", "source": "知乎"},
                             [("手机", "13800000001")])
    contacts.create({"name": "流失的", "stage": "lost"})
    window = shown_window(qtbot)
    _idle(qtbot, window)
    dialog = _dialog(qtbot, window)
    assert not dialog.sync_button.isEnabled()  # no account yet
    user = "u" + uuid.uuid4().hex[:8]
    dialog.url.setText(radicale.url)
    dialog.user.setText(user)
    dialog.connect_button.click()
    _idle(qtbot, window)
    assert dialog.status.text().startswith("Connected"), dialog.status.text()
    acct = account.load()
    assert acct is not None and acct.user == user and dialog.sync_button.isEnabled()
    reports = []
    dialog.synced.connect(reports.append)
    dialog.sync_button.click()
    _idle(qtbot, window)
    assert reports and reports[0].outcome == "ok" and reports[0].created_there == 1
    assert "On the server: 1 new" in dialog.report.toPlainText()
    listing = requests.request("PROPFIND", acct.addressbook, headers={"Depth": "1"}, timeout=10)
    assert listing.text.count(".vcf") == 1  # the 流失 lead stays here


def test_a_server_that_is_gone_says_why_and_changes_nothing(qtbot, db):
    contacts.create({"name": "王芳"})
    window = shown_window(qtbot)
    _idle(qtbot, window)
    dialog = _dialog(qtbot, window)
    dialog.url.setText("http://127.0.0.1:9/")  # nothing listens there
    dialog.user.setText("nobody")
    dialog.connect_button.click()
    _idle(qtbot, window)
    assert dialog.status.text() and "Connected" not in dialog.status.text()
    assert account.load() is None and dialog.connect_button.isEnabled()


def test_a_failed_timed_sync_is_said_once(qtbot, db, radicale):
    window = shown_window(qtbot)
    _idle(qtbot, window)
    account.connect(radicale.url, "u" + uuid.uuid4().hex[:8], "")
    acct = account.load()
    acct.url = acct.addressbook = "http://127.0.0.1:9/gone/"
    account.save(acct)
    said = []
    window.sync.status.connect(said.append)
    for _ in range(2):
        window.sync.sync_in_background()
        _idle(qtbot, window)
    assert len(said) == 1 and "failed" in said[0]


def test_a_first_sync_shows_progress_and_cancel_keeps_what_was_done(qtbot, db, radicale):
    for i in range(30):
        contacts.create({"name": f"客户{i}", "source": "知乎"}, [("手机", f"1380000{i:04d}")])
    window = shown_window(qtbot)
    _idle(qtbot, window)
    dialog = _dialog(qtbot, window)
    account.connect(radicale.url, "u" + uuid.uuid4().hex[:8], "")
    dialog.show_account()
    seen, reports = [], []
    dialog._relay.moved.connect(lambda what, done, total: seen.append((str(what), done, total)))
    dialog.synced.connect(reports.append)
    once = []

    def cancel_once(*_):
        if not once:
            once.append(1)
            dialog.cancel_button.click()  # at the first step of the first sync

    dialog._relay.moved.connect(cancel_once)
    dialog.sync_button.click()
    assert not dialog.cancel_button.isHidden() and not dialog.progress.isHidden()
    _idle(qtbot, window)
    assert seen and reports and reports[0].outcome == "cancelled"
    assert "Cancelled" in dialog.report.toPlainText() and dialog.cancel_button.isHidden()
    dialog.sync_button.click()  # the next sync goes on and finishes
    _idle(qtbot, window)
    assert reports[-1].outcome == "ok"
    assert reports[-1].created_there + sum(r.created_there for r in reports[:-1]) == 30


def test_a_self_signed_server_is_trusted_once_the_user_confirms_its_fingerprint(
        qtbot, db, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from tests.core.sync.conftest import free_port
    from tests.core.sync.test_pinning import _tls_radicale

    port = free_port()
    server = _tls_radicale(tmp_path / "nas", port, "nas")
    try:
        window = shown_window(qtbot)
        _idle(qtbot, window)
        dialog = _dialog(qtbot, window)
        asked = []

        def answer(parent, title, text, *args):
            asked.append(text)
            return QMessageBox.StandardButton.No if len(asked) == 1 else \
                QMessageBox.StandardButton.Yes

        monkeypatch.setattr(QMessageBox, "warning", staticmethod(answer))
        dialog.url.setText(server.url)
        dialog.user.setText("u" + uuid.uuid4().hex[:8])
        dialog.connect_button.click()  # refused, the user says no: nothing saved
        _idle(qtbot, window)
        assert len(asked) == 1 and "SHA-256" in asked[0] and account.load() is None
        assert "not trusted" in dialog.status.text()
        dialog.connect_button.click()  # the user compares and says yes: pinned, connected
        _idle(qtbot, window)
        assert len(asked) == 2 and account.load() is not None and account.pinned()
        assert dialog.status.text().startswith("Connected")
    finally:
        server.stop()


def test_the_pickers_list_the_servers_collections_and_switch_after_asking(qtbot, db, radicale):
    from desktop_app.core.sync.dav import DavClient

    window = shown_window(qtbot)
    _idle(qtbot, window)
    dialog = _dialog(qtbot, window)
    user = "u" + uuid.uuid4().hex[:8]
    dialog.url.setText(radicale.url)
    dialog.user.setText(user)
    dialog.connect_button.click()
    _idle(qtbot, window)
    acct = account.load()
    assert dialog.addressbook.currentData() == acct.addressbook
    assert dialog.addressbook.currentText().startswith("通讯录 — /")
    assert dialog.calendar.currentData() == acct.calendar
    home = acct.addressbook.rsplit("/", 2)[0] + "/"
    DavClient(radicale.url, user, "").mkcol(home + "work/", calendar=False, name="工作")
    dialog.connect_button.click()  # lists it; the choice stays
    _idle(qtbot, window)
    names = [dialog.addressbook.itemText(i) for i in range(dialog.addressbook.count())]
    assert sorted(n.split(" — ")[0] for n in names) == ["工作", "通讯录"]
    assert account.load().addressbook == acct.addressbook
    asked = []
    dialog.confirm_switch = lambda *a: asked.append(a) or False  # the user says no
    work = dialog.addressbook.findData(home + "work/")
    dialog.addressbook.setCurrentIndex(work)
    dialog.addressbook.activated.emit(work)
    _idle(qtbot, window)
    assert asked and asked[0][0] is True and account.load().addressbook == acct.addressbook
    assert dialog.addressbook.currentData() == acct.addressbook  # shown as it is
    dialog.confirm_switch = lambda *a: True  # now yes
    dialog.addressbook.setCurrentIndex(work)
    dialog.addressbook.activated.emit(work)
    _idle(qtbot, window)
    assert account.load().addressbook == home + "work/"
    assert dialog.addressbook.currentData() == home + "work/"
    assert account.load().calendar == acct.calendar


def test_an_emptied_address_book_asks_before_anything_goes(qtbot, db, radicale, monkeypatch,
                                                          message_boxes):
    from tests.core.sync.phone import Phone

    for i in range(2):
        contacts.create({"name": f"客户{i}", "company": f"公司{i}"})
    window = shown_window(qtbot)
    _idle(qtbot, window)
    user = "u" + uuid.uuid4().hex[:8]
    account.connect(radicale.url, user, "")
    dialog = _dialog(qtbot, window)
    dialog.sync_button.click()
    _idle(qtbot, window)
    phone = Phone(account.load().addressbook, user)
    for href in phone.hrefs():  # the server's address book reset
        phone.delete(href)
    reports = []
    dialog.synced.connect(reports.append)
    dialog.sync_button.click()  # the question is recorded and left: nothing is chosen
    _idle(qtbot, window)
    message_boxes.expect("warning", "The address book on the server is empty, but 2 contacts")
    assert reports[-1].emptied == 2 and len(contacts.ids()) == 2 and phone.hrefs() == []
    said = []
    window.sync.status.connect(said.append)
    for _ in range(2):  # the timed sync: said once, pointing to where to choose
        window.sync.sync_in_background()
        _idle(qtbot, window)
    assert len(said) == 1 and "address book on the server is empty, but 2 contacts" in said[0]
    assert "Sync Now" in said[0] and len(contacts.ids()) == 2
    monkeypatch.setattr(dialog, "ask_emptied", lambda count: "upload")
    dialog.sync_button.click()
    _idle(qtbot, window)
    assert [r.created_there for r in reports[-2:]] == [0, 2] and len(phone.hrefs()) == 2
    assert len(contacts.ids()) == 2


@pytest.mark.parametrize("status, zh, en, step", [
    (b"STATUS:COMPLETED", "手机上：勾选完成跟进 1 条（本机已完成），改期 0 条（本机已改期），删除 0 条（本机仍待跟进）。",
     ("On the phone: 1 follow-ups ticked (done here), 0 moved (rescheduled here), 0 deleted "
      "(still due here)."), "ticked"),
    (b"STATUS:CANCELLED", "手机上：取消跟进 1 条（本机已跳过，已安排下一步）。",
     "On the phone: 1 follow-ups cancelled (skipped here, the next step scheduled).",
     "cancelled"),
])
def test_the_report_says_what_the_phone_did_to_the_follow_ups(qtbot, db, radicale, language,
                                                               tmp_path, status, zh, en, step):
    from desktop_app.core.followup import touchpoints
    from tests.core.sync.phone import Phone

    cid, _ = contacts.create({"name": "叶辉", "source": "知乎"}, [("手机", "13800000001")])
    touchpoints.start([cid], "golden-week", TODAY)
    window = shown_window(qtbot)
    _idle(qtbot, window)
    dialog = _dialog(qtbot, window)
    user = "u" + uuid.uuid4().hex[:8]
    account.connect(radicale.url, user, "")
    dialog.show_account()
    dialog.sync_button.click()
    _idle(qtbot, window)
    cal = Phone(account.load().calendar, user, "text/calendar; charset=utf-8")
    (href,) = cal.hrefs()
    etag, body = cal.get(href)
    cal.put(href, body.replace(b"STATUS:NEEDS-ACTION", status), etag)
    dialog.sync_button.click()
    _idle(qtbot, window)
    text = dialog.report.toPlainText()
    assert (zh if language == "zh_CN" else en) in text.splitlines()
    assert touchpoints.pending_for([cid])[cid].step == 1
    dialog.grab().save(str(tmp_path / f"sync_report_{step}_{language}.png"))


def test_a_sync_that_stops_says_why_in_red_above_the_report(qtbot, db, radicale, language):
    """A server that became a web page (a hotel's Wi-Fi login answering 200 to everything):
    the dialog's status line went blank and the reason was the report's last line, under
    "Here: 0 new, ..." and three more lines of zeros, in black; it read as a sync that did
    nothing. The reason is the status line, in red; nothing here is lost."""
    from tests.core.sync.test_nonsense_server import answering

    contacts.create({"name": "王芳", "city": "上海"}, [("手机", "13700137000")])
    window = shown_window(qtbot)
    _idle(qtbot, window)
    dialog = _dialog(qtbot, window)
    account.connect(radicale.url, "u" + uuid.uuid4().hex[:8], "")
    dialog.show_account()
    dialog.sync_button.click()
    _idle(qtbot, window)
    assert dialog.status.text() == ""  # a sync that went through: no line
    contacts.create({"name": "李娜"}, [("手机", "13900139000")])
    page = b"<html><body><h1>Welcome! Log in to the Wi-Fi</h1></body></html>"
    with answering(200, page) as url:
        acct = account.load()
        acct.url, acct.addressbook, acct.calendar = url, url + "book/", url + "todos/"
        account.save(acct)
        dialog.show_account()
        dialog.sync_button.click()
        _idle(qtbot, window)
    said = dialog.status.text()
    assert said == ("同步中断：服务器对 REPORT 的回答不是 WebDAV（可能是一个网页）。请检查服务器地址，"
                    "或先登录所在网络。已完成的部分保留，下次同步从这里继续。" if language == "zh_CN"
                    else "The sync stopped: The server answered REPORT with something other than "
                    "WebDAV (a web page?). Check the server's address, or log in to the network "
                    "first. What was done is kept; the next sync goes on from there.")
    assert "c0392b" in dialog.status.styleSheet()
    assert dialog.report.toPlainText().splitlines()[-1] == said
    assert sorted(c.name for c in contacts.get_many(contacts.ids())) == ["李娜", "王芳"]
    # the last sync's line says it did not go through (it read as the last good sync's time)
    assert ("中断" if language == "zh_CN" else "it stopped before the end") in \
        dialog.account_label.text()


def test_the_last_sync_is_said_in_local_time_and_whether_it_went_through(
        qtbot, db, language, monkeypatch):
    """A salesperson in Shanghai read "Last sync: 2026-12-06 13:05 UTC" for a sync at 21:05,
    and the same line after a sync that stopped as after one that went through."""
    import time
    from datetime import datetime

    from desktop_app.core.sync.report import CANCELLED, FAILED, Report
    from desktop_app.ui.common import formatting

    window = shown_window(qtbot)
    _idle(qtbot, window)
    dialog = _dialog(qtbot, window)
    words = {"en": ("Last sync: 2026-12-06 21:05", "stopped", "cancelled"),
             "zh_CN": ("上次同步：2026-12-06 21:05", "中断", "取消")}[language]
    try:
        with monkeypatch.context() as zone:
            zone.setenv("TZ", "Asia/Shanghai")
            time.tzset()
            formatting._offset.cache_clear()
            for outcome, said in ((None, None), (FAILED, words[1]), (CANCELLED, words[2])):
                result = Report(outcome=outcome).to_json() if outcome else Report().to_json()
                account.save(account.Account("http://127.0.0.1:1/", "u", "/book/",
                                             last_sync_at=datetime(2026, 12, 6, 13, 5),
                                             last_result=result))
                dialog.show_account()
                text = dialog.account_label.text()
                assert text.startswith(words[0]) and "UTC" not in text
                assert (said is None and text == words[0]) or (said is not None
                                                               and said in text)
    finally:  # the process's own zone again (the context put TZ back as it was)
        time.tzset()
        formatting._offset.cache_clear()
