"""Screenshots of grading, in Chinese, for the README: resources/screenshots/grading_*.png.

    CONTACT_BOOK_LANG=zh_CN QT_QPA_PLATFORM=offscreen python tools/grading_screenshots.py

Builds a small demo database in a temporary folder (300 leads, behaviours and content logged
over the last weeks), then grabs the rules editor, a lead's Grade tab, the list filtered by
grade with the grade facet, and the content report.
"""
from __future__ import annotations

import os
import random
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "resources" / "screenshots"


def fill(now: datetime) -> int:
    from desktop_app.core.contacts import demo, editing
    from desktop_app.core.followup import touches
    from desktop_app.core.grading import content, score
    from desktop_app.core.when import local_date

    demo.generate(300, seed=7, now=now - timedelta(days=40))
    demo.generate_interactions(1500, seed=7, now=now)
    rnd = random.Random(7)
    pieces = [content.add(n, k, now=now) for n, k in (
        ("华信制造案例", "案例"), ("知乎长文：如何选型", "文章"), ("标准报价单 2026", "报价"),
        ("客户见证视频", "视频"))]
    kinds = ["浏览", "知乎评论", "私信", "下载资料", "咨询", "索要报价", "到访", "退订"]
    for cid in range(1, 301):
        for _ in range(rnd.choice([0, 0, 1, 2, 3, 5])):
            at = now - timedelta(days=rnd.randrange(0, 35), hours=rnd.randrange(0, 8))
            touches.log(cid, rnd.choice(kinds), at=at, now=now)
        if rnd.random() < 0.4:
            at = now - timedelta(days=rnd.randrange(1, 30))
            touches.log(cid, "微信", rnd.choice(["已回复", "未回复", None]), at=at, now=now,
                        content=rnd.choice(pieces).id)
    editing.set_field([3, 17, 42], "stage", "won")
    lead = 5
    touches.log(lead, "私信", at=now - timedelta(days=5), now=now, summary="问价格")
    touches.log(lead, "电话", "接通", at=now - timedelta(days=3), now=now)
    touches.log(lead, "索要报价", at=now - timedelta(days=1), now=now)
    touches.log(lead, "知乎评论", at=now - timedelta(days=20), now=now)
    score.regrade(None, local_date(now))
    return lead


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("CONTACT_BOOK_LANG", "zh_CN")
    from PySide6.QtWidgets import QApplication

    from desktop_app.app import install_translator
    from desktop_app.core.storage.db import open_database
    from desktop_app.core.when import utcnow

    from PySide6.QtCore import QSettings, QStandardPaths

    app = QApplication.instance() or QApplication([])
    install_translator(app)
    tmp = tempfile.mkdtemp(prefix="grading-shots-")
    QStandardPaths.setTestModeEnabled(True)  # never the user's own settings
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, tmp)
    db = open_database(Path(tmp) / "contacts.sqlite3")
    now = utcnow()
    lead = fill(now)
    OUT.mkdir(parents=True, exist_ok=True)
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.grading.content_report import ContentReport
    from desktop_app.ui.grading.rules_dialog import RulesDialog

    def settle(ms: int = 400) -> None:
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    window = MainWindow(db)
    window.resize(1440, 820)
    window.show()
    settle()
    window.search.set_text("等级:A,B")
    settle(800)
    window.table.select_row(0)
    settle()
    window.grab().save(str(OUT / "grading_list.png"))
    window.show_contact(lead)
    settle()
    detail = window.detail
    detail.tabs.setCurrentIndex(2)
    settle()
    detail.grab().save(str(OUT / "grading_explanation.png"))
    rules = RulesDialog(window)
    rules.resize(980, 560)
    rules.show()
    settle()
    rules.grab().save(str(OUT / "grading_behaviours.png"))
    rules.tabs.setCurrentIndex(1)
    settle()
    rules.grab().save(str(OUT / "grading_rules.png"))
    rules.close()
    report = ContentReport(window)
    report.show()
    settle()
    report.grab().save(str(OUT / "grading_content_report.png"))
    report.close()
    window.close()
    print("saved to", OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
