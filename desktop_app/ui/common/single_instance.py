"""One window per database: a second launch brings the running window to the front.

The decision "who may write" belongs to the file lock in ``core.storage.lock`` (taken by
``open_database(lock=True)``); this module only carries the "come to the front" request, over a
``QLocalServer`` whose name is derived from the user and the database path. Use in ``app.py``::

    guard = SingleInstance(db_path)
    if guard.activate_running():          # a window for this database answered
        return 0                          # it raises itself; this launch ends quietly
    db = open_database(db_path, lock=True, if_locked="read_only", backup_at_start=True)
    window = MainWindow(...)
    if db.state.lock is not None:         # only the lock holder serves activations
        guard.listen()
        guard.activation_requested.connect(window.bring_to_front)
    ...
    guard.close()                         # at quit (also done when the object is deleted)

``bring_to_front`` is ``showNormal()`` if minimised, then ``raise_()`` and
``activateWindow()``.

Signals:
    activation_requested(): another launch for the same database asked for the window.
"""
from __future__ import annotations

import getpass
import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket


def server_name(db_path: str | os.PathLike) -> str:
    """A short name unique to this user and this database file."""
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name (some containers): the uid will do
        user = str(getattr(os, "getuid", lambda: 0)())
    key = f"{user}\0{Path(os.path.abspath(db_path))}".encode()
    return "contact-book-" + hashlib.sha256(key).hexdigest()[:20]


class SingleInstance(QObject):
    activation_requested = Signal()

    def __init__(self, db_path: str | os.PathLike, parent: QObject | None = None):
        super().__init__(parent)
        self.name = server_name(db_path)
        self._server: QLocalServer | None = None

    def activate_running(self, timeout_ms: int = 500) -> bool:
        """Ask a running window for this database to come forward; True if one answered."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(timeout_ms):
            return False  # nobody there, or a stale socket file from a crash
        socket.write(b"activate\n")
        socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(timeout_ms)
        return True

    def listen(self) -> bool:
        """Serve activation requests. Call only while holding the database lock: a socket
        file left by a crashed run is then known to be stale and is removed."""
        if self._server is not None:
            return True
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            if server.serverError() != QAbstractSocket.SocketError.AddressInUseError:
                return False
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                return False
        server.newConnection.connect(self._on_new_connection)
        self._server = server
        return True

    def _on_new_connection(self) -> None:
        server = self._server
        if server is None:
            return
        while server.hasPendingConnections():
            connection = server.nextPendingConnection()
            connection.disconnected.connect(connection.deleteLater)
            connection.readyRead.connect(lambda c=connection: c.readAll())  # content unused
            connection.readAll()
            self.activation_requested.emit()

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
