"""The detail pane fits its column at the window's default layout, in both languages: no tab of
it (details, timeline, grade) is cut at the right behind a horizontal scroll bar."""
from __future__ import annotations


from tests.ui.helpers import shown_window


def test_the_detail_pane_fits_its_column(qtbot, language, sample):
    # English "c  Downloaded material" in the quick log's channel box made the timeline tab,
    # hence every tab, ~50 px wider than the column: the grade tab's text was cut
    window = shown_window(qtbot, 1440, 900)
    detail = window.detail
    assert detail.minimumSizeHint().width() <= window.detail_scroll.viewport().width()
    assert not window.detail_scroll.horizontalScrollBar().isVisible()


def test_a_1366_by_768_screen_shows_the_pane_without_scroll_bars(qtbot, qapp, language, sample):
    """On the commonest laptop screen the pane's scroll area asked for the pane's preferred
    height (the notes box, the timeline at their comfortable sizes), not its minimum: a
    vertical scroll bar, which in English pushed a horizontal one in too."""
    window = shown_window(qtbot, 1366, 768)
    detail, area = window.detail, window.detail_scroll
    assert detail.minimumSizeHint().height() < area.viewport().height()
    for tab in range(detail.tabs.count()):
        detail.tabs.setCurrentIndex(tab)
        qapp.processEvents()  # the layout requests the switch posted
        assert not area.verticalScrollBar().isVisible(), tab
        assert not area.horizontalScrollBar().isVisible(), tab
    window.resize(1366, 500)  # too short for the form: it scrolls
    qtbot.waitUntil(area.verticalScrollBar().isVisible, timeout=1000)
