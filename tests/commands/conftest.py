import pytest


@pytest.fixture(autouse=True)
def one_qapplication(qapp):
    """The session's QApplication exists before any command runs in-process: ``callsheet``
    would otherwise make a QGuiApplication, and every later widget test would abort on it."""
    return qapp
