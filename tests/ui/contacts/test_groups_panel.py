"""The saved groups' box: with none yet it says how one is made (it was an empty white box)."""
from __future__ import annotations

from PySide6.QtGui import QImage

from desktop_app.core.contacts import groups
from desktop_app.ui.contacts.groups import GroupsPanel


def _ink(panel: GroupsPanel) -> int:
    """How many pixels of the list's viewport differ from its background."""
    image = panel.list.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    background = panel.list.viewport().palette().base().color().rgb()
    return sum(1 for y in range(image.height()) for x in range(image.width())
               if image.pixel(x, y) != background)


def test_no_groups_says_how_to_make_one_and_a_group_replaces_it(qtbot, db):
    panel = GroupsPanel()
    qtbot.addWidget(panel)
    panel.resize(220, 160)
    panel.show()
    qtbot.waitExposed(panel)
    panel.reload()
    assert panel.texts() == [] and "Save filter" in panel.list.empty_text
    hinted = _ink(panel)
    assert hinted > 0
    groups.create("上海", "city:上海")
    panel.reload()
    assert panel.texts() == ["上海  (0)"]
    panel.list.empty_text = ""  # the hint is painted only while no group is listed
    shown = _ink(panel)
    panel.list.empty_text = "No groups yet: filter the list, then + Save filter."
    assert _ink(panel) == shown
