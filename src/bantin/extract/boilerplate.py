"""Vietnamese news boilerplate: what trafilatura alone lets through.

Two passes. Before extraction, ``prune_tree`` removes small boxes that are known chrome by their
class/id (audio players, share bars, related-news boxes, comment forms) or by their heading text
("Tin liên quan", "Xem thêm", "Đọc thêm"...). After extraction, ``clean_paragraphs`` drops lines
that are chrome by their text ("0:00 / 0:00", share-button rows, footer licence lines),
paragraphs repeated verbatim (a caption repeated as a paragraph, a lead printed twice) and the
page header's lines kept above the headline or below the text ("Quân sự - Quốc phòng Thứ Sáu,
30-06-2023, 08:00": a section breadcrumb, a date line, a byline), which ``is_header_line`` knows.

Tuned on the demo corpus (tests/fixtures/demo_expectations.json) and checked not to lower F1 on
../shared/data/article-extraction-benchmark (bench/extract_eval.py): re-run both after a change.
"""

from __future__ import annotations

import re
import unicodedata

from lxml import etree

# An element matched by class/id is removed only if it holds fewer characters than this: a
# related-news box is a few headlines, while an article container may carry a "share" class too.
MAX_CHROME_CHARS = 1_200
# A heading such as "Tin liên quan" takes its box with it if the box is mostly links and small.
MAX_MARKER_BOX_CHARS = 900
MIN_MARKER_BOX_LINK_SHARE = 0.5
# Repeated paragraphs shorter than this are kept ("Ảnh: TTXVN" may legitimately repeat).
MIN_DEDUP_CHARS = 20
# Footer lines are looked for only among the last lines of the text.
FOOTER_TAIL_LINES = 4
MAX_MARKER_CHARS = 40  # longest marker heading text, with spaces and punctuation

_CHROME_TOKENS = (
    r"audio|audio-?player|player-audio|jw-?player|voice-?player|listen|tts|"
    r"share|sharing|social|social-?share|share-?tools|sharebar|"
    r"related|relate|related-?news|tin-?lien-?quan|tinlienquan|lienquan|xem-?them|xemthem|doc-?them|"
    r"comment|comments|binh-?luan|binhluan|fb-comments|"
    r"newsletter|subscribe|most-?read|doc-?nhieu|docnhieu|tin-?moi-?nhat|"
    r"banner|advert|advertisement|ads|quang-?cao|qc|"
    # old Vietnamese table layouts name their cells in Vietnamese: page footer ("chân trang"),
    # share ("chia sẻ"), other news ("tin khác"), date ("ngày"), headline ("tiêu đề")
    r"chan-?trang|chantrang|chia-?se|chiase|tin-?khac|tinkhac|ngay|ngay-?dang|tieu-?de|tieude"
)
# Layout names (menus, columns) are also given to containers of the article itself (VnExpress
# puts the whole article in "sidebar-1"): an element holding the headline or an <article> is
# never pruned; others are pruned when small. (Also pruning large link-heavy ones cost 0.006 F1
# on the article-extraction-benchmark: bench/extract_eval.py.)
_LAYOUT_TOKENS = r"menu|main-?menu|top-?menu|nav|navbar|navigation|cot-?phai|cot-?trai|sidebar|right-?col|left-?col"
_LAYOUT = re.compile(rf"(?:^|[\s_-])(?:{_LAYOUT_TOKENS})(?:$|[\s_-]|\d)", re.IGNORECASE)
_CHROME = re.compile(rf"(?:^|[\s_-])(?:{_CHROME_TOKENS})(?:$|[\s_-])", re.IGNORECASE)
_MARKERS = {
    "xem thêm",
    "xem thêm:",
    "đọc thêm",
    "đọc thêm:",
    "tin liên quan",
    "tin liên quan:",
    "bài liên quan",
    "tin cùng chuyên mục",
    "tin khác",
    "các tin khác",
    "có thể bạn quan tâm",
    "tin mới",
    "tin mới nhất",
    "đọc nhiều",
    "xem nhiều",
    "nghe bài viết",
    "nghe đọc bài",
}
_LINE_PREFIXES = ("xem thêm:", "đọc thêm:", "tin liên quan:", "bài liên quan:", ">> xem thêm", ">>xem thêm")
_AUDIO_TIME = re.compile(r"^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}\s*/\s*(?:\d{1,2}:)?\d{1,2}:\d{2}\s*$")
_PLAYER_LINE = re.compile(r"^(?:[\d.,]+x\s*)+$|^(?:tốc độ|giọng đọc|nam|nữ|miền bắc|miền nam)\b.{0,30}$", re.IGNORECASE)
_SHARE_WORDS = {
    "chia sẻ", "chia sẻ bài viết", "facebook", "zalo", "twitter", "x", "email", "e-mail", "in", "in bài",
    "copy link", "sao chép liên kết", "sao chép link", "bình luận", "lưu", "lưu bài", "gửi", "messenger",
    "tweet", "thích", "like", "share",
}
_SHARE_ROW = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(_SHARE_WORDS, key=len, reverse=True)) + r")(?!\w)")
_FOOTER = re.compile(
    r"giấy phép (?:số|hoạt động)|bản quyền thuộc|©|\(c\) \d{4}|ghi rõ nguồn|cấm sao chép|"
    r"tổng biên tập:|chịu trách nhiệm (?:xuất bản|nội dung)|đường dây nóng",
    re.IGNORECASE,
)
_SPACES = re.compile(r"\s+")

# Header lines (section breadcrumb, date line, byline) are looked for only in the head of the text
# (the lines before its first sentence: a headline or a kicker may precede them) and in its tail
# (the lines after its last sentence), within this many lines of either end. Same reach as
# article.TITLE_LOOKAHEAD; the demo corpus's quandoi pages put the header line first, above the
# headline (tests/test_extract_demo.py).
HEADER_ZONE_LINES = 4
# A header line is short: the longest removed from the demo corpus and the benchmarks
# (bench/extract_eval.py) has 47 characters; this leaves room for a long breadcrumb.
MAX_HEADER_LINE_CHARS = 120
# Section names of Vietnamese (and a few English) news sites, as breadcrumbs print them.
SECTION_NAMES = (
    "trang chủ", "trang nhất", "tin tức", "tin nóng", "thời sự", "chính trị", "xã hội", "kinh tế", "kinh doanh",
    "tài chính", "chứng khoán", "ngân hàng", "bất động sản", "thị trường", "doanh nghiệp", "thế giới", "quốc tế",
    "thể thao", "bóng đá", "văn hóa", "văn hoá", "giải trí", "giáo dục", "tuyển sinh", "sức khỏe", "sức khoẻ",
    "y tế", "pháp luật", "an ninh trật tự", "đời sống", "du lịch", "công nghệ", "khoa học", "số hóa", "xe",
    "ô tô - xe máy", "quân sự", "quốc phòng", "an ninh", "quân sự - quốc phòng", "quốc phòng - an ninh",
    "an ninh - quốc phòng", "cựu chiến binh", "môi trường", "nông nghiệp", "nông thôn", "dân tộc", "miền núi",
    "dân tộc - miền núi", "tôn giáo", "bạn đọc", "ý kiến", "góc nhìn", "trong nước", "địa phương", "chuyên đề",
    "video", "podcast", "emagazine", "media",
    "home", "news", "world", "politics", "business", "sport", "sports", "opinion", "technology", "science",
    "health", "culture", "entertainment", "travel", "lifestyle",
)  # fmt: skip
_DASHES = re.compile(r"[–—−‐]")
_BOUNDED = r"(?<![\w/.:-]){}(?![\w/.:-])"
_STAMP_PARTS = (  # removed in this order, each between non-word characters
    r"\d{4}-\d{1,2}-\d{1,2}(?:t\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:z|[+-]\d{2}:?\d{2})?)?",  # ISO 8601
    r"\d{1,2}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?(?:\d{4}|\d{2})",  # 30-06-2023, 30/6/23, 30.06.2023
    r"(?:ngày\s+)?\d{1,2}\s+tháng\s+\d{1,2}(?:\s*(?:năm|,)\s*\d{4})?",  # ngày 26 tháng 5 năm 2023
    r"(?:{m})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?(?:\s+\d{4})?|\d{1,2}\s+(?:{m})\.?,?(?:\s+\d{4})?",  # June 5, 2018
    r"\d{1,2}\s?[:h]\s?\d{2}(?::\d{2})?(?:\s*(?:am|pm|a\.m\.|p\.m\.|sa|ch))?",  # 08:00, 8h30, 1:23 p.m.
)
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_DATE_PARTS = 4  # the first four of _STAMP_PARTS are dates, the last one a time of day
_STAMPS = [re.compile(_BOUNDED.format(p.replace("{m}", _MONTHS))) for p in _STAMP_PARTS]
_STAMP_WORDS = re.compile(
    r"(?<!\w)(?:(?:ngày\s+)?cập\s+nhật|ngày\s+đăng|đăng\s+(?:lúc|ngày)|thời\s+gian|xuất\s+bản|"
    r"thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|ngày|lúc|hôm\s+nay|"
    r"\(?(?:gmt|utc|ict)\s?(?:[+-]\s?\d{1,2}(?::?\d{2})?)?\)?|"
    r"updated|published|posted|last\s+modified|on|at|et|pst|est|edt|pdt|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?!\w)\.?"
)
_HEADER_SEPARATORS = " \t|/>»›<«‹·•,:;-()[]"
_BYLINE = re.compile(
    r"^(?:bài(?: và|,) ảnh|tin(?: và|,) ảnh|ảnh(?: và|,) bài|bài|tin|nhóm phóng viên|nhóm pv|phóng viên|tác giả)"
    r"\s*:\s*\S.{0,60}$"
)
_SENTENCE_END = re.compile(r"[.!?…:;\"”'’»)]\s*$")


def _norm(text: str) -> str:
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip().casefold()


def _text_len(element) -> int:
    return len(_SPACES.sub(" ", element.text_content()).strip())


_AUDIO = etree.XPath("//body//audio")
_KEEP = frozenset({"html", "body", "article", "main"})


def prune_tree(tree, index: list | None = None) -> None:
    """Removes chrome elements in place (by class/id, then by marker headings).

    ``index`` is ``metadata.class_index(tree)`` if the caller has it already."""
    if index is None:
        from bantin.extract.metadata import class_index

        index = class_index(tree)
    widgets = [e for e, attrs in index if e.tag not in _KEEP and attrs.strip() and _CHROME.search(attrs)]
    layout = [e for e, attrs in index if e.tag not in _KEEP and attrs.strip() and _LAYOUT.search(attrs)]
    for element in widgets + _AUDIO(tree):
        if _text_len(element) < MAX_CHROME_CHARS and not _holds_article(element):
            _drop(element)
    for element in layout:
        if element.getparent() is None or _holds_article(element):
            continue
        if _text_len(element) < MAX_CHROME_CHARS:
            _drop(element)
    markers = []
    for element in tree.iter(etree.Element):
        text = element.text
        if text and len(text) < MAX_MARKER_CHARS and len(element) <= 3 and _norm(text) in _MARKERS:
            markers.append(element)
    for element in markers:
        if element.getparent() is not None:
            _drop(_marker_box(element))


_FIGURES = etree.XPath(
    "//body//figure[.//figcaption] | //body//*[contains(@class, 'caption') or contains(@class, 'image_desc') "
    "or contains(@class, 'chuthich') or contains(@class, 'chu-thich')]"
)
# Captions longer than this are not captions but containers that happen to carry the class.
MAX_CAPTION_CHARS = 500


def captions_to_paragraphs(tree) -> list[str]:
    """Replaces each figure by a plain paragraph holding its caption, so that extractors keep the
    caption once, in place (trafilatura drops figures, and alt text repeats the caption)."""
    captions = []
    replaced = set()
    for element in _FIGURES(tree):
        # a <figcaption class="caption"> matches again after its <figure> was replaced: its
        # caption is kept already
        if any(ancestor in replaced for ancestor in element.iterancestors()):
            continue
        if element.getparent() is None or (element.tag != "figure" and element.find(".//p") is not None and len(element) > 2):
            continue
        node = element.find(".//figcaption") if element.tag == "figure" else element
        text = " ".join(node.text_content().split()) if node is not None else ""
        if not text or len(text) > MAX_CAPTION_CHARS:
            continue
        paragraph = etree.Element("p")
        paragraph.text = text
        paragraph.tail = element.tail
        element.getparent().replace(element, paragraph)
        replaced.add(element)
        captions.append(text)
    return captions


_LAYOUT_TABLES = etree.XPath("//body//table[.//p or .//table or .//div[.//p]]")
_TABLE_PARTS = ("table", "thead", "tbody", "tfoot", "tr", "td", "th")


def unwrap_layout_tables(tree) -> None:
    """Turns tables used for page layout (cells holding paragraphs or other tables, as on older
    Vietnamese sites) into plain blocks, so that extractors read paragraphs, not table cells."""
    for table in _LAYOUT_TABLES(tree):
        for element in table.iter(*_TABLE_PARTS):
            element.tag = "div"


def _holds_article(element) -> bool:
    """Whether the element wraps the article itself (its headline or an <article>)."""
    return element.find(".//h1") is not None or element.find(".//article") is not None


def _marker_box(marker):
    """The small, link-heavy box a marker heading belongs to, or the marker itself."""
    box = marker
    parent = marker.getparent()
    while parent is not None and parent.tag not in ("body", "article", "main", "html"):
        size = _text_len(parent)
        if size > MAX_MARKER_BOX_CHARS:
            break
        links = sum(_text_len(a) for a in parent.iter("a"))
        if size and links / size >= MIN_MARKER_BOX_LINK_SHARE:
            box = parent
        parent = parent.getparent()
    return box


def _drop(element) -> None:
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    previous = element.getprevious()
    parent.remove(element)  # lxml removes the element's tail text with it: keep that text
    if tail and tail.strip():
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail


def is_chrome_line(line: str) -> bool:
    norm = _norm(line)
    if not norm:
        return True
    if _AUDIO_TIME.match(norm) or _PLAYER_LINE.match(norm) or norm in _MARKERS:
        return True
    if norm.startswith(_LINE_PREFIXES) and len(norm) < 200:
        return True
    if len(norm) < 80:
        rest = _SHARE_ROW.sub(" ", norm)
        return not rest.strip(" |·•-–:/")
    return False


def is_header_line(line: str, sections: tuple[str, ...] = ()) -> bool:
    """Whether a line is the page header's, not the article's: a section breadcrumb and/or a date
    line ("Quân sự - Quốc phòng Thứ Sáu, 30-06-2023, 08:00", "Cập nhật: 30/06/2023 08:00 GMT+7",
    "Trang chủ > Thời sự"), or a byline ("Bài và ảnh: Hồ Quang Hải"). Nothing else may be left on
    the line: "Sáng 29/6, tại Lao Bảo..." holds a date but is a sentence. ``sections`` adds the
    page's own section names to ``SECTION_NAMES``."""
    norm = _DASHES.sub("-", _norm(line))
    if not norm or len(norm) > MAX_HEADER_LINE_CHARS:
        return False
    if _BYLINE.match(norm):
        return True
    rest, found = norm, []
    for pattern in (*_STAMPS, _section_pattern(sections), _SECTIONS) if sections else (*_STAMPS, _SECTIONS):
        rest, count = pattern.subn(" ", rest)
        found.append(count)
    rest, words = _STAMP_WORDS.subn(" ", rest)
    if rest.strip(_HEADER_SEPARATORS) or not any(found):
        return False
    # Two dates and nothing else ("29 November 2018 | 20 January 2019") are an event's dates.
    dates_only = sum(found[:_DATE_PARTS]) >= 2 and not any(found[_DATE_PARTS:]) and not words
    return not dates_only


def _section_pattern(names) -> re.Pattern:
    keys = {_DASHES.sub("-", _norm(name)) for name in names if name and name.strip()}
    alternatives = "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


_SECTIONS = _section_pattern(SECTION_NAMES)


def strip_header_lines(paragraphs: list[str], *, lead: str = "", sections: tuple[str, ...] = ()) -> list[str]:
    """Drops header lines from the head and the tail of the text, never from between sentences.

    The head ends at the first sentence, except the ``lead`` (sapo): pages print the date line
    between the lead and the body as often as above the headline."""
    kept, lead_key = list(paragraphs), _norm(lead)
    for step in (1, -1):
        index = 0 if step == 1 else len(kept) - 1
        for _ in range(HEADER_ZONE_LINES):
            if not 0 <= index < len(kept) or len(kept) == 1:
                break
            line = kept[index]
            if is_header_line(line, sections):
                del kept[index]
                index = index if step == 1 else index - 1
                continue
            if _SENTENCE_END.search(line) and not (step == 1 and lead_key and _norm(line) == lead_key):
                break
            index += step
    return kept


def clean_paragraphs(paragraphs: list[str], *, lead: str = "", sections: tuple[str, ...] = ()) -> list[str]:
    """Drops chrome lines, footer lines at the end, repeated paragraphs (first one kept) and the
    page header's lines at either end (``strip_header_lines``, which ``lead`` and ``sections``,
    the page's metadata, help)."""
    kept: list[str] = []
    seen: set[str] = set()
    for paragraph in paragraphs:
        if is_chrome_line(paragraph):
            continue
        key = _norm(paragraph)
        if len(key) >= MIN_DEDUP_CHARS:
            if key in seen:
                continue
            seen.add(key)
        kept.append(paragraph.strip())
    while kept and len(kept) > 1 and _FOOTER.search(kept[-1]) and len(kept[-1]) < 400:
        kept.pop()
    tail_start = max(1, len(kept) - FOOTER_TAIL_LINES)
    kept = kept[:tail_start] + [p for p in kept[tail_start:] if not (_FOOTER.search(p) and len(p) < 200)]
    return strip_header_lines(kept, lead=lead, sections=sections)
