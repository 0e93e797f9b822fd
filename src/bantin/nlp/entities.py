"""Named entities of Vietnamese news: persons (with their titles), organisations and places.

``find_entities(text)`` reads the text once, left to right, token by token, and at each capitalised
token (or cue word) tries, in this order:

1. a **title chain** followed by a name: "Đại tá Lã Văn Hào", "Phó Bí thư Thường trực Đảng ủy Quân sự
   tỉnh Nguyễn Văn A", "Ủy viên Bộ Chính trị, Thủ tướng Phạm Minh Chính". The title is kept as the
   person's ``title``; the organisations inside it are entities too. An appositive after the name
   (", Chính ủy Bộ CHQS tỉnh,") is added to the title;
2. an **organisation**: a head word (Bộ, Sở, Ủy ban, UBND, Công an, Bệnh viện, Công ty...) and its
   complement (capitalised words and the rest of their words, "và", "nhân dân"...) up to and
   including a place ("Công an tỉnh Quảng Trị");
3. a **gazetteer** name: provinces and their variants, countries, cities, known organisations;
4. a **person's name** by its structure: a family name and 1-3 more syllables, or "X Văn Y";
5. **cue words**: "tỉnh/huyện/xã/sông..." + capitalised words is a place, "ông/bà/bị can..." a person,
   "tại/ở/đến..." a place when nothing else claims the words;
6. the **lexicon** mined from VNTC's news (``train/ner_lexicon.py``): capitalised sequences whose
   contexts mostly announce one type.

Vetoes, before a name's shape or the lexicon decide: a compass point after "phía/hướng..." or in an
axis ("Đông - Tây") is a direction, and a bare compass phrase ("Đông Nam") no name; an ethnic group
after "người/dân tộc/đồng bào..." is no entity; a district-level unit (``data/districts.toml``) with
no cue or title before it is a place, not a person ("ở Cao Lãnh"); a head of ``facilities`` makes a
named place ("Bảo tàng Mỹ thuật Việt Nam"). No entity runs over a line break or a sentence end
(". " and a capital, unless the dot closes an abbreviation or an initial).

Conventions (the same as the dev set's, see ``bench/_ner_eval.py``): titles are not part of a PER
span; generic place words are not part of a LOC span ("tỉnh Quảng Trị" -> "Quảng Trị", but
"TP.HCM" written as one token stays whole); an organisation's span includes its place. Entities do
not overlap. Regular expressions for tokens, dictionaries for phrases, no model to load but small
tables: this runs on every article at ingest.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from bantin.nlp._resources import load_toml, model_lines
from bantin.nlp.abbreviations import expand_abbreviations
from bantin.nlp.names import family_names, looks_vietnamese_name, middle_names
from bantin.nlp.titles import Phrases, title_levels, title_phrases
from bantin.text.normalize import VIETNAMESE_LETTERS, canonical_tones, key
from bantin.types import Entity

__all__ = ["canonical_key", "find_entities", "tokenize_with_offsets"]

# --- Tuned constants ------------------------------------------------------------
# Set by hand and checked on bench/data/ner_dev.jsonl (run bench/_ner_eval.py after a change).

# Most capitalised tokens read as one person's name after a title or a cue ("Nguyễn Thị Minh Khai",
# "George W . Bush" is five tokens with the initial's dot).
MAX_NAME_TOKENS = 5
# Most tokens of a place name after a cue word ("Bà Rịa - Vũng Tàu" is four).
MAX_PLACE_TOKENS = 4
# Most tokens of one organisation, head included ("Ngân hàng Nông nghiệp và Phát triển Nông thôn
# Việt Nam chi nhánh tỉnh Quảng Trị" is 15).
MAX_ORG_TOKENS = 16

_UPPER = "".join(sorted({c for c in VIETNAMESE_LETTERS if c.isupper()} | set("ABCDEFGHIJKLMNOPQRSTUVWXYZ")))
_TOKEN = re.compile(
    rf"[{_UPPER}]{{1,6}}(?:\.[{_UPPER}]{{1,6}})+(?!\w)"  # TP.HCM, GS.TS
    r"|\d+(?:[.,:/-]\d+)*%?"  # numbers, dates
    r"|[^\W_]+(?:['’&-][^\W_]+)*"  # syllables, foreign words, KT-XH, GD&ĐT, COVID-19
    r"|\S"
)
_BREAKS = frozenset(".!?…:;\"“”()[]")
_NO_NAME = frozenset({"UBND", "HĐND", "THPT", "THCS"})
# Abbreviated level words written with a dot before the place ("TP. Vinh", "TX. Quảng Trị").
_DOTTED_LEVELS = frozenset({"TP", "Tp", "TX", "Tx", "TT"})
_SENTENCE_ENDS = frozenset(".!?…")
# Heads that name an organisation on their own ("UBND tỉnh" needs nothing more; "Sở" does).
_SELF_SUFFICIENT = frozenset([
    "UBND", "HĐND", "MTTQ", "TAND", "VKSND", "BĐBP", "LĐLĐ", "ĐHQG", "Tỉnh ủy", "Thành ủy", "Huyện ủy",
    "Quận ủy", "Thị ủy", "Đảng ủy", "Bộ CHQS", "Ban CHQS", "Bộ đội Biên phòng", "Đảng ủy Quân sự",
    "Chính phủ", "Quốc hội",
])
# Province variants that are a person's name unless a place cue precedes them.
_NEEDS_PLACE_CUE = frozenset({"Hồ Chí Minh"})
_CITY_WITH_PREFIX = "TP Hồ Chí Minh"


def tokenize_with_offsets(text: str) -> list[tuple[str, int, int]]:
    """(token, start, end) for every token; TP.HCM and GD&ĐT are one token, punctuation its own.

    >>> [t for t, _, _ in tokenize_with_offsets("Công an TP.HCM, ngày 30/4.")]
    ['Công', 'an', 'TP.HCM', ',', 'ngày', '30/4', '.']
    """
    toks, starts, ends, _ = token_data(text)
    return list(zip(toks, starts, ends))


@functools.lru_cache(maxsize=8)
def token_data(text: str) -> tuple[list[str], list[int], list[int], list[str]]:
    """Tokens, their start and end offsets and their matching keys, as lists (callers only read them).

    Cached for the last few texts: entities and places read the same article text.
    """
    matches = list(_TOKEN.finditer(text))
    toks = [m[0] for m in matches]
    return toks, [m.start() for m in matches], [m.end() for m in matches], list(map(_ckey, toks))


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


@functools.lru_cache(maxsize=200_000)
def _ckey(token: str) -> str:
    """A token's matching key: tone marks in canonical places (Hoà -> Hòa), case kept."""
    return canonical_tones(token) if not token.isascii() else token


def _keys(phrase: str) -> tuple[str, ...]:
    return tuple(_ckey(t) for t in _tokens(unicodedata.normalize("NFC", phrase)))


class _Tables:
    """Every phrase table, built once from the data files."""

    def __init__(self) -> None:
        provinces = load_toml("provinces.toml")
        places = load_toml("places.toml")
        orgs = load_toml("organisations.toml")
        cues = load_toml("cues.toml")
        self.titles = title_phrases(_tokens)
        self.org_heads = Phrases((_keys(head), head) for head in orgs["heads"] + orgs["facilities"])
        org_firsts = Phrases((_keys(head), head) for head in orgs["heads"])
        self.levels = title_levels(_tokens)
        # place names -> canonical
        canonical: dict[str, str] = {}
        for unit in provinces["unit"].values():
            for member in unit["members"]:
                canonical[member] = member
        canonical.update(provinces["variant"])
        for name in places["names"]:
            canonical.setdefault(name, places["alias"].get(name, name))
        self.place_canonical = {_keys(name): value for name, value in canonical.items()}
        known_orgs = [(_keys(name), ("ORG", name)) for name in orgs["known"]]
        self.gazetteer = Phrases(
            [(k, ("LOC", v)) for k, v in self.place_canonical.items()] + known_orgs
        )
        self.places = Phrases((k, v) for k, v in self.place_canonical.items())
        self.lower_places = frozenset(k[0] for k in self.place_canonical if k[0][:1].islower())
        self.org_complements = Phrases((_keys(word), word) for word in orgs["complements"])
        self.org_stop = frozenset(_ckey(w) for w in orgs["stop"])
        self.person_cues = Phrases((_keys(w), "PER") for w in cues["person"])
        self.place_cues = Phrases((_keys(w), "LOC") for w in cues["place"])
        self.place_weak = frozenset(_ckey(w) for w in cues["place_weak"])
        self.family = family_names()
        self.middle = middle_names()
        # district-level units: a place, not a person, when no cue or title comes before them
        districts = load_toml("districts.toml")
        self.districts = Phrases(
            (_keys(name), name) for name in districts["names"] if name not in districts["named_after_people"]
        )
        self.compass = Phrases((_keys(w), w) for w in cues["compass"])
        self.direction_words = tuple(_keys(w) for w in cues["direction"])
        self.ethnic_groups = Phrases((_keys(w), w) for w in cues["ethnic_groups"])
        self.ethnic_words = tuple(_keys(w) for w in cues["ethnic_before"])
        self.facilities = frozenset(orgs["facilities"])
        self.units = Phrases((_keys(w), w) for w in orgs["numbered_units"])
        self.known_orgs = Phrases((_keys(name), name) for name in orgs["known"])
        lexicon = []
        for line in model_lines("ner_lexicon.tsv"):
            name, kind, *_ = line.split("\t")
            keys = _keys(name)
            if keys[0].casefold() not in self.titles and keys[0] not in org_firsts:  # "HLV", "Sở"
                lexicon.append((keys, kind))
        self.lexicon = Phrases(lexicon)
        self.common = frozenset(model_lines("ner_common.txt"))
        self.never = Phrases((_keys(name), "-") for name in cues["not_entities"])
        self.words = frozenset(model_lines("ner_words.txt"))
        # lowercase keys the scan stops at: they may start a title or a cue
        self.lower_starts = (self.titles.firsts() | self.person_cues.firsts() | self.place_cues.firsts()
                             | self.place_weak)
        # ORG canonical names: province variants inside them made canonical first
        variants = sorted((v for v in provinces["variant"] if v not in _NEEDS_PLACE_CUE), key=len, reverse=True)
        self.variant_re = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(v) for v in variants) + r")(?!\w)")
        self.variants = provinces["variant"]


@functools.cache
def _tables() -> _Tables:
    return _Tables()


class _Scan:
    """One text being read: its tokens, their keys, and the entities found so far."""

    def __init__(self, text: str, tables: _Tables):
        self.text = text
        self.t = tables
        self.toks, self.starts, self.ends, self.keys = token_data(text)
        self.n = len(self.toks)
        self.caps = [tok[0].isupper() for tok in self.toks]
        self.found: list[tuple[int, int, str, str | None]] = []  # token start, end, type, title

    # -- token facts ------------------------------------------------------------

    def starts_sentence(self, i: int) -> bool:
        if i == 0:
            return True
        return self.toks[i - 1] in _BREAKS or self.toks[i - 1] in "-–—" or "\n" in self.text[self.ends[i - 1] : self.starts[i]]

    def joined(self, i: int) -> bool:
        """Is token ``i`` in the same line as token ``i - 1``?"""
        return "\n" not in self.text[self.ends[i - 1] : self.starts[i]]

    def starts_new_sentence(self, i: int) -> bool:
        """After an initial's dot, is token ``i`` a sentence's first word ("Nguyễn Văn A. Bà B...")?"""
        lower = self.keys[i].lower()
        return lower in self.t.person_cues or lower in self.t.common or lower.casefold() in self.t.titles

    def starts_word(self, i: int) -> bool:
        """Do token ``i`` and the lowercase token after it make a common word ("Bảo tàng")?"""
        j = i + 1
        return j < self.n and not self.caps[j] and self.joined(j) and f"{self.keys[i].lower()} {self.keys[j]}" in self.t.words

    def is_word(self, i: int) -> bool:
        return self.toks[i][0].isalpha()

    def cap_run(self, i: int, limit: int) -> int:
        """End of the run of capitalised words starting at ``i`` (at most ``limit`` tokens)."""
        j = i
        while j < self.n and j - i < limit and self.caps[j] and self.is_word(j) and (j == i or self.joined(j)):
            j += 1
        return j

    def after(self, i: int, phrases: tuple[tuple[str, ...], ...]) -> bool:
        """Is token ``i`` right after one of these lowercase phrases (its first word in any case)?"""
        return i > 0 and self.joined(i) and any(
            len(p) <= i and self.keys[i - len(p)].lower() == p[0] and tuple(self.keys[i - len(p) + 1 : i]) == p[1:]
            for p in phrases
        )

    def place_end(self, i: int) -> int | None:
        """End of the longest known place (province, gazetteer place or district) starting at ``i``."""
        ends = [match[0] for match in (self.t.places.match(self.keys, i), self.t.districts.match(self.keys, i)) if match]
        return max(ends, default=None)

    def is_place_name(self, i: int, end: int) -> bool:
        """Are tokens [i, end) exactly a known place (province, gazetteer place or district)?"""
        return self.place_end(i) == end

    # -- parts ------------------------------------------------------------------

    def name_at(self, i: int) -> int | None:
        """End of a person's name starting at ``i``: capitalised words, initials with their dot."""
        if i >= self.n or self.t.gazetteer.match(self.keys, i) or self.t.never.match(self.keys, i):
            return None
        if self.toks[i] in self.t.org_heads and self.org_at(i) is not None:
            return None
        j = i
        while j < self.n and j - i < MAX_NAME_TOKENS and (j == i or self.joined(j)):
            tok = self.toks[j]
            if self.caps[j] and self.is_word(j) and tok not in _NO_NAME:
                if j > i and (tok in self.t.org_heads and self.org_at(j) is not None):
                    break
                j += 1
            elif (
                tok == "." and j > i and len(self.toks[j - 1]) == 1 and j + 1 < self.n and self.caps[j + 1]
                and not self.starts_new_sentence(j + 1)
            ):
                j += 1  # George W. Bush
            else:
                break
        # "Bộ trưởng Thông tin Pakistan": a capitalised word that starts a common word is no name
        if i < j < self.n and not self.caps[j] and f"{self.keys[j - 1].lower()} {self.keys[j]}" in self.t.words:
            j -= 1
        return j if j > i else None

    def place_name_at(self, i: int) -> int | None:
        """End of a place's name after a level or cue word: a gazetteer name, or capitalised words."""
        if i >= self.n:
            return None
        match = self.t.places.match(self.keys, i)
        if match is not None:
            return match[0]
        if not self.caps[i] or not self.is_word(i):
            if self.toks[i].isdigit():  # Quận 1, phường 5
                return i + 1
            return None
        end = self.cap_run(i, MAX_PLACE_TOKENS + 3)
        for k in range(i + 1, end - 1):  # "huyện Gio Linh Nguyễn Văn A": leave the person
            # a middle name ("Văn", also a rare family name) does not start the person: "xã Triệu Văn Sáng"
            if looks_vietnamese_name(self.keys[k:end]) and self.keys[k] in self.t.family and self.keys[k] not in self.t.middle:
                return k
        return min(end, i + MAX_PLACE_TOKENS)

    def org_at(self, i: int) -> int | None:
        """End of an organisation whose head starts at ``i``."""
        t = self.t
        head = t.org_heads.match(self.keys, i)
        if head is None:
            return None
        head_end, head_name = head
        if head_end < self.n and self.keys[i] in t.family and looks_vietnamese_name(self.keys[i : self.cap_run(i, 4)]):
            return None  # "Đoàn Văn Hậu" is a person
        j = head_end
        last = head_end if head_name in _SELF_SUFFICIENT else None
        has_cap = False
        known = t.known_orgs.match(self.keys, i)
        if known is not None and known[0] > head_end:  # "Trung tâm Dự báo khí tượng thủy văn quốc gia"
            j = last = known[0]
            has_cap = True
        while j < self.n and j - i < MAX_ORG_TOKENS and self.joined(j):
            tok, k = self.toks[j], self.keys[j]
            unit = t.units.match(self.keys, j) if self.caps[j] else None
            if unit is not None and unit[0] < self.n and self.toks[unit[0]].isdigit() and self.joined(unit[0]):
                j = last = unit[0] + 1  # "Bộ Tư lệnh Quân khu 4": the unit and its number
                has_cap = True
                continue
            if self.caps[j] and self.is_word(j):
                if k in t.titles or (k.casefold() in t.titles and t.titles.match(self.keys, j, k.casefold())):
                    break
                j += 1
                if (
                    j < self.n and not self.caps[j] and self.is_word(j) and k not in t.org_stop
                    and f"{k.lower()} {self.keys[j]}" in t.words and self.keys[j] not in t.org_stop
                ):
                    j += 1
                last, has_cap = j, True
                continue
            if tok.isdigit() and (has_cap or j == head_end):  # Quân khu 4, Sư đoàn 3
                j += 1
                last = j
                continue
            level = t.levels.match(self.keys, j)
            if level is not None and k[0].islower() or k in ("TP", "TX"):
                j = level[0] if level is not None else j + 1
                if j < self.n and self.toks[j] == "." and self.toks[j - 1] in _DOTTED_LEVELS:
                    j += 1  # "TP. Hồ Chí Minh"; after "tỉnh" the dot ends the sentence
                last = j
                place = self.place_name_at(j) if j < self.n and self.joined(j) else None
                if place is not None:
                    last = place
                break
            region = t.places.match(self.keys, j) if k in t.lower_places else None
            if region is not None:  # "Ủy ban châu Âu", "Ngân hàng Trung ương châu Âu": the region ends it
                last = region[0]
                break
            complement = t.org_complements.match(self.keys, j)
            if complement is not None:
                if k in ("và", "&"):
                    if has_cap and j + 1 < self.n and self.caps[j + 1]:
                        j += 1
                        continue
                    break
                j = complement[0]
                last = j
                continue
            if tok in "-–" and has_cap and j + 1 < self.n and self.caps[j + 1]:
                j += 1
                continue
            break
        return last

    def org_kind(self, i: int) -> str:
        """ORG, or LOC for a named facility ("Bảo tàng Mỹ thuật Việt Nam")."""
        head = self.t.org_heads.match(self.keys, i)
        return "LOC" if head is not None and head[1] in self.t.facilities else "ORG"

    def title_at(self, i: int) -> tuple[int, list[tuple[int, int, str]]] | None:
        """End of a title chain at ``i`` and the organisations and places inside it."""
        t = self.t
        j, end, inner = i, None, []
        while j < self.n:
            match = t.titles.match(self.keys, j, self.keys[j].casefold())
            if match is None:
                break
            j = match[0]
            while j < self.n and self.joined(j):  # levels, an organisation or a country after the core
                org = self.org_at(j) if self.caps[j] else None
                if org is not None and org > j:
                    inner.append((j, org, self.org_kind(j)))
                    j = org
                    break
                place = t.places.match(self.keys, j) if self.caps[j] else None
                if place is not None and place[0] < self.n and self.caps[place[0]]:
                    inner.append((j, place[0], "LOC"))  # "Tổng thống Nga Vladimir Putin"
                    j = place[0]
                    break
                level = t.levels.match(self.keys, j)
                if level is None:
                    break
                j = level[0]
            end = j
            if (
                j + 1 < self.n and (self.toks[j] == "," or self.keys[j] in ("kiêm", "-"))
                and t.titles.match(self.keys, j + 1, self.keys[j + 1].casefold()) is not None
            ):
                j += 1
                continue
            break
        return None if end is None else (end, inner)

    # -- the scan ---------------------------------------------------------------

    def sentence_end_before(self, k: int) -> bool:
        """Does a sentence end (or a line break come) between tokens ``k - 1`` and ``k``?

        ". " and a capital end a sentence unless the dot closes an abbreviation or an initial
        ("TP. Hồ Chí Minh", "George W. Bush", "GS. Nguyễn Văn A").
        """
        if not self.joined(k):
            return True
        if k < 2 or self.toks[k - 1] not in _SENTENCE_ENDS or not self.caps[k]:
            return False
        before = self.toks[k - 2]
        return not (before.isupper() and len(before) <= 4 or before in _DOTTED_LEVELS)

    def add(self, start: int, end: int, kind: str, title: str | None = None) -> None:
        """Records an entity; one that would run over a sentence end stops before it."""
        for k in range(start + 1, end):
            if self.sentence_end_before(k):
                end = k - 1 if self.toks[k - 1] in _SENTENCE_ENDS else k
                break
        if end > start:
            self.found.append((start, end, kind, title))

    def person_with_title(self, i: int) -> int | None:
        """A title chain and the name after it, at ``i``; the end of what was read."""
        parsed = self.title_at(i)
        if parsed is None:
            return None
        end, inner = parsed
        name = self.name_at(end) if end < self.n else None
        if name is None and inner and inner[-1][2] == "ORG":  # "Giám đốc Sở Y tế Trần Văn B"
            org_start, org_end, _ = inner[-1]
            k = org_start + 1
            while k < org_end - 1:
                place = self.place_end(k)
                if place == org_end:
                    break  # "Vận động viên Bộ CHQS tỉnh Hà Tĩnh": no person in the title
                if place is not None and place < org_end:
                    k = place  # "Bí thư Huyện ủy Mai Châu Hà Văn Tuấn": the name starts after the place
                    continue
                if self.keys[k] in self.t.family and looks_vietnamese_name(self.keys[k:org_end]):
                    inner[-1] = (org_start, k, "ORG")
                    end, name = k, org_end
                    break
                k += 1
        for start, stop, kind in inner:
            self.add(start, stop, kind)
        if name is None:  # "Chủ tịch UBND tỉnh cho biết": no person, what is inside still counts;
            return inner[-1][1] if inner else end  # a bare title ("Phó Bí thư đề nghị") is no name either
        while name - end > 1 and self.toks[end].isupper() and len(self.toks[end]) > 1:
            end += 1  # "Tổng thư ký VASEP Nguyễn Hữu Dũng": the abbreviation belongs to the title
        return self.person(end, name, self.text[self.starts[i] : self.ends[end - 1]])

    def person(self, start: int, end: int, title: str | None) -> int:
        """Adds the person at tokens [start, end) with an appositive title after a comma; returns the end."""
        if end + 1 < self.n and self.toks[end] == "," and self.joined(end + 1):
            appositive = self.title_at(end + 1)
            if appositive is not None:
                app_end, inner = appositive
                written = self.text[self.starts[end + 1] : self.ends[app_end - 1]]
                self.add(start, end, "PER", f"{title}, {written}" if title else written)
                for a, b, kind in inner:
                    self.add(a, b, kind)
                return app_end
        self.add(start, end, "PER", title)
        return end

    def run(self) -> None:
        t, keys, n = self.t, self.keys, self.n
        i = 0
        while i < n:
            k = keys[i]
            cap = self.caps[i]
            lower = k.lower() if cap and self.starts_sentence(i) else k
            if not cap and k in t.lower_places:  # "châu Phi", "miền Trung": the lowercase word is in the name
                gaz = t.gazetteer.match(keys, i)
                if gaz is not None and gaz[1][0] == "LOC":
                    self.add(i, gaz[0], "LOC")
                    i = gaz[0]
                    continue
            if not cap and k not in t.lower_starts:
                i += 1
                continue
            if k.casefold() in t.titles:
                end = self.person_with_title(i)
                if end is not None:
                    i = end
                    continue
            if cap:
                end = self.org_at(i)
                if end is not None and end > i:
                    self.add(i, end, self.org_kind(i))
                    i = end
                    continue
            # cue words: lowercase, or capitalised at the start of a sentence
            if lower in t.place_cues and not (cap and lower == k):
                cue = t.place_cues.match(keys, i, lower)
                if cue is not None:
                    dotted = cue[0] < n and self.toks[cue[0]] == "." and self.toks[cue[0] - 1] in _DOTTED_LEVELS
                    j = cue[0] + dotted  # "TP. Vinh"; "xã. Lực lượng..." is a new sentence
                    end = self.place_name_at(j) if j < n and self.joined(j) else None
                    if end is not None and self.caps[j] and not (self.caps[j] and t.org_heads.match(keys, j) and self.org_at(j)):
                        # Ho Chi Minh City's "TP"/"thành phố" is part of its name
                        city = t.place_canonical.get(tuple(keys[j:end])) == _CITY_WITH_PREFIX
                        self.add(i if city and lower in ("tp", "thành", "TP") else j, end, "LOC")
                        i = end
                        continue
            if lower in t.person_cues and (not cap or lower != k):
                cue = t.person_cues.match(keys, i, lower)
                if cue is not None and cue[0] < n and self.caps[cue[0]] and self.joined(cue[0]):
                    j = cue[0]
                    gaz = t.gazetteer.match(keys, j)
                    end = self.name_at(j)
                    if end is not None and not (gaz is not None and gaz[0] >= end):
                        i = self.person(j, end, None)
                        continue
            if lower in t.place_weak and i + 1 < n and self.caps[i + 1] and self.joined(i + 1):
                j = i + 1
                end = self._weak_place(j)
                if end is not None:
                    self.add(j, end, "LOC")
                    i = end
                    continue
            if not cap or not self.is_word(i):
                i += 1
                continue
            end = self.capitalised(i)
            i = end if end is not None else i + 1

    def _weak_place(self, j: int) -> int | None:
        """After "tại/ở/đến...": a place unless the words are an organisation, a person or known otherwise."""
        t = self.t
        if t.org_heads.match(self.keys, j) and self.org_at(j) or t.never.match(self.keys, j):
            return None
        gaz = t.gazetteer.match(self.keys, j)
        if gaz is not None:
            return gaz[0] if gaz[1][0] == "LOC" else None
        run = self.cap_run(j, MAX_PLACE_TOKENS + 1)
        if self.is_place_name(j, run):
            return run
        if run - j > MAX_PLACE_TOKENS or looks_vietnamese_name(self.keys[j:run]) and self.keys[j] in t.family:
            return None
        lexicon = t.lexicon.match(self.keys, j)
        if lexicon is not None and lexicon[1] != "LOC":
            return None
        if not all(self.toks[k][1:].islower() or len(self.toks[k]) == 1 for k in range(j, run)):
            return None  # acronyms after "tại" are mostly organisations
        return run

    def capitalised(self, i: int) -> int | None:
        """A run of capitalised words with no cue: gazetteer, person's name, lexicon."""
        t, keys = self.t, self.keys
        never = t.never.match(keys, i)
        if never is not None:
            return never[0]
        run = self.cap_run(i, 8)
        compass = t.compass.match(keys, i)
        axis = compass[0] if compass is not None else i
        while axis + 1 < self.n and self.toks[axis] in "-–" and t.compass.match(keys, axis + 1):
            axis = t.compass.match(keys, axis + 1)[0]
        if axis > run:
            return axis  # "hành lang Đông - Tây", "đường sắt Bắc - Nam": an axis, no place
        if compass is not None and compass[0] == run and (
            self.after(i, t.direction_words) or run - i > 1 and not t.gazetteer.match(keys, i)
        ):
            return run  # "về phía Đông Nam", "hướng Tây Bắc": a direction; "Đông Nam" alone is no name
        ethnic = t.ethnic_groups.match(keys, i)
        if ethnic is not None and ethnic[0] == run and self.after(i, t.ethnic_words):
            return run  # "người Thái", "đồng bào Mông": ethnic groups are not entities
        gaz = t.gazetteer.match(keys, i)
        if gaz is not None:
            end, (kind, _name) = gaz
            needs_cue = kind == "LOC" and self.text[self.starts[i] : self.ends[end - 1]] in _NEEDS_PLACE_CUE
            if not needs_cue and (end == run or not looks_vietnamese_name(keys[i:run])):
                self.add(i, end, kind)
                return end
        name_end = min(run, i + 4)
        if looks_vietnamese_name(keys[i:name_end]):
            district = t.districts.match(keys, i)
            if district is not None and district[0] == run:
                self.add(i, run, "LOC")  # "Cao Lãnh", "Mai Châu": a district, not a person, without a cue
                return run
            return self.person(i, name_end, None)
        if self.starts_sentence(i) and keys[i].lower() in t.common:
            return i + 1
        lexicon = t.lexicon.match(keys, i)
        # the lexicon names whole runs only ("Tài" is a person, "Tài Em" is not read as "Tài" + "Em"),
        # and a single capitalised word at the start of a sentence is no evidence
        if lexicon is not None and lexicon[0] == run and not (run == i + 1 and self.starts_sentence(i)):
            if run == i + 1 and self.starts_word(i):
                return run  # "Bảo mật", "Bảo tàng": a capitalised word that starts a common word
            self.add(i, run, lexicon[1])
            return run
        return run if run > i else None


def _canonical(text: str, kind: str, tables: _Tables) -> str:
    if kind == "LOC":
        return tables.place_canonical.get(_keys(text), text)
    if kind == "ORG":
        text = tables.variant_re.sub(lambda m: tables.variants[m.group()], text)
        return expand_abbreviations(text)
    return text


def find_entities(text: str) -> list[Entity]:
    """The persons, organisations and places named in ``text``, in order, with character offsets.

    >>> [(e.text, e.type, e.title) for e in find_entities("Đại tá Lã Văn Hào dự họp tại Quảng Trị.")]
    [('Lã Văn Hào', 'PER', 'Đại tá'), ('Quảng Trị', 'LOC', None)]
    """
    if not text:
        return []
    tables = _tables()
    scan = _Scan(text, tables)
    scan.run()
    entities = []
    for start, end, kind, title in sorted(scan.found):
        if end <= start:
            continue
        char_start, char_end = scan.starts[start], scan.ends[end - 1]
        surface = text[char_start:char_end]
        entities.append(
            Entity(
                text=surface,
                type=kind,
                start=char_start,
                end=char_end,
                canonical=_canonical(" ".join(surface.split()), kind, tables),
                title=title,
            )
        )
    return entities


def canonical_key(entity: Entity) -> str:
    """The key that merges mentions of one entity across articles: type and canonical name.

    Tone placement, case and spacing do not matter; titles are not part of it; abbreviations are
    expanded and province variants made canonical ("TP.HCM" and "Thành phố Hồ Chí Minh" merge).
    """
    return f"{entity.type}:{key(entity.canonical)}"
