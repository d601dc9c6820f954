"""Command line: no sub-command opens the window; sub-commands work headless.

Expected errors print one line to stderr and exit non-zero; never a traceback (set
CONTACT_BOOK_DEBUG=1 to see one for an unexpected error).
"""
from __future__ import annotations

import argparse
import gc
import os
import sys

from desktop_app import __version__

PROG = "contact-book"


def _columns() -> int:
    """The terminal's width as ``shutil.get_terminal_size`` gives it ($COLUMNS, else the
    terminal of stdout, else 80), without importing shutil (and bz2, lzma, ...)."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class _Formatter(argparse.HelpFormatter):
    """argparse's formatter with the width given: argparse makes one for every
    ``add_argument`` (to check its metavar), and without a width it imports shutil to find
    it (~1% of a whole `due`). Only the documented constructor is used, so argparse's own
    internals (changed in Python 3.14) stay its own."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None, **kwargs):
        super().__init__(prog, indent_increment, max_help_position,
                         _columns() - 2 if width is None else width, **kwargs)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message):  # one clear line instead of usage + error
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser, with only ``command``'s sub-command group when it names one (else all)."""
    from desktop_app.commands import modules

    common = _Parser(add_help=False)
    common.add_argument(
        "--db", metavar="PATH", default=argparse.SUPPRESS,
        help="the database file (default: $CONTACT_BOOK_DB, else the user data directory)")
    parser = _Parser(
        prog=PROG, parents=[common],
        description="An offline contact book for following up leads. Without a COMMAND it "
                    "opens the window; every COMMAND works without it (headless) and never "
                    "opens the window.",
        epilog="See 'contact-book COMMAND --help' for a command's options.")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in modules(command):
        module.register(sub, common)
    return parser


def _command(argv: list[str]) -> str | None:
    """The sub-command ``argv`` names: its first word that is neither an option nor the value
    of ``--db``; None when there is none (``--help``, ``--version``): then, or for an
    unknown word, all the parsers are built (argparse lists the commands)."""
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--db":
            i += 2
            continue
        if not arg.startswith("-"):
            return arg
        i += 1
    return None


def _window_only(argv: list[str]):
    """``contact-book`` or ``contact-book --db PATH``: the window, without building the parser
    (and importing every command module) first. Returns ``(True, path or None)``."""
    if not argv:
        return True, None
    if len(argv) == 2 and argv[0] == "--db" and argv[1] and not argv[1].startswith("-"):
        return True, argv[1]
    if len(argv) == 1 and argv[0].startswith("--db=") and len(argv[0]) > 5:
        return True, argv[0][5:]
    return False, None


# Arguments that name files: any bytes are fine there (a file name need not be UTF-8).
PATH_ARGS = frozenset({"db", "file", "report", "out", "pdf", "ics", "to", "backup"})


def _not_text(args: argparse.Namespace) -> str | None:
    """The first text argument that is not valid UTF-8 (Python keeps such bytes as lone
    surrogates, which no database or terminal accepts), as the user typed it; else None."""
    for key, value in vars(args).items():
        if key in PATH_ARGS or key == "handler":
            continue
        for text in value if isinstance(value, list) else [value]:
            if isinstance(text, str):
                try:
                    text.encode("utf-8")
                except UnicodeEncodeError:
                    shown = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
                    return f"--{key.replace('_', '-')} {shown!r}"
    return None


def _filter_values_joined(argv: list[str]) -> list[str]:
    """``--filter -stage:流失`` as ``--filter=-stage:流失``: argparse takes a value that starts
    with "-" for an option and says "expected one argument" (the README's own exclusions)."""
    out, i = [], 0
    while i < len(argv):
        arg = argv[i]
        value = argv[i + 1] if i + 1 < len(argv) else None
        if arg == "--filter" and value and value.startswith("-") and value != "-h" \
                and not value.startswith("--"):
            out.append(f"--filter={value}")
            i += 2
            continue
        out.append(arg)
        i += 1
    return out


def main(argv: list[str] | None = None) -> int:
    from_process = argv is None  # the process's own command line (not a caller's list)
    argv = sys.argv[1:] if argv is None else list(argv)
    window, db = _window_only(argv)
    if not from_process or window or not gc.isenabled():
        return _main(argv, window, db, from_process)
    # A command's start-up (peewee, the modules, its parser) makes objects that live until
    # the process ends: no collection looks at them until gc.freeze() moves them out of its
    # way before the handler (~2% of a `due`). The window is left as it was.
    gc.disable()
    try:
        return _main(argv, window, db, from_process)
    finally:
        gc.enable()


def _main(argv: list[str], window: bool, db: str | None, from_process: bool) -> int:
    from desktop_app.core.storage.paths import resolve_path
    from desktop_app.core.errors import ContactBookError

    if window:
        args = argparse.Namespace(command=None, db=db)
    else:
        args = build_parser(_command(argv)).parse_args(_filter_values_joined(argv))
        bad = _not_text(args)
        if bad:
            print(f"{PROG}: error: {bad} is not valid UTF-8 text; type it again in a UTF-8 "
                  f"terminal (check the locale, e.g. LANG=zh_CN.UTF-8)", file=sys.stderr)
            return 2
    db_path = resolve_path(getattr(args, "db", None))
    try:
        if args.command is None:
            from desktop_app import display

            problem = display.problem()
            if problem:  # instead of Qt's abort when it cannot load its platform plugin
                print(f"{PROG}: {problem}", file=sys.stderr)
                return 1
            from desktop_app.app import run

            gc.enable()  # (`--db -x` reaches the window through the parser, gc paused by main)
            return run(db_path)
        if from_process:
            # What the command has loaded so far (modules, parsers, peewee's classes) lives
            # until the process ends: collections skip it from now on, the exit's too (a `due`
            # of 4,175 rows spent ~5% of its instructions walking those objects). Not when
            # called in-process (tests): there it would keep the caller's garbage forever.
            gc.freeze()
            gc.enable()
        return args.handler(args, db_path) or 0
    except ContactBookError as e:
        print(f"{PROG}: {e}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `contact-book list | head`
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except OSError as e:
        print(f"{PROG}: {e.strerror or e}: {e.filename or ''}".rstrip(": "), file=sys.stderr)
        return 1
    except Exception as e:  # a bug: one line, the traceback only on request
        if isinstance(e, OverflowError) or (isinstance(e, ValueError) and "out of range" in
                                            str(e)):
            # a date or number beyond what Python's dates or SQLite can hold (--to 9999-12-31,
            # --days 99999999): the user's input, not a bug; a write in progress rolled back
            print(f"{PROG}: a date or number is out of range ({e}).", file=sys.stderr)
            return 1
        if os.environ.get("CONTACT_BOOK_DEBUG"):
            raise
        print(f"{PROG}: internal error: {type(e).__name__}: {e}", file=sys.stderr)
        return 70
