"""Emerging issues: bursts of coverage of a keyphrase, a public person or an organisation, a
province or a topic, against its own trailing baseline. Private persons (no mention names them in
a public role, ``bantin.nlp.roles``) are neither counted nor raised: bantin follows no private
individual.

Two stages. ``DailyCounts`` keeps ``daily_counts`` (articles per day per key, and all articles
per day) for the days of each batch, and marks those days dirty. ``Alerts`` then (re)computes
the alerts of every dirty day and of the ``baseline_days`` after it (their baseline changed):
for a key with ``count`` articles on the day, against ``rate`` articles per day over the
previous ``baseline_days`` days the store has articles for,

    expected = rate * volume   (volume: the day's articles / the baseline days' mean, in [0.5, 2])
    score    = (count - expected) / sqrt(expected + PRIOR)

a Poisson z-score whose prior keeps a key unseen before (expected 0) from scoring more than its
count. An alert needs ``count >= min_articles``, ``score >= MIN_SCORE`` and
``count >= MIN_RATIO * expected``; at most ``MAX_ALERTS_PER_DAY`` per day, best first. Each
alert keeps the articles that triggered it and says why in one line. Alerts describe published
coverage only.

Chosen, not fitted: MIN_SCORE 3 and MIN_RATIO 3 are the usual three-sigma and threefold rules,
checked by reading the alerts of the demo corpus (the storm day raises its keyphrase, entity and
province alerts and nothing else) and of the test week (tests/test_connect_week.py: one province
burst, no alert on an ordinary week). They have not been validated on a large labelled stream.

Copies. One wire text republished by three sites is three articles: the test counts articles,
since attention includes reach (each copy is an outlet's choice to run the story), and each
alert stores how many of its articles are distinct texts (``distinct_texts``: a duplicate group
of the ``duplicates`` table, as grouped when the alert is computed, counts once), so that a
reader sees "3 articles (1 original, 2 copies)" and can discount a burst of one text. Counting
distinct texts in the test instead (every day's counts recomputed as distinct texts, the same
test and thresholds run on them) was measured on 2026-11-28. The demo corpus goes from 3 alerts
to 0: its storm day is one text in 3 outlets. The test week goes from 3 alerts to 0: the
landslide is 4 articles of one text and a follow-up, 2 texts, which score 1.7 against 0.2/day
(under 3 even with ``min_articles`` lowered to 2; with nothing before, a key needs 3 distinct
texts to score 3). The ordinary week stays at 0. Counting texts would drop every event both
corpora hold, so the test counts articles, and distinct texts are shown, not tested.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import date, timedelta

from bantin.connect.duplicates import ref
from bantin.connect.model import Alert
from bantin.connect.stage import ALERTS, DAYS, Row, Stage
from bantin.pipeline.stats import Stats
from bantin.text.normalize import key

MIN_SCORE = 3.0
MIN_RATIO = 3.0
PRIOR = 1.0
# A day is judged only when the store has articles on at least this many of the baseline days.
MIN_BASELINE_DAYS = 3
MAX_ALERTS_PER_DAY = 20
VOLUME_CLAMP = (0.5, 2.0)
# A province alert names the keyphrase shared by at least this share of its articles.
PROVINCE_KEYPHRASE_SHARE = 0.5
KINDS = ("keyphrase", "entity", "province", "topic")
ALL = ("all", "")


class DailyCounts(Stage):
    name = "connect.counts"

    def run(self, conn: sqlite3.Connection, batch: Sequence[Row], stats: Stats) -> None:
        for day in sorted({r.day for r in batch}):
            members, _ = day_keys(conn, day)
            conn.execute("DELETE FROM daily_counts WHERE day = ?", (day,))
            conn.executemany(
                "INSERT INTO daily_counts (kind, key, day, count) VALUES (?, ?, ?, ?)",
                [(kind, k, day, len(ids)) for (kind, k), ids in members.items()],
            )
            conn.execute("INSERT OR IGNORE INTO connect_dirty_days (day) VALUES (?)", (day,))
            stats.add(DAYS)

    def finish(self, conn: sqlite3.Connection, stats: Stats) -> None:
        """Recounts, over every day, the persons whose listing changed since their days were counted
        (``connect_relisted``, migration 007): a person first named in a public role today has
        their earlier articles counted too, as a person who lost it has them no more."""
        ids = json.dumps([r[0] for r in conn.execute("SELECT entity_id FROM connect_relisted")])
        if ids == "[]":
            return
        keys = "SELECT CAST(value AS TEXT) FROM json_each(:ids)"
        days = {r[0] for r in conn.execute(f"SELECT day FROM daily_counts WHERE kind = 'entity' AND key IN ({keys})",
                                           {"ids": ids})}
        conn.execute(f"DELETE FROM daily_counts WHERE kind = 'entity' AND key IN ({keys})", {"ids": ids})
        counts = conn.execute(
            "SELECT CAST(e.id AS TEXT), c.day, count(*) FROM entities e CROSS JOIN article_entities ae ON ae.entity_id = e.id"
            " CROSS JOIN connect_articles c ON c.article_id = ae.article_id"
            " WHERE e.id IN (SELECT value FROM json_each(:ids)) AND e.public = 1 AND e.type IN ('PER', 'ORG')"
            " GROUP BY e.id, c.day", {"ids": ids}).fetchall()
        conn.executemany("INSERT INTO daily_counts (kind, key, day, count) VALUES ('entity', ?, ?, ?)", counts)
        days.update(day for _, day, _ in counts)
        conn.executemany("INSERT OR IGNORE INTO connect_dirty_days (day) VALUES (?)", [(d,) for d in sorted(days)])
        conn.execute("DELETE FROM connect_relisted")


def day_keys(conn: sqlite3.Connection, day: str, *, with_ranks: bool = False):
    """The articles of one day under each key, each key's display name, and (``with_ranks``) each
    keyphrase's mean position in its articles' keyphrase lists (0: always listed first)."""
    members: dict[tuple[str, str], set[int]] = defaultdict(set)
    positions: dict[tuple[str, str], list[int]] = defaultdict(list)
    surfaces: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    names: dict[tuple[str, str], str] = {}
    for article_id, keyphrases, topic in conn.execute(
        "SELECT a.id, a.keyphrases, a.topic FROM connect_articles c JOIN articles a ON a.id = c.article_id WHERE c.day = ?",
        (day,),
    ):
        members[ALL].add(article_id)
        for position, phrase in enumerate(json.loads(keyphrases or "[]")):
            k = ("keyphrase", key(phrase))
            members[k].add(article_id)
            positions[k].append(position)
            surfaces[k][phrase] += 1
        if topic:
            members[("topic", topic)].add(article_id)
            names[("topic", topic)] = topic
    for article_id, entity_id, name in conn.execute(
        # CROSS JOINs: from the day's articles to their entities, never from every entity of a type;
        # public persons only (bantin does not follow private individuals)
        "SELECT ae.article_id, e.id, e.name FROM connect_articles c CROSS JOIN article_entities ae ON ae.article_id = c.article_id"
        " CROSS JOIN entities e ON e.id = ae.entity_id WHERE c.day = ? AND e.type IN ('PER', 'ORG') AND e.public = 1",
        (day,),
    ):
        members[("entity", str(entity_id))].add(article_id)
        names[("entity", str(entity_id))] = name
    for article_id, name in conn.execute(
        "SELECT ap.article_id, ap.name FROM connect_articles c JOIN article_provinces ap ON ap.article_id = c.article_id"
        " WHERE c.day = ?",
        (day,),
    ):
        members[("province", name)].add(article_id)
        names[("province", name)] = name
    for k, counter in surfaces.items():
        names[k] = counter.most_common(1)[0][0]
    if with_ranks:
        return members, names, {k: sum(p) / len(p) for k, p in positions.items()}
    return members, names


class Alerts(Stage):
    name = "connect.alerts"

    def __init__(self, baseline_days: int = 14, min_articles: int = 3) -> None:
        self.baseline_days = baseline_days
        self.min_articles = min_articles

    def run(self, conn: sqlite3.Connection, batch: Sequence[Row], stats: Stats) -> None:
        pass  # alerts need every batch's counts: see finish

    def finish(self, conn: sqlite3.Connection, stats: Stats) -> None:
        dirty = [r[0] for r in conn.execute("SELECT day FROM connect_dirty_days ORDER BY day")]
        if not dirty:
            return
        counted = {r[0] for r in conn.execute("SELECT day FROM daily_counts WHERE kind = 'all' AND key = ''")}
        todo = set(dirty)
        for day in dirty:
            start = date.fromisoformat(day)
            todo.update(d for d in ((start + timedelta(days=n)).isoformat() for n in range(1, self.baseline_days + 1))
                        if d in counted)
        for day in sorted(todo):
            stats.add(ALERTS, self._day(conn, day))
        conn.execute("DELETE FROM connect_dirty_days")

    def _day(self, conn: sqlite3.Connection, day: str) -> int:
        conn.execute("DELETE FROM alerts WHERE day = ?", (day,))
        start = (date.fromisoformat(day) - timedelta(days=self.baseline_days)).isoformat()
        active_days, baseline_total = conn.execute(
            "SELECT count(*), coalesce(sum(count), 0) FROM daily_counts WHERE kind = 'all' AND key = '' AND day >= ? AND day < ?",
            (start, day),
        ).fetchone()
        if active_days < MIN_BASELINE_DAYS:
            return 0
        today_total = conn.execute(
            "SELECT coalesce(sum(count), 0) FROM daily_counts WHERE kind = 'all' AND key = '' AND day = ?", (day,)
        ).fetchone()[0]
        volume = min(max(today_total / (baseline_total / active_days), VOLUME_CLAMP[0]), VOLUME_CLAMP[1]) if baseline_total else 1.0
        found = []
        for kind, k, count in conn.execute(
            "SELECT kind, key, count FROM daily_counts WHERE day = ? AND kind != 'all' AND count >= ?",
            (day, self.min_articles),
        ).fetchall():
            before = conn.execute(
                "SELECT coalesce(sum(count), 0) FROM daily_counts WHERE kind = ? AND key = ? AND day >= ? AND day < ?",
                (kind, k, start, day),
            ).fetchone()[0]
            rate = before / active_days
            expected = rate * volume
            score = (count - expected) / (expected + PRIOR) ** 0.5
            if score >= MIN_SCORE and count >= MIN_RATIO * expected:
                found.append((score, kind, k, count, rate))
        if not found:
            return 0
        members, names, ranks = day_keys(conn, day, with_ranks=True)
        # best score first; among equals, the keyphrase the articles list highest (the subject)
        found.sort(key=lambda f: (-f[0], ranks.get((f[1], f[2]), 0.0), f[1], f[2]))
        kept: list[tuple] = []
        for score, kind, k, count, rate in found:
            ids = members.get((kind, k), set())
            # one event, one alert per kind: a keyphrase or name whose articles an alert already
            # covers adds nothing ("bão", "Biển Đông", "giật cấp" of one storm story)
            if any(kind == other[1] and ids <= members.get((other[1], other[2]), set()) for other in kept):
                continue
            kept.append((score, kind, k, count, rate))
        kept = kept[:MAX_ALERTS_PER_DAY]
        groups = dict(conn.execute(
            "SELECT d.article_id, d.group_id FROM connect_articles c JOIN duplicates d ON d.article_id = c.article_id"
            " WHERE c.day = ?", (day,)).fetchall())
        for score, kind, k, count, rate in kept:
            ids = members.get((kind, k), set())
            name = names.get((kind, k), k)
            texts = len({groups.get(i, i) for i in ids})  # a group id is its smallest member's id
            phrase = _province_phrase(ids, members, names) if kind == "province" else None
            text = _explain(kind, name, count, texts, rate, active_days, day, phrase)
            cursor = conn.execute(
                "INSERT INTO alerts (day, kind, key, name, count, baseline, score, explanation, distinct_texts,"
                " window_days, phrase) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (day, kind, k, name, count, round(rate, 3), round(score, 2), text, texts, active_days, phrase),
            )
            conn.executemany("INSERT INTO alert_articles (alert_id, article_id) VALUES (?, ?)",
                             [(cursor.lastrowid, i) for i in sorted(ids)])
        return len(kept)


def _province_phrase(ids: set[int], members: dict[tuple[str, str], set[int]],
                     names: dict[tuple[str, str], str]) -> str | None:
    """The keyphrase shared by at least ``PROVINCE_KEYPHRASE_SHARE`` of a province alert's articles
    (and by two of them), the most shared; None if there is none."""
    shared = [
        (len(a & ids), names.get(k, k[1]))
        for k, a in members.items()
        if k[0] == "keyphrase" and len(a & ids) >= max(2, PROVINCE_KEYPHRASE_SHARE * len(ids))
    ]
    return max(shared, key=lambda s: (s[0], s[1]))[1] if shared else None


def _explain(kind: str, name: str, count: int, texts: int, rate: float, days: int, day: str,
             phrase: str | None) -> str:
    """The stored one-line reason, in English (readers render it in their language from the
    alert's columns): "'sạt lở' in Bắc Kạn: 5 articles (2 originals, 3 copies) on 2023-05-07 vs
    0.2/day over 6 days"."""
    copies = count - texts
    reach = (f" ({texts} original{'s' if texts != 1 else ''}, {copies} cop{'ies' if copies != 1 else 'y'})"
             if copies else "")
    tail = f"{count} articles{reach} on {day} vs {rate:.1f}/day over {days} days"
    if kind == "province":
        return f"'{phrase}' in {name}: {tail}" if phrase else f"{name}: {tail}"
    if kind == "topic":
        return f"topic '{name}': {tail}"
    return f"'{name}': {tail}"


# -- reading -------------------------------------------------------------------------------


def alerts(conn: sqlite3.Connection, *, since: str | None = None, until: str | None = None,
           kinds: Sequence[str] = (), limit: int | None = None) -> list[Alert]:
    """Alerts of the days in [since, until] (local dates), latest day first, best score first; an
    entity's only while it is listed (a revision may have made a person private since the alerts
    were computed)."""
    where: list[str] = ["(kind != 'entity' OR EXISTS (SELECT 1 FROM listed_entities e WHERE e.id = CAST(alerts.key AS INTEGER)))"]
    params: list = []
    if since:
        where.append("day >= ?")
        params.append(since)
    if until:
        where.append("day <= ?")
        params.append(until)
    if kinds:
        where.append(f"kind IN ({','.join('?' * len(kinds))})")
        params.extend(kinds)
    sql = ("SELECT id, day, kind, key, name, count, baseline, score, explanation FROM alerts"
           f" {'WHERE ' + ' AND '.join(where) if where else ''} ORDER BY day DESC, score DESC, id")
    if limit:
        sql += f" LIMIT {int(limit)}"
    out = []
    rows = conn.execute(sql, params).fetchall()
    facts = alert_facts(conn, [r[0] for r in rows])
    for r in rows:
        articles = conn.execute(
            "SELECT a.id, a.url, a.title, a.source, a.published FROM alert_articles x JOIN articles a ON a.id = x.article_id"
            " WHERE x.alert_id = ? ORDER BY coalesce(a.published_utc, a.first_seen), a.id",
            (r[0],),
        ).fetchall()
        out.append(Alert(id=r[0], day=r[1], kind=r[2], key=r[3], name=r[4], count=r[5], baseline=r[6], score=r[7],
                         explanation=r[8], articles=tuple(ref(a) for a in articles), **facts.get(r[0], {})))
    return out


def alert_facts(conn: sqlite3.Connection, ids: Sequence[int]) -> dict[int, dict[str, int | str | None]]:
    """The columns of migration 008 (``distinct_texts``, ``window_days``, ``phrase``) of the alerts
    ``ids``, by id, as ``alerts`` puts them on each ``Alert``. A store opened read-only before 008
    has them computed as 008 computes them."""
    ids_json = json.dumps(list(ids))
    if "distinct_texts" in {r[1] for r in conn.execute("PRAGMA table_info(alerts)")}:
        rows = conn.execute("SELECT id, distinct_texts, window_days, phrase FROM alerts WHERE id IN"
                            " (SELECT value FROM json_each(?))", (ids_json,)).fetchall()
    else:
        rows = [(alert_id, texts, *sentence_facts(kind, name, explanation)) for alert_id, texts, kind, name, explanation
                in conn.execute(f"SELECT id, ({DISTINCT_TEXTS_SQL}), kind, name, explanation FROM alerts"
                                " WHERE id IN (SELECT value FROM json_each(?))", (ids_json,))]
    return {r[0]: {"distinct_texts": r[1], "window_days": r[2], "phrase": r[3]} for r in rows}


# An alert's distinct texts, from its articles and today's duplicate groups (a group id is its
# smallest member's id, never an ungrouped article's): migration 008's backfill, in SQL.
DISTINCT_TEXTS_SQL = ("SELECT count(DISTINCT coalesce(d.group_id, x.article_id)) FROM alert_articles x"
                      " LEFT JOIN duplicates d ON d.article_id = x.article_id WHERE x.alert_id = alerts.id")


def sentence_facts(kind: str, name: str, explanation: str) -> tuple[int | None, str | None]:
    """The window and a province alert's keyphrase of an alert computed before migration 008, read
    from its English sentence as ``_explain`` wrote it then ("'sạt lở' in Bắc Kạn: 5 articles on
    2023-05-07 vs 0.2/day over 6 days"); None for what the sentence does not say so."""
    window = re.search(r" over (\d+) days$", explanation or "")
    phrase = re.match(rf"'(.+)' in {re.escape(name)}: ", explanation or "") if kind == "province" else None
    return (int(window.group(1)) if window else None, phrase.group(1) if phrase else None)
