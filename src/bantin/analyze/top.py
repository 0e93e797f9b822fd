"""Top lists for a query and a period: terms, entities, provinces, topics and sources.

Terms are the articles' keyphrases (from the language layer), ranked not by raw counts but by how
much more often the matching articles use them than Vietnamese news in general: the weighted
log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008), the
background being the document frequencies of the 33,759 VNTC articles shipped with the
keyphrase model (``nlp/models/idf.tsv.gz``). "cho biết" is frequent everywhere and ranks low;
"sạt lở" in a week of landslide coverage ranks high. The other lists are plain article counts.
"""

from __future__ import annotations

import functools
import gzip
import json
import math
from collections import Counter
from importlib import resources
from typing import Any

from bantin.search.query import parse
from bantin.store.base import SearchFilters
from bantin.text.normalize import key

# Strength of the background prior, in pseudo-documents (Monroe et al. use the background's own
# size; a smaller prior lets a small query set speak). 500 ranked the demo corpus's storm terms
# above its generic ones ("hội nghị", "tổ chức") for sets of 4 to 48 articles.
PRIOR_DOCUMENTS = 500.0
# A term must be a keyphrase of at least this many matching articles.
MIN_ARTICLES = 2


@functools.cache
def _background() -> tuple[dict[str, int], int]:
    table: dict[str, int] = {}
    with (resources.files("bantin.nlp") / "models" / "idf.tsv.gz").open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as lines:
        documents = int(next(lines).split("\t")[1])
        for line in lines:
            word, df = line.rstrip("\n").split("\t")
            table[key(word)] = int(df)
    return table, documents


def _background_df(phrase: str) -> float:
    """VNTC document frequency of a phrase: its own, else that of its rarest known word (an upper
    bound), else 0.5 (unseen)."""
    table, _ = _background()
    if phrase in table:
        return table[phrase]
    syllables = phrase.split()
    known = []
    i = 0
    while i < len(syllables):  # longest known words, left to right
        for j in range(len(syllables), i, -1):
            if " ".join(syllables[i:j]) in table:
                known.append(table[" ".join(syllables[i:j])])
                i = j
                break
        else:
            i += 1
    return float(min(known)) if known else 0.5


def log_odds(doc_counts: Counter[str], documents: int) -> list[tuple[str, float, int]]:
    """(term, z-score, articles) best first, for terms of at least MIN_ARTICLES articles."""
    _, background_docs = _background()
    out = []
    for term, y in doc_counts.items():
        if y < MIN_ARTICLES:
            continue
        b = _background_df(term)
        alpha = PRIOR_DOCUMENTS * b / background_docs
        a0 = PRIOR_DOCUMENTS
        delta = math.log((y + alpha) / max(documents + a0 - y - alpha, 1e-9)) - math.log(
            (b + alpha) / max(background_docs + a0 - b - alpha, 1e-9)
        )
        z = delta / math.sqrt(1 / (y + alpha) + 1 / (b + alpha))
        out.append((term, z, y))
    out.sort(key=lambda t: (-t[1], t[0]))
    return out


def top(store, query: str | None = None, *, filters: SearchFilters | None = None, n: int = 10) -> dict[str, Any]:
    """Top terms, entities (by type; public persons only), provinces, topics and sources of the matching articles."""
    filters = filters or SearchFilters()
    node = parse(query) if query else None
    rows = store.matching(node, filters)
    ids = [r[0] for r in rows]
    conn = store.conn
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS top_ids (id INTEGER PRIMARY KEY)")
    conn.execute("DELETE FROM top_ids")
    conn.executemany("INSERT INTO top_ids (id) VALUES (?)", [(i,) for i in ids])
    try:
        doc_counts: Counter[str] = Counter()
        surfaces: dict[str, Counter[str]] = {}
        for (phrases,) in conn.execute("SELECT a.keyphrases FROM articles a JOIN top_ids t ON t.id = a.id"):
            seen = set()
            for phrase in json.loads(phrases or "[]"):
                k = key(phrase)
                if k not in seen:
                    seen.add(k)
                    doc_counts[k] += 1
                    surfaces.setdefault(k, Counter())[phrase] += 1
        terms = [
            {"term": surfaces[t].most_common(1)[0][0], "articles": y, "score": round(z, 2)}
            for t, z, y in log_odds(doc_counts, len(ids))[:n]
        ]
        entities = {}
        for kind in ("PER", "ORG", "LOC"):
            entities[kind] = [
                {"name": r[0], "articles": r[1]}
                for r in conn.execute(
                    "SELECT e.name, count(DISTINCT ae.article_id) FROM top_ids t JOIN article_entities ae ON ae.article_id = t.id"
                    " JOIN listed_entities e ON e.id = ae.entity_id WHERE e.type = ? GROUP BY e.id ORDER BY 2 DESC, 1 LIMIT ?",
                    (kind, n),
                )
            ]
        provinces = [
            {"name": r[0], "articles": r[1]}
            for r in conn.execute(
                "SELECT ap.name, count(*) FROM top_ids t JOIN article_provinces ap ON ap.article_id = t.id"
                " GROUP BY ap.name ORDER BY 2 DESC, 1 LIMIT ?", (n,))
        ]
        topics = [
            {"name": r[0], "articles": r[1]}
            for r in conn.execute(
                "SELECT a.topic, count(*) FROM top_ids t JOIN articles a ON a.id = t.id WHERE a.topic IS NOT NULL"
                " GROUP BY a.topic ORDER BY 2 DESC, 1 LIMIT ?", (n,))
        ]
        sources = [{"name": s, "articles": c} for s, c in sorted(Counter(r[2] for r in rows).items(), key=lambda kv: (-kv[1], kv[0]))[:n]]
    finally:
        conn.execute("DELETE FROM top_ids")
    return {"query": query, "articles": len(ids), "terms": terms, "entities": entities, "provinces": provinces,
            "topics": topics, "sources": sources}
