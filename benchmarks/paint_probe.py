"""Run in a child process: start something Qt, print ``PAINTED <epoch> <maxrss_kb>`` on first paint.

    python benchmarks/paint_probe.py bare            a bare PySide6 window with a label
    python benchmarks/paint_probe.py app --db PATH   the real app, through its CLI entry point

For the app, the first paint counted is the contact table's viewport painting with rows in the
model. The probe only wraps QApplication.exec; the app's own start-up code runs unchanged.
"""
import resource
import sys
import time


def peak_kb() -> int:
    """This process's peak resident memory. On Linux, VmHWM: ``ru_maxrss`` would also count
    the memory of the parent this process was forked from (it survives ``exec``)."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _report_and_quit(app):
    print(f"PAINTED {time.time():.6f} {peak_kb()}", flush=True)
    app.quit()


def _watch(widget, app, ready=lambda: True):
    from PySide6.QtCore import QEvent, QObject, QTimer

    class Watcher(QObject):
        done = False

        def eventFilter(self, obj, event):
            if not self.done and event.type() == QEvent.Type.Paint and ready():
                self.done = True
                QTimer.singleShot(0, lambda: _report_and_quit(app))
            return False

    watcher = Watcher(app)
    widget.installEventFilter(watcher)
    QTimer.singleShot(60_000, lambda: watcher.done or (print("NEVER PAINTED (no rows?)",
                                                              flush=True), app.exit(3)))
    return watcher


def bare():
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    label = QLabel("Contact Book")
    window.setCentralWidget(label)
    window.resize(1200, 800)
    window.show()
    _watch(label, app)
    return app.exec()


def real_app(argv):
    from PySide6.QtWidgets import QApplication, QTableView

    original_exec = QApplication.exec

    def exec_(*args, **kwargs):
        app = QApplication.instance()
        views = [w for w in app.allWidgets() if isinstance(w, QTableView) and w.isVisible()]
        view = max(views, key=lambda v: v.width() * v.height())
        _watch(view.viewport(), app, ready=lambda: view.model().rowCount() > 0)
        return original_exec()  # exec is static: drop the instance

    QApplication.exec = exec_
    from desktop_app.cli import main

    return main(argv)


if __name__ == "__main__":
    sys.exit(bare() if sys.argv[1] == "bare" else real_app(sys.argv[2:]))
