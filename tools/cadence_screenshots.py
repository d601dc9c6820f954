"""The README's screenshots of issue 14, in Chinese: the start dialog with closed leads left
out and the capacity spread, the calendar with projected steps and an over-capacity day, the
capture form with a duplicate warning.

    QT_QPA_PLATFORM=offscreen python tools/cadence_screenshots.py [OUT_DIR]

Writes start_dialog.png, calendar_projected.png and capture_duplicate.png into
resources/screenshots/ (or OUT_DIR). The database is a temporary demo one; today is fixed.
"""
from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TODAY = date(2026, 11, 24)


def settle(app, rounds: int = 15) -> None:
    from PySide6.QtCore import QEventLoop

    for _ in range(rounds):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 30)


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "resources" / "screenshots"
    os.environ["CONTACT_BOOK_LANG"] = "zh_CN"
    from PySide6.QtCore import QSettings, QStandardPaths
    from PySide6.QtWidgets import QApplication

    QStandardPaths.setTestModeEnabled(True)
    app = QApplication([])
    folder = Path(tempfile.mkdtemp())
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(folder / "settings"))
    from desktop_app.app import install_translator
    from desktop_app.core.contacts import demo
    from desktop_app.core.contacts import records as contacts
    from desktop_app.core.followup import group_start
    from desktop_app.core.storage.db import close_database, open_database
    from desktop_app.ui.common.undo import Operations
    from desktop_app.ui.contacts.detail_pane import DetailPane
    from desktop_app.ui.events import Events
    from desktop_app.ui.followup.cadence_ops import CadenceOps
    from desktop_app.ui.followup.calendar_view import CalendarView
    from desktop_app.ui.followup.start_dialog import StartCadenceDialog

    install_translator(app)
    database = open_database(folder / "contacts.sqlite3")
    demo.generate(1200, seed=3)
    ops = Operations(Events())
    today = lambda: TODAY  # noqa: E731
    ids = contacts.ids(sort="created_at", descending=False)

    # the start dialog: the whole list (closed leads among them), capacity 50 a day
    dialog = StartCadenceDialog(CadenceOps(ops, today), [], lambda: ids[600:900], 300, today)
    dialog.resize(560, dialog.sizeHint().height())
    dialog.show()
    settle(app)
    dialog.grab().save(str(out / "start_dialog.png"))
    dialog.close()

    # the calendar: cadences started over the last weeks and 80 first touches today
    now = datetime(2026, 11, 24, 2)
    for k, key in enumerate(("golden-week", "close-21", "nurture", "close-21")):
        group_start.start(ids[k * 100:(k + 1) * 100], key, TODAY - timedelta(days=2 + 5 * k),
                          existing="replace", per_day=40, now=now)
    group_start.start(ids[400:480], "golden-week", TODAY, existing="replace", per_day=1000,
                      include_closed=True, now=now)
    view = CalendarView(ops, today)
    view.resize(900, 820)
    view.show()
    settle(app)
    view.select_day(TODAY)
    settle(app)
    view.grab().save(str(out / "calendar_projected.png"))
    view.close()

    # the capture form: a lead pasted from the phone that is already in the list
    first = contacts.get(ids[1000])
    phone = first.phones[0].raw if first.phones else "13800138000"
    pane = DetailPane(ops)
    pane.resize(560, 760)
    pane.show()
    pane.show_contact(None)
    pane.tag_edit.setText("")
    pane._tag_edited(f"{first.city}-{first.company}-咨询-20万-{first.name}-经理-知乎 {phone}")
    pane.save()
    settle(app)
    pane.grab().save(str(out / "capture_duplicate.png"))
    close_database(database, backup=False)
    print(f"wrote 3 screenshots to {out}")


if __name__ == "__main__":
    main()
