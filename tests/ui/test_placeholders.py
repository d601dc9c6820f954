"""A placeholder is never shown cut ("What was said or sent (optio..."), found by a review of
the window in both languages."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit

from desktop_app.ui.common.fit import placeholder_width


def _dialogs():
    from desktop_app.ui.grading.content_report import ContentReport
    from desktop_app.ui.reports.reports_view import ReportsView
    from desktop_app.ui.timeline.bulk_log_dialog import BulkLogDialog

    def reports():
        view = ReportsView()
        view.period.setCurrentIndex(view.period.findData("custom"))
        return view

    return {"bulk log": lambda: BulkLogDialog(1000), "content report": ContentReport,
            "custom period": reports}


@pytest.mark.parametrize("name", sorted(_dialogs()))
def test_every_placeholder_shows_whole(qtbot, db, name):
    widget = _dialogs()[name]()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    edits = [e for e in widget.findChildren(QLineEdit) if e.placeholderText() and e.isVisible()]
    assert edits
    for edit in edits:
        assert edit.width() >= placeholder_width(edit), (edit.placeholderText(), edit.width())
