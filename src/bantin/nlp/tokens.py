"""Split text into the units that word segmentation groups: syllables, numbers and punctuation.

A Vietnamese word is one or more syllables written apart ("chủ tịch"), so segmentation never cuts
inside a token, it only decides which neighbouring tokens belong together. Numbers with their
separators ("3.000", "30/4", "95%"), e-mail and web addresses, "TP." and initials ("H."), and hyphenated foreign words
("Wai-kru") are single tokens; every punctuation mark is a token of its own ("..." is one).
"""

from __future__ import annotations

import re

__all__ = ["is_word_token", "tokenize"]

_TOKEN = re.compile(
    r"""
      (?:https?://|www\.)[^\s"'<>()]+[^\s"'<>().,;:!?]     # web address
    | [\w.+-]+@\w+(?:\.\w+)+                                 # e-mail address
    | (?:TP|Tp|tp|[A-ZĐ])\.(?=\ ?[^\W\d_])                 # TP. HCM, initials: H. Nam
    | \d+(?:[.,:/-]\d+)*%?                                   # number, date, time, percentage
    | [^\W_]+(?:[-'][^\W_]+)*                                 # syllable, foreign word, A5, m2
    | \.\.\.|…                                              # ellipsis
    | \S                                                     # any other mark
    """,
    re.VERBOSE,
)


def tokenize(text: str) -> list[str]:
    """The tokens of ``text`` in order; spaces are dropped.

    >>> tokenize("TP.HCM, ngày 30/4: giảm 3,5% (Wai-kru)...")
    ['TP.', 'HCM', ',', 'ngày', '30/4', ':', 'giảm', '3,5%', '(', 'Wai-kru', ')', '...']
    """
    return _TOKEN.findall(text)


def is_word_token(token: str) -> bool:
    """Can this token be part of a multi-token word (a syllable, not a mark or a number)?"""
    return token[0].isalpha()
