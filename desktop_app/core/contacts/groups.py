"""Saved filters ("groups"): a name and a filter text, shown in the sidebar with live counts."""
from __future__ import annotations

from dataclasses import dataclass

from desktop_app.core.contacts import listing
from desktop_app.core.search import query
from desktop_app.core.when import utcnow
from desktop_app.core.errors import NotFound, ValidationError
from desktop_app.core.storage.schema import database


@dataclass(frozen=True)
class Group:
    id: int
    name: str
    filter: str
    position: int


def _clean_name(name: str) -> str:
    name = (name or "").strip()
    if not name:
        raise ValidationError("name", "A group needs a name.")
    return name


def _check_unique(name: str, exclude: int | None = None) -> None:
    row = database.execute_sql("SELECT id FROM saved_filter WHERE name = ?", (name,)).fetchone()
    if row is not None and row[0] != exclude:
        raise ValidationError("name", "A group named {name!r} already exists.", name=name)


def create(name: str, filter_text: str) -> int:
    """Save ``filter_text`` as a group called ``name``; returns its id."""
    name, filter_text = _clean_name(name), (filter_text or "").strip()
    with database.atomic():
        _check_unique(name)
        position = database.execute_sql(
            "SELECT COALESCE(MAX(position), 0) + 1 FROM saved_filter").fetchone()[0]
        cursor = database.execute_sql(
            "INSERT INTO saved_filter (name, filter, position, created_at) VALUES (?, ?, ?, ?)",
            (name, filter_text, position, utcnow().isoformat(" ")))
        return cursor.lastrowid


def rename(group_id: int, name: str) -> None:
    name = _clean_name(name)
    with database.atomic():
        get(group_id)
        _check_unique(name, exclude=group_id)
        database.execute_sql("UPDATE saved_filter SET name = ? WHERE id = ?", (name, group_id))


def set_filter(group_id: int, filter_text: str) -> None:
    with database.atomic():
        get(group_id)
        database.execute_sql("UPDATE saved_filter SET filter = ? WHERE id = ?",
                             ((filter_text or "").strip(), group_id))


def delete(group_id: int) -> Group:
    """Remove a group; returns it (to re-create on undo)."""
    with database.atomic():
        group = get(group_id)
        database.execute_sql("DELETE FROM saved_filter WHERE id = ?", (group_id,))
    return group


def restore(group: Group) -> None:
    """Put a deleted group back with its id and position."""
    database.execute_sql(
        "INSERT INTO saved_filter (id, name, filter, position, created_at) VALUES (?, ?, ?, ?, ?)",
        (group.id, group.name, group.filter, group.position, utcnow().isoformat(" ")))


def get(group_id: int) -> Group:
    row = database.execute_sql("SELECT id, name, filter, position FROM saved_filter WHERE id = ?",
                               (group_id,)).fetchone()
    if row is None:
        raise NotFound("No group with id {id}.", id=group_id)
    return Group(*row)


def all_groups() -> list[Group]:
    return [Group(*r) for r in database.execute_sql(
        "SELECT id, name, filter, position FROM saved_filter ORDER BY position, id")]


def count(group: Group, *, in_trash: bool = False) -> int:
    """How many contacts the group's filter matches now."""
    return listing.count(query.parse(group.filter).where, in_trash=in_trash)


__all__ = [
    "Group",
    "all_groups",
    "count",
    "create",
    "delete",
    "get",
    "rename",
    "restore",
    "set_filter",
]
