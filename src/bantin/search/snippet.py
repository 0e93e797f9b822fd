"""Snippets: a window of an article's text around the first match, matched words marked.

Matching is diacritic-insensitive (folded keys), so "quan su" marks "quân sự" in the text as
published. Marks are ``<mark>…</mark>`` around HTML-escaped text, safe to put in a page.
"""

from __future__ import annotations

import functools
import html
import re
import unicodedata

from bantin.search.query import Terms
from bantin.text.normalize import fold

MARK_OPEN, MARK_CLOSE = "<mark>", "</mark>"
_WORD = re.compile(r"\w+")


def make_snippet(text: str, terms: list[Terms], chars: int = 160) -> str:
    spans = _matches(text, terms)
    if not spans:
        return html.escape(_cut(text, 0, chars))
    first = spans[0][0]
    start = max(0, first - chars // 3)
    if start:
        space = text.rfind(" ", 0, start)
        start = space + 1 if space >= 0 and start - space < 30 else start
    end = min(len(text), start + chars)
    space = text.find(" ", end)
    end = space if 0 <= space - end < 30 else end
    pieces, cursor = [], start
    for s, e in spans:
        if s < start or e > end:
            continue
        pieces += [html.escape(text[cursor:s]), MARK_OPEN, html.escape(text[s:e]), MARK_CLOSE]
        cursor = e
    pieces.append(html.escape(text[cursor:end]))
    snippet = "".join(pieces).replace("\n", " ").replace(f"{MARK_CLOSE} {MARK_OPEN}", " ")
    return ("…" if start else "") + snippet + ("…" if end < len(text) else "")


def _matches(text: str, terms: list[Terms]) -> list[tuple[int, int]]:
    """(start, end) in ``text`` of each match of a phrase, left to right, not overlapping: the words
    of a phrase in a row (whatever separates them), compared folded and case-folded."""
    phrases = [[fold(s).casefold() for s in t.syllables] for t in terms]
    folded = _fold_same_length(text)
    if folded is None:  # folding changed the length (NFD text, ß...): compare word by word
        words = [(m.start(), m.end(), fold(m.group()).casefold()) for m in _WORD.finditer(text)]
        return _word_matches(words, [tuple(p) for p in phrases])
    return [m.span() for m in _phrase_pattern(tuple(map(tuple, phrases))).finditer(folded)]


def _fold_same_length(text: str) -> str | None:
    """``fold(text).casefold()`` when it keeps every offset of ``text``, else None. Text without
    combining marks folds character by character, so one translation table does it in one pass
    (~20x faster than ``fold`` on a whole article); a character that does not fold to exactly one
    character (a combining mark, "ß" -> "ss") maps to NOT_ONE_CHAR, which sends the text to the
    word-by-word path."""
    folded = text.translate(_FOLD_TABLE)
    return None if NOT_ONE_CHAR in folded else folded


# Stands for a character that does not fold to one character (NUL: never a word character, and
# a text holding one takes the word-by-word path, which is always right).
NOT_ONE_CHAR = "\x00"


class _FoldTable(dict):
    """code point -> its folded, case-folded character, filled as characters are first seen (a
    memo like ``functools.lru_cache``; at most one entry per distinct character)."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        folded = fold(char).casefold()
        if len(folded) != 1 or unicodedata.category(char).startswith("M"):
            folded = NOT_ONE_CHAR
        self[code] = folded
        return folded


_FOLD_TABLE = _FoldTable()


@functools.lru_cache(maxsize=256)
def _phrase_pattern(phrases: tuple[tuple[str, ...], ...]) -> re.Pattern:
    """Any of the phrases, each a run of whole words separated by anything that is not a word,
    tried in order at each word start (as ``_word_matches`` does)."""
    alternatives = [r"\W+".join(re.escape(w) for w in phrase) for phrase in phrases if phrase]
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives or ["(?!)"]) + r")(?!\w)")


def _word_matches(words: list[tuple[int, int, str]], phrases: list[tuple[str, ...]]) -> list[tuple[int, int]]:
    spans = []
    i = 0
    while i < len(words):
        for phrase in phrases:
            n = len(phrase)
            if n and tuple(w[2] for w in words[i : i + n]) == phrase:
                spans.append((words[i][0], words[i + n - 1][1]))
                i += n - 1
                break
        i += 1
    return spans


def _cut(text: str, start: int, chars: int) -> str:
    piece = text[start : start + chars].replace("\n", " ")
    return piece + ("…" if start + chars < len(text) else "")


def plain(snippet: str, open_mark: str = "[", close_mark: str = "]") -> str:
    """A snippet for a terminal or CSV: marks replaced, HTML entities decoded."""
    return html.unescape(snippet.replace(MARK_OPEN, open_mark).replace(MARK_CLOSE, close_mark))
