"""Screenshots of sync for the README: resources/screenshots/sync_*.png (Chinese).

    CONTACT_BOOK_LANG=zh_CN QT_QPA_PLATFORM=offscreen python tools/sync_screenshots.py

Starts a Radicale server on 127.0.0.1 (the test extra installs it) in a temporary folder,
connects a demo database through File › Sync with the Phone… (the account with its address
book and calendar pickers: sync_account.png), syncs, changes one lead's title
both here and "on the phone" (a PUT as DAVx5 would do), syncs again, and grabs the dialog with
the report of the conflict and the lead's timeline with its 同步冲突 entry.
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "resources" / "screenshots"
TAG = "上海-壹点零壹影响力-咨询-1千万-叶辉-创始人-知乎"


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("CONTACT_BOOK_LANG", "zh_CN")
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    from PySide6.QtCore import QSettings, QStandardPaths
    from PySide6.QtWidgets import QApplication

    from desktop_app.app import install_translator
    from desktop_app.core.contacts import demo, editing, records
    from desktop_app.core.storage.db import open_database
    from tests.core.sync.conftest import start_radicale
    from tests.core.sync.phone import Phone

    app = QApplication.instance() or QApplication([])
    install_translator(app)
    tmp = Path(tempfile.mkdtemp(prefix="sync-shots-"))
    QStandardPaths.setTestModeEnabled(True)
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(tmp))
    server = start_radicale(tmp / "radicale")
    try:
        db = open_database(tmp / "contacts.sqlite3")
        demo.generate(40, seed=5)
        cid, _ = records.create(records.values_from_tag(TAG), [("手机", "13800000001")])
        from desktop_app.ui.main_window import MainWindow
        from desktop_app.ui.sync.sync_dialog import SyncDialog

        window = MainWindow(db)
        window.resize(1280, 800)
        window.show()

        def settle(until=lambda: not window.safety.workers.busy, seconds=30.0):
            end = time.monotonic() + seconds
            while time.monotonic() < end:
                app.processEvents()
                if until():
                    break
                time.sleep(0.02)
            for _ in range(20):
                app.processEvents()

        settle(seconds=2)
        dialog = SyncDialog(window, window.safety.workers, window.sync.session)
        dialog.synced.connect(window.sync.report_pass)  # as File › Sync… wires it
        dialog.show()
        dialog.url.setText(server.url)
        dialog.user.setText("zhangsan")
        dialog.connect_button.click()
        settle()
        from desktop_app.core.sync import account
        from desktop_app.core.sync.dav import DavClient

        home = account.load().addressbook.rsplit("/", 2)[0] + "/"  # another book there, as
        DavClient(server.url, "zhangsan", "").mkcol(home + "personal/", calendar=False,
                                                    name="个人")  # a phone would have
        dialog.connect_button.click()  # the pickers now list both
        settle()
        OUT.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(OUT / "sync_account.png"))
        dialog.sync_button.click()
        settle()

        phone = Phone(account.load().addressbook, "zhangsan")
        href, card = next((h, d) for h, d in phone.cards().items() if TAG.encode() in d)
        etag, card = phone.get(href)
        phone.put(href.rsplit("/", 1)[1], card.replace("TITLE:创始人".encode(),
                                                       "TITLE:董事长".encode()), etag)
        editing.update(cid, {"title": "CEO"})
        dialog.sync_button.click()
        settle()
        OUT.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(OUT / "sync_report.png"))
        dialog.close()
        window.show_contact(cid)
        settle(seconds=1)
        window.detail.grab().save(str(OUT / "sync_conflict_timeline.png"))
        window.close()
    finally:
        server.stop()
    print("saved to", OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
