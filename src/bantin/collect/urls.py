"""URL canonicalisation and the source (outlet) a URL belongs to."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from bantin.collect.netguard import ALLOWED_SCHEMES

# Query parameters that only track a click and never select content.
TRACKING_PARAMS = frozenset(
    {"fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid", "zarsrc", "gidzl", "_ga", "ref", "ref_src"}
)
TRACKING_PREFIXES = ("utm_",)


def canonicalize_url(url: str) -> str:
    """Lower-cases scheme and host, drops default ports, fragments and tracking parameters."""
    url = url.strip()
    parts = urlsplit(url)
    if not parts.scheme or not parts.netloc:
        return url
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    port = parts.port
    netloc = host if port is None or (scheme, port) in {("http", 80), ("https", 443)} else f"{host}:{port}"
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k.lower() not in TRACKING_PARAMS and not k.lower().startswith(TRACKING_PREFIXES)
    ]
    return urlunsplit((scheme, netloc, parts.path or "/", urlencode(query, doseq=True), ""))


def url_problem(url: str) -> str | None:
    """Why ``url`` cannot be an article's URL, or None: an article's URL is http(s) with a host
    (saved pages without one get a ``file://`` URI from ``bantin.collect.files``, never from input)."""
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname
    except ValueError as exc:
        return f"malformed URL: {exc}"
    if not parts.scheme:
        return "not an absolute URL (no http:// or https://)"
    if parts.scheme.lower() not in ALLOWED_SCHEMES:  # the schemes bantin fetches
        return f"unsupported URL scheme {parts.scheme.lower()!r}"
    if not host:
        return "no host in the URL"
    return None


def source_of(url: str) -> str:
    """The outlet a URL belongs to: its host without ``www.``/``m.``; ``local`` for files."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    for prefix in ("www.", "m.", "amp."):
        if host.startswith(prefix) and host.count(".") > 1:
            host = host[len(prefix) :]
    return host or "local"
