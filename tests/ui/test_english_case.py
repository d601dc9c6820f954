"""English UI words in one case: menu actions and dialog titles in Title Case ("Back up now…"
stood among "Restore a Backup…" and "Check Database"), the items of a list capitalised alike
("0  no outcome" above "1  Reached", "2  No answer")."""
from __future__ import annotations

import re

from tests.ui.helpers import shown_window

SMALL = {"a", "an", "the", "of", "in", "on", "to", "for", "from", "with", "and", "or", "by",
         "per"}


def title_case(text: str) -> bool:
    words = re.findall(r"(?<![.\w])[A-Za-z][\w'’-]*", text.replace("&", ""))
    return all(w[0].isupper() or (i and w.lower() in SMALL) for i, w in enumerate(words))


def test_menu_actions_are_in_title_case(qtbot, sample):
    window = shown_window(qtbot)
    wrong = [a.text() for top in window.menuBar().actions() for a in top.menu().actions()
             if not a.isSeparator() and not title_case(a.text())
             and not a.text().replace("&", "").startswith("Select all")]  # "Select all 200 in…"
    assert wrong == []


def test_outcome_lists_are_capitalised_alike(qtbot, sample):
    from desktop_app.core.timeline import records as timeline
    from desktop_app.ui.timeline.edit_dialog import EditInteractionDialog
    from desktop_app.ui.timeline.quick_log import QuickLogBar

    bar = QuickLogBar()
    qtbot.addWidget(bar)
    outcomes = [bar.outcome.itemText(i).split(None, 1)[1] for i in range(bar.outcome.count())]
    assert outcomes[0] == "No outcome" and all(o[0].isupper() for o in outcomes)
    timeline.log(1, "call", "reached")
    (entry,) = [e for e in timeline.entries(1) if e.channel == "call"][:1]
    dialog = EditInteractionDialog(entry, lambda values: None)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Edit Timeline Entry"
    assert dialog.outcome.itemText(0) == "No outcome"
