"""Composition root of the window: database, QApplication, translations, excepthook, MainWindow.

``cli.main`` calls ``run(db_path)`` when no sub-command is given. Keep this module's imports
light: everything heavy is imported inside functions, after the window is on screen if possible.
"""
from __future__ import annotations

import logging
import os
import sys
from contextlib import contextmanager
from pathlib import Path

from desktop_app import APP_ID, APP_NAME

LANG_ENV = "CONTACT_BOOK_LANG"
TRANSLATIONS = Path(__file__).resolve().parent / "translations"  # the compiled .qm (package data)
log = logging.getLogger("contact_book")
_hook_installed = False


def run(db_path: Path) -> int:
    """Open the database at ``db_path`` and show the main window; returns the exit code.

    Order: open (the lock decides who writes; the start check is deferred, see
    ``core.storage.db.LATER``); a second launch for a database whose window is running asks that
    window to come to the front and ends with 0; otherwise the window is shown, and after its
    first paint the start check and start backup run in a worker and the single-instance
    server listens. At quit: the window disappears at once (hidden, and the display told so
    before anything slow), the server closes (a launch from now on does not ask this closing
    window to come to the front), running backups finish, then ``close_database`` (a backup
    if anything changed: seconds on 100,000 contacts, with nothing left on screen).

    Until the first paint nothing is collected (the start's imports and widgets make no
    garbage worth the ~10 ms of collections), and PySide6 reads no module's source
    (``skip_pyside_source_scan``).
    """
    import gc

    gc.disable()  # no garbage collection before the first paint: ~10 ms of the start
    try:
        return _run(db_path)
    finally:
        gc.enable()


def _run(db_path: Path) -> int:
    import gc

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    skip_pyside_source_scan()
    from desktop_app.core.errors import ContactBookError, DatabaseDamaged
    from desktop_app.core.storage.plain import IN_USE
    from desktop_app.ui import APPLICATION, ORGANIZATION

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    install_excepthook()
    install_translator(app)
    try:
        try:
            database = open_window_database(db_path)
        except DatabaseDamaged as e:  # not even readable: no read-only window to offer it in
            if e.backup is None or not _restore_at_start(db_path, e):
                from PySide6.QtWidgets import QMessageBox

                QMessageBox.critical(None, APP_NAME, _too_damaged_text(db_path, e))
                return 1
            database = open_window_database(db_path)
    except ContactBookError as e:
        from PySide6.QtWidgets import QMessageBox

        from desktop_app.ui.safety.text import error_text

        QMessageBox.critical(None, APP_NAME, error_text(e))
        return 1
    if database.state.reason == IN_USE and _activate_running(db_path):
        from desktop_app.core.storage.db import close_database

        close_database(database)
        return 0
    from desktop_app.ui.main_window import MainWindow

    guard = {}
    window = None
    try:
        window = MainWindow(database)

        def after_first_paint():
            if not guard:
                gc.enable()  # the start's objects are collected from now on
                guard["server"] = _serve_activations(db_path, database, window)
                window.safety.start()

        window.first_painted.connect(after_first_paint)
        QTimer.singleShot(3000, after_first_paint)  # started minimised: no paint to wait for
        window.show()
        return app.exec()
    finally:
        if window is not None:
            window.hide()
            _flush_display(app)
        if guard.get("server") is not None:
            guard["server"].close()
        if window is not None:
            window.safety.shutdown()
        from desktop_app.core.storage.db import close_database

        close_database(database)


def open_window_database(db_path: Path):
    """The window's open: the lock (read-only beside another window), the start check left to
    ``DataSafety`` after the first paint (``check=LATER``). A current file opens without
    peewee (``plain.open_current``: the models and peewee, ~100 M instructions, load after the
    first paint, when the database is promoted to the ``ContactDatabase`` on its connection);
    anything else through ``db.open_database``, which says what is wrong."""
    from desktop_app.core.storage.plain import open_current
    from desktop_app.core.storage.takeover import taking_over

    database = open_current(db_path, taking_over, later=True)
    if database is None:
        from desktop_app.core.storage.db import LATER, open_database

        database = open_database(db_path, lock=True, if_locked="read_only", check=LATER)
    return database


class _NoFeatureFinder:
    """See ``skip_pyside_source_scan``: enters each module in PySide6's table as it is found."""

    def __init__(self, features: dict):
        self.features = features

    def find_spec(self, name, path=None, target=None):  # -> None: the next finders load it
        self.features.setdefault(name, -1)


def skip_pyside_source_scan() -> None:
    """Spare PySide6 reading the source of every module: after its import, each ``import``
    statement of a module not yet in its table of ``from __feature__ import ...`` choices
    (snake_case, true_property) reads that module's whole source (``inspect.getsource``) to
    see whether it names PySide6: ~0.2 ms a module, 5 ms for peewee, ~20 ms at start-up.
    Nothing here opts into a feature, so every module gets -1 ("ignore": the selection in
    force stays, the default one) before it is looked at: the modules imported so far, and
    each later one as the import system first looks for it."""
    feature = sys.modules.get("shibokensupport.feature")
    features = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(features, dict) or any(
            isinstance(f, _NoFeatureFinder) for f in sys.meta_path):
        return
    for name in list(sys.modules):
        features.setdefault(name, -1)
    sys.meta_path.insert(0, _NoFeatureFinder(features))


def _flush_display(app) -> None:
    """Make a hidden window disappear from the screen now: after the event loop ended, the
    window system hears of it only when Qt next talks to it (after the quit backup)."""
    app.processEvents()
    sync = getattr(app, "sync", None)  # QGuiApplication.sync(), Qt 6.2+
    if sync is not None:
        sync()


def _too_damaged_text(db_path: Path, error) -> str:
    """What to do with a file too damaged to open when no backup was restored: there is no
    window, so no File › Restore… to point to; the message names the exact steps."""
    from PySide6.QtCore import QCoreApplication

    from desktop_app.core.backup import backup_dir

    # (literal contexts: lupdate filed a function's own tr() under none, and a Chinese user
    # read these in English)
    if error.backup is None:
        text = QCoreApplication.translate(
            "app", "The database %1 is too damaged to open, and no backup of it was found in "
                   "%2. Nothing was changed.").replace("%1", str(db_path)).replace(
            "%2", str(backup_dir(db_path)))
    else:
        text = QCoreApplication.translate(
            "app", "The database %1 is too damaged to open; it was not restored, and nothing "
                   "was changed. Start Contact Book again to be offered its newest backup "
                   "again.").replace("%1", str(db_path))
    return text + "\n\n" + QCoreApplication.translate(
        "app", "Keep a copy of the damaged file. If you saved a backup elsewhere (File › Back up "
               "now… to a USB stick), restore it with:\n    contact-book restore BACKUP_FILE "
               "--db \"%1\"\nTo start afresh with an empty database, move the damaged file to "
               "another folder and start Contact Book again.").replace("%1", str(db_path))


def _restore_at_start(db_path: Path, error) -> bool:
    """The file is too damaged to open even read-only: offer its newest good backup (the
    damaged file is kept in the backups folder). True when it was restored."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop_app.core import backup
    from desktop_app.core.errors import ContactBookError, DatabaseInUse
    from desktop_app.core.storage.lock import InstanceLock, LockHeld
    from desktop_app.ui.safety.text import error_text, local_moment

    good = error.backup
    question = QCoreApplication.translate(
        "app", "The database %1 is too damaged to open. Restore its newest good backup, from "
               "%2 with %3 contacts? The damaged file is kept in the backups folder.").replace(
        "%1", str(db_path)).replace("%2", local_moment(good.taken_at)).replace(
        "%3", f"{good.contacts or 0:,}")
    answer = QMessageBox.question(None, APP_NAME, question,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.Yes)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        try:
            lock = InstanceLock.acquire(db_path)
        except LockHeld as e:
            raise DatabaseInUse(db_path, e.pid) from e
        with lock:
            backup.replace_database_file(db_path, good.path)
    except ContactBookError as e:
        QMessageBox.critical(None, APP_NAME, QCoreApplication.translate(
            "app", "The backup was not restored.") + "\n\n" + error_text(e))
        return False
    finally:
        QApplication.restoreOverrideCursor()
    return True


def _activate_running(db_path: Path) -> bool:
    """Another process holds the lock: if it is our window, bring it to the front. Tried
    twice, in case that window is still starting (it listens after its first paint)."""
    import time

    from desktop_app.ui.common.single_instance import SingleInstance

    guard = SingleInstance(db_path)
    for attempt in range(2):
        if guard.activate_running():
            return True
        if attempt == 0:
            time.sleep(0.3)
    return False


def _serve_activations(db_path: Path, database, window):
    """The lock holder answers later launches for the same database (after the first paint:
    QtNetwork is not needed before)."""
    if database.state.lock is None:
        return None
    from desktop_app.ui.common.single_instance import SingleInstance

    guard = SingleInstance(db_path, window)
    if guard.listen():
        guard.activation_requested.connect(window.bring_to_front)
    else:
        log.warning("could not listen for other launches of %s", db_path)
    return guard


def wants_chinese() -> bool:
    """$CONTACT_BOOK_LANG (zh_CN, en) wins; otherwise the system locale decides."""
    from PySide6.QtCore import QLocale

    chosen = os.environ.get(LANG_ENV, "").strip()
    if chosen:
        return chosen.lower().startswith("zh")
    return QLocale.system().language() == QLocale.Language.Chinese


def install_translator(app) -> list:
    """Load the zh_CN translations (ours and Qt's own buttons) when Chinese is wanted."""
    if not wants_chinese():  # (then QLibraryInfo's enums are not built at all: ~1 M instructions)
        return []
    from PySide6.QtCore import QLibraryInfo, QTranslator

    installed = []
    for name, folder in (
        ("contact_book_zh_CN", TRANSLATIONS),
        ("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ):
        translator = QTranslator(app)
        if translator.load(name, str(folder)) and app.installTranslator(translator):
            installed.append(translator)
        else:
            log.warning("translation %s not found in %s", name, folder)
    return installed


@contextmanager
def translated(app):
    """The window's language (``install_translator``) on ``app`` while the block runs, for a
    command that writes what the window would (the call sheet, the .ics file) on this
    machine; the translators are removed after."""
    translators = install_translator(app)
    try:
        yield translators
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def log_file() -> Path:
    import platformdirs

    return platformdirs.user_log_path(APP_ID, appauthor=False) / "contact-book.log"


def _log_handler():
    """A handler writing to the log file; set up on first use, not at start-up."""
    from logging.handlers import RotatingFileHandler

    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    return handler, path


def install_excepthook() -> None:
    """One hook for bugs: log the traceback to the log file and show a crash dialog."""
    global _hook_installed
    if _hook_installed:
        return
    _hook_installed = True
    state = {"path": None, "showing": False}

    def hook(kind, value, tb):
        import traceback

        if state["path"] is None:
            handler, state["path"] = _log_handler()
            log.addHandler(handler)
        text = "".join(traceback.format_exception(kind, value, tb))
        log.error("Unexpected error\n%s", text)
        if state["showing"] or issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        state["showing"] = True
        try:
            show_crash_dialog(f"{kind.__name__}: {value}", text, state["path"])
        finally:
            state["showing"] = False

    sys.excepthook = hook


def show_crash_dialog(summary: str, details: str, path: Path) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    if QApplication.instance() is None:
        print(details, file=sys.stderr)
        return
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, QCoreApplication.translate(
        "app", "Something went wrong: %1").replace("%1", summary))
    box.setInformativeText(QCoreApplication.translate(
        "app", "Your saved contacts are safe. The details were written to %1; please send "
        "that file with a note of what you were doing.").replace("%1", str(path)))
    box.setDetailedText(details)
    box.exec()
