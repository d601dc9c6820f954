"""A process killed (SIGKILL) in the middle of a 100,000-row import leaves the database as it
was before the import, and sound."""
import csv
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from tests.conftest import ROOT

CHILD = textwrap.dedent("""
    import sys
    from desktop_app.core.contacts import records as contacts
    from desktop_app.core.storage.db import open_database
    from desktop_app.core.transfer.importing import open_source, run_import

    open_database(sys.argv[1])
    real = contacts.write_many
    calls = []

    def write_many(*a, **kw):
        result = real(*a, **kw)
        calls.append(1)
        if len(calls) == 2:  # 10,000 rows written inside the open transaction
            print("WRITING", flush=True)
        return result

    contacts.write_many = write_many
    run_import(open_source(sys.argv[2]))
    print("DONE", flush=True)
""")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_during_import_leaves_database_as_before(tmp_path, db_path):
    from desktop_app.core.contacts import demo
    from desktop_app.core.storage.db import open_database

    db = open_database(db_path)
    demo.generate(300, seed=3)
    db.close()
    con = sqlite3.connect(db_path)
    before = con.execute("SELECT * FROM contact ORDER BY id").fetchall()
    phones_before = con.execute("SELECT count(*) FROM phone").fetchone()[0]
    con.close()

    leads = tmp_path / "leads.csv"
    with open(leads, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(["姓名", "手机", "公司", "城市", "备注"])
        for i in range(100_000):
            w.writerow([f"客户{i}", f"13{i:09d}", f"公司{i % 97}", "上海", "备注" * (i % 5)])

    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(db_path), str(leads)],
                            stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        line = proc.stdout.readline()
        assert line.strip() == "WRITING", line
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL

    con = sqlite3.connect(db_path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("SELECT * FROM contact ORDER BY id").fetchall() == before
    assert con.execute("SELECT count(*) FROM phone").fetchone()[0] == phones_before
    assert con.execute("SELECT count(*) FROM import_batch").fetchone()[0] == 0
    con.close()
    # and the app opens it and can import the same file afterwards
    db = open_database(db_path)
    from desktop_app.core.transfer.importing import open_source, run_import

    assert run_import(open_source(leads)).created == 100_000
    db.close()
