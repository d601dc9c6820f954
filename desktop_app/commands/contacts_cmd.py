"""`add` and `list`."""
from __future__ import annotations

import re
import sys

from desktop_app.commands.output import plural

JSON_KEYS = ("id", "city", "company", "product", "deal_size", "deal_value", "name", "title",
             "source", "tag", "phones", "email", "wechat", "stage")
_LABELLED = re.compile(r"^\s*([^\d+:：]+?)\s*[:：]\s*(.+)$")


def register(sub, common) -> None:
    add = sub.add_parser("add", parents=[common], help="add a contact from its naming tag")
    add.add_argument("--tag", required=True,
                     help="城市-公司关键词-产品-销售额-姓名-职位-来源, e.g. 上海-壹点零壹影响力-咨询-1千万-叶辉-创始人-知乎")
    add.add_argument("--phone", action="append", default=[], metavar="[LABEL:]NUMBER",
                     help="a phone number, optionally labelled (手机:138 1234 5678); repeatable")
    add.add_argument("--email", default="", help="e-mail address")
    add.add_argument("--wechat", default="", help="WeChat id (微信号)")
    add.add_argument("--notes", default="", help="free notes")
    add.add_argument("--stage", default="lead", help="线索 已联系 意向 报价 成交 流失 (or lead ...)")
    add.set_defaults(handler=run_add)

    lst = sub.add_parser("list", parents=[common], help="list contacts, optionally filtered")
    lst.add_argument("--filter", default="", metavar="TEXT", help="filter text (see README)")
    lst.add_argument("--format", choices=("table", "tsv", "json"), default="table",
                     help="table for reading, tsv or json for scripts (default: table)")
    lst.add_argument("--limit", type=int, default=None, metavar="N",
                     help="at most N contacts (default: all)")
    lst.add_argument("--trash", action="store_true", help="list the trash instead")
    lst.set_defaults(handler=run_list)


def parse_phone(text: str) -> tuple[str, str]:
    """'办公:021-6123 4567' -> ('办公', '021-6123 4567'); a bare number has no label."""
    m = _LABELLED.match(text)
    return (m.group(1), m.group(2)) if m else ("", text)


def run_add(args, db_path) -> int:
    from desktop_app.core.contacts import records as contacts
    from desktop_app.core.contacts.capture import duplicates
    from desktop_app.commands.opening import open_to_write

    values = contacts.values_from_tag(args.tag, typed=True)
    values.update(email=args.email, wechat=args.wechat, notes=args.notes, stage=args.stage)
    phones = [parse_phone(p) for p in args.phone]
    if not (any(v.strip() for k, v in values.items() if k not in ("notes", "stage")) or phones):
        from desktop_app.core.errors import ValidationError  # (the import skips such rows too)

        raise ValidationError("tag", "Nothing to add: give the lead a --tag (or at least a "
                                     "--phone, --email or --wechat).")
    open_to_write(db_path, create=True)
    # the window's duplicate warning (it asks first; a command says so and adds all the same)
    found = duplicates([number for _label, number in phones], values.get("name", ""),
                       values.get("company", ""))
    contact_id, _ = contacts.create(values, phones)
    _warn_duplicates(found, contacts)
    record = contacts.get(contact_id)
    print(f"{record.id}\t{record.tag}")
    return 0


def _warn_duplicates(found, contacts) -> None:
    """One line on stderr per lead the new one may duplicate, named by its tag."""
    from desktop_app.core.contacts.capture import PHONE
    from desktop_app.core.contacts.phones import display

    tags = {r.id: r.tag for r in contacts.get_many([d.contact_id for d in found])}
    for d in found:
        who = f"#{d.contact_id} {tags.get(d.contact_id) or ''}".rstrip()
        why = (f"has the same phone {display(d.phone)}" if d.why == PHONE
               else "has the same name and company")
        print(f"warning: {who} {why}; added anyway.", file=sys.stderr)


def run_list(args, db_path) -> int:
    import json

    from desktop_app.core.contacts.listing import ids as listed_ids
    from desktop_app.core.errors import ValidationError
    from desktop_app.core.search.group import checked
    from desktop_app.commands.output import table, tsv_cell
    from desktop_app.commands.opening import open_to_read

    if args.limit is not None and args.limit < 1:
        raise ValidationError("limit", "--limit must be 1 or more.")
    open_to_read(db_path)
    flt = checked(args.filter)
    ids = listed_ids(flt.where, in_trash=args.trash)
    matched = len(ids)
    if args.limit is not None:
        ids = ids[:args.limit]
    out = sys.stdout
    if args.format != "table":  # whole records (the table reads only what it shows)
        from desktop_app.core.contacts import records as contacts
    if args.format == "json":
        out.write("[")
        for start in range(0, len(ids), 1000):
            for i, record in enumerate(contacts.get_many(ids[start:start + 1000])):
                item = record.to_json()
                out.write(("," if start or i else "") + "\n  " + json.dumps(
                    {k: item[k] for k in JSON_KEYS} | {k: v for k, v in item.items()
                                                       if k not in JSON_KEYS},
                    ensure_ascii=False))
        out.write("\n]\n" if ids else "]\n")
    elif args.format == "tsv":
        out.write("\t".join(JSON_KEYS) + "\n")
        for start in range(0, len(ids), 1000):
            for record in contacts.get_many(ids[start:start + 1000]):
                item = record.to_json()
                item["phones"] = " / ".join(p["number"] for p in item["phones"])
                out.write("\t".join(tsv_cell(item[k]) for k in JSON_KEYS) + "\n")
    else:
        from desktop_app.core.contacts.stages import LABELS
        from desktop_app.core.contacts.phones import display

        from desktop_app.core.contacts.listing import summaries

        rows = [[str(cid), tag, " / ".join(map(display, phones)), LABELS[stage],
                 grade + ("*" if manual else ""), f"{score:g}"]
                for cid, tag, phones, stage, grade, manual, score in summaries(ids[:5000])]
        print(table(["id", "tag", "phones", "stage", "grade", "score"], rows, max_width=60))
        shown = min(len(ids), 5000)
        print(f"{shown:,} of {plural(matched, 'contact')}" if shown < matched
              else plural(matched, "contact"))
    return 0
