"""HTML page -> Article: decoding, metadata, boilerplate pruning and the extractor cascade.

The cascade tries trafilatura first, then readability, then the page's paragraphs; the name
of the extractor that produced the text is kept in ``Article.extractor`` (as Media Cloud does).

A publication date found on the page is described in ``Article.extra``: ``date_source`` says where
it was found ("json-ld", "meta", "time", "visible", "url") and ``published_precision`` how precisely
it was given: "day" when the page gave no time of day ("Thứ Sáu, 30/06/2023", a URL date; the
article is then published at local midnight, which no one should read as a time), "minute" or
"second" otherwise (``bantin.extract.dates.find_published``). A date that came with the page
instead (a feed's pubDate) has neither; ``bantin.extract.dates.day_only`` reads both cases.
"""

from __future__ import annotations

import dataclasses
import re
from zoneinfo import ZoneInfo

import lxml.html
import trafilatura
from lxml import etree

from bantin import reasons
from bantin.collect.urls import source_of
from bantin.extract import boilerplate, metadata
from bantin.extract.dates import PRECISION_KEY, find_published
from bantin.pipeline.step import Drop, MapStep
from bantin.settings import ExtractSettings
from bantin.text.encoding import DecodeError, decode_html
from bantin.text.legacy import detect_legacy, repair_as, repair_legacy
from bantin.text.normalize import clean_text, is_vietnamese
from bantin.types import Article, Page

# A page whose decoding replaced more than this share of its characters is garbage, not news.
MAX_DECODE_ERROR_SHARE = 0.01
# Paragraph text the last-resort extractor keeps (shorter <p> are captions, buttons, datelines).
MIN_PARAGRAPH_CHARS = 40
# The headline is dropped from the text when repeated among the first paragraphs, and a closing
# paragraph that is only an author's name (plus "Bài và ảnh:" and the like) is dropped.
TITLE_LOOKAHEAD = 4
BYLINE_MAX_CHARS = 80
BYLINE_SLACK_CHARS = 20
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_PARSER = lxml.html.HTMLParser(collect_ids=False, default_doctype=False, remove_comments=True, remove_pis=True)


class ExtractArticle(MapStep):
    """Page -> Article. Drops pages that are not decodable HTML or that hold no main text."""

    name = "extract"

    def __init__(self, settings: ExtractSettings | None = None) -> None:
        self.settings = settings or ExtractSettings()

    def apply(self, page: Page) -> Article:
        if page.text is not None:
            return self._from_text(page)
        if page.html is None:
            raise Drop(reasons.EMPTY_FILE, "no HTML and no text")
        try:
            decoded = decode_html(page.html, page.charset)
        except DecodeError as exc:
            raise Drop(reasons.BINARY, str(exc)) from None
        if decoded.errors and decoded.errors > MAX_DECODE_ERROR_SHARE * max(1, len(decoded.text)):
            raise Drop(
                reasons.DECODE_ERROR,
                f"{decoded.errors:,} undecodable byte sequences as {decoded.encoding} (the file is not valid text)",
            )
        tree = parse_html(decoded.text)
        article = extract_tree(tree, page, self.settings)
        extra = dict(article.extra, encoding=decoded.encoding)
        if decoded.errors:
            extra["decode_errors"] = decoded.errors
        return dataclasses.replace(article, extra=extra)

    def _from_text(self, page: Page) -> Article:
        text, legacy = repair_legacy(page.text or "")
        text = clean_text(text)
        title = clean_text(page.title or "") or text.split("\n", 1)[0][: metadata.TITLE_MAX_CHARS]
        if len(text) < self.settings.min_keep_chars:
            raise Drop(reasons.NO_CONTENT, f"{len(text)} characters of text")
        return Article(
            url=page.url,
            source=page.source or source_of(page.url),
            title=title,
            text=text,
            published=page.published,
            language="vi" if is_vietnamese(text) else None,
            extractor="provided",
            locator=page.locator,
            fetched_at=page.fetched_at,
            extra={"legacy_encoding": legacy} if legacy else {},
        )


def parse_html(text: str):
    text = _XML_DECLARATION.sub("", text, count=1)
    if not text.strip():
        raise Drop(reasons.EMPTY_FILE, "no content after decoding")
    try:
        tree = lxml.html.document_fromstring(text, parser=_PARSER)
    except (etree.ParserError, ValueError) as exc:
        raise Drop(reasons.BROKEN_HTML, f"unparsable HTML: {exc}") from None
    if tree is None or tree.find("body") is None and len(tree) == 0:
        raise Drop(reasons.BROKEN_HTML, "no HTML document found")
    return tree


def extract_tree(tree, page: Page, settings: ExtractSettings) -> Article:
    tz = ZoneInfo(settings.timezone)
    reference = page.fetched_at.astimezone(tz) if page.fetched_at else None
    legacy = repair_tree(tree)
    published, date_how, precision = find_published(tree, url=page.url, reference=reference)
    index = metadata.class_index(tree)
    title = metadata.find_title(tree)
    lead = metadata.find_lead(tree, index)
    authors = metadata.find_authors(tree, index)
    section = metadata.find_section(tree, index, page.url)
    language = metadata.find_language(tree)

    boilerplate.prune_tree(tree, index)
    # Vietnamese papers' captions carry names and places and belong to the article (as in the
    # fundus VnExpress fixture); English benchmarks' ground truth leaves captions out.
    vietnamese = language == "vi" or (not language and is_vietnamese(f"{title} {lead}"))
    captions = boilerplate.captions_to_paragraphs(tree) if vietnamese else []
    boilerplate.unwrap_layout_tables(tree)
    text, extractor = _cascade(tree, page.url, settings)
    title, lead = clean_text(title), clean_text(lead)
    # the page's lead and section tell its header lines (a date line, a byline between the sapo
    # and the body) from the article's first sentence
    paragraphs = boilerplate.clean_paragraphs(clean_text(text).split("\n"), lead=lead,
                                              sections=(section,) if section else ())
    paragraphs = _drop_title_and_byline(paragraphs, title, authors)
    if lead and (not paragraphs or not _same(paragraphs[0], lead)):
        paragraphs = [lead] + [p for p in paragraphs if not _same(p, lead)]
    text = "\n".join(p for p in paragraphs if p)
    if len(text) < settings.min_keep_chars:
        raise Drop(reasons.NO_CONTENT, f"only {len(text)} characters of main text ({extractor or 'no extractor'})")
    if not language:
        language = "vi" if is_vietnamese(text) else None
    extra: dict[str, object] = {"date_source": date_how, PRECISION_KEY: precision} if published else {}
    if captions:
        extra["captions"] = captions
    if published:
        published = published.astimezone(tz)
    if legacy:
        extra["legacy_encoding"] = legacy
    return Article(
        url=page.url,
        source=page.source or source_of(page.url),
        title=title or (page.title or ""),
        text=text,
        lead=lead,
        published=published or page.published,
        authors=authors,
        section=section,
        language=language,
        extractor=extractor,
        locator=page.locator,
        fetched_at=page.fetched_at,
        extra=extra,
    )


def repair_tree(tree) -> str | None:
    """Converts text typed in a legacy font encoding (TCVN3, VNI) in place, before anything reads
    the tree (extractors drop the soft hyphen, which is TCVN3's ư). Returns the encoding or None."""
    body = tree.find("body")
    encoding = detect_legacy((body if body is not None else tree).text_content())
    if encoding:
        for element in tree.iter():
            if isinstance(element.tag, str) and element.tag not in ("script", "style"):
                if element.text:
                    element.text = repair_as(element.text, encoding)
                if element.tail:
                    element.tail = repair_as(element.tail, encoding)
                for attribute in ("content", "alt", "title"):
                    if element.get(attribute):
                        element.set(attribute, repair_as(element.get(attribute), encoding))
    return encoding


def _drop_title_and_byline(paragraphs: list[str], title: str, authors: tuple[str, ...]) -> list[str]:
    """The headline repeated near the top and a byline line at the end are metadata, not text."""
    head = [p for i, p in enumerate(paragraphs) if not (i < TITLE_LOOKAHEAD and title and _same(p, title))]
    if head and authors and len(head[-1]) <= BYLINE_MAX_CHARS:
        last = head[-1].strip(" .-–").casefold()
        if any(a.casefold() in last and len(last) - len(a) <= BYLINE_SLACK_CHARS for a in authors):
            head = head[:-1]
    return head


def _same(a: str, b: str) -> bool:
    return a.strip().casefold() == b.strip().casefold()


def _cascade(tree, url: str, settings: ExtractSettings) -> tuple[str, str]:
    """The first extractor giving ``min_text_chars`` wins; else the longest result."""
    best = ("", "")
    for name, extractor in _EXTRACTORS:
        try:
            text = extractor(tree, url) or ""
        except Exception:  # noqa: BLE001, S112 - an extractor's failure only moves us down the cascade
            continue
        if len(text) >= settings.min_text_chars:
            return text, name
        if len(text) > len(best[0]):
            best = (text, name)
    return best


def _trafilatura(tree, url: str) -> str | None:
    return trafilatura.extract(
        tree, url=url, include_comments=False, include_tables=True, include_images=False, deduplicate=False
    )


def _readability(tree, url: str) -> str | None:
    from readability import Document

    summary = Document(lxml.html.tostring(tree, encoding="unicode"), url=url).summary(html_partial=True)
    return _paragraphs(lxml.html.fragment_fromstring(summary, create_parent="div"), min_chars=1)


def _paragraphs(tree, url: str | None = None, min_chars: int = MIN_PARAGRAPH_CHARS) -> str:
    texts = (metadata.text_of(p) for p in tree.iter("p", "h2", "h3", "li", "blockquote"))
    return "\n".join(t for t in texts if len(t) >= min_chars)


_EXTRACTORS = (("trafilatura", _trafilatura), ("readability", _readability), ("paragraphs", _paragraphs))


def extract_html(html: bytes | str, url: str = "", *, settings: ExtractSettings | None = None) -> Article:
    """One page's bytes (or text) -> Article; raises ``Drop`` with a reason when it is not an article."""
    data = html.encode("utf-8") if isinstance(html, str) else html
    page = Page(url=url, locator=url or "<html>", html=data, charset="utf-8" if isinstance(html, str) else None)
    return ExtractArticle(settings).apply(page)


def extract_file(path: str, url: str | None = None, *, settings: ExtractSettings | None = None) -> Article:
    """A saved page -> Article, the URL found as ``bantin ingest`` finds it unless ``url`` is given."""
    from pathlib import Path

    from bantin.collect.files import read_html_file
    from bantin.types import Rejected

    page = read_html_file(Path(path), max_bytes=1 << 62)
    if isinstance(page, Rejected):
        raise Drop(page.reason, page.detail)
    if url:
        page = dataclasses.replace(page, url=url)
    return ExtractArticle(settings).apply(page)


__all__ = ["ExtractArticle", "extract_file", "extract_html", "extract_tree", "parse_html"]
