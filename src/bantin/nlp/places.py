"""Vietnam's provinces: which ones an article is about, under their names before and after 1 July 2025.

The gazetteer (``data/provinces.toml``) lists the 34 provincial units since Resolution
202/2025/QH15 and the 63 they were made of, with the press's variants (TP.HCM, TPHCM, Sài Gòn,
Thừa Thiên Huế...). Hòa/Hoà and other tone placements match through ``canonical_tones`` keys.

A name counts as a mention of a province when:

1. it is not glued to other capitalised words of the same name: "Thái Bình" in "Thái Bình Dương"
   (the Pacific) or in "Nguyễn Thái Bình" (a person) does not count, "Điện Biên" in "Điện Biên Phủ"
   does not either (the city, the battle);
2. an ambiguous name (``NEEDS_CUE``: "Hòa Bình" the dam or the ward, "Hồ Chí Minh" the person, the
   bare abbreviations "HN", "HCM") only counts after "tỉnh", "TP", "thành phố"... or inside a list of
   provinces ("Sơn La, Hòa Bình và Lào Cai");
3. "Quảng Nam - Đà Nẵng" (the province until 1997) counts for both.

Title and lead weigh more than the body (``TITLE_WEIGHT``, ``LEAD_WEIGHT``); further mentions in the
body add a little each, up to a cap, so a province named once in passing ranks below the one the
article is about.
"""

from __future__ import annotations

import functools
import re

from bantin.nlp._resources import load_toml
from bantin.nlp.entities import _ckey, _keys, token_data
from bantin.nlp.titles import Phrases
from bantin.text.normalize import folded_key, key
from bantin.types import ProvinceMention

__all__ = ["article_provinces", "province_of", "units_2025"]

# --- Tuned constants --------------------------------------------------------------
# Set by hand on the cases of tests/test_nlp_places.py (re-run it after a change): a province in
# the title outranks one named three times in the body only; one in the lead outranks one named
# twice in the body.
TITLE_WEIGHT = 3.0
LEAD_WEIGHT = 2.0
BODY_FIRST_WEIGHT = 1.0
BODY_MORE_WEIGHT = 0.25  # each further body mention
BODY_MORE_CAP = 4  # further body mentions counted at most

NEEDS_CUE = frozenset({"Hòa Bình", "Hồ Chí Minh", "HN", "HCM"})
_CUES = frozenset(_ckey(w) for w in ("tỉnh", "Tỉnh", "TP", "Tp", "tp", "TP.", "đô"))
_LIST_GLUE = frozenset({",", "và", "-", "–", "/", ";", "hoặc", "cùng"})


class _Gazetteer:
    def __init__(self) -> None:
        data = load_toml("provinces.toml")
        self.new_of: dict[str, str] = {}
        self.units: dict[str, tuple[str, ...]] = {}
        for new, unit in data["unit"].items():
            self.units[new] = tuple(unit["members"])
            for old in unit["members"]:
                self.new_of[old] = new
        self.variants: dict[str, str] = {**{old: old for old in self.new_of}, **data["variant"]}
        self.phrases = Phrases((_keys(written), (written, old)) for written, old in self.variants.items())
        self.by_key: dict[str, str] = {}
        folded: dict[str, set[str]] = {}
        for written, old in self.variants.items():
            self.by_key[key(written)] = old
            folded.setdefault(folded_key(written), set()).add(old)
        self.by_folded = {k: next(iter(v)) for k, v in folded.items() if len(v) == 1}


@functools.cache
def _gazetteer() -> _Gazetteer:
    return _Gazetteer()


def units_2025() -> dict[str, tuple[str, ...]]:
    """The 34 units since 1 July 2025 -> the pre-2025 units merged into each."""
    return dict(_gazetteer().units)


_PREFIX = re.compile(r"^(?:tỉnh|thành phố|tp\.?|thủ đô)\s+", re.IGNORECASE)


def province_of(name: str) -> tuple[str, str] | None:
    """(name before 1 July 2025, name since) of a province written any usual way, or None.

    >>> province_of("tỉnh Bắc Kạn"), province_of("TP.HCM"), province_of("Hoà Bình")
    (('Bắc Kạn', 'Thái Nguyên'), ('TP Hồ Chí Minh', 'TP Hồ Chí Minh'), ('Hòa Bình', 'Phú Thọ'))
    """
    g = _gazetteer()
    text = " ".join(name.split())
    for candidate in (text, _PREFIX.sub("", text)):
        old = g.by_key.get(key(candidate)) or g.by_folded.get(folded_key(candidate))
        if old is not None:
            return old, g.new_of[old]
    return None


def _mentions(text: str) -> list[str]:
    """The pre-2025 provinces named in ``text``, once per mention, in order."""
    if not text:
        return []
    g = _gazetteer()
    toks, starts, ends, keys = token_data(text)  # shared with entities for the article's text
    n = len(toks)
    found: list[tuple[int, int, str, bool]] = []  # start token, end token, old name, needs a cue
    i = 0
    while i < n:
        if not toks[i][0].isupper():
            i += 1
            continue
        match = g.phrases.match(keys, i)
        if match is None:
            i += 1
            continue
        end, (written, old) = match
        cue = i > 0 and (keys[i - 1] in _CUES or (i > 1 and keys[i - 1] == "phố" and keys[i - 2].lower() == "thành")
                         or (toks[i - 1] == "." and i > 1 and keys[i - 2] in _CUES))
        glued_before = i > 0 and toks[i - 1][0].isupper() and toks[i - 1][0].isalpha() and not cue
        glued_after = end < n and toks[end][0].isupper() and toks[end][0].isalpha() and "\n" not in text[ends[end - 1] : starts[end]]
        if glued_before or glued_after:
            i += 1
            continue
        found.append((i, end, old, written in NEEDS_CUE and not cue))
        i = end
    names = []
    for index, (start, end, old, needs_cue) in enumerate(found):
        if needs_cue:
            before = index > 0 and found[index - 1][1] + 1 == start and toks[start - 1] in _LIST_GLUE
            after = index + 1 < len(found) and end + 1 == found[index + 1][0] and toks[end] in _LIST_GLUE
            if not (before or after):
                continue
        names.append(old)
    return names


def article_provinces(title: str, lead: str, text: str) -> list[ProvinceMention]:
    """The provinces an article is about, most weighty first, under their old and new names.

    >>> [(p.name, p.name_2025, p.weight) for p in article_provinces("Mưa lớn ở Bắc Kạn", "", "Tỉnh Bắc Kạn ...")]
    [('Bắc Kạn', 'Thái Nguyên', 4.0)]
    """
    g = _gazetteer()
    in_title, in_lead, in_body = _mentions(title), _mentions(lead), _mentions(text)
    weights: dict[str, float] = {}
    counts: dict[str, int] = {}
    for name in set(in_title):
        weights[name] = weights.get(name, 0.0) + TITLE_WEIGHT
    for name in set(in_lead):
        weights[name] = weights.get(name, 0.0) + LEAD_WEIGHT
    for name in set(in_body):
        more = min(in_body.count(name) - 1, BODY_MORE_CAP)
        weights[name] = weights.get(name, 0.0) + BODY_FIRST_WEIGHT + BODY_MORE_WEIGHT * more
    for name in in_title + in_lead + in_body:
        counts[name] = counts.get(name, 0) + 1
    ranked = sorted(weights, key=lambda name: (-weights[name], name))
    return [
        ProvinceMention(name=name, name_2025=g.new_of[name], weight=round(weights[name], 2), mentions=counts[name])
        for name in ranked
    ]
