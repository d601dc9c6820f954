"""What every row of a call sheet has, measured and made once per sheet (``RowParts``):
``sheet_layout.SheetLayout.row_block`` adds a lead's own texts to them."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRectF

from desktop_app.core.timeline.channels import OUTCOME_CODES
from desktop_app.core.timeline.channels import label as channel_label
from desktop_app.ui.printing.ops import BOX, GREY, LIGHT, Box, Line
from desktop_app.ui.printing.sheet_words import date_text, translate


class RowParts:
    """What every row of a sheet has, measured and made once: its checkbox, outcome boxes,
    "Notes" and rules, the sheet's words, font metrics, and the ops of texts many rows share
    (a phone's label, a badge, a step, each at its few places). ``SheetLayout.row_block``
    uses them."""

    def __init__(self, layout):  # a sheet_layout.SheetLayout
        self.layout = lay = layout
        mm, pad = lay.mm, lay.pad
        self.ascent = {k: fm.ascent() for k, fm in lay.fm.items()}
        self.line_height = {k: fm.height() for k, fm in lay.fm.items()}
        self.mm3, self.mm03, self.mm06 = mm(3), mm(0.3), mm(0.6)
        self.info_text_w = lay.info_w - 2 * pad
        self.meta_w, self.name_w = lay.advance("meta"), lay.advance("name")
        self.grades: dict[str, str] = {}
        self.grade_word = translate("CallSheet", "Grade %1")
        self.no_name = translate("CallSheet", "(no name)")
        self.last_word = translate("CallSheet", "Last %1")
        self.last_note_word = translate("CallSheet", "Last %1: %2")
        self.more_word = translate("CallSheet", "%1 more")
        self.today_word = translate("CallSheet", "Today")
        self.day_format = translate("CallSheet", "d MMM", "a day of the sheet's year, as a "
                                    "QDate format")
        self._days: dict[date, str] = {}
        self.overdue_words: dict[int, str] = {}
        self.badges: dict[tuple, tuple] = {}
        self.steps: dict[tuple, tuple] = {}
        self.step_line_max = max(lay.fm["step"].height(), lay.fm["badge"].height() + mm(0.5))
        self.mm04 = mm(0.4)
        top = pad
        side = mm(4.2)
        self.checkbox = Box(QRectF(mm(1), top + mm(0.8), side, side), mm(0.35))
        # phones
        self.px = lay.x_phone + pad
        self.phone_avail = (lay.phone_w - 2 * pad) - lay.label_w
        self.phone_step = lay.fm["phone"].height() + mm(0.4)
        self._labels: dict[tuple, tuple] = {}
        self._no_phone: dict[float, tuple] = {}
        self.no_phone_word = translate("CallSheet", "(no phone)")
        # outcome boxes and notes
        ox, ow = lay.x_outcome + pad, lay.outcome_w - 2 * pad
        outcome: list = []
        y = self._outcome_boxes(outcome, ox, top, ow)
        self.outcome_boxes = [op for op in outcome if op[0] == BOX]
        self.outcome_words = [op for op in outcome if op[0] != BOX]
        notes_top = y + mm(0.8)
        fm_b = lay.fm["box"]
        self.notes_min = notes_top + 2 * mm(5.5)
        label = translate("CallSheet", "Notes")
        self.notes_label = lay.shapes.op("box", ox, notes_top + fm_b.ascent(), label, GREY)
        self._rules: list[tuple[float, tuple]] = []  # (y, op), top down
        self._rule_first_x = ox + lay.text_width("box", label) + mm(1.5)  # follows 备注
        self._rule_next = notes_top + mm(5.5)
        self._rule_x, self._ox_right, self._rule_w = self._rule_first_x, ox + ow, mm(0.15)
        self._ox = ox
        self._bottoms: dict[float, tuple] = {}

    def day_text(self, on: date) -> str:
        """"2 Dec" in the sheet's year, else the ISO date."""
        text = self._days.get(on)
        if text is None:
            text = self._days[on] = date_text(on, self.day_format) \
                if on.year == self.layout.sheet.day.year else on.isoformat()
        return text

    def phone_label(self, label: str, base: float) -> tuple:
        op = self._labels.get((label, base))
        if op is None:
            lay = self.layout
            op = self._labels[(label, base)] = lay.shapes.op(
                "phone_label", self.px, base,
                lay.elide("phone_label", lay.phone_words[label], lay.label_w - lay.mm(1)), GREY)
        return op

    def no_phone(self, y: float) -> tuple:
        op = self._no_phone.get(y)
        if op is None:
            lay = self.layout
            op = self._no_phone[y] = lay.shapes.op("step", self.px + lay.label_w,
                                                   y + self.ascent["step"], self.no_phone_word,
                                                   GREY)
        return op

    def rules(self, bottom: float) -> list:
        """The notes' rules of a row whose rules may go down to ``bottom``."""
        rules = self._rules
        while not rules or rules[-1][0] <= bottom:  # make them as far as asked, and one more
            y = self._rule_next
            rules.append((y, Line(self._rule_x, y, self._ox_right, y, self._rule_w, LIGHT)))
            self._rule_x, self._rule_next = self._ox, y + self.layout.mm(5.5)
        n = 0
        while rules[n][0] <= bottom:
            n += 1
        return [op for _, op in rules[:n]]

    def bottom_line(self, height: float) -> tuple:
        op = self._bottoms.get(height)
        if op is None:
            lay = self.layout
            op = self._bottoms[height] = Line(0, height, lay.width, height, lay.mm(0.2), GREY)
        return op

    def _outcome_boxes(self, ops: list, x: float, top: float, width: float) -> float:
        """☐Reached ☐No answer ☐Replied ☐No reply (☐接通 ☐未接 ☐已回复 ☐未回复), the outcome
        words of the timeline, in a grid: four across when they fit, else two."""
        lay = self.layout
        fm = lay.fm["box"]
        side = lay.mm(3.2)
        gap = lay.mm(1)
        labels = [channel_label(code, lay.lang) for code in OUTCOME_CODES]
        item_w = side + gap + max(lay.text_width("box", t) for t in labels) + lay.mm(2)
        cols = 4 if item_w * 4 <= width else 2
        col_w = width / cols
        line_h = max(fm.height(), side) + lay.mm(1.2)
        for i, label in enumerate(labels):
            cx = x + (i % cols) * col_w
            mid = top + (i // cols) * line_h + line_h / 2 - lay.mm(0.6)
            ops.append(Box(QRectF(cx, mid - side / 2, side, side), lay.mm(0.3)))
            ops.append(lay.shapes.op("box", cx + side + gap,
                             mid + (fm.ascent() - fm.descent()) / 2, label))
        return top + (len(labels) + cols - 1) // cols * line_h
