import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("CONTACT_BOOK_DB", None)
# the holiday tables the app keeps (core/followup/workdays.py) go to a folder of this run,
# not the user's cache (a test that is about them sets its own)
os.environ["CONTACT_BOOK_CACHE_DIR"] = tempfile.mkdtemp(prefix="contact-book-cache-")

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


NO_CORPUS_ENV = "CONTACT_BOOK_NO_CORPUS"


@pytest.fixture
def corpus_dir() -> Path:
    """The shared corpus of real-world files (../shared/corpus). Missing, the tests that read it
    fail: CI has it. CONTACT_BOOK_NO_CORPUS=1 skips them instead, on purpose."""
    if os.environ.get(NO_CORPUS_ENV) == "1":
        pytest.skip(f"{NO_CORPUS_ENV}=1: the corpus tests are switched off")
    if not any((CORPUS / "vcard").glob("*.vcf")):
        pytest.fail(f"The test corpus is missing: no {CORPUS / 'vcard'}/*.vcf. Check out the "
                    f"shared corpus beside the project, or set {NO_CORPUS_ENV}=1 to skip the "
                    "tests that need it.", pytrace=False)
    return CORPUS


@pytest.fixture
def fixed_today(monkeypatch):
    """``fixed_today(day)``: the command line's "today" is ``day``. A command has no ``today``
    parameter (it reads the clock: that is its job), so its modules' ``date.today`` is fixed."""
    from datetime import date

    from desktop_app.commands import cadence_cmd, callsheet_cmd, demo_cmd, due_cmd
    from desktop_app.core.search import query

    def fix(day: date) -> date:
        class Day(date):
            @classmethod
            def today(cls):
                return day

        for module in (cadence_cmd, callsheet_cmd, demo_cmd, due_cmd, query):
            monkeypatch.setattr(module, "date", Day)
        return day
    return fix


@pytest.fixture
def calendar_day_builtins(monkeypatch):
    """Databases created in this test keep the built-in templates on calendar days, as every
    database had them before working days became the default for new ones (issue 14): for
    tests about step arithmetic, not about weekends."""
    from desktop_app.core.storage import migrations

    monkeypatch.setattr(migrations, "seed_new_database", lambda db: None)
