import pytest
from PySide6.QtCore import QSettings, QStandardPaths


@pytest.fixture(autouse=True)
def private_settings(tmp_path_factory):
    """QSettings and standard paths point into a temporary directory, never the user's."""
    QStandardPaths.setTestModeEnabled(True)
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture
def sample(db):
    """A database with 200 demo contacts."""
    from desktop_app.core import demo

    demo.generate(200, seed=1)
    return db


@pytest.fixture
def window(qtbot, sample):
    from desktop_app.ui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1200, 700)
    w.show()
    qtbot.waitExposed(w)
    return w
