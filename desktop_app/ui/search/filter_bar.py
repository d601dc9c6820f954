"""The filter bar above the list: the filter language (``core.search.query``) with completion,
chips for the field terms, the parse errors in plain words and the result count."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.common.words import chinese, stage_names
from desktop_app.core.errors import ContactBookError
from desktop_app.ui.common.core_text import message_text
from desktop_app.ui.common.shortcuts import WindowShortcutsFirst
from desktop_app.ui.search.chips import ChipRow

if TYPE_CHECKING:  # loaded at the first filter, after the window's first paint
    from desktop_app.core.search import query

INSERT_ROLE = Qt.ItemDataRole.UserRole + 1
# the keys an unknown one's message lists (the report's created/won/reached... aside)
FIELD_KEYS = ("city", "company", "product", "deal", "name", "title", "source", "stage",
              "phone", "email", "wechat", "notes", "tag", "last", "unanswered", "due", "grade",
              "score", "cadence")
FACET_OF_KEY = {"city": "city", "company": "company", "product": "product",
                "deal": "deal_size", "name": "name", "title": "title", "source": "source",
                "stage": "stage"}
_STOP = " \t"


def error_text(error: query.FilterError) -> str:
    """A parse error in plain words, translated by its code."""
    keys = " ".join(FIELD_KEYS)
    messages = {
        "unknown_key": QCoreApplication.translate("FilterBar", "“%1” is not a field. Fields: %2.").replace("%2", keys),
        "unclosed_quote": QCoreApplication.translate("FilterBar", "The quote in “%1” is not closed."),
        "bad_amount": QCoreApplication.translate("FilterBar", "“%1” is not an amount (e.g. 100万, 1.5亿)."),
        "bad_operator": QCoreApplication.translate("FilterBar", "“%1”: this field cannot be compared with > or <."),
        "unknown_stage": QCoreApplication.translate("FilterBar", "“%1”: unknown stage (线索 已联系 意向 报价 成交 流失)."),
        "bad_tag": QCoreApplication.translate("FilterBar", "“%1”: tag: takes complete or incomplete."),
        "bad_phone": QCoreApplication.translate("FilterBar", "“%1”: a phone search needs digits."),
        "empty_value": QCoreApplication.translate("FilterBar", "“%1” needs a value after the colon."),
        "empty_term": QCoreApplication.translate("FilterBar", "A “-” with nothing after it is ignored."),
        "out_of_range": QCoreApplication.translate("FilterBar", "“%1” is out of range."),
    }
    if error.code == "bad_value" and hasattr(error.message, "template"):  # the core's own words
        return message_text(error.message)
    message = messages.get(error.code, QCoreApplication.translate("FilterBar", "“%1” was not understood."))
    return message.replace("%1", error.part)



def key_names(prefix: str) -> list[str]:
    """The filter keys to suggest for a typed ``prefix``: every name (English and Chinese) of
    each key that one of its names starts with; the UI language's name first."""
    from desktop_app.core.search import query

    wanted = {key for name, key in query.KEYS.items() if name.lower().startswith(prefix)}
    names = [name for name, key in query.KEYS.items() if key in wanted]
    first_chinese = chinese()
    return sorted(names, key=lambda n: (list(query.KEYS.values()).index(query.KEYS[n]),
                                        n.isascii() == first_chinese))


_KEYPAD = Qt.KeyboardModifier.KeypadModifier


class FilterEdit(QLineEdit):
    """The line edit; Escape clears (then goes to the list), Return applies at once, Down goes to the list (when the
    completion is not open), completion under the cursor."""

    escape_pressed = Signal()
    down_pressed = Signal()

    def keyPressEvent(self, event) -> None:
        completer = getattr(self, "completer_", None)
        if completer is not None and completer.popup().isVisible() and event.key() in (
                Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape, Qt.Key.Key_Tab,
                Qt.Key.Key_Backtab):
            event.ignore()  # the popup handles these
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.escape_pressed.emit()
            return
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():  # nothing to clear:
            self.down_pressed.emit()  # back to the list, as Esc in a lead's pane
            return
        if event.key() == Qt.Key.Key_Down and not event.modifiers() & ~_KEYPAD:
            self.down_pressed.emit()
            return
        super().keyPressEvent(event)


class FilterBar(QWidget):
    """Emits the filter text at every keystroke (``typed``: the list reads it in a worker, a
    newer keystroke replaces an older read) and when set or confirmed (``search_changed``).

    Signals:
        typed(str, object): the text after a keystroke and its parse (``query.parse``; the
            list reads it as parsed here, once a keystroke). No delay: stale reads are
            dropped, not waited.
        search_changed(str): the filter text to apply now (``set_text``, Return, completion).
        go_to_list(): Down, Return on a filter without mistakes, or Esc with nothing left to
            clear: the keyboard moves on to the list (type the filter, Enter, arrows: no mouse
            between).
    """

    typed = Signal(str, object)
    search_changed = Signal(str)
    go_to_list = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.edit = FilterEdit()
        self._shortcuts = WindowShortcutsFirst(self)
        self.edit.installEventFilter(self._shortcuts)  # Ctrl+E exports, not "end of line"
        self.edit.setPlaceholderText(self.tr(
            "Filter: words, or city:上海 source:知乎 deal>=100万 last:>7d -stage:lost"))
        self.edit.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("filter_count")
        self.error_label = QLabel()
        self.error_label.setObjectName("filter_errors")
        self.error_label.setStyleSheet("color: #c62828; font-size: 11px;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.chips = ChipRow()
        self.chips.hide()
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.edit, 1)
        top.addWidget(self.count_label)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(top)
        column.addWidget(self.chips)
        column.addWidget(self.error_label)

        self._filter = None  # parsed on first use (the filter language loads after the paint)
        self.in_trash = False
        self._setting = False
        self.edit.textChanged.connect(self._on_text_changed)
        self.edit.returnPressed.connect(self._return_pressed)
        self.edit.down_pressed.connect(self.go_to_list)
        self.edit.escape_pressed.connect(lambda: self.set_text(""))
        self.chips.term_removed.connect(self.remove_term)

        self.completion_model = QStandardItemModel(self)
        self.completer = QCompleter(self.completion_model, self)
        self.completer.setWidget(self.edit)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.activated[QModelIndex].connect(self._complete)
        self.edit.completer_ = self.completer
        self._value_cache: dict = {}
        self.edit.textEdited.connect(self._update_completion)

    # --- text and filter ----------------------------------------------------------------------

    @property
    def filter(self):
        """The parsed filter (``query.Filter``) of the text."""
        if self._filter is None:
            from desktop_app.core.search import query

            self._filter = query.parse(self.edit.text())
        return self._filter

    @filter.setter
    def filter(self, parsed) -> None:
        self._filter = parsed

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        """Replace the filter and apply it at once (chips, facets, groups)."""
        self._setting = True  # one read, the one at once: not a typed one too
        try:
            self.edit.setText(text)
        finally:
            self._setting = False
        self._emit()

    def setFocus(self) -> None:
        self.edit.setFocus()
        self.edit.selectAll()

    def remove_term(self, term) -> None:
        self.set_text(self.filter.without(term))

    def toggle_term(self, key: str, value: str) -> None:
        """Add the exact term ``key:=value``, or remove it when present (a facet click)."""
        from desktop_app.core.search import query

        term = self.exact_term(key, value)
        if term is not None:
            self.set_text(self.filter.without(term))
            return
        text = self.edit.text().rstrip()
        addition = query.format_term(key, [value], "=")
        self.set_text(f"{text} {addition}" if text else addition)

    def toggle_range(self, terms_text: str) -> None:
        """Add the terms of a range (``deal>=10万 deal<100万``), or remove them when present."""
        from desktop_app.ui.search.facet_sidebar import toggle_range

        self.set_text(toggle_range(self.edit.text(), terms_text))

    def exact_term(self, key: str, value: str):
        for term in self.filter.terms:
            if term.key == key and term.op == "=" and term.values == (value,) and not term.negated:
                return term
        return None

    def _on_text_changed(self, text: str) -> None:
        from desktop_app.core.search import query

        parsed = query.parse(text)
        self._show_parse(parsed)
        if not self._setting:
            self.typed.emit(text, parsed)

    def _show_parse(self, parsed) -> None:
        self.filter = parsed
        self.chips.set_terms(parsed.text, parsed.terms)
        if parsed.errors:
            self.error_label.setText("  ".join(error_text(e) for e in parsed.errors))
        self.error_label.setVisible(bool(parsed.errors))

    def _emit(self) -> None:
        from desktop_app.core.search import query

        self._show_parse(query.parse(self.edit.text()))
        self.search_changed.emit(self.edit.text())

    def _return_pressed(self) -> None:
        self._emit()
        if not self.filter.errors:
            self.go_to_list.emit()

    def show_count(self, count: int, total: int) -> None:
        self.count_label.setText(self.tr("%1 of %2").replace("%1", f"{count:,}")
                                 .replace("%2", f"{total:,}"))

    # --- completion ---------------------------------------------------------------------------

    def _token(self) -> tuple[int, int, str]:
        """(start, end, text) of the word under the cursor."""
        text, cursor = self.edit.text(), self.edit.cursorPosition()
        start = cursor
        while start > 0 and text[start - 1] not in _STOP:
            start -= 1
        end = cursor
        while end < len(text) and text[end] not in _STOP:
            end += 1
        return start, end, text[start:cursor]

    def completions(self, token: str) -> list[tuple[str, str]]:
        """``[(shown, inserted), ...]`` for the word being typed: keys, or values with counts."""
        from desktop_app.core.search import query

        negated = token[:1] in "-－"
        body = token[1:] if negated else token
        sign = "-" if negated else ""
        colon = next((i for i, ch in enumerate(body) if ch in ":："), None)
        if colon is None:
            if not body:
                return []
            return [(f"{name}:", f"{sign}{name}:") for name in key_names(body.lower())][:20]
        name, typed = body[:colon], body[colon + 1:].lstrip("=＝")
        key = query.KEYS.get(name.lower())
        field = FACET_OF_KEY.get(key or "")
        if field is None:
            return []
        start, end, _ = self._token()
        text = self.edit.text()
        rest_text = text[:start] + text[end:]
        cache_key = (field, rest_text.strip(), self.in_trash)
        values = self._value_cache.get(cache_key)
        if values is None:  # one query per key and rest of the filter; typing filters locally
            from desktop_app.core.search import facets  # (and the models: not at start-up)

            try:
                values = facets.facet_counts(field, query.parse(rest_text).where, limit=200,
                                             in_trash=self.in_trash)
            except ContactBookError:  # the database cannot be read now: no suggestions
                return []
            if len(self._value_cache) > 16:
                self._value_cache.clear()
            self._value_cache[cache_key] = values
        out = []
        for value, n in values:
            shown_value = stage_names().get(value, value) if field == "stage" else value
            if not value or (typed and typed.lower() not in shown_value.lower()
                             and typed.lower() not in value.lower()):
                continue
            inserted = query.format_term(key, [value], "=", negated)
            out.append((f"{name}:{shown_value}    {n:,}", inserted))
        return out[:20]

    def clear_cache(self) -> None:
        """Forget the value counts of the completion (after a write changed them)."""
        self._value_cache.clear()

    def _update_completion(self, _text: str = "") -> None:
        from PySide6.QtGui import QStandardItem  # at the first keystroke, not at start-up

        _, _, token = self._token()
        items = self.completions(token)
        self.completion_model.clear()
        for shown, inserted in items:
            item = QStandardItem(shown)
            item.setData(inserted, INSERT_ROLE)
            self.completion_model.appendRow(item)
        if items:
            self.completer.complete()
        else:
            self.completer.popup().hide()

    def _complete(self, index) -> None:
        inserted = index.data(INSERT_ROLE)
        if not inserted:
            return
        start, end, _ = self._token()
        text = self.edit.text()
        is_key = inserted.endswith(":")
        suffix = "" if is_key else " "
        new = text[:start] + inserted + suffix + text[end:].lstrip()
        self.edit.setText(new)
        self.edit.setCursorPosition(start + len(inserted) + len(suffix))
        if is_key:
            QTimer.singleShot(0, self._update_completion)
        else:
            self._emit()
