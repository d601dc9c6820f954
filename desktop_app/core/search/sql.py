"""The terms of a parsed filter -> SQL: one peewee expression, and a plan for running it.

Free words and text field terms become FTS5 queries on ``contact_search`` (see
``core.search.index``); the other terms become plain conditions on ``contact``. Values are
always SQL parameters (the FTS5 query text is one too). ``SearchPlan`` keeps the parts apart so
that ``contacts.count``/``contacts.page`` and ``facets`` can let the index drive: a count of
full-text terms never visits the contact table, and a page either looks its matches up or
scans the list's sort index, whichever reads fewer rows.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import reduce
from operator import and_, or_

from peewee import SQL, Expression, fn

from desktop_app.core.contacts import naming_tag
from desktop_app.core.search import index as search_index
from desktop_app.core.search import stage_terms
from desktop_app.core.storage.schema import Contact, ContactSearch, database
from desktop_app.core.contacts.stages import CODES, stage_code

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: ~3 ms)
if TYPE_CHECKING:
    from desktop_app.core.search.terms import Term

# key -> contact column, for keys whose values are text
TEXT_KEYS = {k: k for k in ("city", "company", "product", "name", "title", "source", "email",
                            "wechat", "notes")}
TEXT_KEYS["deal"] = "deal_size"
TEXT_FIELDS = tuple(getattr(Contact, c) for c in search_index.TEXT_COLUMNS)
TAG_VALUES = {"complete": "complete", "完整": "complete",
              "incomplete": "incomplete", "不完整": "incomplete"}
_PHONE_LIKE = re.compile(r"\+?[\d\s\-().]*\d[\d\s\-().]*")


def _search(query: str):
    return (ContactSearch.select(ContactSearch.rowid)
            .where(Expression(ContactSearch.match_column, "MATCH", query)))


def _match(query: str):
    """Contacts whose search document matches the FTS5 ``query`` (a parameter)."""
    return Contact.id.in_(_search(query))


def _any(expressions):
    return reduce(or_, expressions)


def _all(expressions):
    return reduce(and_, expressions)


class _Parts:
    """One term as alternatives: full-text queries (``matches``) and other SQL (``others``)."""

    def __init__(self):
        self.matches: list[str] = []
        self.others: list = []

    def substring(self, word: str, fields, columns, pinyin_columns=()) -> None:
        query, exact = search_index.word_query(word, columns, pinyin_columns)
        if query is not None and exact:
            self.matches.append(query)
            return
        like = _any(f.contains(word) for f in fields)  # LIKE, wildcards escaped
        self.others.append(like if query is None else (_match(query) & like))

    def phone(self, text: str) -> None:
        digits = search_index.ascii_digits(text)
        variants = [digits]
        stripped = text.strip()
        for prefix, code in (("+86", "86"), ("0086", "0086")):  # the country code, typed
            if stripped.startswith(prefix) and digits.startswith(code) and digits != code:
                variants.append(digits[len(code):])
        self.matches.extend(search_index.digits_query(d) for d in variants)

    def query(self) -> str | None:
        if len(self.matches) <= 1:
            return self.matches[0] if self.matches else None
        return " OR ".join(f"({m})" for m in self.matches)

    def expression(self):
        items = list(self.others)
        if self.matches:
            items.insert(0, _match(self.query()))
        return _any(items)


def _deal(op: str, value: str):
    amount = naming_tag.deal_value(value)
    column = Contact.deal_value
    compare = {">": column > amount, ">=": column >= amount, "<": column < amount,
               "<=": column <= amount, "=": column == amount, ":": column == amount}[op]
    return column.is_null(False) & compare  # so that a negation keeps contacts without one


TIMELINE_KEYS = ("last", "unanswered", "due", "cadence")


def timeline_term(key: str, op: str, value: str, today: date):
    """``last:>7d`` / ``unanswered:>=2`` (``core.timeline.records``) and ``due:today``
    (``core.followup.agenda``) -> expression; raises ValidationError for a value they cannot use."""
    if key == "due":
        from desktop_app.core.followup import agenda

        return agenda.due_term("" if op == ":" else op, value, today)
    if key == "cadence":
        from desktop_app.core.followup import ended

        return ended.cadence_term(op, value, today)
    from desktop_app.core.timeline import records as timeline

    return timeline.TERMS[key](op, value, today)


GRADE_KEYS = ("grade", "score")


def grade_condition(key: str, op: str, value: str):
    """``grade:A`` / ``score:>=10`` (``core.grading.terms``) -> expression; ValidationError
    for a value they cannot use. (core.grading loads for these terms only: its rules and
    behaviours are ~15 ms of a ``list --filter source:知乎``.)"""
    from desktop_app.core.grading import terms as grade_terms

    if key == "grade":
        return grade_terms.grade_term([value])
    return grade_terms.score_term(op, value)


def _parts(term: Term, today: date) -> _Parts:
    parts = _Parts()
    key, op = term.key, term.op
    if key == "grade":
        from desktop_app.core.grading import terms as grade_terms

        parts.others.append(grade_terms.grade_term(term.values))
        return parts
    for value in term.values:
        if key == "score":
            parts.others.append(grade_condition(key, op, value))
        elif key in TIMELINE_KEYS:
            parts.others.append(timeline_term(key, op, value, today))
        elif key in stage_terms.COMPARABLE or key in ("reached", "lost-from", "reason"):
            parts.others.append(stage_terms.term(key, op, value, today))
        elif key == "text":
            parts.substring(value, TEXT_FIELDS, search_index.FREE_COLUMNS,
                            search_index.PINYIN_COLUMNS)
            if _PHONE_LIKE.fullmatch(value) and not (value.isascii() and value.isdigit()):
                parts.phone(value)  # (ASCII digits alone: the word query covers phones)
        elif key == "deal" and (op != ":" or naming_tag.deal_value(value) is not None):
            parts.others.append(_deal(op, value))
        elif key in TEXT_KEYS and op == "=":
            parts.others.append(getattr(Contact, TEXT_KEYS[key]) == value)
        elif key in TEXT_KEYS:
            column = TEXT_KEYS[key]
            py = (column + "_py",) if column in search_index.PINYIN_FIELDS else ()
            parts.substring(value, (getattr(Contact, column),), (column,), py)
        elif key == "phone":
            parts.phone(value)
        elif key == "tag":
            fields = [getattr(Contact, f) for f in naming_tag.FIELDS]
            if TAG_VALUES[value.lower()] == "incomplete":
                # few contacts lack a part: the planner reads the seven indexes, not the list
                parts.others.append(fn.likelihood(_any(f == "" for f in fields), SQL("0.001")))
            else:
                parts.others.append(_all(f != "" for f in fields))
    return parts


# A temporary table (per connection) of the ids one full-text match found
# (``SearchPlan.match_once``), which a ``SearchPlan`` with ``matched_in`` reads.
MATCHED_TABLE = "list_matched"


@dataclass
class SearchPlan:
    """How a filter runs: full-text queries that must (``positive``) or must not
    (``negative``) match, stages (``stages``: the codes each stage term allows), and other
    conditions (``rest``, already negated where needed).

    ``Filter.where`` carries it as ``where.search_plan``: ``contacts.count``,
    ``contacts.page`` and ``facets.facet_counts`` use it to count in the index alone and to
    read a page either way (``condition``, ``scan_condition``). Any other use of ``where`` (or of an expression built on it)
    runs the plain expression, which means the same.
    """
    positive: list[str] = field(default_factory=list)
    negative: list[str] = field(default_factory=list)
    stages: list[list[str]] = field(default_factory=list)
    rest: list = field(default_factory=list)
    # the full-text matches were copied into MATCHED_TABLE for this trash state (``match_once``:
    # one match a keystroke for the count and the page); None: match each time
    matched_in: bool | None = None

    def match_once(self, in_trash: bool) -> tuple[int, SearchPlan]:
        """Matches the full-text terms into MATCHED_TABLE of this connection (replacing what
        it held): how many, and this plan reading them there. Raises ``ReadOnlyDatabase`` on
        a connection that cannot write (its temporary tables included)."""
        database.execute_sql(f"CREATE TEMP TABLE IF NOT EXISTS {MATCHED_TABLE} "
                             "(id INTEGER PRIMARY KEY)")
        database.execute_sql(f"DELETE FROM temp.{MATCHED_TABLE}")
        table = ContactSearch._meta.table_name
        matched = database.execute_sql(
            f'INSERT INTO temp.{MATCHED_TABLE} SELECT rowid FROM "{table}" WHERE "{table}" '
            "MATCH ?", (self.fts(in_trash),)).rowcount
        return matched, replace(self, matched_in=in_trash)

    def _matches(self, in_trash: bool):
        """The ids the full-text terms match: the FTS5 lookup, or the temporary table they
        were matched into (same connection, same trash state)."""
        if self.matched_in is in_trash:
            return SQL(f"(SELECT id FROM temp.{MATCHED_TABLE})")
        return _search(self.fts(in_trash))

    def where(self):
        items = []
        if self.positive:
            items.append(_match(" AND ".join(f"({q})" for q in self.positive)))
        items += [~_match(q) for q in self.negative]
        items += [Contact.stage.in_(codes) for codes in self.stages]
        items += self.rest
        return _all(items) if items else None

    def fts(self, in_trash: bool) -> str:
        """One FTS5 query for the full-text terms and the stages (there are positive terms),
        or for the negative terms alone (there is nothing else), in the list or the trash."""
        state = search_index.state_query(in_trash)
        if self.positive:
            query = " AND ".join(f"({q})" for q in self.positive)
            query = (f"({query}) AND {state}" if in_trash else
                     f"({query}) NOT {search_index.state_query(True)}")
            for codes in self.stages:  # the shorter list: "NOT lost" reads less than 5 codes
                others = [c for c in CODES if c not in codes]
                op, listed = ("NOT", others) if len(others) < len(codes) else ("AND", codes)
                if listed:
                    stage = search_index.within(("stage",), " OR ".join(listed))
                    query = f"({query}) {op} {stage}"
        else:
            query = state
        for q in self.negative:
            query = f"({query}) NOT ({q})"
        return query

    def count_query(self, in_trash: bool):
        """A COUNT query driven by the index, or None when the plain expression is better."""
        if not self.positive and (self.rest or self.stages or not self.negative):
            return None  # e.g. "-北京 deal>=100万": let the deal index drive
        if not self.rest:
            return (ContactSearch.select(fn.COUNT(SQL("*")))
                    .where(Expression(ContactSearch.match_column, "MATCH", self.fts(in_trash))))
        return Contact.select(fn.COUNT(SQL("*"))).where(self.condition(in_trash))

    def condition(self, in_trash: bool):
        """The whole condition, trash state included, with the full-text matches (when there
        are positive terms) looked up one by one: for counts and facets."""
        if not self.positive:
            return _all([_state(in_trash), *filter(None, [self.where()])])
        return _all([_state(in_trash, indexed=False),
                     Contact.id.in_(self._matches(in_trash)), *self.rest])

    def scan_condition(self, in_trash: bool):
        """The whole condition for a page read by walking the list's sort index: the
        full-text matches are one set that each walked row is probed in."""
        if not self.positive:
            return self.condition(in_trash)
        return _all([_state(in_trash), (Contact.id + 0).in_(self._matches(in_trash)),
                     *self.rest])


def _state(in_trash: bool, indexed: bool = True):
    """In the list or in the trash. Not ``indexed``: written so that no index on deleted_at
    applies, which leaves the full-text lookups to drive the query whatever the statistics."""
    condition = Contact.deleted_at.is_null(not in_trash)
    return condition if indexed else (condition == 1)


def where(terms: list[Term], today: date):
    plan = SearchPlan()
    for term in terms:
        if term.key == "stage":  # as allowed codes: the stage index serves them, so does FTS
            codes = {stage_code(v) for v in term.values}
            plan.stages.append([c for c in CODES if (c in codes) != term.negated])
            continue
        parts = _parts(term, today)
        if parts.matches and not parts.others:
            (plan.negative if term.negated else plan.positive).append(parts.query())
        else:
            expression = parts.expression()
            plan.rest.append(~expression if term.negated else expression)
    where = plan.where()
    if where is not None:
        where.search_plan = plan
    return where
