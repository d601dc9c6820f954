import pytest

from desktop_app.cli import main


@pytest.fixture(autouse=True)
def one_qapplication(qapp):
    """The session's QApplication exists before any command runs in-process: ``callsheet``
    would otherwise make a QGuiApplication, and every later widget test would abort on it."""
    return qapp


@pytest.fixture
def cli(db_path, capsys):
    """Commands on a new, empty database (a command creates none outside the default
    location, except add/import/demo/restore in an existing folder)."""
    from desktop_app.core.storage.db import close_database, open_database

    close_database(open_database(db_path), backup=False)

    def run(*argv):
        code = main([*argv, "--db", str(db_path)] if argv else ["--db", str(db_path)])
        out, err = capsys.readouterr()
        return code, out, err
    return run
