"""Vietnamese news boilerplate: what trafilatura alone lets through.

Two passes. Before extraction, ``prune_tree`` removes small boxes that are known chrome by their
class/id (audio players, share bars, related-news boxes, comment forms) or by their heading text
("Tin liên quan", "Xem thêm", "Đọc thêm"...). After extraction, ``clean_paragraphs`` drops lines
that are chrome by their text ("0:00 / 0:00", share-button rows, footer licence lines) and
paragraphs repeated verbatim (a caption repeated as a paragraph, a lead printed twice).

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
    for element in _FIGURES(tree):
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


def clean_paragraphs(paragraphs: list[str]) -> list[str]:
    """Drops chrome lines, footer lines at the end, and repeated paragraphs (first one kept)."""
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
    return kept[:tail_start] + [p for p in kept[tail_start:] if not (_FOOTER.search(p) and len(p) < 200)]
