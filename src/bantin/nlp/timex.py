"""Dates written in Vietnamese news text, resolved against the article's publication date.

``resolve_dates(text, published)`` finds:

- full dates: "26/5/2023", "ngày 26 tháng 5 năm 2023", "Chiều 26-5-2023" (precision "day");
- a day and month after a word that announces a date: "Chiều 26/5", "ngày 12-7", "thứ Hai, 29/5",
  "26 tháng 5"; a bare "2/1" in running text is a score or a fraction, not a date;
- relative days: "hôm nay", "sáng nay", "hôm qua", "tối qua", "hôm kia", "sáng mai", "ngày mai";
- relative weeks, months and years: "tuần trước", "tháng này", "năm ngoái", "năm tới", "3 ngày trước";
- months and years: "tháng 6", "đầu tháng 6", "tháng 5/2023", "năm 2023".

A day and month without a year takes the latest year that does not put it more than
``FUTURE_TOLERANCE`` after publication (the rule of ``extract.dates``), unless "tới" follows ("ngày 15/6
tới"): then the next one. A week's value is its Monday, a month's its first day, a year's 1 January.
Regular expressions compiled once; no loop over characters.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from datetime import date, datetime, timedelta

from bantin.extract.dates import FUTURE_TOLERANCE, VN_TZ

__all__ = ["DateMention", "resolve_dates"]


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class DateMention:
    text: str
    start: int
    end: int
    value: date
    precision: str  # "day" | "week" | "month" | "year"


_PART = r"(?:rạng\s+sáng|sáng\s+sớm|sáng|trưa|chiều|tối|đêm|khuya|ngày|hôm|thứ\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s+nhật)"
_FLAGS = re.IGNORECASE
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("dmy", re.compile(rf"(?<!\w)(?:{_PART}[\s,]+)?(?:ngày\s+)?(?P<d>\d{{1,2}})(?P<sep>[/.-])(?P<m>\d{{1,2}})(?P=sep)(?P<y>\d{{4}})(?!\d)", _FLAGS)),
    ("words", re.compile(rf"(?<!\w)(?:{_PART}[\s,]+)?(?P<d>\d{{1,2}})\s+tháng\s+(?P<m>\d{{1,2}})(?:\s+năm\s+(?P<y>\d{{4}})|\s*[,/]\s*(?P<y2>\d{{4}}))?(?!\d)", _FLAGS)),
    ("dm", re.compile(rf"(?<!\w){_PART}(?:\s+(?:nay|qua|mai))?[\s,(]+(?:ngày\s+)?(?P<d>\d{{1,2}})[/-](?P<m>\d{{1,2}})(?![\d/-])", _FLAGS)),
    ("ago", re.compile(r"(?<!\w)(?P<n>\d{1,3})\s+(?P<unit>ngày|tuần|tháng|năm)\s+(?:trước|qua)(?!\w)", _FLAGS)),
    ("relday", re.compile(r"(?<!\w)(?P<part>rạng\s+sáng|sáng|trưa|chiều|tối|đêm|hôm|ngày)(?:\s+hôm)?\s+(?P<rel>nay|qua|kia|mai)(?!\w)", _FLAGS)),
    ("relunit", re.compile(r"(?<!\w)(?P<unit>tuần|tháng|năm)\s+(?P<rel>trước|qua|ngoái|này|nay|sau|tới)(?!\w)", _FLAGS)),
    ("month", re.compile(r"(?<!\w)(?:(?:đầu|giữa|cuối)\s+)?tháng\s+(?P<m>\d{1,2})(?:(?:\s+năm\s+|\s*[/-]\s*)(?P<y>\d{4}))?(?![\d/-])", _FLAGS)),
    ("year", re.compile(r"(?<!\w)năm\s+(?P<y>\d{4})(?!\d)", _FLAGS)),
]
_FOLLOWING_FUTURE = re.compile(r"\s*(?:sắp\s+)?tới(?!\w)", _FLAGS)
_RELATIVE = {"nay": 0, "này": 0, "qua": -1, "trước": -1, "ngoái": -1, "kia": -2, "mai": 1, "sau": 1, "tới": 1}


def _valid(year: int, month: int, day: int = 1) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _shift_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _year_for(day: int, month: int, today: date, future: bool) -> date | None:
    candidates = [d for year in range(today.year - 4, today.year + 2) if (d := _valid(year, month, day))]
    if future:
        ahead = [d for d in candidates if d >= today - FUTURE_TOLERANCE]
        return ahead[0] if ahead else None
    past = [d for d in candidates if d <= today + FUTURE_TOLERANCE]
    return past[-1] if past else None


def _value(kind: str, m: re.Match[str], text: str, today: date) -> tuple[date, str] | None:
    groups = m.groupdict()
    if kind in ("dmy", "words", "dm"):
        day, month = int(groups["d"]), int(groups["m"])
        year = groups.get("y") or groups.get("y2")
        if year:
            found = _valid(int(year), month, day)
        else:
            if kind == "words" and not _valid(2000, month, day):
                return None
            found = _year_for(day, month, today, bool(_FOLLOWING_FUTURE.match(text, m.end())))
        return (found, "day") if found else None
    if kind == "ago":
        n, unit = int(groups["n"]), groups["unit"].lower()
        return _unit(unit, -n, today)
    if kind == "relday":
        part, rel = groups["part"].lower(), groups["rel"].lower()
        if part == "ngày" and rel == "nay":  # "ngày nay" is "nowadays"
            return None
        return today + timedelta(days=_RELATIVE[rel]), "day"
    if kind == "relunit":
        return _unit(groups["unit"].lower(), _RELATIVE[groups["rel"].lower()], today)
    if kind == "month":
        month = int(groups["m"])
        if not 1 <= month <= 12:
            return None
        if groups["y"]:
            return _valid(int(groups["y"]), month), "month"
        future = bool(_FOLLOWING_FUTURE.match(text, m.end()))
        year = today.year
        if future and month < today.month:
            year += 1
        elif not future and date(year, month, 1) > today + FUTURE_TOLERANCE:
            year -= 1
        return date(year, month, 1), "month"
    if kind == "year":
        year = int(groups["y"])
        return (date(year, 1, 1), "year") if 1900 <= year <= 2100 else None
    return None


def _unit(unit: str, delta: int, today: date) -> tuple[date, str]:
    if unit == "ngày":
        return today + timedelta(days=delta), "day"
    if unit == "tuần":
        monday = today - timedelta(days=today.weekday())
        return monday + timedelta(weeks=delta), "week"
    if unit == "tháng":
        return _shift_months(today, delta), "month"
    return date(today.year + delta, 1, 1), "year"


def resolve_dates(text: str, published: datetime) -> list[DateMention]:
    """Every date expression in ``text`` with its value, resolved against ``published``.

    >>> [(d.text, d.value.isoformat(), d.precision) for d in resolve_dates("Chiều 26/5, tại hội nghị hôm qua", datetime(2023, 5, 29))]
    [('Chiều 26/5', '2023-05-26', 'day'), ('hôm qua', '2023-05-28', 'day')]
    """
    if not text:
        return []
    text_nfc = unicodedata.normalize("NFC", text)
    if len(text_nfc) == len(text):
        text = text_nfc
    moment = published.astimezone(VN_TZ) if published.tzinfo else published
    today = moment.date()
    found: list[tuple[int, int, date, str]] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:  # earlier patterns win overlaps: they are the more specific
        for m in pattern.finditer(text):
            start, end = m.span()
            if any(start < b and a < end for a, b in taken):
                continue
            resolved = _value(kind, m, text, today)
            if resolved is None or resolved[0] is None:
                continue
            taken.append((start, end))
            found.append((start, end, *resolved))
    found.sort()
    return [DateMention(text=text[s:e], start=s, end=e, value=v, precision=p) for s, e, v, p in found]

