"""Storing what the language layer found in an article: entities (merged across articles into
canonical records), provinces, topic and keyphrases. Used by the SQLite store inside its write
transaction; an article's rows are replaced when it gets a new revision.

Persons are public (listed) once a mention names them in a public role (``bantin.nlp.roles``):
``entities.public``, kept here as mentions are written, and the ``listed_entities`` view that
every reader reads (migration 007)."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from typing import Any

from bantin.nlp.roles import is_public_role
from bantin.text.normalize import key
from bantin.types import Article, Entity, ProvinceMention


def write(conn: sqlite3.Connection, article_id: int, article: Article) -> None:
    conn.execute(
        "UPDATE articles SET topic = ?, topic_confidence = ?, keyphrases = ? WHERE id = ?",
        (article.topic, article.topic_confidence, json.dumps(list(article.keyphrases), ensure_ascii=False), article_id),
    )
    was_public_here = _public_here(conn, article_id)
    conn.execute("DELETE FROM article_entities WHERE article_id = ?", (article_id,))
    conn.execute("DELETE FROM article_provinces WHERE article_id = ?", (article_id,))
    grouped: dict[tuple[str, str], list[Entity]] = defaultdict(list)
    for entity in article.entities:
        grouped[(entity.type, key(entity.canonical))].append(entity)
    public_here = set()
    for (kind, merge_key), mentions in grouped.items():
        public = kind != "PER" or any(is_public_role(m.title) for m in mentions)
        conn.execute(
            "INSERT INTO entities (type, key, name, public) VALUES (?, ?, ?, ?) ON CONFLICT (type, key) DO NOTHING",
            (kind, merge_key, mentions[0].canonical, int(public)),
        )
        entity_id = conn.execute("SELECT id FROM entities WHERE type = ? AND key = ?", (kind, merge_key)).fetchone()[0]
        if public and kind == "PER":
            public_here.add(entity_id)
            conn.execute("UPDATE entities SET public = 1 WHERE id = ? AND public = 0", (entity_id,))
        title = next((m.title for m in mentions if m.title), None)
        spans = [[m.start, m.end, m.text, m.title] for m in mentions]
        conn.execute(
            "INSERT INTO article_entities (article_id, entity_id, mentions, title, spans) VALUES (?, ?, ?, ?, ?)",
            (article_id, entity_id, len(mentions), title, json.dumps(spans, ensure_ascii=False)),
        )
    conn.executemany(
        "INSERT OR REPLACE INTO article_provinces (article_id, name, name_2025, weight, mentions) VALUES (?, ?, ?, ?, ?)",
        [(article_id, p.name, p.name_2025, p.weight, p.mentions) for p in article.provinces],
    )
    if was_public_here - public_here:  # a revision dropped their public title here: elsewhere?
        mark_public_persons(conn, was_public_here - public_here)


def _public_here(conn: sqlite3.Connection, article_id: int) -> set[int]:
    """The persons this article's stored rows name in a public role."""
    return {
        entity_id for entity_id, spans in conn.execute(
            "SELECT ae.entity_id, ae.spans FROM article_entities ae JOIN entities e ON e.id = ae.entity_id"
            " WHERE ae.article_id = ? AND e.type = 'PER' AND e.public = 1", (article_id,))
        if any(is_public_role(span[3]) for span in json.loads(spans))
    }


def mark_public_persons(conn: sqlite3.Connection, ids: set[int] | None = None) -> int:
    """Sets ``entities.public`` of the persons ``ids`` (all persons if None) from every stored
    mention's title; returns how many changed. Used by migration 007 on an existing store, and
    when a revision takes a person's public title away."""
    scope, mine, params = "", "", []
    if ids is not None:
        marks = ",".join("?" * len(ids))
        scope, mine, params = f" AND entities.id IN ({marks})", f" AND ae.entity_id IN ({marks})", sorted(ids)
    titles = [t for (t,) in conn.execute(
        "SELECT DISTINCT json_extract(s.value, '$[3]') FROM entities JOIN article_entities ae ON ae.entity_id = entities.id,"
        f" json_each(ae.spans) s WHERE entities.type = 'PER'{scope}", params) if t]
    public = json.dumps([t for t in titles if is_public_role(t)], ensure_ascii=False)
    return conn.execute(
        "UPDATE entities SET public = 1 - public WHERE entities.type = 'PER' AND public != (entities.id IN"
        "  (SELECT ae.entity_id FROM article_entities ae, json_each(ae.spans) s"
        f"   WHERE json_extract(s.value, '$[3]') IN (SELECT value FROM json_each(?)){mine}))" + scope,
        [public, *params, *params]).rowcount


def listed_view(conn: sqlite3.Connection) -> None:
    """In a store opened read-only whose schema predates ``listed_entities`` (migration 007): a
    temporary view of the same name that lists organisations and places only, until a writable
    open migrates the store and marks its public persons."""
    names = {r[0] for r in conn.execute("SELECT name FROM main.sqlite_master WHERE name IN ('entities', 'listed_entities')")}
    if names == {"entities"}:
        conn.execute("CREATE TEMP VIEW IF NOT EXISTS listed_entities AS"
                     " SELECT id, type, key, name FROM main.entities WHERE type != 'PER'")


def read(conn: sqlite3.Connection, row: sqlite3.Row) -> dict[str, Any]:
    """The language fields of a stored article, for ``Article(**...)``."""
    entities = []
    for kind, name, spans in conn.execute(
        "SELECT e.type, e.name, ae.spans FROM article_entities ae JOIN entities e ON e.id = ae.entity_id"
        " WHERE ae.article_id = ?",
        (row["id"],),
    ):
        for start, end, text, title in json.loads(spans):
            entities.append(Entity(text=text, type=kind, start=start, end=end, canonical=name, title=title))
    provinces = [
        ProvinceMention(name=r[0], name_2025=r[1], weight=r[2], mentions=r[3])
        for r in conn.execute(
            "SELECT name, name_2025, weight, mentions FROM article_provinces WHERE article_id = ? ORDER BY weight DESC, name",
            (row["id"],),
        )
    ]
    return {
        "entities": tuple(sorted(entities, key=lambda e: (e.start, e.end))),
        "provinces": tuple(provinces),
        "topic": row["topic"],
        "topic_confidence": row["topic_confidence"],
        "keyphrases": tuple(json.loads(row["keyphrases"])),
    }
