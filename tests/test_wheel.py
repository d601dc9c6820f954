"""`pip wheel .` ships the translations: installed from the wheel into a fresh venv, the
window is Chinese under LANG=zh_CN.UTF-8."""
import json
import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = r"""
import json, sys
from pathlib import Path
import desktop_app
assert Path(desktop_app.__file__).resolve().is_relative_to(Path(sys.argv[2]).resolve()), \
    desktop_app.__file__
from PySide6.QtWidgets import QApplication
app = QApplication([])
from desktop_app.app import install_translator
from desktop_app.core.storage.db import open_database
translators = install_translator(app)
database = open_database(Path(sys.argv[1]))
from desktop_app.ui.main_window import MainWindow
window = MainWindow(database)
print(json.dumps({"title": window.windowTitle(), "translators": len(translators),
                  "menus": [a.text() for a in window.menuBar().actions()]}))
window.close(); database.close()
"""


def test_the_wheel_installed_in_a_fresh_venv_speaks_chinese(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(wheels),
                    str(ROOT)], check=True, capture_output=True, cwd=tmp_path)
    (wheel,) = wheels.glob("contact_book-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "desktop_app/translations/contact_book_zh_CN.qm" in names
    assert not [n for n in names if n.endswith((".ts", ".png"))]
    # a fresh venv without pip: the wheel goes into its site-packages; the dependencies
    # (PySide6, peewee, ...) are borrowed from this interpreter's site-packages by a .pth,
    # which adds the folder without running its .pth files (no editable install leaks in)
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    if not python.exists():
        python = env_dir / "Scripts" / "python.exe"
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_path"
                                "('purelib'))"], capture_output=True, text=True,
                               check=True).stdout.strip())
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-index",
                    "--target", str(site), str(wheel)], check=True, capture_output=True)
    (site / "borrowed.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "CONTACT_BOOK_LANG", "LANGUAGE") and not k.startswith("LC_")}
    env.update(LANG="zh_CN.UTF-8", QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([str(python), "-c", PROBE, str(tmp_path / "c.sqlite3"), str(site)],
                         cwd=tmp_path, env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    shown = json.loads(out.stdout.splitlines()[-1])
    assert shown["title"] == "通讯录" and shown["translators"] == 2
    assert "文件(&F)" in shown["menus"] and "&File" not in shown["menus"]
