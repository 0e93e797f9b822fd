"""Bytes to text for HTML pages, and Windows-1258 encoding for fixtures.

``decode_html`` tries, in order: a byte-order mark; the encoding declared by the
transport (HTTP ``Content-Type``); the ``<meta>`` charset in the first 4 KB;
strict UTF-8; UTF-8 with a few broken sequences; charset-normalizer; and last
Windows-1252 with replacement. A declaration is only trusted when the bytes
decode cleanly under it. The text returned is always NFC.

Windows-1258 stores most Vietnamese letters as a base letter followed by a
combining tone mark, so text decoded from it is NFC-normalised before use.
"""

from __future__ import annotations

import codecs
import importlib
import re
import unicodedata
from dataclasses import dataclass

__all__ = [
    "BINARY_CONTROL_SHARE",
    "Decoded",
    "DecodeError",
    "MAX_UTF8_ERROR_SHARE",
    "decode_html",
    "encode_cp1258",
    "looks_binary",
]

# Share of control bytes (other than tab, line feed, form feed, carriage return
# and escape) in the first 8 KB above which data counts as binary. Reasoned, not
# corpus-tuned: HTML and text have none, uniformly random or compressed bytes
# have about 11% (27 of 256 values). 5% leaves room for pages with a few stray
# control bytes and still catches binary data that has no NUL in its first 8 KB.
BINARY_CONTROL_SHARE = 0.05
BINARY_SNIFF_BYTES = 8192

# A page that is not valid UTF-8 is still read as UTF-8 (with U+FFFD for the
# broken sequences) when broken sequences are at most this share of all
# non-ASCII sequences. A Windows-125x page read as UTF-8 is nearly all broken
# sequences (over 90% in the tests' cp1258 and cp1252 pages); a UTF-8 page cut
# or spliced at a few places has well under 1% broken ones. 10% sits between.
MAX_UTF8_ERROR_SHARE = 0.10

META_SNIFF_BYTES = 4096

_MAGIC_NUMBERS = (
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",  # JPEG
    b"GIF87a",
    b"GIF89a",
    b"%PDF-",
    b"PK\x03\x04",  # ZIP, and so DOCX, XLSX, EPUB, JAR
    b"PK\x05\x06",  # empty ZIP
    b"\x1f\x8b",  # gzip
    b"\x7fELF",
)
_TEXT_CONTROLS = frozenset(b"\t\n\x0c\r\x1b")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Labels browsers treat differently from Python's codec names (WHATWG Encoding
# standard): Latin-1 and ASCII labels mean Windows-1252, UTF-16 in a <meta>
# means UTF-8, and x-viet-windows is a Windows-1258 label Python lacks.
_LABELS = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "x-viet-windows": "cp1258",
    "windows-1258": "cp1258",
}
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_.:\-]+)""", re.IGNORECASE)

# The five Vietnamese tone marks. Windows-1258 has them as combining characters
# (0xCC 0xEC 0xDE 0xD2 0xF2) and has precomposed forms only for some letters.
_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")


class DecodeError(ValueError):
    """The bytes are not text we can decode (binary data)."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    how: str  # "bom" | "declared" | "meta" | "utf-8" | "detected" | "fallback"
    errors: int  # byte sequences replaced by U+FFFD


def looks_binary(data: bytes) -> bool:
    """Is ``data`` a binary file (image, PDF, archive, executable) rather than text?"""
    if data.startswith(_MAGIC_NUMBERS):
        return True
    head = data[:BINARY_SNIFF_BYTES]
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for byte in head if byte < 0x20 and byte not in _TEXT_CONTROLS)
    return controls / len(head) > BINARY_CONTROL_SHARE


def _codec(label: str | None) -> str | None:
    """Python codec name for a charset label, or None if unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _LABELS.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:META_SNIFF_BYTES])
    if match is None:
        return None
    codec = _codec(match.group(1).decode("ascii"))
    return "utf-8" if codec in ("utf-16", "utf-16-le", "utf-16-be") else codec


def _is_single_byte(codec: str) -> bool:
    """One byte per character: Latin-1, ASCII and Python's charmap codecs
    (cp125x, iso8859-x, koi8, mac-*), which all carry a ``decoding_table``."""
    if codec in ("iso8859-1", "latin-1", "ascii"):
        return True
    try:
        module = importlib.import_module("encodings." + codec.replace("-", "_"))
    except ImportError:
        return False
    return hasattr(module, "decoding_table")


def _is_utf8_with_multibyte(data: bytes) -> bool:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return len(text) != len(data)


def _strict(data: bytes, codec: str) -> str | None:
    """Decode strictly; None if it fails, or if a one-byte-per-character
    declaration is contradicted by bytes that are clearly UTF-8."""
    if _is_single_byte(codec) and _is_utf8_with_multibyte(data):
        return None
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _utf8_with_errors(data: bytes) -> tuple[str, int] | None:
    """Decode mostly-UTF-8 data with replacement; None if it is not mostly UTF-8."""
    text = data.decode("utf-8", errors="replace")
    errors = text.count("\ufffd") - data.count("\ufffd".encode())
    non_ascii = sum(1 for c in text if ord(c) > 0x7F) - text.count("\ufffd") + errors
    if non_ascii == 0 or errors / non_ascii > MAX_UTF8_ERROR_SHARE:
        return None
    return text, errors


def _detected(data: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes  # heavy import, needed for few pages

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        return None
    codec = _codec(best.encoding)
    text = _strict(data, codec) if codec else None
    return (text, codec) if text is not None else None


def _result(text: str, codec: str, how: str, errors: int = 0) -> Decoded:
    return Decoded(text=unicodedata.normalize("NFC", text), encoding=codec, how=how, errors=errors)


def decode_html(data: bytes, declared: str | None = None) -> Decoded:
    """Decode an HTML page's bytes to NFC text, saying which encoding and why.

    ``declared`` is the charset from the transport (HTTP header), if any.
    Raises ``DecodeError`` for binary data.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = data[len(bom) :].decode(codec, errors="replace")
            return _result(text, codec, "bom", text.count("\ufffd"))
    if looks_binary(data):
        raise DecodeError("data looks binary, not text")
    for codec, how in ((_codec(declared), "declared"), (_meta_charset(data), "meta")):
        if codec is None:
            continue
        text = _strict(data, codec)
        if text is not None:
            return _result(text, codec, how)
        if codec == "utf-8" and (mostly := _utf8_with_errors(data)) is not None:
            return _result(mostly[0], codec, how, mostly[1])
    text = _strict(data, "utf-8")
    if text is not None:
        return _result(text, "utf-8", "utf-8")
    if (mostly := _utf8_with_errors(data)) is not None:
        return _result(mostly[0], "utf-8", "utf-8", mostly[1])
    if (detected := _detected(data)) is not None:
        return _result(detected[0], detected[1], "detected")
    text = data.decode("cp1252", errors="replace")
    return _result(text, "cp1252", "fallback", text.count("\ufffd") - data.count(b"\xef\xbf\xbd"))


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
