"""The form of one cadence template (part of the Cadence Templates dialog): name, key, days,
repeat, skips and retries, with the problems shown inline as the user types and a preview of
the dates the touches would fall on if the cadence started today (``core.followup.cadence.schedule``).

Words shared with the template list (``days_words``) live here too."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget,
)

from desktop_app.core.followup import cadence
from desktop_app.core.followup import templates as ct
from desktop_app.core.followup.cadence import CadenceTemplate
from desktop_app.ui.common.words import template_name

PREVIEW_REPEATS = 2  # a repeating template previews this many repeats after its listed days
PREVIEW_MAX = 10

translate = QCoreApplication.translate


def days_words(tpl: CadenceTemplate) -> str:
    """"Days 1, 3, 7, then every 90 days" (第1、3、7天，之后每90天)."""
    joined = translate("TemplateEditor", ", ", "between day numbers").join(map(str, tpl.days))
    text = (translate("TemplateEditor", "Day %1") if len(tpl.days) == 1
            else translate("TemplateEditor", "Days %1")).replace("%1", joined)
    if tpl.repeat_every == 1:
        text += translate("TemplateEditor", ", then every day")
    elif tpl.repeat_every:
        text += translate("TemplateEditor", ", then every %1 days").replace(
            "%1", str(tpl.repeat_every))
    return text


def problem_text(code: str) -> str:
    """A ``core.followup.templates`` problem code in words."""
    return {
        ct.DAYS_EMPTY: translate("TemplateEditor", "Type the touch days, e.g. 1,3,7."),
        ct.DAYS_NOT_NUMBERS: translate(
            "TemplateEditor", "Days are whole numbers separated by commas, e.g. 1,3,7."),
        ct.DAYS_ORDER: translate(
            "TemplateEditor", "Days start at 1 and go up, each once, e.g. 1,3,7."),
        ct.DAYS_TOO_FAR: translate(
            "TemplateEditor", "A day number can be at most %1 (ten years).").replace(
            "%1", str(ct.MAX_DAY)),
        ct.NAME_EMPTY: translate("TemplateEditor", "Give the template a name."),
        ct.NAME_TAKEN: translate("TemplateEditor", "Another template has this name."),
        ct.KEY_EMPTY: translate("TemplateEditor", "Give the template a key."),
        ct.KEY_NOT_ASCII: translate(
            "TemplateEditor", "A key is letters a-z, digits and dashes, e.g. golden-week."),
        ct.KEY_TAKEN: translate("TemplateEditor", "Another template has this key."),
    }.get(code, code)


def _unbroken(text: str) -> str:
    """``text`` that a wrapping label never breaks: word joiners between its characters (a
    line may break between any two Chinese characters, so "10月12日" could end up on two)."""
    return "\u2060".join(text.replace(" ", "\u00a0"))


class TemplateEditor(QWidget):
    """``load()`` a draft, read it back with ``draft()``; ``problems()`` are (field, code).

    Signals:
        changed(): a field changed (the problems and the preview are already updated).
    """

    changed = Signal()

    def __init__(self, today, parent=None):
        super().__init__(parent)
        self.today = today  # callable -> date
        self.template_id: int | None = None
        self._key_follows_name = False
        self._problems: list[tuple[str, str]] = []
        self._names = ("", "")  # (shown, stored) name of the loaded draft
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Reorder week"))
        self.key = QLineEdit()
        self.key.setToolTip(self.tr("A short key in letters a-z for the command line"))
        self.days = QLineEdit()
        self.days.setPlaceholderText("1,3,7")
        self.days.setToolTip(self.tr("Day 1 is the day the cadence starts: 1,3,7 means the "
                                     "start day, two days later and six days later."))
        self.repeat = QSpinBox()
        self.repeat.setRange(0, ct.MAX_DAY)
        self.repeat.setSpecialValueText(self.tr("No repeat"))
        self.repeat.setPrefix(self.tr("every "))
        self.repeat.setSuffix(self.tr(" days"))
        self.skip_weekends = QCheckBox(self.tr("Skip &weekends"))
        self.skip_holidays = QCheckBox(self.tr("Skip China's public &holidays"))
        self.retries = QSpinBox()
        self.retries.setRange(0, ct.MAX_RETRIES)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c62828;")
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview_dates: list[str] = []
        self.note = QLabel()  # what saving does to the leads running the template
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: gray;")
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Key"), self.key)
        form.addRow(self.tr("Touch &days"), self.days)
        form.addRow(self.tr("&After the last day"), self.repeat)
        form.addRow("", self.skip_weekends)
        form.addRow("", self.skip_holidays)
        form.addRow(self.tr("&Retries after no answer"), self.retries)
        form.addRow(self.tr("If started today"), self.preview)
        column = QVBoxLayout(self)  # wrapped labels below the form: a form row clips them
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(form)
        column.addWidget(self.problem)
        column.addWidget(self.note)
        self.name.textChanged.connect(self._name_changed)
        self.key.textEdited.connect(self._key_edited)
        for signal in (self.key.textChanged, self.days.textChanged, self.repeat.valueChanged,
                       self.skip_weekends.toggled, self.skip_holidays.toggled,
                       self.retries.valueChanged):
            signal.connect(self._refresh)

    # --- reading and writing the fields -------------------------------------------------------

    def load(self, draft: ct.Draft, template_id: int | None = None, running: int = 0,
             key_follows_name: bool = False) -> None:
        """Show ``draft``; a new template's key follows its name until the user types one."""
        self.template_id = template_id
        self._key_follows_name = False
        shown = template_name(draft)  # a built-in's English name: saved as it is stored
        self._names = (shown, draft.name)
        self.name.setText(shown)
        self.key.setText(draft.key)
        self.days.setText(draft.days)
        self.repeat.setValue(draft.repeat_every or 0)
        self.skip_weekends.setChecked(draft.skip_weekends)
        self.skip_holidays.setChecked(draft.skip_holidays)
        self.retries.setValue(draft.max_retries)
        self._key_follows_name = key_follows_name
        if key_follows_name:
            self._name_changed(draft.name)
        self.note.setText(self.tr(
            "%n lead(s) run this template. Saving keeps the date of each one's next touch; "
            "the steps after it follow the new days, counted from the lead's day 1.", "",
            running) if running else "")
        self.note.setVisible(bool(running))
        self._refresh()

    def draft(self) -> ct.Draft:
        name = self.name.text()
        if name == self._names[0]:
            name = self._names[1]
        return ct.Draft(name, self.key.text(), self.days.text(),
                        self.repeat.value() or None, self.skip_weekends.isChecked(),
                        self.skip_holidays.isChecked(), self.retries.value())

    def problems(self) -> list[tuple[str, str]]:
        return list(self._problems)

    def set_editing(self, editing: bool) -> None:
        for widget in (self.name, self.key, self.days, self.repeat, self.skip_weekends,
                       self.skip_holidays, self.retries):
            widget.setEnabled(editing)
        self.problem.setVisible(editing and bool(self._problems))
        self.note.setVisible(editing and bool(self.note.text()))

    # --- reacting to typing -------------------------------------------------------------------

    def _name_changed(self, name: str) -> None:
        if self._key_follows_name:
            from desktop_app.core.followup import template_store as cadence_store

            taken = [t.key for t in cadence_store.templates() if t.id != self.template_id]
            self.key.setText(ct.suggest_key(name, taken) if name.strip() else "")
        self._refresh()

    def _key_edited(self, _text: str) -> None:
        self._key_follows_name = False  # the user's own key from now on

    def _refresh(self) -> None:
        draft = self.draft()
        self._problems = ct.check(draft, self.template_id)
        self.problem.setText("\n".join(problem_text(code) for _, code in self._problems))
        self.problem.setVisible(self.name.isEnabled() and bool(self._problems))
        self.preview_dates = self._preview_dates(draft)
        self.preview.setText(self.tr(", ", "between the preview's dates").join(
            _unbroken(d) for d in self.preview_dates) or "—")
        self.changed.emit()

    def preview_text(self) -> str:
        """The preview as plain text: "Tue 11/24, Thu 11/26, Mon 11/30" ("—" for bad days)."""
        return self.tr(", ", "between the preview's dates").join(self.preview_dates) or "—"

    def _preview_dates(self, draft: ct.Draft) -> list[str]:
        """The dates of the first steps if started today (a date never wraps inside);
        "…" last when more follow."""
        days, problem = ct.read_days(draft.days)
        if problem:
            return []
        tpl = CadenceTemplate("preview", "preview", days, draft.repeat_every or None,
                              draft.skip_weekends, draft.skip_holidays)
        count = min(len(days) + (PREVIEW_REPEATS if tpl.repeats else 0), PREVIEW_MAX)
        dates = cadence.schedule(tpl, self.today(), count)
        chinese = self.tr("en", "language of the preview's dates: en or zh") == "zh"
        locale = QLocale(QLocale.Language.Chinese if chinese else QLocale.Language.English,
                         QLocale.Country.China if chinese else QLocale.Country.UnitedStates)
        fmt = self.tr("ddd M/d", "a date of the preview, as a QDate format")
        texts = [locale.toString(QDate(d.year, d.month, d.day), fmt) for d in dates]
        if tpl.repeats or len(dates) < len(days):
            texts[-1] += " …"
        return texts
