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


class MemoryKeyring:
    """A keyring that holds its passwords in a dict (a real backend class, not the OS's)."""

    @staticmethod
    def make():
        from keyring.backend import KeyringBackend

        class Memory(KeyringBackend):
            priority = 1

            def __init__(self):
                super().__init__()
                self.kept = {}

            def set_password(self, service, username, password):
                self.kept[service, username] = password

            def get_password(self, service, username):
                return self.kept.get((service, username))

            def delete_password(self, service, username):
                self.kept.pop((service, username), None)

        return Memory()


def test_no_stored_password_is_said_with_how_to_store_one(guarded, tmp_path, capsys,
                                                          monkeypatch):
    """Not the server's "refused the user name or password (401)": nothing was given."""
    import io

    from desktop_app.cli import main

    db = str(tmp_path / "c.sqlite3")
    monkeypatch.delenv("CONTACT_BOOK_SYNC_PASSWORD", raising=False)
    assert main(["sync", "account", "--db", db, "--url", guarded.url, "--user", USER]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"contact-book: 127.0.0.1 asks for a password, and none is stored on this "
                   f"computer. Give it with --password-stdin (or $CONTACT_BOOK_SYNC_PASSWORD)."]

    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))  # no keyring: not kept
    assert main(["sync", "account", "--db", db, "--url", guarded.url, "--user", USER,
                 "--password-stdin"]) == 0
    assert "not kept" in capsys.readouterr().out
    assert main(["sync", "--db", db]) == 1
    out = capsys.readouterr().out
    assert "refused the user name or password" not in out
    assert "The sync stopped: 127.0.0.1 asks for a password, and none is stored" in out
    assert out.rstrip().splitlines()[-1] == (
        f"No password is stored for {USER}: this computer has no keyring, so give it to each "
        f"sync with --password-stdin or $CONTACT_BOOK_SYNC_PASSWORD.")

    import keyring

    memory = MemoryKeyring.make()  # a keyring, but the password was never put into it
    previous = keyring.get_keyring()
    keyring.set_keyring(memory)
    try:
        assert main(["sync", "--db", db]) == 1
        out = capsys.readouterr().out
        assert out.rstrip().splitlines()[-1] == (
            f"No password is stored for {USER}. Store it in this computer's keyring with: "
            f"contact-book sync account --url {guarded.url} --user {USER} --password-stdin")
        monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))  # ... as it says
        assert main(["sync", "account", "--db", db, "--url", guarded.url, "--user", USER,
                     "--password-stdin"]) == 0
        assert "not kept" not in capsys.readouterr().out
        assert main(["sync", "--db", db]) == 0
        assert "asks for a password" not in capsys.readouterr().out
    finally:
        keyring.set_keyring(previous)
    assert list(memory.kept.values()) == [PASSWORD]  # the sync's password came from there
