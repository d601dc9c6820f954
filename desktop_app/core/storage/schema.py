"""peewee models over the tables that ``migrations`` creates. Bound late through ``database``."""
from __future__ import annotations

from peewee import (
    BigIntegerField,
    Database,
    DatabaseProxy,
    BooleanField,
    DateField,
    DateTimeField,
    FloatField,
    Field,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from desktop_app.core.storage import bound


class _Proxy(DatabaseProxy):
    """The models' database: ``bound.database``'s, which it follows. Binding this one binds
    that one too (tests and tools bind either); a ``PlainDatabase`` (``plain.open_current``) is
    promoted to the ``ContactDatabase`` on its connection first. Nested ``atomic()`` blocks use
    that database's own savepoints (peewee's proxy would make plain ones, bypassing
    ``ContactDatabase``)."""

    def initialize(self, obj):
        if obj is not None and not isinstance(obj, Database):
            obj = obj.promote()  # (which binds bound.database, and so this one, to it)
        super().initialize(obj)
        if _made and bound.database.obj is not obj:  # (not peewee's initialize(None) in __init__)
            bound.database.initialize(obj)

    def savepoint(self):
        return self.obj.savepoint()


_made = False
database = _Proxy()
_made = True


@bound.database.attach_callback
def _follow() -> None:
    if database.obj is not bound.database.obj:
        database.initialize(bound.database.obj)


_follow()


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class Contact(BaseModel):
    # the seven naming-tag fields
    city = TextField(default="")
    company = TextField(default="")
    product = TextField(default="")
    deal_size = TextField(default="")
    name = TextField(default="")
    title = TextField(default="")
    source = TextField(default="")
    tag_extra = TextField(default="")  # parts beyond the seventh, joined with "-"
    deal_value = BigIntegerField(null=True)  # derived from deal_size on every write
    phone = TextField(default="")  # the first phone as typed, derived, for the list column
    email = TextField(default="")
    wechat = TextField(default="")
    notes = TextField(default="")
    stage = TextField(default="lead")
    created_at = DateTimeField()
    updated_at = DateTimeField()
    deleted_at = DateTimeField(null=True)
    # derived from the contact's interactions, kept current by core.timeline.records in each write
    last_contacted_at = DateTimeField(null=True)
    unanswered_count = IntegerField(default=0)
    # derived from the contact's running cadence, kept current by core.followup.touchpoints
    next_due = DateField(null=True)
    import_batch_id = IntegerField(null=True)  # the import that created it (migration 4)
    # the stages reached, as local dates (migration 8; kept by core.contacts.reach in each write)
    contacted_on = DateField(null=True)
    interested_on = DateField(null=True)
    proposal_on = DateField(null=True)
    won_on = DateField(null=True)  # set while the stage is won
    won_amount = BigIntegerField(null=True)
    lost_on = DateField(null=True)  # set while the stage is lost
    lost_from = TextField(null=True)
    lost_reason = TextField(null=True)
    # kept current by core.grading.score (migration 10): grade = grade_manual or grade_auto
    score = FloatField(default=0)
    grade_auto = TextField(default="D")
    grade_manual = TextField(null=True)
    grade = TextField(default="D")


class Phone(BaseModel):
    contact = ForeignKeyField(Contact, backref="phones", on_delete="CASCADE")
    position = IntegerField(default=0)
    label = TextField(default="")
    raw = TextField()
    e164 = TextField(default="")
    digits = TextField(default="")


class ContactSearch(BaseModel):
    """The FTS5 search index (migration 2; written only by ``core.search.index``).

    Only what queries need: ``rowid`` (= contact id) and the hidden column named like the
    table, the left side of ``MATCH``. Not in MODELS: its text columns are declared in SQL.
    """
    rowid = IntegerField(primary_key=True)
    match_column = Field(column_name="contact_search")

    class Meta:
        table_name = "contact_search"




class Interaction(BaseModel):
    """One entry of a lead's timeline: a logged interaction or a system event (``kind``)."""
    contact = ForeignKeyField(Contact, backref="interactions", on_delete="CASCADE")
    at = DateTimeField()  # when it happened, UTC
    kind = TextField(default="interaction")  # "interaction" or an event kind (core.timeline.channels)
    channel = TextField(null=True)  # interactions only
    direction = TextField(null=True)  # interactions only: "out" / "in"
    outcome = TextField(null=True)  # None: no outcome
    summary = TextField(default="")
    next_step = TextField(default="")
    old_value = TextField(null=True)  # events: from (stage code, naming tag)
    new_value = TextField(null=True)  # events: to
    ref_id = IntegerField(null=True)  # cadence events: the cadence's id
    created_at = DateTimeField()  # when it was recorded, UTC
    deleted_at = DateTimeField(null=True)  # deleted (kept for Undo)
    content_id = IntegerField(null=True)  # the content piece sent (migration 10)


class StoredTemplate(BaseModel):
    """A cadence template (``core.followup.cadence.CadenceTemplate`` plus its id); see cadence_store."""
    key = TextField()
    name = TextField()
    days = TextField()  # day numbers, "1,3,7"
    repeat_every = IntegerField(null=True)
    skip_weekends = BooleanField(default=False)
    skip_holidays = BooleanField(default=False)
    max_retries = IntegerField(default=2)
    builtin = BooleanField(default=False)
    position = IntegerField(default=0)
    created_at = DateTimeField()
    updated_at = DateTimeField()
    deleted_at = DateTimeField(null=True)

    class Meta:
        table_name = "cadence_template"


class Cadence(BaseModel):
    """One cadence started for one lead. ``status``: active, finished, stopped, replaced."""
    contact = ForeignKeyField(Contact, backref="cadences", on_delete="CASCADE")
    template = ForeignKeyField(StoredTemplate, backref="cadences")
    start = DateField()  # day 1
    status = TextField(default="active")
    started_at = DateTimeField()
    ended_at = DateTimeField(null=True)


class Touchpoint(BaseModel):
    """One touch of a cadence. ``status``: due (the one pending touch of a running cadence),
    done, skipped, cancelled (its cadence was stopped or replaced)."""
    contact = ForeignKeyField(Contact, backref="touchpoints", on_delete="CASCADE")
    cadence = ForeignKeyField(Cadence, backref="touchpoints", on_delete="CASCADE")
    step = IntegerField()  # 0-based step index of the template
    retry = IntegerField(default=0)  # k for the k-th retry after "no answer"
    due = DateField()
    status = TextField(default="due")
    outcome = TextField(null=True)
    done_at = DateTimeField(null=True)  # UTC
    interaction = ForeignKeyField(Interaction, null=True, on_delete="SET NULL")
    created_at = DateTimeField()



class Spend(BaseModel):
    """Money spent on a source (来源) in a month (``YYYY-MM``), in yuan (core.reports.spend)."""
    source = TextField()
    month = TextField()
    amount = BigIntegerField()

    class Meta:
        primary_key = False


class ImportBatch(BaseModel):
    created_at = DateTimeField()
    file_name = TextField(default="")
    format = TextField(default="")
    duplicates = TextField(default="")
    created_count = IntegerField(default=0)
    merged_count = IntegerField(default=0)
    skipped_count = IntegerField(default=0)
    undone_at = DateTimeField(null=True)


class ImportMerge(BaseModel):
    batch = ForeignKeyField(ImportBatch, on_delete="CASCADE")
    contact = ForeignKeyField(Contact, on_delete="CASCADE")
    before = TextField()  # JSON: the changed fields' values (and phones) before the merge
    after = TextField()  # JSON: the same keys as the merge left them


class Behaviour(BaseModel):
    """A kind of interaction the user added beside the built-in channels (core.grading)."""
    key = TextField()
    name = TextField()
    direction = TextField(default="in")
    weight = IntegerField(default=0)
    colour = TextField(default="")
    position = IntegerField(default=0)
    created_at = DateTimeField()
    archived_at = DateTimeField(null=True)


class ContentPiece(BaseModel):
    """A piece of content sent to leads: a case study, an article, a quote (core.grading)."""
    name = TextField()
    kind = TextField(default="")
    link = TextField(default="")
    created_at = DateTimeField()
    archived_at = DateTimeField(null=True)


MODELS = [Contact, Phone, Interaction, StoredTemplate, Cadence, Touchpoint, ImportBatch,
          ImportMerge, Behaviour, ContentPiece]
