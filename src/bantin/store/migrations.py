"""The SQLite schema, as numbered migrations applied in order (PRAGMA user_version).

Each migration is a file ``schema/NNN_name.sql``; the number is its version. Add a file, never
edit one that has shipped: stores in the field have already applied it.
"""

from __future__ import annotations

import sqlite3
from importlib import resources


def _load() -> list[str]:
    files = sorted(
        (f for f in resources.files("bantin.store").joinpath("schema").iterdir() if f.name.endswith(".sql")),
        key=lambda f: f.name,
    )
    for number, file in enumerate(files, start=1):
        if int(file.name.split("_", 1)[0]) != number:
            raise RuntimeError(f"migration files must be numbered 001, 002...: {file.name} is out of sequence")
    return [f.read_text("utf-8") for f in files]


MIGRATIONS: list[str] = _load()


def migrate(conn: sqlite3.Connection) -> int:
    """Applies the migrations the database lacks, each in its own transaction; returns the version."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > len(MIGRATIONS):
        from bantin.store.base import StoreError

        raise StoreError(
            f"the database has schema version {version}, newer than this bantin ({len(MIGRATIONS)}): upgrade bantin"
        )
    for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(script):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return len(MIGRATIONS)


def _statements(script: str) -> list[str]:
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    return [s for s in statements if s]
