"""The rows of a database or of a backup (compressed or not), to compare what they hold.

The search index (``contact_search``, ``search_dirty``) is left out: backups leave it out and
restoring rebuilds it, so it is derived data, not content.
"""
import sqlite3
from pathlib import Path

from desktop_app.core.storage import checks
from desktop_app.core.backup import container

INDEX_TABLES = ("contact_search", "search_dirty")


def data_digests(path) -> dict:
    path = Path(path)
    if container.is_compressed(path):
        plain = path.with_name(f".{path.name}.digest")
        with open(plain, "wb") as out:
            container.decompress(path, out.write)
        try:
            return data_digests(plain)
        finally:
            plain.unlink()
    con = sqlite3.connect(path)
    try:
        return {t: d for t, d in checks.table_digests(con).items()
                if not t.startswith(INDEX_TABLES)}
    finally:
        con.close()
