"""Compiling a parsed query into SQLite FTS5 MATCH expressions.

The *matching* expression (``folded_match``) decides what matches: a term over the folded columns
(title_fold/body_fold: no marks, đ -> d), and each syllable typed with diacritics also over the
columns that keep them (title/body), so that "bão" does not find "báo". The *exact* and *together*
expressions only rank, so that documents with the words as typed, next to each other, come first.
"""

from __future__ import annotations

from collections.abc import Callable

from bantin.search.query import And, Node, Or, Terms, marked
from bantin.text.normalize import canonical_tones, fold

FOLDED_COLUMNS = {None: "{title_fold body_fold}", "title": "title_fold"}
EXACT_COLUMNS = {None: "{title body}", "title": "title"}


def folded_match(node: Node) -> str:
    """What matches: each term folded (any diacritics) and, where syllables were typed with
    diacritics, those syllables as typed (see ``bantin.search.query``)."""
    return _compile(node, _as_typed, with_exclusions=True)


def _as_typed(terms: Terms) -> str:
    """A term's match: the phrase folded, and each syllable typed with diacritics as typed (in the
    same field; a phrase typed wholly with diacritics is simply that phrase as typed)."""
    marked_syllables = [s for s in terms.syllables if marked(s)]
    if len(marked_syllables) == len(terms.syllables):
        return _phrase(terms.syllables, _exact_key, EXACT_COLUMNS[terms.field], terms.prefix)
    folded = _phrase(terms.syllables, _folded_key, FOLDED_COLUMNS[terms.field], terms.prefix)
    if not marked_syllables:
        return folded
    last = terms.syllables[-1]
    exact = " AND ".join(
        _phrase((s,), _exact_key, EXACT_COLUMNS[terms.field], terms.prefix and s is last) for s in marked_syllables
    )
    return f"({folded} AND {exact})"


def _folded_key(syllable: str) -> str:
    return fold(syllable).casefold()


def _exact_key(syllable: str) -> str:
    return canonical_tones(syllable).casefold()


def _phrase(syllables: tuple[str, ...], key: Callable[[str], str], columns: str, prefix: bool = False) -> str:
    phrase = " ".join(key(s) for s in syllables).replace('"', '""')
    return f'{columns} : "{phrase}"' + (" *" if prefix else "")


def exact_match(node: Node) -> str:
    """The first rank tier: the words with their diacritics as typed and, for a plain run of
    words, next to each other as typed. Vietnamese words are one to four syllables, and unquoted
    syllables match anywhere in a text: "quân sự" also matches a profile of the poet Đỗ Trung
    Quân that says "sự" somewhere; the articles that say "quân sự" come first."""
    return _compile(_together(node), lambda t: _phrase(t.syllables, _exact_key, EXACT_COLUMNS[t.field], t.prefix), with_exclusions=False)


def together_match(node: Node) -> str | None:
    """The second rank tier: a plain run of words next to each other, diacritics or not ("kinh te"
    finds "kinh tế" before texts that say "kinh" and "tế" apart); None when the query is no such
    run (every match is then in this tier, and no index look-up is needed to say so)."""
    together = _together(node)
    if together is node:
        return None
    return _compile(together, lambda t: _phrase(t.syllables, _folded_key, FOLDED_COLUMNS[t.field], t.prefix), with_exclusions=False)


def _together(node: Node) -> Node:
    """A run of words in one field (no OR, no exclusions) as one phrase; anything else as it is."""
    if isinstance(node, And) and not node.excluded and len(node.parts) > 1 and all(
        isinstance(p, Terms) and not p.prefix for p in node.parts
    ) and len({p.field for p in node.parts}) == 1:
        return Terms(syllables=tuple(s for p in node.parts for s in p.syllables), field=node.parts[0].field)
    return node


def index_columns(title: str, text: str) -> tuple[str, str, str, str]:
    """The four FTS columns for one article."""
    return canonical_tones(title), canonical_tones(text), fold(title), fold(text)


def _compile(node: Node, term: Callable[[Terms], str], *, with_exclusions: bool) -> str:
    if isinstance(node, Terms):
        return term(node)
    if isinstance(node, Or):
        return "(" + " OR ".join(_compile(p, term, with_exclusions=with_exclusions) for p in node.parts) + ")"
    expression = "(" + " AND ".join(_compile(p, term, with_exclusions=with_exclusions) for p in node.parts) + ")"
    if with_exclusions:
        for part in node.excluded:
            expression += " NOT " + _compile(part, term, with_exclusions=True)
    return f"({expression})" if isinstance(node, And) and node.excluded and with_exclusions else expression
