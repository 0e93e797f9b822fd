"""Title, lead (sapo), authors, section and language of a news page, read from its tree.

Everything here reads the tree as the site published it, before boilerplate is pruned
(breadcrumbs and bylines live in the chrome).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from lxml import etree

# A lead (sapo) is one to a few sentences: shorter is a kicker, longer is the body.
LEAD_MIN_CHARS = 40
LEAD_MAX_CHARS = 1_200
AUTHOR_MAX_CHARS = 60
TITLE_MIN_CHARS = 8
TITLE_MAX_CHARS = 400

_LEAD_CLASS = re.compile(
    r"(?:^|[\s_-])(?:sapo|sapo-?detail|detail-?sapo|chapeau|lead|lead-?text|description|desc|summary|"
    r"article-?summary|excerpt|tom-?tat|tomtat|trich-?yeu|trichyeu|standfirst|intro|subtitle|abstract)(?:$|[\s_-])",
    re.IGNORECASE,
)
_AUTHOR_CLASS = re.compile(
    r"(?:^|[\s_-])(?:author|authors|author-?name|byline|tac-?gia|tacgia|writer|reporter|nguoi-?viet)(?:$|[\s_-])",
    re.IGNORECASE,
)
_BREADCRUMB_CLASS = re.compile(r"(?:^|[\s_-])(?:breadcrumbs?|bread-?crumbs?|crumbs?|duong-?dan)(?:$|[\s_-])", re.IGNORECASE)
_AUTHOR_PREFIX = re.compile(
    r"^(?:tác giả|bài(?:,| và| &)? ảnh|bài|ảnh|thực hiện|nhóm phóng viên|pv|by|theo|người viết|phóng viên)\s*[:.\-–]?\s*",
    re.IGNORECASE,
)
_AUTHOR_SPLIT = re.compile(r"\s*(?:,|;|\s-\s|\s–\s|\s&\s|\svà\s|\sand\s)\s*")
_WITH_ATTRS = etree.XPath("//body//*[@class or @id or @rel or @itemprop or @itemtype]")


def class_index(tree) -> list[tuple[object, str]]:
    """(element, "class id") for every element under <body> that has them: built once per page
    and shared by the finders here and by the boilerplate pruner (one Python pass, not five)."""
    return [(e, f"{e.get('class', '')} {e.get('id', '')}") for e in _WITH_ATTRS(tree)]


_CATEGORY_CLASS = re.compile(
    r"(?:^|[\s_-])(?:cat|cate|category|categories|cat-?header|cat-?parent|cate-?title|post-?cate|chuyen-?muc|"
    r"chuyenmuc|section-?name|zone-?name|folder)(?:$|[\s_-])",
    re.IGNORECASE,
)
SECTION_MAX_CHARS = 40
_HOME = {"trang chủ", "home", "trang nhất", "tin tức", "news"}
_TITLE_SITE_SUFFIX = re.compile(r"\s+[|\-–—:]\s+[^|\-–—]{2,40}$")
_SPACES = re.compile(r"\s+")


def text_of(element) -> str:
    return _SPACES.sub(" ", element.text_content()).strip()


def meta_content(tree, *names: str) -> str | None:
    """The first non-empty ``<meta name|property|itemprop=... content>`` among ``names``."""
    wanted = {n.lower() for n in names}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in wanted and (meta.get("content") or "").strip():
            return meta.get("content").strip()
    return None


def json_ld(tree) -> Iterator[dict]:
    """Every JSON-LD object of the page, flattening lists and ``@graph``; broken blocks are skipped."""
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text.strip().rstrip(";"))
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                if "@graph" in item:
                    stack.append(item["@graph"])
                yield item


def find_title(tree) -> str:
    body = tree.find("body")
    for h1 in (body if body is not None else tree).iter("h1"):
        text = text_of(h1)
        if TITLE_MIN_CHARS <= len(text) <= TITLE_MAX_CHARS:
            return text
    og = meta_content(tree, "og:title", "twitter:title")
    if og:
        return og
    title = tree.find(".//title")
    if title is not None and title.text:
        text = _SPACES.sub(" ", title.text).strip()
        return _TITLE_SITE_SUFFIX.sub("", text) if len(text) > 30 else text
    return ""


def find_lead(tree, index: list | None = None) -> str:
    for element, attrs in class_index(tree) if index is None else index:
        if element.tag not in ("p", "h2", "div", "span", "strong", "section", "h3") or not _LEAD_CLASS.search(attrs):
            continue
        text = text_of(element)
        if LEAD_MIN_CHARS <= len(text) <= LEAD_MAX_CHARS and len(element.findall(".//p")) <= 2:
            return text
    return ""


def find_authors(tree, index: list | None = None) -> tuple[str, ...]:
    found: list[str] = []
    for obj in json_ld(tree):
        author = obj.get("author")
        for a in author if isinstance(author, list) else [author]:
            name = a.get("name") if isinstance(a, dict) else a
            if isinstance(name, str):
                found.extend(_split_authors(name))
    if not found:
        meta = meta_content(tree, "author", "article:author", "dc.creator")
        if meta and not meta.startswith("http"):
            found.extend(_split_authors(meta))
    if not found:
        for element, attrs in class_index(tree) if index is None else index:
            if element.get("rel") == "author" or element.get("itemprop") == "author" or _AUTHOR_CLASS.search(attrs):
                text = text_of(element)
                if 0 < len(text) <= AUTHOR_MAX_CHARS * 2:
                    found.extend(_split_authors(text))
                    break
    unique: dict[str, None] = {}
    for name in found:
        unique.setdefault(name, None)
    return tuple(unique)


def _split_authors(text: str) -> list[str]:
    text = _AUTHOR_PREFIX.sub("", _SPACES.sub(" ", text).strip())
    names = []
    for part in _AUTHOR_SPLIT.split(text):
        part = _AUTHOR_PREFIX.sub("", part).strip(" .:-–|()")
        if 2 <= len(part) <= AUTHOR_MAX_CHARS and not part.isdigit() and not re.search(r"\d{1,2}[/:]\d{1,2}", part):
            names.append(part)
    return names


def find_section(tree, index: list | None = None, url: str | None = None) -> str | None:
    section = meta_content(tree, "article:section")
    if section:
        return section
    for obj in json_ld(tree):
        value = obj.get("articleSection")
        if isinstance(value, list) and value:
            value = value[0]
        if isinstance(value, str) and value.strip():
            return value.strip()
    index = class_index(tree) if index is None else index
    for pattern in (_BREADCRUMB_CLASS, _CATEGORY_CLASS):
        for element, attrs in index:
            if pattern.search(attrs) or (pattern is _BREADCRUMB_CLASS and "BreadcrumbList" in (element.get("itemtype") or "")):
                name = _section_name(element)
                if name:
                    return name
    return _section_from_url(tree, url) if url else None


def _section_from_url(tree, url: str) -> str | None:
    """The menu link pointing at the first folder of the article's URL ("/xa-hoi/..." -> "Xã hội")."""
    from urllib.parse import urlsplit

    parts = [p for p in urlsplit(url).path.split("/") if p]
    if len(parts) < 2:
        return None
    folder = "/" + parts[0]
    for link in tree.iter("a"):
        href = urlsplit(link.get("href") or "").path.rstrip("/")
        text = text_of(link)
        if href == folder and 0 < len(text) <= SECTION_MAX_CHARS:
            return text
    return None


def _section_name(element) -> str | None:
    """The first link of a breadcrumb or category box that is not the home page, else its text."""
    for link in element.iter("a"):
        text = text_of(link)
        href = (link.get("href") or "").strip()
        if text and text.casefold() not in _HOME and href not in ("/", "", "#") and len(text) <= SECTION_MAX_CHARS:
            return text
    text = text_of(element)
    if element.find(".//a") is None and 0 < len(text) <= SECTION_MAX_CHARS and not any(c.isdigit() for c in text):
        return text
    return None


def find_language(tree) -> str | None:
    lang = (tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang") or "").strip().lower()
    if not lang:
        lang = (meta_content(tree, "og:locale", "language", "content-language") or "").lower()
    lang = lang.replace("_", "-").split("-")[0]
    return lang or None
