"""Standard abbreviations of Vietnamese news, expanded for an entity's canonical name.

``UBND tỉnh Quảng Trị`` -> ``Ủy ban nhân dân tỉnh Quảng Trị``; ``Bộ CHQS tỉnh`` -> ``Bộ Chỉ huy
Quân sự tỉnh``; ``BCH`` is "Ban Chấp hành" before Đảng, Trung ương, Công đoàn, Đoàn, Hội...
(an elected executive committee) and "Ban Chỉ huy" otherwise.
"""

from __future__ import annotations

import functools
import re

from bantin.nlp._resources import load_toml

__all__ = ["expand_abbreviations"]


@functools.cache
def _tables() -> tuple[re.Pattern[str], dict[str, str], dict]:
    data = load_toml("abbreviations.toml")
    table = data["expand"]
    names = sorted(table, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w&.-])(?:" + "|".join(re.escape(name) for name in names) + r")(?![\w&-]|\.\w)")
    return pattern, table, data["context"]


def expand_abbreviations(name: str) -> str:
    """``name`` with its abbreviations written out (for canonical names, never for stored text).

    >>> expand_abbreviations("UBND tỉnh Bắc Kạn")
    'Ủy ban nhân dân tỉnh Bắc Kạn'
    >>> expand_abbreviations("BCH Trung ương Đảng"), expand_abbreviations("BCH Quân sự huyện")
    ('Ban Chấp hành Trung ương Đảng', 'Ban Chỉ huy Quân sự huyện')
    """
    pattern, table, context = _tables()

    def replace(match: re.Match[str]) -> str:
        abbreviation = match.group()
        rule = context.get(abbreviation)
        if rule is not None:
            after = name[match.end() :].lstrip()
            if any(after.startswith(word) for word in rule["when_followed_by"]):
                return rule["alternative"]
            return rule["default"]
        return table[abbreviation]

    return pattern.sub(replace, name)
