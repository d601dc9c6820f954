"""The 整组操作 button's arrow does not cover its text (issue 17): the arrow is part of the text
and the style's own indicator, which Fusion draws in the bottom-right corner over the text's
last letters, is not drawn."""
from PySide6.QtGui import QColor

from tests.ui.helpers import shown_window


def test_the_group_button_draws_no_arrow_over_its_text(qtbot, db):
    window = shown_window(qtbot)
    button = window.group.button
    assert button.text().endswith(" ▾")
    assert button.width() >= button.fontMetrics().horizontalAdvance(button.text()) + 6
    image = button.grab().toImage()
    w, h = image.width(), image.height()
    background = QColor(image.pixel(w // 2, 3))  # above the text, inside the frame
    corner = [QColor(image.pixel(x, y)) for x in range(w - 9, w - 3) for y in range(h - 7, h - 3)]
    assert all(abs(c.lightness() - background.lightness()) < 40 for c in corner)
