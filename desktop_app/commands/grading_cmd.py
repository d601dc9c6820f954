"""`grade` (explain, rules, set-rules, apply, regrade), `behaviour` (list, add, edit,
remove), `content` (list, add, remove); `report content` is report_cmd's (its table is
``core.reports.tables.content_table``)."""
from __future__ import annotations

from desktop_app.commands.output import plural


def register(sub, common) -> None:
    grade = sub.add_parser("grade", parents=[common], help="lead grades: explain, rules, procedures")
    gsub = grade.add_subparsers(dest="grade_command", metavar="ACTION", required=True)
    ex = gsub.add_parser("explain", parents=[common], help="why a lead has its score and grade")
    ex.add_argument("contact", type=int, metavar="ID", help="the contact's id")
    ex.set_defaults(handler=run_explain)
    ru = gsub.add_parser("rules", parents=[common], help="show the grading rules and behaviours")
    ru.set_defaults(handler=run_rules)
    sr = gsub.add_parser("set-rules", parents=[common],
                         help="change the rules and regrade every lead")
    sr.add_argument("--thresholds", metavar="A,B,C", help="least scores of A, B, C, e.g. 20,10,3")
    sr.add_argument("--window", type=str, metavar="DAYS", help="days that count (default 30)")
    sr.add_argument("--full", type=str, metavar="DAYS",
                    help="entries younger than this count in full, older ones half (default 14)")
    sr.add_argument("--weight", action="append", default=[], metavar="NAME=N",
                    help="a channel's, outcome's or behaviour's weight: 私信=5, 接通=3; repeatable")
    sr.add_argument("--floor", action="append", default=[], metavar="STAGE=GRADE",
                    help="a stage's least grade: 报价=B (D: none); repeatable")
    sr.add_argument("--procedure", action="append", default=[], metavar="GRADE=TEMPLATE",
                    help="a grade's cadence template: A=close-21 (empty: none); repeatable")
    sr.set_defaults(handler=run_set_rules)
    ap = gsub.add_parser("apply", parents=[common],
                         help="start each lead's grade procedure (its cadence template)")
    who = ap.add_mutually_exclusive_group(required=True)
    who.add_argument("--contact", type=int, action="append", metavar="ID",
                     help="the contact's id; repeatable")
    who.add_argument("--filter", metavar="TEXT", help="every contact this filter lists")
    ap.add_argument("--replace", action="store_true",
                    help="replace a running cadence (default: leave it and report the lead)")
    ap.set_defaults(handler=run_apply)
    rg = gsub.add_parser("regrade", parents=[common], help="recompute every score and grade now")
    rg.set_defaults(handler=run_regrade)

    beh = sub.add_parser("behaviour", parents=[common],
                         help="behaviours: kinds of interaction beside the built-in channels")
    bsub = beh.add_subparsers(dest="behaviour_command", metavar="ACTION", required=True)
    bsub.add_parser("list", parents=[common], help="list behaviours").set_defaults(
        handler=run_behaviours)
    for name in ("add", "edit"):
        p = bsub.add_parser(name, parents=[common], help=f"{name} a behaviour")
        p.add_argument("key", help="a short key: zhihu-comment (edit: the key or the name)")
        p.add_argument("--name", required=name == "add", help="the name logged: 知乎评论")
        p.add_argument("--direction", default="in" if name == "add" else None,
                       help="in (收到, default) or out (发出)")
        p.add_argument("--weight", default="0" if name == "add" else None, help="e.g. 2, +5, -10")
        p.add_argument("--colour", default="" if name == "add" else None, help="#rrggbb")
        p.set_defaults(handler=run_behaviour_write, action=name)
    rm = bsub.add_parser("remove", parents=[common],
                         help="delete a behaviour never logged, archive one that was")
    rm.add_argument("key", help="the behaviour's key or name")
    rm.set_defaults(handler=run_behaviour_remove)

    con = sub.add_parser("content", parents=[common], help="content pieces sent to leads")
    csub = con.add_subparsers(dest="content_command", metavar="ACTION", required=True)
    csub.add_parser("list", parents=[common], help="list content pieces").set_defaults(
        handler=run_content_list)
    ca = csub.add_parser("add", parents=[common], help="add a content piece")
    ca.add_argument("name", help="the piece's name, e.g. 华信案例")
    ca.add_argument("--kind", default="", help="案例 文章 报价 ...")
    ca.add_argument("--link", default="", help="a web link or a file path")
    ca.set_defaults(handler=run_content_add)
    cr = csub.add_parser("remove", parents=[common], help="delete (never sent) or archive")
    cr.add_argument("piece", help="id or name")
    cr.set_defaults(handler=run_content_remove)


def _today():
    from desktop_app.core.when import local_date, utcnow

    return local_date(utcnow())


def _write(db_path):
    from desktop_app.commands.opening import open_to_write
    from desktop_app.core.grading import score

    db = open_to_write(db_path)
    score.ensure_current(_today())
    return db


def run_explain(args, db_path) -> int:
    from desktop_app.commands.opening import open_to_read
    from desktop_app.core.contacts import records as contacts
    from desktop_app.core.contacts.stages import LABELS
    from desktop_app.core.grading import behaviours, explain

    open_to_read(db_path)
    record = contacts.get(args.contact)
    expl = explain.explain(args.contact, _today())
    print(f"{record.id}\t{record.tag}")
    manual = f" (set by hand; computed {expl.grade_auto})" if expl.grade_manual else ""
    print(f"grade {expl.grade}{manual}   score {explain.number(expl.score)} "
          f"(as of {expl.today}, last {expl.rules.window_days} days; older than "
          f"{expl.rules.full_days} days count half)")
    a, b, c = expl.rules.thresholds
    print(f"by score: {expl.by_score} (A >= {a}, B >= {b}, C >= {c})")
    if expl.floor:
        print(f"stage {LABELS.get(expl.stage, expl.stage)}: at least {expl.floor}")
    for line in explain.lines(expl, behaviours.label):
        print(f"  {line}")
    if not expl.points:
        print("  nothing in the window counts")
    return 0


def run_rules(args, db_path) -> int:
    from desktop_app.commands.opening import open_to_read
    from desktop_app.core.contacts.stages import LABELS
    from desktop_app.core.grading import behaviours, rules
    from desktop_app.core.timeline import channels

    open_to_read(db_path)
    r = rules.load()
    print(f"window {r.window_days} days, full weight {r.full_days} days; thresholds "
          f"A >= {r.thresholds[0]}, B >= {r.thresholds[1]}, C >= {r.thresholds[2]}")
    print("channels: " + ", ".join(f"{channels.label(k)} {v:+d}" for k, v in r.channel_weights.items()))
    print("outcomes: " + ", ".join(f"{channels.label(k)} {v:+d}" for k, v in r.outcome_weights.items()))
    print("behaviours: " + ", ".join(f"{b.name} {b.weight:+d}" for b in behaviours.all_behaviours()))
    print("stage floors: " + (", ".join(f"{LABELS[s]} >= {g}" for s, g in r.stage_floors.items()) or "none"))
    print("procedures: " + (", ".join(f"{g} -> {_template(k)}" for g, k in
                                      sorted(r.procedures.items())) or "none"))
    return 0


def _template(key: str) -> str:
    """A grade's procedure as the salesperson knows it: "长期培育 (nurture)", not "nurture"
    (the key stays beside it: --procedure C=nurture takes it)."""
    from desktop_app.core.errors import NotFound
    from desktop_app.core.followup import template_store

    try:
        return f"{template_store.find(key).name} ({key})"
    except NotFound:
        return key


def _pairs(items, what):
    from desktop_app.core.errors import ValidationError

    out = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise ValidationError(what, "--{what} takes NAME=VALUE, not {item!r}.", what=what, item=item)
        out[key.strip()] = value.strip()
    return out


def run_set_rules(args, db_path) -> int:
    from desktop_app.core.errors import ValidationError
    from desktop_app.core.grading import behaviours, rules, score
    from desktop_app.core.timeline import channels

    _write(db_path)
    r = rules.load()
    changes = {}
    if args.thresholds:
        changes["thresholds"] = tuple(t.strip() for t in args.thresholds.replace("，", ",").split(","))
    if args.window:
        changes["window_days"] = args.window
    if args.full:
        changes["full_days"] = args.full
    chan, outc, beh = dict(r.channel_weights), dict(r.outcome_weights), {}
    for name, value in _pairs(args.weight, "weight").items():
        try:
            chan[channels.channel_code(name)] = value
            continue
        except ValidationError:
            pass
        try:
            code = channels.outcome_code(name)
        except ValidationError:
            code = None
        if code:
            outc[code] = value
            continue
        beh[behaviours.get(behaviours.channel_code(name)).key] = value
    changes.update(channel_weights=chan, outcome_weights=outc)
    if args.floor:
        changes["stage_floors"] = {**r.stage_floors, **_pairs(args.floor, "floor")}
    if args.procedure:
        changes["procedures"] = {**r.procedures, **_pairs(args.procedure, "procedure")}
    from dataclasses import replace

    result = score.change_rules(replace(r, **changes), _today(), behaviour_weights=beh)
    print(f"rules saved; {plural(len(result.contacts), 'lead')} changed score or grade")
    return 0


def run_apply(args, db_path) -> int:
    from desktop_app.core.grading import procedures
    from desktop_app.core.search.group import chosen_ids

    _write(db_path)
    ids = chosen_ids(args.contact, args.filter)
    done = procedures.apply(ids, _today(), existing="replace" if args.replace else "skip")
    for key, started in done.started.items():
        print(f"{_template(key)}: started for {plural(len(started), 'lead')}")
    if done.first_day is not None and done.first_day != done.last_day:
        print(f"first touches from {done.first_day} to {done.last_day}, at most "
              f"{done.per_day:,} a day")
    elif done.first_day is not None:
        print(f"first touches on {done.first_day}")
    if done.closed_left_out:
        print(f"left out {plural(done.closed_left_out, 'closed lead')} (won, lost)")
    if done.over:  # A leads go before an earlier start, which keeps its days
        print(f"over the daily capacity of {done.per_day:,}: " + ", ".join(
            f"{d} {n:,} first touches" for d, n in sorted(done.over.items())) +
            " (A leads go before the earlier starts, which keep their days)")
    if done.replaced:
        print(f"{plural(len(done.replaced), 'running cadence')} replaced")
    if done.skipped:
        print(f"{plural(len(done.skipped), 'lead')} already run a cadence, left alone "
              f"(--replace to "
              f"replace): {' '.join(map(str, done.skipped[:20]))}{' ...' if len(done.skipped) > 20 else ''}")
    if done.without:
        print(f"{plural(len(done.without), 'lead')}: their grade has no procedure")
    return 0


def run_regrade(args, db_path) -> int:
    from desktop_app.commands.opening import open_to_write
    from desktop_app.core.grading import score

    open_to_write(db_path)
    changed = score.regrade(None, _today())
    print(f"{plural(len(changed), 'lead')} changed; " + ", ".join(
        f"{g} {n:,}" for g, n in score.counts().items()))
    return 0


def run_behaviours(args, db_path) -> int:
    from desktop_app.commands.opening import open_to_read
    from desktop_app.commands.output import table
    from desktop_app.core.grading import behaviours
    from desktop_app.core.timeline import channels

    open_to_read(db_path)
    rows = [[b.key, b.name, channels.label(b.direction), f"{b.weight:+d}", b.colour,
             "archived" if b.archived else ""] for b in behaviours.all_behaviours(True)]
    print(table(["key", "name", "direction", "weight", "colour", ""], rows))
    return 0


def run_behaviour_write(args, db_path) -> int:
    from desktop_app.core.grading import behaviours, score

    _write(db_path)
    if args.action == "add":
        b = behaviours.add(args.key, args.name, args.direction, args.weight, args.colour)
    else:
        from desktop_app.core.grading import rules

        weight = None if args.weight is None else behaviours.parse_weight(args.weight)
        b = behaviours.update(args.key, name=args.name, direction=args.direction,
                              colour=args.colour)
        if weight is not None and weight != b.weight:
            changed = score.change_rules(rules.load(), _today(), behaviour_weights={b.key: weight})
            print(f"{plural(len(changed.contacts), 'lead')} changed score or grade")
            b = behaviours.get(b.key)
    print(f"{b.key}\t{b.name}\t{b.direction}\t{b.weight:+d}")
    return 0


def run_behaviour_remove(args, db_path) -> int:
    from desktop_app.commands.opening import open_to_write
    from desktop_app.core.grading import behaviours

    open_to_write(db_path)
    how = behaviours.remove(args.key)
    print(f"{args.key}: {how}" + (" (it has logged entries: they stay as they are)"
                                  if how == "archived" else ""))
    return 0


def run_content_list(args, db_path) -> int:
    from desktop_app.commands.opening import open_to_read
    from desktop_app.commands.output import table
    from desktop_app.core.grading import content

    open_to_read(db_path)
    print(table(["id", "name", "kind", "link", ""], [
        [str(p.id), p.name, p.kind, p.link, "archived" if p.archived else ""]
        for p in content.pieces(include_archived=True)], max_width=60))
    return 0


def run_content_add(args, db_path) -> int:
    from desktop_app.commands.opening import open_to_write
    from desktop_app.core.grading import content

    open_to_write(db_path)
    p = content.add(args.name, args.kind, args.link)
    print(f"{p.id}\t{p.name}")
    return 0


def run_content_remove(args, db_path) -> int:
    from desktop_app.commands.opening import open_to_write
    from desktop_app.core.grading import content

    open_to_write(db_path)
    p = content.find(args.piece)
    print(f"{p.name}: {content.remove(p.id)}")
    return 0
