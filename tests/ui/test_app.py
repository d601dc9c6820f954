import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from desktop_app import app
from desktop_app.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "contact_book_zh_CN.ts"
QM = ROOT / "desktop_app" / "translations" / "contact_book_zh_CN.qm"


def test_an_unopenable_database_is_a_message_and_exit_code_1(qtbot, tmp_path, message_boxes,
                                                             monkeypatch):
    monkeypatch.setattr(app, "install_excepthook", lambda: None)
    folder = tmp_path / "a-folder"
    folder.mkdir()
    assert app.run(folder) == 1
    assert message_boxes.take() == [("critical", f"{folder} is not a file.")]


def test_run_shows_the_window(qtbot, db_path, monkeypatch):
    monkeypatch.setattr(app, "install_excepthook", lambda: None)
    monkeypatch.setenv(app.LANG_ENV, "en")
    shown = []
    monkeypatch.setattr(QApplication, "exec", lambda self: shown.extend(
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        or 0)
    assert app.run(db_path) == 0
    assert shown and shown[0].windowTitle() == "Contact Book"
    assert QCoreApplication.organizationName() == "ContactBook"
    assert QCoreApplication.applicationName() == "contact-book"
    for w in shown:
        w.close()


def test_chinese_translation_loads(qtbot, qapp, sample, monkeypatch):
    monkeypatch.setenv(app.LANG_ENV, "zh_CN")
    translators = app.install_translator(qapp)
    try:
        assert translators, "contact_book_zh_CN.qm did not load"
        window = MainWindow()
        qtbot.addWidget(window)
        assert window.new_action.text() == "新建联系人(&N)"
        assert window.count_label.text() == "200 位联系人"
        assert window.model.headerData(0, Qt.Orientation.Horizontal) == "姓名"
        assert window.detail.phones.rows()[0].number.placeholderText() == "号码"
        assert window.undo_action.text() == "撤销(&U)"
    finally:
        for t in translators:
            qapp.removeTranslator(t)


def test_english_unless_asked(monkeypatch):
    monkeypatch.setenv(app.LANG_ENV, "en")
    assert not app.wants_chinese()
    monkeypatch.setenv(app.LANG_ENV, "zh_CN")
    assert app.wants_chinese()


def test_every_ui_string_is_translated(tmp_path):
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed")
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    sources = [str(ROOT / "desktop_app" / "app.py")] + \
        [str(p) for p in (ROOT / "desktop_app" / "ui").rglob("*.py")]
    subprocess.run([str(lupdate), *sources, "-ts", str(copy)], check=True, capture_output=True)
    text = copy.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text, "run pyside6-lupdate and translate the new strings"
    assert "<numerusform></numerusform>" not in text, "a plural form has no translation"
    compiled = tmp_path / "compiled.qm"
    subprocess.run([str(lupdate.with_name("pyside6-lrelease")), str(TS), "-qm", str(compiled)],
                   check=True, capture_output=True)
    assert compiled.read_bytes() == QM.read_bytes(), "run pyside6-lrelease"


def test_no_ui_string_is_filed_under_no_context():
    """lupdate files the strings of a module's or function's own ``tr()`` (one that calls
    ``QCoreApplication.translate("Reports", text)``) under no context, where the code never
    looks: the Chinese window showed the reports' tooltips, Export and Print titles and the
    damaged-database message in English. Every context of the .ts is one the code asks for."""
    text = TS.read_text(encoding="utf-8")
    assert "<name></name>" not in text, "use QCoreApplication.translate(CONTEXT, \"literal\")"


def test_excepthook_logs_and_shows_a_dialog(tmp_path, monkeypatch):
    monkeypatch.setattr(app, "log_file", lambda: tmp_path / "logs" / "contact-book.log")
    monkeypatch.setattr(app, "_hook_installed", False)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    dialogs = []
    monkeypatch.setattr(app, "show_crash_dialog", lambda *a: dialogs.append(a))
    app.install_excepthook()
    hook = sys.excepthook
    app.install_excepthook()  # a second call installs nothing more
    assert sys.excepthook is hook
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        hook(*sys.exc_info())
    summary, details, path = dialogs[0]
    assert summary == "RuntimeError: boom" and "Traceback" in details
    for handler in app.log.handlers:
        handler.flush()
    assert "RuntimeError: boom" in path.read_text(encoding="utf-8")
    for handler in list(app.log.handlers):
        app.log.removeHandler(handler)
        handler.close()


HEAVY = ("phonenumbers", "openpyxl", "pypinyin", "holidays", "icalendar", "platformdirs",
         "xlsxwriter", "defusedxml", "logging.handlers", "PySide6.QtNetwork", "PySide6.QtPrintSupport",
         "desktop_app.core.backup", "desktop_app.core.followup.callsheet", "desktop_app.core.followup.cadence",
         "desktop_app.commands", "desktop_app.ui.printing.printer",
         # the dialogs (ui/dialogs/ before the layout by feature) load when first opened
         "desktop_app.ui.timeline.bulk_log_dialog", "desktop_app.ui.contacts.bulk_set_dialog",
         "desktop_app.ui.common.busy_dialog", "desktop_app.ui.followup.templates_dialog",
         "desktop_app.ui.timeline.edit_dialog", "desktop_app.ui.safety.restore_dialog",
         "desktop_app.ui.followup.start_dialog", "desktop_app.ui.followup.template_editor")


AFTER_THE_PAINT = ("desktop_app.ui.contacts.detail_pane", "desktop_app.ui.timeline.view")


def test_start_up_imports_nothing_heavy(tmp_path):
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from desktop_app.core.storage.db import open_database\n"
        "from desktop_app.core.contacts import records as contacts\n"
        "open_database(Path(sys.argv[1]))\n"
        "contacts.create({'name': '叶辉'}, [('手机', '13812345678')])\n"
        "for m in [m for m in sys.modules if m.startswith(('phonenumbers', 'pypinyin'))]:\n"
        "    del sys.modules[m]\n"
        "from desktop_app.ui.main_window import MainWindow\n"
        "w = MainWindow(); w.show(); app.processEvents()\n"
        f"heavy = {tuple(m for m in HEAVY if m != 'desktop_app.core.backup')!r}\n"
        "print(','.join(sorted(m for m in sys.modules if m.startswith(heavy))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "c.sqlite3")], cwd=ROOT,
                         capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def _one_lead(tmp_path):
    """A database file with one lead, closed: what the real-start tests open."""
    from desktop_app.core.contacts import records as contacts_mod
    from desktop_app.core.storage.db import close_database, open_database

    path = tmp_path / "c.sqlite3"
    db = open_database(path, lock=True)
    contacts_mod.create({"name": "叶辉"}, [("手机", "13812345678")])
    close_database(db, backup=False)
    return path


def _start(code: str, path):
    """Run ``code`` (a real start through ``cli.main``, watching it) with ``path`` as argv[1]."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CONTACT_BOOK_LANG="en")
    return subprocess.run([sys.executable, "-c", code, str(path)], cwd=ROOT, env=env,
                          check=False, capture_output=True, text=True, timeout=60)


def _at_the_first_paint(record: str, report: str, imports: str = "") -> str:
    """A real start's code (for ``_start``): ``found[0]`` is the value of ``record`` (an
    expression) at the list's first paint, the app quits then, and ``report`` (statements;
    ``code`` is main()'s exit code) prints what the test reads."""
    return ("import sys\n" + imports +
            "from PySide6.QtCore import QEvent, QObject, QTimer\n"
            "from PySide6.QtWidgets import QApplication, QTableView\n"
            "found = []\n"
            "class Watch(QObject):\n"
            "    def eventFilter(self, obj, event):\n"
            "        if not found and event.type() == QEvent.Type.Paint:\n"
            f"            found.append({record})\n"
            "            QTimer.singleShot(0, QApplication.instance().quit)\n"
            "        return False\n"
            "original = QApplication.exec\n"
            "def exec_(*args):\n"
            "    app = QApplication.instance()\n"
            "    views = [w for w in app.allWidgets() if isinstance(w, QTableView) and "
            "w.isVisible()]\n"
            "    view = max(views, key=lambda v: v.width() * v.height())\n"
            "    watch = Watch(app)\n"
            "    view.viewport().installEventFilter(watch)\n"
            "    return original()\n"
            "QApplication.exec = exec_\n"
            "from desktop_app.cli import main\n"
            "code = main(['--db', sys.argv[1]])\n" + report)


def test_the_real_start_imports_nothing_heavy_before_the_first_paint(tmp_path):
    """``contact-book --db PATH`` up to the list's first paint (what the user waits for):
    no command modules, no backup module, no QtNetwork (the single-instance server listens
    after the paint), no optional libraries, and not the detail pane (built after the paint)."""
    path = _one_lead(tmp_path)
    out = _start(_at_the_first_paint(
        "sorted(sys.modules)",
        f"heavy = {HEAVY + AFTER_THE_PAINT!r}\n"
        "print(code, ','.join(m for m in found[0] if m.startswith(heavy)))\n"), path)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split("\n")[0].strip() == "0", out.stdout


def test_the_start_reads_no_source_and_collects_no_garbage_before_the_first_paint(tmp_path):
    """PySide6's import hook would read the whole source of each module imported after it
    (``inspect.getsource``: peewee alone takes 5 ms), and the collector would walk the
    start's objects again and again: neither happens before the list's first paint; the
    collector runs again after it."""
    path = _one_lead(tmp_path)
    code = (
        "import gc, inspect, sys\n"
        "read = []\n"
        "original_source = inspect.getsource\n"
        "def getsource(obj):\n"
        "    read.append(getattr(obj, '__name__', '?'))\n"
        "    return original_source(obj)\n"
        "inspect.getsource = getsource\n"
        "found = []\n"
        "from desktop_app import app as app_module\n"  # imported first, as cli.main does
        "original_open = app_module.open_window_database\n"
        "def open_database(*args, **kwargs):\n"  # PySide6 is loaded by then, not before
        "    from PySide6.QtCore import QEvent, QObject, QTimer\n"
        "    from PySide6.QtWidgets import QApplication, QTableView\n"
        "    class Watch(QObject):\n"
        "        def eventFilter(self, obj, event):\n"
        "            if not found and event.type() == QEvent.Type.Paint:\n"
        "                found.append((list(read), gc.isenabled()))\n"
        "                QTimer.singleShot(50, QApplication.instance().quit)\n"
        "            return False\n"
        "    original = QApplication.exec\n"
        "    def exec_(*args):\n"
        "        app = QApplication.instance()\n"
        "        views = [w for w in app.allWidgets()\n"
        "                 if isinstance(w, QTableView) and w.isVisible()]\n"
        "        view = max(views, key=lambda v: v.width() * v.height())\n"
        "        watch = Watch(app)\n"
        "        view.viewport().installEventFilter(watch)\n"
        "        result = original()\n"
        "        found.append(gc.isenabled())\n"
        "        return result\n"
        "    QApplication.exec = exec_\n"
        "    return original_open(*args, **kwargs)\n"
        "app_module.open_window_database = open_database\n"
        "from desktop_app.cli import main\n"
        "code = main(['--db', sys.argv[1]])\n"
        "(sources, collecting), after = found\n"
        "print(code, collecting, after, ','.join(sources))\n"
    )
    out = _start(code, path)
    assert out.returncode == 0, out.stderr
    code, collecting, after, sources = out.stdout.split("\n")[0].split(" ")
    assert (code, collecting, after) == ("0", "False", "True")
    ours = [name for name in sources.split(",") if name.startswith(("desktop_app", "peewee"))]
    assert ours == []


def test_the_real_start_builds_no_icon_class_before_the_first_paint(tmp_path):
    """PySide6 builds a class's enums on its first use: ``QIcon``'s (~1,400 theme icons, ~10 M
    instructions) would be built by any ``QAction(text, parent)`` (its text is tried as an
    icon first), and ``QLibraryInfo``'s by the translations of a window in English. The
    window has no icon to show at its first paint, and in English no Qt translations to find:
    neither class is built before the list's first paint."""
    path = _one_lead(tmp_path)
    out = _start(_at_the_first_paint(
        "[name for name in ('QAction', 'QIcon', 'QLibraryInfo') "
        "if name in vars(QtGui) or name in vars(QtCore)]",
        "print(code, ','.join(found[0]))\n", imports="from PySide6 import QtCore, QtGui\n"),
        path)
    assert out.returncode == 0, out.stderr
    # (QAction: the window's actions are built, so the probe sees the classes that are)
    assert out.stdout.split("\n")[0] == "0 QAction", out.stdout


def test_at_quit_the_window_is_gone_before_the_backup(qtbot, db_path, monkeypatch):
    """The backup at quit takes seconds on 100,000 contacts: the window must not wait on
    screen for it, and the single-instance server is closed before it."""
    import desktop_app.core.storage.db as db_module

    monkeypatch.setattr(app, "install_excepthook", lambda: None)
    monkeypatch.setenv(app.LANG_ENV, "en")
    order = []
    real_close = db_module.close_database

    def close_database(database, **kwargs):
        order.append(("close_database", any(w.isVisible() for w in
                                            QApplication.topLevelWidgets())))
        return real_close(database, **kwargs)

    def run_then_quit(self):
        for w in QApplication.topLevelWidgets():
            if isinstance(w, MainWindow):
                w.first_painted.emit()  # the server listens after the first paint
        return 0

    monkeypatch.setattr(db_module, "close_database", close_database)
    monkeypatch.setattr(QApplication, "exec", run_then_quit)
    from desktop_app.ui.common.single_instance import SingleInstance

    real_server_close = SingleInstance.close
    monkeypatch.setattr(SingleInstance, "close",
                        lambda self: (order.append(("server", None)), real_server_close(self)))
    assert app.run(db_path) == 0
    assert order == [("server", None), ("close_database", False)]


def test_contacts_are_counted_with_wei_in_chinese():
    """联系人 take the measure word 位 (线索 take 个): "新建联系人 4 个" and "还原 2 个" were
    seen after an import."""
    import re

    text = TS.read_text(encoding="utf-8")
    wrong = re.findall(r"联系人\s*%\d\s*个|%\d\s*个联系人|<translation>[^<]*删除 %1 位联系人，还原 %2 个",
                       text)
    assert wrong == []


def test_chinese_texts_use_chinese_punctuation():
    """Prose in Chinese takes full-width （） ： ？ ； ， — "沟通内容(可选)", "渠道:",
    "回收站?撤销可恢复" were seen in the group dialogs. Menu mnemonics "(&F)" and the filter
    syntax ("城市:上海") are not prose."""
    import re

    translations = re.findall(r"<translation>([^<]*)</translation>", TS.read_text("utf-8"))
    han = "[\u4e00-\u9fff]"
    wrong = re.compile(rf"{han}\((?!&)|^\({han}|{han}\)|{han}[?;,]|{han}:(?=$|\s)")
    assert [t for t in translations if wrong.search(t)] == []


def test_the_group_log_dialog_has_room_for_a_note(qtbot):
    from desktop_app.ui.timeline.bulk_log_dialog import BulkLogDialog

    dialog = BulkLogDialog(53)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.width() >= 440 and dialog.summary.width() >= 300
