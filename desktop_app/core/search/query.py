"""The filter bar's language: text -> one peewee expression over ``Contact``.

Syntax reference (what the salesperson types)
---------------------------------------------
Words are separated by spaces; every word and term must match (AND).

``咨询  yh  1381  gmail``
    A free word matches when it appears, as a substring and ignoring case, in any of the
    seven naming-tag fields, the extra tag parts, email, WeChat id, notes or the digits of any
    phone number. A word of ASCII letters also matches Chinese tag fields by pinyin: whole
    syllables then the start of one more (``shanghai``, ``shangh``, ``hai``) or initials
    (``sh``, ``yh``), read from any character (see ``core.search.pinyin``).
``城市:上海``  ``city:sh``  ``公司：华信``  ``name:叶``
    A field term: the same substring/pinyin match, within one field. Keys (English or
    Chinese, ``:`` or ``：``): ``city``/``城市``, ``company``/``公司``, ``product``/``产品``,
    ``deal``/``销售额``, ``name``/``姓名``, ``title``/``职位``, ``source``/``来源``,
    ``stage``/``阶段``, ``phone``/``电话``, ``email``/``邮箱``, ``wechat``/``微信``,
    ``notes``/``备注``, ``tag``/``标签``.
``source:=知乎``  ``city=上海``
    Exact value (as stored, case-sensitive): what a click on a facet inserts. ``city:=""``
    finds contacts with no city.
``source:知乎,抖音``  ``来源:知乎，抖音、B站``
    A list (``,`` ``，`` or ``、``) means any of the values (OR).
``deal>=100万``  ``deal:>=100万``  ``销售额<5万``  ``deal:1千万``
    Deal size compares the amount (``>`` ``>=`` ``<`` ``<=``; ``＞ ≥ ≤`` too; amounts as in
    the naming tag: ``100万``, ``1.5亿``, ``200w``, ``80,000``). Without an operator an
    amount means "equal"; a value that is no amount matches the deal-size text (``deal:面议``).
    Contacts without an amount never satisfy a comparison.
``stage:流失``  ``阶段:lead,意向``
    Stage by code (lead, contacted, interested, proposal, won, lost) or label (线索 ... 流失).
``phone:1381``  ``电话:138-1234``
    Digits anywhere in any phone number (separators ignored; ``+86`` dropped).
``tag:incomplete``  ``标签:不完整``  ``tag:complete``
    Naming tag missing a part (any of the seven fields empty), or not.
``last:>7d``  ``上次:<3d``  ``last:today``  ``last:never``
    Days since the last touch (a call, message or visit that reached or tried to reach the
    lead; see ``core.timeline.records``): ``>`` ``>=`` ``<`` ``<=`` or exactly (``last:7d``); units
    ``d``/``天`` (default) and ``w``/``周``; ``today``/``今天``, ``yesterday``/``昨天``;
    ``never`` for leads never touched (they match no comparison).
``unanswered:>=2``  ``未接通:>2``
    Consecutive unanswered attempts (no answer / no reply) since the last answered one.
``due:today``  ``due:overdue``  ``下次:本周``  ``due:none``  ``due:<2026-12-01``
    The lead's next follow-up of its running cadence (``core.followup.agenda.due_term``): ``today``
    今天, ``tomorrow`` 明天, ``overdue`` 逾期, ``week`` 本周 (the next 7 days, overdue
    included), ``none`` 无 (no running cadence), ``any`` 有, or a date compared.
``created:2026Q4``  ``won:2026-11``  ``won:>=90d``  ``reached:意向``  ``lost-from:报价``
    When leads came and closed (the reports write these): ``created``/``创建``,
    ``won``/``成交``, ``lost``/``流失`` take a period (``2026Q4``, ``2026-11``, ``2026``,
    ``2026-11-03``, ``2026-10-01..2026-11-15``, ``this-month``/``本月``, ``last-quarter``/``上季度``
    ...), a date compared (``created:>=2026-10-01``) or an age (``won:<=30d``: won in the last
    30 days); ``won:any``. ``reached``/``到达`` a stage (or a later one; skipped stages count as
    passed; ``reached:意向@2026Q4``: reached during the period), ``lost-from``/``流失于`` a stage,
    ``reason``/``原因`` a lost reason. See ``core.search.stage_terms``.
``grade:A``  ``等级:A,B``  ``grade:=C``  ``-grade:D``
    The lead's grade in force: the manual one, else the one its score and stage earn
    (``core.grading``). ``A级`` is read as ``A``.
``score:>=10``  ``分数:<3``  ``score:0``
    The lead's score (``>`` ``>=`` ``<`` ``<=`` or exactly), as of the day it was last graded.
``cadence:ended``  ``节奏:结束``  ``cadence:running``
    Open leads whose latest cadence ran to its end without a deal (``core.followup.ended``),
    to be re-planned; or the leads running a cadence.
``-stage:流失``  ``-北京``
    A leading ``-`` (or ``－``) excludes what the term matches.
``company:"Acme Corp"``  ``“上海 分公司”``
    Quotes (``"…"``, ``“…”``, ``「…」``) keep spaces and commas inside one value.
``ｃｉｔｙ：ＳＨ``  ``ｄｅａｌ＞＝１００万``
    Full-width letters, digits and signs (a Chinese IME in full-width mode) mean what their
    half-width forms mean (``half_width``); a contains value typed so also finds it stored so,
    and an exact value (``=``) is compared as typed.

A malformed filter never raises: ``parse`` keeps every term it understood and lists what it
could not use in ``Filter.errors`` (unknown key, unclosed quote, bad amount, bad operator,
unknown stage, bad tag value, bad ``last:``/``unanswered:``/``due:``/``grade:``/``score:`` value, phone without digits,
empty value, lone ``-``).

How it runs (``core.search.sql``): the filter becomes one SQL query. Words and text field terms
are full-text lookups in ``contact_search`` (``core.search.index``); a word holding spaces or
punctuation (``wx_12``, ``a@b.cn``) is narrowed by LIKE on the rows the index returns; only a
word without any letter or digit (``@``) scans with LIKE. Values are always SQL parameters.
``Filter.where`` is a plain peewee expression; pass it unchanged to ``contacts.count``,
``contacts.page`` and ``facets.facet_counts``, which then let the index drive (an expression
built on top of it still works, without that help).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from desktop_app.core.contacts import naming_tag
from desktop_app.core.search import sql as query_sql
from desktop_app.core.search import stage_terms
from desktop_app.core.errors import ValidationError
from desktop_app.core.messages import msg
from desktop_app.core.search.sql import TAG_VALUES, TEXT_KEYS
from desktop_app.core.search.terms import Term
from desktop_app.core.contacts.stages import stage_code

KEYS = {
    "city": "city", "城市": "city",
    "company": "company", "公司": "company",
    "product": "product", "产品": "product",
    "deal": "deal", "销售额": "deal",
    "name": "name", "姓名": "name",
    "title": "title", "职位": "title",
    "source": "source", "来源": "source",
    "stage": "stage", "阶段": "stage",
    "phone": "phone", "电话": "phone",
    "email": "email", "邮箱": "email",
    "wechat": "wechat", "微信": "wechat",
    "notes": "notes", "备注": "notes",
    "tag": "tag", "标签": "tag",
    "last": "last", "上次": "last",
    "unanswered": "unanswered", "未接通": "unanswered",
    "due": "due", "下次": "due",
    **stage_terms.KEYS,
    "grade": "grade", "等级": "grade",
    "score": "score", "分数": "score",
    "cadence": "cadence", "节奏": "cadence",
}
# keys whose values are compared (with > >= < <=) rather than matched as text
COMPARABLE = ("deal", "last", "unanswered", "due", "score") + stage_terms.COMPARABLE
COMPARISONS = (">", ">=", "<", "<=")

_SEPARATORS = ",，、"
_NEGATIONS = "-－"
_COLONS = ":："
_QUOTES = {'"': '"', "＂": "＂", "“": "”“", "”": "”“", "「": "」", "『": "』"}
_OPERATOR_CHARS = {">": ">", "＞": ">", "<": "<", "＜": "<", "=": "=", "＝": "=",
                   "≥": ">=", "≤": "<="}
_KEY = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@dataclass(frozen=True)
class FilterError:
    """A part of the filter that was not used. ``code`` is stable (the UI translates it)."""
    code: str  # unknown_key, unclosed_quote, bad_amount, bad_operator, unknown_stage,
    # bad_tag, bad_phone, empty_value, empty_term
    message: str  # English; a ``Message`` (template and values) the UI can translate
    part: str
    start: int
    end: int


@dataclass
class Filter:
    text: str
    where: object | None = None  # a peewee expression, or None for "everything"
    errors: list[FilterError] = field(default_factory=list)
    terms: list[Term] = field(default_factory=list)

    def without(self, term: Term) -> str:
        """The filter text with ``term`` removed (the chip's close button)."""
        before, after = self.text[:term.start].rstrip(), self.text[term.end:].lstrip()
        return f"{before} {after}" if before and after else before + after


def format_term(key: str, values, op: str = ":", negated: bool = False) -> str:
    """The text of a term, quoting values where needed: ``format_term("source", ["知乎"])``."""
    def quote(v: str) -> str:
        special = set(_SEPARATORS) | set(_QUOTES) | set(_COLONS) | set(_OPERATOR_CHARS)
        if v and v[0] not in _NEGATIONS and not any(ch.isspace() or ch in special for ch in v):
            return v
        if '"' not in v:
            return f'"{v}"'
        if "“" not in v and "”" not in v:
            return f"“{v}”"
        return '"' + v.replace('"', "") + '"'
    body = ",".join(quote(v) for v in values)
    sign = "-" if negated else ""
    if key == "text":
        return sign + body
    return f"{sign}{key}{':' if op in (':', '=') else ''}{'' if op == ':' else op}{body}"


# --- parsing --------------------------------------------------------------------------------

def half_width(text: str) -> str:
    """``text`` with each character that NFKC makes one other character replaced by it: the
    full-width letters, digits and signs of a Chinese IME (``ｃｉｔｙ：ＳＨ`` -> ``city:SH``,
    ``１００万`` -> ``100万``, the ideographic space), compatibility ideographs. Chinese text
    is unchanged, and so is the length: a position in it is the same position in ``text``
    (a character NFKC would make several of, ``㎏``, stays as it is)."""
    if text.isascii():
        return text
    out = []
    for ch in text:
        folded = unicodedata.normalize("NFKC", ch)
        out.append(folded if len(folded) == 1 else ch)
    return "".join(out)


class _Parser:
    """Reads the filter in half width (``half_width``); the errors quote it as typed, and an
    exact value (``source:=Ｂ站``, what a facet inserts) is kept as typed: it is compared
    with what is stored, as stored. A contains value typed in full width looks for both."""

    def __init__(self, text: str, today: date):
        self.typed = text
        self.text = half_width(text)
        self.today = today
        self.n = len(text)
        self.terms: list[Term] = []
        self.errors: list[FilterError] = []

    def error(self, code: str, message: str, start: int, end: int) -> None:
        self.errors.append(FilterError(code, message, self.typed[start:end], start, end))

    def read_value(self, i: int, in_list: bool) -> tuple[str, str, int, bool]:
        """One value from ``i``: up to a space (or a list separator); quotes keep both.
        ``(value, as typed, end, quoted)``."""
        text, spans, quoted = self.text, [], False
        while i < self.n:
            ch = text[i]
            if ch.isspace() or (in_list and ch in _SEPARATORS):
                break
            if ch in _QUOTES:
                quoted = True
                close = next((k for k in range(i + 1, self.n) if text[k] in _QUOTES[ch]), None)
                if close is None:
                    self.error("unclosed_quote", msg("Quote not closed; it runs to the end."), i, self.n)
                    spans.append((i + 1, self.n))
                    return self._value(spans) + (self.n, True)
                spans.append((i + 1, close))
                i = close + 1
                continue
            spans.append((i, i + 1))
            i += 1
        return self._value(spans) + (i, quoted)

    def _value(self, spans) -> tuple[str, str]:
        return ("".join(self.text[a:b] for a, b in spans),
                "".join(self.typed[a:b] for a, b in spans))

    def read_operator(self, i: int) -> tuple[str, int]:
        op = ""
        while i < self.n and self.text[i] in _OPERATOR_CHARS and len(op) < 2:
            op += _OPERATOR_CHARS[self.text[i]]
            i += 1
        return op, i

    def parse(self) -> None:
        i = 0
        while i < self.n:
            if self.text[i].isspace():
                i += 1
                continue
            i = self.term(i)

    def term(self, start: int) -> int:
        i, negated = start, False
        if self.text[i] in _NEGATIONS:
            negated, i = True, i + 1
            if i >= self.n or self.text[i].isspace():
                self.error("empty_term", msg("Nothing follows '-'."), start, i)
                return i
        m = _KEY.match(self.text, i)
        if m and m.end() < self.n:
            name, after = m.group(), m.end()
            key = KEYS.get(name.lower())
            if self.text[after] in _COLONS:
                op, j = self.read_operator(after + 1)
                return self.key_term(start, key, name, op or ":", j, negated)
            if key is not None and self.text[after] in _OPERATOR_CHARS:
                op, j = self.read_operator(after)
                return self.key_term(start, key, name, op, j, negated)
        value, typed, end, quoted = self.read_value(i, in_list=False)
        if value or quoted:
            if value:
                values = (value,) if typed == value else (value, typed)
                self.terms.append(Term("text", ":", values, negated, start, end))
            else:
                self.error("empty_value", msg("Empty quotes."), start, end)
        return end

    def key_term(self, start: int, key: str | None, name: str, op: str, i: int,
                 negated: bool) -> int:
        items: list[tuple[str, str, bool, int, int]] = []
        while True:
            item_start = i
            value, typed, i, quoted = self.read_value(i, in_list=True)
            items.append((value, typed, quoted, item_start, i))
            if i < self.n and self.text[i] in _SEPARATORS:
                i += 1
                continue
            break
        if key is None:
            self.error("unknown_key", msg("Unknown key {name!r}; use one of {keys}.", name=name,
                                           keys=", ".join(k for k in KEYS if k.isascii())), start, i)
            return i
        valid_ops = {":", "="} | (set(COMPARISONS) if key in COMPARABLE else set())
        if op not in valid_ops:
            self.error("bad_operator", msg("{name} cannot use {op!r}.", name=name, op=op), start, i)
            return i
        values = []
        for value, typed, quoted, a, b in items:
            if not value and not (quoted and op == "=" and key in TEXT_KEYS and key != "deal"):
                self.error("empty_value", msg("{name}: needs a value.", name=name), a if a < b else start, b)
            elif self.check(key, op, value, a, b):
                text_key = key in TEXT_KEYS and key != "deal"
                if text_key and op == "=":
                    values.append(typed)  # exact: as stored
                    continue
                values.append(value)
                if text_key and typed != value:
                    values.append(typed)  # stored in full width too
        if values:
            self.terms.append(Term(key, op, tuple(values), negated, start, i))
        return i

    def check(self, key: str, op: str, value: str, a: int, b: int) -> bool:
        try:
            return self._check(key, op, value, a, b)
        except (OverflowError, ValueError):  # created:0001-01-01, last:>800000d, 9999-12-31..
            self.error("out_of_range", msg("{value!r} is out of range.", value=value), a, b)
            return False

    def _check(self, key: str, op: str, value: str, a: int, b: int) -> bool:
        if value.isdecimal() and int(value) > naming_tag.MAX_AMOUNT:
            raise OverflowError(value)  # unanswered:>=99999999999999999999: not an SQL integer
        if key == "deal" and op != ":" and naming_tag.deal_value(value) is None:
            self.error("bad_amount", msg("{value!r} is not an amount (e.g. 100万, 1.5亿).", value=value), a, b)
            return False
        if key == "stage":
            try:
                stage_code(value)
            except ValidationError as e:
                self.error("unknown_stage", e.message, a, b)
                return False
        if key == "tag" and value.lower() not in TAG_VALUES:
            self.error("bad_tag", msg("tag: takes complete or incomplete (完整/不完整)."), a, b)
            return False
        if key in query_sql.TIMELINE_KEYS:
            try:
                query_sql.timeline_term(key, op, value, self.today)
            except ValidationError as e:
                self.error("bad_value", e.message, a, b)
                return False
        if key in stage_terms.COMPARABLE + ("reached", "lost-from", "reason"):
            try:
                stage_terms.term(key, op, value, self.today)
            except ValidationError as e:
                self.error("bad_value", e.message, a, b)
                return False
        if key in query_sql.GRADE_KEYS:
            try:
                query_sql.grade_condition(key, op, value)
            except ValidationError as e:
                self.error("bad_value", e.message, a, b)
                return False
        if key == "phone" and not any(ch.isdecimal() for ch in value):
            self.error("bad_phone", msg("phone: needs digits."), a, b)
            return False
        return True


def parse(text: str | None, today: date | None = None) -> Filter:
    """Understand ``text``; never raises. ``where`` is None when nothing filters.

    ``today`` (local) anchors the date terms (``last:``); the UI and CLI pass None for the
    day it is now.
    """
    today = today or date.today()
    parser = _Parser(text or "", today)
    parser.parse()
    return Filter(text=text or "", where=query_sql.where(parser.terms, today),
                  errors=parser.errors, terms=parser.terms)
