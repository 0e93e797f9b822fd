"""A fast folded key for whole articles.

``bantin.text.normalize.folded_key`` folds character by character through ``unicodedata``; over
a 2,000-character article that is most of the connect stages' time. ``folded`` gives the same
words (tested on VNTC in tests/test_connect_units.py) with one ``str.translate`` over a table
built once from ``fold`` itself, for every Latin letter with marks and every combining mark.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from bantin.text.normalize import fold, folded_key

# Latin-1 Supplement to Latin Extended-B, combining marks, Latin Extended Additional (ạ, ế, ữ...),
# and the invisible control and format characters clean_text drops (DEL, soft hyphen, LRM, BOM).
_RANGES = ((0x0000, 0x00A0), (0x00A0, 0x0250), (0x0300, 0x0370), (0x1E00, 0x1F00), (0x2000, 0x2070), (0xFEFF, 0xFF00))


@functools.cache
def _table() -> dict[int, str]:
    table = {}
    for start, end in _RANGES:
        for code in range(start, end):
            char = chr(code)
            invisible = unicodedata.category(char) in ("Mn", "Cf") or unicodedata.category(char) == "Cc" and not char.isspace()
            folded = "" if invisible else fold(char).casefold()
            if folded != char:
                table[code] = folded
    return table


# After the table, anything outside ASCII, Latin-1 punctuation and general punctuation (other
# scripts, their combining marks) goes the slow way.
_OTHER = re.compile(r"[^\x00-\xbf\u2000-\u206f]")


def folded(text: str) -> str:
    """``folded_key(text)`` for matching purposes: no marks, đ -> d, case-folded."""
    out = unicodedata.normalize("NFC", text).translate(_table()).casefold()
    return folded_key(out) if _OTHER.search(out) else out
