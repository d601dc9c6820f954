"""Child process of test_crash_safety: one bulk write, killed (SIGKILL) at a random moment.

``run(op, path, extra, conn)`` runs in a process forked from a multiprocessing fork server
that has already imported the app (so a run starts in milliseconds). It sends "ready" just
before the write, "commit" just before the write's COMMIT (or the restore's page copy, or the
backup's compression), and
"done" when the write returned; then it ends without closing anything, as if it died there.
"""
import os
from datetime import datetime

NOW = datetime(2026, 5, 1, 9, 0)
GENERATE = 20_000


def rebuild_contact(db):
    """A migration step that rebuilds the contact table (create, copy, drop, rename), the
    kind of step that cascade-deletes children when foreign keys are left on."""
    from playhouse.migrate import SqliteMigrator, migrate

    migrate(SqliteMigrator(db).drop_not_null("contact", "notes"))
    db.execute_sql("CREATE INDEX contact_notes ON contact (deleted_at, notes)")


def run(op: str, path: str, extra, conn) -> None:
    from desktop_app.core import backup
    from desktop_app.core.storage import checks
    from desktop_app.core.contacts import records as contacts
    from desktop_app.core.contacts import demo
    from desktop_app.core.storage import migrations
    from desktop_app.core.storage.db import ContactDatabase, open_database

    real_commit = ContactDatabase.commit

    def commit(self):
        conn.send("commit")
        return real_commit(self)

    ContactDatabase.commit = commit
    try:
        if op == "migrate":
            migrations.STEPS = migrations.STEPS + [(migrations.LATEST + 1, rebuild_contact)]
            migrations.LATEST += 1
            conn.send("ready")
            open_database(path)  # the backup before the step, then the step
        else:
            db = open_database(path)
            if op == "restore":
                real_open = checks.open_read_only

                def open_read_only(p, **k):  # the copy into the database starts after this
                    if ".restoring" in os.path.basename(p):
                        conn.send("commit")
                    return real_open(p, **k)

                checks.open_read_only = open_read_only
            elif op == "backup":
                from desktop_app.core.backup import container

                real_compress = container.compress

                def compress(*a, **k):  # the checked copy is made; compressed and renamed next
                    conn.send("commit")
                    return real_compress(*a, **k)

                container.compress = compress
            conn.send("ready")
            if op == "generate":
                demo.generate(GENERATE, seed=7, now=NOW)
            elif op == "trash":
                contacts.trash(contacts.ids(), now=NOW)
            elif op == "untrash":
                contacts.restore(contacts.ids(in_trash=True))
            elif op == "restore":
                backup.restore_backup(db, extra, now=NOW, full_check=False)
            elif op == "backup":
                backup.make_backup(path, "auto", NOW)
            else:
                raise ValueError(op)
        conn.send("done")
    finally:
        os._exit(0)  # no clean close: as if the process died right after the write
