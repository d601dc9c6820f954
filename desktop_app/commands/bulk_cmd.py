"""`bulk`: change a field for every contact a filter lists (one transaction)."""
from __future__ import annotations

import sys

from desktop_app.core.contacts.naming_tag import FIELDS
from desktop_app.commands.output import plural

SETTABLE = FIELDS + ("stage", "grade")  # core.contacts.bulk.SETTABLE and the grade (a test)


def register(sub, common) -> None:
    bulk = sub.add_parser("bulk", parents=[common],
                          help="set a naming-tag field or the stage for a filtered group")
    bulk.add_argument("--filter", default="", metavar="TEXT",
                      help="the group (filter text, see README); required unless --all")
    bulk.add_argument("--all", action="store_true", help="change every contact (no filter)")
    bulk.add_argument("--set", required=True, metavar="FIELD=VALUE",
                      help=f"the change, e.g. source=展会, stage=意向 or grade=A (grade=auto "
                           f"clears a grade set by hand); FIELD: "
                           f"{' '.join(SETTABLE)} (or 城市 公司 产品 销售额 姓名 职位 来源 阶段 等级)")
    bulk.set_defaults(handler=run_bulk)


_CHINESE = {"城市": "city", "公司": "company", "产品": "product", "销售额": "deal_size",
            "deal": "deal_size", "姓名": "name", "职位": "title", "来源": "source",
            "阶段": "stage", "等级": "grade"}


def run_bulk(args, db_path) -> int:
    from desktop_app.core.contacts import records as contacts
    from desktop_app.core.search.group import checked
    from desktop_app.core.errors import ValidationError
    from desktop_app.core.backup import BEFORE_BULK
    from desktop_app.commands.opening import backup_before, open_to_write

    field, sep, value = args.set.partition("=")
    field = _CHINESE.get(field.strip(), field.strip().lower())
    if not sep or field not in SETTABLE:
        raise ValidationError("set", f"--set takes FIELD=VALUE with FIELD one of "
                                     f"{', '.join(SETTABLE)}.")
    flt = checked(args.filter)
    if flt.where is None and not args.all:
        raise ValidationError("filter", "--filter is empty: it would change every contact. "
                                        "Give a filter, or --all to mean it.")
    db = open_to_write(db_path)
    ids = contacts.ids(flt.where)
    if ids:
        backup_before(db, BEFORE_BULK)  # as the window does before a change to many contacts
    from desktop_app.core.contacts import editing

    result = editing.set_field(ids, field, value)
    print(f"{len(result.changed):,} of {plural(len(ids), 'contact')} changed", file=sys.stdout)
    stopped = len(result.stopped.contacts) if result.stopped else 0
    if stopped:
        print(f"{stopped:,} closed lead{'s' if stopped != 1 else ''}: cadence stopped",
              file=sys.stdout)
    return 0
