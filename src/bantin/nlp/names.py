"""Vietnamese personal names: family name first, 2-4 capitalised syllables ("Lã Văn Hào", "Tô Lâm")."""

from __future__ import annotations

import functools

from bantin.nlp._resources import load_toml
from bantin.text.normalize import canonical_tones, is_syllable

__all__ = ["family_names", "looks_vietnamese_name", "middle_names"]

# Longest Vietnamese name read as a person without a cue (family + up to three more syllables).
MAX_NAME_SYLLABLES = 4


@functools.cache
def family_names() -> frozenset[str]:
    return frozenset(canonical_tones(name) for name in load_toml("names.toml")["family"])


@functools.cache
def middle_names() -> frozenset[str]:
    return frozenset(canonical_tones(name) for name in load_toml("names.toml")["middle"])


def looks_vietnamese_name(words: list[str]) -> bool:
    """Do these capitalised words (tone-canonical) have the shape of a Vietnamese person's name?

    A known family name and 1-3 more syllables, or any syllable followed by a middle name and a
    given name ("Lã Văn Hào"). Every word is a well-formed capitalised Vietnamese syllable.

    >>> looks_vietnamese_name(["Nguyễn", "Văn", "Hùng"]), looks_vietnamese_name(["Quảng", "Trị"])
    (True, False)
    """
    if not 2 <= len(words) <= MAX_NAME_SYLLABLES:
        return False
    if not all(word[:1].isupper() and word[1:].islower() or len(word) == 1 for word in words):
        return False
    if not all(is_syllable(word) for word in words):
        return False
    if words[0] in family_names():
        return True
    return len(words) >= 3 and words[1] in middle_names()
