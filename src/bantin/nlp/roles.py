"""Public and private roles: does the title written before a person's name make them a public person?

bantin analyses what has been published; it does not profile private individuals. A person is
listed (an entity page, "top people", alerts, exports) only when at least one mention names
them in a public role: an office of the state, the Party or a mass organisation, a military or
police officer's rank, the head of an organisation or company, a profession practised in public
(singers, actors, writers, players, coaches), an academic title, a state honour, the clergy.
"nguyên"/"cựu" + office is public: a former official.

Everything else is not public: private roles ("bị can", "nạn nhân", "bệnh nhân", "cháu", "chủ
nhà", "tài xế"...), forms of address ("ông", "bà", "anh", "chị"), which are no role at all, and
any title this table does not know. The table is ``data/roles.toml``.

>>> is_public_role("nguyên Bộ trưởng Bộ Y tế")
True
>>> is_public_role("bị can"), is_public_role("ông"), is_public_role(None)
(False, False, False)
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Literal

from bantin.nlp._resources import load_toml
from bantin.text.normalize import canonical_tones

__all__ = ["ADDRESS", "PRIVATE", "PUBLIC", "is_public_role", "role_kind"]

PUBLIC = "public"
PRIVATE = "private"
ADDRESS = "address"  # a form of address (ông, bà, anh, chị): not a role
Kind = Literal["public", "private", "address"]

# A title chain's parts ("Ủy viên Bộ Chính trị, Thủ tướng"; "Bí thư kiêm Chủ tịch") and words
# ("GS.TS" is two: GS and TS).
_PARTS = re.compile(r"[,;(]|\bkiêm\b")
_WORDS = re.compile(r"[^\W_]+(?:[-&'’][^\W_]+)*")


def _words(text: str) -> tuple[str, ...]:
    return tuple(canonical_tones(w).casefold() for w in _WORDS.findall(unicodedata.normalize("NFC", text)))


@functools.cache
def _table() -> tuple[dict[tuple[str, ...], Kind], frozenset[tuple[str, ...]], int]:
    data = load_toml("roles.toml")
    phrases: dict[tuple[str, ...], Kind] = {}
    for words in data["honorifics"]["words"]:
        phrases[_words(words)] = ADDRESS
    for words in data["private"]["roles"]:
        phrases[_words(words)] = PRIVATE
    for group in data["public"].values():
        for words in group:
            phrases[_words(words)] = PUBLIC
    modifiers = frozenset(_words(m) for m in data["modifiers"])
    return phrases, modifiers, max(map(len, phrases))


def _part_kind(words: tuple[str, ...]) -> Kind | None:
    phrases, modifiers, longest = _table()
    for n in range(min(longest, len(words)), 0, -1):  # the longest listed phrase wins
        kind = phrases.get(words[:n])
        if kind is not None:
            return kind
    for modifier in modifiers:  # "nguyên Bộ trưởng", "Phó Chủ tịch"
        if words[: len(modifier)] == modifier and len(words) > len(modifier):
            return _part_kind(words[len(modifier):])
    return None


@functools.lru_cache(maxsize=100_000)  # a store has a few thousand distinct titles
def role_kind(title: str | None) -> Kind | None:
    """``PUBLIC`` if any part of the title chain opens with a public role, else ``PRIVATE`` if one
    opens with a private role, else ``ADDRESS`` for a form of address; None for no or an unknown title."""
    if not title:
        return None
    kinds = {_part_kind(_words(part)) for part in _PARTS.split(title)}
    for kind in (PUBLIC, PRIVATE, ADDRESS):
        if kind in kinds:
            return kind
    return None


def is_public_role(title: str | None) -> bool:
    """Does this title (as ``Entity.title`` holds it) name the person in a public role?"""
    return role_kind(title) == PUBLIC
