import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("CONTACT_BOOK_DB", None)

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "data" / "contacts.sqlite3"


@pytest.fixture
def db(db_path):
    """A fresh database at the latest schema, bound to the models."""
    from desktop_app.core.storage.db import open_database

    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def corpus_dir() -> Path:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not present")
    return CORPUS
