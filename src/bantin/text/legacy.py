"""Legacy 8-bit Vietnamese font encodings: TCVN3 (ABC) and VNI.

Before Unicode, Vietnamese web pages were typed in a legacy font encoding and
declared as windows-1252 or iso-8859-1. The bytes were meant to be shown with a
special font (.VnTime for TCVN3, VNI-Times for VNI), so a browser without that
font, and our decoder, see mojibake: "Hµ Néi" for "Hà Nội", "Haø Noäi" for VNI.

A legacy page reaches this module already decoded: each byte became the
character Windows-1252 (or Latin-1) gives it. Functions here map such strings
back to proper NFC Unicode, and the reverse for building test fixtures.

Tables were checked, letter by letter, against public sources:
  - TCVN3: XFree86 X-TrueType ``TCVN/TCVNtoUCS2.c`` (the TCVN 5712 VN1 table,
    whose capitals 0xA1-0xA7 and lowercase block 0xA8-0xFE are the VN3 set),
    as mirrored in apple-open-source/macos ``X11/xc/extras/X-TrueType/TCVN``,
    and duydev/vietnamese-conversion ``src/charsets.ts``;
  - VNI: duydev/vietnamese-conversion ``src/charsets.ts`` (all 134 letters)
    and lamdao/xvnkb ``vni.h`` (the capitals).
All sources agreed with the tables below. The VN1 extras (capitals with tone
marks at 0x01-0x17, 0x80-0x9F and in the gaps of 0xB0-0xFF) are not decoded:
VN3 pages do not use them, and decoding them would turn À Ä Ç É ... in
Western European text into Vietnamese capitals.
"""

from __future__ import annotations

import re
import string
import unicodedata
from dataclasses import dataclass

from bantin.text.normalize import VIETNAMESE_LETTERS, is_syllable

__all__ = [
    "LINE_MIN_VALID_SHARE",
    "MIN_TELLTALE_SHARE",
    "MIN_TELLTALE_WORDS",
    "detect_legacy",
    "repair_legacy",
    "tcvn3_to_unicode",
    "unicode_to_tcvn3",
    "unicode_to_vni",
    "vni_to_unicode",
]

# Detection works line by line, on words. A word is *telltale* for an encoding
# when it holds a character that encoding uses for a Vietnamese letter and that
# is not itself a Vietnamese letter (µ ¸ § ¶ for TCVN3, ø ä ï ñ for VNI), and
# converting it gives one well-formed Vietnamese syllable. A line *passes* when
#   - it has no Unicode Vietnamese letters beyond Latin-1 (ư ơ đ ạ ế ...):
#     those never occur in a legacy run, which is all Latin-1 and cp1252;
#   - at least LINE_MIN_VALID_SHARE of its words are Vietnamese syllables
#     after conversion (English, French or German lines fall well short);
#   - at least MIN_TELLTALE_SHARE of its words are telltale.
# A text is in a legacy encoding when its passing lines hold at least
# MIN_TELLTALE_WORDS telltale words in all.
#
# Tuned on the cases in tests/test_text_legacy.py (news paragraphs in TCVN3 and
# VNI, the same in Unicode, English with Vietnamese names, French, German,
# Spanish prose, text with ©, ®, "µm", and mixed pages):
#   - legacy Vietnamese paragraphs score 0.97-0.98 valid and 0.24-0.68 telltale
#     (VNI lower, as its i/y letters and ô-words often hide no telltale);
#   - French prose scores 0.33 valid, German 0.04-0.09: their telltale
#     characters (ä ö ü ß ï ë ç ñ) rarely convert to a syllable; Unicode
#     Vietnamese and Romanian lines are excluded by their letters beyond Latin-1;
#   - a single "©" or "µm" is one telltale word; four are needed.
# After a change, re-run tests/test_text_legacy.py.
LINE_MIN_VALID_SHARE = 0.7
MIN_TELLTALE_SHARE = 0.15
MIN_TELLTALE_WORDS = 4

# --- TCVN3 (ABC, TCVN 5712:1993 "VN3") ------------------------------------
#
# VN3 keeps ASCII as is. It has the seven capitals Ă Â Ê Ô Ơ Ư Đ, the seven
# lowercase letters ă â ê ô ơ ư đ, and every lowercase letter with a tone mark.
# Capitals with a tone mark are not in VN3: headings were set in the .VnTimeH
# font, which draws the lowercase codes as capitals. Code points 0x80-0x9F are
# not used by VN3, so there they are ordinary Windows-1252 punctuation.
#
# Note: ư is 0xAD, the soft hyphen in Windows-1252. Repair legacy text *before*
# any cleaning step that drops soft hyphens.

_TCVN3_BASES = {
    "Ă": 0xA1, "Â": 0xA2, "Ê": 0xA3, "Ô": 0xA4, "Ơ": 0xA5, "Ư": 0xA6, "Đ": 0xA7,
    "ă": 0xA8, "â": 0xA9, "ê": 0xAA, "ô": 0xAB, "ơ": 0xAC, "ư": 0xAD, "đ": 0xAE,
}

# Columns are the tones in VN3 order: grave, hook above, tilde, acute, dot below.
_TCVN3_TONED = {
    "a": (0xB5, 0xB6, 0xB7, 0xB8, 0xB9),
    "ă": (0xBB, 0xBC, 0xBD, 0xBE, 0xC6),
    "â": (0xC7, 0xC8, 0xC9, 0xCA, 0xCB),
    "e": (0xCC, 0xCE, 0xCF, 0xD0, 0xD1),
    "ê": (0xD2, 0xD3, 0xD4, 0xD5, 0xD6),
    "i": (0xD7, 0xD8, 0xDC, 0xDD, 0xDE),
    "o": (0xDF, 0xE1, 0xE2, 0xE3, 0xE4),
    "ô": (0xE5, 0xE6, 0xE7, 0xE8, 0xE9),
    "ơ": (0xEA, 0xEB, 0xEC, 0xED, 0xEE),
    "u": (0xEF, 0xF1, 0xF2, 0xF3, 0xF4),
    "ư": (0xF5, 0xF6, 0xF7, 0xF8, 0xF9),
    "y": (0xFA, 0xFB, 0xFC, 0xFD, 0xFE),
}

_VN3_TONE_ORDER = ("\u0300", "\u0309", "\u0303", "\u0301", "\u0323")


def _build_tcvn3_table() -> dict[str, str]:
    table = {letter: chr(code) for letter, code in _TCVN3_BASES.items()}
    for base, codes in _TCVN3_TONED.items():
        for mark, code in zip(_VN3_TONE_ORDER, codes):
            table[unicodedata.normalize("NFC", base + mark)] = chr(code)
    return table


_UNICODE_TO_TCVN3 = _build_tcvn3_table()
_TCVN3_TO_UNICODE = {ord(code): letter for letter, code in _UNICODE_TO_TCVN3.items()}

# Capitals with a tone mark have no VN3 code; like a .VnTimeH heading, they are
# written with the code of the lowercase letter.
_UNICODE_TO_TCVN3_WITH_CAPITALS = {
    **{
        letter.upper(): code
        for letter, code in _UNICODE_TO_TCVN3.items()
        if letter.upper() not in _UNICODE_TO_TCVN3
    },
    **_UNICODE_TO_TCVN3,
}
_ENCODE_TCVN3 = str.maketrans(_UNICODE_TO_TCVN3_WITH_CAPITALS)

# Latin-1 decoding turns bytes 0x80-0x9F into C1 control characters, where
# Windows-1252 gives punctuation. Map the former to the latter so both decodings
# of the same bytes give the same text. (0x81 0x8D 0x8F 0x90 0x9D are undefined
# in Windows-1252 and stay as they are.)
_C1_TO_CP1252 = {
    code: bytes([code]).decode("cp1252")
    for code in range(0x80, 0xA0)
    if code not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
}
_DECODE_C1 = str.maketrans(_C1_TO_CP1252)
_DECODE_TCVN3 = str.maketrans({**_C1_TO_CP1252, **_TCVN3_TO_UNICODE})


def tcvn3_to_unicode(text: str, *, capitals_font: bool = False) -> str:
    """Convert TCVN3 text (as decoded by Windows-1252 or Latin-1) to NFC Unicode.

    >>> tcvn3_to_unicode("§µ N½ng")
    'Đà Nẵng'

    Set ``capitals_font`` for text that was shown in .VnTimeH (the capitals-only
    font): the whole result is then upper-cased. Without it, letters that had a
    tone mark come back lowercase ("VIÖT" gives "VIệT"); telling a .VnTimeH run
    from a .VnTime run needs the page's font information, which we do not read.
    """
    converted = unicodedata.normalize("NFC", text.translate(_DECODE_TCVN3))
    return converted.upper() if capitals_font else converted


def unicode_to_tcvn3(text: str) -> str:
    """Convert Unicode text to TCVN3, as the str Windows-1252 would decode it to.

    ``unicode_to_tcvn3(text).encode("cp1252")`` gives the bytes of a .VnTime page.

    Capitals with a tone mark (À, Ệ, ...) are not in VN3: they get the code of
    their lowercase letter, as in a .VnTimeH heading, so they read back as
    lowercase. Characters outside VN3 are passed through unchanged; those in
    U+00A1-U+00FF (©, ½, ü, ...) will then read back as Vietnamese letters.
    """
    return unicodedata.normalize("NFC", text).translate(_ENCODE_TCVN3)


# --- VNI (VNI-Windows, the VNI-Times family of fonts) -----------------------
#
# VNI writes a Vietnamese letter as its base letter followed by one modifier
# byte (hat, breve or horn combined with the tone), except for a few letters
# with a code of their own (đ, ơ, ư, and the i-with-tone and ỵ glyphs).
# Modifiers after a capital are the capital forms of the same bytes.

_GRAVE, _HOOK, _TILDE, _ACUTE, _DOT = "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"
_HAT, _BREVE, _HORN = "\u0302", "\u0306", "\u031b"

# modifier byte -> (shape mark, tone mark); lowercase forms, capitals are 0x20 lower.
_VNI_TONE_ONLY = {"ø": _GRAVE, "ù": _ACUTE, "û": _HOOK, "õ": _TILDE, "ï": _DOT}
_VNI_WITH_HAT = {"â": "", "á": _ACUTE, "à": _GRAVE, "å": _HOOK, "ã": _TILDE, "ä": _DOT}
_VNI_WITH_BREVE = {"ê": "", "é": _ACUTE, "è": _GRAVE, "ú": _HOOK, "ü": _TILDE, "ë": _DOT}

# Letters with a code of their own.
_VNI_SINGLE = {
    "đ": "ñ", "ơ": "ô", "ư": "ö",
    "ì": "ì", "í": "í", "ỉ": "æ", "ĩ": "ó", "ị": "ò", "ỵ": "î",
}


def _build_vni_table() -> dict[str, str]:
    """Unicode letter -> VNI string, for every Vietnamese letter with a mark."""
    table: dict[str, str] = {}
    for letter, code in _VNI_SINGLE.items():
        table[letter] = code
        table[letter.upper()] = code.upper()
    shapes = [
        ("aeouy", "", _VNI_TONE_ONLY, False),
        ("aeo", _HAT, _VNI_WITH_HAT, True),
        ("a", _BREVE, _VNI_WITH_BREVE, True),
    ]
    for bases, shape, modifiers, shape_in_modifier in shapes:
        for base in bases:
            for modifier, tone in modifiers.items():
                if not tone and not shape_in_modifier:
                    continue
                letter = unicodedata.normalize("NFC", base + shape + tone)
                table.setdefault(letter, base + modifier)
                table.setdefault(letter.upper(), base.upper() + modifier.upper())
    # ơ and ư with a tone: their own code followed by the tone modifier.
    for base, code in (("ơ", "ô"), ("ư", "ö")):
        for modifier, tone in _VNI_TONE_ONLY.items():
            letter = unicodedata.normalize("NFC", base + tone)
            table[letter] = code + modifier
            table[letter.upper()] = code.upper() + modifier.upper()
    return table


_UNICODE_TO_VNI = _build_vni_table()
_ENCODE_VNI = str.maketrans(_UNICODE_TO_VNI)
_VNI_TO_UNICODE = {code: letter for letter, code in _UNICODE_TO_VNI.items()}
# Two-character codes first, so "oâ" reads as ô and not as o followed by â.
_VNI_PAIR = re.compile(
    "|".join(sorted((re.escape(code) for code in _VNI_TO_UNICODE), key=len, reverse=True))
)


def vni_to_unicode(text: str) -> str:
    """Convert VNI text (as decoded by Windows-1252 or Latin-1) to NFC Unicode.

    >>> vni_to_unicode("Vieät Nam, Haø Noäi, Ñaø Naüng")
    'Việt Nam, Hà Nội, Đà Nẵng'
    """
    converted = _VNI_PAIR.sub(lambda match: _VNI_TO_UNICODE[match.group()], text.translate(_DECODE_C1))
    return unicodedata.normalize("NFC", converted)


def unicode_to_vni(text: str) -> str:
    """Convert Unicode text to VNI, as the str Windows-1252 would decode it to.

    ``unicode_to_vni(text).encode("cp1252")`` gives the bytes of a VNI-Times page.
    Characters outside Vietnamese are passed through unchanged.
    """
    return unicodedata.normalize("NFC", text).translate(_ENCODE_VNI)


# --- detection and repair ---------------------------------------------------

_CONVERTERS = {"tcvn3": tcvn3_to_unicode, "vni": vni_to_unicode}


def _telltale_chars(codes) -> frozenset[str]:
    chars = {c for code in codes for c in code}
    return frozenset(c for c in chars if ord(c) > 0x7F and c not in VIETNAMESE_LETTERS)


_TELLTALES = {
    "tcvn3": _telltale_chars(_UNICODE_TO_TCVN3.values()),
    "vni": _telltale_chars(_UNICODE_TO_VNI.values()),
}
# Cheap pre-filters: most text has no telltale character at all and is never scored word by word.
_TELLTALE_RE = {name: re.compile("[" + re.escape("".join(sorted(chars))) + "]") for name, chars in _TELLTALES.items()}
_UNICODE_ONLY_LETTERS = frozenset(c for c in VIETNAMESE_LETTERS if ord(c) > 0xFF)

# Word separators, and punctuation stripped from the ends of words. None of
# these characters is a letter code in TCVN3 or VNI (« and » are, in TCVN3).
_WORD_SPLIT = re.compile(r"[\s\-/]+")
_PUNCTUATION = string.punctuation + "“”‘’‚„…–—•"


@dataclass(frozen=True, slots=True)
class _LineScore:
    words: int
    valid: int  # words that are Vietnamese syllables after conversion
    telltale: int  # valid words that hold a telltale character
    unicode_vietnamese: bool

    def passes(self, strict: bool) -> bool:
        if self.unicode_vietnamese or not self.telltale:
            return False
        if self.valid < LINE_MIN_VALID_SHARE * self.words:
            return False
        return not strict or self.telltale >= MIN_TELLTALE_SHARE * self.words


def _score_line(line: str, encoding: str) -> _LineScore:
    convert, telltales = _CONVERTERS[encoding], _TELLTALES[encoding]
    words = valid = telltale = 0
    for raw in _WORD_SPLIT.split(line):
        word = raw.strip(_PUNCTUATION)
        if not any(c.isalpha() or c in telltales for c in word):
            continue  # numbers, symbols
        if any(c in _UNICODE_ONLY_LETTERS for c in word):
            return _LineScore(0, 0, 0, unicode_vietnamese=True)
        words += 1
        if is_syllable(convert(word)):
            valid += 1
            telltale += any(c in telltales for c in word)
    return _LineScore(words, valid, telltale, unicode_vietnamese=False)


def detect_legacy(text: str) -> str | None:
    """Return "tcvn3" or "vni" if ``text`` holds Vietnamese in that legacy
    encoding (see the thresholds at the top of this module), else None.

    Normal Unicode Vietnamese, English, French or German text, and text with a
    few stray symbols (©, ®, "5 µm") give None.
    """
    best, best_count = None, 0
    for encoding in _CONVERTERS:
        pattern = _TELLTALE_RE[encoding]
        if len(pattern.findall(text)) < MIN_TELLTALE_WORDS:
            continue  # a line without a telltale character never passes
        scores = (_score_line(line, encoding) for line in text.splitlines() if pattern.search(line))
        count = sum(score.telltale for score in scores if score.passes(strict=True))
        if count >= MIN_TELLTALE_WORDS and count > best_count:
            best, best_count = encoding, count
    return best


def repair_legacy(text: str) -> tuple[str, str | None]:
    """Convert legacy-encoded Vietnamese in ``text`` to Unicode.

    Returns ``(text, encoding)``, with ``encoding`` None when nothing was
    converted. Pages often mix a Unicode or English template (menus, footer)
    with a legacy body, so conversion is decided line by line: once the whole
    text is detected as legacy, each line is converted if it passes a looser
    version of the detection test (short headings like "Hµ Néi" qualify), and
    left alone otherwise. Run this before ``clean_text``: TCVN3 writes ư as the
    soft hyphen, which cleaning removes.
    """
    encoding = detect_legacy(text)
    if encoding is None:
        return text, None
    return repair_as(text, encoding), encoding


def repair_as(text: str, encoding: str) -> str:
    """Convert the lines of ``text`` that read as Vietnamese in ``encoding`` ("tcvn3" or "vni"),
    leaving the others alone: for pieces of a document already detected as a whole (an HTML
    page's text nodes, each too short to be detected alone)."""
    convert = _CONVERTERS[encoding]
    if not _TELLTALE_RE[encoding].search(text):
        return text
    lines = text.splitlines(keepends=True)
    return "".join(convert(line) if _score_line(line, encoding).passes(strict=False) else line for line in lines)
