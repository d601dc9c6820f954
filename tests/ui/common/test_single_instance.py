"""A second launch for the same database brings the first window forward."""
import socket
import sys
from pathlib import Path

import pytest

from desktop_app.ui.common.single_instance import SingleInstance, server_name


@pytest.fixture
def first(qtbot, tmp_path):
    guard = SingleInstance(tmp_path / "contacts.sqlite3")
    yield guard
    guard.close()


def test_second_launch_activates_the_first(qtbot, first, tmp_path):
    assert not first.activate_running()  # nobody there yet
    assert first.listen()
    second = SingleInstance(tmp_path / "contacts.sqlite3")
    with qtbot.waitSignal(first.activation_requested, timeout=3000):
        assert second.activate_running()
    with qtbot.waitSignal(first.activation_requested, timeout=3000):  # and again
        assert SingleInstance(tmp_path / "contacts.sqlite3").activate_running()


def test_another_database_is_another_instance(qtbot, first, tmp_path):
    first.listen()
    other = SingleInstance(tmp_path / "elsewhere.sqlite3")
    with qtbot.assertNotEmitted(first.activation_requested, wait=200):
        assert not other.activate_running(timeout_ms=200)
    assert server_name(tmp_path / "a.sqlite3") != server_name(tmp_path / "b.sqlite3")
    assert server_name(tmp_path / "a.sqlite3") == server_name(tmp_path / "x" / ".." / "a.sqlite3")


@pytest.mark.skipif(sys.platform == "win32", reason="Unix socket files")
def test_stale_socket_of_a_crashed_run_is_replaced(qtbot, tmp_path):
    from PySide6.QtCore import QDir

    name = server_name(tmp_path / "contacts.sqlite3")
    path = Path(QDir.tempPath()) / name
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(str(path))  # a socket file whose server died (never listened, never removed)
    stale.close()
    try:
        guard = SingleInstance(tmp_path / "contacts.sqlite3")
        assert not guard.activate_running(timeout_ms=300)  # nobody answers on it
        assert guard.listen()  # the lock holder may remove it
        with qtbot.waitSignal(guard.activation_requested, timeout=3000):
            assert SingleInstance(tmp_path / "contacts.sqlite3").activate_running()
        guard.close()
    finally:
        path.unlink(missing_ok=True)
