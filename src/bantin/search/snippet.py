"""Snippets: a window of an article's text around the first match, matched words marked.

Matching follows the query's rule (``bantin.search.query``): "quan su" marks "quân sự" in the text
as published, "bão" marks "bão" and not "báo". Marks are ``<mark>…</mark>`` around HTML-escaped text, safe to put in a page.
"""

from __future__ import annotations

import functools
import html
import re
import unicodedata

from bantin.search.query import Terms, marked
from bantin.text.normalize import canonical_tones, fold

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
    phrases = tuple((tuple(fold(s).casefold() for s in t.syllables), t.prefix) for t in terms)
    folded = _fold_same_length(text)
    if folded is None:  # folding changed the length (NFD text, ß...): compare word by word
        words = [(m.start(), m.end(), fold(m.group()).casefold()) for m in _WORD.finditer(text)]
        spans = _word_matches(words, phrases)
    else:
        spans = [m.span() for m in _phrase_pattern(phrases).finditer(folded)]
    if any(marked(s) for t in terms for s in t.syllables):
        spans = [(s, e) for s, e in spans if _as_typed(text[s:e], terms)]
    return spans


def _as_typed(found: str, terms: list[Terms]) -> bool:
    """Whether a folded match is the match of a term whose syllables typed with diacritics have
    exactly those diacritics in ``found``."""
    words = _WORD.findall(found)
    return any(
        len(words) == len(t.syllables)
        and all(
            _same(w, s, t.prefix and i == len(words) - 1, exact=marked(s))
            for i, (w, s) in enumerate(zip(words, t.syllables, strict=True))
        )
        for t in terms
    )


def _same(word: str, syllable: str, prefix: bool, *, exact: bool) -> bool:
    """Whether a word of the text is the typed syllable (its start, for a prefix), folded or not."""
    if exact:
        word, syllable = canonical_tones(unicodedata.normalize("NFC", word)).casefold(), canonical_tones(syllable).casefold()
    else:
        word, syllable = fold(word).casefold(), fold(syllable).casefold()
    return word.startswith(syllable) if prefix else word == syllable


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
def _phrase_pattern(phrases: tuple[tuple[tuple[str, ...], bool], ...]) -> re.Pattern:
    """Any of the phrases, each a run of whole words separated by anything that is not a word
    (the last one only begun, for a prefix), tried in order at each word start (as
    ``_word_matches`` does)."""
    alternatives = [r"\W+".join(re.escape(w) for w in phrase) + (r"\w*" if prefix else "") for phrase, prefix in phrases if phrase]
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives or ["(?!)"]) + r")(?!\w)")


def _word_matches(words: list[tuple[int, int, str]], phrases: tuple[tuple[tuple[str, ...], bool], ...]) -> list[tuple[int, int]]:
    spans = []
    i = 0
    while i < len(words):
        for phrase, prefix in phrases:
            n = len(phrase)
            found = tuple(w[2] for w in words[i : i + n])
            if n and len(found) == n and found[:-1] == phrase[:-1] and (
                found[-1].startswith(phrase[-1]) if prefix else found[-1] == phrase[-1]
            ):
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
