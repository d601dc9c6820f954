"""The sync password never shows: not in the CLI's output or errors, a log record, the sync
report, the database file or any file the run leaves. Against a Radicale that checks it."""
from __future__ import annotations

import base64
import logging

import pytest

from tests.core.sync.conftest import NOW, TODAY, device, start_radicale

USER, PASSWORD = "zhang", "Pw-7f3q!xK9z"
SECRETS = (PASSWORD.encode(), base64.b64encode(f"{USER}:{PASSWORD}".encode()),
           PASSWORD.encode("utf-16-le"))


@pytest.fixture
def guarded(tmp_path):
    server = start_radicale(tmp_path / "srv", users={USER: PASSWORD})
    yield server
    server.stop()


def _leaks(blob: bytes) -> list[bytes]:
    return [s for s in SECRETS if s in blob]


def test_the_password_is_in_no_output_log_report_or_file(guarded, tmp_path, capsys, caplog,
                                                          monkeypatch):
    from desktop_app.cli import main
    from desktop_app.core.sync import account, run

    caplog.set_level(logging.DEBUG)  # urllib3 and requests log each request at DEBUG
    db = tmp_path / "c.sqlite3"
    monkeypatch.setenv("CONTACT_BOOK_SYNC_PASSWORD", PASSWORD)
    assert main(["add", "--db", str(db), "--tag", "上海-壹点零壹-咨询-1万-叶辉-创始人-知乎",
                 "--phone", "13800000001"]) == 0
    assert main(["sync", "account", "--db", str(db), "--url", guarded.url, "--user", USER]) == 0
    assert main(["sync", "--db", str(db)]) == 0
    assert main(["sync", "status", "--db", str(db)]) == 0
    out = capsys.readouterr()
    assert "On the server: 1 new" in out.out

    monkeypatch.setenv("CONTACT_BOOK_SYNC_PASSWORD", PASSWORD + "-wrong")
    assert main(["sync", "--db", str(db)]) != 0
    wrong = capsys.readouterr()
    assert "refused the user name or password (401)" in wrong.out + wrong.err
    assert PASSWORD.encode() not in (wrong.out + wrong.err).encode()  # not even the wrong one's stem

    monkeypatch.setenv("CONTACT_BOOK_SYNC_PASSWORD", PASSWORD)
    guarded.stop()  # offline: the error names the host, nothing else
    assert main(["sync", "--db", str(db)]) != 0
    gone = capsys.readouterr()
    assert "Cannot reach" in gone.out + gone.err

    with device(db):
        acct = account.load()
        report = run.sync(acct, account.client(acct), today=TODAY, now=NOW)
        assert report.outcome != "ok" and "Cannot reach" in report.problem
        report_text = "\n".join(map(str, report.lines())) + repr(report)

    texts = (out.out + out.err + wrong.out + wrong.err + gone.out + gone.err + report_text
             + "\n".join(r.getMessage() + repr(r.args) for r in caplog.records))
    assert caplog.records, "nothing was logged: the log check would prove nothing"
    assert _leaks(texts.encode("utf-8")) == []
    files = [p for p in tmp_path.rglob("*") if p.is_file() and p.parent.name != "srv"
             and p.name != "users"]
    assert any(p.name == "c.sqlite3" for p in files)
    assert {p.name: _leaks(p.read_bytes()) for p in files} == {p.name: [] for p in files}
