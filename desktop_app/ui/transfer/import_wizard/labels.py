"""Words for what the core returns as codes: target fields, formats, reasons, policies."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.core.transfer.importing import TARGETS, Column
from desktop_app.ui.common.core_text import message_text


translate = QCoreApplication.translate


def target_label(target: str | None) -> str:
    words = {
        None: translate("ImportWizard", "(ignore)"),
        "ignore": translate("ImportWizard", "(ignore)"),
        "tag": translate("ImportWizard", "Naming tag (all 7 parts)"),
        "city": translate("ImportWizard", "City"),
        "company": translate("ImportWizard", "Company keyword"),
        "product": translate("ImportWizard", "Product"),
        "deal_size": translate("ImportWizard", "Deal size"),
        "name": translate("ImportWizard", "Name"),
        "title": translate("ImportWizard", "Title"),
        "source": translate("ImportWizard", "Source"),
        "tag_extra": translate("ImportWizard", "Extra tag"),
        "phone": translate("ImportWizard", "Phone"),
        "phone_label": translate("ImportWizard", "Phone label"),
        "email": translate("ImportWizard", "E-mail"),
        "wechat": translate("ImportWizard", "WeChat"),
        "notes": translate("ImportWizard", "Notes"),
        "stage": translate("ImportWizard", "Stage"),
        "name_family": translate("ImportWizard", "Family name"),
        "name_given": translate("ImportWizard", "Given name"),
        "name_middle": translate("ImportWizard", "Middle name"),
    }
    return words.get(target, target or "")


def column_label(column: Column | None) -> str:
    """A mapping choice: "Phone (手机)" for a phone column with its label."""
    if column is None or column.target in (None, "ignore"):
        return target_label(None)
    text = target_label(column.target)
    return f"{text} ({column.label})" if column.label else text


def choices(guessed: Column | None) -> list[Column | None]:
    """What a column's combo box offers: (ignore), every target, and the guess when it carries
    more than its target (a phone label, a Google "Phone 1" pair)."""
    out: list[Column | None] = [None] + [Column(t) for t in TARGETS if t != "ignore"]
    if guessed is not None and guessed.target not in (None, "ignore") and guessed not in out:
        out.insert(out.index(Column(guessed.target)) + 1, guessed)
    return out


def normal(column: Column | None) -> Column | None:
    """``None`` for an ignored column; a notes label the core wrote for a file without headers
    ("Column 5") in the UI's language ("第 5 列"): the notes keep what the user read."""
    if column is None or column.target in (None, "ignore"):
        return None
    if hasattr(column.label, "template"):
        return Column(column.target, label=message_text(column.label), pair=column.pair)
    return column


def format_label(fmt: str) -> str:
    return {
        "csv": translate("ImportWizard", "CSV text"),
        "tsv": translate("ImportWizard", "Tab-separated text"),
        "xlsx": translate("ImportWizard", "Excel workbook (.xlsx)"),
        "vcard": translate("ImportWizard", "vCard (.vcf)"),
    }.get(fmt, fmt)


def delimiter_label(delimiter: str) -> str:
    return {
        ",": translate("ImportWizard", "comma (,)"),
        ";": translate("ImportWizard", "semicolon (;)"),
        "\t": translate("ImportWizard", "tab"),
        "|": translate("ImportWizard", "vertical bar (|)"),
    }.get(delimiter, repr(delimiter))


def reason_label(code: str) -> str:
    return {
        "unreadable": translate("ImportWizard", "Unreadable"),
        "empty": translate("ImportWizard", "No contact data"),
        "duplicate": translate("ImportWizard", "Duplicate"),
        "invalid": translate("ImportWizard", "Invalid values"),
        "warning": translate("ImportWizard", "Warning"),
    }.get(code, code)


def policy_label(policy: str) -> str:
    return {
        "merge": translate("ImportWizard",
                           "Merge into the existing contact (fill in what is missing)"),
        "skip": translate("ImportWizard", "Skip the row"),
        "create": translate("ImportWizard", "Create a new contact anyway"),
    }.get(policy, policy)


def detail_text(issue) -> str:
    """The core's detail of a skipped row or a warning (a ``Message``) in the user's words."""
    return message_text(issue.detail)
