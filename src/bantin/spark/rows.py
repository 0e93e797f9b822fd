"""Articles as Parquet rows, and back: the one schema that Spark writes and ``bantin import`` reads.

A row carries everything ``SQLiteStore.write_batch`` needs to store the very same ``Article``
(dates as ISO text with their offsets, so nothing is lost to time zones), where the page came
from (``input_rank``, ``input_record``: the order ``bantin ingest`` would have met it in), and
what the cross-document stages need (``article_key``, the MinHash ``signature`` and its LSH
``bands``, computed by ``bantin.connect.signatures`` exactly as the embedded connect stage does).
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any

import pyarrow as pa

from bantin.connect import signatures as sig
from bantin.local_time import local_day
from bantin.types import Article, Entity, ProvinceMention, Rejected

UNDATED = "undated"  # the month partition of articles without a publication date

ENTITY = pa.struct([
    ("text", pa.string()), ("type", pa.string()), ("start", pa.int32()), ("end", pa.int32()),
    ("canonical", pa.string()), ("title", pa.string()),
])
PROVINCE = pa.struct([
    ("name", pa.string()), ("name_2025", pa.string()), ("weight", pa.float64()), ("mentions", pa.int32()),
])
ARTICLES = pa.schema([
    ("article_key", pa.int64()),  # stable id across runs and systems: a hash of the URL
    ("input_rank", pa.int64()),  # the input file's place in the run's manifest
    ("input_record", pa.int64()),  # the page's place in its input file
    ("url", pa.string()), ("source", pa.string()), ("title", pa.string()), ("lead", pa.string()),
    ("text", pa.string()), ("published", pa.string()), ("day", pa.string()), ("authors", pa.list_(pa.string())),
    ("section", pa.string()), ("language", pa.string()), ("extractor", pa.string()), ("locator", pa.string()),
    ("fetched_at", pa.string()), ("entities", pa.list_(ENTITY)), ("provinces", pa.list_(PROVINCE)),
    ("topic", pa.string()), ("topic_confidence", pa.float64()), ("keyphrases", pa.list_(pa.string())),
    ("extra", pa.string()),
    ("text_key", pa.string()),  # sha1 of the folded words: equal keys are exact copies
    ("signature", pa.binary()),  # MinHash values, uint32 little-endian; null: too short to compare
    ("bands", pa.list_(pa.int64())),  # one hash per LSH band
])
REJECTED = pa.schema([
    ("input_rank", pa.int64()), ("input_record", pa.int64()), ("locator", pa.string()), ("url", pa.string()),
    ("reason", pa.string()), ("detail", pa.string()), ("step", pa.string()),
])


def article_key(url: str) -> int:
    """A signed 64-bit hash of the URL (the store's key is the URL too)."""
    return int.from_bytes(hashlib.blake2b(url.encode(), digest_size=8).digest(), "little", signed=True)


def month_of(row: dict[str, Any]) -> str:
    return row["day"][:7] if row["day"] else UNDATED


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _when(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def article_row(article: Article, rank: int, record: int) -> dict[str, Any]:
    words = sig.folded_words(article.title, article.lead, article.text)
    signature = sig.signature(words)
    return {
        "article_key": article_key(article.url), "input_rank": rank, "input_record": record,
        "url": article.url, "source": article.source, "title": article.title, "lead": article.lead,
        "text": article.text, "published": _iso(article.published),
        "day": local_day(article.published) if article.published else None,
        "authors": list(article.authors), "section": article.section, "language": article.language,
        "extractor": article.extractor, "locator": article.locator, "fetched_at": _iso(article.fetched_at),
        "entities": [
            {"text": e.text, "type": e.type, "start": e.start, "end": e.end, "canonical": e.canonical, "title": e.title}
            for e in article.entities
        ],
        "provinces": [
            {"name": p.name, "name_2025": p.name_2025, "weight": p.weight, "mentions": p.mentions}
            for p in article.provinces
        ],
        "topic": article.topic, "topic_confidence": article.topic_confidence, "keyphrases": list(article.keyphrases),
        "extra": json.dumps(dict(article.extra), ensure_ascii=False, default=str),
        "text_key": sig.text_key(words),
        "signature": sig.to_blob(signature) if signature is not None else None,
        "bands": sig.band_hashes(signature) if signature is not None else None,
    }


def rejected_row(item: Rejected, rank: int, record: int) -> dict[str, Any]:
    return {"input_rank": rank, "input_record": record, "locator": item.locator, "url": item.url,
            "reason": item.reason, "detail": item.detail, "step": item.step}


def to_article(row: dict[str, Any]) -> Article:
    return Article(
        url=row["url"], source=row["source"], title=row["title"], text=row["text"], lead=row["lead"] or "",
        published=_when(row["published"]), authors=tuple(row["authors"] or ()), section=row["section"],
        language=row["language"], extractor=row["extractor"] or "", locator=row["locator"] or "",
        fetched_at=_when(row["fetched_at"]),
        entities=tuple(Entity(**e) for e in row["entities"] or ()),
        provinces=tuple(ProvinceMention(**p) for p in row["provinces"] or ()),
        topic=row["topic"], topic_confidence=row["topic_confidence"], keyphrases=tuple(row["keyphrases"] or ()),
        extra=json.loads(row["extra"] or "{}"),
    )


def to_rejected(row: dict[str, Any]) -> Rejected:
    return Rejected(locator=row["locator"], url=row["url"], reason=row["reason"], detail=row["detail"] or "",
                    step=row["step"] or "")
