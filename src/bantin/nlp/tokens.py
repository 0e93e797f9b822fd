"""Split text into the units that word segmentation groups: syllables, numbers and punctuation.

A Vietnamese word is one or more syllables written apart ("chủ tịch"), so segmentation never cuts
inside a token, it only decides which neighbouring tokens belong together. Numbers with their
separators ("3.000", "30/4", "95%"), e-mail and web addresses, "TP." and initials ("H."), and hyphenated foreign words
("Wai-kru") are single tokens; every punctuation mark is a token of its own ("..." is one).
"""

from __future__ import annotations

import re

__all__ = ["is_word_token", "tokenize"]

_ADDRESS = r"""
      (?:https?://|www\.)[^\s"'<>()]+[^\s"'<>().,;:!?]     # web address
    | [\w.+-]+@\w+(?:\.\w+)+                                 # e-mail address
"""
_REST = r"""
      (?:TP|Tp|tp|[A-ZĐ])\.(?=\ ?[^\W\d_])                 # TP. HCM, initials: H. Nam
    | \d+(?:[.,:/-]\d+)*%?                                   # number, date, time, percentage
    | [^\W_]+(?:[-'][^\W_]+)*                                 # syllable, foreign word, A5, m2
    | \.\.\.|…                                              # ellipsis
    | \S                                                     # any other mark
"""
_TOKEN = re.compile(_ADDRESS + "|" + _REST, re.VERBOSE)
# The same without addresses, for the text that has none (most): trying the e-mail pattern at every
# word costs a third of the time.
_TOKEN_NO_ADDRESS = re.compile(_REST, re.VERBOSE)


def tokenize(text: str) -> list[str]:
    """The tokens of ``text`` in order; spaces are dropped.

    >>> tokenize("TP.HCM, ngày 30/4: giảm 3,5% (Wai-kru)...")
    ['TP.', 'HCM', ',', 'ngày', '30/4', ':', 'giảm', '3,5%', '(', 'Wai-kru', ')', '...']
    """
    if "@" in text or "://" in text or "www." in text:
        return _TOKEN.findall(text)
    return _TOKEN_NO_ADDRESS.findall(text)


def is_word_token(token: str) -> bool:
    """Can this token be part of a multi-token word (a syllable, not a mark or a number)?"""
    return token[0].isalpha()
