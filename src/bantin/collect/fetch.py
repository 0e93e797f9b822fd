"""The polite, asynchronous HTTP fetcher (httpx).

One ``Fetcher`` per event loop. For every URL it:

- refuses schemes other than http/https and, on connect, addresses the ``AddressPolicy`` blocks
  (after DNS resolution, for every redirect hop: the check lives in the network backend);
- obeys robots.txt (``RobotsCache``) for every hop, and fetches nothing from an origin whose
  robots.txt cannot be read (``robots_unreachable``);
- waits its turn at the host: at most ``per_host_concurrency`` requests at once, starts at least
  ``min_interval`` seconds apart (or the robots.txt Crawl-delay), and no request before a
  ``Retry-After`` has passed; ``concurrency`` requests at most over all hosts;
- retries timeouts, connection errors, 5xx and 429 with exponential back-off;
- follows at most ``max_redirects`` redirects itself, refusing loops;
- streams the body and counts decoded bytes, so neither a huge body nor a gzip bomb is read
  past ``max_bytes``;
- sends If-None-Match / If-Modified-Since when given validators (feeds and sitemaps).

Failures raise ``FetchFailed`` with a ``bantin.reasons`` label. Once ``stop`` (a
``threading.Event``) is set, no new request is sent: whatever waits for its turn raises ``Stopped``.
"""

from __future__ import annotations

import asyncio
import dataclasses
import email.utils
import socket
import ssl
import threading
import time
import typing
import zlib
from collections.abc import Mapping
from datetime import UTC, datetime
from importlib import metadata
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from bantin import reasons
from bantin.collect.inflate import Inflater, TooLarge
from bantin.collect.netguard import AddressPolicy, BlockedAddress
from bantin.collect.robots import (
    MAX_ROBOTS_BYTES,
    ROBOTS_UNREACHABLE,
    RobotsCache,
    origin_of,
)
from bantin.collect.urls import canonicalize_url
from bantin.settings import CrawlSettings

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
# Statuses after which the whole host waits (Retry-After or back-off) rather than this request only.
HOST_WAIT_STATUSES = frozenset({429, 503})
# A robots.txt Crawl-delay longer than this is capped (some sites ask for minutes between requests).
MAX_CRAWL_DELAY = 30.0
HOMEPAGE = "https://github.com/bantin/bantin"
# How often a wait (politeness interval, back-off, Retry-After) looks whether a stop was asked.
STOP_POLL_SECONDS = 0.05


def user_agent(settings: CrawlSettings) -> str:
    if settings.user_agent:
        return settings.user_agent
    try:
        version = metadata.version("bantin")
    except metadata.PackageNotFoundError:  # running from a source tree
        version = "0"
    return f"bantin/{version} (+{HOMEPAGE})"


class FetchFailed(Exception):
    def __init__(self, reason: str, detail: str, url: str = "", *, status: int | None = None) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail
        self.url = url
        self.status = status  # the final HTTP status, when there was one


class Stopped(asyncio.CancelledError):
    """A stop was asked before this request was sent: the task ends as if cancelled, nothing is fetched."""


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Fetched:
    """One HTTP response, its body decoded from any Content-Encoding."""

    url: str  # where the response came from, after redirects
    requested: str  # what was asked for
    status: int
    headers: Mapping[str, str]  # lower-case names
    body: bytes = b""
    fetched_at: datetime
    redirects: tuple[str, ...] = ()

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";", 1)[0].strip().lower()

    @property
    def charset(self) -> str | None:
        for part in self.headers.get("content-type", "").split(";")[1:]:
            key, _, value = part.partition("=")
            if key.strip().lower() == "charset" and value.strip():
                return value.strip().strip("\"'")
        return None

    @property
    def validators(self) -> dict[str, str]:
        return {k: self.headers[k] for k in ("etag", "last-modified") if self.headers.get(k)}


def retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, when.timestamp() - (now if now is not None else time.time()))


class HostClock:
    """When each host may next be asked: plain numbers, so one clock can outlive an event loop."""

    def __init__(self, interval: float) -> None:
        self.interval = interval
        self.intervals: dict[str, float] = {}  # per host, from robots.txt Crawl-delay
        self.next_at: dict[str, float] = {}
        self.blocked_until: dict[str, float] = {}

    def reserve(self, host: str) -> float:
        """Books the host's next start time; returns how long to wait for it."""
        now = time.monotonic()
        at = max(now, self.next_at.get(host, 0.0), self.blocked_until.get(host, 0.0))
        self.next_at[host] = at + self.intervals.get(host, self.interval)
        return at - now

    def sent(self, host: str) -> None:
        """A request to ``host`` leaves now: the next one waits a full interval from here."""
        self.next_at[host] = max(self.next_at.get(host, 0.0), time.monotonic() + self.intervals.get(host, self.interval))

    def postpone(self, host: str, seconds: float) -> None:
        self.blocked_until[host] = max(self.blocked_until.get(host, 0.0), time.monotonic() + seconds)

    def blocked_for(self, host: str) -> float:
        return max(0.0, self.blocked_until.get(host, 0.0) - time.monotonic())


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """Resolves the host itself, refuses blocked addresses, then connects to the address it checked."""

    def __init__(self, policy: AddressPolicy) -> None:
        self.policy = policy
        self.inner = httpcore.AnyIOBackend()

    async def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                          socket_options: typing.Iterable[typing.Any] | None = None) -> httpcore.AsyncNetworkStream:
        loop = asyncio.get_running_loop()
        try:
            infos = await asyncio.wait_for(loop.getaddrinfo(host, port, type=socket.SOCK_STREAM), timeout)
        except (OSError, TimeoutError) as exc:
            raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from exc
        addresses = list(dict.fromkeys(info[4][0] for info in infos))
        for address in addresses:
            reason = self.policy.why_blocked(address.split("%", 1)[0])
            if reason:
                raise BlockedAddress(f"{host} resolves to {reason}")
        last: Exception | None = None
        for address in addresses:
            try:
                return await self.inner.connect_tcp(address, port, timeout=timeout, local_address=local_address,
                                                    socket_options=socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
        raise last or httpcore.ConnectError(f"no address for {host}")

    async def connect_unix_socket(self, path, timeout=None, socket_options=None):  # pragma: no cover
        raise BlockedAddress("unix sockets are not fetched")

    async def sleep(self, seconds: float) -> None:
        await self.inner.sleep(seconds)


def guarded_transport(policy: AddressPolicy, limits: httpx.Limits) -> httpx.AsyncHTTPTransport:
    """httpx's transport with its connection pool on ``GuardedBackend`` (httpx has no public hook for it)."""
    transport = httpx.AsyncHTTPTransport(trust_env=False, limits=limits)
    transport._pool = httpcore.AsyncConnectionPool(  # noqa: SLF001 - pinned httpx 0.28; tested by test_crawl_fetch
        ssl_context=ssl.create_default_context(),
        max_connections=limits.max_connections,
        max_keepalive_connections=limits.max_keepalive_connections,
        keepalive_expiry=limits.keepalive_expiry,
        network_backend=GuardedBackend(policy),
    )
    return transport


class Fetcher:
    """``async with Fetcher(settings) as f: page = await f.get(url)``."""

    def __init__(self, settings: CrawlSettings, *, clock: HostClock | None = None,
                 robots_entries: dict | None = None, archive: typing.Any = None,
                 stop: threading.Event | None = None) -> None:
        self.settings = settings
        self.stop = stop
        self.policy = AddressPolicy.from_settings(settings.allow_private_addresses, settings.allowed_networks)
        self.user_agent = user_agent(settings)
        self.clock = clock or HostClock(settings.min_interval)
        self.robots = RobotsCache(self._fetch_robots, self.user_agent, robots_entries)
        self.archive = archive  # a collect.archive.WarcArchive, or None
        self.requests = 0
        self._global = asyncio.Semaphore(max(1, settings.concurrency))
        self._hosts: dict[str, asyncio.Semaphore] = {}
        self._delays_known: set[str] = set()
        limits = httpx.Limits(max_connections=max(1, settings.concurrency), max_keepalive_connections=max(1, settings.concurrency))
        self.client = httpx.AsyncClient(
            transport=guarded_transport(self.policy, limits),
            headers={"User-Agent": self.user_agent, "Accept-Encoding": "gzip, deflate"},
            timeout=httpx.Timeout(settings.read_timeout, connect=settings.connect_timeout),
            follow_redirects=False,
            trust_env=False,
        )

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.client.aclose()

    # -- public --------------------------------------------------------------------------

    async def get(self, url: str, *, validators: Mapping[str, str] | None = None, max_bytes: int | None = None,
                  obey_robots: bool = True) -> Fetched:
        """The response at ``url`` after redirects: 2xx, or 304 when ``validators`` still hold."""
        headers = {}
        if validators:
            if validators.get("etag"):
                headers["If-None-Match"] = validators["etag"]
            if validators.get("last-modified"):
                headers["If-Modified-Since"] = validators["last-modified"]
        limit = max_bytes or self.settings.max_body_bytes
        current, hops, seen = url, [], {canonicalize_url(url)}
        for _ in range(self.settings.max_redirects + 1):
            try:
                self.policy.check_url(current)
            except BlockedAddress as exc:
                raise FetchFailed(reasons.BLOCKED_ADDRESS, str(exc), current) from None
            if obey_robots:
                await self._check_robots(current)
            response = await self._with_retries(current, headers, limit)
            if response.status in REDIRECT_STATUSES:
                location = response.headers.get("location")
                if not location:
                    raise FetchFailed(reasons.REDIRECT_ERROR, f"{response.status} without a Location", current)
                target = canonicalize_url(urljoin(current, location.strip()))
                if target in seen:
                    raise FetchFailed(reasons.REDIRECT_ERROR, f"redirect loop: {' -> '.join([*hops, current, target])}", url)
                seen.add(target)
                hops.append(current)
                current = target
                continue
            if response.status == 304 or 200 <= response.status < 300:
                result = dataclasses.replace(response, requested=url, redirects=tuple(hops))
                if self.archive is not None and response.status != 304:
                    self.archive.write(result)
                return result
            raise FetchFailed(reasons.HTTP_STATUS, f"HTTP {response.status}", current, status=response.status)
        raise FetchFailed(reasons.REDIRECT_ERROR, f"more than {self.settings.max_redirects} redirects", url)

    # -- robots --------------------------------------------------------------------------

    async def _check_robots(self, url: str) -> None:
        """Raises ``FetchFailed`` unless the origin's robots.txt was read and allows ``url``."""
        rules = await self.robots.rules(url)
        if rules.blocked:
            raise FetchFailed(reasons.BLOCKED_ADDRESS, rules.unreachable, url)
        if rules.unreachable:
            raise FetchFailed(ROBOTS_UNREACHABLE,
                              f"robots.txt of {origin_of(url)}/ could not be fetched: {rules.unreachable}", url)
        host = urlsplit(url).netloc.lower()
        if host not in self._delays_known:
            self._delays_known.add(host)
            delay = rules.crawl_delay(self.user_agent)
            if delay:
                self.clock.intervals[host] = max(self.settings.min_interval, min(delay, MAX_CRAWL_DELAY))
        if not rules.allowed(url, self.user_agent):
            raise FetchFailed(reasons.ROBOTS_DISALLOWED, f"robots.txt disallows {url}", url)

    async def _fetch_robots(self, robots_url: str) -> tuple[int, str]:
        try:
            response = await self.get(robots_url, max_bytes=MAX_ROBOTS_BYTES, obey_robots=False)
        except FetchFailed as exc:
            if exc.reason == reasons.HTTP_STATUS and exc.status is not None:
                return exc.status, ""  # RobotsCache tells a missing robots.txt (4xx) from a failing one
            if exc.reason == reasons.BODY_TOO_LARGE:
                return 200, ""
            raise
        return response.status, response.body.decode("utf-8", errors="replace")

    # -- one URL, with retries -------------------------------------------------------------

    async def _with_retries(self, url: str, headers: dict[str, str], limit: int) -> Fetched:
        host = urlsplit(url).netloc.lower()
        settings = self.settings
        for attempt in range(settings.retries + 1):
            delay = settings.backoff * (2**attempt)
            try:
                response = await self._once(url, host, headers, limit)
            except (httpx.TransportError, TimeoutError) as exc:
                if attempt == settings.retries:
                    kind = "timeout" if isinstance(exc, httpx.TimeoutException | TimeoutError) else type(exc).__name__
                    raise FetchFailed(reasons.FETCH_ERROR, f"{kind} after {attempt + 1} attempts: {_network_error(exc)}",
                                      url) from None
                await self._pause(delay)
                continue
            if response.status not in RETRY_STATUSES:
                return response
            wait = retry_after(response.headers.get("retry-after"))
            if wait is not None and wait > settings.max_retry_after:
                self.clock.postpone(host, wait)
                raise FetchFailed(reasons.HTTP_STATUS, f"HTTP {response.status}, Retry-After {wait:.0f}s: postponed", url,
                                  status=response.status)
            if attempt == settings.retries:
                raise FetchFailed(reasons.HTTP_STATUS, f"HTTP {response.status} after {attempt + 1} attempts", url,
                                  status=response.status)
            wait = delay if wait is None else wait
            if response.status in HOST_WAIT_STATUSES:
                self.clock.postpone(host, wait)  # the whole host waits; the clock holds this request too
            else:
                await self._pause(wait)
        raise AssertionError("unreachable")

    async def _pause(self, seconds: float) -> None:
        """``asyncio.sleep`` that raises ``Stopped`` as soon as a stop is asked (and at once if it was)."""
        if self.stop is None:
            await asyncio.sleep(seconds)
            return
        deadline = time.monotonic() + seconds
        while not self.stop.is_set():
            left = deadline - time.monotonic()
            if left <= 0:
                return
            await asyncio.sleep(min(left, STOP_POLL_SECONDS))
        raise Stopped

    def _host_slots(self, host: str) -> asyncio.Semaphore:
        if host not in self._hosts:
            self._hosts[host] = asyncio.Semaphore(max(1, self.settings.per_host_concurrency))
        return self._hosts[host]

    async def _once(self, url: str, host: str, headers: dict[str, str], limit: int) -> Fetched:
        async with self._host_slots(host):
            await self._pause(self.clock.reserve(host))
            while (blocked := self.clock.blocked_for(host)) > 0:  # a Retry-After arrived while we waited
                await self._pause(blocked)
            async with self._global:
                await self._pause(0)  # the last moment to give up: from here on the request is in flight
                self.requests += 1
                self.clock.sent(host)
                try:
                    async with asyncio.timeout(self.settings.request_deadline):
                        return await self._request(url, headers, limit)
                except BlockedAddress as exc:
                    raise FetchFailed(reasons.BLOCKED_ADDRESS, str(exc), url) from None

    async def _request(self, url: str, headers: dict[str, str], limit: int) -> Fetched:
        async with self.client.stream("GET", url, headers=headers) as response:
            status = response.status_code
            fetched = Fetched(url=url, requested=url, status=status, headers=dict(response.headers.items()),
                              fetched_at=datetime.now(UTC))
            if not 200 <= status < 300:
                return fetched  # redirects, 304 and errors: the body is not needed
            encoding = response.headers.get("content-encoding", "")
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and encoding.strip().lower() in ("", "identity") and int(declared) > limit:
                raise FetchFailed(reasons.BODY_TOO_LARGE, f"Content-Length {int(declared):,} > {limit:,} bytes", url)
            try:
                inflater = Inflater(encoding, limit)
            except ValueError as exc:
                raise FetchFailed(reasons.FETCH_ERROR, str(exc), url) from None
            try:
                async for chunk in response.aiter_raw():
                    inflater.feed(chunk)
                body = inflater.finish()
            except TooLarge as exc:
                raise FetchFailed(reasons.BODY_TOO_LARGE, f"body {exc} (decoded)", url) from None
            except zlib.error as exc:
                raise FetchFailed(reasons.FETCH_ERROR, f"corrupt {encoding} body: {exc}", url) from None
            return dataclasses.replace(fetched, body=body)


def _network_error(exc: BaseException) -> str:
    """What went wrong, in a few words: "connection refused", "name not resolved: ...", else the exception's text."""
    cause: BaseException | None = exc
    while cause is not None:  # httpx -> httpcore -> anyio's OSError -> the socket's own error
        if isinstance(cause, ConnectionRefusedError):
            return "connection refused"
        if isinstance(cause, socket.gaierror):
            return f"name not resolved: {cause.strerror or cause}"
        cause = cause.__cause__ or cause.__context__
    return str(exc) or type(exc).__name__
