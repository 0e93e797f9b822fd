"""Normalisation of Vietnamese text, and the keys used for search and dedup.

Two kinds of output, never to be confused:

- content: ``clean_text`` gives NFC text with every diacritic intact; this is
  what gets stored and shown;
- keys: ``key`` (diacritic-sensitive, tone placement made canonical) and
  ``folded_key`` (no diacritics at all, đ -> d) are for matching only. Folding
  merges ma/má/mà/mả/mã/mạ, so a folded key is never shown to anyone.

Tone placement convention used by ``canonical_tones``: the traditional one
("kiểu cũ"), which most Vietnamese news sites use: "hòa", "thúy", "khỏe" rather
than the reform style "hoà", "thuý", "khoẻ" (which puts the mark on the main
vowel a, y, e after the glide o/u). The two differ only for open syllables in
oa, oe, uy; both agree on everything else. In detail:

1. ``qu`` and ``gi`` before another vowel are onsets: "quý" -> y, "giá" -> a;
2. a vowel with a hat, breve or horn takes the mark (the later one in ươ):
   "thuở", "khuyến", "người", "thuyền";
3. otherwise, with a final consonant the mark goes on the last vowel ("hoàng",
   "huỳnh");
4. otherwise, of three vowels the middle one takes it ("ngoài", "khuỷu"), of
   two vowels the first ("hòa", "khỏe", "thúy", "tài", "múa").
"""

from __future__ import annotations

import functools
import re
import unicodedata

__all__ = [
    "TONE_MARKS",
    "VIETNAMESE_LETTERS",
    "VIETNAMESE_SPECIFIC_LETTERS",
    "VIETNAMESE_THRESHOLD",
    "canonical_tones",
    "clean_text",
    "fold",
    "folded_key",
    "is_syllable",
    "is_vietnamese",
    "key",
]

# Share of Vietnamese-specific letters among all letters from which
# ``is_vietnamese`` says yes. Measured on the paragraphs in
# tests/test_text_normalize.py: Vietnamese news prose scores 0.19-0.29, a
# Vietnamese sentence full of English company and tech terms 0.07, English text
# quoting Vietnamese names 0.035-0.037, French, German and Romanian prose 0.00.
# 0.05 sits in the gap between 0.037 and 0.07. Re-run
# ``test_is_vietnamese_*`` after a change.
VIETNAMESE_THRESHOLD = 0.05

# Grave, hook above, tilde, acute, dot below: the five tone marks (the sixth
# tone, ngang, is unmarked). Hat (U+0302), breve (U+0306) and horn (U+031B) are
# part of the letter, not tone marks.
TONE_MARKS = frozenset("\u0300\u0309\u0303\u0301\u0323")

_VOWELS_LOWER = "aăâeêioôơuưy"
_CONSONANTS_LOWER = "bcdđghklmnpqrstvx"


def _vietnamese_lower_letters() -> str:
    toned = (
        unicodedata.normalize("NFC", vowel + mark)
        for vowel in _VOWELS_LOWER
        for mark in sorted(TONE_MARKS)
    )
    return _VOWELS_LOWER + _CONSONANTS_LOWER + "".join(toned)


_LOWER = _vietnamese_lower_letters()

# The 89 lowercase letters of the Vietnamese alphabet with tones, and their capitals.
VIETNAMESE_LETTERS = frozenset(_LOWER + _LOWER.upper())

# Letters that are Vietnamese and next to never appear in other languages
# written in Latin script: everything outside ASCII and Latin-1 (so not the
# French à é ê ô ..., and not ă alone, which Romanian uses a lot).
VIETNAMESE_SPECIFIC_LETTERS = frozenset(
    letter for letter in VIETNAMESE_LETTERS if ord(letter) > 0xFF and letter not in "ăĂ"
)

# --- clean_text -------------------------------------------------------------

# Zero-width and invisible format characters vanish; other spaces become " ".
_INVISIBLE = "\u00ad\u180e\u200b\u200c\u200d\u2060\ufeff"
_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_LINE_BREAKS = "\r\x0b\x0c\x85\u2028"
_CLEAN_TABLE = {
    **{ord(c): None for c in _INVISIBLE},
    **{ord(c): " " for c in _SPACES},
    **{ord(c): "\n" for c in _LINE_BREAKS},
    ord("\u2029"): "\n\n",
}
_CRLF = re.compile(r"\r\n")
_BLANKS = re.compile(r"[ \t]+")
_SPACE_AROUND_NEWLINE = re.compile(r" ?\n ?")
_MANY_NEWLINES = re.compile(r"\n{3,}")


def _invisible_members() -> str:
    """The inside of a regex class of every control (Cc) and format (Cf) character but newline and tab."""
    bmp = [chr(i) for i in range(0x10000) if unicodedata.category(chr(i)) in ("Cc", "Cf") and chr(i) not in "\n\t"]
    # the astral format characters (Unicode 15): Kaithi, Egyptian, shorthand, musical, tags
    astral = "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f"
    return "".join(re.escape(c) for c in bmp) + astral


_INVISIBLE_RE = re.compile("[" + _invisible_members() + "]+")
# What any step of ``clean_text`` but the final strip would change: a character it translates or
# drops, a tab, two spaces, a space next to a line break, three line breaks. NFC text without any
# of these is already clean up to its ends (most stored text is: the language layer re-reads it).
_NEEDS_CLEANING = re.compile(
    "["
    + "".join(re.escape(chr(c)) for c in _CLEAN_TABLE)
    + _invisible_members()
    + "\t]|  | \n|\n |\n\n\n"
)


def _drop_invisible(text: str) -> str:
    """Drop control (Cc) and format (Cf) characters except newline and tab."""
    return _INVISIBLE_RE.sub("", text)


def clean_text(text: str) -> str:
    """Return NFC text with invisible characters removed and whitespace tidied.

    Every diacritic stays. Zero-width characters, BOM and soft hyphens vanish;
    non-breaking and other Unicode spaces become a plain space; runs of spaces
    and tabs become one space; lines are stripped; three or more line breaks
    become two. Idempotent.

    >>> clean_text("Hà\\u00a0Nội\\u200b  \\t mùa thu\\r\\n\\n\\n\\nHết")
    'Hà Nội mùa thu\\n\\nHết'
    """
    if not _NEEDS_CLEANING.search(text) and unicodedata.is_normalized("NFC", text):
        return text.strip(" \n")
    return _clean_slowly(text)


def _clean_slowly(text: str) -> str:
    text = _CRLF.sub("\n", text).translate(_CLEAN_TABLE)
    text = unicodedata.normalize("NFC", _drop_invisible(text))
    text = _BLANKS.sub(" ", text)
    text = _SPACE_AROUND_NEWLINE.sub("\n", text)
    text = _MANY_NEWLINES.sub("\n\n", text)
    return text.strip(" \n")


# --- syllables --------------------------------------------------------------

_ONSETS = frozenset(
    "b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x".split()
)
_CODAS = frozenset(["", "c", "ch", "m", "n", "ng", "nh", "p", "t"])
_STOP_CODAS = frozenset(["c", "ch", "p", "t"])
_FRONT_VOWELS = "eêiy"

# Vowel groups (without tone), by whether a final consonant may follow.
_OPEN_ONLY = frozenset(
    "ai ao au ay âu ây eo êu ia iu oi ôi ơi ui ưa ưi ưu ua uơ "
    "iêu oai oao oay oeo uây uôi uya uyu ươi ươu yêu".split()
)
_CLOSED_ONLY = frozenset("ă â iê yê uô ươ uyê oă uâ oo ôô".split())
_EITHER = frozenset("a e ê i o ô ơ u ư y oa oe uê uy".split())
_NUCLEI = _OPEN_ONLY | _CLOSED_ONLY | _EITHER
_SHAPED = "ăâêôơư"


def _split_tone(word: str) -> tuple[str, str, int] | None:
    """Split an NFC word into (toneless NFC word, tone mark or "", tone count)."""
    decomposed = unicodedata.normalize("NFD", word)
    tones = [c for c in decomposed if c in TONE_MARKS]
    toneless = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONE_MARKS))
    return toneless, (tones[0] if tones else ""), len(tones)


def _parse(toneless_lower: str) -> tuple[str, str, str] | None:
    """Split a toneless lowercase syllable into (onset, vowels, coda), or None."""
    word = toneless_lower
    vowel_start = next((i for i, c in enumerate(word) if c in _VOWELS_LOWER), None)
    if vowel_start is None:
        return None
    onset = word[:vowel_start]
    vowel_end = vowel_start
    while vowel_end < len(word) and word[vowel_end] in _VOWELS_LOWER:
        vowel_end += 1
    vowels, coda = word[vowel_start:vowel_end], word[vowel_end:]
    # "qu" and "gi" are onsets when another vowel follows: quý, giá, giường.
    if onset == "q" and vowels.startswith("u") and len(vowels) > 1:
        onset, vowels = "qu", vowels[1:]
    elif onset == "g" and vowels.startswith("i") and len(vowels) > 1:
        onset, vowels = "gi", vowels[1:]
    if onset and onset not in _ONSETS or coda not in _CODAS or vowels not in _NUCLEI:
        return None
    if coda and vowels in _OPEN_ONLY or not coda and vowels in _CLOSED_ONLY:
        return None
    if onset in ("k", "gh", "ngh") and vowels[0] not in _FRONT_VOWELS:
        return None
    if onset in ("c", "ng") and vowels[0] in _FRONT_VOWELS:
        return None
    return onset, vowels, coda


def _tone_position(vowels: str, coda: str) -> int:
    """Index in ``vowels`` of the letter that carries the tone mark."""
    shaped = [i for i, c in enumerate(vowels) if c in _SHAPED]
    if shaped:
        return shaped[-1]
    if coda:
        return len(vowels) - 1
    return 1 if len(vowels) == 3 else 0


def is_syllable(word: str) -> bool:
    """Is ``word`` one well-formed Vietnamese syllable (any case, any tone placement)?

    >>> is_syllable("Nguyễn"), is_syllable("hoà"), is_syllable("street")
    (True, True, False)
    """
    word = unicodedata.normalize("NFC", word)
    if not word or any(c not in VIETNAMESE_LETTERS for c in word):
        return False
    toneless, tone, tone_count = _split_tone(word)
    if tone_count > 1:
        return False
    parsed = _parse(toneless.lower())
    if parsed is None:
        return False
    coda = parsed[2]
    # Syllables ending in c, ch, p, t only take the acute or the dot below.
    return not (coda in _STOP_CODAS and tone and tone not in "\u0301\u0323")


# Vietnamese has a few thousand syllables in use: 1,000 news articles hold ~8,300 distinct words,
# and a cache this size hits ~98% of lookups (bench/ingest.py, where this cut index keys 3.3 -> 0.9 ms/article).
CANONICAL_CACHE_SIZE = 65_536


@functools.lru_cache(maxsize=CANONICAL_CACHE_SIZE)
def _canonical_word(word: str) -> str:
    toneless, tone, tone_count = _split_tone(word)
    if tone_count != 1 or any(c not in VIETNAMESE_LETTERS for c in toneless):
        return word
    lower = toneless.lower()
    if len(lower) != len(toneless):
        return word
    parsed = _parse(lower)
    if parsed is None:
        return word
    onset, vowels, coda = parsed
    position = len(onset) + _tone_position(vowels, coda)
    return unicodedata.normalize(
        "NFC", toneless[:position] + toneless[position] + tone + toneless[position + 1 :]
    )


_WORD = re.compile(r"(?:[^\W\d_]|[\u0300-\u036f])+")


def canonical_tones(text: str) -> str:
    """Move each syllable's tone mark to its canonical place (see module doc).

    A key function for search and dedup; never rewrite stored content with it.
    Words that are not Vietnamese syllables are left alone. Returns NFC.

    >>> canonical_tones("Hoà thuận, khoẻ mạnh, Thuý")
    'Hòa thuận, khỏe mạnh, Thúy'
    """
    text = unicodedata.normalize("NFC", text)
    return _WORD.sub(lambda match: _canonical_word(match.group()), text)


# --- folding and keys ---------------------------------------------------------

# Letters with a stroke have no Unicode decomposition, so NFD leaves them.
# U+00D0/U+00F0 (Icelandic eth) are often typed for Đ/đ, which they resemble.
_STROKES = str.maketrans("đĐðÐøØłŁ", "dDdDoOlL")


def fold(text: str) -> str:
    """Remove every diacritic: tone marks, hats, breves, horns, and đ -> d.

    Keeps case; NFC and NFD input give the same NFC output. For keys only:
    folding merges words that differ only in their marks (ma, má, mà, mả, mã, mạ).

    >>> fold("Đà Nẵng, Huế, café")
    'Da Nang, Hue, cafe'
    """
    decomposed = unicodedata.normalize("NFD", text)
    bare = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", bare.translate(_STROKES))


def key(text: str) -> str:
    """Diacritic-sensitive matching key: cleaned, canonical tones, case-folded, NFC.

    >>> key("Hoà  Bình") == key("HÒA BÌNH")
    True
    """
    return unicodedata.normalize("NFC", canonical_tones(clean_text(text)).casefold())


def folded_key(text: str) -> str:
    """Diacritic-insensitive matching key: cleaned, folded, case-folded.

    >>> folded_key("Đà  Nẵng")
    'da nang'
    """
    return fold(fold(clean_text(text)).casefold())


def is_vietnamese(text: str) -> bool:
    """Guess whether ``text`` is Vietnamese written with its diacritics.

    The share of Vietnamese-specific letters (ư, ơ, đ, ạ, ế, ...) among all
    letters must reach ``VIETNAMESE_THRESHOLD``. Vietnamese typed without
    diacritics ("Ha Noi") cannot be told from other languages this way.
    """
    letters = [c for c in unicodedata.normalize("NFC", text) if c.isalpha()]
    if not letters:
        return False
    specific = sum(1 for c in letters if c in VIETNAMESE_SPECIFIC_LETTERS)
    return specific / len(letters) >= VIETNAMESE_THRESHOLD
