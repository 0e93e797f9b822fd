"""Publication dates of Vietnamese news pages.

Two layers:

* ``parse_date(text, reference)`` reads ONE date expression (a meta tag value, a
  JSON-LD string, a ``<time>`` element, a visible "Thứ Hai, 29/05/2023 10:15
  (GMT+7)" line) into a timezone-aware datetime.
* ``find_published(tree, url, reference)`` decides which expression on a page is
  the publication date, in order of trust: JSON-LD, meta tags, ``<time>`` near
  the title, visible date lines near the title, then the URL.

Conventions:

* Day first, always (Vietnamese usage): 04/06/2023 is 4 June.
* No offset in the text means Asia/Ho_Chi_Minh. An explicit offset ("+07:00",
  "Z", "GMT+7", "UTC") is kept as a fixed offset exactly as given; aware
  datetimes compare by instant, so 10:15+07:00 == 10:15 Asia/Ho_Chi_Minh.
* A date without a year ("Chiều 26/5") takes its year from ``reference``.
  A part-of-day word (sáng, trưa, chiều, tối, đêm, rạng sáng) does not invent an
  hour: "Chiều 26/5" is midnight at the start of 26 May.
* A date without a time of day is stored at midnight, which is not a time the
  page gave: ``find_published`` says so with its precision, DAY ("Thứ Sáu,
  30/06/2023", "2023-06-30", a URL date), MINUTE (a time of day without
  seconds: "30/06/2023 10:15", "10h") or SECOND ("2023-06-30T10:15:00+07:00").
  ``day_only`` tells readers of the store which dates are a day, not an instant.

Regular expressions only, no dateparser: this runs on every page of archives of
millions of pages. Patterns and XPath expressions are compiled once, here.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import NamedTuple
from urllib.parse import urlsplit

from lxml import etree
from lxml.html import HtmlElement

from bantin.local_time import LOCAL_TZ

__all__ = [
    "DAY",
    "MINUTE",
    "PRECISION_KEY",
    "SECOND",
    "VN_TZ",
    "Published",
    "day_only",
    "find_modified",
    "find_published",
    "parse_date",
]

VN_TZ = LOCAL_TZ

# How precisely a page gave its publication date (``Published.precision``), kept in
# ``Article.extra[PRECISION_KEY]`` by the extractor.
DAY, MINUTE, SECOND = "day", "minute", "second"
PRECISION_KEY = "published_precision"

# --- Tuned constants ----------------------------------------------------------
# Chosen by hand, not measured on a corpus yet: the cases that pin each one are
# in tests/test_extract_dates.py; re-run it after changing any of them.

# How far after the reference (the fetch time, or a trusted date found on the
# page) a date may fall and still be believed. It absorbs clocks and time zones
# that disagree by a day (a crawler logging UTC, a site stamping VN time) and
# the odd post scheduled ahead, while a yearless "Tối 31/12" read on 2 January
# still lands in the past year rather than 363 days ahead. (The one saved
# vnexpress.net page in /work/shared/data/vi-news-html has a crawl time, naive
# UTC, 4.5 hours *before* its publication time in Vietnam time.)
FUTURE_TOLERANCE = timedelta(days=3)

# Earliest year believed for a *publication* date. Vietnam joined the Internet
# on 19 Nov 1997 and its first online papers date from then; anything earlier
# on a news page is a placeholder (1970-01-01, the Unix epoch; 0001-01-01) or a
# historical date, not when the page was published.
EARLIEST_PUBLISHED_YEAR = 1997

# Years parse_date accepts at all: a sanity bound against reading a number as a
# year, wider than EARLIEST_PUBLISHED_YEAR so that the parser stays general.
PARSE_YEARS = range(1900, 2100)

# Most characters allowed between a date and its time of day. The widest gaps
# in the forms we read: "Ngày 26 tháng 05 năm 2023 lúc 14:30" (5) and
# "14:30, Thứ Hai, 29/05/2023" (16). Any wider and the time usually belongs to a
# neighbouring field ("| Cập nhật 11:00").
MAX_TIME_GAP_CHARS = 24

# Longest visible text read as a date line. Date lines with author, date and
# share labels run to about 100 characters; a sapo paragraph (which often
# opens "Chiều 26/5, ..." about the *event*) is longer.
MAX_DATE_LINE_CHARS = 150

# How many ancestors of the title (h1) are searched, nearest first, for a
# <time> or a date line before searching the whole page. Three covers
# h1 -> header block -> article column in the layouts of the tests; going
# higher reaches the page chrome (site header with today's date, sidebars).
TITLE_SCOPE_LEVELS = 3

# Guard, not tuned: how deep parsed JSON-LD is walked looking for articles.
JSONLD_MAX_DEPTH = 8

# --- parse_date ---------------------------------------------------------------

_TEXT_CLEANUP = str.maketrans(
    {"\u2013": "-", "\u2014": "-", "\u2212": "-", "\xa0": " ", "\u202f": " "}
)

# 2023-05-29T10:15:00+07:00, 2023-05-29 10:15, 2023/05/29, 2023-05-29T03:15:00.123Z
_ISO = re.compile(
    r"(?<!\d)(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})"
    r"(?:(?:t|\s+)(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,]\d+)?)?)?"
    r"(?:\s?(?P<tz>z(?![a-z])|[+-]\d{2}(?::?\d{2})?(?!\d)))?"
    r"(?!\d)"
)
# 29/05/2023, 29-05-2023, 29.05.2023 (one separator throughout)
_DMY = re.compile(r"(?<!\d)(?P<d>\d{1,2})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})(?!\d)")
# 26 tháng 5 năm 2023, 26 tháng 5, 2023, 26 tháng 5 (no year)
_VN_WORDS = re.compile(
    r"(?<!\d)(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})"
    r"(?:(?:\s*,\s*|\s+năm\s+|\s+)(?P<y>\d{4}))?(?!\d)"
)
_MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH_ALT = "|".join(sorted(_MONTH_NUMBERS, key=len, reverse=True))
# 29 May 2023, Mon, 29 May 2023 03:15:00 GMT (RSS), 29th May, 2023
_EN_DMY = re.compile(
    rf"(?<!\d)(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon>{_MONTH_ALT})\b\.?,?\s+(?P<y>\d{{4}})(?!\d)"
)
# May 29, 2023, Sept. 3 2023
_EN_MDY = re.compile(
    rf"\b(?P<mon>{_MONTH_ALT})\b\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})(?!\d)"
)
# A day/month without a year is only read after a word that announces a date
# (part of day, "ngày", "hôm", a weekday), so "1/2" in running text is not a date.
_DAY_WORDS = r"(?:sáng|trưa|chiều|tối|đêm|khuya|ngày|hôm|thứ\s+\w+|chủ\s+nhật|cn|t[2-7])"
_DM_AFTER_WORD = re.compile(
    rf"(?<!\w){_DAY_WORDS}(?:\s+(?:nay|qua|mai|sớm))?[\s,:(]*"
    r"(?P<d>\d{1,2})/(?P<m>\d{1,2})(?![\d/])"
)
_DM = re.compile(r"(?<![\d/])(?P<d>\d{1,2})/(?P<m>\d{1,2})(?![\d/])")
_ONLY_PUNCTUATION = re.compile(r"[\W_]*")
# 10:15, 10:15:30, 10h15, 10h, 10g15, 10 giờ 15, 10:15 PM, 10:15 SA / CH
# Not after "+" or ":" so that "GMT+07:00" is not read as 07:00, and not
# followed by "/5" so that "10 giờ 29/5" keeps its 29 for the date.
_TIME = re.compile(
    r"(?<![\d:+])(?P<H>\d{1,2})"
    r"(?:\s?[:g]\s?(?P<M>\d{2})|h(?P<M2>\d{2})?|\s?giờ(?:\s?(?P<M3>\d{2}))?)"
    r"(?::(?P<S>\d{2}))?"
    r"(?:\s*(?P<ampm>[ap]\.?m\.?|sa|ch)(?!\w))?"
    r"(?![\w:]|[/.-]\d)"
)
_PM_MARKS = frozenset({"pm", "p.m.", "pm.", "p.m", "ch"})
# (GMT+7), UTC+07:00, GMT, ICT (Indochina Time, UTC+7)
_NAMED_OFFSET = re.compile(
    r"\b(?P<name>gmt|utc|ict)\b\s*(?:(?P<sign>[+-])\s*(?P<hh>\d{1,2})(?::?(?P<mm>\d{2}))?)?"
)
# +0700 / -05:00 straight after a time (RSS pubDate, loose ISO)
_NUMERIC_OFFSET = re.compile(r"\s*(?P<sign>[+-])(?P<hh>\d{2}):?(?P<mm>\d{2})(?!\d)")


class _Clock(NamedTuple):
    hour: int
    minute: int
    second: int
    precision: str  # MINUTE, or SECOND when the seconds were written


class _Found(NamedTuple):
    start: int  # span of the date itself, used to find the nearest time of day
    end: int
    year: int | None  # None: the text gave no year
    month: int
    day: int
    clock: _Clock | None = None  # given inside an ISO match
    tz: timezone | None = None


def parse_date(text: str, reference: datetime | None = None) -> datetime | None:
    """Read one date expression into an aware datetime, or None if it holds no valid date.

    Full dates are ISO 8601, day-first numeric (29/05/2023, 29-05-2023,
    29.05.2023), Vietnamese words (ngày 26 tháng 5 năm 2023) or English month
    names (May 29, 2023; 29 May 2023). Surrounding words are ignored ("Cập nhật:",
    "Thứ Hai,", "(GMT+7)" is read as an offset); when several dates appear, the
    first one wins. A time of day is taken if one stands within
    MAX_TIME_GAP_CHARS of the date, before or after it.

    A day and month without a year ("Chiều 26/5", "Ngày 26/5", "26 tháng 5") take
    the latest year that does not put them more than FUTURE_TOLERANCE after
    ``reference``; without a reference they give None. A naive reference is
    taken to be Vietnam time.

    A date without a time of day is midnight at its start: ``find_published``
    tells such dates apart (precision DAY).
    """
    parsed = _parse(text, reference)
    return parsed[0] if parsed else None


def _parse(text: str, reference: datetime | None) -> tuple[datetime, str] | None:
    """parse_date, and the precision of the date read: DAY, MINUTE or SECOND."""
    if not text:
        return None
    s = unicodedata.normalize("NFC", text).translate(_TEXT_CLEANUP).lower()
    found = _first_full_date(s)
    if found is None:
        found = _first_partial_date(s)
        if found is None:
            return None
    clock, clock_end = found.clock, found.end
    if clock is None:
        nearest = _nearest_clock(s, found.start, found.end)
        if nearest is not None:
            clock, clock_end = nearest
    if found.year is None:
        if reference is None:
            return None
        if clock is None and _DM.fullmatch(s[found.start : found.end]) and not _announced(s, found):
            return None
        day = _resolve_year(found.day, found.month, reference)
        if day is None:
            return None
        found = found._replace(year=day.year)
    tz = found.tz
    if tz is None:
        tz = _offset_after(s, max(found.end, clock_end)) if clock else None
        tz = tz or _named_offset(s) or VN_TZ
    hour, minute, second, precision = clock or (0, 0, 0, DAY)
    try:
        return datetime(found.year, found.month, found.day, hour, minute, second, tzinfo=tz), precision
    except ValueError:
        return None


def _first_full_date(s: str) -> _Found | None:
    """The earliest valid date with a year, whatever its form."""
    best = None
    for pattern in (_ISO, _DMY, _VN_WORDS, _EN_DMY, _EN_MDY):
        for match in pattern.finditer(s):
            if best is not None and match.start() >= best.start:
                break
            found = _full_from_match(pattern, match)
            if found is not None:
                best = found
                break
    return best


def _full_from_match(pattern: re.Pattern[str], match: re.Match[str]) -> _Found | None:
    groups = match.groupdict()
    if groups.get("y") is None:
        return None
    year, day = int(groups["y"]), int(groups["d"])
    month = _MONTH_NUMBERS[groups["mon"]] if "mon" in groups else int(groups["m"])
    if not _valid_day(year, month, day):
        return None
    clock = tz = None
    if pattern is _ISO:
        if groups["H"] is not None:
            clock = _valid_clock(int(groups["H"]), int(groups["M"]), groups["S"])
            if clock is None:
                return None
        if groups["tz"]:
            tz = _iso_offset(groups["tz"])
    return _Found(match.start(), match.end(), year, month, day, clock, tz)


def _first_partial_date(s: str) -> _Found | None:
    """The earliest valid day and month without a year."""
    best = None
    for pattern in (_VN_WORDS, _DM_AFTER_WORD, _DM):
        for match in pattern.finditer(s):
            if best is not None and match.start("d") >= best.start:
                break
            day, month = int(match["d"]), int(match["m"])
            if _valid_day(2000, month, day):  # a leap year: 29/2 may exist
                best = _Found(match.start("d"), match.end("m"), None, month, day)
                break
    return best


def _announced(s: str, found: _Found) -> bool:
    """Whether a bare "26/5" stands alone or after a date word, rather than in running text."""
    if _DM_AFTER_WORD.search(s, 0, found.end):
        return True
    return bool(_ONLY_PUNCTUATION.fullmatch(s[: found.start] + s[found.end :]))


def _nearest_clock(s: str, start: int, end: int) -> tuple[_Clock, int] | None:
    """The valid time of day closest to the date span, and where it ends."""
    best, best_gap = None, MAX_TIME_GAP_CHARS + 1
    for match in _TIME.finditer(s):
        if match.end() <= start:
            gap = start - match.end()
        elif match.start() >= end:
            gap = match.start() - end
        else:
            continue  # inside the date itself
        if gap >= best_gap:
            if match.start() >= end:
                break
            continue
        clock = _clock_from_match(match)
        if clock is not None:
            best, best_gap = (clock, match.end()), gap
    return best


def _clock_from_match(match: re.Match[str]) -> _Clock | None:
    hour = int(match["H"])
    minute = int(match["M"] or match["M2"] or match["M3"] or 0)
    ampm = match["ampm"]
    if ampm and hour <= 12:
        if ampm in _PM_MARKS:
            hour = hour % 12 + 12
        elif hour == 12:
            hour = 0
    return _valid_clock(hour, minute, match["S"])


def _valid_clock(hour: int, minute: int, seconds: str | None) -> _Clock | None:
    """A time of day, SECOND precise when ``seconds`` were written ("10:15:00"), else MINUTE ("10:15", "10h")."""
    second = int(seconds or 0)
    if hour < 24 and minute < 60 and second < 60:
        return _Clock(hour, minute, second, MINUTE if seconds is None else SECOND)
    return None


def _valid_day(year: int, month: int, day: int) -> bool:
    if year not in PARSE_YEARS:
        return False
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _resolve_year(day: int, month: int, reference: datetime) -> date | None:
    """The latest date with this day and month not after reference + FUTURE_TOLERANCE."""
    today = _in_vietnam(reference).date()
    limit = today + FUTURE_TOLERANCE
    for year in range(today.year + 1, today.year - 5, -1):  # 29/2 may need four years back
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate <= limit:
            return candidate
    return None


def _in_vietnam(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        return moment.replace(tzinfo=VN_TZ)
    return moment.astimezone(VN_TZ)


def _fixed_offset(sign: str, hours: str, minutes: str | None) -> timezone | None:
    delta = timedelta(hours=int(hours), minutes=int(minutes or 0))
    if delta > timedelta(hours=14) or int(minutes or 0) >= 60:
        return None
    return timezone(-delta if sign == "-" else delta)


def _iso_offset(text: str) -> timezone | None:
    if text == "z":
        return UTC
    return _fixed_offset(text[0], text[1:3], text[-2:] if len(text) > 3 else None)


def _offset_after(s: str, pos: int) -> timezone | None:
    match = _NUMERIC_OFFSET.match(s, pos)
    return _fixed_offset(match["sign"], match["hh"], match["mm"]) if match else None


def _named_offset(s: str) -> timezone | None:
    match = _NAMED_OFFSET.search(s)
    if match is None:
        return None
    if match["sign"]:
        return _fixed_offset(match["sign"], match["hh"], match["mm"])
    return timezone(timedelta(hours=7)) if match["name"] == "ict" else UTC


# --- find_published -----------------------------------------------------------

_JSONLD_XPATH = etree.XPath(
    "//script[contains(translate(@type, 'JSONLD', 'jsonld'), 'ld+json')]"  # "application/ld+json", any case
)
# Meta tags, and microdata (itemprop) on any element that carries a machine value.
_META_XPATH = etree.XPath("//meta[@content] | //*[@itemprop][@content or @datetime][not(self::meta)]")
_H1_XPATH = etree.XPath("//h1")
_TIME_XPATH = etree.XPath(".//time")
_ARTICLE_TIME_XPATH = etree.XPath("//article//time")

# Elements with a class or id, filtered in Python below: 5x faster than 16
# contains(translate(...)) tests in XPath on a 1,200-element page.
_MARKED_XPATH = etree.XPath(".//*[@class or @id][not(self::script or self::style or self::meta)]")
_PAGE_MARKED_XPATH = etree.XPath(
    "//*[@class or @id or self::time][not(self::script or self::style or self::meta)]"
)
# Fragments of the lowercased "class id" of elements that hold a date line on
# Vietnamese sites: "date", "detail-time", "post-time", "article-date",
# "ngay-dang", "thoi-gian", "publish", "meta" for "post-meta" bylines.
_DATEISH = re.compile(r"date|time|publish|ngay|thoi-?gian|meta|created")
# Lists of other articles (each with its own date), anywhere on the page.
_LIST_NOISE = re.compile(r"related|lien-?quan|comment|sidebar|footer|copyright")
# Page chrome that shows today's date. Not judged right beside the title, where
# a "header-content" or "article-header" block is where the date line lives.
_CHROME_NOISE = re.compile(r"header|top-?bar|menu")
_NOISE_TAGS = frozenset({"footer", "aside", "nav"})
_MODIFIED_HINTS = re.compile(r"modif|update|cap-?nhat")

# Meta keys (property, name, itemprop or http-equiv, lowercased), most trusted first.
_META_PUBLISHED = (
    "article:published_time",
    "datepublished",
    "parsely-pub-date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "date",
)
_META_MODIFIED = (
    "article:modified_time",
    "datemodified",
    "og:updated_time",
    "dc.date.modified",
    "dcterms.modified",
    "last-modified",
)
_META_RANK = {key: rank for rank, key in enumerate(_META_PUBLISHED)}
_META_MODIFIED_RANK = {key: rank for rank, key in enumerate(_META_MODIFIED)}

_LD_ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "reportagenews",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "reviewnewsarticle",
        "backgroundnewsarticle",
        "askpublicnewsarticle",
        "blogposting",
        "liveblogposting",
        "report",
    }
)
# Yoast-style @graph puts the same date on the WebPage: believed after articles.
_LD_PAGE_TYPES = frozenset({"webpage", "itempage"})
_LD_WRAPPER = re.compile(r"^\s*(?://\s*)?(?:<!--|<!\[cdata\[)|(?://\s*)?(?:-->|\]\]>)\s*$", re.IGNORECASE)
_LD_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_LD_PUBLISHED_TEXT = re.compile(r'"datePublished"\s*:\s*"([^"]{4,64})"')
_LD_MODIFIED_TEXT = re.compile(r'"dateModified"\s*:\s*"([^"]{4,64})"')

# /2023/05/29/, /2023-05-29/
_URL_YMD = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})([/_-])(?P<m>\d{1,2})\2(?P<d>\d{1,2})(?!\d)")
# -20230529.htm, and the date-time ids of tuoitre.vn / dantri.com.vn:
# -20230529101500123.htm (8, 12, 14 or 17 digits, the date first)
_URL_DIGITS = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})(?:\d{4}|\d{6}|\d{9})?(?!\d)"
)


class Published(NamedTuple):
    """A page's publication date, where it was found and how precisely it was given."""

    moment: datetime | None  # None: no date found
    how: str  # "json-ld", "meta", "time", "visible", "url"; "" when none was found
    precision: str | None  # DAY (at midnight: the page gave no time), MINUTE or SECOND; None when none was found


NOT_FOUND = Published(None, "", None)


class _Declared(NamedTuple):
    """Date strings a page declares for machines, most trusted first."""

    published: list[str]
    modified: list[str]


def find_published(tree: HtmlElement, url: str | None = None, reference: datetime | None = None) -> Published:
    """A page's publication date, where it was found and its precision (``Published``).

    ``how`` is "json-ld", "meta", "time", "visible", "url", or "" with None.
    ``precision`` is DAY when the expression found has no time of day (the
    moment is then midnight at the start of that day, in the expression's
    zone): "Thứ Sáu, 30/06/2023", ``"datePublished": "2023-06-30"``, a URL
    date; MINUTE or SECOND when it has one.
    Sources in order of trust: JSON-LD ``datePublished`` of an article (then of
    a WebPage); meta tags and microdata; ``<time>`` near the title (h1) or in an
    ``<article>``; visible date lines near the title, then anywhere outside page
    chrome, related lists and footers; a date in the URL path.

    ``reference`` is the fetch time: a candidate more than FUTURE_TOLERANCE
    after it, or before EARLIEST_PUBLISHED_YEAR, is skipped. Yearless visible
    dates ("Chiều 26/5") take their year from the URL date, else the modified
    date, else ``reference``. A modified date is never returned as published.
    """
    reference = _in_vietnam(reference) if reference is not None else None
    ld = _json_ld_dates(tree)
    for value in ld.published:
        found = _believed(value, reference, reference, "json-ld")
        if found:
            return found
    meta = _meta_dates(tree)
    for value in meta.published:
        found = _believed(value, reference, reference, "meta")
        if found:
            return found
    url_date = _date_from_url(url) if url else None
    if not _believable(url_date, reference):
        url_date = None
    context = url_date or _first_date(ld.modified + meta.modified) or reference
    for how, text in _page_date_texts(tree):
        found = _believed(text, context, reference, how)
        if found:
            return found
    if url_date is not None:
        return Published(url_date, "url", DAY)
    return NOT_FOUND


def day_only(published: datetime, precision: str | None) -> bool:
    """Whether a stored publication date stands for a whole day rather than an instant.

    ``precision`` is the article's ``extra[PRECISION_KEY]``. Articles extracted
    before it was recorded, and dates a feed gave, have none: for them a time of
    exactly 00:00:00 in Vietnam is taken for a day (a guess, which hides the
    time of an article really published at midnight).
    """
    if precision is not None:
        return precision == DAY
    return _in_vietnam(published).time() == time(0)


def stands_for_day(moment: datetime, published: Iterable[tuple[datetime, str | None]]) -> bool:
    """Whether a moment drawn from articles (a story's first or last) stands for a day: the
    articles ``published`` at it (their publication and its precision) all gave only their day."""
    at = [precision for when, precision in published if when == moment]
    return bool(at) and all(day_only(moment, precision) for precision in at)


def _believed(text: str, context: datetime | None, reference: datetime | None, how: str) -> Published | None:
    parsed = _parse(text, context)
    if parsed is None or not _believable(parsed[0], reference):
        return None
    return Published(parsed[0], how, parsed[1])


def find_modified(tree: HtmlElement) -> datetime | None:
    """The last-modified date a page declares in JSON-LD ``dateModified`` or meta tags, if any."""
    return _first_date(_json_ld_dates(tree).modified + _meta_dates(tree).modified)


def _believable(moment: datetime | None, reference: datetime | None) -> bool:
    if moment is None or moment.year < EARLIEST_PUBLISHED_YEAR:
        return False
    return reference is None or moment <= reference + FUTURE_TOLERANCE


def _first_date(values: list[str]) -> datetime | None:
    for value in values:
        moment = parse_date(value)
        if _believable(moment, None):
            return moment
    return None


# JSON-LD


def _json_ld_dates(tree: HtmlElement) -> _Declared:
    article_published, page_published, article_modified, page_modified = [], [], [], []
    for script in _JSONLD_XPATH(tree):
        raw = script.text or ""
        data = _load_json(raw)
        if data is None:  # broken beyond repair: read the dates as text
            article_published += _LD_PUBLISHED_TEXT.findall(raw)
            article_modified += _LD_MODIFIED_TEXT.findall(raw)
            continue
        for node in _walk(data, 0):
            kind = _ld_kind(node.get("@type"))
            if kind is None:
                continue
            if kind == "article":
                published, modified = article_published, article_modified
            else:
                published, modified = page_published, page_modified
            published += _ld_strings(node.get("datePublished"))
            modified += _ld_strings(node.get("dateModified"))
    return _Declared(article_published + page_published, article_modified + page_modified)


def _load_json(raw: str) -> object | None:
    text = _LD_WRAPPER.sub("", raw.strip())
    for attempt in (text, _LD_TRAILING_COMMA.sub(r"\1", text)):
        try:
            return json.loads(attempt, strict=False)  # strict=False: raw newlines inside strings
        except ValueError:
            continue
    return None


def _walk(node: object, depth: int) -> Iterator[dict]:
    """Every object in parsed JSON-LD, in document order (covers @graph, lists, mainEntity)."""
    if depth > JSONLD_MAX_DEPTH:
        return
    if isinstance(node, dict):
        yield node
        children = node.values()
    elif isinstance(node, list):
        children = node
    else:
        return
    for child in children:
        if isinstance(child, (dict, list)):
            yield from _walk(child, depth + 1)


def _ld_kind(types: object) -> str | None:
    names = types if isinstance(types, list) else [types]
    kinds = set()
    for name in names:
        if isinstance(name, str):
            short = name.rsplit("/", 1)[-1].rsplit(":", 1)[-1].lower()  # "http://schema.org/NewsArticle"
            if short in _LD_ARTICLE_TYPES:
                return "article"
            if short in _LD_PAGE_TYPES:
                kinds.add("page")
    return "page" if kinds else None


def _ld_strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [item for item in value if isinstance(item, str)]
    return []


# Meta tags


def _meta_dates(tree: HtmlElement) -> _Declared:
    published: list[tuple[int, int, str]] = []
    modified: list[tuple[int, int, str]] = []
    for position, element in enumerate(_META_XPATH(tree)):
        key = (
            element.get("property")
            or element.get("name")
            or element.get("itemprop")
            or element.get("http-equiv")
            or ""
        ).strip().lower()
        value = element.get("content") or element.get("datetime")
        if not value:
            continue
        if key in _META_RANK:
            published.append((_META_RANK[key], position, value))
        elif key in _META_MODIFIED_RANK:
            modified.append((_META_MODIFIED_RANK[key], position, value))
    return _Declared([value for *_, value in sorted(published)], [value for *_, value in sorted(modified)])


# <time> and visible date lines


def _page_date_texts(tree: HtmlElement) -> Iterator[tuple[str, str]]:
    """Candidate (how, text) pairs from <time> elements and date lines, most trusted first.

    A generator: the page is searched only as far as needed.
    """
    title = _title(tree)
    scopes = _title_scopes(title) if title is not None else []
    seen: set[HtmlElement] = set()

    def fresh(element: HtmlElement, scope: HtmlElement | None, chrome: bool) -> bool:
        """Not offered before, and not noise. Noise within a scope is noise in every wider one."""
        if element in seen:
            return False
        seen.add(element)
        return not _is_noise(element, scope, chrome=chrome)

    for scope in scopes:
        for element in _TIME_XPATH(scope):
            if fresh(element, scope, False):
                yield from _element_texts("time", element)
    for element in _ARTICLE_TIME_XPATH(tree):
        if fresh(element, None, False):
            yield from _element_texts("time", element)
    for level, scope in enumerate(scopes):
        for element in _dateish(_MARKED_XPATH(scope)):
            # Beside the title a "header-content" block holds the date line
            # (vnexpress.net); further out a header block is the site's, with today's date.
            if fresh(element, scope, level > 0):
                yield from _element_texts("visible", element)
        if level == 0:  # an unmarked line right beside the title: <h1>..</h1><p>29/05/2023</p>
            for sibling in scope:
                if sibling is not title and isinstance(sibling.tag, str) and fresh(sibling, scope, False):
                    yield from _element_texts("visible", sibling)
    for element in _dateish(_PAGE_MARKED_XPATH(tree)):
        if fresh(element, None, True):
            yield from _element_texts("time" if element.tag == "time" else "visible", element)


def _title(tree: HtmlElement) -> HtmlElement | None:
    """The article's h1: the one with the longest text (a logo h1 holds an image or the site name)."""
    best, best_length = None, 0
    for h1 in _H1_XPATH(tree):
        length = len(h1.text_content().strip())
        if length > best_length:
            best, best_length = h1, length
    return best


def _title_scopes(title: HtmlElement) -> list[HtmlElement]:
    scopes = []
    element = title.getparent()
    while element is not None and element.tag not in ("body", "html") and len(scopes) < TITLE_SCOPE_LEVELS:
        scopes.append(element)
        element = element.getparent()
    return scopes


def _element_texts(how: str, element: HtmlElement) -> Iterator[tuple[str, str]]:
    """A <time>'s datetime attribute, the short visible text, then a title (or an <input>'s value).

    The visible text goes first when the attribute has no time of day:
    <time datetime="2023-05-29">29/05/2023 10:15</time>.
    """
    machine = element.get("datetime")
    if machine and ":" in machine:
        yield how, machine
    text = element.text_content()
    if len(text) <= 4 * MAX_DATE_LINE_CHARS:
        text = " ".join(text.split())
        if text and len(text) <= MAX_DATE_LINE_CHARS:
            yield how, text
    if machine and ":" not in machine:
        yield how, machine
    hidden = element.get("title") or (element.get("value") if element.tag == "input" else None)
    # <span class="time" title="29/05/2023 10:15">2 giờ trước</span>, <input class="published_date" value="...">
    if hidden:
        yield how, hidden


def _classes(element: HtmlElement) -> str:
    return f"{element.get('class') or ''} {element.get('id') or ''}".lower()


def _dateish(elements: list[HtmlElement]) -> list[HtmlElement]:
    """Elements whose class or id suggests a date (and <time>), those marked as updates last."""
    published, updated = [], []
    for element in elements:
        classes = _classes(element)
        if element.tag == "time" or _DATEISH.search(classes):
            (updated if _MODIFIED_HINTS.search(classes) else published).append(element)
    return published + updated


def _is_noise(element: HtmlElement, scope: HtmlElement | None, *, chrome: bool) -> bool:
    """Whether the element sits in a list of other articles, a footer or (with chrome) the page header.

    Ancestors are judged up to ``scope`` (excluded). Related items are often
    <article> elements themselves, so an <article> ancestor does not clear the
    list tests; it only clears the page-chrome test, since an article's own
    <header> is where its date line lives.
    """
    if (element.get("itemprop") or "").lower() == "datemodified":
        return True
    in_article = in_chrome = False
    node = element
    while node is not None and node is not scope:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in _NOISE_TAGS:
            return True
        classes = _classes(node)
        if _LIST_NOISE.search(classes):
            return True
        in_article = in_article or tag == "article"
        in_chrome = in_chrome or tag == "header" or bool(_CHROME_NOISE.search(classes))
        node = node.getparent()
    return chrome and in_chrome and not in_article


# URL


def _date_from_url(url: str) -> datetime | None:
    """A date in the URL path, at midnight Vietnam time: /2023/05/29/, -20230529.htm, -20230529101500123.htm."""
    path = urlsplit(url).path
    for pattern in (_URL_YMD, _URL_DIGITS):
        for match in pattern.finditer(path):
            year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
            if _valid_day(year, month, day):
                return datetime(year, month, day, tzinfo=VN_TZ)
    return None
