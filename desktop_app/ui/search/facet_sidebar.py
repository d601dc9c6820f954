"""The sidebar: saved groups on top, then the facets (top values of a few tag fields with
their counts under the current filter). A click on a value adds its exact term; another click
removes it. Facets are counted in a worker thread (its own SQLite connection) after typing
pauses; a newer filter cancels an older count between fields, so typing never waits for them."""
from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHeaderView,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import ContactBookError
from desktop_app.ui.common.shortcuts import activates
from desktop_app.ui.common.elide import never_scroll_sideways
from desktop_app.ui.common.words import amount_text
from desktop_app.ui.contacts.groups import GroupsPanel

FIELDS = ("grade", "source", "city", "product", "title", "stage")
# deal-size ranges: ((from, below) in yuan, the terms a click adds); the label shows the
# bounds in the UI's language (10万 – 100万, 100k – 1M)
DEAL_RANGES = (((None, 10**5), "deal<10万"), ((10**5, 10**6), "deal>=10万 deal<100万"),
               ((10**6, 10**7), "deal>=100万 deal<1000万"), ((10**7, None), "deal>=1000万"))


def range_label(bounds: tuple[int | None, int | None]) -> str:
    """"< 100k", "100k – 1M", "≥ 10M" (10万 – 100万 in Chinese)."""
    low, high = bounds
    if low is None:
        return f"< {amount_text(high)}"
    if high is None:
        return f"≥ {amount_text(low)}"
    return f"{amount_text(low)} – {amount_text(high)}"
LIMIT = 8  # values per field; "more…" shows up to MORE_LIMIT
MORE_LIMIT = 200
DELAY_MS = 150
FIELD_ROLE = Qt.ItemDataRole.UserRole + 1
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2
MORE_ROLE = Qt.ItemDataRole.UserRole + 3  # on the "more…"/"fewer" item: its field


class FacetTree(QTreeWidget):
    """Signals:
        value_clicked(str, str): (field, value) of a clicked value.
        more_clicked(str): the "more…" (or "fewer") item of a field was clicked.
    """

    value_clicked = Signal(str, str)
    more_clicked = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setColumnCount(2)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(10)
        self.setUniformRowHeights(True)
        # the values take the width left by the counts: cut with "…" (whole in a tooltip),
        # never a horizontal scroll bar in the narrow sidebar
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        never_scroll_sideways(self)
        titles = {"source": self.tr("Source"), "city": self.tr("City"),
                  "product": self.tr("Product"), "title": self.tr("Title"),
                  "stage": self.tr("Stage"), "deal": self.tr("Deal size"),
                  "grade": self.tr("Grade")}
        self.sections: dict[str, QTreeWidgetItem] = {}
        bold = QFont(self.font())
        bold.setBold(True)
        for field in FIELDS + ("deal",):
            item = QTreeWidgetItem([titles[field], ""])
            item.setFont(0, bold)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addTopLevelItem(item)
            item.setExpanded(True)
            self.sections[field] = item
        self.itemClicked.connect(self._clicked)

    def show_values(self, field: str, values, active: set[str], more: str = "") -> None:
        """The values of ``field`` with their counts; ``more``: "more" adds a "more…" item
        (there are other values), "fewer" a "fewer" item (all are shown)."""
        from desktop_app.ui.timeline.labels import language, stage_label

        section = self.sections[field]
        section.takeChildren()
        labels = {terms: range_label(bounds) for bounds, terms in DEAL_RANGES} \
            if field == "deal" else {}
        if field == "grade":  # A, B, C, D rather than by count
            values = sorted(values)
        for value, n in values:
            if field == "deal":
                shown = labels[value]
            else:
                shown = stage_label(value, language()) if field == "stage" else \
                    (value or self.tr("(none)"))
            item = QTreeWidgetItem([("✓ " if value in active else "") + shown, f"{n:,}"])
            item.setData(0, FIELD_ROLE, field)
            item.setData(0, VALUE_ROLE, value)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
            item.setForeground(1, self.palette().placeholderText())
            if value in active:
                font = item.font(0)
                font.setBold(True)
                item.setFont(0, font)
            section.addChild(item)
        if more:
            item = QTreeWidgetItem([self.tr("more…") if more == "more" else self.tr("fewer")])
            item.setData(0, MORE_ROLE, field)
            item.setForeground(0, self.palette().link())
            section.addChild(item)
        section.setExpanded(True)

    def item_for(self, field: str, value: str) -> QTreeWidgetItem | None:
        section = self.sections[field]
        for k in range(section.childCount()):
            if section.child(k).data(0, VALUE_ROLE) == value:
                return section.child(k)
        return None

    def keyPressEvent(self, event) -> None:
        """Enter or Space on a value (or "more…") is a click: the keyboard's way to add or
        remove its term (the arrows only moved through the values)."""
        item = self.currentItem()
        if activates(event) and item is not None:
            self._clicked(item, 0)
            return
        super().keyPressEvent(event)

    def _clicked(self, item, _column) -> None:
        if item.data(0, MORE_ROLE):
            self.more_clicked.emit(item.data(0, MORE_ROLE))
            return
        field = item.data(0, FIELD_ROLE)
        if field is not None:
            self.value_clicked.emit(field, item.data(0, VALUE_ROLE))


def _same(a, b) -> bool:
    return (a.key, a.op, a.values, a.negated) == (b.key, b.op, b.values, b.negated)


def range_terms(parsed_filter, terms_text: str):
    """The terms of ``parsed_filter`` that make up the range ``terms_text``, or None."""
    from desktop_app.core.search import query

    found = []
    for wanted in query.parse(terms_text).terms:
        match = next((t for t in parsed_filter.terms if _same(t, wanted)), None)
        if match is None:
            return None
        found.append(match)
    return found


def toggle_range(text: str, terms_text: str) -> str:
    """``text`` with the range's terms removed when all are there, else added."""
    from desktop_app.core.search import query

    parsed = query.parse(text)
    if range_terms(parsed, terms_text) is None:
        return f"{text.rstrip()} {terms_text}".strip()
    for wanted in query.parse(terms_text).terms:
        parsed = query.parse(parsed.without(next(t for t in parsed.terms if _same(t, wanted))))
    return parsed.text


class _Relay(QObject):
    """Carries results from the worker thread to the GUI thread (a queued signal)."""

    done = Signal(int, object)  # generation, {field: [(value, count), ...]} or None


def _count_facets(text: str, in_trash: bool, generation: int, current, relay: _Relay,
                  expanded: frozenset = frozenset()) -> None:
    from desktop_app.core.contacts import listing
    from desktop_app.core.search import facets, query
    from desktop_app.core.storage.threads import close_thread_connection

    results: dict | None = {}
    try:
        where = query.parse(text).where
        for field in FIELDS:
            if current() != generation:
                results = None  # a newer filter came: stop early
                break
            limit = MORE_LIMIT if field in expanded else LIMIT + 1  # one more: "more…"?
            results[field] = facets.facet_counts(field, where, limit=limit, in_trash=in_trash)
        if results is not None and current() == generation:
            results["deal"] = [
                (terms, listing.count(query.parse(f"{text} {terms}").where, in_trash=in_trash))
                for _bounds, terms in DEAL_RANGES]
    except ContactBookError:  # the database went away or cannot be read: show nothing new
        results = None
    finally:
        close_thread_connection()  # this thread's own connection
    try:
        relay.done.emit(generation, results)
    except RuntimeError:  # the window is gone
        pass


class FacetSidebar(QWidget):
    """Groups and facets. ``refresh(filter, in_trash)`` schedules a recount.

    Signals:
        facet_clicked(str, str): (field, value) to toggle as an exact term.
        range_clicked(str): the terms of a deal-size range to toggle (``deal>=10万 deal<100万``).
    """

    facet_clicked = Signal(str, str)
    range_clicked = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.groups = GroupsPanel()
        self.tree = FacetTree()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.groups)
        split.addWidget(self.tree)
        split.setStretchFactor(1, 1)
        split.setSizes([140, 600])
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(split)
        self.tree.value_clicked.connect(self._clicked)
        self.tree.more_clicked.connect(self._more)
        self.expanded: set[str] = set()  # fields showing all their values
        self._filter = None
        self._in_trash = False
        self._generation = 0
        self._worker: threading.Thread | None = None
        self._relay = _Relay(self)
        self._relay.done.connect(self._show)
        self._timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self._timer.timeout.connect(self._start)
        self.computed = 0  # facet sets shown (tests wait on it)

    def _clicked(self, field: str, value: str) -> None:
        if field == "deal":
            self.range_clicked.emit(value)
        else:
            self.facet_clicked.emit(field, value)

    def _more(self, field: str) -> None:
        self.expanded ^= {field}
        if self._filter is not None:
            self.refresh(self._filter, self._in_trash, at_once=True)

    def refresh(self, parsed_filter, in_trash: bool = False, *, at_once: bool = False) -> None:
        self._filter, self._in_trash = parsed_filter, in_trash
        self._generation += 1  # a count under way for an older filter stops and is dropped
        if at_once:
            self._timer.stop()  # a delayed count still pending would only repeat this one
            self._start()
        else:
            self._timer.start()

    def is_busy(self) -> bool:
        """Counting, about to, or not asked yet (the window asks after its first paint)."""
        return self._timer.isActive() or self._worker is not None or self._filter is None

    def shutdown(self) -> None:
        """Stop counting and wait for the worker (the window closes)."""
        self._timer.stop()
        self._generation += 1
        if self._worker is not None:
            self._worker.join()
            self._worker = None

    def _start(self) -> None:
        if self._filter is None:
            return
        if self._worker is not None:  # one at a time: the running one ends soon, then we go
            self._timer.start()
            return
        generation = self._generation
        self._worker = threading.Thread(
            target=_count_facets, name="facets", daemon=True,
            args=(self._filter.text, self._in_trash, generation, lambda: self._generation,
                  self._relay, frozenset(self.expanded)))
        self._worker.start()

    def _show(self, generation: int, results) -> None:
        if self._worker is not None:
            self._worker.join()
            self._worker = None
        if results is None or generation != self._generation or self._filter is None:
            return
        for field in FIELDS:
            values = list(results.get(field, []))
            more = "fewer" if field in self.expanded else ""
            if field not in self.expanded and len(values) > LIMIT:
                values, more = values[:LIMIT], "more"
            active = {t.values[0] for t in self._filter.terms
                      if t.key == field and t.op == "=" and len(t.values) == 1
                      and not t.negated}
            shown = {v for v, _ in values}
            values += [(v, 0) for v in sorted(active - shown)]
            self.tree.show_values(field, values, active, more)
        ranges = results.get("deal")
        if ranges is not None:
            active = {terms for _bounds, terms in DEAL_RANGES
                      if range_terms(self._filter, terms) is not None}
            self.tree.show_values("deal", ranges, active)
        self.computed += 1
