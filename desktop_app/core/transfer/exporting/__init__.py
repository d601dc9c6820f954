"""Export: contacts (by filter or a list of ids) to CSV, .xlsx or vCard 3.0, written atomically.

    ids = contacts.ids(query.parse(text).where)
    result = export_contacts(ids, path, "csv", encoding="utf-8-sig",
                             progress=on_progress, cancel=lambda: flag.is_set())

``ics`` holds the RFC 5545 escaping and folding for the touchpoint calendar export.
"""
from desktop_app.core.transfer.exporting.run import FORMATS, ExportResult, export_contacts, format_for

__all__ = ["FORMATS", "ExportResult", "export_contacts", "format_for"]
