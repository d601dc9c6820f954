"""Every menu item reachable by Alt+letter, and no key claimed twice, in both languages."""
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from tests.ui.helpers import shown_window

WINDOW_WIDE = (0, 1)  # Qt.ShortcutContext: WidgetShortcut 0, WindowShortcut 1, ...


def window_with_every_tab(qtbot):
    """The window with its Today, Calendar and Reports tabs built (they are built when first
    shown, with their own keys)."""
    window = shown_window(qtbot)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
    window.tabs.setCurrentIndex(0)
    window.finish_startup()
    return window


def mnemonic(text: str) -> str:
    return QKeySequence.mnemonic(text).toString().replace("Alt+", "")


def menus(window):
    """(title, menu) of every menu of the menu bar and their submenus."""
    out = []
    todo = [(a.text(), a.menu()) for a in window.menuBar().actions()]
    while todo:
        title, menu = todo.pop(0)
        out.append((title, menu))
        todo += [(a.text(), a.menu()) for a in menu.actions() if a.menu() is not None]
    return out


def test_every_menu_item_has_its_own_alt_letter(qtbot, sample, language):
    window = window_with_every_tab(qtbot)
    titles = [a.text() for a in window.menuBar().actions()]
    letters = [mnemonic(t) for t in titles]
    assert all(letters) and len(set(letters)) == len(letters), titles
    for title, menu in menus(window):
        items = [a.text() for a in menu.actions() if not a.isSeparator()]
        keys = [mnemonic(t) for t in items]
        missing = [t for t, k in zip(items, keys) if not k]
        twice = sorted({k for k in keys if k and keys.count(k) > 1})
        assert not missing and not twice, f"{title}: no letter {missing}, twice {twice}"


def shortcuts(window):
    """(key, context, widgets it is on) of every action and shortcut in the window."""
    out = []
    for action in window.findChildren(QAction):
        widgets = [w for w in action.associatedObjects() if isinstance(w, QWidget)]
        for key in action.shortcuts():
            if not key.isEmpty():
                out.append((key.toString(), action.shortcutContext().value, widgets,
                            action.text()))
    for shortcut in window.findChildren(QShortcut):
        for key in shortcut.keys():
            out.append((key.toString(), shortcut.context().value, [shortcut.parent()],
                        shortcut.parent().objectName() or type(shortcut.parent()).__name__))
    return out


def overlap(first: list, second: list) -> bool:
    return any(a is b or a.isAncestorOf(b) or b.isAncestorOf(a) for a in first for b in second)


def test_no_two_actions_share_a_key_where_both_are_live(qtbot, sample, language):
    window = window_with_every_tab(qtbot)
    found = shortcuts(window)
    assert len(found) > 20
    clashes = []
    for i, (key, context, widgets, name) in enumerate(found):
        for other_key, other_context, other_widgets, other_name in found[i + 1:]:
            if key != other_key:
                continue
            both_local = context not in WINDOW_WIDE[1:] and other_context not in WINDOW_WIDE[1:]
            if not both_local or overlap(widgets, other_widgets):
                clashes.append((key, name, other_name))
    assert not clashes


def test_the_menus_show_the_keys(qtbot, sample, language):
    window = window_with_every_tab(qtbot)
    shown = {a.shortcut().toString() for _t, m in menus(window) for a in m.actions()}
    for key in ("Ctrl+N", "Ctrl+F", "Ctrl+L", "Ctrl+.", "Ctrl+,", "Ctrl+1", "Ctrl+2", "Ctrl+3",
                "Ctrl+4", "Ctrl+I", "Ctrl+E", "Ctrl+J"):
        assert key in shown
