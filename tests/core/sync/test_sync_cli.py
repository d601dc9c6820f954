"""`contact-book sync account / sync / sync status` against the real Radicale."""
from __future__ import annotations

import io

from tests.core.sync.phone import Phone


def test_account_sync_and_status(radicale, user, tmp_path, capsys, monkeypatch):
    from desktop_app.cli import main

    db = str(tmp_path / "c.sqlite3")
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret-pass\n"))
    assert main(["add", "--db", db, "--tag", "上海-壹点零壹-咨询-1万-叶辉-创始人-知乎",
                 "--phone", "13800000001"]) == 0
    assert main(["sync", "account", "--db", db, "--url", radicale.url, "--user", user,
                 "--password-stdin"]) == 0
    out = capsys.readouterr().out
    assert "contact-book/" in out and "not kept" in out and "s3cret" not in out
    assert main(["sync", "--db", db, "--dry-run"]) == 0
    assert "Dry run" in capsys.readouterr().out
    book = out.split("address book\t")[1].split()[0]
    assert Phone(book, user).hrefs() == []
    assert main(["sync", "--db", db]) == 0
    assert "On the server: 1 new" in capsys.readouterr().out
    assert len(Phone(book, user).hrefs()) == 1
    assert main(["sync", "status", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "last sync\t20" in out and '"created_there": 1' in out and "s3cret" not in out


def test_plain_http_to_another_host_is_refused(tmp_path, capsys):
    from desktop_app.cli import main

    db = str(tmp_path / "c.sqlite3")
    assert main(["sync", "account", "--db", db, "--url", "http://dav.example.cn/", "--user",
                 "zhang"]) != 0
    assert "Plain http:// is refused" in capsys.readouterr().err


def test_an_emptied_address_book_says_how_to_go_on(radicale, user, tmp_path, capsys):
    from desktop_app.cli import main

    db = str(tmp_path / "c.sqlite3")
    for i in range(2):
        assert main(["add", "--db", db, "--tag", f"上海-公司{i}-咨询-1万-客户{i}-经理-知乎"]) == 0
    assert main(["sync", "account", "--db", db, "--url", radicale.url, "--user", user]) == 0
    book = capsys.readouterr().out.split("address book\t")[1].split()[0]
    assert main(["sync", "--db", db]) == 0
    phone = Phone(book, user)
    for href in phone.hrefs():
        phone.delete(href)
    capsys.readouterr()
    assert main(["sync", "--db", db]) == 1
    out = capsys.readouterr().out
    assert "empty, but 2 contacts were synced with it" in out
    assert "contact-book sync --emptied upload" in out and "--emptied trash" in out
    assert main(["sync", "--db", db, "--emptied", "upload"]) == 0
    assert "On the server: 2 new" in capsys.readouterr().out
    assert len(phone.hrefs()) == 2
