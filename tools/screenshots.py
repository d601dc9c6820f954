"""Take the README's screenshots of the first day, in both languages.

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py [OUT_DIR]    # or under xvfb-run

Writes, for LANG in en and zh_CN, into resources/screenshots/ (or OUT_DIR):
first_run_LANG.png (an empty database), empty_filter_LANG.png (a filter without matches),
empty_today_LANG.png (Today before any cadence runs), list_LANG.png (1,000 demo leads, the
window at 1440x900), print_preview_LANG.png (the call sheet's preview) and, in Chinese,
main_window.png (the README's first picture: a group as chips and facets, a lead's timeline). Each language runs
in its own process (a translator per process); the databases are temporary.
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1440, 900)


def settle(app, rounds: int = 20) -> None:
    from PySide6.QtCore import QEventLoop

    for _ in range(rounds):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def shoot(lang: str, out: Path) -> None:
    os.environ["CONTACT_BOOK_LANG"] = lang
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QApplication

    from PySide6.QtCore import QSettings

    QStandardPaths.setTestModeEnabled(True)
    app = QApplication([])
    folder = Path(tempfile.mkdtemp())
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):  # a first start:
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(folder / "settings"))  # no state
    from desktop_app.app import install_translator
    from desktop_app.core.contacts import demo
    from desktop_app.core.storage.db import close_database, open_database
    from desktop_app.ui.main_window import MainWindow

    install_translator(app)
    suffix = "zh_CN" if lang.startswith("zh") else "en"

    def window_over(database):
        window = MainWindow(database)
        window.resize(*SIZE)
        window.show()
        settle(app)
        window.finish_startup()
        settle(app)
        facets(window)
        return window

    def main_window_shot(window, out):
        """The README's first picture: a group (two sources, the lost left out) as chips and
        facets, and the lead of the first screen with the most history, its timeline shown."""
        from desktop_app.core.contacts import listing
        from desktop_app.core.timeline import records

        window.search.set_text("来源:知乎,抖音 -阶段:流失")
        settle(app)
        facets(window)
        shown = listing.ids(window.search.filter.where)[:30]
        window.show_contact(max(shown, key=records.count))
        settle(app)
        window.grab().save(str(out / "main_window.png"))

    def facets(window):
        import time

        done = window.sidebar.computed
        window.sidebar.refresh(window.search.filter, False, at_once=True)
        deadline = time.monotonic() + 10
        while window.sidebar.computed == done and time.monotonic() < deadline:
            settle(app, 2)
        settle(app)

    database = open_database(folder / "empty.sqlite3")
    window = window_over(database)
    window.grab().save(str(out / f"first_run_{suffix}.png"))
    window.tabs.setCurrentIndex(1)
    settle(app)
    window.grab().save(str(out / f"empty_today_{suffix}.png"))
    window.close()
    settle(app)
    close_database(database, backup=False)

    database = open_database(folder / "demo.sqlite3")
    demo.generate(1000, seed=17)
    window = window_over(database)
    window.grab().save(str(out / f"list_{suffix}.png"))
    if suffix == "zh_CN":
        main_window_shot(window, out)
    window.search.set_text("来源:知乎 城市:拉萨 产品:不存在")
    settle(app)
    facets(window)
    window.grab().save(str(out / f"empty_filter_{suffix}.png"))
    window.search.set_text("")
    settle(app)
    from datetime import date

    from desktop_app.core.followup import callsheet
    from desktop_app.core.search import query
    from desktop_app.ui.printing.printer import preview_dialog

    sheet = callsheet.for_group(query.parse("").where, date(2026, 12, 3), "张三", title="",
                                limit=40)
    dialog = preview_dialog(sheet, window)
    dialog.resize(1100, 820)
    dialog.show()
    settle(app, 40)
    dialog.grab().save(str(out / f"print_preview_{suffix}.png"))
    dialog.close()
    window.close()
    settle(app)
    close_database(database, backup=False)


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "resources" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    if os.environ.get("SCREENSHOT_LANG"):
        shoot(os.environ["SCREENSHOT_LANG"], out)
        return 0
    for lang in ("en", "zh_CN"):
        env = dict(os.environ, SCREENSHOT_LANG=lang, PYTHONPATH=str(ROOT))
        subprocess.run([sys.executable, __file__, str(out)], env=env, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
