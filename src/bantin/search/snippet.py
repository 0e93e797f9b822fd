"""Snippets: a window of an article's text around the first match, matched words marked.

Matching is diacritic-insensitive (folded keys), so "quan su" marks "quân sự" in the text as
published. Marks are ``<mark>…</mark>`` around HTML-escaped text, safe to put in a page.
"""

from __future__ import annotations

import html
import re

from bantin.search.query import Terms
from bantin.text.normalize import fold

MARK_OPEN, MARK_CLOSE = "<mark>", "</mark>"
_WORD = re.compile(r"\w+")


def make_snippet(text: str, terms: list[Terms], chars: int = 160) -> str:
    words = _folded_words(text)
    spans = _matches(words, terms)
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


def _folded_words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, folded word) for each word of the text. Folding the whole text at once keeps the
    offsets when it keeps the length (NFC Vietnamese always does); else each word is folded alone."""
    folded = fold(text).casefold()
    if len(folded) == len(text):
        return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(folded)]
    return [(m.start(), m.end(), fold(m.group()).casefold()) for m in _WORD.finditer(text)]


def _matches(words: list[tuple[int, int, str]], terms: list[Terms]) -> list[tuple[int, int]]:
    phrases = [tuple(fold(s).casefold() for s in t.syllables) for t in terms]
    spans = []
    i = 0
    while i < len(words):
        for phrase in phrases:
            n = len(phrase)
            if tuple(w[2] for w in words[i : i + n]) == phrase:
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
