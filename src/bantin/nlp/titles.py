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
    """Multi-token phrases, found by their tokens' keys at a position; the longest match wins.

    Phrases are indexed by their first two keys ("phó" starts some 400 titles, "phó chủ" a few),
    so a look-up compares the rest of a handful of phrases at most.
    """

    _NONE = object()

    def __init__(self, items: Iterable[tuple[tuple[str, ...], object]]):
        by_two: dict[tuple[str, str], list[tuple[tuple[str, ...], object]]] = {}
        self._single: dict[str, object] = {}  # one-token phrases; the first given wins
        firsts = set()
        for tokens, value in items:
            if not tokens:
                continue
            firsts.add(tokens[0])
            if len(tokens) == 1:
                self._single.setdefault(tokens[0], value)
            else:
                by_two.setdefault(tokens[:2], []).append((tokens, value))
        self._firsts = frozenset(firsts)
        # per first two keys: (length, the other keys as a list, value), longest first (stable);
        # slices of the keys compare against the list in C
        self._by_two = {
            two: [(len(tokens), list(tokens[2:]), value) for tokens, value in sorted(entries, key=lambda e: -len(e[0]))]
            for two, entries in by_two.items()
        }

    def __contains__(self, first: str) -> bool:
        return first in self._firsts

    def firsts(self) -> frozenset[str]:
        """The keys a phrase can start with."""
        return self._firsts

    def match(self, keys: list[str], i: int, first: str | None = None) -> tuple[int, object] | None:
        """(end, value) of the longest phrase starting at ``keys[i]`` (``first`` overrides its key)."""
        if first is None:
            first = keys[i]
        if first not in self._firsts:
            return None
        n = len(keys)
        if i + 1 < n:
            entries = self._by_two.get((first, keys[i + 1]))
            if entries:
                for length, rest, value in entries:
                    end = i + length
                    if end <= n and (length == 2 or keys[i + 2 : end] == rest):
                        return end, value
        value = self._single.get(first, self._NONE)
        return None if value is self._NONE else (i + 1, value)


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
