"""Cadence templates in the database: the three built-ins (seeded by migration 5) and the
user's own. ``core.followup.cadence`` keeps the arithmetic; a stored template is a ``CadenceTemplate``
plus its id.

Editing a template changes the running cadences that use it from their next step on (their
start date stays; pending touches keep their dates). Deleting one only marks it: running
cadences must be stopped first, and history keeps its name.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop_app.core.followup.cadence import CadenceTemplate
from desktop_app.core.followup.step_names import parse_days
from desktop_app.core.errors import NotFound, ValidationError
from desktop_app.core.storage.bound import database
from desktop_app.core.when import to_utc, utcnow

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing)
if TYPE_CHECKING:
    from desktop_app.core.changes import Changes

# Reading is plain SQL (a `due` for today projects the running cadences' steps without
# peewee, issue #15); writing uses the models, imported there.
_COLUMNS = ("SELECT id, key, name, days, repeat_every, skip_weekends, skip_holidays, max_retries, "
            "builtin, deleted_at FROM cadence_template ORDER BY position, id")


@dataclass(frozen=True)
class Template:
    """A template as stored: its id, whether it is a built-in, and the arithmetic's value."""
    id: int
    template: CadenceTemplate
    builtin: bool = False
    deleted: bool = False

    @property
    def key(self) -> str:
        return self.template.key

    @property
    def name(self) -> str:
        return self.template.name


def days_text(days) -> str:
    return ",".join(str(int(d)) for d in days)


def _from_row(row: tuple) -> Template:
    """A row of ``_COLUMNS`` as a ``Template``."""
    (template_id, key, name, days, repeat_every, skip_weekends, skip_holidays, max_retries,
     builtin, deleted_at) = row
    tpl = CadenceTemplate(key, name, parse_days(days), repeat_every, bool(skip_weekends),
                          bool(skip_holidays), max_retries)
    return Template(template_id, tpl, bool(builtin), deleted_at is not None)


_cache: list = [None, None]  # [the database object it was read from, {id: Template}]


def _all() -> dict[int, Template]:
    """Every template by id (deleted ones too: history still names them). Cached per
    database object until a template is written here."""
    if _cache[0] is not database.obj or _cache[1] is None:
        rows = database.execute_sql(_COLUMNS).fetchall()
        _cache[:] = [database.obj, {r[0]: _from_row(r) for r in rows}]
    return _cache[1]


def forget() -> None:
    """Drop the cache (after writing templates outside this module, e.g. a restore)."""
    _cache[:] = [None, None]


def templates(include_deleted: bool = False) -> list[Template]:
    """The templates in display order (built-ins first, then the user's own)."""
    return [t for t in _all().values() if include_deleted or not t.deleted]


def by_id(template_id: int) -> Template:
    try:
        return _all()[template_id]
    except KeyError:
        forget()
        found = _all().get(template_id)
        if found is None:
            raise NotFound("No cadence template with id {id}.", id=template_id) from None
        return found


def find(key_or_name: str | int) -> Template:
    """A live template by id, key (any case) or name; NotFound lists the choices."""
    if isinstance(key_or_name, int):
        return by_id(key_or_name)
    wanted = (key_or_name or "").strip()
    live = templates()
    for t in live:
        if wanted.lower() == t.key.lower() or wanted == t.name:
            return t
    choices = ", ".join(f"{t.key} ({t.name})" for t in live)
    raise NotFound("Unknown cadence template {name!r}; use one of {choices}.", name=key_or_name, choices=choices)


def save(tpl: CadenceTemplate, template_id: int | None = None, *,
         now: datetime | None = None) -> tuple[int, Changes]:
    """Add a template (``template_id`` None) or change one; returns its id."""
    from peewee import fn

    from desktop_app.core.storage.schema import Cadence, StoredTemplate as _T

    now = to_utc(now) if now is not None else utcnow()
    values = dict(key=tpl.key.strip(), name=tpl.name.strip(), days=days_text(tpl.days),
                  repeat_every=tpl.repeat_every, skip_weekends=tpl.skip_weekends,
                  skip_holidays=tpl.skip_holidays, max_retries=tpl.max_retries, updated_at=now)
    with database.atomic():
        clash = _T.select(_T.id).where((fn.LOWER(_T.key) == values["key"].lower())
                                       & _T.deleted_at.is_null())
        if template_id is not None:
            clash = clash.where(_T.id != template_id)
        if clash.exists():
            raise ValidationError("key", "A cadence template with key {key!r} exists.", key=tpl.key)
        if template_id is None:
            position = (_T.select(fn.COALESCE(fn.MAX(_T.position), 0)).scalar() or 0) + 1
            template_id = _T.insert(created_at=now, position=position, **values).execute()
        elif not _T.update(**values).where((_T.id == template_id)
                                           & _T.deleted_at.is_null()).execute():
            raise NotFound("No cadence template with id {id}.", id=template_id)
    forget()
    from desktop_app.core.changes import Changes  # (reading a template needs none of it)

    changed = frozenset(c for (c,) in Cadence.select(Cadence.contact).where(
        (Cadence.template == template_id) & (Cadence.status == "active")).tuples())
    return template_id, Changes(touchpoints=changed)


def _refuse_a_grade_procedure(template_id: int) -> None:
    from desktop_app.core.grading import rules  # the grading rules name templates by key

    key = by_id(template_id).key
    grades = sorted(g for g, k in rules.load().procedures.items() if k == key)
    if grades:
        raise ValidationError("template", "Grade {grades}'s procedure is this template; give "
                                          "that grade another procedure first (the grading "
                                          "rules).", grades="/".join(grades))


def delete(template_id: int, *, now: datetime | None = None) -> Changes:
    """Mark a template deleted; refused while cadences using it are running, or while a
    grade's procedure names it (``grade apply`` would then fail)."""
    from peewee import fn

    from desktop_app.core.storage.schema import Cadence, StoredTemplate as _T

    now = to_utc(now) if now is not None else utcnow()
    with database.atomic():
        running = Cadence.select(fn.COUNT(Cadence.id)).where(
            (Cadence.template == template_id) & (Cadence.status == "active")).scalar()
        if running:
            raise ValidationError("template", "{running:,} running cadence(s) use this "
                                              "template; stop them first.", running=running)
        _refuse_a_grade_procedure(template_id)
        if not _T.update(deleted_at=now).where((_T.id == template_id)
                                               & _T.deleted_at.is_null()).execute():
            raise NotFound("No cadence template with id {id}.", id=template_id)
    forget()
    from desktop_app.core.changes import Changes

    return Changes()


