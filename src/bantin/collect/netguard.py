"""Which addresses bantin may connect to (against server-side request forgery).

A feed or a page can point anywhere, including at the machine bantin runs on or at a cloud's
metadata service. By default only public addresses are allowed; the check runs on every
address a host name resolves to, just before connecting, so it holds after redirects and
against names that resolve to private addresses. Loopback, private, link-local, multicast,
reserved and unspecified addresses are refused unless the policy allows them.
"""

from __future__ import annotations

import dataclasses
import ipaddress
from collections.abc import Iterable
from urllib.parse import urlsplit

ALLOWED_SCHEMES = ("http", "https")

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class BlockedAddress(Exception):
    """A URL or an address bantin refuses to connect to."""


@dataclasses.dataclass(frozen=True, slots=True)
class AddressPolicy:
    allow_private: bool = False
    allowed_networks: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...] = ()

    @classmethod
    def from_settings(cls, allow_private: bool, networks: Iterable[str]) -> AddressPolicy:
        try:
            parsed = tuple(ipaddress.ip_network(n, strict=False) for n in networks)
        except ValueError as exc:
            raise ValueError(f"crawl.allowed_networks: {exc}") from None
        return cls(allow_private=allow_private, allowed_networks=parsed)

    def why_blocked(self, address: str | IPAddress) -> str | None:
        """``None`` if bantin may connect to ``address``, else the reason."""
        ip = ipaddress.ip_address(address) if isinstance(address, str) else address
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
            ip = ip.ipv4_mapped
        if any(ip in network for network in self.allowed_networks):
            return None
        if self.allow_private:
            return None
        if ip.is_multicast:
            return f"{ip} is a multicast address"
        if not ip.is_global:
            return f"{ip} is not a public address (loopback, private, link-local or reserved)"
        return None

    def check_url(self, url: str) -> None:
        """Refuses non-http(s) URLs and IP-literal hosts the policy blocks (names are checked on connect)."""
        parts = urlsplit(url)
        if parts.scheme.lower() not in ALLOWED_SCHEMES:
            raise BlockedAddress(f"only http and https URLs are fetched, not {parts.scheme or 'no scheme'!r}")
        host = parts.hostname
        if not host:
            raise BlockedAddress("no host in the URL")
        try:
            ip = ipaddress.ip_address(host)
        except ValueError:
            return
        reason = self.why_blocked(ip)
        if reason:
            raise BlockedAddress(reason)
