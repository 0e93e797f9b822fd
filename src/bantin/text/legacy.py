"""Legacy 8-bit Vietnamese font encodings: TCVN3 (ABC) and VNI.

Before Unicode, Vietnamese web pages were typed in a legacy font encoding and
declared as windows-1252 or iso-8859-1. The bytes were meant to be shown with a
special font (.VnTime for TCVN3, VNI-Times for VNI), so a browser without that
font, and our decoder, see mojibake: "Hµ Néi" for "Hà Nội", "Haø Noäi" for VNI.

A legacy page reaches this module already decoded: each byte became the
character Windows-1252 (or Latin-1) gives it. Functions here map such strings
back to proper NFC Unicode, and the reverse for building test fixtures.

Tables were checked against two public sources:
  - XFree86 X-TrueType ``TCVN/TCVNtoUCS2.c`` (TCVN 5712 VN1 table; its
    lowercase block 0xA8-0xFE and the capitals 0xA1-0xA7 are the VN3 set), as
    mirrored in apple-open-source/macos ``X11/xc/extras/X-TrueType/TCVN``;
  - duydev/vietnamese-conversion ``src/charsets.ts`` (Unicode <-> TCVN3 and
    Unicode <-> VNI tables, every letter).
Every letter in the tables below agreed between the two sources that cover it.
"""

from __future__ import annotations

import unicodedata

__all__ = [
    "tcvn3_to_unicode",
    "unicode_to_tcvn3",
]

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

_TONE_MARKS = ("\u0300", "\u0309", "\u0303", "\u0301", "\u0323")  # VN3 column order


def _build_tcvn3_table() -> dict[str, str]:
    table = {letter: chr(code) for letter, code in _TCVN3_BASES.items()}
    for base, codes in _TCVN3_TONED.items():
        for mark, code in zip(_TONE_MARKS, codes):
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
    converted = text.translate(_DECODE_TCVN3)
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
