"""Issue #16: the CLI's data safety. Every writing command holds the one-window lock, the risky
ones back up first, reading commands create nothing, read-only folders and bad bytes get a
clear line."""
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import datetime

import pytest

from desktop_app.cli import main
from desktop_app.core import backup
from desktop_app.core.contacts import demo
from desktop_app.core.storage.db import close_database, open_database
from tests.nobody import as_nobody, nobody_env

NOW = datetime(2026, 3, 2, 9, 0)  # when the demo leads were created (never the clock)

# The holder keeps the lock until its stdin closes or it is killed (a live process must hold
# it); the tests wait for its "locked" line, never on a clock.
HOLD = ("import sys; from desktop_app.core.storage.lock import InstanceLock; "
        "l = InstanceLock.acquire(sys.argv[1]); print('locked', flush=True); sys.stdin.read()")


@pytest.fixture
def filled(db_path, tmp_path):
    db_path.parent.mkdir(parents=True, exist_ok=True)
    db = open_database(db_path, lock=True)
    demo.generate(20, seed=3)
    close_database(db, backup=False)
    csv = tmp_path / "leads.csv"
    csv.write_text("姓名,手机,公司\n王芳,13912345678,华信\n", encoding="utf-8")
    return db_path, csv


def _run(capsys, *argv, db):
    code = main([*argv, "--db", str(db)])
    out, err = capsys.readouterr()
    return code, out, err


WRITES = [
    ["add", "--tag", "上海-甲-咨询-1万-王-CEO-知乎"],
    ["import", "{csv}"],
    ["undo-import", "1"],
    ["bulk", "--all", "--set", "source=展会"],
    ["log", "--contact", "1", "--channel", "电话"],
    ["cadence", "start", "--contact", "1", "--template", "golden-week"],
    ["cadence", "stop", "--contact", "1"],
    ["cadence", "template", "add", "--name", "七天", "--days", "1,3,7"],
    ["cadence", "template", "edit", "golden-week", "--retries", "1"],
    ["cadence", "template", "delete", "nurture"],
    ["restore", "{backup}"],
    ["settings", "salesperson", "张三"],
    ["demo", "--contacts", "1"],
]


@pytest.mark.parametrize("argv", WRITES, ids=lambda a: " ".join(a[:3]))
def test_every_writing_command_refuses_while_the_window_holds_the_lock(filled, capsys, argv):
    db_path, csv = filled
    info = backup.make_backup(db_path, backup.MANUAL)
    argv = [a.format(csv=csv, backup=info.path) for a in argv]
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(db_path)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "locked"
        before = backup.list_backups(db_path)
        code, out, err = _run(capsys, *argv, db=db_path)
    finally:
        proc.kill()
        proc.wait()
    assert code == 1 and "open in another Contact Book" in err
    assert len(err.strip().splitlines()) == 1
    assert backup.list_backups(db_path) == before  # refused before any backup or write


@pytest.mark.parametrize("argv, reason", [
    (["import", "{csv}"], backup.BEFORE_IMPORT),
    (["bulk", "--filter", "city:上海,北京,广州,深圳,杭州,成都,武汉,南京,西安,苏州,重庆",
      "--set", "source=展会"], backup.BEFORE_BULK),
])
def test_risky_commands_back_up_first_as_the_window_does(filled, capsys, argv, reason):
    db_path, csv = filled
    code, _, err = _run(capsys, *[a.format(csv=csv) for a in argv], db=db_path)
    assert code == 0, err
    assert [b.reason for b in backup.list_backups(db_path)] == [reason]


def test_undo_import_backs_up_first(filled, capsys):
    db_path, csv = filled
    assert _run(capsys, "import", str(csv), db=db_path)[0] == 0
    assert _run(capsys, "undo-import", "1", db=db_path)[0] == 0
    assert [b.reason for b in backup.list_backups(db_path)] == [backup.BEFORE_IMPORT] * 2


@pytest.mark.parametrize("undone_first", [False, True], ids=["no such import", "undone"])
def test_undo_import_of_nothing_to_undo_says_so_and_writes_nothing(filled, capsys, undone_first):
    db_path, csv = filled
    batch = "99"
    if undone_first:
        assert _run(capsys, "import", str(csv), db=db_path)[0] == 0
        assert _run(capsys, "undo-import", "1", db=db_path)[0] == 0
        batch = "1"
    backups = backup.list_backups(db_path)
    data = _dump(db_path)
    code, out, err = _run(capsys, "undo-import", batch, db=db_path)
    assert code == 1 and not out
    assert err.strip().splitlines() == [
        "contact-book: " + ("Import #1 was already undone." if undone_first else "No import #99.")]
    assert backup.list_backups(db_path) == backups  # no backup taken
    assert _dump(db_path) == data


def _dump(db_path) -> list[str]:
    with closing(sqlite3.connect(db_path)) as conn:
        return list(conn.iterdump())


def test_reading_commands_create_nothing(tmp_path, capsys):
    typo = tmp_path / "typo" / "x.sqlite3"
    for argv in (["list"], ["check"], ["backups"], ["timeline", "1"], ["due"],
                 ["cadence", "templates"], ["settings"], ["export", "--out",
                                                          str(tmp_path / "x.csv")]):
        code, out, err = _run(capsys, *argv, db=typo)
        assert code == 1 and "does not exist" in err and "nothing was created" in err, argv
        assert len(err.strip().splitlines()) == 1
    code, _, err = _run(capsys, "add", "--tag", "a-b", db=typo)  # no folders made either
    assert code == 1 and "does not exist" in err
    assert not (tmp_path / "typo").exists()
    here = tmp_path / "new.sqlite3"  # an existing folder: reading still creates nothing ...
    code, _, err = _run(capsys, "list", db=here)
    assert code == 1 and "There is no database" in err and not here.exists()
    assert _run(capsys, "add", "--tag", "a-b", db=here)[0] == 0  # ... add starts one there
    assert here.is_file()


def test_not_utf8_arguments_get_one_clear_line(capsys, db_path):
    db_path.parent.mkdir(parents=True)
    bad = b"\xff".decode("utf-8", "surrogateescape")  # what Python makes of $'\xff'
    code, out, err = _run(capsys, "list", "--filter", bad, db=db_path)
    assert code == 2 and "not valid UTF-8" in err and "internal error" not in err
    assert len(err.strip().splitlines()) == 1 and not db_path.exists()


def _mount_tmpfs(target) -> bool:
    if os.name != "posix" or os.geteuid() != 0:
        return False
    target.mkdir(parents=True, exist_ok=True)
    return subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(target)],
                          capture_output=True).returncode == 0


def test_a_read_only_folder_with_a_wal_left_behind(tmp_path, capsys):
    target = tmp_path / "share"
    if not _mount_tmpfs(target):
        pytest.skip("needs root and mount (tmpfs) to make a read-only file system")
    try:
        path = target / "contacts.sqlite3"
        code = ("import os, sys\nfrom desktop_app.core.storage.db import open_database\n"
                "from desktop_app.core.contacts import demo\n"
                "open_database(sys.argv[1], lock=True); demo.generate(7, seed=2)\n"
                "os._exit(0)\n")  # killed: the changes stay in the -wal
        subprocess.run([sys.executable, "-c", code, str(path)], check=True)
        os.remove(f"{path}-shm")
        assert os.path.getsize(f"{path}-wal") > 0
        assert subprocess.run(["mount", "-o", "remount,ro", str(target)]).returncode == 0
        code, out, err = _run(capsys, "list", "--format", "tsv", db=path)
        assert code == 0 and len(out.splitlines()) == 1 + 7, err  # the -wal's rows included
        code, out, err = _run(capsys, "check", db=path)
        assert code == 0 and out.startswith("ok:"), err
        code, out, err = _run(capsys, "add", "--tag", "a-b", db=path)
        assert code == 1 and "folder cannot be written" in err
        assert len(err.strip().splitlines()) == 1
    finally:
        subprocess.run(["umount", "-l", str(target)], capture_output=True)


def test_a_database_in_a_folder_not_mine_can_be_listed_and_checked():
    """As a user who may read but not write the file or its folder, with no -wal or -shm
    beside it: SQLite answers SQLITE_READONLY_DIRECTORY (it cannot make the -shm), which the
    read-only opener did not take for "open another way": `list` failed ("attempt to write a
    readonly database") and `check` reported an internal error."""
    prefix = as_nobody()
    if prefix is None:
        pytest.skip("needs root, setpriv and a Python the user 'nobody' can run")
    import shutil
    import tempfile
    from pathlib import Path

    top = Path(tempfile.mkdtemp(prefix="cb-not-mine-"))  # pytest's tmp_path is root's alone
    try:
        _not_mine(top, prefix)
    finally:
        shutil.rmtree(top, ignore_errors=True)


def _not_mine(top, prefix):
    folder = top / "shared"
    folder.mkdir()
    path = folder / "contacts.sqlite3"
    db = open_database(path, lock=True)
    demo.generate(5, seed=4, now=NOW)
    close_database(db, backup=False)
    for p in (top, folder):
        os.chmod(p, 0o755)
    os.chmod(path, 0o644)
    assert not os.path.exists(f"{path}-wal") and not os.path.exists(f"{path}-shm")

    def run(*argv):
        return subprocess.run([*prefix, sys.executable, "-m", "desktop_app", "--db", str(path), *argv],
                              capture_output=True, text=True, env=nobody_env(), timeout=120)

    listed = run("list", "--format", "tsv")
    assert listed.returncode == 0 and len(listed.stdout.splitlines()) == 1 + 5, listed.stderr
    checked = run("check")
    assert checked.returncode == 0 and checked.stdout.startswith("ok:"), checked.stderr
    added = run("add", "--tag", "上海-甲-咨询-1万-王-CEO-知乎")
    assert added.returncode == 1 and "cannot be written" in added.stderr
    assert "internal error" not in added.stderr + checked.stderr


def test_an_xlsx_cut_off_by_a_full_disk_says_so_in_one_line(filled, tmp_path):
    """xlsxwriter's zip writer, cut off by a full disk, left a ZipFile whose clean-up printed a
    second 'No space left on device' traceback under the one-line message."""
    db_path, _ = filled
    tiny = tmp_path / "tiny"
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("needs root and mount (tmpfs) for a real full disk")
    tiny.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4k", "tmpfs", str(tiny)],
                      capture_output=True).returncode != 0:
        pytest.skip("needs mount (tmpfs) for a real full disk")
    try:
        db = open_database(db_path, lock=True)
        demo.generate(300, seed=5, now=NOW)  # an export of ~20 KB, a report of ~6 KB
        close_database(db, backup=False)
        for argv in (["export", "--out", str(tiny / "all.xlsx")],
                     ["report", "funnel", "--period", "2026Q1", "--today", "2026-03-02",
                      "--out", str(tiny / "funnel.xlsx")]):
            r = subprocess.run([sys.executable, "-m", "desktop_app", "--db", str(db_path), *argv],
                               capture_output=True, text=True, timeout=120)
            assert r.returncode == 1, (argv, r.stdout, r.stderr)
            assert r.stderr.strip().splitlines() == [
                f"contact-book: Cannot write {argv[-1]}: the disk is full."], argv
            assert os.listdir(tiny) == []
    finally:
        subprocess.run(["umount", "-l", str(tiny)], capture_output=True)


def _sha(path):
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_backup_to_another_database_refuses_even_with_force(filled, capsys, tmp_path):
    """``--db A backup --to B`` where B is another Contact Book database silently replaced B
    (its leads lost). Refused with one line, with or without --force; B unchanged."""
    db_path, _ = filled
    other = tmp_path / "colleague" / "contacts.sqlite3"
    other.parent.mkdir()
    assert _run(capsys, "demo", "--contacts", "7", db=other)[0] == 0
    before = _sha(other)
    for force in ([], ["--force"]):
        code, out, err = _run(capsys, "backup", "--to", str(other), *force, db=db_path)
        assert (code, out) == (1, "")
        assert err == (f"contact-book: Cannot write {other}: it is a Contact Book database, "
                       "not a backup, and its contacts would be lost; nothing was changed. "
                       "Choose another file name.\n")
        assert _sha(other) == before
    code, out, _ = _run(capsys, "list", db=other)
    assert code == 0 and "7 contacts" in out


def test_backup_to_another_database_s_backup_needs_force(filled, capsys, tmp_path):
    """``backup --to usb/book.sqlite3`` replaced a colleague's backup there without a word
    (it was "an older Contact Book backup"): now refused, naming --force; with it, replaced."""
    db_path, _ = filled
    other = tmp_path / "colleague" / "contacts.sqlite3"
    other.parent.mkdir()
    assert _run(capsys, "demo", "--contacts", "7", db=other)[0] == 0
    dest = tmp_path / "book.sqlite3"
    assert _run(capsys, "backup", "--to", str(dest), db=other)[0] == 0
    before = _sha(dest)
    code, out, err = _run(capsys, "backup", "--to", str(dest), db=db_path)
    assert (code, out) == (1, "")
    assert err == (f"contact-book: Cannot write {dest}: it is a backup of another Contact Book "
                   "database (another profile, or someone else's file), and its contacts "
                   "would be lost; nothing was changed. Choose a new file name, or add --force "
                   "to replace it.\n")
    assert _sha(dest) == before
    code, out, err = _run(capsys, "backup", "--to", str(dest), "--force", db=db_path)
    assert code == 0 and out.startswith(f"Backed up 20 contacts to {dest}; it replaced")
    code, out, err = _run(capsys, "backup", "--to", str(dest), db=db_path)
    assert code == 0  # our own backup now: refreshed without --force


def test_backup_to_an_existing_file_needs_force(filled, capsys, tmp_path):
    db_path, _ = filled
    dest = tmp_path / "weekly.sqlite3"
    dest.write_bytes(b"not ours")
    code, out, err = _run(capsys, "backup", "--to", str(dest), db=db_path)
    assert (code, out) == (1, "") and "already exists" in err and "--force" in err
    assert dest.read_bytes() == b"not ours"
    code, out, err = _run(capsys, "backup", "--to", str(dest), "--force", db=db_path)
    assert code == 0 and out == f"Backed up 20 contacts to {dest}\n"
    code, out, err = _run(capsys, "backup", "--to", str(dest), "--force", db=db_path)
    assert code == 0  # last week's backup replaced by this week's, --force or not
    assert backup.validate_backup(dest).contacts == 20



def test_a_backup_of_one_lead_says_one_contact(capsys, tmp_path):
    """"Backed up 1 contacts": the count's noun follows the count, in export and restore too."""
    db_path = tmp_path / "one.sqlite3"
    assert _run(capsys, "add", "--tag", "上海-甲-咨询-1万-王伟-CEO-知乎", db=db_path)[0] == 0
    dest = tmp_path / "one-backup.sqlite3"
    assert _run(capsys, "backup", "--to", str(dest), db=db_path)[:2] == (
        0, f"Backed up 1 contact to {dest}\n")
    code, _, err = _run(capsys, "export", "--out", str(tmp_path / "one.csv"), db=db_path)
    assert (code, err.splitlines()[-1]) == (0, f"Exported 1 contact to {tmp_path / 'one.csv'}")

def _local(seconds: int) -> str:
    return datetime.fromtimestamp(seconds).strftime("%Y-%m-%d %H:%M")


def test_a_nightly_backup_to_the_same_file_works_every_night(filled, capsys, tmp_path):
    """``contact-book backup --to /media/usb/book.sqlite3`` run every night failed from the
    second night on ("the file already exists ... add --force"): last night's backup is now
    replaced, and the command says which one it replaced."""
    db_path, _ = filled
    dest = tmp_path / "usb" / "book.sqlite3"
    dest.parent.mkdir()
    code, out, err = _run(capsys, "backup", "--to", str(dest), db=db_path)
    assert (code, out, err) == (0, f"Backed up 20 contacts to {dest}\n", "")
    os.utime(dest, (1_780_000_000, 1_780_000_000))  # last night
    assert _run(capsys, "add", "--tag", "上海-甲-咨询-1万-王-CEO-知乎", db=db_path)[0] == 0
    code, out, err = _run(capsys, "backup", "--to", str(dest), db=db_path)
    assert (code, err) == (0, "")
    assert out == (f"Backed up 21 contacts to {dest}; it replaced the backup of "
                   f"{_local(1_780_000_000)}\n")
    assert backup.validate_backup(dest).contacts == 21  # the file is tonight's backup
    code, out, err = _run(capsys, "backup", "--to", str(dest), "--force", db=db_path)
    assert code == 0 and "it replaced the backup of" in out  # --force changes nothing here


def test_a_nightly_backup_still_refuses_a_foreign_file_and_a_live_database(filled, capsys,
                                                                           tmp_path):
    db_path, _ = filled
    dest = tmp_path / "book.sqlite3"
    dest.write_bytes(b"SQLite format 3\x00" + bytes(84))  # another program's (no schema)
    code, out, err = _run(capsys, "backup", "--to", str(dest), db=db_path)
    assert (code, out) == (1, "") and err == (
        f"contact-book: Cannot write {dest}: the file already exists and is not a Contact "
        "Book backup; nothing was changed. Choose a new file name, or add --force to replace "
        "it.\n")
    assert dest.read_bytes() == b"SQLite format 3\x00" + bytes(84)
    dest.unlink()
    assert _run(capsys, "backup", "--to", str(dest), db=db_path)[0] == 0
    assert _run(capsys, "list", db=dest)[0] == 0  # opened by the app: someone's data now
    before = _sha(dest)
    for force in ([], ["--force"]):
        code, out, err = _run(capsys, "backup", "--to", str(dest), *force, db=db_path)
        assert (code, out) == (1, "") and "is a Contact Book database, not a backup" in err
    assert _sha(dest) == before


def test_extract_over_an_earlier_extract_replaces_it(filled, capsys, tmp_path):
    db_path, _ = filled
    info = backup.make_backup(db_path, backup.MANUAL)
    dest = tmp_path / "copy.sqlite3"
    assert _run(capsys, "restore", str(info.path), "--extract", str(dest), db=db_path)[0] == 0
    os.utime(dest, (1_780_000_000, 1_780_000_000))
    code, out, err = _run(capsys, "restore", str(info.path), "--extract", str(dest), db=db_path)
    assert (code, err) == (0, "")
    assert out.startswith(f"Wrote {info.path.name} (20 contacts) to {dest}; it replaced the "
                          f"backup of {_local(1_780_000_000)}; it opens as a database")


def test_extract_over_another_database_refuses_even_with_force(filled, capsys, tmp_path):
    db_path, _ = filled
    info = backup.make_backup(db_path, backup.MANUAL)
    before = _sha(db_path)
    code, out, err = _run(capsys, "restore", str(info.path), "--extract", str(db_path),
                          "--force", db=db_path)
    assert (code, out) == (1, "") and "not a backup" in err
    assert _sha(db_path) == before


def test_backups_lists_an_empty_backup_as_empty_as_the_window_does(filled, capsys):
    db_path, _ = filled
    assert main(["--db", str(db_path), "backup"]) == 0
    [made] = backup.list_backups(db_path)
    made.path.write_bytes(b"")  # a backup cut to nothing (a full disk, a sync tool)
    capsys.readouterr()
    assert main(["--db", str(db_path), "backups"]) == 0
    [row] = [line for line in capsys.readouterr().out.splitlines() if made.path.name in line]
    assert "empty" in row and "0 kB" not in row
