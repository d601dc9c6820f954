"""Can Qt open a window here? Checked before the QApplication exists, without importing Qt.

When Qt cannot load its X11 platform plugin it prints a long hint and aborts the process
("xcb-cursor0 is needed"). ``problem()`` asks the same question first, by loading the shared
libraries the plugin links against with ``ctypes``, and returns one line naming the missing
Debian/Ubuntu packages (or saying there is no display), or None when the window can start.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Callable

# The libraries Qt's xcb platform plugin (PySide6/Qt/plugins/platforms/libqxcb.so and
# Qt/lib/libQt6XcbQpa.so.6) needs beyond glibc, and the Debian/Ubuntu package of each
# (`ldd libqxcb.so`). The README's package list is this table's values.
XCB_LIBRARIES = {
    "libxcb.so.1": "libxcb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}


def _loads(name: str) -> bool:
    import ctypes  # only when the check runs (not under another platform, e.g. offscreen)

    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def uses_xcb(environ=os.environ, platform: str = sys.platform) -> bool:
    """Will Qt pick its X11 (xcb) plugin? On Linux, unless another platform is asked for or
    the session is Wayland (Qt 6 then prefers its wayland plugin)."""
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "").strip().lower()
    if chosen:
        return chosen.split(";")[0].startswith("xcb")
    return not environ.get("WAYLAND_DISPLAY")


def missing_packages(loads: Callable[[str], bool] = _loads) -> list[str]:
    """The Debian/Ubuntu packages of the xcb libraries that do not load, in table order."""
    return [package for library, package in XCB_LIBRARIES.items() if not loads(library)]


def problem(environ=os.environ, platform: str = sys.platform,
            loads: Callable[[str], bool] = _loads) -> str | None:
    """One line saying why the window cannot open here, or None."""
    if not uses_xcb(environ, platform):
        return None
    if not environ.get("QT_QPA_PLATFORM") and not environ.get("DISPLAY"):
        return ("cannot open the window: no display (DISPLAY and WAYLAND_DISPLAY are not set); "
                "start it from the desktop, or use the sub-commands (contact-book --help)")
    missing = missing_packages(loads)
    if not missing:
        return None
    return ("cannot open the window: missing system libraries; install them with: "
            f"sudo apt install {' '.join(missing)}")
