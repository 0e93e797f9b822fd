"""Reading single stories and duplicate groups, and the largest stories of a period, as the
connect layer left them (migration 004): what ``bantin.api.story``, ``story_of``,
``duplicates_of`` and ``largest_stories`` return, and what the dashboard shows.

A story's articles are listed as ``bantin stories`` lists them (``stories.stories``): earliest
first by publication (first seen when undated), the first being the origin."""

from __future__ import annotations

import sqlite3

from bantin.connect.duplicates import ref
from bantin.connect.model import ArticleRef, DuplicateGroup, Story
from bantin.connect.stage import moment_of
from bantin.connect.stories import active_where

_MEMBERS_SQL = (
    "SELECT a.id, a.url, a.title, a.source, a.published, sa.similarity FROM story_articles sa"
    " JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = ?"
    " ORDER BY coalesce(a.published_utc, a.first_seen), a.id"
)


def story(conn: sqlite3.Connection, story_id: int) -> Story | None:
    row = conn.execute("SELECT id, label, first_seen, last_seen FROM stories WHERE id = ?", (story_id,)).fetchone()
    return _story(conn, row) if row else None


def story_of(conn: sqlite3.Connection, article_id: int) -> Story | None:
    """The story the article belongs to, if any."""
    row = conn.execute(
        "SELECT s.id, s.label, s.first_seen, s.last_seen FROM story_articles sa JOIN stories s ON s.id = sa.story_id"
        " WHERE sa.article_id = ?", (article_id,)).fetchone()
    return _story(conn, row) if row else None


def largest_stories(conn: sqlite3.Connection, *, since: str | None = None, until: str | None = None,
                    min_articles: int = 2, limit: int = 50) -> list[Story]:
    """Stories active in [since, until) (UTC ISO) with at least ``min_articles`` articles, largest
    first, then the latest; only the ``limit`` shown are read."""
    where, params = active_where(since, until, min_articles)
    rows = conn.execute(
        f"SELECT id, label, first_seen, last_seen FROM stories WHERE {' AND '.join(where)}"
        " ORDER BY size DESC, last_seen DESC, id DESC LIMIT ?", (*params, int(limit))).fetchall()
    return [_story(conn, row) for row in rows]


def duplicates_of(conn: sqlite3.Connection, article_id: int) -> DuplicateGroup | None:
    """The article's duplicate group (the article itself among its members), if it has copies."""
    rows = conn.execute(
        "SELECT d.group_id, d.similarity, d.exact, a.id, a.url, a.title, a.source, a.published FROM duplicates mine"
        " JOIN duplicates d ON d.group_id = mine.group_id JOIN articles a ON a.id = d.article_id"
        " WHERE mine.article_id = ? ORDER BY coalesce(a.published_utc, a.first_seen), a.id", (article_id,)).fetchall()
    if not rows:
        return None
    refs = [ref(r[3:8], r[1]) for r in rows]
    return DuplicateGroup(id=rows[0][0], origin=refs[0], copies=tuple(refs[1:]), exact=all(bool(r[2]) for r in rows))


def _story(conn: sqlite3.Connection, row: sqlite3.Row | tuple) -> Story:
    story_id, label, first_seen, last_seen = row[0], row[1], row[2], row[3]
    articles: tuple[ArticleRef, ...] = tuple(ref(m[:5], m[5]) for m in conn.execute(_MEMBERS_SQL, (story_id,)))
    return Story(id=story_id, label=label, first_seen=moment_of(first_seen), last_seen=moment_of(last_seen),
                 sources=tuple(dict.fromkeys(a.source for a in articles)), articles=articles)
