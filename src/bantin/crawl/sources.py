"""Sources: the outlets a user follows, and sources files (TOML) that list them.

A sources file holds ``[[source]]`` tables::

    [[source]]
    name = "Báo Thử"
    url = "https://baothu.vn/"          # the home page, a feed or a sitemap
    kind = "site"                       # "site" (discover feeds and sitemaps), "feed" or "sitemap"
    tags = ["national", "daily"]
    feeds = ["https://baothu.vn/rss/home.rss"]       # optional: known feeds
    sitemaps = ["https://baothu.vn/sitemap.xml"]     # optional: known sitemaps
    confirmed = false                   # optional: whether these URLs were checked live
"""

from __future__ import annotations

import dataclasses
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

from bantin.collect.discover import guess_kind
from bantin.collect.urls import canonicalize_url

KINDS = ("feed", "sitemap", "site")


class SourceError(ValueError):
    pass


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Source:
    url: str
    kind: str = "site"
    name: str = ""
    tags: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    confirmed: bool | None = None
    id: int | None = None

    @property
    def label(self) -> str:
        return self.name or self.url

    def endpoints(self) -> list[tuple[str, str]]:
        """(kind, url) of what a pass reads: the source itself if a feed or sitemap, plus known ones."""
        own = [(self.kind, self.url)] if self.kind in ("feed", "sitemap") else []
        return list(dict.fromkeys(own + [("feed", u) for u in self.feeds] + [("sitemap", u) for u in self.sitemaps]))


def make_source(url: str, *, kind: str | None = None, name: str = "", tags: tuple[str, ...] = (),
                feeds: tuple[str, ...] = (), sitemaps: tuple[str, ...] = (), confirmed: bool | None = None) -> Source:
    """A checked ``Source``: http(s) URL, canonical; ``kind`` guessed from the URL when not given."""
    url = url.strip()
    if not url.lower().startswith(("http://", "https://")):
        raise SourceError(f"not an http(s) URL: {url!r}")
    kind = kind or guess_kind(url)
    if kind not in KINDS:
        raise SourceError(f"unknown kind {kind!r} (one of {', '.join(KINDS)})")
    for extra in (*feeds, *sitemaps):
        if not extra.lower().startswith(("http://", "https://")):
            raise SourceError(f"{url}: not an http(s) URL: {extra!r}")
    return Source(url=canonicalize_url(url), kind=kind, name=name.strip(), tags=tuple(t.strip() for t in tags if t.strip()),
                  feeds=tuple(canonicalize_url(f) for f in feeds), sitemaps=tuple(canonicalize_url(s) for s in sitemaps),
                  confirmed=confirmed)


def read_sources_file(path: str | Path) -> list[Source]:
    try:
        data = tomllib.loads(Path(path).read_text("utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise SourceError(f"cannot read sources file {path}: {exc}") from None
    return parse_sources(data, str(path))


def parse_sources(data: dict[str, Any], origin: str = "<sources>") -> list[Source]:
    entries = data.get("source", [])
    if not isinstance(entries, list):
        raise SourceError(f"{origin}: [[source]] must be an array of tables")
    known = {"url", "kind", "name", "tags", "feeds", "sitemaps", "confirmed", "note", "evidence"}
    sources = []
    for number, entry in enumerate(entries, start=1):
        unknown = set(entry) - known
        if unknown:
            raise SourceError(f"{origin}: source {number}: unknown key(s) {', '.join(sorted(unknown))}")
        if "url" not in entry:
            raise SourceError(f"{origin}: source {number} has no url")
        try:
            sources.append(make_source(entry["url"], kind=entry.get("kind"), name=entry.get("name", ""),
                                       tags=tuple(entry.get("tags", ())), feeds=tuple(entry.get("feeds", ())),
                                       sitemaps=tuple(entry.get("sitemaps", ())), confirmed=entry.get("confirmed")))
        except SourceError as exc:
            raise SourceError(f"{origin}: source {number}: {exc}") from None
    return sources


def bundled_sources_path() -> Path:
    """The sources file shipped with bantin: Vietnamese national, Party, army, agency and provincial papers."""
    return Path(str(resources.files("bantin").joinpath("sources", "vietnam.toml")))
