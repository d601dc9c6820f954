"""Running a command as an unprivileged user from a root test run (root ignores file
modes, and may replace /dev/full)."""
import os
import subprocess
import sys


def as_nobody() -> list[str] | None:
    """A command prefix that runs as an unprivileged user (root ignores file modes), when
    this Python and the project can be read by that user; else None."""
    if os.name != "posix" or os.geteuid() != 0:
        return None
    prefix = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
    try:
        ok = subprocess.run([*prefix, sys.executable, "-c", "import desktop_app.cli"],
                            capture_output=True, env=nobody_env(), timeout=60).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return None
    return prefix if ok else None


def nobody_env() -> dict:
    import desktop_app

    root = os.path.dirname(os.path.dirname(desktop_app.__file__))
    return dict(os.environ, PYTHONPATH=root, HOME="/nonexistent", PYTHONDONTWRITEBYTECODE="1")
