"""The window's platform check: one line naming the missing packages instead of Qt's abort."""
import subprocess
import sys

import pytest

from desktop_app import cli, display

X11 = {"DISPLAY": ":0"}


@pytest.mark.parametrize("environ, platform, expected", [
    ({"DISPLAY": ":0"}, "linux", True),
    ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
    ({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}, "linux", True),
    ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
    ({"QT_QPA_PLATFORM": "wayland;xcb"}, "linux", False),
    ({}, "win32", False),
    ({}, "darwin", False),
])
def test_which_platforms_use_xcb(environ, platform, expected):
    assert display.uses_xcb(environ, platform) is expected


def test_missing_libraries_name_their_packages_in_one_line():
    absent = {"libxcb-cursor.so.0", "libxkbcommon-x11.so.0"}
    line = display.problem(X11, "linux", loads=lambda name: name not in absent)
    assert line == ("cannot open the window: missing system libraries; install them with: "
                    "sudo apt install libxcb-cursor0 libxkbcommon-x11-0")


def test_everything_present_is_no_problem():
    assert display.problem(X11, "linux", loads=lambda name: True) is None


def test_no_display_at_all_is_said():
    line = display.problem({}, "linux", loads=lambda name: True)
    assert "no display" in line and "\n" not in line


def test_the_table_covers_what_the_installed_plugin_links_against():
    """Every xcb/xkb/EGL library that PySide6's libqxcb.so needs (ldd) is in the table."""
    from pathlib import Path

    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    plugin = qt / "plugins" / "platforms" / "libqxcb.so"
    if not sys.platform.startswith("linux") or not plugin.exists():
        pytest.skip("the xcb plugin is Linux only")
    needed = set()
    for binary in (plugin, *qt.glob("lib/libQt6XcbQpa.so*")):
        out = subprocess.run(["ldd", str(binary)], capture_output=True, text=True).stdout
        needed |= {line.split()[0] for line in out.splitlines() if "=>" in line}
    interesting = {n for n in needed if n.startswith(("libxcb", "libxkb", "libX11", "libEGL"))}
    assert interesting and interesting <= set(display.XCB_LIBRARIES)


def test_the_installed_libraries_all_load():
    if not sys.platform.startswith("linux"):
        pytest.skip("Linux only")
    assert display.missing_packages() == []


def test_the_cli_prints_the_line_and_never_creates_the_application(monkeypatch, capsys, tmp_path):
    monkeypatch.setattr(display, "problem", lambda: "cannot open the window: missing X")
    monkeypatch.setattr("desktop_app.app.run", lambda path: pytest.fail("the window started"))
    assert cli.main(["--db", str(tmp_path / "c.sqlite3")]) == 1
    out = capsys.readouterr()
    assert out.err == "contact-book: cannot open the window: missing X\n" and out.out == ""


def test_the_readme_package_list_covers_every_library_the_window_needs():
    """The fresh-desktop check of #17 as a test: the README's `apt install` line names the
    package of every library in the table (which the test above checks with ldd against the
    installed Qt platform plugin), so following the README opens the window first time."""
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    found = re.search(r"sudo apt install ((?:\\\n|[^\n])+)", readme)
    assert found, "the README has no `sudo apt install` line"
    listed = set(found.group(1).replace("\\\n", " ").split())
    assert set(display.XCB_LIBRARIES.values()) <= listed, \
        sorted(set(display.XCB_LIBRARIES.values()) - listed)
