"""What a sort repaints: the list, not the detail pane beside it (its timeline repainted at
each sort and keystroke, whatever it showed)."""
from PySide6.QtCore import QCoreApplication, Qt

from tests.ui.contacts.paints import Paints


def settle():
    for _ in range(5):
        QCoreApplication.processEvents()


def test_a_sort_repaints_the_list_not_the_timeline(qtbot, window):
    window.table.select_row(0)
    settle()
    assert window.detail.contact_id is not None
    timeline = Paints(window.detail.timeline.view.viewport())
    listed = Paints(window.table.viewport())
    for column, order in ((0, Qt.SortOrder.AscendingOrder), (1, Qt.SortOrder.DescendingOrder)):
        window.table.sortByColumn(column, order)
        settle()
    assert listed.count >= 2 and timeline.count == 0

