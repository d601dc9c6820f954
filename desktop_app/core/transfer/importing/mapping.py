"""Column mapping: guessed from headers (then from values), editable, applied row by row.

``guess_mapping(source)`` gives one ``Column`` (or None) per source column; the wizard shows it
and lets the user change any entry; ``RowBuilder`` turns a raw row into clean contact values
and phones. Nothing in a mapped cell is dropped: a second value for a one-value field, a second
e-mail, an invalid stage or e-mail, cells past the last header all land in the notes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop_app.core.contacts import naming_tag
from desktop_app.core.contacts.records import clean_values
from desktop_app.core.messages import msg
from desktop_app.core.contacts.naming_tag import FIELDS
from desktop_app.core.contacts.phones import PhoneNumber
from desktop_app.core.contacts.stages import find_stage
from desktop_app.core.transfer.importing.base import RawRow, Source
from desktop_app.core.transfer.importing.fields import field_name
from desktop_app.core.transfer.importing.headers import (TARGETS, Column, column_name, norm,
                                                        phone_label, recognise)
from desktop_app.core.transfer.importing.phonefast import normalize_phone

SINGLE = FIELDS + ("tag_extra", "email", "wechat", "stage")
NAME_PARTS = ("name_family", "name_middle", "name_given")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")
_PHONE_LIKE = re.compile(r"^\+?[\d\s\-().]{7,24}$")
_EMAIL_LIKE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# Outlook's CSV export (English or Chinese Outlook) writes these for every contact, most of
# them the same placeholder ("SMTP", "Normal", "False", "Unspecified", "0/0/00", the e-mail
# again as "张伟 (zw@huawei.com)"): sent to the notes as unrecognised columns, they buried each
# contact's own notes under seven lines of machinery. Three of them in the header mean Outlook.
_OUTLOOK_MACHINERY = frozenset(norm(h) for h in (
    "E-mail Type", "E-mail Display Name", "E-mail 2 Type", "E-mail 2 Display Name",
    "E-mail 3 Type", "E-mail 3 Display Name", "Priority", "Private", "Sensitivity",
    "Internet Free Busy", "Initials",
    "电子邮件类型", "电子邮件显示名称", "电子邮件 2 类型", "电子邮件 2 显示名称", "电子邮件 3 类型",
    "电子邮件 3 显示名称", "优先级", "私有", "敏感度", "Internet 忙闲", "缩写"))
# Outlook's columns that hold a contact's own data when filled in (kept in the notes) and its
# placeholder when not (left out): "Gender: Unspecified", "Anniversary: 0/0/00"
_OUTLOOK_OWN = frozenset(norm(h) for h in ("Gender", "Anniversary", "性别", "纪念日"))
_OUTLOOK_NO_DATE = "0/0/00"  # Outlook's empty Birthday (a date no one has)
_OUTLOOK_PLACEHOLDERS = frozenset((_OUTLOOK_NO_DATE, "Unspecified", "未指定"))
_SEPARATORS = re.compile("[" + re.escape(naming_tag.SEPARATOR_CHARS) + "]")
_PHONE_SPLIT = re.compile(r"\s*(?:\n|:::|;|；|，|、|\s/\s|,(?=\s*[+\d(]))\s*")
# "手机: 138 1234 5678": a label holds no colon and at least one character a number cannot
_LABELLED = re.compile(r"^([^:：]*?[^\d\s+()（）\-.:：][^:：]*?)\s*[:：]\s*(.+)$")
_EMAIL_SPLIT = re.compile(r"\s*(?::::|;|；|,|，|\s)\s*")
_SCIENTIFIC = re.compile(r"^\d(?:\.\d+)?E\+\d+$", re.IGNORECASE)
_CJK = re.compile(r"[\u3400-\u9fff\U00020000-\U0003134f]")


def unguard(cell: str) -> str:
    """Undo our CSV export's formula guard: "'=x" -> "=x", "''x" -> "'x" (only there)."""
    if len(cell) > 1 and cell[0] == "'" and cell[1] in "=+-@\t\r\n'":
        return cell[1:]
    return cell


def _looks(values: list[str], test) -> bool:
    values = [v.strip() for v in values if v and v.strip()]
    return bool(values) and sum(1 for v in values if test(v)) >= 0.6 * len(values)


def _is_tag(v: str) -> bool:
    return len(_SEPARATORS.findall(v)) >= 4


def _is_phone(v: str) -> bool:
    v = unguard(v)
    return bool(_PHONE_LIKE.match(v)) and 7 <= sum(ch.isdigit() for ch in v) <= 15


def guess_mapping(source: Source, sample: list[RawRow] | None = None) -> list[Column | None]:
    """One entry per column of ``source.headers``: recognised header, else a guess from values."""
    headers = source.headers
    columns: list[Column | None] = [recognise(h) if source.header_line or source.fixed_mapping
                                    else None for h in headers]
    keys = [norm(h) for h in headers]
    if "jobtitle" in keys:  # Outlook: "Title" is Mr./Ms.
        columns = [Column("ignore") if k == "title" else c for k, c in zip(keys, columns)]
    if source.header_line and sum(k in _OUTLOOK_MACHINERY or k in _OUTLOOK_OWN
                                  for k in keys) >= 3:
        columns = [Column("ignore") if k in _OUTLOOK_MACHINERY else c
                   for k, c in zip(keys, columns)]
    names = [i for i, c in enumerate(columns) if c and c.target == "name"]
    if len(names) > 1 and not any(c and c.target == "company" for c in columns):
        for i in names:
            if keys[i] in ("客户名称", "客户", "客户公司"):
                columns[i] = Column("company")
                break
    if source.fixed_mapping:
        return columns
    if source.own_format:
        return _unmapped_to_notes(columns, headers)
    sample = sample if sample is not None else source.preview(50)
    for i, col in enumerate(columns):
        if col is not None:
            if col.target == "tag":
                values = [r.cells[i] for r in sample if i < len(r.cells) and r.cells[i].strip()]
                if values and not any(_SEPARATORS.search(v) for v in values):
                    columns[i] = Column("notes")  # a "标签" column of labels, not naming tags
            continue
        values = [r.cells[i] for r in sample if i < len(r.cells)]
        taken = {c.target for c in columns if c}
        if _looks(values, _is_tag) and "tag" not in taken:
            columns[i] = Column("tag")
        elif _looks(values, _is_phone):
            columns[i] = Column("phone")
        elif _looks(values, lambda v: bool(_EMAIL_LIKE.match(v))) and "email" not in taken:
            columns[i] = Column("email")
    return _unmapped_to_notes(columns, headers)


def _unmapped_to_notes(columns: list[Column | None], headers: list[str]
                       ) -> list[Column | None]:
    """A column nothing was recognised for goes to the notes under its header ("地址: 北京",
    "Column 3: ..." without a header row): nothing in a row is dropped unless the user
    chooses "ignore". The header is the column's ``label``: what its notes start with."""
    return [Column("notes", label=_header_label(h) or column_name(i)) if c is None else c
            for i, (c, h) in enumerate(zip(columns, headers))]


def _header_label(header) -> str:
    """A header as a notes label: a name the reader made ("Column 3") stays a message the UI
    can translate; a header from the file is stripped."""
    return header if hasattr(header, "template") else (header or "").strip()


def parse_overrides(text: str, headers: list[str]) -> dict[int, Column | None]:
    """CLI ``--mapping "客户=name,3=phone,备注2=ignore"``: a header (or 1-based index) = target."""
    out: dict[int, Column | None] = {}
    for item in filter(None, (p.strip() for p in re.split(r"[,，;；]", text or ""))):
        if "=" not in item:
            raise ValueError(f"mapping {item!r}: write COLUMN=FIELD")
        column, target = (x.strip() for x in item.rsplit("=", 1))
        label = ""
        if ":" in target:
            target, label = (x.strip() for x in target.split(":", 1))
        if target not in TARGETS:
            raise ValueError(f"mapping {item!r}: unknown field {target!r} (one of "
                             f"{', '.join(TARGETS)})")
        if column.isdigit() and 1 <= int(column) <= len(headers):
            index = int(column) - 1
        elif column in headers:
            index = headers.index(column)
        else:
            raise ValueError(f"mapping {item!r}: no column {column!r}")
        out[index] = None if target == "ignore" else Column(target, label=label)
    return out


@dataclass
class Candidate:
    """One row made ready to write: clean values, normalised phones, what was noticed."""

    line: int
    values: dict[str, str]
    phones: list[PhoneNumber]
    warnings: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        v = self.values
        return not (self.phones or any(v.get(f) for f in FIELDS) or v.get("email")
                    or v.get("wechat") or v.get("tag_extra"))


def compose_name(family: str, middle: str, given: str) -> str:
    parts = [p for p in (family, middle, given) if p]
    if any(_CJK.search(p) for p in parts):
        return "".join(parts)
    return " ".join(p for p in (given, middle, family) if p)


def split_phones(cell: str, default_label: str = "") -> list[tuple[str, str]]:
    """'手机: 138 1234 5678\\n办公: 021-6123 4567' -> [(手机, ...), (办公, ...)]."""
    out = []
    for entry in _PHONE_SPLIT.split(cell):
        entry = unguard(entry.strip())
        if not entry:
            continue
        m = _LABELLED.match(entry) if (":" in entry or "：" in entry) else None
        if m and not _is_phone(entry):
            out.append((m.group(1), m.group(2).strip()))
        else:
            out.append((default_label, entry))
    return out


# Field caps: a value past them is cut and the report says so (row, column). They bound the
# work and memory a hostile or broken file can cause: the pinyin and search index of a 1 MB
# cell took seconds, of a 50 MB one gigabytes.
MAX_NOTES = 10_000  # the notes of one contact (all the columns that go there, together)
MAX_TAG_PART = 200  # each naming-tag field (city, company, ... name ...) and each extra part
CELL_CAPS = {
    "notes": MAX_NOTES, "tag": 1 << 62, "tag_extra": 4 * MAX_TAG_PART,  # a tag: by its parts
    "phone": 1_000, "email": 1_000, "wechat": 100, "stage": 100, "phone_label": 100,
}  # every other target (the seven fields, name parts): MAX_TAG_PART


class RowBuilder:
    """Applies a mapping to raw rows. ``guarded``: undo our CSV formula guard in every cell."""

    def __init__(self, headers: list[str], columns: list[Column | None], guarded: bool = False):
        self.headers = headers
        self.columns = list(columns) + [None] * max(0, len(headers) - len(columns))
        self.guarded = guarded
        # with all seven fields and tag_extra in their own columns the tag adds nothing
        self.extra_column = any(c is not None and c.target == "tag_extra" for c in columns)
        # only the mapped columns are visited: (index, column, header)
        self.mapped = [(i, c, h) for i, (c, h) in enumerate(zip(self.columns, headers))
                       if c is not None and c.target not in (None, "ignore")]

    def build(self, row: RawRow) -> Candidate:
        fields: dict[str, str] = {}
        parts: dict[str, str] = {}
        notes: list[str] = []
        extra_notes: list[str] = []
        phone_cells: list[tuple[str, str, str]] = []
        labels: dict[str, str] = {}
        tag_text = ""
        warnings = list(row.warnings)
        cells = row.cells
        width = len(cells)
        own = self.guarded

        def cut(text: str, cap: int, field) -> str:
            if len(text) <= cap:
                return text
            warnings.append(msg("{field}: cut to {max} characters (it had {length})",
                                field=field, max=cap, length=len(text)))
            return text[:cap]
        for i, col, header in self.mapped:
            if i >= width:
                break
            cell = cells[i]
            if not cell:
                continue
            if own and cell[0] == "'":
                cell = unguard(cell)
            if cell.isspace():
                continue
            target = col.target
            cell = cut(cell, CELL_CAPS.get(target, MAX_TAG_PART), header)
            if target == "notes":
                text = cell.replace("\r\n", "\n").rstrip()
                if text in _OUTLOOK_PLACEHOLDERS:
                    continue
                if col.label:  # a column nothing was recognised for: "地址: 北京"
                    extra_notes.append(f"{col.label}: {text}")
                else:
                    notes.append(text if not notes else f"{header}: {text}")
            elif target == "phone":
                phone_cells.append((col.pair, col.label, cell))
                if _SCIENTIFIC.match(cell.strip()):
                    warnings.append(msg("phone {number} is in scientific notation: the "
                                        "spreadsheet has lost its last digits", number=cell.strip()))
            elif target == "phone_label":
                labels[col.pair] = cell.strip()
            elif target == "tag" and not tag_text:
                tag_text = cell
            elif target in NAME_PARTS:
                if target in parts:
                    extra_notes.append(f"{header}: {cell.strip()}")
                else:
                    parts[target] = cell.strip()
            elif target in fields or target == "tag":
                extra_notes.append(f"{header}: {cell.strip()}")
            else:
                fields[target] = cell.strip()
        for i in range(len(self.headers), width):  # cells past the last header
            cell = unguard(cells[i] or "") if own else (cells[i] or "")
            if cell.strip():
                extra_notes.append(f"{column_name(i)}: {cut(cell.strip(), MAX_NOTES, column_name(i))}")

        values: dict[str, str] = {}
        if tag_text and not (self.extra_column and all(fields.get(f) for f in FIELDS)):
            tag = naming_tag.parse(tag_text)
            values.update((f, cut(v, MAX_TAG_PART, field_name(f)))
                          for f, v in tag.fields().items())
            values["tag_extra"] = naming_tag.SEPARATOR.join(
                cut(naming_tag.clean_field(x), MAX_TAG_PART, field_name("tag_extra"))
                for x in tag.extra)
        for key in FIELDS + ("tag_extra", "wechat"):
            if fields.get(key):
                values[key] = fields[key]
        if not values.get("name") and parts:
            values["name"] = cut(compose_name(parts.get("name_family", ""),
                                              parts.get("name_middle", ""),
                                              parts.get("name_given", "")),
                                 MAX_TAG_PART, field_name("name"))
        if fields.get("email"):
            emails = [e for e in _EMAIL_SPLIT.split(fields["email"]) if e]
            good = [e for e in emails if "@" in e]
            if good:
                values["email"] = good[0]
            for e in emails:
                if e not in good[:1]:
                    extra_notes.append(f"邮箱: {e}")
            if not good:
                warnings.append(msg("not an e-mail address, kept in the notes: {email}", email=fields["email"]))
        if fields.get("stage"):
            code = find_stage(fields["stage"])
            if code:
                values["stage"] = code
            else:
                extra_notes.append(f"阶段: {fields['stage']}")
                warnings.append(msg("unknown stage {stage!r}, kept in the notes", stage=fields["stage"]))
        all_notes = notes + extra_notes
        if all_notes:
            values["notes"] = cut("\n".join(all_notes), MAX_NOTES, field_name("notes"))
        if values.get("tag_extra"):
            values["tag_extra"] = cut(naming_tag.SEPARATOR.join(
                cut(x, MAX_TAG_PART, field_name("tag_extra"))
                for x in values["tag_extra"].split(naming_tag.SEPARATOR)),
                CELL_CAPS["tag_extra"], field_name("tag_extra"))

        phones: list[PhoneNumber] = []
        seen: set[str] = set()
        for pair, label, cell in phone_cells:
            label = phone_label(labels[pair]) if labels.get(pair) else label
            for entry_label, raw in split_phones(cell, label):
                number = normalize_phone(raw, entry_label)
                key = number.e164 or number.digits or number.raw
                if key and key not in seen:
                    seen.add(key)
                    phones.append(number)
        return Candidate(row.line, clean_values({k: v for k, v in values.items() if v}), phones,
                         warnings)
