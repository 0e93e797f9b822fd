"""Stories: articles about one event, grouped online as they arrive.

Each new article (in publication order; undated ones at their first_seen) is compared with the
stories active around its moment, those with an article at most ``story_window_days`` away.
The score of an article against a story is

    cosine(article terms, story terms) + ENTITY_WEIGHT * shared people/organisations
                                       + PLACE_WEIGHT * shared provinces

(terms: ``connect.terms``; shared = the share of the article's names found in the story). The
article joins the best story scoring at least ``STORY_THRESHOLD``, or starts a new one. An
article that is a near-duplicate of an article already in a story joins that story. A story's
profile (summed term weights, its names and provinces) is a row of the ``stories`` table, so the
next run continues where this one stopped without reading the archive.

Two events in two provinces share much vocabulary ("hội nghị", "tỉnh ủy", "ban chấp hành",
"quy hoạch"): a Nghệ An party conference and a Quảng Trị one ten hours later scored 0.31 and
were one story. So an article *about* a province (its heaviest provinces, ``nlp.places`` weights,
at least ``MAIN_PLACE_WEIGHT``) joins a story about other provinces only with a score of
``DISTINCT_PLACES_SCORE`` or more, when neither names the other's main province anywhere.
Provinces are compared under their names since 2025, so an article on Quảng Bình may still join a
story on Quảng Trị, and a national story that mentions the province in passing stays open.

The constants were tuned on the labelled set of ``bench/data/stories_*.jsonl`` (demo corpus and
VNTC events, all dated within the same window so that time gives no help) with
``bench/connect.py --tune`` (threshold 0.2-0.5, entity weight 0-0.3, place weight 0-0.1), choosing
the best B-cubed F1 (0.987). The neighbourhood is flat: thresholds 0.2-0.4 with any weights stay
within 0.967-0.987, and only 0.5 drops (0.954-0.973, recall falls), which is why they need no
re-tuning per corpus. The labelled set is easier than a live feed (many of its VNTC events are
one text republished by two papers), so treat the figure as an upper bound.
"""

from __future__ import annotations

import functools
import json
import math
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta

from bantin.connect.duplicates import ref
from bantin.connect.model import Story
from bantin.connect.stage import STORIES_JOINED, STORIES_NEW, Row, Stage, moment_of
from bantin.connect.terms import weighted_terms
from bantin.nlp.places import province_of
from bantin.pipeline.stats import Stats
from bantin.text.normalize import key

STORY_THRESHOLD = 0.25
ENTITY_WEIGHT = 0.15
PLACE_WEIGHT = 0.05
# An article is about the provinces of its heaviest weight when that weight is at least this
# (``nlp.places``: 3 title, 2 lead, 1 a body mention): a lone mention in the body is background.
MAIN_PLACE_WEIGHT = 2.0
# The score an article needs to join a story about other provinces (see the module docstring).
# Both tuned with ``bench/connect.py --tune-places`` on bench/data/stories_*.jsonl: without the
# rule B-cubed precision is demo 0.979 / VNTC 0.974 (F1 all 0.987); with it demo 1.000 / VNTC 0.974
# (F1 all 0.989), the same for any main weight 1-3 and any score 0.35-0.5. At 0.6 and above VNTC
# recall drops (0.996: one event, US soldiers' remains handed over, reported from Hà Nội by one
# paper and from Đà Nẵng by another, articles' cosine 0.54). 0.45 sits in the middle of the flat
# range, well above the 0.31 of the two party conferences.
DISTINCT_PLACES_SCORE = 0.45
# Terms kept in a story's profile (the heaviest of the summed member vectors).
PROFILE_TERMS = 80
# Keyphrases in a story's label.
LABEL_KEYPHRASES = 3


class Stories(Stage):
    name = "connect.stories"

    def __init__(self, window_days: float = 3.0) -> None:
        self.window = timedelta(days=window_days)

    def run(self, conn: sqlite3.Connection, batch: Sequence[Row], stats: Stats) -> None:
        rows = [r for r in batch if not _assigned(conn, r.id)]
        if not rows:
            return
        names = _names(conn, [r.id for r in rows])
        places, mains = _places(conn, [r.id for r in rows])
        first, last = moment_of(rows[0].moment), moment_of(rows[-1].moment)
        active = _load(conn, _iso(first - self.window), _iso(last + self.window))
        index: dict[str, dict[int, float]] = defaultdict(dict)  # term -> {story: weight}
        for story in active.values():
            for term, weight in story["terms"].items():
                index[term][story["id"]] = weight
        group_of, story_of_group = _duplicate_groups(conn, [r.id for r in rows])
        changed: set[int] = set()
        for row in rows:
            moment = moment_of(row.moment)
            vector = weighted_terms(row.title, row.lead, row.text)
            article_names, article_places = names.get(row.id, set()), places.get(row.id, set())
            article_main = mains.get(row.id, set())
            best, best_score = None, 0.0
            forced = story_of_group.get(group_of.get(row.id))
            if forced is not None and forced not in active:
                active.update(_load_ids(conn, [forced]))
            if forced is not None:
                best, best_score = forced, 1.0
            else:
                dots: dict[int, float] = defaultdict(float)
                for term, weight in vector.items():
                    for story_id, story_weight in index.get(term, {}).items():
                        dots[story_id] += weight * story_weight
                for story_id, dot in dots.items():
                    story = active[story_id]
                    cosine = dot / story["norm"] if story["norm"] else 0.0
                    if cosine + ENTITY_WEIGHT + PLACE_WEIGHT < max(best_score, STORY_THRESHOLD):
                        continue  # cannot win even with every name and place shared
                    if not (moment_of(story["first_seen"]) - self.window <= moment <= moment_of(story["last_seen"]) + self.window):
                        continue
                    score = cosine + _bonus(article_names, article_places, story)
                    if score < DISTINCT_PLACES_SCORE and _elsewhere(article_main, article_places, story):
                        continue
                    if score > best_score:
                        best, best_score = story_id, score
                if best_score < STORY_THRESHOLD:
                    best = None
            if best is None:
                story = _new_story(conn, row)
                active[story["id"]] = story
                best, best_score = story["id"], 1.0
                stats.add(STORIES_NEW)
            else:
                stats.add(STORIES_JOINED)
            story = active[best]
            for term in story["terms"]:  # the profile keeps its heaviest terms: re-index them
                index[term].pop(best, None)
            _add(story, row, vector, article_names, article_places, article_main)
            for term, weight in story["terms"].items():
                index[term][best] = weight
            changed.add(best)
            conn.execute("INSERT OR REPLACE INTO story_articles (article_id, story_id, similarity) VALUES (?, ?, ?)",
                         (row.id, best, round(best_score, 4)))
            if row.id in group_of:  # later copies of this text follow it into its story
                story_of_group.setdefault(group_of[row.id], best)
        for story_id in changed:
            _save(conn, active[story_id])


def _iso(value: datetime) -> str:
    return value.strftime("%Y-%m-%dT%H:%M:%SZ")


def _assigned(conn: sqlite3.Connection, article_id: int) -> bool:
    return conn.execute("SELECT 1 FROM story_articles WHERE article_id = ?", (article_id,)).fetchone() is not None


def _names(conn: sqlite3.Connection, ids: list[int]) -> dict[int, set[str]]:
    out: dict[int, set[str]] = defaultdict(set)
    for chunk in _chunks(ids):
        for article_id, entity_id in conn.execute(
            # CROSS JOIN keeps SQLite from scanning every PER/ORG entity for each chunk (350x slower at 7k entities)
            "SELECT ae.article_id, ae.entity_id FROM article_entities ae CROSS JOIN entities e ON e.id = ae.entity_id"
            f" WHERE e.type IN ('PER', 'ORG') AND ae.article_id IN ({','.join('?' * len(chunk))})",
            chunk,
        ):
            out[article_id].add(str(entity_id))
    return out


def _places(conn: sqlite3.Connection, ids: list[int]) -> tuple[dict[int, set[str]], dict[int, set[str]]]:
    """The provinces each article names, and the ones it is about (under their 2025 names)."""
    named: dict[int, set[str]] = defaultdict(set)
    weights: dict[int, dict[str, float]] = defaultdict(dict)
    for chunk in _chunks(ids):
        for article_id, name, name_2025, weight in conn.execute(
            "SELECT article_id, name, name_2025, weight FROM article_provinces"
            f" WHERE article_id IN ({','.join('?' * len(chunk))})", chunk
        ):
            named[article_id].add(name)
            by_unit = weights[article_id]
            by_unit[name_2025] = max(by_unit.get(name_2025, 0.0), weight)
    main: dict[int, set[str]] = {}
    for article_id, by_unit in weights.items():
        top = max(by_unit.values())
        if top >= MAIN_PLACE_WEIGHT:
            main[article_id] = {unit for unit, weight in by_unit.items() if weight == top}
    return named, main


@functools.cache
def _unit(name: str) -> str:
    """A province's name since 2025 (``name`` as ``article_provinces.name`` stores it)."""
    found = province_of(name)
    return found[1] if found else name


def _elsewhere(main: set[str], places: set[str], story: dict) -> bool:
    """True when the article is about provinces the story never names, and the story about
    provinces the article never names: most likely two events in two places."""
    story_main = story["main"].keys()
    if not main or not story_main:
        return False
    story_units = {_unit(p) for p in story["places"]}
    return not (main & story_units) and not (story_main & {_unit(p) for p in places})


def _chunks(items: list, size: int = 500):
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _duplicate_groups(conn: sqlite3.Connection, ids: list[int]) -> tuple[dict[int, int], dict[int, int]]:
    """The duplicate group of each article that has copies, and the story each group is already in."""
    group_of: dict[int, int] = {}
    for chunk in _chunks(ids):
        group_of.update(conn.execute(
            f"SELECT article_id, group_id FROM duplicates WHERE article_id IN ({','.join('?' * len(chunk))})", chunk))
    story_of_group: dict[int, int] = {}
    for chunk in _chunks(sorted(set(group_of.values()))):
        story_of_group.update(conn.execute(
            "SELECT d.group_id, min(sa.story_id) FROM duplicates d JOIN story_articles sa ON sa.article_id = d.article_id"
            f" WHERE d.group_id IN ({','.join('?' * len(chunk))}) GROUP BY d.group_id", chunk))
    return group_of, story_of_group


def _bonus(names: set[str], places: set[str], story: dict) -> float:
    shared_names = len(names & story["names"].keys()) / len(names) if names else 0.0
    shared_places = len(places & story["places"].keys()) / len(places) if places else 0.0
    return ENTITY_WEIGHT * shared_names + PLACE_WEIGHT * shared_places


def _new_story(conn: sqlite3.Connection, row: Row) -> dict:
    cursor = conn.execute(
        "INSERT INTO stories (label, first_seen, last_seen, origin_id, size, profile) VALUES ('', ?, ?, ?, 0, '{}')",
        (row.moment, row.moment, row.id),
    )
    return {"id": cursor.lastrowid, "first_seen": row.moment, "last_seen": row.moment, "origin_id": row.id,
            "size": 0, "terms": {}, "norm": 0.0, "names": Counter(), "places": Counter(), "main": Counter(),
            "keyphrases": Counter(), "title": row.title}


def _add(story: dict, row: Row, vector: dict[str, float], names: set[str], places: set[str],
         main: set[str]) -> None:
    terms = Counter(story["terms"])
    terms.update(vector)
    story["terms"] = dict(sorted(terms.items(), key=lambda kv: (-kv[1], kv[0]))[:PROFILE_TERMS])
    story["norm"] = math.sqrt(sum(w * w for w in story["terms"].values()))
    story["names"].update(names)
    story["places"].update(places)
    story["main"].update(main)
    story["keyphrases"].update(key(k) for k in row.keyphrases[:5])
    story["size"] += 1
    if row.moment < story["first_seen"]:
        story["first_seen"], story["origin_id"], story["title"] = row.moment, row.id, row.title
    story["last_seen"] = max(story["last_seen"], row.moment)


def _label(story: dict) -> str:
    top = [k for k, n in story["keyphrases"].most_common(LABEL_KEYPHRASES)]
    return ", ".join(top) if top else story.get("title", "")


def _save(conn: sqlite3.Connection, story: dict) -> None:
    profile = {
        "terms": {t: round(w, 5) for t, w in story["terms"].items()},
        "names": dict(story["names"]),
        "places": dict(story["places"]),
        "main": dict(story["main"]),
        "keyphrases": dict(story["keyphrases"]),
        "title": story["title"],
    }
    conn.execute(
        "UPDATE stories SET label = ?, first_seen = ?, last_seen = ?, origin_id = ?, size = ?, profile = ? WHERE id = ?",
        (_label(story), story["first_seen"], story["last_seen"], story["origin_id"], story["size"],
         json.dumps(profile, ensure_ascii=False), story["id"]),
    )


def _story(row: sqlite3.Row | tuple) -> dict:
    profile = json.loads(row[5])
    terms = profile.get("terms", {})
    return {"id": row[0], "first_seen": row[1], "last_seen": row[2], "origin_id": row[3], "size": row[4],
            "terms": terms, "norm": math.sqrt(sum(w * w for w in terms.values())),
            "names": Counter(profile.get("names", {})), "places": Counter(profile.get("places", {})),
            "main": Counter(profile.get("main", {})),
            "keyphrases": Counter(profile.get("keyphrases", {})), "title": profile.get("title", "")}


def _load(conn: sqlite3.Connection, start: str, end: str) -> dict[int, dict]:
    """Stories with an article in [start, end]."""
    rows = conn.execute(
        "SELECT id, first_seen, last_seen, origin_id, size, profile FROM stories WHERE last_seen >= ? AND first_seen <= ?",
        (start, end),
    )
    return {r[0]: _story(r) for r in rows}


def _load_ids(conn: sqlite3.Connection, ids: Iterable[int]) -> dict[int, dict]:
    ids = list(ids)
    rows = conn.execute(
        f"SELECT id, first_seen, last_seen, origin_id, size, profile FROM stories WHERE id IN ({','.join('?' * len(ids))})",
        ids,
    )
    return {r[0]: _story(r) for r in rows}


# -- reading -------------------------------------------------------------------------------


def active_where(since: str | None, until: str | None, min_articles: int) -> tuple[list[str], list]:
    """SQL conditions for stories active in [since, until) (UTC ISO) with ``min_articles`` or more."""
    where, params = ["size >= ?"], [min_articles]
    if since:
        where.append("last_seen >= ?")
        params.append(since)
    if until:
        where.append("first_seen < ?")
        params.append(until)
    return where, params


def stories(conn: sqlite3.Connection, *, since: str | None = None, until: str | None = None,
            ids: set[int] | None = None, min_articles: int = 1, limit: int | None = None) -> list[Story]:
    """Stories active in [since, until) (UTC ISO), latest first; ``ids`` keeps only stories
    containing one of these articles (a search's matches)."""
    where, params = active_where(since, until, min_articles)
    rows = conn.execute(
        f"SELECT id, label, first_seen, last_seen FROM stories WHERE {' AND '.join(where)}"
        " ORDER BY last_seen DESC, id DESC",
        params,
    ).fetchall()
    if ids is not None:
        wanted = _stories_of(conn, ids)
        rows = [r for r in rows if r[0] in wanted]
    if limit:
        rows = rows[:limit]
    out = []
    for story_id, label, first_seen, last_seen in rows:
        members = conn.execute(
            "SELECT a.id, a.url, a.title, a.source, a.published, sa.similarity FROM story_articles sa"
            " JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = ?"
            " ORDER BY coalesce(a.published_utc, a.first_seen), a.id",
            (story_id,),
        ).fetchall()
        refs = tuple(ref(m[:5], m[5]) for m in members)
        out.append(Story(id=story_id, label=label, first_seen=moment_of(first_seen), last_seen=moment_of(last_seen),
                         sources=tuple(dict.fromkeys(r.source for r in refs)), articles=refs))
    return out


def _stories_of(conn: sqlite3.Connection, ids: set[int]) -> set[int]:
    out: set[int] = set()
    for chunk in _chunks(sorted(ids)):
        out.update(r[0] for r in conn.execute(
            f"SELECT DISTINCT story_id FROM story_articles WHERE article_id IN ({','.join('?' * len(chunk))})", chunk))
    return out
