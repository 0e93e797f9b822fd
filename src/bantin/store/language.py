"""Storing what the language layer found in an article: entities (merged across articles into
canonical records), provinces, topic and keyphrases. Used by the SQLite store inside its write
transaction; an article's rows are replaced when it gets a new revision."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from typing import Any

from bantin.text.normalize import key
from bantin.types import Article, Entity, ProvinceMention


def write(conn: sqlite3.Connection, article_id: int, article: Article) -> None:
    conn.execute(
        "UPDATE articles SET topic = ?, topic_confidence = ?, keyphrases = ? WHERE id = ?",
        (article.topic, article.topic_confidence, json.dumps(list(article.keyphrases), ensure_ascii=False), article_id),
    )
    conn.execute("DELETE FROM article_entities WHERE article_id = ?", (article_id,))
    conn.execute("DELETE FROM article_provinces WHERE article_id = ?", (article_id,))
    grouped: dict[tuple[str, str], list[Entity]] = defaultdict(list)
    for entity in article.entities:
        grouped[(entity.type, key(entity.canonical))].append(entity)
    for (kind, merge_key), mentions in grouped.items():
        conn.execute(
            "INSERT INTO entities (type, key, name) VALUES (?, ?, ?) ON CONFLICT (type, key) DO NOTHING",
            (kind, merge_key, mentions[0].canonical),
        )
        entity_id = conn.execute("SELECT id FROM entities WHERE type = ? AND key = ?", (kind, merge_key)).fetchone()[0]
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
