"""`cadence`: start and stop cadences, list and edit their templates (`due` is ``due_cmd``)."""
from __future__ import annotations

import argparse
import json
from datetime import date

from desktop_app.commands.dates import day_arg
from desktop_app.commands.output import plural, table

TEMPLATE_HELP = "golden-week (黄金七天), close-21 (21天成交), nurture (长期培育) or your own"


def register(sub, common) -> None:
    cad = sub.add_parser("cadence", parents=[common], help="start or stop follow-up cadences",
                         description="Follow-up cadences: a template of touch days per lead.")
    actions = cad.add_subparsers(dest="action", metavar="ACTION", required=True)
    start = actions.add_parser("start", parents=[common], help="start a cadence for leads")
    _who(start)
    start.add_argument("--template", required=True, metavar="NAME", help=TEMPLATE_HELP)
    start.add_argument("--from", dest="start", metavar="YYYY-MM-DD", default=None,
                       help="day 1 (default: today)")
    start.add_argument("--from-won", action="store_true",
                       help="day 1 is each 成交 lead's won date (re-marketing, e.g. with "
                            "nurture); steps before today are skipped; other leads left out")
    start.add_argument("--include-closed", action="store_true",
                       help="start it for 成交/流失 (won/lost) leads too (left out by default)")
    start.add_argument("--per-day", type=int, metavar="N", default=None,
                       help="at most N first touches a day; more leads start on the next "
                            "working days, most valuable first (default: the setting "
                            "first-touches-per-day, 50)")
    existing = start.add_mutually_exclusive_group()
    existing.add_argument("--replace", action="store_true",
                          help="replace the cadence of leads that already run one")
    existing.add_argument("--skip-existing", action="store_true",
                          help="leave leads that already run a cadence alone")
    start.set_defaults(handler=run_start)
    stop = actions.add_parser("stop", parents=[common], help="stop the leads' running cadence")
    _who(stop)
    stop.set_defaults(handler=run_stop)
    templates = actions.add_parser("templates", parents=[common], help="list the templates")
    templates.add_argument("--format", choices=("table", "json"), default="table",
                           help="table for reading, json for scripts (default: table)")
    templates.set_defaults(handler=run_templates)
    _template_commands(actions, common)


def _template_commands(actions, common) -> None:
    tpl = actions.add_parser(
        "template", parents=[common], help="add, change or delete a template",
        description="Your own cadence templates. Days are day numbers, day 1 being the day the "
                    "cadence starts: 1,3,7 (also 1，3，7 or 1、3、7).")
    which = tpl.add_subparsers(dest="template_action", metavar="ACTION", required=True)
    add = which.add_parser("add", parents=[common], help="add a template")
    add.add_argument("--name", required=True, help="its name, e.g. 复购七天")
    add.add_argument("--key", help="a short ASCII key (default: the pinyin of the name)")
    add.add_argument("--days", required=True, metavar="1,3,7", help="the touch days")
    _template_options(add)
    add.set_defaults(handler=run_template_add)
    edit = which.add_parser("edit", parents=[common], help="change a template; the leads "
                            "running it follow the new days from their next step on")
    edit.add_argument("template", metavar="KEY_OR_NAME", help="the template's key or name")
    edit.add_argument("--name", help="a new name")
    edit.add_argument("--key", help="a new key")
    edit.add_argument("--days", metavar="1,3,7", help="new touch days")
    _template_options(edit)
    edit.set_defaults(handler=run_template_edit)
    delete = which.add_parser("delete", parents=[common],
                              help="delete a template nobody runs (history keeps its name)")
    delete.add_argument("template", metavar="KEY_OR_NAME", help="the template's key or name")
    delete.set_defaults(handler=run_template_delete)


def _template_options(parser) -> None:
    parser.add_argument("--repeat-every", type=int, metavar="N",
                        help="after the last day, repeat every N days (0: no repeat)")
    parser.add_argument("--skip-weekends", action=argparse.BooleanOptionalAction,
                        help="move touches off Saturdays and Sundays")
    parser.add_argument("--skip-holidays", action=argparse.BooleanOptionalAction,
                        help="move touches off China's public holidays (make-up days count)")
    parser.add_argument("--retries", type=int, metavar="N",
                        help="retries of a step after no answer, 0-5 (default 2)")


def _who(parser) -> None:
    who = parser.add_mutually_exclusive_group(required=True)
    who.add_argument("--contact", type=int, action="append", metavar="ID",
                     help="the contact's id; repeatable")
    who.add_argument("--filter", metavar="TEXT", help="every contact this filter lists")


def _ids(args) -> list[int]:
    from desktop_app.core.search.group import chosen_ids

    return chosen_ids(args.contact, args.filter)


def run_start(args, db_path) -> int:
    from desktop_app.core.followup import group_start
    from desktop_app.commands.opening import open_to_write

    open_to_write(db_path)
    today = date.today()
    day1 = day_arg(args.start, today, "--from")
    existing = "replace" if args.replace else "skip" if args.skip_existing else "ask"
    if args.from_won:
        print(group_start.start_from_won(_ids(args), today, args.template).summary())
        return 0
    done = group_start.start(_ids(args), args.template, day1, existing=existing,
                             include_closed=args.include_closed, per_day=args.per_day)
    print(done.summary())
    return 0


def run_stop(args, db_path) -> int:
    from desktop_app.core.followup import touchpoints
    from desktop_app.commands.opening import open_to_write

    open_to_write(db_path)
    result = touchpoints.stop(_ids(args))
    print(f"Stopped {plural(len(result.touchpoints), 'cadence')}")
    return 0


def run_templates(args, db_path) -> int:
    from desktop_app.commands.opening import open_to_read
    from desktop_app.core.followup import template_store as cadence_store
    from desktop_app.core.followup.templates import running_counts

    open_to_read(db_path)
    running = running_counts()
    items = []
    for t in cadence_store.templates():
        tpl = t.template
        items.append({"id": t.id, "key": tpl.key, "name": tpl.name, "days": list(tpl.days),
                      "repeat_every": tpl.repeat_every, "skip_weekends": tpl.skip_weekends,
                      "skip_holidays": tpl.skip_holidays, "max_retries": tpl.max_retries,
                      "builtin": t.builtin, "running": running.get(t.id, 0)})
    if args.format == "json":
        print(json.dumps(items, ensure_ascii=False, indent=2))
        return 0
    rows = [[i["key"], i["name"], ",".join(map(str, i["days"])) + (
        f" +{i['repeat_every']}" if i["repeat_every"] else ""),
        "/".join(x for x, on in (("weekends", i["skip_weekends"]),
                                 ("holidays", i["skip_holidays"])) if on) or "-",
        str(i["max_retries"]), f"{i['running']:,}"] for i in items]
    print(table(["key", "name", "days", "skips", "retries", "running"], rows))
    return 0


def _template_words(tpl) -> str:
    text = f"{tpl.name} ({tpl.key}): days {','.join(map(str, tpl.days))}"
    if tpl.repeat_every:
        text += f", then every {plural(tpl.repeat_every, 'day')}"
    skips = [w for w, on in (("weekends", tpl.skip_weekends), ("holidays", tpl.skip_holidays))
             if on]
    if skips:
        text += f"; skips {' and '.join(skips)}"
    n = tpl.max_retries
    return text + f"; {n} {'retry' if n == 1 else 'retries'} after no answer"


def _draft_values(args) -> dict:
    values = {"name": args.name, "key": args.key, "days": args.days,
              "repeat_every": args.repeat_every, "skip_weekends": args.skip_weekends,
              "skip_holidays": args.skip_holidays, "max_retries": args.retries}
    return {k: v for k, v in values.items() if v is not None}


def run_template_add(args, db_path) -> int:
    from desktop_app.core.followup import template_store as cadence_store
    from desktop_app.core.followup import templates as ct
    from desktop_app.commands.opening import open_to_write

    open_to_write(db_path)
    values = _draft_values(args)
    if not values.get("key"):
        values["key"] = ct.suggest_key(args.name, [t.key for t in cadence_store.templates()])
    tpl = ct.build(ct.Draft(**values))
    cadence_store.save(tpl)
    print(f"Added {_template_words(tpl)}")
    return 0


def run_template_edit(args, db_path) -> int:
    from dataclasses import replace
    from .opening import open_to_write

    from desktop_app.core.followup import template_store as cadence_store
    from desktop_app.core.followup import templates as ct

    open_to_write(db_path)
    stored = cadence_store.find(args.template)
    tpl = ct.build(replace(ct.Draft.of(stored.template), **_draft_values(args)), stored.id)
    running = ct.running_counts().get(stored.id, 0)
    cadence_store.save(tpl, stored.id)
    print(f"Changed {_template_words(tpl)}")
    if running:
        print(f"{plural(running, 'lead')} run{'s' if running == 1 else ''} it: each keeps the date of its next touch; the "
              f"steps after that follow the new days, counted from the lead's day 1.")
    return 0


def run_template_delete(args, db_path) -> int:
    from desktop_app.core.followup import template_store as cadence_store
    from desktop_app.commands.opening import open_to_write

    open_to_write(db_path)
    stored = cadence_store.find(args.template)
    cadence_store.delete(stored.id)  # refused while leads run it
    print(f"Deleted {stored.name} ({stored.key})")
    return 0
