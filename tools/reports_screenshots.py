"""Screenshots of the Reports tab for the README: resources/screenshots/reports_*.png.

    CONTACT_BOOK_LANG=zh_CN QT_QPA_PLATFORM=offscreen python tools/reports_screenshots.py

Builds a demo database in a temporary folder (1,000 leads over the last months, with their
touches and spend), then grabs the Reports tab showing the funnel and the sources of the
quarter, and writes the printed funnel as PDF next to them (turn it into PNG with pdftoppm to
look at it; the PDF is not kept in the repository).
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "resources" / "screenshots"


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("CONTACT_BOOK_LANG", "zh_CN")
    from PySide6.QtCore import QSettings, QStandardPaths
    from PySide6.QtWidgets import QApplication

    from desktop_app.app import install_translator
    from desktop_app.core.contacts import demo
    from desktop_app.core.storage.db import open_database
    from desktop_app.core.when import utcnow

    app = QApplication.instance() or QApplication([])
    install_translator(app)
    tmp = tempfile.mkdtemp(prefix="reports-shots-")
    QStandardPaths.setTestModeEnabled(True)  # never the user's own settings
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, tmp)
    db = open_database(Path(tmp) / "contacts.sqlite3")
    now = utcnow()
    demo.generate(1000, seed=3, now=now)
    demo.generate_interactions(8000, seed=3, now=now)
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.reports.report_output import save_report

    def settle(until=lambda: True, seconds: float = 20) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            if until():
                break
            time.sleep(0.01)
        for _ in range(20):
            app.processEvents()

    window = MainWindow(db)
    window.resize(1440, 820)
    window.show()
    settle(seconds=0.5)
    window.reports.show_tab()
    view = window.reports.view
    period = view.period.findData("this-year")
    view.period.setCurrentIndex(period)
    done = lambda: not view.workers.busy and view.table is not None and not view.status.text()
    settle(done)
    OUT.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(OUT / "reports_funnel.png"))
    save_report(view.table, view.report, "funnel", str(Path(tmp) / "funnel.pdf"))
    view.kind.setCurrentIndex(view.kind.findData("sources"))
    settle(done)
    window.grab().save(str(OUT / "reports_sources.png"))
    save_report(view.table, view.report, "sources", str(Path(tmp) / "sources.pdf"))
    window.close()
    print("saved to", OUT, "; printed reports in", tmp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
