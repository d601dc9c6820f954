from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths

HERE = Path(__file__).parent
# The offscreen platform (QT_QPA_PLATFORM=offscreen) warns about this for every shown window.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"
# ... and about popups (the filter bar's completion) and modal progress dialogs.
POPUP_NOISE = ("This plugin does not support raise", "This plugin does not support grabbing")


def pytest_collection_modifyitems(items):
    for item in items:
        if HERE in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, *POPUP_NOISE))


@pytest.fixture(params=["en", "zh_CN"])
def language(request, qapp, monkeypatch):
    """Each test once per UI language, the window's translations loaded as ``app.run`` loads
    them (Qt's own and ours in Chinese, none in English), removed after."""
    from desktop_app import app

    monkeypatch.setenv(app.LANG_ENV, request.param)
    translators = app.install_translator(qapp)
    assert len(translators) == (2 if request.param == "zh_CN" else 0)
    yield request.param
    for t in translators:
        qapp.removeTranslator(t)


@pytest.fixture(autouse=True)
def private_settings(tmp_path_factory):
    """QSettings and standard paths point into a temporary directory, never the user's."""
    QStandardPaths.setTestModeEnabled(True)
    folder = tmp_path_factory.mktemp("settings")
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch):
    """Every modal dialog is recorded instead of shown; one the test did not consume with
    ``expect()``/``take()`` fails it at teardown (see tests/ui/dialogs.py)."""
    from tests.ui.dialogs import MessageBoxes

    boxes = MessageBoxes(monkeypatch)
    boxes.install()
    yield boxes
    boxes.check()


@pytest.fixture
def sample(db):
    """A database with 200 demo contacts."""
    from desktop_app.core.contacts import demo

    demo.generate(200, seed=1)
    return db


@pytest.fixture
def window(qtbot, sample):
    from tests.ui.helpers import shown_window

    return shown_window(qtbot)
