"""The search query language, parsed into a small tree that each store compiles.

    quân sự              both words (AND), anywhere, with these diacritics
    quan su              both words, whatever their diacritics ("quân sự", "quần sư"...)
    "quân sự"            the phrase
    bão OR lũ            either
    bão -lũ              bão but not lũ (also -"phrase"; NOT lũ says the same)
    bão AND lũ           the same as bão lũ
    covid*               words that begin with "covid" (the last syllable of a word or phrase)
    title:đảng           in the title (also title:"phrase")
    (bão OR lũ) miền trung   grouping

A syllable typed with diacritics (or đ) matches only with those diacritics, whatever the tone
mark's placement and the case ("bão" does not find "báo" or "bảo"); a syllable typed without any
matches every variant ("bao" finds all three). Syllables are independent: "quan sự" finds "quân
sự" and "quan sự". Words are cut into syllables as the store's tokenizer cuts them ("COVID-19" is the phrase
"covid 19"). A malformed query raises ``QueryError`` with a one-line message.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from bantin.text.normalize import fold

FIELDS = ("title",)

_TOKEN = re.compile(r'\s*(?:(?P<paren>[()])|(?P<neg>-)?(?:(?P<field>[A-Za-z]+):)?(?:"(?P<phrase>[^"]*)(?P<close>")?|(?P<word>[^\s()"]+))?)')
_SYLLABLE = re.compile(r"\w+")


class QueryError(ValueError):
    """A malformed query, with a message for the user."""


@dataclasses.dataclass(frozen=True, slots=True)
class Terms:
    """A word or a phrase: one or more syllables that must be adjacent, optionally in one field."""

    syllables: tuple[str, ...]
    field: str | None = None
    prefix: bool = False  # the last syllable may be the start of a longer one ("covid*")


@dataclasses.dataclass(frozen=True, slots=True)
class And:
    parts: tuple[Node, ...]
    excluded: tuple[Node, ...] = ()


@dataclasses.dataclass(frozen=True, slots=True)
class Or:
    parts: tuple[Node, ...]


Node = Terms | And | Or


def syllables(text: str) -> tuple[str, ...]:
    return tuple(_SYLLABLE.findall(text))


def marked(syllable: str) -> bool:
    """Whether a typed syllable carries diacritics (or đ), so that it matches only with them."""
    return fold(syllable) != syllable


def parse(query: str) -> Node:
    tokens = list(_tokens(query))
    if not tokens:
        raise QueryError("empty query: give at least one word")
    node, position = _or(tokens, 0)
    if position < len(tokens):
        raise QueryError("unbalanced ')' in the query")
    return node


def positive_terms(node: Node) -> Iterator[Terms]:
    """The terms a matching document contains (excluded ones left out): for snippets and ranking."""
    if isinstance(node, Terms):
        yield node
    else:
        for part in node.parts:
            yield from positive_terms(part)


def _tokens(query: str) -> Iterator[tuple[str, object]]:
    position = 0
    query = query.strip()
    negate_next = False
    while position < len(query):
        match = _TOKEN.match(query, position)
        if not match or match.end() == position:
            raise QueryError(f"cannot read the query at {query[position:position + 20]!r}")
        position = match.end()
        if match["paren"]:
            if negate_next:
                raise QueryError("NOT must be followed by a word or a \"phrase\" (a group cannot be excluded)")
            yield match["paren"], None
            continue
        field, negated = match["field"], bool(match["neg"])
        if field and field.lower() not in FIELDS:
            # not a field: "10:15" or "Lưu ý:abc" are plain words
            text = f"{field}:{match['word'] or match['phrase'] or ''}"
            field = None
        elif match["phrase"] is not None:
            if not match["close"]:
                raise QueryError('unbalanced quote: a phrase must end with "')
            text = match["phrase"]
        else:
            text = match["word"] or ""
        if match["phrase"] is None and not negated and not field and text in ("OR", "AND", "NOT"):
            if negate_next:
                raise QueryError(f"NOT must be followed by a word or a \"phrase\", not {text}")
            if text == "OR":
                yield "OR", None
            negate_next = text == "NOT"  # AND is what words side by side mean already
            continue
        negated, negate_next = negated or negate_next, False
        prefix = match["phrase"] is None and text.endswith("*")
        if negated and not text:
            raise QueryError("'-' must be followed by a word or a \"phrase\" (a group cannot be excluded)")
        words = syllables(text)
        if not words:
            if match["phrase"] is not None:
                raise QueryError('empty phrase ""')
            continue  # punctuation alone
        yield ("NOT" if negated else "TERM"), Terms(words, field.lower() if field else None, prefix)
    if negate_next:
        raise QueryError("NOT must be followed by a word or a \"phrase\"")


def _or(tokens: list, position: int) -> tuple[Node, int]:
    parts = []
    while True:
        node, position = _and(tokens, position)
        parts.append(node)
        if position < len(tokens) and tokens[position][0] == "OR":
            position += 1
            if position >= len(tokens) or tokens[position][0] in ("OR", ")"):
                raise QueryError("OR needs a term on both sides")
            continue
        return (parts[0] if len(parts) == 1 else Or(tuple(parts))), position


def _and(tokens: list, position: int) -> tuple[Node, int]:
    included: list[Node] = []
    excluded: list[Node] = []
    if position < len(tokens) and tokens[position][0] == "OR":
        raise QueryError("OR needs a term on both sides")
    while position < len(tokens) and tokens[position][0] not in ("OR", ")"):
        kind, value = tokens[position]
        if kind == "(":
            node, position = _or(tokens, position + 1)
            if position >= len(tokens) or tokens[position][0] != ")":
                raise QueryError("unbalanced '(' in the query")
            included.append(node)
            position += 1
        elif kind == "NOT":
            excluded.append(value)
            position += 1
        else:
            included.append(value)
            position += 1
    if not included:
        if excluded:
            raise QueryError("a query needs at least one word that is not excluded (with '-' or NOT)")
        raise QueryError("empty group in the query")
    if len(included) == 1 and not excluded:
        return included[0], position
    return And(tuple(included), tuple(excluded)), position
