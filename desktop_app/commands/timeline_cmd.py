"""`log` (record an interaction for one lead or a filtered group) and `timeline` (show one)."""
from __future__ import annotations

from desktop_app.commands.output import pad, width

CHANNEL_HELP = ("电话 微信 短信 邮件 会面 拜访 WhatsApp 备注 (or call wechat sms email meeting visit "
                "whatsapp note), or a behaviour (知乎评论 私信 ...; see `behaviour list`)")
OUTCOME_HELP = "接通 未接 已回复 未回复 (or reached no-answer replied no-reply)"


def register(sub, common) -> None:
    log = sub.add_parser("log", parents=[common],
                         help="log an interaction (a call, a message, a meeting...) with leads")
    who = log.add_mutually_exclusive_group(required=True)
    who.add_argument("--contact", type=int, action="append", metavar="ID",
                     help="the contact's id; repeatable")
    who.add_argument("--filter", metavar="TEXT", help="every contact this filter lists")
    log.add_argument("--channel", required=True, help=CHANNEL_HELP)
    log.add_argument("--outcome", default=None, help=OUTCOME_HELP)
    log.add_argument("--direction", default=None,
                     help="out (发出) or in (收到); default: out, or the behaviour's own")
    log.add_argument("--content", default=None, metavar="PIECE",
                     help="the content piece sent (id or name; see `content list`)")
    log.add_argument("--note", default="", help="what happened, in a few words")
    log.add_argument("--next", default="", dest="next_step", metavar="TEXT", help="the next step")
    log.add_argument("--at", default=None, metavar="TIME",
                     help="when, local time: '2026-11-20 14:30', 2026-11-20, 'yesterday 15:00', "
                          "'2h ago' or --at=-2h (default: now)")
    log.set_defaults(handler=run_log)

    show = sub.add_parser("timeline", parents=[common], help="one lead's timeline, newest first")
    show.add_argument("contact", type=int, metavar="ID", help="the contact's id (see list)")
    show.add_argument("--channel", default=None,
                      help="only this channel's or behaviour's interactions: " + CHANNEL_HELP)
    show.add_argument("--limit", type=int, default=None, metavar="N",
                      help="only the newest N interactions (default: all)")
    show.set_defaults(handler=run_timeline)


def run_log(args, db_path) -> int:
    from desktop_app.commands.opening import open_to_write
    from desktop_app.core.search.group import chosen_ids
    from desktop_app.core.grading import behaviours as channels
    from desktop_app.core.timeline import records as timeline
    from desktop_app.core.when import parse_when, to_local, utcnow

    now = utcnow()
    at = parse_when(args.at, now) if args.at else None
    open_to_write(db_path)
    ids = chosen_ids(args.contact, args.filter)
    from desktop_app.core.followup import touches

    logged = touches.log(ids, args.channel, args.outcome, args.direction, args.note,
                          args.next_step, at, now=now, content=args.content)
    entry = timeline.get(logged.interactions[0])
    what = " ".join(x for x in (channels.label(entry.channel), channels.label(entry.outcome)) if x)
    n = len(logged.interactions)
    print(f"Logged {what} at {to_local(entry.at):%Y-%m-%d %H:%M} for {n:,} "
          f"contact{'s' if n != 1 else ''}")
    return 0


def _describe(entry) -> tuple[str, str, str]:
    """(channel or event, outcome, text) of one entry, in Chinese."""
    from desktop_app.core.grading import behaviours as channels
    from desktop_app.core.contacts.stages import LABELS

    if entry.is_event:
        text = entry.summary
        if entry.kind == "stage-changed":
            old, new = (LABELS.get(v, v) for v in (entry.old_value, entry.new_value))
            text = f"{old} → {new}"
        elif entry.kind == "tag-changed":
            text = f"{entry.old_value} → {entry.new_value}"
        elif entry.kind == "cadence-stopped" and entry.old_value:  # closing the lead stopped it
            text = f"{entry.summary} · {LABELS.get(entry.old_value, entry.old_value)}"
        elif entry.kind in ("created", "imported") and entry.new_value:
            text = LABELS.get(entry.new_value, entry.new_value)
        return channels.label(entry.kind), "", text
    channel = channels.label(entry.channel)
    if entry.direction == "in":
        channel += f"({channels.label('in')})"
    text = entry.summary
    if entry.next_step:
        text = f"{text}  下一步: {entry.next_step}" if text else f"下一步: {entry.next_step}"
    return channel, channels.label(entry.outcome), text


def run_timeline(args, db_path) -> int:
    from desktop_app.core.contacts import records as contacts
    from desktop_app.core.timeline import records as timeline
    from desktop_app.core.when import to_local
    from desktop_app.commands.opening import open_to_read

    if args.limit is not None and args.limit < 1:
        from desktop_app.core.errors import ValidationError

        raise ValidationError("limit", "--limit must be 1 or more.")
    open_to_read(db_path)
    contacts.get(args.contact)  # NotFound -> one line
    limit = args.limit
    rows = [(f"{to_local(e.at):%Y-%m-%d %H:%M}", *_describe(e))
            for e in timeline.entries(args.contact, args.channel, limit=limit)]
    w_channel = max([width(r[1]) for r in rows], default=0)
    w_outcome = max([width(r[2]) for r in rows], default=0)
    for when, channel, outcome, text in rows:
        print(f"{when}  {pad(channel, w_channel)}  {pad(outcome, w_outcome)}  {text}".rstrip())
    return 0
