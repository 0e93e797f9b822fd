"""Bytes to text for HTML pages, and Windows-1258 encoding for fixtures."""

from __future__ import annotations

import unicodedata

__all__ = [
    "encode_cp1258",
]

# The five Vietnamese tone marks. Windows-1258 has them as combining characters
# (0xCC 0xEC 0xDE 0xD2 0xF2) and has precomposed forms only for some letters.
_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")


def encode_cp1258(text: str, errors: str = "strict") -> bytes:
    """Encode text the way Windows-1258 stores Vietnamese.

    A letter Windows-1258 has precomposed (à á â ê ô ă ơ ư đ é í ó ú ...) is one
    byte; any other letter is its base letter without tone (â, ê, ơ, a, y, ...)
    followed by the combining tone mark: "ệ" is ê (0xEA) + dot below (0xF2).
    Python's own cp1258 codec refuses such letters, since they need two bytes.

    ``unicodedata.normalize("NFC", encode_cp1258(t).decode("cp1258")) == t``
    for every NFC text made of Vietnamese letters and Windows-1258 characters.
    ``errors`` applies to characters Windows-1258 cannot hold at all.
    """
    text = unicodedata.normalize("NFC", text)
    out = bytearray()
    for position, char in enumerate(text):
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", char)
        tones = [mark for mark in decomposed if mark in _TONE_MARKS]
        base = unicodedata.normalize("NFC", "".join(m for m in decomposed if m not in _TONE_MARKS))
        try:
            out += base.encode("cp1258") + "".join(tones).encode("cp1258")
        except UnicodeEncodeError:
            if errors == "strict":
                raise UnicodeEncodeError(
                    "cp1258", text, position, position + 1, "not representable in Windows-1258"
                ) from None
            out += char.encode("cp1258", errors)
    return bytes(out)
