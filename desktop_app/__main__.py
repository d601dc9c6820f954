import sys

from desktop_app.cli import main


def _attach_console() -> None:
    """The Windows bundle's window executable has no console (sys.stdout is None): a
    sub-command typed in a terminal prints into that terminal's console if there is one."""
    if sys.platform != "win32" or sys.stdout is not None or len(sys.argv) < 2:
        return
    import ctypes

    if ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS
        sys.stdout = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115
        sys.stderr = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115


_attach_console()
sys.exit(main())
