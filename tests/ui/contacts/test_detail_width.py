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


def _narrowest(qtbot, qapp, height):
    """The window with the splitter dragged as far right as it goes: the pane at its minimum."""
    window = shown_window(qtbot, 1440, height)
    window.finish_startup()
    sizes = window.splitter.sizes()
    window.splitter.setSizes([sizes[0], sizes[1] + sizes[2], 0])  # clamped to the minimum
    qapp.processEvents()
    area = window.detail_scroll
    assert area.width() == area.minimumWidth() < 400  # the splitter stopped at the minimum
    return window, window.detail, area


def _fits(qapp, detail, area, what):
    qapp.processEvents()  # the layout requests the change posted
    assert detail.minimumSizeHint().width() <= area.viewport().width(), what
    assert not area.horizontalScrollBar().isVisible(), what


def test_the_pane_fits_the_narrowest_column_the_splitter_allows(qtbot, qapp, language, sample):
    """English, the splitter dragged right: a horizontal scroll bar (the pane needed ~393 px in
    a 338 px column: the quick log's three boxes side by side, and the new-contact form's
    "Start Golden week on save" beside Revert and Save). Every tab, the new-contact form with
    its duplicate warning, and a window short enough for a vertical scroll bar."""
    from desktop_app.core.contacts import capture
    from desktop_app.core.contacts import records as contacts

    for height in (900, 520):
        window, detail, area = _narrowest(qtbot, qapp, height)
        for tab in range(detail.tabs.count()):
            detail.tabs.setCurrentIndex(tab)
            _fits(qapp, detail, area, (height, tab))
        window.new_action.trigger()
        found = contacts.get(contacts.ids()[0])
        detail.duplicate.show_found([capture.Duplicate(found.id, capture.PHONE, found.name,
                                                       found.company, found.phones[0].raw)])
        _fits(qapp, detail, area, (height, "new contact"))
        assert detail.start_on_save.isVisible() and detail.duplicate.isVisible()
        if height == 520:
            assert area.verticalScrollBar().isVisible()  # the case with the least room
        window.close()


def _text_room(box) -> int:
    """The width a combo box gives its current text (the edit field, less the icon)."""
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    field = box.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                       QStyle.SubControl.SC_ComboBoxEditField, box)
    icon = box.iconSize().width() + 4 if not box.itemIcon(box.currentIndex()).isNull() else 0
    return field.width() - icon


def test_the_quick_log_boxes_are_readable_at_the_narrowest_pane(qtbot, qapp, language, sample):
    """English, the pane at its narrowest: the outcome box read "0  No outcor" and the
    direction box "1  Outbou" (the three boxes side by side, squeezed). Each box's text fits
    its box, for every channel and every outcome and direction it offers; the boxes stay in
    one row wherever they fit (the default layout)."""
    from desktop_app.core.timeline import channels as ch

    def in_one_row_where_they_fit(bar) -> bool:
        boxes = (bar.channel, bar.outcome, bar.direction)
        tops = [b.mapTo(bar, b.rect().topLeft()).y() for b in boxes]
        one_row = max(tops) - min(tops) < bar.channel.height() / 2
        return one_row == (sum(b.sizeHint().width() + 6 for b in boxes) - 6 <= bar.width())

    window = shown_window(qtbot, 1440, 900)  # the default layout
    window.detail.tabs.setCurrentIndex(window.detail.tabs.indexOf(window.detail.timeline))
    qapp.processEvents()
    assert in_one_row_where_they_fit(window.detail.timeline.quick_log)
    window.close()
    window, detail, area = _narrowest(qtbot, qapp, 900)
    detail.tabs.setCurrentIndex(detail.tabs.indexOf(detail.timeline))
    bar = detail.timeline.quick_log
    qapp.processEvents()
    for channel in ch.CHANNEL_CODES:
        bar.set_channel(channel)
        qapp.processEvents()  # a new channel's outcomes may rearrange the boxes
        for box in (bar.channel, bar.outcome, bar.direction):
            for i in range(box.count() if box is not bar.channel else 1):
                if box is not bar.channel:
                    box.setCurrentIndex(i)
                text = box.currentText()
                assert box.fontMetrics().horizontalAdvance(text) <= _text_room(box), (
                    channel, text, _text_room(box))
        _fits(qapp, detail, area, channel)
        assert in_one_row_where_they_fit(bar)  # (English takes a second row here)
    window.close()


def test_a_long_name_is_cut_in_the_title_and_a_lead_without_one_shows_its_email(
        qtbot, qapp, language, db):
    """A phone's vCard gave a lead a 40-letter name and company without spaces: the pane's
    title asked for their whole width, and the pane scrolled sideways behind it (the quick
    log's boxes cut). The title is cut with "…" (whole in its tooltip); a lead with only an
    e-mail is titled by it, as the list shows it, not "(no name)"."""
    from desktop_app.core.contacts import records as contacts

    long_id, _ = contacts.create({"name": "Ñ" * 40, "company": "Ñ" * 60}, [("手机", "55556666")])
    mail_id, _ = contacts.create({"email": "john.doe@company.com"}, [])
    window = shown_window(qtbot, 1280, 720)
    detail, area = window.detail, window.detail_scroll
    window.show_contact(long_id)
    qapp.processEvents()
    title = detail.title_label
    assert title.text() == "Ñ" * 40 + " · " + "Ñ" * 60 and title.toolTip() == title.text()
    assert super(type(title), title).text().endswith("…")  # what it paints
    _fits(qapp, detail, area, "a long name")
    window.show_contact(mail_id)
    qapp.processEvents()
    assert title.text() == "john.doe@company.com" and title.toolTip() == ""
