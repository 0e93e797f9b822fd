"""robots.txt, per origin, parsed with protego (RFC 9309, wildcards, Crawl-delay, Sitemap lines).

As RFC 9309 says: a robots.txt that is missing (any 4xx but 429) allows everything; one that
cannot be fetched (network errors, 429 and 5xx after retries) disallows everything *for now*: the
failure is kept for one crawl pass at most (``forget_unreachable``), never as a lasting disallow.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Awaitable, Callable
from urllib.parse import urlsplit

from protego import Protego

from bantin import reasons

# The label of a URL not fetched because its origin's robots.txt could not be read.
ROBOTS_UNREACHABLE = reasons.ROBOTS_UNREACHABLE

# How long a fetched robots.txt is trusted (RFC 9309 suggests at most 24 hours).
ROBOTS_TTL_SECONDS = 24 * 3600
# An unreachable robots.txt is tried again after this long within one pass (and at every new pass).
UNREACHABLE_TTL_SECONDS = 600
# "Too many requests" is the server asking to wait, not a missing robots.txt (RFC 9309 2.3.1.3-4).
TOO_MANY_REQUESTS = 429
# Larger robots.txt files are cut here (RFC 9309 requires parsing at least 500 KiB).
MAX_ROBOTS_BYTES = 512 * 1024


@dataclasses.dataclass(frozen=True, slots=True)
class RobotsRules:
    """What one origin's robots.txt says to bantin."""

    parser: Protego | None = None
    allow_all: bool = False  # missing robots.txt
    unreachable: str = ""  # why robots.txt could not be read, e.g. "connection refused": disallow everything
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


def forget_unreachable(entries: dict[str, tuple[RobotsRules, float]]) -> None:
    """Drops the origins whose robots.txt could not be read, so that the next pass asks again."""
    for origin in [o for o, (rules, _) in entries.items() if rules.unreachable]:
        del entries[origin]


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
        except Exception as exc:  # noqa: BLE001 - any failure means "unreachable" (a stop is a CancelledError)
            blocked = getattr(exc, "reason", None) == reasons.BLOCKED_ADDRESS
            detail = getattr(exc, "detail", None) or str(exc) or type(exc).__name__
            rules = RobotsRules(unreachable=detail, blocked=blocked)
            ttl = UNREACHABLE_TTL_SECONDS
        else:
            if 200 <= status < 300:
                rules, ttl = parse_robots(text), ROBOTS_TTL_SECONDS
            elif 400 <= status < 500 and status != TOO_MANY_REQUESTS:
                rules, ttl = RobotsRules(allow_all=True), ROBOTS_TTL_SECONDS
            else:
                rules, ttl = RobotsRules(unreachable=f"HTTP {status}"), UNREACHABLE_TTL_SECONDS
        self.entries[origin] = (rules, time.monotonic() + ttl)
        return rules

    async def allowed(self, url: str) -> bool:
        return (await self.rules(url)).allowed(url, self.user_agent)
