"""`contact-book sync account / sync / sync status` against the real Radicale."""
from __future__ import annotations

import io

import pytest

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
    assert "last sync\t20" in out and "s3cret" not in out
    assert "last result\tHere: 0 new" in out and "\tOn the server: 1 new, 0 updated" in out
    assert "{" not in out  # sentences, not the stored JSON


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


@pytest.mark.parametrize("status, line, entry", [
    (b"STATUS:COMPLETED", ("On the phone: 1 follow-ups ticked (done here), 0 moved (rescheduled "
                           "here), 0 deleted (still due here)."), "在手机上完成: 黄金七天 · 第1天"),
    (b"STATUS:CANCELLED", ("On the phone: 1 follow-ups cancelled (skipped here, the next step "
                           "scheduled)."), "在手机上取消: 黄金七天 · 第1天"),
])
def test_sync_says_what_the_phone_did_to_the_follow_ups(radicale, user, tmp_path, capsys,
                                                        status, line, entry):
    """A step due on 2026-03-02 (overdue whatever the day the CLI runs) is ticked or cancelled
    on the phone: `sync` completes or skips it and prints the line."""
    from desktop_app.cli import main

    db = str(tmp_path / "c.sqlite3")
    assert main(["add", "--db", db, "--tag", "上海-壹点零壹-咨询-1万-叶辉-创始人-知乎",
                 "--phone", "13800000001"]) == 0
    assert main(["cadence", "start", "--db", db, "--contact", "1", "--template", "golden-week",
                 "--from", "2026-03-02"]) == 0
    assert main(["sync", "account", "--db", db, "--url", radicale.url, "--user", user]) == 0
    calendar = capsys.readouterr().out.split("calendar\t")[1].split()[0]
    assert main(["sync", "--db", db]) == 0
    assert "Calendar: 1 follow-ups written, 0 removed." in capsys.readouterr().out
    cal = Phone(calendar, user, "text/calendar; charset=utf-8")
    (href,) = cal.hrefs()
    etag, body = cal.get(href)
    cal.put(href, body.replace(b"STATUS:NEEDS-ACTION", status), etag)
    assert main(["sync", "--db", db]) == 0
    assert line in capsys.readouterr().out.splitlines()
    assert main(["timeline", "1", "--db", db]) == 0
    assert entry in capsys.readouterr().out


def test_a_stored_report_reads_back_as_its_sentences():
    from desktop_app.core.sync.report import FAILED, Report

    report = Report(outcome=FAILED, problem="the server did not answer", created_here=2,
                    todos_ticked=1, skipped=["a card without a name"])
    back = Report.from_json(report.to_json())
    assert [str(line) for line in back.lines()] == [str(line) for line in report.lines()]
    assert back.conflict_count == 0
    for nonsense in ("", "[1, 2]", "{not json", '{"created_here": "many", "outcome": 3}',
                     '{"conflicts": "x"}'):
        assert Report.from_json(nonsense) is None, nonsense


def test_a_sync_stopped_before_doing_anything_says_the_reason_alone():
    """A server that answers a web page stops the first request: the command and the dialog
    printed "Here: 0 new, ...", "On the server: 0 new, ...", "Calendar: 0 ...", "Conflicts: 0"
    above the reason. A pass that did something keeps its counts, then the reason."""
    from desktop_app.core.sync.report import CANCELLED, FAILED, Report

    stopped = Report(outcome=FAILED, problem="The server answered a web page.")
    assert [str(line) for line in stopped.lines()] == [
        "The sync stopped: The server answered a web page. What was done is kept; the next "
        "sync goes on from there."]
    assert [str(line) for line in Report(outcome=CANCELLED, skipped=["a card"]).lines()] == [
        "Skipped: a card",
        "Cancelled. What was done is kept; the next sync goes on from there."]
    assert [str(line) for line in Report(outcome=FAILED, dry_run=True, problem="x.").lines()
            ][0].startswith("Dry run")
    partly = [str(line) for line in Report(outcome=FAILED, problem="Gone.", created_there=3)
              .lines()]
    assert partly[1].startswith("On the server: 3 new") and partly[-1].startswith(
        "The sync stopped: Gone.")
    assert len(Report().lines()) == 4  # a pass that went through: every count, even zeros
