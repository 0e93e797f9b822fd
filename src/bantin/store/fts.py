"""Compiling a parsed query into SQLite FTS5 MATCH expressions.

Two expressions per query: the *folded* one (over title_fold/body_fold, no marks, đ -> d)
decides what matches; the *exact* one (over title/body, diacritics kept) only ranks, so that
documents containing the words as typed come first.
"""

from __future__ import annotations

from collections.abc import Callable

from bantin.search.query import And, Node, Or, Terms
from bantin.text.normalize import canonical_tones, fold

FOLDED_COLUMNS = {None: "{title_fold body_fold}", "title": "title_fold"}
EXACT_COLUMNS = {None: "{title body}", "title": "title"}


def folded_match(node: Node) -> str:
    return _compile(node, lambda s: fold(s).casefold(), FOLDED_COLUMNS, with_exclusions=True)


def exact_match(node: Node) -> str:
    """The first rank tier: the words with their diacritics as typed and, for a plain run of
    words, next to each other as typed. Vietnamese words are one to four syllables, and unquoted
    syllables match anywhere in a text: "quân sự" also matches a profile of the poet Đỗ Trung
    Quân that says "sự" somewhere; the articles that say "quân sự" come first."""
    return _compile(_together(node), lambda s: canonical_tones(s).casefold(), EXACT_COLUMNS, with_exclusions=False)


def together_match(node: Node) -> str | None:
    """The second rank tier: a plain run of words next to each other, diacritics or not ("kinh te"
    finds "kinh tế" before texts that say "kinh" and "tế" apart); None when the query is no such
    run (every match is then in this tier, and no index look-up is needed to say so)."""
    together = _together(node)
    if together is node:
        return None
    return _compile(together, lambda s: fold(s).casefold(), FOLDED_COLUMNS, with_exclusions=False)


def _together(node: Node) -> Node:
    """A run of words in one field (no OR, no exclusions) as one phrase; anything else as it is."""
    if isinstance(node, And) and not node.excluded and len(node.parts) > 1 and all(
        isinstance(p, Terms) for p in node.parts
    ) and len({p.field for p in node.parts}) == 1:
        return Terms(syllables=tuple(s for p in node.parts for s in p.syllables), field=node.parts[0].field)
    return node


def index_columns(title: str, text: str) -> tuple[str, str, str, str]:
    """The four FTS columns for one article."""
    return canonical_tones(title), canonical_tones(text), fold(title), fold(text)


def _compile(node: Node, key: Callable[[str], str], columns: dict, *, with_exclusions: bool) -> str:
    if isinstance(node, Terms):
        phrase = " ".join(key(s) for s in node.syllables).replace('"', '""')
        return f'{columns[node.field]} : "{phrase}"'
    if isinstance(node, Or):
        return "(" + " OR ".join(_compile(p, key, columns, with_exclusions=with_exclusions) for p in node.parts) + ")"
    expression = "(" + " AND ".join(_compile(p, key, columns, with_exclusions=with_exclusions) for p in node.parts) + ")"
    if with_exclusions:
        for part in node.excluded:
            expression += " NOT " + _compile(part, key, columns, with_exclusions=True)
    return f"({expression})" if isinstance(node, And) and node.excluded and with_exclusions else expression
