"""The SQLite schema, as numbered migrations applied in order (PRAGMA user_version).

Each migration is a file ``schema/NNN_name.sql``; the number is its version. Add a file, never
edit one that has shipped: stores in the field have already applied it. A migration whose data
cannot be computed in SQL has a Python step in ``AFTER``, run after its script in the same
transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
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


def _public_persons(conn: sqlite3.Connection) -> None:
    """007: marks the persons some stored mention names in a public role (``bantin.nlp.roles``),
    and removes what was counted and raised about the others (their daily counts and alerts)."""
    from bantin.store.language import mark_public_persons

    mark_public_persons(conn)
    conn.execute("DELETE FROM connect_relisted")  # their daily counts were made with everyone in them
    private = "SELECT CAST(id AS TEXT) FROM entities WHERE public = 0"
    conn.execute(f"DELETE FROM daily_counts WHERE kind = 'entity' AND key IN ({private})")
    conn.execute("DELETE FROM alert_articles WHERE alert_id IN"
                 f" (SELECT id FROM alerts WHERE kind = 'entity' AND key IN ({private}))")
    conn.execute(f"DELETE FROM alerts WHERE kind = 'entity' AND key IN ({private})")


def _alert_facts(conn: sqlite3.Connection) -> None:
    """008: the window and a province alert's keyphrase of the alerts computed before it, read once
    from their English sentence (``bantin.connect.bursts.sentence_facts``)."""
    from bantin.connect.bursts import sentence_facts

    conn.executemany("UPDATE alerts SET window_days = ?, phrase = ? WHERE id = ?",
                     [(*sentence_facts(kind, name, explanation), alert_id) for alert_id, kind, name, explanation
                      in conn.execute("SELECT id, kind, name, explanation FROM alerts").fetchall()])


# Python steps of migrations, by version.
AFTER: dict[int, Callable[[sqlite3.Connection], None]] = {7: _public_persons, 8: _alert_facts}


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
            if number in AFTER:
                AFTER[number](conn)
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
