"""Opening a lead's timeline in the window: model reset + first paint, with 1,000 entries.

    /work/venv/bin/python benchmarks/timeline_view.py [--entries 1000] [--repeat 30]

Builds a fresh database in a temporary folder: one demo lead and ``--entries`` demo
interactions (the demo's bulk path), plus a second lead with a handful, to switch between.
Each measured "open" shows the big lead after the small one, then paints the viewport
synchronously (``repaint``: the delayed item layout and the paint both happen inside). Runs on
the offscreen platform unless QT_QPA_PLATFORM says otherwise. Prints medians in ms.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _median(times: list[float]) -> float:
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from desktop_app.core.contacts import records as contacts
    from desktop_app.core.contacts import demo
    from desktop_app.core.followup import touches
    from desktop_app.core.timeline import records as timeline
    from desktop_app.core.storage.db import open_database

    app = QApplication.instance() or QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="timeline-view-bench-"))
    database = open_database(folder / "bench.sqlite3")
    demo.generate(1, seed=7)
    demo.generate_interactions(args.entries, seed=7)
    big = contacts.ids()[0]
    small, _ = contacts.create({"name": "小号"})
    for summary in ("没接", "聊了需求", "发了资料"):
        touches.log(small, "call", "reached", summary=summary)

    from desktop_app.ui.events import Events
    from desktop_app.ui.common.undo import Operations
    from desktop_app.ui.contacts.detail_pane import TIMELINE_TAB, DetailPane
    from desktop_app.ui.timeline.view import TimelinePanel

    ops = Operations(Events())
    panel = TimelinePanel(ops)
    panel.resize(420, 700)
    panel.show()
    app.processEvents()
    view, model = panel.view, panel.model

    def open_panel(contact_id: int) -> float:
        start = time.perf_counter()
        panel.set_contact(contact_id)
        view.viewport().repaint()
        return time.perf_counter() - start

    def measure(open_, repeat: int) -> list[float]:
        times = []
        for i in range(repeat + 2):
            open_(small)
            app.processEvents()
            took = open_(big)
            app.processEvents()
            if i >= 2:  # warm-up
                times.append(took)
        return times

    opened = measure(open_panel, args.repeat)
    fetched = model.fetched

    model_only = []
    for _ in range(args.repeat):
        model.set_contact(small)
        start = time.perf_counter()
        model.set_contact(big)
        model_only.append(time.perf_counter() - start)

    def refresh_after_log() -> float:
        logged = touches.log(big, "call", "no-answer")
        start = time.perf_counter()
        model.refresh()
        view.viewport().repaint()
        took = time.perf_counter() - start
        touches.delete(logged.interactions)
        model.refresh()
        return took

    panel.set_contact(small)
    panel.set_contact(big)
    view.viewport().repaint()
    refresh_first = [refresh_after_log() for _ in range(args.repeat)]

    scroll = []
    bar = view.verticalScrollBar()
    while model.canFetchMore():
        start = time.perf_counter()
        bar.setValue(bar.maximum())  # the view fetches the next page
        view.viewport().repaint()
        scroll.append(time.perf_counter() - start)
        app.processEvents()

    refresh = [refresh_after_log() for _ in range(args.repeat)]  # everything fetched now

    pane = DetailPane(ops)
    pane.resize(460, 860)
    pane.show()
    pane.show_contact(big)
    pane.tabs.setCurrentIndex(TIMELINE_TAB)
    app.processEvents()

    def open_pane(contact_id: int) -> float:
        start = time.perf_counter()
        pane.show_contact(contact_id)
        pane.timeline.view.viewport().repaint()
        return time.perf_counter() - start

    pane_opened = measure(open_pane, args.repeat)

    print(f"one lead with {timeline.count(big):,} timeline entries; {args.repeat} runs; "
          f"medians (ms); platform {app.platformName()}")
    print(f"  open in the timeline view (model reset + first paint)  {_median(opened):7.2f}"
          f"   ({fetched} of {model.total:,} entries fetched)")
    print(f"    of which the model reset (count + first page)        {_median(model_only):7.2f}")
    print(f"  open in the detail pane (form + timeline + paint)       "
          f"{_median(pane_opened):7.2f}")
    print(f"  scroll to the end: one more page fetched + painted      {_median(scroll):7.2f}"
          f"   ({len(scroll)} pages)")
    print(f"  refresh after a log, first page fetched                  "
          f"{_median(refresh_first):7.2f}")
    print(f"  refresh after a log, all {model.fetched:,} entries fetched         "
          f"{_median(refresh):7.2f}")
    database.close()


if __name__ == "__main__":
    main()
