"""robots.txt, per origin, parsed with protego (RFC 9309, wildcards, Crawl-delay, Sitemap lines).

As RFC 9309 says: a robots.txt that is missing (any 4xx) allows everything; one that cannot be
fetched (5xx after retries, network errors) disallows everything until it can be read.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Awaitable, Callable
from urllib.parse import urlsplit

from protego import Protego

from bantin import reasons

# How long a fetched robots.txt is trusted (RFC 9309 suggests at most 24 hours).
ROBOTS_TTL_SECONDS = 24 * 3600
# An unreachable robots.txt is tried again after this long.
UNREACHABLE_TTL_SECONDS = 600
# Larger robots.txt files are cut here (RFC 9309 requires parsing at least 500 KiB).
MAX_ROBOTS_BYTES = 512 * 1024


@dataclasses.dataclass(frozen=True, slots=True)
class RobotsRules:
    """What one origin's robots.txt says to bantin."""

    parser: Protego | None = None
    allow_all: bool = False  # missing robots.txt
    unreachable: str = ""  # why robots.txt could not be read: disallow everything
    blocked: bool = False  # the host's address is one bantin may not connect to

    def allowed(self, url: str, user_agent: str) -> bool:
        if self.unreachable:
            return False
        if self.allow_all or self.parser is None:
            return True
        return bool(self.parser.can_fetch(url, user_agent))

    def crawl_delay(self, user_agent: str) -> float | None:
        if self.parser is None:
            return None
        delay = self.parser.crawl_delay(user_agent)
        return float(delay) if delay is not None else None

    @property
    def sitemaps(self) -> list[str]:
        return list(self.parser.sitemaps) if self.parser is not None else []


def parse_robots(text: str) -> RobotsRules:
    return RobotsRules(parser=Protego.parse(text))


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


# fetch(robots_url) -> (status, text); raises on network failure.
RobotsFetch = Callable[[str], Awaitable[tuple[int, str]]]


class RobotsCache:
    """robots.txt rules per origin, fetched on first need; ``entries`` may be shared between fetchers."""

    def __init__(self, fetch: RobotsFetch, user_agent: str, entries: dict[str, tuple[RobotsRules, float]] | None = None):
        self.fetch = fetch
        self.user_agent = user_agent
        self.entries = entries if entries is not None else {}
        self._pending: dict[str, Awaitable[RobotsRules]] = {}

    async def rules(self, url: str) -> RobotsRules:
        origin = origin_of(url)
        cached = self.entries.get(origin)
        if cached and cached[1] > time.monotonic():
            return cached[0]
        if origin not in self._pending:  # one fetch per origin, however many tasks ask at once
            import asyncio

            self._pending[origin] = asyncio.ensure_future(self._load(origin))
        try:
            return await self._pending[origin]
        finally:
            self._pending.pop(origin, None)

    async def _load(self, origin: str) -> RobotsRules:
        try:
            status, text = await self.fetch(origin + "/robots.txt")
        except Exception as exc:  # noqa: BLE001 - any failure means "unreachable"
            blocked = getattr(exc, "reason", None) == reasons.BLOCKED_ADDRESS
            detail = getattr(exc, "detail", None) or str(exc)
            rules = RobotsRules(unreachable=f"robots.txt unreachable: {detail}", blocked=blocked)
            ttl = UNREACHABLE_TTL_SECONDS
        else:
            if 200 <= status < 300:
                rules, ttl = parse_robots(text), ROBOTS_TTL_SECONDS
            elif 400 <= status < 500:
                rules, ttl = RobotsRules(allow_all=True), ROBOTS_TTL_SECONDS
            else:
                rules, ttl = RobotsRules(unreachable=f"robots.txt answered {status}"), UNREACHABLE_TTL_SECONDS
        self.entries[origin] = (rules, time.monotonic() + ttl)
        return rules

    async def allowed(self, url: str) -> bool:
        return (await self.rules(url)).allowed(url, self.user_agent)
