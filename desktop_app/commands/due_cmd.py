"""`due`: the touchpoints due, as a table, JSON or an .ics file.

Its own module (not ``cadence_cmd``'s): ``contact-book due`` builds only its parser and
imports only what it prints with (issue #15: a whole ``due`` at 100,000 leads against a raw
script). Keep the top level to argparse; the work's imports go inside the handler.
"""
from __future__ import annotations

import sys
from datetime import date, timedelta

from desktop_app.commands.dates import day_arg
from desktop_app.commands.output import plural, table

TABLE_ROWS = 5000  # at most, in a table (JSON and .ics: all)


def register(sub, common) -> None:
    due = sub.add_parser(
        "due", parents=[common], help="list the follow-up touchpoints due (or export them)",
        description="List the pending touchpoints due from --date for --days days, in call "
                    "order; when the range starts today (or earlier) the overdue ones come "
                    "first. The later steps of running cadences follow, marked projected "
                    "(computed as if every touch is done on its day; not stored). --ics "
                    "writes the due touchpoints of exactly that range as an iCalendar file "
                    "instead.")
    due.add_argument("--date", metavar="YYYY-MM-DD", default=None, help="first day (default: today)")
    due.add_argument("--days", type=int, default=1, metavar="N", help="how many days (default 1)")
    due.add_argument("--format", choices=("table", "json"), default="table",
                     help="table for reading, json for scripts (default: table)")
    due.add_argument("--ics", metavar="FILE", default=None,
                     help="write the touchpoints as all-day calendar events to FILE")
    due.set_defaults(handler=run_due)


def run_due(args, db_path) -> int:
    from desktop_app.commands.opening import open_to_read
    from desktop_app.core.errors import ValidationError
    from desktop_app.core.followup import agenda

    if args.days < 1:
        raise ValidationError("days", "--days must be 1 or more.")
    today = date.today()
    first = day_arg(args.date, today, "--date")
    last = first + timedelta(days=args.days - 1)
    open_to_read(db_path, models=False)  # (plain SQL: no peewee to import, ~27 ms)
    if args.ics:
        from desktop_app.app import wants_chinese
        from desktop_app.core.transfer import ics
        from desktop_app.core.when import utcnow

        items = agenda.page(first, last, limit=None)
        # the steps named as the window names them on this machine: the stored Chinese, or
        # the English window's words (its source texts: no translation to load, no app)
        if wants_chinese():
            events = ics.touchpoint_events(items)
        else:
            from desktop_app.ui.common.words import step_text

            events = ics.touchpoint_events(items, language="en", step_label=step_text)
        path = ics.write(args.ics, ics.calendar(events, now=utcnow(), name="Contact Book"))
        print(f"Wrote {path}: {plural(len(events), 'touchpoint')} from {first.isoformat()} "
              f"to {last.isoformat()}", file=sys.stderr)
        return 0
    since = None if first <= today else first
    ahead = []
    if last >= today:  # (a range that ends before today has no projected steps)
        from desktop_app.core.followup import projection

        ahead = projection.steps(max(first, today), last, today)
    out = sys.stdout
    if args.format == "json":
        import json

        stored = agenda.count(since, last)
        out.write("[")
        entries = _entries(since, last, ahead, None, stored)
        for i, entry in enumerate(entries):
            out.write(("," if i else "") + "\n  " + json.dumps(
                _json(entry, today) if hasattr(entry, "touchpoint_id") else
                _projected_json(entry, today), ensure_ascii=False))
        out.write("\n]\n" if stored or ahead else "]\n")
        return 0
    # the first TABLE_ROWS in call order, counted apart only when there may be more
    lines = agenda.lines(since, last, limit=TABLE_ROWS)
    stored = len(lines) if len(lines) < TABLE_ROWS else agenda.count(since, last)
    print(table(["due", "kind", "late", "step", "name", "phone", "last"],
                _table_rows(lines, ahead, TABLE_ROWS, today)))
    total = stored + len(ahead)
    shown = min(total, TABLE_ROWS)
    text = f"{shown:,} of {total:,} touchpoints" if shown < total \
        else plural(total, "touchpoint")
    print(text + (f" ({len(ahead):,} projected)" if ahead else ""))
    return 0


class _Ahead:
    """A projected step (``projection.Step``: its fields are this one's) with what the table
    shows of its lead: a row of ``_LEADS``."""
    __slots__ = ("step", "_lead")

    def __init__(self, step, lead: tuple):
        self.step, self._lead = step, lead

    name = property(lambda self: self._lead[5])
    phone = property(lambda self: self._lead[9], doc="the first phone, as typed")
    stage = property(lambda self: self._lead[10])

    @property
    def tag(self) -> str:
        """The lead's naming tag (its module is loaded only for JSON: the table shows none)."""
        from desktop_app.core.contacts.naming_tag import FIELDS, stored_tag

        return stored_tag(dict(zip((*FIELDS, "tag_extra"), self._lead[1:9])))

    def __getattr__(self, key):
        return getattr(self.step, key)


# a projected step's lead: id, the naming tag's fields (naming_tag.FIELDS' order) and its extra
# parts, the first phone as typed, the stage
_LEADS = ("SELECT id, city, company, product, deal_size, name, title, source, tag_extra, phone, "
          "stage FROM contact WHERE id IN ({})")


def _labeller():
    """``code -> its label`` (``grading.labels.label``: core.grading's behaviours are loaded
    only for a behaviour of the user's own), each code worded once."""
    from desktop_app.core.grading.labels import label

    worded: dict[str | None, str] = {}

    def word(code: str | None) -> str:
        if code not in worded:
            worded[code] = label(code)
        return worded[code]
    return word


def _table_rows(lines, ahead, limit, today: date) -> list[list[str]]:
    """The table's rows: ``lines``, the stored touchpoints due (``agenda.lines``: what the
    table shows, no ``Item``s; call order) and then, merged by day, the projected steps: at
    most ``limit`` rows. What repeats from row to row (a day's lateness, a step's label, a
    channel and outcome's words) is worded once."""
    from desktop_app.core.contacts.phones import display, display_all
    from desktop_app.core.followup import agenda

    heads, said = {}, {}  # (day, step) -> the row's first four cells; codes -> their words
    word, step_label = _labeller(), agenda.step_labeller()
    rows = []
    phones = display_all([line[5] for line in lines])
    for (due, template_id, step, retry, name, _, channel, outcome, summary), phone in zip(
            lines, phones):
        try:
            head = heads[due, template_id, step, retry]
        except KeyError:
            days = (today - date.fromisoformat(due)).days
            head = heads[due, template_id, step, retry] = (
                due, "due", f"+{days}" if days > 0 else "",
                step_label(template_id, step, retry))
        try:  # what was said: the words of both codes, then the summary
            words = said[channel, outcome]
        except KeyError:
            words = said[channel, outcome] = " ".join(
                x for x in (word(channel), word(outcome)) if x)
        if summary:
            words = f"{words} {summary}" if words else summary
        rows.append([*head, name, phone, words])
    extra = []
    for entry in _projected(ahead[:max(0, limit - len(lines))]):
        extra.append([entry.due.isoformat(), "projected", "", entry.label, entry.name,
                      display(entry.phone) if entry.phone else "", ""])
    if not extra:
        return rows
    return sorted(rows + extra, key=lambda row: row[0])  # stable: due rows first on a day


def _projected(chosen) -> list[_Ahead]:
    """The projected steps ``chosen`` with what the table shows of their leads (plain SQL:
    no contact records, no peewee, for a `due` of today)."""
    from desktop_app.core.storage.rows import chunks, marks, sql

    leads = {}
    for chunk in chunks(sorted({s.contact_id for s in chosen})):
        leads.update((row[0], row) for row in sql(_LEADS.format(marks(chunk)), chunk))
    return [_Ahead(s, leads[s.contact_id]) for s in chosen]


def _entries(since, last, ahead, limit, stored):
    """The stored touchpoints due in ``since..last`` (call order; ``stored`` of them) and
    then, merged by day, the projected steps: at most ``limit`` entries (None: all)."""
    from desktop_app.core.followup import agenda

    # all of them in one query when they fit
    items = agenda.page(since, last, limit=None if limit is None or stored <= limit else limit)
    chosen = ahead if limit is None else ahead[:max(0, limit - len(items))]
    return sorted(items + _projected(chosen), key=lambda e: e.due)  # stable: due first on a day


def _projected_json(entry, today: date) -> dict:
    return {
        "kind": "projected", "touchpoint_id": None, "contact_id": entry.contact_id,
        "due": entry.due.isoformat(), "days_overdue": 0, "step": entry.label,
        "step_index": entry.step.step, "retry": 0, "cadence_id": entry.cadence_id,
        "name": entry.name, "tag": entry.tag, "phone": entry.phone, "stage": entry.stage,
    }


def _json(item, today: date) -> dict:
    last = item.last
    return {
        "kind": "due", "touchpoint_id": item.touchpoint_id, "contact_id": item.contact_id,
        "due": item.due.isoformat(), "days_overdue": item.days_overdue(today),
        "step": item.label, "step_index": item.step, "retry": item.retry,
        "cadence_id": item.cadence_id, "name": item.name, "tag": item.tag, "phone": item.phone,
        "stage": item.stage, "deal_value": item.deal_value,
        "last": None if last is None else {
            "at": last.at.isoformat() + "Z", "channel": last.channel,
            "direction": last.direction, "outcome": last.outcome, "summary": last.summary},
    }
