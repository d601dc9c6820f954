"""A click on a column header sorts the list and keeps the lead the detail pane shows selected
and in view (it deselected the row and left the list at its top, while the pane kept showing
the lead: the next arrow key or Delete acted on another row than the one read)."""
import pytest
from PySide6.QtCore import QPoint, Qt

from desktop_app.core.contacts import demo, listing
from desktop_app.ui.contacts.table_model import (
    COL_CITY,
    COL_DEAL_SIZE,
    COL_NAME,
    COLUMNS,
)
from tests.ui.helpers import shown_window


@pytest.fixture
def window(qtbot, db):
    demo.generate(1000, seed=3)
    return shown_window(qtbot)


def click_header(qtbot, window, column: int) -> None:
    header = window.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def in_view(table, row: int) -> bool:
    rect = table.visualRect(table.model().index(row, table.horizontalHeader().logicalIndex(0)))
    return rect.isValid() and table.viewport().rect().contains(rect.center())


@pytest.mark.parametrize("column", [COL_NAME, COL_DEAL_SIZE, COL_CITY])
def test_a_header_click_keeps_the_shown_lead_selected_and_in_view(qtbot, window, column):
    table = window.table
    order = listing.ids(None, sort=COLUMNS[column], descending=False)
    lead = order[len(order) // 2]  # in the middle of that column's order
    window.show_contact(lead)
    assert window.detail.contact_id == lead and table.current_id() == lead
    for _ in range(2):  # ascending, then descending
        with qtbot.waitSignal(window.model.lead_sorted, timeout=5000):
            click_header(qtbot, window, column)
        assert table.horizontalHeader().sortIndicatorSection() == column
        row = window.model.row_of(lead)
        assert row is not None and row > 50  # beyond the first screen either way
        assert table.current_id() == lead and table.selected_ids() == [lead]
        assert table.currentIndex().row() == row
        qtbot.waitUntil(lambda row=row: in_view(table, row))
        assert window.detail.contact_id == lead

