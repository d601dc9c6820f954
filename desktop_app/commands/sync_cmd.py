"""`sync`: two-way CardDAV sync of the contacts, the due touchpoints to CalDAV.

    contact-book sync account --url URL --user NAME [--password-stdin] [--addressbook NAME]
                              [--calendar NAME] [--filter TEXT]
    contact-book sync [--dry-run]
    contact-book sync status

The password: ``--password-stdin``, else ``$CONTACT_BOOK_SYNC_PASSWORD``, else the OS keyring
(where ``sync account`` put it when there is one). It is never written anywhere else.
"""
from __future__ import annotations

from desktop_app.commands.output import plural


def register(sub, common) -> None:
    cmd = sub.add_parser("sync", parents=[common],
                         help="sync contacts with a CardDAV address book (and follow-ups to CalDAV)",
                         description="Two-way sync of the contacts with a CardDAV server the user "
                                     "already has; due follow-ups go to its calendar as to-dos.")
    cmd.add_argument("action", nargs="?", choices=("account", "status"),
                     help="account: set up the server; status: the last sync; none: sync now")
    cmd.add_argument("--dry-run", action="store_true", help="say what a sync would do; change nothing")
    cmd.add_argument("--url", help="the server's address (https://; http:// only to this machine)")
    cmd.add_argument("--user", help="the user name on the server")
    cmd.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    cmd.add_argument("--addressbook", help="which address book (name or path; default: the first, "
                                           "else a new one)")
    cmd.add_argument("--calendar", help="which calendar for the follow-ups")
    cmd.add_argument("--filter", help="which contacts go to the server (default: -stage:lost)")
    cmd.add_argument("--pin", metavar="SHA256",
                     help="trust a self-signed server: the SHA-256 fingerprint of its certificate "
                          "(the refusal prints it; compare it with the server's owner first)")
    cmd.add_argument("--emptied", choices=("upload", "trash"),
                     help="when the server's address book was found empty although contacts "
                          "were synced with it: upload them to it again, or move them to the "
                          "trash here as well")
    cmd.set_defaults(handler=run_sync)


def _password(args) -> str | None:
    import sys

    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return None


def _how_to_store(url: str, user: str) -> str:
    """How to give the sync the password it asked for (where there is a keyring: once)."""
    from desktop_app.core.sync import credentials

    if credentials.has_keyring():
        return (f"No password is stored for {user}. Store it in this computer's keyring with: "
                f"contact-book sync account --url {url} --user {user} --password-stdin")
    return (f"No password is stored for {user}: this computer has no keyring, so give it to "
            f"each sync with --password-stdin or ${credentials.ENV_VAR}.")


def run_sync(args, db_path) -> int:
    from datetime import date

    from desktop_app.commands.opening import open_to_read, open_to_write
    from desktop_app.core.errors import ValidationError
    from desktop_app.core.sync import account, credentials, run
    from desktop_app.core.sync.dav import PasswordMissing

    if args.action == "account":
        if not args.url or not args.user:
            raise ValidationError("url", "sync account needs --url and --user.")
        open_to_write(db_path, create=True)
        password = _password(args)
        if password is None:
            password = credentials.lookup(args.url, args.user)
        try:
            acct, kept = account.connect(args.url, args.user, password,
                                         addressbook=args.addressbook, calendar=args.calendar,
                                         filter_text=args.filter, pin=args.pin)
        except PasswordMissing as e:
            raise ValidationError("password", "{problem} Give it with --password-stdin (or "
                                  "${variable}).", problem=e.message,
                                  variable=credentials.ENV_VAR) from None
        print(f"address book\t{acct.addressbook}\ncalendar\t{acct.calendar}\nfilter\t{acct.filter}")
        if password and not kept:
            print(f"No keyring here: the password was not kept; give it to each sync with "
                  f"--password-stdin or ${credentials.ENV_VAR}.")
        return 0
    if args.action == "status":
        open_to_read(db_path)
        acct = account.load()
        if acct is None:
            print("No sync account; set one up with: contact-book sync account --url URL --user NAME")
            return 1
        print(f"server\t{acct.url}\nuser\t{acct.user}\naddress book\t{acct.addressbook}\n"
              f"calendar\t{acct.calendar}\nfilter\t{acct.filter}\n"
              f"last sync\t{acct.last_sync_at.isoformat() + 'Z' if acct.last_sync_at else 'never'}")
        from desktop_app.core.sync.report import Report

        last = Report.from_json(acct.last_result) if acct.last_result else None
        if last is None:
            print(f"last result\t{acct.last_result or 'none'}")
        else:  # the sentences the sync printed, not its JSON
            for i, line in enumerate(last.lines()):
                print(("last result\t" if i == 0 else "\t") + str(line))
        return 0
    open_to_write(db_path)  # a dry run too: it plans inside a transaction that it rolls back
    acct = account.load()
    if acct is None:
        raise ValidationError("account", "No sync account; set one up with: contact-book sync "
                                         "account --url URL --user NAME")
    report = run.sync(acct, account.client(acct, _password(args)), today=date.today(),
                      dry_run=args.dry_run, emptied=args.emptied)
    for line in report.lines():
        print(line)
    if report.emptied:
        print(f"To send the {plural(report.emptied, 'contact')} to it again: "
              f"contact-book sync --emptied "
              f"upload. If it was emptied on purpose, to move them to the trash here as well: "
              f"contact-book sync --emptied trash.")
    if PasswordMissing.said(report.problem):
        print(_how_to_store(acct.url, acct.user))
    return 0 if report.outcome == "ok" and not report.skipped else 1
