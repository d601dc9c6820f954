"""What a sort repaints: the list, not the detail pane beside it (its timeline repainted at
each sort and keystroke, whatever it showed)."""
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt


class Paints(QObject):
    def __init__(self, widget):
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


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

