"""The domain types that flow through bantin, in one place.

Every type is a frozen, slotted, keyword-only dataclass: a step returns
``dataclasses.replace(item, ...)`` and never mutates in place. ``extra`` is an
open mapping for fields that only one step uses so far; a field graduates to a
real attribute once two steps need it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import datetime
from typing import Any

frozen = dataclasses.dataclass(frozen=True, slots=True, kw_only=True)


@frozen
class Page:
    """One raw input document, before extraction.

    Exactly one of ``html`` (raw bytes, encoding unknown) or ``text`` (already
    extracted plain text, e.g. from a JSONL line) is set.
    """

    url: str
    locator: str  # where it came from: a path, "file.warc.gz#offset", "file.jsonl:12"
    html: bytes | None = None
    text: str | None = None
    title: str | None = None
    published: datetime | None = None
    source: str | None = None
    fetched_at: datetime | None = None
    charset: str | None = None  # declared by a transport (HTTP header, WARC record)
    extra: Mapping[str, Any] = dataclasses.field(default_factory=dict)


@frozen
class Article:
    """One extracted news article. ``title`` and ``text`` are NFC with every diacritic intact."""

    url: str
    source: str
    title: str
    text: str
    lead: str = ""
    published: datetime | None = None  # timezone-aware (Asia/Ho_Chi_Minh unless the page says otherwise)
    authors: tuple[str, ...] = ()
    section: str | None = None
    language: str | None = None
    extractor: str = ""  # which extractor of the cascade produced ``text``
    locator: str = ""
    fetched_at: datetime | None = None
    # filled by the language layer (bantin.nlp.step.Understand)
    entities: tuple[Entity, ...] = ()
    provinces: tuple[ProvinceMention, ...] = ()
    topic: str | None = None
    topic_confidence: float | None = None
    keyphrases: tuple[str, ...] = ()
    extra: Mapping[str, Any] = dataclasses.field(default_factory=dict)  # e.g. date_source, published_precision ("day" when the page gave no time), captions


@frozen
class Rejected:
    """A page that did not become an article, with the reason (a ``reasons`` label) and details."""

    locator: str
    reason: str
    detail: str = ""
    url: str | None = None
    step: str = ""


@frozen
class SearchHit:
    id: int
    url: str
    title: str
    source: str
    published: datetime | None
    snippet: str
    score: float


@frozen
class WriteResult:
    """What the store did with one article."""

    url: str
    status: str  # "new" | "revised" | "unchanged"
    revision: int


@frozen
class Entity:
    """A named entity in a text: a person (PER), organisation (ORG) or place (LOC).

    ``start``/``end`` are character offsets into the text it was found in; ``canonical`` is the
    name that merges mentions across articles (abbreviations expanded, title removed);
    ``title`` is a person's title, rank or position as written ("Đại tá", "Chủ tịch UBND tỉnh").
    """

    text: str
    type: str  # "PER" | "ORG" | "LOC"
    start: int
    end: int
    canonical: str
    title: str | None = None


@frozen
class ProvinceMention:
    """A province an article is about, under its name before and after the 1 July 2025 merger."""

    name: str  # one of the 63 provinces and centrally-run cities before 1 July 2025
    name_2025: str  # the one of the 34 it belongs to since 1 July 2025
    weight: float  # title and lead weigh more than a passing mention
    mentions: int = 1
