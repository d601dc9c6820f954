"""peewee models over the tables that ``migrations`` creates. Bound late through ``database``."""
from __future__ import annotations

from peewee import (
    BigIntegerField,
    DatabaseProxy,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

database = DatabaseProxy()


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
    import_batch_id = IntegerField(null=True)  # the import that created it (migration 4)


class Phone(BaseModel):
    contact = ForeignKeyField(Contact, backref="phones", on_delete="CASCADE")
    position = IntegerField(default=0)
    label = TextField(default="")
    raw = TextField()
    e164 = TextField(default="")
    digits = TextField(default="")


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


MODELS = [Contact, Phone, ImportBatch, ImportMerge]
