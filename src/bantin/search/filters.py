"""Filter values as users type them, resolved to the names the store keeps.

A province may be written any usual way, before or after the 1 July 2025 merger ("quang tri",
"TP.HCM", "Sài Gòn", "tỉnh Bắc Kạn"); a topic with or without its diacritics ("the thao"); an
entity with its abbreviations ("UBND tỉnh Bắc Kạn"). A province or topic bantin does not know is a
``QueryError`` saying what it expects, not a silent empty answer.
"""

from __future__ import annotations

from bantin.nlp.abbreviations import expand_abbreviations
from bantin.nlp.places import province_of
from bantin.nlp.topics import TOPICS
from bantin.search.query import QueryError
from bantin.text.normalize import fold, key

_TOPICS_BY_FOLDED = {fold(name).casefold(): name for name in TOPICS.values()}


def province_name(typed: str) -> str:
    """The store's spelling of a province (its pre-2025 name; the store matches it against the
    names before and after the merger)."""
    found = province_of(typed)
    if found is None:
        raise QueryError(
            f"unknown province {typed!r}: give one of the 63 provinces and cities before 1 July 2025 or"
            " the 34 since, written any usual way (e.g. 'Quảng Trị', 'quang tri', 'TP.HCM')"
        )
    return found[0]


def topic_name(typed: str) -> str:
    found = _TOPICS_BY_FOLDED.get(fold(" ".join(typed.split())).casefold())
    if found is None:
        raise QueryError(f"unknown topic {typed!r}: one of {', '.join(sorted(TOPICS.values()))}")
    return found


def entity_keys(typed: str) -> tuple[str, ...]:
    """The merge keys an entity written this way may be stored under: as written, and with its
    abbreviations written out (as canonical names are)."""
    return tuple(dict.fromkeys((key(typed), key(expand_abbreviations(typed)))))
