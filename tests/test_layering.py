import re
import subprocess
import sys
from pathlib import Path

import desktop_app

PACKAGE = Path(desktop_app.__file__).parent


def test_core_imports_no_qt():
    code = (
        "import sys, pkgutil, importlib, desktop_app.core as c\n"
        "for m in pkgutil.walk_packages(c.__path__, 'desktop_app.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = sorted(n for n in sys.modules if n.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"desktop_app.core pulled in Qt: {out.stdout}"


def test_no_core_source_imports_pyside():
    pattern = re.compile(r"^\s*(from|import)\s+(PySide6|shiboken6)", re.MULTILINE)
    offenders = [str(p) for p in (PACKAGE / "core").rglob("*.py") if pattern.search(p.read_text())]
    assert offenders == []
