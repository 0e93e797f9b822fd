"""Titles, ranks and positions written before a person's name, and phrase tables over tokens.

A title is ``[modifier] core [level]``: "Đại tá", "Phó Bí thư Thường trực", "Chủ tịch UBND tỉnh"
(the organisation inside is parsed by ``entities``), "nguyên Bộ trưởng". The first word matches in
any case ("thượng tá Nguyễn Văn A" is written too); the rest as written, up to tone placement.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable

from bantin.nlp._resources import load_toml
from bantin.text.normalize import canonical_tones

__all__ = ["Phrases", "title_levels", "title_phrases"]


class Phrases:
    """Multi-token phrases, found by their tokens' keys at a position; the longest match wins."""

    def __init__(self, items: Iterable[tuple[tuple[str, ...], object]]):
        by_first: dict[str, list[tuple[tuple[str, ...], object]]] = {}
        for tokens, value in items:
            if tokens:
                by_first.setdefault(tokens[0], []).append((tokens, value))
        for entries in by_first.values():
            entries.sort(key=lambda entry: -len(entry[0]))
        # per first key: (length, the other keys as a list, value), longest first; slices of the
        # keys compare against the list in C
        self._by_first = {
            first: [(len(tokens), list(tokens[1:]), value) for tokens, value in entries]
            for first, entries in by_first.items()
        }

    def __contains__(self, first: str) -> bool:
        return first in self._by_first

    def firsts(self) -> frozenset[str]:
        """The keys a phrase can start with."""
        return frozenset(self._by_first)

    def match(self, keys: list[str], i: int, first: str | None = None) -> tuple[int, object] | None:
        """(end, value) of the longest phrase starting at ``keys[i]`` (``first`` overrides its key)."""
        entries = self._by_first.get(keys[i] if first is None else first)
        if not entries:
            return None
        n = len(keys)
        for length, rest, value in entries:
            end = i + length
            if end <= n and (length == 1 or keys[i + 1 : end] == rest):
                return end, value
        return None


def _casefold_first(tokens: tuple[str, ...]) -> tuple[str, ...]:
    return (tokens[0].casefold(),) + tokens[1:]


@functools.cache
def title_phrases(tokenize: Callable[[str], list[str]]) -> Phrases:
    """Every title core with and without each modifier; the first token is casefolded."""
    data = load_toml("titles.toml")
    kinds = {"ranks": "rank", "positions": "position", "honours": "honour"}
    items = []
    for section, kind in kinds.items():
        for core in data[section]:
            for modifier in ["", *data["modifiers"]]:
                phrase = f"{modifier} {core}".strip()
                tokens = tuple(canonical_tones(token) for token in tokenize(phrase))
                items.append((_casefold_first(tokens), kind))
                # "Phó chủ tịch": lowercase after a modifier is common too
                if modifier:
                    lowered = tokens[:1] + tuple(t.lower() if t[:1].isupper() else t for t in tokens[1:2]) + tokens[2:]
                    items.append((_casefold_first(lowered), kind))
    return Phrases(items)


@functools.cache
def title_levels(tokenize: Callable[[str], list[str]]) -> Phrases:
    data = load_toml("titles.toml")
    return Phrases((tuple(canonical_tones(t) for t in tokenize(level)), "level") for level in data["levels"])
