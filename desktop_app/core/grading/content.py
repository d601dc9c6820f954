"""Content pieces (a case study, an article, a quote) and what they brought back.

A logged touch may name the piece it sent (``interaction.content_id``); ``report`` counts,
per piece, the times it was sent, the replies (the touch itself was answered, or the lead
wrote or called back within ``REPLY_DAYS``), the reply rate, and the won deals that had
received it (and the amounts they were won at), in one SQL aggregate. A piece that was sent is archived, never deleted.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Iterable

from desktop_app.core.errors import NotFound, ValidationError
from desktop_app.core.storage.rows import chunks, marks
from desktop_app.core.storage.schema import ContentPiece as Row
from desktop_app.core.storage.schema import Interaction, database
from desktop_app.core.when import utc_or_now

REPLY_DAYS = 7
MAX_NAME = 80


@dataclass(frozen=True)
class Piece:
    id: int
    name: str
    kind: str = ""  # 案例, 文章, 报价 ... free text
    link: str = ""  # a web link or a file path
    archived: bool = False


@dataclass(frozen=True)
class ReportRow:
    id: int
    name: str
    kind: str
    sent: int
    replies: int
    won: int  # won leads that received it
    won_value: int  # the amounts they were won at (as the funnel counts them), added up

    @property
    def reply_rate(self) -> float | None:
        return self.replies / self.sent if self.sent else None


def pieces(include_archived: bool = False) -> list[Piece]:
    query = Row.select(Row.id, Row.name, Row.kind, Row.link, Row.archived_at).order_by(Row.id)
    if not include_archived:
        query = query.where(Row.archived_at.is_null())
    return [Piece(i, n, k, lk, a is not None) for i, n, k, lk, a in query.tuples()]


def add(name: str, kind: str = "", link: str = "", *, now: datetime | None = None) -> Piece:
    name = (name or "").strip()
    if not name or len(name) > MAX_NAME:
        raise ValidationError("name", "A content piece needs a name of 1-{max} characters.",
                              max=MAX_NAME)
    with database.atomic():
        if any(p.name.lower() == name.lower() for p in pieces()):
            raise ValidationError("name", "A content piece named {name!r} already exists.",
                                  name=name)
        new_id = Row.insert(name=name, kind=(kind or "").strip(), link=(link or "").strip(),
                            created_at=utc_or_now(now)).execute()
    return Piece(new_id, name, (kind or "").strip(), (link or "").strip())


def find(text: str | int) -> Piece:
    """A live piece by id or name."""
    wanted = str(text).strip()
    for p in pieces():
        if wanted == str(p.id) or wanted.lower() == p.name.lower():
            return p
    raise NotFound("No content piece {text!r}; see contact-book content list.", text=wanted)


def remove(piece_id: int, *, now: datetime | None = None) -> str:
    """Delete a piece never sent ("deleted"), else archive it ("archived")."""
    with database.atomic():
        if Interaction.select().where(Interaction.content_id == piece_id).exists():
            Row.update(archived_at=utc_or_now(now)).where(Row.id == piece_id).execute()
            return "archived"
        Row.delete().where(Row.id == piece_id).execute()
    return "deleted"


def attach(interaction_ids: Iterable[int], piece_id: int | None) -> None:
    """Name the piece these interactions sent (the caller's transaction)."""
    ids = list(interaction_ids)
    for chunk in chunks(ids):
        database.execute_sql(f"UPDATE interaction SET content_id = ? WHERE id IN ({marks(chunk)})",
                             [piece_id, *chunk])


def names() -> dict[int, str]:
    return {p.id: p.name for p in pieces(include_archived=True)}


_REPORT = f"""
SELECT p.id, p.name, p.kind,
       COUNT(s.id),
       COALESCE(SUM(s.outcome IN ('reached', 'replied') OR EXISTS (
           SELECT 1 FROM interaction r WHERE r.contact_id = s.contact_id
           AND r.kind = 'interaction' AND r.deleted_at IS NULL AND r.direction = 'in'
           AND (r.outcome IS NULL OR r.outcome IN ('reached', 'replied'))
           AND r.at > s.at AND r.at <= datetime(s.at, '+{REPLY_DAYS} days'))), 0),
       (SELECT COUNT(*) FROM contact c WHERE c.stage = 'won' AND c.deleted_at IS NULL
        AND c.id IN (SELECT contact_id FROM interaction w WHERE w.content_id = p.id
                     AND w.deleted_at IS NULL)),
       (SELECT COALESCE(SUM(COALESCE(c.won_amount, c.deal_value)), 0) FROM contact c
        WHERE c.stage = 'won'
        AND c.deleted_at IS NULL AND c.id IN (SELECT contact_id FROM interaction w
        WHERE w.content_id = p.id AND w.deleted_at IS NULL))
FROM content_piece p
LEFT JOIN interaction s ON s.content_id = p.id AND s.deleted_at IS NULL
GROUP BY p.id ORDER BY COUNT(s.id) DESC, p.id
"""


def report() -> list[ReportRow]:
    """Every piece (archived ones too, they were sent) with its figures, most sent first."""
    return [ReportRow(*row) for row in database.execute_sql(_REPORT).fetchall()]
