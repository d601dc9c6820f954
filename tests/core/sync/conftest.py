"""A real Radicale server on 127.0.0.1 (a free port, ``auth type = none``, storage in a
temporary folder), and helpers to run a device (one database) against it."""
from __future__ import annotations

import os
import queue
import socket
import subprocess
import sys
import threading
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime

import pytest

os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"  # never the real keyring
TODAY = date(2026, 3, 2)
NOW = datetime(2026, 3, 2, 9, 0)


@dataclass
class Server:
    url: str
    proc: subprocess.Popen

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(10)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_radicale(folder, port: int | None = None, tls=None, users=None) -> Server:
    """``tls``: (certificate, key) files: https on ``localhost``. ``users``: {name: password}
    that the server checks (an htpasswd file), else no authentication."""
    port = port or free_port()
    folder.mkdir(parents=True, exist_ok=True)
    config = folder / "config"
    ssl = f"ssl = True\ncertificate = {tls[0]}\nkey = {tls[1]}\n" if tls else ""
    auth = "type = none\n"
    if users:
        (folder / "users").write_text("".join(f"{u}:{p}\n" for u, p in users.items()), encoding="utf-8")
        auth = f"type = htpasswd\nhtpasswd_filename = {folder / 'users'}\nhtpasswd_encryption = plain\n"
    config.write_text(f"[server]\nhosts = 127.0.0.1:{port}\n{ssl}[auth]\n{auth}"
                      f"[storage]\nfilesystem_folder = {folder / 'collections'}\n"
                      "[logging]\nlevel = info\n[web]\ntype = none\n", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "radicale", "--config", str(config)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            encoding="utf-8", errors="replace")
    ready = queue.Queue()

    def read_log():  # waits for Radicale's own "ready" line, then keeps the pipe drained
        for line in proc.stderr:
            if "server ready" in line:
                ready.put(True)
        ready.put(False)  # the process ended (the pipe closed)

    threading.Thread(target=read_log, daemon=True).start()
    try:
        started = ready.get(timeout=30)
    except queue.Empty:
        started = False
    if not started:
        proc.kill()
        raise RuntimeError("Radicale did not start")
    scheme, host = ("https", "localhost") if tls else ("http", "127.0.0.1")
    return Server(f"{scheme}://{host}:{port}/", proc)


@pytest.fixture(scope="session")
def radicale(tmp_path_factory):
    server = start_radicale(tmp_path_factory.mktemp("radicale"))
    yield server
    server.stop()


@pytest.fixture
def user():
    """A user of its own for each test: its own address book on the shared server."""
    return "u" + uuid.uuid4().hex[:10]


@contextmanager
def device(path):
    """Open one device's database (the models are bound to one database at a time)."""
    from desktop_app.core.storage.db import open_database

    path.parent.mkdir(parents=True, exist_ok=True)
    db = open_database(path)
    try:
        yield db
    finally:
        db.close()


def connect(url: str, user: str, **kw):
    from desktop_app.core.sync import account

    acct, _ = account.connect(url, user, "", **kw)
    return acct


def run_sync(url: str | None = None, *, dav=None, **kw):
    """One pass with the stored account; returns the report."""
    from desktop_app.core.sync import account, run

    acct = account.load()
    dav = dav or account.client(acct)
    return run.sync(acct, dav, today=TODAY, now=NOW, **kw)


def add(tag: str, *phones, **values):
    from desktop_app.core.contacts import records

    cid, _ = records.create(records.values_from_tag(tag) | values, list(phones), now=NOW)
    return cid
