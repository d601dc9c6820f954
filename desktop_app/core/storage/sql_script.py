"""Run a script of several SQL statements through peewee, one statement at a time (a
trigger's inner ";" does not end it): the migration steps are written as such scripts."""
from __future__ import annotations

import sqlite3


def run_script(db, script: str) -> None:
    for statement in split_statements(script):
        db.execute_sql(statement)


def split_statements(script: str) -> list[str]:
    statements, current = [], ""
    for line in script.strip().splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip():  # a last statement without its ";"
        statements.append(current.strip())
    return statements
